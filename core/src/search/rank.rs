//! Ranking: a BM25F score per entry and query word (question boosted), the
//! rule of which query words an entry must match, and the order of hits.

use super::expand::{Candidate, Expansion};
use super::options::SearchOptions;
use super::query::MAX_QUERY_WORDS;
use super::scan::{Corpus, Scan};
use super::sort::{common_prefix, sort_by_key};
use super::SearchIndex;
use crate::model::Faq;

// Hit::order packs each word count into 4 bits.
const _: () = assert!(MAX_QUERY_WORDS <= 15);

/// One matching entry.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    /// The entry's index in [`Faq::entries`].
    pub entry: usize,
    /// How many distinctive query words matched: all but the words found in
    /// more than half of the entries (such as "back" in a back-pain FAQ).
    pub strong_words: u32,
    /// How many of the distinctive words matched in the question.
    pub strong_question_words: u32,
    /// How many (non-stop) query words matched.
    pub words: u32,
    /// How many of them matched in the question.
    pub question_words: u32,
    /// The BM25F score.
    pub score: f32,
}

impl Hit {
    /// The sort key, smaller first: more distinctive words matched, then more
    /// of them in the question, then more words, then more of them in the
    /// question, then a higher score, then file order. Packed as the four
    /// counts (4 bits each: at most [`MAX_QUERY_WORDS`]), the score (31 bits: the bits of
    /// a non-negative `f32` order like its value) and the entry (17 bits),
    /// inverted where larger is better. Entries past 2¹⁷ tie (the parsers
    /// refuse so many: [`crate::MAX_ENTRIES`]).
    fn order(&self) -> u64 {
        const ENTRY_BITS: u32 = 17;
        let count = |n: u32| u64::from(n.min(15));
        let counts = count(self.strong_words) << 12
            | count(self.strong_question_words) << 8
            | count(self.words) << 4
            | count(self.question_words);
        let score = u64::from(self.score.max(0.0).to_bits() & 0x7FFF_FFFF);
        let rank = counts << 31 | score;
        let entry = (self.entry as u64).min((1 << ENTRY_BITS) - 1);
        !(rank << ENTRY_BITS | ((1 << ENTRY_BITS) - 1 - entry))
    }
}

impl SearchIndex {
    /// The entries of `faq` (the dataset this index was built from) matching
    /// `expansion`, best first. Each query word's candidates are found by
    /// scanning the entries for the words starting with their common prefixes
    /// (one scan per prefix, remembered in `scan` for the next keystroke).
    pub(crate) fn rank(&self, faq: &Faq, scan: &Scan, expansion: &Expansion, options: &SearchOptions) -> Vec<Hit> {
        // A query of stop words only ("is it", "what") matches nothing.
        if expansion.words.is_empty() {
            return Vec::new();
        }
        let corpus = scan.corpus(faq);
        let mut tally = Tally::new(corpus.starts.len());
        let mut strong_words = 0;
        for candidates in &expansion.words {
            for group in self.scan_groups(candidates) {
                self.score_group(corpus, scan, group, options, &mut tally);
            }
            strong_words += u32::from(tally.end_word());
        }
        let mut hits = tally.hits;
        keep_required(&mut hits, expansion.words.len() as u32, strong_words);
        sort_by_key(&mut hits, Hit::order);
        hits.truncate(options.result_limit);
        hits
    }

    /// Splits `candidates` (sorted by term, hence by word) into runs sharing a
    /// prefix of at least two characters: one scan finds each run's words.
    fn scan_groups<'c>(&self, candidates: &'c [Candidate]) -> Vec<&'c [Candidate]> {
        let mut runs = Vec::new();
        let mut start = 0;
        for i in 1..=candidates.len() {
            let splits = candidates.get(i).is_none_or(|c| {
                let (a, b) = (&self.terms[candidates[start].term], &self.terms[c.term]);
                common_prefix([a.as_str(), b.as_str()]).chars().count() < 2
            });
            if splits {
                runs.push(&candidates[start..i]);
                start = i;
            }
        }
        runs
    }

    /// Scans for the words of one run of candidates and offers each entry's
    /// BM25F score for them to `tally`.
    fn score_group(
        &self,
        corpus: &Corpus,
        scan: &Scan,
        group: &[Candidate],
        options: &SearchOptions,
        tally: &mut Tally,
    ) {
        let n = corpus.starts.len();
        let prefix = common_prefix(group.iter().map(|c| self.terms[c.term].as_str()));
        // Per candidate: its weight times idf.
        let scored: Vec<(f32, bool)> =
            group.iter().map(|c| (c.route_weight(options) * self.idf(c.term, n), c.synonym)).collect();
        // Term frequencies in the current entry: (candidate, question, answer).
        let mut counts: Vec<(usize, u16, u16)> = Vec::new();
        let mut entry = 0;
        let mut flush = |entry: usize, counts: &mut Vec<(usize, u16, u16)>| {
            let Some((iq, ia)) = inverse_norms(corpus, entry, options.b) else { return };
            for (c, tf_q, tf_a) in counts.drain(..) {
                let (weight, synonym) = scored[c];
                let tf = options.question_boost * f32::from(tf_q) * iq + f32::from(tf_a) * ia;
                let score = weight * tf * (options.k1 + 1.0) / (tf + options.k1);
                // Only a word as written counts towards "matched in the question".
                tally.offer(entry, score, tf_q > 0 && !synonym);
            }
        };
        for o in scan.occurrences(corpus, &self.terms, prefix).iter() {
            let Ok(c) = group.binary_search_by_key(&(o.term as usize), |c| c.term) else { continue };
            let o_entry = o.entry as usize;
            if o_entry != entry {
                flush(entry, &mut counts);
                entry = o_entry;
            }
            let slot = match counts.iter().position(|&(k, _, _)| k == c) {
                Some(i) => &mut counts[i],
                None => {
                    counts.push((c, 0, 0));
                    counts.last_mut().expect("just pushed")
                }
            };
            let tf = if o.in_question { &mut slot.1 } else { &mut slot.2 };
            *tf = tf.saturating_add(1);
        }
        flush(entry, &mut counts);
    }
}

