//! The dataset model: a list of questions with structured answers.

use serde::{Deserialize, Serialize};

use crate::search::SearchIndex;

/// A parsed FAQ: entries in file order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Faq {
    /// The questions and answers, in the order of the source file.
    pub entries: Vec<Entry>,
    /// Topic names in order of first appearance (empty if the dataset has none).
    pub topics: Vec<String>,
}

/// One question and its answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// A stable, unique, URL-safe id derived from the question (see [`crate::assign_slugs`]).
    pub slug: String,
    /// The question as written, without any `[FAQ]: ` prefix.
    pub question: String,
    /// The answer as blocks, in order; never empty.
    pub answer: Vec<Block>,
    /// The 1-based line of the question in the source file.
    pub line: u32,
    /// The entry's topic, an index into [`Faq::topics`].
    pub topic: Option<u32>,
}

/// One block of an answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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

    /// The compact binary form (postcard) that build.rs writes and the widget embeds.
    pub fn to_bytes(&self) -> Vec<u8> {
        // Serialising plain owned data into a Vec cannot fail.
        postcard::to_allocvec(self).expect("a Bundle always serialises")
    }

    /// Decodes [`Bundle::to_bytes`] output.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, postcard::Error> {
        postcard::from_bytes(bytes)
    }
}
