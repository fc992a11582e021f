//! Parsers for the two dataset formats.
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

use std::collections::HashMap;
use std::path::Path;

use serde::Deserialize;

use crate::error::{Error, ErrorKind};
use crate::model::{About, Block, Date, Entry, Faq};
use crate::slug::assign_slugs;
use crate::text::words;

/// The prefix some exports put before the first question.
const FAQ_PREFIX: &str = "[FAQ]:";
/// A sub-heading has at most this many words.
const MAX_HEADING_WORDS: usize = 14;

/// The most entries a dataset may have. Searching scans every entry's words;
/// past this, a keystroke would no longer feel instant on a phone, and the
/// `.wasm` (which embeds the text) grows past what a page should load.
pub const MAX_ENTRIES: usize = 25_000;

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
    let bytes =
        std::fs::read(path).map_err(|e| Error::whole_file(ErrorKind::Unreadable(e.to_string())).in_file(path))?;
    parse_bytes(&bytes, Format::from_path(path)).map_err(|e| e.in_file(path))
}

/// Parses raw bytes, rejecting invalid UTF-8 with the line it occurs on.
pub fn parse_bytes(bytes: &[u8], format: Format) -> Result<Faq, Error> {
    if bytes.len() > MAX_DATASET_BYTES {
        return Err(Error::whole_file(ErrorKind::TooLarge { bytes: bytes.len(), limit: MAX_DATASET_BYTES }));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let line = 1 + bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count();
        Error::at(line_number(line), ErrorKind::InvalidUtf8)
    })?;
    match format {
        Format::Text => parse_text(text),
        Format::Json => parse_json(text),
    }
}

/// Parses the text format.
pub fn parse_text(src: &str) -> Result<Faq, Error> {
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    let all: Vec<(u32, &str)> = src.lines().enumerate().map(|(i, l)| (line_number(i + 1), l)).collect();
    let (about, lines) = front_matter(&all)?;

    let Some(&(first_text_line, _)) = lines.iter().find(|(_, l)| !l.trim().is_empty()) else {
        return Err(Error::at(1, ErrorKind::Empty));
    };
    let is_question = |line: &str| line.trim_end().ends_with('?');
    if !lines.iter().any(|(_, l)| is_question(l) && topic_line(l).is_none()) {
        return Err(Error::at(first_text_line, ErrorKind::NoQuestion));
    }

    let mut raw: Vec<RawEntry<'_>> = Vec::new();
    let mut topic: Option<String> = None;
    for &(n, line) in lines {
        if let Some(name) = topic_line(line) {
            if name.is_empty() {
                return Err(Error::at(n, ErrorKind::EmptyTopic));
            }
            topic = Some(name.to_owned());
        } else if is_question(line) {
            let (urgent, question) = match line.trim_start().strip_prefix('!') {
                Some(rest) => (true, rest),
                None => (false, line),
            };
            raw.push(RawEntry {
                line: n,
                question: clean_question(question),
                body: Vec::new(),
                topic: topic.clone(),
                urgent,
            });
        } else if let Some(entry) = raw.last_mut().filter(|e| e.topic == topic) {
            entry.body.push((n, line));
        } else if !line.trim().is_empty() {
            return Err(Error::at(n, ErrorKind::TextBeforeFirstQuestion));
        }
    }
    build_faq(raw, about)
}

/// Numbered lines of a text dataset.
type Lines<'l, 'a> = &'l [(u32, &'a str)];

