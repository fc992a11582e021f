//! Rule 3: questions that ask the same thing.

use crate::language::{Language, ENGLISH};
use crate::text::words;

use super::limits::{MIN_SPELLING_SIMILARITY, NEAR_DUPLICATE_MIN_WORDS};
use super::warning::{Warning, WarningKind};

/// English words that do not change what a question asks, for near-duplicate
/// checks (folded, as [`crate::text::words`] gives them). "why", "when",
/// "where", "who" and "not" are kept: they do change it. Other languages use
/// their search stop words.
const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "is", "are", "am", "was", "were", "be", "been", "do", "does", "did", "can", "could", "should",
    "would", "will", "may", "might", "must", "shall", "have", "has", "had", "i", "im", "me", "my", "you", "your",
    "youre", "we", "our", "us", "they", "their", "them", "it", "its", "this", "that", "these", "those", "there", "of",
    "on", "in", "at", "to", "for", "from", "with", "by", "about", "and", "or", "if", "so", "what", "which", "how",
];

/// Words that change what a question asks although the search of their
/// language drops them as stop words: why, when, where, who and the
/// negations, folded ("cuándo" is "cuando"), where its stop words have them
/// (what, which and how do not change it, as in English's own list above,
/// which keeps the others already). Without these, "¿Por qué me duele el lipoma?" and
/// "¿Cuándo me duele el lipoma?" were the same question.
fn asks(language: &Language) -> &'static [&'static str] {
    match language.tag {
        "es" => &["cuando", "donde", "ni", "no", "por", "porque", "quien", "quienes"],
        "fr" => &["ne", "ou", "pas", "qui"],
        "de" => &["kein", "keine", "keinen", "keiner", "nicht", "wo"],
        "pt" => &["nao", "nem", "por", "quando", "quem"],
        "it" => &["chi", "dove", "ne", "non", "perche"],
        "nl" => &["geen", "niet", "wie"],
        "da" => &["hvor", "ikke"],
        "sv" => &["inte", "nar", "varfor", "vem"],
        "no" => &["hvem", "hvor", "hvorfor", "ikke"],
        "fi" => &["ei", "eivat", "en", "et", "kuka", "miksi", "missa"],
        "hu" => &["ki", "mikor", "miert", "nem", "sem"],
        "ro" => &["cand", "cine", "nu", "unde"],
        "tr" => &["kim", "nerede", "neden", "nicin", "niye"],
        "ru" => &["где", "зачем", "когда", "кто", "не", "нет", "ни"],
        "ar" => &["اين", "لا", "لم", "لن", "ليس", "متى"],
        _ => &[],
    }
}

/// A question's content words: folded, stop words dropped, stemmed, sorted.
fn content_words(language: &Language, all: &[String]) -> Vec<String> {
    let kept = asks(language);
    let stop = |w: &str| {
        if *language == ENGLISH {
            STOP_WORDS.contains(&w)
        } else {
            language.is_stop_word(w) && !kept.contains(&w)
        }
    };
    let mut content: Vec<String> = all
        .iter()
        .filter(|w| !stop(w))
        .map(|w| language.stem(w).map_or_else(|| w.clone(), |stem| stem.into_owned()))
        .collect();
    content.sort();
    content
}

/// The one differing word of two questions is the same word spelled differently.
fn spelled_alike(a: &str, b: &str) -> bool {
    a.chars().next() == b.chars().next() && strsim::normalized_damerau_levenshtein(a, b) >= MIN_SPELLING_SIMILARITY
}

/// Rule 3: each question compared with every earlier one; the first match is
/// reported on the later question.
pub(super) fn near_duplicates(questions: &[(u32, String)], language: &Language, out: &mut Vec<Warning>) {
    let keys: Vec<(Vec<String>, Vec<String>)> = questions
        .iter()
        .map(|(_, q)| {
            let all: Vec<String> = words(q).map(|(_, w)| w).collect();
            let content = content_words(language, &all);
            (all, content)
        })
        .collect();
    let near = |(all_a, a): &(Vec<String>, Vec<String>), (all_b, b): &(Vec<String>, Vec<String>)| {
        if a.is_empty() || b.is_empty() {
            return !all_a.is_empty() && all_a == all_b;
        }
        if a == b {
            return true;
        }
        if all_a.len() < NEAR_DUPLICATE_MIN_WORDS || all_b.len() < NEAR_DUPLICATE_MIN_WORDS || a.len() != b.len() {
            return false;
        }
        // Both sorted: walk them together, collecting the words only one has.
        let (mut only_a, mut only_b) = (Vec::new(), Vec::new());
        let (mut i, mut j) = (0, 0);
        while i < a.len() || j < b.len() {
            match (a.get(i), b.get(j)) {
                (Some(x), Some(y)) if x == y => {
                    i += 1;
                    j += 1;
                }
                (Some(x), y) if y.is_none_or(|y| x < y) => {
                    only_a.push(x);
                    i += 1;
                }
                (_, Some(y)) => {
                    only_b.push(y);
                    j += 1;
                }
                (_, None) => break,
            }
        }
        matches!((only_a.as_slice(), only_b.as_slice()), ([x], [y]) if spelled_alike(x, y))
    };
    for (later, key) in keys.iter().enumerate() {
        if let Some(earlier) = keys[..later].iter().position(|k| near(k, key)) {
            let (first_line, first_question) = questions[earlier].clone();
            out.push(Warning::new(questions[later].0, WarningKind::NearDuplicate { first_line, first_question }));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each kept word is folded and one of its language's stop words (a
    /// word that is not would be kept anyway: the entry would be a mistake).
    #[test]
    fn the_words_that_change_a_question_are_folded_stop_words_of_their_language() {
        for language in crate::language::WITH_RULES {
            for &word in asks(language) {
                assert_eq!(crate::text::fold(word), word, "{}", language.tag);
                assert!(language.is_stop_word(word), "{}: {word:?} is not a stop word", language.tag);
            }
        }
    }

    #[test]
    fn similar_spelling_needs_the_same_first_letter_and_most_letters() {
        assert!(spelled_alike("spinal", "spine"));
        assert!(spelled_alike("disc", "disk"));
        assert!(spelled_alike("tumor", "tumour"));
        assert!(!spelled_alike("back", "neck"));
        assert!(!spelled_alike("lump", "lung"));
        assert!(!spelled_alike("lipoma", "liposarcoma"));
    }
}
