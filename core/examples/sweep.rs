//! Prints the visible-order figures of every query set of
//! core/tests/fixtures/sets.json (English on the seed, Spanish, French and
//! Arabic on their fixtures) with the search options
//! overridden by environment variables, for tuning: `FAQ_QB` (question
//! boost), `FAQ_K1`, `FAQ_COMMON`, `FAQ_B`, `FAQ_STEM`, `FAQ_SYN`, `FAQ_STAND_IN`, `FAQ_NEAR` (words). One line
//! per set (hit@1, hit@3, MRR, dead ends, negatives shown) and the totals of
//! each language. `FAQ_EN_MORE=FILE.json` adds an English set on the seed;
//! `FAQ_EXTRA=TAG:DATASET:QUERIES.json` a dataset in a language with its set;
//! `FAQ_SUGG=1` prints each query that shows nothing with its "did you mean";
//! `FAQ_RANKS=1` each in-domain query's rank of its first ideal answer (-1:
//! not shown), to diff two variants, or against MiniSearch's
//! (`FAQ_RANKS=1 node tests/bench/minisearch-quality.mjs`).
use std::path::{Path, PathBuf};

use faq_core::{Bundle, SearchOptions};

fn option(name: &str, value: &mut f32) {
    if let Ok(v) = std::env::var(name) {
        *value = v.parse().expect("a number");
    }
}

/// (hit@1, hit@3, reciprocal rank sum, queries, dead ends, negatives shown)
fn run(b: &Bundle, file: &Path, options: &SearchOptions) -> [f32; 6] {
    let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    let mut m = [0.0; 6];
    for q in v["queries"].as_array().unwrap() {
        let primary: Vec<usize> =
            q["primary"].as_array().unwrap().iter().map(|x| x.as_u64().unwrap() as usize - 1).collect();
        let r = b.query_with(q["q"].as_str().unwrap(), options);
        let hits = r.hits.as_deref().unwrap_or_default();
        let layout = faq_core::Layout::of(&b.faq.entries, hits, r.relaxed, options);
        let visible: Vec<usize> = layout.visible().collect();
        if std::env::var("FAQ_SUGG").is_ok() && visible.is_empty() {
            println!(
                "EMPTY {} {:?} -> {:?}",
                if primary.is_empty() { "NEG" } else { "DEAD" },
                q["q"].as_str().unwrap(),
                r.suggestion
            );
        }
        if primary.is_empty() {
            m[5] += f32::from(u8::from(!hits.is_empty()));
            continue;
        }
        m[3] += 1.0;
        m[4] += f32::from(u8::from(visible.is_empty()));
        let found = visible.iter().position(|e| primary.contains(e));
        if std::env::var("FAQ_RANKS").is_ok() {
            let name = file.file_name().unwrap_or_default().to_string_lossy();
            println!("RANK {name} {:?} {}", q["q"].as_str().unwrap(), found.map_or(-1, |r| r as i64 + 1));
        }
        if let Some(rank) = found {
            m[0] += f32::from(u8::from(rank == 0));
            m[1] += f32::from(u8::from(rank < 3));
            m[2] += 1.0 / (rank as f32 + 1.0);
        }
    }
    m
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut options = SearchOptions::default();
    option("FAQ_QB", &mut options.question_boost);
    option("FAQ_K1", &mut options.k1);
    option("FAQ_COMMON", &mut options.common_weight);
    option("FAQ_B", &mut options.b);
    option("FAQ_STEM", &mut options.stem_weight);
    option("FAQ_SYN", &mut options.synonym_weight);
    option("FAQ_STAND_IN", &mut options.stand_in_weight);
    if let Some(window) = std::env::var("FAQ_NEAR").ok().and_then(|v| v.parse().ok()) {
        options.near_window = window;
    }
    let seed = Bundle::load(&root.join("data/faq.txt"), &[root.join("data/synonyms.txt")]).unwrap();
    let extra: Vec<(String, Bundle, PathBuf)> = std::env::var("FAQ_EXTRA")
        .ok()
        .map(|spec| {
            // tag:dataset:queries
            let parts: Vec<&str> = spec.split(':').collect();
            let b = Bundle::load(Path::new(parts[1]), &[root.join(format!("data/synonyms.{}.txt", parts[0]))]).unwrap();
            vec![(parts[0].to_owned(), b, PathBuf::from(parts[2]))]
        })
        .unwrap_or_default();
    // The query sets (core/tests/fixtures/sets.json), in print order.
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("core/tests/fixtures/sets.json")).unwrap()).unwrap();
    let paths = |v: &serde_json::Value| -> Vec<PathBuf> {
        v.as_array().unwrap().iter().map(|p| root.join(p.as_str().unwrap())).collect()
    };
    let mut sets: Vec<(&str, &Bundle, PathBuf)> = Vec::new();
    for file in paths(&manifest["english"]) {
        sets.push(("en", &seed, file));
    }
    if let Ok(f) = std::env::var("FAQ_EN_MORE") {
        sets.push(("en", &seed, PathBuf::from(f)));
    }
    // Each fixture in another language with its synonym file and query sets.
    let fixtures = manifest["languages"].as_array().unwrap();
    let bundles: Vec<Bundle> = fixtures
        .iter()
        .map(|f| {
            let tag = f["tag"].as_str().unwrap();
            let synonyms = root.join(format!("data/synonyms.{tag}.txt"));
            Bundle::load(&root.join(f["dataset"].as_str().unwrap()), &[synonyms]).unwrap()
        })
        .collect();
    for (f, b) in fixtures.iter().zip(&bundles) {
        for file in paths(&f["queries"]) {
            sets.push((f["tag"].as_str().unwrap(), b, file));
        }
    }
    for (tag, b, file) in &extra {
        sets.push((tag.as_str(), b, file.clone()));
    }
    let mut totals: Vec<(&str, [f32; 6])> = Vec::new();
    for (tag, b, file) in &sets {
        let m = run(b, file, &options);
        let n = m[3];
        println!(
            "{tag} {:<22} {:.3} {:.3} {:.3} dead {} neg {}",
            file.file_name().unwrap().to_string_lossy(),
            m[0] / n,
            m[1] / n,
            m[2] / n,
            m[4],
            m[5]
        );
        match totals.iter_mut().find(|(t, _)| t == tag) {
            Some((_, t)) => t.iter_mut().zip(m).for_each(|(a, b)| *a += b),
            None => totals.push((tag, m)),
        }
    }
    for (tag, m) in totals {
        println!(
            "TOTAL {tag} hit1 {:.3} hit3 {:.3} mrr {:.3} dead {} neg {} (n {})",
            m[0] / m[3],
            m[1] / m[3],
            m[2] / m[3],
            m[4],
            m[5],
            m[3]
        );
    }
}
