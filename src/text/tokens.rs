//! A word tokenizer that keeps byte offsets. Words keep inner hyphens, apostrophes and the dots of
//! abbreviations ("al-Assad", "O'Brien", "U.S."); a trailing possessive "'s" becomes its own token.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    /// The possessive "'s" / "’s".
    Possessive,
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
}

impl Token {
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        &src[self.start..self.end]
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Tokenizes `src[range]`, returning tokens with offsets into `src`.
pub fn tokenize(src: &str, range: std::ops::Range<usize>) -> Vec<Token> {
    let mut out = Vec::new();
    let s = &src[range.clone()];
    let base = range.start;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c.is_whitespace() {
            continue;
        }
        if !is_word_char(c) {
            out.push(Token { start: base + i, end: base + i + c.len_utf8(), kind: TokenKind::Punct });
            continue;
        }
        let mut end = i + c.len_utf8();
        // Extend over word characters, and over joiners that have a word character after them.
        loop {
            let rest = &s[end..];
            let mut chars = rest.chars();
            match chars.next() {
                Some(c) if is_word_char(c) => end += c.len_utf8(),
                Some(j @ ('-' | '‑' | '.' | '\'' | '’')) => {
                    let next = chars.next();
                    let ok = match j {
                        // "U.S." style: a dot between single letters, or a final dot after one.
                        '.' => {
                            let word = &s[i..end];
                            let last_run = word.rsplit('.').next().unwrap_or("");
                            last_run.chars().count() == 1
                                && last_run.chars().all(char::is_uppercase)
                                && (next.is_some_and(|n| n.is_uppercase())
                                    && rest[1..].chars().nth(1).is_none_or(|n| n == '.'))
                        }
                        _ => next.is_some_and(is_word_char),
                    };
                    if !ok {
                        break;
                    }
                    // Possessive: stop before "'s" at the end of a word.
                    if is_apostrophe(j) {
                        let after = &rest[j.len_utf8()..];
                        let mut a = after.chars();
                        if matches!(a.next(), Some('s' | 'S')) && a.next().is_none_or(|c| !is_word_char(c)) {
                            break;
                        }
                    }
                    end += j.len_utf8();
                }
                _ => break,
            }
        }
        // Keep the final dot of a dotted abbreviation ("U.S.").
        if s[i..end].contains('.') && s[end..].starts_with('.') {
            end += 1;
        }
        out.push(Token { start: base + i, end: base + end, kind: TokenKind::Word });
        // Possessive suffix.
        let rest = &s[end..];
        let mut chars = rest.chars();
        if let Some(a) = chars.next().filter(|c| is_apostrophe(*c)) {
            if matches!(chars.next(), Some('s' | 'S')) && chars.next().is_none_or(|c| !is_word_char(c)) {
                let len = a.len_utf8() + 1;
                out.push(Token { start: base + end, end: base + end + len, kind: TokenKind::Possessive });
                end += len;
            }
        }
        // Skip the consumed characters.
        while iter.peek().is_some_and(|(j, _)| *j < end) {
            iter.next();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        tokenize(s, 0..s.len()).iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn names_abbreviations_and_possessives() {
        assert_eq!(words("President al-Assad's visit"), ["President", "al-Assad", "'s", "visit"]);
        assert_eq!(words("Muallem’s remarks"), ["Muallem", "’s", "remarks"]);
        assert_eq!(words("the U.S. troops"), ["the", "U.S.", "troops"]);
        assert_eq!(words("Tehran, SANA- Foreign"), ["Tehran", ",", "SANA", "-", "Foreign"]);
        assert_eq!(words("O'Brien met Dr. Smith."), ["O'Brien", "met", "Dr", ".", "Smith", "."]);
    }
}
