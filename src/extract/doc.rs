//! One article prepared for extraction: its body's tokens with lexicon tags and sentences.

use super::vocab::{self, VOCAB, WordTable};
use crate::assets::{Category, LEXICON, Lexicon, PlaceKind};
use crate::model::Article;
#[cfg(test)]
use crate::text::dates::find_dates;
use crate::text::dates::{DAY_PREFIXES, DateMention, find_explicit_dates, relative_date};
use crate::text::sentences::split_sentences;
use crate::text::tokens::{Token, TokenKind, tokenize};
use std::cell::OnceCell;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

/// Capitalised words that begin sentences or clauses and are never names (with the days and months
/// of [`crate::text::dates`]).
/// Regions, which are no names ("Coordinator for the Middle East and North Africa Brett McGurk").
pub const REGION_WORDS: &[&str] = &[
    "africa",
    "asia",
    "europe",
    "east",
    "pacific",
    "caucasus",
    "balkans",
    "sahel",
    "levant",
    "caribbean",
    "americas",
];

pub const NOT_NAME_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "during",
    "for",
    "in",
    "on",
    "at",
    "of",
    "and",
    "but",
    "or",
    "as",
    "with",
    "after",
    "before",
    "while",
    "when",
    "where",
    "his",
    "her",
    "their",
    "its",
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "you",
    "this",
    "that",
    "these",
    "those",
    "both",
    "also",
    "later",
    "earlier",
    "meanwhile",
    "however",
    "tomorrow",
    "mr",
    "mrs",
    "ms",
    "said",
    "says",
    "according",
    "following",
    "under",
    "over",
    "from",
    "to",
    "by",
    "all",
    "some",
    "any",
    "each",
    "every",
    "no",
    "not",
    "there",
    "here",
    "then",
    "than",
    "if",
    "since",
    "until",
    "upon",
    "about",
    "between",
    "among",
    "against",
    "within",
    "without",
    "through",
    "into",
    "onto",
    "our",
    "my",
    "your",
    "who",
    "whom",
    "which",
    "what",
    "why",
    "how",
    "islamic",
    "arab",
    "western",
    "eastern",
    "northern",
    "southern",
    "central",
    "middle",
    "east",
    "west",
    "north",
    "south",
    "international",
    "national",
    "united",
    "check",
    "related",
    "read",
    "more",
    "news",
    "agency",
    "english",
    "bulletin",
    "world",
    "region",
    "regional",
    // Plural offices end a title, never a name ("the Chief of Defence Staff and Service Chiefs").
    "chiefs",
    "ministers",
    "officials",
    "commanders",
    "delegates",
];

/// A place phrase in a [`Tag`]: country index, kind and length in tokens (0 for none).
#[derive(Clone, Copy, Debug, PartialEq)]
struct PlaceTag {
    country: u16,
    kind: PlaceKind,
    len: u8,
}

impl Default for PlaceTag {
    fn default() -> Self {
        PlaceTag {
            country: 0,
            kind: PlaceKind::Country,
            len: 0,
        }
    }
}

impl PlaceTag {
    fn get(self) -> Option<(usize, PlaceKind, usize)> {
        (self.len > 0).then_some((usize::from(self.country), self.kind, usize::from(self.len)))
    }
}

/// Lexical tags of one token: the longest lexicon phrase of each kind that starts here (and, for
/// the kinds a title extends over to its left, that ends here). Lengths are in tokens, 0 for none;
/// compact (a few bytes per token) and read through the accessor methods.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Tag {
    place: PlaceTag,
    end_place: PlaceTag,
    known_idx: u16,
    known_len: u8,
    head_len: u8,
    head_envoy: bool,
    modifier: u8,
    end_modifier: u8,
    portfolio: u8,
    end_portfolio: u8,
    honorific: u8,
    rank: u8,
    org_word: u8,
    anaphor: u8,
    /// Inside any multi-token lexicon phrase (so not a name word).
    pub covered: bool,
    /// Token facts computed once: see the `FLAG_` constants.
    flags: u8,
    /// The token's id in [`VOCAB`] (0 for other words).
    word: u16,
    /// [`VOCAB`]'s flags of that id, read once here: the rules test them token by token.
    word_flags: u8,
}

/// The token starts with an upper-case letter.
const FLAG_CAPITALISED: u8 = 1;
/// The token can be part of a person's name ([`Doc::is_name_word`]).
const FLAG_NAME_WORD: u8 = 2;
/// The token is a lower-case name particle ([`Doc::is_name_particle`]).
const FLAG_PARTICLE: u8 = 4;
/// The token is a word (not punctuation or a possessive): set with the first facts, so the later
/// per-token tests read the tag alone.
const FLAG_WORD: u8 = 8;
/// The token starts with 'a' or 'e', as articled names do ("al-Assad", "el-Sisi").
const FLAG_A_OR_E: u8 = 16;

fn opt(len: u8) -> Option<usize> {
    (len > 0).then_some(usize::from(len))
}

