//! Sentence splitting that survives abbreviations (Dr., Mr., U.S., Gen., St., initials),
//! quotations and paragraph breaks.

use std::ops::Range;

/// Words that end with a dot without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "dr", "mr", "mrs", "ms", "prof", "gen", "lt", "col", "maj", "brig", "sgt", "capt", "adm",
    "cmdr", "st", "sr", "jr", "no", "nos", "vol", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "gov", "sen", "rep", "amb", "pres", "vs", "etc", "e.g",
    "i.e", "mt", "ft", "approx", "dept", "univ", "corp", "inc", "ltd", "co", "eng", "h.e", "excl",
    "incl", "fig", "hon", "rev", "sheikh", "messrs", "smt", "rtd", "retd", "ven",
];

/// Splits `text[range]` into sentence byte ranges (trimmed, offsets into `text`).
pub fn split_sentences(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let s = &text[range.clone()];
    let base = range.start;
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut i = 0;
    let push = |a: usize, b: usize, out: &mut Vec<Range<usize>>| {
        let seg = &s[a..b];
        let lead = seg.len() - seg.trim_start().len();
        let trimmed = seg.trim();
        if !trimmed.is_empty() {
            out.push(base + a + lead..base + a + lead + trimmed.len());
        }
    };
    while i < bytes.len() {
        // Only line breaks and terminators can end a sentence: skip to the next one.
        match next_break(bytes, i) {
            Some(k) => i = k,
            None => break,
        }
        let b = bytes[i];
        if b == b'\n' {
            // A blank line always ends a sentence; a single line break does unless the next line
            // continues in lower case (hard-wrapped text).
            let next_line = s[i + 1..].trim_start_matches([' ', '\t', '\r']);
            let blank = next_line.starts_with('\n') || next_line.is_empty();
            let continues = next_line.chars().next().is_some_and(|c| c.is_lowercase());
            if blank || !continues {
                push(start, i, &mut out);
                start = i + 1;
            }
            i += 1;
            continue;
        }
        if matches!(b, b'.' | b'!' | b'?') {
            // Swallow closing quotes and brackets after the terminator.
            let mut j = i + 1;
            while j < bytes.len() {
                let rest = &s[j..];
                let Some(c) = rest.chars().next() else { break };
                if matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»') || (c == '.' && b == b'.')
                {
                    j += c.len_utf8();
                } else {
                    break;
                }
            }
            let after = &s[j..];
            let ws = after.len() - after.trim_start_matches([' ', '\t', '\u{a0}']).len();
            let next = after[ws..].chars().next();
            let boundary = ws > 0
                && next.is_some_and(|c| {
                    c.is_uppercase()
                        || c.is_ascii_digit()
                        || matches!(c, '"' | '“' | '‘' | '\'' | '(')
                })
                && !(b == b'.' && is_abbreviation(&s[..i]));
            // "... a joint press statement.Maia Sandu came ...": pasted copy that lost the space
            // after a full stop, between a lower-case word and a capitalised one.
            // (Also with a quotation mark between: "... Ministers' meeting."Good to speak ...")
            let glued = ws == 0
                && b == b'.'
                && s[i + 1..j].chars().all(|c| matches!(c, '"' | '“' | '”'))
                && {
                    let mut next = after.chars();
                    let lower_before = s[..i]
                        .bytes()
                        .rev()
                        .take_while(u8::is_ascii_lowercase)
                        .count();
                    // (The word before may be capitalised: "... with Saudi Arabia.Egypt's ...".)
                    let word = &s.as_bytes()[..i - lower_before];
                    let word = match word.split_last() {
                        Some((c, rest)) if c.is_ascii_uppercase() => rest,
                        _ => word,
                    };
                    next.next().is_some_and(char::is_uppercase)
                        && next.next().is_some_and(char::is_lowercase)
                        && lower_before >= 3
                        && !word.last().is_some_and(u8::is_ascii_alphabetic)
                        && !is_abbreviation(&s[..i])
                };
            if boundary || glued {
                // (A straight or opening mark glued to the next word opens its quotation.)
                let end = if glued && s[i + 1..j].chars().all(|c| matches!(c, '"' | '“')) {
                    i + 1
                } else {
                    j
                };
                push(start, end, &mut out);
                start = end;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    push(start, s.len(), &mut out);
    out
}

/// The index of the first line break or terminator (`\n . ! ?`) at or after `from`, found eight
/// bytes at a time: this scan visits every byte of every article.
fn next_break(bytes: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // The high bit of each zero byte of `x`. Borrows can mark bytes above a zero byte too, never
    // below the first, so the lowest mark is exact.
    let zero_bytes = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS;
    let mut i = from;
    while let Some(chunk) = bytes.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        let x = u64::from_le_bytes(*chunk);
        let marks = zero_bytes(x ^ ONES * u64::from(b'\n'))
            | zero_bytes(x ^ ONES * u64::from(b'.'))
            | zero_bytes(x ^ ONES * u64::from(b'!'))
            | zero_bytes(x ^ ONES * u64::from(b'?'));
        if marks != 0 {
            return Some(i + (marks.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    bytes
        .get(i..)?
        .iter()
        .position(|&b| matches!(b, b'\n' | b'.' | b'!' | b'?'))
        .map(|k| i + k)
}

/// Whether the word just before a dot is an abbreviation or an initial.
fn is_abbreviation(before: &str) -> bool {
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '‘'))
        .map_or(0, |p| {
            p + before[p..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[word_start..];
    // "Japan-U.S. Foreign Ministers": the acronym after a hyphen.
    let word = word.rsplit(['-', '–']).next().unwrap_or(word);
    if word.is_empty() {
        return false;
    }
    // Initials ("George W. Bush") and dotted acronyms ("U.S.").
    let mut letters = word.chars().filter(|c| *c != '.');
    if let (Some(first), None) = (letters.next(), letters.next())
        && first.is_uppercase()
    {
        return true;
    }
    if word.contains('.') && word.split('.').all(|p| p.chars().count() <= 1) {
        return true;
    }
    // "Secretary Ma. Theresa Lazaro": the Philippine short form of Maria, after a capitalised word
    // (not "said Ma.").
    if word == "Ma" {
        let previous = before[..word_start]
            .trim_end()
            .rsplit(' ')
            .next()
            .unwrap_or("");
        return previous.starts_with(|c: char| c.is_uppercase());
    }
    ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Vec<&str> {
        split_sentences(s, 0..s.len())
            .into_iter()
            .map(|r| &s[r])
            .collect()
    }

    #[test]
    fn a_full_stop_that_lost_its_space_still_ends_a_sentence() {
        let text = "They will hold a joint statement.Maia Sandu came with him. The U.S.Army and St.Petersburg stay. He discussed the meeting.\"Good to see him,\" he said.";
        assert_eq!(
            split(text),
            [
                "They will hold a joint statement.",
                "Maia Sandu came with him.",
                "The U.S.Army and St.Petersburg stay.",
                "He discussed the meeting.",
                "\"Good to see him,\" he said."
            ]
        );
        // After a capitalised word too, but not after an abbreviation.
        assert_eq!(
            split("Ties with Saudi Arabia.Egypt's relations grew. Prof.Smith came."),
            [
                "Ties with Saudi Arabia.",
                "Egypt's relations grew.",
                "Prof.Smith came."
            ]
        );
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            split("Foreign Minister Dr. Karim Mikati met Gen. Smith. They talked."),
            [
                "Foreign Minister Dr. Karim Mikati met Gen. Smith.",
                "They talked."
            ]
        );
        assert_eq!(
            split("The U.S. President spoke. George W. Bush left."),
            ["The U.S. President spoke.", "George W. Bush left."]
        );
        assert_eq!(
            split("They held Japan-U.S. Foreign Ministers' talks. They met."),
            [
                "They held Japan-U.S. Foreign Ministers' talks.",
                "They met."
            ]
        );
        assert_eq!(
            split("Secretary Ma. Clara Reyes met him. They talked, said Ma. He left."),
            [
                "Secretary Ma. Clara Reyes met him.",
                "They talked, said Ma.",
                "He left."
            ]
        );
    }

    #[test]
    fn terminators_are_found_at_every_offset() {
        // Each terminator at each position of a word-aligned scan, and past its last full chunk.
        for len in 1..20 {
            for at in 0..len {
                for t in [b'\n', b'.', b'!', b'?'] {
                    let mut text = vec![b'a'; len];
                    text[at] = t;
                    assert_eq!(next_break(&text, 0), Some(at), "{t} at {at} of {len}");
                    assert_eq!(next_break(&text, at + 1), None);
                }
            }
        }
        assert_eq!(next_break(b"a.b.c", 2), Some(3));
    }

    #[test]
    fn quotes_and_paragraphs() {
        assert_eq!(
            split("He said \"we agree.\" Then he left.\n\nNew paragraph"),
            ["He said \"we agree.\"", "Then he left.", "New paragraph"]
        );
        assert_eq!(
            split("A line that is\nwrapped here. Next."),
            ["A line that is\nwrapped here.", "Next."]
        );
    }
}
