//! The bundle's binary layout: small, fast to decode, and friendly to the
//! brotli or gzip compression a web server applies.
//!
//! ```text
//! "FAQ" 5                    magic and format version
//! varint  structure length
//! structure                  varints: counts, block kinds, topics, word data
//! text                       every string, each followed by a NUL byte
//! ```
//!
//! Keeping the strings together, in reading order and free of length
//! prefixes, lets the compressor see plain text (the 10,000-entry dataset
//! compresses about as well as its source file), while the numbers sit apart
//! in a short stream of their own. A slug is stored only where it is not its
//! question's plain slug (a numbered duplicate, `is-it-bad-2`): decoding
//! derives the others from the questions, with one cheap rule, and never
//! repeats [`crate::assign_slugs`]'s uniqueness work (sets and suffixes).
//! Source line numbers are not stored: a decoded [`Entry::line`] is 0.
//!
//! The index's terms and their entry counts are stored for a large dataset
//! only. For one of at most [`DERIVED_TERMS_MAX`] entries, decoding derives
//! them from the entries' words, as the index builder does, and only the
//! synonym table's words that no entry uses are stored (a few hundred words
//! less, in the seed about a third of the compressed bundle); for more,
//! deriving would cost the widget's start-up more than the download saves.

use std::fmt;

use crate::model::{About, Block, Date, Entry, Faq};
use crate::search::{counted_words, SearchIndex};
use crate::slug::slug_of;

/// The most entries for which the index's terms are derived when decoding
/// rather than stored (see the module documentation).
pub const DERIVED_TERMS_MAX: usize = 1000;

const MAGIC: &[u8; 4] = b"FAQ\x05";

mod error;
pub use error::{DecodeError, DecodeErrorKind};

impl fmt::Display for DecodeErrorKind {
    /// What is wrong, without the remedy ([`DecodeError`]'s `Display` adds it).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self {
            DecodeErrorKind::OtherVersion { found } => {
                return write!(f, "a bundle of format version {found}, but this faq-core reads version {}", MAGIC[3]);
            }
            DecodeErrorKind::NotABundle => "not a FAQ bundle (it does not start with \"FAQ\")",
            DecodeErrorKind::Truncated => "the bundle ends early (was it cut short?)",
            DecodeErrorKind::Damaged => "a value is out of range: the bundle is damaged",
            DecodeErrorKind::NotUtf8 => "the bundle's text is not UTF-8: it is damaged",
            DecodeErrorKind::TrailingData => "bytes follow the end of the bundle",
        };
        f.write_str(what)
    }
}

/// A block's kind, in the low two bits of its tag; the item count is above.
const PARAGRAPH: u32 = 0;
const HEADING: u32 = 1;
const ORDERED: u32 = 2;
const BULLETS: u32 = 3;

struct Writer {
    structure: Vec<u8>,
    text: String,
}

impl Writer {
    fn number(&mut self, value: usize) {
        let mut v = value as u64;
        loop {
            let byte = (v & 0x7F) as u8;
            v >>= 7;
            if v == 0 {
                self.structure.push(byte);
                return;
            }
            self.structure.push(byte | 0x80);
        }
    }

    fn string(&mut self, s: &str) {
        debug_assert!(!s.contains('\0'), "the parsers reject NUL characters");
        self.text.push_str(s);
        self.text.push('\0');
    }

    /// A list of numbers, each stored as its difference from the previous
    /// one (small for ascending lists; any order round-trips).
    fn gaps(&mut self, values: &[u32]) {
        self.number(values.len());
        let mut previous = 0u32;
        for &v in values {
            self.number(v.wrapping_sub(previous) as usize);
            previous = v;
        }
    }

    /// A list of numbers as they are.
    fn numbers(&mut self, values: &[u32]) {
        self.number(values.len());
        values.iter().for_each(|&v| self.number(v as usize));
    }

    /// A list of strings.
    fn strings(&mut self, values: &[String]) {
        self.number(values.len());
        values.iter().for_each(|v| self.string(v));
    }
}

