//! The search index, built at build time, and the query engine.
//!
//! **Index** (built natively by [`SearchIndex::build`]): every distinct folded
//! word of the dataset, sorted, with the number of entries containing it.
//! Words sharing an English Snowball stem form a group ("lipoma", "lipomas");
//! the synonym table forms others. There are no postings: they would outweigh
//! the text itself (7.4 MB for the 10,000-entry dataset, against 3.5 MB).
//!
//! **Scan**: on the first search (or when the search box gets focus) every
//! entry's folded words are written into one string; a query word's dataset
//! words are then found by scanning it for their common prefix, and the
//! occurrences found are remembered, so the next keystroke ("lip" after "li")
//! only filters them.
//!
//! **Query**: the query is split into words like the index; stop words ("is",
//! "what", …) are dropped unless nothing else is left, in which case nothing
//! matches. Each remaining word matches the dataset's words exactly, by stem,
//! through a synonym, as a prefix (the last word only: the patient may still be
//! typing) or, when it has no exact match, by its own stem ("popping" finds
//! "pop") and within a small edit distance.
//!
//! **Ranking**, best first: entries matching more distinctive query words
//! (words found in more than half of the entries, such as "back" in a
//! back-pain FAQ, are not distinctive); then more query words; then more of
//! them in the question; then a BM25F score (question boosted), each word
//! weighted by how it matched ([`SearchOptions`]); then file order. Queries of
//! one or two words must match every word, longer ones may miss one, and a
//! common word counts as matched unless the query has nothing else.

use std::cell::{OnceCell, RefCell};
#[cfg(feature = "parse")]
use std::collections::HashMap;
use std::ops::Range;
use std::rc::Rc;

use rust_stemmers::{Algorithm, Stemmer};

use crate::model::Faq;
use crate::text::{push_words, words};

/// Query words beyond this many are ignored, bounding the cost of a pasted essay.
pub const MAX_QUERY_WORDS: usize = 15;
// Hit::order packs each word count into 4 bits.
const _: () = assert!(MAX_QUERY_WORDS <= 15);

/// At most this many dataset words starting with a query word's stem are
/// stemmed to find the ones sharing it, bounding the cost of a short stem.
const MAX_STEM_COMPARISONS: usize = 256;

/// Only the first this many bytes of a query are read (cut before a word
/// that would be split): a 10,000-character paste costs no more than a sentence.
pub const MAX_QUERY_BYTES: usize = 512;

/// Words too common to narrow a search. A query of only these matches nothing.
const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "am",
    "an",
    "and",
    "any",
    "are",
    "arent",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "cant",
    "could",
    "couldnt",
    "did",
    "didnt",
    "do",
    "does",
    "doesnt",
    "doing",
    "dont",
    "down",
    "during",
    "each",
    "few",
    "for",
    "from",
    "further",
    "get",
    "gets",
    "getting",
    "got",
    "had",
    "hadnt",
    "has",
    "hasnt",
    "have",
    "havent",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "id",
    "if",
    "im",
    "in",
    "into",
    "is",
    "isnt",
    "it",
    "its",
    "itself",
    "ive",
    "just",
    "me",
    "more",
    "most",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "same",
    "she",
    "should",
    "shouldnt",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "versus",
    "very",
    "vs",
    "was",
    "wasnt",
    "we",
    "were",
    "werent",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "wont",
    "would",
    "wouldnt",
    "you",
    "your",
    "youre",
    "yours",
    "yourself",
    "yourselves",
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
    /// Shortest stem of a query word the dataset lacks that matches the
    /// dataset's words with the same stem ("popping", stem "pop", finds
    /// "pop"). Default 3.
    pub min_stem_len: usize,
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
            min_stem_len: 3,
            one_typo_len: 4,
            two_typos_len: 8,
            max_expansions: 50,
            result_limit: 500,
        }
    }
}

