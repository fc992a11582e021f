//! Any query against the seed dataset: results in rank order, each entry
//! once, the same hits from `query` as from `search`, and a suggestion only
//! when nothing matches.
#![no_main]

use faq_core::Bundle;
use libfuzzer_sys::fuzz_target;

thread_local! {
    static SEED: Bundle = {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        Bundle::load(&root.join("data/faq.txt"), &[root.join("data/synonyms.txt")]).expect("the seed loads")
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
        let results = b.query(query);
        assert_eq!(results.hits, b.search(query), "query and search agree");
        assert!(results.suggestion.is_none() || results.hits.is_some_and(|h| h.is_empty()));
    });
});
