//! A dataset's language: its tag (front matter `language:`, a BCP 47 tag,
//! default `en`) and the rules the search applies to its words, as data: a
//! Snowball stemmer (rust-stemmers) if there is one for it, and a stop-word
//! list.
//!
//! Each language with rules is a constant ([`ENGLISH`], [`SPANISH`], …). A
//! build that knows its language names its constant, so only that stemmer and
//! that list are linked into the `.wasm`: the widget's build.rs writes
//! `const LANGUAGE: &Language = &faq_core::language::SPANISH`. [`Language::of`]
//! looks a tag up among all of them (natively, for the build and the tests; it
//! links every stemmer).
//!
//! **Stop words** are NLTK's lists for the language (the `stop-words` crate,
//! read by core's build.rs and folded like the index), except English, whose
//! list (`search/stop_words.txt`) also holds the frame words of a patient's
//! question ("how do I know", "see", "someone"). Spanish and French add theirs
//! (`search/frame_words.es.txt`, `.fr.txt`: "voy", "puede", "necesito";
//! "peut", "dois", "quelqu'un"), which NLTK's lists lack: without them "¿a
//! qué doctor voy?" found nothing, "voy" being a word no answer uses. A
//! language with a stemmer but no NLTK list has none.
//!
//! **Stemming** applies to a folded word in the language's script only
//! ("lipoma" is not stemmed by the Arabic stemmer): a stemmer's rules are for
//! its own letters, and input it was not written for is where such code
//! breaks (rust-stemmers 1.2 has a reported byte-slicing panic in its Greek
//! algorithm, which is left out: Greek is searched by folding only). The
//! tests stem random words of mixed scripts with every stemmer here.

use std::borrow::Cow;

use rust_stemmers::{Algorithm, Stemmer};

/// A stem function: the stem of a folded word, `None` for a word not in its script.
type StemFn = fn(&str) -> Option<Cow<'_, str>>;

/// The search rules of a language (see the module docs).
#[derive(Debug)]
pub struct Language {
    /// Its primary language subtag, lowercase (`es` for `es-MX`).
    pub tag: &'static str,
    /// Its English name, for messages.
    pub name: &'static str,
    /// Its Snowball stem of a folded word, `None` for a word not in its script.
    stem: Option<StemFn>,
    /// Its stop words: folded, sorted, each between two newlines.
    stop_words: &'static str,
    /// The people a patient may ask on behalf of ("mum", "husband", "hija"):
    /// folded, sorted, each between two newlines (see [`Language::is_person`]).
    people: &'static str,
    /// Prefixes its stemmer strips (Arabic's "ال", "و", …), or a silent
    /// first letter a patient may leave out (Spanish "h": "ernia" for
    /// "hernia"; typos keep the first letter): a word with a given stem may
    /// start with one of them rather than with the stem. Read when an index
    /// is built (`parse`), which joins each word with its form without one
    /// (and with a dataset word that is that form: none in our Spanish
    /// fixtures, though "hecho" and "echo" would be).
    #[cfg_attr(not(feature = "parse"), allow(dead_code))]
    pub(crate) prefixes: &'static [&'static str],
    /// Endings that derive one word from another and that its stemmer keeps
    /// (see [`Language::derives`]).
    pub(crate) derivations: &'static [&'static str],
    /// The folded words that open a question asking what something is
    /// ("What are back mice?", "¿Qué son…?", "¿Cómo se ve…?", "Qu’est-ce
    /// que…", "Was ist…", "ما هو…"; see `what_first` in search/order.rs).
    /// None for the others yet.
    pub(crate) what: &'static [&'static str],
    /// The folded question words a query may open with, other than "what"
    /// ("where", "why"; "dónde", "por" of "por qué"): among hits that match
    /// a query as much as each other, one whose question opens with the
    /// query's goes first (see `same_opening_first` in search/order.rs).
    pub(crate) asks: &'static [&'static str],
    /// Letters a patient may spell as they sound, as other letters (Spanish
    /// "ll" as "y": "gatiyo" for "gatillo", two edits from it), or that a
    /// word's other forms spell otherwise (Spanish "ue" as "o": "truenan" is
    /// a form of "tronar", whose stem is "tron"). Read when an index is built
    /// (`parse`), which joins each word but stop words with its form so
    /// spelt, like a form without a prefix ("suele", a frame word, would
    /// otherwise meet "solo").
    #[cfg_attr(not(feature = "parse"), allow(dead_code))]
    pub(crate) sound_alikes: &'static [(&'static str, &'static str)],
    /// First letters a patient may write as others that sound the same
    /// (Spanish "b" as "v", "ci" as "si": "vultos" for "bultos", where a typo
    /// would not do, keeping the first letter). Read like `sound_alikes`;
    /// only there, so the `.wasm` has no such field (+35 bytes brotli with it).
    #[cfg(feature = "parse")]
    pub(crate) initials: &'static [(&'static str, &'static str)],
}

