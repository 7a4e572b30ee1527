//! Filters shared by every view (and by `render`/exports): countries, topics, time, kind, search.
//! A [`Filter`] applied to a [`Dataset`] gives a [`FilteredView`]: the meetings that pass, the
//! officials they involve and the "met" edges between them.

use super::{Dataset, MeetingKind};
use crate::text::fold::fold;
use jiff::civil::Date;
use std::collections::{BTreeMap, BTreeSet};

/// How the country filter combines with a meeting's participants.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum CountryMode {
    /// A meeting passes when any participant is from a selected country.
    #[default]
    Any,
    /// A meeting passes when every participant is from a selected country.
    Only,
}

#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Filter {
    /// Country names; empty means all.
    pub countries: BTreeSet<String>,
    pub country_mode: CountryMode,
    /// Topic ids; empty means all. A meeting passes when it has any selected topic.
    pub topics: BTreeSet<String>,
    /// Kinds as `MeetingKind::as_str`; empty means all.
    pub kinds: BTreeSet<String>,
    /// Inclusive date range. Undated meetings pass only when no range is set.
    pub from: Option<Date>,
    pub to: Option<Date>,
    /// Case- and accent-insensitive substring of a participant's name or alias.
    pub search: String,
}

/// The result of a filter: what every view shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FilteredView {
    /// Indexes into `Dataset::meetings`, in dataset order (by date).
    pub meetings: Vec<usize>,
    /// Indexes into `Dataset::officials` of everyone in those meetings, ascending.
    pub officials: Vec<usize>,
    /// (official a, official b) with a < b → indexes of the meetings they share.
    pub edges: BTreeMap<(usize, usize), Vec<usize>>,
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        *self
            == Filter {
                country_mode: self.country_mode,
                ..Filter::default()
            }
    }

    pub fn clear(&mut self) {
        *self = Filter::default();
    }

    /// Matches typed country and topic names to the dataset's spelling (case-insensitive; topics
    /// by id or label). Returns a warning for each name the dataset does not have (kept as typed).
    pub fn resolve_names(&mut self, data: &Dataset) -> Vec<String> {
        let mut warnings = Vec::new();
        let countries: Vec<String> = data.country_counts().into_iter().map(|(c, _)| c).collect();
        self.countries = std::mem::take(&mut self.countries)
            .into_iter()
            .map(
                |c| match countries.iter().find(|k| k.eq_ignore_ascii_case(&c)) {
                    Some(k) => k.clone(),
                    None => {
                        warnings.push(format!("no official from “{c}” in this corpus"));
                        c
                    }
                },
            )
            .collect();
        self.topics = std::mem::take(&mut self.topics)
            .into_iter()
            .map(|t| {
                match data
                    .topics
                    .iter()
                    .find(|d| d.id.eq_ignore_ascii_case(&t) || d.label.eq_ignore_ascii_case(&t))
                {
                    Some(d) => d.id.clone(),
                    None => {
                        warnings.push(format!("no topic “{t}” in this corpus's taxonomy"));
                        t
                    }
                }
            })
            .collect();
        warnings
    }

    pub fn kind_selected(&self, kind: MeetingKind) -> bool {
        self.kinds.is_empty() || self.kinds.contains(kind.as_str())
    }

    pub fn matches(&self, data: &Dataset, meeting: usize) -> bool {
        meeting < data.meetings.len() && Prepared::new(self, data).fails(data, meeting) == 0
    }

    pub fn apply(&self, data: &Dataset) -> FilteredView {
        let prepared = Prepared::new(self, data);
        let meetings: Vec<usize> = (0..data.meetings.len())
            .filter(|&i| prepared.fails(data, i) == 0)
            .collect();
        let mut officials = vec![false; data.officials.len()];
        let mut edges: BTreeMap<(usize, usize), Vec<usize>> = BTreeMap::new();
        for &mi in &meetings {
            let p = &data.meetings[mi].participants;
            for &o in p {
                if let Some(slot) = officials.get_mut(o) {
                    *slot = true;
                }
            }
            for i in 0..p.len() {
                for j in i + 1..p.len() {
                    let key = if p[i] < p[j] {
                        (p[i], p[j])
                    } else {
                        (p[j], p[i])
                    };
                    edges.entry(key).or_default().push(mi);
                }
            }
        }
        let officials = officials
            .iter()
            .enumerate()
            .filter(|(_, on)| **on)
            .map(|(i, _)| i)
            .collect();
        FilteredView {
            meetings,
            officials,
            edges,
        }
    }

    /// How many meetings each country, topic and kind would show: each facet is counted with every
    /// other part of the filter applied but not its own, so ticking a box never hides its siblings.
    pub fn facets(&self, data: &Dataset) -> Facets {
        let prepared = Prepared::new(self, data);
        let mut countries: BTreeMap<String, usize> = BTreeMap::new();
        let mut topics: BTreeMap<String, usize> = BTreeMap::new();
        let mut kinds = [0usize; 4];
        let mut seen: Vec<&str> = Vec::new();
        for (i, m) in data.meetings.iter().enumerate() {
            let fails = prepared.fails(data, i);
            if fails & !COUNTRY == 0 {
                seen.clear();
                for &p in &m.participants {
                    if let Some(c) = data.officials.get(p).and_then(|o| o.country.as_deref())
                        && !seen.contains(&c)
                    {
                        seen.push(c);
                        match countries.get_mut(c) {
                            Some(n) => *n += 1,
                            None => {
                                countries.insert(c.to_string(), 1);
                            }
                        }
                    }
                }
            }
            if fails & !TOPIC == 0 {
                for t in &m.topics {
                    match topics.get_mut(t) {
                        Some(n) => *n += 1,
                        None => {
                            topics.insert(t.clone(), 1);
                        }
                    }
                }
            }
            if fails & !KIND == 0 {
                kinds[MeetingKind::ALL
                    .iter()
                    .position(|k| *k == m.kind)
                    .unwrap_or(0)] += 1;
            }
        }
        Facets {
            countries,
            topics,
            kinds,
        }
    }
}

