//! The widget's state: the query, which answers are open, how many results
//! are rendered.

use std::rc::Rc;

use yew::Reducible;

/// What a widget remembers between renders. Everything else (the visible
/// entries, the status message) is derived from this and the data.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WidgetState {
    /// The search box's text, as typed.
    pub query: String,
    /// Indices of the entries whose answers are open, sorted; several may be open at once.
    pub open: Vec<usize>,
    /// An entry whose question should be scrolled to and focused after the
    /// next render (a deep link), with a counter so the same link can repeat.
    pub reveal: Option<(usize, u32)>,
    /// A message for the polite announcer ("Link copied"), with a counter so a
    /// repeated message is announced again.
    pub announcement: Option<(String, u32)>,
    /// The entry whose link is shown selected for manual copying (no clipboard).
    pub copy_fallback: Option<usize>,
    /// The topic chip pressed, if any (an index into the dataset's topics).
    pub topic: Option<usize>,
    /// How many of the shown entries are rendered when the dataset has more
    /// than [`RENDER_ALL_UP_TO`]: at least [`PAGE`]; "Show more" adds a page.
    pub rendered: usize,
    /// An entry rendered even beyond the rendered page: the target of a deep
    /// link, so entry 9,000 of 10,000 opens without rendering the others.
    pub pinned: Option<usize>,
    /// Entries whose "Was this helpful?" was answered, with the answer.
    pub feedback: Vec<(usize, bool)>,
}

/// Datasets of up to this many entries are rendered whole, so find-in-page
/// covers every answer; in larger ones every list (search results too) is
/// rendered a [`PAGE`] at a time.
pub const RENDER_ALL_UP_TO: usize = 500;

/// Entries rendered at first, and added by each "Show more". 20 keeps a
/// keystroke within a frame on the 10,000-entry build (`npm run bench`
/// measures it; its figures are in the README, not here).
pub const PAGE: usize = 20;

/// Something the user did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// The search text changed (an empty string clears the search).
    Search(String),
    /// A question was activated: open its answer, or close it if open.
    Toggle(usize),
    /// Open an answer (find-in-page found text in it).
    Open(usize),
    /// Open (`true`) or close every one of these answers (Show all / Hide all).
    SetAll(Vec<usize>, bool),
    /// A deep link to an entry: clear a search that hides it, open it, and
    /// scroll to and focus its question.
    Reveal(usize),
    /// Press a topic chip (`Some`), or release it (`None`): show only that topic.
    SetTopic(Option<usize>),
    /// Say something to screen readers, politely.
    Announce(String),
    /// Show this entry's link as selected text (the clipboard is unavailable).
    ShowLink(usize),
    /// "Was this helpful?" answered for an entry: yes (`true`) or no.
    Feedback(usize, bool),
    /// Render another page of results, then focus `first`, the first new question.
    ShowMore {
        /// The entry that becomes the first newly rendered one.
        first: usize,
    },
}

impl WidgetState {
    /// How many of `total` shown entries to render, in a dataset of `size`.
    pub fn render_limit(&self, total: usize, size: usize) -> usize {
        if size <= RENDER_ALL_UP_TO {
            total
        } else {
            self.rendered.max(PAGE).min(total)
        }
    }

    fn focus(&mut self, entry: usize) {
        let n = self.reveal.map_or(0, |(_, n)| n.wrapping_add(1));
        self.reveal = Some((entry, n));
    }

    /// The answer given to `entry`'s "Was this helpful?", if any.
    pub fn feedback_on(&self, entry: usize) -> Option<bool> {
        self.feedback.iter().find(|(e, _)| *e == entry).map(|&(_, helpful)| helpful)
    }

    /// Whether `entry`'s answer is open.
    pub fn is_open(&self, entry: usize) -> bool {
        self.open.binary_search(&entry).is_ok()
    }

    fn open_entry(&mut self, entry: usize) {
        if let Err(i) = self.open.binary_search(&entry) {
            self.open.insert(i, entry);
        }
    }
}

impl Reducible for WidgetState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Search(query) => {
                next.query = query;
                next.rendered = 0;
                next.pinned = None;
            }
            Action::Toggle(entry) => match next.open.binary_search(&entry) {
                Ok(i) => {
                    next.open.remove(i);
                }
                Err(i) => next.open.insert(i, entry),
            },
            Action::Open(entry) => next.open_entry(entry),
            Action::SetAll(entries, open) => {
                // Linear in the entries (10,000 of them at once, say): mark, then collect.
                let size = entries.iter().chain(&next.open).max().map_or(0, |&m| m + 1);
                let mut marked = vec![false; size];
                next.open.iter().for_each(|&e| marked[e] = true);
                entries.iter().for_each(|&e| marked[e] = open);
                next.open = (0..size).filter(|&e| marked[e]).collect();
            }
            Action::Announce(message) => {
                let n = self.announcement.as_ref().map_or(0, |(_, n)| n.wrapping_add(1));
                next.announcement = Some((message, n));
            }
            Action::ShowLink(entry) => next.copy_fallback = Some(entry),
            Action::SetTopic(topic) => {
                next.topic = topic;
                next.rendered = 0;
                next.pinned = None;
            }
            Action::Reveal(entry) => {
                next.query.clear();
                next.topic = None;
                next.rendered = 0;
                next.pinned = Some(entry);
                next.open_entry(entry);
                next.focus(entry);
            }
            Action::Feedback(entry, helpful) => {
                if next.feedback_on(entry).is_none() {
                    next.feedback.push((entry, helpful));
                }
            }
            Action::ShowMore { first } => {
                next.rendered = next.rendered.max(PAGE) + PAGE;
                next.focus(first);
            }
        }
        Rc::new(next)
    }
}