impl PartialEq for Language {
    fn eq(&self, other: &Self) -> bool {
        self.tag == other.tag
    }
}

impl Eq for Language {}

/// Declares a stem function for one Snowball algorithm and one script.
macro_rules! stemmer {
    ($name:ident, $algorithm:ident, $script:ident) => {
        fn $name(word: &str) -> Option<Cow<'_, str>> {
            $script(word).then(|| Stemmer::create(Algorithm::$algorithm).stem(word))
        }
    };
}

/// Declares a language constant: its stemmer, script and stop-word list.
macro_rules! language {
    ($(#[$doc:meta])* $constant:ident, $tag:literal, $name:literal, $stem:ident, $algorithm:ident, $script:ident,
     $what:expr, $asks:expr, $stop_words:expr, $prefixes:expr $(, $derivations:expr $(, $sound_alikes:expr, $initials:expr)?)?) => {
        stemmer!($stem, $algorithm, $script);
        $(#[$doc])*
        pub const $constant: Language = Language {
            tag: $tag,
            name: $name,
            stem: Some($stem),
            stop_words: $stop_words,
            people: include_str!(concat!(env!("OUT_DIR"), "/people/", $tag, ".txt")),
            prefixes: $prefixes,
            what: $what,
            asks: $asks,
            derivations: or_none!($($derivations)?),
            sound_alikes: or_none!($($($sound_alikes)?)?),
            #[cfg(feature = "parse")]
            initials: or_none!($($($initials)?)?),
        };
    };
}

/// The derivation endings or sound-alike letters given, or none.
macro_rules! or_none {
    () => {
        &[]
    };
    ($derivations:expr) => {
        $derivations
    };
}

/// A stop-word list generated by build.rs from NLTK's, for `tag`.
macro_rules! nltk {
    ($tag:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/stop_words/", $tag, ".txt"))
    };
}

// Whether a folded word is in a stemmer's script (its letters, and digits).

fn latin(word: &str) -> bool {
    word.chars().all(|c| c.is_ascii_alphanumeric() || ('\u{c0}'..='\u{24f}').contains(&c))
}

/// Bytes, not chars: English is the default build, and decoding characters
/// to test ASCII is code it need not carry.
fn ascii(word: &str) -> bool {
    word.bytes().all(|b| b.is_ascii_alphanumeric())
}

fn arabic(word: &str) -> bool {
    word.chars().all(|c| ('\u{600}'..='\u{6ff}').contains(&c) || c.is_ascii_digit())
}

fn cyrillic(word: &str) -> bool {
    word.chars().all(|c| ('\u{400}'..='\u{4ff}').contains(&c) || c.is_ascii_digit())
}

fn tamil(word: &str) -> bool {
    word.chars().all(|c| ('\u{b80}'..='\u{bff}').contains(&c) || c.is_ascii_digit())
}

language!(
    /// English: the English (Porter 2) stemmer, on ASCII words only.
    ENGLISH, "en", "English", stem_english, English, ascii, &["what"], &["where", "why", "when", "who", "how", "which"],
    concat!("\n", include_str!("search/stop_words.txt")), &[],
    &["ag", "eri", "er", "i", "ic", "ist", "ment", "ur"]
);
language!(/// Spanish: a word may lack its silent initial "h", "ll" be spelt "y", and
    /// a first "b" "v" and the reverse, a first "ce", "ci" or "z" be spelt with
    /// "s" (seseo) and a first "se", "si" with "c" ("cebáceo"); a verb's "ue"
    /// is its infinitive's "o" ("truenan", "tronar"; "suenan", "sonar"), a "z"
    /// its plural's "c" ("cicatriz", "cicatrices"), and "qu" may be spelt "k"
    /// ("kiste"); a noun in "-aje" derives from its verb ("drenaje", "drenar"),
    /// an adjective in "-al" from its noun ("discal", "disco"), a diminutive in
    /// "-ito" from its word ("granitos", "grano"), a noun in "-miento" from its
    /// verb ("tratamiento", "tratar"; "crecimiento", "crecer"), one in "-ista"
    /// from its noun ("masajista", "masaje").
    SPANISH, "es", "Spanish", stem_spanish, Spanish, latin, &["que", "como"], &["donde", "cuando", "quien", "cual", "cuanto", "por"], nltk!("es"), &["h"],
    &["aj", "al", "it", "amient", "imient", "ist"],
    &[("ll", "y"), ("ue", "o"), ("z", "c"), ("qu", "k"), ("b", "v"), ("ce", "se"), ("ci", "si")],
    &[("b", "v"), ("v", "b"), ("ce", "se"), ("ci", "si"), ("se", "ce"), ("si", "ci"), ("z", "s")]);
language!(/// French.
    FRENCH, "fr", "French", stem_french, French, latin, &["qu", "que"], &["ou", "pourquoi", "quand", "qui", "comment", "combien"], nltk!("fr"), &[]);
language!(/// German.
    GERMAN, "de", "German", stem_german, German, latin, &["was"], &[], nltk!("de"), &[]);
language!(/// Portuguese.
    PORTUGUESE, "pt", "Portuguese", stem_portuguese, Portuguese, latin, &[], &[], nltk!("pt"), &[]);
language!(/// Italian.
    ITALIAN, "it", "Italian", stem_italian, Italian, latin, &[], &[], nltk!("it"), &[]);
language!(/// Dutch.
    DUTCH, "nl", "Dutch", stem_dutch, Dutch, latin, &[], &[], nltk!("nl"), &[]);
language!(/// Danish.
    DANISH, "da", "Danish", stem_danish, Danish, latin, &[], &[], nltk!("da"), &[]);
language!(/// Swedish.
    SWEDISH, "sv", "Swedish", stem_swedish, Swedish, latin, &[], &[], nltk!("sv"), &[]);
language!(/// Norwegian (`no`, `nb` and `nn`).
    NORWEGIAN, "no", "Norwegian", stem_norwegian, Norwegian, latin, &[], &[], nltk!("no"), &[]);
language!(/// Finnish.
    FINNISH, "fi", "Finnish", stem_finnish, Finnish, latin, &[], &[], nltk!("fi"), &[]);
language!(/// Hungarian.
    HUNGARIAN, "hu", "Hungarian", stem_hungarian, Hungarian, latin, &[], &[], nltk!("hu"), &[]);
language!(/// Romanian.
    ROMANIAN, "ro", "Romanian", stem_romanian, Romanian, latin, &[], &[], nltk!("ro"), &[]);
language!(/// Turkish.
    TURKISH, "tr", "Turkish", stem_turkish, Turkish, latin, &[], &[], nltk!("tr"), &[]);
language!(/// Russian.
    RUSSIAN, "ru", "Russian", stem_russian, Russian, cyrillic, &[], &[], nltk!("ru"), &[]);
language!(/// Tamil (no stop-word list).
    TAMIL, "ta", "Tamil", stem_tamil, Tamil, tamil, &[], &[], "\n", &[]);
language!(
    /// Arabic. Folding drops its short vowels and the hamza over or under a
    /// letter (see `text.rs`); the stemmer strips the article and the
    /// attached conjunctions and prepositions, listed as prefixes.
    ARABIC, "ar", "Arabic", stem_arabic, Arabic, arabic, &["\u{645}\u{627}"], &[], nltk!("ar"),
    &["\u{627}\u{644}", "\u{648}", "\u{648}\u{627}\u{644}", "\u{628}\u{627}\u{644}", "\u{644}\u{644}",
      "\u{641}\u{627}\u{644}", "\u{643}\u{627}\u{644}", "\u{628}", "\u{644}", "\u{641}", "\u{643}"]
);

/// Every language with search rules, for [`Language::of`].
pub const WITH_RULES: &[&Language] = &[
    &ENGLISH,
    &SPANISH,
    &FRENCH,
    &GERMAN,
    &PORTUGUESE,
    &ITALIAN,
    &DUTCH,
    &DANISH,
    &SWEDISH,
    &NORWEGIAN,
    &FINNISH,
    &HUNGARIAN,
    &ROMANIAN,
    &TURKISH,
    &RUSSIAN,
    &TAMIL,
    &ARABIC,
];

/// The rules of a language without a stemmer: folding only, no stop words.
pub const FOLDING_ONLY: Language = Language {
    tag: "",
    name: "a language without search rules",
    stem: None,
    stop_words: "\n",
    people: "\n",
    prefixes: &[],
    what: &[],
    asks: &[],
    derivations: &[],
    sound_alikes: &[],
    #[cfg(feature = "parse")]
    initials: &[],
};

impl Language {
    /// The rules for a BCP 47 tag (by its primary subtag; `nb` and `nn` are
    /// Norwegian), or `None` if there are none for it (search by folding
    /// only: [`FOLDING_ONLY`]).
    ///
    /// ```
    /// use faq_core::language::{Language, SPANISH};
    /// assert_eq!(Language::of("es-MX"), Some(&SPANISH));
    /// assert_eq!(Language::of("pl"), None);
    /// ```
    pub fn of(tag: &str) -> Option<&'static Language> {
        WITH_RULES.iter().copied().find(|language| language.searches(tag))
    }

    /// The rules for `tag`: [`Language::of`], or [`FOLDING_ONLY`] if there are none.
    pub fn rules_for(tag: &str) -> &'static Language {
        Language::of(tag).unwrap_or(&FOLDING_ONLY)
    }

    /// Whether these are the rules of the language of `tag` (by its primary
    /// subtag; `nb`, `nn` and `no` are one), without looking among all.
    pub fn searches(&self, tag: &str) -> bool {
        let (own, primary) = (self.tag.as_bytes(), primary_subtag(tag).as_bytes());
        let norwegian = |tag: &[u8]| matches!(tag, b"nb" | b"nn" | b"no");
        !own.is_empty() && (own.eq_ignore_ascii_case(primary) || (norwegian(own) && norwegian(primary)))
    }

    /// The Rust path of its constant (`faq_core::language::SPANISH`), for
    /// a build script that compiles one language in.
    pub fn rust_path(&self) -> String {
        let name = if self.tag.is_empty() { "FOLDING_ONLY".to_owned() } else { self.name.to_ascii_uppercase() };
        format!("faq_core::language::{name}")
    }

    /// Whether it stems words (folding-only languages do not).
    pub fn has_stemmer(&self) -> bool {
        self.stem.is_some()
    }

    /// The stem of a folded `word`, if it is a word of this language's
    /// script and the language has a stemmer.
    pub fn stem<'w>(&self, word: &'w str) -> Option<Cow<'w, str>> {
        self.stem.and_then(|stem| stem(word))
    }

    /// Whether `word` (a folded word: no newline) is one of its stop words.
    pub fn is_stop_word(&self, word: &str) -> bool {
        self.is_stop(word.as_bytes())
    }

    /// [`Language::is_stop_word`] for a word's bytes.
    pub(crate) fn is_stop(&self, word: &[u8]) -> bool {
        crate::text::is_line_of(self.stop_words, word)
    }

    /// Whether `word` (folded) names someone a patient may ask on behalf
    /// of ("mum", "husband"), as written or less a final "s" ("dads" for
    /// "dad's", "hijos"). Such a word that the dataset does not have firmly
    /// is left out of a search, like a stop word: "my husband's back knot"
    /// asks what "back knot" asks (see `SearchIndex::expand`).
    pub(crate) fn is_person(&self, word: &str) -> bool {
        let is = |word: &str| crate::text::is_line_of(self.people, word.as_bytes());
        is(word) || word.strip_suffix('s').is_some_and(is)
    }

    /// Whether the stem `long` is `base` with one of its derivation endings
    /// added. English: endings the Snowball stemmer keeps on short stems,
    /// as they end a stem: "recoveri" (recovery) is "recov" (recover) +
    /// "eri", "treatment" is "treat" + "ment", "achi" (achy) is "ach" (ache)
    /// and "i". A query word the dataset lacks meets the words whose stem is
    /// its own with one of these added or taken away; a compound
    /// ("headache": "head" + "ach") or a typo ("massge", stem "massg",
    /// against "mass") does not. Spanish: "aj", as "drenaj" (drenaje) is
    /// "dren" (drenar) + "aj", and "al", as "discal" is "disc" (disco) +
    /// "al"; "it", "amient", "imient" and "ist" (see [`SPANISH`]). Other
    /// languages have none yet. A stop word is
    /// no base ("masaj", masaje, less "aj" is "mas", más: see
    /// `SearchIndex::expand`).
    pub(crate) fn derives(&self, base: &str, long: &str) -> bool {
        long.strip_prefix(base).is_some_and(|added| self.derivations.contains(&added))
    }

    /// Whether a question opening with `word` (folded) asks what something
    /// is (see [`Language::what`]).
    pub(crate) fn asks_what(&self, word: &[u8]) -> bool {
        self.what.iter().any(|what| what.as_bytes() == word)
    }

    /// Its stop words, in order.
    pub fn stop_words(&self) -> impl Iterator<Item = &'static str> {
        self.stop_words.lines().filter(|line| !line.is_empty())
    }
}

