//! The red flags at rest (no search, no topic): one compact block above the
//! list, every question on screen, each answer one tap away.

use yew::prelude::*;

/// A labelled region: a heading (`heading_id`, the warning icon and
/// `title`), then `cards`, the red flags as compact care cards
/// ([`super::care_card::care_card`] with a [`super::care_card::Disclosure`]),
/// in file order. (The widget leaves it out when there are none.)
// Called once, from the widget: inlined there (smaller `.wasm`).
#[inline]
pub fn urgent_advice(heading_id: String, title: &AttrValue, cards: Html) -> Html {
    html! {
        <section class="faq__urgent" part="urgent" aria-labelledby={heading_id.clone()}>
            <h3 class="faq__urgent-title" id={heading_id}>
                <span class="faq__card-icon" aria-hidden="true">{ "!" }</span>
                { title }
            </h3>
            { cards }
        </section>
    }
}
