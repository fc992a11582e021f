//! The pure core of the clinic FAQ widget: the dataset model, the parsers,
//! the text normaliser and the search index.
//!
//! It has no web dependencies, so it compiles and tests natively. The widget's
//! `build.rs` uses it to parse a dataset and build its index at build time; the
//! widget itself only decodes the resulting [`Bundle`] and queries it.
//!
//! ```
//! use faq_core::{parse_text, Bundle};
//!
//! let faq = parse_text("What is a lipoma?\n\nA soft, fatty lump under the skin.\n").unwrap();
//! assert_eq!(faq.entries[0].slug, "what-is-a-lipoma");
//!
//! let synonyms = faq_core::parse_synonyms("lipoma lump\n").unwrap();
//! let bundle = Bundle::new(faq, &synonyms);
//! let hits = bundle.search("lipo").expect("the query has words");
//! assert_eq!(hits[0].entry, 0);
//! // "lump" reaches the entry through the synonym table.
//! assert_eq!(bundle.search("lump").unwrap()[0].entry, 0);
//!
//! // What build.rs embeds, and what the widget decodes at start-up:
//! let bytes = bundle.to_bytes();
//! let decoded = Bundle::from_bytes(&bytes).unwrap();
//! assert_eq!(decoded.faq.entries[0].question, bundle.faq.entries[0].question);
//! assert_eq!(decoded.search("lump").unwrap()[0].entry, 0);
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod codec;
mod error;
#[cfg(feature = "parse")]
pub mod lint;
mod model;
#[cfg(feature = "parse")]
mod parse;
#[cfg(feature = "parse")]
mod render;
mod search;
mod slug;
pub mod text;

pub use error::{Error, ErrorKind};
pub use model::{About, Block, Bundle, Date, Entry, Faq};
#[cfg(feature = "parse")]
pub use parse::{load, parse_bytes, parse_json, parse_synonyms, parse_text, Format, MAX_DATASET_BYTES, MAX_ENTRIES};
#[cfg(feature = "parse")]
pub use render::{fallback_html, json_ld};
pub use search::{Hit, MatchedTerms, SearchIndex, SearchOptions, MAX_QUERY_BYTES, MAX_QUERY_WORDS};
pub use slug::assign_slugs;
