//! End-to-end extraction throughput (article text in, dataset out) on a corpus generated from the
//! sample articles, on one thread. Run: `cargo bench --bench extract`.

use summitry::corpus::{RawFile, build_corpus, sample::sample_corpus};
use summitry::model::Corpus;

fn main() {
    divan::main();
}

/// The sample articles repeated under distinct paths up to about `bytes` of text.
fn generated_corpus(bytes: usize) -> (Corpus, usize) {
    let sample = sample_corpus();
    let mut files = Vec::new();
    let mut total = 0;
    let mut i = 0;
    while total < bytes {
        let a = &sample.articles[i % sample.articles.len()];
        total += a.text.len();
        files.push(RawFile {
            path: format!("{i:06}_{}", a.path),
            bytes: a.text.as_bytes().to_vec(),
        });
        i += 1;
    }
    (build_corpus("bench".into(), files, None, Vec::new()), total)
}

#[divan::bench(sample_count = 10)]
fn extract_1mb_one_thread(bencher: divan::Bencher) {
    let (corpus, bytes) = generated_corpus(1_000_000);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .expect("pool");
    bencher
        .counter(divan::counter::BytesCount::new(bytes))
        .with_inputs(|| corpus.clone())
        .bench_values(|c| pool.install(|| summitry::extract::extract(c, None, &|_| {})));
}

/// Stages of the pipeline on the same text, to see where the time goes.
mod stages {
    use super::generated_corpus;
    use summitry::text::{sentences::split_sentences, tokens::tokenize};

    #[divan::bench(sample_count = 10)]
    fn tokenize_1mb(bencher: divan::Bencher) {
        let (corpus, bytes) = generated_corpus(1_000_000);
        bencher
            .counter(divan::counter::BytesCount::new(bytes))
            .bench(|| {
                corpus
                    .articles
                    .iter()
                    .map(|a| tokenize(&a.text, a.body.clone()).len())
                    .sum::<usize>()
            });
    }

    #[divan::bench(sample_count = 10)]
    fn sentences_1mb(bencher: divan::Bencher) {
        let (corpus, bytes) = generated_corpus(1_000_000);
        bencher
            .counter(divan::counter::BytesCount::new(bytes))
            .bench(|| {
                corpus
                    .articles
                    .iter()
                    .map(|a| split_sentences(&a.text, a.body.clone()).len())
                    .sum::<usize>()
            });
    }

    /// Tokens, sentences, quotes and lexicon tags.
    #[divan::bench(sample_count = 10)]
    fn prepare_1mb(bencher: divan::Bencher) {
        let (corpus, bytes) = generated_corpus(1_000_000);
        let _ = &*summitry::assets::LEXICON;
        bencher
            .counter(divan::counter::BytesCount::new(bytes))
            .bench(|| {
                corpus
                    .articles
                    .iter()
                    .map(|a| summitry::extract::doc::Doc::new(a).tokens().len())
                    .sum::<usize>()
            });
    }

    /// Prepared articles through mentions, people and meetings (no merge).
    #[divan::bench(sample_count = 10)]
    fn articles_1mb(bencher: divan::Bencher) {
        let (corpus, bytes) = generated_corpus(1_000_000);
        let matcher =
            summitry::extract::topics::TopicMatcher::new(summitry::assets::LEXICON.topics.clone());
        bencher
            .counter(divan::counter::BytesCount::new(bytes))
            .bench(|| {
                corpus
                    .articles
                    .iter()
                    .map(|a| {
                        let doc = summitry::extract::doc::Doc::new(a);
                        summitry::extract::article::extract_article(&doc, &matcher)
                            .meetings
                            .len()
                    })
                    .sum::<usize>()
            });
    }
}
