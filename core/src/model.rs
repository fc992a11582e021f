//! The dataset model: a list of questions with structured answers.

use crate::codec::DecodeError;
use crate::search::{Hit, MatchedTerms, SearchIndex, SearchOptions};

/// A parsed FAQ: entries in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Faq {
    /// The questions and answers, in the order of the source file.
    pub entries: Vec<Entry>,
    /// Topic names in order of first appearance (empty if the dataset has none).
    pub topics: Vec<String>,
}

/// One question and its answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// A stable, unique, URL-safe id derived from the question (see [`crate::assign_slugs`]).
    pub slug: String,
    /// The question as written, without any `[FAQ]: ` prefix.
    pub question: String,
    /// The answer as blocks, in order; never empty.
    pub answer: Vec<Block>,
    /// The 1-based line of the question in the source file (0 in a decoded
    /// [`Bundle`], which does not keep it).
    pub line: u32,
    /// The entry's topic, an index into [`Faq::topics`].
    pub topic: Option<u32>,
}

/// One block of an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A paragraph of text (consecutive text lines joined by a space).
    Paragraph(String),
    /// A short sub-heading line such as "The only cure for lipomas".
    Heading(String),
    /// A numbered list (`  1. …`); `start` is the first item's number.
    Ordered {
        /// The number of the first item.
        start: u32,
        /// The items' text, without their numbers.
        items: Vec<String>,
    },
    /// A bullet list (`  • …`, `  - …` or `  * …`).
    Bullets(Vec<String>),
}

impl Block {
    /// The texts in this block (one for a paragraph or heading, one per list item).
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        let slice: &[String] = match self {
            Block::Paragraph(text) | Block::Heading(text) => std::slice::from_ref(text),
            Block::Ordered { items, .. } | Block::Bullets(items) => items,
        };
        slice.iter().map(String::as_str)
    }
}

impl Entry {
    /// The answer's texts in order, for indexing.
    pub fn answer_texts(&self) -> impl Iterator<Item = &str> {
        self.answer.iter().flat_map(Block::texts)
    }
}

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
        crate::codec::encode(self)
    }

    /// Decodes [`Bundle::to_bytes`] output. Slugs are derived again from the
    /// questions; source line numbers are not kept ([`Entry::line`] is 0).
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, DecodeError> {
        crate::codec::decode(bytes)
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
