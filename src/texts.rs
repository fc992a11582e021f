//! The widget's visible texts, overridable per instance for translation, and
//! the one way their templates are filled.
//!
//! Every text is declared once, in the table given to `texts!` below: its
//! field, its attribute on `<faq-widget>` and its doc. Its default is the
//! built-in text in the dataset's language (`texts/<tag>.txt`, chosen by
//! build.rs: [`crate::language::text`]); `phone` and `appointment-url` have
//! none.
//! The table makes [`Texts`], its `Default`, [`Texts::ATTRIBUTES`] and
//! [`Texts::set`]. `embed/element.js` lists the same attributes in its
//! `observedAttributes`; a test in `src/embed.rs` checks the two lists agree.

use yew::{html, AttrValue, Html};

/// Declares the texts: `field: "attribute",` each with its doc.
macro_rules! texts {
    ($($(#[doc = $doc:literal])+ $field:ident: $attribute:literal,)+) => {
        /// Every text the widget shows that is not from the dataset. A `{name}`
        /// in a template is replaced by its value ([`fill`], [`fill_html`]);
        /// the query is always inserted as text, never as HTML.
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct Texts {
            $(
                $(#[doc = $doc])+
                #[doc = concat!(" (Attribute `", $attribute, "`.)")]
                pub $field: AttrValue,
            )+
        }

        impl Default for Texts {
            /// The built-in texts of the dataset's language.
            fn default() -> Self {
                Self::BUILT_IN
            }
        }

        impl Texts {
            /// The built-in texts, looked up when compiling.
            const BUILT_IN: Texts = Texts { $($field: AttrValue::Static(crate::language::text($attribute)),)+ };

            /// The attribute names, one per field, in the table's order.
            pub const ATTRIBUTES: &'static [&'static str] = &[$($attribute,)+];

            /// The fields, in the order of [`Texts::ATTRIBUTES`].
            fn fields_mut(&mut self) -> [&mut AttrValue; Self::ATTRIBUTES.len()] {
                [$(&mut self.$field,)+]
            }
        }
    };
}

texts! {
    /// The widget's heading.
    heading: "heading",
    /// The search box's visible label.
    search_label: "search-label",
    /// The search box's placeholder.
    placeholder: "placeholder",
    /// The accessible name of the group of topic chips.
    topics_label: "topics-label",
    /// Shown when nothing matches; may contain `{query}`.
    empty: "empty-text",
    /// Offered when nothing matches but a correction would; `{suggestion}`
    /// becomes a button with the corrected query.
    suggest: "suggest-text",
    /// Above a search's results when no entry has all its words, so that
    /// they are only the closest ones.
    relaxed: "relaxed-text",
    /// Above a search's results when the query as typed found nothing and
    /// they are a corrected one's; `{suggestion}` is the corrected query.
    corrected: "corrected-text",
    /// The button that clears the search.
    clear: "clear-text",
    /// The button that opens every shown answer.
    show_all: "show-all-text",
    /// The same button once they are all open.
    hide_all: "hide-all-text",
    /// The button under an open answer that copies its link.
    copy: "copy-text",
    /// Announced once the link is copied.
    copied: "copied-text",
    /// Label of the selected link when the clipboard is unavailable.
    copy_fallback: "copy-fallback-text",
    /// Status when not searching; may contain `{count}`.
    count_all: "count-all",
    /// Status when one entry matches.
    count_one: "count-one",
    /// Status when several entries match; may contain `{count}`.
    count_many: "count-many",
    /// Status when nothing matches.
    count_none: "count-none",
    /// The button under a long list that renders more of it; `{count}` is how
    /// many it adds, `{shown}` and `{total}` how many are rendered of how many.
    more: "more-text",
    /// The label in front of a red-flag card's question (among a search's results).
    urgent_label: "urgent-label",
    /// The heading of the block of red-flag questions shown at rest (no search, no topic).
    urgent_heading: "urgent-heading",
    /// After a search's results: above links to the red-flag questions it does not show.
    other_urgent: "other-urgent-text",
    /// A phone number: red-flag cards offer to call it (a `tel:` link); empty for none.
    phone: "phone",
    /// The call link's text; `{phone}` is the number.
    call: "call-text",
    /// An `https:` (or relative) address where patients book: red-flag cards
    /// link to it; empty for none.
    appointment_url: "appointment-url",
    /// The booking link's text.
    book: "book-text",
    /// The review line; `{reviewer}` and `{date}` come from the dataset's front matter.
    reviewed: "reviewed-text",
    /// The review line when the front matter names no reviewer.
    reviewed_on: "reviewed-on-text",
    /// The review line when the front matter gives no date.
    reviewed_by: "reviewed-by-text",
    /// Under the list: what the answers are not.
    disclaimer: "disclaimer-text",
    /// The question under each open answer.
    feedback: "feedback-text",
    /// Its first button.
    yes: "yes-text",
    /// Its second button.
    no: "no-text",
    /// Shown (and announced) once a patient answers.
    thanks: "thanks-text",
}

impl Texts {
    /// Replaces the text named by `attribute` (one of [`Texts::ATTRIBUTES`]);
    /// other names are ignored.
    pub fn set(&mut self, attribute: &str, value: String) {
        if let Some(i) = Self::ATTRIBUTES.iter().position(|&a| a == attribute) {
            *self.fields_mut()[i] = value.into();
        }
    }

    /// The "Show more" button's label: `count` more, `shown` of `total` rendered.
    pub fn more(&self, count: usize, shown: usize, total: usize) -> String {
        let (count, shown, total) = (count.to_string(), shown.to_string(), total.to_string());
        fill(&self.more, &["count", "shown", "total"], &[&count, &shown, &total])
    }

    /// The status line for `count` shown entries (the count texts' variant
    /// for its plural category: [`plural`]).
    pub fn status(&self, count: usize, searching: bool) -> String {
        let template = match (searching, count) {
            (false, _) => &self.count_all,
            (true, 0) => &self.count_none,
            (true, 1) => &self.count_one,
            (true, _) => &self.count_many,
        };
        // Only a text with variants needs the category (Intl, in some languages).
        let template =
            if has_variants(template) { plural(template, &crate::language::plural_category(count)) } else { template };
        fill(template, &["count"], &[&count.to_string()])
    }
}

/// Whether a count text has a variant per plural category (see [`plural`]):
/// it starts with `[`.
fn has_variants(template: &str) -> bool {
    template.as_bytes().first() == Some(&b'[')
}

/// The variant of a count text for a plural category of Intl.PluralRules:
/// `[one] {count} question [other] {count} questions` has one per category,
/// each after its name in brackets. The `[other]` variant if there is none
/// for `category`; a text without variants is its own.
pub fn plural<'t>(template: &'t str, category: &str) -> &'t str {
    if !has_variants(template) {
        return template;
    }
    let (mut rest, mut other) = (&template[1..], None);
    while let Some((name, after)) = rest.split_once(']') {
        let (text, next) = after.split_once('[').unwrap_or((after, ""));
        if name == category {
            return text.trim();
        }
        if name == "other" {
            other = Some(text.trim());
        }
        rest = next;
    }
    other.unwrap_or(template)
}

