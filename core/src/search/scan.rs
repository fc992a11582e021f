//! The scan: every entry's folded words in one string, searched for the
//! words starting with a prefix, and the cache of recent scans (the only
//! interior mutability of the search).

use std::cell::{OnceCell, RefCell};
use std::rc::Rc;

use super::sort::prefix_range;
use crate::model::Faq;
use crate::text::push_words;

/// Separates entries in [`Corpus::text`].
const ENTRY_MARK: u8 = 1;
/// Separates an entry's question from its answer in [`Corpus::text`].
const ANSWER_MARK: u8 = 2;
/// Scans remembered for reuse while the patient types. Each query word's
/// run of candidates sharing a prefix is one scan, a synonym of another
/// prefix another: with 24, the 13 queries of `cargo bench` came to need more
/// once "sciatica" joined the herniated-disc synonyms, and every pass over
/// them scanned again (10k entries: 2.0 -> 7.6 ms); 32 holds them.
const REMEMBERED_SCANS: usize = 32;

/// The entries' folded words in one string, for scanning: per entry,
/// `ENTRY_MARK`, then ` word` for each question word, `ANSWER_MARK`, then
/// ` word` for each answer word; one final `ENTRY_MARK`. Each word is preceded
/// by a space, so ` lip` finds exactly the words starting with "lip".
#[derive(Debug)]
pub(super) struct Corpus {
    text: String,
    /// Per entry: the offsets of its `ENTRY_MARK` and of its `ANSWER_MARK`.
    pub(super) starts: Vec<(u32, u32)>,
    /// Words in each entry's question and answer, for length normalisation.
    pub(super) question_len: Vec<u16>,
    pub(super) answer_len: Vec<u32>,
    /// The mean of each (at least 1).
    pub(super) average: (f32, f32),
}

impl Corpus {
    fn new(faq: &Faq) -> Self {
        let mut corpus = Corpus {
            text: String::new(),
            starts: Vec::new(),
            question_len: Vec::new(),
            answer_len: Vec::new(),
            average: (1.0, 1.0),
        };
        let offset = |text: &String| u32::try_from(text.len()).unwrap_or(u32::MAX);
        for entry in &faq.entries {
            let entry_start = offset(&corpus.text);
            corpus.text.push(char::from(ENTRY_MARK));
            let question = push_words(&entry.question, &mut corpus.text);
            let answer_start = offset(&corpus.text);
            corpus.text.push(char::from(ANSWER_MARK));
            let answer = entry.answer_texts().map(|t| push_words(t, &mut corpus.text)).sum();
            corpus.starts.push((entry_start, answer_start));
            corpus.question_len.push(u16::try_from(question).unwrap_or(u16::MAX));
            corpus.answer_len.push(answer);
        }
        corpus.text.push(char::from(ENTRY_MARK));
        let n = corpus.starts.len().max(1) as f32;
        let q: f32 = corpus.question_len.iter().map(|&l| f32::from(l)).sum();
        let a: f32 = corpus.answer_len.iter().map(|&l| l as f32).sum();
        corpus.average = ((q / n).max(1.0), (a / n).max(1.0));
        corpus
    }

    /// The folded words of `entry`'s question, or of its answer.
    pub(super) fn words(&self, entry: usize, question: bool) -> impl Iterator<Item = &[u8]> {
        let (start, answer) =
            self.starts.get(entry).map_or((0, 0), |&(start, answer)| (start as usize, answer as usize));
        let next = self.starts.get(entry + 1).map_or(self.text.len() - 1, |&(next, _)| next as usize);
        let (from, to) = if question { (start, answer) } else { (answer, next) };
        // Past the mark, each word after a space.
        self.text.as_bytes().get(from + 2..to).unwrap_or_default().split(|&b| b == b' ')
    }

    /// The bytes of the word starting at byte `pos`.
    fn word_at(&self, pos: usize) -> &[u8] {
        let rest = self.text.as_bytes().get(pos..).unwrap_or_default();
        let end = rest.iter().position(|&b| matches!(b, b' ' | ENTRY_MARK | ANSWER_MARK)).unwrap_or(rest.len());
        &rest[..end]
    }

