//! Topic keywords matched at word starts, ignoring ASCII case.
//!
//! Keywords are bucketed by a hash of their first three bytes, so each word start costs one table
//! look-up, and the few candidates are tested with one masked compare of eight bytes; a sentence is
//! scanned once, with no automaton to restart per match.

use crate::assets::Topic;
use crate::text::is_ascii_alnum;
use crate::text::tokens::{Token, TokenKind, tokenize};
use std::ops::Range;

pub struct TopicMatcher {
    pub topics: Vec<Topic>,
    /// Keywords of three bytes or more, lower-cased (ASCII), sorted by [`bucket`].
    keywords: Vec<Keyword>,
    /// For each bucket, its keywords' range in `keywords`.
    buckets: Box<[Range<u16>; BUCKETS]>,
    /// Two-byte keywords, which have no third byte to bucket by (none in the shipped taxonomy).
    short: Vec<Keyword>,
    /// Whether a keyword starts with a byte other than an ASCII letter or digit (none in the
    /// shipped taxonomy): only then can one start at a punctuation or possessive token.
    odd_start: bool,
}

struct Keyword {
    /// Its first eight bytes (fewer when shorter, zero-padded) as a little-endian word, and the
    /// mask of those bytes: this one compare decides keywords of up to eight bytes.
    head: u64,
    mask: u64,
    text: Box<[u8]>,
    topic: usize,
}

const BUCKET_BITS: u32 = 12;
const BUCKETS: usize = 1 << BUCKET_BITS;

/// Up to eight bytes from the start of `b`, zero-padded, as a little-endian word.
fn head(b: &[u8]) -> u64 {
    let mut w = [0u8; 8];
    let n = b.len().min(8);
    w[..n].copy_from_slice(&b[..n]);
    u64::from_le_bytes(w)
}

/// The bucket of a keyword or text position by its first three bytes (the low ones of `head`).
/// Three bytes rather than two: "con", "ter" or "pol" rule out many more words than "co", "te"
/// or "po".
fn bucket(head: u64) -> usize {
    ((head as u32 & 0xff_ffff).wrapping_mul(0x9E37_79B1) >> (32 - BUCKET_BITS)) as usize
}

/// A hash of the first two bytes: the order in which a list too long for u16 ranges loses keywords
/// (see [`TopicMatcher::new`]), kept so that it loses the same ones as before three-byte buckets.
fn pair_bucket(first: [u8; 2]) -> usize {
    (usize::from(first[0]) * 31 + usize::from(first[1])) % 1024
}

impl Keyword {
    /// Whether the keyword starts `rest`, whose first eight bytes (zero-padded) are `here`.
    #[inline]
    fn starts(&self, here: u64, rest: &[u8]) -> bool {
        here & self.mask == self.head
            && rest.len() >= self.text.len()
            && (self.text.len() <= 8 || rest[8..].starts_with(&self.text[8..]))
    }
}

impl TopicMatcher {
    pub fn new(topics: Vec<Topic>) -> TopicMatcher {
        // A one-letter keyword would tag every word that starts with its letter: left out.
        let mut keywords: Vec<Keyword> = topics
            .iter()
            .enumerate()
            .flat_map(|(topic, t)| {
                t.keywords.iter().filter(|k| k.len() >= 2).map(move |k| {
                    let text = k.to_ascii_lowercase().into_bytes().into_boxed_slice();
                    Keyword {
                        head: head(&text),
                        mask: head(&[0xff; 8][..text.len().min(8)]),
                        text,
                        topic,
                    }
                })
            })
            .collect();
        // More keywords than a u16 range can index are dropped rather than mis-indexed.
        keywords.sort_by_key(|k| pair_bucket([k.text[0], k.text[1]]));
        keywords.truncate(usize::from(u16::MAX));
        let odd_start = keywords.iter().any(|k| !is_ascii_alnum(k.text[0]));
        let (short, mut keywords): (Vec<Keyword>, Vec<Keyword>) =
            keywords.into_iter().partition(|k| k.text.len() == 2);
        keywords.sort_by_key(|k| bucket(k.head));
        let mut buckets: Box<[Range<u16>; BUCKETS]> = Box::new(std::array::from_fn(|_| 0..0));
        for (i, k) in keywords.iter().enumerate() {
            let r = &mut buckets[bucket(k.head)];
            if r.start == r.end {
                *r = i as u16..i as u16;
            }
            r.end = i as u16 + 1;
        }
        TopicMatcher {
            topics,
            keywords,
            buckets,
            short,
            odd_start,
        }
    }

