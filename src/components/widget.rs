//! The whole widget: heading, search box, status line and the accordion.

use std::rc::Rc;

use faq_core::Bundle;
use yew::prelude::*;

use super::accordion::Accordion;
use super::empty_state::EmptyState;
use super::search_box::SearchBox;
use super::status::Status;
use crate::state::{Action, WidgetState};

/// Properties of [`FaqWidget`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct FaqWidgetProps {
    /// The dataset and its index.
    pub bundle: Rc<Bundle>,
    /// Prefix of every element id, unique per widget on the page (e.g. `faq`).
    pub id_prefix: AttrValue,
    /// The widget's visible heading.
    #[prop_or(AttrValue::Static("Frequently asked questions"))]
    pub heading: AttrValue,
    /// The search box's visible label.
    #[prop_or(AttrValue::Static("Search the questions"))]
    pub search_label: AttrValue,
}

impl FaqWidgetProps {
    /// Props with the default texts.
    pub fn new(bundle: Rc<Bundle>, id_prefix: AttrValue) -> Self {
        yew::props! { FaqWidgetProps { bundle, id_prefix } }
    }
}

/// The entries to show, derived from the data and the query.
#[derive(Debug, PartialEq, Eq)]
pub struct Visible {
    /// Entry indices, best match first (file order when not searching).
    pub entries: Vec<usize>,
    /// Whether a search is narrowing the list.
    pub searching: bool,
}

impl Visible {
    fn of(bundle: &Bundle, query: &str) -> Self {
        match bundle.index.search(query) {
            Some(hits) => Visible { entries: hits.iter().map(|h| h.entry).collect(), searching: true },
            None => Visible { entries: (0..bundle.faq.entries.len()).collect(), searching: false },
        }
    }
}

/// The FAQ widget.
#[component]
pub fn FaqWidget(props: &FaqWidgetProps) -> Html {
    let state = use_reducer(WidgetState::default);
    let input_ref = use_node_ref();
    let visible = use_memo((props.bundle.clone(), state.query.clone()), |(bundle, query)| Visible::of(bundle, query));

    let on_search = {
        let state = state.dispatcher();
        Callback::from(move |query: String| state.dispatch(Action::Search(query)))
    };
    let on_toggle = {
        let state = state.dispatcher();
        Callback::from(move |entry: usize| state.dispatch(Action::Toggle(entry)))
    };
    let on_clear = {
        let state = state.dispatcher();
        let input_ref = input_ref.clone();
        Callback::from(move |()| {
            state.dispatch(Action::Search(String::new()));
            if let Some(input) = input_ref.cast::<web_sys::HtmlElement>() {
                let _ = input.focus();
            }
        })
    };

    let p = &props.id_prefix;
    html! {
        <section class="faq" aria-labelledby={format!("{p}-heading")}>
            <h2 class="faq__title" id={format!("{p}-heading")}>{ &props.heading }</h2>
            <SearchBox
                id={format!("{p}-search")}
                label={props.search_label.clone()}
                value={state.query.clone()}
                input_ref={input_ref}
                on_search={on_search}
            />
            <Status count={visible.entries.len()} searching={visible.searching} />
            if visible.entries.is_empty() {
                <EmptyState query={state.query.clone()} on_clear={on_clear} />
            } else {
                <Accordion
                    bundle={props.bundle.clone()}
                    entries={visible.clone()}
                    open={state.open.clone()}
                    id_prefix={p.clone()}
                    on_toggle={on_toggle}
                />
            }
        </section>
    }
}
