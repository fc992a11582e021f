//! The JSON format: one set of serde structs, decoded once into a
//! [`Document`] that the parser turns into a [`Faq`] and the lint reads.

use serde::Deserialize;

use crate::error::{Error, ErrorKind};
use crate::language::normalize_tag;
use crate::model::{About, Date, Faq};

use super::entries::{build_faq, RawEntry};
use super::source::{answer_line, clean_question, line_number, Line};

/// One entry of a JSON dataset.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct JsonEntry {
    /// The question as written.
    pub question: String,
    /// The answer as written: lines, split into blocks like the text format's.
    pub answer: String,
    /// The entry's topic, if any.
    #[serde(default)]
    pub topic: Option<String>,
    /// A red flag.
    #[serde(default)]
    pub urgent: bool,
}

/// The object form: front matter fields and the entries.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonDocument {
    #[serde(default)]
    clinic: Option<String>,
    #[serde(default, rename = "reviewed-by")]
    reviewed_by: Option<String>,
    #[serde(default, rename = "last-reviewed")]
    last_reviewed: Option<String>,
    #[serde(default)]
    language: Option<String>,
    entries: Vec<JsonEntry>,
}

/// A decoded JSON dataset (either form).
#[derive(Debug)]
pub(crate) struct Document {
    /// `clinic` (object form).
    pub clinic: Option<String>,
    /// `reviewed-by` (object form).
    pub reviewed_by: Option<String>,
    /// `last-reviewed` as written (object form).
    pub last_reviewed: Option<String>,
    /// `language` as written (object form).
    pub language: Option<String>,
    /// The entries, in order.
    pub entries: Vec<JsonEntry>,
    /// The 1-based line of each entry's `"question"` key, in order.
    pub question_lines: Vec<u32>,
    /// The 1-based line of the `"language"` key (1 if none).
    language_line: u32,
}

impl Document {
    /// The line of the `"language"` key (1 if it cannot be found).
    pub fn language_line(&self) -> u32 {
        self.language_line
    }

    /// The line of entry `i`'s `"question"` key (1 if it cannot be found).
    pub fn question_line(&self, i: usize) -> u32 {
        self.question_lines.get(i).copied().unwrap_or(1)
    }
}

/// Decodes a JSON dataset: a list of entries, or an object with front matter
/// fields and `entries`. A leading byte-order mark is dropped. JSON that is
/// not a dataset is an error on the line serde_json names.
pub(crate) fn decode(src: &str) -> Result<Document, Error> {
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    let json_error = |e: serde_json::Error| {
        let msg = e.to_string();
        // serde_json appends " at line L column C"; the line goes in front instead.
        let msg = msg.rsplit_once(" at line ").map_or(msg.as_str(), |(m, _)| m).to_owned();
        Error::at(line_number(e.line().max(1)), ErrorKind::Json(msg))
    };
    let question_lines = key_lines(src, "\"question\"");
    let language_line = key_lines(src, "\"language\"").first().copied().unwrap_or(1);
    if src.trim_start().starts_with('{') {
        let doc: JsonDocument = serde_json::from_str(src).map_err(json_error)?;
        let JsonDocument { clinic, reviewed_by, last_reviewed, language, entries } = doc;
        Ok(Document { clinic, reviewed_by, last_reviewed, language, entries, question_lines, language_line })
    } else {
        let entries = serde_json::from_str(src).map_err(json_error)?;
        Ok(Document {
            clinic: None,
            reviewed_by: None,
            last_reviewed: None,
            language: None,
            entries,
            question_lines,
            language_line,
        })
    }
}

/// Parses a JSON dataset: the [`Faq`] and the decoded document it came from.
pub(crate) fn parse(src: &str) -> Result<(Faq, Document), Error> {
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    if src.trim().is_empty() {
        return Err(Error::at(1, ErrorKind::Empty));
    }
    let doc = decode(src)?;
    for (key, value) in [("\"clinic\"", &doc.clinic), ("\"reviewed-by\"", &doc.reviewed_by)] {
        if value.as_deref().is_some_and(|v| v.contains('\0')) {
            let line = key_lines(src, key).first().copied().unwrap_or(1);
            return Err(Error::at(line, ErrorKind::NulCharacter));
        }
    }
    let mut about = About { clinic: doc.clinic.clone(), reviewed_by: doc.reviewed_by.clone(), ..About::default() };
    if let Some(value) = &doc.last_reviewed {
        let line = key_lines(src, "\"last-reviewed\"").first().copied().unwrap_or(1);
        let date = Date::parse(value).ok_or_else(|| Error::at(line, ErrorKind::BadDate(value.clone())))?;
        (about.last_reviewed, about.last_reviewed_line) = (Some(date), line);
    }
    if let Some(value) = &doc.language {
        let line = doc.language_line();
        let tag = normalize_tag(value).map_err(|why| Error::at(line, ErrorKind::BadLanguage(why)))?;
        (about.language, about.language_line) = (Some(tag), line);
    }
    if doc.entries.is_empty() {
        return Err(Error::at(1, ErrorKind::NoQuestion));
    }
    let raw = doc
        .entries
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let line = doc.question_line(i);
            RawEntry {
                line,
                question: clean_question(&e.question).to_owned(),
                body: e.answer.lines().map(|raw| Line { number: line, raw, kind: answer_line(raw) }).collect(),
                topic: e.topic.as_deref().map(str::trim).filter(|t| !t.is_empty()).map(str::to_owned),
                urgent: e.urgent,
            }
        })
        .collect();
    about.clinic = about.clinic.filter(|c| !c.trim().is_empty());
    let faq = build_faq(raw, about)?;
    Ok((faq, doc))
}

