//! The button under a long list that renders its next page.

use yew::prelude::*;

use crate::state::PAGE;
use crate::texts::Texts;

/// "Show 20 more (20 of 1200 shown)" when only `shown` of `total` entries are
/// rendered; `on_click` is called on activation. Nothing when all are.
// Called once, from the widget: inlined there (smaller `.wasm`).
#[inline]
pub fn show_more(shown: usize, total: usize, texts: &Texts, on_click: &Callback<MouseEvent>) -> Html {
    if shown >= total {
        return Html::default();
    }
    let label = texts.more(PAGE.min(total - shown), shown, total);
    html! { <button type="button" class="faq__more" part="show-more" onclick={on_click.clone()}>{ label }</button> }
}