/// The search index embedded in the widget: the dataset's vocabulary, built
/// at build time. It holds no postings: a search scans the entries' words
/// (see [`SearchIndex::search_with`]), which keeps the bundle small at any
/// dataset size.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchIndex {
    /// Distinct folded words of the dataset and of the synonym table, sorted,
    /// so a prefix is a contiguous range.
    terms: Vec<String>,
    /// `df[t]`: how many entries contain `terms[t]` as written.
    df: Vec<u32>,
    /// `stem_group[t]`: 0, or 1 + the index in `groups` of the words sharing
    /// `terms[t]`'s stem.
    stem_group: Vec<u32>,
    /// Term ids of each stem group with more than one word (others are implicit).
    groups: Vec<Vec<u32>>,
    /// `synonym_group[t]`: 0, or 1 + the index in `synonym_groups`.
    synonym_group: Vec<u32>,
    /// Term ids of each synonym group.
    synonym_groups: Vec<Vec<u32>>,
    /// Derived from the entries on the first search; never stored.
    scan: ScanState,
}

/// The stored parts of a [`SearchIndex`], borrowed (see [`SearchIndex::parts`]).
pub(crate) struct Parts<'a> {
    /// The distinct words, sorted.
    pub(crate) terms: &'a [String],
    /// How many entries contain each term.
    pub(crate) df: &'a [u32],
    /// The term ids of each stem group.
    pub(crate) groups: &'a [Vec<u32>],
    /// The term ids of each synonym group.
    pub(crate) synonym_groups: &'a [Vec<u32>],
}

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

/// Separates entries in [`Corpus::text`].
const ENTRY_MARK: u8 = 1;
/// Separates an entry's question from its answer in [`Corpus::text`].
const ANSWER_MARK: u8 = 2;
/// Scans remembered for reuse while the patient types.
const REMEMBERED_SCANS: usize = 24;

/// The entries' folded words in one string, for scanning: per entry,
/// `ENTRY_MARK`, then ` word` for each question word, `ANSWER_MARK`, then
/// ` word` for each answer word; one final `ENTRY_MARK`. Each word is preceded
/// by a space, so ` lip` finds exactly the words starting with "lip".
#[derive(Debug)]
struct Corpus {
    text: String,
    /// Per entry: the offsets of its `ENTRY_MARK` and of its `ANSWER_MARK`.
    starts: Vec<(u32, u32)>,
    /// Words in each entry's question and answer, for length normalisation.
    question_len: Vec<u16>,
    answer_len: Vec<u32>,
    /// The mean of each (at least 1).
    average: (f32, f32),
}

impl Corpus {
    fn new(faq: &Faq) -> Self {
        let mut corpus = Corpus {
            text: String::new(),
            starts: Vec::new(),
            question_len: Vec::new(),
            answer_len: Vec::new(),
            average: (1.0, 1.0),
        };
        let offset = |text: &String| u32::try_from(text.len()).unwrap_or(u32::MAX);
        for entry in &faq.entries {
            let entry_start = offset(&corpus.text);
            corpus.text.push(char::from(ENTRY_MARK));
            let question = push_words(&entry.question, &mut corpus.text);
            let answer_start = offset(&corpus.text);
            corpus.text.push(char::from(ANSWER_MARK));
            let answer = entry.answer_texts().map(|t| push_words(t, &mut corpus.text)).sum();
            corpus.starts.push((entry_start, answer_start));
            corpus.question_len.push(u16::try_from(question).unwrap_or(u16::MAX));
            corpus.answer_len.push(answer);
        }
        corpus.text.push(char::from(ENTRY_MARK));
        let n = corpus.starts.len().max(1) as f32;
        let q: f32 = corpus.question_len.iter().map(|&l| f32::from(l)).sum();
        let a: f32 = corpus.answer_len.iter().map(|&l| l as f32).sum();
        corpus.average = ((q / n).max(1.0), (a / n).max(1.0));
        corpus
    }

    /// The bytes of the word starting at byte `pos`.
    fn word_at(&self, pos: usize) -> &[u8] {
        let rest = self.text.as_bytes().get(pos..).unwrap_or_default();
        let end = rest.iter().position(|&b| matches!(b, b' ' | ENTRY_MARK | ANSWER_MARK)).unwrap_or(rest.len());
        &rest[..end]
    }

