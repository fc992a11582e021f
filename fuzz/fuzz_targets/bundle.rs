//! Any bytes as an embedded bundle: an error or a bundle, never a panic, and
//! a decoded bundle can be searched.
#![no_main]

use faq_core::Bundle;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(bundle) = Bundle::from_bytes(data) {
        let _ = bundle.search("back lump");
        let _ = bundle.search("li");
    }
});
