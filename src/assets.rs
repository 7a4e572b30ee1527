//! Curated data shipped in `assets/`: countries, organisations, news sources, titles and topics.
//! Parsed once; the extractor reads everything about names and places from here.

use serde::Deserialize;
use std::collections::HashMap;
use std::sync::LazyLock;

const COUNTRIES_TSV: &str = include_str!("../assets/countries.tsv");
const ORGANISATIONS_TSV: &str = include_str!("../assets/organisations.tsv");
const REGIONS_TSV: &str = include_str!("../assets/regions.tsv");
const SOURCES_TSV: &str = include_str!("../assets/sources.tsv");
const DOMAINS_TSV: &str = include_str!("../assets/domains.tsv");
const INTERNATIONAL_TSV: &str = include_str!("../assets/international.tsv");
const OFFICIALS_TSV: &str = include_str!("../assets/officials.tsv");

/// An official from the gazetteer (`assets/officials.tsv`).
#[derive(Clone, Debug)]
pub struct KnownOfficial {
    pub name: String,
    /// Country index; an international organisation's entry for its officials, or
    /// `Lexicon::international` when the gazetteer names none.
    pub country: usize,
    /// Titles without their years, most relevant first.
    pub titles: Vec<String>,
}
const TITLES_TOML: &str = include_str!("../assets/titles.toml");
pub const TOPICS_TOML: &str = include_str!("../assets/topics.toml");

#[derive(Clone, Debug)]
pub struct Country {
    pub name: String,
    pub code: String,
    pub capitals: Vec<String>,
}

/// What a place phrase names.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PlaceKind {
    #[default]
    Country,
    Demonym,
    Capital,
    Organisation,
    /// An international organisation (UN, IAEA, NATO): its officials serve it, not a country.
    International,
    /// A state or province of one country ("Texas", "Sindh"): its governor serves that country.
    Region,
}

#[derive(Deserialize)]
struct TitlesFile {
    heads: Vec<String>,
    modifiers: Vec<String>,
    portfolios: Vec<String>,
    envoys: Vec<String>,
    honorifics: Vec<String>,
    ranks: Vec<String>,
    org_words: Vec<String>,
    anaphors: Vec<String>,
    heads_of_state: Vec<String>,
    /// Titles that only one country has: title -> country.
    #[serde(default)]
    title_countries: std::collections::BTreeMap<String, String>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Topic {
    pub id: String,
    pub label: String,
    pub keywords: Vec<String>,
}

#[derive(Deserialize)]
struct TopicsFile {
    topic: Vec<Topic>,
}

/// Parses a topics file (`assets/topics.toml` or a corpus's own `topics.toml`).
pub fn parse_topics(toml_text: &str) -> Result<Vec<Topic>, String> {
    let f: TopicsFile = toml::from_str(toml_text).map_err(|e| e.to_string())?;
    Ok(f.topic)
}

/// A lexicon category a phrase belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Place(usize, PlaceKind),
    /// A title head; `true` for envoys.
    Head(bool),
    Modifier,
    Portfolio,
    Honorific,
    Rank,
    OrgWord,
    Anaphor,
    /// A name or alias from the gazetteer (index into `Lexicon::known`).
    Known(usize),
}

/// Every lexicon phrase as a trie over words: a token's lower-case text is looked up once, and a
/// phrase is followed token by token from there. Phrases match whole tokens only, separated as in
/// the phrase (one space, or nothing as in "people's"), so "oman" never matches inside "woman".
pub struct PhraseIndex {
    /// Id of every word that occurs in a phrase (ids start at 1; 0 stands for other words).
    word_ids: HashMap<Box<str>, u32>,
    /// The trie node a phrase's first word leads to, by word id (0: no phrase starts so).
    root: Vec<u32>,
    nodes: Vec<PhraseNode>,
    /// Edges out of nodes: (word id × 2 + 1 if a space comes before the word, child), sorted
    /// within each node's range.
    edges: Vec<(u32, u32)>,
    categories: Vec<Category>,
    /// The lower-case phrases with their categories, for tests that check the trie against them.
    #[cfg(test)]
    pub(crate) patterns: Vec<(String, Vec<Category>)>,
}

#[derive(Clone, Copy, Default)]
struct PhraseNode {
    /// Categories of the phrase that ends here.
    categories: (u32, u32),
    edges: (u32, u32),
}

