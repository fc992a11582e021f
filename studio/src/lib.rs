//! The FAQ studio's `.wasm` (`studio/studio.html`): the build's checks and
//! `faq-pack`'s packing, run in the browser on the dataset being edited.
//!
//! Nothing is re-implemented here: [`check`] is [`faq_core::check_bytes_in`]
//! (the parser and the lint, as the build and `faq-lint` run them, by the
//! search rules of the widget's language only: see `RULES`) and
//! [`pack`] is [`faq_core::pack::pack`] with the same synonyms as the build
//! and `faq-pack`. This crate only turns their results into what JavaScript
//! reads, and adds the `.zip` of the packed files for the download.
//!
//! `embed/build.mjs` builds it (release, wasm-bindgen `--target web`,
//! wasm-opt) into `dist/faq-studio.js` and `dist/faq-studio_bg.wasm`; the
//! widget's own `.wasm` does not include any of it.
//!
//! ```
//! let report = faq_studio::check_report("Why?\n", "clinic.txt", "");
//! assert_eq!(
//!     report,
//!     r#"[{"line":1,"severity":"error","text":"clinic.txt:1: the question \"Why?\" has no answer"}]"#
//! );
//! ```

use std::io::{Cursor, Write};
use std::path::Path;

use faq_core::pack::{self, Built, File};
use faq_core::{check_bytes_in, Bundle, Checked, Error, Format};
use serde_json::json;
use wasm_bindgen::prelude::*;

/// How many months after its `last-reviewed` date a dataset warns, as in the
/// build (whose `FAQ_REVIEW_MAX_MONTHS` defaults to this).
pub const REVIEW_MAX_MONTHS: i64 = 12;

/// The dataset's problems as JSON, for [`check`]: a list of
/// `{"line": n | null, "severity": "error" | "warning", "text": …}`, the
/// error first (there is at most one: parsing stops at it), then the lint
/// warnings in line order. `text` is the line the build prints,
/// `file_name:line: what is wrong` or `file_name:line: warning: …`. If
/// `today` is a `YYYY-MM-DD` date, a `last-reviewed` date
/// [`REVIEW_MAX_MONTHS`] or more before it is a warning too, as the build's
/// review-age warning (see `faq_core::review_age`).
pub fn check_report(text: &str, file_name: &str, today: &str) -> String {
    let path = Path::new(file_name);
    let problems: Vec<_> = match checked(text, file_name) {
        Err(error) => vec![json!({
            "severity": "error",
            "line": error.line(),
            "text": error.in_file(path).to_string(),
        })],
        Ok(checked) => {
            let mut warnings: Vec<(u32, String)> =
                checked.warnings.iter().map(|w| (w.line(), w.in_file(path).to_string())).collect();
            let about = &checked.faq.about;
            if let (Some(reviewed), Some(today)) = (about.last_reviewed, faq_core::Date::parse(today)) {
                let age = faq_core::review_age(reviewed, today, REVIEW_MAX_MONTHS);
                if age.too_old {
                    let line = about.last_reviewed_line;
                    warnings.push((
                        line,
                        format!(
                            "{file_name}:{line}: warning: the answers were last reviewed on {reviewed}, {} months ago \
                             (the limit is {REVIEW_MAX_MONTHS}); have them reviewed and update `last-reviewed`",
                            age.months
                        ),
                    ));
                    warnings.sort_by_key(|(line, _)| *line);
                }
            }
            warnings
                .into_iter()
                .map(|(line, text)| json!({ "severity": "warning", "line": line, "text": text }))
                .collect()
        }
    };
    serde_json::Value::Array(problems).to_string()
}

/// Parses and lints `text` as the build would the file `file_name` (`.json`
/// is JSON, anything else the text format), on the date `today`
/// (`YYYY-MM-DD`, or empty): see [`check_report`] for what it returns.
#[wasm_bindgen]
pub fn check(text: &str, file_name: &str, today: &str) -> String {
    check_report(text, file_name, today)
}

fn checked(text: &str, file_name: &str) -> Result<Checked, Error> {
    check_bytes_in(text.as_bytes(), Format::from_path(Path::new(file_name)), RULES)
}

/// The search rules of the language of the widget the studio packs into,
/// which `build.rs` reads from the dataset the widget is built from (as the
/// widget's build does): only that stemmer is linked into the studio, and a
/// dataset in another language is refused when packed.
const RULES: &faq_core::Language = include!(concat!(env!("OUT_DIR"), "/rules.rs"));

/// That language's synonym file, as the build takes it (`build.rs`).
const SYNONYMS: &str = include!(concat!(env!("OUT_DIR"), "/synonyms.rs"));

/// The files of a built widget with another dataset, as `faq-pack` writes
/// them (see [`pack`]).
#[wasm_bindgen]
pub struct Packed {
    files: Vec<File>,
}

#[wasm_bindgen]
impl Packed {
    /// How many files: six (`faq-widget.js`, the `.wasm`, `embed.html`,
    /// `embed-short.html`, `faq-fallback.html`, `faq.jsonld`).
    pub fn count(&self) -> usize {
        self.files.len()
    }

    /// The name of file `index` (empty past the end).
    pub fn name(&self, index: usize) -> String {
        self.files.get(index).map(|f| f.name.clone()).unwrap_or_default()
    }

    /// The contents of file `index` (empty past the end).
    pub fn bytes(&self, index: usize) -> Vec<u8> {
        self.files.get(index).map(|f| f.bytes.clone()).unwrap_or_default()
    }

