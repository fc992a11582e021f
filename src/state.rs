//! The widget's state: the query, which answers are open, how many results
//! are rendered; and [`Visible`], what is shown, derived from it and the data.

use std::rc::Rc;

use faq_core::{Bundle, Hit, Layout, Results, SearchOptions};
use yew::Reducible;

use crate::texts::{fill, Texts};

/// What a widget remembers between renders. Everything else (the visible
/// entries, the status message) is derived from this and the data.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WidgetState {
    /// The search box's text, as typed.
    pub query: String,
    /// Indices of the entries whose answers are open, sorted; several may be
    /// open at once. Shared (not copied) with the list that shows them.
    pub open: Rc<Vec<usize>>,
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
    /// Entries whose "Was this helpful?" was answered, with the answer, in
    /// the order answered. Shared (not copied) with the list that shows them.
    pub feedback: Rc<Vec<(usize, bool)>>,
    /// How far the start-up has rendered the list, so that no task of it
    /// blocks the host page for long: the first render is the widget's
    /// frame alone (0: no red flags, no list entries); the next task
    /// ([`Action::Grow`]) adds the red flags and [`FIRST_RENDER`] entries,
    /// the first screen, and each task after it [`RENDER_STEP`] more;
    /// `usize::MAX` once the list is whole, or a deep link or "Show all"
    /// needed everything at once. The list renders the smaller of this and
    /// [`WidgetState::render_limit`].
    pub grown: usize,
}

/// Datasets of up to this many entries are rendered whole, so find-in-page
/// covers every answer; in larger ones every list (search results too) is
/// rendered a [`PAGE`] at a time.
pub const RENDER_ALL_UP_TO: usize = 500;

/// Entries rendered at first, and added by each "Show more". 20 keeps a
/// keystroke within a frame on the 10,000-entry build (`npm run bench`
/// measures it; its figures are in the README, not here).
pub const PAGE: usize = 20;

/// Entries in the widget's first screen, rendered in the start-up's second
/// task with the red flags' block: a phone's first screen and no more, so
/// that task stays short on a slow phone.
pub const FIRST_RENDER: usize = 8;

/// Entries each following start-up task adds (one task each, until the
/// list is whole): about 10 ms each at 4× CPU slow-down.
pub const RENDER_STEP: usize = 12;

/// Something the user did (or, for [`Action::Grow`], the start-up).
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
    /// The start-up renders [`RENDER_STEP`] more entries of a list that
    /// has this many to render; once that is all of them, it is over.
    Grow(usize),
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

    /// Whether the start-up has rendered the widget's frame only (no red
    /// flags, no list entries yet).
    pub fn framing(&self) -> bool {
        self.grown == 0
    }

    fn focus(&mut self, entry: usize) {
        let n = self.reveal.map_or(0, |(_, n)| n.wrapping_add(1));
        self.reveal = Some((entry, n));
    }

    /// The answer given to `entry`'s "Was this helpful?", if any.
    pub fn feedback_on(&self, entry: usize) -> Option<bool> {
        feedback_on(&self.feedback, entry)
    }

    /// Whether `entry`'s answer is open.
    pub fn is_open(&self, entry: usize) -> bool {
        is_open(&self.open, entry)
    }

    fn open_entry(&mut self, entry: usize) {
        if let Err(i) = self.open.binary_search(&entry) {
            Rc::make_mut(&mut self.open).insert(i, entry);
        }
    }
}

/// Whether `entry` is among `open` ([`WidgetState::open`]).
pub fn is_open(open: &[usize], entry: usize) -> bool {
    open.binary_search(&entry).is_ok()
}

/// The answer to `entry`'s "Was this helpful?" in `feedback`
/// ([`WidgetState::feedback`]), if any.
pub fn feedback_on(feedback: &[(usize, bool)], entry: usize) -> Option<bool> {
    feedback.iter().find(|(e, _)| *e == entry).map(|&(_, helpful)| helpful)
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
            Action::Toggle(entry) => {
                let open = Rc::make_mut(&mut next.open);
                match open.binary_search(&entry) {
                    Ok(i) => {
                        open.remove(i);
                    }
                    Err(i) => open.insert(i, entry),
                }
            }
            Action::Open(entry) => next.open_entry(entry),
            Action::SetAll(entries, open) => {
                next.grown = usize::MAX;
                // Linear in the entries (10,000 of them at once, say): mark, then gather.
                let size = entries.iter().chain(next.open.iter()).max().map_or(0, |&m| m + 1);
                let mut marked = vec![false; size];
                next.open.iter().for_each(|&e| marked[e] = true);
                entries.iter().for_each(|&e| marked[e] = open);
                // Pushed, not collected: a `collect` is code of its own in the
                // `.wasm`. By index: 17 bytes smaller raw than `enumerate` here
                // and in `Visible::of` (and, that build, 194 smaller brotli).
                let mut opened = Vec::new();
                #[allow(clippy::needless_range_loop)]
                for e in 0..size {
                    if marked[e] {
                        opened.push(e);
                    }
                }
                next.open = Rc::new(opened);
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
                // Everything at once: an entry the start-up adds later
                // would move the focused question.
                next.grown = usize::MAX;
                next.open_entry(entry);
                next.focus(entry);
            }
            Action::Feedback(entry, helpful) => {
                if next.feedback_on(entry).is_none() {
                    Rc::make_mut(&mut next.feedback).push((entry, helpful));
                }
            }
            Action::ShowMore { first } => {
                next.rendered = next.rendered.max(PAGE) + PAGE;
                next.focus(first);
            }
            Action::Grow(limit) => {
                let grown = if self.framing() { FIRST_RENDER } else { self.grown.saturating_add(RENDER_STEP) };
                next.grown = if grown >= limit { usize::MAX } else { grown };
            }
        }
        Rc::new(next)
    }
}

