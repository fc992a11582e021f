//! The list of questions, with the APG accordion keyboard model.

use std::rc::Rc;

use faq_core::{Bundle, MatchedTerms};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::accordion_item::{AccordionItem, AccordionItemProps};
use super::care_card::{care_card, CareCardView, Disclosure};
use crate::shared::Shared;
use crate::state::{feedback_on, is_open, Visible};
use crate::texts::Texts;

/// Properties of [`Accordion`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct AccordionProps {
    /// The dataset.
    pub bundle: Shared<Bundle>,
    /// The entries to show, in order.
    pub entries: Rc<Visible>,
    /// How many of them to render (a long list is rendered a page at a time).
    pub limit: usize,
    /// Whether more of the list is still to be rendered (at start-up):
    /// `aria-busy` on the list until it is whole.
    #[prop_or_default]
    pub busy: bool,
    /// Keep the item of every entry the list does not show, hidden (a
    /// dataset rendered whole, once its start-up is over): typing then moves
    /// and hides items instead of destroying and re-creating them with
    /// their answers.
    #[prop_or_default]
    pub keep_hidden: bool,
    /// An entry to render even if it is beyond `limit` (a deep link's target).
    pub pinned: Option<usize>,
    /// The words the current search matched, to mark.
    pub matched: Rc<MatchedTerms>,
    /// The entries whose answers are open, sorted ([`crate::state::WidgetState::open`]).
    pub open: Rc<Vec<usize>>,
    /// The answers given to "Was this helpful?" ([`crate::state::WidgetState::feedback`]).
    pub feedback: Rc<Vec<(usize, bool)>>,
    /// The entry whose link is shown for copying by hand, if any.
    pub show_link: Option<usize>,
    /// What links to answers start with; `None` leaves "Copy link" out.
    pub link_base: Option<AttrValue>,
    /// The widget's id prefix.
    pub id_prefix: AttrValue,
    /// Called with an entry index, and whether it was open, when its question is activated.
    pub on_toggle: Callback<(usize, bool)>,
    /// Called with an entry index when its "Copy link" is activated.
    pub on_copy: Callback<usize>,
    /// Called with `(entry, helpful)` when "Was this helpful?" is answered.
    pub on_feedback: Callback<(usize, bool)>,
    /// The visible texts.
    pub texts: Shared<Texts>,
}

/// Selects the question buttons shown (their class, `faq__question`, not in
/// an item kept hidden (see [`AccordionProps::keep_hidden`]), and a red
/// flag's among them, `faq__card-question`); keyboard movement looks for them.
pub const QUESTION_SELECTOR: &str = ".faq__item:not([hidden]) .faq__question, .faq__card-question";

/// Where a navigation key moves focus, from `current` among `count` questions.
pub fn focus_target(key: &str, current: usize, count: usize) -> Option<usize> {
    if count == 0 {
        return None;
    }
    match key {
        "ArrowDown" => Some((current + 1) % count),
        "ArrowUp" => Some((current + count - 1) % count),
        "Home" => Some(0),
        "End" => Some(count - 1),
        _ => None,
    }
}

/// Moves focus between question buttons on Up/Down/Home/End (wrapping at the ends).
fn on_keydown(list: &NodeRef, event: &KeyboardEvent) {
    let (Some(list), Some(target)) =
        (list.cast::<Element>(), event.target().and_then(|t| t.dyn_into::<Element>().ok()))
    else {
        return;
    };
    if !target.matches(QUESTION_SELECTOR).unwrap_or(false) {
        return;
    }
    let Ok(buttons) = list.query_selector_all(QUESTION_SELECTOR) else { return };
    let mut elements: Vec<HtmlElement> = Vec::new();
    for i in 0..buttons.length() {
        if let Some(button) = buttons.item(i).and_then(|b| b.dyn_into::<HtmlElement>().ok()) {
            elements.push(button);
        }
    }
    let buttons = elements;
    let Some(current) = buttons.iter().position(|b| **b == target) else { return };
    if let Some(next) = focus_target(&event.key(), current, buttons.len()) {
        event.prevent_default();
        let _ = buttons[next].focus();
    }
}