    /// Every file in one `.zip` (see [`zip_files`]).
    pub fn zip(&self) -> Result<Vec<u8>, JsError> {
        zip_files(&self.files).map_err(|e| JsError::new(&format!("cannot make the .zip: {e}")))
    }
}

/// Packs `text` (the dataset, named `file_name` for its format and its
/// messages) into the built widget whose `faq-widget.js` is `script` and
/// whose `.wasm`, named `wasm_name`, is `wasm`: [`faq_core::pack::pack`],
/// with the build's synonyms (`data/synonyms.txt`). Fails with the first
/// error [`check`] reports, or with what is wrong with the built files.
#[wasm_bindgen]
pub fn pack(text: &str, file_name: &str, script: &[u8], wasm_name: &str, wasm: &[u8]) -> Result<Packed, JsError> {
    pack_files(text, file_name, script, wasm_name, wasm).map(|files| Packed { files }).map_err(|e| JsError::new(&e))
}

/// [`pack`] for Rust callers and the tests: the files, or the message.
pub fn pack_files(
    text: &str,
    file_name: &str,
    script: &[u8],
    wasm_name: &str,
    wasm: &[u8],
) -> Result<Vec<File>, String> {
    let checked = checked(text, file_name).map_err(|e| e.in_file(Path::new(file_name)).to_string())?;
    let synonyms = faq_core::parse_synonyms(SYNONYMS).map_err(|e| format!("data/synonyms.txt: {e}"))?;
    let bundle = Bundle::new_in(checked.faq, &synonyms, RULES);
    pack::pack(&bundle, &Built { script, wasm_name, wasm }).map_err(|e| e.to_string())
}

/// The files in one `.zip`, in their order, at its top level, deflated, each
/// dated 1980-01-01 00:00 (the format's earliest date: nothing of the
/// clock, so the same files always give the same `.zip`).
pub fn zip_files(files: &[File]) -> Result<Vec<u8>, zip::result::ZipError> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .unix_permissions(0o644);
    for file in files {
        zip.start_file(file.name.as_str(), options)?;
        zip.write_all(&file.bytes)?;
    }
    Ok(zip.finish()?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_answer_is_an_error_with_its_line() {
        let report = check_report("What is a lipoma?\nA soft lump.\n\nIs it serious?\n", "clinic.txt", "2026-12-03");
        assert_eq!(
            report,
            r#"[{"line":4,"severity":"error","text":"clinic.txt:4: the question \"Is it serious?\" has no answer"}]"#
        );
    }

    #[test]
    fn lint_warnings_come_with_their_lines() {
        let report = check_report("What is a lipoma?\nA soft lump inThe fat.\n", "clinic.txt", "");
        let value: serde_json::Value = serde_json::from_str(&report).unwrap();
        assert_eq!(value[0]["severity"], "warning");
        assert_eq!(value[0]["line"], 2);
        assert!(value[0]["text"].as_str().unwrap().starts_with("clinic.txt:2: warning: "), "{report}");
    }

    #[test]
    fn json_is_chosen_by_the_file_name() {
        let report = check_report("[]", "clinic.json", "");
        assert!(report.contains(r#""severity":"error""#), "{report}");
        assert!(report.contains("clinic.json"), "{report}");
    }

    #[test]
    fn any_input_is_a_report_not_a_panic() {
        for text in ["", "\0", "?", "---\n", "[", "! \n", "  •\n", "\u{feff}", "a?\n\n\n\nb"] {
            let report = check_report(text, "x.txt", "2026-12-03");
            serde_json::from_str::<serde_json::Value>(&report).unwrap();
        }
    }

    #[test]
    fn a_review_a_year_old_warns_on_its_line_and_eleven_months_do_not() {
        let text = "---\nlast-reviewed: 2026-10-15\n---\nWhy?\nBecause inThe end.\n";
        let report = check_report(text, "faq.txt", "2027-10-15");
        let value: serde_json::Value = serde_json::from_str(&report).unwrap();
        assert_eq!(value[0]["line"], 2, "{report}");
        assert_eq!(
            value[0]["text"],
            "faq.txt:2: warning: the answers were last reviewed on 2026-10-15, 12 months ago (the limit is 12); \
             have them reviewed and update `last-reviewed`"
        );
        assert_eq!(value[1]["line"], 5, "then the lint's, in line order: {report}");
        assert!(!check_report(text, "faq.txt", "2027-10-14").contains("reviewed"));
        assert!(!check_report(text, "faq.txt", "").contains("reviewed"), "no date, no review warning");
    }

    #[test]
    fn a_built_widget_that_is_not_one_is_an_error_naming_its_file() {
        let error =
            pack_files("Why?\nBecause.\n", "x.txt", b"script", "faq-widget-0_bg.wasm", b"not wasm").unwrap_err();
        assert!(error.starts_with("faq-widget-0_bg.wasm: "), "{error}");
    }

    #[test]
    fn the_zip_holds_the_files_and_does_not_depend_on_the_clock() {
        let files = vec![
            File { name: "a.txt".into(), bytes: b"hello hello hello".to_vec() },
            File { name: "b.bin".into(), bytes: vec![0; 1000] },
        ];
        let zip = zip_files(&files).unwrap();
        assert_eq!(zip, zip_files(&files).unwrap());
        assert_eq!(&zip[..4], b"PK\x03\x04");
        assert!(zip.len() < 1000, "deflated: {} bytes", zip.len());
    }
}
