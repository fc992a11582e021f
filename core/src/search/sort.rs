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
    keep_smallest(&mut order, limit);
    sort_pairs(&mut order);
    *items = order.iter().take(limit).map(|&(_, i)| items[i as usize]).collect();
}

/// Keeps the `limit` smallest of `pairs`, in no order, when there are more:
/// a quickselect, so that only those are sorted (10,000 entries: "back
/// pain" has thousands of hits, and sorting them all was a quarter of a
/// search's time). Each round places one pair where the sort would; after
/// 64 rounds (an unlucky order) it leaves them all to the sort. Written
/// out: the standard library's `select_nth_unstable` measured 1.2 KB
/// brotli of `.wasm`.
fn keep_smallest(pairs: &mut Vec<(u64, u32)>, limit: usize) {
    let (mut lo, mut hi) = (0, pairs.len());
    if hi <= limit {
        return;
    }
    // The pairs before `lo` are smaller than those from `lo` to `hi`, which
    // are smaller than those after; the `limit`th smallest is between.
    for _ in 0..64 {
        if hi - lo <= 1 {
            pairs.truncate(limit);
            return;
        }
        // The middle pair as the pivot, moved to the end; the smaller ones
        // before `at`, then the pivot at `at`: its place in sorted order.
        pairs.swap(lo + (hi - lo) / 2, hi - 1);
        let pivot = pairs[hi - 1];
        let mut at = lo;
        for i in lo..hi - 1 {
            // Without a branch: a larger pair swapped with another larger
            // one (or itself) stays on the larger side.
            let smaller = pairs[i] < pivot;
            pairs.swap(i, at);
            at += usize::from(smaller);
        }
        pairs.swap(at, hi - 1);
        match at.cmp(&limit) {
            std::cmp::Ordering::Less => lo = at + 1,
            std::cmp::Ordering::Greater => hi = at,
            std::cmp::Ordering::Equal => {
                pairs.truncate(limit);
                return;
            }
        }
    }
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
    fn keeping_the_first_few_equals_sorting_all() {
        // Keys in many orders, with repeats (as hits of equal rank).
        let mut seed = 7u64;
        for n in [0, 1, 2, 3, 10, 64, 500, 501, 2000] {
            for limit in [0, 1, 2, 5, 100, 500, usize::MAX] {
                let items: Vec<u64> = (0..n)
                    .map(|_| {
                        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                        (seed >> 33) % 50
                    })
                    .collect();
                let mut kept = items.clone();
                sort_by_key_and_keep(&mut kept, |&k| k, limit);
                let mut all = items.clone();
                sort_by_key(&mut all, |&k| k);
                all.truncate(limit);
                assert_eq!(kept, all, "n {n}, limit {limit}");
            }
        }
        // Already sorted, and reversed: the middle pivot keeps it quick.
        let mut sorted: Vec<u64> = (0..5000).collect();
        sort_by_key_and_keep(&mut sorted, |&k| 5000 - k, 10);
        assert_eq!(sorted, (4990..5000).rev().collect::<Vec<u64>>());
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
