//! `faq-pack`, the command line packer, against a stand-in for a built
//! widget (a small module with the `faq` section and a script naming it).
//! The end-to-end test (`tests/e2e/pack.test.mjs`) packs into the real build.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use faq_core::pack::{custom_section, integrity, replace_custom_section, wasm_name, SECTION};
use faq_core::Bundle;

/// A fresh, empty directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("faq-pack-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A built widget's stand-in in `dir/dist`: a module holding some code and
/// the bundle of a one-question dataset, and a script that names it.
fn built(dir: &Path) -> PathBuf {
    let dist = dir.join("dist");
    std::fs::create_dir_all(&dist).unwrap();
    let module = b"\0asm\x01\0\0\0\x0a\x04\x01\x02\x00\x0b\0\x04\x03faq";
    let bundle = Bundle::new(
        faq_core::parse_text("What is a lipoma?\n\nA soft, fatty lump.\n").unwrap(),
        &faq_core::Synonyms::default(),
    );
    let wasm = replace_custom_section(module, SECTION, &bundle.to_bytes()).unwrap();
    let name = wasm_name(&wasm);
    std::fs::write(dist.join("faq-widget.js"), format!("const W=\"{name}\",I=\"{}\";", integrity(&wasm))).unwrap();
    std::fs::write(dist.join(&name), wasm).unwrap();
    std::fs::write(dist.join("index.html"), "<!doctype html>").unwrap();
    dist
}

fn faq_pack(args: &[&Path]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_faq-pack")).args(args).output().unwrap()
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    names
}

#[test]
fn a_dataset_is_packed_into_the_six_files_with_its_warnings_printed() {
    let dir = scratch("ok");
    let dist = built(&dir);
    let dataset = dir.join("clinic.txt");
    std::fs::write(&dataset, "When is a toothache an emergency?\n\nWhen your face swells.\n\nWhat is a filling?\n\nIt repairs a tooth.The cavity is filled.\n").unwrap();
    let out_dir = dir.join("out");
    let out = faq_pack(&[&dataset, Path::new("--from"), &dist, Path::new("--out"), &out_dir]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert_eq!(
        stderr,
        format!("{}:7: warning: missing space in \"tooth.The\": write \"tooth. The\"\n", dataset.display())
    );
    let files = names(&out_dir);
    let wasm = files.iter().find(|n| n.ends_with("_bg.wasm")).unwrap().clone();
    assert_eq!(files, ["embed-short.html", "embed.html", "faq-fallback.html", &wasm, "faq-widget.js", "faq.jsonld"]);
    let packed = std::fs::read(out_dir.join(&wasm)).unwrap();
    assert_eq!(wasm, wasm_name(&packed));
    let bundle = Bundle::from_bytes(custom_section(&packed, SECTION).unwrap()).unwrap();
    assert_eq!(bundle.faq.entries[0].question, "When is a toothache an emergency?");
    let script = std::fs::read_to_string(out_dir.join("faq-widget.js")).unwrap();
    assert_eq!(script, format!("const W=\"{wasm}\",I=\"{}\";", integrity(&packed)));
    let embed = std::fs::read_to_string(out_dir.join("embed.html")).unwrap();
    assert!(embed.contains(&format!("href=\"{wasm}\"")), "{embed}");
    assert!(embed.contains(&format!("integrity=\"{}\"", integrity(script.as_bytes()))), "{embed}");
    assert!(embed.contains("<summary>What is a filling?</summary>"), "{embed}");
    // Standard output lists the files written.
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 6);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_malformed_dataset_is_path_line_and_nothing_is_written() {
    let dir = scratch("malformed");
    let dist = built(&dir);
    let dataset = dir.join("clinic.txt");
    std::fs::write(&dataset, "What is a filling?\n\nIt repairs a tooth.\n\nWhat is a crown?\n").unwrap();
    let out_dir = dir.join("out");
    let out = faq_pack(&[&dataset, Path::new("--from"), &dist, Path::new("--out"), &out_dir]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!("{}:5: the question \"What is a crown?\" has no answer\n", dataset.display())
    );
    assert!(out.stdout.is_empty());
    assert!(!out_dir.exists(), "nothing written");
    // A JSON dataset's error has its line too.
    let json = dir.join("clinic.json");
    std::fs::write(
        &json,
        "[{\"question\": \"What is a filling?\", \"answer\": \"A repair.\"},\n {\"question\": \"Why?\"}]\n",
    )
    .unwrap();
    let out = faq_pack(&[&json, Path::new("--from"), &dist, Path::new("--out"), &out_dir]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with(&format!("{}:2: ", json.display())), "{out:?}");
    assert!(!out_dir.exists(), "nothing written");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_dist_that_is_not_a_built_widget_is_refused_and_nothing_is_written() {
    let dir = scratch("not-built");
    let dist = built(&dir);
    let dataset = dir.join("clinic.txt");
    std::fs::write(&dataset, "What is a filling?\n\nIt repairs a tooth.\n").unwrap();
    let out_dir = dir.join("out");
    let pack = || faq_pack(&[&dataset, Path::new("--from"), &dist, Path::new("--out"), &out_dir]);
    let wasm = names(&dist).into_iter().find(|n| n.ends_with("_bg.wasm")).unwrap();

    // The .wasm without its section (an older build, or another module).
    let original = std::fs::read(dist.join(&wasm)).unwrap();
    std::fs::write(dist.join(&wasm), &original[..14]).unwrap();
    let out = pack();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with(&format!(
            "{}: the WebAssembly module has no custom section \"faq\"",
            dist.join(&wasm).display()
        )),
        "{stderr}"
    );
    // Not a module at all.
    std::fs::write(dist.join(&wasm), "<!doctype html>").unwrap();
    let stderr = String::from_utf8_lossy(&pack().stderr).into_owned();
    assert!(stderr.contains(": not a WebAssembly module"), "{stderr}");

    // A .wasm changed after the build: the script does not carry its integrity value.
    let mut changed = original.clone();
    *changed.last_mut().unwrap() ^= 1;
    std::fs::write(dist.join(&wasm), changed).unwrap();
    let stderr = String::from_utf8_lossy(&pack().stderr).into_owned();
    assert!(stderr.contains("faq-widget.js: holds sha384-"), "{stderr}");
    assert!(stderr.contains("not from the same build"), "{stderr}");

    // No .wasm.
    std::fs::remove_file(dist.join(&wasm)).unwrap();
    let stderr = String::from_utf8_lossy(&pack().stderr).into_owned();
    assert!(stderr.starts_with(&format!("{}: no faq-widget-<hash>_bg.wasm", dist.display())), "{stderr}");
    assert!(!out_dir.exists(), "nothing written");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn without_its_arguments_it_prints_its_usage_and_exits_2() {
    for args in [&[][..], &[Path::new("data.txt"), Path::new("--from"), Path::new("dist")]] {
        let out = faq_pack(args);
        assert_eq!(out.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&out.stderr).contains("usage: faq-pack <dataset> --from <dist> --out <dir>"));
    }
}
