//! The custom-element glue: `embed/element.js` defines `<faq-widget>` and calls
//! [`mount`] with the element and its shadow root once the module is ready.
//!
//! The widget reads its texts from the element's attributes ([`Texts::ATTRIBUTES`]),
//! and the address its links point to from `page-url` ([`PAGE_URL`]);
//! `element.js` observes exactly these ([`OBSERVED_ATTRIBUTES`], checked by a
//! test below). It reports what happens as `CustomEvent`s on the element that
//! bubble and are composed (they cross the shadow boundary):
//! - `faq-open` / `faq-close`, `detail: { slug, question }`;
//! - `faq-search`, `detail: { query, count }`, once typing has paused for
//!   [`SEARCH_EVENT_DELAY_MS`] ms (never at start-up, never for the query
//!   reported last);
//! - `faq-feedback`, `detail: { slug, question, helpful, answer }`;
//! - `faq-ready`, once, when the widget shows in place of the static answers.
//!
//! Until then whatever the host put inside the element (the static answers)
//! stays on screen: the widget renders its first screen over a few short
//! tasks in a hidden root, then swaps itself in ([`WidgetEvent::Ready`]).
//!
//! Each `<faq-widget>` runs in a WebAssembly instance of its own
//! (`element.js` compiles the module once and instantiates it per element),
//! so a Rust panic, which aborts its instance, stops only that widget. The
//! panic hook ([`report_panic`]) first dispatches one [`PANIC_EVENT`] on the
//! widget's element (bubbling and composed); `element.js` logs it once, cuts
//! the instance off and shows that widget's fallback content with a short
//! message. The page and the other widgets keep working.

use std::cell::RefCell;
use std::rc::Rc;

use faq_core::Bundle;
use gloo::timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use web_sys::{CustomEvent, CustomEventInit, Element, EventTarget, ShadowRoot};
use yew::{AppHandle, AttrValue, Callback, Renderer};

use crate::components::widget::{FaqWidget, FaqWidgetProps};
use crate::events::WidgetEvent;
use crate::shared::Shared;
use crate::texts::Texts;

/// The attribute with the address of the page that links to answers point
/// to (see [`crate::ids::link_base`]).
pub const PAGE_URL: &str = "page-url";

/// The attributes that are not texts but that `element.js` observes too (a
/// change re-renders the widget).
pub const OBSERVED_ATTRIBUTES: [&str; 1] = [PAGE_URL];

/// How long typing must pause before `faq-search` fires, in milliseconds.
pub const SEARCH_EVENT_DELAY_MS: u32 = 600;

/// Dispatched on the widget's element when its code panics (see the module
/// docs), with the panic message as `detail`.
pub const PANIC_EVENT: &str = "faq-widget-panic";

thread_local! {
    /// The element this instance's widget is mounted in: where a panic is
    /// reported. Set by [`mount`] before anything that could panic.
    static PANIC_TARGET: RefCell<Option<EventTarget>> = const { RefCell::new(None) };
}

/// The panic hook: tells `element.js` (see the module docs). It does not log:
/// `element.js` does, once. Before [`mount`] has a host it reports on `window`.
fn report_panic(info: &std::panic::PanicHookInfo<'_>) {
    // `try_with`/`try_borrow`: a panic hook must not panic.
    let target = PANIC_TARGET
        .try_with(|t| t.try_borrow().ok().and_then(|t| t.clone()))
        .ok()
        .flatten()
        .or_else(|| web_sys::window().map(EventTarget::from));
    let Some(target) = target else { return };
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&JsValue::from_str(&info.to_string()));
    if let Ok(event) = CustomEvent::new_with_event_init_dict(PANIC_EVENT, &init) {
        let _ = target.dispatch_event(&event);
    }
}

/// A widget mounted in a `<faq-widget>` element. JavaScript holds it and calls
/// [`Widget::update`] when an attribute changes and [`Widget::destroy`] when
/// the element leaves the page.
#[wasm_bindgen]
pub struct Widget {
    host: Element,
    bundle: Rc<Bundle>,
    on_event: Callback<WidgetEvent>,
    app: Rc<RefCell<App>>,
}

/// A widget's Yew app: its first render is a task of its own, after the
/// one that decodes the data ([`mount`]).
enum App {
    /// The first render is to come (dropping the timeout cancels it).
    Pending {
        _first_render: Timeout,
    },
    Running(AppHandle<FaqWidget>),
    Destroyed,
}

/// Renders a widget into `shadow`, configured from `host`'s attributes: in
/// the next task, so that each start-up task stays short on a slow phone.
/// `data` is the `.wasm`'s `faq` section, the dataset ([`crate::data`]):
/// it is decoded here, and dropped.
#[wasm_bindgen]
pub fn mount(host: Element, shadow: ShadowRoot, data: Vec<u8>) -> Result<Widget, JsValue> {
    PANIC_TARGET.with(|t| *t.borrow_mut() = Some(host.clone().into()));
    // Before rendering: Yew installs its own (logging) hook unless one is set.
    yew::set_custom_panic_hook(Box::new(report_panic));
    let bundle = crate::data::decode(&data).map_err(|e| JsError::new(&e))?;
    // The DOM's own errors go to element.js as they are (an element always has a document).
    let document = host.owner_document().ok_or("the element has no document")?;
    let root = document.create_element("div")?;
    root.set_class_name("faq-root");
    // Hidden, after the host's content (element.js left a <slot> in the
    // shadow root), until its first screen is rendered.
    root.set_attribute("hidden", "")?;
    shadow.append_child(&root)?;
    let on_event = event_dispatcher(host.clone(), bundle.clone());
    let app = Rc::new(RefCell::new(App::Destroyed));
    let render = {
        let (app, host, bundle, on_event) = (Rc::downgrade(&app), host.clone(), bundle.clone(), on_event.clone());
        move || {
            let Some(app) = app.upgrade() else { return };
            // The attributes as they are now, not as they were at mount.
            let props = props_for(&host, &bundle, &on_event);
            let handle = Renderer::<FaqWidget>::with_root_and_props(root, props).render();
            *app.borrow_mut() = App::Running(handle);
        }
    };
    *app.borrow_mut() = App::Pending { _first_render: Timeout::new(0, render) };
    Ok(Widget { host, bundle, on_event, app })
}