/// Splits off the front matter (see the module docs), if the first non-blank
/// line is `---`, and reads it.
fn front_matter<'a, 'l>(lines: Lines<'l, 'a>) -> Result<(About, Lines<'l, 'a>), Error> {
    let mut about = About::default();
    let Some(open) = lines.iter().position(|(_, l)| !l.trim().is_empty()) else { return Ok((about, lines)) };
    if lines[open].1.trim_end() != "---" {
        return Ok((about, lines));
    }
    let Some(close) = lines[open + 1..].iter().position(|(_, l)| l.trim_end() == "---").map(|i| open + 1 + i) else {
        return Err(Error::at(lines[open].0, ErrorKind::UnclosedFrontMatter));
    };
    for &(n, line) in &lines[open + 1..close] {
        if line.trim().is_empty() {
            continue;
        }
        if line.contains('\0') {
            return Err(Error::at(n, ErrorKind::NulCharacter));
        }
        let bad = || Error::at(n, ErrorKind::BadFrontMatter(line.trim().to_owned()));
        let (key, value) = line.split_once(':').ok_or_else(bad)?;
        let value = value.trim();
        if value.is_empty() {
            return Err(bad());
        }
        match key.trim() {
            "clinic" => about.clinic = Some(value.to_owned()),
            "reviewed-by" => about.reviewed_by = Some(value.to_owned()),
            "last-reviewed" => {
                let date = Date::parse(value).ok_or_else(|| Error::at(n, ErrorKind::BadDate(value.to_owned())))?;
                about.last_reviewed = Some(date);
                about.last_reviewed_line = n;
            }
            _ => return Err(bad()),
        }
    }
    Ok((about, &lines[close + 1..]))
}

/// Parses a synonym table: one group per line, words separated by spaces;
/// blank lines and lines starting with `#` are ignored. Words are folded like
/// the index. A group needs two or more words.
///
/// ```
/// let groups = faq_core::parse_synonyms("# comment\nTumour tumor\n\ndisc disk\n").unwrap();
/// assert_eq!(groups, [vec!["tumour", "tumor"], vec!["disc", "disk"]]);
/// assert_eq!(faq_core::parse_synonyms("slipped-disc herniated\n").unwrap_err().line(), Some(1));
/// ```
pub fn parse_synonyms(src: &str) -> Result<Vec<Vec<String>>, Error> {
    let mut groups = Vec::new();
    for (i, line) in src.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut group = Vec::new();
        for item in line.split_whitespace() {
            let mut found = words(item);
            match (found.next(), found.next()) {
                (Some((range, word)), None) if range.len() == item.len() => group.push(word),
                _ => return Err(Error::at(line_number(i + 1), ErrorKind::BadSynonym(item.to_owned()))),
            }
        }
        if group.len() > 1 {
            groups.push(group);
        }
    }
    Ok(groups)
}

/// Parses the JSON format.
pub fn parse_json(src: &str) -> Result<Faq, Error> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct JsonEntry {
        question: String,
        answer: String,
        #[serde(default)]
        topic: Option<String>,
        #[serde(default)]
        urgent: bool,
    }
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct JsonDocument {
        #[serde(default)]
        clinic: Option<String>,
        #[serde(default, rename = "reviewed-by")]
        reviewed_by: Option<String>,
        #[serde(default, rename = "last-reviewed")]
        last_reviewed: Option<String>,
        entries: Vec<JsonEntry>,
    }
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    if src.trim().is_empty() {
        return Err(Error::at(1, ErrorKind::Empty));
    }
    let json_error = |e: serde_json::Error| {
        let msg = e.to_string();
        // serde_json appends " at line L column C"; the line goes in front instead.
        let msg = msg.rsplit_once(" at line ").map_or(msg.as_str(), |(m, _)| m).to_owned();
        Error::at(line_number(e.line().max(1)), ErrorKind::Json(msg))
    };
    let (parsed, mut about) = if src.trim_start().starts_with('{') {
        let doc: JsonDocument = serde_json::from_str(src).map_err(json_error)?;
        for (key, value) in [("\"clinic\"", &doc.clinic), ("\"reviewed-by\"", &doc.reviewed_by)] {
            if value.as_deref().is_some_and(|v| v.contains('\0')) {
                let line = key_lines(src, key).first().copied().unwrap_or(1);
                return Err(Error::at(line, ErrorKind::NulCharacter));
            }
        }
        let about = About { clinic: doc.clinic, reviewed_by: doc.reviewed_by, ..About::default() };
        if let Some(value) = doc.last_reviewed {
            let line = key_lines(src, "\"last-reviewed\"").first().copied().unwrap_or(1);
            let date = Date::parse(&value).ok_or_else(|| Error::at(line, ErrorKind::BadDate(value.clone())))?;
            (doc.entries, About { last_reviewed: Some(date), last_reviewed_line: line, ..about })
        } else {
            (doc.entries, about)
        }
    } else {
        (serde_json::from_str::<Vec<JsonEntry>>(src).map_err(json_error)?, About::default())
    };
    if parsed.is_empty() {
        return Err(Error::at(1, ErrorKind::NoQuestion));
    }
    let lines = key_lines(src, "\"question\"");
    let raw = parsed
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let line = lines.get(i).copied().unwrap_or(1);
            RawEntry {
                line,
                question: clean_question(&e.question),
                body: e.answer.lines().map(|l| (line, l)).collect(),
                topic: e.topic.as_deref().map(str::trim).filter(|t| !t.is_empty()).map(str::to_owned),
                urgent: e.urgent,
            }
        })
        .collect();
    about.clinic = about.clinic.filter(|c| !c.trim().is_empty());
    build_faq(raw, about)
}

