//! The visible order of a search's results: which red flags go above the
//! list as care cards, the list itself, and the red flags left out. The one
//! source of truth of what a patient reads first.

use crate::model::Entry;
use crate::search::hit::Hit;
use crate::search::options::SearchOptions;

/// How near the first hit's score a red flag's must be for it to go above
/// the list by rank (see [`Layout`]): a near tie. Measured on every set
/// (session 23): "traumatologo", a Spanish synonym of "médico", ranks "¿Qué
/// médico trata el dolor de espalda?" first and the red flag "¿Cuándo debo
/// preocuparme por un bulto en la espalda?", whose answer says "médico",
/// third at 0.65 of its score, which then went first in two sets; any value
/// from 0.7 to 1.0 keeps it at its rank and moves no other query.
pub const NEAR_SCORE: f32 = 0.9;

/// What the widget shows for a search, in the order a patient reads it: the
/// [`Layout::cards`], then the [`Layout::list`]; then, compactly, the
/// [`Layout::other_urgent`].
///
/// A red flag (an urgent entry) goes above the list as a card only when the
/// search puts it there on its merits, so that a weak match does not bury
/// the answers the patient asked for:
///
/// - the ranking puts it among the first [`SearchOptions::card_rank`], it
///   matches a distinctive query word firmly ([`Hit::firm`]: not only as a
///   prefix of a longer word or as a typo) and it matches as much of the
///   query as the first hit (the same counts of words, distinctive words and
///   of each in the question: only the score ranks it lower, and by less
///   than a tenth, [`NEAR_SCORE`]); or
/// - the query names it ([`Hit::named`]: a distinctive word of the query is
///   in its question, as written or in another form, and it has every
///   distinctive query word that names a topic of the dataset), and it
///   matches as many distinctive query words as the first hit, as many of
///   them in its question (session 16: "quitar bulto espalda" put "¿Cuándo
///   debo preocuparme por un bulto en la espalda?", with "quitar" in its
///   answer, above "¿Cómo me quito un bulto…?"), and as many of the query's
///   words (session 24: in a clinic whose "lipoma" is in most entries, "me
///   duele el lipoma" put a red flag with "duele" alone above "¿Por qué me
///   duele un lipoma?"); but not above a first hit the query names too
///   (session 25: "tumor en la espalda como se siente" put "¿Cómo sé si tuve
///   un tumor en la columna?" above "¿Cómo se siente un tumor en la
///   espalda?", "bolita en la espalda" a red flag on a lump after cancer
///   above "¿Qué puede ser una bolita que me salió en la espalda?"; on every
///   set, eight first places won, two lost where the red flag was the
///   label's answer, "bulto infectado" and a "vulto en la espalda").
///
/// Nor when no hit has all the query's words and the hits are the closest
/// ([`crate::Results::relaxed`]): the query names nothing for sure ("is my
/// lump a liposarc" put "When should I be worried about a lump on my
/// back?", named by "lump", above the answer on liposarcoma, which the
/// ranking put first; "bulto en el coxis" likewise: +2 first places, none
/// lost, session 26).
///
/// Any other red flag among the hits stays at its rank in the list (the
/// widget still draws it as a card there). "doctor" keeps "Which doctor
/// treats back pain?" first although two red flags mention a doctor in their
/// answers; "doc" and "kno" (prefixes) never lift one; "my back lump keeps
/// getting bigger" puts "When should I be worried about a lump on my back?"
/// on top.
///
/// ```
/// let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
/// let seed = faq_core::Bundle::load(&root.join("data/faq.txt"), &[root.join("data/synonyms.txt")]).unwrap();
/// let question = |e: usize| seed.faq.entries[e].question.as_str();
///
/// let layout = seed.layout(&seed.query("doctor")).unwrap();
/// assert!(layout.cards.is_empty());
/// assert_eq!(question(layout.list[0]), "Which doctor treats back pain?");
///
/// let layout = seed.layout(&seed.query("my back lump keeps getting bigger")).unwrap();
/// assert_eq!(question(layout.cards[0]), "When should I be worried about a lump on my back?");
/// // Read in this order; the red flags the search does not show come after.
/// let visible: Vec<usize> = layout.visible().collect();
/// assert_eq!(visible[0], layout.cards[0]);
/// assert!(layout.other_urgent.iter().all(|&e| seed.faq.entries[e].urgent && !visible.contains(&e)));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Layout {
    /// Red flags shown first, as care cards above the list, in rank order.
    pub cards: Vec<usize>,
    /// The other hits, in rank order; a red flag among them stays at its rank.
    pub list: Vec<usize>,
    /// The red flags the search does not show at all, in file order, to list after the results.
    pub other_urgent: Vec<usize>,
}

