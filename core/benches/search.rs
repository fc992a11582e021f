//! Query time over the seed (45 entries) and the 10,000-entry dataset, and
//! the size of each embedded bundle. Run: `cargo bench -p faq-core`.

use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

use criterion::{criterion_group, criterion_main, Criterion};
use faq_core::{load, parse_synonyms, Bundle, SearchOptions};

/// Queries of every kind the widget sees: plain, long, stemmed, synonym,
/// typo, prefix, as-you-type fragments, and no-match.
const QUERIES: &[&str] = &[
    "back mice treatment",
    "how long do muscle knots last",
    "lipomas and weight gain",
    "slipped disc",
    "tumour",
    "angiolipomma",
    "massge",
    "angio",
    "l",
    "li",
    "lip",
    "headache",
    "pregnancy test",
];

fn bundle(file: &str) -> Bundle {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let synonyms = std::fs::read_to_string(root.join("data/synonyms.txt")).expect("data/synonyms.txt");
    let started = Instant::now();
    let faq = load(&root.join(file)).unwrap_or_else(|e| panic!("{e}"));
    let entries = faq.entries.len();
    let bundle = Bundle::new(faq, &parse_synonyms(&synonyms).expect("valid synonyms"));
    let bytes = bundle.to_bytes();
    println!(
        "{file}: {entries} entries, {} distinct words, bundle {} bytes (postcard), parsed and indexed in {:.0} ms",
        bundle.index.term_count(),
        bytes.len(),
        started.elapsed().as_secs_f64() * 1000.0
    );
    bundle
}

fn search(c: &mut Criterion) {
    let options = SearchOptions::default();
    for (name, file) in [("seed", "data/faq.txt"), ("10k", "data/faq-10k.txt")] {
        let bundle = bundle(file);
        let mut group = c.benchmark_group(format!("search/{name}"));
        for query in QUERIES {
            group.bench_function(*query, |b| b.iter(|| bundle.index.search_with(black_box(query), &options)));
        }
        group.bench_function("all queries (mean per query = this / 13)", |b| {
            b.iter(|| {
                for query in QUERIES {
                    black_box(bundle.index.search_with(black_box(query), &options));
                }
            })
        });
        group.finish();
    }
}

criterion_group!(benches, search);
criterion_main!(benches);
