//! The lint's thresholds, in one place.

/// An answer longer than this many words gets a
/// [`WarningKind::LongAnswer`](super::WarningKind::LongAnswer). The widget
/// opens answers inline under their question; about 350 words is a minute and
/// a half of reading and already several screens on a phone, so a longer
/// answer should be shortened or split into several questions.
pub const MAX_ANSWER_WORDS: usize = 350;

/// A paragraph line that reads like a question
/// ([`WarningKind::LostQuestionMark`](super::WarningKind::LostQuestionMark))
/// is shorter than this many characters; longer lines are prose that happens
/// to start with "When" or "How".
pub const MAX_LOST_QUESTION_CHARS: usize = 100;

/// Two questions that differ in one (non-stop) word are near-duplicates only if
/// both have at least this many words: in short questions one word is most of
/// the meaning ("What is a lipoma?" and "What is a liposarcoma?").
pub const NEAR_DUPLICATE_MIN_WORDS: usize = 5;

/// The one differing word of two near-duplicate questions must be spelled
/// alike: the same first letter and a normalised Damerau–Levenshtein
/// similarity (0 = nothing in common, 1 = equal) of at least this, after
/// stemming. 0.6 accepts "spinal"/"spine", "disc"/"disk" and "tumor"/"tumour",
/// and rejects "back"/"neck", "lump"/"lung" and "lipoma"/"liposarcoma".
pub const MIN_SPELLING_SIMILARITY: f64 = 0.6;