/// Two-letter ISO 639-1 language codes, the primary subtags a tag may have.
const ISO_639_1: &str = "aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy \
    da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig \
    ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml \
    mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg \
    si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh \
    yi yo za zh zu";

/// Languages written right to left (primary subtags).
const RIGHT_TO_LEFT: &[&str] = &["ar", "he", "fa", "ur", "ps", "sd", "yi", "dv", "ug", "ku"];

/// Whether the language of `tag` is written right to left (`ar`, `he`, `fa`, `ur`, …).
///
/// ```
/// assert!(faq_core::language::is_right_to_left("ar-MA"));
/// assert!(!faq_core::language::is_right_to_left("es"));
/// ```
pub fn is_right_to_left(tag: &str) -> bool {
    RIGHT_TO_LEFT.iter().any(|rtl| rtl.eq_ignore_ascii_case(primary_subtag(tag)))
}

/// The primary language subtag of `tag`, as written (`es` of `es-MX`).
/// Without `str::split`, whose code would grow the widget's `.wasm`.
///
/// ```
/// assert_eq!(faq_core::language::primary_subtag("pt-BR"), "pt");
/// assert_eq!(faq_core::language::primary_subtag("ar"), "ar");
/// ```
pub fn primary_subtag(tag: &str) -> &str {
    &tag[..tag.bytes().position(|b| b == b'-').unwrap_or(tag.len())]
}

