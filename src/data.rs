//! The dataset and search index embedded at build time by `build.rs`.

use std::rc::Rc;

use faq_core::Bundle;

/// The [`Bundle`] in its compact binary form (`faq_core::codec`), written by
/// `build.rs`.
static EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/faq.bin"));

thread_local! {
    static BUNDLE: Result<Rc<Bundle>, String> =
        Bundle::from_bytes(EMBEDDED).map(Rc::new).map_err(|e| format!("the embedded FAQ data is corrupt: {e}"));
}

/// The embedded bundle, decoded on first use and kept for this WebAssembly
/// instance. `embed/element.js` gives every `<faq-widget>` an instance of its
/// own, so each widget decodes its own copy.
pub fn bundle() -> Result<Rc<Bundle>, String> {
    BUNDLE.with(Clone::clone)
}