    /// Every occurrence of a word beginning with `prefix`, in corpus order,
    /// resolved to its entry and its id in `terms`.
    fn scan(&self, prefix: &str, terms: &[String]) -> Vec<Occurrence> {
        let mut needle = String::with_capacity(prefix.len() + 1);
        needle.push(' ');
        needle.push_str(prefix);
        let mut entry = 0;
        let mut found = Vec::new();
        // Every word found starts with `prefix`: look it up among those terms only.
        let range = prefix_range(terms, prefix);
        let (from, with_prefix) = (range.start, &terms[range]);
        for i in memchr::memmem::find_iter(self.text.as_bytes(), needle.as_bytes()) {
            let start = i + 1;
            let word = self.word_at(start);
            // Every word of the corpus is a term; the check only guards damaged data.
            let Ok(term) = with_prefix.binary_search_by(|t| t.as_bytes().cmp(word)) else { continue };
            let term = from + term;
            while self.starts.get(entry + 1).is_some_and(|&(s, _)| (s as usize) < start) {
                entry += 1;
            }
            let in_question = self.starts.get(entry).is_some_and(|&(_, answer)| start < answer as usize);
            found.push(Occurrence { entry: entry as u32, term: term as u32, in_question });
        }
        found
    }
}

/// A word of the corpus found by a scan.
#[derive(Debug, Clone, Copy)]
struct Occurrence {
    entry: u32,
    /// Its index in [`SearchIndex::terms`].
    term: u32,
    in_question: bool,
}

/// The lazily derived [`Corpus`] and the recent scans over it. A cache: it
/// compares equal to any other and clones empty.
#[derive(Debug, Default)]
struct ScanState {
    corpus: OnceCell<Corpus>,
    /// (prefix, occurrences) of recent scans, most recent last.
    recent: RefCell<Vec<(String, Rc<[Occurrence]>)>>,
}

impl Clone for ScanState {
    fn clone(&self) -> Self {
        ScanState::default()
    }
}

impl PartialEq for ScanState {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Eq for ScanState {}

impl ScanState {
    /// The occurrences of the words beginning with `prefix`, reusing a
    /// recent scan for the same prefix or for a shorter one (typing "lip"
    /// after "li" keeps the words of the "li" scan that are in the range of
    /// terms starting with "lip").
    fn occurrences(&self, corpus: &Corpus, terms: &[String], prefix: &str) -> Rc<[Occurrence]> {
        let mut recent = self.recent.borrow_mut();
        let found = recent
            .iter()
            .enumerate()
            .filter(|(_, (p, _))| prefix.starts_with(p.as_str()))
            .max_by_key(|(_, (p, _))| p.len())
            .map(|(i, (p, occurrences))| (i, p.len() == prefix.len(), Rc::clone(occurrences)));
        let occurrences: Rc<[Occurrence]> = match found {
            Some((i, true, occurrences)) => {
                let item = recent.remove(i);
                recent.push(item);
                return occurrences;
            }
            Some((_, false, wider)) => {
                let range = prefix_range(terms, prefix);
                wider.iter().copied().filter(|o| range.contains(&(o.term as usize))).collect()
            }
            None => corpus.scan(prefix, terms).into(),
        };
        if recent.len() == REMEMBERED_SCANS {
            recent.remove(0);
        }
        recent.push((prefix.to_owned(), Rc::clone(&occurrences)));
        occurrences
    }
}

/// A dataset word a query word matches, and how.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    term: usize,
    weight: f32,
    /// Reached through the synonym table: never counts as "in the question".
    synonym: bool,
}

fn group_index(groups: &[Vec<u32>], terms: usize) -> Vec<u32> {
    let mut index = vec![0; terms];
    for (g, members) in groups.iter().enumerate() {
        for &t in members {
            if let Some(slot) = index.get_mut(t as usize) {
                *slot = g as u32 + 1;
            }
        }
    }
    index
}