/// A well-formed BCP 47 tag of a known language, with its subtags in their
/// usual case (`pt-BR`, `zh-Hant-TW`), or why it is not: a language (an
/// ISO 639-1 code, or three letters), then optionally a script (four
/// letters), a region (two letters or three digits) and variants.
///
/// ```
/// use faq_core::language::normalize_tag;
/// assert_eq!(normalize_tag("PT-br").as_deref(), Ok("pt-BR"));
/// assert_eq!(normalize_tag("sr-latn-RS").as_deref(), Ok("sr-Latn-RS"));
/// assert!(normalize_tag("xx").is_err());
/// assert!(normalize_tag("english").is_err());
/// assert!(normalize_tag("es_ES").is_err());
/// ```
pub fn normalize_tag(tag: &str) -> Result<String, String> {
    let malformed = || format!("{tag:?} is not a BCP 47 language tag (write, for example, en, es, pt-BR or ar)");
    let mut subtags = tag.split('-');
    let primary = subtags.next().unwrap_or("");
    if !(2..=3).contains(&primary.len()) || !primary.bytes().all(|b| b.is_ascii_alphabetic()) {
        return Err(malformed());
    }
    let primary = primary.to_ascii_lowercase();
    if primary.len() == 2 && !ISO_639_1.split(' ').any(|code| code == primary) {
        return Err(format!("{tag:?}: \"{primary}\" is not a language code (ISO 639-1: en, es, fr, ar, …)"));
    }
    let mut out = primary;
    // 0: script next, 1: region next, 2: variants only.
    let mut stage = 0;
    for subtag in subtags {
        let alpha = subtag.bytes().all(|b| b.is_ascii_alphabetic());
        let alnum = subtag.bytes().all(|b| b.is_ascii_alphanumeric());
        let digits = subtag.bytes().all(|b| b.is_ascii_digit());
        out.push('-');
        if stage == 0 && subtag.len() == 4 && alpha {
            out.push_str(&subtag[..1].to_ascii_uppercase());
            out.push_str(&subtag[1..].to_ascii_lowercase());
            stage = 1;
        } else if stage <= 1 && ((subtag.len() == 2 && alpha) || (subtag.len() == 3 && digits)) {
            out.push_str(&subtag.to_ascii_uppercase());
            stage = 2;
        } else if alnum
            && ((5..=8).contains(&subtag.len()) || (subtag.len() == 4 && subtag.as_bytes()[0].is_ascii_digit()))
        {
            out.push_str(&subtag.to_ascii_lowercase());
            stage = 2;
        } else {
            return Err(malformed());
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
