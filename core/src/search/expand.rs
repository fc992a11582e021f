//! Candidate expansion: the dataset words a query word matches (as written,
//! by stem, through a synonym, as a prefix, within a typo), each with the
//! weight of its route.

use crate::language::Language;

use super::options::SearchOptions;
use super::query::{Opening, Query};
use super::sort::{prefix_range, sort_by_key, sort_by_key_and_keep};
use super::SearchIndex;

/// At most this many dataset words starting with a query word's stem are
/// stemmed to find the ones sharing it, bounding the cost of a short stem.
const MAX_STEM_COMPARISONS: usize = 256;

/// The most letters an inflection ending adds to a word ("-es", "-ing"): a
/// long word with a typo may lack them (see `SearchIndex::candidates`).
const MAX_ENDING: usize = 3;

/// Shortest query word that may be a typo of a longer dataset word less up
/// to [`MAX_ENDING`] letters of its ending (see `SearchIndex::candidates`).
const ENDING_TYPO_LEN: usize = 8;

/// The fewest bytes of a derivation ending (see `Language::derivations`)
/// by which a word the dataset has as written also meets the word it
/// derives from (see `SearchIndex::candidates`).
const LONG_ENDING: usize = 5;

/// A dataset word a query word matches, and how.
#[derive(Debug, Clone, Copy)]
pub(super) struct Candidate {
    /// Its term id.
    pub(super) term: usize,
    /// The weight of its route (1 as written; see [`SearchOptions`]).
    pub(super) weight: f32,
    /// Reached through the synonym table: never counts as "in the question".
    pub(super) synonym: bool,
    /// How it was reached: the firmest of its routes.
    pub(super) route: Route,
}

/// How a query word reached a dataset word, from the loosest: a dataset
/// word reached by several routes keeps the firmest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Route {
    /// As a typo of it.
    Typo,
    /// As the start of it (the query's last word, being typed).
    Prefix,
    /// As written, by stem or derivation: *firm*.
    Firm,
}

impl Candidate {
    /// Reached as written, by stem or derivation, or through a synonym of
    /// one of those: not only as a prefix of a longer word or as a typo.
    pub(super) fn firm(&self) -> bool {
        self.route == Route::Firm
    }

    /// Its weight, times [`SearchOptions::synonym_weight`] if it was reached
    /// through a synonym.
    pub(super) fn route_weight(&self, options: &SearchOptions) -> f32 {
        self.weight * if self.synonym { options.synonym_weight } else { 1.0 }
    }
}

/// A query expanded once: for each of its words, in order, the dataset words
/// it matches, sorted by term id. Ranking and highlighting both read it.
#[derive(Debug)]
pub(crate) struct Expansion {
    pub(super) words: Vec<Vec<Candidate>>,
    /// The words that are numbers (digits only), bit `i` for word `i`: a
    /// number names no topic (see `select::select`).
    pub(super) numbers: u16,
    /// The question word the query opens with, other than "what" ([`Query::asks`]).
    pub(super) asks: Option<&'static str>,
    /// The query's first words ([`Query::opening`]).
    pub(super) opening: Opening,
}

impl SearchIndex {
    /// Expands each word of `query` into its candidates, by `language`'s rules.
    pub(crate) fn expand(&self, query: &Query, language: &Language, options: &SearchOptions) -> Expansion {
        // Pushed, not collected, here and below: a `collect` is code of its
        // own in the `.wasm`.
        let mut words = Vec::with_capacity(query.words.len());
        let mut numbers = 0;
        let mut i = 0;
        while let Some(word) = query.words.get(i) {
            i += 1;
            let mut candidates = self.candidates(word, query.is_last(word), language, options);
            if !candidates.iter().any(Candidate::firm) {
                // A word the dataset writes as one, split ("angio lipoma").
                let joined = query.words.get(i).and_then(|next| self.joined(word, next, query.is_last(next)));
                if let Some((joined, is_last)) = joined {
                    i += 1;
                    candidates = self.candidates(&joined, is_last, language, options);
                } else if language.is_person(word) {
                    // Someone the patient asks for ("my mum's lump"), whom
                    // the dataset does not name: not what the query is about.
                    continue;
                }
            }
            if word.bytes().all(|b| b.is_ascii_digit()) {
                numbers |= 1u16.checked_shl(words.len() as u32).unwrap_or(0);
            }
            sort_by_key(&mut candidates, |c| c.term as u64);
            words.push(candidates);
        }
        Expansion { words, numbers, asks: query.asks, opening: query.opening }
    }

