//! Folding names for comparison: case, diacritics, Arabic article prefixes and common
//! transliteration variants (Mikdad = Mekdad = Miqdad, Muallem = Moallem).

use unicode_normalization::UnicodeNormalization;

/// Lower case without diacritics or apostrophes; hyphens and spaces kept.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.nfd() {
        match c {
            '\u{300}'..='\u{36f}' => {}
            '\'' | '’' | '‘' | 'ʿ' | 'ʾ' | '`' | '´' => {}
            'ı' => out.push('i'),
            'ø' => out.push('o'),
            'ł' => out.push('l'),
            'đ' | 'Đ' => out.push('d'),
            'ß' => out.push_str("ss"),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Removes Arabic article and similar prefixes: "al-Assad" → "Assad", "el-Sisi" → "Sisi".
pub fn strip_article(word: &str) -> &str {
    // Every prefix below starts with one of these letters: most words need no comparison at all.
    if !matches!(word.as_bytes().first(), Some(b'a' | b'A' | b'e' | b'E')) {
        return word;
    }
    for p in ["al-", "Al-", "AL-", "el-", "El-", "al‑", "ad-", "as-", "ash-", "at-", "az-", "an-", "ar-"] {
        if let Some(rest) = word.strip_prefix(p) {
            if rest.chars().next().is_some_and(char::is_alphabetic) {
                return rest;
            }
        }
    }
    word
}

/// A transliteration-insensitive key for one name word: folded, article removed, vowels after the
/// first letter dropped, q→k, doubled letters collapsed.
pub fn name_key(word: &str) -> String {
    let folded = fold(strip_article(word.trim_end_matches(['\'', '’'])));
    // Persian and Arabic q, gh and kh are written interchangeably (Araqchi = Araghchi).
    let folded = folded.replace("gh", "q").replace("kh", "k");
    let letters: Vec<char> = folded.chars().filter(|c| c.is_alphanumeric()).collect();
    let mut out = String::with_capacity(letters.len());
    let mut last = '\0';
    for (i, &c) in letters.iter().enumerate() {
        let c = match c {
            'q' => 'k',
            'w' => 'v',
            'y' if i > 0 => 'i',
            c => c,
        };
        if i > 0 && matches!(c, 'a' | 'e' | 'i' | 'o' | 'u') {
            continue;
        }
        if c == last {
            continue;
        }
        out.push(c);
        last = c;
    }
    out
}

/// Key of a whole name: the keys of its words joined, particles and articles dropped.
pub fn full_name_key(name: &str) -> String {
    name.split(' ')
        .filter(|w| !w.is_empty() && !is_particle(w))
        .map(name_key)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Lower-case name particles that may sit inside a name.
pub const PARTICLES: &[&str] = &[
    "al", "el", "bin", "ibn", "bint", "ben", "de", "da", "di", "du", "del", "della", "van", "von", "der", "den", "la",
    "le", "dos", "das", "do", "y", "ter", "ul",
];

/// Whether `w` is one of the lower-case name [`PARTICLES`].
pub fn is_particle(w: &str) -> bool {
    PARTICLES.contains(&w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliteration_variants_share_a_key() {
        assert_eq!(name_key("Mikdad"), name_key("Mekdad"));
        assert_eq!(name_key("Mikdad"), name_key("Miqdad"));
        assert_eq!(name_key("Muallem"), name_key("Moallem"));
        assert_eq!(name_key("al-Muallem"), name_key("Muallem"));
        assert_eq!(name_key("Erdoğan"), name_key("Erdogan"));
        assert_eq!(name_key("Araqchi"), name_key("Araghchi"));
        assert_eq!(full_name_key("Hossein Amir-Abdollahian"), full_name_key("Hossein Amirabdollahian"));
        assert_ne!(name_key("Larijani"), name_key("Lavrov"));
        assert_ne!(name_key("Assad"), name_key("Said"));
    }

    #[test]
    fn fold_removes_case_and_marks() {
        assert_eq!(fold("Çavuşoğlu"), "cavusoglu");
        assert_eq!(fold("Muallem’s"), "muallems");
    }
}
