//! The search index, built at build time, and the query matcher.
//!
//! Matching: a query is split into words (folded like the index); every query
//! word must match a word of the entry's question or answer, exactly or as a
//! prefix ("lipo" matches "lipoma"). Ranking, best first: entries where more
//! query words match in the question; then the sum of per-word weights
//! (question above answer, exact above prefix); then file order.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::model::Faq;
use crate::text::words;

/// Query words beyond this many are ignored, bounding the cost of a pasted essay.
pub const MAX_QUERY_WORDS: usize = 16;

/// Per-word weights: where the word matched and how.
const QUESTION_EXACT: u32 = 4;
const QUESTION_PREFIX: u32 = 3;
const ANSWER_EXACT: u32 = 2;
const ANSWER_PREFIX: u32 = 1;

/// An inverted index: every distinct folded word of the dataset, sorted, with
/// the entries it occurs in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SearchIndex {
    /// Distinct folded words, sorted, so a prefix is a contiguous range.
    terms: Vec<String>,
    /// `postings[i]` lists the entries containing `terms[i]`, by entry index.
    postings: Vec<Vec<Posting>>,
    /// How many entries the index covers.
    entry_count: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
struct Posting {
    entry: u32,
    in_question: bool,
}

/// One matching entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// The entry's index in [`Faq::entries`].
    pub entry: usize,
    /// How many query words matched in the question.
    pub question_words: u32,
    /// The sum of the query words' match weights.
    pub score: u32,
}

impl SearchIndex {
    /// Indexes every word of every question and answer.
    pub fn build(faq: &Faq) -> Self {
        let mut map: HashMap<String, Vec<Posting>> = HashMap::new();
        for (i, entry) in faq.entries.iter().enumerate() {
            let entry_id = u32::try_from(i).expect("fewer than 4 billion entries");
            let mut add = |text: &str, in_question: bool| {
                for (_, word) in words(text) {
                    let list = map.entry(word).or_default();
                    match list.last_mut() {
                        Some(p) if p.entry == entry_id => p.in_question |= in_question,
                        _ => list.push(Posting { entry: entry_id, in_question }),
                    }
                }
            };
            add(&entry.question, true);
            entry.answer_texts().for_each(|t| add(t, false));
        }
        let mut pairs: Vec<(String, Vec<Posting>)> = map.into_iter().collect();
        pairs.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let (terms, postings) = pairs.into_iter().unzip();
        let entry_count = u32::try_from(faq.entries.len()).expect("fewer than 4 billion entries");
        SearchIndex { terms, postings, entry_count }
    }

    /// The number of distinct words indexed.
    pub fn term_count(&self) -> usize {
        self.terms.len()
    }

    /// Searches for `query`. `None` means the query has no words (empty, only
    /// spaces, punctuation or emoji): show everything. Otherwise the matching
    /// entries, best first (possibly none).
    pub fn search(&self, query: &str) -> Option<Vec<Hit>> {
        let mut query_words: Vec<String> = Vec::new();
        for (_, word) in words(query) {
            if query_words.len() == MAX_QUERY_WORDS {
                break;
            }
            if !query_words.contains(&word) {
                query_words.push(word);
            }
        }
        if query_words.is_empty() {
            return None;
        }

        // Dense per-entry accumulators: cheaper than maps, even at 10,000 entries.
        let mut weight = vec![0u32; self.entry_count as usize];
        let mut question_words = vec![0u32; weight.len()];
        let mut score = vec![0u32; weight.len()];
        let mut alive: Vec<u32> = Vec::new();
        for (k, word) in query_words.iter().enumerate() {
            self.match_word(word, &mut weight);
            if k == 0 {
                alive = (0..self.entry_count).filter(|&e| weight[e as usize] > 0).collect();
            } else {
                alive.retain(|&e| weight[e as usize] > 0);
            }
            for &e in &alive {
                let w = weight[e as usize];
                question_words[e as usize] += u32::from(w >= QUESTION_PREFIX);
                score[e as usize] += w;
            }
            weight.iter_mut().for_each(|w| *w = 0);
            if alive.is_empty() {
                break;
            }
        }

        let mut hits: Vec<Hit> = alive
            .into_iter()
            .map(|e| Hit { entry: e as usize, question_words: question_words[e as usize], score: score[e as usize] })
            .collect();
        hits.sort_unstable_by(|a, b| {
            b.question_words.cmp(&a.question_words).then(b.score.cmp(&a.score)).then(a.entry.cmp(&b.entry))
        });
        Some(hits)
    }

    /// Sets `best[e]` to the best weight of `word` in entry `e`, for every entry
    /// it matches exactly or as a prefix.
    fn match_word(&self, word: &str, best: &mut [u32]) {
        let start = self.terms.partition_point(|t| t.as_str() < word);
        for (term, postings) in self.terms[start..].iter().zip(&self.postings[start..]) {
            if !term.starts_with(word) {
                break;
            }
            let exact = term.len() == word.len();
            for p in postings {
                let weight = match (p.in_question, exact) {
                    (true, true) => QUESTION_EXACT,
                    (true, false) => QUESTION_PREFIX,
                    (false, true) => ANSWER_EXACT,
                    (false, false) => ANSWER_PREFIX,
                };
                if let Some(slot) = best.get_mut(p.entry as usize) {
                    *slot = (*slot).max(weight);
                }
            }
        }
    }
}