/// The 1-based line of each `key` (quoted) followed by `:`, in order; inside
/// JSON strings a quote is escaped, so the pattern only occurs as a key.
pub(crate) fn key_lines(src: &str, key: &str) -> Vec<u32> {
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

struct RawEntry<'a> {
    line: u32,
    question: String,
    body: Vec<(u32, &'a str)>,
    topic: Option<String>,
    urgent: bool,
}

/// A topic heading line, `## Name` at the start of a line: the name.
pub(crate) fn topic_line(line: &str) -> Option<&str> {
    line.strip_prefix("## ").or_else(|| (line.trim_end() == "##").then_some("")).map(str::trim)
}

fn build_faq(raw: Vec<RawEntry<'_>>, about: About) -> Result<Faq, Error> {
    if let Some(extra) = raw.get(MAX_ENTRIES) {
        return Err(Error::at(extra.line, ErrorKind::TooManyEntries { limit: MAX_ENTRIES }));
    }
    let mut first_seen: HashMap<Vec<String>, u32> = HashMap::new();
    let mut entries = Vec::with_capacity(raw.len());
    let mut topics: Vec<String> = Vec::new();
    for RawEntry { line, question, body, topic, urgent } in raw {
        // NUL ends each string in the bundle (see `codec`); no real text has one.
        let nul = std::iter::once((line, question.as_str()))
            .chain(topic.as_deref().map(|t| (line, t)))
            .chain(body.iter().copied())
            .find(|(_, text)| text.contains('\0'));
        if let Some((nul_line, _)) = nul {
            return Err(Error::at(nul_line, ErrorKind::NulCharacter));
        }
        let topic = topic.map(|name| match topics.iter().position(|t| *t == name) {
            Some(i) => i as u32,
            None => {
                topics.push(name);
                (topics.len() - 1) as u32
            }
        });
        if question.trim_end_matches(['?', ' ']).is_empty() {
            return Err(Error::at(line, ErrorKind::EmptyQuestion));
        }
        // Same words, ignoring case, accents and punctuation; a question with no
        // words at all (only emoji, say) is compared as written.
        let mut key: Vec<String> = words(&question).map(|(_, w)| w).collect();
        if key.is_empty() {
            key.push(question.clone());
        }
        if let Some(&first_line) = first_seen.get(&key) {
            return Err(Error::at(line, ErrorKind::DuplicateQuestion { question, first_line }));
        }
        first_seen.insert(key, line);
        let answer = blocks(&body);
        if answer.is_empty() {
            return Err(Error::at(line, ErrorKind::MissingAnswer { question }));
        }
        entries.push(Entry { slug: String::new(), question, answer, line, topic, urgent });
    }
    assign_slugs(&mut entries);
    Ok(Faq { entries, topics, about })
}

fn clean_question(line: &str) -> String {
    let q = line.trim();
    q.strip_prefix(FAQ_PREFIX).map_or(q, str::trim_start).trim().to_owned()
}

/// A list item line: its kind, its number (ordered lists) and its text.
enum Item<'a> {
    Ordered(u32, &'a str),
    Bullet(&'a str),
}

fn list_item(line: &str) -> Option<Item<'_>> {
    let t = line.trim();
    for marker in ["• ", "- ", "* ", "· "] {
        if let Some(text) = t.strip_prefix(marker) {
            return Some(Item::Bullet(text.trim()));
        }
    }
    let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if (1..=4).contains(&digits) {
        let (number, rest) = t.split_at(digits);
        if let Some(text) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            return Some(Item::Ordered(number.parse().ok()?, text.trim()));
        }
    }
    None
}