    /// Every occurrence of a word beginning with `prefix`, in corpus order,
    /// resolved to its entry and its id in `terms`.
    fn scan(&self, prefix: &str, terms: &[String]) -> Vec<Occurrence> {
        let mut needle = String::with_capacity(prefix.len() + 1);
        needle.push(' ');
        needle.push_str(prefix);
        let mut entry = 0;
        let mut found = Vec::new();
        // Every word found starts with `prefix`: look it up among those terms only.
        let range = prefix_range(terms, prefix);
        let (from, with_prefix) = (range.start, &terms[range]);
        find_each(self.text.as_bytes(), needle.as_bytes(), |i| {
            let start = i + 1;
            let word = self.word_at(start);
            // Every word of the corpus is a term; the check only guards damaged data.
            let Ok(term) = with_prefix.binary_search_by(|t| t.as_bytes().cmp(word)) else { return };
            let term = from + term;
            while self.starts.get(entry + 1).is_some_and(|&(s, _)| (s as usize) < start) {
                entry += 1;
            }
            let in_question = self.starts.get(entry).is_some_and(|&(_, answer)| start < answer as usize);
            found.push(Occurrence { entry: entry as u32, term: term as u32, in_question });
        });
        found
    }
}

/// A word of the corpus found by a scan.
#[derive(Debug, Clone, Copy)]
pub(super) struct Occurrence {
    pub(super) entry: u32,
    /// Its term id in the index.
    pub(super) term: u32,
    pub(super) in_question: bool,
}

/// The lazily derived [`Corpus`] and the recent scans over it: a cache, with
/// no equality (see [`crate::Bundle`]'s). A clone starts empty.
#[derive(Debug, Default)]
pub(crate) struct Scan {
    corpus: OnceCell<Corpus>,
    /// (prefix, occurrences) of recent scans, most recent last.
    recent: RefCell<Vec<(String, Rc<[Occurrence]>)>>,
}

impl Clone for Scan {
    fn clone(&self) -> Self {
        Scan::default()
    }
}

impl Scan {
    /// The corpus of `faq`, derived on first use (always from the same dataset).
    pub(super) fn corpus(&self, faq: &Faq) -> &Corpus {
        self.corpus.get_or_init(|| Corpus::new(faq))
    }

    /// Derives the corpus of `faq` now, if not yet done.
    pub(crate) fn prepare(&self, faq: &Faq) {
        self.corpus(faq);
    }

    /// Forgets the recent scans (the corpus stays).
    pub(crate) fn forget(&self) {
        self.recent.borrow_mut().clear();
    }

    /// The occurrences of the words beginning with `prefix`, reusing a
    /// recent scan for the same prefix or for a shorter one (typing "lip"
    /// after "li" keeps the words of the "li" scan that are in the range of
    /// terms starting with "lip").
    pub(super) fn occurrences(&self, corpus: &Corpus, terms: &[String], prefix: &str) -> Rc<[Occurrence]> {
        let mut recent = self.recent.borrow_mut();
        let found = recent
            .iter()
            .enumerate()
            .filter(|(_, (p, _))| prefix.starts_with(p.as_str()))
            .max_by_key(|(_, (p, _))| p.len())
            .map(|(i, (p, occurrences))| (i, p.len() == prefix.len(), Rc::clone(occurrences)));
        let occurrences: Rc<[Occurrence]> = match found {
            Some((i, true, occurrences)) => {
                let item = recent.remove(i);
                recent.push(item);
                return occurrences;
            }
            Some((_, false, wider)) => {
                let range = prefix_range(terms, prefix);
                // Pushed, not collected: a `collect` is code of its own in the `.wasm`.
                let mut within = Vec::new();
                for &o in wider.iter() {
                    if range.contains(&(o.term as usize)) {
                        within.push(o);
                    }
                }
                within.into()
            }
            None => corpus.scan(prefix, terms).into(),
        };
        if recent.len() == REMEMBERED_SCANS {
            recent.remove(0);
        }
        recent.push((prefix.to_owned(), Rc::clone(&occurrences)));
        occurrences
    }
}

/// Calls `found` with the start of every occurrence of `needle` in
/// `haystack`, in order. Natively (the build, the CLIs, `cargo bench`) this is
/// the memchr crate's SIMD searcher, about 4 times faster than the std-only
/// scan on the 10,000-entry corpus; in the `.wasm`, which has no SIMD here and
/// where memchr cost about 2.8 KB brotli, it is [`find_each_std`], measured no
/// slower there. The scan's needles (a space and a word) never overlap, so
/// memchr's non-overlapping matches are all of them.
#[cfg(not(target_arch = "wasm32"))]
fn find_each(haystack: &[u8], needle: &[u8], found: impl FnMut(usize)) {
    if !needle.is_empty() {
        memchr::memmem::find_iter(haystack, needle).for_each(found);
    }
}

