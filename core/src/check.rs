//! One read of a dataset for the build: the parsed FAQ and its lint
//! warnings, from the same bytes and the same classified lines.

use std::path::Path;

use crate::error::Error;
use crate::language::Language;
use crate::lint::{lint_dataset, lint_dataset_in, Warning};
use crate::model::Faq;
use crate::parse::{read_bytes, read_file, Format};

/// A dataset that parsed, with what the lint found in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    /// The parsed dataset.
    pub faq: Faq,
    /// Its lint warnings, in line order (see [`crate::lint`]).
    pub warnings: Vec<Warning>,
}

/// Reads the dataset at `path` once, choosing the format by extension like
/// [`crate::load`], and gives the parsed dataset and its lint warnings. A
/// file that cannot be read or does not parse is the same error (naming the
/// path) as [`crate::load`] gives; the warnings are those of
/// [`crate::lint::lint_file`].
///
/// ```
/// let path = std::env::temp_dir().join(format!("faq-core-check-doc-{}.txt", std::process::id()));
/// std::fs::write(&path, "What is a lipoma?\nA soft lump that grows inThe fat.\n").unwrap();
/// let checked = faq_core::check_file(&path).unwrap();
/// std::fs::remove_file(&path).unwrap();
/// assert_eq!(checked.faq.entries[0].slug, "what-is-a-lipoma");
/// assert_eq!(checked.warnings[0].line(), 2);
/// ```
pub fn check_file(path: &Path) -> Result<Checked, Error> {
    let bytes = read_file(path)?;
    check_bytes(&bytes, Format::from_path(path)).map_err(|e| e.in_file(path))
}

/// Parses and lints raw bytes once: [`crate::parse_bytes`] and the lint of
/// the same dataset.
///
/// ```
/// use faq_core::{check_bytes, Format};
///
/// let checked = check_bytes(b"Why?\n\n  \xe2\x80\xa2\n  \xe2\x80\xa2 Rest.\n", Format::Text).unwrap();
/// assert_eq!(checked.faq.entries.len(), 1);
/// assert_eq!(checked.warnings[0].to_string(), "line 3: warning: empty list item: write its text or delete the line");
/// let error = check_bytes(b"Why?\n", Format::Text).unwrap_err();
/// assert_eq!(error.to_string(), "line 1: the question \"Why?\" has no answer");
/// ```
pub fn check_bytes(bytes: &[u8], format: Format) -> Result<Checked, Error> {
    let (faq, dataset) = read_bytes(bytes, format)?;
    let warnings = lint_dataset(&dataset);
    Ok(Checked { faq, warnings })
}

/// [`check_bytes`] by the search rules of one language (`rules`), whatever
/// the dataset's: for a build that links only that language's stemmer (the
/// studio), which packs only a dataset in it (see [`crate::pack::pack`]).
pub fn check_bytes_in(bytes: &[u8], format: Format, rules: &'static Language) -> Result<Checked, Error> {
    let (faq, dataset) = read_bytes(bytes, format)?;
    let warnings = lint_dataset_in(&dataset, rules);
    Ok(Checked { faq, warnings })
}
