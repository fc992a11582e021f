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
//!
//! // One call per keystroke: the hits, the words to highlight, a "did you mean".
//! let results = bundle.query("lipo");
//! assert_eq!(results.hits.expect("the query has words")[0].entry, 0);
//! let question = &bundle.faq.entries[0].question;
//! let marked: Vec<&str> = bundle.highlight(question, &results.matched).into_iter().map(|r| &question[r]).collect();
//! assert_eq!(marked, ["lipoma"]);
//! // "lump" reaches the entry through the synonym table.
//! assert_eq!(bundle.query("lump").hits.unwrap()[0].entry, 0);
//! // A misspelling that finds nothing gets a suggestion.
//! let results = bundle.query("xipoma");
//! assert_eq!((results.hits, results.suggestion.as_deref()), (Some(vec![]), Some("lipoma")));
//! // A query without words shows everything.
//! assert_eq!(bundle.query(" ?! ").hits, None);
//! // What the patient reads first: red flags as cards, then the list (see `Layout`).
//! let layout = bundle.layout(&bundle.query("lump")).unwrap();
//! assert_eq!(layout.visible().collect::<Vec<_>>(), [0]);
//!
//! // What build.rs embeds, and what the widget decodes at start-up:
//! let bytes = bundle.to_bytes();
//! let decoded = Bundle::from_bytes(&bytes).unwrap();
//! assert_eq!(decoded.faq.entries[0].question, bundle.faq.entries[0].question);
//! assert_eq!(decoded.query("lump"), bundle.query("lump"));
//! ```

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod bundle;
#[cfg(feature = "parse")]
mod check;
pub mod codec;
mod error;
pub mod language;
mod layout;
#[cfg(feature = "parse")]
pub mod lint;
mod model;
#[cfg(feature = "parse")]
pub mod pack;
#[cfg(feature = "parse")]
mod parse;
#[cfg(feature = "parse")]
mod render;
mod review;
mod search;
mod slug;
pub mod text;
#[cfg(feature = "count-work")]
pub mod work;

pub use bundle::{Bundle, Results};
#[cfg(feature = "parse")]
pub use check::{check_bytes, check_bytes_in, check_file, Checked};
pub use error::{Error, ErrorKind};
pub use language::Language;
pub use layout::Layout;
pub use model::{About, Block, Date, Entry, Faq};
#[cfg(feature = "parse")]
pub use parse::{
    load, load_synonyms, parse_bytes, parse_json, parse_synonyms, parse_text, Format, MAX_DATASET_BYTES, MAX_ENTRIES,
};
#[cfg(feature = "parse")]
pub use render::{fallback_html, json_ld};
pub use review::{review_age, ReviewAge};
pub use search::highlight::MatchedTerms;
pub use search::hit::Hit;
pub use search::options::SearchOptions;
pub use search::query::{MAX_QUERY_BYTES, MAX_QUERY_WORDS};
pub use search::{SearchIndex, Synonyms};
pub use slug::assign_slugs;
