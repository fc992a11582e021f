//! The search index, built at build time, and the query engine. It knows no
//! bytes: the codec stores the index through [`SearchIndex::parts`].
//!
//! **Index** (built natively by [`SearchIndex::build`]): every distinct folded
//! word of the dataset, sorted, with the number of entries containing it.
//! Words sharing a Snowball stem in the dataset's language (see
//! [`crate::language`]) form a group ("lipoma", "lipomas");
//! the synonym table forms others. There are no postings: they would outweigh
//! the text itself (README, "Search").
//!
//! **Scan** (`scan.rs`): on the first search (or when the search box gets
//! focus) every entry's folded words are written into one string; a query
//! word's dataset words are then found by scanning it for their common
//! prefix, and the occurrences found are remembered, so the next keystroke
//! ("lip" after "li") only filters them.
//!
//! **Query** (`query.rs`, `expand.rs`): the query is split into words like the
//! index; stop words are dropped unless nothing else is left, in which case
//! nothing matches. English stop words (`stop_words.txt`) are the words that say
//! nothing about a topic: function words ("is", "what", "without"),
//! auxiliaries, modals and the light verbs "get" and "go" ("need", "go
//! away"), indefinite pronouns ("someone"), frame verbs of a question ("how
//! do I know", "see", "tell", "mean") and adverbs of degree and time
//! ("really", "ever"). Each remaining word matches the dataset's words
//! exactly, by stem, through a synonym, as a prefix (the last word only: the
//! patient may still be typing) or, when it has no exact match, by its own
//! stem ("popping" finds "pop"), by derivation and within a small edit
//! distance (not a number: "2019" is no typo of "2016"). **Derivation**: a
//! stem that is another with one of a few endings added ("recoveri" is
//! "recov" + "eri", "treatment" is "treat" + "ment"; see `expand.rs`) meets
//! it, so derived forms the stemmer leaves apart meet their base ("recovery"
//! and "recover", "treating" and "treatment", "achy" and "ache"); an ending
//! from a list, not any added letters, so a compound ("headache") or a typo
//! ("massge", against "mass") does not. Derivation, stem and synonym
//! matches are *firm*, like a word as written; a prefix or a typo is not.
//!
//! **Selection** (`select.rs`): queries of one or two words must match
//! every word, longer ones may miss one, and a common word counts as matched
//! unless the query has nothing else; for a longer query, an entry with every
//! distinctive query word that some question has (one in its own question)
//! passes too; but a query none of whose words is in any question needs an
//! entry with all of them or one in its question ("blood pressure
//! medication", each word in some answer). A query of common words and one
//! distinctive word that no question has keeps only the entries whose
//! answers have them near each other ("dolor de cabeza", headache, is not
//! answered by "echar la cabeza hacia adelante" 14 words after "dolor"; see
//! [`options::SearchOptions::near_window`]). When no entry passes, the
//! **relaxed** pass keeps the entries matching any distinctive word, if the
//! query is about the dataset's topics: its distinctive words the dataset
//! has firmly outweigh the words it never uses (a typo counting half), and
//! one is in a question, or one is a word the dataset lacks and three or more
//! are in it; so a word the dataset lacks does not veto a question ("how long
//! is recovery after removal"), while "knee replacement", "sore throat" or
//! "high blood pressure" (two words in one answer) still find nothing.
//! A query that shares only the dataset's common words with it, firmly, two
//! or more ("back pain with a fever and chills" in a back-pain FAQ), is about
//! the clinic's topic in words no answer uses: it finds the red flags that
//! have those words, which say when to seek care ("tooth pain", one common
//! word, finds nothing). [`crate::Results::relaxed`]
//! says when results are only the closest.
//!
//! **Ranking** (`rank.rs`, `hit.rs`), best first: entries matching more
//! distinctive query words (words found in more than half of the entries,
//! such as "back" in a back-pain FAQ, are not distinctive); then more of them
//! in the question; then more query words; then more of them in the
//! question; then a BM25F score (question boosted), each word weighted by how
//! it matched ([`options::SearchOptions`]), the forms of a query word sharing
//! its idf (a rare plural does not outweigh the word itself) and the forms
//! found in one entry saturating together, as one term; then file order. Each hit also
//! says whether it matched a distinctive word firmly and whether the query
//! names it, which place a red flag in the visible order ([`crate::Layout`]).
//!
//! **Highlighting** (`highlight.rs`) marks the dataset words a query matched;
//! **"did you mean"** (`suggest.rs`) corrects a query that finds nothing.

#[cfg(feature = "parse")]
use std::collections::HashMap;

#[cfg(feature = "parse")]
use crate::language::Language;
use crate::model::Faq;
use crate::text::words;

