//! Generates the folding tables used by `text::fold` from the Unicode data in
//! the `unicode-normalization` crate and the standard library, so that the
//! widget's `.wasm` carries two small tables instead of the standard library's
//! case tables and a decomposition table.
//!
//! Folding a character: lowercase it (Unicode default case mapping), then for
//! each resulting character, if its canonical decomposition is a base character
//! followed only by combining diacritical marks, keep the base ("É" → "e",
//! "ά" → "α", "Ệ" → "e"); a combining diacritical mark on its own is dropped.
//! The table lists every character whose fold differs from itself, as runs.

use std::fmt::Write;
use std::path::PathBuf;

use unicode_normalization::char::decompose_canonical;

/// The combining diacritical mark blocks, and the points of Hebrew and
/// Arabic (short vowels, shadda, sukun, the hamza written over or under a
/// letter, the superscript alef) and Arabic's tatweel (a stretching stroke):
/// patients rarely type them, so "أورام" is found as "اورام". Marks of other
/// scripts (Devanagari vowel signs, say) are parts of letters, not accents,
/// and are kept.
fn is_diacritic(c: char) -> bool {
    matches!(
        c as u32,
        0x0300..=0x036F
            | 0x1AB0..=0x1AFF
            | 0x1DC0..=0x1DFF
            | 0x20D0..=0x20FF
            | 0xFE20..=0xFE2F
            | 0x0591..=0x05C7
            | 0x0610..=0x061A
            | 0x0640
            | 0x064B..=0x065F
            | 0x0670
    )
}

fn fold(c: char) -> Vec<char> {
    let mut out = Vec::new();
    for lower in c.to_lowercase() {
        if is_diacritic(lower) {
            continue;
        }
        let mut parts = Vec::new();
        decompose_canonical(lower, |d| parts.push(d));
        match parts.split_first() {
            Some((&base, marks)) if !marks.is_empty() && marks.iter().all(|&m| is_diacritic(m)) => out.push(base),
            _ => out.push(lower),
        }
    }
    out
}

/// One run of the table: characters `from, from + from_step, …` (`len` of
/// them) fold to `to, to + to_step, …` (or are dropped when `to` is 0).
struct Run {
    from: u32,
    len: u32,
    from_step: u32,
    to: u32,
    to_step: u32,
}

impl Run {
    /// The longest run (7 bits; the longest Unicode has today is 112).
    const MAX_LEN: u32 = (1 << 7) - 1;

    /// Packs the run into 64 bits: the low half is from (21) | len (7) |
    /// from_step (2) | to_step (2), the high half `to - from` as an `i32`
    /// (0 when dropped: no character in the table folds to itself). A
    /// difference, not `to`, and halves of their own compress better: the
    /// table alone went from 1,683 to 1,516 bytes of brotli, the English
    /// seed build from 105,337 to 105,099 (session 11), against the packing
    /// from (21) | len (12) | from_step (2) | to (21) | to_step (2).
    fn pack(&self) -> u64 {
        assert!(self.len <= Self::MAX_LEN && self.from_step < 4 && self.to_step < 4, "run out of range");
        let delta = if self.to == 0 { 0 } else { self.to.wrapping_sub(self.from) };
        u64::from(self.from | self.len << 21 | self.from_step << 28 | self.to_step << 30) | u64::from(delta) << 32
    }
}

/// Writes `$OUT_DIR/stop_words/<tag>.txt` for each language with an NLTK
/// stop-word list (the `stop-words` crate), with the language's frame words
/// if we wrote some (`src/search/frame_words.<tag>.txt`: the light verbs and
/// modals of a patient's question, "voy", "puede", "necesito", which NLTK's
/// lists lack), as [`write_word_list`] writes them. `language.rs` includes
/// them.
fn stop_words(out_dir: &std::path::Path) {
    let dir = out_dir.join("stop_words");
    std::fs::create_dir_all(&dir).expect("OUT_DIR is writable");
    for tag in ["es", "fr", "de", "pt", "it", "nl", "da", "sv", "no", "fi", "hu", "ro", "tr", "ru", "ar"] {
        let frame_path = format!("src/search/frame_words.{tag}.txt");
        println!("cargo:rerun-if-changed={frame_path}");
        let frame = std::fs::read_to_string(&frame_path).unwrap_or_default();
        let frame_words = frame.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with('#'));
        write_word_list(&dir, tag, stop_words::get(tag).iter().copied().chain(frame_words));
    }
}

