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
//! The text format's structure is read here as the parser reads it: optional
//! front matter between `---` lines (not linted), `## Topic` lines (not
//! linted), questions (lines ending in `?`, with an optional `[FAQ]: ` prefix
//! and an optional `!` urgent marker), and answer lines up to the next question.

use std::fmt;
use std::path::Path;

use rust_stemmers::{Algorithm, Stemmer};
use serde::Deserialize;

use crate::error::{Error, ErrorKind};
use crate::parse::{parse_bytes, Format};
use crate::text::words;

/// An answer longer than this many words gets a [`WarningKind::LongAnswer`].
/// The widget opens answers inline under their question; about 350 words is
/// a minute and a half of reading and already several screens on a phone, so
/// a longer answer should be shortened or split into several questions.
pub const MAX_ANSWER_WORDS: usize = 350;

/// A paragraph line that reads like a question ([`WarningKind::LostQuestionMark`])
/// is shorter than this many characters; longer lines are prose that happens
/// to start with "When" or "How".
pub const MAX_LOST_QUESTION_CHARS: usize = 100;

/// Two questions that differ in one (non-stop) word are near-duplicates only if
/// both have at least this many words: in short questions one word is most of
/// the meaning ("What is a lipoma?" and "What is a liposarcoma?").
pub const NEAR_DUPLICATE_MIN_WORDS: usize = 5;

/// The one differing word of two near-duplicate questions must be spelled
/// alike: the same first letter and a normalised Damerau–Levenshtein
/// similarity (0 = nothing in common, 1 = equal) of at least this, after
/// stemming. 0.6 accepts "spinal"/"spine", "disc"/"disk" and "tumor"/"tumour",
/// and rejects "back"/"neck", "lump"/"lung" and "lipoma"/"liposarcoma".
pub const MIN_SPELLING_SIMILARITY: f64 = 0.6;

/// Words that do not change what a question asks, for near-duplicate checks
/// (folded, as [`crate::text::words`] gives them). "why", "when", "where",
/// "who" and "not" are kept: they do change it.
const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "is", "are", "am", "was", "were", "be", "been", "do", "does", "did", "can", "could", "should",
    "would", "will", "may", "might", "must", "shall", "have", "has", "had", "i", "im", "me", "my", "you", "your",
    "youre", "we", "our", "us", "they", "their", "them", "it", "its", "this", "that", "these", "those", "there", "of",
    "on", "in", "at", "to", "for", "from", "with", "by", "about", "and", "or", "if", "so", "what", "which", "how",
];

/// First words of a yes/no question.
const YES_NO_STARTS: &[&str] = &["can", "could", "is", "are", "do", "does", "should", "will"];
/// First words of a wh-question.
const WH_STARTS: &[&str] = &["what", "how", "why", "when", "where", "which", "who"];
/// Auxiliary verbs: a wh-word followed soon by one of these is a question
/// ("How long does it take"), not a sub-heading ("How it works").
const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "am", "do", "does", "did", "can", "could", "should", "would", "will", "may", "might",
    "must", "has", "have", "had", "shall",
];
/// After a wh-word these start a sub-heading's clause ("What you can do",
/// "When to see a doctor"), not a question.
const CLAUSE_STARTS: &[&str] = &["to", "i", "you", "we", "they", "he", "she", "it"];
/// After "Do" these make an instruction ("Do not lift", "Do these stretches").
const IMPERATIVE_DO: &[&str] = &["not", "this", "these", "the", "a", "an", "some", "them", "it"];

/// One finding: the 1-based line it is on and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    line: u32,
    kind: WarningKind,
}

/// What a [`Warning`] is about. `Display` says what is wrong and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum WarningKind {
    /// Answer text ending in an ellipsis, as text copied from a truncated
    /// search snippet does.
    CutOff {
        /// The ellipsis as written: `"…"` or `"..."`.
        ellipsis: &'static str,
    },
    /// Two words run together (`inPain`) or a sentence glued to the next
    /// (`pain.The`).
    MissingSpace {
        /// The run-together text as written.
        text: String,
        /// The same text with the space put back.
        suggestion: String,
    },
    /// The question asks the same as an earlier one: the same words ignoring
    /// order, stop words and plurals, or (in longer questions) one word spelled
    /// differently.
    NearDuplicate {
        /// The line of the earlier question.
        first_line: u32,
        /// The earlier question.
        first_question: String,
    },
    /// A JSON dataset's question that does not end in `?`.
    NoQuestionMark,
    /// A text dataset's answer line that reads like a question without its
    /// `?`, so the parser took it as part of the previous answer.
    LostQuestionMark,
    /// A list item marker (`1.`, `•`, `-`, `*`) with no text after it.
    EmptyListItem,
    /// An answer over [`MAX_ANSWER_WORDS`] words; reported on its question.
    LongAnswer {
        /// How many words the answer has.
        words: usize,
    },
    /// A URL in answer text, which the widget shows as plain text.
    BareUrl {
        /// The URL as written.
        url: String,
    },
}

