//! The labelled search input.

use yew::prelude::*;

/// Properties of [`SearchBox`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct SearchBoxProps {
    /// The input's id (the label points at it).
    pub id: AttrValue,
    /// The visible label text.
    pub label: AttrValue,
    /// The current query.
    pub value: String,
    /// Lets the parent focus the input (after "Clear search").
    pub input_ref: NodeRef,
    /// Called with the new text on every edit.
    pub on_search: Callback<String>,
}

/// A search box with a visible label; filtering happens as the user types.
#[component]
pub fn SearchBox(props: &SearchBoxProps) -> Html {
    let oninput =
        props.on_search.reform(|e: InputEvent| e.target_unchecked_into::<web_sys::HtmlInputElement>().value());
    html! {
        <div class="faq__search">
            <label class="faq__search-label" for={props.id.clone()}>{ &props.label }</label>
            <input
                class="faq__search-input"
                type="search"
                id={props.id.clone()}
                ref={props.input_ref.clone()}
                value={props.value.clone()}
                autocomplete="off"
                spellcheck="false"
                {oninput}
            />
        </div>
    }
}
