//! Packing a dataset into a built widget, without the Rust toolchain.
//!
//! The widget's `.wasm` carries its dataset bundle ([`Bundle::to_bytes`]) in
//! a custom section named [`SECTION`], which `embed/element.js` reads with
//! `WebAssembly.Module.customSections` and hands to the widget at start-up;
//! the code never changes with the dataset. So a built `dist/` can take
//! another dataset: [`pack`] replaces that section (and nothing else), names
//! the `.wasm` after its new bytes ([`wasm_name`]), puts the new name and
//! Subresource Integrity value into `faq-widget.js`, and renders the snippets,
//! the static fallback and the JSON-LD. `trunk build` makes the same files the
//! same way (`embed/build.mjs`): packing the dataset a `dist/` was built with
//! gives its files back byte for byte (tested end to end).
//!
//! Everything here is bytes in, bytes out (no files, no clock), so it can run
//! in a browser as well as in `faq-pack` (`src/bin/faq-pack.rs`), which reads
//! and writes the files.
//!
//! ```
//! use faq_core::pack::{pack, wasm_name, Built, SECTION};
//! use faq_core::{parse_text, Bundle};
//!
//! // A stand-in for a built widget: a module holding only the section, with
//! // a first dataset's bundle, and a script naming it with its integrity
//! // value, as faq-widget.js does.
//! let first = Bundle::new(parse_text("What is a cyst?\n\nA sac.\n").unwrap(), &faq_core::Synonyms::default());
//! let empty = b"\0asm\x01\0\0\0\0\x04\x03faq"; // the section, empty
//! let wasm = faq_core::pack::replace_custom_section(empty, SECTION, &first.to_bytes()).unwrap();
//! let name = wasm_name(&wasm);
//! let script = format!("fetch({name:?},{{integrity:{:?}}})", faq_core::pack::integrity(&wasm));
//! let built = Built { script: script.as_bytes(), wasm_name: &name, wasm: &wasm };
//!
//! let bundle = Bundle::new(parse_text("What is a lipoma?\n\nA soft, fatty lump.\n").unwrap(), &faq_core::Synonyms::default());
//! let files = pack(&bundle, &built).unwrap();
//! let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
//! assert_eq!(names[0], "faq-widget.js");
//! assert!(names[1].starts_with("faq-widget-") && names[1].ends_with("_bg.wasm"));
//! assert_eq!(names[2..], ["embed.html", "embed-short.html", "faq-fallback.html", "faq.jsonld"]);
//! let packed = &files[1].bytes;
//! assert_eq!(faq_core::pack::custom_section(packed, SECTION).unwrap(), bundle.to_bytes());
//! assert!(String::from_utf8_lossy(&files[0].bytes).contains(&names[1]));
//! ```

mod sha384;
mod wasm;

use std::fmt;

use crate::language::primary_subtag;

pub use sha384::integrity;
pub use wasm::{custom_section, replace_custom_section, WasmError};

use crate::bundle::Bundle;
use crate::render::{fallback_html, json_ld};

/// The name of the `.wasm`'s custom section that holds the dataset bundle
/// (`embed/build.mjs` writes it, `embed/element.js` reads it).
pub const SECTION: &str = "faq";

/// The script a host includes (a stable name).
pub const SCRIPT: &str = "faq-widget.js";

/// The synonym file of the language of `tag`, from the repository's root:
/// `data/synonyms.txt` for English, `data/synonyms.<language>.txt` for
/// another (`build.rs` reads it if it exists).
pub fn synonyms_path(tag: &str) -> String {
    match primary_subtag(tag) {
        "en" => "data/synonyms.txt".to_owned(),
        primary => format!("data/synonyms.{primary}.txt"),
    }
}

/// The contents of [`synonyms_path`]`(tag)`, compiled in, as `build.rs` reads
/// them: the synonym groups a build indexes a dataset in that language with;
/// empty if there is no such file. A clinic may add its own. (A test checks
/// that every `data/synonyms*.txt` is here.)
pub fn default_synonyms(tag: &str) -> &'static str {
    match primary_subtag(tag) {
        "en" => include_str!("../../../data/synonyms.txt"),
        "es" => include_str!("../../../data/synonyms.es.txt"),
        "fr" => include_str!("../../../data/synonyms.fr.txt"),
        "ar" => include_str!("../../../data/synonyms.ar.txt"),
        _ => "",
    }
}

/// The files of a built widget (`dist/`) that packing starts from.
#[derive(Debug, Clone, Copy)]
pub struct Built<'a> {
    /// `faq-widget.js`, which names the `.wasm` and holds its integrity value.
    pub script: &'a [u8],
    /// The `.wasm`'s file name, `faq-widget-<hash>_bg.wasm`.
    pub wasm_name: &'a str,
    /// The `.wasm`.
    pub wasm: &'a [u8],
}

