//! The whole widget: it holds the state, derives what to show from it and the
//! data, and composes the parts, each given data and `Callback`s.

use std::rc::Rc;

use faq_core::Bundle;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::{
    about::about, accordion::Accordion, accordion::AccordionProps, announcer::announcer, care_card::care_card,
    care_card::CareCardView, care_card::Disclosure, empty_state::empty_state, empty_state::EmptyStateView, list,
    other_urgent::other_urgent, search_box::search_box, search_box::SearchBoxView, show_all::show_all,
    show_more::show_more, status::status, topics::topic_chips, urgent_advice::urgent_advice,
};
use crate::events::WidgetEvent;
use crate::hooks::{copy_link, use_element_ref, use_focus_part, use_page_links};
use crate::ids::{document_link_base, widget_id, Part};
use crate::shared::Shared;
use crate::state::{Action, Visible, WidgetState, RENDER_ALL_UP_TO};
use crate::texts::Texts;

/// Properties of [`FaqWidget`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct FaqWidgetProps {
    /// The dataset and its index.
    pub bundle: Shared<Bundle>,
    /// Prefix of every element id (e.g. `faq`); unique per widget in one DOM tree.
    pub id_prefix: AttrValue,
    /// The visible texts (defaults in English).
    #[prop_or_default]
    pub texts: Shared<Texts>,
    /// The page that links to answers point to (the `page-url` attribute),
    /// for a widget in a frame whose own address is not worth sharing; see
    /// [`crate::ids::link_base`]. `None`: the document's own address.
    #[prop_or_default]
    pub page_url: Option<AttrValue>,
    /// Told when an answer opens or closes, when feedback is given and when
    /// the query changes.
    #[prop_or_default]
    pub on_event: Callback<WidgetEvent>,
}

impl FaqWidgetProps {
    /// Props with the default texts, no page URL and no event listener.
    pub fn new(bundle: Rc<Bundle>, id_prefix: AttrValue) -> Self {
        // A struct, not `yew::props!`: no `html!` builds these props, so
        // the builder is left out of the `.wasm`.
        FaqWidgetProps {
            bundle: bundle.into(),
            id_prefix,
            texts: Shared::default(),
            page_url: None,
            on_event: Callback::noop(),
        }
    }
}

/// A callback that dispatches `action` of its argument.
fn dispatch<T: 'static>(dispatcher: &UseReducerDispatcher<WidgetState>, action: fn(T) -> Action) -> Callback<T> {
    let dispatcher = dispatcher.clone();
    Callback::from(move |value| dispatcher.dispatch(action(value)))
}

