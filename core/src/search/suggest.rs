//! "Did you mean": a spelling correction for a query that finds nothing.

use super::expand::edit_distance;
use super::query::Query;
use super::SearchIndex;

impl SearchIndex {
    /// The query with its misspelt words corrected ("angiolipomma lumb" →
    /// "angiolipoma lump"): words found in the dataset are kept; others
    /// become the most frequent dataset word within two edits. `None` when
    /// every word is in the dataset, or when a word has no such correction:
    /// a word of one or two letters has none (every short word is within two
    /// edits of it: "x" is not a misspelt "5"), nor has a word a number.
    /// Whether the correction finds anything is for the caller to check.
    pub(crate) fn correction(&self, query: &Query) -> Option<String> {
        let mut changed = false;
        // Built by hand: `[&str]::join` was the .wasm's only use of a
        // generic join (764 bytes of .wasm).
        let mut corrected = String::new();
        for word in &query.words {
            let best = if self.terms.binary_search(word).is_ok() {
                word.as_str()
            } else {
                // A third letter, or no correction.
                word.chars().nth(2)?;
                changed = true;
                self.terms
                    .iter()
                    .enumerate()
                    .filter(|&(t, term)| self.df[t] > 0 && !term.bytes().all(|b| b.is_ascii_digit()))
                    .filter_map(|(t, term)| {
                        edit_distance(word, term, 2).map(|d| (d, std::cmp::Reverse(self.df[t]), term))
                    })
                    .min()?
                    .2
            };
            if !corrected.is_empty() {
                corrected.push(' ');
            }
            corrected.push_str(best);
        }
        changed.then_some(corrected)
    }
}