impl std::fmt::Debug for PhraseIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "PhraseIndex({} words, {} trie nodes)",
            self.word_ids.len(),
            self.nodes.len()
        )
    }
}

/// A phrase split as the text tokenizer splits text: each token's text and whether a space comes
/// before it. Tokenized in upper case so "u.s." is one token, as "U.S." is in text, and with a
/// space after it, as inside text: "H.E" then splits as "H.E William" does.
fn phrase_tokens(phrase: &str) -> Vec<(&str, bool)> {
    let upper = format!("{} ", phrase.to_ascii_uppercase());
    let tokens = crate::text::tokens::tokenize(&upper, 0..upper.len());
    let mut out = Vec::with_capacity(tokens.len());
    let mut prev_end = None;
    for t in tokens {
        let spaced = prev_end.is_some_and(|e| e < t.start);
        out.push((&phrase[t.start..t.end], spaced));
        prev_end = Some(t.end);
    }
    out
}

impl PhraseIndex {
    /// The id of a (lower-case) word, 0 when no phrase has it.
    pub fn word_id(&self, word: &str) -> u32 {
        self.word_ids.get(word).copied().unwrap_or(0)
    }

    /// Every word of every phrase, with its id.
    pub fn words(&self) -> impl Iterator<Item = (&str, u32)> {
        self.word_ids.iter().map(|(w, &id)| (&**w, id))
    }

    /// The trie node after a phrase's first word, if any phrase starts with it.
    #[inline]
    pub fn start(&self, word: u32) -> Option<u32> {
        self.root.get(word as usize).copied().filter(|&n| n != 0)
    }

    /// The node after `node` and one more word.
    #[inline]
    pub fn next(&self, node: u32, word: u32, spaced: bool) -> Option<u32> {
        let (a, b) = self.nodes[node as usize].edges;
        if a == b || word == 0 {
            return None;
        }
        let key = word * 2 + u32::from(spaced);
        let edges = &self.edges[a as usize..b as usize];
        edges
            .binary_search_by_key(&key, |e| e.0)
            .ok()
            .map(|i| edges[i].1)
    }

    /// Categories of the phrase that ends at `node` (empty when only longer phrases pass by).
    #[inline]
    pub fn node_categories(&self, node: u32) -> &[Category] {
        let (a, b) = self.nodes[node as usize].categories;
        &self.categories[a as usize..b as usize]
    }

    /// What a whole phrase names (lower case), e.g. for checking the assets.
    pub fn categories(&self, phrase: &str) -> Vec<Category> {
        let mut node = None;
        for (i, (w, spaced)) in phrase_tokens(phrase).into_iter().enumerate() {
            let id = self.word_id(w);
            node = if i == 0 {
                self.start(id)
            } else {
                node.and_then(|n| self.next(n, id, spaced))
            };
            if node.is_none() {
                return Vec::new();
            }
        }
        node.map_or_else(Vec::new, |n| self.node_categories(n).to_vec())
    }

