//! The rules for one line of text: run-together words, bare URLs, cut-off
//! text, a line that lost its `?`, and the long-answer rule.

use crate::parse::source::ends_open;

use super::limits::{MAX_ANSWER_WORDS, MAX_LOST_QUESTION_CHARS};
use super::warning::{Warning, WarningKind};

/// First words of a yes/no question.
const YES_NO_STARTS: &[&str] = &["can", "could", "is", "are", "do", "does", "should", "will"];
/// First words of a wh-question.
const WH_STARTS: &[&str] = &["what", "how", "why", "when", "where", "which", "who"];
/// Auxiliary verbs: a wh-word followed soon by one of these is a question
/// ("How long does it take"), not a sub-heading ("How it works").
const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "am", "do", "does", "did", "can", "could", "should", "would", "will", "may", "might",
    "must", "has", "have", "had", "shall",
];
/// After a wh-word these start a sub-heading's clause ("What you can do",
/// "When to see a doctor"), not a question.
const CLAUSE_STARTS: &[&str] = &["to", "i", "you", "we", "they", "he", "she", "it"];
/// After "Do" these make an instruction ("Do not lift", "Do these stretches").
const IMPERATIVE_DO: &[&str] = &["not", "this", "these", "the", "a", "an", "some", "them", "it"];

/// The rules for one line of answer text (a paragraph line or an item's text).
pub(super) fn answer_text(text: &str, line: u32, out: &mut Vec<Warning>) {
    missing_spaces(text, line, out);
    bare_urls(text, line, out);
    for ellipsis in ["…", "..."] {
        if text.ends_with(ellipsis) {
            out.push(Warning::new(line, WarningKind::CutOff { ellipsis }));
            break;
        }
    }
}

/// Rule 6: an answer over [`MAX_ANSWER_WORDS`] words, reported on its question.
pub(super) fn long_answer(entry: Option<(u32, usize)>, out: &mut Vec<Warning>) {
    if let Some((line, words)) = entry.filter(|&(_, words)| words > MAX_ANSWER_WORDS) {
        out.push(Warning::new(line, WarningKind::LongAnswer { words }));
    }
}

/// A token that is (part of) a URL or an e-mail address, where capitals and
/// dots follow other rules.
fn is_address(token: &str) -> bool {
    token.contains("://") || token.contains('@') || token.get(..4).is_some_and(|s| s.eq_ignore_ascii_case("www."))
}

/// Rule 2: words run together. Within one whitespace-separated token:
/// - a word that starts with two or more lowercase letters and continues with
///   a capital and two or more lowercase letters (`inPain`, `theSpine`); words
///   starting with a capital (`YouTube`, `MacKenzie`) or with a single
///   lowercase letter (`iPhone`, `eBay`) are names;
/// - a lowercase letter, sentence punctuation, a capital and a lowercase letter
///   (`pain.The`), unless the letters before the punctuation are a single
///   letter after a dot (`e.g.Ibuprofen` is an abbreviation, however spaced).
pub(super) fn missing_spaces(text: &str, line: u32, out: &mut Vec<Warning>) {
    for token in text.split_whitespace().filter(|t| !is_address(t)) {
        let chars: Vec<(usize, char)> = token.char_indices().collect();
        let at = |i: usize| chars.get(i).map(|&(_, c)| c);
        let lower = |i: usize| at(i).is_some_and(char::is_lowercase);
        let upper = |i: usize| at(i).is_some_and(char::is_uppercase);
        let letter = |i: usize| at(i).is_some_and(char::is_alphabetic);
        // The run of letters around position i: (first index, one past the last).
        let run = |i: usize| {
            let mut s = i;
            while s > 0 && letter(s - 1) {
                s -= 1;
            }
            let mut e = i;
            while letter(e) {
                e += 1;
            }
            (s, e)
        };
        let byte = |i: usize| chars.get(i).map_or(token.len(), |&(b, _)| b);
        for i in 2..chars.len() {
            let glued_word = upper(i) && lower(i - 1) && lower(i - 2) && lower(i + 1) && lower(i + 2) && {
                let mut s = i - 1;
                while s > 0 && lower(s - 1) {
                    s -= 1;
                }
                s == 0 || !letter(s - 1)
            };
            let glued_sentence =
                matches!(at(i - 1), Some('.' | '!' | '?' | ';' | ',')) && lower(i - 2) && upper(i) && lower(i + 1) && {
                    let (s, _) = run(i - 2);
                    !(s + 1 == i - 1 && s > 0 && at(s - 1) == Some('.'))
                };
            if glued_word || glued_sentence {
                let (s, _) = run(i - if glued_word { 1 } else { 2 });
                let (_, e) = run(i);
                let (from, split, to) = (byte(s), byte(i), byte(e));
                out.push(Warning::new(
                    line,
                    WarningKind::MissingSpace {
                        text: token[from..to].to_owned(),
                        suggestion: format!("{} {}", &token[from..split], &token[split..to]),
                    },
                ));
            }
        }
    }
}

