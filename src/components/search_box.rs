//! The labelled search input.

use yew::prelude::*;

/// What [`search_box`] shows and whom it tells.
pub struct SearchBoxView<'a> {
    /// The input's id (the label points at it).
    pub id: String,
    /// The visible label text.
    pub label: &'a AttrValue,
    /// Placeholder text (a hint; the label stays visible).
    pub placeholder: &'a AttrValue,
    /// The current query.
    pub value: &'a str,
    /// Lets the widget focus the input (after "Clear search").
    pub input_ref: &'a NodeRef,
    /// Called with the new text on every edit.
    pub on_search: &'a Callback<String>,
    /// Called when the input gets focus (typing is likely to follow).
    pub on_focus: &'a Callback<FocusEvent>,
}

/// A search box with a visible label; filtering happens as the user types.
pub fn search_box(view: SearchBoxView<'_>) -> Html {
    let oninput = view.on_search.reform(|e: InputEvent| e.target_unchecked_into::<web_sys::HtmlInputElement>().value());
    html! {
        <div class="faq__search" part="search">
            <label class="faq__search-label" for={view.id.clone()}>{ view.label }</label>
            <input
                class="faq__search-input"
                type="search"
                part="search-input"
                id={view.id}
                ref={view.input_ref.clone()}
                value={view.value.to_owned()}
                placeholder={view.placeholder.clone()}
                autocomplete="off"
                spellcheck="false"
                {oninput}
                onfocus={view.on_focus.clone()}
            />
        </div>
    }
}