impl SearchIndex {
    /// Collects every distinct word of every question and answer (and of the
    /// synonym table), with how many entries contain it and its stem group.
    /// `synonyms` lists groups of words to treat as one (folded like the index;
    /// see `data/synonyms.txt`).
    #[cfg(feature = "parse")]
    pub fn build(faq: &Faq, synonyms: &[Vec<String>]) -> Self {
        let mut df: HashMap<String, u32> = HashMap::new();
        for entry in &faq.entries {
            let mut seen: Vec<String> = std::iter::once(entry.question.as_str())
                .chain(entry.answer_texts())
                .flat_map(|text| words(text).map(|(_, w)| w))
                .collect();
            seen.sort_unstable();
            seen.dedup();
            for word in seen {
                *df.entry(word).or_default() += 1;
            }
        }
        for word in synonyms.iter().flatten() {
            df.entry(word.clone()).or_default();
        }
        let mut pairs: Vec<(String, u32)> = df.into_iter().collect();
        pairs.sort_unstable();
        let (terms, df): (Vec<String>, Vec<u32>) = pairs.into_iter().unzip();

        // Stem groups of two or more words.
        let stemmer = Stemmer::create(Algorithm::English);
        let mut by_stem: HashMap<String, Vec<u32>> = HashMap::new();
        for (t, term) in terms.iter().enumerate() {
            if let Some(stem) = english_stem(&stemmer, term) {
                by_stem.entry(stem.into_owned()).or_default().push(t as u32);
            }
        }
        let mut groups: Vec<Vec<u32>> = by_stem.into_values().filter(|g| g.len() > 1).collect();
        groups.sort_unstable();
        let synonym_groups: Vec<Vec<u32>> = synonyms
            .iter()
            .map(|group| group.iter().filter_map(|w| terms.binary_search(w).ok()).map(|t| t as u32).collect())
            .collect();
        SearchIndex::from_parts(terms, df, groups, synonym_groups)
    }

    /// The index of these parts (as [`SearchIndex::parts`] gives them), with
    /// the per-term group lookups derived. Every id in the groups must be
    /// below `terms.len()`, and `df` as long as `terms`: the codec checks this
    /// before it calls.
    pub(crate) fn from_parts(
        terms: Vec<String>,
        df: Vec<u32>,
        groups: Vec<Vec<u32>>,
        synonym_groups: Vec<Vec<u32>>,
    ) -> Self {
        debug_assert_eq!(df.len(), terms.len());
        debug_assert!(groups.iter().chain(&synonym_groups).flatten().all(|&t| (t as usize) < terms.len()));
        SearchIndex {
            stem_group: group_index(&groups, terms.len()),
            synonym_group: group_index(&synonym_groups, terms.len()),
            terms,
            df,
            groups,
            synonym_groups,
            scan: ScanState::default(),
        }
    }