    /// Adds the ids of topics whose keywords start a word in `text` to `found`, in taxonomy order.
    pub fn find(&self, text: &str, found: &mut Vec<String>) {
        let lower = text.to_ascii_lowercase();
        let tokens = tokenize(&lower, 0..lower.len());
        self.add_hits(&self.hits(&lower, 0..lower.len(), &tokens), found);
    }

    /// Marks in `hit` the topics of the keywords that start `rest`.
    // Inlined so that the token loop keeps its state in registers across the many word starts.
    #[inline(always)]
    fn check(&self, rest: &[u8], hit: &mut [bool]) {
        let here = match rest.first_chunk::<8>() {
            Some(w) => u64::from_le_bytes(*w),
            None => head(rest),
        };
        let r = &self.buckets[bucket(here)];
        for k in &self.keywords[usize::from(r.start)..usize::from(r.end)] {
            if k.starts(here, rest) {
                hit[k.topic] = true;
            }
        }
        for k in &self.short {
            if k.starts(here, rest) {
                hit[k.topic] = true;
            }
        }
    }

    /// Which topics (by index) have a keyword starting a word in `lower[range]` (text lower-cased
    /// in ASCII): at the range's start or after a byte that is not an ASCII letter or digit.
    /// `tokens` are the range's tokens (from [`tokenize`]): words start at them or after a break
    /// inside one, so the other bytes need no visit.
    pub fn hits(&self, lower: &str, range: Range<usize>, tokens: &[Token]) -> Vec<bool> {
        let mut hit = vec![false; self.topics.len()];
        // Up to the range's end, so that no keyword runs past it.
        let text = &lower.as_bytes()[..range.end];
        let word_start = |at: usize| at == range.start || !is_ascii_alnum(text[at - 1]);
        for t in tokens {
            // The tokenizer ends a word only before a byte that is not an ASCII letter or digit,
            // so a word token always starts a word; other tokens (punctuation, "'s") start with
            // such a byte, so only a keyword that does can start there, and only after the test.
            if t.kind == TokenKind::Word || self.odd_start && word_start(t.start) {
                self.check(&text[t.start..], &mut hit);
            }
            if t.inner_break {
                for at in t.start + 1..t.end {
                    if word_start(at) {
                        self.check(&text[at..], &mut hit);
                    }
                }
            }
        }
        hit
    }

    /// Adds the ids of the topics in `hit` (see [`TopicMatcher::hits`]) to `found`, in taxonomy order.
    pub fn add_hits(&self, hit: &[bool], found: &mut Vec<String>) {
        for (ti, t) in self.topics.iter().enumerate() {
            if (hit[ti] || found.contains(&t.id)) && !found.contains(&t.id) {
                found.push(t.id.clone());
            }
        }
        found.sort_by_key(|id| self.topics.iter().position(|t| &t.id == id));
    }

