//! A red-flag entry as a care card: heading, icon, the answer and the
//! clinic's call to action. Whole (the answer always visible) above a
//! search's list; compact, a disclosure whose question opens the answer, in
//! the "Urgent advice" block at rest ([`super::urgent_advice`]) and at its
//! rank in a search's list ([`super::accordion`]).

use faq_core::{Bundle, MatchedTerms};
use yew::prelude::*;

use super::answer::answer_html;
use super::feedback::feedback;
use super::marked::marked;
use super::on_click;
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
    /// `Some` draws the card compact, as a disclosure (the red flags at
    /// rest, and in a search's list); `None` draws it whole, its answer
    /// visible (above a search's list).
    pub disclosure: Option<Disclosure<'a>>,
}

/// A compact care card's state: its question is a button that shows or
/// hides the answer, like the accordion's.
pub struct Disclosure<'a> {
    /// Whether the answer is shown.
    pub open: bool,
    /// Called with `(entry, was_open)` when the question is activated.
    pub on_toggle: &'a Callback<(usize, bool)>,
    /// In the "Urgent advice" block, whose heading says what it is: an h4.
    /// Otherwise (in a search's list) an h3 like the list's questions, the
    /// question led by the urgent label.
    pub in_block: bool,
}

/// A `tel:` address (RFC 3966) for a phone number as a clinic writes it, or
/// `None` if it has no digits (or more than a number and an extension):
/// - the number is its digits, up to the first character that cannot be
///   part of one (a letter, `;`, `,`, `#`);
/// - `+` or `00` (then a digit other than 0) in front make it international,
///   written with `+` (`00 44 20…` → `+4420…`): ITU's international prefix
///   is 00 in most countries, and `+` dials from any country and any phone;
/// - in an international number, a `(0)` trunk prefix is dropped: it is
///   dialled only from inside the country (`+44 (0)20…` → `+4420…`);
/// - an extension after the number (`ext. 123`, `ext 123`, `x123`,
///   `;ext=123`) becomes `;ext=123`; a word without digits after a space is
///   ignored (`(reception)`); anything else makes it no number (`… or
///   0161…`, `1-800-FLOWERS`), as do fewer than 3 digits.
pub fn tel_href(phone: &str) -> Option<String> {
    let end = phone
        .find(|c: char| !matches!(c, '0'..='9' | ' ' | '\u{a0}' | '+' | '(' | ')' | '-' | '.' | '/'))
        .unwrap_or(phone.len());
    let (number, rest) = phone.split_at(end);
    let rest = rest.trim_start().as_bytes();
    let extension = rest.iter().any(u8::is_ascii_digit);
    let known = if !extension {
        // A label after a space or '(' (the last byte of a no-break space is 0xA0).
        rest.is_empty() || matches!(number.as_bytes().last(), Some(b' ' | b'(' | 0xA0))
    } else {
        ["ext", "x", ";ext="].iter().any(|m| rest.get(..m.len()).is_some_and(|p| p.eq_ignore_ascii_case(m.as_bytes())))
    };
    // The number's bytes are ASCII but for no-break spaces (0xC2 0xA0): spaces out.
    let mut compact: Vec<u8> = Vec::new();
    for b in number.bytes() {
        if !matches!(b, b' ' | 0xC2 | 0xA0) {
            compact.push(b);
        }
    }
    let compact = compact.strip_prefix(b"(").unwrap_or(&compact);
    let (international, digits) = match compact.strip_prefix(b"+") {
        Some(n) => (true, n),
        None => match compact.strip_prefix(b"00").filter(|n| n.first() != Some(&b'0')) {
            Some(n) => (true, n),
            None => (false, compact),
        },
    };
    let mut href = String::from(if international { "tel:+" } else { "tel:" });
    let start = href.len();
    for (i, &b) in digits.iter().enumerate() {
        // A 0 between parentheses (at i = 0 the range is empty: no byte before).
        let trunk = international && digits.get(i.wrapping_sub(1)..i + 2) == Some(b"(0)");
        if b.is_ascii_digit() && !trunk {
            href.push(char::from(b));
        }
    }
    if !known || href.len() - start < 3 {
        return None;
    }
    if extension {
        href.push_str(";ext=");
        rest.iter().filter(|b| b.is_ascii_digit()).for_each(|&b| href.push(char::from(b)));
    }
    Some(href)
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

/// The card: whole, a labelled section whose heading (focusable for deep
/// links) holds a warning icon, the label and the question, then the whole
/// answer; or compact ([`CareCardView::disclosure`]), the question a button
/// in a heading (with the icon, and the label unless
/// [`Disclosure::in_block`]) controlling the answer, collapsed as
/// `hidden="until-found"` (find-in-page reaches it). The call to action and
/// "Was this helpful?" close the answer (a compact one's only while open).
pub fn care_card(view: CareCardView<'_>) -> Html {
    let Some(entry) = view.bundle.faq.entries.get(view.entry) else { return html! {} };
    let question_id = element_id(view.id_prefix, Part::Question, &entry.slug);
    let texts = view.texts;
    let icon = html! { <span class="faq__card-icon" aria-hidden="true">{ "!" }</span> };
    let question = marked(&entry.question, view.bundle, view.matched);
    // A compact card's collapsed answer is not marked, like the list's
    // (typing then changes nothing there; opening it marks it).
    let collapsed = view.disclosure.as_ref().is_some_and(|d| !d.open);
    let none = MatchedTerms::NONE;
    let answer = answer_html(&entry.answer, view.bundle, if collapsed { &none } else { view.matched });
    // The call to action and "Was this helpful?": made once, for either form.
    let extras = if !collapsed {
        let call = tel_href(&texts.phone).map(|href| {
            html! { <a class="faq__action faq__action--call" part="call" {href}>{ fill(&texts.call, &["phone"], &[texts.phone.trim()]) }</a> }
        });
        let book = safe_link(&texts.appointment_url).map(|href| {
            html! { <a class="faq__action" part="book" href={href.to_owned()}>{ &texts.book }</a> }
        });
        html! {
            <>
                if call.is_some() || book.is_some() {
                    <p class="faq__actions">{ call.unwrap_or_default() }{ book.unwrap_or_default() }</p>
                }
                { feedback(texts, view.entry, view.feedback, element_id(view.id_prefix, Part::Thanks, &entry.slug), view.on_feedback) }
            </>
        }
    } else {
        Html::default()
    };
    let label = html! { <span class="faq__card-label">{ &texts.urgent_label }</span> };
    let Some(Disclosure { open, on_toggle, in_block }) = view.disclosure else {
        return html! {
            <section class="faq__card" part="care-card" aria-labelledby={question_id.clone()}>
                <h3 class="faq__card-heading" id={question_id} tabindex="-1">
                    { icon }
                    { label }
                    { " " }
                    { question }
                </h3>
                <div class="faq__card-body">{ answer }{ extras }</div>
            </section>
        };
    };
    let answer_id = element_id(view.id_prefix, Part::Answer, &entry.slug);
    let onclick = on_click(on_toggle, (view.entry, open));
    let button = html! {
        <button type="button" class="faq__card-question" part="urgent-question" id={question_id.clone()}
            aria-expanded={if open { "true" } else { "false" }} aria-controls={answer_id.clone()} {onclick}>
            { icon }
            <span class="faq__card-question-text">
                if !in_block {
                    { label }{ " " }
                }
                { question }
            </span>
            <span class="faq__icon" aria-hidden="true"></span>
        </button>
    };
    // Two static headings, not `<@{name}>`: a dynamic element name costs the
    // `.wasm` Yew's checks of it (measured: 160 bytes of brotli).
    let heading = if in_block {
        html! { <h4 class="faq__card-heading">{ button }</h4> }
    } else {
        html! { <h3 class="faq__card-heading">{ button }</h3> }
    };
    html! {
        <div class="faq__card faq__card--compact" part="care-card">
            { heading }
            // `Hidden`: see the accordion item (it sets hidden="until-found").
            <div class="faq__card-body" part="answer" id={answer_id} aria-labelledby={question_id}
                Hidden={(!open).then_some(AttrValue::Static("until-found"))}>
                { answer }
                { extras }
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;

    #[wasm_bindgen_test]
    fn phone_numbers_become_tel_links_that_dial() {
        for (written, tel) in [
            // UK: the (0) trunk prefix is dropped after the country code.
            ("+44 (0)20 7946 0958", "tel:+442079460958"),
            ("+44 20 7946 0958", "tel:+442079460958"),
            ("+44(0)20-7946-0958", "tel:+442079460958"),
            ("0161 496 0000", "tel:01614960000"),
            ("(0161) 496 0000", "tel:01614960000"),
            // France: the same convention.
            ("+33 (0)1 23 45 67 89", "tel:+33123456789"),
            ("01 23 45 67 89", "tel:0123456789"),
            // US and Canada.
            ("(555) 010-0000", "tel:5550100000"),
            ("+1 555-010-0000", "tel:+15550100000"),
            ("+1 (555) 010.0000", "tel:+15550100000"),
            // 00, the international prefix, written as +.
            ("00 44 20 7946 0958", "tel:+442079460958"),
            ("0044 (0)20 7946 0958", "tel:+442079460958"),
            ("(+44) 20 7946 0958", "tel:+442079460958"),
            ("000", "tel:000"),
            // Extensions (RFC 3966 ;ext=).
            ("+44 20 7946 0958 ext. 123", "tel:+442079460958;ext=123"),
            ("+44 20 7946 0958 Ext 123", "tel:+442079460958;ext=123"),
            ("+44 20 7946 0958 extension 123", "tel:+442079460958;ext=123"),
            ("+44 20 7946 0958 x123", "tel:+442079460958;ext=123"),
            ("+44 20 7946 0958;ext=123", "tel:+442079460958;ext=123"),
            // Text without digits after the number is a label.
            ("0161 496 0000 (reception)", "tel:01614960000"),
            ("\u{a0}+34 912 345 678 ", "tel:+34912345678"),
        ] {
            assert_eq!(tel_href(written).as_deref(), Some(tel), "{written:?}");
        }
        for written in ["call us", "", "+", "12", "0161 496 0000 or 0161 496 0001", "1-800-FLOWERS"] {
            assert_eq!(tel_href(written), None, "{written:?}");
        }
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