#[wasm_bindgen]
impl Widget {
    /// Re-reads the element's attributes (after `attributeChangedCallback`).
    pub fn update(&mut self) {
        // Before the first render there is nothing to update: it reads them.
        if let App::Running(app) = &mut *self.app.borrow_mut() {
            app.update(props_for(&self.host, &self.bundle, &self.on_event));
        }
    }

    /// Unmounts the widget (or cancels its first render); its shadow root
    /// is left empty.
    pub fn destroy(&mut self) {
        let app = std::mem::replace(&mut *self.app.borrow_mut(), App::Destroyed);
        if let App::Running(app) = app {
            app.destroy();
        }
    }
}

fn props_for(host: &Element, bundle: &Rc<Bundle>, on_event: &Callback<WidgetEvent>) -> FaqWidgetProps {
    let mut texts = Texts::default();
    for name in Texts::ATTRIBUTES {
        if let Some(value) = host.get_attribute(name) {
            texts.set(name, value);
        }
    }
    FaqWidgetProps {
        bundle: bundle.clone().into(),
        id_prefix: "faq".into(),
        texts: Shared::new(texts),
        page_url: host.get_attribute(PAGE_URL).map(AttrValue::from),
        on_event: on_event.clone(),
    }
}

/// Turns widget events into DOM events on `host`, debouncing searches.
fn event_dispatcher(host: Element, bundle: Rc<Bundle>) -> Callback<WidgetEvent> {
    let pending: Rc<RefCell<Option<Timeout>>> = Rc::default();
    let last_query: Rc<RefCell<String>> = Rc::default();
    Callback::from(move |event: WidgetEvent| match event {
        WidgetEvent::Ready => {
            if let Some(shadow) = host.shadow_root() {
                if let Ok(Some(slot)) = shadow.query_selector("slot") {
                    slot.remove();
                }
                if let Ok(Some(root)) = shadow.query_selector(".faq-root") {
                    let _ = root.remove_attribute("hidden");
                }
            }
            dispatch(&host, "faq-ready", &[]);
        }
        WidgetEvent::Opened(i) | WidgetEvent::Closed(i) => {
            let Some(entry) = bundle.faq.entries.get(i) else { return };
            let name = if matches!(event, WidgetEvent::Opened(_)) { "faq-open" } else { "faq-close" };
            dispatch(
                &host,
                name,
                &[("slug", entry.slug.as_str().into()), ("question", entry.question.as_str().into())],
            );
        }
        WidgetEvent::Feedback(i, helpful) => {
            let Some(entry) = bundle.faq.entries.get(i) else { return };
            dispatch(
                &host,
                "faq-feedback",
                &[
                    ("slug", entry.slug.as_str().into()),
                    ("question", entry.question.as_str().into()),
                    ("helpful", helpful.into()),
                    ("answer", if helpful { "yes" } else { "no" }.into()),
                ],
            );
        }
        WidgetEvent::Searched { query, count } => {
            let (host, last_query) = (host.clone(), last_query.clone());
            // Replacing the pending timeout cancels it (gloo's Timeout cancels on drop).
            *pending.borrow_mut() = Some(Timeout::new(SEARCH_EVENT_DELAY_MS, move || {
                if *last_query.borrow() != query {
                    dispatch(
                        &host,
                        "faq-search",
                        &[("query", query.as_str().into()), ("count", (count as f64).into())],
                    );
                    *last_query.borrow_mut() = query;
                }
            }));
        }
    })
}

/// Dispatches a bubbling, composed `CustomEvent` whose `detail` has `fields`.
fn dispatch(host: &Element, name: &str, fields: &[(&str, JsValue)]) {
    let detail = js_sys::Object::new();
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&detail, &JsValue::from_str(key), value);
    }
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;

    /// The quoted names in `element.js`'s `static observedAttributes = [ … ];`.
    fn observed_in_element_js() -> Vec<&'static str> {
        let script = include_str!("../embed/element.js");
        let (_, list) =
            script.split_once("static observedAttributes = [").expect("element.js declares observedAttributes");
        let (list, _) = list.split_once("];").expect("observedAttributes ends with ];");
        list.split(',').map(str::trim).filter(|item| !item.is_empty()).map(|item| item.trim_matches('\'')).collect()
    }

    #[wasm_bindgen_test]
    fn element_js_observes_every_text_attribute_and_page_url_and_nothing_else() {
        let rust: Vec<&str> = Texts::ATTRIBUTES.iter().chain(&OBSERVED_ATTRIBUTES).copied().collect();
        assert_eq!(observed_in_element_js(), rust, "embed/element.js's observedAttributes and the Rust lists differ");
    }
}
