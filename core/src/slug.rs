//! Stable, unique slugs for entries, derived from their questions.

use std::collections::HashSet;

use crate::model::Entry;
use crate::text::words;

/// The longest slug, in bytes, before the collision suffix; cut at a word boundary.
const MAX_SLUG_LEN: usize = 60;

/// The slug of one question: its folded words joined by `-`, at most
/// [`MAX_SLUG_LEN`] bytes (cut between words), or `question` if it has no words.
pub(crate) fn slug_of(question: &str) -> String {
    let mut slug = String::new();
    for (_, word) in words(question) {
        let extra = if slug.is_empty() { word.len() } else { word.len() + 1 };
        if slug.len() + extra > MAX_SLUG_LEN {
            if slug.is_empty() {
                // One very long word: cut it on a char boundary.
                slug.extend(word.chars().scan(0, |len, c| {
                    *len += c.len_utf8();
                    (*len <= MAX_SLUG_LEN).then_some(c)
                }));
            }
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(&word);
    }
    if slug.is_empty() {
        slug.push_str("question");
    }
    slug
}

/// Gives every entry its slug, in order. Two questions with the same slug keep
/// file order: the first gets the plain slug, later ones `-2`, `-3`, … (skipping
/// any suffix another question already uses), so slugs depend only on the
/// questions and their order.
///
/// ```
/// use faq_core::parse_text;
/// // Slugs stop at 60 bytes, so these two long questions collide.
/// let faq = parse_text(
///     "How long does it take to recover from surgery to remove a lipoma on the back?\nWeeks.\n\
///      How long does it take to recover from surgery to remove a lipoma on the arm?\nDays.\n",
/// )
/// .unwrap();
/// let slugs: Vec<&str> = faq.entries.iter().map(|e| e.slug.as_str()).collect();
/// assert_eq!(slugs, [
///     "how-long-does-it-take-to-recover-from-surgery-to-remove-a",
///     "how-long-does-it-take-to-recover-from-surgery-to-remove-a-2",
/// ]);
/// ```
pub fn assign_slugs(entries: &mut [Entry]) {
    let bases: Vec<String> = entries.iter().map(|e| slug_of(&e.question)).collect();
    // Plain slugs are reserved first so a suffixed slug never takes one.
    let all_plain: HashSet<&str> = bases.iter().map(String::as_str).collect();
    let mut unused_plain = all_plain.clone();
    let mut taken: HashSet<String> = HashSet::new();
    for (entry, base) in entries.iter_mut().zip(&bases) {
        let slug = if unused_plain.remove(base.as_str()) {
            base.clone()
        } else {
            (2..)
                .map(|n| format!("{base}-{n}"))
                .find(|candidate| !taken.contains(candidate) && !all_plain.contains(candidate.as_str()))
                .expect("an unbounded range always yields a free suffix")
        };
        taken.insert(slug.clone());
        entry.slug = slug;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(question: &str) -> Entry {
        Entry {
            slug: String::new(),
            question: question.into(),
            answer: Vec::new(),
            line: 1,
            topic: None,
            urgent: false,
        }
    }

    fn slugs(questions: &[&str]) -> Vec<String> {
        let mut entries: Vec<Entry> = questions.iter().map(|q| entry(q)).collect();
        assign_slugs(&mut entries);
        entries.into_iter().map(|e| e.slug).collect()
    }

    #[test]
    fn slug_folds_case_accents_and_punctuation() {
        assert_eq!(slug_of("What’s an Épisacral Lipoma?"), "whats-an-episacral-lipoma");
    }

    #[test]
    fn long_questions_are_cut_between_words() {
        let slug = slug_of("How can you tell the difference between lipoma and liposarcoma in adults?");
        assert_eq!(slug, "how-can-you-tell-the-difference-between-lipoma-and");
        assert!(slug.len() <= MAX_SLUG_LEN);
    }

    #[test]
    fn a_question_without_words_gets_a_fallback() {
        assert_eq!(slug_of("🙂?"), "question");
    }

    #[test]
    fn collisions_get_numbered_suffixes_in_file_order() {
        assert_eq!(slugs(&["Is it bad?", "Is it bad!?", "IS IT BAD?"]), ["is-it-bad", "is-it-bad-2", "is-it-bad-3"]);
    }

    #[test]
    fn a_suffix_never_steals_another_questions_plain_slug() {
        // "Is it bad 2?" owns "is-it-bad-2", so the second "Is it bad?" must skip it.
        assert_eq!(slugs(&["Is it bad?", "Is it bad?", "Is it bad 2?"]), ["is-it-bad", "is-it-bad-3", "is-it-bad-2"]);
    }
}