// The parts of the search. They use this file's `SearchIndex`, which uses
// none of them, and each other without a loop: options, sort; query, scan;
// expand, hit; then highlight, select; then rank and suggest.
mod expand;
pub(crate) mod highlight;
pub(crate) mod hit;
pub(crate) mod options;
mod order;
pub(crate) mod query;
pub(crate) mod rank;
pub(crate) mod scan;
mod select;
mod sort;
mod suggest;

/// The search index embedded in the widget: the dataset's vocabulary, built
/// at build time. It holds no postings: a search scans the entries' words
/// (see [`crate::Bundle::query`]), which keeps the bundle small at any
/// dataset size. Plain data: the scan cache lives in the bundle.
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
}

/// A synonym table (`data/synonyms.txt`; see [`crate::parse_synonyms`]): groups
/// of words folded like the index.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Synonyms {
    /// Words a patient may use for the same thing ("lump", "bump"): each
    /// meets the others, weighted by [`options::SearchOptions::synonym_weight`].
    pub groups: Vec<Vec<String>>,
    /// Forms of one word the stemmer leaves apart: spellings ("tumour",
    /// "tumor") and irregular forms ("mouse", "mice", "swollen", "swell").
    /// They join one stem group, so each counts as the word itself.
    pub forms: Vec<Vec<String>>,
}

impl Synonyms {
    /// Adds the groups and forms of `more` (another file's) after these.
    pub fn extend(&mut self, more: Synonyms) {
        self.groups.extend(more.groups);
        self.forms.extend(more.forms);
    }
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

impl SearchIndex {
    /// Collects every distinct word of every question and answer (and of the
    /// synonym table), with how many entries contain it and its stem group:
    /// the words sharing its stem by `language`'s stemmer, or the stem of one
    /// of its forms.
    #[cfg(feature = "parse")]
    pub fn build(faq: &Faq, synonyms: &Synonyms, language: &Language) -> Self {
        let (mut terms, mut df) = counted_words(faq);
        let table = synonyms.groups.iter().chain(&synonyms.forms).flatten().cloned();
        // A word less a prefix its language attaches ("الورم" -> "ورم"): the
        // form a patient may type, in the word's group below.
        let bare = terms.iter().flat_map(|term| language.prefixes.iter().filter_map(move |p| term.strip_prefix(p)));
        let bare = bare.filter(|rest| rest.chars().count() >= 2).map(str::to_owned).collect::<Vec<String>>();
        // And the word spelt as it sounds ("gatillo" -> "gatiyo").
        let alike: Vec<String> = terms.iter().flat_map(|term| sound_alike(language, term)).collect();
        let mut extra: Vec<String> =
            table.chain(bare).chain(alike).filter(|w| terms.binary_search(w).is_err()).collect();
        extra.sort_unstable();
        extra.dedup();
        for word in extra {
            if let Err(at) = terms.binary_search(&word) {
                terms.insert(at, word);
                df.insert(at, 0);
            }
        }

        // Stem groups of two or more words: the words sharing a stem (the
        // stems of a word's forms make one), joined with their forms
        // without a prefix.
        let same = same_stems(language, &synonyms.forms);
        let mut by_stem: HashMap<String, u32> = HashMap::new();
        let mut joined = Joined((0..terms.len() as u32).collect());
        for (t, term) in terms.iter().enumerate() {
            if let Some(stem) = language.stem(term) {
                let stem = same.get(stem.as_ref()).cloned().unwrap_or_else(|| stem.into_owned());
                let first = *by_stem.entry(stem).or_insert(t as u32);
                joined.join(first, t as u32);
            }
            for rest in language.prefixes.iter().filter_map(|p| term.strip_prefix(p)) {
                if let Ok(b) = terms.binary_search_by(|x| x.as_str().cmp(rest)) {
                    joined.join(b as u32, t as u32);
                }
            }
            for form in sound_alike(language, term) {
                if let Ok(b) = terms.binary_search(&form) {
                    joined.join(b as u32, t as u32);
                }
            }
        }
        let groups = joined.groups();
        // A synonym's forms are its synonyms too ("engourdi" reaches
        // "engourdies"), unless a form is in a synonym group of its own.
        let listed: Vec<u32> = {
            let ids = synonyms.groups.iter().flatten().filter_map(|w| terms.binary_search(w).ok());
            let mut ids: Vec<u32> = ids.map(|t| t as u32).collect();
            ids.sort_unstable();
            ids
        };
        let stem_group = group_index(&groups, terms.len());
        let synonym_groups: Vec<Vec<u32>> = synonyms
            .groups
            .iter()
            .map(|group| {
                let mut ids: Vec<u32> =
                    group.iter().filter_map(|w| terms.binary_search(w).ok()).map(|t| t as u32).collect();
                for i in 0..ids.len() {
                    let forms = Self::group(&groups, &stem_group, ids[i] as usize);
                    for &form in forms {
                        if listed.binary_search(&form).is_err() && !ids.contains(&form) {
                            ids.push(form);
                        }
                    }
                }
                ids
            })
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

    /// BM25 inverse document frequency of term `t` among `n` entries.
    fn idf(&self, t: usize, n: usize) -> f32 {
        let df = self.df.get(t).copied().unwrap_or(0) as f32;
        (1.0 + (n as f32 - df + 0.5) / (df + 0.5)).ln()
    }

    /// The members of `t`'s group in `groups`, per the `index` (0 = none).
    fn group<'g>(groups: &'g [Vec<u32>], index: &[u32], t: usize) -> &'g [u32] {
        index.get(t).and_then(|&g| groups.get((g as usize).checked_sub(1)?)).map_or(&[], Vec::as_slice)
    }
}