impl Warning {
    /// A warning on a 1-based line.
    pub fn new(line: u32, kind: WarningKind) -> Self {
        Warning { line, kind }
    }

    /// The 1-based line the problem is on (for JSON datasets, the line of the
    /// entry's `"question"` key).
    pub fn line(&self) -> u32 {
        self.line
    }

    /// What is wrong.
    pub fn kind(&self) -> &WarningKind {
        &self.kind
    }

    /// The warning as `path:line: warning: message`, the form `faq-lint` and
    /// the build script print.
    ///
    /// ```
    /// let w = faq_core::lint::lint_text("Why?\n\n  •\n").remove(0);
    /// assert_eq!(
    ///     w.in_file(std::path::Path::new("data/faq.txt")).to_string(),
    ///     "data/faq.txt:3: warning: empty list item: write its text or delete the line"
    /// );
    /// ```
    pub fn in_file<'a>(&'a self, path: &'a Path) -> impl fmt::Display + 'a {
        InFile { warning: self, path }
    }
}

struct InFile<'a> {
    warning: &'a Warning,
    path: &'a Path,
}

impl fmt::Display for InFile<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: warning: {}", self.path.display(), self.warning.line, self.warning.kind)
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: warning: {}", self.line, self.kind)
    }
}

impl fmt::Display for WarningKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WarningKind::CutOff { ellipsis } => {
                write!(f, "text ends in '{ellipsis}': it looks cut off; complete it or remove the ellipsis")
            }
            WarningKind::MissingSpace { text, suggestion } => {
                write!(f, "missing space in {text:?}: write {suggestion:?}")
            }
            WarningKind::NearDuplicate { first_line, first_question } => write!(
                f,
                "this question asks the same as line {first_line} ({first_question:?}); merge the two entries or make the questions clearly different"
            ),
            WarningKind::NoQuestionMark => f.write_str("the question does not end in '?'; add one"),
            WarningKind::LostQuestionMark => f.write_str(
                "this line reads like a question but has no '?', so it is shown as part of the answer above it; add the '?' if it is a question, or reword it if it is a sub-heading",
            ),
            WarningKind::EmptyListItem => f.write_str("empty list item: write its text or delete the line"),
            WarningKind::LongAnswer { words } => write!(
                f,
                "the answer has {words} words, over the limit of {MAX_ANSWER_WORDS}; shorten it or split it into several questions"
            ),
            WarningKind::BareUrl { url } => write!(
                f,
                "bare URL {url:?}: the widget shows it as plain text, not a link; name the page in words instead"
            ),
        }
    }
}

/// Lints the dataset at `path`, choosing the format by extension like
/// [`crate::load`]. A file that cannot be read or does not parse is an error
/// (naming the path), with no warnings: fix that first.
pub fn lint_file(path: &Path) -> Result<Vec<Warning>, Error> {
    let bytes =
        std::fs::read(path).map_err(|e| Error::whole_file(ErrorKind::Unreadable(e.to_string())).in_file(path))?;
    let format = Format::from_path(path);
    parse_bytes(&bytes, format).map_err(|e| e.in_file(path))?;
    // The parser has checked the UTF-8.
    let src = String::from_utf8_lossy(&bytes);
    match format {
        Format::Text => Ok(lint_text(&src)),
        Format::Json => lint_json(&src).map_err(|e| e.in_file(path)),
    }
}

