//! The list of questions, with the APG accordion keyboard model.

use std::rc::Rc;

use faq_core::{Bundle, MatchedTerms};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::accordion_item::AccordionItem;
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
    let buttons: Vec<HtmlElement> =
        (0..buttons.length()).filter_map(|i| buttons.item(i)?.dyn_into::<HtmlElement>().ok()).collect();
    let Some(current) = buttons.iter().position(|b| **b == target) else { return };
    if let Some(next) = focus_target(&event.key(), current, buttons.len()) {
        event.prevent_default();
        let _ = buttons[next].focus();
    }
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
    let list = use_node_ref();
    let onkeydown = {
        let list = list.clone();
        Callback::from(move |e: KeyboardEvent| on_keydown(&list, &e))
    };
    let shown: Vec<usize> = rendered(&props.entries.entries, props.limit, props.pinned).collect();
    // The rest, hidden after the shown ones (file order): see `keep_hidden`.
    let entries = &props.bundle.faq.entries;
    let kept: Vec<usize> = if props.keep_hidden {
        let mut is_shown = vec![false; entries.len()];
        shown.iter().for_each(|&i| is_shown[i] = true);
        (0..entries.len()).filter(|&i| !is_shown[i] && !entries[i].urgent).collect()
    } else {
        Vec::new()
    };
    let none = Rc::new(Vec::new());
    html! {
        <div class="faq__list" ref={list} {onkeydown} aria-busy={props.busy.then_some("true")} hidden={shown.is_empty()}>
            { shown.iter().map(|&i| (i, false)).chain(kept.iter().map(|&i| (i, true))).map(|(i, hidden)| {
                let open = is_open(&props.open, i);
                let Some(entry) = entries.get(i) else { return Html::default() };
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
                    return html! { <key={i}>{ card }</> };
                }
                let question_marks = if hidden {
                    none.clone()
                } else {
                    Rc::new(props.bundle.highlight(entry.question.as_str(), &props.matched))
                };
                html! {
                <AccordionItem
                    key={i}
                    bundle={props.bundle.clone()}
                    entry={i}
                    {open}
                    {hidden}
                    {question_marks}
                    answer_marks={(open && !hidden).then(|| props.matched.clone())}
                    id_prefix={props.id_prefix.clone()}
                    on_toggle={props.on_toggle.clone()}
                    on_copy={props.on_copy.clone()}
                    on_feedback={props.on_feedback.clone()}
                    feedback={feedback_on(&props.feedback, i)}
                    texts={props.texts.clone()}
                    link_base={props.link_base.clone()}
                    show_link={props.show_link == Some(i)}
                />
            }}).collect::<Html>() }
        </div>
    }
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
}
