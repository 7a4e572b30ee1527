//! `summitry extract --format json`: the contract in `spec/extract.schema.json` (summitry.extract/1).

use crate::model::Dataset;
use serde::Serialize;

pub const SCHEMA_ID: &str = "summitry.extract/1";

#[derive(Serialize)]
struct Output<'a> {
    schema: &'static str,
    corpus: CorpusOut<'a>,
    articles: Vec<ArticleOut<'a>>,
    officials: Vec<OfficialOut<'a>>,
    meetings: Vec<MeetingOut<'a>>,
    topics: Vec<&'a str>,
    warnings: &'a [String],
}

#[derive(Serialize)]
struct CorpusOut<'a> {
    root: &'a str,
    articles: usize,
    skipped: Vec<SkippedOut<'a>>,
}

#[derive(Serialize)]
struct SkippedOut<'a> {
    path: &'a str,
    reason: &'a str,
}

#[derive(Serialize)]
struct ArticleOut<'a> {
    id: &'a str,
    path: &'a str,
    title: &'a str,
    published: Option<String>,
    published_basis: &'static str,
    source: Option<&'a str>,
    url: Option<&'a str>,
    dateline: Option<&'a str>,
}

#[derive(Serialize)]
struct TitleOut<'a> {
    title: &'a str,
    first_seen: Option<String>,
    last_seen: Option<String>,
}

#[derive(Serialize)]
struct OfficialOut<'a> {
    id: &'a str,
    name: &'a str,
    aliases: &'a [String],
    country: Option<&'a str>,
    titles: Vec<TitleOut<'a>>,
}

#[derive(Serialize)]
struct EvidenceOut<'a> {
    article: &'a str,
    start: usize,
    end: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct MeetingOut<'a> {
    id: &'a str,
    articles: Vec<&'a str>,
    participants: Vec<&'a str>,
    date: Option<String>,
    date_basis: &'static str,
    place: Option<&'a str>,
    kind: &'static str,
    topics: &'a [String],
    confidence: f64,
    evidence: Vec<EvidenceOut<'a>>,
    /// Who each article names in the meeting (an addition to the schema).
    reported: Vec<ReportOut<'a>>,
}

#[derive(Serialize)]
struct ReportOut<'a> {
    article: &'a str,
    participants: Vec<&'a str>,
}

/// The JSON document, pretty-printed.
pub fn to_json(data: &Dataset) -> String {
    let articles = &data.corpus.articles;
    let out = Output {
        schema: SCHEMA_ID,
        corpus: CorpusOut {
            root: &data.corpus.root,
            articles: articles.len(),
            skipped: data
                .corpus
                .skipped
                .iter()
                .map(|s| SkippedOut {
                    path: &s.path,
                    reason: &s.reason,
                })
                .collect(),
        },
        articles: articles
            .iter()
            .map(|a| ArticleOut {
                id: &a.id,
                path: &a.path,
                title: &a.title,
                published: a.published.map(|d| d.to_string()),
                published_basis: a.published_basis.as_str(),
                source: a.source.as_deref(),
                url: a.url.as_deref(),
                dateline: a.dateline.as_deref(),
            })
            .collect(),
        officials: data
            .officials
            .iter()
            .map(|o| OfficialOut {
                id: &o.id,
                name: &o.name,
                aliases: &o.aliases,
                country: o.country.as_deref(),
                titles: o
                    .titles
                    .iter()
                    .map(|t| TitleOut {
                        title: &t.title,
                        first_seen: t.first_seen.map(|d| d.to_string()),
                        last_seen: t.last_seen.map(|d| d.to_string()),
                    })
                    .collect(),
            })
            .collect(),
        meetings: data
            .meetings
            .iter()
            .map(|m| MeetingOut {
                id: &m.id,
                articles: m
                    .articles
                    .iter()
                    .map(|&a| articles[a].id.as_str())
                    .collect(),
                participants: m
                    .participants
                    .iter()
                    .map(|&p| data.officials[p].id.as_str())
                    .collect(),
                date: m.date.map(|d| d.to_string()),
                date_basis: m.date_basis.as_str(),
                place: m.place.as_deref(),
                kind: m.kind.as_str(),
                topics: &m.topics,
                confidence: (f64::from(m.confidence) * 100.0).round() / 100.0,
                evidence: m
                    .evidence
                    .iter()
                    .map(|e| EvidenceOut {
                        article: &articles[e.article].id,
                        start: e.start,
                        end: e.end,
                        text: data.evidence_text(e),
                    })
                    .collect(),
                reported: m
                    .reports
                    .iter()
                    .map(|r| ReportOut {
                        article: &articles[r.article].id,
                        participants: r
                            .participants
                            .iter()
                            .map(|&p| data.officials[p].id.as_str())
                            .collect(),
                    })
                    .collect(),
            })
            .collect(),
        topics: data.topics.iter().map(|t| t.id.as_str()).collect(),
        warnings: &data.corpus.warnings,
    };
    serde_json::to_string_pretty(&out).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}