    /// What the codec stores; the rest is derived by [`SearchIndex::from_parts`].
    pub(crate) fn parts(&self) -> Parts<'_> {
        Parts { terms: &self.terms, df: &self.df, groups: &self.groups, synonym_groups: &self.synonym_groups }
    }

    /// The number of distinct words indexed.
    pub fn term_count(&self) -> usize {
        self.terms.len()
    }

    /// Prepares `faq`'s words for scanning, if not yet done. The first search
    /// does it anyway; calling this when idle takes that cost off a keystroke.
    pub fn prepare(&self, faq: &Faq) {
        self.corpus(faq);
    }

    /// Forgets recent scans (for benchmarks of a first search).
    pub fn forget_scans(&self) {
        self.scan.recent.borrow_mut().clear();
    }

    fn corpus(&self, faq: &Faq) -> &Corpus {
        self.scan.corpus.get_or_init(|| Corpus::new(faq))
    }

    /// [`SearchIndex::search_with`] the default options.
    pub fn search(&self, faq: &Faq, query: &str) -> Option<Vec<Hit>> {
        self.search_with(faq, query, &SearchOptions::default())
    }

    /// Searches `faq` (the dataset this index was built from) for `query`.
    /// `None` means the query has no words (empty, only spaces, punctuation or
    /// emoji): show everything. Otherwise the matching entries, best first
    /// (possibly none).
    ///
    /// Each query word's candidate dataset words are found in the index; then
    /// the entries are scanned for the words starting with their common
    /// prefixes (one scan per prefix, remembered for the next keystroke).
    pub fn search_with(&self, faq: &Faq, query: &str, options: &SearchOptions) -> Option<Vec<Hit>> {
        let (query_words, last) = query_words(query)?;
        // A query of stop words only ("is it", "what") matches nothing.
        if query_words.is_empty() {
            return Some(Vec::new());
        }

        let corpus = self.corpus(faq);
        let n = corpus.starts.len();
        // BM25 length normalisation of an entry's question and answer.
        let inv_norm = |entry: usize| -> Option<(f32, f32)> {
            let norm = |len: f32, avg: f32| 1.0 / (1.0 - options.b + options.b * len / avg);
            let (q, a) = (*corpus.question_len.get(entry)?, *corpus.answer_len.get(entry)?);
            Some((norm(f32::from(q), corpus.average.0), norm(a as f32, corpus.average.1)))
        };

        // Work is proportional to the matches, not to the dataset: dense
        // arrays are zeroed once (cheaply) and only touched slots are visited.
        let mut hits: Vec<Hit> = Vec::new();
        let mut hit_of = vec![u32::MAX; n];
        let mut best = vec![(0f32, false); n];
        let mut touched: Vec<u32> = Vec::new();
        let mut strong_words = 0;
        for word in &query_words {
            let mut candidates = self.candidates(word, *word == last, options);
            sort_by_key(&mut candidates, |c| c.term as u64);
            for group in self.scan_groups(&candidates) {
                let prefix = common_prefix(group.iter().map(|c| self.terms[c.term].as_str()));
                // Per candidate: its weight times idf.
                let scored: Vec<(f32, bool)> = group
                    .iter()
                    .map(|c| {
                        let synonym = if c.synonym { options.synonym_weight } else { 1.0 };
                        (c.weight * synonym * self.idf(c.term, n), c.synonym)
                    })
                    .collect();
                // Term frequencies in the current entry: (candidate, question, answer).
                let mut counts: Vec<(usize, u16, u16)> = Vec::new();
                let mut entry = 0;
                let mut flush = |entry: usize, counts: &mut Vec<(usize, u16, u16)>| {
                    let (Some((iq, ia)), Some(slot)) = (inv_norm(entry), best.get_mut(entry)) else { return };
                    for (c, tf_q, tf_a) in counts.drain(..) {
                        let (weight, synonym) = scored[c];
                        let tf = options.question_boost * f32::from(tf_q) * iq + f32::from(tf_a) * ia;
                        let score = weight * tf * (options.k1 + 1.0) / (tf + options.k1);
                        if slot.0 == 0.0 {
                            touched.push(entry as u32);
                        }
                        slot.0 = slot.0.max(score);
                        // Only a word as written counts towards "matched in the question".
                        slot.1 |= tf_q > 0 && !synonym;
                    }
                };
                for o in self.scan.occurrences(corpus, &self.terms, prefix).iter() {
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
            // A word found in more than half of the entries hardly narrows
            // the search: it ranks, but an entry need not have it.
            let strong = touched.len() * 2 <= n;
            strong_words += u32::from(strong);
            for e in touched.drain(..) {
                let e = e as usize;
                let (score, in_q) = std::mem::take(&mut best[e]);
                if score <= 0.0 {
                    continue;
                }
                let i = match hit_of[e] {
                    u32::MAX => {
                        hit_of[e] = hits.len() as u32;
                        hits.push(Hit {
                            entry: e,
                            strong_words: 0,
                            strong_question_words: 0,
                            words: 0,
                            question_words: 0,
                            score: 0.0,
                        });
                        hits.len() - 1
                    }
                    i => i as usize,
                };
                let hit = &mut hits[i];
                hit.strong_words += u32::from(strong);
                hit.strong_question_words += u32::from(strong && in_q);
                hit.words += 1;
                hit.question_words += u32::from(in_q);
                hit.score += score;
            }
        }

        // One- and two-word queries must match every word, longer ones all
        // but one, where a common word counts as matched; but an entry must
        // match a distinctive word if the query has any.
        let words = query_words.len() as u32;
        let required = if words <= 2 { words } else { words - 1 };
        if strong_words > 0 {
            let required_strong = required.saturating_sub(words - strong_words).max(1);
            hits.retain(|h| h.strong_words >= required_strong);
        } else {
            hits.retain(|h| h.words >= required);
        }
        sort_by_key(&mut hits, Hit::order);
        hits.truncate(options.result_limit);
        Some(hits)
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

    /// The dataset words a query matches (by any route: as written, stem,
    /// synonym, prefix, typo), for [`SearchIndex::highlight`].
    pub fn matched_terms(&self, query: &str, options: &SearchOptions) -> MatchedTerms {
        let Some((query_words, last)) = query_words(query) else { return MatchedTerms::default() };
        let mut ids: Vec<u32> = query_words
            .iter()
            .flat_map(|word| self.candidates(word, *word == last, options))
            .map(|c| c.term as u32)
            .collect();
        sort_by_key(&mut ids, |&t| u64::from(t));
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

    /// A corrected query when `query` matches nothing in `faq` but a close
    /// spelling of its words would ("angiolipomma lumb" → "angiolipoma lump").
    /// Words found in the dataset are kept; others become the most frequent
    /// dataset word within two edits. `None` when no correction finds anything.
    pub fn suggest(&self, faq: &Faq, query: &str, options: &SearchOptions) -> Option<String> {
        if self.search_with(faq, query, options).is_none_or(|hits| !hits.is_empty()) {
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
                .filter(|&(t, _)| self.df[t] > 0)
                .filter_map(|(t, term)| edit_distance(&word, term, 2).map(|d| (d, std::cmp::Reverse(self.df[t]), term)))
                .min()?;
            corrected.push(best.2.clone());
            changed = true;
        }
        let corrected = corrected.join(" ");
        (changed && self.search_with(faq, &corrected, options).is_some_and(|hits| !hits.is_empty()))
            .then_some(corrected)
    }

    /// BM25 inverse document frequency of term `t` among `n` entries.
    fn idf(&self, t: usize, n: usize) -> f32 {
        let df = self.df.get(t).copied().unwrap_or(0) as f32;
        (1.0 + (n as f32 - df + 0.5) / (df + 0.5)).ln()
    }

    /// The members of `t`'s group in `groups`, per the `index` (0 = none).
    fn group<'g>(groups: &'g [Vec<u32>], index: &[u32], t: usize) -> &'g [u32] {
        index.get(t).and_then(|&g| groups.get((g as usize).checked_sub(1)?)).map_or(&[], Vec::as_slice)
    }

    /// The dataset words `word` matches, each with its match weight, and
    /// their synonyms.
    fn candidates(&self, word: &str, is_last: bool, options: &SearchOptions) -> Vec<Candidate> {
        let mut out: Vec<Candidate> = Vec::new();
        let mut add = |term: usize, weight: f32, synonym: bool| {
            match out.iter_mut().find(|c| c.term == term) {
                // The best route wins; as written beats through a synonym.
                Some(c) if c.weight * if c.synonym { 0.5 } else { 1.0 } < weight * if synonym { 0.5 } else { 1.0 } => {
                    *c = Candidate { term, weight, synonym }
                }
                Some(_) => {}
                None => out.push(Candidate { term, weight, synonym }),
            }
        };
        let mut direct: Vec<(usize, f32)> = Vec::new();
        let with_word_as_prefix = prefix_range(&self.terms, word);
        let start = with_word_as_prefix.start;
        let exact = self.terms.get(start).is_some_and(|t| t == word);
        if exact {
            direct.push((start, 1.0));
            for &t in Self::group(&self.groups, &self.stem_group, start) {
                direct.push((t as usize, options.stem_weight));
            }
        }
        if is_last && word.chars().count() >= options.min_prefix_len {
            for t in self.most_frequent(with_word_as_prefix, options.max_expansions) {
                direct.push((t, options.prefix_weight));
            }
        }
        if !exact {
            // A form the dataset lacks: its words with the same stem.
            let stemmer = Stemmer::create(Algorithm::English);
            let stem = english_stem(&stemmer, word).filter(|stem| stem.len() >= options.min_stem_len);
            if let Some(stem) = stem {
                let same_stem = prefix_range(&self.terms, &stem)
                    .take(MAX_STEM_COMPARISONS)
                    .filter(|&t| english_stem(&stemmer, &self.terms[t]).as_ref() == Some(&stem));
                for t in same_stem {
                    direct.push((t, options.stem_weight));
                }
            }
            let len = word.chars().count();
            let max = if len >= options.two_typos_len { 2 } else { usize::from(len >= options.one_typo_len) };
            if max > 0 {
                // Typos keep the first letter: only the (contiguous) terms
                // starting with it are compared.
                let first = word.chars().next().map_or("", |c| &word[..c.len_utf8()]);
                let close: Vec<usize> = prefix_range(&self.terms, first)
                    .filter(|&t| edit_distance(word, &self.terms[t], max).is_some())
                    .collect();
                for t in self.most_frequent(close, options.max_expansions) {
                    direct.push((t, options.fuzzy_weight));
                }
            }
        }
        for (t, weight) in direct {
            add(t, weight, false);
            for &s in Self::group(&self.synonym_groups, &self.synonym_group, t) {
                add(s as usize, weight, true);
            }
        }
        out
    }

    /// At most `limit` of `terms`, the ones in the most entries.
    fn most_frequent(&self, terms: impl IntoIterator<Item = usize>, limit: usize) -> Vec<usize> {
        let mut terms: Vec<usize> = terms.into_iter().collect();
        if terms.len() > limit {
            // Most entries first; ties in term order (ids are below 2³²).
            let df = |t: usize| u64::from(self.df.get(t).copied().unwrap_or(0));
            sort_by_key(&mut terms, |&t| (u64::from(u32::MAX) - df(t)) << 32 | t as u64);
            terms.truncate(limit);
        }
        terms
    }
}

/// The English Snowball stem of a folded `word`, if it is plain ASCII
/// letters and digits: other words are not English words to stem. A query
/// word reaches the stemmer as typed, and rust-stemmers 1.2 has a reported
/// byte-slicing panic on Greek input (its Greek algorithm); 2 million random
/// mixed-script words found none in its English one, but nothing is lost by
/// keeping non-ASCII text away from it.
fn english_stem<'w>(stemmer: &Stemmer, word: &'w str) -> Option<std::borrow::Cow<'w, str>> {
    word.bytes().all(|b| b.is_ascii_alphanumeric()).then(|| stemmer.stem(word))
}