    pub fn label(&self, id: &str) -> Option<&str> {
        self.topics
            .iter()
            .find(|t| t.id == id)
            .map(|t| t.label.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_match_word_starts_case_insensitively() {
        let m = TopicMatcher::new(crate::assets::LEXICON.topics.clone());
        let mut found = Vec::new();
        m.find(
            "They discussed combating Terrorism and the return of refugees.",
            &mut found,
        );
        assert_eq!(found, ["counter-terrorism", "refugees"]);
        let mut none = Vec::new();
        m.find("Counterparts met in the heart of the city.", &mut none);
        assert!(!none.contains(&"health".to_string()), "{none:?}");
    }

    /// Every byte position that starts a word, as the token-driven scan must find them.
    fn hits_by_bytes(m: &TopicMatcher, lower: &str) -> Vec<bool> {
        let b = lower.as_bytes();
        let mut hit = vec![false; m.topics.len()];
        for at in 0..b.len() {
            if at == 0 || !is_ascii_alnum(b[at - 1]) {
                for k in m.keywords.iter().chain(&m.short) {
                    if b[at..].starts_with(&k.text) {
                        hit[k.topic] = true;
                    }
                }
            }
        }
        hit
    }

    #[test]
    fn token_starts_find_what_every_byte_position_finds() {
        let m = TopicMatcher::new(crate::assets::LEXICON.topics.clone());
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut sentences = 0;
        for folder in ["tests/devset", "sample_corpus"] {
            for entry in std::fs::read_dir(dir.join(folder)).expect("folder") {
                let path = entry.expect("entry").path();
                if path.extension().is_none_or(|e| e != "txt") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).expect("article");
                for text in [text.clone(), text.replace(' ', "-").replace(".-", ". ")] {
                    let lower = text.to_ascii_lowercase();
                    let tokens = tokenize(&text, 0..text.len());
                    for r in crate::text::sentences::split_sentences(&text, 0..text.len()) {
                        let here: Vec<Token> = tokens
                            .iter()
                            .filter(|t| r.contains(&t.start))
                            .copied()
                            .collect();
                        assert_eq!(
                            m.hits(&lower, r.clone(), &here),
                            hits_by_bytes(&m, &lower[r.clone()]),
                            "{}",
                            &text[r]
                        );
                        sentences += 1;
                    }
                }
            }
        }
        assert!(sentences > 500, "{sentences}");
    }

    fn topic(id: &str, keywords: &[&str]) -> Topic {
        Topic {
            id: id.into(),
            label: id.into(),
            keywords: keywords.iter().map(|k| k.to_string()).collect(),
        }
    }

    #[test]
    fn keywords_inside_longer_keywords_and_after_hyphens_count() {
        let m = TopicMatcher::new(vec![
            topic("a", &["return of refugees"]),
            topic("b", &["refugee"]),
            topic("c", &["terror"]),
        ]);
        let mut found = Vec::new();
        m.find(
            "They spoke of the return of refugees and counter-terrorism.",
            &mut found,
        );
        assert_eq!(found, ["a", "b", "c"]);
        let mut none = Vec::new();
        m.find("Antiterrorist units and refugeecamp", &mut none);
        assert_eq!(none, ["b"]);
    }

    #[test]
    fn two_byte_keywords_and_keywords_at_the_end_count() {
        let m = TopicMatcher::new(vec![
            topic("a", &["UN"]),
            topic("b", &["political settlement"]),
            topic("c", &["truce"]),
        ]);
        let mut found = Vec::new();
        m.find("Talks at the United Nations on a truce", &mut found);
        assert_eq!(found, ["a", "c"]);
        let mut none = Vec::new();
        m.find("A political settle", &mut none);
        assert!(none.is_empty(), "{none:?}");
        let mut one = Vec::new();
        m.find("Political settlement", &mut one);
        assert_eq!(one, ["b"]);
    }

    #[test]
    fn keywords_may_start_with_punctuation() {
        let m = TopicMatcher::new(vec![topic("a", &["#syria"]), topic("b", &["'s talks"])]);
        let mut found = Vec::new();
        m.find("Posts tagged #Syria", &mut found);
        assert_eq!(found, ["a"]);
        // Not at a word start: after a letter.
        let mut none = Vec::new();
        m.find("Posts tagged x#Syria on Russia's talks", &mut none);
        assert!(none.is_empty(), "{none:?}");
    }
}
