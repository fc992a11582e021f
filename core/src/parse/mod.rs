//! The one reader of the two dataset formats.
//!
//! **Text** (`.txt`, or any extension other than `.json`): a question is a line
//! ending in `?` (an optional `[FAQ]: ` prefix is dropped); its answer is every
//! following line up to the next question. In an answer:
//! - consecutive text lines form one paragraph; blank lines separate paragraphs;
//! - a line `1. …` (usually indented) is an item of a numbered list, and a line
//!   `• …`, `- …` or `* …` an item of a bullet list; consecutive items of one
//!   kind form one list, even with blank lines between them;
//! - a single short line (at most 14 words) with no closing punctuation, that is
//!   not the answer's last block, is a sub-heading.
//!
//! **Topics** (optional): a line `## Name` starts a topic; the entries after it
//! belong to it until the next `## ` line.
//!
//! **Red flags** (optional): a `!` before a question (`! When is back pain
//! serious?`) marks an urgent entry, shown as a care card.
//!
//! **Front matter** (optional): if the file starts with a `---` line, the
//! lines up to the next `---` are `key: value` pairs: `clinic`, `reviewed-by`
//! and `last-reviewed` (`YYYY-MM-DD`).
//!
//! **JSON** (`.json`): `[{"question": "...", "answer": "...", "topic": "...",
//! "urgent": true}, ...]`, or an object `{"clinic": ..., "reviewed-by": ...,
//! "last-reviewed": ..., "entries": [...]}`; the answer is split into blocks by
//! the same rules (paragraphs on blank lines).
//!
//! The text format's lines are classified once ([`source`]); the parser
//! ([`text`], [`json`]) and the lint (`crate::lint`) read the same
//! classification and the same JSON structs, so they cannot disagree on what
//! a question, a list item or a front matter line is.

use std::path::Path;

use crate::error::{Error, ErrorKind};
use crate::model::Faq;

mod blocks;
mod entries;
pub(crate) mod json;
pub(crate) mod source;
mod synonyms;
mod text;

pub use entries::MAX_ENTRIES;
use source::{line_number, Source};
pub use synonyms::{load_synonyms, parse_synonyms};

/// The largest dataset file, in bytes (the 10,000-entry dataset is 3.5 MB).
pub const MAX_DATASET_BYTES: usize = 16 * 1024 * 1024;

/// Which parser to use for a dataset file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The line-based text format.
    Text,
    /// A JSON list of `{question, answer}` objects.
    Json,
}

impl Format {
    /// `.json` files are JSON; everything else is text.
    pub fn from_path(path: &Path) -> Self {
        match path.extension().and_then(|e| e.to_str()) {
            Some(ext) if ext.eq_ignore_ascii_case("json") => Format::Json,
            _ => Format::Text,
        }
    }
}

/// Reads and parses the dataset at `path`, choosing the format by extension.
/// Errors name the path.
pub fn load(path: &Path) -> Result<Faq, Error> {
    let bytes = read_file(path)?;
    parse_bytes(&bytes, Format::from_path(path)).map_err(|e| e.in_file(path))
}

/// Parses raw bytes, rejecting invalid UTF-8 with the line it occurs on.
pub fn parse_bytes(bytes: &[u8], format: Format) -> Result<Faq, Error> {
    read_bytes(bytes, format).map(|(faq, _)| faq)
}

/// Parses the text format.
pub fn parse_text(src: &str) -> Result<Faq, Error> {
    text::parse(&Source::read(src))
}

/// Parses the JSON format.
pub fn parse_json(src: &str) -> Result<Faq, Error> {
    json::parse(src).map(|(faq, _)| faq)
}

/// A dataset as read, before it became a [`Faq`]: what the lint reads.
#[derive(Debug)]
pub(crate) enum Dataset<'a> {
    /// A text dataset's classified lines.
    Text(Source<'a>),
    /// A decoded JSON dataset.
    Json(json::Document),
}

/// The bytes of the dataset at `path`; an error names the path.
pub(crate) fn read_file(path: &Path) -> Result<Vec<u8>, Error> {
    std::fs::read(path).map_err(|e| Error::whole_file(ErrorKind::Unreadable(e.to_string())).in_file(path))
}

