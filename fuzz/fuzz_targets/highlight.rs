//! Any query and any text (split at the first NUL): highlight ranges lie on
//! character boundaries, in order, without overlap, on words of the text.
#![no_main]

use faq_core::Bundle;
use libfuzzer_sys::fuzz_target;

thread_local! {
    static SEED: Bundle = {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        Bundle::load(&root.join("data/faq.txt"), &[]).expect("the seed loads")
    };
}

fuzz_target!(|input: &str| {
    let (query, text) = input.split_once('\0').unwrap_or((input, "Lipomas: a lipoma, LIPÔMA’s"));
    SEED.with(|b| {
        let matched = b.query(query).matched;
        let mut end = 0;
        for range in b.highlight(text, &matched) {
            assert!(range.start >= end && range.start < range.end, "{range:?} after {end}");
            assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
            end = range.end;
        }
    });
});
