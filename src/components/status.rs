//! The polite live region that says how many questions are shown.

use yew::prelude::*;

/// A visible status line (e.g. "3 questions match", see
/// [`crate::texts::Texts::status`]), announced politely by screen readers when
/// it changes. It is always rendered, so that a change is announced.
pub fn status(text: String) -> Html {
    html! {
        <p class="faq__status" role="status" aria-live="polite" aria-atomic="true" part="status">{ text }</p>
    }
}
