//! The search index, built at build time, and the query engine.
//!
//! **Index** (built natively by [`SearchIndex::build`]): every distinct folded
//! word of the dataset, sorted, with its postings (entry, term frequency in the
//! question and in the answer). Words sharing an English Snowball stem form a
//! group ("lipoma", "lipomas"); words of a synonym group (see
//! [`SearchIndex::build`]) receive each other's postings, marked as synonyms.
//!
//! **Query**: the query is split into words like the index; stop words ("is",
//! "what", …) are dropped unless nothing else is left, in which case nothing
//! matches. Each remaining word matches the dataset's words exactly, by stem,
//! through a synonym, as a prefix (the last word only: the patient may still be
//! typing) or, when it has no exact match, within a small edit distance.
//!
//! **Ranking**, best first: entries matching more query words; then more of
//! them in the question; then a BM25F score (question boosted), each word
//! weighted by how it matched ([`SearchOptions`]); then file order. Queries of
//! one or two words must match every word; longer ones may miss one.

#[cfg(feature = "parse")]
use std::collections::HashMap;
use std::ops::Range;

use serde::{Deserialize, Serialize};

#[cfg(feature = "parse")]
use crate::model::Faq;
use crate::text::words;

/// Query words beyond this many are ignored, bounding the cost of a pasted essay.
pub const MAX_QUERY_WORDS: usize = 16;

/// Words too common to narrow a search. A query of only these matches nothing.
const STOP_WORDS: &[&str] = &[
    "a", "about", "after", "am", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by", "can", "could",
    "did", "do", "does", "for", "from", "get", "got", "had", "has", "have", "how", "i", "if", "in", "into", "is", "it",
    "its", "me", "my", "of", "on", "or", "should", "so", "that", "the", "their", "them", "then", "there", "these",
    "they", "this", "to", "too", "was", "we", "were", "what", "when", "where", "which", "who", "why", "will", "with",
    "would", "you", "your",
];

/// Every tunable of the search, with its meaning and sensible range.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchOptions {
    /// How much a word in the question counts against one in the answer
    /// (BM25F field weight). Default 2.0; 1.0 treats them alike.
    pub question_boost: f32,
    /// BM25 term-frequency saturation. Default 1.2; usual range 0.5–2.0.
    pub k1: f32,
    /// BM25 length normalisation: 0 ignores field length, 1 fully normalises. Default 0.75.
    pub b: f32,
    /// Weight of a match on another word with the same stem ("lipomas" for "lipoma"). Default 0.9.
    pub stem_weight: f32,
    /// Weight of a match through the synonym table ("tumour" for "tumor"). Default 0.5.
    pub synonym_weight: f32,
    /// Weight of a prefix match of the last word ("angio" for "angiolipoma"). Default 0.6.
    pub prefix_weight: f32,
    /// Weight of a match within the edit-distance bound ("massge" for "massage"). Default 0.4.
    pub fuzzy_weight: f32,
    /// Shortest last word that matches as a prefix. Default 2.
    pub min_prefix_len: usize,
    /// Shortest word allowed one typo. Default 4.
    pub one_typo_len: usize,
    /// Shortest word allowed two typos. Default 8.
    pub two_typos_len: usize,
    /// At most this many dataset words a prefix or a typo may expand to (the
    /// most frequent win), bounding the cost of short prefixes. Default 50.
    pub max_expansions: usize,
    /// At most this many results. Default 500.
    pub result_limit: usize,
}

impl Default for SearchOptions {
    fn default() -> Self {
        SearchOptions {
            question_boost: 2.0,
            k1: 1.2,
            b: 0.75,
            stem_weight: 0.9,
            synonym_weight: 0.5,
            prefix_weight: 0.6,
            fuzzy_weight: 0.4,
            min_prefix_len: 2,
            one_typo_len: 4,
            two_typos_len: 8,
            max_expansions: 50,
            result_limit: 500,
        }
    }
}

