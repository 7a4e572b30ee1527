//! Topic keywords matched at word starts, ignoring ASCII case.
//!
//! Keywords are bucketed by their first byte, so each word start costs one table look-up and a
//! few byte compares; a sentence is scanned once, with no automaton to restart per match.

use crate::assets::Topic;
use crate::text::is_ascii_alnum;
use crate::text::tokens::{Token, tokenize};
use std::ops::Range;

pub struct TopicMatcher {
    pub topics: Vec<Topic>,
    /// Keywords lower-cased (ASCII), sorted by [`bucket`].
    keywords: Vec<Keyword>,
    /// For each bucket, its keywords' range in `keywords`.
    buckets: Box<[Range<u16>; BUCKETS]>,
}

struct Keyword {
    /// Its first four bytes (fewer when shorter, zero-padded) as a little-endian word, and the
    /// mask of those bytes: most candidates fail this one compare.
    head: u32,
    mask: u32,
    text: Box<[u8]>,
    topic: usize,
}

const BUCKETS: usize = 1024;

/// Up to four bytes from the start of `b`, zero-padded, as a little-endian word.
fn head(b: &[u8]) -> u32 {
    if let Some(w) = b.first_chunk::<4>() {
        return u32::from_le_bytes(*w);
    }
    let mut w = [0u8; 4];
    let n = b.len().min(4);
    w[..n].copy_from_slice(&b[..n]);
    u32::from_le_bytes(w)
}

/// The bucket of a keyword or text position by its first two (lower-case) bytes.
fn bucket(first: [u8; 2]) -> usize {
    (usize::from(first[0]) * 31 + usize::from(first[1])) % BUCKETS
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
                        mask: head(&[0xff; 4][..text.len().min(4)]),
                        text,
                        topic,
                    }
                })
            })
            .collect();
        keywords.sort_by_key(|k| bucket([k.text[0], k.text[1]]));
        // More keywords than a u16 range can index are dropped rather than mis-indexed.
        keywords.truncate(usize::from(u16::MAX));
        let mut buckets: Box<[Range<u16>; BUCKETS]> = Box::new(std::array::from_fn(|_| 0..0));
        for (i, k) in keywords.iter().enumerate() {
            let r = &mut buckets[bucket([k.text[0], k.text[1]])];
            if r.start == r.end {
                *r = i as u16..i as u16;
            }
            r.end = i as u16 + 1;
        }
        TopicMatcher {
            topics,
            keywords,
            buckets,
        }
    }

    /// Adds the ids of topics whose keywords start a word in `text` to `found`, in taxonomy order.
    pub fn find(&self, text: &str, found: &mut Vec<String>) {
        let lower = text.to_ascii_lowercase();
        let tokens = tokenize(&lower, 0..lower.len());
        self.add_hits(&self.hits(&lower, 0..lower.len(), &tokens), found);
    }

    /// Which topics (by index) have a keyword starting a word in `lower[range]` (text lower-cased
    /// in ASCII): at the range's start or after a byte that is not an ASCII letter or digit.
    /// `tokens` are the range's tokens: words start at them or after a break inside one, so the
    /// other bytes need no visit.
    pub fn hits(&self, lower: &str, range: Range<usize>, tokens: &[Token]) -> Vec<bool> {
        let mut hit = vec![false; self.topics.len()];
        let bytes = &lower.as_bytes()[range.clone()];
        let mut check = |at: usize| {
            let Some(&second) = bytes.get(at + 1) else {
                return;
            };
            let r = &self.buckets[bucket([bytes[at], second])];
            if r.start == r.end {
                return;
            }
            let here = head(&bytes[at..]);
            for k in &self.keywords[usize::from(r.start)..usize::from(r.end)] {
                if here & k.mask == k.head && bytes[at..].starts_with(&k.text) {
                    hit[k.topic] = true;
                }
            }
        };
        let word_start = |at: usize| at == 0 || !is_ascii_alnum(bytes[at - 1]);
        for t in tokens {
            let (start, end) = (t.start - range.start, t.end - range.start);
            if word_start(start) {
                check(start);
            }
            if t.inner_break {
                for at in start + 1..end {
                    if word_start(at) {
                        check(at);
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
                for k in &m.keywords {
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
}