/// The list's items in DOM order, each with whether it is hidden: the
/// `shown` entries in their order, and every other of the `size` entries
/// that `keep` says to keep, hidden, where it was in `previous` (the list's
/// last order), so that a keystroke that only hides items moves none. The places of the
/// shown entries that `previous` had are filled with the shown entries in
/// their order; the rest of them follow; an entry kept that `previous`
/// lacks is added hidden at the end (file order). Only the shown entries'
/// order is visible: a hidden item is not rendered, read out or reached by
/// the keyboard, wherever it is.
pub fn arrange(
    previous: &[(usize, bool)],
    shown: &[usize],
    size: usize,
    keep: impl Fn(usize) -> bool,
) -> Vec<(usize, bool)> {
    // Whether each of the `size` entries was in `previous`, and is shown now.
    let (mut was, mut is_shown) = (vec![false; size], vec![false; size]);
    for &(e, _) in previous {
        if let Some(was) = was.get_mut(e) {
            *was = true;
        }
    }
    for &e in shown {
        is_shown[e] = true;
    }
    let hidden = |e: usize| !is_shown[e] && keep(e);
    // Plain loops and `push`: each iterator adapter passed to `extend` is
    // code of its own in the `.wasm`.
    let mut items = Vec::with_capacity(size);
    let mut next = shown.iter();
    for &(e, _) in previous {
        if e >= size {
            continue;
        }
        if is_shown[e] {
            if let Some(&s) = next.next() {
                items.push((s, false));
            }
        } else if hidden(e) {
            items.push((e, true));
        }
    }
    for &s in next {
        items.push((s, false));
    }
    for (e, &was) in was.iter().enumerate() {
        if !was && hidden(e) {
            items.push((e, true));
        }
    }
    items
}

/// The first `limit` of `shown`, then `pinned` if it is among the others.
pub fn rendered(shown: &[usize], limit: usize, pinned: Option<usize>) -> impl Iterator<Item = usize> + '_ {
    let (page, rest) = shown.split_at(limit.min(shown.len()));
    page.iter().copied().chain(pinned.filter(|p| rest.contains(p)))
}