/// Every distinct word of every question and answer of `faq`, sorted, with
/// how many entries contain it: the index's terms and their counts, less the
/// synonym table's words that no entry uses. [`SearchIndex::build`] starts
/// from these; the codec derives them again instead of storing them, for a
/// small dataset (see `codec.rs`).
pub(crate) fn counted_words(faq: &Faq) -> (Vec<String>, Vec<u32>) {
    let mut all: Vec<String> = Vec::new();
    for entry in &faq.entries {
        // Pushed, not collected: a `collect` is code of its own in the `.wasm`.
        let mut seen: Vec<String> = Vec::new();
        for text in std::iter::once(entry.question.as_str()).chain(entry.answer_texts()) {
            for (_, word) in words(text) {
                seen.push(word);
            }
        }
        seen.sort_unstable();
        seen.dedup();
        all.append(&mut seen);
    }
    all.sort_unstable();
    let (mut terms, mut df): (Vec<String>, Vec<u32>) = (Vec::new(), Vec::new());
    for word in all {
        match (terms.last(), df.last_mut()) {
            (Some(last), Some(count)) if *last == word => *count += 1,
            _ => {
                terms.push(word);
                df.push(1);
            }
        }
    }
    (terms, df)
}

/// `term` spelt with each of `language`'s sound-alike letters as it sounds
/// (see [`Language::sound_alikes`]), where it has them and is no stop word
/// ("suele" spelt "sole" would meet "solo"), and with each sound-alike first
/// letter (see [`Language::initials`]).
#[cfg(feature = "parse")]
fn sound_alike<'a>(language: &'a Language, term: &'a str) -> impl Iterator<Item = String> + 'a {
    let word = !language.is_stop_word(term);
    let inside = language.sound_alikes.iter().filter(move |(from, _)| word && term.contains(from));
    let first = language.initials.iter().filter_map(|(from, to)| Some(format!("{to}{}", term.strip_prefix(from)?)));
    inside.map(|(from, to)| term.replace(from, to)).chain(first)
}

/// For each stem of a word in `forms`, the stem standing for its group: the
/// first group's first stem when groups share a stem ("= swell swollen" and
/// "= swollen swelled" make one group).
#[cfg(feature = "parse")]
fn same_stems(language: &Language, forms: &[Vec<String>]) -> HashMap<String, String> {
    let mut same: HashMap<String, String> = HashMap::new();
    for group in forms {
        let stems: Vec<String> = group.iter().filter_map(|w| language.stem(w)).map(|s| s.into_owned()).collect();
        // The stand-in of a stem already in a group, else this group's first stem.
        let Some(first) = stems.first() else { continue };
        let stand_in = stems.iter().find_map(|s| same.get(s)).unwrap_or(first).clone();
        let joined: Vec<String> = stems.iter().map(|s| same.get(s).unwrap_or(s).clone()).collect();
        for v in same.values_mut().filter(|v| joined.contains(v)) {
            v.clone_from(&stand_in);
        }
        for s in stems {
            same.insert(s, stand_in.clone());
        }
    }
    same
}

/// Terms joined into groups (a union-find over term ids): each id's parent,
/// an id no larger than its own; a root is its own parent.
#[cfg(feature = "parse")]
struct Joined(Vec<u32>);

#[cfg(feature = "parse")]
impl Joined {
    fn root(&mut self, mut t: u32) -> u32 {
        while self.0[t as usize] != t {
            let parent = self.0[t as usize];
            self.0[t as usize] = self.0[parent as usize];
            t = parent;
        }
        t
    }

    fn join(&mut self, a: u32, b: u32) {
        let (a, b) = (self.root(a), self.root(b));
        self.0[a.max(b) as usize] = a.min(b);
    }

    /// The groups of two or more, each in term order, sorted.
    fn groups(mut self) -> Vec<Vec<u32>> {
        let mut by_root: HashMap<u32, Vec<u32>> = HashMap::new();
        for t in 0..self.0.len() as u32 {
            let root = self.root(t);
            by_root.entry(root).or_default().push(t);
        }
        let mut groups: Vec<Vec<u32>> = by_root.into_values().filter(|g| g.len() > 1).collect();
        groups.sort_unstable();
        groups
    }
}

/// Per term, 0 or 1 + the index of its group in `groups`.
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
