//! The text format → [`Faq`], from its classified lines ([`Source`]).

use crate::error::{Error, ErrorKind};
use crate::language::normalize_tag;
use crate::model::{About, Date, Faq};

use super::entries::{build_faq, RawEntry};
use super::source::{Kind, Line, Source};

/// Parses a text dataset's classified lines.
pub(crate) fn parse(source: &Source<'_>) -> Result<Faq, Error> {
    if let Some(line) = source.unclosed_front_matter() {
        return Err(Error::at(line, ErrorKind::UnclosedFrontMatter));
    }
    let about = front_matter(source.front_matter())?;
    let lines = source.body();

    let Some(first_text_line) = lines.iter().find(|l| l.kind != Kind::Blank).map(|l| l.number) else {
        return Err(Error::at(1, ErrorKind::Empty));
    };
    if !lines.iter().any(|l| matches!(l.kind, Kind::Question { .. })) {
        return Err(Error::at(first_text_line, ErrorKind::NoQuestion));
    }

    let mut raw: Vec<RawEntry<'_>> = Vec::new();
    let mut topic: Option<String> = None;
    for line in lines {
        match line.kind {
            Kind::Topic("") => return Err(Error::at(line.number, ErrorKind::EmptyTopic)),
            Kind::Topic(name) => topic = Some(name.to_owned()),
            Kind::Question { urgent, text } => raw.push(RawEntry {
                line: line.number,
                question: text.to_owned(),
                body: Vec::new(),
                topic: topic.clone(),
                urgent,
            }),
            // Answer text belongs to the last question, unless a topic line
            // came between them.
            _ => match raw.last_mut().filter(|e| e.topic == topic) {
                Some(entry) => entry.body.push(*line),
                None if line.kind == Kind::Blank => {}
                None => return Err(Error::at(line.number, ErrorKind::TextBeforeFirstQuestion)),
            },
        }
    }
    build_faq(raw, about)
}

