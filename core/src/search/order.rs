//! The order's finer rules, after the sort by [`Hit::order`]: a query word
//! that says nothing another does not counts in no question, and the
//! question asking what the query asks goes first ("what" for a topic alone,
//! or the query's own question word).

use super::expand::{Expansion, Route};
use super::hit::{Hit, COUNTS_SHIFT};
use super::query::MAX_QUERY_WORDS;
use super::scan::Corpus;
use super::select::Words;
use crate::language::Language;

/// A distinctive query word found in every entry that has another one
/// (three entries or more: fewer may be chance) adds nothing to it: "muscle"
/// in "knotted muscles", where each entry with "knot" speaks of muscles. It
/// counts in no question, so that two questions on an aspect of muscle knots
/// ("Can you hear muscle knots pop?", "Can a muscle knot last for years?")
/// do not rank above "Why is my back so knotted?" for having "muscle" too.
/// Of two words each found wherever the other is, the first. Measured on
/// every set (session 26): 13 English first places won (nine queries of
/// muscle knots, "knotting back muscles"), five lost ("muscle knot won't go
/// away": "Can a muscle knot last for years?" had won on its two question
/// words; now the four questions with "knot" tie and the score decides),
/// two Spanish won ("bulto duro en la espalda", "contractura muscular en la
/// espalda"); counting it still among all the question's words (not only the
/// distinctive ones) won six English and lost none, but left every
/// two-word query as it was ("knotted muscles"); with entries from two, one
/// Spanish place was lost, from four, one.
///
/// Returns those words.
pub(super) fn implied_words_out_of_questions(
    hits: &mut [Hit],
    words: &Words,
    masks: impl Fn(usize) -> (u16, u16),
) -> u16 {
    const MIN_ENTRIES: u32 = 3;
    let strong = words.strong;
    if strong.count_ones() < 2 {
        return 0;
    }
    // Per distinctive word: the distinctive words every entry with it has
    // too, and how many entries have it. Usually each has lost the others
    // within a few hits, and there is nothing more to learn.
    let mut along = [strong; MAX_QUERY_WORDS];
    let mut entries = [0u32; MAX_QUERY_WORDS];
    for hit in hits.iter() {
        let matched = masks(hit.entry).0 & strong;
        let mut left = 0;
        for w in (0..words.count as usize).filter(|&w| strong >> w & 1 != 0) {
            if matched >> w & 1 != 0 {
                along[w] &= matched;
                entries[w] += 1;
            }
            left |= along[w] & !(1 << w);
        }
        if left == 0 {
            return 0;
        }
    }
    let mut implied = 0u16;
    for a in (0..words.count as usize).filter(|&a| strong >> a & 1 != 0) {
        let implies = |b: usize| {
            b != a
                && strong >> b & 1 != 0
                && implied >> b & 1 == 0
                && entries[b] >= MIN_ENTRIES
                && along[b] >> a & 1 != 0
        };
        if (0..words.count as usize).any(implies) {
            implied |= 1 << a;
        }
    }
    if implied != 0 {
        for hit in hits {
            // Each was counted once among its distinctive question words, once among all.
            let out = (masks(hit.entry).1 & implied).count_ones() as u8;
            hit.strong_question_words -= out;
            hit.question_words -= out;
        }
    }
    implied
}

/// How many of the first hits [`what_first`] and [`same_opening_first`] look through.
const WHAT_LOOKAHEAD: usize = 8;

/// A query asks the way its opening does ([`Query::opening`](super::query::Query):
/// its first word and the stop words after it). Among the first hits that
/// match the query as much as the first one (the best `WHAT_LOOKAHEAD`, only
/// the score telling them apart), the one whose question opens with most of
/// those words goes first: one word if it is a question word other than
/// "what" (`asks`: "where are the trigger poin": "Where are the trigger
/// points in your back?", not "Are trigger points real?"; "por qué salen los
/// lipomas": "¿Por qué sale un lipoma?"), else two or more ("cómo es un
/// lipoma": "¿Cómo es un lipoma a la vista y al tacto?", not "¿Cómo sé si es
/// un lipoma o un liposarcoma?"; "is a cyst on my spine something to worry
/// about": "Is a cyst on the spine serious?"). Measured on every set:
/// session 26, question words, two first places won, none lost; session 27,
/// the opening's stop words, three won, none lost (with the content words
/// after them too, two more lost: "are back mice dangerous" is not asking
/// "Are back mice common?").
pub(super) fn same_opening_first(hits: &mut [Hit], corpus: &Corpus, opening: &str, asks: bool) {
    // How many of the query's first words a hit's question opens with.
    let run =
        |h: &Hit| corpus.words(h.entry, true).zip(opening.split(' ')).take_while(|(a, b)| *a == b.as_bytes()).count();
    let Some(first) = hits.first() else { return };
    let counts = |h: &Hit| h.order() >> COUNTS_SHIFT;
    let least = if asks { 1 } else { 2 };
    let mut best = (run(first).max(least - 1), None);
    for (i, h) in hits.iter().enumerate().take(WHAT_LOOKAHEAD).skip(1) {
        if counts(h) != counts(first) {
            break;
        }
        let r = run(h);
        if r > best.0 {
            best = (r, Some(i));
        }
    }
    if let Some(i) = best.1 {
        hits[..=i].rotate_right(1);
    }
}