/// Parses raw bytes once: the [`Faq`], and the [`Dataset`] it was read from.
pub(crate) fn read_bytes(bytes: &[u8], format: Format) -> Result<(Faq, Dataset<'_>), Error> {
    if bytes.len() > MAX_DATASET_BYTES {
        return Err(Error::whole_file(ErrorKind::TooLarge { bytes: bytes.len(), limit: MAX_DATASET_BYTES }));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let line = 1 + bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count();
        Error::at(line_number(line), ErrorKind::InvalidUtf8)
    })?;
    match format {
        Format::Text => {
            let source = Source::read(text);
            Ok((text::parse(&source)?, Dataset::Text(source)))
        }
        Format::Json => json::parse(text).map(|(faq, doc)| (faq, Dataset::Json(doc))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    #[test]
    fn invalid_utf8_is_an_error_on_its_line() {
        let e = parse_bytes(b"What is it?\nAn \xff answer.\n", Format::Text).unwrap_err();
        assert_eq!((e.line(), e.kind()), (Some(2), &ErrorKind::InvalidUtf8));
        let e = parse_bytes(b"[{\"question\": \"Q?\",\n\"answer\": \"\xc3\"}]", Format::Json).unwrap_err();
        assert_eq!((e.line(), e.kind()), (Some(2), &ErrorKind::InvalidUtf8));
    }

    #[test]
    fn too_many_entries_or_bytes_are_refused_with_the_limit() {
        let src: String = (0..=MAX_ENTRIES).map(|i| format!("Question {i}?\nAnswer.\n")).collect();
        let e = parse_text(&src).unwrap_err();
        let line = 2 * MAX_ENTRIES as u32 + 1;
        assert_eq!((e.line(), e.kind()), (Some(line), &ErrorKind::TooManyEntries { limit: MAX_ENTRIES }));
        assert!(e.to_string().contains("more than 25000 questions"), "{e}");
        let at_limit: String = (0..MAX_ENTRIES).map(|i| format!("Question {i}?\nAnswer.\n")).collect();
        assert_eq!(parse_text(&at_limit).unwrap().entries.len(), MAX_ENTRIES);
        let big = vec![b'a'; MAX_DATASET_BYTES + 1];
        let e = parse_bytes(&big, Format::Text).unwrap_err();
        assert_eq!(e.kind(), &ErrorKind::TooLarge { bytes: MAX_DATASET_BYTES + 1, limit: MAX_DATASET_BYTES });
    }

    #[test]
    fn a_megabyte_answer_is_kept_whole() {
        let answer = "word ".repeat(200_000);
        let faq = parse_text(&format!("Big?\n{answer}\n")).unwrap();
        assert_eq!(faq.entries[0].answer_texts().map(str::len).sum::<usize>(), answer.trim_end().len());
    }

    #[test]
    fn a_nul_character_is_an_error_on_its_line() {
        let e = parse_text("What is it?\nAn answer.\nMore \0 text.\n").unwrap_err();
        assert_eq!((e.line(), e.kind()), (Some(3), &ErrorKind::NulCharacter));
        let e = parse_json(
            "[{\"question\": \"Q?\", \"answer\": \"A.\"},\n {\"question\": \"R\\u0000?\", \"answer\": \"B.\"}]",
        )
        .unwrap_err();
        assert_eq!((e.line(), e.kind()), (Some(2), &ErrorKind::NulCharacter));
    }

    #[test]
    fn a_missing_file_is_an_error_naming_the_path() {
        let e = load(Path::new("/no/such/dir/faq.txt")).unwrap_err();
        assert!(matches!(e.kind(), ErrorKind::Unreadable(_)));
        let shown = e.to_string();
        assert!(shown.starts_with("/no/such/dir/faq.txt: cannot read the dataset: "), "{shown}");
    }

    #[test]
    fn errors_from_files_read_path_colon_line() {
        let dir = std::env::temp_dir().join(format!("faq-core-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("dup.txt");
        std::fs::write(&path, "A?\nx\nA?\ny\n").unwrap();
        let shown = load(&path).unwrap_err().to_string();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(shown, format!("{}:3: duplicate question \"A?\" (first asked on line 1)", path.display()));
    }

    #[test]
    fn json_is_chosen_by_extension() {
        assert_eq!(Format::from_path(Path::new("a/faq.JSON")), Format::Json);
        assert_eq!(Format::from_path(Path::new("a/faq.txt")), Format::Text);
        assert_eq!(Format::from_path(Path::new("a/faq")), Format::Text);
    }
}
