//! Language-level building blocks shared by the corpus reader and the extractor:
//! tokens, sentences, dates and name folding.

pub mod dates;
pub mod fold;
pub mod sentences;
pub mod tokens;
