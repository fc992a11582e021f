//! One matching entry, and the order of hits.

use super::query::MAX_QUERY_WORDS;

// Hit::order packs each word count into 4 bits.
const _: () = assert!(MAX_QUERY_WORDS <= 15);

// A hit is copied and moved while ranking thousands of them: its word counts
// are bytes (at most MAX_QUERY_WORDS), which keeps it at 24 bytes (16 in the
// .wasm). Measured: 32-byte hits with two flags cost the 10k dataset's
// queries about 10% of their time.
const _: () = assert!(std::mem::size_of::<Hit>() <= 24);

/// One matching entry. Each word count is at most [`MAX_QUERY_WORDS`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    /// The entry's index in [`crate::Faq::entries`].
    pub entry: usize,
    /// How many distinctive query words matched: all but the words found in
    /// more than half of the entries (such as "back" in a back-pain FAQ).
    pub strong_words: u8,
    /// How many of the distinctive words matched in the question.
    pub strong_question_words: u8,
    /// How many (non-stop) query words matched.
    pub words: u8,
    /// How many of them matched in the question.
    pub question_words: u8,
    /// The BM25F score.
    pub score: f32,
    /// Whether a distinctive query word matched firmly: as written, by stem
    /// or derivation, or through a synonym, not only as a prefix of a longer
    /// word or as a typo. (Like `named`, it takes no part in the order.)
    pub firm: bool,
    /// Whether the query names this entry: one of its distinctive words is
    /// in the question, as written or by stem or derivation (not only
    /// through a synonym), and every distinctive query word that names a
    /// topic (is in some question so) matched here firmly. See [`crate::Layout`].
    pub named: bool,
}

impl Hit {
    /// The sort key, smaller first: more distinctive words matched, then more
    /// of them in the question, then more words, then more of them in the
    /// question, then a higher score, then file order. Packed as the four
    /// counts (4 bits each: at most [`MAX_QUERY_WORDS`]), the score (31 bits: the bits of
    /// a non-negative `f32` order like its value) and the entry (17 bits),
    /// inverted where larger is better. Entries past 2¹⁷ tie (the parsers
    /// refuse so many: [`crate::MAX_ENTRIES`]).
    pub(super) fn order(&self) -> u64 {
        let count = |n: u8| u64::from(n.min(15));
        let counts = count(self.strong_words) << 12
            | count(self.strong_question_words) << 8
            | count(self.words) << 4
            | count(self.question_words);
        let score = u64::from(self.score.max(0.0).to_bits() & 0x7FFF_FFFF);
        let rank = counts << SCORE_BITS | score;
        let entry = (self.entry as u64).min((1 << ENTRY_BITS) - 1);
        !(rank << ENTRY_BITS | ((1 << ENTRY_BITS) - 1 - entry))
    }
}

/// The bits of [`Hit::order`] below the counts: the score's, the entry's.
const SCORE_BITS: u32 = 31;
const ENTRY_BITS: u32 = 17;
/// [`Hit::order`] shifted right by this leaves the four counts (inverted):
/// equal for hits that only their score and entry tell apart.
pub(super) const COUNTS_SHIFT: u32 = SCORE_BITS + ENTRY_BITS;
