//! A query's words: split and folded like the index, capped in number and
//! length, without stop words.

use crate::text::words;

/// Query words beyond this many are ignored, bounding the cost of a pasted essay.
pub const MAX_QUERY_WORDS: usize = 15;

/// Only the first this many bytes of a query are read (cut before a word
/// that would be split): a 10,000-character paste costs no more than a sentence.
pub const MAX_QUERY_BYTES: usize = 512;

/// Words too common to narrow a search, one a line, folded like the index
/// ("isnt", not "isn't"), each between two newlines. A query of only these
/// matches nothing.
const STOP_WORDS: &str = concat!("\n", include_str!("stop_words.txt"));

/// A query split into the words it searches for.
#[derive(Debug)]
pub(crate) struct Query {
    /// Its distinct words (at most [`MAX_QUERY_WORDS`], from its first
    /// [`MAX_QUERY_BYTES`]), in order, without stop words.
    pub(crate) words: Vec<String>,
    /// Its last word, a stop word or not: only that word matches as a prefix
    /// (the patient may still be typing it).
    last: String,
}

impl Query {
    /// The words of `query`; `None` if it has no words at all (empty, only
    /// spaces, punctuation or emoji).
    pub(crate) fn parse(query: &str) -> Option<Query> {
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
        query_words.retain(|w| !is_stop_word(w));
        Some(Query { words: query_words, last })
    }

    /// Whether `word` is the query's last word, which also matches as a prefix.
    pub(crate) fn is_last(&self, word: &str) -> bool {
        word == self.last
    }
}

/// Whether `word` (a folded word: no newline) is a line of [`STOP_WORDS`]:
/// a binary search of its sorted lines, in place.
fn is_stop_word(word: &str) -> bool {
    let (list, word) = (STOP_WORDS.as_bytes(), word.as_bytes());
    // The lines between the newlines at `low` and `high` are left to search.
    let (mut low, mut high) = (0, list.len() - 1);
    while low < high {
        let middle = low + (high - low) / 2;
        let start = list[..=middle].iter().rposition(|&b| b == b'\n').unwrap_or(0).max(low);
        let end = start + 1 + list[start + 1..].iter().position(|&b| b == b'\n').unwrap_or(0);
        match list[start + 1..end].cmp(word) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => low = end,
            std::cmp::Ordering::Greater => high = start,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stop_words_are_sorted_distinct_folded_words() {
        assert!(STOP_WORDS.starts_with('\n') && STOP_WORDS.ends_with('\n'), "each word between newlines");
        let list: Vec<&str> = STOP_WORDS[1..].lines().collect();
        assert!(list.len() > 100);
        assert!(list.windows(2).all(|pair| pair[0] < pair[1]), "sorted, no repeats");
        for stop in list {
            let folded: Vec<String> = words(stop).map(|(_, w)| w).collect();
            assert_eq!(folded, [stop], "one folded word a line");
            assert!(is_stop_word(stop));
        }
        for word in ["", "wh", "whatever", "hat", "lipoma", "a\nb"] {
            assert!(!is_stop_word(word), "{word:?}");
        }
    }

    #[test]
    fn stop_words_are_dropped_but_the_last_word_is_kept() {
        let query = Query::parse("What is a LIPOMA, is it").unwrap();
        assert_eq!(query.words, ["lipoma"]);
        assert!(query.is_last("it") && !query.is_last("lipoma"));
        assert_eq!(Query::parse("is it").unwrap().words, Vec::<String>::new());
        assert!(Query::parse(" 🙂 ?! ").is_none());
    }
}
