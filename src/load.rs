//! Opening a corpus end to end: read the articles, then extract. Used by the CLI and the app's
//! background loader, which watches [`Progress`].

use crate::corpus::{self, CorpusError, LoadProgress, sample};
use crate::extract;
use crate::model::Dataset;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// The sample corpus built into the binary.
    Sample,
    Folder(PathBuf),
    /// A generated dataset of this many officials and five times as many meetings (for looking
    /// at the views at scale; `--synthetic N`).
    Synthetic(usize),
}

impl Source {
    pub fn label(&self) -> String {
        match self {
            Source::Sample => sample::SAMPLE_ROOT.to_string(),
            Source::Folder(p) => p.display().to_string(),
            Source::Synthetic(n) => format!("<synthetic: {n} officials>"),
        }
    }
}

/// Load progress shared with another thread.
#[derive(Debug, Default)]
pub struct Progress {
    /// 0: reading files, 1: extracting.
    pub stage: AtomicUsize,
    pub done: AtomicUsize,
    pub total: AtomicUsize,
}

impl Progress {
    /// (stage label, fraction done).
    pub fn snapshot(&self) -> (&'static str, f32) {
        let total = self.total.load(Ordering::Relaxed);
        let done = self.done.load(Ordering::Relaxed);
        let fraction = if total == 0 {
            0.0
        } else {
            done as f32 / total as f32
        };
        let stage = if self.stage.load(Ordering::Relaxed) == 0 {
            "Reading articles"
        } else {
            "Extracting meetings"
        };
        (stage, fraction.clamp(0.0, 1.0))
    }
}

/// Reads and extracts a corpus. A `topics.toml` in the folder replaces the shipped taxonomy.
pub fn open(source: &Source, progress: &Progress) -> Result<Dataset, CorpusError> {
    let started = Instant::now();
    if let Source::Synthetic(n) = source {
        let mut data = crate::model::synthetic_network::synthetic(*n, *n * 5, 42);
        data.load_time = started.elapsed();
        return Ok(data);
    }
    let (mut corpus, topics) = match source {
        Source::Synthetic(_) => unreachable!("handled above"),
        Source::Sample => (sample::sample_corpus(), None),
        Source::Folder(path) => {
            let report = |p: LoadProgress| {
                progress.total.store(p.files_total, Ordering::Relaxed);
                progress.done.store(p.files_done, Ordering::Relaxed);
            };
            let corpus = corpus::load_folder(path, &report)?;
            let topics = std::fs::read_to_string(path.join("topics.toml")).ok();
            (corpus, topics)
        }
    };
    let topics = match topics.map(|t| crate::assets::parse_topics(&t)) {
        Some(Ok(t)) if !t.is_empty() => Some(t),
        Some(Ok(_)) => None,
        Some(Err(e)) => {
            corpus
                .warnings
                .push(format!("topics.toml: {e}; the default topics are used"));
            None
        }
        None => None,
    };
    progress.stage.store(1, Ordering::Relaxed);
    progress
        .total
        .store(corpus.articles.len(), Ordering::Relaxed);
    progress.done.store(0, Ordering::Relaxed);
    let mut data = extract::extract(corpus, topics, &|n| {
        progress.done.store(n, Ordering::Relaxed)
    });
    data.load_time = started.elapsed();
    Ok(data)
}
