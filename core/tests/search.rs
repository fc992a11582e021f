//! Search behaviour over the seed dataset.

use std::path::Path;

use faq_core::text::words;
use faq_core::{load, Bundle, Entry, Hit};

fn bundle() -> Bundle {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/faq.txt");
    Bundle::new(load(&path).unwrap_or_else(|e| panic!("{e}")))
}

fn questions<'a>(b: &'a Bundle, hits: &[Hit]) -> Vec<&'a str> {
    hits.iter().map(|h| b.faq.entries[h.entry].question.as_str()).collect()
}

/// Independent of the index: does any word of `text` start with `prefix`?
fn has_word_with_prefix(text: &str, prefix: &str) -> bool {
    words(text).any(|(_, w)| w.starts_with(prefix))
}

fn entry_has(entry: &Entry, prefix: &str) -> bool {
    has_word_with_prefix(&entry.question, prefix) || entry.answer_texts().any(|t| has_word_with_prefix(t, prefix))
}

#[test]
fn lipoma_finds_exactly_the_entries_that_mention_it_questions_first() {
    let b = bundle();
    let hits = b.index.search("lipoma").unwrap();
    let expected: Vec<usize> = (0..b.faq.entries.len()).filter(|&i| entry_has(&b.faq.entries[i], "lipoma")).collect();
    let mut got: Vec<usize> = hits.iter().map(|h| h.entry).collect();
    got.sort_unstable();
    assert_eq!(got, expected);

    // Every entry with "lipoma…" in its question ranks above every answer-only one.
    let in_question: Vec<bool> =
        hits.iter().map(|h| has_word_with_prefix(&b.faq.entries[h.entry].question, "lipoma")).collect();
    let first_answer_only = in_question.iter().position(|q| !q).unwrap_or(in_question.len());
    assert!(in_question[first_answer_only..].iter().all(|q| !q), "{:?}", questions(&b, &hits));
    assert!(first_answer_only >= 5, "{:?}", questions(&b, &hits));
}

#[test]
fn every_query_word_must_match() {
    let b = bundle();
    let hits = b.index.search("lipoma nerves").unwrap();
    assert!(!hits.is_empty());
    for h in &hits {
        let e = &b.faq.entries[h.entry];
        assert!(entry_has(e, "lipoma") && entry_has(e, "nerves"), "{}", e.question);
    }
    assert!(b.index.search("lipoma xylophone").unwrap().is_empty());
}

#[test]
fn matching_ignores_case_accents_and_apostrophes() {
    let b = bundle();
    let plain = b.index.search("lipoma").unwrap();
    assert_eq!(b.index.search("LIPÔMA").unwrap(), plain);
    assert_eq!(b.index.search("  Lipoma!!! ").unwrap(), plain);
    // "it’s" in the file is the word "its"; typed with a straight apostrophe it still matches.
    assert_eq!(b.index.search("it's time").unwrap(), b.index.search("its time").unwrap());
    assert!(!b.index.search("it's time").unwrap().is_empty());
}

#[test]
fn a_word_prefix_matches() {
    let b = bundle();
    let hits = b.index.search("angio").unwrap();
    assert_eq!(questions(&b, &hits)[0], "What is an Angiolipoma?");
    let hits = b.index.search("synov").unwrap();
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|h| entry_has(&b.faq.entries[h.entry], "synov")));
}

#[test]
fn exact_question_words_rank_above_prefix_and_answer_matches() {
    let b = bundle();
    let hits = b.index.search("massage").unwrap();
    let top: Vec<&str> = questions(&b, &hits).into_iter().take(2).collect();
    assert_eq!(top, ["Why do muscles pop during massage?", "Why do I feel sore after a massage?"]);
}

#[test]
fn a_query_without_words_means_show_everything() {
    let b = bundle();
    for q in ["", "   ", "?!", "🙂🙂", "<>"] {
        assert_eq!(b.index.search(q), None, "{q:?}");
    }
}

#[test]
fn nonsense_and_hostile_queries_match_nothing_without_panicking() {
    let b = bundle();
    assert_eq!(b.index.search("xyzzy"), Some(vec![]));
    assert_eq!(b.index.search("<script>alert(1)</script>").map(|h| h.len()), Some(0));
    let long = "lipoma ".repeat(1500);
    assert!(long.len() > 10_000);
    assert!(!b.index.search(&long).unwrap().is_empty(), "repeated words count once");
    let many_words: String = (0..2000).map(|i| format!("w{i} ")).collect();
    assert_eq!(b.index.search(&many_words), Some(vec![]));
}

#[test]
fn results_are_in_rank_order_with_file_order_for_ties() {
    let b = bundle();
    let hits = b.index.search("back").unwrap();
    for pair in hits.windows(2) {
        let key = |h: &Hit| (std::cmp::Reverse(h.question_words), std::cmp::Reverse(h.score), h.entry);
        assert!(key(&pair[0]) < key(&pair[1]), "{pair:?}");
    }
}

#[test]
fn the_embedded_bundle_round_trips() {
    let b = bundle();
    let bytes = b.to_bytes();
    assert_eq!(Bundle::from_bytes(&bytes).unwrap(), b);
    assert!(Bundle::from_bytes(&bytes[..bytes.len() / 2]).is_err());
}