/// Groups answer lines into blocks (see the module docs for the rules).
fn blocks(lines: &[(u32, &str)]) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut paragraph: Vec<&str> = Vec::new();
    // Single-line paragraphs that may turn out to be sub-headings.
    let mut heading_candidates = Vec::new();

    let flush = |paragraph: &mut Vec<&str>, out: &mut Vec<Block>, candidates: &mut Vec<usize>| {
        if paragraph.is_empty() {
            return;
        }
        if paragraph.len() == 1 && looks_like_heading(paragraph[0]) {
            candidates.push(out.len());
        }
        out.push(Block::Paragraph(paragraph.join(" ")));
        paragraph.clear();
    };

    for &(_, line) in lines {
        if line.trim().is_empty() {
            flush(&mut paragraph, &mut out, &mut heading_candidates);
            continue;
        }
        match list_item(line) {
            Some(item) => {
                flush(&mut paragraph, &mut out, &mut heading_candidates);
                match (item, out.last_mut()) {
                    (Item::Ordered(_, text), Some(Block::Ordered { items, .. })) => items.push(text.to_owned()),
                    (Item::Bullet(text), Some(Block::Bullets(items))) => items.push(text.to_owned()),
                    (Item::Ordered(start, text), _) => out.push(Block::Ordered { start, items: vec![text.to_owned()] }),
                    (Item::Bullet(text), _) => out.push(Block::Bullets(vec![text.to_owned()])),
                }
            }
            None => paragraph.push(line.trim()),
        }
    }
    flush(&mut paragraph, &mut out, &mut heading_candidates);

    // A heading introduces something: the answer's last block stays a paragraph.
    for i in heading_candidates {
        if i + 1 < out.len() {
            if let Block::Paragraph(text) = &mut out[i] {
                out[i] = Block::Heading(std::mem::take(text));
            }
        }
    }
    out
}

/// A short line without closing punctuation, such as "The only cure for lipomas".
fn looks_like_heading(line: &str) -> bool {
    let core = line.trim_end_matches(['"', '\'', '”', '’', ')', ']', ' ']);
    let ends_open = !core.ends_with(['.', '!', '?', ':', ';', ',', '…']);
    ends_open && core.split_whitespace().count() <= MAX_HEADING_WORDS && words(core).next().is_some()
}

