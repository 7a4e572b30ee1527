//! The small word lists the extractor tests tokens against, indexed once per token: each token gets
//! the id of its lower-case text in this vocabulary (0 for other words) and the id's flags, so hot
//! loops compare integers instead of strings and need no hashing.

use std::sync::LazyLock;

/// Capitalised words that begin sentences or clauses and are never names.
pub const NOT_NAME: u8 = 1;
/// Lower-case name particles ("bin", "de").
pub const PARTICLE: u8 = 2;
/// Words before a meeting phrase that make it a plan ("will", "scheduled").
pub const NOT_YET: u8 = 4;
/// First words of the phrases that make a sentence's meetings plans ("scheduled for").
pub const PLANNED_FIRST: u8 = 8;
/// Month names and their short forms ("january", "sept"): a sentence without one has no explicit
/// date but an ISO one.
pub const MONTH: u8 = 16;
/// Weekdays and "yesterday", "today", "tonight": the relative dates.
pub const DAY: u8 = 32;
/// "the", "his", "her", "their": the words a reference back to someone begins with.
pub const REFERENCE: u8 = 64;

/// The first eight bytes of `b`, zero-padded.
#[inline]
fn prefix(b: &[u8]) -> u64 {
    let n = b.len();
    if let Some(head) = b.first_chunk::<8>() {
        return u64::from_le_bytes(*head);
    }
    // Shorter words in at most two overlapping loads (the overlap ORs equal bytes).
    if n >= 4 {
        let lo = u64::from(u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
        let hi = u64::from(u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]));
        return lo | hi << (8 * (n - 4));
    }
    match n {
        0 => 0,
        1 => u64::from(b[0]),
        2 => u64::from(b[0]) | u64::from(b[1]) << 8,
        _ => u64::from(b[0]) | u64::from(b[1]) << 8 | u64::from(b[2]) << 16,
    }
}

#[inline]
fn slot(len: usize, prefix: u64, mask: usize) -> usize {
    let h = (prefix ^ (len as u64).rotate_left(56)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> 40) as usize & mask
}

/// The summary bit of the rare words that share one (see `Vocab::new`).
const SHARED_BIT: u8 = 127;

pub struct Vocab {
    words: Vec<&'static str>,
    flags: Vec<u8>,
    /// Each id's bit in a sentence summary (see `doc::Doc::sentence_may_have`): 1 to 127 for the
    /// words the gates test, 0 for the rest, which are never tested alone and are common ("the",
    /// "to"): sharing a bit with one would open a gate in nearly every sentence.
    summary_bits: Vec<u8>,
    /// Each word's id.
    ids: WordTable<u16>,
}

