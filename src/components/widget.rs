//! The whole widget: heading, search box, status line and the accordion.

use std::rc::Rc;

use faq_core::{Bundle, SearchOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::about::about;
use super::accordion::Accordion;
use super::accordion_item::{element_id, link_to, slug_in_id, Part};
use super::care_card::{care_card, CareCardView};
use super::empty_state::{empty_state, EmptyStateView};
use super::search_box::{search_box, SearchBoxView};
use super::status::status;
use super::topics::topic_chips;
use crate::events::WidgetEvent;
use crate::state::{Action, WidgetState, PAGE};
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
    /// Entry indices for the list, best match first (file order when not
    /// searching); red flags are not among them.
    pub entries: Vec<usize>,
    /// The red flags shown as care cards, in the same order.
    pub urgent: Vec<usize>,
    /// Whether a search is narrowing the list.
    pub searching: bool,
}

impl Visible {
    fn of(bundle: &Bundle, query: &str, topic: Option<usize>) -> Self {
        let in_topic = |&e: &usize| topic.is_none_or(|t| bundle.faq.entries[e].topic == Some(t as u32));
        let (shown, searching): (Vec<usize>, bool) = match bundle.search(query) {
            Some(hits) => (hits.iter().map(|h| h.entry).filter(in_topic).collect(), true),
            None => ((0..bundle.faq.entries.len()).filter(in_topic).collect(), topic.is_some()),
        };
        let (urgent, entries) = shown.into_iter().partition(|&e| bundle.faq.entries[e].urgent);
        Visible { entries, urgent, searching }
    }

    /// How many entries are shown, cards included.
    pub fn count(&self) -> usize {
        self.entries.len() + self.urgent.len()
    }
}

/// The entry whose slug is `slug`, if any.
fn entry_by_slug(bundle: &Bundle, slug: &str) -> Option<usize> {
    bundle.faq.entries.iter().position(|e| e.slug == slug)
}

/// The rendered `part` of `entry` inside the widget's `root`, if it is rendered.
fn find_part<T: JsCast>(root: &NodeRef, prefix: &str, bundle: &Bundle, entry: usize, part: Part) -> Option<T> {
    let slug = &bundle.faq.entries.get(entry)?.slug;
    let element =
        root.cast::<web_sys::Element>()?.query_selector(&format!("#{}", element_id(prefix, part, slug))).ok()??;
    element.dyn_into().ok()
}

