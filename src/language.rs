//! The dataset's language, fixed at build time: `build.rs` reads the
//! dataset's `language:` and writes these constants (`$OUT_DIR/language.rs`):
//! [`TAG`], [`RIGHT_TO_LEFT`], [`RULES`] (its search rules: only that
//! stemmer and stop-word list are linked into the `.wasm`) and [`text`],
//! the widget's built-in texts in that language (`texts/<tag>.txt`).

include!(concat!(env!("OUT_DIR"), "/language.rs"));

/// The built-in text of `attribute` in the widget's language, "" for none
/// (`phone`, `appointment-url`): a `const fn`, so `Texts`' defaults are a
/// constant made when compiling, not code.
pub const fn text(attribute: &str) -> &'static str {
    let mut i = 0;
    while i < TEXTS.len() {
        let (name, text) = TEXTS[i];
        if same(name.as_bytes(), attribute.as_bytes()) {
            return text;
        }
        i += 1;
    }
    ""
}

const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The plural category of Intl.PluralRules for `count` in the widget's
/// language ("one", "few", "other", …). Languages whose whole numbers are
/// "one" for 1 and "other" otherwise ([`ONE_OR_OTHER`]) answer without
/// `Intl`: a page's first `Intl` object loads the browser's locale data, a
/// long task on a phone.
pub fn plural_category(count: usize) -> String {
    if ONE_OR_OTHER {
        return if count == 1 { "one" } else { "other" }.to_owned();
    }
    thread_local! {
        static RULES: js_sys::Intl::PluralRules =
            js_sys::Intl::PluralRules::new(&js_sys::Array::of1(&TAG.into()), &js_sys::Object::new());
    }
    RULES.with(|rules| rules.select(count as f64).as_string()).unwrap_or_else(|| "other".to_owned())
}