impl Layout {
    /// The layout of `hits` (ranked, as [`crate::Results::hits`] gives them,
    /// or some of them in the same order, such as those of one topic) over
    /// `entries`, the dataset's; `relaxed` if they are the closest, none
    /// having all the query's words ([`crate::Results::relaxed`]). Entry
    /// indices past `entries` are left out.
    pub fn of(entries: &[Entry], hits: &[Hit], relaxed: bool, options: &SearchOptions) -> Layout {
        let urgent = |e: usize| entries.get(e).is_some_and(|entry| entry.urgent);
        let counts = |h: &Hit| (h.strong_words, h.strong_question_words, h.words, h.question_words);
        let card = |rank: usize, hit: &Hit| {
            let Some(first) = hits.first() else { return false };
            let near_the_top = rank < options.card_rank
                && hit.firm
                && counts(hit) == counts(first)
                && hit.score >= NEAR_SCORE * first.score;
            // Named: the query's topic words are in its question, and it has
            // as many of the query's distinctive words, in its question too,
            // and as many of its words as the first hit, which the query
            // does not name as well (or which is a red flag too).
            let strong = |h: &Hit| (h.strong_words, h.strong_question_words, h.words);
            let named = hit.named && strong(hit) == strong(first) && (!first.named || urgent(first.entry));
            urgent(hit.entry) && !relaxed && (near_the_top || named)
        };
        let mut layout = Layout::default();
        for (rank, hit) in hits.iter().enumerate().filter(|(_, h)| h.entry < entries.len()) {
            if card(rank, hit) {
                layout.cards.push(hit.entry);
            } else {
                layout.list.push(hit.entry);
            }
        }
        let shown = |e: usize| hits.iter().any(|h| h.entry == e);
        // Pushed, not collected: a `collect` is code of its own in the `.wasm`.
        for e in 0..entries.len() {
            if urgent(e) && !shown(e) {
                layout.other_urgent.push(e);
            }
        }
        layout
    }

    /// The entries shown, in the order a patient reads them: the cards, then the list.
    pub fn visible(&self) -> impl Iterator<Item = usize> + '_ {
        self.cards.iter().chain(&self.list).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Block;

    /// Entries 0–4; `urgent` lists the red flags.
    fn entries(urgent: &[usize]) -> Vec<Entry> {
        (0..5)
            .map(|i| Entry {
                slug: format!("q{i}"),
                question: format!("Question {i}?"),
                answer: vec![Block::Paragraph("An answer.".into())],
                line: 0,
                topic: None,
                urgent: urgent.contains(&i),
            })
            .collect()
    }

    /// A hit on `entry` matching one distinctive word firmly, as the first
    /// hit of a one-word query does.
    fn hit(entry: usize) -> Hit {
        Hit {
            entry,
            strong_words: 1,
            strong_question_words: 1,
            words: 1,
            question_words: 1,
            score: 1.0,
            firm: true,
            named: false,
        }
    }

    fn layout(entries: &[Entry], hits: &[Hit]) -> Layout {
        Layout::of(entries, hits, false, &SearchOptions::default())
    }

