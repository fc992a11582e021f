//! Packs a dataset into a built widget, without the Rust toolchain's wasm
//! build: for pipelines that keep their own questions.
//!
//! Usage: `faq-pack <dataset> --from <dist> --out <dir> [--synonyms <file>]…`
//!
//! Reads the dataset (text, or `.json`) and a built `dist/` (its
//! `faq-widget.js` and its one `faq-widget-<hash>_bg.wasm`), and writes to
//! `<dir>` what a host needs for that dataset: `faq-widget.js` (naming the new
//! `.wasm`), the packed `.wasm`, `embed.html` and `embed-short.html` (with
//! fresh Subresource Integrity values), `faq-fallback.html` and `faq.jsonld`.
//! The rewrite is `faq_core::pack`; the files are the build's own when the
//! dataset is the one `dist/` was built with.
//!
//! The synonym groups are the build's for the dataset's language (`data/synonyms.txt`,
//! `data/synonyms.es.txt`, …: `faq_core::pack::default_synonyms`) plus those
//! of each `--synonyms` file (as `FAQ_SYNONYMS` adds them to a build).
//!
//! Like the build, a dataset that cannot be used is `path:line: what is
//! wrong` on standard error and exit status 1, and its lint warnings are
//! printed (`path:line: warning: …`, standard error); a `dist/` that is not a
//! built widget is an error naming its file. Nothing is written unless every
//! file could be made; then each is written under a temporary name and
//! renamed into place. Exit status 2 is a usage error.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use faq_core::pack::{self, Built};

const USAGE: &str = "usage: faq-pack <dataset> --from <dist> --out <dir> [--synonyms <file>]...";

struct Args {
    dataset: PathBuf,
    from: PathBuf,
    out: PathBuf,
    synonyms: Vec<PathBuf>,
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(message) => {
            eprintln!("faq-pack: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    let (mut dataset, mut from, mut out, mut synonyms) = (None, None, None, Vec::new());
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().map(PathBuf::from).ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "--from" => from = Some(value("--from")?),
            "--out" => out = Some(value("--out")?),
            "--synonyms" => synonyms.push(value("--synonyms")?),
            "-h" | "--help" => return Err("packs a dataset into a built widget".into()),
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag}")),
            _ if dataset.is_none() => dataset = Some(PathBuf::from(arg)),
            _ => return Err(format!("one dataset only ({arg} is a second)")),
        }
    }
    Ok(Args {
        dataset: dataset.ok_or("no dataset given")?,
        from: from.ok_or("no --from <dist> given")?,
        out: out.ok_or("no --out <dir> given")?,
        synonyms,
    })
}

fn run(args: &Args) -> Result<(), String> {
    // The dataset first, as the build does: its errors and warnings.
    let checked = faq_core::check_file(&args.dataset).map_err(|e| e.to_string())?;
    for warning in &checked.warnings {
        eprintln!("{}", warning.in_file(&args.dataset));
    }
    let mut synonyms = faq_core::parse_synonyms(pack::default_synonyms(checked.faq.about.language_tag()))
        .map_err(|e| format!("data/synonyms.txt: {e}"))?;
    synonyms.extend(faq_core::load_synonyms(&args.synonyms).map_err(|e| e.to_string())?);
    let bundle = faq_core::Bundle::new(checked.faq, &synonyms);

    let wasm_name = built_wasm_name(&args.from)?;
    let read = |name: &str| {
        let path = args.from.join(name);
        std::fs::read(&path).map_err(|e| format!("{}: cannot read: {e}", path.display()))
    };
    let (script, wasm) = (read(pack::SCRIPT)?, read(&wasm_name)?);
    let files = pack::pack(&bundle, &Built { script: &script, wasm_name: &wasm_name, wasm: &wasm })
        .map_err(|e| format!("{}: {}", args.from.join(e.file()).display(), e.kind()))?;

    write_all(&args.out, &files)?;
    for file in &files {
        println!("{}", args.out.join(&file.name).display());
    }
    let packed = &files[1].name;
    if let Ok(entries) = std::fs::read_dir(&args.out) {
        for other in entries.flatten().filter_map(|e| e.file_name().into_string().ok()) {
            if is_wasm_name(&other) && other != *packed {
                eprintln!(
                    "faq-pack: note: {} is from another build; the snippet uses {packed}",
                    args.out.join(&other).display()
                );
            }
        }
    }
    Ok(())
}

/// `faq-widget-<hex>_bg.wasm`, the name of a built `.wasm`.
fn is_wasm_name(name: &str) -> bool {
    name.strip_prefix("faq-widget-")
        .and_then(|rest| rest.strip_suffix("_bg.wasm"))
        .is_some_and(|hash| !hash.is_empty() && hash.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The one `.wasm` in the built `dist`.
fn built_wasm_name(dist: &Path) -> Result<String, String> {
    let entries =
        std::fs::read_dir(dist).map_err(|e| format!("{}: cannot read the built widget: {e}", dist.display()))?;
    let mut found: Vec<String> =
        entries.flatten().filter_map(|e| e.file_name().into_string().ok()).filter(|n| is_wasm_name(n)).collect();
    found.sort();
    match found.as_slice() {
        [one] => Ok(one.clone()),
        [] => Err(format!(
            "{}: no faq-widget-<hash>_bg.wasm: not a built widget (scripts/release.sh or trunk build --release makes one)",
            dist.display()
        )),
        many => Err(format!("{}: more than one .wasm ({}); which is the build's?", dist.display(), many.join(", "))),
    }
}

/// Writes every file into `dir` (made if missing): each under a temporary
/// name first, then all renamed into place, so that a failure leaves no
/// half-written file and, before the renames, no file at all.
fn write_all(dir: &Path, files: &[pack::File]) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: cannot create: {e}", dir.display()))?;
    let temporary = |name: &str| dir.join(format!(".{name}.faq-pack-{}", std::process::id()));
    let mut written = Vec::new();
    for file in files {
        let path = temporary(&file.name);
        if let Err(e) = std::fs::write(&path, &file.bytes) {
            for path in written.iter().chain([&path]) {
                let _ = std::fs::remove_file(path);
            }
            return Err(format!("{}: cannot write: {e}", dir.join(&file.name).display()));
        }
        written.push(path);
    }
    for (file, path) in files.iter().zip(&written) {
        let target = dir.join(&file.name);
        std::fs::rename(path, &target).map_err(|e| format!("{}: cannot write: {e}", target.display()))?;
    }
    Ok(())
}
