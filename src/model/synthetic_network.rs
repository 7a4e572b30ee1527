//! A synthetic dataset for looking at the views at scale (`summitry --synthetic N`) and for
//! benchmarks: `officials` officials from 40 countries in six regional blocs, meetings mostly within
//! a bloc (a quarter within one country), with heavy-tailed activity (a few foreign ministers meet everyone), one short
//! article per meeting so the details panel has evidence to show. Deterministic for a seed.

use super::{
    Article, Corpus, Dataset, DateBasis, Evidence, Meeting, MeetingKind, Official, PublishedBasis,
    TitleSeen,
};
use crate::graph::Rng;

const COUNTRIES: [(&str, usize); 40] = [
    ("United States", 0),
    ("Russia", 1),
    ("China", 2),
    ("Iran", 3),
    ("Syria", 3),
    ("Turkey", 3),
    ("France", 0),
    ("Germany", 0),
    ("United Kingdom", 0),
    ("Saudi Arabia", 3),
    ("Egypt", 3),
    ("Israel", 3),
    ("India", 2),
    ("Japan", 2),
    ("South Korea", 2),
    ("Pakistan", 2),
    ("Iraq", 3),
    ("Lebanon", 3),
    ("Qatar", 3),
    ("United Arab Emirates", 3),
    ("Jordan", 3),
    ("Italy", 0),
    ("Spain", 0),
    ("Poland", 0),
    ("Ukraine", 1),
    ("Belarus", 1),
    ("Kazakhstan", 1),
    ("Armenia", 1),
    ("Azerbaijan", 1),
    ("Brazil", 4),
    ("Argentina", 4),
    ("Mexico", 4),
    ("Venezuela", 4),
    ("Cuba", 4),
    ("South Africa", 5),
    ("Nigeria", 5),
    ("Ethiopia", 5),
    ("Algeria", 5),
    ("Indonesia", 2),
    ("Vietnam", 2),
];

const GIVEN: [&str; 48] = [
    "Ali", "Anna", "Sergei", "Wang", "Mohammad", "Fatima", "John", "Maria", "Ahmed", "Yuki",
    "Carlos", "Elena", "Hassan", "Olga", "Li", "Pierre", "Ingrid", "Omar", "Priya", "Kenji",
    "Lucia", "Dmitri", "Amina", "Jorge", "Sofia", "Tariq", "Mei", "Hans", "Leila", "Ivan", "Nadia",
    "Raj", "Chen", "Paolo", "Zeynep", "Mustafa", "Irina", "Samir", "Hiro", "Ana", "Yusuf", "Marta",
    "Karim", "Alexei", "Noura", "Felipe", "Rania", "Viktor",
];
const FAMILY: [&str; 48] = [
    "Haddad",
    "Petrov",
    "Zhang",
    "Rahimi",
    "Smith",
    "Garcia",
    "Khan",
    "Tanaka",
    "Dubois",
    "Schmidt",
    "Rossi",
    "Novak",
    "Yilmaz",
    "Sato",
    "Silva",
    "Ivanova",
    "Nasser",
    "Kovalenko",
    "Singh",
    "Kim",
    "Ortiz",
    "Morozov",
    "Farouk",
    "Jensen",
    "Costa",
    "Aziz",
    "Liu",
    "Weber",
    "Mansour",
    "Sokolov",
    "Hamdan",
    "Patel",
    "Huang",
    "Ferrari",
    "Demir",
    "Saleh",
    "Volkov",
    "Karimi",
    "Ito",
    "Santos",
    "Abbas",
    "Nowak",
    "Bakr",
    "Orlov",
    "Salem",
    "Ramos",
    "Khoury",
    "Popescu",
];
const TITLES: [&str; 8] = [
    "Foreign Minister",
    "President",
    "Prime Minister",
    "Ambassador",
    "Defence Minister",
    "Deputy Foreign Minister",
    "Special Envoy",
    "Speaker of Parliament",
];
const TOPICS: [(&str, &str); 6] = [
    ("security", "Security"),
    ("trade", "Trade"),
    ("energy", "Energy"),
    ("refugees", "Refugees"),
    ("reconstruction", "Reconstruction"),
    ("counter-terrorism", "Counter-terrorism"),
];

