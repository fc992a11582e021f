//! An answer's blocks as HTML: paragraphs, sub-headings and lists.

use faq_core::{Block, Bundle, MatchedTerms};
use yew::prelude::*;

use super::list;
use super::marked::marked;

/// Renders blocks as `<p>`, `<h4>`, `<ol>` and `<ul>`, with the words among
/// `matched` marked. All text is set as text nodes, never parsed as HTML.
pub fn answer_html(blocks: &[Block], bundle: &Bundle, matched: &MatchedTerms) -> Html {
    let text = |t: &str| marked(t, bundle, matched);
    let items = |items: &[String]| -> Html {
        let mut nodes = Vec::new();
        for item in items {
            nodes.push(html! { <li>{ text(item) }</li> });
        }
        list(nodes)
    };
    let mut nodes = Vec::new();
    for block in blocks {
        nodes.push(match block {
            Block::Paragraph(t) => html! { <p>{ text(t) }</p> },
            Block::Heading(t) => html! { <h4 class="faq__subheading">{ text(t) }</h4> },
            Block::Ordered { start, items: entries } => html! {
                <ol start={(*start != 1).then(|| start.to_string())}>{ items(entries) }</ol>
            },
            Block::Bullets(entries) => html! { <ul>{ items(entries) }</ul> },
        });
    }
    list(nodes)
}