/// Lints a text dataset. It does not check that the text parses (use
/// [`crate::parse_text`] or [`lint_file`] for that); warnings are in line order.
pub fn lint_text(src: &str) -> Vec<Warning> {
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    let lines: Vec<&str> = src.lines().collect();
    let blank = |i: usize| lines.get(i).is_some_and(|l| l.trim().is_empty());
    let start = front_matter_end(&lines);
    let mut out = Vec::new();
    let mut questions: Vec<(u32, String)> = Vec::new();
    // The current entry: its question's line and its answer's word count so far.
    let mut entry: Option<(u32, usize)> = None;

    for (i, &line) in lines.iter().enumerate().skip(start) {
        let n = line_number(i);
        let trimmed = line.trim();
        if trimmed.is_empty() || crate::parse::source::topic_line(line).is_some() {
            continue;
        }
        if trimmed.ends_with('?') {
            long_answer(entry.take(), &mut out);
            let question = clean_question(trimmed);
            missing_spaces(question, n, &mut out);
            questions.push((n, question.to_owned()));
            entry = Some((n, 0));
            continue;
        }
        let text = match list_item(trimmed) {
            Some("") => {
                out.push(Warning::new(n, WarningKind::EmptyListItem));
                continue;
            }
            Some(text) => text,
            None => {
                let after_break = i == start || blank(i - 1) || lines[i - 1].trim().ends_with('?');
                if after_break && blank(i + 1) && reads_like_question(trimmed) {
                    out.push(Warning::new(n, WarningKind::LostQuestionMark));
                }
                trimmed
            }
        };
        answer_line(text, n, &mut out);
        if let Some((_, count)) = &mut entry {
            *count += words(text).count();
        }
    }
    long_answer(entry, &mut out);
    near_duplicates(&questions, &mut out);
    out.sort_by_key(|w| w.line);
    out
}

/// Lints a JSON dataset (a list of `{"question", "answer", …}` objects, or an
/// object with such a list as `"entries"`). Each entry's warnings are on the
/// line of its `"question"` key. JSON that cannot be decoded is an error.
pub fn lint_json(src: &str) -> Result<Vec<Warning>, Error> {
    #[derive(Deserialize)]
    struct JsonEntry {
        question: String,
        answer: String,
    }
    #[derive(Deserialize)]
    struct JsonDocument {
        entries: Vec<JsonEntry>,
    }
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    let decoded = if src.trim_start().starts_with('{') {
        serde_json::from_str::<JsonDocument>(src).map(|d| d.entries)
    } else {
        serde_json::from_str::<Vec<JsonEntry>>(src)
    };
    let entries = decoded.map_err(|e| {
        let msg = e.to_string();
        let msg = msg.rsplit_once(" at line ").map_or(msg.as_str(), |(m, _)| m).to_owned();
        Error::at(u32::try_from(e.line().max(1)).unwrap_or(u32::MAX), ErrorKind::Json(msg))
    })?;
    let key_lines = crate::parse::json::key_lines(src, "\"question\"");
    let mut out = Vec::new();
    let mut questions = Vec::new();
    for (i, entry) in entries.iter().enumerate() {
        let n = key_lines.get(i).copied().unwrap_or(1);
        let question = entry.question.trim();
        if !question.ends_with('?') {
            out.push(Warning::new(n, WarningKind::NoQuestionMark));
        }
        missing_spaces(question, n, &mut out);
        questions.push((n, question.to_owned()));
        let mut count = 0;
        for line in entry.answer.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let text = match list_item(line) {
                Some("") => {
                    out.push(Warning::new(n, WarningKind::EmptyListItem));
                    continue;
                }
                Some(text) => text,
                None => line,
            };
            answer_line(text, n, &mut out);
            count += words(text).count();
        }
        long_answer(Some((n, count)), &mut out);
    }
    near_duplicates(&questions, &mut out);
    out.sort_by_key(|w| w.line);
    Ok(out)
}

/// The index of the first line after the front matter (0 if there is none):
/// if the first non-blank line is `---`, everything up to the next `---` line.
/// An unclosed front matter is the parser's error; here it is not skipped.
fn front_matter_end(lines: &[&str]) -> usize {
    let Some(open) = lines.iter().position(|l| !l.trim().is_empty()) else { return 0 };
    if lines[open].trim_end() != "---" {
        return 0;
    }
    lines[open + 1..].iter().position(|l| l.trim_end() == "---").map_or(0, |close| open + close + 2)
}

/// The question without its `!` urgent marker and `[FAQ]:` prefix.
fn clean_question(trimmed: &str) -> &str {
    let q = trimmed.strip_prefix('!').map_or(trimmed, str::trim_start);
    q.strip_prefix("[FAQ]:").map_or(q, str::trim_start)
}

