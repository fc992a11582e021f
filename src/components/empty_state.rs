//! What the widget says when a search matches nothing.

use yew::prelude::*;

/// Properties of [`EmptyState`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct EmptyStateProps {
    /// The query that matched nothing, shown back as text.
    pub query: String,
    /// Clears the search.
    pub on_clear: Callback<()>,
}

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

/// "No questions match …" with a button that clears the search.
#[component]
pub fn EmptyState(props: &EmptyStateProps) -> Html {
    let onclick = props.on_clear.reform(|_: MouseEvent| ());
    html! {
        <div class="faq__empty">
            <p class="faq__empty-text">
                { "No questions match “" }<span class="faq__empty-query">{ shown_query(&props.query) }</span>{ "”. Try other words, or clear the search to see every question." }
            </p>
            <button type="button" class="faq__clear" {onclick}>{ "Clear search" }</button>
        </div>
    }
}
