//! The button that opens, or closes, every shown answer.

use yew::prelude::*;

use crate::texts::Texts;

/// "Show all answers", or "Hide all answers" once `all_open`
/// (`aria-expanded` says which); `on_click` is called on activation.
// Called once, from the widget: inlined there (smaller `.wasm`).
#[inline]
pub fn show_all(all_open: bool, texts: &Texts, on_click: &Callback<MouseEvent>) -> Html {
    html! {
        <div class="faq__controls">
            <button type="button" class="faq__show-all" part="show-all"
                aria-expanded={if all_open { "true" } else { "false" }}
                onclick={on_click.clone()}>
                { if all_open { &texts.hide_all } else { &texts.show_all } }
            </button>
        </div>
    }
}
