//! Prints why the seed ranks a query as it does: the hits' counts and the
//! visible order. `why QUERY...`, or `why --misses FILE.json...` for the
//! queries of a set whose first ideal answer is not shown first. With
//! `FAQ_LANG=es`, the fixture core/tests/fixtures/lang/es.txt (and
//! data/synonyms.es.txt) instead of the seed; `FAQ_FIXTURE=es-2` picks
//! another fixture of that language. `WHY_TOP=N` prints N hits (5);
//! `WHY_MARK=1` the words marked in each hit's question.
use std::path::Path;

use faq_core::Bundle;

fn show(b: &Bundle, q: &str, primary: &[usize]) {
    let r = b.query(q);
    let visible: Vec<usize> = b.layout(&r).map(|l| l.visible().map(|i| i + 1).collect()).unwrap_or_default();
    if !primary.is_empty() && visible.first().is_some_and(|v| primary.contains(v)) {
        return;
    }
    println!("== {q}  want {primary:?}  relaxed={} suggestion={:?}", r.relaxed, r.suggestion);
    for h in r.hits.iter().flatten().take(std::env::var("WHY_TOP").ok().and_then(|v| v.parse().ok()).unwrap_or(5)) {
        let e = &b.faq.entries[h.entry];
        println!(
            "  {:>2} s{} sq{} w{} qw{} {:5.2} firm={} named={} {}",
            h.entry + 1,
            h.strong_words,
            h.strong_question_words,
            h.words,
            h.question_words,
            h.score,
            h.firm,
            h.named,
            e.question
        );
        if std::env::var("WHY_MARK").is_ok() {
            let marks: Vec<&str> = b.highlight(&e.question, &r.matched).into_iter().map(|m| &e.question[m]).collect();
            println!("     marked in the question: {marks:?}");
        }
    }
    println!("  visible {:?}", &visible[..visible.len().min(6)]);
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let b = match std::env::var("FAQ_LANG") {
        Ok(tag) => Bundle::load(
            &root.join(format!(
                "core/tests/fixtures/lang/{}.txt",
                std::env::var("FAQ_FIXTURE").unwrap_or_else(|_| tag.clone())
            )),
            &[root.join(format!("data/synonyms.{tag}.txt"))],
        ),
        Err(_) => Bundle::load(&root.join("data/faq.txt"), &[root.join("data/synonyms.txt")]),
    }
    .unwrap();
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--misses") {
        for file in &args[1..] {
            let text = std::fs::read_to_string(file).unwrap();
            let v: serde_json::Value = serde_json::from_str(&text).unwrap();
            for q in v["queries"].as_array().unwrap() {
                let primary: Vec<usize> =
                    q["primary"].as_array().unwrap().iter().map(|x| x.as_u64().unwrap() as usize).collect();
                let text = q["q"].as_str().unwrap();
                if primary.is_empty() {
                    if !b.query(text).hits.unwrap_or_default().is_empty() {
                        println!("== NEGATIVE SHOWN: {text}");
                    }
                    continue;
                }
                show(&b, text, &primary);
            }
        }
    } else {
        for q in &args {
            show(&b, q, &[]);
        }
    }
}
