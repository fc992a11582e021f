//! The widget's visible texts, overridable per instance for translation.

use yew::AttrValue;

/// Every text the widget shows that is not from the dataset. `{count}` and
/// `{query}` in a template are replaced by the number and the typed query
/// (the query always as text, never as HTML).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Texts {
    /// The widget's heading (attribute `heading`).
    pub heading: AttrValue,
    /// The search box's visible label (`search-label`).
    pub search_label: AttrValue,
    /// The search box's placeholder (`placeholder`).
    pub placeholder: AttrValue,
    /// Shown when nothing matches; may contain `{query}` (`empty-text`).
    pub empty: AttrValue,
    /// Offered when nothing matches but a correction would; `{suggestion}`
    /// becomes a button with the corrected query (`suggest-text`).
    pub suggest: AttrValue,
    /// The button that clears the search (`clear-text`).
    pub clear: AttrValue,
    /// The button that opens every shown answer (`show-all-text`).
    pub show_all: AttrValue,
    /// The same button once they are all open (`hide-all-text`).
    pub hide_all: AttrValue,
    /// The button under an open answer that copies its link (`copy-text`).
    pub copy: AttrValue,
    /// Announced once the link is copied (`copied-text`).
    pub copied: AttrValue,
    /// Label of the selected link when the clipboard is unavailable (`copy-fallback-text`).
    pub copy_fallback: AttrValue,
    /// Status when not searching; may contain `{count}` (`count-all`).
    pub count_all: AttrValue,
    /// Status when one entry matches (`count-one`).
    pub count_one: AttrValue,
    /// Status when several entries match; may contain `{count}` (`count-many`).
    pub count_many: AttrValue,
    /// Status when nothing matches (`count-none`).
    pub count_none: AttrValue,
    /// The button under a long list that renders more of it; `{count}` is how
    /// many it adds, `{shown}` and `{total}` how many are rendered of how
    /// many (`more-text`).
    pub more: AttrValue,
    /// The label in front of a red-flag card's question (`urgent-label`).
    pub urgent_label: AttrValue,
    /// Above links to the red-flag questions a search or topic hides (`other-urgent-text`).
    pub other_urgent: AttrValue,
    /// A phone number: red-flag cards offer to call it (a `tel:` link); empty for none (`phone`).
    pub phone: AttrValue,
    /// The call link's text; `{phone}` is the number (`call-text`).
    pub call: AttrValue,
    /// An `https:` (or relative) address where patients book: red-flag cards link to it; empty for none (`appointment-url`).
    pub appointment_url: AttrValue,
    /// The booking link's text (`book-text`).
    pub book: AttrValue,
    /// The review line; `{reviewer}` and `{date}` come from the dataset's front matter (`reviewed-text`).
    pub reviewed: AttrValue,
    /// The review line when the front matter names no reviewer (`reviewed-on-text`).
    pub reviewed_on: AttrValue,
    /// The review line when the front matter gives no date (`reviewed-by-text`).
    pub reviewed_by: AttrValue,
    /// Under the list: what the answers are not (`disclaimer-text`).
    pub disclaimer: AttrValue,
    /// The question under each open answer (`feedback-text`).
    pub feedback: AttrValue,
    /// Its first button (`yes-text`).
    pub yes: AttrValue,
    /// Its second button (`no-text`).
    pub no: AttrValue,
    /// Shown (and announced) once a patient answers (`thanks-text`).
    pub thanks: AttrValue,
}

impl Default for Texts {
    fn default() -> Self {
        Texts {
            heading: "Frequently asked questions".into(),
            search_label: "Search the questions".into(),
            placeholder: "For example: lump, cyst, back pain".into(),
            empty: "No questions match “{query}”. Try other words, or clear the search to see every question.".into(),
            suggest: "Did you mean {suggestion}?".into(),
            clear: "Clear search".into(),
            show_all: "Show all answers".into(),
            hide_all: "Hide all answers".into(),
            copy: "Copy link".into(),
            copied: "Link copied".into(),
            copy_fallback: "Press Ctrl+C (⌘C on a Mac) to copy this link:".into(),
            count_all: "{count} questions".into(),
            count_one: "1 question matches".into(),
            count_many: "{count} questions match".into(),
            count_none: "No questions match".into(),
            more: "Show {count} more ({shown} of {total} shown)".into(),
            urgent_label: "Urgent advice:".into(),
            other_urgent: "Warning signs to know about:".into(),
            phone: "".into(),
            call: "Call {phone}".into(),
            appointment_url: "".into(),
            book: "Book an appointment".into(),
            reviewed: "Reviewed by {reviewer} on {date}.".into(),
            reviewed_on: "Last reviewed on {date}.".into(),
            reviewed_by: "Reviewed by {reviewer}.".into(),
            disclaimer: "This information does not replace a consultation with a doctor. If you are worried, or your symptoms are severe or getting worse, contact your doctor or emergency services.".into(),
            feedback: "Was this helpful?".into(),
            yes: "Yes".into(),
            no: "No".into(),
            thanks: "Thank you for your feedback.".into(),
        }
    }
}

