//! The bundle's binary layout: round trips, and damaged input is an error.

mod common;

use common::seed;
use faq_core::codec::DecodeErrorKind;
use faq_core::{parse_text, Bundle, Faq, Synonyms};

/// The bundle without source line numbers, which the layout does not keep.
fn without_lines(faq: &Faq) -> Faq {
    let mut faq = faq.clone();
    faq.entries.iter_mut().for_each(|e| e.line = 0);
    faq.about.last_reviewed_line = 0;
    faq
}

#[test]
fn the_seed_round_trips_with_its_slugs_and_index() {
    let bundle = seed();
    let decoded = Bundle::from_bytes(&bundle.to_bytes()).unwrap();
    assert_eq!(decoded.faq, without_lines(&bundle.faq));
    assert_eq!(decoded.index, bundle.index);
    assert_eq!(decoded.faq.entries.iter().filter(|e| e.urgent).count(), 4);
    assert_eq!(decoded.faq.about.last_reviewed.map(|d| d.to_string()).as_deref(), Some("2026-10-15"));
    for query in ["lipoma", "back mice", "tumour", "massge", "li"] {
        assert_eq!(decoded.search(query), bundle.search(query), "{query:?}");
    }
}

#[test]
fn topics_lists_and_unicode_round_trip() {
    let text = "## Lumps\nWhat is a lipoma?\nA lump.\n  1. First\n  2. Second\n## Pain — Ü\nWhy does it hurt?\nHeading line\n  • a\n  • b 🙂\n";
    let bundle = Bundle::new(
        parse_text(text).unwrap(),
        &Synonyms {
            groups: vec![vec!["lump".into(), "bump".into()]],
            forms: vec![vec!["tumour".into(), "tumor".into()]],
        },
    );
    let decoded = Bundle::from_bytes(&bundle.to_bytes()).unwrap();
    assert_eq!(decoded.faq, without_lines(&bundle.faq));
    assert_eq!(decoded.faq.topics, ["Lumps", "Pain — Ü"]);
    assert_eq!(decoded.index, bundle.index);
}

#[test]
fn numbered_and_plain_slugs_round_trip_and_only_numbered_ones_are_stored() {
    // Slugs stop at 60 bytes, so the first two collide; the third owns the
    // plain "…-a-2", so the second is numbered "…-a-3".
    let base = "how-long-does-it-take-to-recover-from-surgery-to-remove-a";
    let text = "How long does it take to recover from surgery to remove a lipoma on the back?\nWeeks.\n\
                How long does it take to recover from surgery to remove a lipoma on the arm?\nDays.\n\
                How long does it take to recover from surgery to remove a 2?\nA while.\n🙂?\nA smile.\n";
    let bundle = Bundle::new(parse_text(text).unwrap(), &Synonyms::default());
    let bytes = bundle.to_bytes();
    let decoded = Bundle::from_bytes(&bytes).unwrap();
    let slugs: Vec<&str> = decoded.faq.entries.iter().map(|e| e.slug.as_str()).collect();
    assert_eq!(slugs, [base.to_owned(), format!("{base}-3"), format!("{base}-2"), "question".into()]);
    assert_eq!(decoded.faq, without_lines(&bundle.faq));
    // The text part holds the numbered slug, and no plain one.
    let stored = |s: &str| {
        bytes.windows(s.len() + 2).any(|w| w[0] == 0 && w[1..=s.len()] == *s.as_bytes() && w[s.len() + 1] == 0)
    };
    assert!(stored(&format!("{base}-3")));
    assert!(!stored(base) && !stored(&format!("{base}-2")) && !stored("question"));
}

#[test]
fn a_large_dataset_stores_its_terms_and_a_small_one_derives_them() {
    use faq_core::codec::DERIVED_TERMS_MAX;
    let dataset = |n: usize| -> String {
        (1..=n).map(|i| format!("Question {i} about lumps?\nAnswer {i}, word{i}.\n")).collect()
    };
    let synonyms = Synonyms { groups: vec![vec!["lump".to_owned(), "bump".to_owned()]], forms: Vec::new() };
    for n in [DERIVED_TERMS_MAX, DERIVED_TERMS_MAX + 1] {
        let bundle = Bundle::new(parse_text(&dataset(n)).unwrap(), &synonyms);
        let bytes = bundle.to_bytes();
        let decoded = Bundle::from_bytes(&bytes).unwrap();
        assert_eq!(decoded.index, bundle.index, "{n} entries");
        assert_eq!(decoded.faq, without_lines(&bundle.faq), "{n} entries");
        assert_eq!(decoded.search("bump"), bundle.search("bump"), "{n} entries");
        // "word7" is an entry's word: stored as a term only for the larger one.
        let stored = bytes.windows(7).any(|w| w == b"\0word7\0");
        assert_eq!(stored, n > DERIVED_TERMS_MAX, "{n} entries");
    }
}

