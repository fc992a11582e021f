//! Which hits a query keeps: the strict rule, and the relaxed one when
//! nothing passes it.

use super::hit::Hit;

/// How one query word matched the dataset.
#[derive(Debug, Clone, Copy)]
pub(super) struct WordMatch {
    /// It is distinctive: found in at most half of the entries. A word the
    /// dataset lacks counts too: it narrows the search to nothing.
    pub(super) strong: bool,
    /// It matched some entry, by any route.
    pub(super) known: bool,
    /// It matched some entry firmly (see [`Hit::firm`]).
    pub(super) firm: bool,
    /// It is distinctive and firmly in some entry's question, not only
    /// through a synonym: it names a topic of the dataset (see [`Hit::named`]).
    pub(super) topic: bool,
    /// It is a number (digits only): if the dataset lacks it, it is no
    /// evidence that the query is about something else.
    pub(super) number: bool,
}

/// Keeps the hits the query asks for; returns whether the relaxed rule chose
/// them.
///
/// **Strict**: one- and two-word queries must match every word, longer ones
/// all but one, where a common word counts as matched; but an entry must
/// match a distinctive word if the query has any.
///
/// **Relaxed**, when no entry passes: if the query is about the dataset's
/// topics, the entries matching any of its distinctive words are kept (they
/// rank by how many they match). It is when the evidence for outweighs the
/// evidence against: each distinctive word the dataset has firmly (as
/// written, by stem or derivation, through a synonym) counts for, each word
/// it never uses counts against, and a word it has only as a typo or a
/// prefix counts half against (it may be another word altogether). Numbers
/// and common words count neither way. So a word the dataset lacks does not
/// veto a question about its topics ("how long is recovery after removal"),
/// while a query that shares only common words ("back pain in pregnancy"),
/// or no more words than it has unknown ones ("sore throat", "early signs of
/// pregnancy"), finds nothing.
pub(super) fn select(hits: &mut Vec<Hit>, words: &[WordMatch]) -> bool {
    let count = |test: fn(&WordMatch) -> bool| words.iter().filter(|w| test(w)).count() as u32;
    let (all, strong) = (words.len() as u32, count(|w| w.strong));
    let required = if all <= 2 { all } else { all - 1 };
    let strict = |h: &Hit| {
        if strong > 0 {
            h.strong_words >= required.saturating_sub(all - strong).max(1)
        } else {
            h.words >= required
        }
    };
    if hits.iter().any(strict) {
        hits.retain(strict);
        return false;
    }
    // In halves: a typo or prefix counts half.
    let evidence_for = 2 * count(|w| w.strong && w.firm);
    let against = 2 * count(|w| !w.known && !w.number) + count(|w| w.known && !w.firm && !w.number);
    if evidence_for > against {
        hits.retain(|h| h.strong_words > 0);
    } else {
        hits.clear();
    }
    !hits.is_empty()
}