impl Tag {
    /// A place phrase ending here: (country index, kind, length in tokens).
    pub fn end_place(&self) -> Option<(usize, PlaceKind, usize)> {
        self.end_place.get()
    }
    pub fn end_modifier(&self) -> Option<usize> {
        opt(self.end_modifier)
    }
    pub fn end_portfolio(&self) -> Option<usize> {
        opt(self.end_portfolio)
    }
    pub fn anaphor(&self) -> Option<usize> {
        opt(self.anaphor)
    }
    /// A gazetteer official's name or alias starts here: (index, length).
    pub fn known(&self) -> Option<(usize, usize)> {
        (self.known_len > 0).then_some((usize::from(self.known_idx), usize::from(self.known_len)))
    }
    /// A place phrase starts here: (country index, kind, length in tokens).
    pub fn place(&self) -> Option<(usize, PlaceKind, usize)> {
        self.place.get()
    }
    /// A title head starts here: (length, is envoy).
    pub fn head(&self) -> Option<(usize, bool)> {
        (self.head_len > 0).then_some((usize::from(self.head_len), self.head_envoy))
    }
    pub fn modifier(&self) -> Option<usize> {
        opt(self.modifier)
    }
    pub fn portfolio(&self) -> Option<usize> {
        opt(self.portfolio)
    }
    pub fn honorific(&self) -> Option<usize> {
        opt(self.honorific)
    }
    pub fn rank(&self) -> Option<usize> {
        opt(self.rank)
    }
    pub fn org_word(&self) -> Option<usize> {
        opt(self.org_word)
    }
}

/// What the tagger reads of a word, in one look-up per token.
#[derive(Clone, Copy, Default)]
struct WordIds {
    /// Its [`VOCAB`] id, with that id's flags and summary bit (read here rather than from
    /// [`VOCAB`]'s tables, token by token).
    word: u16,
    word_flags: u8,
    summary_bit: u8,
    /// Its id among the lexicon's phrase words.
    phrase: u32,
}

/// Every word the tagger looks up, once per token.
static WORDS: LazyLock<WordTable<WordIds>> = LazyLock::new(|| {
    let mut ids: HashMap<&str, WordIds> = HashMap::new();
    for (w, id) in VOCAB.entries() {
        let e = ids.entry(w).or_default();
        e.word = id;
        e.word_flags = VOCAB.flags(id);
        e.summary_bit = VOCAB.summary_bit(id) as u8;
    }
    if let Some(index) = &LEXICON.index {
        for (w, id) in index.words() {
            ids.entry(w).or_default().phrase = id;
        }
    }
    WordTable::new(ids.into_iter().map(|(w, v)| (Box::from(w), v)))
});

/// The lexicon's case-sensitive short forms ("US", "IAEA") in the tagger's fast table.
static EXACT_PLACES: LazyLock<WordTable<(usize, PlaceKind)>> = LazyLock::new(|| {
    WordTable::new(
        LEXICON
            .exact_places
            .iter()
            .map(|(w, &v)| (Box::from(w.as_str()), v)),
    )
});

/// Records a lexicon phrase over tokens `ti..=tj` in their tags: for each category, the longest
/// phrase starting (and, for places and title parts, ending) at a token wins.
fn apply_phrase(tags: &mut [Tag], ti: usize, tj: usize, cats: &[Category]) {
    let len8 = (tj - ti + 1) as u8;
    let len = usize::from(len8);
    let capitalised = tags[ti].flags & FLAG_CAPITALISED != 0;
    let longer = |old: u8| old == 0 || usize::from(old) < len;
    // Tokens inside a place, title or organisation phrase are not name words.
    let mut covers = false;
    for cat in cats {
        match *cat {
            // Places must be written with a capital ("Jordan", not "jordan").
            Category::Place(c, kind) if capitalised => {
                let p = PlaceTag {
                    country: c as u16,
                    kind,
                    len: len8,
                };
                if longer(tags[ti].place.len) {
                    tags[ti].place = p;
                }
                if longer(tags[tj].end_place.len) {
                    tags[tj].end_place = p;
                }
                covers = true;
            }
            Category::Place(..) => {}
            Category::Head(envoy) => {
                if longer(tags[ti].head_len) {
                    tags[ti].head_len = len8;
                    tags[ti].head_envoy = envoy;
                }
                covers = true;
            }
            Category::Modifier => {
                if longer(tags[ti].modifier) {
                    tags[ti].modifier = len8;
                }
                if longer(tags[tj].end_modifier) {
                    tags[tj].end_modifier = len8;
                }
            }
            Category::Portfolio => {
                if longer(tags[ti].portfolio) {
                    tags[ti].portfolio = len8;
                }
                if longer(tags[tj].end_portfolio) {
                    tags[tj].end_portfolio = len8;
                }
                covers = true;
            }
            Category::Honorific | Category::Rank | Category::OrgWord => {
                let t = &mut tags[ti];
                let slot = match *cat {
                    Category::Honorific => &mut t.honorific,
                    Category::Rank => &mut t.rank,
                    _ => &mut t.org_word,
                };
                if longer(*slot) {
                    *slot = len8;
                }
                covers = true;
            }
            Category::Anaphor if longer(tags[ti].anaphor) => tags[ti].anaphor = len8,
            Category::Known(idx) if capitalised && longer(tags[ti].known_len) => {
                tags[ti].known_idx = idx as u16;
                tags[ti].known_len = len8;
            }
            _ => {}
        }
    }
    if covers {
        for tag in &mut tags[ti..=tj] {
            tag.covered = true;
        }
    }
}

pub struct Doc<'a> {
    pub article: &'a Article,
    // Private with read-only accessors: `Doc::token_text` relies on the tokens having been cut
    // from this text.
    text: &'a str,
    tokens: Vec<Token>,
    /// The text lower-cased in ASCII only, so byte offsets stay those of `text`.
    lower_text: String,
    pub tags: Vec<Tag>,
    /// Sentence byte ranges and their token ranges.
    pub sentences: Vec<Range<usize>>,
    pub sentence_tokens: Vec<Range<usize>>,
    /// Token lies inside a quotation.
    pub quoted: Vec<bool>,
    /// Per sentence, the [`VOCAB`] words in it as a 128-bit summary (see [`vocab::Vocab::summary_bit`]): a rule
    /// tests it before scanning the sentence for its words.
    pub sentence_words: Vec<u128>,
    pub lex: &'static Lexicon,
    /// Per sentence, its dates, found on first use: the date rules ask for the same sentences
    /// several times.
    dates: Vec<OnceCell<Vec<DateMention>>>,
}

