//! Topic filter chips, shown when the dataset groups its entries by topic.

use yew::prelude::*;

use super::{list, on_click};

/// One toggle button per topic (`aria-pressed`), in a group named `label`;
/// pressing one shows only its entries (combined with the search), pressing
/// it again shows all. Nothing is rendered for a dataset without topics.
pub fn topic_chips(
    topics: &[String],
    label: &AttrValue,
    pressed: Option<usize>,
    on_topic: &Callback<Option<usize>>,
) -> Html {
    if topics.is_empty() {
        return Html::default();
    }
    let mut chips = Vec::new();
    for (i, name) in topics.iter().enumerate() {
        let is_pressed = pressed == Some(i);
        let onclick = on_click(on_topic, (!is_pressed).then_some(i));
        chips.push(html! {
            <button type="button" class="faq__topic" part="topic"
                aria-pressed={if is_pressed { "true" } else { "false" }} {onclick}>
                { name }
            </button>
        });
    }
    let chips = list(chips);
    html! { <div class="faq__topics" role="group" aria-label={label.clone()}>{ chips }</div> }
}
