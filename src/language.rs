//! The dataset's language, fixed at build time: `build.rs` reads the
//! dataset's `language:` and writes these constants (`$OUT_DIR/language.rs`):
//! [`TAG`], [`RIGHT_TO_LEFT`], [`RULES`] (its search rules: only that
//! stemmer and stop-word list are linked into the `.wasm`) and [`TEXTS`],
//! the widget's built-in texts in that language (`texts/<tag>.txt`).

include!(concat!(env!("OUT_DIR"), "/language.rs"));

/// The plural category of Intl.PluralRules for `count` in the widget's
/// language ("one", "few", "other", …). Languages whose whole numbers are
/// "one" for 1 and "other" otherwise answer without `Intl`: a page's first
/// `Intl` object loads the browser's locale data, a long task on a phone.
pub fn plural_category(count: usize) -> String {
    const ONE_OR_OTHER: &[&str] = &["en", "de", "nl", "sv", "da", "no", "nb", "nn", "fi", "et", "hu", "tr", "el"];
    let primary = TAG.split('-').next().unwrap_or(TAG);
    if ONE_OR_OTHER.contains(&primary) {
        return if count == 1 { "one" } else { "other" }.to_owned();
    }
    thread_local! {
        static RULES: js_sys::Intl::PluralRules =
            js_sys::Intl::PluralRules::new(&js_sys::Array::of1(&TAG.into()), &js_sys::Object::new());
    }
    RULES.with(|rules| rules.select(count as f64).as_string()).unwrap_or_else(|| "other".to_owned())
}
