//! The sample corpus, built into the binary so `summitry` with no argument opens it anywhere.

use super::{RawFile, build_corpus};
use crate::model::Corpus;

/// Shown where a folder path would be.
pub const SAMPLE_ROOT: &str = "<sample corpus>";

const FILES: &[(&str, &[u8])] = &[
    (
        "000_9f982348e83f192b.txt",
        include_bytes!("../../sample_corpus/000_9f982348e83f192b.txt"),
    ),
    (
        "001_fd360a16886e2937.txt",
        include_bytes!("../../sample_corpus/001_fd360a16886e2937.txt"),
    ),
    (
        "002_02fb73ffa37812fb.txt",
        include_bytes!("../../sample_corpus/002_02fb73ffa37812fb.txt"),
    ),
    (
        "003_daecb6a791595642.txt",
        include_bytes!("../../sample_corpus/003_daecb6a791595642.txt"),
    ),
    (
        "004_91593a2357d0ac3e.txt",
        include_bytes!("../../sample_corpus/004_91593a2357d0ac3e.txt"),
    ),
];
const MANIFEST: &[u8] = include_bytes!("../../sample_corpus/manifest.csv");
/// Hand-annotated meetings of the sample, for `summitry eval` and the tests.
pub const GOLD_JSON: &str = include_str!("../../sample_corpus/gold.json");

pub fn sample_corpus() -> Corpus {
    let files = FILES
        .iter()
        .map(|(p, b)| RawFile {
            path: (*p).to_string(),
            bytes: b.to_vec(),
        })
        .collect();
    build_corpus(SAMPLE_ROOT.to_string(), files, Some(MANIFEST), Vec::new())
}
