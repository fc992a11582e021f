//! Parses the FAQ dataset and builds its search index at build time, writing
//! the compact bundle the widget embeds to `$OUT_DIR/faq.bin`.
//!
//! The dataset is `data/faq.txt`, or the file named by the `FAQ_DATASET`
//! environment variable (absolute, or relative to this repository's root). A
//! bad dataset fails the build with `path:line: what is wrong`.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    println!("cargo:rerun-if-env-changed=FAQ_DATASET");
    println!("cargo:rerun-if-changed=build.rs");
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let dataset = match std::env::var_os("FAQ_DATASET") {
        Some(p) if !p.is_empty() => root.join(p), // an absolute path replaces `root`
        _ => root.join("data/faq.txt"),
    };
    println!("cargo:rerun-if-changed={}", dataset.display());

    let faq = match faq_core::load(&dataset) {
        Ok(faq) => faq,
        Err(e) => {
            // Shown by cargo as `error: <path>:<line>: <message>`, with no backtrace.
            println!("cargo::error={e}");
            return ExitCode::FAILURE;
        }
    };
    let bytes = faq_core::Bundle::new(faq).to_bytes();
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("faq.bin");
    if let Err(e) = std::fs::write(&out, bytes) {
        println!("cargo::error=cannot write {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