/// The FAQ widget.
#[component]
pub fn FaqWidget(props: &FaqWidgetProps) -> Html {
    let FaqWidgetProps { bundle, id_prefix: prefix, texts, page_url, on_event } = props;
    let state = use_reducer(WidgetState::default);
    let dispatcher = state.dispatcher();
    let (root, input_ref) = (use_element_ref(), use_element_ref());

    // One search per query and topic: hits, matched words and suggestion
    // together, and what is shown of them in the topic. The matched words
    // and what is shown get an `Rc` each, which the list compares by
    // pointer. (One memo for all: each `use_memo` is code of its own in the
    // `.wasm`; a second one for what is shown cost 266 bytes brotli, session
    // 19. A topic's press searches again: 40 µs on the seed, 1.3 ms at
    // 10,000 entries natively.)
    let searched = use_memo((bundle.clone(), state.query.clone(), state.topic), |(bundle, query, topic)| {
        let results = bundle.query(query);
        let visible = Rc::new(Visible::of(bundle, &results, *topic));
        let matched = Rc::new(results.matched.clone());
        (results, matched, visible)
    });
    let (results, matched, visible) = (&searched.0, &searched.1, &searched.2);

    let total = visible.entries.len();
    let limit = state.render_limit(total, bundle.faq.entries.len());
    // At start-up the list is rendered a few entries per task (see
    // `WidgetState::grown`); "Show more" pages only by `limit`.
    let rendering = limit.min(state.grown);
    let growing = state.framing() || rendering < limit;
    // What the host is told once a render is on screen: `Ready`, once, when
    // the first screen is (the frame alone is not), so that it may show the
    // widget (before the effects that move focus, a deep link's, which need
    // it shown); after that, each new query with the number of entries
    // shown. And the start-up's next few entries, in a task of their own.
    // One effect for these: each is code of its own in the `.wasm`.
    // `told`: `None` until ready, then the query told last (at first the
    // one the widget starts with, empty, which is never reported).
    let told = use_mut_ref(|| None::<String>);
    let count = visible.count();
    use_effect_with((state.grown, growing.then_some(limit), state.query.clone()), {
        let (dispatcher, on_event) = (dispatcher.clone(), on_event.clone());
        move |(grown, growing, query)| {
            let event = match &mut *told.borrow_mut() {
                told @ None if *grown != 0 => {
                    *told = Some(query.clone());
                    Some(WidgetEvent::Ready)
                }
                Some(last) if last != query => {
                    last.clone_from(query);
                    Some(WidgetEvent::Searched { query: query.clone(), count })
                }
                _ => None,
            };
            if let Some(event) = event {
                on_event.emit(event);
            }
            let next = growing.map(|limit| Timeout::new(0, move || dispatcher.dispatch(Action::Grow(limit))));
            move || drop(next)
        }
    });
    use_page_links(&root, prefix, bundle, dispatch(&dispatcher, Action::Reveal), dispatch(&dispatcher, Action::Open));
    use_focus_part(&root, prefix, bundle, Part::Question, state.reveal);
    use_focus_part(&root, prefix, bundle, Part::Link, state.copy_fallback.map(|entry| (entry, 0)));
    use_focus_part(&root, prefix, bundle, Part::Thanks, state.feedback.last().map(|&(entry, _)| (entry, 0)));

    let on_search = dispatch(&dispatcher, |query: String| {
        // Only in builds made with FAQ_TEST_PANIC=1 (see build.rs), for
        // the end-to-end test of what a panic leaves on the page.
        #[cfg(faq_test_panic)]
        if query == "__panic__" {
            panic!("a test panic, asked for by typing __panic__");
        }
        Action::Search(query)
    });
    let on_clear = {
        let (dispatcher, input_ref) = (dispatcher.clone(), input_ref.clone());
        Callback::from(move |()| {
            dispatcher.dispatch(Action::Search(String::new()));
            if let Some(input) = input_ref.cast::<web_sys::HtmlElement>() {
                let _ = input.focus();
            }
        })
    };
    // The first search folds every entry's words: do it when the patient
    // focuses the search box rather than on their first keystroke.
    let on_focus = {
        let bundle = bundle.clone();
        Callback::from(move |_: FocusEvent| bundle.prepare())
    };
    // The list's callbacks change only with what they use (not with the
    // query), so an item whose shown content is unchanged is not
    // re-rendered. One memo makes all three: each hook is code of its own
    // in the `.wasm`.
    let list_callbacks = use_memo((on_event.clone(), texts.clone(), bundle.clone(), page_url.clone()), {
        let dispatcher = dispatcher.clone();
        move |(on_event, texts, bundle, page_url)| {
            let on_toggle = {
                let (dispatcher, on_event) = (dispatcher.clone(), on_event.clone());
                Callback::from(move |(entry, was_open): (usize, bool)| {
                    dispatcher.dispatch(Action::Toggle(entry));
                    on_event.emit(if was_open { WidgetEvent::Closed(entry) } else { WidgetEvent::Opened(entry) });
                })
            };
            // "Was this helpful?": remember, thank politely, tell the host.
            let on_feedback = {
                let (dispatcher, on_event, thanks) = (dispatcher.clone(), on_event.clone(), texts.thanks.clone());
                Callback::from(move |(entry, helpful): (usize, bool)| {
                    dispatcher.dispatch(Action::Feedback(entry, helpful));
                    dispatcher.dispatch(Action::Announce(thanks.to_string()));
                    on_event.emit(WidgetEvent::Feedback(entry, helpful));
                })
            };
            // "Copy link": the clipboard if it works, else the link shown selected.
            let on_copied = {
                let (dispatcher, copied) = (dispatcher.clone(), texts.copied.clone());
                Callback::from(move |(entry, written): (usize, bool)| {
                    dispatcher.dispatch(if written {
                        Action::Announce(copied.to_string())
                    } else {
                        Action::ShowLink(entry)
                    })
                })
            };
            (on_toggle, on_feedback, copy_link(bundle, page_url, on_copied))
        }
    });
    let (on_toggle, on_feedback, on_copy) = (*list_callbacks).clone();

    let collapsible = visible.collapsible();
    let all_open = collapsible.iter().all(|&e| state.is_open(e));
    let on_show_all = {
        let dispatcher = dispatcher.clone();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::SetAll(collapsible.clone(), !all_open)))
    };
    // Shown only when there is a next entry to render.
    let first = visible.entries.get(limit).copied().unwrap_or_default();
    let on_show_more = {
        let dispatcher = dispatcher.clone();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(Action::ShowMore { first }))
    };
    let link_base = document_link_base(page_url.as_deref()).map(AttrValue::from);
    // The red flags above the list: whole cards for a search (those its
    // layout puts first) or a topic; at rest, compact ones (their questions
    // a tap from their answers) in one block. The list draws its own.
    let mut cards = Vec::new();
    for &entry in visible.cards.iter().filter(|_| !state.framing()) {
        cards.push(care_card(CareCardView {
            bundle,
            entry,
            matched,
            id_prefix: prefix,
            texts,
            feedback: state.feedback_on(entry),
            on_feedback: &on_feedback,
            disclosure: (!visible.searching).then(|| Disclosure {
                open: state.is_open(entry),
                on_toggle: &on_toggle,
                in_block: true,
            }),
        }));
    }
    let cards = list(cards);

    let heading_id = widget_id(prefix, "heading");
    html! {
        // In the dataset's language, whatever the host page's, and mirrored
        // for one written right to left.
        <section class="faq" lang={crate::language::TAG}
            dir={if crate::language::RIGHT_TO_LEFT { "rtl" } else { "ltr" }}
            aria-labelledby={heading_id.clone()} ref={root}>
            <h2 class="faq__title" id={heading_id}>{ &texts.heading }</h2>
            { search_box(SearchBoxView {
                id: widget_id(prefix, "search"),
                label: &texts.search_label,
                placeholder: &texts.placeholder,
                value: &state.query,
                input_ref: &input_ref,
                on_search: &on_search,
                on_focus: &on_focus,
            }) }
            { topic_chips(&bundle.faq.topics, &texts.topics_label, state.topic, &dispatch(&dispatcher, Action::SetTopic)) }
            { status(texts.status(visible.count(), visible.searching)) }
            { announcer(state.announcement.as_ref()) }
            // Red flags first. One node each (not `for`): the section keeps
            // the same number of children, so Yew's unkeyed diff never
            // re-creates the search box.
            // Whose results these are when not simply the query's: the
            // closest ones, or a corrected query's. Always there (empty
            // without a note), so that a screen reader announces a new one.
            <p class="faq__relaxed" part="relaxed" aria-live="polite">{ visible.note(results, texts) }</p>
            if visible.searching || visible.cards.is_empty() {
                { cards }
            } else {
                { urgent_advice(widget_id(prefix, "urgent"), &texts.urgent_heading, cards) }
            }
            if visible.count() == 0 {
                { empty_state(EmptyStateView {
                    template: &texts.empty,
                    suggest_template: &texts.suggest,
                    clear_label: &texts.clear,
                    query: &state.query,
                    suggestion: results.suggestion.as_deref(),
                    on_clear: &on_clear,
                    on_search: &on_search,
                }) }
            }
            if total > 0 {
                { show_all(all_open, texts, &on_show_all) }
            }
            // Always there, even while nothing is shown (it hides itself
            // then): a dataset rendered whole keeps its items, hidden, so
            // the search after one that found nothing shows them again
            // instead of creating them anew.
            // The props as a struct: no props builder in the `.wasm`.
            <Accordion ..AccordionProps {
                bundle: bundle.clone(),
                entries: visible.clone(),
                limit: rendering,
                busy: growing,
                keep_hidden: !growing && bundle.faq.entries.len() <= RENDER_ALL_UP_TO,
                pinned: state.pinned,
                matched: matched.clone(),
                open: state.open.clone(),
                feedback: state.feedback.clone(),
                show_link: state.copy_fallback,
                link_base,
                id_prefix: prefix.clone(),
                on_toggle,
                on_copy,
                on_feedback: on_feedback.clone(),
                texts: texts.clone(),
            } />
            { show_more(limit, total, texts, &on_show_more) }
            // After the results: the red flags the search or topic hides, one click away.
            { other_urgent(bundle, &visible.hidden_urgent, &texts.other_urgent, &dispatch(&dispatcher, Action::Reveal)) }
            { about(&bundle.faq.about, texts) }
        </section>
    }
}
