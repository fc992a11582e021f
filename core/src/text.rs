//! Text normalisation shared by indexing, querying and slugs.
//!
//! Words are runs of letters and digits (any script). An apostrophe between
//! two letters joins them ("it’s" is the word "its"), so queries typed with or
//! without it agree. Folding lowercases and removes accents ("Épaule" →
//! "epaule").

use std::ops::Range;

include!(concat!(env!("OUT_DIR"), "/fold_table.rs"));

/// Lowercases `word` and strips accents and other combining marks.
///
/// ```
/// assert_eq!(faq_core::text::fold("Naïve CAFÉ"), "naive cafe");
/// ```
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        push_folded(c, &mut out);
    }
    out
}

/// The fold of a non-ASCII character from the generated runs: `None` if it
/// folds to itself, `Some(0)` if it is dropped, else the character it becomes.
fn fold_lookup(cp: u32) -> Option<u32> {
    const BITS_21: u64 = (1 << 21) - 1;
    // The last run starting at or before `cp`.
    let i = FOLD_RUNS.partition_point(|&run| (run & BITS_21) as u32 <= cp).checked_sub(1)?;
    let run = FOLD_RUNS[i];
    let (from, len) = ((run & BITS_21) as u32, (run >> 21 & 0x7F) as u32);
    let (from_step, to_step, delta) = ((run >> 28 & 3) as u32, (run >> 30 & 3) as u32, (run >> 32) as u32);
    let offset = cp - from;
    if from_step == 0 || offset % from_step != 0 || offset / from_step >= len {
        return None;
    }
    Some(if delta == 0 { 0 } else { from.wrapping_add(delta) + offset / from_step * to_step })
}

fn push_folded(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    match fold_lookup(c as u32) {
        None => out.push(c),
        Some(0) => {}
        // The generated table holds only valid characters.
        Some(to) => out.extend(char::from_u32(to)),
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Elided words of French and Italian ("l’ablation", "d’un", "qu’il",
/// "dell’anca"), folded: an apostrophe after one of them ends the word
/// instead of joining it to the next, so "l’ablation" is "l" and
/// "ablation". No English word is one of them ("it’s" is "its"). Sorted
/// lines, searched like the stop words: a table of `&str`s was 170 bytes of
/// pointers and a search of its own in the `.wasm`, a `match` three times that.
const ELIDED: &str =
    "\nall\nc\nd\ndall\ndell\nj\njusqu\nl\nlorsqu\nm\nn\nnell\npuisqu\nqu\nquell\nquest\nquoiqu\ns\nsull\nt\nun\n";

fn is_elided(word: &str) -> bool {
    is_line_of(ELIDED, word.as_bytes())
}

/// Whether `word` (no newline) is one of the lines of `list`: sorted lines,
/// each between two newlines (the stop words, the elided words). A binary
/// search in place.
pub(crate) fn is_line_of(list: &str, word: &[u8]) -> bool {
    let list = list.as_bytes();
    if list.len() < 2 {
        return false;
    }
    // The lines between the newlines at `low` and `high` are left to search.
    let (mut low, mut high) = (0, list.len() - 1);
    while low < high {
        let middle = low + (high - low) / 2;
        let start = list[..=middle].iter().rposition(|&b| b == b'\n').unwrap_or(0).max(low);
        let end = start + 1 + list[start + 1..].iter().position(|&b| b == b'\n').unwrap_or(0);
        match list[start + 1..end].cmp(word) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => low = end,
            std::cmp::Ordering::Greater => high = start,
        }
    }
    false
}

/// The words of `text`: each word's byte range in `text` and its folded form.
///
/// ```
/// let words: Vec<String> = faq_core::text::words("It’s a LIPOMA, isn't it?")
///     .map(|(_, w)| w)
///     .collect();
/// assert_eq!(words, ["its", "a", "lipoma", "isnt", "it"]);
/// ```
pub fn words(text: &str) -> impl Iterator<Item = (Range<usize>, String)> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let mut folded = String::new();
        let range = next_word(&mut chars, &mut folded)?;
        Some((range, folded))
    })
}

/// Appends each word of `text`, folded and preceded by a space, to `out`, and
/// returns how many there were: what [`words`] yields, without allocating,
/// and with a fast path for ASCII.
pub(crate) fn push_words(text: &str, out: &mut String) -> u32 {
    let bytes = text.as_bytes();
    let alphanumeric_at =
        |i: usize| text.get(i..).and_then(|rest| rest.chars().next()).is_some_and(char::is_alphanumeric);
    let (mut count, mut in_word, mut i) = (0, false, 0);
    while let Some(&b) = bytes.get(i) {
        let (c, len) = if b.is_ascii() {
            (char::from(b), 1)
        } else {
            let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else { break };
            (c, c.len_utf8())
        };
        if c.is_alphanumeric() {
            if !in_word {
                out.push(' ');
                count += 1;
                in_word = true;
            }
            push_folded(c, out);
        } else if !(in_word
            && is_apostrophe(c)
            && alphanumeric_at(i + len)
            && !is_elided(&out[out.bytes().rposition(|b| b == b' ').map_or(0, |i| i + 1)..]))
        {
            // An apostrophe followed by a letter joins ("it’s"), unless it
            // follows an elided word ("l’ablation"); anything else ends a word.
            in_word = false;
        }
        i += len;
    }
    count
}