/// Writes `$OUT_DIR/people/<tag>.txt` for each language with search rules:
/// the people a patient may ask on behalf of (`src/search/people.<tag>.txt`,
/// none for a language without one), as [`write_word_list`] writes them.
/// `language.rs` includes them.
fn people(out_dir: &std::path::Path) {
    let dir = out_dir.join("people");
    std::fs::create_dir_all(&dir).expect("OUT_DIR is writable");
    for tag in ["en", "es", "fr", "de", "pt", "it", "nl", "da", "sv", "no", "fi", "hu", "ro", "tr", "ru", "ta", "ar"] {
        let path = format!("src/search/people.{tag}.txt");
        println!("cargo:rerun-if-changed={path}");
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        write_word_list(
            &dir,
            tag,
            text.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with('#')),
        );
    }
}

/// Writes `words` to `dir/<tag>.txt` folded like the index (see `text.rs`),
/// one a line between newlines, sorted, without repeats; an entry that is
/// not one word once folded is left out.
fn write_word_list<'w>(dir: &std::path::Path, tag: &str, words: impl Iterator<Item = &'w str>) {
    let mut list: Vec<String> = words
        .map(|word| {
            // An apostrophe between letters joins them, as in `text::words`.
            let word = word.replace(['\'', '\u{2019}'], "");
            word.chars().flat_map(|c| if c.is_ascii() { vec![c.to_ascii_lowercase()] } else { fold(c) }).collect()
        })
        .filter(|word: &String| !word.is_empty() && word.chars().all(char::is_alphanumeric))
        .collect();
    list.sort_unstable();
    list.dedup();
    std::fs::write(dir.join(format!("{tag}.txt")), format!("\n{}\n", list.join("\n"))).expect("OUT_DIR is writable");
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    stop_words(&out_dir);
    people(&out_dir);
    // Every character whose fold differs from itself, with its fold (0: dropped).
    let mut pairs: Vec<(u32, u32)> = Vec::new();
    for c in (0x80u32..=0x10FFFF).filter_map(char::from_u32) {
        let folded = fold(c);
        if folded == [c] {
            continue;
        }
        let to = match folded.as_slice() {
            [] => 0,
            [one] => *one as u32,
            more => panic!("{c:?} folds to several characters {more:?}; the table holds one"),
        };
        pairs.push((c as u32, to));
    }

    // Greedy runs: consecutive pairs whose sources step by 1 or 2 and whose
    // targets step by 0, 1 or 2 (case pairs and accented letters come in runs).
    let mut runs: Vec<Run> = Vec::new();
    for &(from, to) in &pairs {
        if let Some(run) = runs.last_mut() {
            let last_from = run.from + (run.len - 1) * run.from_step;
            let last_to = run.to + (run.len - 1) * run.to_step;
            let fits = |from_step: u32, to_step: u32| {
                from == last_from + from_step
                    && (if run.to == 0 { to == 0 } else { to != 0 && to == last_to + to_step })
            };
            if run.len == 1 {
                let from_step = from - run.from;
                let to_step = if run.to == 0 || to < run.to { 9 } else { to - run.to };
                if (1..=2).contains(&from_step) && (to_step <= 2 || (run.to == 0 && to == 0)) {
                    run.from_step = from_step;
                    run.to_step = if run.to == 0 { 0 } else { to_step };
                    run.len = 2;
                    continue;
                }
            } else if run.len < Run::MAX_LEN && fits(run.from_step, run.to_step) {
                run.len += 1;
                continue;
            }
        }
        runs.push(Run { from, len: 1, from_step: 1, to, to_step: 0 });
    }

    let mut code = format!(
        "/// Folding runs ({} characters in {} runs), sorted; see core/build.rs for the packing.\n\
         pub(crate) static FOLD_RUNS: &[u64] = &[\n",
        pairs.len(),
        runs.len()
    );
    for run in &runs {
        writeln!(code, "    {:#x},", run.pack()).unwrap();
    }
    code.push_str("];\n");
    std::fs::write(out_dir.join("fold_table.rs"), code).expect("OUT_DIR is writable");
}