/// Reads the front matter's `key: value` lines (see the module docs of [`super`]).
fn front_matter(lines: &[Line<'_>]) -> Result<About, Error> {
    let mut about = About::default();
    for &Line { number: n, raw, kind } in lines {
        let Kind::Field(field) = kind else { continue };
        if raw.contains('\0') {
            return Err(Error::at(n, ErrorKind::NulCharacter));
        }
        let bad = || Error::at(n, ErrorKind::BadFrontMatter(raw.trim().to_owned()));
        let (key, value) = field.filter(|(_, value)| !value.is_empty()).ok_or_else(bad)?;
        match key {
            "clinic" => about.clinic = Some(value.to_owned()),
            "reviewed-by" => about.reviewed_by = Some(value.to_owned()),
            "language" => {
                let tag = normalize_tag(value).map_err(|why| Error::at(n, ErrorKind::BadLanguage(why)))?;
                (about.language, about.language_line) = (Some(tag), n);
            }
            "last-reviewed" => {
                let date = Date::parse(value).ok_or_else(|| Error::at(n, ErrorKind::BadDate(value.to_owned())))?;
                about.last_reviewed = Some(date);
                about.last_reviewed_line = n;
            }
            _ => return Err(bad()),
        }
    }
    Ok(about)
}

#[cfg(test)]
mod tests {
    use crate::error::{Error, ErrorKind};
    use crate::model::{About, Block, Date};
    use crate::parse::{parse_json, parse_text};

    fn err(src: &str) -> Error {
        parse_text(src).expect_err("the dataset should be rejected")
    }

    #[test]
    fn empty_file_is_an_error_on_line_1() {
        for src in ["", "\n\n   \n"] {
            let e = err(src);
            assert_eq!((e.line(), e.kind()), (Some(1), &ErrorKind::Empty));
        }
    }

    #[test]
    fn text_without_a_question_is_an_error_at_its_first_line() {
        let e = err("\n\nJust some text.\nMore text.\n");
        assert_eq!((e.line(), e.kind()), (Some(3), &ErrorKind::NoQuestion));
    }

    #[test]
    fn text_before_the_first_question_is_an_error() {
        let e = err("Intro text.\n\nWhat is it?\nAn answer.\n");
        assert_eq!((e.line(), e.kind()), (Some(1), &ErrorKind::TextBeforeFirstQuestion));
    }

    #[test]
    fn a_question_with_no_answer_is_an_error_at_the_question() {
        let e = err("What is it?\nAn answer.\n\nWhy?\n\nHow?\nLike this.\n");
        assert_eq!(e.line(), Some(4));
        assert_eq!(e.kind(), &ErrorKind::MissingAnswer { question: "Why?".into() });
        // The last question too.
        let e = err("What is it?\nAn answer.\nAnd then?\n   \n");
        assert_eq!(e.line(), Some(3));
    }

    #[test]
    fn a_duplicate_question_names_both_lines() {
        let e = err("What is it?\nOne.\nWhat  is IT?\nTwo.\n");
        assert_eq!(e.line(), Some(3));
        assert_eq!(e.kind(), &ErrorKind::DuplicateQuestion { question: "What  is IT?".into(), first_line: 1 });
        assert_eq!(e.to_string(), "line 3: duplicate question \"What  is IT?\" (first asked on line 1)");
    }

    #[test]
    fn an_empty_question_is_an_error() {
        let e = err("[FAQ]: ?\nAnswer.\n");
        assert_eq!((e.line(), e.kind()), (Some(1), &ErrorKind::EmptyQuestion));
    }

    #[test]
    fn front_matter_and_urgent_marks_are_read() {
        let src = "\n---\nclinic: Riverside Clinic\nreviewed-by: Dr A. Khan, GP\nlast-reviewed: 2026-03-01\n---\n\
                   What is a lipoma?\nA lump.\n!  When is back pain serious?\nWhen it wakes you.\n";
        let faq = parse_text(src).unwrap();
        assert_eq!(faq.about.clinic.as_deref(), Some("Riverside Clinic"));
        assert_eq!(faq.about.reviewed_by.as_deref(), Some("Dr A. Khan, GP"));
        assert_eq!(faq.about.last_reviewed, Date::parse("2026-03-01"));
        assert_eq!(faq.about.last_reviewed_line, 5);
        let marks: Vec<(&str, bool)> = faq.entries.iter().map(|e| (e.question.as_str(), e.urgent)).collect();
        assert_eq!(marks, [("What is a lipoma?", false), ("When is back pain serious?", true)]);
        assert_eq!(faq.entries[1].slug, "when-is-back-pain-serious");
        // Without front matter, `---` is ordinary text and nothing is set.
        let faq = parse_text("Q?\nA line\n---\n").unwrap();
        assert_eq!(faq.about, About::default());
    }

    #[test]
    fn the_language_is_a_checked_tag_on_its_line() {
        let faq = parse_text("---\nclinic: X\nlanguage: PT-br\n---\nQ?\nA.\n").unwrap();
        assert_eq!((faq.about.language.as_deref(), faq.about.language_line), (Some("pt-BR"), 3));
        assert_eq!(faq.about.language_tag(), "pt-BR");
        assert_eq!(parse_text("Q?\nA.\n").unwrap().about.language_tag(), "en", "English by default");
        for bad in ["spanish", "xx", "es_ES"] {
            let e = parse_text(&format!("---\nlanguage: {bad}\n---\nQ?\nA.\n")).unwrap_err();
            assert_eq!(e.line(), Some(2), "{bad}");
            assert!(matches!(e.kind(), ErrorKind::BadLanguage(why) if why.contains(bad)), "{e}");
        }
        let e = parse_json("{\"entries\": [{\"question\": \"Q?\", \"answer\": \"A.\"}],\n \"language\": \"klingon\"}")
            .unwrap_err();
        assert_eq!(e.line(), Some(2));
        assert!(e.to_string().starts_with("line 2: language: \"klingon\" is not a BCP 47"), "{e}");
        let faq = parse_json("{\"language\": \"ar\", \"entries\": [{\"question\": \"ما هو؟\", \"answer\": \"ورم.\"}]}")
            .unwrap();
        assert_eq!((faq.about.language_tag(), faq.entries[0].question.as_str()), ("ar", "ما هو؟"));
    }

    #[test]
    fn bad_front_matter_is_an_error_on_its_line() {
        let e = parse_text("---\nclinic: X\nreviewer: Dr Y\n---\nQ?\nA.\n").unwrap_err();
        assert_eq!((e.line(), e.kind()), (Some(3), &ErrorKind::BadFrontMatter("reviewer: Dr Y".into())));
        let e = parse_text("---\nlast-reviewed: 2026-02-30\n---\nQ?\nA.\n").unwrap_err();
        assert_eq!((e.line(), e.kind()), (Some(2), &ErrorKind::BadDate("2026-02-30".into())));
        let e = parse_text("---\nclinic: X\nQ?\nA.\n").unwrap_err();
        assert_eq!((e.line(), e.kind()), (Some(1), &ErrorKind::UnclosedFrontMatter));
        let e = parse_text("---\nclinic:\n---\nQ?\nA.\n").unwrap_err();
        assert_eq!(e.line(), Some(2), "a key without a value");
    }

    #[test]
    fn prefix_is_dropped_and_crlf_and_bom_are_accepted() {
        let faq = parse_text("\u{feff}[FAQ]: What is it?\r\n\r\nA lump.\r\n").unwrap();
        assert_eq!(faq.entries[0].question, "What is it?");
        assert_eq!(faq.entries[0].answer, [Block::Paragraph("A lump.".into())]);
    }

    #[test]
    fn answers_become_paragraphs_headings_and_lists() {
        let faq = parse_text(
            "Q?\n\nTreatments and relief\n\n  1. Rest. …\n  2. Ice.\n\nTypes\n  • One.\n\n  • Two.\nLast line\n",
        )
        .unwrap();
        assert_eq!(
            faq.entries[0].answer,
            [
                Block::Heading("Treatments and relief".into()),
                Block::Ordered { start: 1, items: vec!["Rest. …".into(), "Ice.".into()] },
                Block::Heading("Types".into()),
                Block::Bullets(vec!["One.".into(), "Two.".into()]),
                // Last block: a paragraph even without closing punctuation.
                Block::Paragraph("Last line".into()),
            ]
        );
    }

    #[test]
    fn consecutive_lines_join_into_one_paragraph() {
        let faq = parse_text("Q?\nFirst half\nsecond half.\n\nNext paragraph.\n").unwrap();
        assert_eq!(
            faq.entries[0].answer,
            [Block::Paragraph("First half second half.".into()), Block::Paragraph("Next paragraph.".into())]
        );
    }

    #[test]
    fn lead_in_lines_and_long_lines_are_not_headings() {
        let faq = parse_text("Q?\nSymptoms may include:\n\nPain.\n\nThis line has no final stop but it is far too long to be a heading in any answer\n\nEnd.\n").unwrap();
        assert!(faq.entries[0].answer.iter().all(|b| matches!(b, Block::Paragraph(_))));
    }

    #[test]
    fn topic_lines_group_the_entries_that_follow() {
        let faq = parse_text(
            "## Lumps\nWhat is a lipoma?\nA lump.\n\nIs it bad?\nRarely.\n## Pain\nWhy at night?\nSee a doctor.\n",
        )
        .unwrap();
        assert_eq!(faq.topics, ["Lumps", "Pain"]);
        let topics: Vec<Option<u32>> = faq.entries.iter().map(|e| e.topic).collect();
        assert_eq!(topics, [Some(0), Some(0), Some(1)]);
        assert_eq!(faq.entries[1].answer, [Block::Paragraph("Rarely.".into())], "the topic line is not answer text");
        // No topics: none recorded.
        assert!(parse_text("Q?\nA.\n").unwrap().topics.is_empty());
        let e = parse_text("##\nQ?\nA.\n").unwrap_err();
        assert_eq!((e.line(), e.kind()), (Some(1), &ErrorKind::EmptyTopic));
        let faq =
            parse_json(r#"[{"question": "Q?", "answer": "A.", "topic": "Lumps"}, {"question": "R?", "answer": "B."}]"#)
                .unwrap();
        assert_eq!(
            (faq.topics.as_slice(), faq.entries[0].topic, faq.entries[1].topic),
            (&["Lumps".to_owned()][..], Some(0), None)
        );
    }
}