/// The summary bits of vocabulary words, to test against [`Doc::sentence_words`].
pub fn word_bits(ids: &[u16]) -> u128 {
    ids.iter()
        .filter(|&&id| id != 0)
        .fold(0, |bits, &id| bits | 1u128 << VOCAB.summary_bit(id))
}

impl<'a> Doc<'a> {
    pub fn new(article: &'a Article) -> Doc<'a> {
        let lex = &*LEXICON;
        let text = article.text.as_str();
        let body = article.body.clone();
        // Start after the dateline so "Tehran, SANA-" is not read as part of the first sentence's names.
        let dl_len = article.dateline_len.unwrap_or_else(|| {
            crate::corpus::parse_dateline(&text[body.clone()]).map_or(0, |d| d.len)
        });
        let start = body.start + dl_len;
        let mut sentences = split_sentences(text, start..body.end);
        // Teasers for other stories inside the body ("READ ALSO: ...") and captions tell of other
        // events: their sentences are left out.
        sentences.retain(|s| !is_teaser(&text[s.clone()]));
        let tokens = tokenize(text, start..body.end);
        let lower_text = text.to_ascii_lowercase();
        let mut sentence_tokens = Vec::with_capacity(sentences.len());
        let mut ti = 0;
        for s in &sentences {
            while ti < tokens.len() && tokens[ti].start < s.start {
                ti += 1;
            }
            let a = ti;
            while ti < tokens.len() && tokens[ti].end <= s.end {
                ti += 1;
            }
            sentence_tokens.push(a..ti);
        }
        let quoted = quoted_tokens(text, &tokens, &sentence_tokens);
        let mut doc = Doc {
            article,
            text,
            tokens,
            lower_text,
            tags: Vec::new(),
            sentences,
            sentence_tokens,
            quoted,
            sentence_words: Vec::new(),
            lex,
            dates: Vec::new(),
        };
        doc.dates = vec![OnceCell::new(); doc.sentences.len()];
        doc.tag();
        doc.unquote_statements();
        doc
    }

    /// `"A delegation of X met with Y in Delhi," the party said.` and `"...," it added.`: a whole
    /// sentence quoted from a body's statement, which no person speaks, reports as the writer does.
    fn unquote_statements(&mut self) {
        for si in 0..self.sentence_tokens.len() {
            let r = self.sentence_tokens[si].clone();
            if r.len() < 6
                || self.tokens[r.start].kind != TokenKind::Punct
                || self.quoted[r.start]
                || !self.quoted[r.start + 1]
            {
                continue;
            }
            let Some(last) = r.clone().rev().find(|&k| self.quoted[k]) else {
                continue;
            };
            if (r.start + 1..last)
                .any(|k| !self.quoted[k] && self.tokens[k].kind == TokenKind::Word)
            {
                continue;
            }
            let mut k = last + 1;
            while k < r.end && self.tokens[k].kind == TokenKind::Punct {
                k += 1;
            }
            if k + 1 >= r.end {
                continue;
            }
            let says = |k: usize| {
                matches!(
                    self.low(k),
                    "said" | "added" | "stated" | "noted" | "announced" | "reported" | "wrote"
                )
            };
            let a_body_says = match self.low(k) {
                "it" => says(k + 1),
                // "the party", "the CPI(M)", "the Foreign Ministry", "the statement": no title,
                // no reference to a person ("the minister", "the official").
                "the" => (k + 1..r.end.min(k + 7))
                    .find(|&j| says(j))
                    .is_some_and(|j| {
                        j > k + 1
                            && (k + 1..j).all(|x| {
                                self.tags[x].head().is_none()
                                    && self.tags[x].anaphor().is_none()
                                    && self.word_flags(x) & vocab::REFERENCE == 0
                            })
                    }),
                _ => false,
            };
            if a_body_says {
                self.quoted[r.start..=last].fill(false);
            }
        }
    }

    fn tag(&mut self) {
        let lex = self.lex;
        let n = self.tokens.len();
        let mut tags = vec![Tag::default(); n];
        if n == 0 {
            self.tags = tags;
            return;
        }
        let words = &*WORDS;
        let bytes = self.text.as_bytes();
        // Each token's id among the phrase words (0: in no phrase).
        let mut phrase_word = vec![0u32; n];
        let sentences = &self.sentence_tokens;
        let mut summaries = vec![0u128; sentences.len()];
        let mut si = 0;
        for (i, t) in tags.iter_mut().enumerate() {
            let tok = self.tokens[i];
            let capitalised = match bytes[tok.start] {
                b if b.is_ascii() => b.is_ascii_uppercase(),
                _ => self.text[tok.start..tok.end]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase),
            };
            if capitalised {
                t.flags |= FLAG_CAPITALISED;
            }
            if tok.kind == TokenKind::Word {
                t.flags |= FLAG_WORD;
            }
            if matches!(bytes[tok.start], b'a' | b'e') {
                t.flags |= FLAG_A_OR_E;
            }
            if let Some(ids) = words.get(self.low(i)) {
                let word = ids.word;
                t.word = word;
                t.word_flags = ids.word_flags;
                phrase_word[i] = ids.phrase;
                if word != 0 {
                    while si < sentences.len() && sentences[si].end <= i {
                        si += 1;
                    }
                    if let Some(summary) = summaries.get_mut(si)
                        && sentences[si].start <= i
                    {
                        *summary |= 1 << ids.summary_bit;
                    }
                }
            }
        }
        self.sentence_words = summaries;
        if let Some(index) = &lex.index {
            let tokens = &self.tokens;
            for ti in 0..n {
                // (Most tokens are in no phrase: id 0 starts none.)
                if phrase_word[ti] == 0 {
                    continue;
                }
                let Some(mut node) = index.start(phrase_word[ti]) else {
                    continue;
                };
                let mut tj = ti;
                loop {
                    let cats = index.node_categories(node);
                    if !cats.is_empty() {
                        apply_phrase(&mut tags, ti, tj, cats);
                    }
                    let k = tj + 1;
                    if k >= n {
                        break;
                    }
                    // Words of a phrase are one space apart, or touch ("people" "'s").
                    let spaced = match &bytes[tokens[tj].end..tokens[k].start] {
                        [] => false,
                        [b' '] => true,
                        _ => break,
                    };
                    match index.next(node, phrase_word[k], spaced) {
                        Some(next) => (node, tj) = (next, k),
                        None => break,
                    }
                }
            }
        }
        self.context_rules(&mut tags);
        self.acronyms_defined_here(&mut tags);
        let exact_places = &*EXACT_PLACES;
        for (i, tag) in tags.iter_mut().enumerate() {
            // Case-sensitive short forms ("US", "IAEA") all start with a capital: skip the hash otherwise.
            if tag.place.len == 0
                && tag.flags & FLAG_CAPITALISED != 0
                && let Some((c, kind)) = exact_places.get(self.tok(i))
            {
                let p = PlaceTag {
                    country: c as u16,
                    kind,
                    len: 1,
                };
                tag.place = p;
                tag.end_place = p;
                tag.covered = true;
            }
            if self.name_word_uncached(i, tag) {
                tag.flags |= FLAG_NAME_WORD;
            }
            if tag.word_flags & vocab::PARTICLE != 0 && tag.flags & FLAG_WORD != 0 {
                tag.flags |= FLAG_PARTICLE;
            }
        }
        self.tags = tags;
    }