/// A piece of a template, from [`pieces`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Text, shown as it is.
    Text(&'a str),
    /// A placeholder: the index of its name among those given.
    Value(usize),
}

/// Calls `each` with the pieces of `template`, in order: its text, cut at
/// every `{name}` whose `name` is among `names` (anything else in braces
/// stays text). The one template parser: [`fill`] and [`fill_html`] put
/// values in its holes.
pub fn pieces<'a>(template: &'a str, names: &[&str], each: &mut dyn FnMut(Piece<'a>)) {
    let (mut text_from, mut at) = (0, 0);
    while let Some(open) = template.as_bytes()[at..].iter().position(|&b| b == b'{').map(|i| at + i) {
        let after = &template[open + 1..];
        let name =
            names.iter().position(|n| after.strip_prefix(n).is_some_and(|rest| rest.as_bytes().first() == Some(&b'}')));
        at = open + 1;
        if let Some(i) = name {
            if text_from < open {
                each(Piece::Text(&template[text_from..open]));
            }
            each(Piece::Value(i));
            at += names[i].len() + 1;
            text_from = at;
        }
    }
    if text_from < template.len() {
        each(Piece::Text(&template[text_from..]));
    }
}

/// `template` with each `{name}` (the `i`th of `names`) replaced by
/// `values[i]`, as text.
pub fn fill(template: &str, names: &[&str], values: &[&str]) -> String {
    let mut filled = String::new();
    pieces(template, names, &mut |piece| {
        filled.push_str(match piece {
            Piece::Text(text) => text,
            Piece::Value(i) => values[i],
        })
    });
    filled
}

