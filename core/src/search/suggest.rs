//! "Did you mean": a spelling correction for a query that finds nothing.

use super::expand::edit_distance;
use super::options::SearchOptions;
use super::query::Query;
use super::SearchIndex;
use crate::language::Language;

impl SearchIndex {
    /// The query with its misspelt words corrected ("angiolipomma lumb" →
    /// "angiolipoma lump"): words found in the dataset are kept; others
    /// become the most frequent dataset word within an edit (two from
    /// [`SearchOptions::two_typos_len`] letters, as the search's typos) that
    /// is not a stop word of `language`. `None` when every word is in the
    /// dataset, or when a word has no such correction: a word of one or two
    /// letters has none (every short word is one edit from many: "x" is not
    /// a misspelt "5"), nor has a word a number. Within two edits of any word, and stop words
    /// allowed, 32 of the 125 negatives of our query sets were offered a
    /// correction ("sore throat": "sore that"; "hay fever": "may feel";
    /// "knee pain": "knot pain"); now one is ("ear infection": "hear
    /// infection"), and the dead ends that had one keep it ("bak mice":
    /// "back mice") but for "soar after massage" ("or massage").
    /// Whether the correction finds anything is for the caller to check.
    /// With it, whether it is likely what the patient meant: it keeps a
    /// word in at most half of the `entries` (a distinctive word, which says
    /// what the query is about) and changes words only into words in more
    /// than half (what the site is about, so the likeliest meaning of a
    /// slip): "bak mice" is "back mice", while "ear pain" is not surely
    /// "hear pain" ("hear" is in one entry), nor "bak" alone "back".
    pub(crate) fn correction(
        &self,
        query: &Query,
        entries: usize,
        language: &Language,
        options: &SearchOptions,
    ) -> Option<(String, bool)> {
        let (mut changed, mut anchored, mut common) = (false, false, true);
        // Built by hand: `[&str]::join` was the .wasm's only use of a
        // generic join (764 bytes of .wasm).
        let mut corrected = String::new();
        for word in &query.words {
            let best = if let Ok(t) = self.terms.binary_search(word) {
                anchored |= self.df[t] as usize * 2 <= entries;
                word.as_str()
            } else {
                // A third letter, or no correction.
                word.chars().nth(2)?;
                changed = true;
                let edits = 1 + usize::from(word.chars().count() >= options.two_typos_len);
                let (_, std::cmp::Reverse(df), term) = self
                    .terms
                    .iter()
                    .enumerate()
                    .filter(|&(t, term)| {
                        self.df[t] > 0 && !term.bytes().all(|b| b.is_ascii_digit()) && !language.is_stop_word(term)
                    })
                    .filter_map(|(t, term)| {
                        edit_distance(word, term, edits).map(|d| (d, std::cmp::Reverse(self.df[t]), term))
                    })
                    .min()?;
                common &= df as usize * 2 > entries;
                term
            };
            if !corrected.is_empty() {
                corrected.push(' ');
            }
            corrected.push_str(best);
        }
        changed.then_some((corrected, anchored && common))
    }
}
