//! Across articles: one official per person (transliteration variants merge, namesakes with other
//! first names or countries do not) and one meeting per encounter reported by several articles.

use super::article::ArticleExtraction;
use super::mentions::CountryEvidence;
use super::topics::TopicMatcher;
use crate::assets::LEXICON;
use crate::corpus::fnv1a;
use crate::model::{Corpus, Dataset, Evidence, Meeting, Official, Report, TitleSeen, TopicDef};
use crate::text::fold::fold;
use std::collections::{BTreeMap, HashMap};

/// Whether a name ends in a father's name after a particle ("Faisal bin Farhan", "Sidi Ould Tah").
fn surname_is_patronymic(name: &str) -> bool {
    let mut words = name.split_whitespace().rev();
    words.next().is_some() && words.next().is_some_and(super::mentions::is_lineage)
}

/// A person as seen in one article.
struct Seen<'a> {
    article: usize,
    person: &'a super::article::Person,
}

pub fn merge(
    corpus: Corpus,
    per_article: Vec<ArticleExtraction>,
    topics: &TopicMatcher,
) -> Dataset {
    // 1. Cluster people: by surname key, then first-name key; surname-only forms join the only
    //    cluster of their surname; explicit, conflicting countries split a cluster.
    let mut seen = Vec::new();
    for (ai, ex) in per_article.iter().enumerate() {
        for p in &ex.persons {
            if !p.titles.is_empty() {
                seen.push(Seen {
                    article: ai,
                    person: p,
                });
            }
        }
    }
    let mut by_surname: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, s) in seen.iter().enumerate() {
        by_surname
            .entry(s.person.surname_key())
            .or_default()
            .push(i);
    }
    let mut cluster_of = vec![usize::MAX; seen.len()];
    let mut clusters: Vec<Vec<usize>> = Vec::new();
    for members in by_surname.values() {
        // (first-name key, explicit country, members, surname is a patronymic)
        let mut local: Vec<(Option<&str>, Option<usize>, Vec<usize>, bool)> = Vec::new();
        let (full, short): (Vec<usize>, Vec<usize>) = members
            .iter()
            .partition(|&&i| seen[i].person.keys.len() >= 2);
        for i in full.into_iter().chain(short) {
            let p = seen[i].person;
            let first = (p.keys.len() >= 2).then(|| p.keys[0].as_str());
            let explicit = p
                .country
                .filter(|c| c.1 == CountryEvidence::Explicit)
                .map(|c| c.0);
            let patronymic = surname_is_patronymic(&p.name);
            // A name of one word ("Sheikh Mohamed") is weak evidence of who it is: any country
            // the article gives it must agree, not only an explicit one.
            let country = if first.is_none() {
                p.country.map(|c| c.0)
            } else {
                explicit
            };
            let fits =
                |(f, c, members, pat): &&mut (Option<&str>, Option<usize>, Vec<usize>, bool)| {
                    (first.is_none()
                    || f.zip(first).is_some_and(|(a, b)| first_names_agree(a, b))
                    || *f == first)
                    && (country.is_none() || c.is_none() || *c == country)
                    && (first.is_some()
                        || country.is_none()
                        || members.iter().all(|&m| {
                            seen[m]
                                .person
                                .country
                                .is_none_or(|x| Some(x.0) == country)
                        }))
                    // "Abdullah" alone is not "Faisal bin Farhan bin Abdullah": a father's name
                    // is no surname to call a man by.
                    && (first.is_some() || !*pat || patronymic)
                };
            let candidates: Vec<usize> = local
                .iter_mut()
                .enumerate()
                .filter(|(_, x)| fits(x))
                .map(|(k, _)| k)
                .collect();
            match candidates.as_slice() {
                [k] | [k, ..] if first.is_some() || candidates.len() == 1 => {
                    let entry = &mut local[*k];
                    entry.1 = entry.1.or(explicit);
                    entry.2.push(i);
                }
                _ => local.push((first, explicit, vec![i], patronymic)),
            }
        }
        for (_, _, m, _) in local {
            for &i in &m {
                cluster_of[i] = clusters.len();
            }
            clusters.push(m);
        }
    }

    // 2. Officials.
    let mut officials = Vec::with_capacity(clusters.len());
    let mut used_ids: HashMap<String, usize> = HashMap::new();
    for members in &clusters {
        let mut forms: Vec<(String, usize)> = Vec::new();
        let mut canonical: Option<&str> = None;
        let mut best_country: Option<(usize, CountryEvidence)> = None;
        let mut votes: HashMap<usize, usize> = HashMap::new();
        let mut titles: Vec<TitleSeen> = Vec::new();
        for &i in members {
            let s = &seen[i];
            for f in &s.person.forms {
                match forms.iter_mut().find(|(x, _)| x == f) {
                    Some(e) => e.1 += 1,
                    None => forms.push((f.clone(), 1)),
                }
            }
            canonical = canonical.or(s.person.canonical.as_deref());
            if let Some((c, ev)) = s.person.country {
                if best_country.is_none_or(|b| ev > b.1) {
                    best_country = Some((c, ev));
                    votes.clear();
                }
                if best_country.is_some_and(|b| b.1 == ev) {
                    *votes.entry(c).or_default() += 1;
                }
            }
            let date = corpus.articles[s.article].published;
            for t in &s.person.titles {
                match titles.iter_mut().find(|x| x.title.eq_ignore_ascii_case(t)) {
                    Some(x) => {
                        x.first_seen = min_date(x.first_seen, date);
                        x.last_seen = max_date(x.last_seen, date);
                    }
                    None => titles.push(TitleSeen {
                        title: t.clone(),
                        first_seen: date,
                        last_seen: date,
                    }),
                }
            }
        }
        // Canonical: the gazetteer's name, then the form with most words, then the most frequent,
        // then alphabetical. The gazetteer's name only where the articles write its last word:
        // otherwise the name as written, as annotators copy it ("Faisal bin Farhan", "Miguel
        // Díaz-Canel", not the gazetteer's longer forms with a house or maternal name).
        let last_key = |form: &str| {
            form.split_whitespace()
                .next_back()
                .map(crate::text::fold::name_key)
                .unwrap_or_default()
        };
        // Only when the articles write a full name at all ("President Xi" keeps the gazetteer's
        // "Xi Jinping").
        let full_name_written = forms.iter().any(|(f, _)| {
            f.split_whitespace()
                .filter(|w| !crate::text::fold::is_particle(w))
                .count()
                >= 2
        });
        // The words after the first of the full names written: the gazetteer's name where one
        // ends with its family name ("Pedro Sánchez Pérez-Castejón" is "Pedro Sánchez"), but
        // "Kishida Fumio" keeps the article's order, not the gazetteer's "Fumio Kishida".
        let written: Vec<String> = if full_name_written {
            forms
                .iter()
                .filter(|(f, _)| {
                    f.split_whitespace()
                        .filter(|w| !crate::text::fold::is_particle(w))
                        .count()
                        >= 2
                })
                .flat_map(|(f, _)| {
                    f.split_whitespace()
                        .skip(1)
                        .map(crate::text::fold::name_key)
                })
                .collect()
        } else {
            Vec::new()
        };
        if let Some(c) = canonical
            && !forms.iter().any(|(f, _)| f == c)
        {
            forms.push((c.to_string(), 0));
        }
        // "Mohammed bin Salman bin Abdulaziz Al Saud" written in full: the article's longer form
        // of the gazetteer's "Mohammed bin Salman", with his lineage, as annotators copy it
        // (unless the articles write the short form more often).
        let lengthened = canonical.is_some_and(|c| {
            let known: Vec<String> = c
                .split_whitespace()
                .map(crate::text::fold::name_key)
                .collect();
            let short = forms.iter().find(|(f, _)| f == c).map_or(0, |f| f.1);
            forms.iter().any(|(f, n)| {
                *n >= short.max(1) && {
                    let words: Vec<&str> = f.split_whitespace().collect();
                    words.len() > known.len()
                        && words
                            .iter()
                            .zip(&known)
                            .all(|(w, k)| crate::text::fold::name_key(w) == *k)
                        && (super::mentions::is_lineage(words[known.len()])
                            || words[known.len()].eq_ignore_ascii_case("al"))
                }
            })
        });
        // "Faisal bin Farhan bin Abdullah" once, "Faisal bin Farhan" more often: the lineage
        // added to a name written more often does not make the name.
        let form_keys: Vec<Vec<String>> = forms
            .iter()
            .map(|(f, _)| {
                f.split_whitespace()
                    .map(crate::text::fold::name_key)
                    .collect()
            })
            .collect();
        // How often a name is written, in any case ("Faisal Bin Farhan" too).
        let times_written = |name: &[String]| -> usize {
            forms
                .iter()
                .zip(&form_keys)
                .filter(|(_, k)| k.as_slice() == name)
                .map(|((_, m), _)| m)
                .sum()
        };
        let outnumbered: Vec<bool> = forms
            .iter()
            .zip(&form_keys)
            .map(|((form, n), words)| {
                form_keys.iter().any(|short| {
                    short.len() >= 2
                        && words.len() > short.len()
                        && words.starts_with(short)
                        && form.split_whitespace().nth(short.len()).is_some_and(|w| {
                            super::mentions::is_lineage(w) || w.eq_ignore_ascii_case("al")
                        })
                        && times_written(short) > *n
                })
            })
            .collect();
        let mut forms: Vec<(String, usize, bool)> = forms
            .into_iter()
            .zip(outnumbered)
            .map(|((f, n), o)| (f, n, o))
            .collect();
        forms.sort_by_cached_key(|(form, n, outnumbered)| {
            let known = canonical == Some(form.as_str());
            let unwritten = known
                && ((!written.is_empty() && !written.contains(&last_key(form))) || lengthened);
            let words = form.split_whitespace().count();
            (
                unwritten,
                std::cmp::Reverse(known),
                *outnumbered,
                std::cmp::Reverse(words),
                std::cmp::Reverse(*n),
                form.clone(),
            )
        });
        let mut name = forms.first().map(|f| f.0.clone()).unwrap_or_default();
        let mut aliases: Vec<String> = forms.iter().skip(1).map(|f| f.0.clone()).collect();
        // A double name broken after its hyphen, "Smith- Jones", is named whole; the form the
        // text wrote stays among the aliases.
        if name.contains("- ") {
            let whole = name.replace("- ", "-");
            aliases.retain(|a| *a != whole);
            aliases.insert(0, std::mem::replace(&mut name, whole));
        }
        let country = votes
            .into_iter()
            .max_by_key(|&(c, n)| (n, std::cmp::Reverse(c)))
            .and_then(|(c, _)| LEXICON.country_name(c).map(str::to_string));
        let slug = slug(&name);
        let n = used_ids.entry(slug.clone()).or_default();
        *n += 1;
        let id = if *n == 1 {
            format!("o-{slug}")
        } else {
            format!("o-{slug}-{n}")
        };
        // "counterpart" marks an official but is not a title.
        if titles.len() > 1 {
            titles.retain(|t| !t.title.eq_ignore_ascii_case("counterpart"));
        }
        // A bare "Minister" adds nothing next to "Foreign and Expatriates Minister".
        let all: Vec<String> = titles.iter().map(|t| t.title.to_lowercase()).collect();
        titles.retain(|t| {
            let lower = t.title.to_lowercase();
            lower.contains(' ')
                || !all
                    .iter()
                    .any(|o| o.len() > lower.len() && o.ends_with(&format!(" {lower}")))
        });
        titles.sort_by(|a, b| a.first_seen.cmp(&b.first_seen).then(a.title.cmp(&b.title)));
        officials.push(Official {
            id,
            name,
            aliases,
            country,
            titles,
        });
    }

    // 3. Meetings, merged across articles when the same people meet on the same day.
    let seen_index: HashMap<(usize, *const super::article::Person), usize> = seen
        .iter()
        .enumerate()
        .map(|(i, s)| ((s.article, s.person as *const _), i))
        .collect();
    let mut meetings: Vec<Meeting> = Vec::new();
    // Meetings on the same day whose participants contain one another are one encounter.
    let mut by_date: HashMap<jiff::civil::Date, Vec<usize>> = HashMap::new();
    for (ai, ex) in per_article.iter().enumerate() {
        for m in &ex.meetings {
            let mut participants: Vec<usize> = m
                .participants
                .iter()
                .filter_map(|&p| {
                    seen_index
                        .get(&(ai, &ex.persons[p] as *const _))
                        .map(|&i| cluster_of[i])
                })
                .collect();
            participants.sort_unstable();
            participants.dedup();
            if participants.len() < 2 {
                continue;
            }
            let evidence: Vec<Evidence> = m
                .evidence
                .iter()
                .map(|&si| Evidence {
                    article: ai,
                    start: ex.sentences[si].start,
                    end: ex.sentences[si].end,
                })
                .collect();
            if let Some(d) = m.date {
                let same_day = by_date.entry(d).or_default();
                let contains = |a: &[usize], b: &[usize]| b.iter().all(|x| a.contains(x));
                // (In one article, the same people on the same day in the same way: a story told
                // twice, as a lead repeated or a photo caption.)
                let told_again = |mi: usize| {
                    meetings[mi].articles == [ai]
                        && meetings[mi].participants == participants
                        && meetings[mi].kind == m.kind
                };
                if let Some(&mi) = same_day.iter().find(|&&mi| {
                    let other = &meetings[mi].participants;
                    (!meetings[mi].articles.contains(&ai)
                        && (contains(other, &participants) || contains(&participants, other)))
                        || told_again(mi)
                }) {
                    let again = told_again(mi);
                    let existing = &mut meetings[mi];
                    if !again {
                        existing.articles.push(ai);
                        existing.reports.push(Report {
                            article: ai,
                            participants: participants.clone(),
                        });
                    }
                    for p in participants {
                        if !existing.participants.contains(&p) {
                            existing.participants.push(p);
                        }
                    }
                    existing.participants.sort_unstable();
                    for e in evidence {
                        if !existing
                            .evidence
                            .iter()
                            .any(|x| x.article == e.article && x.start == e.start)
                        {
                            existing.evidence.push(e);
                        }
                    }
                    existing.confidence = existing.confidence.max(m.confidence);
                    for t in &m.topics {
                        if !existing.topics.contains(t) {
                            existing.topics.push(t.clone());
                        }
                    }
                    continue;
                }
                same_day.push(meetings.len());
            }
            let mut key = corpus.articles[ai].id.clone();
            for p in &participants {
                key.push('|');
                key.push_str(&officials[*p].id);
            }
            key.push_str(&format!("|{}", evidence[0].start));
            meetings.push(Meeting {
                id: format!("m{:016x}", fnv1a(key.as_bytes())),
                articles: vec![ai],
                reports: vec![Report {
                    article: ai,
                    participants: participants.clone(),
                }],
                participants,
                date: m.date,
                date_basis: m.date_basis,
                place: m.place.clone(),
                kind: m.kind,
                topics: m.topics.clone(),
                confidence: m.confidence.clamp(0.0, 1.0),
                evidence,
            });
        }
    }
    for m in &mut meetings {
        m.topics
            .sort_by_key(|id| topics.topics.iter().position(|t| &t.id == id));
    }
    meetings.sort_by(|a, b| match (a.date, b.date) {
        (Some(x), Some(y)) => x.cmp(&y).then(a.id.cmp(&b.id)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.id.cmp(&b.id),
    });
    let topics = topics
        .topics
        .iter()
        .map(|t| TopicDef {
            id: t.id.clone(),
            label: t.label.clone(),
        })
        .collect();
    Dataset {
        corpus,
        officials,
        meetings,
        topics,
        load_time: Default::default(),
    }
}

