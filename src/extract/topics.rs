//! Topic keywords matched with one Aho–Corasick automaton (ASCII case-insensitive, word starts).

use crate::assets::Topic;
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

pub struct TopicMatcher {
    pub topics: Vec<Topic>,
    automaton: Option<AhoCorasick>,
    /// Topic index of each pattern.
    pattern_topic: Vec<usize>,
}

impl TopicMatcher {
    pub fn new(topics: Vec<Topic>) -> TopicMatcher {
        let mut patterns = Vec::new();
        let mut pattern_topic = Vec::new();
        for (ti, t) in topics.iter().enumerate() {
            for k in &t.keywords {
                patterns.push(k.clone());
                pattern_topic.push(ti);
            }
        }
        let automaton = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&patterns)
            .ok();
        TopicMatcher {
            topics,
            automaton,
            pattern_topic,
        }
    }

    /// Adds the ids of topics whose keywords start a word in `text` to `found`, in taxonomy order.
    pub fn find(&self, text: &str, found: &mut Vec<String>) {
        if self.automaton.is_none() {
            return;
        }
        self.add_hits(&self.hits(text), found);
    }

    /// Which topics (by index) have a keyword starting a word in `text`.
    pub fn hits(&self, text: &str) -> Vec<bool> {
        let mut hit = vec![false; self.topics.len()];
        let Some(ac) = &self.automaton else {
            return hit;
        };
        let bytes = text.as_bytes();
        for m in ac.find_iter(text) {
            let at_word_start = m.start() == 0 || !bytes[m.start() - 1].is_ascii_alphanumeric();
            if at_word_start {
                hit[self.pattern_topic[m.pattern().as_usize()]] = true;
            }
        }
        hit
    }

    /// Adds the ids of the topics in `hit` (see [`TopicMatcher::hits`]) to `found`, in taxonomy order.
    pub fn add_hits(&self, hit: &[bool], found: &mut Vec<String>) {
        if self.automaton.is_none() {
            return;
        }
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
}
