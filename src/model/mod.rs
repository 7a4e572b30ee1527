//! The extracted data model: articles, officials, meetings and the indexes the views need.
//! Plain Rust, no UI types: everything here is tested without a window.

use jiff::civil::Date;
use std::time::Duration;

/// How an article's publication date was established.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PublishedBasis {
    Manifest,
    Text,
    None,
}

impl PublishedBasis {
    pub fn as_str(self) -> &'static str {
        match self {
            PublishedBasis::Manifest => "manifest",
            PublishedBasis::Text => "text",
            PublishedBasis::None => "none",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Article {
    /// Stable id derived from the relative path.
    pub id: String,
    /// Path relative to the corpus root, forward slashes.
    pub path: String,
    pub title: String,
    /// The full text as read (BOM removed); evidence offsets index into it.
    pub text: String,
    pub published: Option<Date>,
    pub published_basis: PublishedBasis,
    pub source: Option<String>,
    pub url: Option<String>,
    /// Place named in the dateline ("Tehran").
    pub dateline: Option<String>,
    /// Byte range of the body: after the headline, before page furniture such as "Check Also".
    pub body: std::ops::Range<usize>,
    /// Byte length of the dateline at the start of `body` (0 without one), when known; `None`
    /// makes extraction parse it again.
    pub dateline_len: Option<usize>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    pub path: String,
    pub reason: String,
}

/// What was read from a corpus folder, before extraction.
#[derive(Clone, Debug, Default)]
pub struct Corpus {
    /// Shown to the user and written to exports: the folder path, or `<sample corpus>`.
    pub root: String,
    pub articles: Vec<Article>,
    pub skipped: Vec<Skipped>,
    pub warnings: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TitleSeen {
    pub title: String,
    pub first_seen: Option<Date>,
    pub last_seen: Option<Date>,
}

#[derive(Clone, Debug)]
pub struct Official {
    pub id: String,
    /// Canonical full name without honorifics.
    pub name: String,
    /// Other surface forms seen in the corpus.
    pub aliases: Vec<String>,
    pub country: Option<String>,
    pub titles: Vec<TitleSeen>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MeetingKind {
    InPerson,
    PhoneCall,
    VideoCall,
    Letter,
}

impl MeetingKind {
    pub const ALL: [MeetingKind; 4] = [
        MeetingKind::InPerson,
        MeetingKind::PhoneCall,
        MeetingKind::VideoCall,
        MeetingKind::Letter,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            MeetingKind::InPerson => "in_person",
            MeetingKind::PhoneCall => "phone_call",
            MeetingKind::VideoCall => "video_call",
            MeetingKind::Letter => "letter",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            MeetingKind::InPerson => "In person",
            MeetingKind::PhoneCall => "Phone call",
            MeetingKind::VideoCall => "Video call",
            MeetingKind::Letter => "Letter",
        }
    }
    pub fn parse(s: &str) -> Option<MeetingKind> {
        MeetingKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// How a meeting's date was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateBasis {
    Explicit,
    WeekdayPublished,
    Published,
    Unknown,
}

impl DateBasis {
    pub fn as_str(self) -> &'static str {
        match self {
            DateBasis::Explicit => "explicit",
            DateBasis::WeekdayPublished => "weekday+published",
            DateBasis::Published => "published",
            DateBasis::Unknown => "unknown",
        }
    }
    pub fn describe(self) -> &'static str {
        match self {
            DateBasis::Explicit => "date stated in the text",
            DateBasis::WeekdayPublished => {
                "weekday in the text, resolved against the publication date"
            }
            DateBasis::Published => "publication date (no day given in the text)",
            DateBasis::Unknown => "no date",
        }
    }
}

/// A sentence span that states a meeting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evidence {
    /// Index into `Dataset::corpus.articles`.
    pub article: usize,
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug)]
pub struct Meeting {
    pub id: String,
    /// Indexes into `Dataset::corpus.articles`, every article that reports the meeting.
    pub articles: Vec<usize>,
    /// Indexes into `Dataset::officials`, sorted, at least two.
    pub participants: Vec<usize>,
    pub date: Option<Date>,
    pub date_basis: DateBasis,
    pub place: Option<String>,
    pub kind: MeetingKind,
    pub topics: Vec<String>,
    pub confidence: f32,
    pub evidence: Vec<Evidence>,
    /// Who each reporting article names in the meeting: articles about one encounter may each
    /// name only some of its participants. Empty for meetings not built from articles.
    pub reports: Vec<Report>,
}

/// The participants one article names in a meeting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// Index into `Dataset::corpus.articles`.
    pub article: usize,
    /// Indexes into `Dataset::officials`, sorted.
    pub participants: Vec<usize>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TopicDef {
    pub id: String,
    pub label: String,
}

/// Everything the views show: the corpus and what was extracted from it.
#[derive(Clone, Debug, Default)]
pub struct Dataset {
    pub corpus: Corpus,
    pub officials: Vec<Official>,
    /// Sorted by date (undated last), then id.
    pub meetings: Vec<Meeting>,
    /// The topic taxonomy in use, in its order.
    pub topics: Vec<TopicDef>,
    pub load_time: Duration,
}

impl Dataset {
    pub fn evidence_text(&self, e: &Evidence) -> &str {
        self.corpus
            .articles
            .get(e.article)
            .and_then(|a| a.text.get(e.start..e.end))
            .unwrap_or("")
    }

    pub fn topic_label<'a>(&'a self, id: &'a str) -> &'a str {
        self.topics
            .iter()
            .find(|t| t.id == id)
            .map_or(id, |t| t.label.as_str())
    }

    /// Meetings of one official, as indexes into `meetings`.
    pub fn meetings_of(&self, official: usize) -> impl Iterator<Item = usize> + '_ {
        self.meetings
            .iter()
            .enumerate()
            .filter(move |(_, m)| m.participants.contains(&official))
            .map(|(i, _)| i)
    }
}

pub mod filter;
pub mod palette;
#[doc(hidden)]
pub mod synthetic;
#[doc(hidden)]
pub mod synthetic_network;
pub mod timeline;