    /// Rules of context over the lexicon's phrase tags (`n` tokens), before the per-token facts.
    fn context_rules(&self, tags: &mut [Tag]) {
        let n = tags.len();
        // A place inside a longer portfolio names a region of the office, not a country: the
        // "America" of "Secretary of State for Latin America".
        let mut portfolio_until = 0;
        for i in 0..n {
            portfolio_until = portfolio_until.max(i + usize::from(tags[i].portfolio));
            let len = usize::from(tags[i].place.len);
            if len > 0 && i + len <= portfolio_until && usize::from(tags[i].portfolio) != len {
                tags[i].place = PlaceTag::default();
                let end = i + len - 1;
                if usize::from(tags[end].end_place.len) == len {
                    tags[end].end_place = PlaceTag::default();
                }
            }
        }
        for i in 1..n.saturating_sub(1) {
            // "Secretary General of the Turkic Council Baghdad Amreyev": a capital right after a
            // body's name and before a name is a first name.
            if let Some((_, PlaceKind::Capital, 1)) = tags[i].place.get()
                && (self.low(i - 1) == ")"
                    || (tags[i - 1].org_word > 0 && tags[i - 1].flags & FLAG_CAPITALISED != 0))
                && tags[i + 1].flags & FLAG_CAPITALISED != 0
                && tags[i + 1].place.len == 0
                && tags[i + 1].head_len == 0
                && tags[i + 1].word == 0
                && (i + 2 >= n || tags[i + 2].flags & FLAG_CAPITALISED == 0)
            {
                tags[i].place = PlaceTag::default();
                tags[i].end_place = PlaceTag::default();
                tags[i].covered = false;
            }
        }
        for (i, tag) in tags
            .iter_mut()
            .enumerate()
            .take(n.saturating_sub(1))
            .skip(2)
        {
            // "under the chair of X": the chairing of a session, not an office in X's title.
            if tag.head_len == 1
                && self.low(i) == "chair"
                && self.low(i + 1) == "of"
                && self.low(i - 1) == "the"
                && self.low(i - 2) == "under"
            {
                tag.head_len = 0;
                tag.covered = false;
            }
        }
        for i in 2..n.saturating_sub(1) {
            // "High Commissioner Harriet King has ...": a royal or clerical title word right after
            // a given name that follows a title, with no name or "of" after it, is a surname.
            if tags[i].head_len == 1
                && matches!(
                    self.low(i),
                    "king" | "prince" | "bishop" | "judge" | "marshal" | "major"
                )
                && tags[i - 1].flags & FLAG_CAPITALISED != 0
                && !tags[i - 1].covered
                && tags[i - 1].word == 0
                && tags[i - 1].place.len == 0
                && self.tokens[i - 1].kind == TokenKind::Word
                && tags[i - 2].covered
                && tags[i - 2].flags & FLAG_CAPITALISED != 0
                && tags[i + 1].flags & FLAG_CAPITALISED == 0
                && self.low(i + 1) != "of"
            {
                tags[i].head_len = 0;
                tags[i].covered = false;
            }
        }
        for i in 0..n.saturating_sub(1) {
            // "Amir" is a first name too ("Amir Hossein"), so no title in the lexicon, but "the
            // Amir Sheikh X" and "the Amir of Qatar" are the ruler.
            if tags[i].flags & FLAG_CAPITALISED != 0
                && self.tokens[i].end - self.tokens[i].start == 4
                && self.low(i) == "amir"
                && (matches!(self.low(i + 1), "sheikh" | "shaikh")
                    || (self.low(i + 1) == "of"
                        && tags.get(i + 2).is_some_and(|t| t.place.len > 0)))
            {
                tags[i].head_len = 1;
                tags[i].covered = true;
            }
            // "Sultan bin Saad", "Sultan Al-Otaibi": a royal title right before a father's or a
            // family name is a first name ("Sultan Haitham bin Tariq" has his own first).
            if tags[i].head_len == 1
                && self.low(i) == "sultan"
                && self.tokens[i + 1].start == self.tokens[i].end + 1
                && (super::mentions::is_lineage(self.low(i + 1))
                    || self.low(i + 1).starts_with("al-")
                    || self.low(i + 1) == "al")
            {
                let t = &mut tags[i];
                t.head_len = 0;
                t.head_envoy = false;
                // (The title was what covered it, unless it is also something else.)
                t.covered = [t.place.len, t.portfolio, t.honorific, t.rank, t.org_word]
                    .iter()
                    .any(|&len| len > 0);
            }
        }
    }