/// Reads a bundle: numbers from its structure, strings from its text, each
/// failure with the offset of the value it could not read.
struct Reader<'a> {
    /// The whole input, for offsets.
    bytes: &'a [u8],
    /// The next structure byte, and the end of the structure.
    pos: usize,
    end: usize,
    /// The text not yet read, and its offset in `bytes`.
    text: &'a str,
    text_at: usize,
    /// The offset of the value being read, where an error points.
    at: usize,
}

impl Reader<'_> {
    /// An error in the value being read.
    fn error(&self, kind: DecodeErrorKind) -> DecodeError {
        DecodeError::new(kind, self.at)
    }

    fn number(&mut self) -> Result<usize, DecodeError> {
        self.at = self.pos;
        let mut value: u64 = 0;
        for shift in (0..64).step_by(7) {
            let Some(&byte) = self.bytes[..self.end].get(self.pos) else {
                return Err(self.error(DecodeErrorKind::Truncated));
            };
            self.pos += 1;
            value |= u64::from(byte & 0x7F) << shift;
            if byte & 0x80 == 0 {
                return usize::try_from(value).map_err(|_| self.error(DecodeErrorKind::Damaged));
            }
        }
        Err(self.error(DecodeErrorKind::Damaged))
    }

    fn u32(&mut self) -> Result<u32, DecodeError> {
        let n = self.number()?;
        u32::try_from(n).map_err(|_| self.error(DecodeErrorKind::Damaged))
    }

    /// A count of items that each take at least one byte of `structure`, so
    /// a damaged count cannot make decoding reserve absurd amounts of memory.
    fn count(&mut self) -> Result<usize, DecodeError> {
        let n = self.number()?;
        if n > self.end - self.pos + 1 {
            return Err(self.error(DecodeErrorKind::Damaged));
        }
        Ok(n)
    }

    /// The next string of the text, up to its NUL.
    fn string(&mut self) -> Result<String, DecodeError> {
        self.at = self.text_at;
        let Some(len) = self.text.bytes().position(|b| b == 0) else {
            return Err(self.error(DecodeErrorKind::Truncated));
        };
        let (string, rest) = (&self.text[..len], &self.text[len + 1..]);
        self.text = rest;
        self.text_at += len + 1;
        Ok(string.to_owned())
    }

    fn strings_n(&mut self, n: usize) -> Result<Vec<String>, DecodeError> {
        // Pushed, not collected, here and below: each `collect` of
        // `Result`s is code of its own in the widget's `.wasm`.
        let mut strings = Vec::new();
        for _ in 0..n {
            strings.push(self.string()?);
        }
        Ok(strings)
    }

    /// [`Writer::strings`] output.
    fn strings(&mut self) -> Result<Vec<String>, DecodeError> {
        let n = self.count()?;
        self.strings_n(n)
    }

    /// [`Writer::gaps`] output.
    fn gaps(&mut self) -> Result<Vec<u32>, DecodeError> {
        let n = self.count()?;
        let (mut values, mut previous) = (Vec::new(), 0u32);
        for _ in 0..n {
            previous = previous.wrapping_add(self.u32()?);
            values.push(previous);
        }
        Ok(values)
    }

    /// [`Writer::numbers`] output.
    fn numbers(&mut self) -> Result<Vec<u32>, DecodeError> {
        let n = self.count()?;
        let mut values = Vec::new();
        for _ in 0..n {
            values.push(self.u32()?);
        }
        Ok(values)
    }
}

