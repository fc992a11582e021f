//! Property tests: any query, any text.

mod common;

use faq_core::{parse_text, Bundle};
use proptest::prelude::*;

/// One seed bundle per test thread (a bundle caches scans, so it is not `Sync`).
fn bundle() -> &'static Bundle {
    thread_local! {
        static BUNDLE: &'static Bundle = Box::leak(Box::new(common::seed()));
    }
    BUNDLE.with(|b| *b)
}

/// Queries mixing dataset words, fragments, typos, markup, emoji and any Unicode.
fn query() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-zA-Z ]{0,40}",
        prop::collection::vec(
            prop::sample::select(vec![
                "lipoma", "back", "mice", "cyst", "tümor", "Ñ", "<b>", "🙂", "is", "li", "massge", " "
            ]),
            0..8
        )
        .prop_map(|words| words.join(" ")),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_query_returns_entries_in_non_increasing_rank_order(q in query()) {
        let b = bundle();
        if let Some(hits) = b.search(&q) {
            prop_assert!(hits.len() <= b.faq.entries.len());
            // By the key, except that the first may be the question asking
            // what the topic is, lifted from among hits with its counts.
            let counts = |h: &faq_core::Hit| (h.strong_words, h.strong_question_words, h.words, h.question_words);
            let key = |h: &faq_core::Hit| (counts(h), h.score);
            for (i, pair) in hits.windows(2).enumerate() {
                if i == 0 {
                    prop_assert!(counts(&pair[0]) >= counts(&pair[1]), "{:?}", pair);
                } else {
                    prop_assert!(key(&pair[0]) >= key(&pair[1]), "{:?}", pair);
                }
            }
            let mut entries: Vec<usize> = hits.iter().map(|h| h.entry).collect();
            entries.sort_unstable();
            entries.dedup();
            prop_assert_eq!(entries.len(), hits.len(), "an entry appears twice");
        }
        // The query's hits; or, if it finds nothing, maybe its correction's.
        let results = b.query(&q);
        match (&results.suggestion, &results.hits) {
            (Some(corrected), Some(hits)) if !hits.is_empty() => {
                prop_assert_eq!(b.search(&q), Some(vec![]));
                prop_assert_eq!(&results.hits, &b.search(corrected));
            }
            _ => prop_assert_eq!(&results.hits, &b.search(&q)),
        }
    }

    #[test]
    fn highlight_ranges_lie_on_char_boundaries_in_order(q in query(), text in any::<String>()) {
        let b = bundle();
        let matched = b.query(&q).matched;
        for t in [text.as_str(), b.faq.entries[0].question.as_str(), "Lipomas: a lipoma, LIPÔMA’s"] {
            let ranges = b.highlight(t, &matched);
            let mut end = 0;
            for r in ranges {
                prop_assert!(r.start >= end && r.start < r.end && r.end <= t.len());
                prop_assert!(t.is_char_boundary(r.start) && t.is_char_boundary(r.end));
                end = r.end;
            }
        }
    }

    #[test]
    fn the_parser_never_panics(src in any::<String>()) {
        let _ = parse_text(&src);
    }
}
