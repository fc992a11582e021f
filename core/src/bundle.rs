//! The facade: a dataset with its search index, as build.rs embeds it and
//! the widget queries it. It puts the layers below together: the codec for
//! bytes, the search for queries.

use std::ops::Range;
#[cfg(feature = "parse")]
use std::path::{Path, PathBuf};

use crate::codec::{self, DecodeError};
#[cfg(feature = "parse")]
use crate::error::Error;
use crate::language::Language;
use crate::layout::Layout;
use crate::model::Faq;
#[cfg(feature = "parse")]
use crate::parse::{load, load_synonyms};
use crate::search::highlight::MatchedTerms;
use crate::search::hit::Hit;
use crate::search::options::SearchOptions;
use crate::search::query::Query;
use crate::search::scan::Scan;
use crate::search::SearchIndex;
#[cfg(feature = "parse")]
use crate::search::Synonyms;

/// What the build embeds in the widget: the dataset and its prebuilt search
/// index, with a cache of the scans its searches make.
///
/// Search it with [`Bundle::query`], which gives everything the widget shows
/// for one query. A bundle is not `Sync` (the cache has interior
/// mutability): keep one per thread.
#[derive(Debug, Clone)]
pub struct Bundle {
    /// The entries. Change them only before the first search: the scan
    /// cache is derived from them then.
    pub faq: Faq,
    /// The search index over [`Bundle::faq`].
    pub index: SearchIndex,
    /// The search rules of the dataset's language ([`crate::About::language`]).
    pub language: &'static Language,
    /// The entries' words and recent scans, derived on the first search.
    scan: Scan,
}

/// Two bundles are equal when their data are: the entries and the index. The
/// scan cache is left out on purpose: it is derived from the entries, and
/// whether a search has filled it says nothing about the bundle.
impl PartialEq for Bundle {
    fn eq(&self, other: &Self) -> bool {
        self.faq == other.faq && self.index == other.index && self.language == other.language
    }
}

impl Eq for Bundle {}

/// Everything the widget shows for one query, computed in one pass.
#[derive(Debug, Clone, PartialEq)]
pub struct Results {
    /// None: the query has no words (empty, spaces, punctuation, emoji): show everything.
    /// Otherwise the matching entries, best first (possibly none).
    pub hits: Option<Vec<Hit>>,
    /// The dataset words the query matched, for highlighting.
    pub matched: MatchedTerms,
    /// A corrected query when nothing matches but a close spelling would
    /// ("angiolipomma lumb" -> "angiolipoma lump"). With hits, they are the
    /// corrected query's, which has every word in an entry (all but one for
    /// three or more): the query itself found nothing at all ("bak mice":
    /// "back mice"), and the widget says whose results they are. Without,
    /// the correction only finds the closest entries ("ear infection":
    /// "hear infection"), which is what a question about something else
    /// looks like: the widget offers it ("Did you mean …?").
    pub suggestion: Option<String>,
    /// Whether no entry has all the query's words (all but one, for three or
    /// more), so the hits are the closest ones: the entries matching any of
    /// its distinctive words, those matching most first. The widget says so
    /// ("No answer has all your words; the closest:"). False when there are
    /// no hits.
    pub relaxed: bool,
}

impl Bundle {
    /// Builds the search index for `faq`, with `synonyms` (see
    /// [`crate::parse_synonyms`]) and the rules of its language (see
    /// [`Language::of`]; folding only if there are none).
    #[cfg(feature = "parse")]
    pub fn new(faq: Faq, synonyms: &Synonyms) -> Self {
        let language = Language::rules_for(faq.about.language_tag());
        Bundle::new_in(faq, synonyms, language)
    }

    /// [`Bundle::new`] by the rules of `language`, whatever the dataset's
    /// (for a build that links only that language's stemmer: the studio).
    #[cfg(feature = "parse")]
    pub fn new_in(faq: Faq, synonyms: &Synonyms, language: &'static Language) -> Self {
        let index = SearchIndex::build(&faq, synonyms, language);
        Bundle { faq, index, language, scan: Scan::default() }
    }

    /// Parses the dataset file `dataset` (text or JSON, by its extension: see
    /// [`crate::load`]) and the synonym files (see `data/synonyms.txt`), and
    /// builds the bundle: the one place a bundle is made from files. Errors
    /// name the file and the line.
    ///
    /// ```
    /// let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    /// let seed = faq_core::Bundle::load(&root.join("data/faq.txt"), &[root.join("data/synonyms.txt")]).unwrap();
    /// assert_eq!(seed.faq.entries.len(), 45);
    /// let missing = faq_core::Bundle::load(&root.join("data/faq.txt"), &[root.join("no-such-file.txt")]);
    /// assert!(missing.unwrap_err().to_string().contains("no-such-file.txt: cannot read"));
    /// ```
    #[cfg(feature = "parse")]
    pub fn load(dataset: &Path, synonym_files: &[PathBuf]) -> Result<Self, Error> {
        Ok(Bundle::new(load(dataset)?, &load_synonyms(synonym_files)?))
    }

    /// The compact binary form that build.rs writes and the widget embeds
    /// (layout: [`crate::codec`]).
    pub fn to_bytes(&self) -> Vec<u8> {
        codec::encode(&self.faq, &self.index)
    }

