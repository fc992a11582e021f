//! Highlighting: the dataset words a query matched, marked in any text.

use std::ops::Range;

use super::expand::Expansion;
use super::sort::sort_by_key;
use super::SearchIndex;
use crate::text::words;

/// The dataset words a query matched: sorted term ids.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MatchedTerms(Vec<u32>);

impl MatchedTerms {
    /// No words: highlighting with it marks nothing.
    pub const NONE: MatchedTerms = MatchedTerms(Vec::new());

    /// Every dataset word of `expansion` (by any route: as written, stem,
    /// synonym, prefix, typo).
    pub(crate) fn of(expansion: &Expansion) -> Self {
        // Pushed, not collected, here and in `highlight`: a `collect` is
        // code of its own in the `.wasm`.
        let mut ids: Vec<u32> = Vec::new();
        for candidate in expansion.words.iter().flatten() {
            ids.push(candidate.term as u32);
        }
        sort_by_key(&mut ids, |&t| u64::from(t));
        ids.dedup();
        MatchedTerms(ids)
    }
}

impl SearchIndex {
    /// The byte ranges of `text`'s words that are among `matched`, in order.
    /// They always lie on character boundaries (they come from [`words`]).
    pub fn highlight(&self, text: &str, matched: &MatchedTerms) -> Vec<Range<usize>> {
        if matched.0.is_empty() {
            return Vec::new();
        }
        let mut ranges = Vec::new();
        for (range, word) in words(text) {
            if self.terms.binary_search(&word).is_ok_and(|t| matched.0.binary_search(&(t as u32)).is_ok()) {
                ranges.push(range);
            }
        }
        ranges
    }
}
