//! The dataset linter: the seed's real defects, a clean dataset, one test per
//! rule, the `faq-lint` binary, and `check_file` (parse and lint in one read).

use std::path::{Path, PathBuf};
use std::process::Command;

use faq_core::lint::{lint_file, lint_json, lint_text, Warning, WarningKind, MAX_ANSWER_WORDS};
use faq_core::{check_file, load, Block};

fn seed_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/faq.txt")
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lint").join(name)
}

fn found(warnings: &[Warning]) -> Vec<(u32, WarningKind)> {
    warnings.iter().map(|w| (w.line(), w.kind().clone())).collect()
}

fn cut_off(line: u32, ellipsis: &'static str) -> (u32, WarningKind) {
    (line, WarningKind::CutOff { ellipsis })
}

fn missing_space(line: u32, text: &str, suggestion: &str) -> (u32, WarningKind) {
    (line, WarningKind::MissingSpace { text: text.into(), suggestion: suggestion.into() })
}

fn near_duplicate(line: u32, first_line: u32, first_question: &str) -> (u32, WarningKind) {
    (line, WarningKind::NearDuplicate { first_line, first_question: first_question.into() })
}

#[test]
fn the_seed_reports_exactly_its_cut_off_lines_its_run_together_word_and_its_one_near_duplicate() {
    // Read off data/faq.txt by hand: line 8 has "inPain"; lines 26, 171–175 and
    // 186–190 end in "…" (copied from truncated search snippets); and line 111
    // "How serious is a cyst on your spine?" asks what line 107 "Is a spinal
    // cyst serious?" asks. No other pair of the 45 questions asks the same thing.
    let mut expected = vec![missing_space(8, "inPain", "in Pain"), cut_off(26, "…")];
    expected.push(near_duplicate(111, 107, "Is a spinal cyst serious?"));
    expected.extend((171..=175).chain(186..=190).map(|line| cut_off(line, "…")));
    expected.sort_by_key(|(line, _)| *line);

    let warnings = lint_file(&seed_path()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(found(&warnings), expected);
}

#[test]
fn a_clean_dataset_of_ordinary_clinical_prose_gets_no_warning() {
    for name in ["clean.txt", "clean.json", "clean-document.json"] {
        let path = fixture(name);
        // It is a real dataset: it parses, with its front matter, topics and red flag.
        let faq = load(&path).unwrap_or_else(|e| panic!("{e}"));
        assert!(faq.entries.len() >= 2, "{name}");
        let warnings = lint_file(&path).unwrap_or_else(|e| panic!("{e}"));
        let shown: Vec<String> = warnings.iter().map(|w| w.in_file(&path).to_string()).collect();
        assert_eq!(shown, Vec::<String>::new(), "{name}");
    }
    let faq = load(&fixture("clean.txt")).unwrap();
    assert_eq!(faq.topics, ["Lumps and bumps", "Back pain"]);
    assert!(faq.entries.iter().any(|e| e.urgent));
    assert!(faq.entries.iter().flat_map(|e| &e.answer).any(|b| matches!(b, Block::Heading(_))));
}

#[test]
fn text_ending_in_an_ellipsis_is_reported_as_cut_off_on_its_line() {
    let src = "What is it?\n\nA lump that…\n\n  1. Rest. …\n  2. Ice...\n\nWait… then rest.\n";
    assert_eq!(found(&lint_text(src)), [cut_off(3, "…"), cut_off(5, "…"), cut_off(6, "...")]);
}

#[test]
fn words_run_together_are_reported_with_the_space_put_back() {
    let src = "Does theSpine hurt?\n\nAn article inPain Physician.\nIt hurts.The pain\n  • Rest;Then ice.\n";
    assert_eq!(
        found(&lint_text(src)),
        [
            missing_space(1, "theSpine", "the Spine"),
            missing_space(3, "inPain", "in Pain"),
            missing_space(4, "hurts.The", "hurts. The"),
            missing_space(5, "Rest;Then", "Rest; Then"),
        ]
    );
    // Names, units and abbreviations are not run-together words.
    let fine =
        "Is it safe?\n\niPhone eBay McDonald MacKenzie NSAIDs PhD YouTube COVID-19 L4-L5 mm/Hg pH, e.g. U.S. 1.5 cm.\n";
    assert_eq!(found(&lint_text(fine)), []);
}

#[test]
fn a_near_duplicate_question_is_reported_on_the_later_line_naming_the_earlier() {
    // The same words in another order, with other small words.
    let src = "Is a lipoma serious?\nNo.\nHow serious is a lipoma?\nRarely.\n";
    assert_eq!(found(&lint_text(src)), [near_duplicate(3, 1, "Is a lipoma serious?")]);
    // Plurals and the urgent marker do not matter.
    let src = "When should I see a doctor about a lump?\nSoon.\n\n! When should I see doctors about lumps?\nNow.\n";
    assert_eq!(found(&lint_text(src)), [near_duplicate(4, 1, "When should I see a doctor about a lump?")]);
    // One word spelled differently, in questions of five words or more.
    let src = "How is a herniated disc treated?\nRest.\nHow is a herniated disk treated?\nRest.\n";
    assert_eq!(found(&lint_text(src)), [near_duplicate(3, 1, "How is a herniated disc treated?")]);
    // Different questions: another word, a short question, another wh-word, an added word.
    let src = "How do I know if my back pain is serious?\nA.\nHow do I know if my neck pain is serious?\nB.\n\
               What is a lipoma?\nC.\nWhat is a liposarcoma?\nD.\nWhy does my back hurt?\nE.\nWhere does my back hurt?\nF.\n\
               Why is my back so knotted?\nG.\nCan you feel a knot in your back?\nH.\n";
    assert_eq!(found(&lint_text(src)), []);
}

#[test]
fn a_line_that_lost_its_question_mark_is_reported_and_sub_headings_are_not() {
    let src = "What is a lipoma?\n\nA soft lump.\n\nHow long does recovery take\n\nTwo weeks.\n";
    assert_eq!(found(&lint_text(src)), [(5, WarningKind::LostQuestionMark)]);
    let src = "Is it serious?\n\nRarely.\n\nCan a lipoma come back\n\nSometimes.\n";
    assert_eq!(found(&lint_text(src)), [(5, WarningKind::LostQuestionMark)]);
    // Inside a paragraph, or long, it is prose.
    let src = "Is it serious?\n\nRarely.\nWhen is it serious\nmore text.\n\nWhen the lumbar spine is strained or sprained the muscles and the tissues around it become swollen\n\nEnd.\n";
    assert_eq!(found(&lint_text(src)), []);
}

#[test]
fn no_sub_heading_of_the_seed_reads_like_a_lost_question() {
    let seed = load(&seed_path()).unwrap_or_else(|e| panic!("{e}"));
    let headings: Vec<&str> = seed
        .entries
        .iter()
        .flat_map(|e| &e.answer)
        .filter_map(|b| match b {
            Block::Heading(h) => Some(h.as_str()),
            _ => None,
        })
        .collect();
    assert!(headings.len() >= 5, "{headings:?}");
    for heading in headings {
        let src = format!("What is it?\n\n{heading}\n\nThe answer.\n");
        assert_eq!(found(&lint_text(&src)), [], "{heading}");
    }
    for heading in ["When to see a doctor", "What to expect", "What you can do at home", "How it works"] {
        let src = format!("What is it?\n\n{heading}\n\nThe answer.\n");
        assert_eq!(found(&lint_text(&src)), [], "{heading}");
    }
}

#[test]
fn a_json_question_without_a_question_mark_is_reported_on_its_question_key_line() {
    let src = "[\n  {\"question\": \"What is a lipoma?\", \"answer\": \"A lump.\"},\n  {\n    \"answer\": \"Rarely.\",\n    \"question\": \"Does it hurt\"\n  }\n]";
    assert_eq!(found(&lint_json(src).unwrap()), [(5, WarningKind::NoQuestionMark)]);
}

#[test]
fn json_answers_are_linted_line_by_line_and_reported_on_the_question_key() {
    let warnings = lint_file(&fixture("defects.json")).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        found(&warnings),
        [
            missing_space(3, "inThe", "in The"),
            cut_off(3, "…"),
            (6, WarningKind::NoQuestionMark),
            (6, WarningKind::EmptyListItem),
            (6, WarningKind::BareUrl { url: "https://example.org/lipoma".into() }),
            near_duplicate(9, 6, "Does a lipoma hurt"),
        ]
    );
}