pub fn synthetic(officials: usize, meetings: usize, seed: u64) -> Dataset {
    let mut rng = Rng::new(seed);
    // Country sizes fall off like 1/rank.
    let weights: Vec<f64> = (0..COUNTRIES.len())
        .map(|r| 1.0 / (r as f64 + 1.0))
        .collect();
    let total: f64 = weights.iter().sum();
    let pick_country = |rng: &mut Rng| {
        let mut u = rng.f64() * total;
        for (i, w) in weights.iter().enumerate() {
            if u < *w {
                return i;
            }
            u -= w;
        }
        COUNTRIES.len() - 1
    };
    let mut people = Vec::with_capacity(officials);
    let mut country_of = Vec::with_capacity(officials);
    for i in 0..officials {
        let c = if i < COUNTRIES.len() {
            i
        } else {
            pick_country(&mut rng)
        };
        let name = format!(
            "{} {}",
            GIVEN[rng.below(GIVEN.len())],
            FAMILY[rng.below(FAMILY.len())]
        );
        let name = if i >= GIVEN.len() * 4 {
            format!("{name} {}", (b'A' + (i % 26) as u8) as char)
        } else {
            name
        };
        let title = TITLES[if i < COUNTRIES.len() {
            0
        } else {
            rng.below(TITLES.len())
        }];
        people.push(Official {
            id: format!("o{i}"),
            name,
            aliases: Vec::new(),
            country: Some(COUNTRIES[c].0.to_string()),
            titles: vec![TitleSeen {
                title: title.to_string(),
                first_seen: None,
                last_seen: None,
            }],
        });
        country_of.push(c);
    }
    // Activity: preferential, so a few officials meet many.
    let mut ends: Vec<usize> = (0..officials).collect();
    let mut by_bloc: Vec<Vec<usize>> = vec![Vec::new(); 6];
    for (i, &c) in country_of.iter().enumerate() {
        by_bloc[COUNTRIES[c].1].push(i);
    }
    let mut out = Vec::with_capacity(meetings);
    let mut articles = Vec::with_capacity(meetings);
    let start = jiff::civil::date(2015, 1, 1);
    for k in 0..meetings {
        if officials < 2 {
            break;
        }
        let a = ends[rng.below(ends.len())];
        // Mostly within the bloc (half of those with the same country), sometimes anywhere;
        // busy officials attract more meetings everywhere.
        let bloc = &by_bloc[COUNTRIES[country_of[a]].1];
        let b = loop {
            let u = rng.f64();
            let b = if u < 0.25 {
                // Same country: pick bloc members until one matches (blocs are small).
                let mut pick = bloc[rng.below(bloc.len())];
                for _ in 0..20 {
                    if country_of[pick] == country_of[a] {
                        break;
                    }
                    pick = bloc[rng.below(bloc.len())];
                }
                pick
            } else if u < 0.9 {
                // Within the bloc, preferentially: a busy partner from the activity list, if in the bloc.
                let mut pick = bloc[rng.below(bloc.len())];
                for _ in 0..4 {
                    let c = ends[rng.below(ends.len())];
                    if COUNTRIES[country_of[c]].1 == COUNTRIES[country_of[a]].1 {
                        pick = c;
                        break;
                    }
                }
                pick
            } else {
                ends[rng.below(ends.len())]
            };
            if b != a {
                break b;
            }
        };
        ends.push(a);
        ends.push(b);
        let mut participants = vec![a, b];
        participants.sort_unstable();
        let date = start
            .checked_add(jiff::Span::new().days(rng.below(3650) as i64))
            .ok();
        let kind = MeetingKind::ALL[[0, 0, 0, 1, 1, 2, 3][rng.below(7)]];
        let topic = TOPICS[rng.below(TOPICS.len())].0.to_string();
        let (pa, pb) = (&people[a], &people[b]);
        let text = format!(
            "{} meets {}\n\n{} {} {} met {} {} {} to discuss {}.",
            pa.name,
            pb.name,
            pa.country.as_deref().unwrap_or(""),
            pa.titles[0].title,
            pa.name,
            pb.country.as_deref().unwrap_or(""),
            pb.titles[0].title,
            pb.name,
            topic
        );
        let body_start = text.find("\n\n").map_or(0, |i| i + 2);
        articles.push(Article {
            id: format!("a{k}"),
            path: format!("synthetic/{k:06}.txt"),
            title: format!("{} meets {}", pa.name, pb.name),
            published: date,
            published_basis: PublishedBasis::Manifest,
            source: Some("Synthetic".into()),
            url: None,
            dateline: None,
            dateline_len: None,
            body: body_start..text.len(),
            text: text.clone(),
        });
        out.push(Meeting {
            id: format!("m{k}"),
            articles: vec![k],
            participants,
            date,
            date_basis: DateBasis::Explicit,
            place: None,
            kind,
            topics: vec![topic],
            confidence: 0.9,
            evidence: vec![Evidence {
                article: k,
                start: body_start,
                end: text.len(),
            }],
            reports: Vec::new(),
        });
    }
    out.sort_by(|a, b| {
        (a.date.is_none(), a.date)
            .cmp(&(b.date.is_none(), b.date))
            .then(a.id.cmp(&b.id))
    });
    Dataset {
        corpus: Corpus {
            root: format!("<synthetic: {officials} officials>"),
            articles,
            ..Corpus::default()
        },
        officials: people,
        meetings: out,
        topics: super::synthetic::topic_defs(&TOPICS),
        load_time: std::time::Duration::ZERO,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn synthetic_data_is_consistent() {
        let d = super::synthetic(500, 2000, 1);
        assert_eq!(d.officials.len(), 500);
        assert_eq!(d.meetings.len(), 2000);
        for m in &d.meetings {
            assert!(m.participants.len() == 2 && m.participants[0] < m.participants[1]);
            assert!(!d.evidence_text(&m.evidence[0]).is_empty());
        }
        assert!(d.country_counts().len() >= 30);
    }
}
