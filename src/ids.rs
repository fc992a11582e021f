//! How an entry is named outside the widget's state: the element ids of its
//! parts (`{prefix}-{part}-{slug}`) and the links that open it
//! (`…#faq-<slug>`).

use faq_core::Bundle;

/// What a location hash starts with when it links to an entry: `#faq-<slug>`.
pub const HASH_PREFIX: &str = "#faq-";

/// The parts of an entry that carry an element id, `{prefix}-{part}-{slug}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The question button (a care card's heading).
    Question,
    /// The answer panel.
    Answer,
    /// The link shown when the clipboard is unavailable.
    Link,
    /// The thanks shown once "Was this helpful?" is answered.
    Thanks,
}

impl Part {
    fn tag(self) -> &'static str {
        match self {
            Part::Question => "q",
            Part::Answer => "a",
            Part::Link => "link",
            Part::Thanks => "thanks",
        }
    }
}

/// `parts` one after another (smaller in the `.wasm` than `format!`).
fn joined(parts: &[&str]) -> String {
    let mut joined = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    parts.iter().for_each(|p| joined.push_str(p));
    joined
}

/// The element id of `part` of the entry with `slug`, in the widget with `prefix`.
pub fn element_id(prefix: &str, part: Part, slug: &str) -> String {
    joined(&[prefix, "-", part.tag(), "-", slug])
}

/// A CSS selector for [`element_id`]`(prefix, part, slug)`.
pub fn element_selector(prefix: &str, part: Part, slug: &str) -> String {
    joined(&["#", prefix, "-", part.tag(), "-", slug])
}

/// The element id of one of the widget's own elements (`heading`,
/// `search`), in the widget with `prefix`.
pub fn widget_id(prefix: &str, name: &str) -> String {
    joined(&[prefix, "-", name])
}

/// The slug in `id` if it is the id of a `part` in the widget with `prefix`.
pub fn slug_in_id<'a>(prefix: &str, part: Part, id: &'a str) -> Option<&'a str> {
    id.strip_prefix(prefix)?.strip_prefix('-')?.strip_prefix(part.tag())?.strip_prefix('-')
}

/// The entry whose slug is `slug`, if any.
pub fn entry_by_slug(bundle: &Bundle, slug: &str) -> Option<usize> {
    bundle.faq.entries.iter().position(|e| e.slug == slug)
}

/// The entry a location hash (`#faq-<slug>`) links to, if any.
pub fn entry_in_hash(bundle: &Bundle, hash: &str) -> Option<usize> {
    entry_by_slug(bundle, hash.strip_prefix(HASH_PREFIX)?)
}

/// The page's address with `#faq-<slug>`: a link that opens this answer.
pub fn link_to(slug: &str) -> String {
    let href = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    joined(&[href.split('#').next().unwrap_or_default(), HASH_PREFIX, slug])
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;

    #[wasm_bindgen_test]
    fn element_ids_name_their_part_and_give_back_the_slug() {
        assert_eq!(element_id("faq", Part::Answer, "what-are-back-mice"), "faq-a-what-are-back-mice");
        assert_eq!(element_selector("faq", Part::Thanks, "x"), "#faq-thanks-x");
        assert_eq!(widget_id("faq2", "heading"), "faq2-heading");
        assert_eq!(slug_in_id("faq", Part::Answer, "faq-a-what-are-back-mice"), Some("what-are-back-mice"));
        assert_eq!(slug_in_id("faq", Part::Question, "faq-a-what-are-back-mice"), None, "another part");
        assert_eq!(slug_in_id("faq2", Part::Answer, "faq-a-what-are-back-mice"), None, "another widget");
        assert_eq!(slug_in_id("faq", Part::Link, &element_id("faq", Part::Link, "x-y")), Some("x-y"));
    }
}