/// A list item's text (`""` for an item with none), or `None` for other lines.
fn list_item(trimmed: &str) -> Option<&str> {
    for marker in ['•', '-', '*', '·'] {
        if let Some(rest) = trimmed.strip_prefix(marker) {
            if rest.is_empty() || rest.starts_with(' ') {
                return Some(rest.trim());
            }
        }
    }
    let digits = trimmed.len() - trimmed.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if (1..=4).contains(&digits) {
        let rest = &trimmed[digits..];
        for marker in [".", ")"] {
            if let Some(text) = rest.strip_prefix(marker) {
                if text.is_empty() || text.starts_with(' ') {
                    return Some(text.trim());
                }
            }
        }
    }
    None
}

/// The rules for one line of answer text (a paragraph line or an item's text).
fn answer_line(text: &str, line: u32, out: &mut Vec<Warning>) {
    missing_spaces(text, line, out);
    bare_urls(text, line, out);
    for ellipsis in ["…", "..."] {
        if text.ends_with(ellipsis) {
            out.push(Warning::new(line, WarningKind::CutOff { ellipsis }));
            break;
        }
    }
}

fn long_answer(entry: Option<(u32, usize)>, out: &mut Vec<Warning>) {
    if let Some((line, words)) = entry.filter(|&(_, words)| words > MAX_ANSWER_WORDS) {
        out.push(Warning::new(line, WarningKind::LongAnswer { words }));
    }
}

/// A token that is (part of) a URL or an e-mail address, where capitals and
/// dots follow other rules.
fn is_address(token: &str) -> bool {
    token.contains("://") || token.contains('@') || token.get(..4).is_some_and(|s| s.eq_ignore_ascii_case("www."))
}

/// Rule 2: words run together. Within one whitespace-separated token:
/// - a word that starts with two or more lowercase letters and continues with
///   a capital and two or more lowercase letters (`inPain`, `theSpine`); words
///   starting with a capital (`YouTube`, `MacKenzie`) or with a single
///   lowercase letter (`iPhone`, `eBay`) are names;
/// - a lowercase letter, sentence punctuation, a capital and a lowercase letter
///   (`pain.The`), unless the letters before the punctuation are a single
///   letter after a dot (`e.g.Ibuprofen` is an abbreviation, however spaced).
fn missing_spaces(text: &str, line: u32, out: &mut Vec<Warning>) {
    for token in text.split_whitespace().filter(|t| !is_address(t)) {
        let chars: Vec<(usize, char)> = token.char_indices().collect();
        let at = |i: usize| chars.get(i).map(|&(_, c)| c);
        let lower = |i: usize| at(i).is_some_and(char::is_lowercase);
        let upper = |i: usize| at(i).is_some_and(char::is_uppercase);
        let letter = |i: usize| at(i).is_some_and(char::is_alphabetic);
        // The run of letters around position i: (first index, one past the last).
        let run = |i: usize| {
            let mut s = i;
            while s > 0 && letter(s - 1) {
                s -= 1;
            }
            let mut e = i;
            while letter(e) {
                e += 1;
            }
            (s, e)
        };
        let byte = |i: usize| chars.get(i).map_or(token.len(), |&(b, _)| b);
        for i in 2..chars.len() {
            let glued_word = upper(i) && lower(i - 1) && lower(i - 2) && lower(i + 1) && lower(i + 2) && {
                let mut s = i - 1;
                while s > 0 && lower(s - 1) {
                    s -= 1;
                }
                s == 0 || !letter(s - 1)
            };
            let glued_sentence =
                matches!(at(i - 1), Some('.' | '!' | '?' | ';' | ',')) && lower(i - 2) && upper(i) && lower(i + 1) && {
                    let (s, _) = run(i - 2);
                    !(s + 1 == i - 1 && s > 0 && at(s - 1) == Some('.'))
                };
            if glued_word || glued_sentence {
                let (s, _) = run(i - if glued_word { 1 } else { 2 });
                let (_, e) = run(i);
                let (from, split, to) = (byte(s), byte(i), byte(e));
                out.push(Warning::new(
                    line,
                    WarningKind::MissingSpace {
                        text: token[from..to].to_owned(),
                        suggestion: format!("{} {}", &token[from..split], &token[split..to]),
                    },
                ));
            }
        }
    }
}