/// BM25 length normalisation of an entry's question and answer: the inverse
/// of `1 - b + b * length / average length`, for each.
fn inverse_norms(corpus: &Corpus, entry: usize, b: f32) -> Option<(f32, f32)> {
    let norm = |len: f32, avg: f32| 1.0 / (1.0 - b + b * len / avg);
    let (q, a) = (*corpus.question_len.get(entry)?, *corpus.answer_len.get(entry)?);
    Some((norm(f32::from(q), corpus.average.0), norm(a as f32, corpus.average.1)))
}

/// The hits so far and the current query word's best score per entry. Work
/// is proportional to the matches, not to the dataset: dense arrays are
/// zeroed once (cheaply) and only touched slots are visited.
struct Tally {
    hits: Vec<Hit>,
    /// Per entry: its index in `hits`, or `u32::MAX`.
    hit_of: Vec<u32>,
    /// Per entry: the current word's best score, and whether it matched in the question.
    best: Vec<(f32, bool)>,
    /// The entries with a score for the current word.
    touched: Vec<u32>,
}

impl Tally {
    fn new(entries: usize) -> Self {
        Tally {
            hits: Vec::new(),
            hit_of: vec![u32::MAX; entries],
            best: vec![(0.0, false); entries],
            touched: Vec::new(),
        }
    }

    /// A candidate's score in `entry`: the current word counts with its best one.
    fn offer(&mut self, entry: usize, score: f32, in_question: bool) {
        let Some(slot) = self.best.get_mut(entry) else { return };
        if slot.0 == 0.0 {
            self.touched.push(entry as u32);
        }
        slot.0 = slot.0.max(score);
        slot.1 |= in_question;
    }

    /// Adds the current word's best scores to the hits. Returns whether the
    /// word is distinctive: a word found in more than half of the entries
    /// hardly narrows the search, so it ranks, but an entry need not have it.
    fn end_word(&mut self) -> bool {
        let strong = self.touched.len() * 2 <= self.best.len();
        for e in self.touched.drain(..) {
            let e = e as usize;
            let (score, in_q) = std::mem::take(&mut self.best[e]);
            if score <= 0.0 {
                continue;
            }
            let i = match self.hit_of[e] {
                u32::MAX => {
                    self.hit_of[e] = self.hits.len() as u32;
                    self.hits.push(Hit {
                        entry: e,
                        strong_words: 0,
                        strong_question_words: 0,
                        words: 0,
                        question_words: 0,
                        score: 0.0,
                    });
                    self.hits.len() - 1
                }
                i => i as usize,
            };
            let hit = &mut self.hits[i];
            hit.strong_words += u32::from(strong);
            hit.strong_question_words += u32::from(strong && in_q);
            hit.words += 1;
            hit.question_words += u32::from(in_q);
            hit.score += score;
        }
        strong
    }
}

/// One- and two-word queries must match every word, longer ones all but
/// one, where a common word counts as matched; but an entry must match a
/// distinctive word if the query has any.
fn keep_required(hits: &mut Vec<Hit>, words: u32, strong_words: u32) {
    let required = if words <= 2 { words } else { words - 1 };
    if strong_words > 0 {
        let required_strong = required.saturating_sub(words - strong_words).max(1);
        hits.retain(|h| h.strong_words >= required_strong);
    } else {
        hits.retain(|h| h.words >= required);
    }
}