/// The inverted index embedded in the widget.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchIndex {
    /// Distinct folded words, sorted, so a prefix is a contiguous range.
    terms: Vec<String>,
    /// `postings[t]` lists the entries containing `terms[t]` (or a synonym of it).
    postings: Vec<Vec<Posting>>,
    /// `stem_group[t]` indexes `groups`: the words sharing `terms[t]`'s stem.
    stem_group: Vec<u32>,
    /// Term ids of each stem group with more than one word (others are implicit).
    groups: Vec<Vec<u32>>,
    /// `synonym_group[t]` indexes `synonym_groups` (for highlighting synonyms).
    synonym_group: Vec<u32>,
    /// Term ids of each synonym group.
    synonym_groups: Vec<Vec<u32>>,
    /// Words in each entry's question and answer, for length normalisation.
    question_len: Vec<u16>,
    answer_len: Vec<u32>,
}

impl Eq for SearchIndex {}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
struct Posting {
    entry: u32,
    in_question: u16,
    in_answer: u16,
    /// Present through the synonym table, not as written.
    synonym: bool,
}

/// One matching entry.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    /// The entry's index in [`Faq::entries`].
    pub entry: usize,
    /// How many (non-stop) query words matched.
    pub words: u32,
    /// How many of them matched in the question.
    pub question_words: u32,
    /// The BM25F score.
    pub score: f32,
}

impl Hit {
    /// The ranking key: larger is better.
    fn key(&self) -> (u32, u32, f32) {
        (self.words, self.question_words, self.score)
    }
}

/// Marks "no group" in `stem_group` and `synonym_group`.
#[cfg(feature = "parse")]
const NO_GROUP: u32 = u32::MAX;

impl SearchIndex {
    /// Indexes every word of every question and answer. `synonyms` lists groups
    /// of words to treat as one (folded like the index; see `data/synonyms.txt`).
    #[cfg(feature = "parse")]
    pub fn build(faq: &Faq, synonyms: &[Vec<String>]) -> Self {
        use rust_stemmers::{Algorithm, Stemmer};

        let mut map: HashMap<String, Vec<Posting>> = HashMap::new();
        let (mut question_len, mut answer_len) = (Vec::new(), Vec::new());
        for (i, entry) in faq.entries.iter().enumerate() {
            let entry_id = u32::try_from(i).expect("fewer than 4 billion entries");
            let mut add = |text: &str, in_question: bool| -> u32 {
                let mut count = 0;
                for (_, word) in words(text) {
                    count += 1;
                    let list = map.entry(word).or_default();
                    let p = match list.last_mut() {
                        Some(p) if p.entry == entry_id => p,
                        _ => {
                            list.push(Posting { entry: entry_id, in_question: 0, in_answer: 0, synonym: false });
                            list.last_mut().expect("just pushed")
                        }
                    };
                    let tf = if in_question { &mut p.in_question } else { &mut p.in_answer };
                    *tf = tf.saturating_add(1);
                }
                count
            };
            question_len.push(u16::try_from(add(&entry.question, true)).unwrap_or(u16::MAX));
            answer_len.push(entry.answer_texts().map(|t| add(t, false)).sum());
        }

        // Synonyms: every word of a group gets the others' postings.
        for group in synonyms {
            let mut union: Vec<Posting> = group.iter().filter_map(|w| map.get(w)).flatten().copied().collect();
            union.sort_by_key(|p| p.entry);
            for word in group {
                let own = map.get(word).cloned().unwrap_or_default();
                let mut merged = own.clone();
                for p in &union {
                    if !own.iter().any(|o| o.entry == p.entry) && !merged.iter().any(|m| m.entry == p.entry) {
                        merged.push(Posting { synonym: true, ..*p });
                    }
                }
                if !merged.is_empty() {
                    merged.sort_by_key(|p| p.entry);
                    map.insert(word.clone(), merged);
                }
            }
        }

        let mut pairs: Vec<(String, Vec<Posting>)> = map.into_iter().collect();
        pairs.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let (terms, postings): (Vec<String>, Vec<Vec<Posting>>) = pairs.into_iter().unzip();

        // Stem groups of two or more words.
        let stemmer = Stemmer::create(Algorithm::English);
        let mut by_stem: HashMap<String, Vec<u32>> = HashMap::new();
        for (t, term) in terms.iter().enumerate() {
            by_stem.entry(stemmer.stem(term).into_owned()).or_default().push(t as u32);
        }
        let mut groups: Vec<Vec<u32>> = by_stem.into_values().filter(|g| g.len() > 1).collect();
        groups.sort_unstable();
        let mut stem_group = vec![NO_GROUP; terms.len()];
        for (g, members) in groups.iter().enumerate() {
            for &t in members {
                stem_group[t as usize] = g as u32;
            }
        }
        let synonym_groups: Vec<Vec<u32>> = synonyms
            .iter()
            .map(|group| group.iter().filter_map(|w| terms.binary_search(w).ok()).map(|t| t as u32).collect())
            .collect();
        let mut synonym_group = vec![NO_GROUP; terms.len()];
        for (g, members) in synonym_groups.iter().enumerate() {
            for &t in members {
                synonym_group[t as usize] = g as u32;
            }
        }
        SearchIndex { terms, postings, stem_group, groups, synonym_group, synonym_groups, question_len, answer_len }
    }

