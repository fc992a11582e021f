//! The widget's visible texts, overridable per instance for translation, and
//! the one way their templates are filled.
//!
//! Every text is declared once, in the table given to `texts!` below: its
//! field, its attribute on `<faq-widget>`, its English default and its doc.
//! The table makes [`Texts`], its `Default`, [`Texts::ATTRIBUTES`] and
//! [`Texts::set`]. `embed/element.js` lists the same attributes in its
//! `observedAttributes`; a test in `src/embed.rs` checks the two lists agree.

use yew::{html, AttrValue, Html};

/// Declares the texts: `field: "attribute" = "default",` each with its doc.
macro_rules! texts {
    ($($(#[doc = $doc:literal])+ $field:ident: $attribute:literal = $default:literal,)+) => {
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
            fn default() -> Self {
                Texts { $($field: AttrValue::Static($default),)+ }
            }
        }

        impl Texts {
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
    heading: "heading" = "Frequently asked questions",
    /// The search box's visible label.
    search_label: "search-label" = "Search the questions",
    /// The search box's placeholder.
    placeholder: "placeholder" = "For example: lump, cyst, back pain",
    /// The accessible name of the group of topic chips.
    topics_label: "topics-label" = "Topics",
    /// Shown when nothing matches; may contain `{query}`.
    empty: "empty-text" = "No questions match “{query}”. Try other words, or clear the search to see every question.",
    /// Offered when nothing matches but a correction would; `{suggestion}`
    /// becomes a button with the corrected query.
    suggest: "suggest-text" = "Did you mean {suggestion}?",
    /// Above a search's results when no entry has all its words, so that
    /// they are only the closest ones.
    relaxed: "relaxed-text" = "No answer has all your words; the closest:",
    /// The button that clears the search.
    clear: "clear-text" = "Clear search",
    /// The button that opens every shown answer.
    show_all: "show-all-text" = "Show all answers",
    /// The same button once they are all open.
    hide_all: "hide-all-text" = "Hide all answers",
    /// The button under an open answer that copies its link.
    copy: "copy-text" = "Copy link",
    /// Announced once the link is copied.
    copied: "copied-text" = "Link copied",
    /// Label of the selected link when the clipboard is unavailable.
    copy_fallback: "copy-fallback-text" = "Press Ctrl+C (⌘C on a Mac) to copy this link:",
    /// Status when not searching; may contain `{count}`.
    count_all: "count-all" = "{count} questions",
    /// Status when one entry matches.
    count_one: "count-one" = "1 question matches",
    /// Status when several entries match; may contain `{count}`.
    count_many: "count-many" = "{count} questions match",
    /// Status when nothing matches.
    count_none: "count-none" = "No questions match",
    /// The button under a long list that renders more of it; `{count}` is how
    /// many it adds, `{shown}` and `{total}` how many are rendered of how many.
    more: "more-text" = "Show {count} more ({shown} of {total} shown)",
    /// The label in front of a red-flag card's question (among a search's results).
    urgent_label: "urgent-label" = "Urgent advice:",
    /// The heading of the block of red-flag questions shown at rest (no search, no topic).
    urgent_heading: "urgent-heading" = "Urgent advice",
    /// After a search's results: above links to the red-flag questions it does not show.
    other_urgent: "other-urgent-text" = "Warning signs to know about:",
    /// A phone number: red-flag cards offer to call it (a `tel:` link); empty for none.
    phone: "phone" = "",
    /// The call link's text; `{phone}` is the number.
    call: "call-text" = "Call {phone}",
    /// An `https:` (or relative) address where patients book: red-flag cards
    /// link to it; empty for none.
    appointment_url: "appointment-url" = "",
    /// The booking link's text.
    book: "book-text" = "Book an appointment",
    /// The review line; `{reviewer}` and `{date}` come from the dataset's front matter.
    reviewed: "reviewed-text" = "Reviewed by {reviewer} on {date}.",
    /// The review line when the front matter names no reviewer.
    reviewed_on: "reviewed-on-text" = "Last reviewed on {date}.",
    /// The review line when the front matter gives no date.
    reviewed_by: "reviewed-by-text" = "Reviewed by {reviewer}.",
    /// Under the list: what the answers are not.
    disclaimer: "disclaimer-text" = "This information does not replace a consultation with a doctor. If you are worried, or your symptoms are severe or getting worse, contact your doctor or emergency services.",
    /// The question under each open answer.
    feedback: "feedback-text" = "Was this helpful?",
    /// Its first button.
    yes: "yes-text" = "Yes",
    /// Its second button.
    no: "no-text" = "No",
    /// Shown (and announced) once a patient answers.
    thanks: "thanks-text" = "Thank you for your feedback.",
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

    /// The status line for `count` shown entries.
    pub fn status(&self, count: usize, searching: bool) -> String {
        let template = match (searching, count) {
            (false, _) => &self.count_all,
            (true, 0) => &self.count_none,
            (true, 1) => &self.count_one,
            (true, _) => &self.count_many,
        };
        fill(template, &["count"], &[&count.to_string()])
    }
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
        let name = names.iter().position(|n| after.strip_prefix(n).is_some_and(|rest| rest.starts_with('}')));
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
    Html::from_iter(nodes)
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