/// A file to write into the output directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    /// Its name (no directory).
    pub name: String,
    /// Its contents.
    pub bytes: Vec<u8>,
}

/// Why a built widget could not take a dataset: which of its files, and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackError {
    file: String,
    kind: PackErrorKind,
}

/// What is wrong with a built widget's file.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum PackErrorKind {
    /// The `.wasm` is not one that holds a bundle (see [`WasmError`]).
    Wasm(WasmError),
    /// The script does not name `expected` exactly once (`found` times):
    /// it is not from the same build as the `.wasm`.
    Script {
        /// What the script should hold: the `.wasm`'s name or integrity value.
        expected: String,
        /// How many times it holds it.
        found: usize,
    },
    /// The dataset's language has other search rules than the one the
    /// `.wasm` was built for (a build compiles one language's stemmer in).
    Language {
        /// The language tag of the bundle in the `.wasm`.
        built: String,
        /// The dataset's.
        dataset: String,
    },
    /// The `.wasm`'s own bundle cannot be read (another faq-core's format?).
    Bundle(String),
}

impl PackError {
    /// The file of the built widget the problem is in (no directory).
    pub fn file(&self) -> &str {
        &self.file
    }

    /// What is wrong.
    pub fn kind(&self) -> &PackErrorKind {
        &self.kind
    }
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file, self.kind)
    }
}

impl fmt::Display for PackErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PackErrorKind::Wasm(e) => e.fmt(f),
            PackErrorKind::Script { expected, found } => write!(
                f,
                "holds {expected} {found} times, not once: the script and the .wasm are not from the same build"
            ),
            PackErrorKind::Language { built, dataset } => write!(
                f,
                "this widget was built to search {built:?} and the dataset is in {dataset:?}; a widget searches the \
                 language it was built for: build one for this dataset (FAQ_DATASET=<it> trunk build --release, \
                 README \"Languages\") and pack into that"
            ),
            PackErrorKind::Bundle(why) => write!(f, "its FAQ data cannot be read ({why}): rebuild the widget"),
        }
    }
}

impl std::error::Error for PackError {}

/// The `.wasm`'s file name for these bytes: `faq-widget-` and the first 16
/// hexadecimal digits of their SHA-384, `_bg.wasm`. `embed/build.mjs` names
/// the built `.wasm` the same way, so packing reproduces it.
pub fn wasm_name(wasm: &[u8]) -> String {
    format!("faq-widget-{}_bg.wasm", &sha384::hex(&sha384::sha384(wasm))[..16])
}

/// The files of `built` with `bundle` as their dataset, in this order:
/// `faq-widget.js`, the `.wasm` (its new name), `embed.html`,
/// `embed-short.html`, `faq-fallback.html`, `faq.jsonld`. See the module
/// docs. Fails if the `.wasm` has no bundle section or the script does not
/// name that `.wasm` (and its integrity value) exactly once.
pub fn pack(bundle: &Bundle, built: &Built<'_>) -> Result<Vec<File>, PackError> {
    let wasm = replace_custom_section(built.wasm, SECTION, &bundle.to_bytes())
        .map_err(|e| PackError { file: built.wasm_name.to_owned(), kind: PackErrorKind::Wasm(e) })?;
    let name = wasm_name(&wasm);
    let script = replace_once(built.script, built.wasm_name, &name)
        .and_then(|script| replace_once(&script, &integrity(built.wasm), &integrity(&wasm)))
        .map_err(|kind| PackError { file: SCRIPT.to_owned(), kind })?;
    // Checked once the files are known to be one build's.
    let wasm_error = |kind| PackError { file: built.wasm_name.to_owned(), kind };
    let section = custom_section(built.wasm, SECTION).map_err(|e| wasm_error(PackErrorKind::Wasm(e)))?;
    // The built bundle's language, compared without looking among every
    // language's rules (which would link every stemmer into the studio).
    let (own, _) = crate::codec::decode(section).map_err(|e| wasm_error(PackErrorKind::Bundle(e.to_string())))?;
    let (built, dataset) = (own.about.language_tag(), bundle.faq.about.language_tag());
    let same = if bundle.language.has_stemmer() {
        // Both the built one's and the dataset's (whose bundle may have been
        // made by other rules than its own: `Bundle::new_in`).
        bundle.language.searches(built) && bundle.language.searches(dataset)
    } else {
        // A language without rules: the same only if it is the same language.
        primary_subtag(built).eq_ignore_ascii_case(primary_subtag(dataset))
    };
    if !same {
        return Err(wasm_error(PackErrorKind::Language { built: built.to_owned(), dataset: dataset.to_owned() }));
    }
    let fallback = fallback_html(&bundle.faq);
    let (snippet, short) = snippets(&name, &integrity(&script), &fallback);
    Ok(vec![
        File { name: SCRIPT.to_owned(), bytes: script },
        File { name, bytes: wasm },
        File { name: "embed.html".to_owned(), bytes: snippet.into_bytes() },
        File { name: "embed-short.html".to_owned(), bytes: short.into_bytes() },
        File { name: "faq-fallback.html".to_owned(), bytes: fallback.into_bytes() },
        File { name: "faq.jsonld".to_owned(), bytes: json_ld(&bundle.faq).into_bytes() },
    ])
}