/// Rule 7: `http://`, `https://` and `www.` at the start of a word.
fn bare_urls(text: &str, line: u32, out: &mut Vec<Warning>) {
    let lower = text.to_ascii_lowercase();
    let mut from = 0;
    while let Some(pos) = ["http://", "https://", "www."].iter().filter_map(|p| lower[from..].find(p)).min() {
        let start = from + pos;
        let rest = &text[start..];
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let url = rest[..end].trim_end_matches(['.', ',', ';', ':', ')', ']', '"', '\'', '”', '’', '!', '?']);
        let at_word_start = !text[..start].chars().next_back().is_some_and(char::is_alphanumeric);
        if at_word_start && url.len() > 4 {
            out.push(Warning::new(line, WarningKind::BareUrl { url: url.to_owned() }));
        }
        from = start + end.max(1);
        while !text.is_char_boundary(from) {
            from += 1;
        }
    }
}

/// Rule 4 (text): a short line without closing punctuation that starts like a
/// question: a yes/no verb ("Is it serious"), or a wh-word soon followed by an
/// auxiliary ("How long does it take") or contracted with one ("What’s").
/// Sub-heading shapes are left alone: "When to see a doctor", "What you can
/// do", "How it works", "Do not lift", "Treatment options".
fn reads_like_question(line: &str) -> bool {
    let core = line.trim_end_matches(['"', '\'', '”', '’', ')', ']', ' ']);
    if line.chars().count() >= MAX_LOST_QUESTION_CHARS
        || core.ends_with(['.', '!', '?', ':', ';', ',', '…'])
        || !line.starts_with(char::is_uppercase)
    {
        return false;
    }
    let tokens: Vec<String> = line
        .split_whitespace()
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase().replace('’', "'"))
        .collect();
    if tokens.len() < 3 {
        return false;
    }
    let (first, second) = (tokens[0].as_str(), tokens[1].as_str());
    if first.strip_suffix("'s").is_some_and(|wh| WH_STARTS.contains(&wh)) {
        return true;
    }
    if YES_NO_STARTS.contains(&first) {
        return !(first == "do" && IMPERATIVE_DO.contains(&second));
    }
    WH_STARTS.contains(&first)
        && !CLAUSE_STARTS.contains(&second)
        && tokens[1..].iter().take(3).any(|t| AUXILIARIES.contains(&t.as_str()))
}

/// A question's content words: folded, stop words dropped, stemmed, sorted.
fn content_words(stemmer: &Stemmer, all: &[String]) -> Vec<String> {
    let mut content: Vec<String> =
        all.iter().filter(|w| !STOP_WORDS.contains(&w.as_str())).map(|w| stemmer.stem(w).into_owned()).collect();
    content.sort();
    content
}

fn spelled_alike(a: &str, b: &str) -> bool {
    a.chars().next() == b.chars().next() && strsim::normalized_damerau_levenshtein(a, b) >= MIN_SPELLING_SIMILARITY
}

/// Rule 3: each question compared with every earlier one; the first match is
/// reported on the later question.
fn near_duplicates(questions: &[(u32, String)], out: &mut Vec<Warning>) {
    let stemmer = Stemmer::create(Algorithm::English);
    let keys: Vec<(Vec<String>, Vec<String>)> = questions
        .iter()
        .map(|(_, q)| {
            let all: Vec<String> = words(q).map(|(_, w)| w).collect();
            let content = content_words(&stemmer, &all);
            (all, content)
        })
        .collect();
    let near = |(all_a, a): &(Vec<String>, Vec<String>), (all_b, b): &(Vec<String>, Vec<String>)| {
        if a.is_empty() || b.is_empty() {
            return !all_a.is_empty() && all_a == all_b;
        }
        if a == b {
            return true;
        }
        if all_a.len() < NEAR_DUPLICATE_MIN_WORDS || all_b.len() < NEAR_DUPLICATE_MIN_WORDS || a.len() != b.len() {
            return false;
        }
        // Both sorted: walk them together, collecting the words only one has.
        let (mut only_a, mut only_b) = (Vec::new(), Vec::new());
        let (mut i, mut j) = (0, 0);
        while i < a.len() || j < b.len() {
            match (a.get(i), b.get(j)) {
                (Some(x), Some(y)) if x == y => {
                    i += 1;
                    j += 1;
                }
                (Some(x), y) if y.is_none_or(|y| x < y) => {
                    only_a.push(x);
                    i += 1;
                }
                (_, Some(y)) => {
                    only_b.push(y);
                    j += 1;
                }
                (_, None) => break,
            }
        }
        matches!((only_a.as_slice(), only_b.as_slice()), ([x], [y]) if spelled_alike(x, y))
    };
    for (later, key) in keys.iter().enumerate() {
        if let Some(earlier) = keys[..later].iter().position(|k| near(k, key)) {
            let (first_line, first_question) = questions[earlier].clone();
            out.push(Warning::new(questions[later].0, WarningKind::NearDuplicate { first_line, first_question }));
        }
    }
}

