//! A dataset linter: problems that parse but look wrong to a reader.
//!
//! The parser rejects what it cannot use (see [`crate::Error`]); the linter
//! warns about text that parses but that a patient would trip over: answers
//! cut off with `…`, words run together (`inPain`), two questions asking the
//! same thing, a question that lost its `?`, empty list items, answers too long
//! to read in the widget, and bare URLs that show as plain text.
//!
//! Every [`Warning`] carries its line and says what to do. The `faq-lint`
//! binary prints them as `path:line: warning: …`; the widget's build script
//! prints the same ones.
//!
//! ```
//! use faq_core::lint::{lint_text, WarningKind};
//!
//! let warnings = lint_text("What is a lipoma?\n\nA soft lump that grows inThe fat…\n");
//! let found: Vec<(u32, String)> = warnings.iter().map(|w| (w.line(), w.kind().to_string())).collect();
//! assert_eq!(
//!     found,
//!     [
//!         (3, "missing space in \"inThe\": write \"in The\"".to_owned()),
//!         (3, "text ends in '…': it looks cut off; complete it or remove the ellipsis".to_owned()),
//!     ]
//! );
//! assert!(matches!(warnings[1].kind(), WarningKind::CutOff { .. }));
//! ```
//!
//! The lint reads a dataset with the parser's own reader (`crate::parse`):
//! the same classified lines of a text dataset (front matter and `## Topic`
//! lines are not linted; questions, list items and answer text are) and the
//! same decoded JSON entries. [`crate::check_file`] parses and lints a file
//! in one read.

use std::path::Path;

use crate::error::Error;
use crate::language::{normalize_tag, Language, ENGLISH};
use crate::parse::json::{self, Document};
use crate::parse::source::{answer_line, Kind, Source, QUESTION_MARKS};
use crate::parse::{read_bytes, read_file, Dataset, Format};
use crate::text::words;

mod duplicates;
mod limits;
mod rules;
mod warning;

use duplicates::near_duplicates;
pub use limits::{MAX_ANSWER_WORDS, MAX_LOST_QUESTION_CHARS, MIN_SPELLING_SIMILARITY, NEAR_DUPLICATE_MIN_WORDS};
use rules::{answer_text, long_answer, missing_spaces, reads_like_question};
pub use warning::{Warning, WarningKind};

/// Lints the dataset at `path`, choosing the format by extension like
/// [`crate::load`]. A file that cannot be read or does not parse is an error
/// (naming the path), with no warnings: fix that first. To have the parsed
/// dataset too, from the same read, use [`crate::check_file`].
pub fn lint_file(path: &Path) -> Result<Vec<Warning>, Error> {
    let bytes = read_file(path)?;
    let (_, dataset) = read_bytes(&bytes, Format::from_path(path)).map_err(|e| e.in_file(path))?;
    Ok(lint_dataset(&dataset))
}

/// Lints a text dataset. It does not check that the text parses (use
/// [`crate::parse_text`] or [`lint_file`] for that); warnings are in line order.
pub fn lint_text(src: &str) -> Vec<Warning> {
    lint_dataset(&Dataset::Text(Source::read(src)))
}

/// Lints a JSON dataset (a list of `{"question", "answer", …}` objects, or an
/// object with such a list as `"entries"`). Each entry's warnings are on the
/// line of its `"question"` key. JSON that is not a dataset (that
/// [`crate::parse_json`] cannot decode: bad syntax, a missing or unknown
/// field) is an error.
pub fn lint_json(src: &str) -> Result<Vec<Warning>, Error> {
    json::decode(src).map(|doc| lint_dataset(&Dataset::Json(doc)))
}

/// The warnings of a dataset the parser has read, by the search rules of its
/// language (looked up among all: [`Language::of`]).
pub(crate) fn lint_dataset(dataset: &Dataset<'_>) -> Vec<Warning> {
    let mut out = Vec::new();
    let rules = search_rules(dataset_language(dataset), &mut out);
    out.extend(lint_dataset_in(dataset, rules));
    out.sort_by_key(Warning::line);
    out
}

/// [`lint_dataset`] by the given search rules (no lookup among all, so a
/// build that calls only this links only that language's stemmer).
pub(crate) fn lint_dataset_in(dataset: &Dataset<'_>, rules: &'static Language) -> Vec<Warning> {
    match dataset {
        Dataset::Text(source) => lint_source(source, rules),
        Dataset::Json(doc) => lint_document(doc, rules),
    }
}

