//! The bundle's binary layout: small, fast to decode, and friendly to the
//! brotli or gzip compression a web server applies.
//!
//! ```text
//! "FAQ" 2                    magic and format version
//! varint  structure length
//! structure                  varints: counts, block kinds, topics, word data
//! text                       every string, each followed by a NUL byte
//! ```
//!
//! Keeping the strings together, in reading order and free of length
//! prefixes, lets the compressor see plain text (the 10,000-entry dataset
//! compresses about as well as its source file), while the numbers sit apart
//! in a short stream of their own. Slugs are not stored: decoding derives them
//! from the questions ([`crate::assign_slugs`]), as the parser does. Nor are
//! source line numbers: a decoded [`Entry::line`] is 0.

use std::fmt;

use crate::model::{About, Block, Date, Entry, Faq};
use crate::search::SearchIndex;
use crate::slug::assign_slugs;

const MAGIC: &[u8; 4] = b"FAQ\x02";

/// Why bytes could not be decoded as a bundle: they were not written by
/// [`crate::Bundle::to_bytes`] of this version, or were damaged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DecodeError(&'static str);

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl std::error::Error for DecodeError {}

impl DecodeError {
    const DAMAGED: DecodeError = DecodeError("the bundle is truncated or damaged");
}

const TRUNCATED: DecodeError = DecodeError::DAMAGED;

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

struct Reader<'a> {
    structure: &'a [u8],
    text: std::str::Split<'a, char>,
}

impl Reader<'_> {
    fn number(&mut self) -> Result<usize, DecodeError> {
        let mut value: u64 = 0;
        for shift in (0..64).step_by(7) {
            let (&byte, rest) = self.structure.split_first().ok_or(TRUNCATED)?;
            self.structure = rest;
            value |= u64::from(byte & 0x7F) << shift;
            if byte & 0x80 == 0 {
                return usize::try_from(value).map_err(|_| TRUNCATED);
            }
        }
        Err(TRUNCATED)
    }

    fn u32(&mut self) -> Result<u32, DecodeError> {
        u32::try_from(self.number()?).map_err(|_| TRUNCATED)
    }

    /// A count of items that each take at least one byte of `structure`, so
    /// a damaged count cannot make decoding reserve absurd amounts of memory.
    fn count(&mut self) -> Result<usize, DecodeError> {
        let n = self.number()?;
        if n > self.structure.len() + 1 {
            return Err(TRUNCATED);
        }
        Ok(n)
    }

    fn string(&mut self) -> Result<String, DecodeError> {
        self.text.next().map(str::to_owned).ok_or(TRUNCATED)
    }

    fn strings_n(&mut self, n: usize) -> Result<Vec<String>, DecodeError> {
        (0..n).map(|_| self.string()).collect()
    }

    /// [`Writer::strings`] output.
    fn strings(&mut self) -> Result<Vec<String>, DecodeError> {
        let n = self.count()?;
        self.strings_n(n)
    }

    /// [`Writer::gaps`] output.
    fn gaps(&mut self) -> Result<Vec<u32>, DecodeError> {
        let n = self.count()?;
        let mut previous: u32 = 0;
        (0..n)
            .map(|_| {
                previous = previous.wrapping_add(self.u32()?);
                Ok(previous)
            })
            .collect()
    }

    /// [`Writer::numbers`] output.
    fn numbers(&mut self) -> Result<Vec<u32>, DecodeError> {
        let n = self.count()?;
        (0..n).map(|_| self.u32()).collect()
    }
}

/// Writes `faq` and its `index` in the layout described in the module documentation.
pub(crate) fn encode(faq: &Faq, index: &SearchIndex) -> Vec<u8> {
    let mut w = Writer { structure: Vec::new(), text: String::new() };
    w.strings(&faq.topics);
    let about = &faq.about;
    for text in [&about.clinic, &about.reviewed_by] {
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
        // Bit 0: urgent; above it 0 for no topic, else 1 + the topic.
        w.number(entry.topic.map_or(0, |t| t as usize + 1) << 1 | usize::from(entry.urgent));
        w.string(&entry.question);
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
    w.strings(parts.terms);
    w.numbers(parts.df);
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
    let body = bytes.strip_prefix(MAGIC).ok_or(DecodeError("not a FAQ bundle of this version"))?;
    let mut header = Reader { structure: body, text: "".split('\0') };
    let len = header.number()?;
    let rest = header.structure;
    if len > rest.len() {
        return Err(TRUNCATED);
    }
    let (structure, text) = rest.split_at(len);
    let text = std::str::from_utf8(text).map_err(|_| DecodeError("the bundle's text is not UTF-8"))?;
    let mut r = Reader { structure, text: text.split('\0') };

    let topics = r.strings()?;
    let mut optional = || -> Result<Option<String>, DecodeError> {
        Ok(match r.number()? {
            0 => None,
            1 => Some(r.string()?),
            _ => return Err(TRUNCATED),
        })
    };
    let (clinic, reviewed_by) = (optional()?, optional()?);
    let last_reviewed = match r.number()? {
        0 => None,
        packed => {
            let part = |shift: u32, mask: usize| u16::try_from(packed >> shift & mask).unwrap_or(0);
            Some(Date::new(part(9, 0xFFFF), part(5, 15), part(0, 31)).ok_or(TRUNCATED)?)
        }
    };
    let about = About { clinic, reviewed_by, last_reviewed, last_reviewed_line: 0 };
    let entry_count = r.count()?;
    let mut entries = Vec::with_capacity(entry_count);
    for _ in 0..entry_count {
        let flags = r.u32()?;
        let urgent = flags & 1 == 1;
        let topic = match flags >> 1 {
            0 => None,
            t if t as usize <= topics.len() => Some(t - 1),
            _ => return Err(TRUNCATED),
        };
        let question = r.string()?;
        let block_count = r.count()?;
        let mut answer = Vec::with_capacity(block_count);
        for _ in 0..block_count {
            let tag = r.number()?;
            let (kind, count) = ((tag & 3) as u32, tag >> 2);
            if count > text.len() {
                return Err(TRUNCATED);
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
        entries.push(Entry { slug: String::new(), question, answer, line: 0, topic, urgent });
    }
    assign_slugs(&mut entries);
    let index = decode_index(&mut r)?;
    if !r.structure.is_empty() || r.text.next() != Some("") || r.text.next().is_some() {
        return Err(DecodeError("the bundle has trailing data"));
    }
    Ok((Faq { entries, topics, about }, index))
}

/// Reads the index's parts, checking every term id.
fn decode_index(r: &mut Reader<'_>) -> Result<SearchIndex, DecodeError> {
    let terms = r.strings()?;
    let df = r.numbers()?;
    let mut lists = || -> Result<Vec<Vec<u32>>, DecodeError> {
        let n = r.count()?;
        let lists: Vec<Vec<u32>> = (0..n).map(|_| r.gaps()).collect::<Result<_, _>>()?;
        if lists.iter().flatten().any(|&t| t as usize >= terms.len()) {
            return Err(DecodeError::DAMAGED);
        }
        Ok(lists)
    };
    let groups = lists()?;
    let synonym_groups = lists()?;
    if df.len() != terms.len() {
        return Err(DecodeError::DAMAGED);
    }
    Ok(SearchIndex::from_parts(terms, df, groups, synonym_groups))
}
