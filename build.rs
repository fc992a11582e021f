//! Parses and lints the FAQ dataset (one read, `faq_core::check_file`),
//! builds its search index, and writes to `$OUT_DIR`:
//! - `faq.bin`, the compact bundle the widget embeds;
//! - `faq-fallback.html` and `faq.jsonld`, the static fallback and the
//!   schema.org JSON-LD, rendered from the same parsed dataset;
//! - `language.rs`, included by `src/language.rs`: the dataset's language
//!   tag, its search rules (`faq_core::language::SPANISH`, …: only that
//!   stemmer and stop-word list reach the `.wasm`), whether it is written
//!   right to left, and the widget's built-in texts in it, from
//!   `texts/<tag>.txt` (the whole tag, then its language; English, with a
//!   warning, if there is no file for it);
//! - `faq-dataset.txt`, written last: the dataset's canonical path, one line.
//!   embed/build.mjs (Trunk's post-build hook) finds this directory through
//!   the dep-info file of the `.wasm` it was given, checks this names the
//!   dataset it expects, and copies the two renderings into `dist/`.
//!
//! The dataset is `data/faq.txt`, or the file named by the `FAQ_DATASET`
//! environment variable (absolute, or relative to this repository's root). A
//! bad dataset fails the build with `path:line: what is wrong`.
//!
//! Synonyms come from `data/synonyms.txt` for an English dataset,
//! `data/synonyms.<language>.txt` for another (`synonyms.es.txt`; none if
//! there is no such file), plus the file named by `FAQ_SYNONYMS` if set (a
//! clinic's own words), in the same format.
//!
//! The build prints the dataset's lint warnings (see `faq-lint`), and warns
//! when the dataset's `last-reviewed` date is
//! `FAQ_REVIEW_MAX_MONTHS` (default 12) months old or more (see
//! `faq_core::review_age`), and fails instead if `FAQ_REVIEW_STRICT=1`.
//! `FAQ_TODAY=YYYY-MM-DD` replaces the system date (for tests).

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    println!("cargo:rerun-if-env-changed=FAQ_DATASET");
    println!("cargo:rerun-if-env-changed=FAQ_SYNONYMS");
    for name in ["FAQ_REVIEW_MAX_MONTHS", "FAQ_REVIEW_STRICT", "FAQ_TODAY", "FAQ_TEST_PANIC"] {
        println!("cargo:rerun-if-env-changed={name}");
    }
    // FAQ_TEST_PANIC=1 builds a widget that panics when "__panic__" is typed,
    // for the end-to-end test of failures. Never set it for a real build.
    println!("cargo::rustc-check-cfg=cfg(faq_test_panic)");
    if std::env::var("FAQ_TEST_PANIC").is_ok_and(|v| v == "1") {
        println!("cargo::rustc-cfg=faq_test_panic");
        println!("cargo::warning=FAQ_TEST_PANIC=1: this build panics when \"__panic__\" is typed; do not publish it");
    }
    println!("cargo:rerun-if-changed=build.rs");
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let dataset = match std::env::var_os("FAQ_DATASET") {
        Some(p) if !p.is_empty() => root.join(p), // an absolute path replaces `root`
        _ => root.join("data/faq.txt"),
    };
    println!("cargo:rerun-if-changed={}", dataset.display());

    // A synonym file added for a language later is seen.
    println!("cargo:rerun-if-changed={}", root.join("data").display());
    println!("cargo:rerun-if-changed={}", root.join("texts").display());
    let checked = faq_core::check_file(&dataset).and_then(|checked| {
        let synonyms = faq_core::load_synonyms(&synonym_files(&root, checked.faq.about.language_tag()))?;
        Ok((faq_core::Bundle::new(checked.faq, &synonyms), checked.warnings))
    });
    let (bundle, warnings) = match checked {
        Ok(checked) => checked,
        Err(e) => {
            // Shown by cargo as `error: <path>:<line>: <message>`, with no backtrace.
            println!("cargo::error={e}");
            return ExitCode::FAILURE;
        }
    };
    // Dataset lint (cut-off answers, missing spaces, near-duplicates, …):
    // warnings only; `cargo run -p faq-core --bin faq-lint` lists the same.
    for warning in &warnings {
        println!("cargo::warning={}", warning.in_file(&dataset));
    }
    match review_age_problem(&bundle.faq.about, &dataset) {
        Ok(None) => {}
        Ok(Some(message)) if std::env::var("FAQ_REVIEW_STRICT").is_ok_and(|v| v == "1") => {
            println!("cargo::error={message} (FAQ_REVIEW_STRICT=1 makes this an error)");
            return ExitCode::FAILURE;
        }
        Ok(Some(message)) => println!("cargo::warning={message}"),
        Err(message) => {
            println!("cargo::error={message}");
            return ExitCode::FAILURE;
        }
    }
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    // The dataset exists (it parsed); canonical, so the hook can compare paths.
    let dataset_path = dataset.canonicalize().unwrap_or_else(|_| dataset.clone());
    let language = match language_rs(&root, &bundle) {
        Ok(code) => code,
        Err(message) => {
            println!("cargo::error={message}");
            return ExitCode::FAILURE;
        }
    };
    let files = [
        ("faq.bin", bundle.to_bytes()),
        ("language.rs", language.into_bytes()),
        ("faq-fallback.html", faq_core::fallback_html(&bundle.faq).into_bytes()),
        ("faq.jsonld", faq_core::json_ld(&bundle.faq).into_bytes()),
        // Last: names the dataset the files above were made from.
        ("faq-dataset.txt", format!("{}\n", dataset_path.display()).into_bytes()),
    ];
    for (name, bytes) in files {
        let out = out_dir.join(name);
        if let Err(e) = std::fs::write(&out, bytes) {
            println!("cargo::error=cannot write {}: {e}", out.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}

/// A message if the answers' last review is too old (see the module docs):
/// the environment and the clock are read here, the rule is `faq_core::review_age`.
fn review_age_problem(about: &faq_core::About, dataset: &std::path::Path) -> Result<Option<String>, String> {
    let Some(reviewed) = about.last_reviewed else { return Ok(None) };
    let max_months: i64 = match std::env::var("FAQ_REVIEW_MAX_MONTHS") {
        Ok(v) => {
            v.trim().parse().map_err(|_| format!("FAQ_REVIEW_MAX_MONTHS={v:?} is not a whole number of months"))?
        }
        Err(_) => 12,
    };
    let today = match std::env::var("FAQ_TODAY") {
        Ok(v) => faq_core::Date::parse(&v).ok_or_else(|| format!("FAQ_TODAY={v:?} is not a YYYY-MM-DD date"))?,
        Err(_) => {
            let secs = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_err(|_| "the system clock is before 1970".to_owned())?
                .as_secs();
            faq_core::Date::from_days_since_epoch((secs / 86_400) as i64).ok_or("the system date is out of range")?
        }
    };
    let age = faq_core::review_age(reviewed, today, max_months);
    Ok(age.too_old.then(|| {
        format!(
            "{}:{}: the answers were last reviewed on {reviewed}, {} months ago (the limit is {max_months}); \
             have them reviewed and update `last-reviewed`, or set FAQ_REVIEW_MAX_MONTHS",
            dataset.display(),
            about.last_reviewed_line,
            age.months,
        )
    }))
}

/// The synonym files for a dataset in the language `tag` (see the module docs).
fn synonym_files(root: &std::path::Path, tag: &str) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let own = root.join(faq_core::pack::synonyms_path(tag));
    if own.exists() {
        println!("cargo:rerun-if-changed={}", own.display());
        files.push(own);
    }
    if let Some(extra) = std::env::var_os("FAQ_SYNONYMS").filter(|p| !p.is_empty()) {
        let extra = root.join(extra);
        println!("cargo:rerun-if-changed={}", extra.display());
        files.push(extra);
    }
    files
}

/// `$OUT_DIR/language.rs` for `bundle`'s language (see the module docs).
fn language_rs(root: &std::path::Path, bundle: &faq_core::Bundle) -> Result<String, String> {
    let tag = bundle.faq.about.language_tag();
    let rules = faq_core::Language::rules_for(tag).rust_path();
    // texts/<tag>.txt, texts/<language>.txt, else English.
    let primary = faq_core::language::primary_subtag(tag);
    let candidates = [tag.to_ascii_lowercase(), primary.to_owned(), "en".to_owned()];
    let path = candidates.iter().map(|name| root.join(format!("texts/{name}.txt"))).find(|path| path.exists());
    let path = path.ok_or("texts/en.txt is missing")?;
    if !path.ends_with(format!("{primary}.txt")) && !path.ends_with(format!("{}.txt", tag.to_ascii_lowercase())) {
        println!(
            "cargo::warning=no built-in texts for {tag:?}: the widget's own texts are in English; add texts/{primary}.txt \
             (a copy of texts/en.txt, translated) or set them with attributes (README, \"Languages\")"
        );
    }
    let english = texts(&root.join("texts/en.txt"))?;
    let texts = texts(&path)?;
    let mut arms = String::new();
    for (attribute, _) in &english {
        let Some((_, text)) = texts.iter().find(|(a, _)| a == attribute) else {
            return Err(format!("{}: no `{attribute} = …` line; every line of texts/en.txt needs one", path.display()));
        };
        arms.push_str(&format!("    ({attribute:?}, {text:?}),\n"));
    }
    if let Some((attribute, _)) = texts.iter().find(|(a, _)| !english.iter().any(|(e, _)| e == a)) {
        return Err(format!("{}: `{attribute}` is not a text of texts/en.txt", path.display()));
    }
    Ok(format!(
        "/// The dataset's language tag (front matter `language:`, else `en`).\n\
         pub const TAG: &str = {tag:?};\n\
         /// Whether the dataset says so (`language:`); English if not.\n\
         pub const DECLARED: bool = {declared};\n\
         /// Whether Intl.PluralRules gives its whole numbers \"one\" for 1 and \"other\" else.\n\
         pub const ONE_OR_OTHER: bool = {one_or_other};\n\
         /// Whether it is written right to left.\n\
         pub const RIGHT_TO_LEFT: bool = {rtl};\n\
         /// Its search rules.\n\
         pub const RULES: &faq_core::Language = &{rules};\n\
         /// The built-in texts in it ({file}): (attribute, text).\n\
         pub const TEXTS: &[(&str, &str)] = &[\n{arms}];\n",
        rtl = faq_core::language::is_right_to_left(tag),
        declared = bundle.faq.about.language.is_some(),
        // CLDR's cardinal rules: these languages' integers are one (1) or other.
        one_or_other =
            ["en", "de", "nl", "sv", "da", "no", "nb", "nn", "fi", "et", "hu", "tr", "el"].contains(&primary),
        file = path.strip_prefix(root).unwrap_or(&path).display(),
    ))
}

/// The `attribute = text` lines of a texts file, in order.
fn texts(path: &std::path::Path) -> Result<Vec<(String, String)>, String> {
    let source = std::fs::read_to_string(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    let mut out = Vec::new();
    for (i, line) in source.lines().enumerate() {
        let line = line.trim_start_matches('\u{feff}');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((attribute, text)) = line.split_once(" = ") else {
            return Err(format!("{}:{}: write `attribute = text`", path.display(), i + 1));
        };
        if text.trim().is_empty() {
            return Err(format!("{}:{}: `{attribute}` has no text", path.display(), i + 1));
        }
        out.push((attribute.trim().to_owned(), text.trim().to_owned()));
    }
    Ok(out)
}