    /// `first` (a word the dataset has in no form) and `second` (the query's
    /// last word if `second_is_last`) as one word, if the dataset has it:
    /// "angio lipoma" is "angiolipoma", "angio lip" its start.
    /// Returns it with whether it is the query's last word.
    fn joined(&self, first: &str, second: &str, second_is_last: bool) -> Option<(String, bool)> {
        let joined = first.to_owned() + second;
        let starting = prefix_range(&self.terms, &joined);
        let exact = self.terms.get(starting.start).is_some_and(|t| *t == joined);
        (exact || second_is_last && !starting.is_empty()).then_some((joined, second_is_last))
    }

    /// Pushes onto `direct` the dataset words whose stem `stem` derives
    /// from: it less one of its language's derivation endings of at least
    /// `min_ending` bytes, if a word other than a stop word has that stem
    /// ("masaj" less "aj" is "mas", the folded "más", in most Spanish answers).
    fn push_bases(
        &self,
        stem: &str,
        min_ending: usize,
        language: &Language,
        options: &SearchOptions,
        direct: &mut Vec<(usize, f32, Route)>,
    ) {
        let endings = language.derivations.iter().filter(|e| e.len() >= min_ending);
        let shorter = endings.filter_map(|ending| stem.strip_suffix(ending));
        for base in shorter.filter(|base| base.len() >= options.min_derivation_len) {
            for t in prefix_range(&self.terms, base).take(MAX_STEM_COMPARISONS) {
                let term = &self.terms[t];
                if !language.is_stop_word(term) && language.stem(term).is_some_and(|other| other == base) {
                    direct.push((t, options.derivation_weight, Route::Firm));
                }
            }
        }
    }