impl Texts {
    /// The attribute names, in the order of [`Texts::set`]'s fields.
    pub const ATTRIBUTES: [&'static str; 30] = [
        "heading",
        "search-label",
        "placeholder",
        "empty-text",
        "suggest-text",
        "clear-text",
        "show-all-text",
        "hide-all-text",
        "copy-text",
        "copied-text",
        "copy-fallback-text",
        "count-all",
        "count-one",
        "count-many",
        "count-none",
        "more-text",
        "urgent-label",
        "other-urgent-text",
        "phone",
        "call-text",
        "appointment-url",
        "book-text",
        "reviewed-text",
        "reviewed-on-text",
        "reviewed-by-text",
        "disclaimer-text",
        "feedback-text",
        "yes-text",
        "no-text",
        "thanks-text",
    ];

    /// Replaces the text named by `attribute` (one of [`Texts::ATTRIBUTES`]);
    /// other names are ignored.
    pub fn set(&mut self, attribute: &str, value: String) {
        let slot = match attribute {
            "heading" => &mut self.heading,
            "search-label" => &mut self.search_label,
            "placeholder" => &mut self.placeholder,
            "empty-text" => &mut self.empty,
            "suggest-text" => &mut self.suggest,
            "clear-text" => &mut self.clear,
            "show-all-text" => &mut self.show_all,
            "hide-all-text" => &mut self.hide_all,
            "copy-text" => &mut self.copy,
            "copied-text" => &mut self.copied,
            "copy-fallback-text" => &mut self.copy_fallback,
            "count-all" => &mut self.count_all,
            "count-one" => &mut self.count_one,
            "count-many" => &mut self.count_many,
            "count-none" => &mut self.count_none,
            "more-text" => &mut self.more,
            "urgent-label" => &mut self.urgent_label,
            "other-urgent-text" => &mut self.other_urgent,
            "phone" => &mut self.phone,
            "call-text" => &mut self.call,
            "appointment-url" => &mut self.appointment_url,
            "book-text" => &mut self.book,
            "reviewed-text" => &mut self.reviewed,
            "reviewed-on-text" => &mut self.reviewed_on,
            "reviewed-by-text" => &mut self.reviewed_by,
            "disclaimer-text" => &mut self.disclaimer,
            "feedback-text" => &mut self.feedback,
            "yes-text" => &mut self.yes,
            "no-text" => &mut self.no,
            "thanks-text" => &mut self.thanks,
            _ => return,
        };
        *slot = value.into();
    }

    /// The "Show more" button's label: `count` more, `shown` of `total` rendered.
    pub fn more(&self, count: usize, shown: usize, total: usize) -> String {
        self.more
            .replace("{count}", &count.to_string())
            .replace("{shown}", &shown.to_string())
            .replace("{total}", &total.to_string())
    }

    /// The status line for `count` shown entries.
    pub fn status(&self, count: usize, searching: bool) -> String {
        let template = match (searching, count) {
            (false, _) => &self.count_all,
            (true, 0) => &self.count_none,
            (true, 1) => &self.count_one,
            (true, _) => &self.count_many,
        };
        template.replace("{count}", &count.to_string())
    }
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
    }

    #[wasm_bindgen_test]
    fn attributes_override_texts() {
        let mut t = Texts::default();
        t.set("count-many", "{count} preguntas".into());
        t.set("unknown", "ignored".into());
        assert_eq!(t.status(3, true), "3 preguntas");
        assert_eq!(t, Texts { count_many: "{count} preguntas".into(), ..Texts::default() });
    }
}