/// A query of a topic's words only ("ratones de espalda", "what is a back
/// mouse", "cómo es un lipoma") asks what it is. Among the first hits with
/// the first one's counts (the best `WHAT_LOOKAHEAD`), whose questions all
/// have every distinctive query word, the question asking what they are
/// ("¿Qué son los ratones de espalda?", "¿Qué aspecto tiene un lipoma?": it
/// opens with the language's "what", and its other words are query words,
/// stop words and at most one more) goes first, above one on an aspect of
/// the topic ("¿Duelen mucho los ratones de espalda?") that the score put
/// first by a hair. For a typo of a whole word too ("lipona", "contratura":
/// no dataset word starts with it), not for the start of one, which may be
/// another word's ("liposa" wants "liposarcoma", not "What does it mean if a
/// lipoma hurts?"). And for one word alone that is in most entries, a
/// clinic's main word ("lipoma" in a lipoma clinic's FAQ), whose question
/// has it. Measured on every set (session 24: +8 Spanish first places, no
/// English one moved): a question wholly matched without the
/// "what" put "Where are the trigger points in your back?" above "Are
/// trigger points real?" for "what is a trigger point", and without every
/// distinctive query word in the question, "What are back mice?" above "Can
/// back mice be removed?" for "how do doctors go about treating a back
/// mouse"; without the one more word, "cómo es un lipoma" (five Spanish
/// sets) found "¿Qué significa que un lipoma duela?" first.
pub(super) fn what_first(
    hits: &mut [Hit],
    corpus: &Corpus,
    in_question: impl Fn(usize) -> u16,
    words: &Words,
    language: &Language,
    expansion: &Expansion,
) {
    let Some(&first) = hits.first() else { return };
    // The distinctive words that count in questions.
    let implied = words.implied;
    let strong = (words.strong & !implied).count_ones();
    // A typo is a whole word, a prefix maybe the start of another's.
    let whole = || !expansion.words.iter().flatten().any(|c| c.route == Route::Prefix);
    let asked = if strong == 0 {
        u32::from(first.question_words) == words.count && words.count == 1
    } else {
        u32::from(first.strong_question_words) == strong && (first.firm || whole())
    };
    if !asked {
        return;
    }
    let counts = |h: &Hit| h.order() >> COUNTS_SHIFT;
    // The one with the fewest more words: "¿Qué es un lipoma?", not "¿Cómo
    // se saca un lipoma?", for "lipoma".
    let mut what: Option<(usize, usize)> = None;
    for (i, h) in hits.iter().enumerate().take(WHAT_LOOKAHEAD) {
        if counts(h) != counts(&first) {
            break;
        }
        // Not a question with the query's word only through a synonym
        // above one with it as written ("chibolo": "¿Cómo me quito un
        // chibolo…?", not "¿Qué pueden ser los bultos…?").
        let mut words = corpus.words(h.entry, true);
        if (h.named || !first.named) && words.next().is_some_and(|w| language.asks_what(w)) {
            // Its query words, those that count in no question too.
            let matched = u32::from(h.question_words) + (in_question(h.entry) & implied).count_ones();
            // Counted up to two more than its query words: more is no use.
            let matched = matched as usize;
            let more = words.filter(|w| !language.is_stop(w)).take(matched + 2).count().saturating_sub(matched);
            if more <= 1 && what.is_none_or(|(_, fewest)| more < fewest) {
                what = Some((i, more));
            }
            if more == 0 {
                break;
            }
        }
    }
    if let Some((i, _)) = what {
        hits[..=i].rotate_right(1);
    }
}
