//! Under the list: who reviewed the answers and when, and what they are not.

use faq_core::{About, Date};
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::texts::{fill_html, Texts};

/// `date` in the dataset's language ("15 de octubre de 2026") through the
/// browser's `Intl`, the ISO date if that fails. A dataset that declares its
/// language (`language: es`) takes the page's region only if the page is in
/// that language ("es" on an "es-MX" page). One that does not (English by
/// default) keeps what the widget did before languages: the page's language
/// (a host that translated the texts by attributes gets its own dates), and
/// without one English written day first ("15 October 2026").
fn local_date(date: Date) -> String {
    let iso = date.to_string();
    let tag = crate::language::TAG;
    let page = gloo::utils::document().document_element().and_then(|e| e.get_attribute("lang")).unwrap_or_default();
    // A closure: a build whose dataset does not declare its language (a
    // constant) never asks, and carries no code for it.
    let same_language = || faq_core::language::primary_subtag(&page).eq_ignore_ascii_case(tag);
    let locale = match tag {
        _ if !crate::language::DECLARED && !page.is_empty() => page.as_str(),
        _ if !crate::language::DECLARED => "en-GB",
        _ if tag.contains('-') => tag,
        _ if same_language() && page.contains('-') => page.as_str(),
        _ => tag,
    };
    let options = js_sys::Object::new();
    for (key, value) in [("day", "numeric"), ("month", "long"), ("year", "numeric"), ("timeZone", "UTC")] {
        let _ = js_sys::Reflect::set(&options, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    // What `Intl.DateTimeFormat(locale, options).format(date)` gives (ECMA-402:
    // the same options, the same formatter), through fewer imports.
    let date = js_sys::Date::new(&JsValue::from_str(&(iso.clone() + "T00:00:00Z")));
    date.to_locale_date_string(locale, &options).as_string().unwrap_or(iso)
}

/// [`LocalDate`]'s props.
#[derive(Properties, PartialEq)]
pub struct LocalDateProps {
    /// The date shown.
    pub date: Date,
}

/// A `<time>` with `date` in the page's language, written out when it first
/// comes into view. A page's first `Intl.DateTimeFormat` loads the browser's
/// locale data: 80–170 ms on a phone (measured at 4× CPU slow-down), a long
/// task that would block the host page at start-up, while the review line
/// usually starts below the fold. The ISO date stands until then. Formatted
/// once: typing re-renders the widget, not this.
///
/// The written-out date goes straight into the `<time>`'s text node, not
/// through a state: Yew writes that node only when the ISO date it renders
/// changes (another dataset), and the effect then writes that date out
/// anew. (A `use_state`, the widget's only one, measured 419 bytes brotli more.)
#[component]
pub fn LocalDate(props: &LocalDateProps) -> Html {
    let date = props.date;
    let node = crate::hooks::use_element_ref();
    {
        let node = node.clone();
        use_effect_with(date, move |&date| {
            let observer = node.cast::<web_sys::Element>().and_then(|time| {
                let text = time.first_child()?;
                when_seen(&time, move || text.set_node_value(Some(&local_date(date))))
            });
            move || drop(observer)
        });
    }
    let iso = date.to_string();
    html! { <time ref={node} datetime={iso.clone()}>{ iso }</time> }
}

/// Calls `then` once, when `element` first intersects the viewport; stops
/// watching when dropped. `None` if the browser cannot observe.
fn when_seen(element: &web_sys::Element, then: impl FnOnce() + 'static) -> Option<Observer> {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;

    let then = std::cell::Cell::new(Some(then));
    let callback = Closure::<dyn FnMut(js_sys::Array, web_sys::IntersectionObserver)>::new(
        move |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
            let seen =
                entries.iter().any(|e| e.unchecked_into::<web_sys::IntersectionObserverEntry>().is_intersecting());
            if let Some(then) = seen.then(|| then.take()).flatten() {
                observer.disconnect();
                then();
            }
        },
    );
    let observer = web_sys::IntersectionObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(element);
    Some(Observer { observer, _callback: callback })
}

/// An observer and its callback, disconnected when dropped.
struct Observer {
    observer: web_sys::IntersectionObserver,
    _callback: wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array, web_sys::IntersectionObserver)>,
}

impl Drop for Observer {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
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
