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
    /// The word holds a byte other than an ASCII letter or digit (a hyphen, apostrophe, dot or
    /// non-ASCII letter), after which a keyword may start ("counter-terrorism").
    pub inner_break: bool,
}

impl Token {
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        &src[self.start..self.end]
    }
}

fn is_word_char(c: char) -> bool {
    // Curly quotes and dashes (General Punctuation) are common in wire copy and are never letters:
    // decide them without the Unicode tables.
    !('\u{2000}'..='\u{206F}').contains(&c) && c.is_alphanumeric()
}

fn is_apostrophe(c: char) -> bool {
    // ("Russian Federation`s": a grave accent typed for the apostrophe.)
    matches!(c, '\'' | '’' | '`')
}

/// The character at byte `i` of `s` and its length, with an ASCII fast path.
#[inline]
fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    let b = *s.as_bytes().get(i)?;
    if b < 128 {
        return Some((b as char, 1));
    }
    s[i..].chars().next().map(|c| (c, c.len_utf8()))
}

/// Whether a possessive "'s"/"’s" (followed by a non-word character) starts at byte `i`.
fn possessive_at(s: &str, i: usize) -> Option<usize> {
    let (a, alen) = char_at(s, i)?;
    if !is_apostrophe(a) {
        return None;
    }
    let (c, _) = char_at(s, i + alen)?;
    if !matches!(c, 's' | 'S') {
        return None;
    }
    match char_at(s, i + alen + 1) {
        Some((n, _)) if is_word_char(n) => None,
        _ => Some(alen + 1),
    }
}

/// The possessive of a proper noun in "s" told by its apostrophe alone ("United States' envoy",
/// "the Philippines' President"): an apostrophe at byte `end`, after the word `s[start..end]`
/// that opens with a capital and ends in "s", before a space. Returns its length.
fn plural_possessive_at(s: &str, start: usize, end: usize) -> Option<usize> {
    let (a, alen) = char_at(s, end)?;
    let word = &s[start..end];
    let proper = word.chars().next().is_some_and(char::is_uppercase)
        && word.ends_with('s')
        && word.len() > 2;
    (is_apostrophe(a) && proper && s.as_bytes().get(end + alen) == Some(&b' ')).then_some(alen)
}

/// Tokenizes `src[range]`, returning tokens with offsets into `src`.
pub fn tokenize(src: &str, range: std::ops::Range<usize>) -> Vec<Token> {
    let s = &src[range.clone()];
    let base = range.start;
    let mut out = Vec::with_capacity(s.len() / 5);
    let mut i = 0;
    let bytes = s.as_bytes();
    while let Some(&b) = bytes.get(i) {
        // ASCII bytes are classed without decoding a character: most words start with a letter.
        let clen = if b.is_ascii() {
            if !super::is_ascii_alnum(b) {
                if !matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
                    out.push(Token {
                        start: base + i,
                        end: base + i + 1,
                        kind: TokenKind::Punct,
                        inner_break: false,
                    });
                }
                i += 1;
                continue;
            }
            1
        } else {
            let Some((c, clen)) = char_at(s, i) else {
                break;
            };
            if c.is_whitespace() {
                i += clen;
                continue;
            }
            if !is_word_char(c) {
                out.push(Token {
                    start: base + i,
                    end: base + i + clen,
                    kind: TokenKind::Punct,
                    inner_break: false,
                });
                i += clen;
                continue;
            }
            clen
        };
        let start = i;
        let mut end = i + clen;
        // Runs since the last dot, for "U.S." style abbreviations.
        let mut run_start = start;
        // Whether the word took in a dot (only the '.' branch below adds one).
        let mut has_dot = false;
        let mut inner_break = clen > 1;
        loop {
            // ASCII letters and digits are word characters: skip them without decoding.
            while bytes.get(end).is_some_and(|&b| super::is_ascii_alnum(b)) {
                end += 1;
            }
            // Most words end at an ASCII space or mark that cannot join words.
            if bytes
                .get(end)
                .is_some_and(|&b| b.is_ascii() && !matches!(b, b'-' | b'.' | b'\''))
            {
                break;
            }
            let Some((c, clen)) = char_at(s, end) else {
                break;
            };
            if is_word_char(c) {
                end += clen;
                inner_break = true;
                continue;
            }
            if !matches!(c, '-' | '‑' | '.' | '\'' | '’') {
                break;
            }
            let next = char_at(s, end + clen).map(|x| x.0);
            let ok = if c == '.' {
                // A dot between single capitals ("U.S"): the run before is one capital, the next
                // character a capital followed by a dot, the end or a non-word character ("the
                // U.S Ambassador", as some outlets drop the last dot).
                let run = &s[run_start..end];
                let mut rc = run.chars();
                let single_capital =
                    matches!((rc.next(), rc.next()), (Some(x), None) if x.is_uppercase());
                let after_next =
                    char_at(s, end + clen + next.map_or(0, char::len_utf8)).map(|x| x.0);
                single_capital
                    && next.is_some_and(char::is_uppercase)
                    && after_next.is_none_or(|n| n == '.' || !is_word_char(n))
            } else {
                next.is_some_and(is_word_char)
                    && !(is_apostrophe(c) && possessive_at(s, end).is_some())
            };
            if !ok {
                break;
            }
            end += clen;
            inner_break = true;
            if c == '.' {
                run_start = end;
                has_dot = true;
            }
        }
        // Keep the final dot of a dotted abbreviation ("U.S.").
        if has_dot && s.as_bytes().get(end) == Some(&b'.') {
            end += 1;
        }
        out.push(Token {
            start: base + start,
            end: base + end,
            kind: TokenKind::Word,
            inner_break,
        });
        match bytes.get(end) {
            // Most words end at a space: step over it here rather than through the loop's
            // classing of the next byte.
            Some(b' ') => end += 1,
            // Only an apostrophe (ASCII, a grave accent, or U+2019 which starts with 0xE2) can
            // start a possessive.
            Some(b'\'' | b'`' | 0xE2) => {
                if let Some(len) =
                    possessive_at(s, end).or_else(|| plural_possessive_at(s, start, end))
                {
                    out.push(Token {
                        start: base + end,
                        end: base + end + len,
                        kind: TokenKind::Possessive,
                        inner_break: true,
                    });
                    end += len;
                }
            }
            _ => {}
        }
        i = end;
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
        assert_eq!(
            words("President al-Assad's visit"),
            ["President", "al-Assad", "'s", "visit"]
        );
        assert_eq!(words("Mualla’s remarks"), ["Mualla", "’s", "remarks"]);
        let t = tokenize("the United States' envoy and 'talks' ended", 0..42);
        assert_eq!(t[3].kind, TokenKind::Possessive);
        assert!(t.iter().filter(|t| t.kind == TokenKind::Possessive).count() == 1);
        assert_eq!(words("the U.S. troops"), ["the", "U.S.", "troops"]);
        // Some outlets drop the last dot; an initial before a name stays apart.
        assert_eq!(words("the U.S Ambassador"), ["the", "U.S", "Ambassador"]);
        assert_eq!(words("John F.Kennedy"), ["John", "F", ".", "Kennedy"]);
        assert_eq!(
            words("Tehran, SANA- Foreign"),
            ["Tehran", ",", "SANA", "-", "Foreign"]
        );
        assert_eq!(
            words("O'Brien met Dr. Smith."),
            ["O'Brien", "met", "Dr", ".", "Smith", "."]
        );
    }
}
