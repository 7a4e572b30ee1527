//! The JSON sidecar beside each figure (`FILE.svg.json`, format `summitry.figure/1`): the corpus
//! (path, file count, content hash), the filter and time window, Summitry's version, and for every
//! drawn mark or edge the meetings and articles behind it, so a reader can check any dot or line
//! against its sources.

use crate::model::Dataset;
use crate::model::filter::Filter;
use serde::Serialize;

pub const FORMAT: &str = "summitry.figure/1";

#[derive(Clone, Debug, Serialize)]
pub struct Sidecar {
    pub format: &'static str,
    /// The figure's file name (set when written).
    pub file: String,
    /// `timeline` or `graph`.
    pub view: &'static str,
    pub summitry_version: &'static str,
    /// Size in SVG units (CSS pixels).
    pub width: f32,
    pub height: f32,
    /// PNG only: pixels per unit and the image's size in pixels.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scale: Option<f32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pixels: Option<[u32; 2]>,
    pub corpus: CorpusInfo,
    pub filter: Filter,
    /// The days the figure's time axis spans (timeline), or the filter's range (graph).
    pub window: Window,
    /// Meetings that pass the filter (the number the app's status shows).
    pub meetings_shown: usize,
    /// Timeline: how lanes and colours were chosen.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lanes: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub colors: Option<&'static str>,
    /// Timeline: every drawn mark or bubble, top lane first, left to right.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub marks: Option<Vec<MarkRecord>>,
    /// Timeline: the undated meetings drawn in their strip.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub undated: Option<Vec<MeetingRecord>>,
    /// Graph: every drawn node and edge.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nodes: Option<Vec<NodeRecord>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub edges: Option<Vec<EdgeRecord>>,
    /// What the figure leaves out (lanes or labels beyond its room).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct CorpusInfo {
    pub path: String,
    pub files: usize,
    pub skipped: usize,
    /// `fnv1a64:` and 16 hex digits over every article's path and text, in path order.
    pub content_hash: String,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct Window {
    pub from: Option<String>,
    pub to: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct MeetingRecord {
    pub id: String,
    pub date: Option<String>,
    pub kind: &'static str,
    pub participants: Vec<String>,
    /// Paths relative to the corpus folder.
    pub articles: Vec<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct MarkRecord {
    pub lane: String,
    pub first_date: String,
    pub last_date: String,
    pub count: usize,
    /// Outside the filter's date range, drawn faint as context.
    pub dim: bool,
    pub meetings: Vec<MeetingRecord>,
    /// Every article behind the mark, once each.
    pub articles: Vec<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct NodeRecord {
    pub id: String,
    pub label: String,
    pub country: Option<String>,
    pub meetings: usize,
    pub x: f32,
    pub y: f32,
}

#[derive(Clone, Debug, Serialize)]
pub struct EdgeRecord {
    pub source: String,
    pub target: String,
    pub weight: usize,
    pub meetings: Vec<MeetingRecord>,
    pub articles: Vec<String>,
}

/// FNV-1a, 64 bits.
fn fnv1a(hash: &mut u64, bytes: &[u8]) {
    for &b in bytes {
        *hash ^= b as u64;
        *hash = hash.wrapping_mul(0x0000_0100_0000_01B3);
    }
}

/// A hash of the corpus's content: every article's path and text, in path order. Two corpora with
/// the same files read the same way have the same hash, wherever they lie.
pub fn content_hash(data: &Dataset) -> String {
    let mut articles: Vec<(&str, &str)> = data
        .corpus
        .articles
        .iter()
        .map(|a| (a.path.as_str(), a.text.as_str()))
        .collect();
    articles.sort_unstable();
    let mut h = 0xCBF2_9CE4_8422_2325u64;
    for (path, text) in articles {
        fnv1a(&mut h, path.as_bytes());
        fnv1a(&mut h, &[0]);
        fnv1a(&mut h, text.as_bytes());
        fnv1a(&mut h, &[0]);
    }
    format!("fnv1a64:{h:016x}")
}

pub fn corpus_info(data: &Dataset) -> CorpusInfo {
    CorpusInfo {
        path: data.corpus.root.clone(),
        files: data.corpus.articles.len(),
        skipped: data.corpus.skipped.len(),
        content_hash: content_hash(data),
    }
}

pub fn meeting_record(data: &Dataset, m: usize) -> MeetingRecord {
    let meeting = &data.meetings[m];
    MeetingRecord {
        id: meeting.id.clone(),
        date: meeting.date.map(|d| d.to_string()),
        kind: meeting.kind.as_str(),
        participants: meeting
            .participants
            .iter()
            .filter_map(|&p| data.officials.get(p))
            .map(|o| o.name.clone())
            .collect(),
        articles: article_paths(data, &[m]),
    }
}

/// The articles of some meetings, once each, in corpus order.
pub fn article_paths(data: &Dataset, meetings: &[usize]) -> Vec<String> {
    let mut ids: Vec<usize> = meetings
        .iter()
        .flat_map(|&m| data.meetings[m].articles.iter().copied())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids.into_iter()
        .filter_map(|a| data.corpus.articles.get(a))
        .map(|a| a.path.clone())
        .collect()
}

impl Sidecar {
    /// The parts every figure shares; the view fills in its marks or edges.
    pub fn new(
        view: &'static str,
        data: &Dataset,
        filter: &Filter,
        width: f32,
        height: f32,
    ) -> Sidecar {
        Sidecar {
            format: FORMAT,
            file: String::new(),
            view,
            summitry_version: env!("CARGO_PKG_VERSION"),
            width,
            height,
            scale: None,
            pixels: None,
            corpus: corpus_info(data),
            filter: filter.clone(),
            window: Window {
                from: filter.from.map(|d| d.to_string()),
                to: filter.to.map(|d| d.to_string()),
            },
            meetings_shown: filter.apply(data).meetings.len(),
            lanes: None,
            colors: None,
            marks: None,
            undated: None,
            nodes: None,
            edges: None,
            notes: Vec::new(),
        }
    }
}
