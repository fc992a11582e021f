//! The whole widget: heading, search box, status line and the accordion.

use std::rc::Rc;

use faq_core::{Bundle, SearchOptions};
use yew::prelude::*;

use super::accordion::Accordion;
use super::empty_state::{empty_state, EmptyStateView};
use super::search_box::{search_box, SearchBoxView};
use super::status::status;
use crate::events::WidgetEvent;
use crate::state::{Action, WidgetState};
use crate::texts::Texts;

/// Properties of [`FaqWidget`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct FaqWidgetProps {
    /// The dataset and its index.
    pub bundle: Rc<Bundle>,
    /// Prefix of every element id (e.g. `faq`); unique per widget in one DOM tree.
    pub id_prefix: AttrValue,
    /// The visible texts (defaults in English).
    #[prop_or_default]
    pub texts: Rc<Texts>,
    /// Told when an answer opens or closes and when the search changes.
    #[prop_or_default]
    pub on_event: Callback<WidgetEvent>,
}

impl FaqWidgetProps {
    /// Props with the default texts and no event listener.
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
    let matched = use_memo((props.bundle.clone(), state.query.clone()), |(bundle, query)| {
        bundle.index.matched_terms(query, &SearchOptions::default())
    });
    let suggestion =
        use_memo((props.bundle.clone(), state.query.clone(), visible.entries.is_empty()), |(bundle, query, empty)| {
            if *empty {
                bundle.index.suggest(query, &SearchOptions::default())
            } else {
                None
            }
        });

    // Report each query once its results are rendered.
    {
        let (on_event, count) = (props.on_event.clone(), visible.entries.len());
        use_effect_with(state.query.clone(), move |query| {
            on_event.emit(WidgetEvent::Searched { query: query.clone(), count });
        });
    }

    let on_search = {
        let state = state.dispatcher();
        Callback::from(move |query: String| state.dispatch(Action::Search(query)))
    };
    let on_toggle = {
        let (dispatcher, on_event, state) = (state.dispatcher(), props.on_event.clone(), state.clone());
        Callback::from(move |entry: usize| {
            // Read before dispatching: the handle sees the new state at once.
            let event = if state.is_open(entry) { WidgetEvent::Closed(entry) } else { WidgetEvent::Opened(entry) };
            dispatcher.dispatch(Action::Toggle(entry));
            on_event.emit(event);
        })
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

    let (p, texts) = (&props.id_prefix, &props.texts);
    html! {
        <section class="faq" aria-labelledby={format!("{p}-heading")}>
            <h2 class="faq__title" id={format!("{p}-heading")}>{ &texts.heading }</h2>
            { search_box(SearchBoxView {
                id: format!("{p}-search"),
                label: &texts.search_label,
                placeholder: &texts.placeholder,
                value: &state.query,
                input_ref: &input_ref,
                on_search: &on_search,
            }) }
            { status(texts.status(visible.entries.len(), visible.searching)) }
            if visible.entries.is_empty() {
                { empty_state(EmptyStateView {
                    template: &texts.empty,
                    suggest_template: &texts.suggest,
                    clear_label: &texts.clear,
                    query: &state.query,
                    suggestion: suggestion.as_deref(),
                    on_clear: &on_clear,
                    on_search: &on_search,
                }) }
            } else {
                <Accordion
                    bundle={props.bundle.clone()}
                    entries={visible.clone()}
                    matched={matched.clone()}
                    state={state.clone()}
                    id_prefix={p.clone()}
                    on_toggle={on_toggle}
                />
            }
        </section>
    }
}
