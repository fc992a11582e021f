//! The polite live region for messages that are not the result count.

use yew::prelude::*;

/// Says `message` ("Link copied") to screen readers, politely. Each message
/// is a new element, keyed by its counter, so the same words said twice are
/// announced twice.
// Called once, from the widget: inlined there (smaller `.wasm`).
#[inline]
pub fn announcer(message: Option<&(String, u32)>) -> Html {
    html! {
        <p class="faq__announce" aria-live="polite">
            { for message.map(|(text, n)| html! { <span key={*n}>{ text.clone() }</span> }) }
        </p>
    }
}