/// Finds the next word in `chars`, pushes its folded form to `out` and
/// returns its byte range.
fn next_word(chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>, out: &mut String) -> Option<Range<usize>> {
    // Skip to the start of the next word.
    let (start, first) = loop {
        let (i, c) = chars.next()?;
        if c.is_alphanumeric() {
            break (i, c);
        }
    };
    push_folded(first, out);
    let mut end = start + first.len_utf8();
    while let Some(&(i, c)) = chars.peek() {
        if c.is_alphanumeric() {
            push_folded(c, out);
            end = i + c.len_utf8();
            chars.next();
        } else if is_apostrophe(c) && !is_elided(out) {
            // Join only if a letter follows ("it’s"), not at a word end
            // ("patients’ ") or after an elided word ("l’ablation").
            let mut ahead = chars.clone();
            ahead.next();
            match ahead.peek() {
                Some(&(_, next)) if next.is_alphanumeric() => {
                    chars.next();
                }
                _ => break,
            }
        } else {
            break;
        }
    }
    Some(start..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded_words(text: &str) -> Vec<String> {
        words(text).map(|(_, w)| w).collect()
    }

    #[test]
    fn words_split_on_punctuation_and_keep_digits() {
        assert_eq!(
            folded_words("NSAIDs (non-steroidal) 2 inches/5cm"),
            ["nsaids", "non", "steroidal", "2", "inches", "5cm"]
        );
    }

    #[test]
    fn trailing_apostrophe_does_not_join() {
        assert_eq!(folded_words("patients’ backs"), ["patients", "backs"]);
    }

    #[test]
    fn ranges_point_at_the_original_text() {
        let text = "Épaule — naïve";
        let ranges: Vec<&str> = words(text).map(|(r, _)| &text[r]).collect();
        assert_eq!(ranges, ["Épaule", "naïve"]);
        assert_eq!(folded_words(text), ["epaule", "naive"]);
    }

    /// Folding agrees, for every character, with lowercasing by the standard
    /// library followed by removing accents with unicode-normalization.
    #[test]
    fn folding_matches_unicode_for_every_character() {
        use unicode_normalization::char::decompose_canonical;
        // Combining diacritical marks; Hebrew points; Arabic marks, short
        // vowels, hamza above and below, superscript alef and tatweel.
        let diacritic = |m: char| {
            matches!(m as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F
                | 0x0591..=0x05C7 | 0x0610..=0x061A | 0x0640 | 0x064B..=0x065F | 0x0670)
        };
        let mut changed = 0;
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut expected = String::new();
            for lower in c.to_lowercase().filter(|&l| !diacritic(l)) {
                let mut parts = Vec::new();
                decompose_canonical(lower, |d| parts.push(d));
                match parts.split_first() {
                    Some((&base, marks)) if !marks.is_empty() && marks.iter().all(|&m| diacritic(m)) => {
                        expected.push(base)
                    }
                    _ => expected.push(lower),
                }
            }
            let folded = fold(&c.to_string());
            assert_eq!(folded, expected, "{c:?}");
            changed += usize::from(folded != c.to_string());
        }
        assert!(changed > 2000, "only {changed} characters fold: Latin, Greek and Cyrillic alone have more");
    }

    #[test]
    fn folding_keeps_letters_that_are_not_accented() {
        assert_eq!(fold("Ørsted ß Straße ДОМ हिन्दी 한국"), "ørsted ß straße дом हिन्दी 한국");
        assert_eq!(fold("Cafe\u{301} Ἀθῆναι"), "cafe αθηναι");
        // French and Italian elision splits; an English contraction joins.
        assert_eq!(
            folded_words("l’ablation d'un kyste, qu’il dell’anca it’s"),
            ["l", "ablation", "d", "un", "kyste", "qu", "il", "dell", "anca", "its"]
        );
        let mut out = String::new();
        push_words("l’ablation d'un kyste, qu’il dell’anca it’s", &mut out);
        assert_eq!(out, " l ablation d un kyste qu il dell anca its");
        // Arabic: short vowels and the hamza on an alef are dropped, letters kept.
        assert_eq!(fold("أَوْرام إبرة آلام"), "اورام ابرة الام");
    }

    #[test]
    fn elided_words_are_sorted_for_the_binary_search() {
        let lines: Vec<&str> = ELIDED.lines().skip(1).collect();
        assert!(ELIDED.starts_with('\n') && ELIDED.ends_with('\n') && lines.is_sorted(), "{lines:?}");
        assert!(is_elided("l") && is_elided("quoiqu") && is_elided("all") && is_elided("un"));
        assert!(!is_elided("it") && !is_elided("isn") && !is_elided(""));
    }

    #[test]
    fn push_words_appends_what_words_yields() {
        let text = "It’s a LIPÔMA, isn't it? 🙂 patients’ 5cm";
        let mut out = String::from("x");
        assert_eq!(push_words(text, &mut out), 7);
        let expected: String = words(text).map(|(_, w)| format!(" {w}")).collect();
        assert_eq!(out, format!("x{expected}"));
        assert_eq!(push_words("🙂 …", &mut out), 0);
        assert_eq!(out, format!("x{expected}"));
    }

    proptest::proptest! {
        #[test]
        fn push_words_agrees_with_words(text in "([a-zA-Z0-9'’ʼ .é]|\\PC){0,40}") {
            let mut out = String::new();
            let count = push_words(&text, &mut out);
            let expected: Vec<String> = words(&text).map(|(_, w)| w).collect();
            proptest::prop_assert_eq!(count as usize, expected.len());
            proptest::prop_assert_eq!(out, expected.iter().map(|w| format!(" {w}")).collect::<String>());
        }
    }

    #[test]
    fn emoji_and_symbols_are_not_words() {
        assert!(folded_words("🙂 <> &&& …").is_empty());
    }
}
