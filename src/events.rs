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
    /// The widget's first screen is rendered (the red flags and the first
    /// questions): sent once, at start-up. The embed layer shows the widget
    /// in place of the host's static answers only then.
    Ready,
    /// The query changed, with the number of entries shown: sent once the
    /// new results are rendered, after every change (the embed layer
    /// debounces), never for the empty query the widget starts with.
    Searched {
        /// The query as typed.
        query: String,
        /// How many entries are shown, care cards included (all of them for
        /// an empty query and no topic).
        count: usize,
    },
}
