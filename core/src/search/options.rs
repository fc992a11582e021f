//! The search's tunables, in one documented struct.

/// Every tunable of the search, with its meaning and sensible range.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchOptions {
    /// How much a word in the question counts against one in the answer
    /// (BM25F field weight). Default 2.0; 1.0 treats them alike.
    pub question_boost: f32,
    /// BM25 term-frequency saturation. Default 1.2; usual range 0.5–2.0.
    pub k1: f32,
    /// What a common word's score counts for: one found in more than half
    /// of the entries ("back", "pain" in a back-pain FAQ). It still ranks,
    /// but it hardly tells the entries apart: at full weight, an entry that
    /// says "back" three times outranked the one about the query's rare
    /// words ("back mice injection": the answer on back mice and pain above
    /// the one on injections into them). Default 0.3 (measured on every
    /// query set: 0.3 gained the most first places and lost none; 0.25 and
    /// less put a red flag first for a natural question, 0.35 and more
    /// gained less); 1.0 weighs them as any word.
    pub common_weight: f32,
    /// BM25 length normalisation: 0 ignores field length, 1 fully normalises. Default 0.75.
    pub b: f32,
    /// Weight of a match on another word with the same stem ("lipomas" for
    /// "lipoma"). Default 0.88: the forms of a word share its idf (see
    /// `rank.rs`), so this alone ranks the word as written above its other
    /// forms; measured on our query sets, 0.85–0.89 rank the same but for
    /// near-ties, 0.9 loses two English ones ("backbone cyst": "Do spinal
    /// cysts go away?" above "Is a spinal cyst serious?").
    pub stem_weight: f32,
    /// Weight of a match through the synonym table ("tumour" for "tumor"),
    /// times the weight of the route to the synonym; when a word is reached
    /// both ways, the route with the higher product wins. Default 0.5.
    pub synonym_weight: f32,
    /// Weight of a synonym standing in for a query word no entry has ("zit"
    /// for "pimple"), instead of `synonym_weight`: the synonym is then the
    /// word's only reading, and at half weight the query's other words
    /// outweighed it ("operación de lipoma" answered by an entry with
    /// "lipomas" in its question above the one about surgery). Default 0.8;
    /// measured 0.7–0.9 alike.
    pub stand_in_weight: f32,
    /// Weight of a prefix match of the last word ("angio" for "angiolipoma"). Default 0.6.
    pub prefix_weight: f32,
    /// Weight of a match within the edit-distance bound ("massge" for "massage"). Default 0.4.
    pub fuzzy_weight: f32,
    /// Shortest last word that matches as a prefix. Default 2.
    pub min_prefix_len: usize,
    /// Shortest stem of a query word the dataset lacks that matches the
    /// dataset's words with the same stem ("popping", stem "pop", finds
    /// "pop"). Default 3.
    pub min_stem_len: usize,
    /// Weight of a match on a word derived from a query word the dataset
    /// lacks, or that it derives from ("recovery" for "recover", "treatment"
    /// for "treating"). Default 0.8; sensible between `fuzzy_weight` and
    /// `stem_weight` (a derived form is further from the word than another
    /// form of it, nearer than a typo).
    pub derivation_weight: f32,
    /// Shortest stem a derivation adds an ending to ("ach" for achy);
    /// `usize::MAX` turns derivations off. Default 3; usual range 3–5
    /// (shorter stems meet more unrelated words).
    pub min_derivation_len: usize,
    /// Shortest word allowed one typo. Default 4.
    pub one_typo_len: usize,
    /// Shortest word allowed two typos. Default 10, as MiniSearch's
    /// fuzziness 0.2 allows: at 8, "diabetes" met "diameter" (a word in two
    /// answers) and showed them; no query of the test sets needed two typos
    /// in a word of 8 or 9 letters (one typo and an ending, "sinobial" for
    /// "sinoviales", is allowed from 8 letters: see `SearchIndex::candidates`).
    pub two_typos_len: usize,
    /// At most this many dataset words a prefix or a typo may expand to (the
    /// most frequent win), bounding the cost of short prefixes. Default 50.
    pub max_expansions: usize,
    /// At most this many results. Default 500.
    pub result_limit: usize,
    /// How close, in words, an answer must have a query's common word to
    /// its one distinctive word when no question has that word (see
    /// `SearchIndex::rank`): "dolor de cabeza" (headache) is not answered by
    /// an answer on back pain that says "la cabeza hacia adelante" 14 words
    /// after "dolor". Default 12 (measured on every query set: 10–16 alike;
    /// 8 lost a first place, 18 showed that negative again).
    pub near_window: usize,
    /// A red flag the ranking puts among the first this many, matching as
    /// much of the query as the first hit, goes above the list as a care
    /// card (see [`crate::Layout`]); 0 leaves that to the query naming it.
    /// Default 3; usual range 0–5.
    pub card_rank: usize,
}

impl Default for SearchOptions {
    fn default() -> Self {
        SearchOptions {
            question_boost: 2.0,
            k1: 1.2,
            common_weight: 0.3,
            b: 0.75,
            stem_weight: 0.88,
            synonym_weight: 0.5,
            stand_in_weight: 0.8,
            prefix_weight: 0.6,
            fuzzy_weight: 0.4,
            min_prefix_len: 2,
            min_stem_len: 3,
            derivation_weight: 0.8,
            min_derivation_len: 3,
            one_typo_len: 4,
            two_typos_len: 10,
            max_expansions: 50,
            result_limit: 500,
            near_window: 12,
            card_rank: 3,
        }
    }
}
