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
    /// The part's word in an element id.
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

/// The link that opens the entry with `slug`: `base` (from [`link_base`])
/// with `#faq-<slug>`.
pub fn link_to(base: &str, slug: &str) -> String {
    joined(&[base, HASH_PREFIX, slug])
}

/// `url` without its fragment, if it is an absolute `http:` or `https:` address.
fn web_address(url: &str) -> Option<&str> {
    let url = url.trim();
    let web = ["https://", "http://"].iter().any(|s| url.get(..s.len()).is_some_and(|p| p.eq_ignore_ascii_case(s)));
    web.then(|| url.split('#').next().unwrap_or(url))
}

/// Whether a web `address` names a page, not just a site: it has a path
/// other than `/`, or a query.
fn names_a_page(address: &str) -> bool {
    let bytes = address.as_bytes();
    // What follows "scheme://host": from its first '/' or '?'.
    let after_scheme = bytes.iter().position(|&b| b == b':').and_then(|i| bytes.get(i + 3..)).unwrap_or_default();
    after_scheme.iter().position(|&b| b == b'/' || b == b'?').is_some_and(|i| &after_scheme[i..] != b"/")
}

/// The address that links to answers start with (the fragment
/// `#faq-<slug>` is added to it), or `None` when there is none worth sharing
/// and "Copy link" is left out. In order:
/// 1. `page_url` (the `page-url` attribute) if it is an absolute `http(s)`
///    address, without its fragment; any other value (relative, another
///    scheme) is ignored, as if it were not set;
/// 2. `document_url` (the widget's own page) if it is an `http(s)` address;
/// 3. `referrer` (`document.referrer`) if it is one and names a page: the
///    page that put the widget in an `about:srcdoc` or `blob:` frame, as site
///    builders do. A referrer cut to its site (`https://clinic.example/`) is
///    not used: browsers send only that from a sandboxed frame by default
///    (referrer policy `strict-origin-when-cross-origin`), and it rarely is
///    the page with the widget;
/// 4. none.
pub fn link_base(page_url: Option<&str>, document_url: &str, referrer: &str) -> Option<String> {
    page_url
        .and_then(web_address)
        .or_else(|| web_address(document_url))
        .or_else(|| web_address(referrer).filter(|r| names_a_page(r)))
        .map(str::to_owned)
}

/// [`link_base`] for this document: its URL and referrer, read now.
pub fn document_link_base(page_url: Option<&str>) -> Option<String> {
    let document = web_sys::window()?.document()?;
    let url = document.url().unwrap_or_default();
    link_base(page_url, &url, &document.referrer())
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

    #[wasm_bindgen_test]
    fn links_are_the_base_with_the_slug_as_fragment() {
        assert_eq!(link_to("https://clinic.example/faq", "x-y"), "https://clinic.example/faq#faq-x-y");
    }

    #[wasm_bindgen_test]
    fn the_page_url_attribute_wins_without_its_fragment() {
        let page = Some("https://clinic.example/questions?lang=en#top");
        assert_eq!(link_base(page, "about:srcdoc", "").as_deref(), Some("https://clinic.example/questions?lang=en"));
        assert_eq!(
            link_base(page, "https://other.example/", "https://referrer.example/").as_deref(),
            Some("https://clinic.example/questions?lang=en"),
            "even on a web page: the clinic says where its FAQ lives"
        );
        assert_eq!(
            link_base(Some(" HTTP://clinic.example/faq "), "about:srcdoc", "").as_deref(),
            Some("HTTP://clinic.example/faq")
        );
    }

    #[wasm_bindgen_test]
    fn a_page_url_that_is_not_a_web_address_is_ignored() {
        for page in ["javascript:alert(1)", "/faq", "faq.html", "", "data:text/html,x", "about:srcdoc"] {
            assert_eq!(
                link_base(Some(page), "https://clinic.example/faq#faq-old", "").as_deref(),
                Some("https://clinic.example/faq"),
                "{page:?}"
            );
            assert_eq!(link_base(Some(page), "about:srcdoc", "").as_deref(), None, "{page:?}");
        }
    }

    #[wasm_bindgen_test]
    fn the_document_url_is_used_when_it_is_a_web_address() {
        assert_eq!(
            link_base(None, "https://clinic.example/faq#faq-what-are-back-mice", "https://search.example/").as_deref(),
            Some("https://clinic.example/faq")
        );
        assert_eq!(link_base(None, "http://localhost:8080/", "").as_deref(), Some("http://localhost:8080/"));
    }

    #[wasm_bindgen_test]
    fn in_a_frame_without_a_web_address_the_referrer_is_used_else_nothing() {
        let host = "https://site-builder.example/clinic/faq";
        assert_eq!(link_base(None, "about:srcdoc", host).as_deref(), Some(host));
        assert_eq!(link_base(None, "blob:https://x.example/1234", host).as_deref(), Some(host));
        assert_eq!(link_base(None, "about:srcdoc", "").as_deref(), None, "no referrer (a no-referrer policy)");
        assert_eq!(link_base(None, "about:blank", "about:srcdoc").as_deref(), None);
        assert_eq!(link_base(None, "file:///home/me/faq.html", "").as_deref(), None);
    }

    #[wasm_bindgen_test]
    fn a_referrer_cut_to_its_site_is_not_used() {
        for site in ["https://site-builder.example/", "http://127.0.0.1:8080/", "https://clinic.example"] {
            assert_eq!(link_base(None, "about:srcdoc", site), None, "{site}");
        }
        for page in ["https://clinic.example/faq", "https://clinic.example/?page=faq", "https://clinic.example?p=2"] {
            assert_eq!(link_base(None, "about:srcdoc", page).as_deref(), Some(page), "{page}");
        }
        assert_eq!(
            link_base(None, "https://clinic.example/", "https://elsewhere.example/").as_deref(),
            Some("https://clinic.example/"),
            "the document's own address may be a site's home page"
        );
    }
}
