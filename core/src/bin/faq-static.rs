//! Writes the static renderings of a dataset for hosts to paste:
//! `faq-fallback.html` (the FAQ as `<details>` elements, for the inside of
//! `<faq-widget>`) and `faq.jsonld` (schema.org FAQPage, for the page's head).
//!
//! Usage: `faq-static <dataset> <out-dir>`, for a host who wants the two
//! files for another dataset without building the widget. A bad dataset exits
//! with `path:line: message`. (The widget's build writes the same two files
//! from its own parse of the dataset: see build.rs.)

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dataset, out_dir] = args.as_slice() else {
        eprintln!("usage: faq-static <dataset> <out-dir>");
        return ExitCode::from(2);
    };
    let faq = match faq_core::load(&PathBuf::from(dataset)) {
        Ok(faq) => faq,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let out = PathBuf::from(out_dir);
    for (name, text) in [("faq-fallback.html", faq_core::fallback_html(&faq)), ("faq.jsonld", faq_core::json_ld(&faq))]
    {
        if let Err(e) = std::fs::write(out.join(name), text) {
            eprintln!("{}: cannot write: {e}", out.join(name).display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
