//! Sorting and prefix helpers over sorted terms. Every sort of the search
//! goes through [`sort_pairs`], so the `.wasm` carries one sort routine
//! rather than one per element type and comparison.

use std::ops::Range;

/// Sorts `items` by `key`, stably (see [`sort_pairs`]).
pub(super) fn sort_by_key<T: Copy>(items: &mut Vec<T>, key: impl Fn(&T) -> u64) {
    sort_by_key_and_keep(items, key, usize::MAX);
}

/// Sorts `items` by `key`, stably, and keeps the first `limit`: only those
/// are copied into place.
pub(super) fn sort_by_key_and_keep<T: Copy>(items: &mut Vec<T>, key: impl Fn(&T) -> u64, limit: usize) {
    let mut order: Vec<(u64, u32)> = items.iter().enumerate().map(|(i, item)| (key(item), i as u32)).collect();
    sort_pairs(&mut order);
    *items = order.iter().take(limit).map(|&(_, i)| items[i as usize]).collect();
}

/// The one sort: by key, then by index.
#[inline(never)]
fn sort_pairs(pairs: &mut [(u64, u32)]) {
    pairs.sort_unstable();
}

/// The ids of the sorted `terms` that start with `prefix`: a contiguous range.
pub(super) fn prefix_range(terms: &[String], prefix: &str) -> Range<usize> {
    let from = terms.partition_point(|t| t.as_str() < prefix);
    from..from + terms[from..].partition_point(|t| t.starts_with(prefix))
}

/// The longest common prefix of `words`, on a character boundary.
pub(super) fn common_prefix<'w>(words: impl IntoIterator<Item = &'w str>) -> &'w str {
    let mut words = words.into_iter();
    let Some(mut prefix) = words.next() else { return "" };
    for word in words {
        let len = prefix
            .char_indices()
            .zip(word.chars())
            .find(|((_, a), b)| a != b)
            .map_or(prefix.len().min(word.len()), |((i, _), _)| i);
        // `len` is a boundary of `prefix`; clamp for a shorter `word` too.
        let mut len = len.min(prefix.len());
        while !prefix.is_char_boundary(len) {
            len -= 1;
        }
        prefix = &prefix[..len];
    }
    prefix
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_by_key_is_stable() {
        let mut items = vec![(3, 'a'), (1, 'b'), (3, 'c'), (1, 'd')];
        sort_by_key(&mut items, |&(k, _)| k);
        assert_eq!(items, [(1, 'b'), (1, 'd'), (3, 'a'), (3, 'c')]);
        sort_by_key_and_keep(&mut items, |&(k, _)| u64::from(k == 3), 3);
        assert_eq!(items, [(1, 'b'), (1, 'd'), (3, 'a')]);
    }

    #[test]
    fn prefix_range_finds_the_terms_starting_with_a_prefix() {
        let terms: Vec<String> = ["li", "lip", "lipoma", "lipomas", "lump"].map(String::from).into();
        assert_eq!(prefix_range(&terms, "lip"), 1..4);
        assert_eq!(prefix_range(&terms, "x"), 5..5);
        assert_eq!(prefix_range(&terms, ""), 0..5);
    }

    #[test]
    fn common_prefix_stops_on_a_character_boundary() {
        assert_eq!(common_prefix(["lipoma", "lipomas", "lip"]), "lip");
        assert_eq!(common_prefix(["épaule", "éperon"]), "ép");
        assert_eq!(common_prefix(["é", "è"]), "");
        assert_eq!(common_prefix([]), "");
    }
}