    /// "the Communist Party of Vietnam (CPV) ... CPV Central Committee member X": an acronym the
    /// text spells out in brackets after a body or place of a country names that country's body
    /// wherever it recurs in the article. Its letters must be the initials of the words before.
    fn acronyms_defined_here(&self, tags: &mut [Tag]) {
        let n = tags.len();
        let mut defined: Vec<(&str, PlaceTag)> = Vec::new();
        for i in 1..n.saturating_sub(2) {
            if self.low(i) != "(" || self.low(i + 2) != ")" {
                continue;
            }
            let acronym = self.tok(i + 1);
            if tags[i + 1].place.len > 0
                || !(2..=6).contains(&acronym.len())
                || !acronym.bytes().all(|b| b.is_ascii_uppercase())
            {
                continue;
            }
            // (Read backwards; an acronym inside counts whole: "UAE Football Association
            // (UAEFA)".)
            // The country is that of the place nearest the bracket among the words read: "of
            // Vietnam", or a short form ("UAE", tagged after this, so looked up here).
            let mut place: Option<PlaceTag> = None;
            let mut initials: Vec<u8> = Vec::new();
            let mut k = i;
            while k > 0 && initials.len() < acronym.len() {
                k -= 1;
                if matches!(self.low(k), "of" | "and" | "the" | "for" | "&") {
                    continue;
                }
                if tags[k].flags & FLAG_CAPITALISED == 0 {
                    break;
                }
                if place.is_none() {
                    place = (tags[k].end_place.len > 0)
                        .then_some(tags[k].end_place)
                        .or_else(|| {
                            EXACT_PLACES.get(self.tok(k)).map(|(c, kind)| PlaceTag {
                                country: c as u16,
                                kind,
                                len: 1,
                            })
                        });
                }
                let word = self.tok(k).as_bytes();
                if word.len() > 1 && word.iter().all(u8::is_ascii_uppercase) {
                    initials.extend(word.iter().rev());
                } else {
                    initials.push(word[0]);
                }
            }
            initials.reverse();
            if let Some(place) = place
                && initials == acronym.as_bytes()
            {
                let kind = match place.kind {
                    PlaceKind::International => PlaceKind::International,
                    _ => PlaceKind::Organisation,
                };
                let tag = PlaceTag {
                    country: place.country,
                    kind,
                    len: 1,
                };
                defined.push((acronym, tag));
            }
        }
        if defined.is_empty() {
            return;
        }
        for (i, tag) in tags.iter_mut().enumerate() {
            if tag.place.len == 0
                && let Some(&(_, p)) = defined.iter().find(|(a, _)| *a == self.tok(i))
            {
                tag.place = p;
                tag.end_place = p;
                tag.covered = true;
            }
        }
    }

    /// The longest place phrase ending just before token `end`: (tokens, country, kind).
    pub fn place_ending_at(&self, end: usize) -> Option<(usize, usize, PlaceKind)> {
        let (c, kind, n) = self.tags.get(end.checked_sub(1)?)?.end_place()?;
        Some((n, c, kind))
    }

    pub fn modifier_ending_at(&self, end: usize) -> Option<usize> {
        self.tags.get(end.checked_sub(1)?)?.end_modifier()
    }

    pub fn portfolio_ending_at(&self, end: usize) -> Option<usize> {
        self.tags.get(end.checked_sub(1)?)?.end_portfolio()
    }

    /// The dates in sentence `si`, offsets relative to the sentence's start (see
    /// [`find_dates`]).
    pub fn sentence_dates(&self, si: usize) -> &[DateMention] {
        self.dates[si].get_or_init(|| self.dates_of(si))
    }

