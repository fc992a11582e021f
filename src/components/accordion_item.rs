//! One question and its answer panel.

use std::ops::Range;
use std::rc::Rc;

use faq_core::{Bundle, MatchedTerms};
use yew::prelude::*;

use super::answer::answer_html;
use super::feedback::feedback;
use super::marked::marked_ranges;
use super::on_click;
use crate::ids::{element_id, link_to, Part};
use crate::shared::Shared;
use crate::texts::Texts;

/// Properties of [`AccordionItem`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct AccordionItemProps {
    /// The dataset.
    pub bundle: Shared<Bundle>,
    /// Which entry this is.
    pub entry: usize,
    /// Whether its answer is shown.
    pub open: bool,
    /// The matched words of the question, as ranges (to mark).
    pub question_marks: Rc<Vec<Range<usize>>>,
    /// The words the current search matched, to mark in the answer; `None`
    /// while the answer is collapsed (it is not marked). Only what the item
    /// shows is in its props, so typing re-renders only the items whose marks
    /// change.
    pub answer_marks: Option<Rc<MatchedTerms>>,
    /// The widget's id prefix.
    pub id_prefix: AttrValue,
    /// Called with [`AccordionItemProps::entry`] and whether it was open when
    /// the question is activated.
    pub on_toggle: Callback<(usize, bool)>,
    /// Called with [`AccordionItemProps::entry`] when "Copy link" is activated.
    pub on_copy: Callback<usize>,
    /// "Copy link", the fallback label, "Was this helpful?" and its thanks.
    pub texts: Shared<Texts>,
    /// What links to answers start with ([`crate::ids::link_base`]); `None`
    /// leaves "Copy link" out (no address worth sharing).
    pub link_base: Option<AttrValue>,
    /// Show this entry's link as selected text (the clipboard was unavailable).
    pub show_link: bool,
    /// Called with `(entry, helpful)` when "Was this helpful?" is answered.
    pub on_feedback: Callback<(usize, bool)>,
    /// The answer already given to "Was this helpful?", if any.
    pub feedback: Option<bool>,
}

/// A question button (in a heading) controlling its answer panel. The
/// item's own element (`faq__item`, with the `hidden` of an item a search
/// does not show) is the list's ([`super::accordion::Accordion`]): hiding or
/// showing an item changes that element only, not this component's props.
#[component]
pub fn AccordionItem(props: &AccordionItemProps) -> Html {
    let Some(entry) = props.bundle.faq.entries.get(props.entry) else { return html! {} };
    let button_id = element_id(&props.id_prefix, Part::Question, &entry.slug);
    let panel_id = element_id(&props.id_prefix, Part::Answer, &entry.slug);
    let onclick = on_click(&props.on_toggle, (props.entry, props.open));
    let on_copy = on_click(&props.on_copy, props.entry);
    html! {
        <>
            <h3 class="faq__item-heading">
                <button
                    type="button"
                    class="faq__question"
                    part="question"
                    id={button_id.clone()}
                    aria-expanded={if props.open { "true" } else { "false" }}
                    aria-controls={panel_id.clone()}
                    {onclick}
                >
                    <span class="faq__question-text">{ marked_ranges(&entry.question, &props.question_marks) }</span>
                    <span class="faq__icon" aria-hidden="true"></span>
                </button>
            </h3>
            // `Hidden`, not `hidden`: Yew's html! only allows a boolean `hidden`,
            // but setAttribute lowercases names in HTML documents, so this sets
            // hidden="until-found" (collapsed, yet reachable by find-in-page).
            <div class="faq__answer" part="answer" id={panel_id} aria-labelledby={button_id}
                Hidden={(!props.open).then_some(AttrValue::Static("until-found"))}>
                // A collapsed answer is not marked: its text stays the same
                // from one keystroke to the next, so typing changes no DOM
                // there (find-in-page still finds it; opening it marks it).
                { answer_html(&entry.answer, &props.bundle, props.answer_marks.as_deref().unwrap_or(&MatchedTerms::NONE)) }
                // The answer's controls exist only while it is open: fewer
                // nodes to create for each result while typing.
                if props.open {
                    { feedback(&props.texts, props.entry, props.feedback, element_id(&props.id_prefix, Part::Thanks, &entry.slug), &props.on_feedback) }
                    if let Some(base) = &props.link_base {
                        <div class="faq__tools">
                            <button type="button" class="faq__copy" part="copy-link" onclick={on_copy}>{ &props.texts.copy }</button>
                            if props.show_link {
                                <label class="faq__link-label">
                                    { &props.texts.copy_fallback }
                                    <input class="faq__link" id={element_id(&props.id_prefix, Part::Link, &entry.slug)}
                                        readonly=true value={link_to(base, &entry.slug)} />
                                </label>
                            }
                        </div>
                    }
                }
            </div>
        </>
    }
}
