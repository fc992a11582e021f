//! Which hits a query keeps: the strict rule, and the relaxed one when
//! nothing passes it.

use super::hit::Hit;

/// How the query's words matched the dataset: bit `i` of each set is about
/// word `i` (there are at most [`super::query::MAX_QUERY_WORDS`]).
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Words {
    /// How many words the query has.
    pub(super) count: u32,
    /// The distinctive ones: found in at most half of the entries. A word
    /// the dataset lacks counts too: it narrows the search to nothing.
    pub(super) strong: u16,
    /// The ones that matched some entry, by any route.
    pub(super) known: u16,
    /// The ones that matched some entry firmly (see [`Hit::firm`]).
    pub(super) firm: u16,
    /// The distinctive ones firmly in some entry's question, not only
    /// through a synonym: they name a topic of the dataset (see [`Hit::named`]).
    pub(super) topic: u16,
    /// The numbers (digits only): if the dataset lacks one, it is no
    /// evidence that the query is about something else.
    pub(super) number: u16,
    /// The distinctive ones found wherever another one is, which count in
    /// no question (see `order::implied_words_out_of_questions`).
    pub(super) implied: u16,
    /// The ones the dataset has only through a synonym standing in for them.
    pub(super) stand_in: u16,
}

/// Keeps the hits the query asks for; returns whether the relaxed rule chose
/// them.
///
/// **Strict**: one- and two-word queries must match every word, longer ones
/// all but one, where a common word counts as matched; but an entry must
/// match a distinctive word if the query has any. An entry a longer query
/// names ([`Hit::named`]: it has every distinctive query word that is in some
/// question, one in its own) passes too: the words no question has are
/// incidental ("leads", "forming" in "what leads to cysts forming on the spine").
/// But when no word of the query is in any question, an entry without one
/// of them must have one in its question: "blood pressure medication" has
/// each word in some answer, two in one about painful lipomas ("pressure",
/// "blood vessels"), and is about none of them.
///
/// **Relaxed**, when no entry passes: if the query is about the dataset's
/// topics, the entries matching any of its distinctive words are kept (they
/// rank by how many they match). It is when the evidence for outweighs the
/// evidence against: each distinctive word the dataset has firmly (as
/// written, by stem or derivation, through a synonym) counts for, each word
/// it never uses counts against, and a word it has only as a typo or a
/// prefix counts half against (it may be another word altogether). Numbers
/// and common words count neither way. So a word the dataset lacks does not
/// veto a question about its topics ("how long is recovery after removal"),
/// while a query with no more distinctive words than unknown ones ("sore
/// throat", "early signs of pregnancy"), or only common ones ("back pain in
/// pregnancy"), is not supported by either rule; nor is a query of words the
/// dataset has, none in a question (nothing says it is about its topics),
/// unless it also has words the dataset lacks and three or more of its
/// distinctive words are in the dataset ("pinched nerve in my neck hurts
/// down my arm"; not "high blood pressure"), one reached only through a
/// synonym counting half.
/// But for a tie of two or more words each way where the words for name an
/// entry ([`Hit::named`]: "massage sore next day" names "Why do I feel sore
/// after a massage?"): a patient's two topic words in one question outweigh
/// words about when.
///
/// When the evidence fails, the hits are left as they are and
/// [`Rule::Unsupported`] says so: the caller decides what, if anything, a
/// query about the dataset's common words alone still deserves (see
/// `SearchIndex::rank`).
pub(super) fn select(hits: &mut Vec<Hit>, words: &Words) -> Rule {
    // At most MAX_QUERY_WORDS (15) words: the counts fit hits' u8s.
    let (all, strong) = (words.count as u8, words.strong.count_ones() as u8);
    let required = if all <= 2 { all } else { all - 1 };
    // Usually the first hit passes: `any` stops there.
    if strong > 0 {
        let required = required.saturating_sub(all - strong).max(1);
        // A longer query may name an entry without all its words.
        let named = all > 2;
        // A query none of whose words is in a question: an entry needs them
        // all, or one in its question.
        let without_question = if words.topic != 0 { required } else { strong };
        let passes =
            |h: &Hit| h.strong_words >= required && (h.strong_words >= without_question || h.question_words > 0);
        if hits.iter().any(passes) {
            hits.retain(|h| passes(h) || named & h.named);
            return Rule::Strict;
        }
    } else if hits.iter().any(|h| h.words >= required) {
        hits.retain(|h| h.words >= required);
        return Rule::Strict;
    }
    // In halves: a typo or prefix counts half.
    let words_but_numbers = !words.number & ((1 << all) - 1);
    let evidence_for = 2 * (words.strong & words.firm).count_ones();
    let against = 2 * (words_but_numbers & !words.known).count_ones()
        + (words_but_numbers & words.known & !words.firm).count_ones();
    // A tie goes for a query with two or more such words that name an entry
    // together ("massage sore next day": "next" and "day" are in no entry).
    let tie_named = evidence_for == against && evidence_for >= 4 && hits.iter().any(|h| h.named);
    // Words the dataset has, none in a question: nothing says the query is
    // about its topics ("blood pressure medication"). With words it lacks
    // too, three or more of its distinctive words say so ("pinched nerve in
    // my neck hurts down my arm": "nerve", "neck", "arm", each in some
    // answer), two do not ("high blood pressure": "blood" and "pressure" are
    // in an answer on painful lipomas). `evidence_for` counts in halves.
    // A word the dataset has only through a synonym standing in for it
    // counts half there: "high blood pressure medicine" ("medicine" meets
    // "medication") is no more about the topics than "high blood pressure"
    // (session 27: two negatives mended, no in-domain query moved).
    let stand_ins = (words.strong & words.firm & words.stand_in).count_ones();
    let about_topics = words.topic != 0 || (against > 0 && evidence_for - stand_ins >= 6);
    if (evidence_for > against || tie_named) && about_topics {
        hits.retain(|h| h.strong_words > 0);
        if !hits.is_empty() {
            return Rule::Relaxed;
        }
    }
    Rule::Unsupported
}

/// Which rule of [`select`] chose the hits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Rule {
    /// Every hit passes the strict rule (or there are none).
    Strict,
    /// No hit passes it; the hits are the closest.
    Relaxed,
    /// Neither rule holds: the hits are as they were, unsupported.
    Unsupported,
}