/// Writes `faq` and its `index` in the layout described in the module documentation.
pub(crate) fn encode(faq: &Faq, index: &SearchIndex) -> Vec<u8> {
    let mut w = Writer { structure: Vec::new(), text: String::new() };
    w.strings(&faq.topics);
    let about = &faq.about;
    for text in [&about.clinic, &about.reviewed_by, &about.language] {
        // 0 for none, else 1 and the text.
        w.number(usize::from(text.is_some()));
        if let Some(text) = text {
            w.string(text);
        }
    }
    w.number(
        about.last_reviewed.map_or(0, |d| usize::from(d.year) << 9 | usize::from(d.month) << 5 | usize::from(d.day)),
    );
    w.number(faq.entries.len());
    for entry in &faq.entries {
        // Bit 0: urgent; bit 1: the slug follows the question (it is not the
        // question's plain slug); above them 0 for no topic, else 1 + the topic.
        let own_slug = entry.slug != slug_of(&entry.question);
        w.number(
            entry.topic.map_or(0, |t| t as usize + 1) << 2 | usize::from(own_slug) << 1 | usize::from(entry.urgent),
        );
        w.string(&entry.question);
        if own_slug {
            w.string(&entry.slug);
        }
        w.number(entry.answer.len());
        for block in &entry.answer {
            let (kind, count) = match block {
                Block::Paragraph(_) => (PARAGRAPH, 1),
                Block::Heading(_) => (HEADING, 1),
                Block::Ordered { items, .. } => (ORDERED, items.len()),
                Block::Bullets(items) => (BULLETS, items.len()),
            };
            w.number(count << 2 | kind as usize);
            if let Block::Ordered { start, .. } = block {
                w.number(*start as usize);
            }
            block.texts().for_each(|t| w.string(t));
        }
    }
    let parts = index.parts();
    // 1: the terms are the entries' words (derived when decoding) and the
    // words that follow, which no entry has; 0: the terms and counts follow.
    if faq.entries.len() <= DERIVED_TERMS_MAX {
        w.number(1);
        let (words, _) = counted_words(faq);
        let unused: Vec<String> = parts.terms.iter().filter(|t| words.binary_search(t).is_err()).cloned().collect();
        w.strings(&unused);
    } else {
        w.number(0);
        w.strings(parts.terms);
        w.numbers(parts.df);
    }
    for lists in [parts.groups, parts.synonym_groups] {
        w.number(lists.len());
        lists.iter().for_each(|g| w.gaps(g));
    }

    let mut out = Vec::with_capacity(MAGIC.len() + 5 + w.structure.len() + w.text.len());
    out.extend_from_slice(MAGIC);
    let mut header = Writer { structure: Vec::new(), text: String::new() };
    header.number(w.structure.len());
    out.extend_from_slice(&header.structure);
    out.extend_from_slice(&w.structure);
    out.extend_from_slice(w.text.as_bytes());
    out
}

/// Reads [`encode`] output.
pub(crate) fn decode(bytes: &[u8]) -> Result<(Faq, SearchIndex), DecodeError> {
    if let Some(i) = (0..MAGIC.len()).find(|&i| bytes.get(i) != Some(&MAGIC[i])) {
        let kind = match bytes.get(i) {
            Some(&found) if i == 3 => DecodeErrorKind::OtherVersion { found },
            Some(_) => DecodeErrorKind::NotABundle,
            None => DecodeErrorKind::Truncated,
        };
        return Err(DecodeError::new(kind, i));
    }
    let mut r = Reader { bytes, pos: MAGIC.len(), end: bytes.len(), text: "", text_at: 0, at: 0 };
    let len = r.number()?;
    if len > r.end - r.pos {
        return Err(r.error(DecodeErrorKind::Truncated));
    }
    r.end = r.pos + len;
    r.text = std::str::from_utf8(&bytes[r.end..])
        .map_err(|e| DecodeError::new(DecodeErrorKind::NotUtf8, r.end + e.valid_up_to()))?;
    r.text_at = r.end;

    let faq = decode_faq(&mut r)?;
    let index = decode_index(&mut r, &faq)?;
    if r.pos < r.end {
        return Err(DecodeError::new(DecodeErrorKind::TrailingData, r.pos));
    }
    if !r.text.is_empty() {
        return Err(DecodeError::new(DecodeErrorKind::TrailingData, r.text_at));
    }
    Ok((faq, index))
}