#[test]
fn an_empty_list_item_is_reported_on_its_line() {
    let src = "What helps?\n\n  1. Rest.\n  2.\n  3. Ice.\n\n  •\n  • Heat.\n  - \n";
    assert_eq!(
        found(&lint_text(src)),
        [(4, WarningKind::EmptyListItem), (7, WarningKind::EmptyListItem), (9, WarningKind::EmptyListItem)]
    );
}

#[test]
fn an_answer_over_the_word_limit_is_reported_on_its_question_with_its_word_count() {
    let words = |n: usize| vec!["word"; n].join(" ");
    let at_limit = format!("What is it?\n\n{}\n\n  • {}\n", words(MAX_ANSWER_WORDS - 10), words(10));
    assert_eq!(found(&lint_text(&at_limit)), []);
    let over = format!("Intro?\nShort.\n\nWhat is it?\n\n{}\n\n  • {}\n", words(MAX_ANSWER_WORDS - 10), words(11));
    assert_eq!(found(&lint_text(&over)), [(4, WarningKind::LongAnswer { words: MAX_ANSWER_WORDS + 1 })]);
}

#[test]
fn a_bare_url_in_an_answer_is_reported_on_its_line() {
    let src = "Where can I read more?\n\nSee https://www.nhs.uk/conditions/lipoma/.\n  • Or www.example.org, or http://x.org\n";
    let url = |u: &str| WarningKind::BareUrl { url: u.into() };
    assert_eq!(
        found(&lint_text(src)),
        [(3, url("https://www.nhs.uk/conditions/lipoma/")), (4, url("www.example.org")), (4, url("http://x.org")),]
    );
    assert_eq!(
        lint_text(src)[0].kind().to_string(),
        "bare URL \"https://www.nhs.uk/conditions/lipoma/\": the widget shows it as plain text, not a link; name the page in words instead"
    );
}

