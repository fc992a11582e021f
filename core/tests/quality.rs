//! Search quality on the example queries (`tests/fixtures/queries-public.json`,
//! a copy of shared/eval/queries-public.json): prints each query's rank of its
//! first ideal answer and asserts floors on hit@1, hit@3 and MRR.
//!
//! The MiniSearch baseline (prefix, fuzzy 0.2, question boost 2) scores
//! hit@1 0.905, hit@3 1.0, MRR 0.944 on these queries.

use std::path::Path;

use faq_core::{load, parse_synonyms, Bundle};
use serde_json::Value;

struct Query {
    q: String,
    primary: Vec<usize>,
    kind: String,
}

fn queries() -> Vec<Query> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/queries-public.json");
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

#[test]
fn public_queries_rank_ideal_answers_first_and_negatives_find_nothing() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/faq.txt");
    let synonyms = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/synonyms.txt")).unwrap();
    let bundle = Bundle::new(load(&path).unwrap(), &parse_synonyms(&synonyms).unwrap());
    let (mut hit1, mut hit3, mut rr, mut positives) = (0.0, 0.0, 0.0, 0.0);
    let mut negatives_ok = true;
    for query in queries() {
        let hits = bundle.search(&query.q).unwrap_or_default();
        if query.primary.is_empty() {
            println!("{:>6}  {:<32} {:<16} {} results", "-", query.q, query.kind, hits.len());
            negatives_ok &= hits.is_empty();
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
        println!("{shown:>6}  {:<32} {:<16} {} results", query.q, query.kind, hits.len());
    }
    let (hit1, hit3, mrr) = (hit1 / positives, hit3 / positives, rr / positives);
    println!("hit@1 {hit1:.3}  hit@3 {hit3:.3}  MRR {mrr:.3}  (MiniSearch: 0.905, 1.0, 0.944)");
    assert!(negatives_ok, "a query with no answer in the dataset returned results");
    // Floors above the MiniSearch baseline (hit@1 0.905, hit@3 1.0, MRR 0.944).
    assert!(hit1 >= 0.95, "hit@1 {hit1:.3}");
    assert!(hit3 >= 1.0, "hit@3 {hit3:.3}");
    assert!(mrr >= 0.95, "MRR {mrr:.3}");
}