    /// The number of distinct words indexed.
    pub fn term_count(&self) -> usize {
        self.terms.len()
    }

    /// [`SearchIndex::search_with`] the default options.
    pub fn search(&self, query: &str) -> Option<Vec<Hit>> {
        self.search_with(query, &SearchOptions::default())
    }

    /// Searches for `query`. `None` means the query has no words (empty, only
    /// spaces, punctuation or emoji): show everything. Otherwise the matching
    /// entries, best first (possibly none).
    pub fn search_with(&self, query: &str, options: &SearchOptions) -> Option<Vec<Hit>> {
        let (query_words, last) = query_words(query)?;
        // A query of stop words only ("is it", "what") matches nothing.
        if query_words.is_empty() {
            return Some(Vec::new());
        }

        let n = self.question_len.len();
        let (avg_q, avg_a) = self.average_lengths();
        // BM25 length normalisation, inverted once per query rather than per posting.
        let inv_norm = |len: f32, avg: f32| 1.0 / (1.0 - options.b + options.b * len / avg);
        let inv_q: Vec<f32> = self.question_len.iter().map(|&l| inv_norm(f32::from(l), avg_q)).collect();
        let inv_a: Vec<f32> = self.answer_len.iter().map(|&l| inv_norm(l as f32, avg_a)).collect();
        let mut hits: Vec<Hit> = (0..n).map(|entry| Hit { entry, words: 0, question_words: 0, score: 0.0 }).collect();
        let mut best = vec![0f32; n];
        let mut in_question = vec![false; n];
        for word in &query_words {
            best.iter_mut().for_each(|s| *s = 0.0);
            in_question.iter_mut().for_each(|q| *q = false);
            for (t, weight) in self.word_matches(word, *word == last, options) {
                let idf = self.idf(t);
                for p in &self.postings[t] {
                    let e = p.entry as usize;
                    let (Some(&iq), Some(&ia)) = (inv_q.get(e), inv_a.get(e)) else { continue };
                    let tf = options.question_boost * f32::from(p.in_question) * iq + f32::from(p.in_answer) * ia;
                    let synonym = if p.synonym { options.synonym_weight } else { 1.0 };
                    let score = weight * synonym * idf * tf * (options.k1 + 1.0) / (tf + options.k1);
                    if let (Some(slot), Some(q)) = (best.get_mut(e), in_question.get_mut(e)) {
                        *slot = slot.max(score);
                        // Only a word as written counts towards "matched in the question".
                        *q |= p.in_question > 0 && !p.synonym;
                    }
                }
            }
            for (hit, (&score, &q)) in hits.iter_mut().zip(best.iter().zip(&in_question)) {
                if score > 0.0 {
                    hit.words += 1;
                    hit.question_words += u32::from(q);
                    hit.score += score;
                }
            }
        }

        let required = if query_words.len() <= 2 { query_words.len() } else { query_words.len() - 1 } as u32;
        hits.retain(|h| h.words >= required);
        hits.sort_unstable_by(|a, b| {
            b.key().partial_cmp(&a.key()).unwrap_or(std::cmp::Ordering::Equal).then(a.entry.cmp(&b.entry))
        });
        hits.truncate(options.result_limit);
        Some(hits)
    }