/// The questions as an accordion: each a button in a heading, answers below;
/// a red flag (a search's, at its rank) as a compact care card.
#[component]
pub fn Accordion(props: &AccordionProps) -> Html {
    let list = crate::hooks::use_element_ref();
    let onkeydown = {
        let list = list.clone();
        Callback::from(move |e: KeyboardEvent| on_keydown(&list, &e))
    };
    let shown: Vec<usize> = rendered(&props.entries.entries, props.limit, props.pinned).collect();
    // The rest, hidden where they were (see `keep_hidden` and `arrange`).
    let entries = &props.bundle.faq.entries;
    // The list's last order (see `arrange`), and each item's question
    // marks, kept while it is hidden (they are not seen): hiding an item
    // then leaves its props as they were.
    let memory = use_mut_ref(|| (Vec::new(), Vec::new()));
    let mut memory = memory.borrow_mut();
    let (order, marks) = &mut *memory;
    let items = arrange(order, &shown, entries.len(), |e| props.keep_hidden && !entries[e].urgent);
    while marks.len() < entries.len() {
        marks.push(Rc::new(Vec::new()));
    }
    // One node per item (see `super::list`).
    let mut nodes = Vec::new();
    for &(i, hidden) in &items {
        let open = is_open(&props.open, i);
        let Some(entry) = entries.get(i) else {
            nodes.push(Html::default());
            continue;
        };
        if entry.urgent {
            let card = care_card(CareCardView {
                bundle: &props.bundle,
                entry: i,
                matched: &props.matched,
                id_prefix: &props.id_prefix,
                texts: &props.texts,
                feedback: feedback_on(&props.feedback, i),
                on_feedback: &props.on_feedback,
                disclosure: Some(Disclosure { open, on_toggle: &props.on_toggle, in_block: false }),
            });
            nodes.push(html! { <key={i}>{ card }</> });
            continue;
        }
        if !hidden {
            marks[i] = Rc::new(props.bundle.highlight(entry.question.as_str(), &props.matched));
        }
        nodes.push(html! {
            // `Class`, not `class`: html! turns a `class` that is not a literal
            // into Yew's `Classes` (an index set, hashed), which would be in the
            // `.wasm` for this one use; `Class` is a plain attribute, and
            // setAttribute lowercases names in HTML documents, so this sets `class`.
            <div key={i} Class={if open { "faq__item faq__item--open" } else { "faq__item" }} part="item" {hidden}>
            // The props as a struct, not one by one: html! then builds
            // no props builder (its checks and setters) into the `.wasm`.
            <AccordionItem ..AccordionItemProps {
                bundle: props.bundle.clone(),
                entry: i,
                open,
                question_marks: marks[i].clone(),
                answer_marks: (open && !hidden).then(|| props.matched.clone()),
                id_prefix: props.id_prefix.clone(),
                on_toggle: props.on_toggle.clone(),
                on_copy: props.on_copy.clone(),
                on_feedback: props.on_feedback.clone(),
                feedback: feedback_on(&props.feedback, i),
                texts: props.texts.clone(),
                link_base: props.link_base.clone(),
                show_link: props.show_link == Some(i),
            } />
            </div>
        });
    }
    let html = html! {
        // Hidden while it shows nothing: it is kept (its items hidden) so
        // that the search after one that found nothing shows them again
        // rather than creating them anew.
        <div class="faq__list" ref={list} {onkeydown} aria-busy={props.busy.then_some("true")} hidden={shown.is_empty()}>
            { super::list(nodes) }
        </div>
    };
    *order = items;
    html
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;

    #[wasm_bindgen_test]
    fn rendered_is_the_page_then_a_pinned_entry_beyond_it() {
        let shown = [5, 3, 9, 1, 7];
        assert_eq!(rendered(&shown, 2, None).collect::<Vec<_>>(), [5, 3]);
        assert_eq!(rendered(&shown, 2, Some(7)).collect::<Vec<_>>(), [5, 3, 7]);
        assert_eq!(rendered(&shown, 2, Some(3)).collect::<Vec<_>>(), [5, 3], "already on the page");
        assert_eq!(rendered(&shown, 2, Some(4)).collect::<Vec<_>>(), [5, 3], "not shown at all");
        assert_eq!(rendered(&shown, 9, None).count(), 5);
    }

    fn ids(items: &[(usize, bool)]) -> (Vec<usize>, Vec<usize>) {
        let shown = items.iter().filter(|i| !i.1).map(|i| i.0).collect();
        (shown, items.iter().filter(|i| i.1).map(|i| i.0).collect())
    }

    #[wasm_bindgen_test]
    fn arrange_shows_the_shown_in_order_and_keeps_the_hidden_where_they_were() {
        let keep = |e: usize| e != 4;
        // First render: the hidden after the shown, in file order; a red flag (4) not kept.
        let first = arrange(&[], &[3, 1], 6, keep);
        assert_eq!(first, [(3, false), (1, false), (0, true), (2, true), (5, true)]);
        // Everything shown again, in file order: the shown order is all that counts.
        let all = [0, 1, 2, 3, 5];
        assert_eq!(ids(&arrange(&first, &all, 6, keep)), (all.to_vec(), vec![]));
        // Hiding only: nothing moves.
        let everything = arrange(&[], &all, 6, keep);
        let hiding = arrange(&everything, &[1, 3], 6, keep);
        assert_eq!(hiding, [(0, true), (1, false), (2, true), (3, false), (5, true)]);
        // Ranked anew: the hidden stay, the shown fill the shown places in their order.
        let previous = everything;
        let moved = arrange(&previous, &[5, 0, 2, 3], 6, keep);
        assert_eq!(moved, [(5, false), (1, true), (0, false), (2, false), (3, false)]);
        // A red flag shown in the list is placed like the others, and dropped once not shown.
        let with_flag = arrange(&previous, &[4, 1], 6, keep);
        assert_eq!(ids(&with_flag), (vec![4, 1], vec![0, 2, 3, 5]));
        assert_eq!(ids(&arrange(&with_flag, &[1], 6, keep)), (vec![1], vec![0, 2, 3, 5]));
        // Nothing kept (a list that keeps no hidden items): the shown alone.
        assert_eq!(arrange(&previous, &[3, 0], 6, |_| false), [(3, false), (0, false)]);
    }
}
