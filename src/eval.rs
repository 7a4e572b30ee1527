//! `summitry eval`: scores an extraction against gold annotations (`spec/gold-format.md`).
//!
//! Unit: per article, the unordered pairs of officials who met. A predicted official is a gold
//! participant when their surnames agree after folding case, diacritics, `al-`/`el-`, honorifics and
//! transliteration variants.

use crate::model::Dataset;
use crate::text::fold::{fold, name_key};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};

#[derive(Debug, Deserialize)]
pub struct GoldArticle {
    pub file: String,
    #[serde(default)]
    pub meetings: Vec<GoldMeeting>,
    #[serde(default)]
    pub non_participants: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct GoldMeeting {
    pub participants: Vec<GoldParticipant>,
    pub date: Option<String>,
    pub kind: Option<String>,
    #[serde(default)]
    pub notes: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct GoldParticipant {
    pub name: String,
    pub country: Option<String>,
}

impl GoldMeeting {
    fn optional(&self) -> bool {
        self.notes
            .as_deref()
            .is_some_and(|n| n.starts_with("AMBIGUOUS") || n.starts_with("BORDERLINE"))
    }
}

#[derive(Debug, Default, Serialize, PartialEq)]
pub struct Ratio {
    pub correct: usize,
    pub total: usize,
}

impl Ratio {
    pub fn value(&self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            self.correct as f64 / self.total as f64
        }
    }
}

#[derive(Debug, Default, Serialize)]
pub struct Report {
    pub articles: usize,
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub country: Ratio,
    pub date: Ratio,
    pub kind: Ratio,
    /// Per file: pairs found wrongly and pairs missed, for error analysis.
    pub errors: BTreeMap<String, ArticleErrors>,
    pub warnings: Vec<String>,
}

#[derive(Debug, Default, Serialize)]
pub struct ArticleErrors {
    pub false_pairs: Vec<(String, String)>,
    pub missed_pairs: Vec<(String, String)>,
    /// (official, predicted country, gold country).
    pub wrong_countries: Vec<(String, Option<String>, Option<String>)>,
    /// (pair, predicted date, gold date).
    pub wrong_dates: Vec<((String, String), Option<String>, Option<String>)>,
    /// (pair, predicted kind, gold kind).
    pub wrong_kinds: Vec<((String, String), String, Option<String>)>,
}

impl ArticleErrors {
    fn is_empty(&self) -> bool {
        self.false_pairs.is_empty()
            && self.missed_pairs.is_empty()
            && self.wrong_countries.is_empty()
            && self.wrong_dates.is_empty()
            && self.wrong_kinds.is_empty()
    }
}

impl Report {
    pub fn summary(&self) -> String {
        format!(
            "pairs P={:.3} R={:.3} F1={:.3}\n  tp {} fp {} fn {} over {} articles\ncountries {:.3} ({}/{})\ndates {:.3} ({}/{})\nkinds {:.3} ({}/{})\n",
            self.precision,
            self.recall,
            self.f1,
            self.tp,
            self.fp,
            self.fn_,
            self.articles,
            self.country.value(),
            self.country.correct,
            self.country.total,
            self.date.value(),
            self.date.correct,
            self.date.total,
            self.kind.value(),
            self.kind.correct,
            self.kind.total
        )
    }
}

const HONORIFICS: [&str; 8] = ["dr", "dr.", "mr", "mr.", "h.e.", "sheikh", "prof.", "gen."];

/// The comparison key of a person's name: its last word, folded and transliteration-insensitive
/// ("King Abdullah II" is Abdullah: the regnal number is no name).
pub fn surname_key(name: &str) -> String {
    let mut words: Vec<&str> = name
        .split_whitespace()
        .filter(|w| !HONORIFICS.contains(&fold(w).as_str()))
        .collect();
    if words.len() > 1
        && words
            .last()
            .is_some_and(|w| crate::extract::mentions::is_name_suffix(w))
    {
        words.pop();
    }
    words.last().map(|w| name_key(w)).unwrap_or_default()
}

/// A country's comparison key: the table's name for any name it knows ("Holy See" and "Vatican"
/// are "Vatican City", "Democratic Republic of the Congo" is "DR Congo"), else the name.
fn country_key(name: &str) -> String {
    let lex = &*crate::assets::LEXICON;
    // Upper-case short forms ("UAE", "US") are kept apart from words they would fold into.
    let exact = lex
        .exact_places
        .get(name.trim())
        .filter(|p| {
            matches!(
                p.1,
                crate::assets::PlaceKind::Country | crate::assets::PlaceKind::International
            )
        })
        .and_then(|p| lex.country_name(p.0));
    exact
        .or_else(|| {
            lex.index.as_ref().and_then(|index| {
                index
                    .categories(&name.to_lowercase())
                    .into_iter()
                    .find_map(|c| match c {
                        crate::assets::Category::Place(
                            idx,
                            crate::assets::PlaceKind::Country
                            | crate::assets::PlaceKind::International,
                        ) => lex.country_name(idx),
                        _ => None,
                    })
            })
        })
        .unwrap_or(name)
        .to_lowercase()
}

fn pair(a: String, b: String) -> (String, String) {
    if a <= b { (a, b) } else { (b, a) }
}

pub fn parse_gold(json: &str) -> Result<Vec<GoldArticle>, String> {
    serde_json::from_str(json).map_err(|e| format!("gold file is not in the gold format: {e}"))
}

pub fn evaluate(data: &Dataset, gold: &[GoldArticle]) -> Report {
    let mut r = Report::default();
    let by_path: HashMap<&str, usize> = data
        .corpus
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| (a.path.as_str(), i))
        .collect();
    for g in gold {
        let file = g.file.replace('\\', "/");
        let Some(&ai) = by_path.get(file.trim_start_matches("./")) else {
            r.warnings.push(format!(
                "{}: in the gold file but not in the corpus",
                g.file
            ));
            continue;
        };
        r.articles += 1;
        let mut gold_pairs: BTreeMap<(String, String), &GoldMeeting> = BTreeMap::new();
        let mut optional: BTreeSet<(String, String)> = BTreeSet::new();
        let mut gold_country: BTreeMap<String, Option<&str>> = BTreeMap::new();
        for m in &g.meetings {
            let keys: Vec<String> = m
                .participants
                .iter()
                .map(|p| surname_key(&p.name))
                .collect();
            for p in &m.participants {
                gold_country.insert(surname_key(&p.name), p.country.as_deref());
            }
            for i in 0..keys.len() {
                for j in i + 1..keys.len() {
                    // Two people of one family name ("Al Nahyan") are one key: surnames cannot
                    // tell their pair, so it is not scored (as on the predicted side).
                    if keys[i] == keys[j] {
                        continue;
                    }
                    let k = pair(keys[i].clone(), keys[j].clone());
                    if m.optional() {
                        optional.insert(k);
                    } else {
                        gold_pairs.entry(k).or_insert(m);
                    }
                }
            }
        }
        // A predicted official is a gold participant when the surname of any form the corpus
        // wrote for them agrees: one official, "Sadyr Japarov", is "Zhaparov" in the article
        // that spells him so.
        let official_key = |o: usize| -> String {
            let official = &data.officials[o];
            let own = surname_key(&official.name);
            if gold_country.contains_key(&own) {
                return own;
            }
            official
                .aliases
                .iter()
                .map(|a| surname_key(a))
                .find(|k| gold_country.contains_key(k))
                .unwrap_or(own)
        };
        let mut predicted: BTreeMap<(String, String), usize> = BTreeMap::new();
        let mut predicted_officials: BTreeSet<usize> = BTreeSet::new();
        for (mi, m) in data.meetings.iter().enumerate() {
            if !m.articles.contains(&ai) {
                continue;
            }
            // Per article: the people this article names in it, when a meeting merges reports
            // of one encounter from several articles.
            let participants = m
                .reports
                .iter()
                .find(|r| r.article == ai)
                .map_or(&m.participants, |r| &r.participants);
            let keys: Vec<String> = participants.iter().map(|&p| official_key(p)).collect();
            predicted_officials.extend(participants.iter().copied());
            for i in 0..keys.len() {
                for j in i + 1..keys.len() {
                    if keys[i] != keys[j] {
                        predicted
                            .entry(pair(keys[i].clone(), keys[j].clone()))
                            .or_insert(mi);
                    }
                }
            }
        }
        let errors = r.errors.entry(g.file.clone()).or_default();
        for (k, &mi) in &predicted {
            if let Some(gm) = gold_pairs.get(k) {
                r.tp += 1;
                let m = &data.meetings[mi];
                r.date.total += 1;
                let predicted_date = m.date.map(|d| d.to_string());
                if gm.date == predicted_date {
                    r.date.correct += 1;
                } else {
                    errors
                        .wrong_dates
                        .push((k.clone(), predicted_date, gm.date.clone()));
                }
                r.kind.total += 1;
                if gm.kind.as_deref() == Some(m.kind.as_str()) {
                    r.kind.correct += 1;
                } else {
                    errors.wrong_kinds.push((
                        k.clone(),
                        m.kind.as_str().to_string(),
                        gm.kind.clone(),
                    ));
                }
            } else if !optional.contains(k) {
                r.fp += 1;
                errors.false_pairs.push(k.clone());
            }
        }
        for k in gold_pairs.keys() {
            if !predicted.contains_key(k) {
                r.fn_ += 1;
                errors.missed_pairs.push(k.clone());
            }
        }
        for &o in &predicted_officials {
            let official = &data.officials[o];
            if let Some(gc) = gold_country.get(&official_key(o)) {
                r.country.total += 1;
                if gc.map(country_key) == official.country.as_deref().map(country_key) {
                    r.country.correct += 1;
                } else {
                    errors.wrong_countries.push((
                        official.name.clone(),
                        official.country.clone(),
                        gc.map(str::to_string),
                    ));
                }
            }
        }
        if errors.is_empty() {
            r.errors.remove(&g.file);
        }
    }
    let p = if r.tp + r.fp == 0 {
        0.0
    } else {
        r.tp as f64 / (r.tp + r.fp) as f64
    };
    let rec = if r.tp + r.fn_ == 0 {
        0.0
    } else {
        r.tp as f64 / (r.tp + r.fn_) as f64
    };
    r.precision = p;
    r.recall = rec;
    r.f1 = if p + rec == 0.0 {
        0.0
    } else {
        2.0 * p * rec / (p + rec)
    };
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surnames_fold_honorifics_and_variants() {
        assert_eq!(surname_key("Dr. Karim Mikati"), surname_key("Karim Mekati"));
        assert_eq!(surname_key("Fahd Salim al-Farraj"), surname_key("Farraj"));
        assert_ne!(surname_key("Ali Jahangiri"), surname_key("Ali Rahmani"));
        assert_eq!(surname_key("Abdullah II"), surname_key("Abdullah"));
        assert_eq!(surname_key("Ferdinand Marcos Jr."), surname_key("Marcos"));
    }

