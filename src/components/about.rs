//! Under the list: who reviewed the answers and when, and what they are not.

use faq_core::{About, Date};
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::texts::{fill_html, Texts};

/// `date` in the page's language ("15 October 2026"), through the browser's
/// `Intl`; the ISO date if that fails.
fn local_date(date: Date) -> String {
    let iso = date.to_string();
    let lang = gloo::utils::document().document_element().map(|e| e.get_attribute("lang").unwrap_or_default());
    let locale = JsValue::from_str(lang.as_deref().filter(|l| !l.is_empty()).unwrap_or("en-GB"));
    let options = js_sys::Object::new();
    for (key, value) in [("day", "numeric"), ("month", "long"), ("year", "numeric"), ("timeZone", "UTC")] {
        let _ = js_sys::Reflect::set(&options, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    let formatted = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::of1(&locale), &options)
        .format()
        .call1(&JsValue::UNDEFINED, &js_sys::Date::new(&JsValue::from_str(&(iso.clone() + "T00:00:00Z"))));
    formatted.ok().and_then(|v| v.as_string()).unwrap_or(iso)
}

/// The review line (if the dataset says who or when) and the disclaimer.
pub fn about(about: &About, texts: &Texts) -> Html {
    let template = match (&about.reviewed_by, about.last_reviewed) {
        (Some(_), Some(_)) => Some(&texts.reviewed),
        (None, Some(_)) => Some(&texts.reviewed_on),
        (Some(_), None) => Some(&texts.reviewed_by),
        (None, None) => None,
    };
    let review = template.map(|template| {
        // The date as a <time> element inside the text, which stays text.
        let reviewer = html! { { about.reviewed_by.as_deref().unwrap_or_default() } };
        let date = about.last_reviewed.map(|d| html! { <time datetime={d.to_string()}>{ local_date(d) }</time> });
        html! {
            <p class="faq__review" part="review">
                { fill_html(template, &["reviewer", "date"], &[reviewer, date.unwrap_or_default()]) }
            </p>
        }
    });
    html! {
        <footer class="faq__about" part="about">
            { review.unwrap_or_default() }
            <p class="faq__disclaimer" part="disclaimer">{ &texts.disclaimer }</p>
        </footer>
    }
}
