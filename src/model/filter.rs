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
        *self == Filter { country_mode: self.country_mode, ..Filter::default() }
    }

    pub fn clear(&mut self) {
        *self = Filter::default();
    }

    pub fn kind_selected(&self, kind: MeetingKind) -> bool {
        self.kinds.is_empty() || self.kinds.contains(kind.as_str())
    }

    pub fn matches(&self, data: &Dataset, meeting: usize) -> bool {
        let Some(m) = data.meetings.get(meeting) else { return false };
        if !self.kind_selected(m.kind) {
            return false;
        }
        if !self.topics.is_empty() && !m.topics.iter().any(|t| self.topics.contains(t)) {
            return false;
        }
        if self.from.is_some() || self.to.is_some() {
            let Some(d) = m.date else { return false };
            if self.from.is_some_and(|f| d < f) || self.to.is_some_and(|t| d > t) {
                return false;
            }
        }
        if !self.countries.is_empty() {
            let selected =
                |p: &usize| data.officials[*p].country.as_ref().is_some_and(|c| self.countries.contains(c));
            let ok = match self.country_mode {
                CountryMode::Any => m.participants.iter().any(selected),
                CountryMode::Only => m.participants.iter().all(selected),
            };
            if !ok {
                return false;
            }
        }
        let needle = fold(self.search.trim());
        if !needle.is_empty() {
            let hit = m.participants.iter().any(|&p| {
                let o = &data.officials[p];
                fold(&o.name).contains(&needle) || o.aliases.iter().any(|a| fold(a).contains(&needle))
            });
            if !hit {
                return false;
            }
        }
        true
    }

    pub fn apply(&self, data: &Dataset) -> FilteredView {
        let meetings: Vec<usize> = (0..data.meetings.len()).filter(|&i| self.matches(data, i)).collect();
        let mut officials = BTreeSet::new();
        let mut edges: BTreeMap<(usize, usize), Vec<usize>> = BTreeMap::new();
        for &mi in &meetings {
            let p = &data.meetings[mi].participants;
            officials.extend(p.iter().copied());
            for i in 0..p.len() {
                for j in i + 1..p.len() {
                    let key = if p[i] < p[j] { (p[i], p[j]) } else { (p[j], p[i]) };
                    edges.entry(key).or_default().push(mi);
                }
            }
        }
        FilteredView { meetings, officials: officials.into_iter().collect(), edges }
    }
}

impl Dataset {
    /// Countries of the officials, with how many meetings involve each, most frequent first.
    pub fn country_counts(&self) -> Vec<(String, usize)> {
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for m in &self.meetings {
            let countries: BTreeSet<&str> =
                m.participants.iter().filter_map(|&p| self.officials[p].country.as_deref()).collect();
            for c in countries {
                *counts.entry(c).or_default() += 1;
            }
        }
        let mut v: Vec<(String, usize)> = counts.into_iter().map(|(c, n)| (c.to_string(), n)).collect();
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
        assert!(f.apply(&d).meetings.is_empty(), "every sample meeting has a Syrian");
        f.country_mode = CountryMode::Any;
        assert!(!f.apply(&d).meetings.is_empty());

        let mut f = Filter::default();
        f.from = Some(jiff::civil::date(2020, 1, 1));
        let v = f.apply(&d);
        assert!(!v.meetings.is_empty() && v.meetings.len() < all.meetings.len());
        assert!(v.meetings.iter().all(|&m| d.meetings[m].date.unwrap().year() == 2020));

        let mut f = Filter::default();
        f.topics.insert("refugees".into());
        let v = f.apply(&d);
        assert!(v.meetings.iter().all(|&m| d.meetings[m].topics.contains(&"refugees".to_string())));
        assert!(v.meetings.len() < all.meetings.len());

        let f = Filter { search: "SHAMKH".into(), ..Filter::default() };
        let v = f.apply(&d);
        assert!(!v.meetings.is_empty());
        assert!(v.officials.iter().any(|&o| d.officials[o].name.contains("Shamkhani")));
        assert!(v.meetings.len() < all.meetings.len());
    }
}
