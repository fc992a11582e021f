//! Tests of the language rules: their lists, stemmers and scripts.

use super::*;
use crate::text::words;

/// The words of `list` (`tag`'s), after checking it is folded words,
/// one a line between newlines, sorted, without repeats.
fn word_list<'l>(list: &'l str, tag: &str) -> Vec<&'l str> {
    assert!(list.starts_with('\n') && list.ends_with('\n'), "{tag}: each word between newlines");
    let listed: Vec<&str> = list.lines().filter(|line| !line.is_empty()).collect();
    assert!(listed.windows(2).all(|pair| pair[0] < pair[1]), "{tag}: sorted, no repeats");
    for word in &listed {
        let folded: Vec<String> = words(word).map(|(_, w)| w).collect();
        assert_eq!(folded, [*word], "{tag}: one folded word a line");
    }
    listed
}

#[test]
fn stop_word_lists_are_sorted_distinct_folded_words() {
    for language in WITH_RULES {
        let words_of = word_list(language.stop_words, language.tag);
        assert_eq!(words_of, language.stop_words().collect::<Vec<_>>());
        for stop in &words_of {
            assert!(language.is_stop_word(stop), "{}: {stop}", language.tag);
        }
        for word in ["", "lipoma", "a\nb", "zzzz"] {
            assert!(!language.is_stop_word(word), "{}: {word:?}", language.tag);
        }
    }
    for (language, stop, not) in [
        (&SPANISH, "los", "quiste"),
        (&FRENCH, "les", "kyste"),
        // Frame words (search/frame_words.TAG.txt), folded: "podría".
        (&SPANISH, "voy", "medico"),
        (&SPANISH, "podria", "operacion"),
        (&FRENCH, "peut", "medecin"),
        (&FRENCH, "quelquun", "bosse"),
        (&ARABIC, "\u{641}\u{64a}", "\u{648}\u{631}\u{645}"),
    ] {
        assert!(language.is_stop_word(stop) && !language.is_stop_word(not), "{}", language.tag);
    }
    assert!(!FOLDING_ONLY.is_stop_word("the"));
}

#[test]
fn people_lists_are_sorted_folded_words_met_with_or_without_a_final_s() {
    for language in WITH_RULES {
        for person in word_list(language.people, language.tag) {
            assert!(!language.is_stop_word(person), "{}: {person} is a stop word already", language.tag);
        }
    }
    for (language, person, not) in [
        (&ENGLISH, "mum", "lump"),
        (&ENGLISH, "dads", "dadz"),
        (&ENGLISH, "husbands", "husbandry"),
        (&ENGLISH, "children", "woman"),
        (&SPANISH, "mama", "mancha"),
        (&SPANISH, "hijos", "hijoss"),
        (&FRENCH, "mere", "merle"),
    ] {
        assert!(language.is_person(person) && !language.is_person(not), "{}: {person}", language.tag);
    }
    assert!(!FOLDING_ONLY.is_person("mum") && !ARABIC.is_person("mum"));
}

#[test]
fn each_stemmer_joins_the_forms_of_its_words_and_leaves_other_scripts_alone() {
    let same = |language: &Language, a: &str, b: &str| {
        let fold = |w: &str| words(w).map(|(_, w)| w).next().unwrap();
        let (a, b) = (fold(a), fold(b));
        assert_eq!(language.stem(&a), language.stem(&b), "{}: {a} / {b}", language.tag);
        assert!(language.stem(&a).is_some());
    };
    same(&ENGLISH, "lipomas", "lipoma");
    same(&SPANISH, "quistes", "quiste");
    same(&SPANISH, "dolores", "dolor");
    same(&FRENCH, "kystes", "kyste");
    same(&GERMAN, "Schmerzen", "Schmerz");
    same(&PORTUGUESE, "nódulos", "nódulo");
    same(&ARABIC, "الورم", "ورم");
    assert_eq!(ARABIC.stem("lipoma"), None);
    assert_eq!(ENGLISH.stem("ورم"), None);
    assert_eq!(FOLDING_ONLY.stem("lipomas"), None);
}

#[test]
fn no_stemmer_panics_on_words_of_any_script() {
    // Random words from letters of many scripts, folded like the index.
    let alphabet: Vec<char> = "abcdeéèêfghiïjklmnñoôöpqrsßtuüvwxyzçæøåœğışâîățșаеиоусткнблмвдяюыъьщзжхчшцэйгрпфΑαβγδεζηθικλμνξοπρστυφχψωتثجحخدذرزسشصضطظعغفقكلمنهويىءآأؤإئابةகஙசஞடணதநபமயரலவழளறனாிீுூெேைொோௌ்0123456789".chars().collect();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..40_000 {
        let len = 1 + (next() % 14) as usize;
        let raw: String = (0..len).map(|_| alphabet[(next() % alphabet.len() as u64) as usize]).collect();
        for (_, word) in words(&raw) {
            for language in WITH_RULES {
                let _ = language.stem(&word);
            }
        }
    }
}

#[test]
fn tags_are_checked_and_looked_up_by_language() {
    assert_eq!(normalize_tag("es").as_deref(), Ok("es"));
    assert_eq!(normalize_tag("ar-ma").as_deref(), Ok("ar-MA"));
    assert_eq!(normalize_tag("es-419").as_deref(), Ok("es-419"));
    for bad in ["", "e", "es-", "es--ES", "1s", "es-ES-x-private", "español", "es ES", "zz", "es-Latn-Cyrl"] {
        assert!(normalize_tag(bad).is_err(), "{bad:?}");
    }
    assert_eq!(Language::of("nb-NO"), Some(&NORWEGIAN));
    assert_eq!(Language::of("EN-gb"), Some(&ENGLISH));
    assert_eq!(Language::of("el"), None, "Greek: folding only");
    assert_eq!(Language::rules_for("el"), &FOLDING_ONLY);
    assert!(!FOLDING_ONLY.searches("") && !FOLDING_ONLY.searches("el"), "no rules search anything");
    assert_eq!(SPANISH.rust_path(), "faq_core::language::SPANISH");
    assert_eq!(FOLDING_ONLY.rust_path(), "faq_core::language::FOLDING_ONLY");
    assert!(is_right_to_left("he") && is_right_to_left("fa-IR") && !is_right_to_left("en"));
}