    fn build(phrases: &[(String, Category)]) -> PhraseIndex {
        let mut by_pattern: HashMap<String, Vec<Category>> = HashMap::new();
        for (phrase, cat) in phrases {
            let normal = phrase.split_whitespace().collect::<Vec<_>>().join(" ");
            // Text is lower-cased ASCII-only, so keep non-ASCII capitals as written too.
            let mut forms = vec![normal.to_lowercase(), normal.to_ascii_lowercase()];
            for f in forms.clone() {
                if f.contains('\'') {
                    forms.push(f.replace('\'', "’"));
                }
            }
            forms.sort();
            forms.dedup();
            for f in forms {
                let cats = by_pattern.entry(f).or_default();
                if !cats.contains(cat) {
                    cats.push(*cat);
                }
            }
        }
        let mut patterns: Vec<(String, Vec<Category>)> = by_pattern.into_iter().collect();
        patterns.sort_by(|a, b| a.0.cmp(&b.0));
        let mut word_ids: HashMap<Box<str>, u32> = HashMap::new();
        // Children by (word × 2 + spaced) per node while building; node 0 is the root.
        let mut children: Vec<std::collections::BTreeMap<u32, u32>> = vec![Default::default()];
        let mut node_cats: Vec<Vec<Category>> = vec![Vec::new()];
        for (pattern, cats) in &patterns {
            let tokens = phrase_tokens(pattern);
            // Token tags store match lengths in tokens in 8 bits.
            assert!(
                !tokens.is_empty() && tokens.len() < 256,
                "lexicon phrase of 256 tokens or more: {pattern}"
            );
            let mut node = 0usize;
            for (i, (w, spaced)) in tokens.into_iter().enumerate() {
                let next_id = word_ids.len() as u32 + 1;
                let id = *word_ids.entry(w.into()).or_insert(next_id);
                let key = if i == 0 {
                    id * 2
                } else {
                    id * 2 + u32::from(spaced)
                };
                let fresh = children.len() as u32;
                let child = *children[node].entry(key).or_insert(fresh);
                if child == fresh {
                    children.push(Default::default());
                    node_cats.push(Vec::new());
                }
                node = child as usize;
            }
            for c in cats {
                if !node_cats[node].contains(c) {
                    node_cats[node].push(*c);
                }
            }
        }
        let mut root = vec![0u32; word_ids.len() + 1];
        for (&key, &child) in &children[0] {
            root[(key / 2) as usize] = child;
        }
        let (mut nodes, mut edges, mut categories) = (Vec::new(), Vec::new(), Vec::new());
        for (node, (kids, cats)) in children.iter().zip(&node_cats).enumerate() {
            let (e0, c0) = (edges.len() as u32, categories.len() as u32);
            // The root's edges are looked up through `root`.
            if node != 0 {
                edges.extend(kids.iter().map(|(&k, &c)| (k, c)));
            }
            categories.extend_from_slice(cats);
            nodes.push(PhraseNode {
                categories: (c0, categories.len() as u32),
                edges: (e0, edges.len() as u32),
            });
        }
        PhraseIndex {
            word_ids,
            root,
            nodes,
            edges,
            categories,
            #[cfg(test)]
            patterns,
        }
    }
}

/// Title words by role: `true` marks envoy heads (their "to <country>" is a posting).
#[derive(Debug, Default)]
pub struct Lexicon {
    pub countries: Vec<Country>,
    /// Case-sensitive forms (US, UK): matched only as written.
    pub exact_places: HashMap<String, (usize, PlaceKind)>,
    /// Index of the nameless entry of `countries` that stands for "an international organisation"
    /// when none is named; the organisations' own entries follow it.
    pub international: usize,
    pub sources: Vec<(String, usize)>,
    /// The words of each of `sources`' names, split once.
    pub source_words: Vec<Vec<String>>,
    /// Web-address suffixes (".ee", ".gov.sy") and their country, longest first.
    pub domains: Vec<(String, usize)>,
    pub topics: Vec<Topic>,
    pub index: Option<PhraseIndex>,
    /// Lower-case titles of heads of state, for "the Head of State".
    pub heads_of_state: Vec<String>,
    /// Lower-case titles that only one country has ("taoiseach", "pope"), with the country.
    pub title_countries: Vec<(String, usize)>,
    /// The gazetteer of officials.
    pub known: Vec<KnownOfficial>,
}

impl Lexicon {
    pub fn country_index(&self, name: &str) -> Option<usize> {
        self.countries
            .iter()
            .position(|c| !c.name.is_empty() && c.name.eq_ignore_ascii_case(name))
    }

    /// The country's (or organisation's) name, or None for the nameless international entry.
    pub fn country_name(&self, idx: usize) -> Option<&str> {
        self.countries
            .get(idx)
            .map(|c| c.name.as_str())
            .filter(|n| !n.is_empty())
    }

    /// The home country of a news source ("SANA" → Syria), matching whole words of the source.
    pub fn source_country(&self, source: &str) -> Option<usize> {
        let lower = source.to_lowercase();
        let words: Vec<&str> = lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        self.sources
            .iter()
            .zip(&self.source_words)
            .find_map(|((_, c), name_words)| {
                (!name_words.is_empty()
                    && words
                        .windows(name_words.len())
                        .any(|w| w == name_words.as_slice()))
                .then_some(*c)
            })
            .or_else(|| self.country_named_in(source))
    }

    /// The home country of a news site from its address: "https://news.err.ee/..." → Estonia.
    pub fn domain_country(&self, url: &str) -> Option<usize> {
        let rest = url.split_once("://").map_or(url, |(_, r)| r);
        let host = rest
            .split(['/', '?', '#', ':'])
            .next()
            .unwrap_or("")
            .trim_end_matches('.')
            .to_ascii_lowercase();
        self.domains.iter().find_map(|(suffix, c)| {
            (host.ends_with(suffix.as_str()) || host == suffix[1..]).then_some(*c)
        })
    }

