//! A synthetic dataset of any size, for benchmarks and tests of the views at scale: officials
//! from 40 countries, meetings over 25 years with a few busy pairs, every kind, some topics,
//! about 2% undated. Deterministic for a seed.

use super::{
    Article, Corpus, Dataset, DateBasis, Evidence, Meeting, MeetingKind, Official, PublishedBasis,
    TitleSeen, TopicDef,
};

const COUNTRIES: [&str; 40] = [
    "Iran",
    "Syria",
    "Russia",
    "Turkey",
    "China",
    "United States",
    "United Kingdom",
    "France",
    "Germany",
    "Iraq",
    "Lebanon",
    "Jordan",
    "Saudi Arabia",
    "Qatar",
    "United Arab Emirates",
    "Egypt",
    "Israel",
    "India",
    "Pakistan",
    "Japan",
    "South Korea",
    "Kazakhstan",
    "Ukraine",
    "Belarus",
    "Brazil",
    "South Africa",
    "Nigeria",
    "Italy",
    "Spain",
    "Oman",
    "Kuwait",
    "Azerbaijan",
    "Armenia",
    "Afghanistan",
    "Indonesia",
    "Malaysia",
    "Algeria",
    "Tunisia",
    "Venezuela",
    "Cuba",
];
const TOPICS: [(&str, &str); 8] = [
    ("counter-terrorism", "Counter-terrorism"),
    ("bilateral-relations", "Bilateral relations"),
    ("economy-reconstruction", "Economy and reconstruction"),
    ("refugees", "Refugees"),
    ("sanctions", "Sanctions"),
    ("nuclear-programme", "Nuclear programme"),
    ("energy", "Energy"),
    ("political-settlement", "Political settlement"),
];
const TITLES: [&str; 5] = [
    "Foreign Minister",
    "President",
    "Defence Minister",
    "Prime Minister",
    "Ambassador",
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    /// Skewed towards 0: a few items get most of the picks.
    fn skewed(&mut self, n: usize) -> usize {
        let a = self.below(n);
        let b = self.below(n);
        a.min(b)
    }
}

/// `meetings` meetings among about `meetings / 25` officials (at least 80).
pub fn dataset(meetings: usize, seed: u64) -> Dataset {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let n_officials = (meetings / 25).max(80);
    let start = jiff::civil::date(2000, 1, 1);
    let officials: Vec<Official> = (0..n_officials)
        .map(|i| {
            let country = COUNTRIES[rng.skewed(COUNTRIES.len())];
            let title = TITLES[rng.below(TITLES.len())];
            Official {
                id: format!("o-{i}"),
                name: format!("Official {i} of {country}"),
                aliases: vec![format!("O. {i}")],
                country: Some(country.to_string()),
                titles: vec![TitleSeen {
                    title: title.to_string(),
                    first_seen: Some(start),
                    last_seen: None,
                }],
            }
        })
        .collect();
    let n_articles = (meetings / 3).max(1);
    let articles: Vec<Article> = (0..n_articles)
        .map(|i| {
            let text = format!("Headline {i}\nOfficials met to discuss cooperation.");
            Article {
                id: format!("a-{i}"),
                path: format!("synthetic/{i}.txt"),
                title: format!("Headline {i}"),
                body: 0..text.len(),
                text,
                published: None,
                published_basis: PublishedBasis::None,
                source: Some("Synthetic".into()),
                url: None,
                dateline: None,
                dateline_len: None,
            }
        })
        .collect();
    let mut out: Vec<Meeting> = (0..meetings)
        .map(|i| {
            let a = rng.skewed(n_officials);
            let mut b = rng.below(n_officials);
            if b == a {
                b = (a + 1) % n_officials;
            }
            let mut participants = vec![a, b];
            if rng.below(10) == 0 {
                let c = rng.below(n_officials);
                if c != a && c != b {
                    participants.push(c);
                }
            }
            participants.sort_unstable();
            let date = if rng.below(50) == 0 {
                None
            } else {
                start
                    .checked_add(jiff::Span::new().days(rng.below(25 * 365) as i64))
                    .ok()
            };
            let kind = MeetingKind::ALL[rng.skewed(4)];
            let topics = (0..1 + rng.below(3))
                .map(|_| TOPICS[rng.skewed(TOPICS.len())].0.to_string())
                .collect();
            let article = rng.below(n_articles);
            Meeting {
                id: format!("m-{i}"),
                articles: vec![article],
                participants,
                date,
                date_basis: if date.is_some() {
                    DateBasis::Explicit
                } else {
                    DateBasis::Unknown
                },
                place: None,
                kind,
                topics,
                confidence: 0.8,
                evidence: vec![Evidence {
                    article,
                    start: 12,
                    end: articles[article].text.len(),
                }],
                reports: Vec::new(),
            }
        })
        .collect();
    for m in &mut out {
        m.topics.sort();
        m.topics.dedup();
    }
    out.sort_by(|a, b| match (a.date, b.date) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    Dataset {
        corpus: Corpus {
            root: "<synthetic>".into(),
            articles,
            skipped: Vec::new(),
            warnings: Vec::new(),
        },
        officials,
        meetings: out,
        topics: topic_defs(&TOPICS),
        load_time: std::time::Duration::ZERO,
    }
}

/// A synthetic dataset's taxonomy from (id, label) pairs.
pub(crate) fn topic_defs(topics: &[(&str, &str)]) -> Vec<TopicDef> {
    topics
        .iter()
        .map(|(id, label)| TopicDef {
            id: id.to_string(),
            label: label.to_string(),
        })
        .collect()
}
