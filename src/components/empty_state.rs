//! What the widget says when a search matches nothing.

use yew::prelude::*;

/// The longest part of the query repeated back, in characters.
const MAX_SHOWN_QUERY: usize = 60;

/// The query as shown back: trimmed, and cut with "…" if very long.
fn shown_query(query: &str) -> String {
    let query = query.trim();
    match query.char_indices().nth(MAX_SHOWN_QUERY) {
        Some((cut, _)) => format!("{}…", &query[..cut]),
        None => query.to_owned(),
    }
}

/// "No questions match …" (`template`, where `{query}` stands for the query,
/// inserted as text) with a button labelled `clear_label` that calls `on_clear`.
pub fn empty_state(template: &str, clear_label: &AttrValue, query: &str, on_clear: &Callback<()>) -> Html {
    let onclick = on_clear.reform(|_: MouseEvent| ());
    let (before, after) = template.split_once("{query}").unwrap_or((template, ""));
    let query = template.contains("{query}").then(|| {
        html! { <span class="faq__empty-query">{ shown_query(query) }</span> }
    });
    html! {
        <div class="faq__empty" part="empty">
            <p class="faq__empty-text">{ before }{ query.unwrap_or_default() }{ after }</p>
            <button type="button" class="faq__clear" part="clear-button" {onclick}>{ clear_label }</button>
        </div>
    }
}