/// Rule 7: `http://`, `https://` and `www.` at the start of a word.
fn bare_urls(text: &str, line: u32, out: &mut Vec<Warning>) {
    let lower = text.to_ascii_lowercase();
    let mut from = 0;
    while let Some(pos) = ["http://", "https://", "www."].iter().filter_map(|p| lower[from..].find(p)).min() {
        let start = from + pos;
        let rest = &text[start..];
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let url = rest[..end].trim_end_matches(['.', ',', ';', ':', ')', ']', '"', '\'', '”', '’', '!', '?']);
        let at_word_start = !text[..start].chars().next_back().is_some_and(char::is_alphanumeric);
        if at_word_start && url.len() > 4 {
            out.push(Warning::new(line, WarningKind::BareUrl { url: url.to_owned() }));
        }
        from = start + end.max(1);
        while !text.is_char_boundary(from) {
            from += 1;
        }
    }
}

/// Rule 4 (text): a short line without closing punctuation that starts like a
/// question: a yes/no verb ("Is it serious"), or a wh-word soon followed by an
/// auxiliary ("How long does it take") or contracted with one ("What’s").
/// Sub-heading shapes are left alone: "When to see a doctor", "What you can
/// do", "How it works", "Do not lift", "Treatment options".
pub(super) fn reads_like_question(line: &str) -> bool {
    if line.chars().count() >= MAX_LOST_QUESTION_CHARS || !ends_open(line) || !line.starts_with(char::is_uppercase) {
        return false;
    }
    let tokens: Vec<String> = line
        .split_whitespace()
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase().replace('’', "'"))
        .collect();
    if tokens.len() < 3 {
        return false;
    }
    let (first, second) = (tokens[0].as_str(), tokens[1].as_str());
    if first.strip_suffix("'s").is_some_and(|wh| WH_STARTS.contains(&wh)) {
        return true;
    }
    if YES_NO_STARTS.contains(&first) {
        return !(first == "do" && IMPERATIVE_DO.contains(&second));
    }
    WH_STARTS.contains(&first)
        && !CLAUSE_STARTS.contains(&second)
        && tokens[1..].iter().take(3).any(|t| AUXILIARIES.contains(&t.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spaces(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        missing_spaces(text, 1, &mut out);
        out.into_iter()
            .map(|w| match w.kind() {
                WarningKind::MissingSpace { text, .. } => text.clone(),
                other => panic!("{other:?}"),
            })
            .collect()
    }

    #[test]
    fn run_together_words_are_found_and_names_are_not() {
        assert_eq!(spaces("published inPain Physician, see theSpine"), ["inPain", "theSpine"]);
        assert_eq!(spaces("(inPain)"), ["inPain"]);
        assert_eq!(spaces("severe pain.The next day;Rest helps,Then"), ["pain.The", "day;Rest", "helps,Then"]);
        for fine in [
            "iPhone",
            "eBay",
            "McDonald",
            "MacKenzie",
            "NSAIDs",
            "PhD",
            "Ph.D.",
            "YouTube",
            "COVID-19",
            "L4-L5",
            "mm/Hg",
            "mmHg",
            "pH",
            "e.g.",
            "i.e.",
            "U.S.",
            "e.g.Ibuprofen",
            "1.5",
            "3.5kg",
            "a.m.",
            "MTrPs",
            "https://example.org/backPain.Html",
            "www.myClinic.org",
            "info@myClinic.Org",
            "it’s",
            "don’t",
        ] {
            assert_eq!(spaces(fine), Vec::<String>::new(), "{fine}");
        }
    }

    #[test]
    fn the_suggestion_puts_the_space_back() {
        let mut out = Vec::new();
        missing_spaces("(pain.The", 7, &mut out);
        assert_eq!(
            out,
            [Warning::new(7, WarningKind::MissingSpace { text: "pain.The".into(), suggestion: "pain. The".into() })]
        );
    }

    #[test]
    fn question_shapes_are_told_from_sub_heading_shapes() {
        for q in [
            "Is it serious",
            "Can a lipoma come back",
            "How long does recovery take",
            "What is an angiolipoma",
            "What’s the difference between a cyst and a lipoma",
            "Do lipomas go away",
            "Where is the clinic",
        ] {
            assert!(reads_like_question(q), "{q}");
        }
        for heading in [
            "When to see a doctor",
            "What to expect",
            "What you can do",
            "How it works",
            "How we treat back pain",
            "What happens during surgery",
            "Do not lift heavy objects",
            "Do these stretches twice a day",
            "Treatment options for spinal cysts",
            "Spinal cord tumor symptoms may include:",
            "Is it serious?",
            "Is it serious.",
            "When the lumbar spine is strained, the muscles and tissues become swollen and this causes pain and spasms",
        ] {
            assert!(!reads_like_question(heading), "{heading}");
        }
    }
}