#[test]
fn front_matter_and_topic_lines_are_not_linted_but_the_same_text_in_an_answer_is() {
    let text = "see www.example.org inPain…";
    let skipped = format!("\n---\nclinic: {text}\n---\n## Topic {text}\nWhat is it?\nA lump.\n");
    assert_eq!(found(&lint_text(&skipped)), []);
    let linted = format!("What is it?\n{text}\n");
    assert_eq!(lint_text(&linted).len(), 3, "{:?}", lint_text(&linted));
    // An unclosed front matter is not front matter (the parser rejects it).
    assert_eq!(lint_text(&format!("---\nclinic: {text}\nWhat is it?\nA lump.\n")).len(), 3);
}

fn run_lint(args: &[&Path]) -> (Option<i32>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_faq-lint")).args(args).output().unwrap();
    (out.status.code(), String::from_utf8(out.stdout).unwrap())
}

#[test]
fn the_binary_prints_the_seed_warnings_as_path_line_and_exits_zero() {
    let seed = seed_path();
    let (code, stdout) = run_lint(&[&seed]);
    assert_eq!(code, Some(0), "{stdout}");
    let lines: Vec<&str> = stdout.lines().collect();
    let (summary, findings) = lines.split_last().unwrap();
    assert_eq!(findings.len(), lint_file(&seed).unwrap().len());
    let prefix = format!("{}:", seed.display());
    assert!(prefix.ends_with("/faq.txt:"), "{prefix}");
    for line in findings {
        let rest = line.strip_prefix(&prefix).unwrap_or_else(|| panic!("{line}"));
        let (number, message) = rest.split_once(": warning: ").unwrap_or_else(|| panic!("{line}"));
        assert!(number.parse::<u32>().is_ok() && !message.is_empty(), "{line}");
    }
    assert!(findings[0].ends_with("faq.txt:8: warning: missing space in \"inPain\": write \"in Pain\""), "{stdout}");
    assert_eq!(*summary, "faq-lint: 13 warnings and 0 errors in 1 file");
}