    /// The dataset words a query matches (by any route: as written, stem,
    /// synonym, prefix, typo), for [`SearchIndex::highlight`].
    pub fn matched_terms(&self, query: &str, options: &SearchOptions) -> MatchedTerms {
        let Some((query_words, last)) = query_words(query) else { return MatchedTerms::default() };
        let mut ids: Vec<u32> = Vec::new();
        for word in &query_words {
            for (t, _) in self.word_matches(word, *word == last, options) {
                ids.push(t as u32);
                if let Some(group) = self.synonym_groups.get(self.synonym_group[t] as usize) {
                    ids.extend(group);
                }
            }
        }
        ids.sort_unstable();
        ids.dedup();
        MatchedTerms(ids)
    }

    /// The byte ranges of `text`'s words that are among `matched`, in order.
    /// They always lie on character boundaries (they come from [`words`]).
    pub fn highlight(&self, text: &str, matched: &MatchedTerms) -> Vec<Range<usize>> {
        if matched.0.is_empty() {
            return Vec::new();
        }
        words(text)
            .filter(|(_, word)| {
                self.terms.binary_search(word).is_ok_and(|t| matched.0.binary_search(&(t as u32)).is_ok())
            })
            .map(|(range, _)| range)
            .collect()
    }

    /// A corrected query when `query` matches nothing but a close spelling of
    /// its words would ("angiolipomma lumb" → "angiolipoma lump"). Words found
    /// in the dataset are kept; others become the most frequent dataset word
    /// within two edits. `None` when no correction finds anything.
    pub fn suggest(&self, query: &str, options: &SearchOptions) -> Option<String> {
        if self.search_with(query, options).is_none_or(|hits| !hits.is_empty()) {
            return None;
        }
        let (query_words, _) = query_words(query)?;
        let mut changed = false;
        let mut corrected = Vec::with_capacity(query_words.len());
        for word in query_words {
            if self.terms.binary_search(&word).is_ok() {
                corrected.push(word);
                continue;
            }
            let best = self
                .terms
                .iter()
                .enumerate()
                .filter_map(|(t, term)| {
                    edit_distance(&word, term, 2).map(|d| (d, std::cmp::Reverse(self.postings[t].len()), term))
                })
                .min()?;
            corrected.push(best.2.clone());
            changed = true;
        }
        let corrected = corrected.join(" ");
        (changed && self.search_with(&corrected, options).is_some_and(|hits| !hits.is_empty())).then_some(corrected)
    }

    fn average_lengths(&self) -> (f32, f32) {
        let n = self.question_len.len().max(1) as f32;
        let q: f32 = self.question_len.iter().map(|&l| f32::from(l)).sum();
        let a: f32 = self.answer_len.iter().map(|&l| l as f32).sum();
        ((q / n).max(1.0), (a / n).max(1.0))
    }

    /// BM25 inverse document frequency of term `t`.
    fn idf(&self, t: usize) -> f32 {
        let n = self.question_len.len() as f32;
        let df = self.postings[t].len() as f32;
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }

    /// The dataset words `word` matches, each with its match weight.
    fn word_matches(&self, word: &str, is_last: bool, options: &SearchOptions) -> Vec<(usize, f32)> {
        let mut out: Vec<(usize, f32)> = Vec::new();
        let mut add = |t: usize, w: f32| match out.iter_mut().find(|(o, _)| *o == t) {
            Some((_, old)) => *old = old.max(w),
            None => out.push((t, w)),
        };
        let start = self.terms.partition_point(|t| t.as_str() < word);
        let exact = self.terms.get(start).is_some_and(|t| t == word);
        if exact {
            add(start, 1.0);
            if let Some(group) = self.groups.get(self.stem_group[start] as usize) {
                group.iter().for_each(|&t| add(t as usize, options.stem_weight));
            }
        }
        if is_last && word.chars().count() >= options.min_prefix_len {
            let end = start + self.terms[start..].partition_point(|t| t.starts_with(word));
            for t in self.most_frequent(start..end, options.max_expansions) {
                add(t, options.prefix_weight);
            }
        }
        if !exact {
            let len = word.chars().count();
            let max = if len >= options.two_typos_len { 2 } else { usize::from(len >= options.one_typo_len) };
            if max > 0 {
                let close: Vec<usize> = (0..self.terms.len())
                    .filter(|&t| {
                        let term = &self.terms[t];
                        term.chars().next() == word.chars().next() && edit_distance(word, term, max).is_some()
                    })
                    .collect();
                for t in self.most_frequent(close, options.max_expansions) {
                    add(t, options.fuzzy_weight);
                }
            }
        }
        out
    }

    /// At most `limit` of `terms`, the ones in the most entries.
    fn most_frequent(&self, terms: impl IntoIterator<Item = usize>, limit: usize) -> Vec<usize> {
        let mut terms: Vec<usize> = terms.into_iter().collect();
        if terms.len() > limit {
            terms.sort_by_key(|&t| std::cmp::Reverse(self.postings[t].len()));
            terms.truncate(limit);
        }
        terms
    }
}

/// The query's distinct words (at most [`MAX_QUERY_WORDS`]) without stop
/// words, and its last word; `None` if it has no words at all.
fn query_words(query: &str) -> Option<(Vec<String>, String)> {
    let mut query_words: Vec<String> = Vec::new();
    for (_, word) in words(query) {
        if query_words.len() == MAX_QUERY_WORDS {
            break;
        }
        if !query_words.contains(&word) {
            query_words.push(word);
        }
    }
    let last = query_words.last()?.clone();
    query_words.retain(|w| !STOP_WORDS.contains(&w.as_str()));
    Some((query_words, last))
}

/// The dataset words a query matched: sorted term ids.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MatchedTerms(Vec<u32>);

/// The edit distance between `a` and `b` if it is at most `max`. Edits are
/// insertions, deletions, substitutions and swaps of two neighbouring letters
/// (optimal string alignment, from `strsim`), so "cyts" is one edit from "cyst".
fn edit_distance(a: &str, b: &str, max: usize) -> Option<usize> {
    // Cheap rejection first: the length difference is a lower bound.
    if a.chars().count().abs_diff(b.chars().count()) > max {
        return None;
    }
    Some(strsim::osa_distance(a, b)).filter(|&d| d <= max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_bound() {
        assert_eq!(edit_distance("massge", "massage", 1), Some(1));
        assert_eq!(edit_distance("tumer", "tumor", 1), Some(1));
        assert_eq!(edit_distance("tumer", "tremor", 1), None);
        assert_eq!(edit_distance("angiolipomma", "angiolipoma", 2), Some(1));
        assert_eq!(edit_distance("headache", "heat", 2), None);
        assert_eq!(edit_distance("kitten", "sitting", 3), Some(3));
        assert_eq!(edit_distance("cyts", "cyst", 1), Some(1), "a swap is one edit");
        assert_eq!(edit_distance("", "", 0), Some(0));
    }
}
