//! Answer lines → [`Block`]s: paragraphs, sub-headings and lists (the rules
//! are in the [`super`] module docs).

use crate::model::Block;
use crate::text::words;

use super::source::{ends_open, Kind, Line, Marker};

/// A sub-heading has at most this many words.
const MAX_HEADING_WORDS: usize = 14;

/// Groups an answer's classified lines into blocks.
pub(crate) fn blocks(lines: &[Line<'_>]) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut paragraph: Vec<&str> = Vec::new();
    // Single-line paragraphs that may turn out to be sub-headings.
    let mut heading_candidates = Vec::new();

    let flush = |paragraph: &mut Vec<&str>, out: &mut Vec<Block>, candidates: &mut Vec<usize>| {
        if paragraph.is_empty() {
            return;
        }
        if paragraph.len() == 1 && looks_like_heading(paragraph[0]) {
            candidates.push(out.len());
        }
        out.push(Block::Paragraph(paragraph.join(" ")));
        paragraph.clear();
    };

    for line in lines {
        match line.kind {
            Kind::Blank => flush(&mut paragraph, &mut out, &mut heading_candidates),
            // A marker alone (`1.`, `•`) is not an item: it is shown as written.
            Kind::Item { marker, text } if !text.is_empty() => {
                flush(&mut paragraph, &mut out, &mut heading_candidates);
                let text = text.to_owned();
                match (marker, out.last_mut()) {
                    (Marker::Number(_), Some(Block::Ordered { items, .. })) => items.push(text),
                    (Marker::Bullet, Some(Block::Bullets(items))) => items.push(text),
                    (Marker::Number(start), _) => out.push(Block::Ordered { start, items: vec![text] }),
                    (Marker::Bullet, _) => out.push(Block::Bullets(vec![text])),
                }
            }
            _ => paragraph.push(line.raw.trim()),
        }
    }
    flush(&mut paragraph, &mut out, &mut heading_candidates);

    // A heading introduces something: the answer's last block stays a paragraph.
    for i in heading_candidates {
        if i + 1 < out.len() {
            if let Block::Paragraph(text) = &mut out[i] {
                out[i] = Block::Heading(std::mem::take(text));
            }
        }
    }
    out
}

/// A short line without closing punctuation, such as "The only cure for lipomas".
fn looks_like_heading(line: &str) -> bool {
    let core = line.trim_end_matches(['"', '\'', '”', '’', ')', ']', ' ']);
    ends_open(line) && core.split_whitespace().count() <= MAX_HEADING_WORDS && words(core).next().is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::source::answer_line;

    fn answer(src: &str) -> Vec<Block> {
        let lines: Vec<Line<'_>> = src.lines().map(|raw| Line { number: 1, raw, kind: answer_line(raw) }).collect();
        blocks(&lines)
    }

    #[test]
    fn a_marker_alone_is_text_and_numbers_start_a_list() {
        assert_eq!(answer("•\n1."), [Block::Paragraph("• 1.".into())]);
        assert_eq!(
            answer("  3. Three\n  4) Four\n- Dash"),
            [
                Block::Ordered { start: 3, items: vec!["Three".into(), "Four".into()] },
                Block::Bullets(vec!["Dash".into()])
            ]
        );
    }

    #[test]
    fn headings_are_short_open_lines_before_more_text() {
        assert!(looks_like_heading("The only cure for lipomas"));
        assert!(!looks_like_heading("Symptoms may include:"));
        assert!(!looks_like_heading("…"));
        assert_eq!(answer("Types\n\nOne."), [Block::Heading("Types".into()), Block::Paragraph("One.".into())]);
        assert_eq!(answer("One.\n\nTypes"), [Block::Paragraph("One.".into()), Block::Paragraph("Types".into())]);
    }
}
