//! One article prepared for extraction: its body's tokens with lexicon tags and sentences.

use crate::assets::{LEXICON, Lexicon, PlaceKind};
use crate::model::Article;
use crate::text::sentences::split_sentences;
use crate::text::tokens::{Token, TokenKind, tokenize};
use std::ops::Range;

/// Capitalised words that begin sentences or clauses and are never names.
const NOT_NAMES: &[&str] = &[
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

/// Lexical tags of one token, set where a lexicon phrase starts.
#[derive(Clone, Copy, Debug, Default)]
pub struct Tag {
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
    pub lower: Vec<String>,
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
        let lower: Vec<String> = tokens.iter().map(|t| t.text(text).to_lowercase()).collect();
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
        let mut doc = Doc { article, text, tokens, lower, tags: Vec::new(), sentences, sentence_tokens, quoted, lex };
        doc.tag();
        doc
    }

    fn tag(&mut self) {
        let lex = self.lex;
        let n = self.tokens.len();
        let mut tags = vec![Tag::default(); n];
        for i in 0..n {
            if self.tokens[i].kind == TokenKind::Punct && !matches!(self.lower[i].as_str(), "." | "-") {
                continue;
            }
            let t = &mut tags[i];
            if let Some((len, &(c, kind))) = lex.places.longest_at(&self.lower, i) {
                // Places must be written with a capital ("Jordan", not "jordan").
                if self.is_capitalised(i) {
                    t.place = Some((c, kind, len));
                }
            } else if let Some(&c) = lex.exact_places.get(self.tokens[i].text(self.text)) {
                t.place = Some((c, crate::assets::PlaceKind::Country, 1));
            }
            t.head = lex.heads.longest_at(&self.lower, i).map(|(l, &e)| (l, e));
            t.modifier = lex.modifiers.longest_at(&self.lower, i).map(|(l, _)| l);
            t.portfolio = lex.portfolios.longest_at(&self.lower, i).map(|(l, _)| l);
            t.honorific = lex.honorifics.longest_at(&self.lower, i).map(|(l, _)| l);
            t.rank = lex.ranks.longest_at(&self.lower, i).map(|(l, _)| l);
            t.org_word = lex.org_words.longest_at(&self.lower, i).map(|(l, _)| l);
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
        if t.covered || NOT_NAMES.contains(&self.lower[i].as_str()) {
            return false;
        }
        // Articled names ("al-Assad", "el-Sisi") start in lower case.
        let stripped = crate::text::fold::strip_article(w);
        let first = stripped.chars().next();
        if !first.is_some_and(char::is_uppercase) {
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
        self.tokens[i].kind == TokenKind::Word && crate::text::fold::is_particle(&self.lower[i])
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