/// The entries to show, in the order a patient reads them, derived from the
/// data, the query's results and the topic chip pressed. A search's order
/// is core's [`Layout`]: the one source of truth of which red flags go first.
#[derive(Debug, PartialEq, Eq)]
pub struct Visible {
    /// Red flags shown above the list: at rest (not [`Visible::searching`])
    /// every one, compact, in the "Urgent advice" block; for a search those
    /// its layout puts first ([`Layout::cards`]), for a topic alone those of
    /// the topic: whole care cards.
    pub cards: Vec<usize>,
    /// Entry indices for the list, best match first (file order when not
    /// searching). A search's red flags that do not go first stay here at
    /// their rank (drawn as compact care cards); otherwise none is here.
    pub entries: Vec<usize>,
    /// The red flags the search or topic hides, in file order: linked after
    /// the results, so that they stay one click away.
    pub hidden_urgent: Vec<usize>,
    /// Whether a search or topic is narrowing the list.
    pub searching: bool,
    /// Whether the results are only the closest ones: no entry has all the
    /// query's words ([`Results::relaxed`]), and something is shown.
    pub relaxed: bool,
}

impl Visible {
    /// What to show of `bundle` for a query's `results` ([`Bundle::query`])
    /// within `topic` (an index into the dataset's topics), if one is pressed.
    pub fn of(bundle: &Bundle, results: &Results, topic: Option<usize>) -> Self {
        let entries = &bundle.faq.entries;
        let in_topic = |e: usize| topic.is_none_or(|t| entries[e].topic == Some(t as u32));
        // Pushed, not collected or partitioned: each `collect` is code of
        // its own in the `.wasm`.
        let Some(hits) = &results.hits else {
            let (mut cards, mut list, mut hidden_urgent) = (Vec::new(), Vec::new(), Vec::new());
            #[allow(clippy::needless_range_loop)] // see `Action::SetAll`
            for e in 0..entries.len() {
                match (in_topic(e), entries[e].urgent) {
                    (true, true) => cards.push(e),
                    (true, false) => list.push(e),
                    (false, true) => hidden_urgent.push(e),
                    (false, false) => {}
                }
            }
            return Visible { cards, entries: list, hidden_urgent, searching: topic.is_some(), relaxed: false };
        };
        let mut kept: Vec<Hit> = Vec::new();
        for hit in hits {
            if in_topic(hit.entry) {
                kept.push(*hit);
            }
        }
        let hits = kept;
        let Layout { cards, list, other_urgent } =
            Layout::of(entries, &hits, results.relaxed, &SearchOptions::default());
        let relaxed = results.relaxed && !hits.is_empty();
        Visible { cards, entries: list, hidden_urgent: other_urgent, searching: true, relaxed }
    }

    /// How many entries are shown, cards included.
    pub fn count(&self) -> usize {
        self.entries.len() + self.cards.len()
    }

    /// What is said above the shown entries of `results` when they are not
    /// simply the query's: that they are the closest ones, or a corrected
    /// query's (the query as typed found nothing: see [`Results::suggestion`]).
    pub fn note(&self, results: &Results, texts: &Texts) -> Option<String> {
        if self.relaxed {
            return Some(texts.relaxed.to_string());
        }
        let corrected = results.suggestion.as_deref().filter(|_| self.count() > 0)?;
        Some(fill(&texts.corrected, &["suggestion"], &[corrected]))
    }

    /// The entries whose answers open and close, which "Show all answers"
    /// opens: the list's (its red flags compact there), and at rest the
    /// red flags' too (compact in their block).
    pub fn collapsible(&self) -> Vec<usize> {
        let compact = if self.searching { &[][..] } else { &self.cards[..] };
        let mut entries = Vec::new();
        for &e in compact.iter().chain(&self.entries) {
            entries.push(e);
        }
        entries
    }
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;

    fn bundle() -> Bundle {
        let text = "## Lumps\nWhat is a lipoma?\n\nA fatty lump.\n\n! When is a lump urgent?\n\nWhen it grows.\n\n\
                    ## Pain\nWhy does my back hurt?\n\nMany reasons.\n\n! Is pain at night serious?\n\nIt can be.\n";
        Bundle::new(faq_core::parse_text(text).unwrap(), &faq_core::Synonyms::default())
    }

