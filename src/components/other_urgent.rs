//! Links to the red flags that a search or topic hides.

use faq_core::Bundle;
use yew::prelude::*;

use super::{list, on_click};

/// Under the care cards: `label`, then one button per red flag in `hidden`
/// (entry indices) that calls `on_reveal` with its entry, to show it.
/// Nothing when none is hidden.
// Called once, from the widget: inlined there (smaller `.wasm`).
#[inline]
pub fn other_urgent(bundle: &Bundle, hidden: &[usize], label: &AttrValue, on_reveal: &Callback<usize>) -> Html {
    if hidden.is_empty() {
        return Html::default();
    }
    let mut links = Vec::new();
    for &entry in hidden {
        let Some(e) = bundle.faq.entries.get(entry) else { continue };
        let onclick = on_click(on_reveal, entry);
        links.push(
            html! { <li><button type="button" class="faq__other-urgent-link" {onclick}>{ &e.question }</button></li> },
        );
    }
    let links = list(links);
    html! {
        <div class="faq__other-urgent" part="other-urgent">
            <p class="faq__other-urgent-label">{ label }</p>
            <ul>{ links }</ul>
        </div>
    }
}
