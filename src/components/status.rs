//! The polite live region that says how many questions are shown.

use yew::prelude::*;

/// Properties of [`Status`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct StatusProps {
    /// How many entries are shown.
    pub count: usize,
    /// Whether a search is narrowing the list.
    pub searching: bool,
}

/// The status text for `count` entries.
pub fn status_text(count: usize, searching: bool) -> String {
    match (searching, count) {
        (false, 1) => "1 question".to_owned(),
        (false, n) => format!("{n} questions"),
        (true, 0) => "No questions match".to_owned(),
        (true, 1) => "1 question matches".to_owned(),
        (true, n) => format!("{n} questions match"),
    }
}

/// A visible status line, announced politely by screen readers when it changes.
#[component]
pub fn Status(props: &StatusProps) -> Html {
    html! {
        <p class="faq__status" role="status" aria-live="polite" aria-atomic="true">
            { status_text(props.count, props.searching) }
        </p>
    }
}