/// Converts a line count to the stored `u32` (a dataset over 4 billion lines saturates).
fn line_number(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(src: &str) -> Error {
        parse_text(src).expect_err("the dataset should be rejected")
    }

    #[test]
    fn empty_file_is_an_error_on_line_1() {
        for src in ["", "\n\n   \n"] {
            let e = err(src);
            assert_eq!((e.line(), e.kind()), (Some(1), &ErrorKind::Empty));
        }
    }

    #[test]
    fn text_without_a_question_is_an_error_at_its_first_line() {
        let e = err("\n\nJust some text.\nMore text.\n");
        assert_eq!((e.line(), e.kind()), (Some(3), &ErrorKind::NoQuestion));
    }

    #[test]
    fn text_before_the_first_question_is_an_error() {
        let e = err("Intro text.\n\nWhat is it?\nAn answer.\n");
        assert_eq!((e.line(), e.kind()), (Some(1), &ErrorKind::TextBeforeFirstQuestion));
    }

    #[test]
    fn a_question_with_no_answer_is_an_error_at_the_question() {
        let e = err("What is it?\nAn answer.\n\nWhy?\n\nHow?\nLike this.\n");
        assert_eq!(e.line(), Some(4));
        assert_eq!(e.kind(), &ErrorKind::MissingAnswer { question: "Why?".into() });
        // The last question too.
        let e = err("What is it?\nAn answer.\nAnd then?\n   \n");
        assert_eq!(e.line(), Some(3));
    }

    #[test]
    fn a_duplicate_question_names_both_lines() {
        let e = err("What is it?\nOne.\nWhat  is IT?\nTwo.\n");
        assert_eq!(e.line(), Some(3));
        assert_eq!(e.kind(), &ErrorKind::DuplicateQuestion { question: "What  is IT?".into(), first_line: 1 });
        assert_eq!(e.to_string(), "line 3: duplicate question \"What  is IT?\" (first asked on line 1)");
    }

    #[test]
    fn an_empty_question_is_an_error() {
        let e = err("[FAQ]: ?\nAnswer.\n");
        assert_eq!((e.line(), e.kind()), (Some(1), &ErrorKind::EmptyQuestion));
    }

    #[test]
    fn invalid_utf8_is_an_error_on_its_line() {
        let e = parse_bytes(b"What is it?\nAn \xff answer.\n", Format::Text).unwrap_err();
        assert_eq!((e.line(), e.kind()), (Some(2), &ErrorKind::InvalidUtf8));
        let e = parse_bytes(b"[{\"question\": \"Q?\",\n\"answer\": \"\xc3\"}]", Format::Json).unwrap_err();
        assert_eq!((e.line(), e.kind()), (Some(2), &ErrorKind::InvalidUtf8));
    }

    #[test]
    fn front_matter_and_urgent_marks_are_read() {
        let src = "\n---\nclinic: Riverside Clinic\nreviewed-by: Dr A. Khan, GP\nlast-reviewed: 2026-03-01\n---\n\
                   What is a lipoma?\nA lump.\n!  When is back pain serious?\nWhen it wakes you.\n";
        let faq = parse_text(src).unwrap();
        assert_eq!(faq.about.clinic.as_deref(), Some("Riverside Clinic"));
        assert_eq!(faq.about.reviewed_by.as_deref(), Some("Dr A. Khan, GP"));
        assert_eq!(faq.about.last_reviewed, Date::parse("2026-03-01"));
        assert_eq!(faq.about.last_reviewed_line, 5);
        let marks: Vec<(&str, bool)> = faq.entries.iter().map(|e| (e.question.as_str(), e.urgent)).collect();
        assert_eq!(marks, [("What is a lipoma?", false), ("When is back pain serious?", true)]);
        assert_eq!(faq.entries[1].slug, "when-is-back-pain-serious");
        // Without front matter, `---` is ordinary text and nothing is set.
        let faq = parse_text("Q?\nA line\n---\n").unwrap();
        assert_eq!(faq.about, About::default());
    }

    #[test]
    fn bad_front_matter_is_an_error_on_its_line() {
        let e = parse_text("---\nclinic: X\nreviewer: Dr Y\n---\nQ?\nA.\n").unwrap_err();
        assert_eq!((e.line(), e.kind()), (Some(3), &ErrorKind::BadFrontMatter("reviewer: Dr Y".into())));
        let e = parse_text("---\nlast-reviewed: 2026-02-30\n---\nQ?\nA.\n").unwrap_err();
        assert_eq!((e.line(), e.kind()), (Some(2), &ErrorKind::BadDate("2026-02-30".into())));
        let e = parse_text("---\nclinic: X\nQ?\nA.\n").unwrap_err();
        assert_eq!((e.line(), e.kind()), (Some(1), &ErrorKind::UnclosedFrontMatter));
        let e = parse_text("---\nclinic:\n---\nQ?\nA.\n").unwrap_err();
        assert_eq!(e.line(), Some(2), "a key without a value");
    }

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
    fn prefix_is_dropped_and_crlf_and_bom_are_accepted() {
        let faq = parse_text("\u{feff}[FAQ]: What is it?\r\n\r\nA lump.\r\n").unwrap();
        assert_eq!(faq.entries[0].question, "What is it?");
        assert_eq!(faq.entries[0].answer, [Block::Paragraph("A lump.".into())]);
    }

    #[test]
    fn answers_become_paragraphs_headings_and_lists() {
        let faq = parse_text(
            "Q?\n\nTreatments and relief\n\n  1. Rest. …\n  2. Ice.\n\nTypes\n  • One.\n\n  • Two.\nLast line\n",
        )
        .unwrap();
        assert_eq!(
            faq.entries[0].answer,
            [
                Block::Heading("Treatments and relief".into()),
                Block::Ordered { start: 1, items: vec!["Rest. …".into(), "Ice.".into()] },
                Block::Heading("Types".into()),
                Block::Bullets(vec!["One.".into(), "Two.".into()]),
                // Last block: a paragraph even without closing punctuation.
                Block::Paragraph("Last line".into()),
            ]
        );
    }

    #[test]
    fn consecutive_lines_join_into_one_paragraph() {
        let faq = parse_text("Q?\nFirst half\nsecond half.\n\nNext paragraph.\n").unwrap();
        assert_eq!(
            faq.entries[0].answer,
            [Block::Paragraph("First half second half.".into()), Block::Paragraph("Next paragraph.".into())]
        );
    }

    #[test]
    fn lead_in_lines_and_long_lines_are_not_headings() {
        let faq = parse_text("Q?\nSymptoms may include:\n\nPain.\n\nThis line has no final stop but it is far too long to be a heading in any answer\n\nEnd.\n").unwrap();
        assert!(faq.entries[0].answer.iter().all(|b| matches!(b, Block::Paragraph(_))));
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

    #[test]
    fn topic_lines_group_the_entries_that_follow() {
        let faq = parse_text(
            "## Lumps\nWhat is a lipoma?\nA lump.\n\nIs it bad?\nRarely.\n## Pain\nWhy at night?\nSee a doctor.\n",
        )
        .unwrap();
        assert_eq!(faq.topics, ["Lumps", "Pain"]);
        let topics: Vec<Option<u32>> = faq.entries.iter().map(|e| e.topic).collect();
        assert_eq!(topics, [Some(0), Some(0), Some(1)]);
        assert_eq!(faq.entries[1].answer, [Block::Paragraph("Rarely.".into())], "the topic line is not answer text");
        // No topics: none recorded.
        assert!(parse_text("Q?\nA.\n").unwrap().topics.is_empty());
        let e = parse_text("##\nQ?\nA.\n").unwrap_err();
        assert_eq!((e.line(), e.kind()), (Some(1), &ErrorKind::EmptyTopic));
        let faq =
            parse_json(r#"[{"question": "Q?", "answer": "A.", "topic": "Lumps"}, {"question": "R?", "answer": "B."}]"#)
                .unwrap();
        assert_eq!(
            (faq.topics.as_slice(), faq.entries[0].topic, faq.entries[1].topic),
            (&["Lumps".to_owned()][..], Some(0), None)
        );
    }

    #[test]
    fn json_is_chosen_by_extension() {
        assert_eq!(Format::from_path(Path::new("a/faq.JSON")), Format::Json);
        assert_eq!(Format::from_path(Path::new("a/faq.txt")), Format::Text);
        assert_eq!(Format::from_path(Path::new("a/faq")), Format::Text);
    }
}