/// Per-facet meeting counts, see [`Filter::facets`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Facets {
    pub countries: BTreeMap<String, usize>,
    pub topics: BTreeMap<String, usize>,
    /// In the order of [`MeetingKind::ALL`].
    pub kinds: [usize; 4],
}

impl Facets {
    pub fn country(&self, c: &str) -> usize {
        self.countries.get(c).copied().unwrap_or(0)
    }
    pub fn topic(&self, t: &str) -> usize {
        self.topics.get(t).copied().unwrap_or(0)
    }
    pub fn kind(&self, k: MeetingKind) -> usize {
        MeetingKind::ALL
            .iter()
            .position(|x| *x == k)
            .map_or(0, |i| self.kinds[i])
    }
}

const KIND: u8 = 1;
const TOPIC: u8 = 2;
const DATE: u8 = 4;
const COUNTRY: u8 = 8;
const SEARCH: u8 = 16;

/// A filter made ready for one dataset: per-official answers computed once, so a pass over
/// 50,000 meetings costs about a millisecond (playback re-filters every frame).
struct Prepared<'f> {
    filter: &'f Filter,
    /// Per official: from a selected country (empty when no country is selected).
    country_ok: Vec<bool>,
    /// Per official: name or alias contains the search text (empty when there is no search).
    search_hit: Vec<bool>,
    kinds: [bool; 4],
}

