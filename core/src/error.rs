//! Dataset errors that carry their place: `path:line: what is wrong`.

use std::fmt;
use std::path::{Path, PathBuf};

/// A dataset that cannot be used, with where the problem is.
///
/// `Display` gives `path:line: message` (or `path: message` when no line
/// applies, such as a file that does not exist), ready to show to the person
/// who edits the dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    path: Option<PathBuf>,
    line: Option<u32>,
    kind: ErrorKind,
}

/// What is wrong with a dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The file holds nothing but whitespace.
    Empty,
    /// The file has text but no question (no line ending in `?`, or an empty JSON array).
    NoQuestion,
    /// Answer text appears before the first question.
    TextBeforeFirstQuestion,
    /// A question line is only a question mark (or only the `[FAQ]:` prefix).
    EmptyQuestion,
    /// A question is followed directly by another question or the end of the file.
    MissingAnswer {
        /// The question without an answer.
        question: String,
    },
    /// The same question (ignoring case, accents and punctuation) appears twice.
    DuplicateQuestion {
        /// The repeated question.
        question: String,
        /// The line of its first occurrence.
        first_line: u32,
    },
    /// The bytes are not valid UTF-8.
    InvalidUtf8,
    /// A JSON dataset that is not valid JSON or not a list of `{question, answer}` objects.
    Json(String),
    /// The file could not be read (missing, a directory, no permission).
    Unreadable(String),
    /// A `##` topic line without a name.
    EmptyTopic,
    /// A synonym file line holds something that is not a single word.
    BadSynonym(String),
    /// The text holds a NUL character (U+0000), as binary files do.
    NulCharacter,
    /// A front-matter line that is not `key: value` with a known key.
    BadFrontMatter(String),
    /// A front matter opened with `---` and never closed.
    UnclosedFrontMatter,
    /// A `last-reviewed` value that is not a real `YYYY-MM-DD` date.
    BadDate(String),
    /// A `language` value that is not a BCP 47 tag of a known language:
    /// why, naming the value.
    BadLanguage(String),
    /// More entries than [`crate::MAX_ENTRIES`] (reported at the first one too many).
    TooManyEntries {
        /// The limit.
        limit: usize,
    },
    /// A file larger than [`crate::MAX_DATASET_BYTES`].
    TooLarge {
        /// The file's size.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
}

impl Error {
    /// An error at a 1-based line.
    pub fn at(line: u32, kind: ErrorKind) -> Self {
        Error { path: None, line: Some(line), kind }
    }

    /// An error with no line (for example a file that cannot be read).
    pub fn whole_file(kind: ErrorKind) -> Self {
        Error { path: None, line: None, kind }
    }

    /// The same error, naming the file it came from.
    pub fn in_file(mut self, path: &Path) -> Self {
        self.path = Some(path.to_path_buf());
        self
    }

    /// The 1-based line the problem is on, if one applies.
    pub fn line(&self) -> Option<u32> {
        self.line
    }

    /// What is wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.path, self.line) {
            (Some(path), Some(line)) => write!(f, "{}:{line}: ", path.display())?,
            (Some(path), None) => write!(f, "{}: ", path.display())?,
            (None, Some(line)) => write!(f, "line {line}: ")?,
            (None, None) => {}
        }
        write!(f, "{}", self.kind)
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorKind::Empty => {
                f.write_str("the dataset is empty; expected questions (lines ending in '?') each followed by an answer")
            }
            ErrorKind::NoQuestion => f.write_str("no question found; a question is a line ending in '?'"),
            ErrorKind::TextBeforeFirstQuestion => {
                f.write_str("text before the first question; every answer must follow a question line ending in '?'")
            }
            ErrorKind::EmptyQuestion => f.write_str("the question is empty"),
            ErrorKind::MissingAnswer { question } => write!(f, "the question {question:?} has no answer"),
            ErrorKind::DuplicateQuestion { question, first_line } => {
                write!(f, "duplicate question {question:?} (first asked on line {first_line})")
            }
            ErrorKind::InvalidUtf8 => f.write_str("the file is not valid UTF-8; save it as UTF-8"),
            ErrorKind::Json(msg) => write!(f, "invalid JSON dataset: {msg}"),
            ErrorKind::Unreadable(msg) => write!(f, "cannot read the dataset: {msg}"),
            ErrorKind::EmptyTopic => f.write_str("the topic line has no name; write `## Name`"),
            ErrorKind::BadFrontMatter(line) => write!(
                f,
                "{line:?} is not front matter; write `clinic: …`, `reviewed-by: …`, `last-reviewed: YYYY-MM-DD` or `language: …`"
            ),
            ErrorKind::UnclosedFrontMatter => f.write_str("the front matter opened here has no closing `---` line"),
            ErrorKind::BadDate(value) => {
                write!(f, "{value:?} is not a date; write the last review as YYYY-MM-DD, e.g. 2026-03-01")
            }
            ErrorKind::BadLanguage(why) => write!(f, "language: {why}"),
            ErrorKind::TooManyEntries { limit } => {
                write!(f, "more than {limit} questions; split the dataset into several widgets (one per topic, say)")
            }
            ErrorKind::TooLarge { bytes, limit } => {
                write!(f, "the dataset is {bytes} bytes, over the limit of {limit}; split it into several widgets")
            }
            ErrorKind::NulCharacter => {
                f.write_str("the text contains a NUL character (U+0000); is this a binary file?")
            }
            ErrorKind::BadSynonym(item) => {
                write!(f, "{item:?} is not a single word; a synonym line lists single words separated by spaces")
            }
        }
    }
}

impl std::error::Error for Error {}
