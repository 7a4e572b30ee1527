//! Topic keywords matched at word starts, ignoring ASCII case: a byte trie of the keywords is walked
//! from every word start, so a sentence costs a table look-up per word and a few steps per likely
//! keyword.

use crate::assets::Topic;

pub struct TopicMatcher {
    pub topics: Vec<Topic>,
    trie: KeywordTrie,
}

/// Keywords (ASCII-lower-cased bytes) as a trie; node 0 is the root.
#[derive(Default)]
struct KeywordTrie {
    /// The node after each first byte (0: no keyword starts with it).
    first: Vec<u32>,
    nodes: Vec<KeywordNode>,
    /// (byte, child), sorted within each node's range.
    edges: Vec<(u8, u32)>,
    /// Topic indexes of the keywords ending at each node, by the nodes' ranges.
    ends: Vec<u32>,
}

#[derive(Clone, Copy, Default)]
struct KeywordNode {
    edges: (u32, u32),
    ends: (u32, u32),
}

impl KeywordTrie {
    fn new(keywords: &[(String, usize)]) -> KeywordTrie {
        let mut children: Vec<std::collections::BTreeMap<u8, u32>> = vec![Default::default()];
        let mut ends: Vec<Vec<u32>> = vec![Vec::new()];
        for (k, topic) in keywords {
            let mut node = 0usize;
            for b in k.bytes().map(|b| b.to_ascii_lowercase()) {
                let fresh = children.len() as u32;
                let child = *children[node].entry(b).or_insert(fresh);
                if child == fresh {
                    children.push(Default::default());
                    ends.push(Vec::new());
                }
                node = child as usize;
            }
            // An empty keyword would match everywhere: it matches nothing instead.
            if node != 0 && !ends[node].contains(&(*topic as u32)) {
                ends[node].push(*topic as u32);
            }
        }
        let mut trie = KeywordTrie { first: vec![0; 256], ..KeywordTrie::default() };
        for (&b, &child) in &children[0] {
            trie.first[usize::from(b)] = child;
        }
        for (kids, topics) in children.iter().zip(&ends) {
            let (e0, t0) = (trie.edges.len() as u32, trie.ends.len() as u32);
            trie.edges.extend(kids.iter().map(|(&b, &c)| (b, c)));
            trie.ends.extend_from_slice(topics);
            trie.nodes.push(KeywordNode { edges: (e0, trie.edges.len() as u32), ends: (t0, trie.ends.len() as u32) });
        }
        trie
    }

    #[inline]
    fn child(&self, node: u32, byte: u8) -> Option<u32> {
        let (a, b) = self.nodes[node as usize].edges;
        let edges = &self.edges[a as usize..b as usize];
        edges.binary_search_by_key(&byte, |e| e.0).ok().map(|i| edges[i].1)
    }
}

impl TopicMatcher {
    pub fn new(topics: Vec<Topic>) -> TopicMatcher {
        let keywords: Vec<(String, usize)> = topics
            .iter()
            .enumerate()
            .flat_map(|(ti, t)| t.keywords.iter().map(move |k| (k.clone(), ti)))
            .collect();
        TopicMatcher { trie: KeywordTrie::new(&keywords), topics }
    }

    /// Adds the ids of topics whose keywords start a word in `text` to `found`, in taxonomy order.
    pub fn find(&self, text: &str, found: &mut Vec<String>) {
        self.add_hits(&self.hits(text), found);
    }

    /// Which topics (by index) have a keyword starting a word in `text`.
    pub fn hits(&self, text: &str) -> Vec<bool> {
        let bytes = text.as_bytes();
        let mut hit = vec![false; self.topics.len()];
        for i in 0..bytes.len() {
            if i == 0 || !bytes[i - 1].is_ascii_alphanumeric() {
                self.walk(bytes, i, &mut hit);
            }
        }
        hit
    }

    /// [`TopicMatcher::hits`] of the words `words` (byte ranges of `text`): the same word starts,
    /// found without visiting every byte.
    pub fn hits_in_words(&self, text: &str, words: impl Iterator<Item = std::ops::Range<usize>>) -> Vec<bool> {
        let bytes = text.as_bytes();
        let mut hit = vec![false; self.topics.len()];
        for w in words {
            self.walk(bytes, w.start, &mut hit);
            // Inner word starts: "terror" in "anti-terror", "Qaeda" in "al-Qaeda".
            if !bytes[w.clone()].iter().all(u8::is_ascii_alphanumeric) {
                for i in w.start + 1..w.end {
                    if !bytes[i - 1].is_ascii_alphanumeric() {
                        self.walk(bytes, i, &mut hit);
                    }
                }
            }
        }
        hit
    }

    /// Marks the topics of every keyword that starts at byte `i`.
    #[inline]
    fn walk(&self, bytes: &[u8], i: usize, hit: &mut [bool]) {
        let trie = &self.trie;
        let Some(&first) = bytes.get(i) else {
            return;
        };
        let mut node = trie.first[usize::from(first.to_ascii_lowercase())];
        let mut j = i;
        while node != 0 {
            let (a, b) = trie.nodes[node as usize].ends;
            for &t in &trie.ends[a as usize..b as usize] {
                hit[t as usize] = true;
            }
            j += 1;
            let Some(&next) = bytes.get(j) else {
                break;
            };
            node = trie.child(node, next.to_ascii_lowercase()).unwrap_or(0);
        }
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
        // Word starts inside hyphenated words count; the same text through its words agrees.
        let text = "Anti-terror talks on al-Qaeda, refugees' return";
        let hits = m.hits(text);
        let words = crate::text::tokens::tokenize(text, 0..text.len()).into_iter().map(|t| t.start..t.end);
        assert_eq!(m.hits_in_words(text, words), hits);
        let on = |id: &str| hits[m.topics.iter().position(|t| t.id == id).unwrap()];
        assert!(on("counter-terrorism") && on("refugees") && !on("health"));
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
