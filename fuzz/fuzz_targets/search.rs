//! Any query against the seed dataset: results in rank order, each entry
//! once, and suggestions that never panic.
#![no_main]

use faq_core::{Bundle, SearchOptions};
use libfuzzer_sys::fuzz_target;

thread_local! {
    static SEED: Bundle = {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let synonyms = std::fs::read_to_string(root.join("data/synonyms.txt")).expect("data/synonyms.txt");
        let faq = faq_core::load(&root.join("data/faq.txt")).expect("the seed parses");
        Bundle::new(faq, &faq_core::parse_synonyms(&synonyms).expect("valid synonyms"))
    };
}

fuzz_target!(|query: &str| {
    SEED.with(|b| {
        if let Some(hits) = b.search(query) {
            let mut seen: Vec<usize> = hits.iter().map(|h| h.entry).collect();
            seen.sort_unstable();
            seen.dedup();
            assert_eq!(seen.len(), hits.len(), "an entry listed twice");
            assert!(hits.iter().all(|h| h.entry < b.faq.entries.len()));
            for pair in hits.windows(2) {
                let key = |h: &faq_core::Hit| (h.strong_words, h.strong_question_words, h.words, h.question_words, h.score);
                assert!(key(&pair[0]) >= key(&pair[1]), "{pair:?}");
            }
        }
        let _ = b.suggest(query, &SearchOptions::default());
    });
});
