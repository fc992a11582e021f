//! Query time over the seed (45 entries) and the 10,000-entry dataset, and
//! the size of each embedded bundle. Run: `cargo bench -p faq-core`.

use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

use criterion::{criterion_group, criterion_main, Criterion};
use faq_core::{Bundle, SearchOptions};

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
    let started = Instant::now();
    let bundle = Bundle::load(&root.join(file), &[root.join("data/synonyms.txt")]).unwrap_or_else(|e| panic!("{e}"));
    let entries = bundle.faq.entries.len();
    let bytes = bundle.to_bytes();
    let built = started.elapsed();
    let started = Instant::now();
    let decoded = Bundle::from_bytes(&bytes).expect("a bundle decodes");
    let decode = started.elapsed();
    let started = Instant::now();
    decoded.prepare();
    println!(
        "{file}: {entries} entries, {} distinct words, bundle {} bytes; parsed and indexed in {:.0} ms, \
         decoded in {:.1} ms, first-search preparation {:.1} ms",
        decoded.index.term_count(),
        bytes.len(),
        built.as_secs_f64() * 1000.0,
        decode.as_secs_f64() * 1000.0,
        started.elapsed().as_secs_f64() * 1000.0,
    );
    decoded
}

fn search(c: &mut Criterion) {
    let options = SearchOptions::default();
    for (name, file) in [("seed", "data/faq.txt"), ("10k", "data/faq-10k.txt")] {
        let bundle = bundle(file);
        let mut group = c.benchmark_group(format!("search/{name}"));
        for query in QUERIES {
            group.bench_function(*query, |b| b.iter(|| bundle.search_with(black_box(query), &options)));
        }
        group.bench_function("all queries (mean per query = this / 13)", |b| {
            b.iter(|| {
                for query in QUERIES {
                    black_box(bundle.search_with(black_box(query), &options));
                }
            })
        });
        // The same with no scan remembered: each query as if typed in one go,
        // with nothing reused from the one before.
        group.bench_function("all queries, nothing remembered (mean = this / 13)", |b| {
            b.iter(|| {
                for query in QUERIES {
                    bundle.forget_scans();
                    black_box(bundle.search_with(black_box(query), &options));
                }
            })
        });
        group.finish();
    }
}

criterion_group!(benches, search);
criterion_main!(benches);
