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
        for (_, word) in words(query) {
            if query_words.len() == MAX_QUERY_WORDS {
                break;
            }
            if !query_words.contains(&word) {
                query_words.push(word);
            }
        }
        let last = query_words.last()?.clone();
        let asks = language.asks.iter().find(|&&asks| asks == query_words[0]).copied();
        query_words.retain(|w| !language.is_stop_word(w));
        Some(Query { words: query_words, last, asks })
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
}