    #[test]
    fn a_red_flag_the_ranking_puts_near_the_top_goes_first() {
        let entries = entries(&[2]);
        let l = layout(&entries, &[hit(0), hit(1), hit(2), hit(3)]);
        assert_eq!((l.cards, l.list, l.other_urgent), (vec![2], vec![0, 1, 3], vec![]));
        // Fourth is not near the top.
        let l = layout(&entries, &[hit(0), hit(1), hit(3), hit(2)]);
        assert_eq!((l.cards, l.list), (vec![], vec![0, 1, 3, 2]));
        // With `card_rank` 0, only a named red flag goes first.
        let options = SearchOptions { card_rank: 0, ..SearchOptions::default() };
        assert!(Layout::of(&entries, &[hit(2)], false, &options).cards.is_empty());
    }

    #[test]
    fn no_red_flag_goes_first_among_the_closest_hits() {
        let entries = entries(&[1, 2]);
        let named = Hit { named: true, ..hit(2) };
        let hits = [hit(0), hit(1), named];
        assert_eq!(layout(&entries, &hits).cards, [1, 2]);
        let l = Layout::of(&entries, &hits, true, &SearchOptions::default());
        assert_eq!((l.cards, l.list), (vec![], vec![0, 1, 2]));
    }

    #[test]
    fn a_red_flag_matching_less_of_the_query_than_the_first_hit_stays_at_its_rank() {
        let entries = entries(&[1, 2]);
        // "doctor": the red flags say it in their answers, the first two hits in their questions.
        let answer_only = Hit { strong_question_words: 0, question_words: 0, ..hit(1) };
        let l = layout(&entries, &[hit(0), answer_only, Hit { entry: 2, ..answer_only }]);
        assert_eq!((l.cards, l.list), (vec![], vec![0, 1, 2]));
        // "doc", "kno": matched only as a prefix (or a typo), never firmly.
        let prefix = Hit { firm: false, ..hit(1) };
        let l = layout(&entries, &[hit(0), prefix]);
        assert_eq!((l.cards, l.list), (vec![], vec![0, 1]));
    }

    #[test]
    fn a_red_flag_the_query_names_goes_first_unless_others_match_more_of_it() {
        let entries = entries(&[4]);
        let named = Hit { named: true, ..hit(4) };
        let l = layout(&entries, &[hit(0), hit(1), hit(2), hit(3), named]);
        assert_eq!((l.cards, l.list), (vec![4], vec![0, 1, 2, 3]));
        // The first hit matches two distinctive words, the red flag one.
        let first = Hit { strong_words: 2, ..hit(0) };
        let l = layout(&entries, &[first, hit(1), hit(2), hit(3), named]);
        assert_eq!((l.cards, l.list), (vec![], vec![0, 1, 2, 3, 4]));
        // The first hit has both distinctive words in its question, the red
        // flag one ("quitar bulto espalda": "¿Cómo me quito un bulto…?"
        // above "¿Cuándo debo preocuparme por un bulto…?", whose answer says
        // "quitar").
        let first = Hit { strong_words: 2, strong_question_words: 2, ..hit(0) };
        let named = Hit { strong_words: 2, ..named };
        let l = layout(&entries, &[first, named, hit(1)]);
        assert_eq!((l.cards, l.list), (vec![], vec![0, 4, 1]));
        let l = layout(&entries, &[first, Hit { strong_question_words: 2, ..named }]);
        assert_eq!((l.cards, l.list), (vec![4], vec![0]));
        // An ordinary entry is never a card, named or first.
        let l = layout(&entries, &[Hit { named: true, ..hit(0) }]);
        assert_eq!((l.cards, l.list), (vec![], vec![0]));
    }

    #[test]
    fn the_red_flags_not_shown_follow_in_file_order_and_every_hit_is_shown_once() {
        let entries = entries(&[0, 2, 4]);
        let l = layout(&entries, &[hit(3), hit(2), hit(9)]);
        assert_eq!(l.visible().collect::<Vec<_>>(), [2, 3], "an entry past the dataset is left out");
        assert_eq!(l.other_urgent, [0, 4]);
        let none = layout(&entries, &[]);
        assert_eq!((none.cards.len(), none.list.len(), none.other_urgent), (0, 0, vec![0, 2, 4]));
    }
}
