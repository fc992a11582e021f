//! The facade: a dataset with its search index, as build.rs embeds it and
//! the widget queries it.

use crate::codec::{self, DecodeError};
use crate::model::Faq;
use crate::search::{Hit, MatchedTerms, SearchIndex, SearchOptions};

/// What the build embeds in the widget: the dataset and its prebuilt search index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bundle {
    /// The entries.
    pub faq: Faq,
    /// The search index over [`Bundle::faq`].
    pub index: SearchIndex,
}

impl Bundle {
    /// Builds the search index for `faq`, with `synonyms` (see [`crate::parse_synonyms`]).
    #[cfg(feature = "parse")]
    pub fn new(faq: Faq, synonyms: &[Vec<String>]) -> Self {
        let index = SearchIndex::build(&faq, synonyms);
        Bundle { faq, index }
    }

    /// The compact binary form that build.rs writes and the widget embeds
    /// (layout: [`crate::codec`]).
    pub fn to_bytes(&self) -> Vec<u8> {
        codec::encode(&self.faq, &self.index)
    }

    /// Decodes [`Bundle::to_bytes`] output. Slugs are derived again from the
    /// questions; source line numbers are not kept ([`crate::Entry::line`] is 0).
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, DecodeError> {
        let (faq, index) = codec::decode(bytes)?;
        Ok(Bundle { faq, index })
    }

    /// Searches with the default options (see [`SearchIndex::search_with`]).
    pub fn search(&self, query: &str) -> Option<Vec<Hit>> {
        self.index.search(&self.faq, query)
    }

    /// Searches with `options` (see [`SearchIndex::search_with`]).
    pub fn search_with(&self, query: &str, options: &SearchOptions) -> Option<Vec<Hit>> {
        self.index.search_with(&self.faq, query, options)
    }

    /// The dataset words `query` matches, for [`Bundle::highlight`].
    pub fn matched_terms(&self, query: &str, options: &SearchOptions) -> MatchedTerms {
        self.index.matched_terms(query, options)
    }

    /// The byte ranges of the words of `text` among `matched`.
    pub fn highlight(&self, text: &str, matched: &MatchedTerms) -> Vec<std::ops::Range<usize>> {
        self.index.highlight(text, matched)
    }

    /// A corrected query when `query` finds nothing (see [`SearchIndex::suggest`]).
    pub fn suggest(&self, query: &str, options: &SearchOptions) -> Option<String> {
        self.index.suggest(&self.faq, query, options)
    }
}