/// The 1-based line of each `key` (quoted) followed by `:`, in order; inside
/// JSON strings a quote is escaped, so the pattern only occurs as a key.
fn key_lines(src: &str, key: &str) -> Vec<u32> {
    let mut out = Vec::new();
    let mut line = 1;
    let mut rest = src;
    while let Some(pos) = rest.find(key) {
        line += rest[..pos].matches('\n').count();
        rest = &rest[pos + key.len()..];
        if rest.trim_start().starts_with(':') {
            out.push(line_number(line));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::error::ErrorKind;
    use crate::model::Block;
    use crate::parse::parse_json;

    #[test]
    fn json_carries_urgent_marks_and_front_matter() {
        let src = "{\"clinic\": \"Riverside\",\n \"last-reviewed\": \"2025-12-31\",\n \"entries\": [\n\
                   {\"question\": \"Q?\", \"answer\": \"A.\", \"urgent\": true}]}";
        let faq = parse_json(src).unwrap();
        assert!(faq.entries[0].urgent);
        assert_eq!(faq.about.clinic.as_deref(), Some("Riverside"));
        assert_eq!(
            (faq.about.last_reviewed.map(|d| d.to_string()), faq.about.last_reviewed_line),
            (Some("2025-12-31".into()), 2)
        );
        let e = parse_json("[{\"question\": \"Q?\", \"answer\": \"A.\", \"urgnet\": true}]").unwrap_err();
        assert!(e.to_string().contains("unknown field `urgnet`"), "{e}");
        let e = parse_json("{\"last-reviewed\": \"soon\", \"entries\": []}").unwrap_err();
        assert_eq!(e.kind(), &ErrorKind::BadDate("soon".into()));
    }

    #[test]
    fn json_dataset_splits_paragraphs_on_blank_lines() {
        let faq = parse_json(r#"[{"question": "What is it?", "answer": "One.\n\nTwo.\n  • A\n  • B"}]"#).unwrap();
        let e = &faq.entries[0];
        assert_eq!((e.slug.as_str(), e.question.as_str()), ("what-is-it", "What is it?"));
        assert_eq!(
            e.answer,
            [
                Block::Paragraph("One.".into()),
                Block::Paragraph("Two.".into()),
                Block::Bullets(vec!["A".into(), "B".into()])
            ]
        );
    }

    #[test]
    fn json_errors_have_lines() {
        let e =
            parse_json("[\n{\"question\": \"A?\", \"answer\": \"x\"},\n{\"question\": \"A?\", \"answer\": \"y\"}\n]")
                .unwrap_err();
        assert_eq!(e.line(), Some(3));
        assert!(matches!(e.kind(), ErrorKind::DuplicateQuestion { first_line: 2, .. }));

        let e = parse_json("[\n{\"question\": \"A?\",\n \"answer\": \"  \"}]").unwrap_err();
        assert_eq!((e.line(), e.kind()), (Some(2), &ErrorKind::MissingAnswer { question: "A?".into() }));

        let e = parse_json("[\n{\"question\": \"A?\"\n \"answer\": \"x\"}]").unwrap_err();
        assert_eq!(e.line(), Some(3));
        assert!(matches!(e.kind(), ErrorKind::Json(_)), "{e}");

        let e = parse_json("[\n{\"question\": \"A?\"}\n]").unwrap_err();
        assert!(e.to_string().contains("missing field `answer`"), "{e}");

        assert_eq!(parse_json("[]").unwrap_err().kind(), &ErrorKind::NoQuestion);
        assert_eq!(parse_json(" \n").unwrap_err().kind(), &ErrorKind::Empty);
        assert_eq!(
            parse_json("[{\"question\": \" \", \"answer\": \"x\"}]").unwrap_err().kind(),
            &ErrorKind::EmptyQuestion
        );
    }
}
