//! What the widget says when a search matches nothing.

use yew::prelude::*;

use super::on_click;

use crate::texts::fill_html;

/// The longest part of the query repeated back, in characters.
const MAX_SHOWN_QUERY: usize = 60;

/// The query as shown back: trimmed, and cut with "…" if very long.
fn shown_query(query: &str) -> String {
    let query = query.trim();
    match query.char_indices().nth(MAX_SHOWN_QUERY) {
        Some((cut, _)) => query[..cut].to_owned() + "…",
        None => query.to_owned(),
    }
}

/// What [`empty_state`] shows and whom it tells.
pub struct EmptyStateView<'a> {
    /// The message; `{query}` stands for the query (inserted as text).
    pub template: &'a str,
    /// "Did you mean …?"; `{suggestion}` stands for the suggestion's button.
    pub suggest_template: &'a str,
    /// The clear button's text.
    pub clear_label: &'a AttrValue,
    /// The query that matched nothing.
    pub query: &'a str,
    /// A corrected query that would match, if any.
    pub suggestion: Option<&'a str>,
    /// Clears the search.
    pub on_clear: &'a Callback<()>,
    /// Searches for the suggestion.
    pub on_search: &'a Callback<String>,
}

/// "No questions match …", an optional "Did you mean …?" button, and a button
/// that clears the search.
pub fn empty_state(view: EmptyStateView<'_>) -> Html {
    let onclick = on_click(view.on_clear, ());
    let query = html! { <span class="faq__empty-query">{ shown_query(view.query) }</span> };
    let suggestion = view.suggestion.map(|s| {
        let onclick = on_click(view.on_search, s.to_owned());
        let button = html! { <button type="button" class="faq__suggestion" part="suggestion" {onclick}>{ s }</button> };
        html! { <p class="faq__empty-text">{ fill_html(view.suggest_template, &["suggestion"], &[button]) }</p> }
    });
    html! {
        <div class="faq__empty" part="empty">
            <p class="faq__empty-text">{ fill_html(view.template, &["query"], &[query]) }</p>
            { suggestion.unwrap_or_default() }
            <button type="button" class="faq__clear" part="clear-button" {onclick}>{ view.clear_label }</button>
        </div>
    }
}
