//! Extraction: officials and the meetings between them, from a [`Corpus`] to a [`Dataset`].
//!
//! Per article (in parallel): sentences and tokens tagged from the lexicon ([`doc`]), title
//! mentions ([`mentions`]), people and meetings ([`article`]). Then across articles ([`merge`]):
//! one official per person, one meeting per encounter.

pub mod article;
pub mod doc;
pub mod mentions;
pub mod merge;
pub mod topics;
pub mod vocab;

use crate::assets::{LEXICON, Topic};
use crate::model::{Corpus, Dataset};
use rayon::prelude::*;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The shipped taxonomy's matcher, built once.
static DEFAULT_TOPICS: LazyLock<topics::TopicMatcher> =
    LazyLock::new(|| topics::TopicMatcher::new(LEXICON.topics.clone()));

/// Extracts officials and meetings. `topics` replaces the shipped taxonomy when given.
/// `progress` receives the number of articles done.
pub fn extract(
    corpus: Corpus,
    topics: Option<Vec<Topic>>,
    progress: &(dyn Fn(usize) + Sync),
) -> Dataset {
    let custom = topics.map(topics::TopicMatcher::new);
    let matcher = custom.as_ref().unwrap_or(&DEFAULT_TOPICS);
    let done = AtomicUsize::new(0);
    let per_article: Vec<article::ArticleExtraction> = corpus
        .articles
        .par_iter()
        .map(|a| {
            let doc = doc::Doc::new(a);
            let r = article::extract_article(&doc, matcher);
            progress(done.fetch_add(1, Ordering::Relaxed) + 1);
            r
        })
        .collect();
    merge::merge(corpus, per_article, matcher)
}