/// The FAQ widget.
#[component]
pub fn FaqWidget(props: &FaqWidgetProps) -> Html {
    let state = use_reducer(WidgetState::default);
    let input_ref = use_node_ref();
    let visible = use_memo((props.bundle.clone(), state.query.clone(), state.topic), |(bundle, query, topic)| {
        Visible::of(bundle, query, *topic)
    });
    let matched = use_memo((props.bundle.clone(), state.query.clone()), |(bundle, query)| {
        bundle.matched_terms(query, &SearchOptions::default())
    });
    let suggestion =
        use_memo((props.bundle.clone(), state.query.clone(), visible.count() == 0), |(bundle, query, empty)| {
            if *empty {
                bundle.suggest(query, &SearchOptions::default())
            } else {
                None
            }
        });

    // Report each query once its results are rendered.
    {
        let (on_event, count) = (props.on_event.clone(), visible.count());
        use_effect_with(state.query.clone(), move |query| {
            on_event.emit(WidgetEvent::Searched { query: query.clone(), count });
        });
    }

    let on_search = {
        let state = state.dispatcher();
        Callback::from(move |query: String| {
            // Only in builds made with FAQ_TEST_PANIC=1 (see build.rs), for
            // the end-to-end test of what a panic leaves on the page.
            #[cfg(faq_test_panic)]
            if query == "__panic__" {
                panic!("a test panic, asked for by typing __panic__");
            }
            state.dispatch(Action::Search(query))
        })
    };
    // The list's callbacks change only with what they use (not with the
    // query), so an item whose shown content is unchanged is not re-rendered.
    let on_toggle = {
        let dispatcher = state.dispatcher();
        use_callback(props.on_event.clone(), move |(entry, was_open): (usize, bool), on_event| {
            dispatcher.dispatch(Action::Toggle(entry));
            on_event.emit(if was_open { WidgetEvent::Closed(entry) } else { WidgetEvent::Opened(entry) });
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

    let root = use_node_ref();
    // Deep links: `#faq-<slug>` on load and on every `hashchange`.
    {
        let (dispatcher, bundle) = (state.dispatcher(), props.bundle.clone());
        use_effect_with((), move |()| {
            let reveal = move || {
                let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
                if let Some(entry) = hash.strip_prefix("#faq-").and_then(|slug| entry_by_slug(&bundle, slug)) {
                    dispatcher.dispatch(Action::Reveal(entry));
                }
            };
            reveal();
            let listener =
                web_sys::window().map(|w| gloo::events::EventListener::new(&w, "hashchange", move |_| reveal()));
            move || drop(listener)
        });
    }
    // After a deep link has opened its entry: scroll to it and focus its question.
    {
        let (root, bundle, prefix) = (root.clone(), props.bundle.clone(), props.id_prefix.clone());
        use_effect_with(state.reveal, move |reveal| {
            let button = reveal.and_then(|(entry, _)| {
                find_part::<web_sys::HtmlElement>(&root, &prefix, &bundle, entry, Part::Question)
            });
            if let Some(button) = button {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Start);
                button.scroll_into_view_with_scroll_into_view_options(&options);
                let _ = button.focus();
            }
        });
    }
    // Find-in-page: the browser fires `beforematch` on a collapsed
    // (hidden="until-found") answer it is about to reveal; open it in the state too.
    {
        let (root, dispatcher, bundle, prefix) =
            (root.clone(), state.dispatcher(), props.bundle.clone(), props.id_prefix.clone());
        use_effect_with((), move |()| {
            let listener = root.cast::<web_sys::Element>().map(|el| {
                gloo::events::EventListener::new(&el, "beforematch", move |event| {
                    let id = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).map(|el| el.id());
                    let slug = id.as_deref().and_then(|id| slug_in_id(&prefix, Part::Answer, id));
                    if let Some(entry) = slug.and_then(|slug| entry_by_slug(&bundle, slug)) {
                        dispatcher.dispatch(Action::Open(entry));
                    }
                })
            });
            move || drop(listener)
        });
    }

    // "Copy link": the clipboard if it works, else the link shown selected.
    let on_copy = {
        let dispatcher = state.dispatcher();
        use_callback((props.bundle.clone(), props.texts.copied.clone()), move |entry: usize, (bundle, copied)| {
            let Some(slug) = bundle.faq.entries.get(entry).map(|e| e.slug.clone()) else { return };
            let link = link_to(&slug);
            let clipboard = web_sys::window().map(|w| w.navigator().clipboard());
            let (dispatcher, copied) = (dispatcher.clone(), copied.clone());
            yew::platform::spawn_local(async move {
                let written = match clipboard {
                    Some(clipboard) => wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&link)).await.is_ok(),
                    None => false,
                };
                dispatcher.dispatch(if written {
                    Action::Announce(copied.to_string())
                } else {
                    Action::ShowLink(entry)
                });
            });
        })
    };
    // The fallback link, once shown, is focused and selected for Ctrl+C.
    {
        let (root, bundle, prefix) = (root.clone(), props.bundle.clone(), props.id_prefix.clone());
        use_effect_with(state.copy_fallback, move |entry| {
            let input = entry
                .and_then(|entry| find_part::<web_sys::HtmlInputElement>(&root, &prefix, &bundle, entry, Part::Link));
            if let Some(input) = input {
                let _ = input.focus();
                input.select();
            }
        });
    }

    // The first search folds every entry's words; do it when the patient
    // focuses the search box rather than on their first keystroke.
    let on_focus = {
        let bundle = props.bundle.clone();
        Callback::from(move |_: FocusEvent| bundle.index.prepare(&bundle.faq))
    };

    let total = visible.entries.len();
    let limit = state.render_limit(total, props.bundle.faq.entries.len());
    let more = (limit < total).then(|| {
        let first = visible.entries[limit];
        let dispatcher = state.dispatcher();
        let onclick = Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::ShowMore { first }));
        let label = props.texts.more(PAGE.min(total - limit), limit, total);
        html! { <button type="button" class="faq__more" part="show-more" {onclick}>{ label }</button> }
    });

    // "Was this helpful?": remember, thank politely, tell the host.
    let on_feedback = {
        let dispatcher = state.dispatcher();
        use_callback(
            (props.on_event.clone(), props.texts.thanks.clone()),
            move |(entry, helpful): (usize, bool), (on_event, thanks)| {
                dispatcher.dispatch(Action::Feedback(entry, helpful));
                dispatcher.dispatch(Action::Announce(thanks.to_string()));
                on_event.emit(WidgetEvent::Feedback(entry, helpful));
            },
        )
    };

    // After "Was this helpful?" is answered its buttons are gone: focus the thanks.
    {
        let (root, bundle, prefix) = (root.clone(), props.bundle.clone(), props.id_prefix.clone());
        use_effect_with(state.feedback.last().map(|&(entry, _)| entry), move |entry| {
            let thanks =
                entry.and_then(|e| find_part::<web_sys::HtmlElement>(&root, &prefix, &bundle, e, Part::Thanks));
            if let Some(thanks) = thanks {
                let _ = thanks.focus();
            }
        });
    }

    // Red flags: shown cards first, answers visible; those a search or topic
    // hides stay one click away.
    let cards: Html = visible
        .urgent
        .iter()
        .map(|&entry| {
            care_card(CareCardView {
                bundle: &props.bundle,
                entry,
                matched: &matched,
                id_prefix: &props.id_prefix,
                texts: &props.texts,
                feedback: state.feedback_on(entry),
                on_feedback: &on_feedback,
            })
        })
        .collect();
    let hidden_urgent: Vec<usize> = (0..props.bundle.faq.entries.len())
        .filter(|&e| props.bundle.faq.entries[e].urgent && !visible.urgent.contains(&e))
        .collect();
    let other_urgent = (!hidden_urgent.is_empty()).then(|| {
        let links: Html = hidden_urgent
            .iter()
            .map(|&entry| {
                let dispatcher = state.dispatcher();
                let onclick = Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::Reveal(entry)));
                let question = &props.bundle.faq.entries[entry].question;
                html! { <li><button type="button" class="faq__other-urgent-link" {onclick}>{ question }</button></li> }
            })
            .collect();
        html! {
            <div class="faq__other-urgent" part="other-urgent">
                <p class="faq__other-urgent-label">{ &props.texts.other_urgent }</p>
                <ul>{ links }</ul>
            </div>
        }
    });

    let on_topic = {
        let dispatcher = state.dispatcher();
        Callback::from(move |topic: Option<usize>| dispatcher.dispatch(Action::SetTopic(topic)))
    };

    let all_open = visible.entries.iter().all(|&e| state.is_open(e));
    let on_show_all = {
        let (dispatcher, visible) = (state.dispatcher(), visible.clone());
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::SetAll(visible.entries.clone(), !all_open)))
    };

    let (p, texts) = (&props.id_prefix, &props.texts);
    html! {
        <section class="faq" aria-labelledby={format!("{p}-heading")} ref={root}>
            <h2 class="faq__title" id={format!("{p}-heading")}>{ &texts.heading }</h2>
            { search_box(SearchBoxView {
                id: format!("{p}-search"),
                label: &texts.search_label,
                placeholder: &texts.placeholder,
                value: &state.query,
                input_ref: &input_ref,
                on_search: &on_search,
                on_focus: &on_focus,
            }) }
            { topic_chips(&props.bundle.faq.topics, state.topic, &on_topic) }
            { status(texts.status(visible.count(), visible.searching)) }
            // Polite announcements that are not the result count ("Link copied").
            // Each message is a new element (keyed by its counter), so the
            // same words said twice are announced twice.
            <p class="faq__announce" aria-live="polite">
                { for state.announcement.as_ref().map(|(m, n)| html! { <span key={*n}>{ m.clone() }</span> }) }
            </p>
            { cards }
            { other_urgent.unwrap_or_default() }
            if visible.count() == 0 {
                { empty_state(EmptyStateView {
                    template: &texts.empty,
                    suggest_template: &texts.suggest,
                    clear_label: &texts.clear,
                    query: &state.query,
                    suggestion: suggestion.as_deref(),
                    on_clear: &on_clear,
                    on_search: &on_search,
                }) }
            } else if !visible.entries.is_empty() {
                <div class="faq__controls">
                    <button type="button" class="faq__show-all" part="show-all"
                        aria-expanded={if all_open { "true" } else { "false" }}
                        onclick={on_show_all}>
                        { if all_open { &texts.hide_all } else { &texts.show_all } }
                    </button>
                </div>
                <Accordion
                    bundle={props.bundle.clone()}
                    entries={visible.clone()}
                    {limit}
                    pinned={state.pinned}
                    matched={matched.clone()}
                    state={state.clone()}
                    id_prefix={p.clone()}
                    on_toggle={on_toggle}
                    on_copy={on_copy}
                    on_feedback={on_feedback.clone()}
                    texts={props.texts.clone()}
                />
                { more.unwrap_or_default() }
            }
            { about(&props.bundle.faq.about, texts) }
        </section>
    }
}
