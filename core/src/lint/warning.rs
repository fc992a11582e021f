//! What the lint reports: [`Warning`] and [`WarningKind`], and how they read.

use std::fmt;
use std::path::Path;

use super::limits::MAX_ANSWER_WORDS;

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
    /// A `language` with no search rules (stemmer, stop words): the search
    /// folds case and accents only. On the `language` line.
    NoSearchRules {
        /// The tag, as normalised.
        tag: String,
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
            WarningKind::NoSearchRules { tag } => write!(
                f,
                "no search rules for {tag:?} (no stemmer or stop words): the search matches words as written, ignoring case and accents, so plurals and other forms of a word are not joined; list them in a synonym file (FAQ_SYNONYMS) if patients type them"
            ),
        }
    }
}