/// `bytes` with its one occurrence of `from` replaced by `to`.
fn replace_once(bytes: &[u8], from: &str, to: &str) -> Result<Vec<u8>, PackErrorKind> {
    let from = from.as_bytes();
    let at: Vec<usize> = bytes.windows(from.len()).enumerate().filter(|(_, w)| *w == from).map(|(i, _)| i).collect();
    let [at] = at[..] else {
        return Err(PackErrorKind::Script { expected: String::from_utf8_lossy(from).into_owned(), found: at.len() });
    };
    Ok([&bytes[..at], to.as_bytes(), &bytes[at + from.len()..]].concat())
}

/// `embed.html` and `embed-short.html`, the snippets a host pastes (see
/// `embed/build.mjs` for why they are as they are; it writes the same text):
/// the `.wasm`'s preload hint, the script with its integrity value, and
/// `<faq-widget>` holding the static answers, or empty.
fn snippets(wasm_name: &str, script_integrity: &str, fallback: &str) -> (String, String) {
    let head = format!(
        "<link rel=\"preload\" href=\"{wasm_name}\" as=\"fetch\" crossorigin=\"anonymous\">\n\
         <script type=\"module\" src=\"{SCRIPT}\" integrity=\"{script_integrity}\" crossorigin=\"anonymous\"></script>\n"
    );
    let open = "<faq-widget>";
    (format!("{head}{open}\n{}\n</faq-widget>\n", fallback.trim_end()), format!("{head}{open}</faq-widget>\n"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn bundle(text: &str) -> Bundle {
        Bundle::new(crate::parse_text(text).unwrap(), &crate::Synonyms::default())
    }

    /// A stand-in for a build: a module with a code section and the bundle
    /// section, and a script naming it.
    fn built(bundle: &Bundle) -> (Vec<u8>, String, Vec<u8>) {
        let module = [&b"\0asm\x01\0\0\0\x0a\x04\x01\x02\x00\x0b\0\x04\x03faq"[..]].concat();
        let wasm = replace_custom_section(&module, SECTION, &bundle.to_bytes()).unwrap();
        let name = wasm_name(&wasm);
        let script = format!("const W=\"{name}\",I=\"{}\";", integrity(&wasm)).into_bytes();
        (wasm, name, script)
    }

    #[test]
    fn packing_the_same_dataset_gives_the_same_files() {
        let seed = bundle("What is a lipoma?\n\nA soft, fatty lump.\n");
        let (wasm, name, script) = built(&seed);
        let files = pack(&seed, &Built { script: &script, wasm_name: &name, wasm: &wasm }).unwrap();
        assert_eq!(files[0].bytes, script);
        assert_eq!((&files[1].name, &files[1].bytes), (&name, &wasm));
    }

    #[test]
    fn another_dataset_renames_the_wasm_and_rewrites_the_script_and_snippets() {
        let seed = bundle("What is a lipoma?\n\nA soft, fatty lump.\n");
        let (wasm, name, script) = built(&seed);
        let other = bundle("! Is a cyst <urgent>?\n\nSometimes.\n");
        let files = pack(&other, &Built { script: &script, wasm_name: &name, wasm: &wasm }).unwrap();
        let new_name = &files[1].name;
        assert_ne!(new_name, &name);
        assert_eq!(new_name, &wasm_name(&files[1].bytes));
        assert_eq!(custom_section(&files[1].bytes, SECTION).unwrap(), other.to_bytes());
        // Only the section changed: the code section before it is intact.
        assert_eq!(files[1].bytes[..14], wasm[..14]);
        let script = String::from_utf8(files[0].bytes.clone()).unwrap();
        assert_eq!(script, format!("const W=\"{new_name}\",I=\"{}\";", integrity(&files[1].bytes)));
        let embed = String::from_utf8(files[2].bytes.clone()).unwrap();
        assert!(embed.starts_with(&format!(
            "<link rel=\"preload\" href=\"{new_name}\" as=\"fetch\" crossorigin=\"anonymous\">\n\
             <script type=\"module\" src=\"faq-widget.js\" integrity=\"{}\" crossorigin=\"anonymous\"></script>\n\
             <faq-widget>\n<div class=\"faq-fallback\" lang=\"en\">\n",
            integrity(script.as_bytes())
        )));
        assert!(embed.contains("<summary>Is a cyst &lt;urgent&gt;?</summary>"));
        assert!(embed.ends_with("</div>\n</faq-widget>\n"));
        let short = String::from_utf8(files[3].bytes.clone()).unwrap();
        assert_eq!(short, format!("{}<faq-widget></faq-widget>\n", &embed[..embed.find("<faq-widget").unwrap()]));
        assert_eq!(files[4].bytes, fallback_html(&other.faq).into_bytes());
        assert_eq!(files[5].bytes, json_ld(&other.faq).into_bytes());
    }

    #[test]
    fn a_script_of_another_build_is_refused() {
        let seed = bundle("What is a lipoma?\n\nA soft, fatty lump.\n");
        let (wasm, name, _) = built(&seed);
        let error =
            pack(&seed, &Built { script: b"const W=\"faq-widget-0000_bg.wasm\";", wasm_name: &name, wasm: &wasm })
                .unwrap_err();
        assert_eq!(error.file(), "faq-widget.js");
        assert_eq!(error.kind(), &PackErrorKind::Script { expected: name.clone(), found: 0 });
        assert!(error.to_string().starts_with(&format!("faq-widget.js: holds {name} 0 times, not once")));
        // The name but not the .wasm's integrity value: the .wasm was changed after the build.
        let script = format!("const W=\"{name}\",I=\"sha384-x\";");
        let error = pack(&seed, &Built { script: script.as_bytes(), wasm_name: &name, wasm: &wasm }).unwrap_err();
        assert_eq!(error.kind(), &PackErrorKind::Script { expected: integrity(&wasm), found: 0 });
    }

    #[test]
    fn every_synonym_file_is_compiled_in_under_its_language() {
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data");
        let mut found = 0;
        for entry in std::fs::read_dir(&data).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            let Some(rest) = name.strip_prefix("synonyms").and_then(|r| r.strip_suffix(".txt")) else { continue };
            let tag = rest.strip_prefix('.').unwrap_or("en");
            assert_eq!(synonyms_path(tag), format!("data/{name}"));
            assert_eq!(default_synonyms(tag), std::fs::read_to_string(data.join(&name)).unwrap(), "{name}");
            found += 1;
        }
        assert!(found >= 4, "data/synonyms.txt and the es, fr, ar files");
        assert_eq!(default_synonyms("de"), "", "no file, no synonyms");
    }

    #[test]
    fn a_dataset_in_another_language_is_refused() {
        let english = bundle("What is a lipoma?\n\nA soft, fatty lump.\n");
        let (wasm, name, script) = built(&english);
        let spanish = bundle("---\nlanguage: es-MX\n---\n¿Qué es un lipoma?\n\nUn bulto blando.\n");
        let error = pack(&spanish, &Built { script: &script, wasm_name: &name, wasm: &wasm }).unwrap_err();
        assert_eq!(error.kind(), &PackErrorKind::Language { built: "en".into(), dataset: "es-MX".into() });
        assert!(error.to_string().contains("this widget was built to search \"en\" and the dataset is in \"es-MX\""));
        // A Spanish dataset indexed by English rules (as a studio built for
        // English does) is refused too.
        let english_rules = Bundle::new_in(spanish.faq.clone(), &crate::Synonyms::default(), &crate::language::ENGLISH);
        let error = pack(&english_rules, &Built { script: &script, wasm_name: &name, wasm: &wasm }).unwrap_err();
        assert_eq!(error.kind(), &PackErrorKind::Language { built: "en".into(), dataset: "es-MX".into() });
        // Another Spanish dataset packs into a Spanish build.
        let (wasm, name, script) = built(&spanish);
        let other = bundle("---\nlanguage: es\n---\n¿Qué es un quiste?\n\nUna bolsa.\n");
        assert!(pack(&other, &Built { script: &script, wasm_name: &name, wasm: &wasm }).is_ok());
    }

    #[test]
    fn a_wasm_without_the_section_is_refused() {
        let seed = bundle("What is a lipoma?\n\nA soft, fatty lump.\n");
        let error = pack(&seed, &Built { script: b"", wasm_name: "x.wasm", wasm: b"\0asm\x01\0\0\0" }).unwrap_err();
        assert_eq!(error.kind(), &PackErrorKind::Wasm(WasmError::NoSection("faq".into())));
        assert!(error.to_string().starts_with("x.wasm: the WebAssembly module has no custom section \"faq\""));
    }
}
