//! An answer's blocks as HTML: paragraphs, sub-headings and lists.

use faq_core::Block;
use yew::prelude::*;

/// Renders blocks as `<p>`, `<h4>`, `<ol>` and `<ul>`. All text is set as text
/// nodes, never parsed as HTML.
pub fn answer_html(blocks: &[Block]) -> Html {
    blocks.iter().map(block).collect()
}

fn items(items: &[String]) -> Html {
    items.iter().map(|item| html! { <li>{ item }</li> }).collect()
}

fn block(block: &Block) -> Html {
    match block {
        Block::Paragraph(text) => html! { <p>{ text }</p> },
        Block::Heading(text) => html! { <h4 class="faq__subheading">{ text }</h4> },
        Block::Ordered { start, items: list } => html! {
            <ol start={(*start != 1).then(|| start.to_string())}>{ items(list) }</ol>
        },
        Block::Bullets(list) => html! { <ul>{ items(list) }</ul> },
    }
}
