//! The widget's ties to the page: the address bar's deep links, the
//! browser's find-in-page, moving focus to a part of an entry and the
//! clipboard.

use faq_core::Bundle;
use gloo::events::EventListener;
use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsError, JsValue};
use web_sys::{Element, HtmlElement, HtmlInputElement, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

use crate::ids::{document_link_base, element_selector, entry_by_slug, entry_in_hash, link_to, slug_in_id, Part};
use crate::shared::Shared;

/// A [`NodeRef`] kept across renders: what Yew's `use_node_ref` gives, held
/// by `use_ref` instead of a `use_state` (whose reducer machinery, in the
/// `.wasm` for `use_node_ref` alone, is larger).
#[hook]
pub fn use_element_ref() -> NodeRef {
    (*use_ref(NodeRef::default)).clone()
}

/// Follows deep links and find-in-page, both subscribed when the widget
/// mounts (and again, the hash followed again, if `prefix` or `bundle`
/// change; one effect for both measured 128 bytes smaller brotli than one
/// each):
/// - calls `on_link` with the entry a `#faq-<slug>` hash names, at once and
///   on every `hashchange`;
/// - the browser fires `beforematch` on a collapsed
///   (`hidden="until-found"`) answer inside `root` that it is about to
///   reveal: `on_found` is called with its entry, to open it in the state too.
///
/// The callbacks given when it subscribes are the ones called: give ones
/// that always do the same (dispatch to a reducer, say).
#[hook]
pub fn use_page_links(
    root: &NodeRef,
    prefix: &AttrValue,
    bundle: &Shared<Bundle>,
    on_link: Callback<usize>,
    on_found: Callback<usize>,
) {
    let root = root.clone();
    use_effect_with((prefix.clone(), bundle.clone()), move |(prefix, bundle)| {
        let (prefix, linked, bundle) = (prefix.clone(), bundle.clone(), bundle.clone());
        let follow = move || {
            let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
            if let Some(entry) = entry_in_hash(&linked, &hash) {
                on_link.emit(entry);
            }
        };
        follow();
        let hash_change = web_sys::window().map(|w| EventListener::new(&w, "hashchange", move |_| follow()));
        let before_match = root.cast::<Element>().map(|el| {
            EventListener::new(&el, "beforematch", move |event| {
                let id = event.target().and_then(|t| t.dyn_into::<Element>().ok()).map(|el| el.id());
                let slug = id.as_deref().and_then(|id| slug_in_id(&prefix, Part::Answer, id));
                if let Some(entry) = slug.and_then(|slug| entry_by_slug(&bundle, slug)) {
                    on_found.emit(entry);
                }
            })
        });
        move || drop((hash_change, before_match))
    });
}

/// After a render that changed `target`, focuses `part` of its entry inside
/// `root`, if that part is rendered: a question is also scrolled to the top
/// (a deep link, "Show more"), a link field also selected (for Ctrl+C).
/// `target` is `(entry, n)`: a new `n` focuses the same entry again.
#[hook]
pub fn use_focus_part(
    root: &NodeRef,
    prefix: &AttrValue,
    bundle: &Shared<Bundle>,
    part: Part,
    target: Option<(usize, u32)>,
) {
    let (root, prefix, bundle) = (root.clone(), prefix.clone(), bundle.clone());
    use_effect_with(target, move |target| {
        let found = target.and_then(|(entry, _)| {
            let selector = element_selector(&prefix, part, &bundle.faq.entries.get(entry)?.slug);
            root.cast::<Element>()?.query_selector(&selector).ok()?
        });
        let Some(element) = found.and_then(|el| el.dyn_into::<HtmlElement>().ok()) else { return };
        if part == Part::Question {
            let options = ScrollIntoViewOptions::new();
            options.set_block(ScrollLogicalPosition::Start);
            element.scroll_into_view_with_scroll_into_view_options(&options);
        }
        let _ = element.focus();
        if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
            input.select();
        }
    });
}

/// "Copy link": a callback that writes the link to an entry (see
/// [`document_link_base`]) to the clipboard, then calls `on_done` with the
/// entry and whether the clipboard took it. Made in the widget's one memo
/// of the list's callbacks, so it stays the same while its arguments do.
pub fn copy_link(
    bundle: &Shared<Bundle>,
    page_url: &Option<AttrValue>,
    on_done: Callback<(usize, bool)>,
) -> Callback<usize> {
    let (bundle, page_url) = (bundle.clone(), page_url.clone());
    Callback::from(move |entry: usize| {
        let (Some(e), Some(base)) = (bundle.faq.entries.get(entry), document_link_base(page_url.as_deref())) else {
            return;
        };
        let link = link_to(&base, &e.slug);
        // No Clipboard API outside a secure context (a host page on plain
        // `http:`): `navigator.clipboard` is undefined, and the link is shown
        // to copy by hand, as when the clipboard refuses.
        let clipboard = web_sys::window().map(|w| w.navigator().clipboard()).filter(|c| !c.is_undefined());
        let Some(clipboard) = clipboard else {
            return on_done.emit((entry, false));
        };
        // Told when the promise settles, either way; both callbacks are
        // dropped then (no future and no task queue of its own for this).
        let callbacks = Rc::new(RefCell::new(None));
        let settled = |written: bool| {
            let (callbacks, on_done) = (callbacks.clone(), on_done.clone());
            Closure::<dyn FnMut(JsValue) -> Result<(), JsError>>::new(move |_| {
                drop(callbacks.borrow_mut().take());
                on_done.emit((entry, written));
                Ok(())
            })
        };
        let (resolve, reject) = (settled(true), settled(false));
        let _ = clipboard.write_text(&link).then_with_reject(&resolve, &reject);
        *callbacks.borrow_mut() = Some((resolve, reject));
    })
}
