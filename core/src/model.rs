//! The dataset model: a list of questions with structured answers. Plain
//! data, the ground floor of the crate: it uses no other module.

/// A parsed FAQ: entries in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Faq {
    /// The questions and answers, in the order of the source file.
    pub entries: Vec<Entry>,
    /// Topic names in order of first appearance (empty if the dataset has none).
    pub topics: Vec<String>,
    /// Who publishes the answers and when they were last reviewed (the
    /// dataset's front matter; all empty if it has none).
    pub about: About,
}

/// The dataset's front matter: who stands behind the answers, and since when.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct About {
    /// The clinic's name (`clinic:`).
    pub clinic: Option<String>,
    /// Who reviewed the answers (`reviewed-by:`), e.g. "Dr A. Khan, GP".
    pub reviewed_by: Option<String>,
    /// When they were last reviewed (`last-reviewed: YYYY-MM-DD`).
    pub last_reviewed: Option<Date>,
    /// The source line of `last-reviewed` (0 in a decoded [`crate::Bundle`]), for
    /// the build's warning about an old review.
    pub last_reviewed_line: u32,
    /// The answers' language (`language:`), a BCP 47 tag in its usual case
    /// (`pt-BR`); `None` means English (see [`About::language_tag`]).
    pub language: Option<String>,
    /// The source line of `language` (0 if none, or in a decoded [`crate::Bundle`]).
    pub language_line: u32,
}

impl About {
    /// The answers' language tag: `language:` or, without one, `en`.
    pub fn language_tag(&self) -> &str {
        self.language.as_deref().unwrap_or("en")
    }
}

/// A calendar date (proleptic Gregorian), written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    /// The year, 1–9999.
    pub year: u16,
    /// The month, 1–12.
    pub month: u8,
    /// The day of the month, 1–31 (valid for the month).
    pub day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD`, rejecting impossible dates (`2026-02-30`).
    ///
    /// ```
    /// use faq_core::Date;
    /// assert_eq!(Date::parse("2024-02-29").map(|d| d.to_string()).as_deref(), Some("2024-02-29"));
    /// assert_eq!(Date::parse("2026-02-29"), None);
    /// assert_eq!(Date::parse("15/10/2026"), None);
    /// ```
    pub fn parse(text: &str) -> Option<Date> {
        let mut parts = text.trim().split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let number = |s: &str| s.bytes().all(|b| b.is_ascii_digit()).then(|| s.parse::<u16>().ok()).flatten();
        Date::new(number(y)?, number(m)?, number(d)?)
    }

    /// The date `year-month-day`, if it exists.
    pub fn new(year: u16, month: u16, day: u16) -> Option<Date> {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        ((1..=9999).contains(&year) && (1..=days).contains(&day)).then_some(Date {
            year,
            month: month as u8,
            day: day as u8,
        })
    }

    /// Days since 1970-01-01 (negative before), for comparing dates.
    ///
    /// ```
    /// use faq_core::Date;
    /// assert_eq!(Date::parse("1970-01-02").unwrap().days_since_epoch(), 1);
    /// assert_eq!(Date::parse("2000-03-01").unwrap().days_since_epoch(), 11017);
    /// ```
    pub fn days_since_epoch(&self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01 (the inverse of
    /// [`Date::days_since_epoch`]), for "today" from the system clock.
    ///
    /// ```
    /// use faq_core::Date;
    /// let d = Date::parse("2026-11-26").unwrap();
    /// assert_eq!(Date::from_days_since_epoch(d.days_since_epoch()), Some(d));
    /// ```
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Some(Date { year: u16::try_from(year).ok()?, month: month as u8, day: day as u8 })
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// One question and its answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// A stable, unique, URL-safe id derived from the question (see [`crate::assign_slugs`]).
    pub slug: String,
    /// The question as written, without any `[FAQ]: ` prefix.
    pub question: String,
    /// The answer as blocks, in order; never empty.
    pub answer: Vec<Block>,
    /// The 1-based line of the question in the source file (0 in a decoded
    /// [`crate::Bundle`], which does not keep it).
    pub line: u32,
    /// The entry's topic, an index into [`Faq::topics`].
    pub topic: Option<u32>,
    /// A red flag: the answer says when to seek care (a `!` before the
    /// question). The widget shows it as a care card, answer visible.
    pub urgent: bool,
}

/// One block of an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A paragraph of text (consecutive text lines joined by a space).
    Paragraph(String),
    /// A short sub-heading line such as "The only cure for lipomas".
    Heading(String),
    /// A numbered list (`  1. …`); `start` is the first item's number.
    Ordered {
        /// The number of the first item.
        start: u32,
        /// The items' text, without their numbers.
        items: Vec<String>,
    },
    /// A bullet list (`  • …`, `  - …` or `  * …`).
    Bullets(Vec<String>),
}

impl Block {
    /// The texts in this block (one for a paragraph or heading, one per list item).
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        let slice: &[String] = match self {
            Block::Paragraph(text) | Block::Heading(text) => std::slice::from_ref(text),
            Block::Ordered { items, .. } | Block::Bullets(items) => items,
        };
        slice.iter().map(String::as_str)
    }
}

impl Entry {
    /// The answer's texts in order, for indexing.
    pub fn answer_texts(&self) -> impl Iterator<Item = &str> {
        self.answer.iter().flat_map(Block::texts)
    }
}
