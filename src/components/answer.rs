//! An answer's blocks as HTML: paragraphs, sub-headings and lists.

use faq_core::{Block, Bundle, MatchedTerms};
use yew::prelude::*;

use super::marked::marked;

/// Renders blocks as `<p>`, `<h4>`, `<ol>` and `<ul>`, with the words among
/// `matched` marked. All text is set as text nodes, never parsed as HTML.
pub fn answer_html(blocks: &[Block], bundle: &Bundle, matched: &MatchedTerms) -> Html {
    let text = |t: &str| marked(t, bundle, matched);
    let items = |items: &[String]| -> Html { items.iter().map(|item| html! { <li>{ text(item) }</li> }).collect() };
    blocks
        .iter()
        .map(|block| match block {
            Block::Paragraph(t) => html! { <p>{ text(t) }</p> },
            Block::Heading(t) => html! { <h4 class="faq__subheading">{ text(t) }</h4> },
            Block::Ordered { start, items: list } => html! {
                <ol start={(*start != 1).then(|| start.to_string())}>{ items(list) }</ol>
            },
            Block::Bullets(list) => html! { <ul>{ items(list) }</ul> },
        })
        .collect()
}
