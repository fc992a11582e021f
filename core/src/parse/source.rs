//! A text dataset's lines, each classified once, with its 1-based line
//! number: the one reading of the text format's line grammar. The parser
//! ([`super::text`]) and the lint (`crate::lint`) both work from it.
//!
//! Classifying never fails: a line is what it looks like. What is wrong with
//! the whole (a front matter never closed, text before the first question, …)
//! is the parser's to report.

/// The prefix some exports put before a question.
const FAQ_PREFIX: &str = "[FAQ]:";

/// The marker of a list item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Marker {
    /// `1. ` or `1) ` (one to four digits): an item of a numbered list.
    Number(u32),
    /// `• `, `- `, `* ` or `· `: an item of a bullet list.
    Bullet,
}

/// What one line of a text dataset is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind<'a> {
    /// Nothing but whitespace.
    Blank,
    /// The `---` line that opens or closes the front matter.
    Fence,
    /// A non-blank line between the front matter's fences: its key and value,
    /// both trimmed, if it has a `:` (whether the key is known is the
    /// parser's question).
    Field(Option<(&'a str, &'a str)>),
    /// `## Name` at the start of the line: the name, trimmed (empty for `##`).
    Topic(&'a str),
    /// A line ending in `?`: a question, `urgent` if it starts with `!`; the
    /// text without the `!` and an `[FAQ]: ` prefix.
    Question {
        /// The line starts with `!` (a red flag).
        urgent: bool,
        /// The question as shown.
        text: &'a str,
    },
    /// A list item: its marker and its text, trimmed. The text is empty for a
    /// marker alone (`1.`, `•`), which the lint reports and the answer shows
    /// as written.
    Item {
        /// Numbered or bullet.
        marker: Marker,
        /// The item's text ("" for a marker alone).
        text: &'a str,
    },
    /// Any other line: answer text, trimmed.
    Text(&'a str),
}

/// One line of a text dataset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line<'a> {
    /// The 1-based line number.
    pub number: u32,
    /// The line as written (without its line ending).
    pub raw: &'a str,
    /// What the line is.
    pub kind: Kind<'a>,
}

/// A text dataset's lines, classified (see the module docs).
#[derive(Debug, Clone)]
pub(crate) struct Source<'a> {
    lines: Vec<Line<'a>>,
    /// The front matter's fences (indices into `lines`), if it has one.
    fences: Option<(usize, usize)>,
    /// The line of a `---` that opens a front matter never closed.
    unclosed: Option<u32>,
}

impl<'a> Source<'a> {
    /// Reads `src` (a leading byte-order mark is dropped). The front matter
    /// is the lines between a first non-blank line `---` and the next `---`
    /// line; if there is no closing `---`, there is no front matter (see
    /// [`Source::unclosed_front_matter`]) and every line is read as the body.
    pub fn read(src: &'a str) -> Self {
        let src = src.strip_prefix('\u{feff}').unwrap_or(src);
        let raw: Vec<&str> = src.lines().collect();
        let is_fence = |line: &str| line.trim_end() == "---";
        let (mut fences, mut unclosed) = (None, None);
        if let Some(open) = raw.iter().position(|l| !l.trim().is_empty()).filter(|&open| is_fence(raw[open])) {
            match raw[open + 1..].iter().position(|l| is_fence(l)) {
                Some(i) => fences = Some((open, open + 1 + i)),
                None => unclosed = Some(line_number(open + 1)),
            }
        }
        let lines = raw
            .iter()
            .enumerate()
            .map(|(i, &line)| {
                let kind = match fences {
                    Some((open, close)) if i == open || i == close => Kind::Fence,
                    Some((open, close)) if i > open && i < close && !line.trim().is_empty() => {
                        Kind::Field(line.split_once(':').map(|(key, value)| (key.trim(), value.trim())))
                    }
                    Some((_, close)) if i < close => Kind::Blank,
                    _ => body_kind(line),
                };
                Line { number: line_number(i + 1), raw: line, kind }
            })
            .collect();
        Source { lines, fences, unclosed }
    }

    /// The lines between the front matter's fences (none without one).
    pub fn front_matter(&self) -> &[Line<'a>] {
        self.fences.map_or(&[], |(open, close)| &self.lines[open + 1..close])
    }

    /// The lines after the front matter (all lines without one): topics,
    /// questions and answers.
    pub fn body(&self) -> &[Line<'a>] {
        self.fences.map_or(&self.lines, |(_, close)| &self.lines[close + 1..])
    }

    /// The line of a `---` that opens a front matter with no closing `---`.
    pub fn unclosed_front_matter(&self) -> Option<u32> {
        self.unclosed
    }
}

/// The characters that end a question: `?`, the Arabic `؟` and the
/// full-width `？` of Chinese and Japanese text.
pub(crate) const QUESTION_MARKS: [char; 3] = ['?', '\u{61f}', '\u{ff1f}'];

/// Whether `line` ends without closing punctuation (`.`, `!`, `?`, `:`, `;`,
/// `,`, `…`, and Arabic-script `؟`, `،`, `؛`, `۔`, the full-width `？`), once
/// closing quotes and brackets are set aside: a sub-heading's shape, and
/// not a sentence's. The parser's headings and the lint's lost question
/// marks both read lines by it.
pub(crate) fn ends_open(line: &str) -> bool {
    let core = line.trim_end_matches(['"', '\'', '”', '’', ')', ']', ' ']);
    !core.ends_with(['.', '!', ':', ';', ',', '…', '\u{60c}', '\u{61b}', '\u{6d4}']) && !core.ends_with(QUESTION_MARKS)
}

