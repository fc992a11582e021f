//! A query's words: split and folded like the index, capped in number and
//! length, without stop words.

use crate::language::Language;
use crate::text::words;

/// Query words beyond this many are ignored, bounding the cost of a pasted essay.
pub const MAX_QUERY_WORDS: usize = 15;

/// Only the first this many bytes of a query are read (cut before a word
/// that would be split): a 10,000-character paste costs no more than a sentence.
pub const MAX_QUERY_BYTES: usize = 512;

/// A query split into the words it searches for.
#[derive(Debug)]
pub(crate) struct Query {
    /// Its distinct words (at most [`MAX_QUERY_WORDS`], from its first
    /// [`MAX_QUERY_BYTES`]), in order, without stop words.
    pub(crate) words: Vec<String>,
    /// Its last word, a stop word or not: only that word matches as a prefix
    /// (the patient may still be typing it).
    last: String,
    /// The question word it opens with, other than "what" ("where", "why":
    /// see [`Language::asks`]), if any.
    pub(crate) asks: Option<&'static str>,
    /// How it opens: its first word and the stop words right after it (at
    /// most [`OPENING_WORDS`] in all), joined by spaces: "como es un" of
    /// "cómo es un lipoma", "is a" of "is a cyst on my spine…".
    pub(crate) opening: Opening,
}

/// How many of a query's first words [`Query::opening`] keeps.
pub const OPENING_WORDS: usize = 4;

/// A query's opening words, joined by spaces, in at most 32 bytes (a word
/// that would not fit ends it), kept inline rather than in a `String`
/// allocated for every keystroke. (The 5% the rule first cost the seed's
/// benchmark queries natively was not that allocation, which measured the
/// same inline, but a second stop-word lookup per word: each word is now
/// looked up once, in `Query::parse`.)
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Opening {
    bytes: [u8; 32],
    len: u8,
}

impl Opening {
    /// Adds `word` after a space (none before the first); false if it does not fit.
    fn push(&mut self, word: &str) -> bool {
        let at = usize::from(self.len);
        let space = usize::from(at > 0);
        let Some(to) = self.bytes.get_mut(at..at + space + word.len()) else { return false };
        to[..space].fill(b' ');
        to[space..].copy_from_slice(word.as_bytes());
        self.len = (at + space + word.len()) as u8;
        true
    }

    /// Its words joined by spaces.
    pub(crate) fn as_str(&self) -> &str {
        // Whole words were copied in: always UTF-8.
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or_default()
    }
}

impl Query {
    /// The words of `query`, less `language`'s stop words; `None` if it has
    /// no words at all (empty, only spaces, punctuation or emoji).
    pub(crate) fn parse(query: &str, language: &Language) -> Option<Query> {
        #[cfg(feature = "count-work")]
        crate::work::parsed();
        let query = if query.len() > MAX_QUERY_BYTES {
            let mut end = MAX_QUERY_BYTES;
            while !query.is_char_boundary(end) {
                end -= 1;
            }
            // Drop a word cut in two ("lipoma lip|oma" reads "lipoma").
            let head = &query[..end];
            head.rfind(|c: char| !c.is_alphanumeric()).map_or(head, |i| &head[..i])
        } else {
            query
        };
        let mut query_words: Vec<String> = Vec::new();
        // Bit `i`: `query_words[i]` is a stop word (each looked up once).
        let mut stops = 0u16;
        let (mut opening, mut opened) = (Opening::default(), 0);
        for (_, word) in words(query) {
            if query_words.len() == MAX_QUERY_WORDS {
                break;
            }
            let seen = query_words.iter().position(|w| *w == word);
            let stop = seen.map_or_else(|| language.is_stop_word(&word), |i| stops >> i & 1 != 0);
            // Its first word and the stop words right after it.
            opened = if opened < OPENING_WORDS && (opened == 0 || stop) && opening.push(&word) {
                if stop {
                    opened + 1
                } else {
                    OPENING_WORDS
                }
            } else {
                OPENING_WORDS
            };
            if seen.is_none() {
                stops |= u16::from(stop) << query_words.len();
                query_words.push(word);
            }
        }
        let last = query_words.last()?.clone();
        let asks = language.asks.iter().find(|&&asks| asks == query_words[0]).copied();
        let mut i = 0;
        query_words.retain(|_| {
            i += 1;
            stops >> (i - 1) & 1 == 0
        });
        Some(Query { words: query_words, last, asks, opening })
    }

    /// Whether `word` is the query's last word, which also matches as a prefix.
    pub(crate) fn is_last(&self, word: &str) -> bool {
        word == self.last
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::ENGLISH;

    #[test]
    fn stop_words_are_dropped_but_the_last_word_is_kept() {
        let query = Query::parse("What is a LIPOMA, is it", &ENGLISH).unwrap();
        assert_eq!(query.words, ["lipoma"]);
        assert!(query.is_last("it") && !query.is_last("lipoma"));
        assert_eq!(Query::parse("is it", &ENGLISH).unwrap().words, Vec::<String>::new());
        assert!(Query::parse(" 🙂 ?! ", &ENGLISH).is_none());
    }

    #[test]
    fn the_opening_is_the_first_word_and_the_stop_words_after_it() {
        let opening = |q: &str| Query::parse(q, &ENGLISH).unwrap().opening.as_str().to_owned();
        assert_eq!(opening("Is a cyst on my spine a worry"), "is a");
        assert_eq!(opening("what is the lump of a lipoma"), "what is the");
        assert_eq!(opening("lipoma is it"), "lipoma");
        assert_eq!(opening("how do i get rid of it"), "how do i get");
        assert_eq!(opening("supercalifragilisticexpialidocious lipoma"), "", "a word past 32 bytes is left out");
    }
}