impl<'f> Prepared<'f> {
    fn new(filter: &'f Filter, data: &Dataset) -> Prepared<'f> {
        let country_ok = if filter.countries.is_empty() {
            Vec::new()
        } else {
            data.officials
                .iter()
                .map(|o| {
                    o.country
                        .as_ref()
                        .is_some_and(|c| filter.countries.contains(c))
                })
                .collect()
        };
        let needle = fold(filter.search.trim());
        let search_hit = if needle.is_empty() {
            Vec::new()
        } else {
            data.officials
                .iter()
                .map(|o| {
                    fold(&o.name).contains(&needle)
                        || o.aliases.iter().any(|a| fold(a).contains(&needle))
                })
                .collect()
        };
        let kinds = MeetingKind::ALL.map(|k| filter.kind_selected(k));
        Prepared {
            filter,
            country_ok,
            search_hit,
            kinds,
        }
    }

    /// Bit set of the criteria meeting `i` fails (0: it passes).
    fn fails(&self, data: &Dataset, i: usize) -> u8 {
        let m = &data.meetings[i];
        let f = self.filter;
        let mut fails = 0;
        if !self.kinds[MeetingKind::ALL
            .iter()
            .position(|k| *k == m.kind)
            .unwrap_or(0)]
        {
            fails |= KIND;
        }
        if !f.topics.is_empty() && !m.topics.iter().any(|t| f.topics.contains(t)) {
            fails |= TOPIC;
        }
        if f.from.is_some() || f.to.is_some() {
            match m.date {
                None => fails |= DATE,
                Some(d) if f.from.is_some_and(|x| d < x) || f.to.is_some_and(|x| d > x) => {
                    fails |= DATE
                }
                Some(_) => {}
            }
        }
        if !self.country_ok.is_empty() {
            let ok = |p: &usize| self.country_ok.get(*p).copied().unwrap_or(false);
            let pass = match f.country_mode {
                CountryMode::Any => m.participants.iter().any(ok),
                CountryMode::Only => m.participants.iter().all(ok),
            };
            if !pass {
                fails |= COUNTRY;
            }
        }
        if !self.search_hit.is_empty()
            && !m
                .participants
                .iter()
                .any(|p| self.search_hit.get(*p).copied().unwrap_or(false))
        {
            fails |= SEARCH;
        }
        fails
    }
}

impl Dataset {
    /// Countries of the officials, with how many meetings involve each, most frequent first.
    pub fn country_counts(&self) -> Vec<(String, usize)> {
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for m in &self.meetings {
            let countries: BTreeSet<&str> = m
                .participants
                .iter()
                .filter_map(|&p| self.officials[p].country.as_deref())
                .collect();
            for c in countries {
                *counts.entry(c).or_default() += 1;
            }
        }
        let mut v: Vec<(String, usize)> = counts
            .into_iter()
            .map(|(c, n)| (c.to_string(), n))
            .collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::sample::sample_corpus;

    fn sample() -> Dataset {
        crate::extract::extract(sample_corpus(), None, &|_| {})
    }

    #[test]
    fn empty_filter_keeps_everything() {
        let d = sample();
        let v = Filter::default().apply(&d);
        assert_eq!(v.meetings.len(), d.meetings.len());
        assert!(v.edges.values().all(|m| !m.is_empty()));
    }

    #[test]
    fn country_topic_time_and_search_narrow_the_view() {
        let d = sample();
        let all = Filter::default().apply(&d);
        let mut f = Filter::default();
        f.countries.insert("Iran".into());
        f.country_mode = CountryMode::Only;
        assert!(
            f.apply(&d).meetings.is_empty(),
            "every sample meeting has a Syrian"
        );
        f.country_mode = CountryMode::Any;
        assert!(!f.apply(&d).meetings.is_empty());

        let mut f = Filter::default();
        f.from = Some(jiff::civil::date(2020, 1, 1));
        let v = f.apply(&d);
        assert!(!v.meetings.is_empty() && v.meetings.len() < all.meetings.len());
        assert!(
            v.meetings
                .iter()
                .all(|&m| d.meetings[m].date.unwrap().year() == 2020)
        );

        let mut f = Filter::default();
        f.topics.insert("refugees".into());
        let v = f.apply(&d);
        assert!(
            v.meetings
                .iter()
                .all(|&m| d.meetings[m].topics.contains(&"refugees".to_string()))
        );
        assert!(v.meetings.len() < all.meetings.len());

        // Search by the start of a surname, in another case.
        let surname = d.officials[d.meetings[0].participants[0]]
            .name
            .rsplit(' ')
            .next()
            .unwrap()
            .to_string();
        let f = Filter {
            search: surname.to_uppercase().chars().take(5).collect(),
            ..Filter::default()
        };
        let v = f.apply(&d);
        assert!(!v.meetings.is_empty());
        assert!(
            v.officials
                .iter()
                .any(|&o| d.officials[o].name.contains(&surname))
        );
        assert!(v.meetings.len() < all.meetings.len());
    }

    #[test]
    fn facets_count_each_box_without_its_own_constraint() {
        let d = sample();
        let all = Filter::default().facets(&d);
        assert_eq!(
            all.country("Syria"),
            d.country_counts()
                .iter()
                .find(|c| c.0 == "Syria")
                .unwrap()
                .1
        );
        assert_eq!(all.kinds.iter().sum::<usize>(), d.meetings.len());

        // Ticking a topic does not change the topic counts, but narrows countries and kinds.
        let f = Filter {
            topics: ["refugees".to_string()].into(),
            ..Filter::default()
        };
        let facets = f.facets(&d);
        assert_eq!(facets.topics, all.topics);
        let shown = f.apply(&d).meetings.len();
        assert_eq!(facets.kinds.iter().sum::<usize>(), shown);
        assert!(shown < d.meetings.len());
        assert_eq!(
            facets.country("Iran"),
            shown,
            "every sample meeting involves Iran"
        );

        // A date range changes every count.
        let f = Filter {
            from: Some(jiff::civil::date(2020, 1, 1)),
            ..Filter::default()
        };
        let facets = f.facets(&d);
        assert!(facets.country("Syria") < all.country("Syria"));
    }
}