    /// An outlet the table does not list may say its country in its name: "Guyana Chronicle",
    /// "The Sun (Nigeria)", "Ethiopian News Agency", "Tehran Times", "UK Foreign Office".
    fn country_named_in(&self, source: &str) -> Option<usize> {
        let index = self.index.as_ref()?;
        let words: Vec<&str> = source
            // (Apostrophes kept: "People's Republic of China" is not "Republic of China".)
            .split(|c: char| !(c.is_alphanumeric() || matches!(c, '.' | '\'' | '’')))
            .map(|w| w.trim_end_matches('.'))
            .filter(|w| !w.is_empty())
            .collect();
        for (i, w) in words.iter().enumerate() {
            if let Some(&(c, PlaceKind::Country)) = self.exact_places.get(*w) {
                return Some(c);
            }
            if !w.starts_with(char::is_uppercase) {
                continue;
            }
            // The longest phrase first: "Cook Islands" before "Cook".
            for n in (1..=4.min(words.len() - i)).rev() {
                let phrase = words[i..i + n].join(" ").to_lowercase();
                let place = index.categories(&phrase).into_iter().find_map(|c| match c {
                    Category::Place(
                        c,
                        PlaceKind::Country | PlaceKind::Demonym | PlaceKind::Capital,
                    ) => Some(c),
                    _ => None,
                });
                if place.is_some() {
                    return place;
                }
            }
        }
        None
    }
}

fn tsv_rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .skip(1)
        .map(|l| l.split('\t').collect())
}

fn list<'a>(cell: Option<&&'a str>) -> impl Iterator<Item = &'a str> {
    cell.copied()
        .unwrap_or("")
        .split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

