//! A red-flag entry as a care card: heading, icon, answer always visible, and
//! the clinic's call to action.

use faq_core::{Bundle, MatchedTerms};
use yew::prelude::*;

use super::answer::answer_html;
use super::feedback::feedback;
use super::marked::marked;
use crate::ids::{element_id, Part};
use crate::texts::{fill, Texts};

/// What [`care_card`] shows and whom it tells.
pub struct CareCardView<'a> {
    /// The dataset.
    pub bundle: &'a Bundle,
    /// Which entry (a red flag).
    pub entry: usize,
    /// The words the current search matched, to mark.
    pub matched: &'a MatchedTerms,
    /// The widget's id prefix.
    pub id_prefix: &'a str,
    /// The visible texts, the phone number and the booking address.
    pub texts: &'a Texts,
    /// The "Was this helpful?" answer already given, if any.
    pub feedback: Option<bool>,
    /// Called with `(entry, helpful)`.
    pub on_feedback: &'a Callback<(usize, bool)>,
}

/// A `tel:` address for `phone`: its digits, with a leading `+` kept.
pub fn tel_href(phone: &str) -> Option<String> {
    let plus = phone.trim_start().starts_with('+');
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    (!digits.is_empty()).then(|| format!("tel:{}{digits}", if plus { "+" } else { "" }))
}

/// `url` if it is safe as a link: `https:`/`http:` or relative (no
/// `javascript:` or other schemes).
pub fn safe_link(url: &str) -> Option<&str> {
    let url = url.trim();
    let scheme = url.split_once(':').map(|(s, _)| s).filter(|s| !s.contains(['/', '?', '#']));
    match scheme {
        _ if url.is_empty() => None,
        None => Some(url),
        Some(s) if s.eq_ignore_ascii_case("https") || s.eq_ignore_ascii_case("http") => Some(url),
        Some(_) => None,
    }
}

/// The card: a labelled section whose heading (focusable for deep links)
/// holds a warning icon and the question, then the whole answer.
pub fn care_card(view: CareCardView<'_>) -> Html {
    let Some(entry) = view.bundle.faq.entries.get(view.entry) else { return html! {} };
    let heading_id = element_id(view.id_prefix, Part::Question, &entry.slug);
    let texts = view.texts;
    let call = tel_href(&texts.phone).map(|href| {
        html! { <a class="faq__action faq__action--call" part="call" {href}>{ fill(&texts.call, &["phone"], &[texts.phone.trim()]) }</a> }
    });
    let book = safe_link(&texts.appointment_url).map(|href| {
        html! { <a class="faq__action" part="book" href={href.to_owned()}>{ &texts.book }</a> }
    });
    let on_answer = {
        let (on_feedback, index) = (view.on_feedback.clone(), view.entry);
        Callback::from(move |helpful: bool| on_feedback.emit((index, helpful)))
    };
    html! {
        <section class="faq__card" part="care-card" aria-labelledby={heading_id.clone()}>
            <h3 class="faq__card-heading" id={heading_id} tabindex="-1">
                <span class="faq__card-icon" aria-hidden="true">{ "!" }</span>
                <span class="faq__card-label">{ &texts.urgent_label }</span>
                { " " }
                { marked(&entry.question, view.bundle, view.matched) }
            </h3>
            <div class="faq__card-body">
                { answer_html(&entry.answer, view.bundle, view.matched) }
                if call.is_some() || book.is_some() {
                    <p class="faq__actions">{ call.unwrap_or_default() }{ book.unwrap_or_default() }</p>
                }
                { feedback(texts, view.feedback, element_id(view.id_prefix, Part::Thanks, &entry.slug), &on_answer) }
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;

    #[wasm_bindgen_test]
    fn phone_numbers_become_tel_links_of_their_digits() {
        assert_eq!(tel_href("+44 (0)20 7946 0958").as_deref(), Some("tel:+4402079460958"));
        assert_eq!(tel_href("0161 496 0000").as_deref(), Some("tel:01614960000"));
        assert_eq!(tel_href("call us"), None);
    }

    #[wasm_bindgen_test]
    fn only_web_and_relative_links_are_used() {
        assert_eq!(safe_link("https://clinic.example/book"), Some("https://clinic.example/book"));
        assert_eq!(safe_link("/appointments?x=1"), Some("/appointments?x=1"));
        assert_eq!(safe_link("book.html#now"), Some("book.html#now"));
        assert_eq!(safe_link("javascript:alert(1)"), None);
        assert_eq!(safe_link(" JavaScript:alert(1)"), None);
        assert_eq!(safe_link("data:text/html,x"), None);
        assert_eq!(safe_link(""), None);
    }
}