#[test]
fn a_decode_error_says_what_is_wrong_and_at_which_byte() {
    let bytes = seed().to_bytes();
    let error = |bytes: &[u8]| Bundle::from_bytes(bytes).unwrap_err();
    let kind_at = |bytes: &[u8]| (error(bytes).kind(), error(bytes).offset());
    assert_eq!(kind_at(b"PK\x03\x04"), (DecodeErrorKind::NotABundle, 0));
    assert_eq!(kind_at(b"FAQ\x07rest"), (DecodeErrorKind::OtherVersion { found: 7 }, 3));
    assert_eq!(kind_at(b""), (DecodeErrorKind::Truncated, 0));
    // Cut in the structure: its length (at byte 4) promises more than there is.
    assert_eq!(kind_at(&bytes[..50]), (DecodeErrorKind::Truncated, 4));
    // Cut in the text: the last string has no end.
    let cut = kind_at(&bytes[..bytes.len() - 1]);
    assert_eq!(cut.0, DecodeErrorKind::Truncated);
    assert!(cut.1 < bytes.len() - 1 && bytes[cut.1 - 1] == 0, "at the start of the last string: {cut:?}");
    let mut longer = bytes.clone();
    longer.extend_from_slice(b"x\0");
    assert_eq!(kind_at(&longer), (DecodeErrorKind::TrailingData, bytes.len()));
    let mut not_utf8 = bytes.clone();
    let last = not_utf8.len() - 2;
    not_utf8[last] = 0xFF;
    assert_eq!(kind_at(&not_utf8), (DecodeErrorKind::NotUtf8, last));
    // The message names the byte and what to do.
    let message = error(&bytes[..50]).to_string();
    assert!(message.starts_with("byte 4: the bundle ends early") && message.contains("rebuild"), "{message}");
}

#[test]
fn damaged_bundles_are_errors_not_panics() {
    let bytes = seed().to_bytes();
    assert!(Bundle::from_bytes(&[]).is_err());
    assert!(Bundle::from_bytes(b"FAQ\x01rest").is_err(), "another version");
    for cut in [4, 5, 50, bytes.len() / 2, bytes.len() - 1] {
        assert!(Bundle::from_bytes(&bytes[..cut]).is_err(), "cut at {cut}");
    }
    let mut longer = bytes.clone();
    longer.extend_from_slice(b"x\0");
    assert!(Bundle::from_bytes(&longer).is_err(), "trailing data");
    // Flipping any single byte never panics (it may still decode).
    for i in 0..bytes.len() {
        let mut damaged = bytes.clone();
        damaged[i] ^= 0xFF;
        let _ = Bundle::from_bytes(&damaged);
    }
}

#[test]
fn a_build_for_one_language_searches_a_bundle_by_its_rules() {
    use faq_core::language::{ENGLISH, SPANISH};
    let spanish = Bundle::new(
        parse_text("---\nlanguage: es-MX\n---\n¿Qué es un lipoma?\nUn bulto de grasa.\n").unwrap(),
        &Synonyms::default(),
    )
    .to_bytes();
    let decoded = Bundle::from_bytes_in(&spanish, &SPANISH).unwrap();
    assert_eq!(decoded.language, &SPANISH);
    assert_eq!(decoded.search("lipomas").map(|hits| hits.len()), Some(1), "searched by Spanish rules");
    // The same as looking the rules up among all of them.
    assert_eq!(Bundle::from_bytes(&spanish).unwrap().language, &SPANISH);
    // "un" is a Spanish stop word: a query of stop words finds nothing.
    assert_eq!(decoded.search("un").map(|hits| hits.len()), Some(0));
    // The rules given are the rules used: the bundle's language is not
    // checked again (the packer refuses a dataset in another language: see
    // pack's tests). By English rules, "un" is a word like any other.
    let english = Bundle::from_bytes_in(&spanish, &ENGLISH).unwrap();
    assert_eq!(english.search("un").map(|hits| hits.len()), Some(1));
    assert!(Bundle::from_bytes_in(&seed().to_bytes(), &ENGLISH).is_ok());
}