    /// The dataset words `word` matches, each with its match weight, and
    /// their synonyms.
    fn candidates(&self, word: &str, is_last: bool, language: &Language, options: &SearchOptions) -> Vec<Candidate> {
        #[cfg(feature = "count-work")]
        crate::work::expanded();
        let mut out: Vec<Candidate> = Vec::new();
        let mut add = |candidate: Candidate| match out.iter_mut().find(|c| c.term == candidate.term) {
            // The best route wins, a synonym's weight counting times
            // `synonym_weight`; at equal weights the first found stays. It
            // keeps the firmest route that reached it.
            Some(c) => {
                let route = c.route.max(candidate.route);
                if c.route_weight(options) < candidate.route_weight(options) {
                    *c = candidate;
                }
                c.route = route;
            }
            None => out.push(candidate),
        };
        let mut direct: Vec<(usize, f32, Route)> = Vec::new();
        let with_word_as_prefix = prefix_range(&self.terms, word);
        let start = with_word_as_prefix.start;
        let exact = self.terms.get(start).is_some_and(|t| t == word);
        if exact {
            direct.push((start, 1.0, Route::Firm));
            for &t in Self::group(&self.groups, &self.stem_group, start) {
                direct.push((t as usize, options.stem_weight, Route::Firm));
            }
        }
        if is_last && word.chars().count() >= options.min_prefix_len {
            let mut prefixed = Vec::with_capacity(with_word_as_prefix.len());
            for t in with_word_as_prefix {
                prefixed.push(t);
            }
            for t in self.most_frequent(prefixed, options.max_expansions) {
                direct.push((t, options.prefix_weight, Route::Prefix));
            }
        }
        if exact {
            // A word the dataset has may also derive from another it has
            // ("tratamiento" from "trata", whose question "¿Cómo se trata un
            // bulto…?" is what "tratamiento para un bulto lumbar" asks), by
            // a long ending only (`LONG_ENDING`: Spanish "amient", "imient").
            // Session 27, on every set: two first places won, none lost;
            // with endings of three letters ("ment", "eri") no more won and
            // "back mice treatment" took 7.8 µs natively, not 4.5; with
            // every ending four English negatives showed ("pressure" met
            // "press": "high blood pressure"). Stemmed only if the word has
            // such an ending, less its last letter, which the stemmer may
            // have changed.
            let mut long = language.derivations.iter().filter(|e| e.len() >= LONG_ENDING);
            let has = |part: &[u8]| word.as_bytes().windows(part.len()).any(|w| w == part);
            if long.any(|e| has(&e.as_bytes()[..e.len() - 1])) {
                if let Some(stem) = language.stem(word) {
                    self.push_bases(&stem, LONG_ENDING, language, options, &mut direct);
                }
            }
        }
        if !exact {
            // A form the dataset lacks: its words with the same stem, and
            // those derived from it or it from them (see `Language::derivations`).
            let stem = language.stem(word).filter(|stem| stem.len() >= options.min_stem_len);
            if let Some(stem) = stem {
                // Words with the same or a longer stem start with it, mostly
                // (a word with a prefix, "الورم", is in the group of its form
                // without: see `SearchIndex::build`).
                for t in prefix_range(&self.terms, &stem).take(MAX_STEM_COMPARISONS) {
                    let Some(other) = language.stem(&self.terms[t]) else { continue };
                    if other == stem {
                        // With its group: the forms of the word ("tumours"
                        // finds "tumour", whose forms include "tumor").
                        direct.push((t, options.stem_weight, Route::Firm));
                        for &form in Self::group(&self.groups, &self.stem_group, t) {
                            direct.push((form as usize, options.stem_weight, Route::Firm));
                        }
                    } else if stem.len() >= options.min_derivation_len && language.derives(&stem, &other) {
                        direct.push((t, options.derivation_weight, Route::Firm));
                    }
                }
                // The stems it derives from (see `SearchIndex::push_bases`).
                self.push_bases(&stem, 0, language, options, &mut direct);
            }
            // A number with a typo is another number: numbers get none.
            let len = if word.bytes().any(|b| b.is_ascii_digit()) { 0 } else { word.chars().count() };
            let max = if len >= options.two_typos_len { 2 } else { usize::from(len >= options.one_typo_len) };
            if max > 0 {
                // Typos keep the first letter: only the (contiguous) terms
                // starting with it are compared. A word of `ENDING_TYPO_LEN`
                // letters or more may also be a typo of a longer word less
                // its ending (up to `MAX_ENDING` letters): of another form
                // of it ("quiste sinobial" for "quistes sinoviales"; the
                // comparisons it adds cost "pregnancy test", which finds
                // nothing and asks for a correction, 32.6 -> 37.0 µs natively
                // on the seed; keeping to terms with the word's first two
                // bytes saved them but cost the .wasm 150 bytes brotli). The
                // term's first letters are compared, as many as the word has
                // or one more (a letter left out: "deportsta"; counted in
                // bytes, a letter each in folded Latin text): one edit and
                // the ending's letters anywhere, as until session 16, met
                // "deportistas" with "dentista". A shorter word so met too
                // much ("diabetes diet", "dolor de muelas" found entries),
                // and even one letter more did ("what time does the clinic
                // open"): it may only be a typo of the singular of a plural in
                // "s" ("trigger piont" for "trigger points"), the most common
                // ending of the Latin-script languages.
                let first = word.chars().next().map_or("", |c| &word[..c.len_utf8()]);
                let mut close: Vec<usize> = Vec::new();
                for t in prefix_range(&self.terms, first) {
                    let term = &self.terms[t];
                    let chars = term.chars().count();
                    let ending = chars.saturating_sub(len);
                    let less_ending = (1..=MAX_ENDING).contains(&ending)
                        && (len >= ENDING_TYPO_LEN || ending == 1 && term.ends_with('s'));
                    if edit_distance_counted(word, len, term, chars, max).is_some()
                        || less_ending
                            && (0..2).any(|more| {
                                let cut = term.get(..word.len() + more).filter(|cut| cut.len() < term.len());
                                cut.is_some_and(|cut| edit_distance(word, cut, max).is_some())
                            })
                    {
                        close.push(t);
                    }
                }
                for t in self.most_frequent(close, options.max_expansions) {
                    // A stop word is in most entries and says nothing: no
                    // typo meets one ("cuánto" is one from "cuando").
                    if language.is_stop_word(&self.terms[t]) {
                        continue;
                    }
                    direct.push((t, options.fuzzy_weight, Route::Typo));
                }
            }
        }
        for (term, weight, route) in direct {
            add(Candidate { term, weight, synonym: false, route });
            for &s in Self::group(&self.synonym_groups, &self.synonym_group, term) {
                add(Candidate { term: s as usize, weight, synonym: true, route });
            }
        }
        out
    }