    /// Decodes [`Bundle::to_bytes`] output. Slugs are as encoded (most are
    /// derived again from their questions); source line numbers are not kept
    /// ([`crate::Entry::line`] is 0).
    ///
    /// The search rules are looked up by the bundle's language among all
    /// of them ([`Language::of`]), which links every stemmer: a build for
    /// one language calls [`Bundle::from_bytes_in`] instead.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, DecodeError> {
        let (faq, index) = codec::decode(bytes)?;
        let language = Language::rules_for(faq.about.language_tag());
        Ok(Bundle { faq, index, language, scan: Scan::default() })
    }

    /// [`Bundle::from_bytes`] for a build that searches one `language`
    /// only, which links only its stemmer: the bundle is searched by those
    /// rules. That they are the bundle's language's is for the build and the
    /// packer to see to: build.rs compiles in the rules of the dataset it
    /// embeds, and `faq-pack` (and the studio) refuse to pack a dataset in a
    /// language with other rules (`pack::pack`). The widget does not check
    /// again: that cost the `.wasm` 79 bytes of brotli (measured, session 11),
    /// for a bundle that only a hand-edited `.wasm` could hold.
    pub fn from_bytes_in(bytes: &[u8], language: &'static Language) -> Result<Self, DecodeError> {
        let (faq, index) = codec::decode(bytes)?;
        Ok(Bundle { faq, index, language, scan: Scan::default() })
    }

    /// [`Bundle::query_with`] the default options.
    pub fn query(&self, query: &str) -> Results {
        self.query_with(query, &SearchOptions::default())
    }

    /// Everything the widget shows for `query`: the hits (the closest ones
    /// if none has all its words: [`Results::relaxed`]), the words to
    /// highlight and, when nothing matches, a correction: searched for
    /// instead if it finds entries with all its words, else offered (see
    /// [`Results::suggestion`]). The query is parsed once and each of its
    /// words expanded once: the candidates that rank the entries are the
    /// words highlighted.
    pub fn query_with(&self, query: &str, options: &SearchOptions) -> Results {
        let Some(query) = Query::parse(query, self.language) else {
            return Results { hits: None, matched: MatchedTerms::NONE, suggestion: None, relaxed: false };
        };
        let mut results = self.results_of(&query, options);
        if results.hits.as_ref().is_some_and(Vec::is_empty) {
            if let Some((corrected, sure)) =
                self.index.correction(&query, self.faq.entries.len(), self.language, options)
            {
                let found = Query::parse(&corrected, self.language).map(|c| self.results_of(&c, options));
                if let Some(found) = found.filter(|found| found.hits.as_ref().is_some_and(|hits| !hits.is_empty())) {
                    if sure && !found.relaxed {
                        results = found;
                    }
                    results.suggestion = Some(corrected);
                }
            }
        }
        results
    }

    /// The hits of `query` and the words they matched, with no suggestion.
    fn results_of(&self, query: &Query, options: &SearchOptions) -> Results {
        let expansion = self.index.expand(query, self.language, options);
        let (hits, relaxed) = self.index.rank(&self.faq, &self.scan, &expansion, self.language, options);
        Results { hits: Some(hits), matched: MatchedTerms::of(&expansion), suggestion: None, relaxed }
    }

    /// The visible order of `results` (see [`Layout`]), with the default
    /// options ([`Layout::of`] takes others): the red flags shown as cards
    /// above the list, the list, and the red flags not shown. `None` when
    /// the query had no words (nothing is searched: the widget shows
    /// everything).
    pub fn layout(&self, results: &Results) -> Option<Layout> {
        let hits = results.hits.as_deref()?;
        Some(Layout::of(&self.faq.entries, hits, results.relaxed, &SearchOptions::default()))
    }

    /// [`Bundle::search_with`] the default options.
    pub fn search(&self, query: &str) -> Option<Vec<Hit>> {
        self.search_with(query, &SearchOptions::default())
    }

    /// The hits of [`Bundle::query_with`] alone, without the words to
    /// highlight or a suggestion (for tests and benchmarks).
    pub fn search_with(&self, query: &str, options: &SearchOptions) -> Option<Vec<Hit>> {
        let query = Query::parse(query, self.language)?;
        let expansion = self.index.expand(&query, self.language, options);
        Some(self.index.rank(&self.faq, &self.scan, &expansion, self.language, options).0)
    }

    /// The byte ranges of the words of `text` among `matched` (see
    /// [`SearchIndex::highlight`]).
    pub fn highlight(&self, text: &str, matched: &MatchedTerms) -> Vec<Range<usize>> {
        self.index.highlight(text, matched)
    }

    /// Prepares the entries' words for scanning, if not yet done. The first
    /// search does it anyway; calling this when idle (the search box gets
    /// focus) takes that cost off a keystroke.
    pub fn prepare(&self) {
        self.scan.prepare(&self.faq);
    }

    /// Forgets recent scans, so the next search scans afresh (for benchmarks
    /// of a first search, and tests that results do not depend on earlier ones).
    pub fn forget_scans(&self) {
        self.scan.forget();
    }
}
