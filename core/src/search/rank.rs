//! Ranking: a BM25F score per entry and query word (question boosted), how
//! each word matched the dataset (for [`select`]) and each entry (for the
//! layout of red flags), and the order of hits.

use super::expand::{Candidate, Expansion};
use super::hit::Hit;
use super::options::SearchOptions;
use super::order::{implied_words_out_of_questions, same_opening_first, what_first};
use super::scan::{Corpus, Scan};
use super::select::{select, Rule, Words};
use super::sort::{common_prefix, sort_by_key_and_keep};
use super::SearchIndex;
use crate::language::Language;
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
        language: &Language,
        options: &SearchOptions,
    ) -> (Vec<Hit>, bool) {
        // A query of stop words only ("is it", "what") matches nothing.
        if expansion.words.is_empty() {
            return (Vec::new(), false);
        }
        let corpus = scan.corpus(faq);
        let mut tally = Tally::new(corpus.starts.len(), options);
        for candidates in &expansion.words {
            // A word no entry has firmly but through a synonym: the synonym
            // stands in for it, in the question too ("zit" for "pimple").
            // In a query of two words or more, any synonym in a question
            // counts there: "malignant lump" asks about "cancerous lumps"
            // more than about removal, whose answer has "malignant growths".
            // Not one word alone: "nodules" asks for the answers with that
            // word, not for every question with "lump".
            let mut word = self.word_idf(candidates, corpus.starts.len());
            if word.stand_in {
                tally.words.stand_in |= 1u16.checked_shl(tally.words.count).unwrap_or(0);
            }
            word.synonym_in_question |= expansion.words.len() > 1;
            for group in self.scan_groups(candidates) {
                self.score_group(corpus, scan, group, word, options, &mut tally);
            }
            tally.end_word();
        }
        // A hit is named only if it has every topic word of the query firmly.
        let topics = tally.words.topic;
        let mut hits = tally.hits;
        for hit in hits.iter_mut().filter(|h| h.named) {
            hit.named = tally.slots[hit.entry].firm_words & topics == topics;
        }
        let mut words = Words { number: expansion.numbers, ..tally.words };
        let slots = &tally.slots;
        words.implied = implied_words_out_of_questions(&mut hits, &words, |e| (slots[e].matched, slots[e].in_question));
        // A query of common words and one distinctive word that no question
        // has firmly asks about that word as the common ones qualify it:
        // "dolor de cabeza" (headache) in a back-pain FAQ, whose one "cabeza"
        // is in an answer on back pain ("echar la cabeza hacia adelante", 14
        // words after its "dolor"). An entry with both in its answer, and the
        // distinctive word in no way in its question, answers it only if its
        // answer has them near each other (`near_window`). Measured on every
        // query set: the same rule for any query whose distinctive words are
        // in answers only, or with several distinctive words, lost in-domain
        // questions whose answers are lists ("bowel problems back pain").
        // (Before the test that uses it: inside, the same code measured 77
        // bytes brotli more, brotli's jitter; it costs nothing natively.)
        let distinctive = words.strong.trailing_zeros() as usize;
        if words.topic == 0 && words.strong.count_ones() == 1 && words.count > 1 {
            // The positions of the latest distinctive and other query word seen.
            let near = |entry: usize| {
                let (mut its, mut other) = (None, None);
                for (at, word) in corpus.words(entry, false).enumerate() {
                    let of =
                        expansion.words.iter().position(|of| of.iter().any(|c| self.terms[c.term].as_bytes() == word));
                    match of {
                        Some(i) if i == distinctive => its = Some(at),
                        Some(_) => other = Some(at),
                        None => continue,
                    }
                    if let (Some(a), Some(b)) = (its, other) {
                        if a.abs_diff(b) <= options.near_window {
                            return true;
                        }
                    }
                }
                its.is_none() || other.is_none()
            };
            hits.retain(|h| h.words < 2 || h.strong_question_words > 0 || near(h.entry));
        }
        let relaxed = match select(&mut hits, &words) {
            Rule::Strict => false,
            Rule::Relaxed => true,
            Rule::Unsupported => {
                // The query shares only the dataset's common words with it,
                // firmly, two or more ("back pain with a fever and chills" in
                // a back-pain FAQ): it is about the clinic's topic, in words
                // the answers do not use. Nothing answers it, but the red
                // flags that match every one of those words say when to seek
                // care. One common word is no topic: "tooth pain" is not.
                let common = words.firm & !words.strong & !words.number;
                let urgent = |e: usize| faq.entries.get(e).is_some_and(|entry| entry.urgent);
                let topical = common.count_ones() >= 2;
                hits.retain(|h| topical && urgent(h.entry) && tally.slots[h.entry].firm_words & common == common);
                !hits.is_empty()
            }
        };
        sort_by_key_and_keep(&mut hits, Hit::order, options.result_limit);
        what_first(&mut hits, corpus, |e| tally.slots[e].in_question, &words, language, expansion);
        // One word opens nothing but a question word (see `same_opening_first`).
        let opening = expansion.opening.as_str();
        if expansion.asks.is_some() || opening.contains(' ') {
            same_opening_first(&mut hits, corpus, opening, expansion.asks.is_some());
        }
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

    /// The idf of a query word, which its firm forms share (see
    /// [`Candidate::firm`] and its synonyms; a prefix or a typo keeps its
    /// own), and whether a synonym stands in for it (and so counts in a
    /// question). As written, if an entry has it, else its most common other
    /// form's; a word no entry has in any form is read through its synonyms,
    /// which share the most common one's idf. BM25 over stems weighs a word
    /// so; each form weighing its own rarity let a rare form outrank the
    /// word itself ("lipoma" answered first by the one question with
    /// "lipomas", above "¿Qué es un lipoma?"; "bola de grasa" by "nódulos de
    /// grasa" above "bulto blando de grasa"), and a rare synonym did too
    /// once a synonym counted in a question ("swelling back": "puffy" above
    /// "swollen"). The word as written still weighs more than another form
    /// ([`SearchOptions::stem_weight`]) or a synonym. An
    /// idf of 0: no entry has a firm form of it (an idf is otherwise
    /// positive); a number, not an `Option`, measured 39 bytes smaller brotli.
    /// A word the dataset has as a typo or a prefix of its words is no word
    /// it lacks: its synonyms stand in for nothing (session 25: "ciatcia",
    /// a typo of "ciática", put "¿Qué es una hernia de disco?", with a
    /// synonym in its question, above "¿Qué es la ciática…?"; on every set,
    /// four first places won, one lost).
    fn word_idf(&self, candidates: &[Candidate], n: usize) -> WordIdf {
        // The firm candidate with the highest weight that an entry has (the
        // word as written), the most common of equals: (weight, df, term);
        // synonyms only if nothing else.
        let best = |synonyms: bool| {
            let mut best: Option<(f32, u32, usize)> = None;
            for c in candidates.iter().filter(|c| c.firm() && c.synonym == synonyms) {
                let df = self.df.get(c.term).copied().unwrap_or(0);
                if df > 0 && best.is_none_or(|(weight, most, _)| c.weight > weight || (c.weight == weight && df > most))
                {
                    best = Some((c.weight, df, c.term));
                }
            }
            best
        };
        match best(false) {
            Some((_, _, term)) => WordIdf { idf: self.idf(term, n), stand_in: false, synonym_in_question: false },
            None if candidates.iter().any(|c| !c.synonym && self.df.get(c.term).is_some_and(|&df| df > 0)) => {
                WordIdf { idf: 0.0, stand_in: false, synonym_in_question: false }
            }
            None => {
                let idf = best(true).map_or(0.0, |(_, _, term)| self.idf(term, n));
                WordIdf { idf, stand_in: true, synonym_in_question: true }
            }
        }
    }

    /// Scans for the words of one run of candidates and offers each entry's
    /// term frequencies of them to `tally` with their weights, its firm forms
    /// with the word's idf (if not 0).
    // Not inlined into `rank`: inlined (as it was once `rank` worked out each
    // word's idf), its scan loop measured 3–5% slower natively (criterion,
    // 13 queries on 10k entries, nothing remembered: 9.04 ms, 8.65 not inlined;
    // session 10's code 8.56). The `.wasm` is 6 bytes larger brotli.
    #[inline(never)]
    fn score_group(
        &self,
        corpus: &Corpus,
        scan: &Scan,
        group: &[Candidate],
        word: WordIdf,
        options: &SearchOptions,
        tally: &mut Tally,
    ) {
        let n = corpus.starts.len();
        let prefix = common_prefix(group.iter().map(|c| self.terms[c.term].as_str()));
        let WordIdf { idf, stand_in, synonym_in_question } = word;
        // Per candidate: its weight times idf, and how it matches an entry
        // without it in the question and with it there.
        // Pushed, not collected: a `collect` is code of its own in the `.wasm`.
        let mut scored: Vec<(f32, [u8; 2])> = Vec::with_capacity(group.len());
        for c in group {
            let firm = if c.firm() { FIRM } else { 0 };
            // A synonym counts towards "matched in the question" only
            // as `word` says, and never names an entry.
            let in_question = match (c.synonym, synonym_in_question) {
                (false, _) => IN_QUESTION | firm << 1,
                (true, true) => IN_QUESTION,
                (true, false) => 0,
            };
            let idf = if idf > 0.0 && c.firm() { idf } else { self.idf(c.term, n) };
            let weight =
                if stand_in && c.synonym { c.weight * options.stand_in_weight } else { c.route_weight(options) };
            scored.push((weight * idf, [firm, firm | in_question]));
        }
        // Term frequencies in the current entry: (candidate, question, answer).
        let mut counts: Vec<(usize, u16, u16)> = Vec::new();
        let mut entry = 0;
        let mut flush = |entry: usize, counts: &mut Vec<(usize, u16, u16)>| {
            let Some((iq, ia)) = inverse_norms(corpus, entry, options.b) else { return };
            for (c, tf_q, tf_a) in counts.drain(..) {
                let (weight, how) = scored[c];
                let tf = options.question_boost * f32::from(tf_q) * iq + f32::from(tf_a) * ia;
                tally.offer(entry, weight, tf, how[usize::from(tf_q > 0)]);
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

/// A query word's shared idf, whether a synonym stands in for it (see
/// `SearchIndex::word_idf`), and whether a synonym of it in a question
/// counts as the word there (see `SearchIndex::rank`).
#[derive(Clone, Copy)]
struct WordIdf {
    idf: f32,
    stand_in: bool,
    synonym_in_question: bool,
}

/// BM25 length normalisation of an entry's question and answer: the inverse
/// of `1 - b + b * length / average length`, for each.
fn inverse_norms(corpus: &Corpus, entry: usize, b: f32) -> Option<(f32, f32)> {
    let norm = |len: f32, avg: f32| 1.0 / (1.0 - b + b * len / avg);
    let (q, a) = (*corpus.question_len.get(entry)?, *corpus.answer_len.get(entry)?);
    Some((norm(f32::from(q), corpus.average.0), norm(a as f32, corpus.average.1)))
}

/// How a word matched in one entry ([`Slot::how`]): in the
/// question (as written, by stem or derivation, or through a synonym when
/// [`WordIdf`] says so), firmly (see [`Candidate::firm`]), and both firmly
/// and in the question not through a synonym (`FIRM << 1`).
const IN_QUESTION: u8 = 1;
const FIRM: u8 = 2;
const FIRM_IN_QUESTION: u8 = 4;
const _: () = assert!(FIRM << 1 == FIRM_IN_QUESTION);

/// The hits so far and the current query word's term frequencies per entry.
/// Work is proportional to the matches, not to the dataset: dense arrays are
/// zeroed once (cheaply) and only touched slots are visited.
struct Tally {
    hits: Vec<Hit>,
    /// Per entry: 1 + its index in `hits`, or 0 (zeroed memory is cheap).
    hit_of: Vec<u32>,
    /// Per entry: the current word's matches there, and the query words it
    /// matched firmly so far.
    slots: Vec<Slot>,
    /// How the words so far matched the dataset.
    words: Words,
    /// The entries with a score for the current word.
    touched: Vec<u32>,
    /// BM25 term-frequency saturation ([`SearchOptions::k1`]).
    k1: f32,
    /// What a common word's score counts for ([`SearchOptions::common_weight`]).
    common_weight: f32,
}

/// One entry's matches of the current query word, and the query words it
/// matched firmly so far. Twelve bytes.
#[derive(Clone, Copy, Default)]
struct Slot {
    /// The sum of the word's forms' term frequencies there (BM25F: the
    /// question's boosted), each times its weight and idf.
    weighted: f32,
    /// The sum of those term frequencies.
    tf: f32,
    /// How the word matched there (`IN_QUESTION`, `FIRM`, `FIRM_IN_QUESTION`).
    how: u8,
    /// Bit `i` for query word `i` (at most [`super::query::MAX_QUERY_WORDS`]).
    firm_words: u16,
    /// The query words it matched, any way.
    matched: u16,
    /// The distinctive ones among them it matched in its question.
    in_question: u16,
}

impl Tally {
    fn new(entries: usize, options: &SearchOptions) -> Self {
        Tally {
            hits: Vec::new(),
            hit_of: vec![0; entries],
            slots: vec![Slot::default(); entries],
            words: Words::default(),
            touched: Vec::new(),
            k1: options.k1,
            common_weight: options.common_weight,
        }
    }

    /// A candidate's term frequency `tf` in `entry`, its weight times idf,
    /// and how it matched there.
    fn offer(&mut self, entry: usize, weight: f32, tf: f32, how: u8) {
        let Some(slot) = self.slots.get_mut(entry) else { return };
        if slot.tf == 0.0 {
            self.touched.push(entry as u32);
        }
        slot.weighted += weight * tf;
        slot.tf += tf;
        slot.how |= how;
    }

    /// Adds the current word's scores to the hits, and notes in `words` how
    /// the word matched the dataset. The forms of one word found in an entry
    /// saturate together, as one term (BM25F over the forms, as over the
    /// fields): `weighted * (k1 + 1) / (tf + k1)`, which for one form is its
    /// BM25 score. The best form's score alone ranked an entry with one form
    /// of a word as high as one with several ("nodules": "What are back
    /// mice?", whose answer has "nodules" and "lumps", was third, below an
    /// answer with "nodules" alone; now second); summing the forms' scores
    /// would count a word twice over.
    fn end_word(&mut self) {
        // A word found in more than half of the entries hardly narrows the
        // search: it ranks, at a part of its score (`common_weight`), but an
        // entry need not have it. A word the dataset lacks narrows it to
        // nothing: it counts as distinctive.
        let strong = self.touched.len() * 2 <= self.slots.len();
        let bit = 1u16.checked_shl(self.words.count).unwrap_or(0);
        self.words.count += 1;
        let (mut known, mut how_anywhere) = (false, 0);
        let touched = std::mem::take(&mut self.touched);
        for &e in &touched {
            let e = e as usize;
            let slot = &mut self.slots[e];
            let (weighted, tf, how) =
                (std::mem::take(&mut slot.weighted), std::mem::take(&mut slot.tf), std::mem::take(&mut slot.how));
            let weight = if strong { 1.0 } else { self.common_weight };
            let score = weighted * (self.k1 + 1.0) / (tf + self.k1) * weight;
            // A slot is touched again while its score is 0: no match.
            if score <= 0.0 {
                continue;
            }
            if how & FIRM != 0 {
                slot.firm_words |= bit;
            }
            let in_q = how & IN_QUESTION != 0;
            slot.matched |= bit;
            slot.in_question |= if strong && in_q { bit } else { 0 };
            (known, how_anywhere) = (true, how_anywhere | how);
            let i = match self.hit_of[e] {
                0 => {
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
                    self.hit_of[e] = self.hits.len() as u32;
                    self.hits.len() - 1
                }
                i => i as usize - 1,
            };
            let hit = &mut self.hits[i];
            hit.strong_words += u8::from(strong);
            hit.strong_question_words += u8::from(strong && in_q);
            hit.words += 1;
            hit.question_words += u8::from(in_q);
            hit.score += score;
            hit.firm |= strong && how & FIRM != 0;
            hit.named |= strong && how & FIRM_IN_QUESTION != 0;
        }
        self.touched = touched;
        self.touched.clear();
        let set = |on: bool| if on { bit } else { 0 };
        self.words.strong |= set(strong);
        self.words.known |= set(known);
        self.words.firm |= set(how_anywhere & FIRM != 0);
        self.words.topic |= set(strong && how_anywhere & FIRM_IN_QUESTION != 0);
    }
}
