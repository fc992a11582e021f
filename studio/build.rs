//! Writes `$OUT_DIR/rules.rs`: the search rules of the language of the
//! dataset the widget is built from (`FAQ_DATASET`, else `data/faq.txt`, as
//! the widget's build.rs reads it), e.g. `&faq_core::language::SPANISH`, so
//! the studio links that stemmer only; and `$OUT_DIR/synonyms.rs`, that
//! language's synonym file as the build takes it (`data/synonyms.es.txt`,
//! …; see `faq_core::pack::default_synonyms`). A dataset that does not parse
//! is the widget's build's error to report: the studio then takes English.

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=FAQ_DATASET");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=../data");
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR")).join("..");
    let dataset = match std::env::var_os("FAQ_DATASET") {
        Some(p) if !p.is_empty() => root.join(p),
        _ => root.join("data/faq.txt"),
    };
    println!("cargo:rerun-if-changed={}", dataset.display());
    let tag = faq_core::check_file(&dataset).map(|c| c.faq.about.language_tag().to_owned()).unwrap_or_default();
    // A dataset that does not parse: English, as the empty tag gives none.
    let rules = match tag.as_str() {
        "" => faq_core::language::ENGLISH.rust_path(),
        tag => faq_core::Language::rules_for(tag).rust_path(),
    };
    let rules = format!("&{rules}");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("rules.rs"), rules).expect("OUT_DIR is writable");
    // The synonyms, as a string literal (faq-pack's own choice, one language's only).
    let synonyms = faq_core::pack::default_synonyms(if tag.is_empty() { "en" } else { &tag });
    std::fs::write(out.join("synonyms.rs"), format!("{synonyms:?}")).expect("OUT_DIR is writable");
}
