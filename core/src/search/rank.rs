//! Ranking: a BM25F score per entry and query word (question boosted), how
//! each word matched the dataset (for [`select`]) and each entry (for the
//! layout of red flags), and the order of hits.

use super::expand::{Candidate, Expansion};
use super::hit::Hit;
use super::options::SearchOptions;
use super::scan::{Corpus, Scan};
use super::select::{select, WordMatch};
use super::sort::{common_prefix, sort_by_key};
use super::SearchIndex;
use crate::model::Faq;

impl SearchIndex {
    /// The entries of `faq` (the dataset this index was built from) matching
    /// `expansion`, best first, and whether they are the closest ones found
    /// by the relaxed rule (see [`select`]). Each query word's candidates are
    /// found by scanning the entries for the words starting with their common
    /// prefixes (one scan per prefix, remembered in `scan` for the next
    /// keystroke).
    pub(crate) fn rank(
        &self,
        faq: &Faq,
        scan: &Scan,
        expansion: &Expansion,
        options: &SearchOptions,
    ) -> (Vec<Hit>, bool) {
        // A query of stop words only ("is it", "what") matches nothing.
        if expansion.words.is_empty() {
            return (Vec::new(), false);
        }
        let corpus = scan.corpus(faq);
        let mut tally = Tally::new(corpus.starts.len());
        let mut words = Vec::with_capacity(expansion.words.len());
        for (candidates, &number) in expansion.words.iter().zip(&expansion.numbers) {
            for group in self.scan_groups(candidates) {
                self.score_group(corpus, scan, group, options, &mut tally);
            }
            words.push(WordMatch { number, ..tally.end_word() });
        }
        let topics = words.iter().filter(|w| w.topic).count() as u8;
        let mut hits = tally.hits;
        for (hit, &its_topics) in hits.iter_mut().zip(&tally.topics) {
            hit.named &= its_topics == topics;
        }
        let relaxed = select(&mut hits, &words);
        sort_by_key(&mut hits, Hit::order);
        hits.truncate(options.result_limit);
        (hits, relaxed)
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
        let scored: Vec<(f32, &Candidate)> =
            group.iter().map(|c| (c.route_weight(options) * self.idf(c.term, n), c)).collect();
        // Term frequencies in the current entry: (candidate, question, answer).
        let mut counts: Vec<(usize, u16, u16)> = Vec::new();
        let mut entry = 0;
        let mut flush = |entry: usize, counts: &mut Vec<(usize, u16, u16)>| {
            let Some((iq, ia)) = inverse_norms(corpus, entry, options.b) else { return };
            for (c, tf_q, tf_a) in counts.drain(..) {
                let (weight, candidate) = scored[c];
                let tf = options.question_boost * f32::from(tf_q) * iq + f32::from(tf_a) * ia;
                let score = weight * tf * (options.k1 + 1.0) / (tf + options.k1);
                // Only a word as written counts towards "matched in the question".
                let in_question = tf_q > 0 && !candidate.synonym;
                let flag = |on: bool, flag: u8| if on { flag } else { 0 };
                let how = flag(in_question, AS_WRITTEN_IN_QUESTION)
                    | flag(candidate.firm, FIRM)
                    | flag(in_question && candidate.firm, FIRM_IN_QUESTION);
                tally.offer(entry, score, how);
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

/// How a word matched in one entry ([`Tally::best`]'s flags): as written in
/// the question (not through a synonym), firmly (see [`Candidate::firm`]),
/// and both.
const AS_WRITTEN_IN_QUESTION: u8 = 1;
const FIRM: u8 = 2;
const FIRM_IN_QUESTION: u8 = 4;

/// The hits so far and the current query word's best score per entry. Work
/// is proportional to the matches, not to the dataset: dense arrays are
/// zeroed once (cheaply) and only touched slots are visited.
struct Tally {
    hits: Vec<Hit>,
    /// Per hit: how many of the query's topic words it matched firmly (see [`Hit::named`]).
    topics: Vec<u8>,
    /// Per entry: its index in `hits`, or `u32::MAX`.
    hit_of: Vec<u32>,
    /// Per entry: the current word's best score, and how it matched there.
    best: Vec<(f32, u8)>,
    /// The entries with a score for the current word.
    touched: Vec<u32>,
}

impl Tally {
    fn new(entries: usize) -> Self {
        Tally {
            hits: Vec::new(),
            topics: Vec::new(),
            hit_of: vec![u32::MAX; entries],
            best: vec![(0.0, 0); entries],
            touched: Vec::new(),
        }
    }

    /// A candidate's score in `entry` and how it matched there: the current
    /// word counts with its best score.
    fn offer(&mut self, entry: usize, score: f32, how: u8) {
        let Some(slot) = self.best.get_mut(entry) else { return };
        if slot.0 == 0.0 {
            self.touched.push(entry as u32);
        }
        slot.0 = slot.0.max(score);
        slot.1 |= how;
    }

    /// Adds the current word's best scores to the hits, and says how the
    /// word matched the dataset.
    fn end_word(&mut self) -> WordMatch {
        // A word found in more than half of the entries hardly narrows the
        // search: it ranks, but an entry need not have it. A word the
        // dataset lacks narrows it to nothing: it counts as distinctive.
        let strong = self.touched.len() * 2 <= self.best.len();
        // A slot is touched again while its score is 0: those are no matches.
        let matched = |&(score, _): &(f32, u8)| score > 0.0;
        let how_anywhere =
            self.touched.iter().map(|&e| self.best[e as usize]).filter(matched).fold(0, |how, (_, h)| how | h);
        let word = WordMatch {
            strong,
            known: self.touched.iter().any(|&e| matched(&self.best[e as usize])),
            firm: how_anywhere & FIRM != 0,
            topic: strong && how_anywhere & FIRM_IN_QUESTION != 0,
            number: false,
        };
        for e in self.touched.drain(..) {
            let e = e as usize;
            let (score, how) = std::mem::take(&mut self.best[e]);
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
                        firm: false,
                        named: false,
                    });
                    self.topics.push(0);
                    self.hits.len() - 1
                }
                i => i as usize,
            };
            let hit = &mut self.hits[i];
            let in_q = how & AS_WRITTEN_IN_QUESTION != 0;
            hit.strong_words += u32::from(strong);
            hit.strong_question_words += u32::from(strong && in_q);
            hit.words += 1;
            hit.question_words += u32::from(in_q);
            hit.score += score;
            hit.firm |= strong && how & FIRM != 0;
            hit.named |= strong && how & FIRM_IN_QUESTION != 0;
            self.topics[i] += u8::from(word.topic && how & FIRM != 0);
        }
        word
    }
}
