//! The dataset and search index, made at build time by `build.rs` and
//! carried in the `.wasm`'s custom section `faq` (`faq_core::pack::SECTION`),
//! not in its code or data: `embed/element.js` reads the section and hands
//! it to [`crate::embed::mount`], which decodes it. Another dataset can so be
//! packed into a built `.wasm` without recompiling it (`faq-pack`).

use std::rc::Rc;

use faq_core::Bundle;

/// The bundle `build.rs` wrote for this build (`$OUT_DIR/faq.bin`, in
/// `faq_core::codec`'s form), for the tests. The widget never reads it, so
/// it is not in the `.wasm`'s code or data; `embed/build.mjs` puts these
/// bytes into the `.wasm`'s `faq` section, and finds them through cargo's
/// dep-info for the `.wasm`, which lists this file because of this line.
pub const BUILT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/faq.bin"));

/// Decodes the bundle from the `.wasm`'s `faq` section, searched by the
/// rules of the language this widget was built for (an error if the bundle
/// is in another: `faq-pack` refuses to make one) (empty if the
/// section is missing: "byte 0: the bundle ends early"). Each `<faq-widget>`
/// runs in a WebAssembly instance of its own, so each decodes its own copy,
/// once.
pub fn decode(bytes: &[u8]) -> Result<Rc<Bundle>, String> {
    Bundle::from_bytes_in(bytes, crate::language::RULES)
        .map(Rc::new)
        .map_err(|e| format!("the FAQ data (the .wasm's custom section \"faq\") is missing or corrupt: {e}"))
}
