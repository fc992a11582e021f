//! Text with the words a search matched wrapped in `<mark>`.

use std::ops::Range;

use faq_core::{Bundle, MatchedTerms};
use yew::prelude::*;

/// `text` as text nodes, with the words among `matched` in `<mark>` elements.
/// Built from match ranges, never by inserting HTML.
pub fn marked(text: &str, bundle: &Bundle, matched: &MatchedTerms) -> Html {
    marked_ranges(text, &bundle.highlight(text, matched))
}

/// `text` as text nodes, with its `ranges` (from [`Bundle::highlight`] on
/// the same text) in `<mark>` elements.
pub fn marked_ranges(text: &str, ranges: &[Range<usize>]) -> Html {
    if ranges.is_empty() {
        return html! { { text } };
    }
    let mut parts: Vec<Html> = Vec::with_capacity(ranges.len() * 2 + 1);
    let mut at = 0;
    for range in ranges {
        // Ranges come from the same text, in order, on character boundaries.
        if let (Some(before), Some(word)) = (text.get(at..range.start), text.get(range.clone())) {
            parts.push(html! { { before } });
            parts.push(html! { <mark class="faq__mark">{ word }</mark> });
            at = range.end;
        }
    }
    parts.push(html! { { text.get(at..).unwrap_or_default() } });
    super::list(parts)
}