fn build() -> Lexicon {
    let mut lex = Lexicon::default();
    // Every phrase the tagger looks for, with what it names; short upper-case forms ("US", "IAEA")
    // go to `exact_places` instead, since folded they would match ordinary words ("us", "who").
    let mut phrases: Vec<(String, Category)> = Vec::new();
    let short_caps = |s: &str| {
        s.len() <= 4
            && s.chars()
                .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '.')
    };
    for row in tsv_rows(COUNTRIES_TSV) {
        let Some(name) = row.first().map(|s| s.trim()).filter(|s| !s.is_empty()) else {
            continue;
        };
        let idx = lex.countries.len();
        let capitals: Vec<String> = list(row.get(3)).map(str::to_string).collect();
        phrases.push((name.to_string(), Category::Place(idx, PlaceKind::Country)));
        for alias in list(row.get(1)) {
            if short_caps(alias) {
                lex.exact_places
                    .insert(alias.to_string(), (idx, PlaceKind::Country));
            } else {
                phrases.push((alias.to_string(), Category::Place(idx, PlaceKind::Country)));
            }
        }
        for d in list(row.get(2)) {
            phrases.push((d.to_string(), Category::Place(idx, PlaceKind::Demonym)));
            // The people: "Mauritanians Abroad", "Iraqis" (not "Swiss", "French").
            if d.ends_with("an") || d.ends_with('i') {
                phrases.push((format!("{d}s"), Category::Place(idx, PlaceKind::Demonym)));
            }
        }
        phrases.extend(
            capitals
                .iter()
                .map(|c| (c.clone(), Category::Place(idx, PlaceKind::Capital))),
        );
        lex.countries.push(Country {
            name: name.to_string(),
            code: row.get(4).map_or(String::new(), |s| s.trim().to_string()),
            capitals,
        });
    }
    for (rows, kind) in [
        (ORGANISATIONS_TSV, PlaceKind::Organisation),
        (REGIONS_TSV, PlaceKind::Region),
    ] {
        for row in tsv_rows(rows) {
            if let (Some(name), Some(country)) = (row.first(), row.get(1))
                && let Some(c) = lex.country_index(country.trim())
            {
                phrases.push((name.trim().to_string(), Category::Place(c, kind)));
            }
        }
    }
    lex.international = lex.countries.len();
    lex.countries.push(Country {
        name: String::new(),
        code: String::new(),
        capitals: Vec::new(),
    });
    // Each organisation gets its own entry after the countries: its officials serve it as others
    // serve a country ("UN", "U.N." and "United Nations" are one entry, "United Nations").
    for row in tsv_rows(INTERNATIONAL_TSV) {
        let Some(name) = row.first().map(|s| s.trim()).filter(|s| !s.is_empty()) else {
            continue;
        };
        let organisation = row
            .get(1)
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .unwrap_or(name);
        let idx = match lex.country_index(organisation) {
            Some(i) if i > lex.international => i,
            _ => {
                lex.countries.push(Country {
                    name: organisation.to_string(),
                    code: String::new(),
                    capitals: Vec::new(),
                });
                lex.countries.len() - 1
            }
        };
        if short_caps(name) {
            lex.exact_places
                .insert(name.to_string(), (idx, PlaceKind::International));
        } else {
            phrases.push((
                name.to_string(),
                Category::Place(idx, PlaceKind::International),
            ));
        }
    }
    for row in tsv_rows(SOURCES_TSV) {
        if let (Some(name), Some(country)) = (row.first(), row.get(1))
            && let Some(c) = lex.country_index(country.trim())
        {
            lex.sources.push((name.trim().to_lowercase(), c));
        }
    }
    // Longer source names first so "Syrian Arab News Agency" wins over shorter entries.
    lex.sources.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
    lex.source_words = lex
        .sources
        .iter()
        .map(|(name, _)| {
            name.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect()
        })
        .collect();
    for row in tsv_rows(DOMAINS_TSV) {
        if let (Some(suffix), Some(country)) = (row.first(), row.get(1))
            && let Some(c) = lex.country_index(country.trim())
        {
            let suffix = suffix.trim().to_ascii_lowercase();
            let suffix = if suffix.starts_with('.') {
                suffix
            } else {
                format!(".{suffix}")
            };
            if suffix.len() > 1 {
                lex.domains.push((suffix, c));
            }
        }
    }
    // Longer suffixes first: a user's ".example.com" row wins over ".com" ones.
    lex.domains.sort_by_key(|(s, _)| std::cmp::Reverse(s.len()));
    let titles: TitlesFile =
        toml::from_str(TITLES_TOML).expect("assets/titles.toml is valid (checked by tests)");
    for row in tsv_rows(OFFICIALS_TSV) {
        let Some(name) = row.first().map(|s| s.trim()).filter(|s| !s.is_empty()) else {
            continue;
        };
        let country = match row.get(2).map(|s| s.trim()).filter(|s| !s.is_empty()) {
            Some(c) => match lex.country_index(c) {
                Some(i) => i,
                None => continue,
            },
            None => lex.international,
        };
        let titles = list(row.get(3))
            .map(|t| t.split(" (").next().unwrap_or(t).trim().to_string())
            .filter(|t| !t.is_empty())
            .collect();
        let idx = lex.known.len();
        lex.known.push(KnownOfficial {
            name: name.to_string(),
            country,
            titles,
        });
        for form in std::iter::once(name).chain(list(row.get(1))) {
            // "Marcos Jr." ends at "Jr" in the text: the sentence's full stop is no name word.
            let form = form.trim_end_matches('.');
            phrases.push((form.to_string(), Category::Known(idx)));
            // "Al-Thani" and "Al Thani" are written both ways.
            if form.contains("Al-") || form.contains("al-") {
                phrases.push((
                    form.replace("Al-", "Al ").replace("al-", "al "),
                    Category::Known(idx),
                ));
            }
        }
    }
    for h in &titles.heads {
        phrases.push((
            h.clone(),
            Category::Head(titles.envoys.iter().any(|e| e.eq_ignore_ascii_case(h))),
        ));
    }
    for (cat, words) in [
        (Category::Modifier, &titles.modifiers),
        (Category::Portfolio, &titles.portfolios),
        (Category::Honorific, &titles.honorifics),
        (Category::Rank, &titles.ranks),
        (Category::OrgWord, &titles.org_words),
        (Category::Anaphor, &titles.anaphors),
    ] {
        phrases.extend(words.iter().map(|w| (w.clone(), cat)));
    }
    lex.index = Some(PhraseIndex::build(&phrases));
    // Token tags store country and gazetteer indexes in 16 bits (phrase lengths: see PhraseIndex).
    assert!(lex.countries.len() < usize::from(u16::MAX) && lex.known.len() < usize::from(u16::MAX));
    lex.heads_of_state = titles
        .heads_of_state
        .iter()
        .map(|t| t.to_lowercase())
        .collect();
    lex.title_countries = titles
        .title_countries
        .iter()
        .map(|(t, c)| {
            let idx = lex
                .country_index(c)
                .unwrap_or_else(|| panic!("assets/titles.toml: unknown country {c}"));
            (t.to_lowercase(), idx)
        })
        .collect();
    lex.topics = parse_topics(TOPICS_TOML).expect("assets/topics.toml is valid (checked by tests)");
    lex
}

