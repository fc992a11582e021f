//! A keystroke's work, counted: `Bundle::query` parses its query once and
//! expands each of its words once; it looks for a correction only when
//! nothing matches, and checking one is a second query. The counts come from
//! the `count-work` feature (`faq_core::work`), on in these tests through
//! faq-core's dev-dependency on itself.

mod common;

use common::seed;
use faq_core::work::{self, WorkCounts};
use faq_core::{Bundle, Results};

/// `bundle.query(q)` and the work it did.
fn counted(bundle: &Bundle, q: &str) -> (Results, WorkCounts) {
    work::reset();
    let results = bundle.query(q);
    (results, work::counts())
}

fn work(parses: u32, expansions: u32) -> WorkCounts {
    WorkCounts { parses, expansions }
}

#[test]
fn a_query_with_hits_is_parsed_once_and_each_distinct_word_expanded_once() {
    let b = seed();
    // (query, its distinct words that are not stop words)
    for (q, words) in [
        ("lipoma", 1),
        ("li", 1),
        ("massge", 1),
        ("what is a lipoma", 1),
        ("lipoma LIPOMA lipoma", 1),
        ("back mice treatment", 3),
        ("back pain at night", 3),
        ("popping massage", 2),
        ("specialist for back pain", 3),
        // No entry has all their words: the relaxed rule keeps the closest,
        // from the same words' matches, expanded once.
        ("how long is recovery after removal", 3),
        ("treating knots at home", 3),
    ] {
        let (results, counts) = counted(&b, q);
        assert!(results.hits.as_ref().is_some_and(|hits| !hits.is_empty()), "{q:?} finds something");
        assert_ne!(results.matched, faq_core::MatchedTerms::NONE, "{q:?}");
        assert_eq!(counts, work(1, words), "{q:?}");
    }
}

#[test]
fn a_query_without_hits_is_parsed_once_and_its_correction_checked_as_a_second_query() {
    let b = seed();
    // "xipoma" → "lipoma", which finds something: the suggestion.
    let (results, counts) = counted(&b, "xipoma");
    assert_eq!((results.hits, results.suggestion.as_deref()), (Some(vec![]), Some("lipoma")));
    assert_eq!(counts, work(1 + 1, 1 + 1));
    // "angiolipomma lumb" (two typos: too little to go on) → "angiolipoma
    // lump", whose closest answers the relaxed rule finds: the suggestion.
    let (results, counts) = counted(&b, "angiolipomma lumb");
    assert_eq!((results.hits, results.suggestion.as_deref()), (Some(vec![]), Some("angiolipoma lump")));
    assert_eq!(counts, work(1 + 1, 2 + 2));
    // "bak mice" → "back mice", sure and with every word in its hits: they
    // are shown, from the same two searches.
    let (results, counts) = counted(&b, "bak mice");
    assert!(results.hits.is_some_and(|hits| !hits.is_empty()));
    assert_eq!(results.suggestion.as_deref(), Some("back mice"));
    assert_eq!(counts, work(1 + 1, 2 + 2));
    // "xhat": its one correction within an edit would be a stop word
    // ("what"), which is no correction: nothing more is searched.
    let (results, counts) = counted(&b, "xhat");
    assert_eq!((results.hits, results.suggestion), (Some(vec![]), None));
    assert_eq!(counts, work(1, 1));
}

#[test]
fn a_query_without_words_or_of_stop_words_expands_nothing() {
    let b = seed();
    for (q, hits) in [("", None), ("?! 🙂", None), ("is it", Some(vec![])), ("what", Some(vec![]))] {
        let (results, counts) = counted(&b, q);
        assert_eq!((results.hits, results.suggestion), (hits, None), "{q:?}");
        assert_eq!(counts, work(1, 0), "{q:?}");
    }
}

#[test]
fn search_parses_once_and_expands_each_word_once() {
    let b = seed();
    work::reset();
    assert!(b.search("back mice treatment").is_some_and(|hits| !hits.is_empty()));
    assert!(b.search("xipoma").is_some_and(|hits| hits.is_empty()));
    assert_eq!(work::counts(), work(2, 3 + 1), "no suggestion looked for");
}
