//! Search quality on the example queries (`tests/fixtures/queries-public.json`,
//! a copy of shared/eval/queries-public.json) and on a wider set of the same
//! kinds (`core/tests/fixtures/queries-extra.json`): prints each query's rank
//! of its first ideal answer and asserts floors on hit@1, hit@3 and MRR, and
//! that queries the dataset does not answer find nothing. The README
//! ("Search quality") has the figures, and a MiniSearch baseline's.

mod common;

use common::seed;
use serde_json::Value;

struct Query {
    q: String,
    primary: Vec<usize>,
    kind: String,
}

/// The queries of `fixture` (in tests/fixtures), in the shared/eval format.
fn queries(fixture: &str) -> Vec<Query> {
    let path = common::root().join("core/tests/fixtures").join(fixture);
    let path = if path.exists() { path } else { common::root().join("tests/fixtures").join(fixture) };
    let json: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    json["queries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| Query {
            q: q["q"].as_str().unwrap().to_owned(),
            // 1-based positions in the file -> entry indices.
            primary: q["primary"].as_array().unwrap().iter().map(|p| p.as_u64().unwrap() as usize - 1).collect(),
            kind: q["kind"].as_str().unwrap().to_owned(),
        })
        .collect()
}

/// The figures of one query set.
struct Scores {
    hit1: f64,
    hit3: f64,
    mrr: f64,
    /// Queries with no answer in the dataset that found something.
    noisy_negatives: Vec<String>,
}

/// Runs every query of `fixture` on the seed, printing each query's rank of
/// its first ideal answer (or its result count for a negative).
fn evaluate(fixture: &str) -> Scores {
    let bundle = seed();
    let (mut hit1, mut hit3, mut rr, mut positives) = (0.0, 0.0, 0.0, 0.0);
    let mut noisy_negatives = Vec::new();
    for query in queries(fixture) {
        let hits = bundle.search(&query.q).unwrap_or_default();
        if query.primary.is_empty() {
            println!("{:>6}  {:<40} {:<16} {} results", "-", query.q, query.kind, hits.len());
            if !hits.is_empty() {
                noisy_negatives.push(query.q);
            }
            continue;
        }
        positives += 1.0;
        let rank = hits.iter().position(|h| query.primary.contains(&h.entry)).map(|r| r + 1);
        if let Some(rank) = rank {
            hit1 += f64::from(u8::from(rank == 1));
            hit3 += f64::from(u8::from(rank <= 3));
            rr += 1.0 / rank as f64;
        }
        let shown = rank.map_or("miss".to_owned(), |r| r.to_string());
        println!("{shown:>6}  {:<40} {:<16} {} results", query.q, query.kind, hits.len());
    }
    let scores = Scores { hit1: hit1 / positives, hit3: hit3 / positives, mrr: rr / positives, noisy_negatives };
    println!("{fixture}: hit@1 {:.3}  hit@3 {:.3}  MRR {:.3}", scores.hit1, scores.hit3, scores.mrr);
    scores
}

impl Scores {
    /// Fails unless every negative found nothing and each figure reaches its floor.
    fn assert_floors(&self, hit1: f64, hit3: f64, mrr: f64) {
        assert_eq!(
            self.noisy_negatives,
            Vec::<String>::new(),
            "queries with no answer in the dataset returned results"
        );
        assert!(self.hit1 >= hit1, "hit@1 {:.3} < {hit1}", self.hit1);
        assert!(self.hit3 >= hit3, "hit@3 {:.3} < {hit3}", self.hit3);
        assert!(self.mrr >= mrr, "MRR {:.3} < {mrr}", self.mrr);
    }
}

#[test]
fn public_queries_rank_ideal_answers_first_and_negatives_find_nothing() {
    // Floors at or above the MiniSearch baseline's figures (README).
    evaluate("queries-public.json").assert_floors(0.95, 1.0, 0.95);
}

/// A wider set of the same kinds (tests/fixtures/queries-extra.json, see its
/// "about").
#[test]
fn extra_queries_rank_ideal_answers_high_and_negatives_find_nothing() {
    evaluate("queries-extra.json").assert_floors(0.92, 0.98, 0.95);
}
