//! Static renderings of a dataset, made at build time: the no-JavaScript
//! fallback (native `<details>` elements) and schema.org `FAQPage` JSON-LD.

use std::fmt::Write;

use crate::model::{Block, Faq};

/// Escapes text for HTML element content and attribute values.
fn escape_html(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// The whole FAQ as static HTML for the inside of `<faq-widget>…</faq-widget>`:
/// every question a `<details>` with its `<summary>`, answers with their
/// paragraphs, sub-headings and lists, each with the id `faq-<slug>`. Red-flag
/// entries come first, open, with the class `faq-fallback__urgent`; the review
/// line (front matter) ends the list. Readable without JavaScript or
/// WebAssembly; the widget replaces it when it starts.
///
/// ```
/// let faq = faq_core::parse_text("Is <b> bold?\nYes & no.\n").unwrap();
/// let html = faq_core::fallback_html(&faq);
/// assert!(html.contains("<summary>Is &lt;b&gt; bold?</summary>"));
/// assert!(html.contains("<p>Yes &amp; no.</p>"));
/// assert!(html.starts_with("<div class=\"faq-fallback\" lang=\"en\">"));
/// let arabic = faq_core::parse_text("---\nlanguage: ar\n---\nما هو الورم؟\nكتلة.\n").unwrap();
/// assert!(faq_core::fallback_html(&arabic).starts_with("<div class=\"faq-fallback\" lang=\"ar\" dir=\"rtl\">"));
/// assert!(faq_core::json_ld(&arabic).contains("\"inLanguage\": \"ar\""));
/// ```
pub fn fallback_html(faq: &Faq) -> String {
    // In the dataset's language, whatever the host page's; mirrored if it is
    // written right to left.
    let tag = faq.about.language_tag();
    let dir = if crate::language::is_right_to_left(tag) { " dir=\"rtl\"" } else { "" };
    let mut out = String::from("<div class=\"faq-fallback\" lang=\"");
    escape_html(tag, &mut out);
    let _ = writeln!(out, "\"{dir}>");
    let urgent_first = faq.entries.iter().filter(|e| e.urgent).chain(faq.entries.iter().filter(|e| !e.urgent));
    for entry in urgent_first {
        out.push_str("<details id=\"faq-");
        escape_html(&entry.slug, &mut out);
        out.push_str(if entry.urgent { "\" class=\"faq-fallback__urgent\" open><summary>" } else { "\"><summary>" });
        escape_html(&entry.question, &mut out);
        out.push_str("</summary>\n");
        for block in &entry.answer {
            let list = |tag: &str, start: Option<u32>, items: &[String], out: &mut String| {
                let _ = write!(out, "<{tag}");
                if let Some(start) = start.filter(|&s| s != 1) {
                    let _ = write!(out, " start=\"{start}\"");
                }
                out.push('>');
                for item in items {
                    out.push_str("<li>");
                    escape_html(item, out);
                    out.push_str("</li>");
                }
                let _ = writeln!(out, "</{tag}>");
            };
            match block {
                // A sub-heading is bold text, not an <h4>: the fallback sits in
                // the host's page, whose heading levels are unknown.
                Block::Heading(text) => {
                    out.push_str("<p class=\"faq-fallback__subheading\"><strong>");
                    escape_html(text, &mut out);
                    out.push_str("</strong></p>\n");
                }
                Block::Paragraph(text) => {
                    out.push_str("<p>");
                    escape_html(text, &mut out);
                    out.push_str("</p>\n");
                }
                Block::Ordered { start, items } => list("ol", Some(*start), items, &mut out),
                Block::Bullets(items) => list("ul", None, items, &mut out),
            }
        }
        out.push_str("</details>\n");
    }
    let about = &faq.about;
    if about.reviewed_by.is_some() || about.last_reviewed.is_some() {
        out.push_str("<p class=\"faq-fallback__review\">Reviewed");
        if let Some(by) = &about.reviewed_by {
            out.push_str(" by ");
            escape_html(by, &mut out);
        }
        if let Some(date) = about.last_reviewed {
            let _ = write!(out, " on <time datetime=\"{date}\">{date}</time>");
        }
        out.push_str(".</p>\n");
    }
    out.push_str("</div>\n");
    out
}

/// schema.org `FAQPage` JSON-LD for the entries (their visible text only),
/// safe to put inside `<script type="application/ld+json">`: every `<` is
/// written as `\u003c`, so no `</script>` can end the element early.
///
/// ```
/// let faq = faq_core::parse_text("Safe?\nSee </script><script>alert(1)</script>\n").unwrap();
/// let json = faq_core::json_ld(&faq);
/// assert!(!json.contains("</script>"));
/// let value: serde_json::Value = serde_json::from_str(&json).unwrap();
/// assert_eq!(value["mainEntity"][0]["acceptedAnswer"]["text"], "See </script><script>alert(1)</script>");
/// ```
pub fn json_ld(faq: &Faq) -> String {
    let questions: Vec<serde_json::Value> = faq
        .entries
        .iter()
        .map(|entry| {
            let answer: Vec<String> = entry
                .answer
                .iter()
                .map(|block| match block {
                    Block::Paragraph(t) | Block::Heading(t) => t.clone(),
                    Block::Ordered { start, items } => items
                        .iter()
                        .zip(*start..)
                        .map(|(item, n)| format!("{n}. {item}"))
                        .collect::<Vec<_>>()
                        .join("\n"),
                    Block::Bullets(items) => {
                        items.iter().map(|item| format!("• {item}")).collect::<Vec<_>>().join("\n")
                    }
                })
                .collect();
            serde_json::json!({
                "@type": "Question",
                "name": entry.question,
                "acceptedAnswer": { "@type": "Answer", "text": answer.join("\n\n") },
            })
        })
        .collect();
    let doc = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "inLanguage": faq.about.language_tag(),
        "mainEntity": questions,
    });
    // serde_json output is valid JSON; `\u003c` is the same string to a parser.
    serde_json::to_string_pretty(&doc).expect("a JSON value always serialises").replace('<', "\\u003c")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse_text;

    #[test]
    fn fallback_has_every_entry_as_details_with_lists() {
        let faq = parse_text("First?\n\nIntro\n\n  1. One\n  2. Two\n\nSecond?\n  • A\n  • B & C\nEnd.\n").unwrap();
        let html = fallback_html(&faq);
        assert_eq!(html.matches("<details id=\"faq-").count(), 2);
        assert!(html.contains("<details id=\"faq-first\"><summary>First?</summary>\n<p class=\"faq-fallback__subheading\"><strong>Intro</strong></p>\n<ol><li>One</li><li>Two</li></ol>\n</details>"));
        assert!(html.contains("<ul><li>A</li><li>B &amp; C</li></ul>"));
    }

    #[test]
    fn red_flags_come_first_and_open_and_the_review_line_ends_the_list() {
        let faq = parse_text(
            "---\nreviewed-by: Dr <A>\nlast-reviewed: 2026-03-01\n---\nFirst?\nA.\n! Urgent?\nB.\nLast?\nC.\n",
        )
        .unwrap();
        let html = fallback_html(&faq);
        let order: Vec<usize> = ["Urgent?", "First?", "Last?"].iter().map(|q| html.find(q).unwrap()).collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{html}");
        assert!(html.contains("<details id=\"faq-urgent\" class=\"faq-fallback__urgent\" open><summary>Urgent?"));
        assert!(html.contains("<details id=\"faq-first\"><summary>"));
        assert!(html.contains("Reviewed by Dr &lt;A&gt; on <time datetime=\"2026-03-01\">2026-03-01</time>."));
    }

    #[test]
    fn hostile_text_is_escaped_everywhere() {
        let faq = parse_text("<img src=x onerror=alert(1)>?\n\"quoted\" 'single' <script>x</script>\n").unwrap();
        let html = fallback_html(&faq);
        assert!(!html.contains("<img") && !html.contains("<script"), "{html}");
        let json = json_ld(&faq);
        assert!(!json.contains('<'), "{json}");
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["mainEntity"][0]["name"], "<img src=x onerror=alert(1)>?");
    }
}