/// Sorts `items` by `key`, stably. Every sort in the widget goes through
/// [`sort_pairs`], so the `.wasm` carries one sort routine rather than one
/// per element type and comparison.
fn sort_by_key<T: Copy>(items: &mut Vec<T>, key: impl Fn(&T) -> u64) {
    let mut order: Vec<(u64, u32)> = items.iter().enumerate().map(|(i, item)| (key(item), i as u32)).collect();
    sort_pairs(&mut order);
    *items = order.iter().map(|&(_, i)| items[i as usize]).collect();
}

/// The one sort: by key, then by index.
#[inline(never)]
fn sort_pairs(pairs: &mut [(u64, u32)]) {
    pairs.sort_unstable();
}

/// The ids of the sorted `terms` that start with `prefix`: a contiguous range.
fn prefix_range(terms: &[String], prefix: &str) -> Range<usize> {
    let from = terms.partition_point(|t| t.as_str() < prefix);
    from..from + terms[from..].partition_point(|t| t.starts_with(prefix))
}

/// The longest common prefix of `words`, on a character boundary.
fn common_prefix<'w>(words: impl IntoIterator<Item = &'w str>) -> &'w str {
    let mut words = words.into_iter();
    let Some(mut prefix) = words.next() else { return "" };
    for word in words {
        let len = prefix
            .char_indices()
            .zip(word.chars())
            .find(|((_, a), b)| a != b)
            .map_or(prefix.len().min(word.len()), |((i, _), _)| i);
        // `len` is a boundary of `prefix`; clamp for a shorter `word` too.
        let mut len = len.min(prefix.len());
        while !prefix.is_char_boundary(len) {
            len -= 1;
        }
        prefix = &prefix[..len];
    }
    prefix
}

/// The query's distinct words (at most [`MAX_QUERY_WORDS`], from its first
/// [`MAX_QUERY_BYTES`]) without stop
/// words, and its last word; `None` if it has no words at all.
fn query_words(query: &str) -> Option<(Vec<String>, String)> {
    let query = if query.len() > MAX_QUERY_BYTES {
        let mut end = MAX_QUERY_BYTES;
        while !query.is_char_boundary(end) {
            end -= 1;
        }
        // Drop a word cut in two ("lipoma lip|oma" reads "lipoma").
        let head = &query[..end];
        head.rfind(|c: char| !c.is_alphanumeric()).map_or(head, |i| &head[..i])
    } else {
        query
    };
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

impl MatchedTerms {
    /// No words: highlighting with it marks nothing.
    pub const NONE: MatchedTerms = MatchedTerms(Vec::new());
}

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