fn min_date(
    a: Option<jiff::civil::Date>,
    b: Option<jiff::civil::Date>,
) -> Option<jiff::civil::Date> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, y) => x.or(y),
    }
}

fn max_date(
    a: Option<jiff::civil::Date>,
    b: Option<jiff::civil::Date>,
) -> Option<jiff::civil::Date> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.max(y)),
        (x, y) => x.or(y),
    }
}

fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in fold(name).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// Two first-name keys of one person: equal, or spelled one letter apart ("Antony"/"Anthony",
/// whose keys differ by the "h"), when both have at least three letters.
fn first_names_agree(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().min(b.len()) < 3 || a.len().abs_diff(b.len()) > 1 || a[0] != b[0] {
        return false;
    }
    // One substitution, or one insertion into the shorter.
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    let mismatch = short
        .iter()
        .zip(long.iter())
        .position(|(x, y)| x != y)
        .unwrap_or(short.len());
    if short.len() == long.len() {
        // A substitution only between letters that spell one sound ("Jozef"/"Josef"): not
        // "Masrour"/"Masoud", two people.
        let (x, y) = (short[mismatch], long[mismatch]);
        let (x, y) = (x.min(y), x.max(y));
        let alike = matches!(
            (x, y),
            ('s', 'z')
                | ('c', 'k')
                | ('c', 's')
                | ('f', 'v')
                | ('d', 't')
                | ('b', 'p')
                | ('g', 'j')
        );
        alike && short[mismatch + 1..] == long[mismatch + 1..]
    } else {
        short[mismatch..] == long[mismatch + 1..]
    }
}

#[cfg(test)]
mod first_name_tests {
    use super::first_names_agree;

    #[test]
    fn first_names_one_letter_apart_agree() {
        assert!(first_names_agree("antny", "anthny"));
        assert!(first_names_agree("mhmd", "mhmd"));
        assert!(!first_names_agree("al", "ali"));
        assert!(!first_names_agree("sdgh", "mhmd"));
        assert!(!first_names_agree("jhn", "jms"));
        assert!(first_names_agree("jzf", "jsf"));
        // Masrour and Masoud Barzani are two people.
        assert!(!first_names_agree("msr", "msd"));
    }
}
