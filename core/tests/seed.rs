//! The seed dataset (`data/faq.txt`) parsed and checked against the file itself.

mod common;

use faq_core::{load, Block, Faq};

fn seed() -> (Faq, String) {
    let path = common::root().join("data/faq.txt");
    let faq = load(&path).unwrap_or_else(|e| panic!("{e}"));
    (faq, std::fs::read_to_string(&path).unwrap())
}

/// The shape of an answer: P paragraph, H heading, O<n> numbered list, B<n> bullets.
fn shape(blocks: &[Block]) -> String {
    let parts: Vec<String> = blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph(_) => "P".to_owned(),
            Block::Heading(_) => "H".to_owned(),
            Block::Ordered { items, .. } => format!("O{}", items.len()),
            Block::Bullets(items) => format!("B{}", items.len()),
        })
        .collect();
    parts.join(" ")
}

#[test]
fn seed_has_45_questions_matching_the_file_lines_ending_in_a_question_mark() {
    let (faq, src) = seed();
    let from_file: Vec<&str> = src
        .lines()
        .filter(|l| l.trim_end().ends_with('?'))
        .map(|l| l.trim().trim_start_matches("! ").trim_start_matches("[FAQ]: "))
        .collect();
    let parsed: Vec<&str> = faq.entries.iter().map(|e| e.question.as_str()).collect();
    assert_eq!(parsed.len(), 45);
    assert_eq!(parsed, from_file);
    assert_eq!(parsed[0], "What are back mice?");
    assert!(parsed.iter().all(|q| !q.contains("[FAQ]")));
}

#[test]
fn the_four_red_flag_questions_are_marked_urgent_and_the_front_matter_is_read() {
    let (faq, _) = seed();
    let urgent: Vec<&str> = faq.entries.iter().filter(|e| e.urgent).map(|e| e.question.as_str()).collect();
    assert_eq!(
        urgent,
        [
            "When should I be worried about a lump on my back?",
            "Why is back pain at night a red flag?",
            "How do I know if I have had a spinal tumor?",
            "How do I know if my back pain is serious?",
        ]
    );
    assert_eq!(faq.about.clinic.as_deref(), Some("Example Spine Clinic (demo data)"));
    assert!(faq.about.reviewed_by.as_deref().is_some_and(|r| r.contains("medical team")));
    assert_eq!(faq.about.last_reviewed.map(|d| d.to_string()).as_deref(), Some("2026-10-15"));
    assert_eq!(faq.about.last_reviewed_line, 4);
}

#[test]
fn every_answer_line_of_the_file_appears_in_order_in_the_blocks() {
    let (faq, src) = seed();
    let lines: Vec<&str> = src.lines().collect();
    for entry in &faq.entries {
        let start = entry.line as usize; // the line after the question (0-based index)
        let body: Vec<String> = lines[start..]
            .iter()
            .take_while(|l| !l.trim_end().ends_with('?'))
            .map(|l| l.trim())
            .filter(|l| !l.is_empty())
            // Drop list markers: "1. ", "• ".
            .map(|l| {
                let l = l.strip_prefix("• ").unwrap_or(l);
                match l.split_once(". ") {
                    Some((n, rest)) if n.chars().all(|c| c.is_ascii_digit()) => rest.to_owned(),
                    _ => l.to_owned(),
                }
            })
            .collect();
        let texts: Vec<&str> = entry.answer_texts().collect();
        assert_eq!(texts, body, "answer of {:?} (line {})", entry.question, entry.line);
    }
}

#[test]
fn answer_structure_matches_the_seed() {
    let (faq, _) = seed();
    let shapes: Vec<String> = faq.entries.iter().map(|e| shape(&e.answer)).collect();
    let mut expected = vec!["P".to_owned(); 45];
    // Entries with sub-headings and lists (1-based positions in the file).
    expected[5 - 1] = "H O2".into(); // How do I get rid of a lump on my lower back?
    expected[17 - 1] = "H P".into(); // Does lipoma go away?
    expected[27 - 1] = "H P".into(); // Do spinal cysts go away?
    expected[38 - 1] = "P P".into(); // How do I know if I have had a spinal tumor? (lead-in line ends in ':')
    expected[39 - 1] = "H B6".into(); // What cancers cause back pain?
    expected[41 - 1] = "H O6".into(); // How do I know if my back pain is serious?
    assert_eq!(shapes, expected);

    let headings: Vec<&str> = faq
        .entries
        .iter()
        .flat_map(|e| &e.answer)
        .filter_map(|b| match b {
            Block::Heading(h) => Some(h.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(
        headings,
        [
            "Painful back lump treatments and relief",
            "The only cure for lipomas",
            "Treatment options for spinal cysts",
            "Types of cancer that may cause back pain",
            "8 Signs That it’s Time to Call a Doctor for Your Back Pain",
        ]
    );
}

#[test]
fn seed_defects_are_kept_as_written() {
    let (faq, _) = seed();
    let first = &faq.entries[0].answer[0];
    assert!(matches!(first, Block::Paragraph(p) if p.contains("published inPain Physician")));
    let Block::Ordered { start, items } = &faq.entries[4].answer[1] else { panic!("expected a numbered list") };
    assert_eq!(*start, 1);
    assert!(items[0].ends_with("growths. …"));
}

#[test]
fn seed_slugs_are_unique_and_url_safe() {
    let (faq, _) = seed();
    let mut slugs: Vec<&str> = faq.entries.iter().map(|e| e.slug.as_str()).collect();
    assert_eq!(slugs[0], "what-are-back-mice");
    assert!(slugs.iter().all(|s| s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')));
    slugs.sort_unstable();
    slugs.dedup();
    assert_eq!(slugs.len(), 45);
}