/// `template` with each `{name}` (the `i`th of `names`) replaced by
/// `values[i]`, which may be an element; the template's own text stays text.
pub fn fill_html(template: &str, names: &[&str], values: &[Html]) -> Html {
    let mut nodes = Vec::new();
    pieces(template, names, &mut |piece| {
        nodes.push(match piece {
            Piece::Text(text) => html! { { text } },
            Piece::Value(i) => values[i].clone(),
        })
    });
    crate::components::list(nodes)
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;

    #[wasm_bindgen_test]
    fn status_uses_the_right_template() {
        let t = Texts::default();
        assert_eq!(t.status(45, false), "45 questions");
        assert_eq!(t.status(0, true), "No questions match");
        assert_eq!(t.status(1, true), "1 question matches");
        assert_eq!(t.status(7, true), "7 questions match");
        assert_eq!(t.more(20, 40, 1200), "Show 20 more (40 of 1200 shown)");
    }

    #[wasm_bindgen_test]
    fn count_texts_have_a_variant_per_plural_category() {
        let template = "[zero] none [one] {count} question [two] a pair [other] {count} questions";
        assert_eq!(plural(template, "one"), "{count} question");
        assert_eq!(plural(template, "two"), "a pair");
        assert_eq!(plural(template, "few"), "{count} questions", "no [few]: [other]");
        assert_eq!(plural("{count} questions", "one"), "{count} questions", "no variants");
        let mut t = Texts::default();
        t.set("count-all", "[one] {count} entrada [other] {count} entradas".into());
        assert_eq!((t.status(1, false), t.status(2, false)), ("1 entrada".into(), "2 entradas".into()));
    }

    #[wasm_bindgen_test]
    fn every_text_but_the_contact_details_has_a_built_in_default() {
        let texts = Texts::default();
        let mut empty: Vec<&str> = Texts::ATTRIBUTES
            .iter()
            .copied()
            .filter(|&attribute| {
                let mut probe = texts.clone();
                probe.set(attribute, String::new());
                probe == texts
            })
            .collect();
        empty.sort_unstable();
        assert_eq!(empty, ["appointment-url", "phone"]);
    }

    #[wasm_bindgen_test]
    fn attributes_override_texts() {
        let mut t = Texts::default();
        t.set("count-many", "{count} preguntas".into());
        t.set("topics-label", "Temas".into());
        t.set("unknown", "ignored".into());
        assert_eq!(t.status(3, true), "3 preguntas");
        assert_eq!(
            t,
            Texts { count_many: "{count} preguntas".into(), topics_label: "Temas".into(), ..Texts::default() }
        );
    }

    #[wasm_bindgen_test]
    fn every_attribute_sets_a_field_of_its_own() {
        let each: Vec<Texts> = Texts::ATTRIBUTES
            .iter()
            .map(|name| {
                let mut t = Texts::default();
                t.set(name, "set".into());
                t
            })
            .collect();
        for (i, t) in each.iter().enumerate() {
            let name = Texts::ATTRIBUTES[i];
            assert_ne!(*t, Texts::default(), "{name} sets nothing");
            assert!(each[..i].iter().all(|other| other != t), "{name} sets the field of an attribute before it");
        }
    }

    #[wasm_bindgen_test]
    fn templates_are_cut_at_the_names_given_only() {
        use Piece::*;
        let cut = |template, names: &[&str]| {
            let mut all = Vec::new();
            pieces(template, names, &mut |piece| all.push(piece));
            all
        };
        assert_eq!(cut("{count} of {total}", &["total", "count"]), [Value(1), Text(" of "), Value(0)]);
        assert_eq!(cut("{a}{a}", &["a"]), [Value(0), Value(0)]);
        assert_eq!(cut("{other} {a", &["a"]), [Text("{other} {a")]);
        assert_eq!(cut("{{a}}", &["a"]), [Text("{"), Value(0), Text("}")]);
        assert_eq!(cut("“{query}”", &["query"]), [Text("“"), Value(0), Text("”")]);
        assert_eq!(cut("", &["a"]), []);
    }

    #[wasm_bindgen_test]
    fn fill_puts_values_in_once_and_never_fills_a_value() {
        assert_eq!(fill("Call {phone} or {phone}", &["phone"], &["0161"]), "Call 0161 or 0161");
        assert_eq!(fill("{a} {b}", &["a", "b"], &["{b}", "x"]), "{b} x", "a value is not a template");
        assert_eq!(fill("No placeholder", &["a"], &["x"]), "No placeholder");
    }
}
