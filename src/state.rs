//! The widget's state: the query and which answers are open.

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
}

/// Something the user did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// The search text changed (an empty string clears the search).
    Search(String),
    /// A question was activated: open its answer, or close it if open.
    Toggle(usize),
}

impl WidgetState {
    /// Whether `entry`'s answer is open.
    pub fn is_open(&self, entry: usize) -> bool {
        self.open.binary_search(&entry).is_ok()
    }
}

impl Reducible for WidgetState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Search(query) => next.query = query,
            Action::Toggle(entry) => match next.open.binary_search(&entry) {
                Ok(i) => {
                    next.open.remove(i);
                }
                Err(i) => next.open.insert(i, entry),
            },
        }
        Rc::new(next)
    }
}