    #[wasm_bindgen_test]
    fn visible_is_derived_from_the_results_and_the_topic() {
        let bundle = bundle();
        let all = Visible::of(&bundle, &bundle.query(""), None);
        let at_rest =
            Visible { cards: vec![1, 3], entries: vec![0, 2], hidden_urgent: vec![], searching: false, relaxed: false };
        assert_eq!(all, at_rest);
        assert_eq!(all.count(), 4);
        assert_eq!(all.collapsible(), [1, 3, 0, 2], "at rest the red flags open and close too");
        let lump = Visible::of(&bundle, &bundle.query("lump"), None);
        assert_eq!((lump.cards, lump.hidden_urgent, lump.searching), (vec![1], vec![3], true));
        let pain = Visible::of(&bundle, &bundle.query(""), Some(1));
        let topic =
            Visible { cards: vec![3], entries: vec![2], hidden_urgent: vec![1], searching: true, relaxed: false };
        assert_eq!(pain, topic);
        assert_eq!(pain.collapsible(), [2], "a topic's red flags are whole cards");
        assert_eq!(Visible::of(&bundle, &bundle.query("lipoma"), Some(1)).count(), 0);
    }

    #[wasm_bindgen_test]
    fn a_search_follows_the_core_layout_and_says_when_its_results_are_only_the_closest() {
        let text = "Which doctor treats a sore back?\n\nA spine doctor.\n\nWhat is a lipoma?\n\nA fatty lump.\n\n\
                    What is a cyst?\n\nA sac of fluid.\n\nWhy do knees click?\n\nGas.\n\n\
                    ! When is a lump urgent?\n\nSee a doctor when it grows.\n";
        let bundle = Bundle::new(faq_core::parse_text(text).unwrap(), &faq_core::Synonyms::default());
        // "doctor" is in the first question but only in the red flag's answer: it stays at its rank.
        let doctor = Visible::of(&bundle, &bundle.query("doctor"), None);
        assert_eq!(doctor.collapsible(), [0, 4], "a red flag in the list opens and closes");
        assert_eq!((doctor.cards, doctor.entries, doctor.relaxed), (vec![], vec![0, 4], false));
        // Named by the query, it goes first.
        let lump = Visible::of(&bundle, &bundle.query("urgent lump"), None);
        assert_eq!((lump.cards, lump.entries), (vec![4], vec![]));
        // No entry has both words: the closest, and the widget says so.
        let closest = Visible::of(&bundle, &bundle.query("cyst knees"), None);
        assert!(closest.relaxed && closest.count() > 0, "{closest:?}");
        assert_eq!(closest.hidden_urgent, [4]);
        assert!(!Visible::of(&bundle, &bundle.query("xylophone"), None).relaxed, "nothing shown, nothing to qualify");
    }

    #[wasm_bindgen_test]
    fn toggling_and_show_all_keep_the_open_answers_sorted() {
        let state = Rc::new(WidgetState::default());
        let state = state.reduce(Action::Toggle(5)).reduce(Action::Toggle(2)).reduce(Action::Open(9));
        assert_eq!(*state.open, [2, 5, 9]);
        let state = state.reduce(Action::Toggle(5)).reduce(Action::SetAll(vec![1, 3], true));
        assert_eq!(*state.open, [1, 2, 3, 9]);
        let state = state.reduce(Action::SetAll(vec![2, 9], false));
        assert_eq!(*state.open, [1, 3]);
        assert!(state.is_open(3) && !state.is_open(2));
    }

    #[wasm_bindgen_test]
    fn feedback_is_kept_once_per_entry() {
        let state =
            Rc::new(WidgetState::default()).reduce(Action::Feedback(4, false)).reduce(Action::Feedback(4, true));
        assert_eq!(*state.feedback, [(4, false)]);
        assert_eq!((state.feedback_on(4), state.feedback_on(1)), (Some(false), None));
    }

    #[wasm_bindgen_test]
    fn the_start_up_renders_a_frame_then_a_first_screen_then_grows_and_a_deep_link_renders_everything() {
        let state = Rc::new(WidgetState::default());
        assert!(state.framing());
        assert_eq!(state.grown, 0);
        let first = state.clone().reduce(Action::Grow(100));
        assert!(!first.framing());
        assert_eq!(first.grown, FIRST_RENDER);
        let grown = first.reduce(Action::Grow(100)).reduce(Action::Grow(100));
        assert_eq!(grown.grown, FIRST_RENDER + 2 * RENDER_STEP);
        assert_eq!(grown.clone().reduce(Action::Search("lump".into())).grown, grown.grown);
        // Once the list is whole the start-up is over: a longer list later
        // ("Show more", a cleared search) is rendered at once.
        let whole = FIRST_RENDER + 3 * RENDER_STEP;
        assert_eq!(grown.reduce(Action::Grow(whole)).grown, usize::MAX);
        assert_eq!(state.clone().reduce(Action::Reveal(30)).grown, usize::MAX);
        assert_eq!(state.reduce(Action::SetAll(vec![1, 2], true)).reduce(Action::Grow(9)).grown, usize::MAX);
    }
}