#[test]
fn the_binary_exits_non_zero_with_path_line_error_when_a_dataset_does_not_parse() {
    let broken = fixture("broken.txt");
    let (code, stdout) = run_lint(&[&broken]);
    assert_eq!(code, Some(2), "{stdout}");
    assert_eq!(
        stdout,
        format!(
            "{}:5: error: duplicate question \"What is a lipoma?\" (first asked on line 1)\n\
             faq-lint: 0 warnings and 1 error in 1 file\n",
            broken.display()
        )
    );
    // With a good file and a missing one: the good file's warnings, then the error.
    let missing = fixture("no-such-file.txt");
    let (code, stdout) = run_lint(&[&fixture("defects.json"), &missing]);
    assert_eq!(code, Some(2), "{stdout}");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 8, "{stdout}");
    assert!(lines[6].starts_with(&format!("{}: error: cannot read the dataset: ", missing.display())), "{stdout}");
    assert_eq!(lines[7], "faq-lint: 6 warnings and 1 error in 2 files");
}

#[test]
fn the_binary_without_arguments_prints_its_usage_and_fails() {
    let out = Command::new(env!("CARGO_BIN_EXE_faq-lint")).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("usage: faq-lint"));
}

#[test]
fn check_file_reads_once_what_load_and_lint_file_read_twice() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths: Vec<PathBuf> = ["tests/fixtures/lint", "../tests/fixtures"]
        .iter()
        .flat_map(|dir| std::fs::read_dir(root.join(dir)).unwrap().map(|e| e.unwrap().path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "json") && !p.ends_with("queries-public.json"))
        .collect();
    paths.extend([seed_path(), fixture("no-such-file.txt")]);
    paths.sort();
    assert!(paths.len() >= 10, "{paths:?}");
    for path in &paths {
        match (check_file(path), load(path), lint_file(path)) {
            (Ok(checked), Ok(faq), Ok(warnings)) => {
                assert_eq!(checked.faq, faq, "{}", path.display());
                assert_eq!(checked.warnings, warnings, "{}", path.display());
            }
            (Err(e), Err(load_error), Err(lint_error)) => {
                assert_eq!(e.to_string(), load_error.to_string());
                assert_eq!(e.to_string(), lint_error.to_string());
                assert!(e.to_string().starts_with(&format!("{}:", path.display())), "{e}");
            }
            (checked, faq, warnings) => panic!("{}: {checked:?} / {faq:?} / {warnings:?}", path.display()),
        }
    }
}

/// A language with no search rules builds, with a warning on its line; a
/// language with rules lints its questions by them (Spanish plurals and stop
/// words make these two questions the same); the fixtures in Spanish, French
/// and Arabic are clean.
#[test]
fn the_language_decides_the_rules_and_a_language_without_them_is_a_warning() {
    let polish = "---\nclinic: X\nlanguage: pl\n---\nCo to jest tłuszczak?\nMiękki guz.\n";
    let no_rules = WarningKind::NoSearchRules { tag: "pl".into() };
    assert_eq!(found(&lint_text(polish)), [(3, no_rules.clone())]);
    assert!(lint_text(polish)[0].to_string().contains("no search rules for \"pl\""));
    let json = "{\"language\": \"pl\",\n \"entries\": [{\"question\": \"Co to jest?\", \"answer\": \"Guz.\"}]}";
    assert_eq!(found(&lint_json(json).unwrap()), [(1, no_rules)]);

    let spanish = "---\nlanguage: es\n---\n¿Qué son los quistes de la espalda?\nBolsas.\n\n¿Qué es un quiste en la espalda?\nUna bolsa.\n";
    assert_eq!(found(&lint_text(spanish)), [near_duplicate(7, 4, "¿Qué son los quistes de la espalda?")]);
    let english_rules = spanish.replace("language: es", "language: en");
    assert_eq!(found(&lint_text(&english_rules)), [], "English stop words and stems do not join them");
    // Why, when, where and not are stop words of the Spanish search, but they
    // change what a question asks, as in English.
    let asks = "---\nlanguage: es\n---\n¿Por qué me duele el lipoma?\nA.\n¿Cuándo me duele el lipoma?\nB.\n\
                ¿Dónde me duele el lipoma?\nC.\n¿Qué es un lipoma?\nD.\n¿No es un lipoma?\nE.\n¿Qué son los lipomas?\nF.\n";
    assert_eq!(found(&lint_text(asks)), [near_duplicate(14, 10, "¿Qué es un lipoma?")]);

    for tag in ["es", "fr", "ar"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/lang/{tag}.txt"));
        assert_eq!(found(&check_file(&path).unwrap().warnings), [], "{tag}");
    }
}