    /// [`find_dates`] of sentence `si` from its tagged words: the explicit-date search only when
    /// it names a month or holds an ISO-like number, relative days from the words themselves
    /// instead of a case-insensitive search of the whole sentence.
    fn dates_of(&self, si: usize) -> Vec<DateMention> {
        let r = self.sentence_tokens[si].clone();
        let base = self.sentences[si].start;
        let published = self.article.published;
        let flags = |k: usize| self.tags[k].word_flags;
        let explicit = r.clone().any(|k| {
            // (An ISO date is one word with a hyphen in it, so a word with an inner break.)
            flags(k) & vocab::MONTH != 0
                // ("on the 9th": a day of the month alone)
                || (k >= r.start + 2
                    && self.low(k - 1) == "the"
                    && self.low(k - 2) == "on"
                    && {
                        let t = self.low(k).as_bytes();
                        t.len() >= 3
                            && t[0].is_ascii_digit()
                            && matches!(&t[t.len() - 2..], b"st" | b"nd" | b"rd" | b"th")
                    })
                || self.tokens[k].inner_break && {
                    let t = self.tok(k).as_bytes();
                    t.len() >= 10 && t[0].is_ascii_digit() && t.contains(&b'-')
                }
        });
        let mut out = if explicit {
            find_explicit_dates(&self.text[self.sentences[si].clone()], published)
        } else {
            Vec::new()
        };
        let explicit_count = out.len();
        for k in r.clone() {
            if flags(k) & vocab::DAY == 0 {
                continue;
            }
            // "night" is a day only as "last night".
            if self.low(k) == "night" && (k == r.start || self.low(k - 1) != "last") {
                continue;
            }
            let tok = &self.tokens[k];
            // "on Monday", "late Friday": the word before joins a weekday across white space.
            let gap = &self.text[self.tokens[k.saturating_sub(1)].end.min(tok.start)..tok.start];
            let weekday = !matches!(self.low(k), "yesterday" | "today" | "tonight");
            let last_night = self.low(k) == "night";
            let start = if (weekday || last_night)
                && k > r.start
                && DAY_PREFIXES.contains(&self.low(k - 1))
                && !gap.is_empty()
                && gap.chars().all(char::is_whitespace)
            {
                self.tokens[k - 1].start
            } else {
                tok.start
            } - base;
            let end = tok.end - base;
            if out[..explicit_count]
                .iter()
                .any(|d| d.start < end && start < d.end)
            {
                continue;
            }
            let (mut date, kind) = relative_date(self.tok(k), published);
            // "last Monday" in a paper of Monday: the week before.
            if weekday
                && k > r.start
                && self.low(k - 1) == "last"
                && date.is_some()
                && date == published
            {
                date = date.and_then(|d| d.checked_sub(jiff::ToSpan::days(7)).ok());
            }
            // "today (19)": the day of the month the paper gives in brackets, when it is not the
            // publication's own (a paper dated the morning after).
            let mut kind = kind;
            if self.low(k) == "today"
                && k + 3 < r.end
                && self.low(k + 1) == "("
                && self.low(k + 3) == ")"
                && let Ok(day) = self.tok(k + 2).parse::<i8>()
                && let Some(d) = published.and_then(|p| crate::text::dates::day_of_month(day, p))
            {
                date = Some(d);
                kind = crate::text::dates::DateKind::Explicit;
            }
            out.push(DateMention {
                start,
                end,
                date,
                kind,
            });
        }
        out.sort_by_key(|d| d.start);
        out
    }

    /// The article's text.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The body's tokens, offsets into [`Doc::text`].
    pub fn tokens(&self) -> &[Token] {
        &self.tokens
    }

    /// The text lower-cased in ASCII only, so byte offsets stay those of [`Doc::text`].
    pub fn lower_text(&self) -> &str {
        &self.lower_text
    }

    #[inline]
    pub fn low(&self, i: usize) -> &str {
        self.token_text(&self.lower_text, i)
    }

    #[inline]
    pub fn tok(&self, i: usize) -> &str {
        self.token_text(self.text, i)
    }

    /// Token `i` of `text`, which is this document's text or its lower-cased copy.
    #[inline]
    fn token_text<'t>(&self, text: &'t str, i: usize) -> &'t str {
        let t = &self.tokens[i];
        debug_assert!(t.start <= t.end && t.end <= text.len() && text.len() == self.text.len());
        // SAFETY: `text` is `self.text` or `self.lower_text` (private callers only). The tokens
        // (private, never changed after `tokenize`) were cut from a range of the text, so they lie
        // inside it and start and end on character boundaries (the tokenizer steps by whole
        // characters); ASCII lower-casing leaves every boundary where it was. The rules slice
        // token text several times per token, and the checks of `&text[a..b]` were a tenth of
        // their time.
        unsafe { text.get_unchecked(t.start..t.end) }
    }

    /// Token `i`'s id in [`VOCAB`] (0 for words not in it).
    pub fn word(&self, i: usize) -> u16 {
        self.tags[i].word
    }

    /// The [`VOCAB`] flags of token `i`.
    pub fn word_flags(&self, i: usize) -> u8 {
        self.tags[i].word_flags
    }

    pub fn is_capitalised(&self, i: usize) -> bool {
        self.tags[i].flags & FLAG_CAPITALISED != 0
    }

    /// A word that can be part of a person's name.
    pub fn is_name_word(&self, i: usize) -> bool {
        self.tags[i].flags & FLAG_NAME_WORD != 0
    }

    fn name_word_uncached(&self, i: usize, t: &Tag) -> bool {
        if t.flags & FLAG_WORD == 0 || t.covered {
            return false;
        }
        // Lower-case words are names only with an article ("al-Assad"): most need no more look.
        if t.flags & (FLAG_CAPITALISED | FLAG_A_OR_E) == 0 {
            return false;
        }
        let w = self.tok(i);
        // Articled names ("al-Assad", "el-Sisi") start in lower case.
        let stripped = crate::text::fold::strip_article(w);
        let first = stripped.chars().next();
        // ("General Said Chanegriha": the given name Said, before another name word.)
        let given_said = w == "Said"
            && self.tokens.get(i + 1).is_some_and(|n| {
                n.kind == TokenKind::Word
                    && n.start == self.tokens[i].end + 1
                    && self.text.as_bytes()[n.start].is_ascii_uppercase()
            });
        if !first.is_some_and(char::is_uppercase)
            || (t.word_flags & vocab::NOT_NAME != 0 && !given_said)
        {
            return false;
        }
        // Acronyms ("SANA", "SNSC") are not names; single capitals are initials.
        let acronym = if stripped.is_ascii() {
            // (Every letter upper case is no lower-case letter: most names show one by their
            // second byte, and need no count.)
            let b = stripped.as_bytes();
            !b.iter().any(u8::is_ascii_lowercase)
                && b.iter().filter(|c| c.is_ascii_alphabetic()).count() >= 2
        } else {
            let letters = stripped.chars().filter(|c| c.is_alphabetic()).count();
            letters >= 2 && stripped.chars().filter(|c| c.is_uppercase()).count() == letters
        };
        if acronym && !self.initials_before_name(i) {
            return false;
        }
        // Abstract nouns capitalised in the names of offices ("for Planning, Development and
        // Special Initiatives X", "Integration") end as no personal name does.
        let b = w.as_bytes();
        // (English "-ution" nouns have "l", "t", "b" or "c" before it, as "solution", "execution";
        // the Indonesian surname "Nasution" does not.)
        let foreign_ution = b.len() > 6
            && b.ends_with(b"ution")
            && !matches!(b[b.len() - 6], b'l' | b't' | b'b' | b'c');
        if b.len() > 6
            && !foreign_ution
            && [&b"tion"[..], b"tions", b"ments", b"ives", b"ities"]
                .iter()
                .any(|s| b.ends_with(s))
        {
            return false;
        }
        !w.bytes().any(|c| c.is_ascii_digit())
    }

    /// Dotted initials glued into one token right before a capitalised word ("M.K. Stalin"), which
    /// the acronym test would otherwise reject; dotted places ("U.S.") are covered before this.
    fn initials_before_name(&self, i: usize) -> bool {
        super::mentions::is_dotted_initials(self.tok(i))
            && self.tokens.get(i + 1).is_some_and(|n| {
                let next = &self.text[n.start..n.end];
                n.kind == TokenKind::Word
                    && next.starts_with(|c: char| c.is_ascii_uppercase())
                    && next.bytes().any(|c| c.is_ascii_lowercase())
            })
    }

    /// A lower-case particle that may sit inside a name ("bin", "de", "van").
    pub fn is_name_particle(&self, i: usize) -> bool {
        self.tags[i].flags & FLAG_PARTICLE != 0
    }

    /// Whether sentence `si` may hold one of the words of `bits` (from [`word_bits`]); false
    /// means it holds none.
    #[inline]
    pub fn sentence_may_have(&self, si: usize, bits: u128) -> bool {
        self.sentence_words.get(si).is_none_or(|w| w & bits != 0)
    }

    pub fn sentence_of_token(&self, i: usize) -> usize {
        self.sentence_tokens.partition_point(|r| r.end <= i)
    }
}