    /// At most `limit` of `terms`, the ones in the most entries.
    fn most_frequent(&self, mut terms: Vec<usize>, limit: usize) -> Vec<usize> {
        if terms.len() > limit {
            // Most entries first; ties in term order (ids are below 2³²).
            // Only the `limit` kept are sorted (a quickselect first).
            let df = |t: usize| u64::from(self.df.get(t).copied().unwrap_or(0));
            sort_by_key_and_keep(&mut terms, |&t| (u64::from(u32::MAX) - df(t)) << 32 | t as u64, limit);
        }
        terms
    }
}

/// The edit distance between `a` and `b` if it is at most `max`. Edits are
/// insertions, deletions, substitutions and swaps of two neighbouring letters
/// (optimal string alignment, from `strsim`), so "cyts" is one edit from "cyst".
pub(super) fn edit_distance(a: &str, b: &str, max: usize) -> Option<usize> {
    edit_distance_counted(a, a.chars().count(), b, b.chars().count(), max)
}

/// [`edit_distance`], `a` and `b` being `a_chars` and `b_chars` characters
/// long (counted by the caller, once for all the comparisons it makes).
fn edit_distance_counted(a: &str, a_chars: usize, b: &str, b_chars: usize, max: usize) -> Option<usize> {
    // Cheap rejection first: the length difference is a lower bound.
    if a_chars.abs_diff(b_chars) > max {
        return None;
    }
    // Another: each letter of one word that the other lacks takes an edit
    // (one substitution mends one of each word's), so more such letters in
    // either word than `max` rule it out without the full comparison, which
    // most terms with the word's first letter fail (letters as bits, by
    // their code modulo 64: two letters sharing a bit only lower the count).
    let letters = |s: &str| s.chars().fold(0u64, |bits, c| bits | 1 << (c as u32 % 64));
    let (a_bits, b_bits) = (letters(a), letters(b));
    let lacking = (a_bits & !b_bits).count_ones().max((b_bits & !a_bits).count_ones());
    if lacking as usize > max {
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

    proptest::proptest! {
        /// The letter-set rejection never rules out a pair within `max`:
        /// the bounded distance is strsim's wherever that is at most `max`.
        /// Short words over a few letters (Latin, accented, Arabic) so that
        /// pairs within two edits are common.
        #[test]
        fn edit_distance_agrees_with_strsim(
            a in "[abcéسlm]{0,7}",
            b in "[abcéسlm]{0,7}",
            max in 0usize..4,
        ) {
            let full = strsim::osa_distance(&a, &b);
            proptest::prop_assert_eq!(edit_distance(&a, &b, max), Some(full).filter(|&d| d <= max));
        }
    }

    #[cfg(feature = "parse")]
    #[test]
    fn the_synonym_weight_decides_which_route_wins() {
        let faq = crate::parse_text("Is it a lump?\nOne of many lumps.\n").unwrap();
        let index = SearchIndex::build(
            &faq,
            &super::super::Synonyms { groups: vec![vec!["lump".into(), "lumps".into()]], forms: Vec::new() },
            &crate::language::ENGLISH,
        );
        let query = Query::parse("lump", &crate::language::ENGLISH).unwrap();
        // "lumps" is reached as a synonym of "lump" (1 × synonym_weight) and by its stem (0.88).
        let lumps = |options: &SearchOptions| {
            let expansion = index.expand(&query, &crate::language::ENGLISH, options);
            let c = expansion.words[0].iter().find(|c| index.terms[c.term] == "lumps").copied().unwrap();
            (c.weight, c.synonym)
        };
        assert_eq!(lumps(&SearchOptions::default()), (SearchOptions::default().stem_weight, false));
        assert_eq!(lumps(&SearchOptions { synonym_weight: 1.0, ..SearchOptions::default() }), (1.0, true));
    }
}
