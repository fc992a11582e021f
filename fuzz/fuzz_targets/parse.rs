//! Any bytes, as a text or JSON dataset and through the linter: an error or a
//! dataset, never a panic; a parsed dataset always round-trips through the bundle.
#![no_main]

use faq_core::{parse_bytes, Bundle, Format};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for format in [Format::Text, Format::Json] {
        if let Ok(faq) = parse_bytes(data, format) {
            assert!(!faq.entries.is_empty());
            let bundle = Bundle::new(faq, &faq_core::Synonyms::default());
            let decoded = Bundle::from_bytes(&bundle.to_bytes()).expect("a bundle decodes");
            assert_eq!(decoded.faq.entries.len(), bundle.faq.entries.len());
            for (a, b) in decoded.faq.entries.iter().zip(&bundle.faq.entries) {
                assert_eq!((&a.slug, &a.question, &a.answer), (&b.slug, &b.question, &b.answer));
            }
        }
    }
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = faq_core::lint::lint_text(text);
        let _ = faq_core::lint::lint_json(text);
    }
});
