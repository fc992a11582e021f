//! The clinic FAQ widget: a Yew accordion with instant search over a dataset
//! that `build.rs` parsed and indexed at build time (see the `faq-core` crate).
//!
//! On start-up the module mounts a widget into every `<faq-widget>` element of
//! the page. Attributes:
//! - `heading`: the widget's heading (default "Frequently asked questions");
//! - `search-label`: the search box's visible label (default "Search the questions").

#![forbid(unsafe_code)]

pub mod components;
pub mod data;
pub mod state;

use std::cell::Cell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::{AttrValue, Renderer};

use crate::components::widget::{FaqWidget, FaqWidgetProps};

/// Mounts a widget into every `<faq-widget>` element present when the module starts.
#[wasm_bindgen(start)]
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(hosts) = document.query_selector_all("faq-widget") else { return };
    for i in 0..hosts.length() {
        if let Some(host) = hosts.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            mount(&host);
        }
    }
}

thread_local! {
    static MOUNTED: Cell<u32> = const { Cell::new(0) };
}

/// Renders a widget inside `host`, configured from its attributes. Each widget
/// gets its own id prefix (`faq`, `faq2`, …) so several can share a page.
pub fn mount(host: &Element) {
    let n = MOUNTED.with(|c| {
        c.set(c.get() + 1);
        c.get()
    });
    let id_prefix: AttrValue = if n == 1 { "faq".into() } else { format!("faq{n}").into() };
    let Some(document) = host.owner_document() else { return };
    let Ok(root) = document.create_element("div") else { return };
    if host.append_child(&root).is_err() {
        return;
    }
    match data::bundle() {
        Ok(bundle) => {
            let mut props = FaqWidgetProps::new(bundle, id_prefix);
            if let Some(heading) = host.get_attribute("heading") {
                props.heading = heading.into();
            }
            if let Some(label) = host.get_attribute("search-label") {
                props.search_label = label.into();
            }
            Renderer::<FaqWidget>::with_root_and_props(root, props).render();
        }
        Err(message) => {
            web_sys::console::error_1(&format!("faq-widget: {message}").into());
            root.set_text_content(Some("Sorry, the questions could not be loaded."));
        }
    }
}