#[cfg(target_arch = "wasm32")]
use find_each_std as find_each;

/// [`find_each`] with std only: 8 bytes a step. A step tests its 8 positions
/// at once for the needle's first two bytes, as bit tricks on a `u64`; only a
/// position with both is compared in full. Occurrences may overlap.
#[cfg(any(target_arch = "wasm32", test))]
fn find_each_std(haystack: &[u8], needle: &[u8], mut found: impl FnMut(usize)) {
    const LOWS: u64 = u64::MAX / 255 * 0x7F;
    let Some(&first) = needle.first() else { return };
    let (second, shift) = needle.get(1).map_or((first, 0), |&b| (b, 1));
    let (first, second) = (u64::MAX / 255 * u64::from(first), u64::MAX / 255 * u64::from(second));
    let rest = needle.get(1 + shift..).unwrap_or_default();
    let mut i = 0;
    // A step reads 8 bytes at i and 8 at i + shift.
    while let Some(chunk) = haystack.get(i..i + 8 + shift) {
        let (Some(a), Some(b)) = (chunk.first_chunk::<8>(), chunk.last_chunk::<8>()) else { break };
        // A zero byte where position i + k has both bytes; `hits` gets the
        // high bit of exactly those bytes.
        let both = (u64::from_le_bytes(*a) ^ first) | (u64::from_le_bytes(*b) ^ second);
        let mut hits = !(((both & LOWS) + LOWS) | both | LOWS);
        while hits != 0 {
            let k = i + (hits.trailing_zeros() / 8) as usize;
            if haystack.get(k + 1 + shift..).is_some_and(|after| after.starts_with(rest)) {
                found(k);
            }
            hits &= hits - 1;
        }
        i += 8;
    }
    (i..haystack.len()).filter(|&k| haystack.get(k..).is_some_and(|r| r.starts_with(needle))).for_each(found);
}

#[cfg(test)]
mod tests {
    use super::{find_each, find_each_std};

    fn all(haystack: &str, needle: &str) -> Vec<usize> {
        let mut found = Vec::new();
        find_each_std(haystack.as_bytes(), needle.as_bytes(), |i| found.push(i));
        found
    }

    /// Every start, overlapping ones too, the slow way.
    fn naive(haystack: &str, needle: &str) -> Vec<usize> {
        (0..haystack.len()).filter(|&i| haystack.as_bytes()[i..].starts_with(needle.as_bytes())).collect()
    }

    #[test]
    fn finds_every_occurrence_at_every_alignment() {
        let text = "\u{1} back pain\u{2} a lipoma on the back is a lump bbb  b\u{1} ba lip lipomas\u{1}";
        for needle in [" b", " back", " lip", " lipoma", " l", " ", "b", "bb", " x", " back pain at night and more"] {
            for start in 0..text.len() {
                let hay = &text[start..];
                assert_eq!(all(hay, needle), naive(hay, needle), "{needle:?} in {hay:?}");
            }
        }
        assert_eq!(all("", " a"), Vec::<usize>::new());
        assert_eq!(all("aaa", ""), Vec::<usize>::new(), "an empty needle finds nothing");
    }

    #[test]
    fn finds_multibyte_needles() {
        let text = " épaule épa  é";
        assert_eq!(all(text, " é"), naive(text, " é"));
        assert_eq!(all(text, " épaule"), vec![0]);
    }

    /// The native searcher finds what the `.wasm`'s does, for needles that
    /// cannot overlap themselves (a space, then no space: the scan's kind).
    #[test]
    fn the_native_search_agrees_with_the_std_one() {
        let text = "\u{1} back pain\u{2} a lipoma on the back is a lump bbb  b\u{1} ba lip lipomas\u{1} épaule";
        for needle in [" b", " back", " lip", " lipoma", " l", " x", " é", " back pain at night and more", ""] {
            for start in 0..text.len() {
                let Some(hay) = text.get(start..) else { continue };
                let mut native = Vec::new();
                find_each(hay.as_bytes(), needle.as_bytes(), |i| native.push(i));
                assert_eq!(native, all(hay, needle), "{needle:?} in {hay:?}");
            }
        }
    }
}