/// Lines that introduce another story or a picture rather than report.
const TEASER_PREFIXES: [&str; 10] = [
    "read also",
    "read more",
    "also read",
    "see also",
    "related",
    "recommended",
    "photo",
    "caption",
    "watch",
    "video",
];

/// Whether a sentence is a teaser or caption line: "READ ALSO: ...", "Photo: ...".
fn is_teaser(sentence: &str) -> bool {
    // The marker is a word or two: look for its colon near the start only.
    let near = &sentence.as_bytes()[..sentence.len().min(16)];
    let Some(colon) = near.iter().position(|&b| b == b':' || b == b'|') else {
        return false;
    };
    let head = sentence[..colon].trim();
    TEASER_PREFIXES.iter().any(|p| head.eq_ignore_ascii_case(p))
}

/// Marks tokens that sit between opening and closing quotation marks, within each sentence
/// (a quote left open at the end of a sentence closes there).
fn quoted_tokens(text: &str, tokens: &[Token], sentence_tokens: &[Range<usize>]) -> Vec<bool> {
    let mut out = vec![false; tokens.len()];
    for r in sentence_tokens {
        let mut inside = false;
        // Within a quoted object of a verb (see below), whose closing mark ends it.
        let mut embedded = false;
        for i in r.clone() {
            let t = tokens[i];
            if t.kind == TokenKind::Punct {
                // Every quotation mark starts with one of these bytes: other marks need no match.
                if !matches!(text.as_bytes()[t.start], b'"' | 0xC2 | 0xE2) {
                    continue;
                }
                // `(UNICEF">UNICEF)`: a straight mark glued to a word and to markup is left-over
                // HTML, no quotation.
                if text.as_bytes()[t.start] == b'"'
                    && text[..t.start]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric)
                    && text[t.end..].starts_with(['>', '<', '='])
                {
                    continue;
                }
                // "said he had held “a very good telephone conversation with X”": a quoted
                // object of the writer's own verb is the report, not someone's words.
                let object_of_verb = i > r.start && {
                    let before = tokens[i - 1];
                    before.kind == TokenKind::Word
                        && matches!(
                            &text[before.start..before.end],
                            "held" | "had" | "hold" | "holding" | "conducted"
                        )
                };
                // "had what he described as “constructive phonecalls” with X": a few words in
                // quotation marks are the writer's scare quotes, not someone's words.
                let scare_quote = || {
                    (i + 2..r.end.min(i + 6))
                        .find(|&k| {
                            tokens[k].kind == TokenKind::Punct
                                && matches!(&text[tokens[k].start..tokens[k].end], "”" | "»" | "\"")
                        })
                        .is_some_and(|close| {
                            (i + 1..close).all(|k| tokens[k].kind == TokenKind::Word)
                        })
                };
                match &text[t.start..t.end] {
                    "“" | "«" | "\"" if (object_of_verb || scare_quote()) && !inside => {
                        embedded = true
                    }
                    "”" | "»" | "\"" if embedded => embedded = false,
                    "“" | "«" => inside = true,
                    // A closing mark after a space opens a quote in some copy ("said that ” Iran ...").
                    "”" if !inside && text[..t.start].ends_with(char::is_whitespace) => {
                        inside = true
                    }
                    "”" | "»" => inside = false,
                    "\"" => inside = !inside,
                    _ => {}
                }
                continue;
            }
            out[i] = inside;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{RawFile, build_corpus};
    use aho_corasick::{AhoCorasick, AhoCorasickKind};

    /// The phrase tags as a byte-level matcher finds them: every lexicon phrase anywhere in the
    /// lower-cased text, kept when it starts and ends on token boundaries. The trie must agree.
    fn byte_matcher_tags(doc: &Doc<'_>, ac: &AhoCorasick) -> Vec<Tag> {
        let index = doc.lex.index.as_ref().expect("lexicon");
        let mut tags: Vec<Tag> = doc
            .tags
            .iter()
            .map(|t| Tag {
                flags: t.flags & FLAG_CAPITALISED,
                ..Tag::default()
            })
            .collect();
        let starts: HashMap<usize, usize> = doc
            .tokens
            .iter()
            .enumerate()
            .map(|(i, t)| (t.start, i))
            .collect();
        let ends: HashMap<usize, usize> = doc
            .tokens
            .iter()
            .enumerate()
            .map(|(i, t)| (t.end, i))
            .collect();
        for m in ac.find_overlapping_iter(&doc.lower_text) {
            if let (Some(&ti), Some(&tj)) = (starts.get(&m.start()), ends.get(&m.end())) {
                apply_phrase(&mut tags, ti, tj, &index.patterns[m.pattern().as_usize()].1);
            }
        }
        doc.context_rules(&mut tags);
        doc.acronyms_defined_here(&mut tags);
        tags
    }

    /// The dates of each sentence as read from its words must be those the text search finds, on
    /// real articles and on texts full of dates written every way.
    #[test]
    fn sentence_dates_match_the_text_search() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        for folder in ["tests/devset", "sample_corpus"] {
            for entry in std::fs::read_dir(dir.join(folder)).expect("folder") {
                let path = entry.expect("entry").path();
                if path.extension().is_some_and(|e| e == "txt") {
                    files.push(std::fs::read(&path).expect("article"));
                }
            }
        }
        files.push(
            "They met on Monday.  On Tuesday they spoke; late\tFriday and this SUNDAY too. \
             Yesterday's talks, today, TONIGHT and last\u{a0}Wednesday. On 2020-12-08 and July \
             19, 2021 and 3-4 March 2025 and Sept. 7 and on Monday, May 5. It may rain \
             on\nsaturday or early thursday."
                .into(),
        );
        let corpus = build_corpus(
            "test".into(),
            files
                .into_iter()
                .enumerate()
                .map(|(i, bytes)| RawFile {
                    path: format!("{i:03}.txt"),
                    bytes,
                })
                .collect(),
            None,
            Vec::new(),
        );
        let mut dated = 0;
        for article in &corpus.articles {
            let doc = Doc::new(article);
            for si in 0..doc.sentences.len() {
                let want = find_dates(&doc.text[doc.sentences[si].clone()], article.published);
                assert_eq!(
                    doc.sentence_dates(si),
                    want,
                    "{}",
                    &doc.text[doc.sentences[si].clone()]
                );
                dated += want.len();
            }
        }
        assert!(dated > 40, "{dated}");
    }

    fn phrase_fields(t: &Tag) -> Tag {
        Tag {
            covered: false,
            flags: 0,
            word: 0,
            word_flags: 0,
            ..*t
        }
    }

    #[test]
    fn trie_tags_match_a_byte_level_matcher() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut texts = Vec::new();
        for folder in ["tests/devset", "sample_corpus"] {
            for entry in std::fs::read_dir(dir.join(folder)).expect("folder") {
                let path = entry.expect("entry").path();
                if path.extension().is_some_and(|e| e == "txt") {
                    texts.push(std::fs::read_to_string(&path).expect("article"));
                }
            }
        }
        assert!(texts.len() >= 25);
        // The same articles in other shapes: capitals, broken lines, doubled spaces.
        let variants: Vec<String> = texts
            .iter()
            .flat_map(|t| {
                [
                    t.to_uppercase(),
                    t.replace(' ', "\n"),
                    t.replace(". ", ".  ").replace(", ", " ,  "),
                ]
            })
            .collect();
        texts.extend(variants);
        let files = texts
            .iter()
            .enumerate()
            .map(|(i, t)| RawFile {
                path: format!("{i:03}.txt"),
                bytes: t.clone().into_bytes(),
            })
            .collect();
        let corpus = build_corpus("test".into(), files, None, Vec::new());
        let lex = &*LEXICON;
        let ac = AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::DFA))
            .build(
                lex.index
                    .as_ref()
                    .expect("lexicon")
                    .patterns
                    .iter()
                    .map(|p| p.0.as_str()),
            )
            .expect("automaton");
        let mut phrases = 0;
        for article in &corpus.articles {
            let doc = Doc::new(article);
            let expected = byte_matcher_tags(&doc, &ac);
            for (i, (got, want)) in doc.tags.iter().zip(&expected).enumerate() {
                let mut got = phrase_fields(got);
                // Short case-sensitive forms ("US") are tagged after the phrases.
                if want.place.len == 0 && lex.exact_places.contains_key(doc.tok(i)) {
                    (got.place, got.end_place) = (want.place, want.end_place);
                }
                assert_eq!(
                    got,
                    phrase_fields(want),
                    "{}: token {i} {:?}",
                    article.path,
                    doc.tok(i)
                );
                phrases += usize::from(want.head_len > 0 || want.place.len > 0);
            }
        }
        assert!(
            phrases > 1000,
            "the articles have lexicon phrases: {phrases}"
        );
    }
}
