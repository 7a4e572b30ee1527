//! One article prepared for extraction: its body's tokens with lexicon tags and sentences.

use crate::assets::{Category, LEXICON, Lexicon, PlaceKind};
use std::collections::HashSet;
use std::sync::LazyLock;
use crate::model::Article;
use crate::text::sentences::split_sentences;
use crate::text::tokens::{Token, TokenKind, tokenize};
use std::ops::Range;

/// Capitalised words that begin sentences or clauses and are never names.
static NOT_NAMES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| NOT_NAME_WORDS.iter().copied().collect());
const NOT_NAME_WORDS: &[&str] = &[
    "the", "a", "an", "during", "for", "in", "on", "at", "of", "and", "but", "or", "as", "with", "after", "before",
    "while", "when", "where", "his", "her", "their", "its", "he", "she", "they", "it", "we", "i", "you", "this",
    "that", "these", "those", "both", "also", "later", "earlier", "meanwhile", "however", "today", "yesterday",
    "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "mr", "mrs", "ms", "said", "says", "according", "following", "under", "over", "from", "to", "by",
    "all", "some", "any", "each", "every", "no", "not", "there", "here", "then", "than", "if", "since", "until",
    "upon", "about", "between", "among", "against", "within", "without", "through", "into", "onto", "our", "my",
    "your", "who", "whom", "which", "what", "why", "how", "islamic", "arab", "western", "eastern", "northern",
    "southern", "central", "middle", "east", "west", "north", "south", "international", "national", "united",
    "check", "related", "read", "more", "news", "agency", "english", "bulletin", "world", "region", "regional",
];

/// Lexical tags of one token: the longest lexicon phrase of each kind that starts here (and, for
/// the kinds a title extends over to its left, that ends here).
#[derive(Clone, Copy, Debug, Default)]
pub struct Tag {
    pub end_place: Option<(usize, PlaceKind, usize)>,
    pub end_modifier: Option<usize>,
    pub end_portfolio: Option<usize>,
    pub anaphor: Option<usize>,
    /// A gazetteer official's name or alias starts here: (index, length).
    pub known: Option<(usize, usize)>,
    /// A place phrase starts here: (country index, kind, length in tokens).
    pub place: Option<(usize, PlaceKind, usize)>,
    /// A title head starts here: (length, is envoy).
    pub head: Option<(usize, bool)>,
    pub modifier: Option<usize>,
    pub portfolio: Option<usize>,
    pub honorific: Option<usize>,
    pub rank: Option<usize>,
    pub org_word: Option<usize>,
    /// Inside any multi-token lexicon phrase (so not a name word).
    pub covered: bool,
}

pub struct Doc<'a> {
    pub article: &'a Article,
    pub text: &'a str,
    pub tokens: Vec<Token>,
    /// The text lower-cased in ASCII only, so byte offsets stay those of `text`.
    pub lower_text: String,
    pub tags: Vec<Tag>,
    /// Sentence byte ranges and their token ranges.
    pub sentences: Vec<Range<usize>>,
    pub sentence_tokens: Vec<Range<usize>>,
    /// Token lies inside a quotation.
    pub quoted: Vec<bool>,
    pub lex: &'static Lexicon,
}