/// Reads the entries, their topics and the front matter.
fn decode_faq(r: &mut Reader<'_>) -> Result<Faq, DecodeError> {
    let damaged = DecodeErrorKind::Damaged;
    let text_len = r.bytes.len() - r.text_at;
    let topics = r.strings()?;
    // Three optional strings, in a loop: one copy of the code, not three.
    let mut optional: [Option<String>; 3] = [None, None, None];
    for slot in &mut optional {
        *slot = match r.number()? {
            0 => None,
            1 => Some(r.string()?),
            _ => return Err(r.error(damaged)),
        };
    }
    let [clinic, reviewed_by, language] = optional;
    let last_reviewed = match r.number()? {
        0 => None,
        packed => {
            let part = |shift: u32, mask: usize| u16::try_from(packed >> shift & mask).unwrap_or(0);
            Some(Date::new(part(9, 0xFFFF), part(5, 15), part(0, 31)).ok_or_else(|| r.error(damaged))?)
        }
    };
    let about = About { clinic, reviewed_by, last_reviewed, last_reviewed_line: 0, language, language_line: 0 };
    let entry_count = r.count()?;
    let mut entries = Vec::with_capacity(entry_count);
    for _ in 0..entry_count {
        let flags = r.u32()?;
        let urgent = flags & 1 == 1;
        let topic = match flags >> 2 {
            0 => None,
            t if t as usize <= topics.len() => Some(t - 1),
            _ => return Err(r.error(damaged)),
        };
        let question = r.string()?;
        let slug = if flags & 2 == 2 { r.string()? } else { slug_of(&question) };
        let block_count = r.count()?;
        let mut answer = Vec::with_capacity(block_count);
        for _ in 0..block_count {
            let tag = r.number()?;
            let (kind, count) = ((tag & 3) as u32, tag >> 2);
            if count > text_len {
                return Err(r.error(damaged));
            }
            answer.push(match kind {
                PARAGRAPH => Block::Paragraph(r.string()?),
                HEADING => Block::Heading(r.string()?),
                ORDERED => {
                    let start = r.u32()?;
                    Block::Ordered { start, items: r.strings_n(count)? }
                }
                _ => Block::Bullets(r.strings_n(count)?),
            });
        }
        entries.push(Entry { slug, question, answer, line: 0, topic, urgent });
    }
    Ok(Faq { entries, topics, about })
}

/// Reads the index's parts (deriving the terms from `faq`'s words if they
/// are not stored), checking every term id.
fn decode_index(r: &mut Reader<'_>, faq: &Faq) -> Result<SearchIndex, DecodeError> {
    let (terms, df) = match r.number()? {
        0 => {
            let terms = r.strings()?;
            let df_at = r.pos;
            let df = r.numbers()?;
            if df.len() != terms.len() {
                return Err(DecodeError::new(DecodeErrorKind::Damaged, df_at));
            }
            (terms, df)
        }
        1 => {
            let (mut terms, mut df) = counted_words(faq);
            let at = r.pos;
            for word in r.strings()? {
                // Words no entry has: each once, and not an entry's word.
                let Err(i) = terms.binary_search(&word) else {
                    return Err(DecodeError::new(DecodeErrorKind::Damaged, at));
                };
                terms.insert(i, word);
                df.insert(i, 0);
            }
            (terms, df)
        }
        _ => return Err(r.error(DecodeErrorKind::Damaged)),
    };
    let mut lists = || -> Result<Vec<Vec<u32>>, DecodeError> {
        let n = r.count()?;
        let mut lists = Vec::with_capacity(n);
        for _ in 0..n {
            let at = r.pos;
            let list = r.gaps()?;
            if list.iter().any(|&t| t as usize >= terms.len()) {
                return Err(DecodeError::new(DecodeErrorKind::Damaged, at));
            }
            lists.push(list);
        }
        Ok(lists)
    };
    let groups = lists()?;
    let synonym_groups = lists()?;
    Ok(SearchIndex::from_parts(terms, df, groups, synonym_groups))
}
