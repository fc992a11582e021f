//! Parses the FAQ dataset and builds its search index at build time, writing
//! the compact bundle the widget embeds to `$OUT_DIR/faq.bin`.
//!
//! The dataset is `data/faq.txt`, or the file named by the `FAQ_DATASET`
//! environment variable (absolute, or relative to this repository's root). A
//! bad dataset fails the build with `path:line: what is wrong`.
//!
//! Synonyms come from `data/synonyms.txt`, plus the file named by
//! `FAQ_SYNONYMS` if set (a clinic's own words), in the same format.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    println!("cargo:rerun-if-env-changed=FAQ_DATASET");
    println!("cargo:rerun-if-env-changed=FAQ_SYNONYMS");
    println!("cargo:rerun-if-changed=build.rs");
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let dataset = match std::env::var_os("FAQ_DATASET") {
        Some(p) if !p.is_empty() => root.join(p), // an absolute path replaces `root`
        _ => root.join("data/faq.txt"),
    };
    println!("cargo:rerun-if-changed={}", dataset.display());

    let mut synonym_files = vec![root.join("data/synonyms.txt")];
    if let Some(extra) = std::env::var_os("FAQ_SYNONYMS").filter(|p| !p.is_empty()) {
        synonym_files.push(root.join(extra));
    }
    let loaded = faq_core::load(&dataset).and_then(|faq| {
        let mut synonyms = Vec::new();
        for path in &synonym_files {
            println!("cargo:rerun-if-changed={}", path.display());
            let text = std::fs::read_to_string(path).map_err(|e| {
                faq_core::Error::whole_file(faq_core::ErrorKind::Unreadable(e.to_string())).in_file(path)
            })?;
            synonyms.extend(faq_core::parse_synonyms(&text).map_err(|e| e.in_file(path))?);
        }
        Ok(faq_core::Bundle::new(faq, &synonyms))
    });
    let bundle = match loaded {
        Ok(bundle) => bundle,
        Err(e) => {
            // Shown by cargo as `error: <path>:<line>: <message>`, with no backtrace.
            println!("cargo::error={e}");
            return ExitCode::FAILURE;
        }
    };
    let bytes = bundle.to_bytes();
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("faq.bin");
    if let Err(e) = std::fs::write(&out, bytes) {
        println!("cargo::error=cannot write {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
