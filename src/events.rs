//! What the widget tells its host about.

/// Something a patient did, reported through [`crate::components::widget::FaqWidgetProps::on_event`].
/// The embed layer turns these into DOM `CustomEvent`s.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WidgetEvent {
    /// An answer was opened (entry index).
    Opened(usize),
    /// An answer was closed (entry index).
    Closed(usize),
    /// "Was this helpful?" was answered for an entry: yes (`true`) or no.
    Feedback(usize, bool),
    /// The search settled on a query (sent after every change; the embed layer
    /// debounces), with the number of entries shown.
    Searched {
        /// The query as typed.
        query: String,
        /// How many entries match (all of them for an empty query).
        count: usize,
    },
}