impl<'a> Doc<'a> {
    pub fn new(article: &'a Article) -> Doc<'a> {
        let lex = &*LEXICON;
        let text = article.text.as_str();
        let body = article.body.clone();
        // Start after the dateline so "Tehran, SANA-" is not read as part of the first sentence's names.
        let dl_len = crate::corpus::parse_dateline(&text[body.clone()]).map_or(0, |d| d.len);
        let start = body.start + dl_len;
        let sentences = split_sentences(text, start..body.end);
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
        let mut doc = Doc { article, text, tokens, lower_text, tags: Vec::new(), sentences, sentence_tokens, quoted, lex };
        doc.tag();
        doc
    }

    fn tag(&mut self) {
        let lex = self.lex;
        let n = self.tokens.len();
        let mut tags = vec![Tag::default(); n];
        let (Some(first), Some(last)) = (self.tokens.first(), self.tokens.last()) else {
            self.tags = tags;
            return;
        };
        let (from, to) = (first.start, last.end);
        if let Some(index) = &lex.index {
            for m in index.automaton.find_overlapping_iter(&self.lower_text[from..to]) {
                let (s, e) = (from + m.start(), from + m.end());
                // Whole tokens only: "oman" inside "woman" is no match.
                let ti = self.tokens.partition_point(|t| t.start < s);
                if ti >= n || self.tokens[ti].start != s {
                    continue;
                }
                let tj = self.tokens.partition_point(|t| t.end < e);
                if tj >= n || self.tokens[tj].end != e {
                    continue;
                }
                let len = tj - ti + 1;
                let capitalised = self.is_capitalised(ti);
                for cat in &index.categories[m.pattern().as_usize()] {
                    let longer = |old: Option<usize>| old.is_none_or(|o| o < len);
                    match *cat {
                        // Places must be written with a capital ("Jordan", not "jordan").
                        Category::Place(c, kind) if capitalised => {
                            if longer(tags[ti].place.map(|p| p.2)) {
                                tags[ti].place = Some((c, kind, len));
                            }
                            if longer(tags[tj].end_place.map(|p| p.2)) {
                                tags[tj].end_place = Some((c, kind, len));
                            }
                        }
                        Category::Place(..) => {}
                        Category::Head(envoy) if longer(tags[ti].head.map(|h| h.0)) => tags[ti].head = Some((len, envoy)),
                        Category::Modifier => {
                            if longer(tags[ti].modifier) {
                                tags[ti].modifier = Some(len);
                            }
                            if longer(tags[tj].end_modifier) {
                                tags[tj].end_modifier = Some(len);
                            }
                        }
                        Category::Portfolio => {
                            if longer(tags[ti].portfolio) {
                                tags[ti].portfolio = Some(len);
                            }
                            if longer(tags[tj].end_portfolio) {
                                tags[tj].end_portfolio = Some(len);
                            }
                        }
                        Category::Honorific if longer(tags[ti].honorific) => tags[ti].honorific = Some(len),
                        Category::Rank if longer(tags[ti].rank) => tags[ti].rank = Some(len),
                        Category::OrgWord if longer(tags[ti].org_word) => tags[ti].org_word = Some(len),
                        Category::Anaphor if longer(tags[ti].anaphor) => tags[ti].anaphor = Some(len),
                        Category::Known(idx) if capitalised && longer(tags[ti].known.map(|k| k.1)) => {
                            tags[ti].known = Some((idx, len))
                        }
                        _ => {}
                    }
                }
            }
        }
        for i in 0..n {
            // Case-sensitive short forms ("US", "IAEA") all start with a capital: skip the hash otherwise.
            if tags[i].place.is_none() && self.is_capitalised(i) {
                if let Some(&(c, kind)) = lex.exact_places.get(self.tokens[i].text(self.text)) {
                    tags[i].place = Some((c, kind, 1));
                    tags[i].end_place = Some((c, kind, 1));
                }
            }
        }
        for i in 0..n {
            let t = tags[i];
            let len = [t.place.map(|p| p.2), t.head.map(|h| h.0), t.honorific, t.rank, t.org_word, t.portfolio]
                .into_iter()
                .flatten()
                .max()
                .unwrap_or(0);
            for tag in tags.iter_mut().skip(i).take(len) {
                tag.covered = true;
            }
        }
        self.tags = tags;
    }

    /// The longest place phrase ending just before token `end`: (tokens, country, kind).
    pub fn place_ending_at(&self, end: usize) -> Option<(usize, usize, PlaceKind)> {
        let (c, kind, n) = self.tags.get(end.checked_sub(1)?)?.end_place?;
        Some((n, c, kind))
    }

    pub fn modifier_ending_at(&self, end: usize) -> Option<usize> {
        self.tags.get(end.checked_sub(1)?)?.end_modifier
    }

    pub fn portfolio_ending_at(&self, end: usize) -> Option<usize> {
        self.tags.get(end.checked_sub(1)?)?.end_portfolio
    }

    /// The lower-cased text of token `i`.
    pub fn low(&self, i: usize) -> &str {
        let t = &self.tokens[i];
        &self.lower_text[t.start..t.end]
    }

    pub fn tok(&self, i: usize) -> &str {
        self.tokens[i].text(self.text)
    }

    pub fn is_capitalised(&self, i: usize) -> bool {
        self.tok(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// A word that can be part of a person's name.
    pub fn is_name_word(&self, i: usize) -> bool {
        let tok = &self.tokens[i];
        if tok.kind != TokenKind::Word {
            return false;
        }
        let w = self.tok(i);
        let t = &self.tags[i];
        if t.covered {
            return false;
        }
        // Articled names ("al-Assad", "el-Sisi") start in lower case.
        let stripped = crate::text::fold::strip_article(w);
        let first = stripped.chars().next();
        if !first.is_some_and(char::is_uppercase) || NOT_NAMES.contains(self.low(i)) {
            return false;
        }
        // Acronyms ("SANA", "SNSC") are not names; single capitals are initials.
        let letters = stripped.chars().filter(|c| c.is_alphabetic()).count();
        let upper = stripped.chars().filter(|c| c.is_uppercase()).count();
        if letters >= 2 && upper == letters {
            return false;
        }
        !w.chars().any(|c| c.is_ascii_digit())
    }

    /// A lower-case particle that may sit inside a name ("bin", "de", "van").
    pub fn is_name_particle(&self, i: usize) -> bool {
        self.tokens[i].kind == TokenKind::Word && crate::text::fold::is_particle(self.low(i))
    }

    pub fn sentence_of_token(&self, i: usize) -> usize {
        self.sentence_tokens.partition_point(|r| r.end <= i)
    }
}

/// Marks tokens that sit between opening and closing quotation marks, within each sentence
/// (a quote left open at the end of a sentence closes there).
fn quoted_tokens(text: &str, tokens: &[Token], sentence_tokens: &[Range<usize>]) -> Vec<bool> {
    let mut out = vec![false; tokens.len()];
    for r in sentence_tokens {
        let mut inside = false;
        for i in r.clone() {
            let t = tokens[i];
            if t.kind == TokenKind::Punct {
                match &text[t.start..t.end] {
                    "“" | "«" => inside = true,
                    // A closing mark after a space opens a quote in some copy ("said that ” Iran ...").
                    "”" if !inside && text[..t.start].ends_with(char::is_whitespace) => inside = true,
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