/// The 1-based line number of the 0-based line index `i` (saturating).
fn line_number(i: usize) -> u32 {
    u32::try_from(i + 1).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spaces(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        missing_spaces(text, 1, &mut out);
        out.into_iter()
            .map(|w| match w.kind {
                WarningKind::MissingSpace { text, .. } => text,
                other => panic!("{other:?}"),
            })
            .collect()
    }

    #[test]
    fn run_together_words_are_found_and_names_are_not() {
        assert_eq!(spaces("published inPain Physician, see theSpine"), ["inPain", "theSpine"]);
        assert_eq!(spaces("(inPain)"), ["inPain"]);
        assert_eq!(spaces("severe pain.The next day;Rest helps,Then"), ["pain.The", "day;Rest", "helps,Then"]);
        for fine in [
            "iPhone",
            "eBay",
            "McDonald",
            "MacKenzie",
            "NSAIDs",
            "PhD",
            "Ph.D.",
            "YouTube",
            "COVID-19",
            "L4-L5",
            "mm/Hg",
            "mmHg",
            "pH",
            "e.g.",
            "i.e.",
            "U.S.",
            "e.g.Ibuprofen",
            "1.5",
            "3.5kg",
            "a.m.",
            "MTrPs",
            "https://example.org/backPain.Html",
            "www.myClinic.org",
            "info@myClinic.Org",
            "it’s",
            "don’t",
        ] {
            assert_eq!(spaces(fine), Vec::<String>::new(), "{fine}");
        }
    }

    #[test]
    fn the_suggestion_puts_the_space_back() {
        let mut out = Vec::new();
        missing_spaces("(pain.The", 7, &mut out);
        assert_eq!(
            out,
            [Warning::new(7, WarningKind::MissingSpace { text: "pain.The".into(), suggestion: "pain. The".into() })]
        );
    }

    #[test]
    fn question_shapes_are_told_from_sub_heading_shapes() {
        for q in [
            "Is it serious",
            "Can a lipoma come back",
            "How long does recovery take",
            "What is an angiolipoma",
            "What’s the difference between a cyst and a lipoma",
            "Do lipomas go away",
            "Where is the clinic",
        ] {
            assert!(reads_like_question(q), "{q}");
        }
        for heading in [
            "When to see a doctor",
            "What to expect",
            "What you can do",
            "How it works",
            "How we treat back pain",
            "What happens during surgery",
            "Do not lift heavy objects",
            "Do these stretches twice a day",
            "Treatment options for spinal cysts",
            "Spinal cord tumor symptoms may include:",
            "Is it serious?",
            "Is it serious.",
            "When the lumbar spine is strained, the muscles and tissues become swollen and this causes pain and spasms",
        ] {
            assert!(!reads_like_question(heading), "{heading}");
        }
    }

    #[test]
    fn list_items_are_read_like_the_parser_reads_them() {
        assert_eq!(list_item("1. Rest."), Some("Rest."));
        assert_eq!(list_item("12) Ice."), Some("Ice."));
        assert_eq!(list_item("• One"), Some("One"));
        assert_eq!(list_item("1."), Some(""));
        assert_eq!(list_item("•"), Some(""));
        assert_eq!(list_item("-"), Some(""));
        assert_eq!(list_item("---"), None);
        assert_eq!(list_item("2026 was a good year."), None);
        assert_eq!(list_item("1.5 cm is small."), None);
        assert_eq!(list_item("*Note*"), None);
    }

    #[test]
    fn similar_spelling_needs_the_same_first_letter_and_most_letters() {
        assert!(spelled_alike("spinal", "spine"));
        assert!(spelled_alike("disc", "disk"));
        assert!(spelled_alike("tumor", "tumour"));
        assert!(!spelled_alike("back", "neck"));
        assert!(!spelled_alike("lump", "lung"));
        assert!(!spelled_alike("lipoma", "liposarcoma"));
    }
}
