//! "Was this helpful? Yes / No" under an answer.

use yew::prelude::*;

use super::on_click;
use crate::texts::Texts;

/// The question with two buttons, or, once answered, the thanks (with the
/// element id `thanks_id`: the widget moves focus there, since the button
/// that had it is gone). `on_answer` is called with `true` for yes and
/// `false` for no.
pub fn feedback(
    texts: &Texts,
    entry: usize,
    given: Option<bool>,
    thanks_id: String,
    on_feedback: &Callback<(usize, bool)>,
) -> Html {
    if given.is_some() {
        return html! {
            <p class="faq__feedback faq__feedback--done" part="feedback" id={thanks_id} tabindex="-1">{ &texts.thanks }</p>
        };
    }
    let yes = on_click(on_feedback, (entry, true));
    let no = on_click(on_feedback, (entry, false));
    html! {
        <div class="faq__feedback" part="feedback" role="group" aria-label={texts.feedback.clone()}>
            <span class="faq__feedback-question" aria-hidden="true">{ &texts.feedback }</span>
            <button type="button" class="faq__feedback-button" onclick={yes}>{ &texts.yes }</button>
            <button type="button" class="faq__feedback-button" onclick={no}>{ &texts.no }</button>
        </div>
    }
}