/// A line after the front matter: a topic, a question, or an answer line.
fn body_kind(line: &str) -> Kind<'_> {
    if let Some(name) = topic_line(line) {
        return Kind::Topic(name);
    }
    let trimmed = line.trim();
    if trimmed.ends_with(QUESTION_MARKS) {
        let (urgent, question) = match trimmed.strip_prefix('!') {
            Some(rest) => (true, rest),
            None => (false, trimmed),
        };
        return Kind::Question { urgent, text: clean_question(question) };
    }
    answer_line(line)
}

/// A line of answer text (in a text dataset, or a line of a JSON answer):
/// [`Kind::Blank`], [`Kind::Item`] or [`Kind::Text`].
pub(crate) fn answer_line(line: &str) -> Kind<'_> {
    let trimmed = line.trim();
    if trimmed.is_empty() {
        return Kind::Blank;
    }
    match list_item(trimmed) {
        Some((marker, text)) => Kind::Item { marker, text },
        None => Kind::Text(trimmed),
    }
}

/// A topic heading line, `## Name` at the start of a line: the name.
fn topic_line(line: &str) -> Option<&str> {
    line.strip_prefix("## ").or_else(|| (line.trim_end() == "##").then_some("")).map(str::trim)
}

/// A question without the `[FAQ]:` prefix, trimmed.
pub(crate) fn clean_question(question: &str) -> &str {
    let q = question.trim();
    q.strip_prefix(FAQ_PREFIX).map_or(q, str::trim_start).trim()
}

/// A list item (`trimmed` is a trimmed line): its marker and its text, which
/// is empty for a marker alone.
fn list_item(trimmed: &str) -> Option<(Marker, &str)> {
    // The marker, then nothing or a space.
    fn item_text(rest: &str) -> Option<&str> {
        (rest.is_empty() || rest.starts_with(' ')).then(|| rest.trim())
    }
    for marker in ['•', '-', '*', '·'] {
        if let Some(text) = trimmed.strip_prefix(marker).and_then(item_text) {
            return Some((Marker::Bullet, text));
        }
    }
    let digits = trimmed.len() - trimmed.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if (1..=4).contains(&digits) {
        let (number, rest) = trimmed.split_at(digits);
        let text = rest.strip_prefix(['.', ')']).and_then(item_text)?;
        return Some((Marker::Number(number.parse().ok()?), text));
    }
    None
}

/// Converts a line count to the stored `u32` (a dataset over 4 billion lines saturates).
pub(crate) fn line_number(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_ends_open_without_closing_punctuation_in_any_script() {
        for open in ["Tipos de quistes", "Treatments (and relief)", "أنواع الأكياس"] {
            assert!(ends_open(open), "{open}");
        }
        for closed in ["End.", "“Quoted.”", "Is it?”", "ما هو الورم؟", "أولًا،", "نقطة۔", "何ですか？", "Note:"]
        {
            assert!(!ends_open(closed), "{closed}");
        }
    }

    fn kinds(src: &str) -> Vec<(u32, Kind<'_>)> {
        let source = Source::read(src);
        source.body().iter().map(|l| (l.number, l.kind)).collect()
    }

    fn item(trimmed: &str) -> Option<&str> {
        list_item(trimmed).map(|(_, text)| text)
    }

    #[test]
    fn list_items_are_read_like_the_parser_reads_them() {
        assert_eq!(item("1. Rest."), Some("Rest."));
        assert_eq!(item("12) Ice."), Some("Ice."));
        assert_eq!(item("• One"), Some("One"));
        assert_eq!(item("1."), Some(""));
        assert_eq!(item("•"), Some(""));
        assert_eq!(item("-"), Some(""));
        assert_eq!(item("---"), None);
        assert_eq!(item("2026 was a good year."), None);
        assert_eq!(item("1.5 cm is small."), None);
        assert_eq!(item("*Note*"), None);
        assert_eq!(item("12345. Five digits."), None);
        assert_eq!(list_item("0042) x"), Some((Marker::Number(42), "x")));
    }

    #[test]
    fn each_line_is_classified_once_with_its_number() {
        let src = "\u{feff}\n---\nclinic: A\n\nnot a field\n---\n\
                   ## Lumps\n! [FAQ]: Is it bad?\n\n  1. Rest.\n  •\nText…\n##\n";
        let source = Source::read(src);
        let fields: Vec<Kind<'_>> = source.front_matter().iter().map(|l| l.kind).collect();
        assert_eq!(fields, [Kind::Field(Some(("clinic", "A"))), Kind::Blank, Kind::Field(None)]);
        assert_eq!(
            kinds(src),
            [
                (7, Kind::Topic("Lumps")),
                (8, Kind::Question { urgent: true, text: "Is it bad?" }),
                (9, Kind::Blank),
                (10, Kind::Item { marker: Marker::Number(1), text: "Rest." }),
                (11, Kind::Item { marker: Marker::Bullet, text: "" }),
                (12, Kind::Text("Text…")),
                (13, Kind::Topic("")),
            ]
        );
        assert_eq!(source.unclosed_front_matter(), None);
    }

    #[test]
    fn an_unclosed_front_matter_is_read_as_body() {
        let source = Source::read("\n---\nclinic: A\nQ?\n");
        assert_eq!(source.unclosed_front_matter(), Some(2));
        assert!(source.front_matter().is_empty());
        assert_eq!(source.body().len(), 4);
        assert_eq!(source.body()[1].kind, Kind::Text("---"));
        // Not first: `---` is answer text.
        assert_eq!(kinds("Q?\n---\n")[1], (2, Kind::Text("---")));
    }
}
