//! Generates the folding tables used by `text::fold` from the Unicode data in
//! the `unicode-normalization` crate and the standard library, so that the
//! widget's `.wasm` carries two small tables instead of the standard library's
//! case tables and a decomposition table.
//!
//! Folding a character: lowercase it (Unicode default case mapping), then for
//! each resulting character, if its canonical decomposition is a base character
//! followed only by combining diacritical marks, keep the base ("É" → "e",
//! "ά" → "α", "Ệ" → "e"); a combining diacritical mark on its own is dropped.
//! The tables list every character whose fold differs from itself.

use std::fmt::Write;
use std::path::PathBuf;

use unicode_normalization::char::decompose_canonical;

/// The combining diacritical mark blocks; marks of other scripts (Devanagari
/// vowel signs, say) are parts of letters, not accents, and are kept.
fn is_diacritic(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
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

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let (mut bmp, mut astral) = (String::new(), String::new());
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
        let (table, cp) = (if c as u32 <= 0xFFFF { &mut bmp } else { &mut astral }, c as u32);
        writeln!(table, "    ({cp:#x}, {to:#x}),").unwrap();
    }
    let code = format!(
        "/// Basic Multilingual Plane characters whose fold differs: (from, to or 0 to drop), sorted.\n\
         pub(crate) static FOLD_BMP: &[(u16, u16)] = &[\n{bmp}];\n\
         /// The same for the other planes.\n\
         pub(crate) static FOLD_ASTRAL: &[(u32, u32)] = &[\n{astral}];\n"
    );
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("fold_table.rs");
    std::fs::write(out, code).expect("OUT_DIR is writable");
}