/// The shipped lexicon.
pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(build);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_region_names_a_known_country_and_no_country_or_capital() {
        let lex = &*LEXICON;
        let index = lex.index.as_ref().unwrap();
        let rows: Vec<Vec<&str>> = tsv_rows(REGIONS_TSV).collect();
        assert!(rows.len() > 1000, "{}", rows.len());
        for row in &rows {
            let (name, country) = (row[0].trim(), row[1].trim());
            let c = lex.country_index(country);
            assert!(c.is_some(), "{name}: unknown country {country}");
            // The region's own tag, and no country, demonym or capital of the same name.
            let categories = index.categories(&name.to_lowercase());
            assert!(
                categories.contains(&Category::Place(c.unwrap(), PlaceKind::Region)),
                "{name}"
            );
            assert!(
                !categories.iter().any(|k| matches!(
                    k,
                    Category::Place(
                        _,
                        PlaceKind::Country | PlaceKind::Demonym | PlaceKind::Capital
                    )
                )),
                "{name} is also a country, demonym or capital"
            );
        }
        let texas = index.categories("texas");
        assert!(texas.contains(&Category::Place(
            lex.country_index("United States").unwrap(),
            PlaceKind::Region
        )));
    }

    #[test]
    fn shipped_assets_parse() {
        let lex = &*LEXICON;
        assert!(lex.countries.len() > 190);
        let syria = lex.country_index("Syria").unwrap();
        let index = lex.index.as_ref().unwrap();
        assert!(
            index
                .categories("syrian")
                .contains(&Category::Place(syria, PlaceKind::Demonym))
        );
        assert!(
            index
                .categories("damascus")
                .contains(&Category::Place(syria, PlaceKind::Capital))
        );
        assert_eq!(
            lex.exact_places.get("US").map(|p| p.0),
            lex.country_index("United States")
        );
        let iaea = lex.exact_places.get("IAEA").map(|p| p.0);
        assert_eq!(
            iaea.and_then(|i| lex.country_name(i)),
            Some("International Atomic Energy Agency")
        );
        assert_eq!(
            lex.country_index("International Atomic Energy Agency"),
            iaea
        );
        assert!(
            index
                .categories("minister")
                .iter()
                .any(|c| matches!(c, Category::Head(_)))
        );
        assert!(
            index
                .categories("ambassador")
                .contains(&Category::Head(true))
        );
        assert!(lex.topics.iter().any(|t| t.id == "counter-terrorism"));
        assert_eq!(lex.source_country("SANA"), Some(syria));
        assert_eq!(lex.source_country("The Syrian Observer"), Some(syria));
        assert_eq!(lex.source_country("Reuters"), None);
        // (Not Taiwan's "Republic of China" inside it.)
        assert_eq!(
            lex.source_country("Embassy of the People's Republic of China in Belgium"),
            lex.country_index("China")
        );
        let estonia = lex.country_index("Estonia");
        assert!(estonia.is_some());
        assert_eq!(
            lex.domain_country("https://news.err.ee/1014547/kaljulaid"),
            estonia
        );
        assert_eq!(
            lex.domain_country("http://www.sana.sy/en/?p=1"),
            Some(syria)
        );
        assert_eq!(
            lex.domain_country("https://www.bbc.co.uk/news"),
            lex.country_index("United Kingdom")
        );
        // Generic domains and codes sold as generic say nothing.
        assert_eq!(lex.domain_country("https://www.reuters.com/world"), None);
        assert_eq!(lex.domain_country("https://example.tv/a"), None);
        assert_eq!(lex.domain_country("not a url"), None);
        // Every row names a country of the country table.
        assert_eq!(
            tsv_rows(DOMAINS_TSV).count(),
            lex.domains.len(),
            "a domains.tsv row names no country of countries.tsv"
        );
    }
}
