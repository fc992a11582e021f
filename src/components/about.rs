//! Under the list: who reviewed the answers and when, and what they are not.

use faq_core::{About, Date};
use gloo::timers::callback::Timeout;
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

/// [`LocalDate`]'s props.
#[derive(Properties, PartialEq)]
pub struct LocalDateProps {
    /// The date shown.
    pub date: Date,
}

/// A `<time>` with `date` in the page's language. The browser's first
/// `Intl.DateTimeFormat` loads locale data, about 90 ms at start-up on a
/// phone (measured at 4× CPU slow-down), so it is formatted in a task of its
/// own after the first render, the ISO date standing until then; and once
/// only: typing re-renders the widget, not this.
#[component]
pub fn LocalDate(props: &LocalDateProps) -> Html {
    let date = props.date;
    let text = use_state(|| date.to_string());
    {
        let text = text.clone();
        use_effect_with(date, move |&date| {
            let pending = Timeout::new(0, move || text.set(local_date(date)));
            move || drop(pending)
        });
    }
    html! { <time datetime={date.to_string()}>{ (*text).clone() }</time> }
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
        let date = about.last_reviewed.map(|date| html! { <LocalDate {date} /> });
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
