//! The dataset and search index embedded at build time by `build.rs`.

use std::rc::Rc;

use faq_core::Bundle;

/// The postcard-encoded [`Bundle`] written by `build.rs`.
static EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/faq.bin"));

thread_local! {
    static BUNDLE: Result<Rc<Bundle>, String> =
        Bundle::from_bytes(EMBEDDED).map(Rc::new).map_err(|e| format!("the embedded FAQ data is corrupt: {e}"));
}

/// The embedded bundle, decoded once and shared by every widget on the page.
pub fn bundle() -> Result<Rc<Bundle>, String> {
    BUNDLE.with(Clone::clone)
}
