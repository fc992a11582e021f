//! How much work the search has done on this thread: query parses and query
//! word expansions. Only with the `count-work` feature, for tests that check
//! one keystroke parses its query once and expands each word once (see
//! `core/tests/work.rs`). Without the feature this module and every call to
//! it are not compiled, so the widget's `.wasm` carries nothing of it.
//!
//! ```
//! let bundle = faq_core::Bundle::new(faq_core::parse_text("What is a lipoma?\nA lump.\n").unwrap(), &faq_core::Synonyms::default());
//! faq_core::work::reset();
//! let _ = bundle.query("what lipoma");
//! // One parse; one expansion ("what" is a stop word).
//! assert_eq!(faq_core::work::counts(), faq_core::work::WorkCounts { parses: 1, expansions: 1 });
//! ```

use std::cell::Cell;

/// The work done on this thread since it started or since [`reset`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WorkCounts {
    /// Queries split into words. [`crate::Bundle::query`] parses its query
    /// once, and once more the correction it checks when nothing matches
    /// (a different query).
    pub parses: u32,
    /// Query words expanded into the dataset words they match (as written,
    /// stem, synonym, prefix, typo): once per distinct word that is not a
    /// stop word, for each query parsed.
    pub expansions: u32,
}

thread_local! {
    static COUNTS: Cell<WorkCounts> = const { Cell::new(WorkCounts { parses: 0, expansions: 0 }) };
}

/// The work done on this thread since it started or since [`reset`].
pub fn counts() -> WorkCounts {
    COUNTS.get()
}

/// Sets this thread's counts to zero.
pub fn reset() {
    COUNTS.set(WorkCounts::default());
}

/// Counts a query parse.
pub(crate) fn parsed() {
    COUNTS.with(|c| c.set(WorkCounts { parses: c.get().parses + 1, ..c.get() }));
}

/// Counts a query word expansion.
pub(crate) fn expanded() {
    COUNTS.with(|c| c.set(WorkCounts { expansions: c.get().expansions + 1, ..c.get() }));
}