    #[test]
    fn an_official_matches_the_gold_under_any_form_the_corpus_wrote() {
        let raw = vec![crate::corpus::RawFile {
            path: "a.txt".into(),
            bytes: b"Presidents talk by phone\n\nKyrgyz President Sadyk Zhaparbekov held a phone call with Uzbek President Aziz Karimov on Monday.\n".to_vec(),
        }];
        let manifest = "file,published\na.txt,2024-05-07\n";
        let corpus =
            crate::corpus::build_corpus("t".into(), raw, Some(manifest.as_bytes()), Vec::new());
        let mut data = crate::extract::extract(corpus, None, &|_| {});
        let gold = parse_gold(
            r#"[{"file": "a.txt", "meetings": [{"participants": [{"name": "Sadyk Zhaparbekov", "country": "Kyrgyzstan"}, {"name": "Aziz Karimov", "country": "Uzbekistan"}]}]}]"#,
        )
        .expect("valid gold");
        assert_eq!(evaluate(&data, &gold).tp, 1);
        // A gazetteer's canonical spelling of the same person, the article's kept as an alias.
        let o = data
            .officials
            .iter_mut()
            .find(|o| o.name == "Sadyk Zhaparbekov")
            .expect("official found");
        o.aliases
            .push(std::mem::replace(&mut o.name, "Sadyk Japarbekov".into()));
        let r = evaluate(&data, &gold);
        assert_eq!((r.tp, r.fp, r.fn_), (1, 0, 0), "{:?}", r.errors);
        assert_eq!((r.country.correct, r.country.total), (2, 2));
    }

    #[test]
    fn countries_compare_by_the_table_under_any_of_their_names() {
        assert_eq!(country_key("Holy See"), country_key("Vatican City"));
        assert_eq!(
            country_key("Democratic Republic of the Congo"),
            country_key("DR Congo")
        );
        assert_eq!(country_key("türkiye"), country_key("Turkey"));
        assert_eq!(country_key("UAE"), country_key("United Arab Emirates"));
        assert_eq!(country_key("US"), country_key("United States"));
        assert_ne!(country_key("Syria"), country_key("Iran"));
        assert_eq!(country_key("European Union"), "european union");
        // An organisation's forms are one organisation, as a country's are one country.
        assert_eq!(country_key("U.N."), country_key("United Nations"));
        assert_eq!(
            country_key("League of Arab States"),
            country_key("Arab League")
        );
        assert_ne!(country_key("NATO"), country_key("European Union"));
    }
}