/// The dataset's `language` as written, with its line.
fn dataset_language<'d>(dataset: &'d Dataset<'_>) -> Option<(u32, &'d str)> {
    match dataset {
        Dataset::Text(source) => source.front_matter().iter().find_map(|line| match line.kind {
            Kind::Field(Some(("language", tag))) => Some((line.number, tag)),
            _ => None,
        }),
        Dataset::Json(doc) => doc.language.as_deref().map(|tag| (doc.language_line(), tag)),
    }
}

/// The text rules, over a text dataset's body (front matter lines are not
/// linted; a front matter never closed is read as body, as the parser
/// rejects it anyway).
fn lint_source(source: &Source<'_>, language: &'static Language) -> Vec<Warning> {
    let lines = source.body();
    let blank = |i: usize| lines.get(i).is_some_and(|l| l.kind == Kind::Blank);
    let mut out = Vec::new();
    let mut questions: Vec<(u32, String)> = Vec::new();
    // The current entry: its question's line and its answer's word count so far.
    let mut entry: Option<(u32, usize)> = None;

    for (i, line) in lines.iter().enumerate() {
        let n = line.number;
        let text = match line.kind {
            Kind::Question { text, .. } => {
                long_answer(entry.take(), &mut out);
                missing_spaces(text, n, &mut out);
                questions.push((n, text.to_owned()));
                entry = Some((n, 0));
                continue;
            }
            Kind::Item { text: "", .. } => {
                out.push(Warning::new(n, WarningKind::EmptyListItem));
                continue;
            }
            Kind::Item { text, .. } => text,
            Kind::Text(text) => {
                // A line on its own: after the front matter, a blank line or
                // a line ending in `?` (a question, or a topic line ending in
                // one), and before a blank line.
                let after_break = i == 0
                    || match lines[i - 1].kind {
                        Kind::Blank | Kind::Question { .. } => true,
                        Kind::Topic(name) => name.ends_with(QUESTION_MARKS),
                        _ => false,
                    };
                if after_break && blank(i + 1) && reads_like_question(text) {
                    out.push(Warning::new(n, WarningKind::LostQuestionMark));
                }
                text
            }
            Kind::Blank | Kind::Topic(_) | Kind::Fence | Kind::Field(_) => continue,
        };
        answer_text(text, n, &mut out);
        if let Some((_, count)) = &mut entry {
            *count += words(text).count();
        }
    }
    long_answer(entry, &mut out);
    near_duplicates(&questions, language, &mut out);
    out.sort_by_key(Warning::line);
    out
}

/// The rules for a JSON dataset's entries, each reported on the line of its
/// `"question"` key. The question is linted as written (the parser drops an
/// `[FAQ]: ` prefix from it; the lint does not).
fn lint_document(doc: &Document, language: &'static Language) -> Vec<Warning> {
    let mut out = Vec::new();
    let mut questions = Vec::new();
    for (i, entry) in doc.entries.iter().enumerate() {
        let n = doc.question_line(i);
        let question = entry.question.trim();
        if !question.ends_with(QUESTION_MARKS) {
            out.push(Warning::new(n, WarningKind::NoQuestionMark));
        }
        missing_spaces(question, n, &mut out);
        questions.push((n, question.to_owned()));
        let mut count = 0;
        for line in entry.answer.lines() {
            let text = match answer_line(line) {
                Kind::Item { text: "", .. } => {
                    out.push(Warning::new(n, WarningKind::EmptyListItem));
                    continue;
                }
                Kind::Item { text, .. } | Kind::Text(text) => text,
                _ => continue,
            };
            answer_text(text, n, &mut out);
            count += words(text).count();
        }
        long_answer(Some((n, count)), &mut out);
    }
    near_duplicates(&questions, language, &mut out);
    out.sort_by_key(Warning::line);
    out
}

/// The search rules of the dataset's language (`(line, tag)` as written;
/// none is English), with a warning if there are none for it: the search
/// then folds case and accents only. A malformed tag is the parser's error.
fn search_rules(language: Option<(u32, &str)>, out: &mut Vec<Warning>) -> &'static Language {
    let Some((line, tag)) = language else { return &ENGLISH };
    let rules = Language::rules_for(tag);
    if !rules.has_stemmer() {
        if let Ok(tag) = normalize_tag(tag) {
            out.push(Warning::new(line, WarningKind::NoSearchRules { tag }));
        }
    }
    rules
}