impl Vocab {
    /// `gated`: the words the gates test, each with a summary bit of its own; `shared`: rare
    /// words only ever tested together, which share the last bit.
    fn new(lists: &[(&[&'static str], u8)], gated: &[&str], shared: &[&str]) -> Vocab {
        // Id 0 stands for every other word.
        let (mut words, mut flags) = (vec![""], vec![0]);
        for (list, flag) in lists {
            for &w in *list {
                let id = match words.iter().position(|x| *x == w) {
                    Some(id) => id,
                    None => {
                        words.push(w);
                        flags.push(0);
                        words.len() - 1
                    }
                };
                flags[id] |= flag;
            }
        }
        assert!(words.len() < usize::from(u16::MAX));
        let ids = WordTable::new(
            words
                .iter()
                .enumerate()
                .skip(1)
                .map(|(id, &w)| (Box::from(w), id as u16)),
        );
        let mut summary_bits = vec![0u8; words.len()];
        let mut next = 0;
        for w in gated {
            let Some(id) = ids.get(w) else { continue };
            let bit = &mut summary_bits[usize::from(id)];
            if *bit == 0 {
                // (Past 126 gated words, bits are shared among them.)
                *bit = 1 + (next % usize::from(SHARED_BIT - 1)) as u8;
                next += 1;
            }
        }
        for w in shared {
            let Some(id) = ids.get(w) else { continue };
            let bit = &mut summary_bits[usize::from(id)];
            if *bit == 0 {
                *bit = SHARED_BIT;
            }
        }
        Vocab {
            words,
            flags,
            summary_bits,
            ids,
        }
    }

    /// The id of `w` (exactly as written), 0 when it is not in the vocabulary.
    #[inline]
    pub fn id(&self, w: &str) -> u16 {
        self.ids.get(w).unwrap_or(0)
    }

    #[inline]
    pub fn flags(&self, id: u16) -> u8 {
        self.flags[usize::from(id)]
    }

    /// The sentence-summary bit of `id` (0 to 127).
    #[inline]
    pub fn summary_bit(&self, id: u16) -> u32 {
        u32::from(self.summary_bits[usize::from(id)])
    }
}

/// A read-only map from words to small values, open-addressed by length and first eight bytes: the
/// hot path of tagging, one look-up per token.
pub struct WordTable<V> {
    words: Vec<Box<str>>,
    /// A quarter full at most, a power of two long: most tokens are in no table, and a miss ends
    /// at the first or second slot.
    slots: Vec<Slot<V>>,
    max_len: usize,
    /// The one-byte words: most one-byte tokens are punctuation in no table, and skip the probe.
    one_byte: [bool; 256],
}

/// A table slot with its word's first eight bytes, length and value, so a probe reads no other
/// memory but for words longer than eight bytes.
#[derive(Clone, Copy, Default)]
struct Slot<V> {
    prefix: u64,
    /// The word's length (0: empty slot; no word is empty).
    len: u32,
    /// Index into `words`.
    index: u32,
    value: V,
}

impl<V: Copy + Default> WordTable<V> {
    /// Later entries for the same word are ignored.
    pub fn new(entries: impl IntoIterator<Item = (Box<str>, V)>) -> WordTable<V> {
        let mut seen = std::collections::HashSet::new();
        let (words, values): (Vec<Box<str>>, Vec<V>) = entries
            .into_iter()
            .filter(|(w, _)| !w.is_empty() && seen.insert(w.clone()))
            .unzip();
        let size = (words.len() * 4 + 1).next_power_of_two();
        let mut slots = vec![Slot::default(); size];
        for (i, w) in words.iter().enumerate() {
            let p = prefix(w.as_bytes());
            let mut at = slot(w.len(), p, size - 1);
            while slots[at].len != 0 {
                at = (at + 1) & (size - 1);
            }
            slots[at] = Slot {
                prefix: p,
                len: u32::try_from(w.len()).expect("short words"),
                index: i as u32,
                value: values[i],
            };
        }
        let max_len = words.iter().map(|w| w.len()).max().unwrap_or(0);
        let mut one_byte = [false; 256];
        for w in words.iter().filter(|w| w.len() == 1) {
            one_byte[usize::from(w.as_bytes()[0])] = true;
        }
        WordTable {
            words,
            slots,
            max_len,
            one_byte,
        }
    }

    #[inline]
    pub fn get(&self, w: &str) -> Option<V> {
        let b = w.as_bytes();
        if b.is_empty()
            || b.len() > self.max_len
            || (b.len() == 1 && !self.one_byte[usize::from(b[0])])
        {
            return None;
        }
        let p = prefix(b);
        let mask = self.slots.len() - 1;
        let mut at = slot(b.len(), p, mask);
        loop {
            let s = self.slots[at];
            if s.len == 0 {
                return None;
            }
            if s.prefix == p && s.len as usize == b.len() {
                if b.len() <= 8 || self.words[s.index as usize].as_bytes()[8..] == b[8..] {
                    return Some(s.value);
                }
            }
            at = (at + 1) & mask;
        }
    }
}

impl Vocab {
    /// Every word with its id.
    pub fn entries(&self) -> impl Iterator<Item = (&'static str, u16)> + '_ {
        self.words
            .iter()
            .enumerate()
            .skip(1)
            .map(|(i, &w)| (w, i as u16))
    }
}

pub static VOCAB: LazyLock<Vocab> = LazyLock::new(|| {
    let trigger_words: Vec<&'static str> = super::article::TRIGGERS
        .iter()
        .flat_map(|t| t.0.iter().copied())
        .collect();
    let planned: Vec<&'static str> = super::article::PLANNED.iter().map(|p| p[0]).collect();
    let planned_rest: Vec<&'static str> = super::article::PLANNED.iter().map(|p| p[1]).collect();
    Vocab::new(
        &[
            (super::doc::NOT_NAME_WORDS, NOT_NAME),
            (super::doc::REGION_WORDS, NOT_NAME),
            (&crate::text::dates::MONTH_WORDS[..12], NOT_NAME),
            (&crate::text::dates::DAY_WORDS, NOT_NAME),
            (crate::text::fold::PARTICLES, PARTICLE),
            (&super::article::NOT_YET, NOT_YET),
            (&planned, PLANNED_FIRST),
            (&planned_rest, 0),
            (&trigger_words, 0),
            (&super::article::RULE_WORDS, 0),
            (&crate::text::dates::MONTH_WORDS, MONTH),
            (&crate::text::dates::DAY_WORDS, DAY),
            (&crate::text::dates::DAY_PREFIXES, 0),
            (&["the", "his", "her", "their"], REFERENCE),
        ],
        &super::article::gated_words(),
        super::article::SHARED_GATE_WORDS,
    )
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_are_the_zero_padded_first_bytes() {
        for w in [
            "",
            "a",
            "ab",
            "abc",
            "abcd",
            "abcde",
            "abcdefg",
            "abcdefgh",
            "abcdefghij",
            "ça",
        ] {
            let want = w
                .bytes()
                .take(8)
                .enumerate()
                .fold(0u64, |x, (i, c)| x | u64::from(c) << (8 * i));
            assert_eq!(prefix(w.as_bytes()), want, "{w}");
        }
    }

    /// Each word a sentence gate tests has a summary bit of its own, shared with no other word.
    #[test]
    fn gated_words_have_bits_of_their_own() {
        let v = &*VOCAB;
        let gated = crate::extract::article::gated_words();
        let gated_ids: std::collections::HashSet<u16> = gated.iter().map(|w| v.id(w)).collect();
        let shared_ids: std::collections::HashSet<u16> = crate::extract::article::SHARED_GATE_WORDS
            .iter()
            .map(|w| v.id(w))
            .collect();
        assert!(
            !gated_ids.contains(&0) && gated_ids.len() < usize::from(SHARED_BIT),
            "{}",
            gated_ids.len()
        );
        assert!(!shared_ids.contains(&0));
        for (w, id) in v.entries() {
            let bit = v.summary_bit(id);
            if shared_ids.contains(&id) && !gated_ids.contains(&id) {
                assert_eq!(bit, u32::from(SHARED_BIT), "{w}");
                continue;
            }
            assert_eq!(bit != 0, gated_ids.contains(&id), "{w}");
            if bit != 0 {
                let sharing = gated_ids
                    .iter()
                    .filter(|&&g| v.summary_bit(g) == bit)
                    .count();
                assert_eq!(sharing, 1, "{w}");
            }
        }
    }

    #[test]
    fn ids_are_exact_and_flags_follow_the_lists() {
        let v = &*VOCAB;
        for (id, w) in v.words.iter().enumerate().skip(1) {
            assert_eq!(usize::from(v.id(w)), id, "{w}");
            assert_eq!(v.id(&format!("{w}\0")), 0);
            assert!(!(v.id(&w[..w.len() - 1]) == id as u16));
        }
        assert_eq!(v.id("qwerty"), 0);
        assert_eq!(v.id(""), 0);
        assert_ne!(v.id("the"), 0);
        assert_eq!(v.id("The"), 0);
        assert_ne!(v.id("the"), v.id("then"));
        assert!(v.flags(v.id("the")) & NOT_NAME != 0);
        assert!(v.flags(v.id("bin")) & PARTICLE != 0);
        assert!(v.flags(v.id("will")) & NOT_YET != 0);
        assert!(v.flags(v.id("scheduled")) & PLANNED_FIRST != 0);
        assert!(v.flags(v.id("met")) & (NOT_NAME | PARTICLE | NOT_YET) == 0);
        for w in crate::text::fold::PARTICLES {
            assert!(crate::text::fold::is_particle(w) && v.flags(v.id(w)) & PARTICLE != 0);
        }
    }
}
