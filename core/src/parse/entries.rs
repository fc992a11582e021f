//! Both formats end here: the checks every entry gets, topics numbered,
//! answers grouped into blocks, slugs assigned.

use std::collections::HashMap;

use crate::error::{Error, ErrorKind};
use crate::model::{About, Entry, Faq};
use crate::slug::assign_slugs;
use crate::text::words;

use super::blocks::blocks;
use super::source::{Line, QUESTION_MARKS};

/// The most entries a dataset may have. Searching scans every entry's words;
/// past this, a keystroke would no longer feel instant on a phone, and the
/// `.wasm` (which embeds the text) grows past what a page should load.
pub const MAX_ENTRIES: usize = 25_000;

/// One entry as read from either format, before the checks every entry gets.
pub(crate) struct RawEntry<'a> {
    /// The question's line (for JSON, the line of its `"question"` key).
    pub line: u32,
    /// The question as shown.
    pub question: String,
    /// The answer's lines (for JSON, the answer's lines, numbered with the question's line).
    pub body: Vec<Line<'a>>,
    /// The topic's name, if any.
    pub topic: Option<String>,
    /// A red flag.
    pub urgent: bool,
}

/// The checks on every entry (NUL characters, empty,
/// duplicate and unanswered questions, the entry limit), topics numbered in
/// order of appearance, answers grouped into blocks, slugs assigned.
pub(crate) fn build_faq(raw: Vec<RawEntry<'_>>, about: About) -> Result<Faq, Error> {
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
            .chain(body.iter().map(|l| (l.number, l.raw)))
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
        if question.trim_end_matches(QUESTION_MARKS).trim_end().is_empty() {
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
