//! Lints FAQ datasets: prints what parses but looks wrong to a reader.
//!
//! Usage: `faq-lint <dataset>…` (text, or `.json`). For each finding it prints
//! `path:line: warning: what is wrong, and what to do`, and for a file that
//! cannot be read or does not parse `path:line: error: …`; then a summary
//! line. Everything goes to standard output, in file and line order.
//!
//! Exit status: 0 when there are only warnings (or none), 2 when a file
//! cannot be read or does not parse, or on a usage error. The rules and their
//! thresholds are documented in `faq_core::lint`.

use std::path::Path;
use std::process::ExitCode;

use faq_core::lint::lint_file;

fn main() -> ExitCode {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() || paths.iter().any(|p| p == "-h" || p == "--help") {
        eprintln!("usage: faq-lint <dataset>...");
        return ExitCode::from(2);
    }
    let (mut warnings, mut errors) = (0, 0);
    for path in &paths {
        let path = Path::new(path);
        match lint_file(path) {
            Ok(found) => {
                for warning in &found {
                    println!("{}", warning.in_file(path));
                }
                warnings += found.len();
            }
            Err(e) => {
                // `Error` shows `path:line: message`; the line gets an "error:" tag like the warnings.
                match e.line() {
                    Some(line) => println!("{}:{line}: error: {}", path.display(), e.kind()),
                    None => println!("{}: error: {}", path.display(), e.kind()),
                }
                errors += 1;
            }
        }
    }
    println!(
        "faq-lint: {} and {} in {}",
        plural(warnings, "warning"),
        plural(errors, "error"),
        plural(paths.len(), "file")
    );
    if errors > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}

fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
