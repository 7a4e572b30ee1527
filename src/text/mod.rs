//! Language-level building blocks shared by the corpus reader and the extractor:
//! tokens, sentences, dates and name folding.

pub mod dates;
pub mod fold;
pub mod sentences;
pub mod tokens;

/// ASCII letters and digits, by byte: one load where `u8::is_ascii_alphanumeric` compiles to
/// range compares, in the loops that visit every byte of an article.
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

#[inline]
pub fn is_ascii_alnum(b: u8) -> bool {
    ASCII_ALNUM[usize::from(b)]
}
