//! Extraction within one article: people (linking surname mentions to full names), their
//! countries, and the meetings stated in its sentences.

use super::doc::{Doc, word_bits};
use super::mentions::{CountryEvidence, Mention, find_mentions};
use super::vocab::{self, VOCAB};
use crate::assets::{Category, PlaceKind};
use crate::model::{DateBasis, MeetingKind};
use crate::text::dates::{DateKind, DateMention};
use crate::text::fold::{is_particle, name_key};
use crate::text::tokens::TokenKind;
use jiff::civil::Date;
use std::ops::Range;
use std::sync::LazyLock;

#[derive(Clone, Debug)]
pub struct Person {
    /// Longest form of the name seen in the article.
    pub name: String,
    /// Name-word keys (see `fold::name_key`), particles dropped.
    pub keys: Vec<String>,
    /// Every surface form seen ("Karim Mikati", "Mikati").
    pub forms: Vec<String>,
    /// The gazetteer's name for this person, when the gazetteer knows them.
    pub canonical: Option<String>,
    pub titles: Vec<String>,
    /// Titles the gazetteer gives, for people the text names without one.
    pub gazetteer_titles: Vec<String>,
    pub country: Option<(usize, CountryEvidence)>,
    pub portfolio: Option<String>,
    /// The country an envoy is posted to.
    pub posting: Option<usize>,
}

impl Person {
    pub fn surname_key(&self) -> &str {
        self.keys.last().map_or("", String::as_str)
    }

    /// Whether the person's country rests on more than context (a venue, the outlet, the
    /// article's majority): the later country rules leave it alone.
    fn country_is_firm(&self) -> bool {
        self.country.is_some_and(|c| c.1 > CountryEvidence::Venue)
    }

    /// An ambassador, envoy or chargé d'affaires: someone posted to a country, not its host.
    fn is_envoy(&self) -> bool {
        self.titles.iter().any(|t| {
            let t = t.to_lowercase();
            // (A consul too is posted abroad: "US Consul General X called on the Chief Minister".)
            t.contains("ambassador")
                || t.contains("envoy")
                || t.contains("chargé")
                || t.contains("consul")
        })
    }
}

/// One mention of a person in a sentence.
#[derive(Clone, Copy, Debug)]
pub struct Occurrence {
    pub person: usize,
    pub sentence: usize,
    /// The name's tokens: its first, and the one after its last.
    pub start: usize,
    pub end: usize,
    pub quoted: bool,
}

#[derive(Clone, Debug)]
pub struct ArticleMeeting {
    /// Indexes into `ArticleExtraction::persons`, sorted.
    pub participants: Vec<usize>,
    /// Evidence sentences (indexes into `ArticleExtraction::sentences`), in order.
    pub evidence: Vec<usize>,
    pub kind: MeetingKind,
    pub date: Option<Date>,
    pub date_basis: DateBasis,
    pub place: Option<String>,
    pub topics: Vec<String>,
    pub confidence: f32,
    /// Token of the phrase that states the meeting ("met", "received").
    pub trigger: usize,
    /// Byte offset in the text of the date that belongs to this meeting when the sentence tells
    /// of several ("met A on Monday and B on Tuesday").
    pub date_at: Option<usize>,
    /// Told as an earlier encounter ("weeks after he visited Moscow and met X"): the token of its
    /// "after". Its day and place are not the article's.
    pub earlier: Option<usize>,
}

impl ArticleMeeting {
    /// Whether sentence `si` is among its evidence (kept in text order: a binary search, as a
    /// meeting told again and again gathers thousands of sentences).
    fn told_in(&self, si: usize) -> bool {
        self.evidence.binary_search(&si).is_ok()
    }

    /// A meeting as a sentence first tells it: not yet dated, placed or given topics.
    fn told(
        participants: Vec<usize>,
        evidence: Vec<usize>,
        kind: MeetingKind,
        trigger: usize,
        confidence: f32,
    ) -> ArticleMeeting {
        ArticleMeeting {
            participants,
            evidence,
            kind,
            date: None,
            date_basis: DateBasis::Unknown,
            place: None,
            topics: Vec::new(),
            confidence,
            trigger,
            date_at: None,
            earlier: None,
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct ArticleExtraction {
    pub persons: Vec<Person>,
    pub meetings: Vec<ArticleMeeting>,
    /// Sentence byte ranges in the article text.
    pub sentences: Vec<Range<usize>>,
}

pub fn extract_article(doc: &Doc<'_>, topics: &super::topics::TopicMatcher) -> ArticleExtraction {
    let mentions = find_mentions(doc);
    let (mut persons, mut occurrences) = link_persons(doc, &mentions);
    find_surname_occurrences(doc, &mentions, &persons, &mut occurrences);
    occurrences.sort_by_key(|o| o.start);
    assign_countries(doc, &mentions, &occurrences, &mut persons);
    let mut meetings = find_meetings(doc, &persons, &occurrences);
    // (While "counterpart" is still a title: sharing the office replaces it.)
    counterparts_are_foreign(doc, &meetings, &occurrences, &mut persons);
    hosts_of_a_visit(doc, &meetings, &occurrences, &mut persons);
    counterparts_share_the_office(&meetings, &mut persons);
    envoys_are_foreign(&meetings, &mut persons);
    unnamed_counterparts(doc, &meetings, &occurrences, &mut persons);
    for i in 0..meetings.len() {
        let next_meeting = meetings
            .iter()
            .map(|o| o.evidence[0])
            .filter(|&s| s > meetings[i].evidence[0])
            .min();
        date_meeting(doc, &mut meetings[i], &occurrences, &persons, next_meeting);
        // "Earlier in the day, X met Y": the day of the meeting told before.
        let first = meetings[i].evidence[0];
        let text = &doc.lower_text()[doc.sentences[first].clone()];
        // ("Following his meeting yesterday with X, Y met Z": not the day of that meeting.)
        let after_own_earlier =
            own_earlier_meeting_clause(doc, doc.sentence_tokens[first].clone()).is_some();
        // "In Istanbul, X also held meetings with A and B": no day of its own, after X's meeting
        // on a given day, the same stay.
        let trigger = meetings[i].trigger;
        // ("Separately, X met Y", "Moreover, X held talks with Y": the same.)
        let opening = doc.sentence_tokens[first].start;
        let also = meetings[i].date_basis == DateBasis::Published
            && ((trigger.saturating_sub(3).max(opening)..trigger).any(|k| doc.low(k) == "also")
                || (opening + 1 < trigger
                    && matches!(
                        doc.low(opening),
                        "separately" | "moreover" | "additionally" | "furthermore"
                    )
                    && doc.low(opening + 1) == ",")
                || (opening + 2 < trigger
                    && doc.low(opening) == "in"
                    && doc.low(opening + 1) == "addition"
                    && doc.low(opening + 2) == ",")
                // ("The other envoys received were A, B and C": the same ceremony)
                || (opening + 1 < trigger
                    && doc.low(opening) == "the"
                    && doc.low(opening + 1) == "other"));
        // "X received ambassadors of Laos, Cambodia, China and Russia on April 14. ... At a
        // meeting with Cambodian Ambassador Y, X ...": a day-less meeting of the host with
        // someone whose country the dated lead listed is that day's.
        if meetings[i].date_basis == DateBasis::Published && !after_own_earlier {
            let m = &meetings[i];
            let lead = meetings[..i].iter().find(|p| {
                matches!(
                    p.date_basis,
                    DateBasis::Explicit | DateBasis::WeekdayPublished
                ) && p.participants.iter().any(|x| m.participants.contains(x))
                    && m.participants.iter().any(|&x| {
                        !p.participants.contains(&x)
                            && persons[x].country.is_some_and(|(c, _)| {
                                doc.sentence_tokens[p.evidence[0]]
                                    .clone()
                                    .any(|k| doc.tags[k].place().is_some_and(|pl| pl.0 == c))
                                    && listed_countries(doc, p.evidence[0]) >= 3
                            })
                    })
            });
            if let Some(lead) = lead {
                let (date, basis) = (lead.date, lead.date_basis);
                meetings[i].date = date;
                meetings[i].date_basis = basis;
            }
        }
        if !after_own_earlier
            && ((doc.sentence_may_have(first, IDS.same_day)
                && SAME_DAY.iter().any(|p| text.contains(p)))
                || (meetings[i].date_basis == DateBasis::Published && told_as_later(doc, first))
                || also)
            && let Some(prev) = meetings[..i].iter().rev().find(|p| {
                matches!(
                    p.date_basis,
                    DateBasis::Explicit | DateBasis::WeekdayPublished
                ) && (!also
                    || p.participants
                        .iter()
                        .any(|x| meetings[i].participants.contains(x)))
            })
        {
            let (date, basis) = (prev.date, prev.date_basis);
            meetings[i].date = date;
            meetings[i].date_basis = basis;
        }
        let m = &mut meetings[i];
        let countries: Vec<usize> = m
            .participants
            .iter()
            .filter_map(|&p| persons[p].country.map(|c| c.0))
            .collect();
        m.place = if let Some(clause) = m.earlier {
            // "weeks after he visited Moscow (and met X)": only a capital within its own clause.
            let r = doc.sentence_tokens[m.evidence[0]].clone();
            (clause..(m.trigger + 2).min(r.end)).find_map(|k| {
                doc.tags[k]
                    .place()
                    .filter(|p| p.1 == PlaceKind::Capital)
                    .map(|p| super::mentions::span_text(doc, k..k + p.2))
            })
        } else {
            place_of(doc, m.evidence[0], m.trigger, &countries)
        };
        // "X also met Z": with no place of its own, where the same traveller's meeting told
        // before it took place (the same trip), else the dateline.
        if m.place.is_none() && m.earlier.is_none() {
            let (before, rest) = meetings.split_at_mut(i);
            let m = &mut rest[0];
            if m.kind == MeetingKind::InPerson {
                m.place = before
                    .iter()
                    .rev()
                    .find(|p| {
                        p.kind == MeetingKind::InPerson
                            // (not a meeting of another day told before)
                            && (p.date == m.date
                                || m.date.is_none()
                                || m.date_basis == DateBasis::Published)
                            && p.participants.iter().any(|x| m.participants.contains(x))
                    })
                    .and_then(|p| p.place.clone());
            }
            // The dateline places the news of the day, not a meeting dated days before it
            // ("Modi and Xi held talks in Kazan on October 23 last year").
            let news_of_the_day = match (m.date, doc.article.published) {
                (_, None) => true,
                (Some(day), Some(published)) => published
                    .since(day)
                    .is_ok_and(|span| (0..=3).contains(&span.get_days())),
                (None, Some(_)) => m.date_basis != DateBasis::Unknown,
            };
            if m.place.is_none() && m.kind == MeetingKind::InPerson {
                m.place = arrived_in(doc, m.evidence[0]);
            }
            // "This was on Tuesday, ..., at the National Police Headquarters, Accra."
            if m.place.is_none()
                && m.kind == MeetingKind::InPerson
                && let Some(si) = Some(m.evidence[0] + 1)
                    .filter(|&si| si < doc.sentences.len() && this_was(doc, si))
                && let Some(at) = doc.sentence_tokens[si]
                    .clone()
                    .find(|&k| matches!(doc.low(k), "at" | "in"))
            {
                m.place = place_of(doc, si, at, &countries);
            }
            if m.place.is_none() && news_of_the_day {
                m.place = doc.article.dateline.clone();
            }
        }
    }
    hosts_take_the_venue(doc, &meetings, &occurrences, &mut persons);
    assign_topics(doc, &mut meetings, topics);
    refine_kinds(doc, &mut meetings);
    ArticleExtraction {
        persons,
        meetings,
        sentences: doc.sentences.clone(),
    }
}

/// "Ambassador X paid a courtesy call on Nepalese Prime Minister Y": an envoy whose country
/// the text does not give is not of the host's country the article's context would lend him.
fn envoys_are_foreign(meetings: &[ArticleMeeting], persons: &mut [Person]) {
    // "X received Y, U.S. Ambassador to Vietnam": with no country of their own, those who
    // receive an envoy are of the country the envoy is posted to.
    for m in meetings {
        let postings: Vec<usize> = m
            .participants
            .iter()
            .filter_map(|&e| persons[e].posting)
            .collect();
        if let [c] = postings[..] {
            for &q in &m.participants {
                let p = &mut persons[q];
                if p.posting.is_none() && !p.is_envoy() && p.country.is_none() {
                    p.country = Some((c, CountryEvidence::Venue));
                }
            }
        }
    }
    for m in meetings {
        for &e in &m.participants {
            let p = &persons[e];
            // (Not a special envoy: a leader receives his own.)
            let posted = p.titles.iter().any(|t| {
                let t = t.to_lowercase();
                t.contains("ambassador") || t.contains("chargé") || t.contains("high commissioner")
            });
            if !posted || p.country_is_firm() {
                continue;
            }
            let Some((c, _)) = p.country else {
                continue;
            };
            let host_of_it = m.participants.iter().any(|&q| {
                q != e
                    && persons[q].country_is_firm()
                    && persons[q].country.is_some_and(|x| x.0 == c)
            });
            if host_of_it {
                persons[e].country = None;
            }
        }
    }
}

/// "X held a meeting with his Indian counterpart Y": X is not Indian. A country X took only from
/// the article's context yields to the next most named one.
fn counterparts_are_foreign(
    doc: &Doc<'_>,
    meetings: &[ArticleMeeting],
    occ: &[Occurrence],
    persons: &mut [Person],
) {
    for m in meetings {
        let &[a, b] = m.participants.as_slice() else {
            continue;
        };
        for (counterpart, other) in [(a, b), (b, a)] {
            let p = &persons[counterpart];
            let Some((c, _)) = p.country.filter(|_| p.country_is_firm()) else {
                continue;
            };
            let q = &persons[other];
            // "the two Foreign Ministers A and B ... at a bilateral meeting": two holders of
            // one office who meet are counterparts too (not "Minister": two of one cabinet).
            let same_office = p.titles.iter().any(|t| {
                (t.contains(' ') || doc.lex.heads_of_state.contains(&t.to_lowercase()))
                    && q.titles.iter().any(|u| u.eq_ignore_ascii_case(t))
            });
            // (Either way round: "X, who met with his counterpart Y" makes Y foreign to X.)
            let counterpart = |x: &Person| {
                x.titles
                    .iter()
                    .any(|t| t.eq_ignore_ascii_case("counterpart"))
            };
            // "The US chargée d'affaires X paid a courtesy call on the Minister Y": an envoy's
            // host serves another country.
            let envoy_host = p.is_envoy() && !q.is_envoy();
            if !same_office && !counterpart(p) && !counterpart(q) && !envoy_host {
                continue;
            }
            if q.country_is_firm() {
                continue;
            }
            // "visited Angola and met his counterpart Y": the country visited last before Y is
            // named, else (when the text gave Y the other's country) the article's next most
            // named.
            let visited = m.evidence.first().and_then(|&si| {
                let r = doc.sentence_tokens[si].clone();
                let named = occ
                    .iter()
                    .find(|o| o.sentence == si && o.person == other)?
                    .start;
                (r.start + 1..named).rev().find_map(|k| {
                    let (x, kind, _) = doc.tags[k].place()?;
                    (kind == PlaceKind::Country
                        && x != c
                        && matches!(doc.low(k - 1), "visited" | "visiting" | "in" | "to"))
                    .then_some(x)
                })
            });
            // (... else the outlet's own country, when the story names no other: a Lahore paper
            // on a US consul's call on the Chief Minister.)
            if visited.is_some() || q.country.is_some_and(|x| x.0 == c) {
                persons[other].country = visited
                    .or_else(|| majority_country_but(doc, Some(c)))
                    .or_else(|| outlet_country(doc, |_| true).filter(|&x| x != c))
                    .map(|x| (x, CountryEvidence::Majority));
            }
        }
    }
}

/// "X paid a state visit to Guinea, where he met President Y": Y, whose nationality the text
/// does not give, is of the country visited.
fn hosts_of_a_visit(
    doc: &Doc<'_>,
    meetings: &[ArticleMeeting],
    occ: &[Occurrence],
    persons: &mut [Person],
) {
    for m in meetings {
        let Some(&si) = m.evidence.first() else {
            continue;
        };
        let r = doc.sentence_tokens[si].clone();
        // ... or "In Israel, X also had talks with deputy Prime Minister Y".
        let opened_in = doc.tags.get(r.start + 1).and_then(|t| {
            let (c, kind, len) = t.place()?;
            (kind == PlaceKind::Country
                && doc.low(r.start) == "in"
                && r.start + 1 + len < r.end
                && doc.low(r.start + 1 + len) == ",")
                .then_some(c)
        });
        if opened_in.is_none() && !doc.sentence_may_have(si, IDS.visit) {
            continue;
        }
        for &q in &m.participants {
            let p = &persons[q];
            if p.country_is_firm() || p.is_envoy() {
                continue;
            }
            let Some(named) = occ
                .iter()
                .find(|o| o.sentence == si && o.person == q)
                .map(|o| o.start)
            else {
                continue;
            };
            let visited = (r.start + 2..named).rev().find_map(|k| {
                let (c, kind, _) = doc.tags[k].place()?;
                (kind == PlaceKind::Country
                    && doc.low(k - 1) == "to"
                    && matches!(doc.low(k - 2), "visit" | "trip"))
                .then_some(c)
            });
            // (Those named after the meeting phrase: the visitor is its subject.)
            let visited = visited.or(opened_in.filter(|_| named > m.trigger));
            // (not the visitor's own country)
            let visitor_of = |c: usize| {
                m.participants.iter().any(|&x| {
                    x != q
                        && persons[x].country_is_firm()
                        && persons[x].country.is_some_and(|y| y.0 == c)
                })
            };
            if let Some(c) = visited.filter(|&c| !visitor_of(c)) {
                persons[q].country = Some((c, CountryEvidence::Venue));
            }
        }
    }
}

/// "X held video talks with his Indian counterpart ... In the talks, X and Y agreed": Y, whose
/// nationality the text does not give, is the Indian counterpart the meeting was first told with.
fn unnamed_counterparts(
    doc: &Doc<'_>,
    meetings: &[ArticleMeeting],
    occ: &[Occurrence],
    persons: &mut [Person],
) {
    for m in meetings {
        let (&[a, b], Some(&first)) = (m.participants.as_slice(), m.evidence.first()) else {
            continue;
        };
        let r = doc.sentence_tokens[first].clone();
        let named = |p: usize| occ.iter().any(|o| o.sentence == first && o.person == p);
        let other = match (named(a), named(b)) {
            (true, false) => b,
            (false, true) => a,
            _ => continue,
        };
        let country = (r.start + 1..r.end).find_map(|k| {
            if doc.low(k) != "counterpart" {
                return None;
            }
            let (_, c, kind) = doc.place_ending_at(k)?;
            (kind == PlaceKind::Demonym).then_some(c)
        });
        if let Some(c) = country
            && !persons[other].country_is_firm()
        {
            persons[other].country = Some((c, CountryEvidence::Explicit));
        }
    }
}

/// "X hosted his Tanzanian counterpart Y": Y holds the same office as X, so "Counterpart" gives way
/// to X's title.
fn counterparts_share_the_office(meetings: &[ArticleMeeting], persons: &mut [Person]) {
    let is_counterpart = |t: &String| t.eq_ignore_ascii_case("counterpart");
    let only_counterpart = |p: &Person| !p.titles.is_empty() && p.titles.iter().all(is_counterpart);
    // The gazetteer's office for someone it knows, whatever the meeting.
    for p in persons.iter_mut() {
        if only_counterpart(p) && !p.gazetteer_titles.is_empty() {
            p.titles = p.gazetteer_titles.clone();
        }
    }
    for m in meetings {
        // Else the host's office, when the host is one ("his Egyptian and Jordanian
        // counterparts"; not "the foreign and defence ministers met their counterparts").
        let mut offices = m.participants.iter().filter_map(|&p| {
            persons[p]
                .titles
                .iter()
                .find(|t| !is_counterpart(t))
                .cloned()
        });
        let Some(office) = offices.next() else {
            continue;
        };
        if offices.next().is_some() && m.participants.len() > 2 {
            continue;
        }
        for &p in &m.participants {
            if only_counterpart(&persons[p]) {
                persons[p].titles = vec![office.clone()];
            }
        }
    }
}

fn keys_of(doc: &Doc<'_>, r: Range<usize>) -> Vec<String> {
    let words: Vec<usize> = r
        .filter(|&k| {
            doc.tokens()[k].kind == TokenKind::Word
                && !is_particle(doc.low(k))
                && !super::mentions::is_name_suffix(doc.tok(k))
        })
        .collect();
    // Initials ("Antony J. Blinken", "S. Jaishankar") say little about who it is: "Blinken" and
    // "Antony Blinken" must still find the person. A short name is no initial ("Li Wen": its
    // key "l" is "Li").
    // ("E.D. Mnangagwa": glued initials too.)
    let initial = |k: usize| {
        let t = doc.tok(k);
        t.chars().filter(|c| c.is_alphabetic()).count() == 1
            || super::mentions::is_dotted_initials(t)
    };
    let words: Vec<usize> = if words.iter().any(|&k| !initial(k)) {
        words.into_iter().filter(|&k| !initial(k)).collect()
    } else {
        words
    };
    words.into_iter().map(|k| name_key(doc.tok(k))).collect()
}

/// Groups mentions into people: "Mikati" and "Minister Mikati" join "Karim Mikati".
fn link_persons(doc: &Doc<'_>, mentions: &[Mention]) -> (Vec<Person>, Vec<Occurrence>) {
    // Gazetteer officials first, under their canonical names, then the longest names: shorter
    // forms ("Mikati", "Erdogan") then join the person they end.
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    order.sort_by_key(|&i| {
        (
            mentions[i].known.is_none(),
            std::cmp::Reverse(mentions[i].name_tokens.len()),
        )
    });
    let mut persons: Vec<Person> = Vec::new();
    let mut occurrences = Vec::new();
    for i in order {
        let m = &mentions[i];
        let canonical = m.known.map(|k| doc.lex.known[k].name.as_str());
        let keys = match canonical {
            Some(name) => name
                .split(' ')
                .filter(|w| !is_particle(w) && !super::mentions::is_name_suffix(w))
                .map(name_key)
                .collect(),
            None => keys_of(doc, m.name_tokens.clone()),
        };
        if keys.is_empty() {
            continue;
        }
        // "Prince Faisal", "Sheikh Tamim": royals are named by their first name.
        let royal = m.name_tokens.start > 0
            && super::mentions::ROYAL_WORDS.contains(&doc.low(m.name_tokens.start - 1));
        // "President Hassan Sheikh" for "Hassan Sheikh Mohamud": the name cut short at a word
        // that is also an honorific, which the full name goes on with.
        let next = m.name_tokens.end;
        let cut_at_honorific = keys.len() == 1
            && next < doc.tokens().len()
            && doc.is_capitalised(next)
            && doc.tags[next].honorific().is_some();
        // "King Abdullah II" reigns under his own name, not as "Abdullah bin Abdulaziz", nor is
        // he "Abdullah I".
        let regnal = canonical
            .unwrap_or(&m.name)
            .split(' ')
            .next_back()
            .filter(|w| super::mentions::is_regnal_number(w));
        let other_dynast = |p: &Person| {
            regnal.is_some_and(|numeral| {
                std::iter::once(&p.name).chain(&p.forms).any(|f| {
                    f.split(' ').any(|w| {
                        super::mentions::is_lineage(w)
                            || (super::mentions::is_regnal_number(w) && w != numeral)
                    })
                })
            })
        };
        let matching: Vec<usize> = persons
            .iter()
            .enumerate()
            .filter(|(_, p)| !other_dynast(p))
            .filter(|(_, p)| {
                // A royal's one name is a first name: "Sultan Ibrahim" is not Anwar Ibrahim.
                if keys.len() == 1 && royal {
                    // ("King Abdullah II" is not Abdullah Badawi: a numbered name is whole.)
                    return p.keys[0] == keys[0] && (regnal.is_none() || p.keys.len() == 1);
                }
                // "Saif bin Hamad bin Rashid" is the son of "Hamad bin Rashid", not him.
                let son_of = || {
                    std::iter::once(&p.name).chain(&p.forms).any(|f| {
                        let words: Vec<&str> = f.split(' ').collect();
                        words
                            .windows(2)
                            .any(|w| super::mentions::is_lineage(w[0]) && name_key(w[1]) == keys[0])
                    })
                };
                (p.keys.ends_with(&keys) && !(keys.len() >= 2 && son_of()))
                    || (keys.len() == 1 && p.keys[1..].contains(&keys[0]))
                    // "Mia Mottley" for "Mia Amor Mottley": the middle name left out.
                    || (keys.len() == 2
                        && p.keys.len() == 3
                        && p.keys[0] == keys[0]
                        && p.keys[2] == keys[1])
                    // "Kamina Johnson" for "Kamina Johnson Smith": a double family name cut to
                    // its first part.
                    || (keys.len() == 2 && p.keys.len() == 3 && p.keys[..2] == keys[..])
                    || (cut_at_honorific
                        && p.keys.len() > 2
                        && p.keys[0] == keys[0]
                        && p.keys[1] == name_key(doc.tok(next)))
            })
            .map(|(pi, _)| pi)
            .collect();
        // "Prime Minister Abiy" after "Prime Minister Abiy Ahmed": a first name, under the same
        // title or none, is the only person it begins.
        let matching = if matching.is_empty() && keys.len() == 1 && !royal {
            // ("premier Imran" is the Prime Minister Imran Khan.)
            let office = |t: &str| {
                let t = t.to_lowercase();
                match t.as_str() {
                    "premier" | "pm" => "prime minister".to_string(),
                    _ => t,
                }
            };
            // ("State Councilor Wang" after "State Councilor and Minister of Foreign Affairs Wang
            // Yi": the first of two offices joined by "and")
            let same_title = |p: &Person| {
                m.title.as_deref().is_none_or(|t| {
                    p.titles.iter().any(|x| {
                        let (x, t) = (office(x), office(t));
                        // ("Minister Yousef" after "the Minister of Education ... Yousef bin
                        // Abdullah X": the head of the office written out before)
                        x == t
                            || starts_with_words(&x, &format!("{t} and"))
                            || starts_with_words(&x, &format!("{t} of"))
                            || ends_with_words(&x, &t)
                    })
                })
            };
            let first_name: Vec<usize> = persons
                .iter()
                .enumerate()
                .filter(|(_, p)| p.keys.len() >= 2 && p.keys[0] == keys[0] && !other_dynast(p))
                .map(|(pi, _)| pi)
                .collect();
            match first_name.as_slice() {
                [one] if same_title(&persons[*one]) => vec![*one],
                _ => matching,
            }
        } else {
            matching
        };
        let pi = match matching.as_slice() {
            [one] => *one,
            [] => {
                persons.push(Person {
                    name: canonical.unwrap_or(&m.name).to_string(),
                    keys,
                    forms: Vec::new(),
                    canonical: None,
                    titles: Vec::new(),
                    gazetteer_titles: Vec::new(),
                    country: None,
                    portfolio: None,
                    posting: None,
                });
                persons.len() - 1
            }
            // Two people share this surname in the article: the short form is ambiguous.
            _ => continue,
        };
        let p = &mut persons[pi];
        if !p.forms.iter().any(|f| *f == m.name) {
            p.forms.push(m.name.clone());
        }
        if let Some(c) = canonical {
            p.canonical.get_or_insert_with(|| c.to_string());
        }
        if let Some(t) = &m.title {
            let list = if m.title_from_gazetteer {
                &mut p.gazetteer_titles
            } else {
                &mut p.titles
            };
            // "Secretary" then "Secretary of State": one title, the fuller.
            let part_of = |short: &str, long: &str| {
                starts_with_words(long, short) || ends_with_words(long, short)
            };
            if let Some(shorter) = list.iter_mut().find(|e| part_of(e, t)) {
                *shorter = t.clone();
            } else if !list.iter().any(|e| e == t || part_of(t, e)) {
                list.push(t.clone());
            }
        }
        // "his Russian counterpart X": the gazetteer knows X's own office.
        if m.title
            .as_deref()
            .is_some_and(|t| t.eq_ignore_ascii_case("counterpart"))
            && let Some(office) = m.known.and_then(|k| doc.lex.known[k].titles.first())
            && p.gazetteer_titles.is_empty()
        {
            p.gazetteer_titles.push(office.clone());
        }
        if p.portfolio.is_none() {
            p.portfolio = m.portfolio.clone();
        }
        if p.posting.is_none() {
            p.posting = m.posting;
        }
        if let Some(c) = m.country
            && p.country.is_none_or(|old| old.1 < c.1)
        {
            p.country = Some(c);
        }
        occurrences.push(Occurrence {
            person: pi,
            sentence: m.sentence,
            start: m.name_tokens.start,
            end: m.name_tokens.end,
            quoted: m.quoted,
        });
    }
    for p in &mut persons {
        if p.titles.is_empty() {
            p.titles = std::mem::take(&mut p.gazetteer_titles);
        }
    }
    (persons, occurrences)
}

/// Bare names without a title ("Rahmani, for his part, ..."): runs of name words whose keys end
/// the name of exactly one known person.
fn find_surname_occurrences(
    doc: &Doc<'_>,
    mentions: &[Mention],
    persons: &[Person],
    occ: &mut Vec<Occurrence>,
) {
    let mut in_mention = vec![false; doc.tokens().len()];
    for m in mentions {
        for k in m.span.clone() {
            in_mention[k] = true;
        }
    }
    for (si, r) in doc.sentence_tokens.iter().enumerate() {
        let mut i = r.start;
        while i < r.end {
            if in_mention[i] || !doc.is_name_word(i) {
                i += 1;
                continue;
            }
            let mut e = i + 1;
            while e < r.end
                && !in_mention[e]
                && (doc.is_name_word(e)
                    || (doc.is_name_particle(e) && e + 1 < r.end && doc.is_name_word(e + 1)))
            {
                e += 1;
            }
            // "toured the Fidel Castro Center": a name that names an institution is no one there.
            if i > r.start
                && doc.low(i - 1) == "the"
                && e < r.end
                && doc.is_capitalised(e)
                && doc.tags[e].org_word().is_some()
            {
                i = e;
                continue;
            }
            // "Sheikh Mohamed", "Prince Faisal": royals are named by their first name alone.
            let royal =
                e == i + 1 && i > r.start && super::mentions::ROYAL_WORDS.contains(&doc.low(i - 1));
            // Cheap test before folding names: the run's last word must start like a known surname.
            // ("Hicks Jr.": the family name before a suffix.)
            let last = if e > i + 1 && super::mentions::is_name_suffix(doc.tok(e - 1)) {
                e - 2
            } else {
                e - 1
            };
            let last_initial = name_initial(doc.tok(last));
            let paternal = |p: &Person| p.keys.len() >= 3 && e == i + 1;
            if !persons.iter().any(|p| {
                p.surname_key().starts_with(last_initial)
                    || p.keys[0].starts_with(last_initial)
                    || (paternal(p) && p.keys[p.keys.len() - 2].starts_with(last_initial))
            }) {
                i = e;
                continue;
            }
            let keys = keys_of(doc, i..e);
            let mut matching: Vec<usize> = (0..persons.len())
                .filter(|&p| !keys.is_empty() && persons[p].keys.ends_with(&keys))
                .collect();
            // Names written family name first ("Qin Gang") are shortened to that first word
            // ("Qin spoke with ..."), and so are names whose given name is the one in use
            // (Ethiopian, Lao, Indonesian: "Gedion said").
            if matching.is_empty() && keys.len() == 1 && e == i + 1 {
                matching = (0..persons.len())
                    .filter(|&p| persons[p].keys.len() == 2 && persons[p].keys[0] == keys[0])
                    .collect();
                // "Mr Lee" with Lee Hsien Loong and Li Keqiang both named: the keys fold Lee
                // and Li together, the spelling does not.
                let also_longer = persons
                    .iter()
                    .any(|p| p.keys.len() > 2 && p.keys[0] == keys[0]);
                if also_longer {
                    let word = doc.tok(i);
                    let spelled = |p: usize| {
                        persons[p].forms.iter().any(|f| {
                            f.split_whitespace()
                                .next()
                                .is_some_and(|w| w.eq_ignore_ascii_case(word))
                        })
                    };
                    let exact: Vec<usize> = (0..persons.len())
                        .filter(|&p| persons[p].keys.len() >= 2 && persons[p].keys[0] == keys[0])
                        .filter(|&p| spelled(p))
                        .collect();
                    matching = if exact.len() == 1 { exact } else { Vec::new() };
                }
            }
            // ... or a longer name by its first word ("Fiame" for Fiame Naomi Mata'afa) when no
            // one else has that word in their name.
            if matching.is_empty() && keys.len() == 1 && e == i + 1 && !royal {
                matching = (0..persons.len())
                    .filter(|&p| persons[p].keys.len() > 2 && persons[p].keys[0] == keys[0])
                    .collect();
                if persons.iter().filter(|p| p.keys.contains(&keys[0])).count() > 1 {
                    matching.clear();
                }
            }
            // "Mr. Ruiz" for Pablo Ruiz Ortega: the first of two surnames (Spanish, Portuguese).
            if matching.is_empty() && keys.len() == 1 && !royal {
                matching = (0..persons.len())
                    .filter(|&p| {
                        let k = &persons[p].keys;
                        paternal(&persons[p]) && k[k.len() - 2] == keys[0]
                    })
                    .collect();
            }
            if matching.is_empty() && royal && keys.len() == 1 {
                matching = (0..persons.len())
                    .filter(|&p| persons[p].keys[0] == keys[0])
                    .collect();
            }
            // "Rodriguez" with Bruno Rodriguez (Parrilla) named before and Jorge Rodriguez only
            // later: the one named so far.
            if matching.len() > 1 {
                let candidates: Vec<usize> = (0..persons.len())
                    .filter(|&p| {
                        let k = &persons[p].keys;
                        !keys.is_empty()
                            && (k.ends_with(&keys)
                                || (keys.len() == 1
                                    && paternal(&persons[p])
                                    && k[k.len() - 2] == keys[0]))
                    })
                    .collect();
                let before: Vec<usize> = if candidates.len() > 1 {
                    candidates
                        .into_iter()
                        .filter(|&p| occ.iter().any(|o| o.person == p && o.end <= i))
                        .collect()
                } else {
                    Vec::new()
                };
                if before.len() == 1 {
                    matching = before;
                }
            }
            if let [p] = matching.as_slice() {
                occ.push(Occurrence {
                    person: *p,
                    sentence: si,
                    start: i,
                    end: e,
                    quoted: doc.quoted[i],
                });
            }
            i = e;
        }
    }
}

/// The first letter of a name word's key (see `fold::name_key`), without folding the whole word.
fn name_initial(word: &str) -> char {
    let stripped = crate::text::fold::strip_article(word);
    let mut letters = stripped.chars();
    let (first, second) = match letters.next() {
        Some(c) if c.is_ascii() => (
            c.to_ascii_lowercase(),
            letters.next().map(|c| c.to_ascii_lowercase()),
        ),
        Some(_) => {
            let folded = crate::text::fold::fold(stripped);
            let mut f = folded.chars();
            (f.next().unwrap_or(' '), f.next())
        }
        None => return ' ',
    };
    // The first letter as `name_key` writes it: q and "gh" as k, w as v.
    match (first, second) {
        ('q', _) | ('g', Some('h')) => 'k',
        ('w', _) => 'v',
        (c, _) => c,
    }
}

fn assign_countries(
    doc: &Doc<'_>,
    mentions: &[Mention],
    occ: &[Occurrence],
    persons: &mut [Person],
) {
    let lex = doc.lex;
    // Ministry rule: "Defense Minister X" in a sentence naming the "Iranian Defense Ministry".
    for o in occ {
        let p = &mut persons[o.person];
        if p.country.is_some() {
            continue;
        }
        let Some(portfolio) = p.portfolio.clone() else {
            continue;
        };
        let r = doc.sentence_tokens[o.sentence].clone();
        let words: Vec<&str> = portfolio.split(' ').collect();
        for k in r.clone() {
            let Some((c, kind, len)) = doc.tags[k].place() else {
                continue;
            };
            // (Not the ministry in another's title: "B, Secretary General of the Dutch Foreign
            // Ministry" says nothing of A's.)
            let in_another_title = mentions.iter().any(|m| {
                m.sentence == o.sentence && m.span.contains(&k) && !m.span.contains(&o.start)
            });
            if in_another_title {
                continue;
            }
            let Some(a) = after_nationality(doc, r.end, k + len, kind) else {
                continue;
            };
            let b = a + words.len();
            if b < r.end
                && (a..b).map(|x| doc.low(x)).eq(words.iter().copied())
                && doc.low(b).starts_with("ministr")
            {
                p.country = Some((c, CountryEvidence::Ministry));
                break;
            }
        }
    }
    // "X was accompanied by Foreign Minister Y": a member of X's delegation is from X's country.
    // (As firm as the leader's: "Ambassador X accompanied Chairperson Y" is Y's own envoy, not
    // a foreign one whom envoys_are_foreign would take from Y's country.)
    for (member, leader) in companions(doc, occ, persons) {
        if persons[member].country.is_none()
            && let Some(c) = persons[leader].country
        {
            let evidence = if persons[leader].country_is_firm() {
                CountryEvidence::Ministry
            } else {
                CountryEvidence::Venue
            };
            persons[member].country = Some((c.0, evidence));
        }
    }
    // "Accompanying the distinguished visitor were A, B and C": the companions of a leader, or
    // of the visitor received just before, are of that leader's nation.
    for (si, r) in doc.sentence_tokens.iter().enumerate() {
        let j = r.start + usize::from(doc.low(r.start) == "also");
        if r.len() < 6 || doc.low(j) != "accompanying" {
            continue;
        }
        let Some(were) = (j + 2..r.end.min(j + 14)).find(|&x| matches!(doc.low(x), "were" | "was"))
        else {
            continue;
        };
        let named = occ
            .iter()
            .filter(|x| x.sentence == si && x.start > j && x.end <= were)
            .map(|x| x.person)
            .next_back();
        let leader = named.or_else(|| {
            (j + 1..were)
                .any(|x| matches!(doc.low(x), "visitor" | "guest"))
                .then(|| visitor_before(doc, occ, si))
                .flatten()
        });
        let Some(c) = leader
            .and_then(|l| persons[l].country)
            .filter(|c| c.1 > CountryEvidence::Venue)
        else {
            continue;
        };
        for m in occ.iter().filter(|m| m.sentence == si && m.start > were) {
            if persons[m.person].country.is_none() {
                persons[m.person].country = Some((c.0, CountryEvidence::Venue));
            }
        }
    }
    // "X's entourage included the heads of Defense, A; ...": the members of a named leader's
    // delegation or entourage are of the leader's country.
    for o in occ {
        let r = doc.sentence_tokens[o.sentence].clone();
        if o.end + 2 >= r.end
            || doc.tokens()[o.end].kind != TokenKind::Possessive
            || !matches!(doc.low(o.end + 1), "entourage" | "delegation")
            || !matches!(
                doc.low(o.end + 2),
                "included" | "includes" | "comprised" | "comprises"
            )
        {
            continue;
        }
        let Some(c) = persons[o.person]
            .country
            .filter(|c| c.1 > CountryEvidence::Venue)
        else {
            continue;
        };
        for m in occ
            .iter()
            .filter(|m| m.sentence == o.sentence && m.start > o.end)
        {
            if persons[m.person].country.is_none() {
                persons[m.person].country = Some((c.0, CountryEvidence::Venue));
            }
        }
    }
    // "X, diplomatic counselor to French President Y": an adviser serves his principal's country.
    for o in occ {
        if persons[o.person].country_is_firm() {
            continue;
        }
        let r = doc.sentence_tokens[o.sentence].clone();
        if o.end + 3 >= r.end || doc.low(o.end) != "," {
            continue;
        }
        let Some(to) = (o.end + 1..r.end.min(o.end + 5)).find(|&k| {
            matches!(doc.low(k), "to" | "of" | "for")
                && super::mentions::ADVISERS.contains(&doc.low(k - 1))
        }) else {
            continue;
        };
        let principal = occ
            .iter()
            .find(|x| x.sentence == o.sentence && x.start > to && x.start <= to + 5)
            .and_then(|x| persons[x.person].country.filter(|_| x.person != o.person));
        if let Some(c) = principal.filter(|c| c.1 > CountryEvidence::Venue) {
            persons[o.person].country = Some((c.0, CountryEvidence::Ministry));
        }
    }
    // "X led Pakistan's delegation", "X headed the Saudi delegation": the nation of the
    // delegation the person leads.
    for o in occ {
        if persons[o.person].country_is_firm() {
            continue;
        }
        let r = doc.sentence_tokens[o.sentence].clone();
        let mut k = o.end;
        if k < r.end && doc.low(k) == "also" {
            k += 1;
        }
        if !(k + 3 < r.end && matches!(doc.low(k), "led" | "headed" | "leads" | "heads")) {
            continue;
        }
        k += 1;
        if doc.low(k) == "the" {
            k += 1;
        }
        let Some((c, kind, n)) = doc.tags[k].place() else {
            continue;
        };
        let Some(d) = after_nationality(doc, r.end, k + n, kind) else {
            continue;
        };
        if d < r.end && matches!(doc.low(d), "delegation" | "team" | "side") {
            persons[o.person].country = Some((c, CountryEvidence::Ministry));
        }
    }
    // "a Saudi delegation headed by Minister of Investment X": the delegation's nationality.
    for o in occ {
        if persons[o.person].country_is_firm() {
            continue;
        }
        let r = doc.sentence_tokens[o.sentence].clone();
        let by = agent_by(doc, r.clone(), o.start, 10, &["headed", "led"]);
        let country = by.and_then(|by| {
            let delegation = (by.saturating_sub(9).max(r.start)..by - 1)
                .filter(|&k| matches!(doc.low(k), "delegation" | "delegations"))
                .last()?;
            // "Saudi delegation", "Saudi ministerial delegation"
            nation_in(doc, delegation.saturating_sub(3).max(r.start)..delegation).or_else(|| {
                // "The delegation of Turkmenistan, headed by", "A delegation of the Communist
                // Party of China led by": a nation, or a body or region of one.
                (doc.low(delegation + 1) == "of")
                    .then(|| {
                        (delegation + 2..by - 1).find_map(|k| doc.tags[k].place().map(|p| p.0))
                    })
                    .flatten()
            })
        });
        if let Some(c) = country {
            persons[o.person].country = Some((c, CountryEvidence::Ministry));
        }
    }
    // "Chairman X, who is also chairman of the Supervisory Committee of the Czech Chamber of
    // Deputies": an office of a nation's body told in a clause after the name.
    for o in occ {
        if persons[o.person].country_is_firm() {
            continue;
        }
        let r = doc.sentence_tokens[o.sentence].clone();
        let mut k = o.end;
        if !(k + 3 < r.end
            && doc.low(k) == ","
            && doc.low(k + 1) == "who"
            && matches!(doc.low(k + 2), "is" | "was"))
        {
            continue;
        }
        k += 3;
        if matches!(doc.low(k), "also" | "now" | "currently") {
            k += 1;
        }
        if k < r.end && matches!(doc.low(k), "the" | "a" | "an") {
            k += 1;
        }
        if k >= r.end || doc.tags[k].head().is_none() {
            continue;
        }
        let clause_end = (k..r.end.min(k + 14))
            .find(|&x| matches!(doc.low(x), "," | ";" | "and"))
            .unwrap_or(r.end.min(k + 14));
        let nation = (k + 1..clause_end).find_map(|x| {
            let (c, kind, _) = doc.tags[x].place()?;
            let of = matches!(doc.low(x - 1), "of" | "the")
                && (doc.low(x - 1) == "of" || doc.low(x - 2) == "of");
            (of && matches!(kind, PlaceKind::Country | PlaceKind::Demonym)).then_some(c)
        });
        if let Some(c) = nation {
            persons[o.person].country = Some((c, CountryEvidence::Ministry));
        }
    }
    // "The Sri Lankan side at the talks included Foreign Minister X and ...": the members a
    // side or delegation named as the subject lists are of its nation.
    for o in occ {
        if persons[o.person].country_is_firm() {
            continue;
        }
        let r = doc.sentence_tokens[o.sentence].clone();
        // ... or "Attending the meeting on the Senegalese side were X and Y".
        // ("From the U.S. side, it was attended by X")
        // ("On the Brazilian side, the meeting was joined by X")
        // ("Also participating on the Cuban side were X and Y")
        let attending = matches!(doc.low(r.start), "attending" | "present" | "from" | "on")
            || (doc.low(r.start) == "also"
                && r.len() > 2
                && matches!(doc.low(r.start + 1), "participating" | "taking"));
        let reach = if attending { 9 } else { 5 };
        // ... or "Philippine officials present were X, Y and Z".
        let Some(noun) = (r.start + 1..r.end.min(r.start + reach).min(o.start))
            .find(|&k| matches!(doc.low(k), "side" | "delegation" | "officials"))
        else {
            continue;
        };
        let officials_present = doc.low(noun) == "officials"
            && noun + 2 < o.start
            && doc.low(noun + 1) == "present"
            && matches!(doc.low(noun + 2), "were" | "was");
        let listed = officials_present
            || (doc.low(noun) != "officials"
                && (noun + 1..o.start).any(|k| {
                    matches!(
                        doc.low(k),
                        "included" | "includes" | "comprised" | "represented" | "consisted"
                    ) || (attending && matches!(doc.low(k), "were" | "was"))
                }));
        // ... or "The delegation of President X includes A": X's nation.
        let leader = || {
            (noun + 1 < o.start && doc.low(noun + 1) == "of")
                .then(|| {
                    occ.iter().find(|l| {
                        l.sentence == o.sentence && l.start > noun + 1 && l.start <= noun + 4
                    })
                })
                .flatten()
                .and_then(|l| {
                    persons[l.person]
                        .country
                        .filter(|c| c.1 > CountryEvidence::Venue)
                })
                .map(|c| c.0)
        };
        if let Some(c) = nation_in(doc, r.start..noun)
            .or_else(leader)
            .filter(|_| listed)
        {
            persons[o.person].country = Some((c, CountryEvidence::Ministry));
        }
    }
    // "A and B also took part in the negotiations from the Russian side": the side's nation.
    for o in occ {
        if persons[o.person].country_is_firm() {
            continue;
        }
        let r = doc.sentence_tokens[o.sentence].clone();
        let side = (o.end + 2..r.end)
            .find(|&k| doc.low(k) == "side" && doc.low(k - 2) == "the" && doc.low(k - 3) == "from");
        let took_part = side.is_some_and(|k| {
            (o.end..k).any(|x| matches!(doc.low(x), "part" | "participated" | "attended"))
        });
        if took_part
            && let Some(k) = side
            && let Some((c, PlaceKind::Demonym | PlaceKind::Country, _)) = doc.tags[k - 1].place()
        {
            persons[o.person].country = Some((c, CountryEvidence::Ministry));
        }
    }
    // "X was accompanied by Australian Foreign Minister A and Trade Minister B": a title after
    // "and" in a list of companions, with no nationality of its own, shares the one before it.
    for (i, o) in occ.iter().enumerate() {
        if persons[o.person].country_is_firm() || o.start < 3 {
            continue;
        }
        let r = doc.sentence_tokens[o.sentence].clone();
        let listed = (r.start + 1..o.start).any(|k| {
            doc.low(k) == "by" && matches!(doc.low(k - 1), "accompanied" | "joined" | "attended")
        });
        let Some(and) = (o.start.saturating_sub(12).max(r.start)..o.start)
            .rev()
            .find(|&k| doc.low(k) == "and")
        else {
            continue;
        };
        // Only the second title between "and" and the name, with no nationality before its head
        // ("and Assistant Secretary of State for African Affairs X").
        let head = (and + 1..o.start).find(|&k| doc.tags[k].head().is_some());
        let titled = head.is_some_and(|h| {
            (and + 1..h).all(|k| doc.tags[k].place().is_none() && doc.is_capitalised(k))
                && (h..o.start).all(|k| {
                    doc.is_capitalised(k) || matches!(doc.low(k), "of" | "for" | "the" | "and")
                })
        });
        let before = occ[..i]
            .iter()
            .rev()
            .take_while(|p| p.sentence == o.sentence)
            .find(|p| p.end == and);
        // ... or the sentence's subjects, the first with the nationality: "Vanuatu President X
        // and Prime Minister Y reiterated".
        let subjects = before.is_some_and(|p| {
            p.start <= r.start + 6
                && nation_in(doc, r.start..p.start).is_some()
                && (r.start..p.start).all(|k| doc.low(k) != "between")
        });
        // ... or the objects of "met with": "met in New York with President of Mongolia X and
        // Foreign Minister Y".
        let objects = before.is_some_and(|p| {
            (p.start.saturating_sub(8).max(r.start)..p.start).any(|k| doc.low(k) == "with")
        });
        let before = before.and_then(|p| {
            persons[p.person]
                .country
                .filter(|_| persons[p.person].country_is_firm())
        });
        if (listed || subjects || objects)
            && titled
            && let Some(c) = before
        {
            persons[o.person].country = Some(c);
        }
    }
    // "... attended by Uganda's Minister of Foreign Affairs, A, the Minister of Defence, B and
    // the Deputy Chief of Defence Forces, C": titles listed after the first, with no
    // nationality of their own, share it (not after an envoy's, whose country is his own).
    for i in 0..occ.len() {
        let o = occ[i];
        if persons[o.person].country_is_firm() || o.start < 3 {
            continue;
        }
        let r = doc.sentence_tokens[o.sentence].clone();
        // (`occ` is in text order: only this sentence's, not a scan back through the article.)
        let Some(p) = occ[..i]
            .iter()
            .rev()
            .take_while(|p| p.sentence == o.sentence)
            .find(|p| p.end <= o.start)
        else {
            continue;
        };
        let listed = (r.start + 1..p.start).any(|k| {
            doc.low(k) == "by" && matches!(doc.low(k - 1), "accompanied" | "joined" | "attended")
        });
        // ... or the people met: "paid courtesy calls on Lao Deputy Prime Minister A, Minister
        // of Finance B, and ...".
        // (The first of the list: "on A, Minister of Finance B, and Minister of Planning C".)
        let mut first = p;
        for q in occ[..i]
            .iter()
            .rev()
            .take_while(|q| q.sentence == o.sentence)
        {
            if q.end <= first.start
                && first.start - q.end >= 3
                && only_a_title_between(doc, q.end..first.start)
            {
                first = q;
            } else if q.start < first.start {
                break;
            }
        }
        let met = (first.start.saturating_sub(8).max(r.start)..first.start).any(|k| {
            matches!(
                doc.low(k),
                "with" | "on" | "met" | "meets" | "received" | "receives" | "hosted"
            )
        });
        let gap = p.end..o.start;
        let titled = gap.len() >= 3 && only_a_title_between(doc, gap);
        let before = &persons[p.person];
        if (listed || met)
            && titled
            && !before.is_envoy()
            && let Some(c) = before.country.filter(|_| before.country_is_firm())
        {
            persons[o.person].country = Some(c);
        }
    }
    // "Vice President X, who welcomed him to Ghana": who welcomes a guest to a country is its own.
    for o in occ {
        if persons[o.person].country_is_firm() {
            continue;
        }
        let r = doc.sentence_tokens[o.sentence].clone();
        let welcomed = (o.end..r.end.min(o.end + 4))
            .find(|&k| matches!(doc.low(k), "welcomed" | "welcomes" | "welcoming"));
        let to_country = welcomed.and_then(|w| {
            let to = (w + 1..r.end.min(w + 5)).find(|&k| doc.low(k) == "to")?;
            let (c, kind, _) = doc.tags.get(to + 1).filter(|_| to + 1 < r.end)?.place()?;
            (kind == PlaceKind::Country).then_some(c)
        });
        if let Some(c) = to_country {
            persons[o.person].country = Some((c, CountryEvidence::Ministry));
        }
    }
    // "met with Foreign Minister A, Minister of Islamic Affairs B and Minister of Home Affairs C
    // of Maldives": the country after the list's last name is the whole list's.
    for i in (1..occ.len()).rev() {
        let o = occ[i];
        let r = doc.sentence_tokens[o.sentence].clone();
        if o.end + 1 >= r.end || doc.low(o.end) != "of" {
            continue;
        }
        let Some((c, PlaceKind::Country, n)) = doc.tags[o.end + 1].place() else {
            continue;
        };
        if o.end + 1 + n < r.end && doc.is_capitalised(o.end + 1 + n) {
            continue;
        }
        let mut next_start = o.start;
        for p in occ[..i]
            .iter()
            .rev()
            .take_while(|p| p.sentence == o.sentence)
        {
            let gap = p.end..next_start;
            if gap.len() < 2 || !only_a_title_between(doc, gap) {
                break;
            }
            if !persons[p.person].country_is_firm() {
                persons[p.person].country = Some((c, CountryEvidence::Ministry));
            }
            next_start = p.start;
        }
    }
    // "During his stay in Vanuatu, X met the country's parliament speaker Y": the country
    // named last before it.
    for o in occ {
        if persons[o.person].country_is_firm() {
            continue;
        }
        let r = doc.sentence_tokens[o.sentence].clone();
        let Some(country_word) = (o.start.saturating_sub(6).max(r.start + 1)..o.start)
            .find(|&k| doc.low(k) == "country" && doc.low(k - 1) == "the")
        else {
            continue;
        };
        let possessive = doc
            .tokens()
            .get(country_word + 1)
            .is_some_and(|t| t.kind == TokenKind::Possessive);
        let named_last = (r.start..country_word).rev().find_map(|k| {
            doc.tags[k]
                .place()
                .filter(|p| p.1 == PlaceKind::Country)
                .map(|p| p.0)
        });
        if possessive && let Some(c) = named_last {
            persons[o.person].country = Some((c, CountryEvidence::Ministry));
        }
    }
    // "X, Secretary (East), MEA, and Y, Permanent Secretary, MoFA, Brunei Darussalam, ...": the
    // office in commas after a name ends with its ministry or country. (Not an envoy's: his
    // "Second Secretary, High Commission, Nigeria" is his posting.)
    for o in occ {
        if persons[o.person].country_is_firm() || persons[o.person].is_envoy() {
            continue;
        }
        let r = doc.sentence_tokens[o.sentence].clone();
        if o.end + 3 >= r.end || doc.low(o.end) != "," {
            continue;
        }
        let mut titled = false;
        let mut k = o.end + 1;
        while k < r.end.min(o.end + 16) {
            titled |= doc.tags[k].head().is_some();
            if let Some((c, kind, n)) = doc.tags[k].place()
                && titled
                && doc.low(k - 1) == ","
                && matches!(kind, PlaceKind::Country | PlaceKind::Organisation)
                && (k + n == r.end || matches!(doc.low(k + n), "," | "." | ";"))
            {
                persons[o.person].country = Some((c, CountryEvidence::Ministry));
                break;
            }
            let office_word = doc.is_capitalised(k)
                || matches!(
                    doc.low(k),
                    "," | "of" | "the" | "for" | "and" | "&" | "(" | ")"
                );
            if !office_word || doc.tags[k].place().is_some() {
                break;
            }
            k += 1;
        }
    }
    // "The delegations were led by Deputy Foreign Minister A from Azerbaijan and State Secretary
    // B from Montenegro": the side each comes from. (Not "A, who arrived from Baku".)
    for o in occ {
        if persons[o.person].country_is_firm() || persons[o.person].is_envoy() {
            continue;
        }
        let r = doc.sentence_tokens[o.sentence].clone();
        if o.end + 1 >= r.end || doc.low(o.end) != "from" {
            continue;
        }
        let Some((c, PlaceKind::Country, n)) = doc.tags[o.end + 1].place() else {
            continue;
        };
        let ends = o.end + 1 + n == r.end
            || matches!(
                doc.low(o.end + 1 + n),
                "," | "and" | "." | ";" | "respectively"
            );
        let travelling = (r.start..o.start).any(|k| {
            matches!(
                doc.low(k),
                "arrived" | "returned" | "came" | "flew" | "travelled" | "traveled" | "visiting"
            )
        });
        if ends && !travelling {
            persons[o.person].country = Some((c, CountryEvidence::Ministry));
        }
    }
    // "Taoiseach X", "Pope Y": a title only one country has.
    for p in persons.iter_mut() {
        if p.country_is_firm() {
            continue;
        }
        let only = lex.title_countries.iter().find(|(t, _)| {
            p.titles.iter().any(|title| {
                let title = title.to_lowercase();
                // ("Apostolic Nuncio to Peru": a posting after the title.)
                title == *t || ends_with_words(&title, t) || starts_with_words(&title, t)
            })
        });
        if let Some(&(_, c)) = only {
            p.country = Some((c, CountryEvidence::Ministry));
        }
    }
    let _ = mentions;
    // "Consul General X met ... He appealed to the US Consul General": a nameless title with a
    // nationality names the country of the one person holding that title.
    let wanting = |p: &Person| !p.country_is_firm() && p.titles.iter().any(|t| t.contains(' '));
    // (Few people want it: their titles are compared at each nation, with no allocation there.)
    let wanted: Vec<(usize, String)> = (persons.iter().enumerate())
        .filter(|(_, p)| wanting(p))
        .flat_map(|(i, p)| {
            (p.titles.iter())
                .filter(|t| t.contains(' '))
                .map(move |t| (i, t.to_lowercase()))
        })
        .collect();
    if !wanted.is_empty() {
        let nations = nations_before_nameless_titles(doc, occ, &wanted);
        for (&(i, ref title), nation) in wanted.iter().zip(nations) {
            let Some(c) = nation else {
                continue;
            };
            // ("Foreign Minister" is ambiguous beside a "Foreign Minister of Malaysia".)
            let held_by_another = persons.iter().enumerate().any(|(j, q)| {
                j != i
                    && q.titles.iter().any(|u| {
                        let u = u.to_lowercase();
                        u == *title || starts_with_words(&u, title) || ends_with_words(&u, title)
                    })
            });
            if !held_by_another && !persons[i].country_is_firm() {
                persons[i].country = Some((c, CountryEvidence::Ministry));
            }
        }
    }
    listed_beside_a_compatriot(doc, occ, persons);
    if persons.iter().all(|p| p.country.is_some()) {
        return;
    }
    // (An outlet the source table does not know, by its address: "news.err.ee"; only when the
    // story names that country: a regional agency in Suva reports on Tonga.)
    let outlet = outlet_country(doc, |c| {
        doc.sentence_tokens
            .iter()
            .flat_map(|r| &doc.tags[r.clone()])
            .any(|t| {
                t.place().is_some_and(|(pc, kind, _)| {
                    pc == c && !matches!(kind, PlaceKind::Organisation | PlaceKind::Region)
                })
            })
    });
    // "CANBERRA (AAP) - Prime Minister X met ...": an official named without a nationality in a
    // story filed from a country's capital is most often that country's own.
    let filed_from = doc
        .article
        .dateline
        .as_deref()
        .and_then(|place| dateline_country(lex, place));
    let majority = majority_country(doc);
    for p in persons.iter_mut() {
        if p.country.is_none() {
            p.country = outlet
                .map(|c| (c, CountryEvidence::Outlet))
                .or(filed_from.map(|c| (c, CountryEvidence::Majority)))
                .or(majority.map(|c| (c, CountryEvidence::Majority)));
        }
    }
    visitors_are_foreign(doc, occ, persons);
}

/// "A, President of the Italian House of Deputies, and B, President of the Senate": an official
/// listed right after another's title, with no nation of his own, is of the other's (either way
/// round: "A, President of the Senate and B MP, Speaker of the House of Representatives of
/// Australia").
fn listed_beside_a_compatriot(doc: &Doc<'_>, occ: &[Occurrence], persons: &mut [Person]) {
    let explicit = |p: &Person| {
        p.country
            .filter(|c| c.1 == CountryEvidence::Explicit)
            .map(|c| c.0)
    };
    let mut shared = Vec::new();
    for pair in occ.windows(2) {
        let (q, o) = (pair[0], pair[1]);
        if o.sentence != q.sentence || q.person == o.person || o.start <= q.end + 2 {
            continue;
        }
        let between = q.end..o.start;
        let titled = between.clone().any(|x| doc.tags[x].head().is_some());
        if between.len() > 16
            || doc.low(q.end) != ","
            || doc.low(o.start - 1) != "and"
            || !titled
            || between.clone().any(|x| doc.low(x) == "who")
        {
            continue;
        }
        match (
            explicit(&persons[q.person]),
            persons[q.person].country,
            explicit(&persons[o.person]),
            persons[o.person].country,
        ) {
            (Some(c), _, _, None) => shared.push((o.person, c)),
            (_, None, Some(c), _) => shared.push((q.person, c)),
            _ => {}
        }
    }
    for (p, c) in shared {
        if persons[p].country.is_none() {
            persons[p].country = Some((c, CountryEvidence::Ministry));
        }
    }
}

/// "Prime Minister X, who is on a working visit to Washington DC, ...": a visitor whom the
/// article's most named country (or the outlet's) was given by default is not of the country
/// visited; nor are those the visitor was accompanied by.
fn visitors_are_foreign(doc: &Doc<'_>, occ: &[Occurrence], persons: &mut [Person]) {
    let guessed = |p: &Person| {
        p.country
            .is_some_and(|c| matches!(c.1, CountryEvidence::Majority | CountryEvidence::Outlet))
    };
    for o in occ {
        if !guessed(&persons[o.person]) || !doc.sentence_may_have(o.sentence, IDS.visit) {
            continue;
        }
        let r = doc.sentence_tokens[o.sentence].clone();
        // ", who is on a (working|official|...) visit to <place>", within a few words of the name.
        let Some(to) = (o.end..r.end.min(o.end + 10)).find(|&k| {
            doc.low(k) == "to" && k > o.end + 3 && matches!(doc.low(k - 1), "visit" | "trip")
        }) else {
            continue;
        };
        if !(doc.low(o.end) == ","
            && doc.low(o.end + 1) == "who"
            && matches!(doc.low(o.end + 2), "is" | "was")
            && matches!(doc.low(o.end + 3), "on" | "in"))
        {
            continue;
        }
        let visited = (to + 1..r.end.min(to + 3)).find_map(|k| {
            let (c, kind, _) = doc.tags[k].place()?;
            (!matches!(
                kind,
                PlaceKind::Organisation | PlaceKind::International | PlaceKind::Region
            ))
            .then_some(c)
        });
        let Some(c) = visited.filter(|&c| persons[o.person].country.is_some_and(|x| x.0 == c))
        else {
            continue;
        };
        let home = majority_country_but(doc, Some(c)).map(|x| (x, CountryEvidence::Majority));
        persons[o.person].country = home;
        for (member, leader) in companions(doc, occ, persons) {
            if leader == o.person
                && guessed(&persons[member])
                && persons[member].country.is_some_and(|x| x.0 == c)
            {
                persons[member].country = home;
            }
        }
    }
}

/// Whether the tokens `gap` between two names of a list hold only the second's title, with no
/// nationality: ", the Minister of Defence", "and Minister of Home Affairs".
fn only_a_title_between(doc: &Doc<'_>, gap: Range<usize>) -> bool {
    matches!(doc.low(gap.start), "," | "and")
        && gap.clone().any(|k| doc.tags[k].head().is_some())
        && gap.clone().all(|k| {
            doc.tags[k].place().is_none()
                && (doc.is_capitalised(k)
                    || matches!(doc.low(k), "," | "of" | "for" | "the" | "and" | "-"))
        })
}

/// Where the words after a nationality start: right after a demonym ("Iranian Defense
/// Ministry"), after the possessive of a country's name ("Pakistan's delegation"); `None` for a
/// name without it. `end` is the place's end, `sentence_end` the sentence's.
fn after_nationality(
    doc: &Doc<'_>,
    sentence_end: usize,
    end: usize,
    kind: PlaceKind,
) -> Option<usize> {
    if kind == PlaceKind::Demonym {
        Some(end)
    } else {
        (end < sentence_end && doc.tokens()[end].kind == TokenKind::Possessive).then_some(end + 1)
    }
}

/// The person told latest, among the occurrences `ok` allows, who holds the title written in
/// tokens `title` ("the Speaker", "Chairperson"): whom a title used without a name means.
fn latest_holder(
    doc: &Doc<'_>,
    occ: &[Occurrence],
    persons: &[Person],
    title: Range<usize>,
    ok: impl Fn(&Occurrence) -> bool,
) -> Option<usize> {
    let title = title.map(|x| doc.low(x)).collect::<Vec<_>>().join(" ");
    occ.iter()
        .filter(|o| ok(o) && holds_title(&persons[o.person], &title))
        .max_by_key(|o| o.start)
        .map(|o| o.person)
}

/// The first country or nationality word among tokens `r` ("Saudi" of "Saudi delegation").
fn nation_in(doc: &Doc<'_>, r: Range<usize>) -> Option<usize> {
    r.into_iter().find_map(|k| {
        doc.tags[k]
            .place()
            .filter(|p| matches!(p.1, PlaceKind::Demonym | PlaceKind::Country))
            .map(|p| p.0)
    })
}

/// "X was accompanied by A and B": (member, leader) for each person named in the list after
/// "accompanied by", with the leader named before "by" in the sentence or, as "The Speaker was
/// accompanied by ...", the person told before who holds that title.
fn companions(doc: &Doc<'_>, occ: &[Occurrence], persons: &[Person]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for o in occ {
        if !doc.sentence_may_have(o.sentence, IDS.accompanied_word) {
            continue;
        }
        let r = doc.sentence_tokens[o.sentence].clone();
        // ("The Speaker was accompanied by the Deputy Speaker, Hon. X, the Clerk, Mrs Y and
        // ...": each of a list of titled names.)
        let by = agent_by(doc, r.clone(), o.start, 6, &["accompanied"]).or_else(|| {
            let by = (r.start + 1..o.start)
                .rfind(|&k| doc.low(k) == "by" && doc.low(k - 1) == "accompanied")?;
            (by + 1..o.start)
                .all(|x| {
                    doc.is_capitalised(x)
                        || matches!(doc.low(x), "of" | "the" | "for" | "and" | "," | ".")
                })
                .then_some(by)
        });
        let leader = by.and_then(|by| {
            occ.iter()
                .filter(|x| x.sentence == o.sentence && x.end < by)
                .max_by_key(|x| x.start)
                .map(|x| x.person)
                .or_else(|| {
                    // "The Speaker was accompanied by ...": the Speaker told before.
                    let (len, _) = doc.tags.get(r.start + 1)?.head()?;
                    if doc.low(r.start) != "the" || r.start + 1 + len + 2 != by {
                        return None;
                    }
                    latest_holder(doc, occ, persons, r.start + 1..r.start + 1 + len, |x| {
                        x.sentence < o.sentence
                    })
                })
        });
        // "Ambassador X accompanied Chairperson during the meeting": whom the subject
        // accompanied, named or by a title held by someone told before.
        let leader = leader.or_else(|| {
            let mut a = o.end + usize::from(o.end < r.end && doc.low(o.end) == "also");
            if a + 1 >= r.end || doc.low(a) != "accompanied" {
                return None;
            }
            a += 1;
            if let Some(x) = occ
                .iter()
                .find(|x| x.sentence == o.sentence && (x.start == a || x.start == a + 1))
            {
                return Some(x.person);
            }
            a += usize::from(doc.low(a) == "the");
            let (len, _) = doc.tags.get(a)?.head()?;
            latest_holder(doc, occ, persons, a..a + len, |x| {
                x.sentence <= o.sentence && x.person != o.person && x.start < o.start.max(a)
            })
        });
        if let Some(l) = leader.filter(|&l| l != o.person) {
            out.push((o.person, l));
        }
    }
    out
}

/// The visitor of the last five sentences before `si`: the one "received", "welcomed" or
/// "hosted" (the nearest name after the verb), or who "arrived" or "visited".
fn visitor_before(doc: &Doc<'_>, occ: &[Occurrence], si: usize) -> Option<usize> {
    occ.iter()
        .filter(|o| o.sentence < si && o.sentence + 5 >= si)
        .filter(|o| {
            let r = doc.sentence_tokens[o.sentence].clone();
            let received = (r.start..o.start)
                .rfind(|&k| matches!(doc.low(k), "received" | "welcomed" | "hosted"))
                .is_some_and(|k| {
                    o.start - k <= 16
                        && !occ
                            .iter()
                            .any(|x| x.sentence == o.sentence && x.start > k && x.start < o.start)
                });
            received || (o.end < r.end && matches!(doc.low(o.end), "arrived" | "visited"))
        })
        .max_by_key(|o| (o.sentence, o.start))
        .map(|o| o.person)
}

/// The "by" of "accompanied by" / "headed by" (`verbs`) within `reach` tokens before the name at
/// `name`, with only the title's words between ("accompanied by Foreign Minister Y").
fn agent_by(
    doc: &Doc<'_>,
    r: Range<usize>,
    name: usize,
    reach: usize,
    verbs: &[&str],
) -> Option<usize> {
    (name.saturating_sub(reach).max(r.start + 1)..name).rfind(|&k| {
        doc.low(k) == "by"
            && verbs.contains(&doc.low(k - 1))
            && (k + 1..name).all(|x| {
                doc.is_capitalised(x) || matches!(doc.low(x), "of" | "the" | "for" | "and")
            })
    })
}

/// "X met A on Monday and B on Tuesday": the people after the subject, each followed by a date of
/// their own before the next one. Returns (person, byte offset of their date) when the sentence
/// reads so.
fn dated_objects(
    doc: &Doc<'_>,
    si: usize,
    named: &[(usize, usize)],
    subject: &[usize],
) -> Option<Vec<(usize, usize)>> {
    if subject.len() != 1 {
        return None;
    }
    let mut others: Vec<(usize, usize)> = named
        .iter()
        .copied()
        .filter(|(p, _)| !subject.contains(p))
        .collect();
    others.sort_by_key(|&(_, t)| t);
    others.dedup_by_key(|(p, _)| *p);
    if others.len() < 2 {
        return None;
    }
    let sentence = doc.sentences[si].clone();
    let dates: Vec<usize> = doc
        .sentence_dates(si)
        .iter()
        // (Unresolved days too: with no publication date, "on Friday" and "on Saturday" are
        // still two days.)
        .map(|d| sentence.start + d.start)
        .collect();
    if dates.len() < others.len() {
        return None;
    }
    let token_start = |t: usize| doc.tokens()[t].start;
    let mut out = Vec::with_capacity(others.len());
    for (i, &(p, t)) in others.iter().enumerate() {
        let next = others
            .get(i + 1)
            .map_or(usize::MAX, |&(_, n)| token_start(n));
        let at = dates
            .iter()
            .copied()
            .find(|&d| d > token_start(t) && d < next)?;
        out.push((p, at));
    }
    Some(out)
}

/// "X hosted Y at State House, Nairobi": a host whose country the text did not give is at home.
fn hosts_take_the_venue(
    doc: &Doc<'_>,
    meetings: &[ArticleMeeting],
    occ: &[Occurrence],
    persons: &mut [Person],
) {
    for m in meetings {
        // (With no city, the country a participant just arrived in: "X arrived in Costa Rica
        // on Tuesday ... where he met with President Y".)
        let Some(country) = m
            .place
            .as_deref()
            .and_then(|p| dateline_country(doc.lex, p))
            .or_else(|| {
                m.place
                    .is_none()
                    .then(|| arrived_in_country(doc, m.evidence[0]))
                    .flatten()
            })
        else {
            continue;
        };
        // "Moscow, Feb 26 (PTI) ... Minister X held talks with First Deputy Prime Minister Y": an
        // outlet abroad names its own visitor; Y, given only the outlet's country, is the host.
        // Not when the host is named with the venue's country (then only the article's most named
        // country yields: "Ruto hosted Somalia's President X ... attended by Defence CS Y and
        // Somalia's Foreign Minister Z": the text marks the guests), nor after an envoy posted
        // there.
        let hosted = m
            .participants
            .iter()
            .any(|&p| persons[p].country.is_some_and(|c| c.0 == country));
        if m.kind == MeetingKind::InPerson {
            let mut visitors: Vec<usize> = m
                .participants
                .iter()
                .filter(|&&p| !persons[p].is_envoy())
                .filter_map(|&p| persons[p].country)
                .filter(|c| c.1 > CountryEvidence::Outlet && c.0 != country)
                .map(|c| c.0)
                .collect();
            // "X met his counterpart Y in the Finnish capital": a counterpart whose country the
            // text leaves out, meeting a visitor from elsewhere, is the host.
            if let &[a, b] = m.participants.as_slice() {
                let si = m.evidence[0];
                let named_as_counterpart = |p: usize| {
                    occ.iter().any(|o| {
                        o.sentence == si
                            && o.person == p
                            && doc.sentence_tokens[si].start + 1 < o.start
                            && (doc.low(o.start - 1) == "counterpart"
                                || (doc.low(o.start - 1) == ","
                                    && doc.low(o.start - 2) == "counterpart"))
                    })
                };
                for (host, guest) in [(a, b), (b, a)] {
                    if persons[host].country.is_none()
                        && persons[guest].country_is_firm()
                        && persons[guest].country.is_some_and(|c| c.0 != country)
                        && !persons[guest].is_envoy()
                        && named_as_counterpart(host)
                    {
                        persons[host].country = Some((country, CountryEvidence::Venue));
                    }
                }
            }
            // "X, who is on a working visit to Washington", "He was accompanied by Y": the
            // travellers are not the hosts.
            let travels = |p: usize| {
                occ.iter().filter(|o| o.person == p).any(|o| {
                    let r = doc.sentence_tokens[o.sentence].clone();
                    // ("made his first official visit on Tuesday, one day after taking
                    // office, to Finland": the destination may come after the visit's date.)
                    let visit_to_venue = doc.sentence_may_have(o.sentence, IDS.visit)
                        && (o.end..r.end.min(o.end + 12)).any(|k| {
                            VISIT.contains(&doc.low(k))
                                && (k + 1..r.end.min(k + 12)).any(|x| {
                                    (x < k + 4 || doc.low(x - 1) == "to")
                                        && doc.tags[x].place().is_some_and(|pl| pl.0 == country)
                                })
                        });
                    let companion = doc.sentence_may_have(o.sentence, IDS.accompanied_word)
                        && (o.start.saturating_sub(12).max(r.start + 1)..o.start)
                            .any(|k| doc.low(k) == "by" && doc.low(k - 1) == "accompanied");
                    visit_to_venue || companion
                })
            };
            // "ERR: Minister X made his first visit to Finland. X met his counterpart Y": a
            // traveller to the venue is a visitor even when only the outlet gives their country.
            for &p in &m.participants {
                if let Some(c) = persons[p].country
                    && c.0 != country
                    && !persons[p].is_envoy()
                    && travels(p)
                {
                    visitors.push(c.0);
                }
            }
            for &p in &m.participants {
                if travels(p) {
                    continue;
                }
                let person = &mut persons[p];
                if let Some((c, evidence)) = person.country
                    && (evidence == CountryEvidence::Majority
                        || (evidence == CountryEvidence::Outlet && !hosted))
                    && c != country
                    && visitors.contains(&c)
                {
                    person.country = Some((country, CountryEvidence::Venue));
                }
            }
            // "Sierra Leone's IGP X paid a courtesy call on the IGP, Y, ... at the National Police
            // Headquarters, Accra": with a visitor from elsewhere, the people the text gives no
            // country are the hosts.
            if !visitors.is_empty() {
                for &p in &m.participants {
                    if persons[p].country.is_none() && !persons[p].is_envoy() && !travels(p) {
                        persons[p].country = Some((country, CountryEvidence::Venue));
                    }
                }
            }
        }
        let hosting = matches!(
            doc.low(m.trigger),
            "hosted" | "hosts" | "received" | "receives" | "welcomed"
        ) && doc
            .tokens()
            .get(m.trigger + 1)
            .is_some_and(|_| doc.low(m.trigger + 1) != "by")
            // "X was received in Ouagadougou by Y": X is the guest.
            && !(m.trigger > 0
                && matches!(
                    doc.low(m.trigger - 1),
                    "was" | "were" | "is" | "are" | "been" | "being"
                ));
        if !hosting {
            continue;
        }
        let si = m.evidence[0];
        for o in occ.iter().filter(|o| {
            o.sentence == si && o.end <= m.trigger && m.participants.contains(&o.person)
        }) {
            let p = &mut persons[o.person];
            if p.country.is_none_or(|c| c.1 < CountryEvidence::Venue) {
                p.country = Some((country, CountryEvidence::Venue));
            }
        }
    }
}

/// The country whose capital (or whose name) a dateline gives.
fn dateline_country(lex: &crate::assets::Lexicon, place: &str) -> Option<usize> {
    let index = lex.index.as_ref()?;
    index
        .categories(&place.to_lowercase())
        .into_iter()
        .find_map(|c| match c {
            Category::Place(c, PlaceKind::Capital | PlaceKind::Country) => Some(c),
            _ => None,
        })
}

/// The country the article names most often (names, demonyms, capitals), outside the headline.
fn majority_country(doc: &Doc<'_>) -> Option<usize> {
    majority_country_but(doc, None)
}

/// [`majority_country`] among the countries other than `not`.
/// For each of the `wanted` titles (lower-cased), the one nation written right before it where no
/// name follows ("the US Consul General expressed"), or None if none or two nations wrote it.
fn nations_before_nameless_titles(
    doc: &Doc<'_>,
    occ: &[Occurrence],
    wanted: &[(usize, String)],
) -> Vec<Option<usize>> {
    // (None: not seen; Some(None): two nations.)
    let mut found: Vec<Option<Option<usize>>> = vec![None; wanted.len()];
    // (`occ` is in text order: a binary search finds a name at a token.)
    let name_starts_at = |x: usize| occ.binary_search_by_key(&x, |o| o.start).is_ok();
    let in_a_name = |x: usize| {
        let i = occ.partition_point(|o| o.start <= x);
        i > 0 && occ[i - 1].end > x
    };
    for r in &doc.sentence_tokens {
        for k in r.clone() {
            let Some((c, kind, len)) = doc.tags[k].place() else {
                continue;
            };
            if !matches!(kind, PlaceKind::Country | PlaceKind::Demonym) || in_a_name(k) {
                continue;
            }
            let a = k + len;
            for (n, (_, title)) in wanted.iter().enumerate() {
                let words = title.split(' ').count();
                let b = a + words;
                if b > r.end
                    || !(a..b).map(|x| doc.low(x)).eq(title.split(' '))
                    || name_starts_at(b)
                {
                    continue;
                }
                found[n] = match found[n] {
                    None => Some(Some(c)),
                    Some(Some(x)) if x == c => Some(Some(c)),
                    _ => Some(None),
                };
            }
        }
    }
    found.into_iter().map(Option::flatten).collect()
}

/// The country of the outlet, by its name, else by its web address where `by_address_if` allows
/// that country.
fn outlet_country(doc: &Doc<'_>, by_address_if: impl Fn(usize) -> bool) -> Option<usize> {
    let lex = doc.lex;
    // A story another site carries names its agency in a last line: "Source: National News
    // Agency". That agency wrote it.
    let text = &doc.article.text[doc.article.body.clone()];
    let carried_from = text
        .trim_end()
        .rsplit('\n')
        .next()
        .map(str::trim)
        .filter(|line| line.len() < 60)
        .and_then(|line| {
            line.strip_prefix("Source:")
                .or_else(|| line.strip_prefix("SOURCE:"))
        })
        .and_then(|agency| lex.source_country(agency.trim()));
    carried_from
        .or_else(|| (doc.article.source.as_deref()).and_then(|s| lex.source_country(s)))
        .or_else(|| {
            lex.domain_country(doc.article.url.as_deref()?)
                .filter(|&c| by_address_if(c))
        })
}

fn majority_country_but(doc: &Doc<'_>, not: Option<usize>) -> Option<usize> {
    // (country, count): an article names a few countries, so a list beats hashing.
    let mut ranked: Vec<(usize, usize)> = Vec::new();
    // Sentences only: teasers and captions left out of them name other stories' countries.
    for t in doc
        .sentence_tokens
        .iter()
        .flat_map(|r| &doc.tags[r.clone()])
    {
        if let Some((c, kind, _)) = t.place()
            && !matches!(
                kind,
                PlaceKind::Organisation | PlaceKind::International | PlaceKind::Region
            )
            && Some(c) != not
        {
            match ranked.iter_mut().find(|e| e.0 == c) {
                Some(e) => e.1 += 1,
                None => ranked.push((c, 1)),
            }
        }
    }
    // Only where the article is unambiguous: a tie between two countries names neither.
    ranked.sort_by_key(|&(c, n)| (std::cmp::Reverse(n), c));
    match ranked.as_slice() {
        [(c, _)] => Some(*c),
        [(c, n), (_, m), ..] if n > m => Some(*c),
        _ => None,
    }
}

/// Trigger phrases: (tokens, strong, kind hint).
pub(crate) const TRIGGERS: &[(&[&str], bool, Option<MeetingKind>)] = &[
    (&["met"], true, None),
    (&["meets"], true, None),
    (&["meeting", "with"], true, None),
    (&["meeting", "between"], true, None),
    // "A trilateral meeting of Presidents A, B and C was held ..."
    (&["meeting", "of"], true, None),
    (&["meetings", "with"], true, None),
    (&["meet", "with"], true, None),
    (&["held", "talks"], true, None),
    // "His key engagement was with Saudi Justice Minister X, during which ..."
    (&["engagement", "was", "with"], true, None),
    (&["held", "a", "meeting"], true, None),
    // "The King granted an audience to X", "received X in audience".
    (&["granted", "an", "audience"], true, None),
    (&["grants", "an", "audience"], true, None),
    // "during a solemn audience with Prime Minister X"
    (&["audience", "with"], true, None),
    // "has consulted with H.E. Mr. X, ambassador of ..."
    (&["consulted", "with"], true, None),
    // "held an encounter with Foreign Minister X", "a separate encounter with his counterpart X"
    (&["encounter", "with"], true, None),
    // "held an informal trilateral meeting", "held closed-door talks" (see `find_triggers`).
    (&["held"], true, None),
    // "had a frank discussion on the treaty with X" (see `find_triggers`).
    (&["had"], true, None),
    // "X spoke with Y on Sunday": a conversation; its kind comes from the sentence's words.
    (&["spoke", "with"], true, None),
    (&["spoke", "to"], true, None),
    (&["spoken", "to"], true, None),
    // "X later talked to Brazil's Foreign Minister Y" (not "talked to reporters", see
    // `find_triggers`)
    (&["talked", "to"], true, None),
    (&["talked", "with"], true, None),
    (&["spoken", "with"], true, None),
    // "..., after speaking with Erdogan by phone earlier this week".
    (&["speaking", "with"], true, None),
    // "In a call with Yoon, Kishida said ...".
    (&["call", "with"], true, Some(MeetingKind::PhoneCall)),
    // "A and B spoke in person with C".
    (&["spoke", "in", "person", "with"], true, None),
    // "received a message of congratulations from ...": written, not met.
    (
        &["received", "a", "message"],
        true,
        Some(MeetingKind::Letter),
    ),
    (
        &["received", "a", "letter"],
        true,
        Some(MeetingKind::Letter),
    ),
    // ("The Minister received the message from Dr X, Syria's ambassador, during a meeting")
    (
        &["received", "the", "message"],
        true,
        Some(MeetingKind::Letter),
    ),
    // "The Congolese president has once again exchanged with his Kenyan counterpart X" (a
    // French "s'est entretenu avec" in translation).
    (&["exchanged", "with"], true, None),
    // "X bid farewell to the outgoing ambassador Y", "X played host to Y".
    (&["bid", "farewell", "to"], true, None),
    (&["bade", "farewell", "to"], true, None),
    (&["played", "host", "to"], true, None),
    (&["plays", "host", "to"], true, None),
    // "Speaking at a joint press conference with his Italian counterpart X": together, in person.
    (&["press", "conference", "with"], true, None),
    (&["news", "conference", "with"], true, None),
    // "received a cable of congratulations from ..."
    (&["received", "a", "cable"], true, Some(MeetingKind::Letter)),
    (
        &["received", "a", "telegram"],
        true,
        Some(MeetingKind::Letter),
    ),
    (
        &["received", "a", "written", "message"],
        true,
        Some(MeetingKind::Letter),
    ),
    (&["sent", "a", "message"], true, Some(MeetingKind::Letter)),
    // "Y delivered a written message to X from Z": a messenger's errand (see `messenger_errand`).
    (
        &["delivered", "a", "written", "message"],
        true,
        Some(MeetingKind::Letter),
    ),
    (
        &["delivered", "a", "message"],
        true,
        Some(MeetingKind::Letter),
    ),
    (
        &["delivered", "a", "letter"],
        true,
        Some(MeetingKind::Letter),
    ),
    (
        &["handed", "over", "a", "written", "message"],
        true,
        Some(MeetingKind::Letter),
    ),
    (
        &["handed", "over", "a", "letter"],
        true,
        Some(MeetingKind::Letter),
    ),
    (
        &["conveyed", "a", "written", "message"],
        true,
        Some(MeetingKind::Letter),
    ),
    // "during his reception (today in Riyadh) of the Ambassador of X" (see `find_triggers`).
    (&["reception"], true, None),
    (&["courtesy", "call", "on"], true, None),
    // "received a courtesy call from X", "made a courtesy visit to X", "an introductory call from
    // Chargé d'affaires X": a call in the diplomatic sense, in person unless the sentence says
    // phone.
    (&["courtesy", "call", "from"], true, None),
    (&["courtesy", "calls", "to"], true, None),
    (&["courtesy", "calls", "on"], true, None),
    // "paid back-to-back courtesy calls with President X and Prime Minister Y"
    (&["courtesy", "calls", "with"], true, None),
    (&["courtesy", "call", "with"], true, None),
    (&["courtesy", "call", "to"], true, None),
    (&["courtesy", "visit", "to"], true, None),
    // "paid a courtesy visit on Speaker X": a visit on someone, as a call on them.
    (&["courtesy", "visit", "on"], true, None),
    (&["introductory", "call"], true, None),
    (&["farewell", "call"], true, None),
    // "Upon arriving, X was greeted by the Ambassador Y" (see `find_triggers`: not "greeted the
    // decision").
    (&["greeted"], true, None),
    // "A delegation led by X joined President Y for dinner" (see `find_triggers`).
    (&["joined"], true, None),
    // "In a joint press conference with X on Thursday, Y warned ...".
    (&["joint", "press", "conference", "with"], true, None),
    (&["joint", "news", "conference", "with"], true, None),
    // "X accepted the credentials of three new ambassadors"; an ambassador "presented his
    // credentials to President X": received in person.
    (&["accepted", "the", "credentials"], true, None),
    (&["presented", "his", "credentials"], true, None),
    (&["presented", "her", "credentials"], true, None),
    (&["presented", "credentials"], true, None),
    // ("A and B presented their credentials to President X")
    (&["presented", "their", "credentials"], true, None),
    (
        &["presented", "their", "letters", "of", "credence"],
        true,
        None,
    ),
    (
        &["presented", "copies", "of", "his", "credentials"],
        true,
        None,
    ),
    (
        &["presented", "copies", "of", "her", "credentials"],
        true,
        None,
    ),
    (
        &["presented", "his", "letters", "of", "credence"],
        true,
        None,
    ),
    (
        &["presented", "her", "letters", "of", "credence"],
        true,
        None,
    ),
    (&["paid", "a", "visit", "to"], true, None),
    (&["paid", "a", "courtesy", "visit", "to"], true, None),
    (&["paid", "a", "courtesy", "call", "on"], true, None),
    // "called on President X and discussed ..." (not "called on X to ...": see `find_triggers`).
    (&["called", "on"], true, None),
    (&["called", "upon"], true, None),
    (&["holds", "a", "meeting"], true, None),
    (&["had", "a", "meeting"], true, None),
    (&["holds", "talks"], true, None),
    (&["hold", "talks"], true, None),
    (&["talks", "with"], true, None),
    (&["talks", "between"], true, None),
    (&["negotiations", "with"], true, None),
    (&["negotiations", "between"], true, None),
    (&["discussions", "with"], true, None),
    (&["conversation", "with"], true, None),
    (&["exchanged", "views", "with"], true, None),
    // "recalled his recent meeting and fruitful exchange of views with X"
    (&["exchange", "of", "views", "with"], true, None),
    (&["welcomed"], true, None),
    // "was accorded a warm welcome by X"
    (&["warm", "welcome", "by"], true, None),
    (&["sat", "down", "with"], true, None),
    // "The last summit, which brought together A, B and C, was held in Seoul".
    (&["brought", "together"], true, None),
    (&["dined", "with"], true, None),
    (&["had", "dinner"], true, None),
    (&["had", "lunch"], true, None),
    (&["dinner", "with"], true, None),
    (&["lunch", "with"], true, None),
    (&["summit", "with"], true, None),
    (&["received"], true, None),
    (&["receives"], true, None),
    (&["receiving"], true, None),
    (&["hosted"], true, None),
    (&["hosts"], true, None),
    (&["conferred"], true, None),
    (&["confers"], true, None),
    (&["discussed", "with"], true, None),
    (&["discusses", "with"], true, None),
    (&["discussing", "with"], true, None),
    (&["visited"], true, None),
    (&["phone", "call"], true, Some(MeetingKind::PhoneCall)),
    // (written as one word: "constructive phonecalls with ...")
    (&["phonecall"], true, Some(MeetingKind::PhoneCall)),
    (&["phonecalls"], true, Some(MeetingKind::PhoneCall)),
    (&["phone", "calls"], true, Some(MeetingKind::PhoneCall)),
    (&["telephone", "calls"], true, Some(MeetingKind::PhoneCall)),
    (&["telephone", "call"], true, Some(MeetingKind::PhoneCall)),
    (
        &["phone", "conversation"],
        true,
        Some(MeetingKind::PhoneCall),
    ),
    (
        &["telephone", "conversation"],
        true,
        Some(MeetingKind::PhoneCall),
    ),
    (
        &["phone", "conversations"],
        true,
        Some(MeetingKind::PhoneCall),
    ),
    (
        &["telephone", "conversations"],
        true,
        Some(MeetingKind::PhoneCall),
    ),
    // "handed Putin a message from X": delivered in person (see `find_triggers`).
    (&["handed"], true, None),
    (&["phoned"], true, Some(MeetingKind::PhoneCall)),
    // "X called President Y on Monday to congratulate him" (see `find_triggers`).
    (&["called"], true, Some(MeetingKind::PhoneCall)),
    (&["telephoned"], true, Some(MeetingKind::PhoneCall)),
    (
        &["spoke", "by", "phone"],
        true,
        Some(MeetingKind::PhoneCall),
    ),
    (
        &["spoke", "by", "telephone"],
        true,
        Some(MeetingKind::PhoneCall),
    ),
    (
        &["spoke", "on", "the", "phone"],
        true,
        Some(MeetingKind::PhoneCall),
    ),
    (
        &["spoke", "over", "the", "phone"],
        true,
        Some(MeetingKind::PhoneCall),
    ),
    (
        &["spoke", "over", "phone"],
        true,
        Some(MeetingKind::PhoneCall),
    ),
    (
        &["spoken", "by", "phone"],
        true,
        Some(MeetingKind::PhoneCall),
    ),
    (
        &["spoken", "by", "telephone"],
        true,
        Some(MeetingKind::PhoneCall),
    ),
    (
        &["talked", "by", "phone"],
        true,
        Some(MeetingKind::PhoneCall),
    ),
    // South Asian English: "the telephonic conversation between A and B".
    (
        &["telephonic", "conversation"],
        true,
        Some(MeetingKind::PhoneCall),
    ),
    (
        &["telephonic", "conversations"],
        true,
        Some(MeetingKind::PhoneCall),
    ),
    (&["telephonic", "talk"], true, Some(MeetingKind::PhoneCall)),
    (&["telephonic", "talks"], true, Some(MeetingKind::PhoneCall)),
    (&["telephonic", "call"], true, Some(MeetingKind::PhoneCall)),
    // "held a Japan-U.S. Foreign Ministers' telephone talk with Y", "exchanged views on the phone".
    (&["telephone", "talk"], true, Some(MeetingKind::PhoneCall)),
    (&["telephone", "talks"], true, Some(MeetingKind::PhoneCall)),
    (&["phone", "talks"], true, Some(MeetingKind::PhoneCall)),
    // ("the recent phone talk between A and B")
    (&["phone", "talk"], true, Some(MeetingKind::PhoneCall)),
    (
        &["exchanged", "views", "on", "the", "phone"],
        true,
        Some(MeetingKind::PhoneCall),
    ),
    (
        &["exchanged", "views", "by", "phone"],
        true,
        Some(MeetingKind::PhoneCall),
    ),
    (&["video", "conference"], true, Some(MeetingKind::VideoCall)),
    (&["videoconference"], true, Some(MeetingKind::VideoCall)),
    (&["video", "call"], true, Some(MeetingKind::VideoCall)),
    (&["video", "link"], true, Some(MeetingKind::VideoCall)),
    (&["letter"], true, Some(MeetingKind::Letter)),
    (&["meeting"], false, None),
    (&["talks"], false, None),
    (&["discussed"], false, None),
    // "X and his Jordanian counterpart Y reviewed bilateral ties", "... reviewed with Y".
    (&["reviewed"], false, None),
    // "A and B exchanged views on ..."
    (&["exchanged", "views"], false, None),
    // "X and Y signed a memorandum", "X and Y co-chaired the meeting": together, in person.
    (&["signed"], false, None),
    // "... where he signed a cooperation agreement with President Y": with Y, in person.
    (&["signed", "an", "agreement", "with"], true, None),
    (
        &["signed", "a", "cooperation", "agreement", "with"],
        true,
        None,
    ),
    (&["signed", "cooperation", "agreement", "with"], true, None),
    (&["signed", "cooperation", "agreements", "with"], true, None),
    (&["signed", "agreements", "with"], true, None),
    (&["signed", "a", "memorandum", "with"], true, None),
    (
        &["signed", "a", "memorandum", "of", "understanding", "with"],
        true,
        None,
    ),
    (&["signed", "a", "joint", "declaration", "with"], true, None),
    (&["co-chaired"], false, None),
    // "The consultation took place under the chair of A and his Lao counterpart B": the two
    // chairs met.
    (&["under", "the", "chair", "of"], false, None),
    (&["under", "the", "chairmanship", "of"], false, None),
    (&["under", "the", "co-chairmanship", "of"], false, None),
    // "A and his counterpart B led their respective delegations in the talks"
    (&["led", "their", "respective", "delegations"], false, None),
    (&["discussions"], false, None),
    // "X and Y ... held the first bilateral summit": the two of them; a summit of many is not a
    // meeting of each pair.
    (&["bilateral", "summit"], false, None),
    (&["trilateral", "summit"], false, None),
    (&["had", "a", "conversation"], false, None),
    // "Prime Minister X and Taoiseach Y spoke about ...": two subjects that spoke, together.
    (&["spoke"], false, None),
    // "X was on the phone on Wednesday to speak with Y" (see `find_triggers`).
    (&["speak", "with"], true, Some(MeetingKind::PhoneCall)),
    // "X met Y on Tuesday, a day after seeing Prime Minister Z" (see `find_triggers`).
    (&["seeing"], true, None),
    // "during a meeting, Sunday night, with X" (see `find_triggers`).
    (&["meeting", ","], true, None),
    // "At a meeting in Istanbul, A and B discussed ..." (see `find_triggers`).
    (&["meeting", "in"], true, None),
    // "During the farewell visit of Ambassador X, Speaker Y thanked ..." (see `find_triggers`).
    (&["visit", "of"], true, None),
];

/// Vocabulary ids of words the meeting rules compare tokens with.
struct Ids {
    /// "The message was delivered by X".
    carried: u128,
    attended: u16,
    presence: u16,
    attending: u16,
    took: u16,
    part: u16,
    joined: u16,
    who: u16,
    postponed: u16,
    cancelled: u16,
    canceled: u16,
    called: u16,
    off: u16,
    present: u16,
    accompanied: u16,
    participated: u16,
    in_attendance: u16,
    delegation: u16,
    included: u16,
    represented: u16,
    /// Summary bits ([`word_bits`]) of the words that open a rule's scan of a sentence.
    trigger_first: u128,
    planned_first: u128,
    /// "The agenda of the visit includes talks with X": a programme, not yet met.
    agenda: u128,
    cancel: u128,
    attendance: u128,
    attended_it: u128,
    /// "took" and "part", each of which a sentence must hold for "X also took part.": "took"
    /// alone ("took place") is too common to open the scan.
    took_part: [u128; 2],
    habitual: u128,
    separately: u128,
    /// Per phrase of [`VAGUE_PAST`], the bit of its distinctive word.
    vague_past: [u128; VAGUE_PAST.len()],
    same_day: u128,
    /// "will", "shall", "'ll": a plan's auxiliaries.
    will: u128,
    call_words: u128,
    kind_words: u128,
    /// Gates of the whole-sentence scans in [`find_meetings`] for "officials present were",
    /// "were also at the meeting", "the new envoys are" and "joined X" or "flanked by X".
    present_word: u128,
    also: u128,
    envoys: u128,
    joined_or_flanked: u128,
    /// The first words of [`find_meetings`]' time clauses ("days before", "ahead of").
    time_clause: u128,
    /// The nouns of [`date_meeting`]'s "the talks" in a later sentence.
    the_meeting: u128,
    between: u16,
    with: u16,
    /// The words of [`hosts_take_the_venue`]'s travellers: "on a visit to", "accompanied by".
    visit: u128,
    accompanied_word: u128,
}

pub(crate) const RULE_WORDS: [&str; 76] = [
    // ("the heads of Defense, General X; of Public Security, Y": a list word of `mentions`)
    "heads",
    // (Of `ATTENDANCE`.)
    "led",
    "including",
    "comprises",
    "consisted",
    "consists",
    // (Of `AGENDA`.)
    "schedule",
    "programme",
    "program",
    "comprised",
    // (A kind word of `sentence_kind`, in `SHARED_GATE_WORDS`.)
    "online",
    // (The list words `find_mentions` tests at every token.)
    "presidents",
    "counterparts",
    "advisers",
    "advisors",
    "senators",
    "ministers",
    // (A gate of `CALL_WORDS`.)
    "internet",
    "the",
    "his",
    "her",
    "their",
    "attended",
    "witnessed",
    "there",
    "presence",
    "attending",
    "took",
    "part",
    "joined",
    "who",
    "postponed",
    "cancelled",
    "canceled",
    "called",
    "off",
    "times",
    "repeatedly",
    "separately",
    "separate",
    "credentials",
    "respectively",
    "last",
    "recent",
    "recently",
    "previously",
    "day",
    "video",
    "call",
    "present",
    "accompanied",
    "delegation",
    "included",
    "represented",
    "headed",
    "includes",
    "envoys",
    "ambassadors",
    "attendance",
    "participated",
    "agenda",
    "itinerary",
    "virtual",
    "virtually",
    "videoconferencing",
    "also",
    "flanked",
    "between",
    "with",
    "before",
    "ahead",
    "since",
    "which",
    "visit",
    "visiting",
    "trip",
];

/// The words of the sentence gates of [`IDS`], besides the first words of [`TRIGGERS`] and
/// [`PLANNED`] and those of [`VAGUE_PAST`] (see [`gated_words`]).
const AGENDA: [&str; 6] = [
    "agenda",
    "itinerary",
    "schedule",
    "programme",
    "program",
    "meetings",
];
const CANCEL: [&str; 4] = ["postponed", "cancelled", "canceled", "called"];
const ATTENDANCE: [&str; 18] = [
    "attended",
    // "The delegations were led by A and B"
    "led",
    // "X was leading a delegation of MPs, including A and B"
    "including",
    // "The Prime Minister's delegation comprises A and B"
    "comprises",
    "comprised",
    // "The delegation consisted of A, MP; B, MP"
    "consisted",
    "consists",
    "presence",
    "attending",
    "took",
    "included",
    "represented",
    "headed",
    "includes",
    "credentials",
    // "The new envoys are A, B and C", "Philippine officials present were A and B".
    "envoys",
    "ambassadors",
    "present",
];
const ATTENDED_IT: [&str; 9] = [
    "attended",
    // "A and B were also there to receive the High Commissioner"
    "there",
    // "The ceremony was witnessed by A, B and C"
    "witnessed",
    "joined",
    "present",
    "accompanied",
    "among",
    "attendance",
    "participated",
];
const HABITUAL: [&str; 2] = ["times", "repeatedly"];
/// The words of the gates [`Ids::envoys`] and [`Ids::joined_or_flanked`].
const ENVOYS: [&str; 2] = ["envoys", "ambassadors"];
const JOINED_OR_FLANKED: [&str; 2] = ["joined", "flanked"];
const VISIT: [&str; 3] = ["visit", "visiting", "trip"];
const TIME_CLAUSE: [&str; 4] = ["before", "ahead", "since", "which"];
const THE_MEETING: [&str; 6] = [
    "talks",
    "meeting",
    "negotiations",
    "visit",
    "call",
    "conversation",
];
const SEPARATELY: [&str; 5] = [
    "separately",
    "respectively",
    "separate",
    "credentials",
    "bilateral",
];
const SAME_DAY_WORDS: [&str; 1] = ["day"];
const WILL: [&str; 9] = [
    "will",
    "shall",
    "'ll",
    "’ll",
    "scheduled",
    "due",
    "expected",
    "would",
    "slated",
];
const CALL_WORDS: [&str; 6] = [
    "video",
    "videoconference",
    "phone",
    "telephone",
    "call",
    "internet",
];
/// The words of [`sentence_kind`]'s cues: a call's, a virtual meeting's, and "video".
const PHONE_WORDS: [&str; 6] = [
    "phone",
    "phonecall",
    "phonecalls",
    "telephone",
    "phoned",
    "telephoned",
];
const VIRTUAL_WORDS: [&str; 4] = [
    "videoconference",
    "videoconferencing",
    "virtual",
    "virtually",
];

/// First words of rare meeting phrases: they only open the gate of all the phrases, so they share
/// one summary bit and leave the bits of their own to the words that gates test alone.
pub(crate) const SHARED_GATE_WORDS: &[&str] = &[
    "reviewed",
    "encounter",
    "audience",
    "consulted",
    "bid",
    "bade",
    "played",
    "plays",
    "press",
    "news",
    "speak",
    "seeing",
    "granted",
    "grants",
    "introductory",
    "farewell",
    "greeted",
    "sat",
    "brought",
    "dined",
    "confers",
    "discusses",
    "discussing",
    "talked",
    "telephonic",
    "co-chaired",
    "under",
    "trilateral",
    "warm",
    "engagement",
    "accepted",
    // (Of `sentence_kind`'s "held an online meeting": a kind word, rare enough to share.)
    "online",
];

/// Every word a sentence gate tests: the vocabulary gives these, and only these, summary bits of
/// their own, so that a gate is not opened by a common word sharing its bit.
pub(crate) fn gated_words() -> Vec<&'static str> {
    let mut words: Vec<&'static str> = TRIGGERS
        .iter()
        .map(|t| t.0[0])
        .filter(|w| !SHARED_GATE_WORDS.contains(w))
        .collect();
    words.extend(PLANNED.iter().map(|p| p[0]));
    words.extend(VAGUE_PAST.iter().map(|p| p.0));
    words.extend(["took", "part"]);
    for list in [
        &AGENDA[..],
        &CANCEL,
        &ATTENDANCE,
        &ATTENDED_IT,
        &HABITUAL,
        &SEPARATELY,
        &SAME_DAY_WORDS,
        &WILL,
        &CALL_WORDS,
        &PHONE_WORDS,
        &VIRTUAL_WORDS,
        &["video"],
        &["present", "also"],
        &ENVOYS,
        &JOINED_OR_FLANKED,
        &TIME_CLAUSE,
        &THE_MEETING,
        &VISIT,
    ] {
        words.extend(list);
    }
    words
}

static IDS: LazyLock<Ids> = LazyLock::new(|| {
    let id = |w: &str| {
        let id = VOCAB.id(w);
        assert!(id != 0, "{w} is in the vocabulary");
        id
    };
    let bits = |words: &[&str]| word_bits(&words.iter().map(|w| id(w)).collect::<Vec<_>>());
    Ids {
        attended: id("attended"),
        presence: id("presence"),
        attending: id("attending"),
        took: id("took"),
        part: id("part"),
        joined: id("joined"),
        who: id("who"),
        postponed: id("postponed"),
        cancelled: id("cancelled"),
        canceled: id("canceled"),
        called: id("called"),
        off: id("off"),
        present: id("present"),
        accompanied: id("accompanied"),
        participated: id("participated"),
        in_attendance: id("attendance"),
        delegation: id("delegation"),
        included: id("included"),
        represented: id("represented"),
        trigger_first: bits(&TRIGGERS.iter().map(|t| t.0[0]).collect::<Vec<_>>()),
        planned_first: bits(&PLANNED.iter().map(|p| p[0]).collect::<Vec<_>>()),
        agenda: bits(&AGENDA),
        cancel: bits(&CANCEL),
        attendance: bits(&ATTENDANCE),
        carried: bits(&["delivered", "handed", "conveyed"]),
        attended_it: bits(&ATTENDED_IT),
        took_part: [bits(&["took"]), bits(&["part"])],
        habitual: bits(&HABITUAL),
        separately: bits(&SEPARATELY),
        vague_past: VAGUE_PAST.map(|(word, _)| bits(&[word])),
        same_day: bits(&SAME_DAY_WORDS),
        will: bits(&WILL),
        // The words of `refine_kinds`' phrases.
        call_words: bits(&CALL_WORDS),
        kind_words: bits(&[&PHONE_WORDS[..], &VIRTUAL_WORDS, &["video", "online"]].concat()),
        present_word: bits(&["present"]),
        also: bits(&["also"]),
        envoys: bits(&ENVOYS),
        joined_or_flanked: bits(&JOINED_OR_FLANKED),
        time_clause: bits(&TIME_CLAUSE),
        the_meeting: bits(&THE_MEETING),
        between: id("between"),
        with: id("with"),
        visit: bits(&VISIT),
        accompanied_word: bits(&["accompanied"]),
    }
});

/// Trigger indexes by the vocabulary id of their first word, longest first.
static TRIGGERS_BY_FIRST_WORD: LazyLock<Vec<Vec<usize>>> = LazyLock::new(|| {
    let mut by_id: Vec<Vec<usize>> = Vec::new();
    for (i, (words, _, _)) in TRIGGERS.iter().enumerate() {
        let id = usize::from(VOCAB.id(words[0]));
        assert!(id != 0, "trigger words are in the vocabulary");
        if by_id.len() <= id {
            by_id.resize(id + 1, Vec::new());
        }
        by_id[id].push(i);
    }
    for v in &mut by_id {
        v.sort_by_key(|&i| std::cmp::Reverse(TRIGGERS[i].0.len()));
    }
    by_id
});

/// The nouns an attendance line names a meeting by ("attended the talks"), as a pattern.
macro_rules! MEETING_NOUNS {
    () => {
        "meeting"
            | "meetings"
            | "talks"
            | "events"
            | "event"
            | "ceremony"
            | "banquet"
            | "reception"
            | "audience"
    };
}

/// Words before a trigger that make it a plan, not a meeting.
pub(crate) const NOT_YET: [&str; 48] = [
    "will",
    "slated",
    // "discussed preparations for a phone call between A and B"
    "preparations",
    "preparation",
    "preparing",
    // "to prepare for the Paris meeting between A and B"
    "prepare",
    "would",
    "to",
    "shall",
    "may",
    "might",
    "could",
    "not",
    "no",
    "never",
    "planned",
    "plans",
    "scheduled",
    "expected",
    "set",
    "due",
    "upcoming",
    "forthcoming",
    "ahead",
    "anticipated",
    "proposed",
    "possible",
    "potential",
    "future",
    "next",
    // "is also considering meeting with X"
    "considering",
    "consider",
    "mulling",
    "weighing",
    "eyeing",
    // "exploring the possibility of meeting with X"
    "possibility",
    // "offering the chance of a rare meeting with X"
    "chance",
    "prospect",
    "prospects",
    "exploring",
    "'ll",
    "’ll",
    // "Rubio skipped a meeting of G20 foreign ministers": one that happened without them.
    "skipped",
    "boycotted",
    "snubbed",
    "missed",
    "shunned",
    "avoided",
];

/// Phrases anywhere in a sentence that make its meetings plans ("a meeting ... scheduled for Sept. 4").
pub(crate) const PLANNED: [[&str; 2]; 15] = [
    ["scheduled", "for"],
    // "where a bilateral meeting with X is being considered"
    ["being", "considered"],
    ["being", "planned"],
    ["being", "prepared"],
    ["being", "arranged"],
    ["was", "planned"],
    ["is", "planned"],
    ["were", "planned"],
    // "X's bilateral meetings with A and B are planned"
    ["are", "planned"],
    ["slated", "for"],
    ["planned", "for"],
    ["set", "for"],
    ["expected", "to"],
    // "After the bilateral, he is due to have a joint press conference with X"
    ["is", "due"],
    ["are", "due"],
];

/// "... discussed the upcoming elections planned for October": a participle after a noun that is
/// no encounter plans that thing, not a meeting.
fn plan_of_something_else(doc: &Doc<'_>, start: usize, k: usize) -> bool {
    if k <= start || doc.low(k + 1) != "for" {
        return false;
    }
    let noun = doc.low(k - 1);
    doc.tokens()[k - 1].kind == TokenKind::Word
        && !doc.is_capitalised(k - 1)
        && !matches!(
            noun,
            MEETING_NOUNS!()
                | "visit"
                | "visits"
                | "trip"
                | "tour"
                | "summit"
                | "call"
                | "conference"
                | "session"
                | "consultations"
                | "round"
                | "negotiations"
                | "is"
                | "was"
                | "are"
                | "were"
                | "be"
                | "been"
                | "being"
                | "originally"
                | "now"
                | "initially"
                | "also"
                | "tentatively"
        )
        && doc.tags[k - 1].place().is_none()
}

struct Trigger {
    strong: bool,
    kind: Option<MeetingKind>,
    token: usize,
    /// The token after the phrase.
    end: usize,
}

/// "co-chaired by", "under the chair of": a phrase naming a session's chairs after it.
fn chaired_jointly(doc: &Doc<'_>, r: Range<usize>, t: &Trigger) -> bool {
    doc.low(t.token) == "under"
        || (doc.low(t.token) == "co-chaired" && t.end < r.end && doc.low(t.end) == "by")
}

/// The meeting phrases of a sentence outside quotations: every strong one, or else the first weak one.
/// `here`: the people named in the sentence.
fn find_triggers(doc: &Doc<'_>, si: usize, here: &[&Occurrence]) -> Vec<Trigger> {
    let ids = &*IDS;
    if !doc.sentence_may_have(si, ids.trigger_first) {
        return Vec::new();
    }
    let r = doc.sentence_tokens[si].clone();
    let planned = doc.sentence_may_have(si, ids.planned_first)
        && r.clone().any(|k| {
            k + 1 < r.end
                && doc.word_flags(k) & vocab::PLANNED_FIRST != 0
                && PLANNED
                    .iter()
                    .any(|p| doc.low(k) == p[0] && doc.low(k + 1) == p[1])
                && !plan_of_something_else(doc, r.start, k)
        });
    // "The agenda of the minister's visit includes talks with X": in the present, a programme.
    // ("On Thursday, X's meetings include one with Y")
    let agenda = doc.sentence_may_have(si, ids.agenda)
        && r.clone().any(|k| {
            matches!(
                doc.low(k),
                "agenda" | "itinerary" | "schedule" | "programme" | "program" | "meetings"
            ) && (k + 1..r.end.min(k + 10)).any(|x| matches!(doc.low(x), "includes" | "include"))
        });
    // "Tomorrow, X will visit Lithuania and meet Y" (even when "will" is misspelt).
    let tomorrow = !r.is_empty() && doc.low(r.start) == "tomorrow";
    if planned || agenda || tomorrow {
        return Vec::new();
    }
    // "X's meeting with Y was postponed": a meeting phrase before a cancellation did not happen.
    let cancelled_at = doc
        .sentence_may_have(si, ids.cancel)
        .then(|| r.clone())
        .into_iter()
        .flatten()
        .find(|&k| {
            let w = doc.word(k);
            w == ids.postponed
                || w == ids.cancelled
                || w == ids.canceled
                || (w == ids.called && k + 1 < r.end && doc.word(k + 1) == ids.off)
        })
        .unwrap_or(r.start);
    // "X discussed with Y the talks, whose round had been scheduled ... before it was called
    // off": a cancellation told in a clause of its own leaves the meeting before it.
    let cancelled_at = if cancelled_at > r.start
        && (r.start..cancelled_at).any(|k| matches!(doc.low(k), "whose" | ";"))
    {
        r.start
    } else {
        cancelled_at
    };
    // Whether a person's title, a gazetteer name, a two-word name or someone the article named
    // ("hosted by Anwar") starts at most four tokens after `x`.
    let named_at = |x: usize| {
        (x..r.end.min(x + 4)).any(|y| doc.tags[y].head().is_some())
            || here.iter().any(|o| o.start == x)
            || doc.tags.get(x).is_some_and(|t| t.known().is_some())
            || (x + 1 < r.end && doc.is_name_word(x) && doc.is_name_word(x + 1))
    };
    // ("discussed ... with a delegation of the Seimas, led by Speaker X": its head)
    let person_after = |x: usize| {
        named_at(x)
            || (x + 2 < r.end
                && matches!(doc.low(x), "a" | "the")
                && doc.low(x + 1) == "delegation"
                && (x + 2..r.end.min(x + 16)).any(|y| {
                    matches!(doc.low(y), "led" | "headed")
                        && y + 2 < r.end
                        && doc.low(y + 1) == "by"
                        && named_at(y + 2)
                }))
    };
    let mut strong = Vec::new();
    let mut weak = None;
    let mut discussed = None;
    let mut k = cancelled_at;
    let by_first_word = &*TRIGGERS_BY_FIRST_WORD;
    while k < r.end {
        // Most words begin no phrase: id 0 (not in the vocabulary) needs no look-up.
        let w = usize::from(doc.word(k));
        let candidates: &[usize] = if w == 0 || doc.quoted[k] {
            &[]
        } else {
            by_first_word.get(w).map_or(&[], Vec::as_slice)
        };
        let mut matched = None;
        for &ti in candidates {
            let (words, is_strong, kind) = TRIGGERS[ti];
            // "spoke today with", "met separately with": one adverb may follow the first word.
            let rest = if words.len() > 1
                && k + 1 < r.end
                && matches!(
                    doc.low(k + 1),
                    "today" | "yesterday" | "tonight" | "also" | "separately" | "again" | "briefly"
                ) {
                k + 2
            } else if words == ["talks", "between"] && k + 2 < r.end && doc.low(k + 1) == "held" {
                // "the talks held between A and B"
                k + 2
            } else if words.len() > 1
                && k + 2 < r.end
                && doc.low(k + 1) == "on"
                && doc.word_flags(k + 2) & vocab::DAY != 0
            {
                // "discussed on Sunday with X": a day between the phrase's words.
                k + 3
            } else if let Some((_, _, n)) =
                (words.len() > 1 && k + 2 < r.end && doc.low(k + 1) == "in")
                    .then(|| doc.tags.get(k + 2).and_then(|t| t.place()))
                    .flatten()
                && doc.is_capitalised(k + 2)
            {
                // "discussed in Sanaa with X": the place between the phrase's words.
                k + 2 + n
            } else {
                k + 1
            };
            let end = rest + words.len() - 1;
            if end > r.end || !(rest..end).zip(&words[1..]).all(|(x, w)| doc.low(x) == *w) {
                continue;
            }
            // Capitalised inside a sentence, such a word is a name ("To Lam", "Will Jones").
            // ("X arrived at Malacañang Palace on Tuesday to meet with Y": there, for it.)
            // ("The PM next met X": "next" before a verb in the past is "then".)
            let then_past = |x: usize| {
                x + 1 == k
                    && doc.low(x) == "next"
                    && (matches!(doc.low(k), "met" | "held" | "spoke" | "sat" | "had")
                        || doc.low(k).ends_with("ed"))
            };
            // ("was on the phone ... to speak with Y": told, not planned; see below.)
            // ("X was invited to meet with Y in Washington. The meeting took place on Monday":
            // the plan came true.)
            if words != ["speak", "with"]
                && !took_place_next(doc, si)
                && (r.start.max(k.saturating_sub(3))..k).any(|x| {
                    doc.word_flags(x) & vocab::NOT_YET != 0
                        && (x == r.start || !doc.is_capitalised(x))
                        && !purpose_of_a_trip_made(doc, r.clone(), x)
                        && !then_past(x)
                        && !went_on_to(doc, x)
                        && !refers_to(doc, r.start, x)
                        // ("X flew to Ankara and met Y": "to" a place, then a verb in the past.)
                        && !(doc.low(x) == "to"
                            && x + 1 < k
                            && doc.low(k - 1) == "and"
                            && matches!(doc.low(k), "met" | "held" | "had" | "received"))
                })
            {
                continue;
            }
            if matches!(
                doc.low(k),
                MEETING_NOUNS!()
                    | "call"
                    | "summit"
                    | "visit"
                    | "conversation"
                    | "phone"
                    | "telephone"
                    | "video"
                    | "videoconference"
            ) && takes_place_later(doc, r.clone(), k)
            {
                continue;
            }
            // "X will make a visit to Japan next week for a summit with Y": a plan told earlier
            // in the clause.
            // ("X will lay wreaths at the site and thereafter, hold talks with Y": a comma after
            // "thereafter" goes on with the same clause.)
            let clause_start = (r.start..k)
                .rev()
                .find(|&x| {
                    doc.tok(x) == ","
                        && !(x > r.start
                            && matches!(
                                doc.low(x - 1),
                                "thereafter" | "afterwards" | "then" | "subsequently"
                            ))
                })
                .map_or(r.start, |x| x + 1);
            // ("X would accompany the prime minister and would attend the meeting": a plan
            // reported)
            let will = |x: usize| {
                matches!(doc.low(x), "will" | "shall" | "'ll" | "’ll" | "would")
                    && !doc.is_capitalised(x)
            };
            let may_plan = doc.sentence_may_have(si, ids.will);
            if may_plan && (clause_start..k).any(will) {
                continue;
            }
            // "what issues X plans to raise in his talks with Y": an intent, in the clause.
            if (clause_start..k.saturating_sub(2)).any(|x| {
                matches!(doc.low(x), "plans" | "intends" | "hopes")
                    && doc.low(x + 1) == "to"
                    && !(x + 2..k).any(|y| matches!(doc.low(y), "and" | "who" | "which"))
            }) {
                continue;
            }
            // "Lee will travel to Nara, Takaichi's hometown, on Tuesday for talks": a trip
            // planned in the main clause, past commas (not "X, who will visit Y, met Z").
            // (Not gated by `may_plan`: "is coming to" has no word of `WILL`; this runs only
            // at a meeting phrase.)
            if (r.start.max(k.saturating_sub(25))..k).any(|x| {
                // "will travel", or "is scheduled to travel to Washington later this month
                // for talks with X" (in the same clause too).
                let verb = if matches!(doc.low(x), "scheduled" | "due" | "expected" | "slated")
                    && x + 1 < r.end
                    && doc.low(x + 1) == "to"
                {
                    Some(x + 2)
                } else if x < clause_start && will(x) {
                    Some(x + 1)
                } else {
                    None
                };
                // "X is coming to Warsaw Sunday afternoon for talks with Y": a trip arranged.
                let coming = matches!(doc.low(x), "is" | "are")
                        && x + 1 < k
                        && matches!(doc.low(x + 1), "coming" | "heading")
                        // (not "is heading a delegation")
                        && x + 2 < r.end
                        && matches!(doc.low(x + 2), "to" | "for" | "here" | "back");
                (coming || verb.is_some_and(|v| v < r.end && TRIP_VERBS.contains(&doc.low(v))))
                    && !(r.start..x).any(|y| matches!(doc.low(y), "who" | "which"))
            }) {
                continue;
            }
            // "the first head of state China hosts after the Games": a country hosts, in a
            // clause about the guest; no encounter of the people named.
            if matches!(words, ["hosts" | "hosted"])
                && let Some((n, _, PlaceKind::Country)) = doc.place_ending_at(k)
                && k - n > r.start
                && !doc.is_capitalised(k - n - 1)
                // (Not "President X of Zambia hosted Y".)
                && doc.low(k - n - 1) != "of"
            {
                continue;
            }
            // "The envoys who presented their credentials to the president are A, B and C": the
            // envoys are named as the clause's complement (see the attendance rules).
            if matches!(words, ["presented", "their", ..]) && k > r.start && doc.low(k - 1) == "who"
            {
                continue;
            }
            // "a cabinet statement following its weekly meeting": a body's own session.
            if matches!(words, ["meeting" | "meetings"])
                && (k.saturating_sub(2).max(r.start)..k).any(|x| doc.low(x) == "its")
            {
                continue;
            }
            // "welcomed the decision by X": a reaction, not a reception ("welcomed the visiting
            // minister" is one).
            if (words == ["welcomed"] || words == ["greeted"])
                && end + 1 < r.end
                && matches!(
                    doc.low(end),
                    "the" | "a" | "an" | "this" | "that" | "his" | "her" | "its" | "their"
                )
                && !matches!(doc.low(end + 1), "visiting")
                // "welcomed the Iranian Foreign Minister" (not "the Cyprus Presidency of ...")
                && !(end + 1..r.end.min(end + 4)).any(|x| doc.tags[x].head().is_some())
            {
                continue;
            }
            // "joined X for dinner", "joined Y for talks": a shared meal or talks; not "joined
            // the alliance", nor "was joined by" (an attendance line).
            if words == ["joined"]
                && !((end..r.end.min(end + 12)).any(|x| {
                    doc.low(x) == "for"
                        && x + 1 < r.end
                        && matches!(
                            doc.low(x + 1),
                            "dinner" | "lunch" | "breakfast" | "talks" | "a"
                        )
                        && (x + 1..r.end.min(x + 4)).any(|y| {
                            matches!(
                                doc.low(y),
                                "dinner" | "lunch" | "breakfast" | "talks" | "meeting"
                            )
                        })
                }) && person_after(end))
            {
                continue;
            }
            // "his reception (today in Riyadh) of X" and "a reception for X" receive someone;
            // "the reception of refugees" and "a reception" do not.
            if words == ["reception"]
                && !(k + 2 < r.end && doc.low(k + 1) == "for" && person_after(k + 2))
                && !(k > r.start
                    && matches!(doc.low(k - 1), "his" | "her")
                    && (k + 1..r.end.min(k + 6))
                        .take_while(|&x| doc.low(x) != ",")
                        .any(|x| doc.low(x) == "of"))
            {
                continue;
            }
            // "called for talks with X", "urged X to hold talks": appeals.
            if k >= r.start + 2
                && matches!(doc.low(k - 2), "called" | "calls" | "call" | "calling")
                && doc.low(k - 1) == "for"
            {
                continue;
            }
            // "called" is a phone call only with a person after it: not "called for", "called
            // it", "what he called", "was called", "called Y's remarks irresponsible".
            if words == ["called"] {
                let clause_end = (end..r.end)
                    .find(|&x| matches!(doc.tok(x), "," | ";" | ":"))
                    .unwrap_or(r.end);
                let possessive =
                    (end..clause_end).any(|x| doc.tokens()[x].kind == TokenKind::Possessive);
                let not_a_call = (r.start.max(k.saturating_sub(2))..k).any(|x| {
                    matches!(
                        doc.low(x),
                        "what" | "was" | "is" | "were" | "are" | "be" | "been" | "so" | "-"
                    )
                });
                // "called X "a race-baiting politician"", "called X a liar": a label.
                let labelled = here
                    .iter()
                    .find(|o| o.start >= end && o.start < end + 4)
                    .is_some_and(|o| {
                        o.end < r.end
                            && matches!(doc.low(o.end), "\"" | "“" | "‘" | "'" | "a" | "an" | "the")
                    });
                // "called for Prime Minister X to dismiss Y": an appeal.
                // (nor "called on X": the "called on" phrase's to tell, a visit or an appeal)
                let appeal = end < r.end && matches!(doc.low(end), "for" | "on" | "upon");
                if !person_after(end) || possessive || not_a_call || labelled || appeal {
                    continue;
                }
            }
            // "handed" meets the person it names when a message or letter follows ("handed
            // President X a message from Y"), not "handed over power".
            if words == ["handed"]
                && !(person_after(end)
                    && (end..r.end.min(end + 8))
                        .any(|x| matches!(doc.low(x), "message" | "letter" | "invitation")))
            {
                continue;
            }
            // "met X in a meeting hosted by Y", "at a dinner hosted by Y": the host of the
            // meeting the sentence just told, not another meeting.
            // "a webinar hosted by a think tank": hosted by no one.
            if matches!(words, ["hosted"])
                && end + 1 < r.end
                && doc.low(end) == "by"
                && !person_after(end + 1)
            {
                continue;
            }
            // ... nor one the sentence tells did not happen to its subject ("X skipped a meeting
            // of ministers hosted by Y").
            let event_noun = || {
                (k.saturating_sub(12).max(r.start)..k).find(|&x| {
                    matches!(
                        doc.low(x),
                        MEETING_NOUNS!() | "dinner" | "lunch" | "summit" | "conference" | "forum"
                    )
                })
            };
            // ("when he was hosted by Y" tells its own meeting).
            if matches!(words, ["hosted"])
                && end < r.end
                && doc.low(end) == "by"
                && !(k > r.start && matches!(doc.low(k - 1), "was" | "were"))
                && event_noun().is_some_and(|n| {
                    !strong.is_empty()
                        || (n.saturating_sub(3).max(r.start)..n)
                            .any(|x| doc.word_flags(x) & vocab::NOT_YET != 0)
                })
            {
                continue;
            }
            // "exchanged with X": someone named right after.
            if words == ["exchanged", "with"] && !person_after(end) {
                continue;
            }
            // "a press conference with X" names someone (not "with reporters").
            if matches!(words, ["press" | "news", "conference", "with"]) && !person_after(end) {
                continue;
            }
            // "has arrived in Vladivostok for a summit with X", "arrives in Hanoi for talks with
            // Y": a trip's purpose, not yet a meeting.
            if matches!(
                words.first(),
                Some(&("summit" | "talks" | "meeting" | "meetings" | "consultations"))
            ) && (k.saturating_sub(4).max(r.start)..k).any(|x| doc.low(x) == "for")
                // (In the present: "traveled to Nairobi last month for talks with Y" tells of
                // talks held.)
                && (r.start + 1..k).any(|x| {
                    matches!(doc.low(x), "arrives" | "arriving" | "heads" | "travels")
                        || (matches!(doc.low(x), "arrived" | "travelled" | "traveled" | "flown")
                            && matches!(doc.low(x - 1), "has" | "have"))
                })
            {
                continue;
            }
            // "held" with a meeting noun after its adjectives ("held an informal trilateral
            // meeting"); not "held a press conference", "held responsible".
            // "The retreat was held in Singapore on Oct 30 between A and B".
            let held_between = words == ["held"]
                && k > r.start
                && matches!(doc.low(k - 1), "was" | "were")
                && (end..r.end.min(end + 12)).any(|x| doc.low(x) == "between");
            // "The meeting was held by A, B and C".
            let held_by = words == ["held"]
                && k > r.start + 1
                && matches!(doc.low(k - 1), "was" | "were")
                && matches!(doc.low(k - 2), "meeting" | "talks")
                && end < r.end
                && doc.low(end) == "by";
            if matches!(words, ["held"] | ["had"])
                && !held_between
                && !held_by
                && !(end..r.end.min(end + 5))
                    .take_while(|&x| {
                        doc.tokens()[x].kind == TokenKind::Word && !doc.is_capitalised(x)
                    })
                    .any(|x| {
                        matches!(
                            doc.low(x),
                            "meeting"
                                | "meetings"
                                | "talks"
                                | "summit"
                                | "consultations"
                                | "negotiations"
                                | "discussions"
                                | "discussion"
                                | "conversation"
                                | "conversations"
                                // "held a fraternal exchange with X"
                                | "exchange"
                                | "tête-à-tête"
                                | "tete-a-tete"
                        ) && !matches!(doc.low(x - 1), "press" | "news" | "cabinet")
                            // ("had a conversation" is a weak phrase of its own)
                            && !(words == ["had"] && doc.low(x).starts_with("conversation"))
                            // "held a brief talk with X" (not "held a talk show")
                            || (matches!(doc.low(x), "talk" | "chat")
                                && x + 1 < r.end
                                && matches!(doc.low(x + 1), "with" | "between"))
                            // "held a working session with X" (not "held a session of parliament")
                            || (matches!(doc.low(x), "session" | "sessions")
                                && x + 1 < r.end
                                && doc.low(x + 1) == "with")
                    })
                // "had no talks with"
                || (end..r.end.min(end + 3)).any(|x| matches!(doc.low(x), "no" | "not" | "never"))
            {
                continue;
            }
            // "At a meeting in Istanbul, A and B discussed ...", "During their meeting, A and B
            // agreed ...": a sentence that opens on its meeting, whose people follow.
            let opens_on_it = k == r.start + 2
                && matches!(doc.low(r.start), "at" | "during")
                && matches!(doc.low(r.start + 1), "a" | "their")
                && (k + 1..r.end.min(end + 6))
                    .find(|&x| doc.low(x) == ",")
                    .is_some_and(|comma| person_after(comma + 1));
            if words == ["meeting", "in"] && !opens_on_it {
                continue;
            }
            // "During the farewell visit of Ambassador X, Speaker Y thanked ...": a visit that
            // opens the sentence, its visitor named after "of" and the host after the comma.
            if words == ["visit", "of"] {
                let during = k >= r.start + 2
                    && doc.low(r.start) == "during"
                    && matches!(doc.low(r.start + 1), "the" | "a")
                    && (r.start + 2..k).all(|x| {
                        matches!(
                            doc.low(x),
                            "farewell" | "courtesy" | "official" | "working" | "first" | "state"
                        )
                    });
                let comma = (end..r.end.min(end + 25)).find(|&x| doc.low(x) == ",");
                // A call on someone ("farewell", "courtesy"), or a visit with no destination
                // whose host does more than speak of it (not "During the visit of Pope Francis to
                // Iraq, Minister Y said ...").
                let call_on =
                    (r.start + 2..k).any(|x| matches!(doc.low(x), "farewell" | "courtesy"));
                let host_only_speaks = |c: usize| {
                    (c..r.end).any(|x| matches!(doc.low(x), "said" | "says" | "told" | "stated"))
                };
                let ok = during
                    && person_after(end)
                    && comma.is_some_and(|c| {
                        person_after(c + 1)
                            && (call_on
                                || (!(end..c).any(|x| doc.low(x) == "to") && !host_only_speaks(c)))
                    });
                if !ok {
                    continue;
                }
            }
            // "a meeting, Sunday night, with X": a time between commas, then "with" someone.
            if words == ["meeting", ","]
                && !opens_on_it
                && !(end..r.end.min(end + 5))
                    .find(|&x| doc.low(x) == ",")
                    .is_some_and(|c| {
                        c > end
                            && c + 1 < r.end
                            && doc.low(c + 1) == "with"
                            && (end..c).any(|x| doc.word_flags(x) & vocab::DAY != 0)
                            && person_after(c + 2)
                    })
            {
                continue;
            }
            // "a day after seeing X": an encounter with the person named right after.
            if words == ["seeing"]
                && !(k > r.start
                    && matches!(doc.low(k - 1), "after" | "before")
                    && person_after(end))
            {
                continue;
            }
            // "to speak with X" only after "was on the phone": else a plan or a wish.
            if matches!(words, ["speak", "with"])
                && !(r.start + 3..k).any(|x| {
                    doc.low(x) == "phone"
                        && doc.low(x - 1) == "the"
                        && doc.low(x - 2) == "on"
                        && matches!(doc.low(x - 3), "was" | "were")
                })
            {
                continue;
            }
            // "called on X to stop ...": an appeal, not a visit.
            // ("called on X and held discussions to take forward ties" is a visit.)
            if matches!(words, ["called", "on" | "upon"])
                && (end..r.end.min(end + 10))
                    .take_while(|&x| !matches!(doc.low(x), "and" | "," | ";"))
                    .any(|x| doc.low(x) == "to")
            {
                continue;
            }
            // "X spoke to the press": no one met.
            if matches!(words, ["spoke" | "talked", "to" | "with"])
                && end < r.end
                && (matches!(
                    doc.low(end),
                    "reporters" | "journalists" | "newsmen" | "media"
                ) || (doc.low(end) == "the"
                    && end + 1 < r.end
                    && matches!(doc.low(end + 1), "press" | "media")))
            {
                continue;
            }
            // "the support that X received from the UK": something received, not someone.
            if words == ["received"] && end < r.end && doc.low(end) == "from" {
                continue;
            }
            // "discussed bilateral ties with his Iranian counterpart X": the topic between the
            // verb and "with" (not "with Russia", "plans to cooperate with", "the deal signed
            // with").
            let discussed_with = !is_strong
                && (matches!(
                    words,
                    ["discussed" | "discusses" | "discussing" | "reviewed"]
                ) && (end..r.end.min(end + 14))
                    .take_while(|&x| {
                        // (Not the commas of "discussed Wednesday, over phone, means of ...".)
                        let aside = doc.low(x) == ","
                            && x + 1 < r.end
                            && (matches!(doc.low(x + 1), "over" | "by" | "via")
                                || matches!(doc.low(x - 1), "phone" | "telephone")
                                || doc.word_flags(x - 1) & vocab::DAY != 0);
                        // ("efforts to support Ukraine with X", not "plans to meet with X")
                        let to_meet = doc.low(x) == "to"
                            && x + 1 < r.end
                            && matches!(
                                doc.low(x + 1),
                                "meet"
                                    | "visit"
                                    | "hold"
                                    | "host"
                                    | "receive"
                                    | "talk"
                                    | "cooperate"
                            );
                        aside
                            || !(to_meet
                                || matches!(doc.low(x), "," | ";" | ":" | "signed" | "reached"))
                    })
                    .any(|x| doc.low(x) == "with" && person_after(x + 1)));
            // "a joint news conference with X following their meeting", "In their meeting, A and
            // B agreed ...": the meeting of the people the sentence names.
            let their_meeting = matches!(words, ["meeting" | "talks"])
                && k >= r.start + 2
                && doc.low(k - 1) == "their"
                && matches!(doc.low(k - 2), "following" | "after" | "during" | "in");
            // "X joined Y and Z for a trilateral meeting".
            let joined_for = matches!(words, ["meeting" | "talks" | "summit"])
                && (k.saturating_sub(4).max(r.start)..k)
                    .any(|x| doc.low(x) == "for" && matches!(doc.low(x + 1), "a" | "an" | "the"))
                && (r.start..k).any(|x| matches!(doc.low(x), "joined" | "joins"));
            // "hours after meeting Iranian Supreme Leader X": an encounter with whom it names.
            let after_meeting = words == ["meeting"]
                && k > r.start
                && matches!(doc.low(k - 1), "after" | "before")
                && person_after(end);
            matched = Some((
                Trigger {
                    strong: is_strong
                        || discussed_with
                        || their_meeting
                        || joined_for
                        || after_meeting,
                    kind,
                    token: k,
                    end,
                },
                words.len(),
                discussed_with,
            ));
            break;
        }
        match matched {
            Some((t, len, discussed_with)) => {
                if discussed_with {
                    discussed.get_or_insert(t);
                } else if t.strong {
                    strong.push(t);
                } else if weak.is_none() || chaired_jointly(doc, r.clone(), &t) {
                    // ("The meeting was co-chaired by A and B": the chairing tells who met.)
                    weak = Some(t);
                }
                k += len;
            }
            None => k += 1,
        }
    }
    // A "discussed ... with" yields to the sentence's other meeting phrases ("X discussed Y with
    // Z in a phone call"), which tell the kind.
    if strong.is_empty() {
        discussed.or(weak).into_iter().collect()
    } else {
        strong
    }
}

fn sentence_kind(doc: &Doc<'_>, r: Range<usize>, hint: Option<MeetingKind>) -> MeetingKind {
    if let Some(k) = hint {
        return k;
    }
    // Every cue below has one of these words: most sentences need no scan. (`r` lies in one
    // sentence.)
    if !doc.sentence_may_have(doc.sentence_of_token(r.start), IDS.kind_words) {
        return MeetingKind::InPerson;
    }
    // "..., with Erdogan joining by phone": one participant's way in, not the meeting's kind.
    let joining = |x: usize| {
        (x.saturating_sub(3).max(r.start)..x)
            .any(|k| matches!(doc.low(k), "joining" | "joined" | "participating"))
    };
    // (Length and first byte before the string compare: most words fail on them.)
    let has = |w: &[&str]| {
        r.clone().any(|x| {
            let l = doc.low(x);
            w.iter().any(|c| {
                c.len() == l.len() && c.as_bytes().first() == l.as_bytes().first() && *c == l
            }) && !joining(x)
        })
    };
    if has(&PHONE_WORDS) {
        MeetingKind::PhoneCall
    } else if has(&VIRTUAL_WORDS)
        // "by video", "a video call"; not "played a video".
        || r.clone().any(|x| {
            doc.low(x) == "video"
                && ((x > r.start && matches!(doc.low(x - 1), "via" | "by" | "over"))
                    || (x + 1 < r.end
                        && matches!(
                            doc.low(x + 1),
                            "call" | "calls" | "conference" | "conferencing" | "link" | "meeting"
                                | "summit" | "talks" | "chat"
                        )))
        })
        // "held online meeting with X", "met online"
        || r.clone().any(|x| {
            doc.low(x) == "online"
                && ((x + 1 < r.end
                    && matches!(
                        doc.low(x + 1),
                        "meeting" | "meetings" | "talks" | "conference" | "consultations"
                            | "call" | "summit" | "discussion"
                    ))
                    || (x > r.start && matches!(doc.low(x - 1), "met" | "talks" | "held")))
        })
    {
        MeetingKind::VideoCall
    } else {
        MeetingKind::InPerson
    }
}

fn find_meetings(doc: &Doc<'_>, persons: &[Person], occ: &[Occurrence]) -> Vec<ArticleMeeting> {
    let ids = &*IDS;
    let official = |p: usize| !persons[p].titles.is_empty();
    let mut meetings: Vec<ArticleMeeting> = Vec::new();
    let mut last_subject: Option<usize> = None;
    // The sentence and subject of the latest meeting phrase that named no counterpart.
    let mut lone_subject: Option<(usize, usize)> = None;
    let mut by_sentence: Vec<Vec<&Occurrence>> = vec![Vec::new(); doc.sentences.len()];
    for o in occ {
        by_sentence[o.sentence].push(o);
    }
    for (si, r) in doc.sentence_tokens.iter().enumerate() {
        let triggers = find_triggers(doc, si, &by_sentence[si]);
        // Without a meeting phrase, a sentence matters only as the subject of later ones, or as
        // an attendance line for a meeting just told: most sentences need no more look.
        let since_meeting = meetings
            .last()
            // (A meeting may end its evidence in a later sentence: "his counterpart, Y".)
            .map(|m| si.saturating_sub(m.evidence.last().copied().unwrap_or(si)));
        let recent_meeting = since_meeting.is_some_and(|d| d <= 10);
        if triggers.is_empty()
            && !recent_meeting
            && !doc.sentence_may_have(si, ids.attendance)
            && !doc.sentence_may_have(si, ids.carried)
        {
            let first = by_sentence[si]
                .iter()
                .find(|o| !o.quoted && official(o.person))
                .filter(|o| !agent_after_by(doc, r.start, o.start));
            // "The Iranian foreign minister stressed ...": a reference as the subject, whom a
            // later "He also met ..." means.
            // ("On his Twitter account the Cuban official wrote ...": after an opening phrase.)
            let at = subject_after_opener(doc, r.clone());
            let reference = (doc.low(at) == "the" && first.is_none_or(|o| o.start > at + 1))
                .then(|| resolve_anaphors(doc, r.clone(), persons, occ, si))
                .and_then(|a| a.iter().find(|&&(_, t)| t == at).map(|&(p, _)| p));
            if let Some(p) = reference.or(first.map(|o| o.person)) {
                last_subject = Some(p);
            }
            continue;
        }
        let first_trigger = triggers.first().map(|t| t.token);
        // "... noted the importance of Putin's visit": a possessive after the meeting phrase names
        // someone talked about, not someone present.
        let possessive_after_trigger = |o: &Occurrence| {
            first_trigger.is_some_and(|t| o.start > t)
                && doc
                    .tokens()
                    .get(o.end)
                    .is_some_and(|t| t.kind == TokenKind::Possessive)
        };
        // "the meeting with the Yoon Suk-yeol administration's top man": a name that qualifies
        // a government names no one present.
        // ("support for the government of President X" neither.)
        let qualifies_a_government = |o: &Occurrence| {
            (o.end < r.end
                && matches!(
                    doc.low(o.end),
                    "administration" | "government" | "era" | "regime" | "cabinet"
                ))
                || (o.start >= r.start + 3
                    && doc.low(o.start - 1) != "and"
                    && (o.start.saturating_sub(4).max(r.start + 1)..o.start).any(|k| {
                        matches!(doc.low(k - 1), "government" | "administration" | "regime")
                            && doc.low(k) == "of"
                            // (not "Head of the Presidential Administration of Ukraine X": a
                            // country after "of" ends a title's complement)
                            && doc.tags.get(k + 1).is_none_or(|t| t.place().is_none())
                    }))
        };
        // "Before the meeting with Putin, Erdogan met with Rouhani": the opening clause tells of
        // another meeting, when a meeting phrase of its own follows.
        // ("Several days after the visit of X, Y welcomed Z", "Shortly before ...")
        let opening_clause_end = (r.start..r.end.min(r.start + 4))
            .take_while(|&k| {
                k == r.start
                    || matches!(
                        doc.low(k - 1),
                        "several"
                            | "a"
                            | "one"
                            | "two"
                            | "three"
                            | "few"
                            | "days"
                            | "day"
                            | "hours"
                            | "weeks"
                            | "shortly"
                            | "soon"
                            | "just"
                            | "immediately"
                            | "moments"
                            | "minutes"
                            | "only"
                    )
            })
            .any(|k| {
                matches!(
                    doc.low(k),
                    "before" | "after" | "following" | "ahead" | "prior" | "having"
                )
            })
            .then(|| (r.start + 1..r.end).find(|&k| doc.low(k) == ","))
            .flatten()
            .filter(|&comma| triggers.iter().any(|t| t.strong && t.token > comma));
        let in_opening_clause = |o: &Occurrence| opening_clause_end.is_some_and(|c| o.end <= c);
        // "..., who are accompanying Indonesian President X on his visit": whom the people met
        // came with, not at the meeting.
        let accompanied_by_them = |o: &Occurrence| {
            (o.start.saturating_sub(5).max(r.start + 2)..o.start).any(|k| {
                doc.low(k) == "accompanying"
                    && matches!(doc.low(k - 1), "are" | "is" | "were" | "was")
                    && doc.low(k - 2) == "who"
            })
            // "X had accompanied Prime Minister Y in a courtesy visit to Thailand": whom the
            // subject travelled with, before the visit.
            || (first_trigger.is_some_and(|t| {
                t > o.end && (t..(t + 3).min(r.end)).any(|x| VISIT.contains(&doc.low(x)))
            })
                && (o.start.saturating_sub(5).max(r.start + 1)..o.start).any(|k| {
                    matches!(doc.low(k), "accompanied" | "accompanies" | "accompanying")
                        && !matches!(doc.low(k - 1), "was" | "were" | "is" | "are" | "be" | "been")
                        && (k + 1..o.start).all(|x| doc.low(x) != ",")
                }))
        };
        // Named in passing, not at the meeting: "X, Special Envoy of President Y, called on Z":
        // whose envoy X is.
        let named_in_passing = |o: &Occurrence| {
            let mut t = o.start;
            while t > r.start && doc.is_capitalised(t - 1) && doc.tags[t - 1].place().is_none() {
                t -= 1;
            }
            let principal = || {
                t < o.start
                    && t >= r.start + 2
                    && matches!(doc.low(t - 1), "of" | "to")
                    && matches!(
                        doc.low(t - 2),
                        "envoy"
                            | "emissary"
                            | "representative"
                            | "adviser"
                            | "advisor"
                            | "counselor"
                            | "counsellor"
                            | "messenger"
                    )
            };
            // ... nor who sent "greetings from President Y" (a letter's writer is in the
            // letter's own meeting).
            let sender = || {
                t > r.start + 1
                    && doc.low(t - 1) == "from"
                    && matches!(doc.low(t - 2), "greetings" | "regards" | "congratulations")
            };
            // ... nor whose plan the talks were about ("discussed with X the proposal of the
            // UN envoy, Y").
            let author = || {
                (o.start.saturating_sub(7).max(r.start + 1)..o.start).any(|k| {
                    doc.low(k) == "of"
                        && matches!(
                            doc.low(k - 1),
                            "proposal"
                                | "proposals"
                                | "plan"
                                | "initiative"
                                | "roadmap"
                                | "efforts"
                        )
                        && (k + 1..o.start).all(|x| {
                            matches!(doc.low(x), "the" | ",")
                                || doc.is_capitalised(x)
                                || doc.tags[x].head().is_some()
                                || doc.tags[x].modifier().is_some()
                        })
                })
            };
            // ... nor whom the subject stands in for ("X, who is representing President Y at
            // the summit").
            let represented = || {
                t >= r.start + 2
                    && doc.low(t - 1) == "representing"
                    && matches!(doc.low(t - 2), "is" | "was" | "who")
            };
            // ... nor whom the subject answers to ("X, who reports directly to US President,
            // Y, thanked Z").
            let superior = || {
                (o.start.saturating_sub(6).max(r.start + 2)..o.start).any(|k| {
                    doc.low(k) == "to"
                        && (matches!(doc.low(k - 1), "reports" | "reported" | "answers")
                            || (doc.low(k - 1) == "directly"
                                && k >= r.start + 3
                                && matches!(doc.low(k - 2), "reports" | "reported" | "answers")))
                        && (k + 1..o.start).all(|x| doc.is_capitalised(x) || doc.low(x) == ",")
                })
            };
            // (In order of cost: the author's look-back is the longest.)
            principal() || sender() || represented() || superior() || author()
        };
        // "defence spokesman, X, said the CDS also had talks with Y": who reports the meeting
        // of others.
        let spokesperson_reporting = |o: &Occurrence| {
            let k = o.end + usize::from(o.end < r.end && doc.low(o.end) == ",");
            k < r.end
                && REPORTING.contains(&doc.low(k))
                && first_trigger.is_some_and(|t| t > k + 1)
                && !persons[o.person].titles.is_empty()
                && persons[o.person].titles.iter().all(|t| speaks_for(t))
        };
        // "X visited the 'Raja Kita' Exhibition, which featured collections of Sultan Y": who a
        // clause about a place visited names is not visited.
        let in_a_visited_things_clause = |o: &Occurrence| {
            first_trigger.is_some_and(|t| {
                t + 2 < o.start
                    && matches!(doc.low(t), "visited" | "toured" | "visits" | "tours")
                    && doc.low(t + 1) == "the"
                    && (t + 2..o.start).any(|x| doc.low(x) == "which" && doc.low(x - 1) == ",")
            })
        };
        let here: Vec<&Occurrence> = by_sentence[si]
            .iter()
            .copied()
            .filter(|o| {
                !o.quoted
                    && !in_a_visited_things_clause(o)
                    && official(o.person)
                    && !possessive_after_trigger(o)
                    && !qualifies_a_government(o)
                    && !in_opening_clause(o)
                    && !accompanied_by_them(o)
                    && !named_in_passing(o)
                    && !spokesperson_reporting(o)
            })
            .collect();
        // A source named after a complete meeting clause is not a participant.
        let here: Vec<&Occurrence> = here
            .iter()
            .filter(|o| {
                // Fewer than two other people named before it.
                let mut before = here
                    .iter()
                    .filter(|x| x.start < o.start && x.person != o.person)
                    .map(|x| x.person);
                // ("The two leaders discussed ..., Minister X said": two people told of by the
                // subject, if not named.)
                let plural_subject = r.len() > 2
                    && (doc.low(r.start) == "they"
                        || (doc.low(r.start) == "the"
                            && (matches!(
                                doc.low(r.start + 1),
                                "leaders" | "presidents" | "sides"
                            ) || (doc.low(r.start + 1) == "two"
                                && matches!(
                                    doc.low(r.start + 2),
                                    "leaders" | "presidents" | "ministers" | "sides"
                                )))));
                let few = match before.next() {
                    None => true,
                    Some(first) => before.all(|p| p == first),
                };
                // ("..., State Department spokesperson X said": a spokesperson who reports it)
                // (Tested last, only when the rest leaves the answer open: it lower-cases titles.)
                let spokesperson = || persons[o.person].titles.iter().any(|t| speaks_for(t));
                // "..., according to Oli's personal aide X": the source, however few are named.
                // (Unless the source was there: "..., according to X, Minister of Foreign
                // Affairs of Ethiopia who attended the meeting".)
                let attended_it = || {
                    (o.end..r.end.saturating_sub(1).min(o.end + 12)).any(|k| {
                        doc.low(k) == "who" && matches!(doc.low(k + 1), "attended" | "participated")
                    })
                };
                // (Not "According to the Kremlin, X also took part": the source ends at its
                // comma.)
                let according_to = (o.start.saturating_sub(8).max(r.start + 1)..o.start).any(|k| {
                    doc.low(k - 1) == "according"
                        && doc.low(k) == "to"
                        && first_trigger.is_none_or(|t| t < k)
                        && !(k + 1..o.start).any(|x| doc.low(x) == ",")
                }) && !attended_it();
                let few = few && !(plural_subject && !attended_it());
                !according_to
                    && ((few && !names_a_quote(doc, o, r.clone()) && !spokesperson())
                        || !is_attribution(doc, o, r.clone(), first_trigger))
            })
            .copied()
            .collect();
        // "Following his meeting yesterday with Omani Foreign Minister X, Y met with Z": the
        // opening clause tells of the subject's own earlier meeting, with the day it gives.
        if let Some(comma) = opening_clause_end
            && let Some((k, _)) = own_earlier_meeting_clause(doc, r.clone())
            && let Some(with) = (k + 2..comma.min(k + 7)).find(|&x| doc.low(x) == "with")
            && let Some(subject) = here.first().filter(|o| o.start <= comma + 4)
        {
            let mut participants: Vec<usize> = by_sentence[si]
                .iter()
                .filter(|o| o.start > with && o.end <= comma && !o.quoted && official(o.person))
                .map(|o| o.person)
                .collect();
            if !participants.is_empty() && !participants.contains(&subject.person) {
                participants.push(subject.person);
                participants.sort_unstable();
                participants.dedup();
                let clause = doc.tokens()[k].start..doc.tokens()[comma].start;
                let base = doc.sentences[si].start;
                let mut m =
                    ArticleMeeting::told(participants, vec![si], MeetingKind::InPerson, k + 2, 0.7);
                m.date_at = doc
                    .sentence_dates(si)
                    .iter()
                    .find(|d| clause.contains(&(base + d.start)))
                    .map(|d| base + d.start);
                meetings.push(m);
            }
        }
        // Everyone the sentence names or refers to, with the token where they stand.
        let mut named: Vec<(usize, usize)> = here.iter().map(|o| (o.person, o.start)).collect();
        named.extend(resolve_anaphors(doc, r.clone(), persons, occ, si));
        named.sort_by_key(|&(_, t)| t);
        // "met the Japanese community at the official residence of the Japanese Ambassador X":
        // whose home is the venue is not met for it.
        if let Some(t0) = first_trigger {
            named.retain(|&(_, t)| {
                let of = (t.saturating_sub(10).max(t0 + 1)..t).find(|&k| {
                    doc.low(k) == "of" && matches!(doc.low(k - 1), "residence" | "home")
                });
                of.is_none_or(|of| {
                    !(of + 1..t).all(|x| {
                        doc.is_capitalised(x)
                            || matches!(doc.low(x), "the" | "to" | "in" | "of" | "for" | ".")
                            || doc.tokens()[x].kind == TokenKind::Possessive
                    })
                })
            });
        }
        // "Spokesman X said the prime minister met Y": the source of the report, named before it
        // and its subject, is not in the meeting.
        if let Some(t0) = first_trigger {
            // "Yang, the first senior official to visit since Trump took office, also met with
            // A": whom the subject's appositive names is not in the meeting.
            if let Some(&(_, at)) = named.first()
                && at == r.start
                && let Some(end) = here.iter().find(|o| o.start == at).map(|o| o.end)
                && end + 2 < t0
                && doc.low(end) == ","
            {
                let mut k = t0;
                while k > end + 1
                    && matches!(doc.low(k - 1), "also" | "later" | "then" | "has" | "had")
                {
                    k -= 1;
                }
                if k > end + 2
                    && doc.low(k - 1) == ","
                    && !(end + 1..k - 1).any(|x| matches!(doc.low(x), "and" | "," | "who"))
                {
                    named.retain(|&(_, t)| t <= end || t >= k);
                }
            }
            let speakers: Vec<usize> = here
                .iter()
                .filter(|o| {
                    // Not "X told Y in a phone call": Y is who X spoke to ("told reporters" is a
                    // report).
                    o.end < t0
                        && REPORTING.contains(&doc.low(o.end))
                        && !(matches!(doc.low(o.end), "told" | "tells")
                            && o.end + 1 < r.end
                            && doc.is_capitalised(o.end + 1))
                        && named
                            .iter()
                            .any(|&(p, t)| p != o.person && t > o.end && t < t0)
                })
                .map(|o| o.start)
                .collect();
            named.retain(|(_, t)| !speakers.contains(t));
            // "X, who is representing China in place of Foreign Minister Y": Y is not there.
            // ("... was received on behalf of the Sultan by X")
            let stand_ins: Vec<usize> = (r.start + 2..r.end)
                .filter(|&k| {
                    doc.low(k) == "of"
                        && (matches!(doc.low(k - 1), "instead")
                            || (doc.low(k - 1) == "place" && doc.low(k - 2) == "in")
                            || (doc.low(k - 1) == "behalf" && doc.low(k - 2) == "on"))
                })
                .filter_map(|k| named.iter().find(|&&(_, t)| t > k && t <= k + 5))
                .map(|&(p, _)| p)
                .collect();
            named.retain(|(p, _)| !stand_ins.contains(p));
            // "a courtesy call from X, a special envoy of the eSwatini monarch and head of state
            // King Y": whom the envoy serves, named in the envoy's title, is not there.
            // (Only in apposition after a comma: in "Adviser to the Leader X met ...", X is the
            // adviser.)
            let served: Vec<usize> = (r.start + 3..r.end)
                .filter(|&k| {
                    serves_someone(doc, k)
                        && (k.saturating_sub(4).max(r.start + 1)..k - 1).any(|a| {
                            matches!(doc.low(a), "a" | "an" | "the") && doc.low(a - 1) == ","
                        })
                })
                .filter_map(|k| {
                    named.iter().find(|&&(_, t)| {
                        t > k && t <= k + 10 && (k..t).all(|x| !matches!(doc.low(x), "," | ";"))
                    })
                })
                .map(|&(p, _)| p)
                .collect();
            named.retain(|(p, _)| !served.contains(p));
            // "discussed preparations for a phone call between A and B": a planned meeting's
            // people, talked about.
            if let Some(planned_from) = (r.start + 1..r.end.saturating_sub(1)).find(|&k| {
                (doc.word(k + 1) == ids.between || doc.word(k + 1) == ids.with)
                    && matches!(doc.low(k), MEETING_NOUNS!() | "call" | "visit" | "summit")
                    && (k.saturating_sub(4).max(r.start)..k).any(|x| {
                        doc.word_flags(x) & vocab::NOT_YET != 0
                            && !doc.is_capitalised(x)
                            // (Not the "to" of "paid a visit to Moscow and held talks with X",
                            // nor of "paid a visit to Moscow to hold talks with X".)
                            && !(doc.low(x) == "to"
                                && x > r.start
                                && (matches!(
                                    doc.low(x - 1),
                                    "visit" | "trip" | "travelled" | "traveled" | "flew" | "went"
                                ) || purpose_of_a_trip_made(doc, r.clone(), x)))
                            && !refers_to(doc, r.start, x)
                    })
            }) {
                named.retain(|&(_, t)| t < planned_from);
            }
            // "X, the Special Envoy of US President-elect Y": Y, titled inside the complement of
            // an envoy's or adviser's title, is whom X serves, not someone at the meeting.
            let principals: Vec<usize> = here
                .iter()
                .filter(|o| {
                    let mut k = o.start;
                    // Back over the principal's own title ("US President-elect").
                    let mut titled = false;
                    while k > r.start + 2 && o.start - k < 10 {
                        // ("of Democratic Republic of Congo (DRC) President, Y": a place with
                        // "of" in it, an acronym in brackets, a comma before the name.)
                        if let Some((n, _, _)) = doc.place_ending_at(k).filter(|p| p.0 > 1) {
                            k -= n;
                            continue;
                        }
                        let bracket = matches!(doc.low(k - 1), "(" | ")");
                        let comma = k == o.start
                            && doc.low(k - 1) == ","
                            && doc.tags[k - 2].head().is_some();
                        if !(bracket
                            || comma
                            || ((doc.tags[k - 1].head().is_some()
                                || doc.tags[k - 1].modifier().is_some()
                                || doc.tags[k - 1].place().is_some()
                                || doc.tokens()[k - 1].kind == TokenKind::Possessive
                                || doc.is_capitalised(k - 1))
                                && !matches!(doc.low(k - 1), "of" | "to" | "for")))
                        {
                            break;
                        }
                        titled |= doc.tags[k - 1].head().is_some();
                        k -= 1;
                    }
                    // "Special Envoy of H. E. Y" or "of Y": the name right after the "of", past
                    // an honorific, is the principal too (a place between would be the posting:
                    // "Special Envoy for Syria Y").
                    if !titled && k == o.start {
                        titled = true;
                        if let Some(h) = (k.saturating_sub(4).max(r.start)..k)
                            .find(|&h| doc.tags[h].honorific() == Some(k - h))
                        {
                            k = h;
                        }
                    }
                    k >= r.start + 2
                        && titled
                        && matches!(doc.low(k - 1), "of" | "to" | "for")
                        && doc.tags[k - 2].head().is_some_and(|(_, envoy)| {
                            envoy
                                || matches!(
                                    doc.low(k - 2),
                                    "adviser"
                                        | "advisor"
                                        | "aide"
                                        | "counselor"
                                        | "counsellor"
                                        | "spokesperson"
                                        | "spokesman"
                                        | "spokeswoman"
                                        | "assistant"
                                )
                        })
                })
                .map(|o| o.person)
                .collect();
            named.retain(|(p, _)| !principals.contains(p));
            // "delivered a verbal message from President X", "conveyed the greetings of X": who
            // sent what a visitor carried is not at the meeting (but writes a letter received).
            // ("X has extended an invitation to Y when the two leaders met in Malta": the two
            // named are whom the meeting phrase means.)
            let the_two_met = {
                let t = triggers[0].token;
                t >= r.start + 3 && doc.low(t - 3) == "the" && doc.low(t - 2) == "two"
            };
            if triggers[0].kind != Some(MeetingKind::Letter) && !the_two_met {
                // "bearer of a written message to King X from the President of Y, Z": its
                // addressee and writer, each the first person named after the word (past a
                // title), are not there either.
                let message = |k: usize| {
                    matches!(
                        doc.low(k),
                        "message" | "greetings" | "letter" | "invitation" | "wishes"
                    )
                };
                let senders: Vec<usize> = (r.start + 1..r.end)
                    .filter(|&f| {
                        let noun = doc.low(f - 1);
                        (doc.low(f) == "from"
                            && (message(f - 1)
                                || (f.saturating_sub(8).max(r.start)..f).any(message)))
                            || (doc.low(f) == "of" && matches!(noun, "greetings" | "wishes"))
                            || (doc.low(f) == "to" && message(f - 1))
                    })
                    .flat_map(|f| {
                        // "greetings to President X and Premier Y": everyone it is addressed to.
                        let window = if doc.low(f) == "to" { 12 } else { 1 };
                        let named = &named;
                        named
                            .iter()
                            .filter(move |&&(_, t)| t > f && t <= f + 12)
                            .take(window)
                            // ("X received a call from Y, expressing wishes to the Amir": the
                            // Amir, X named before, is at it.)
                            .filter(move |&&(p, _)| !named.iter().any(|&(q, t)| q == p && t < f))
                    })
                    .map(|&(p, _)| p)
                    .collect();
                named.retain(|(p, _)| !senders.contains(p));
            }
        }
        // "Barrack, a longtime friend of Trump, presented his credentials to X": someone named in
        // a description of the subject, between commas before the meeting phrase, is not there.
        if let Some(t0) = first_trigger {
            let described: Vec<usize> = here
                .iter()
                .filter(|o| {
                    let Some(open) = (r.start + 1..o.start).rev().find(|&k| doc.tok(k) == ",")
                    else {
                        return false;
                    };
                    let closed = (o.end..t0).any(|k| doc.tok(k) == ",");
                    closed
                        && matches!(doc.low(open + 1), "a" | "an")
                        && here.iter().any(|s| s.end == open)
                })
                .map(|o| o.person)
                .collect();
            named.retain(|(p, _)| !described.contains(p));
        }
        // The tokens (from, to) whose people are in no meeting of the clause, set once the
        // clause is known (see `first_predicates_object`).
        let not_in_it = std::cell::Cell::new((0, 0));
        let people_in = |range: Range<usize>| {
            let (from, to) = not_in_it.get();
            if from == to {
                people_named_in(&named, range)
            } else {
                let kept: Vec<(usize, usize)> = named
                    .iter()
                    .copied()
                    .filter(|&(_, t)| !(from..to).contains(&t))
                    .collect();
                people_named_in(&kept, range)
            }
        };
        let words = || r.clone().map(|x| doc.low(x));
        // "X held talks with Y, with whom he co-chaired a forum attended by 500 companies": the
        // sentence's own meeting, not an attendance line of the one before.
        // ("They also conferred on ..., according to X who attended the meeting": the meeting
        // just told, told again by its pronoun, is not one of the sentence's own.)
        let told_again_by_they =
            doc.low(r.start) == "they" && named.iter().all(|&(_, t)| t > r.start + 3);
        let own_meeting_before =
            |x: usize| !told_again_by_they && triggers.iter().any(|t| t.strong && t.token < x);
        let attendance = doc.sentence_may_have(si, ids.attendance)
            && (r
                .clone()
                .any(|x| {
                    let w = doc.word(x);
                    (w == ids.attended || w == ids.presence
                        // "Attending the talks from the Korean side were X and Y."
                        || (w == ids.attending && x == r.start))
                        && !own_meeting_before(x)
                        // Not "X also participated in the Global Call ..., opened by Y, in the
                        // presence of Z": the presence at the event X went to.
                        && !(w == ids.presence
                            && (r.start..x).any(|y| {
                                matches!(doc.low(y), "participated" | "attended" | "part")
                            }))
                        // Not "the trilateral meeting he attended at the White House": another
                        // meeting, which he went to.
                        && !(w == ids.attended
                            && x > r.start
                            && matches!(doc.low(x - 1), "he" | "she" | "they" | "we" | "i"))
                })
                || (r.start + 1..r.end)
                    .any(|x| doc.word(x - 1) == ids.took && doc.word(x) == ids.part)
                // "The Russian delegation at the talks included X, ..., while the other side was
                // represented by Y", "The Sri Lankan side at the talks included X"
                || (r.clone().any(|x| {
                    doc.word(x) == ids.delegation || matches!(doc.low(x), "side" | "entourage")
                })
                    && r.clone().any(|x| {
                        doc.word(x) == ids.included
                            || doc.word(x) == ids.represented
                            || matches!(
                                doc.low(x),
                                "comprises" | "comprised" | "includes" | "consisted" | "consists"
                            )
                            // "X was leading a delegation of MPs, including A and B" (not "the
                            // two sides discussed issues including trade")
                            || (doc.low(x) == "including"
                                && (r.start..x).any(|y| doc.word(y) == ids.delegation))
                    })));
        // "X and Y also attended.": attended with no object, so the meeting just told.
        // One scan for the ways a sentence adds people to the meeting just told.
        let attended_it = (doc.sentence_may_have(si, ids.attended_it)
            || ids
                .took_part
                .iter()
                .all(|&bits| doc.sentence_may_have(si, bits)))
            && r.clone().any(|x| {
                let w = doc.word(x);
                let next = |n: usize| (x + n < r.end).then(|| doc.low(x + n));
                let ends_after = || matches!(next(1), None | Some("."));
                let ends_after_at = |n: usize| matches!(next(n), None | Some("."));
                // "X and Y also attended.", "Cai and Wang attended the events." (not "the lunch
                // hosted by X, which Y also attended.": the sentence's own meeting)
                // (not "... were among the leaders who attended.": the event they attended)
                (w == ids.attended
                    && !own_meeting_before(x)
                    && !(x > r.start && doc.low(x - 1) == "who")
                    && (ends_after()
                        || (matches!(next(1), Some("the" | "both"))
                            && matches!(next(2), Some(MEETING_NOUNS!()))
                            && matches!(next(3), None | Some(".")))))
                    // "The ceremony was witnessed by A and B": the credentials ceremony just told.
                    || (doc.low(x) == "witnessed"
                        && next(1) == Some("by")
                        && x >= r.start + 3
                        && doc.low(r.start) == "the"
                        && matches!(
                            doc.low(r.start + 1),
                            MEETING_NOUNS!() | "signing"
                        ))
                    // "The pair were joined by X.", "Vice President X joined the call."
                    // ("X was joined at the table by A and B")
                    || (w == ids.joined
                        // ("the presidents, to be joined by X, will gather": a plan)
                        && !(x >= r.start + 2
                            && doc.low(x - 1) == "be"
                            && matches!(doc.low(x - 2), "to" | "will"))
                        && (next(1) == Some("by")
                            || (matches!(next(1), Some("at" | "in"))
                                && (2..6).any(|n| next(n) == Some("by"))
                                && (1..5).all(|n| next(n) != Some(",")))
                            || (next(1) == Some("the")
                                && matches!(next(2), Some("call" | "meeting" | "talks")))))
                    // "X was accompanied by Foreign Minister Z." (not "X, accompanied by Z, met
                    // Y", a meeting of its own)
                    // ("... accompanied by Z during the meeting": the meeting just told)
                    // ("X was accompanied in the talks by A and B")
                    // "X accompanied them on the meeting", "X accompanied him to the talks."
                    || (w == ids.accompanied
                        && matches!(next(1), Some("them" | "him" | "her"))
                        && (ends_after_at(2)
                            || (matches!(next(2), Some("on" | "at" | "in" | "during" | "to"))
                                && next(3) == Some("the")
                                && matches!(next(4), Some(MEETING_NOUNS!() | "call" | "visit")))))
                    // ("Ambassador X accompanied Chairperson during the meeting", "... accompanied
                    // the minister at the talks": whom, in a word or three)
                    || (w == ids.accompanied
                        && (2..=4).any(|n| {
                            matches!(next(n), Some("on" | "at" | "in" | "during" | "to"))
                                && next(n + 1) == Some("the")
                                && matches!(next(n + 2), Some(MEETING_NOUNS!() | "call"))
                                && (1..n).all(|m| {
                                    next(m).is_some_and(|t| !matches!(t, "," | "by" | "to"))
                                })
                        }))
                    || (w == ids.accompanied
                        && (next(1) == Some("by")
                            || (matches!(next(1), Some("in" | "at" | "during" | "to"))
                                && matches!(next(2), Some("the"))
                                // ("accompanied at the call by": a courtesy call)
                                && matches!(next(3), Some(MEETING_NOUNS!() | "call"))
                                && next(4) == Some("by")))
                        // ("During the phone call, X was accompanied by Z" too)
                        && triggers.iter().all(|t| {
                            t.token >= r.start + 2
                                && matches!(doc.low(t.token - 1), "the" | "that" | "this")
                                && matches!(doc.low(t.token - 2), "during" | "at" | "in")
                        }))
                    // "X, Y and other officials of the ministry participated.": no object, so
                    // the meeting just told.
                    // ("X also took part.")
                    || ((w == ids.participated
                        || (w == ids.took
                            && next(1) == Some("part")
                            && matches!(next(2), None | Some("."))))
                        && !own_meeting_before(x)
                        && (ends_after()
                            || w == ids.took
                            // "X and Y also participated in the meeting."
                            || (w == ids.participated
                                && next(1) == Some("in")
                                && next(2) == Some("the")
                                && matches!(
                                    next(3),
                                    Some(MEETING_NOUNS!() | "discussion" | "call" | "dialogue")
                                )
                                && matches!(next(4), None | Some(".")))))
                    // "X and Y were also in attendance."
                    || (w == ids.in_attendance
                        && x > r.start + 1
                        && doc.low(x - 1) == "in"
                        && matches!(doc.low(x - 2), "also" | "was" | "were")
                        && !own_meeting_before(x)
                        && ends_after())
                    // "A and B accompanied the US Consul General.": the visitor of the meeting
                    // just told, named by title alone.
                    || (w == ids.accompanied
                        && next(1) == Some("the")
                        && !own_meeting_before(x)
                        && (2..7).any(|n| {
                            ends_after_at(n)
                                && (x + 2..x + n).all(|y| {
                                    doc.is_capitalised(y) || doc.tags[y].place().is_some()
                                })
                                && (x + 2..x + n).any(|y| doc.tags[y].head().is_some())
                        }))
                    // "X and Y were among the guests (at the dinner)."
                    || (doc.low(x) == "among"
                        && next(1) == Some("the")
                        && matches!(next(2), Some("guests" | "attendees" | "participants")))
                    // "A and B were also there to receive the High Commissioner."
                    || (doc.low(x) == "there"
                        && x > r.start
                        && matches!(doc.low(x - 1), "also" | "was" | "were")
                        && next(1) == Some("to")
                        && matches!(next(2), Some("receive" | "welcome" | "greet")))
                    // "Foreign Minister X was also present (at both meetings)."
                    // ("... were present at the video call.")
                    || (w == ids.present
                        && x > r.start
                        && matches!(doc.low(x - 1), "also" | "was" | "were")
                        && (ends_after()
                            // "... were present to receive the sultan"
                            || (next(1) == Some("to")
                                && matches!(next(2), Some("receive" | "welcome" | "greet")))
                            || (matches!(next(1), Some("at" | "during" | "in"))
                                && matches!(next(2), Some("the" | "both"))
                                // ("... were also present during the call": a courtesy call)
                                && ((matches!(next(3), Some(MEETING_NOUNS!() | "call"))
                                    && matches!(
                                        next(4),
                                        None | Some("." | "," | "on" | "in" | "at" | "held")
                                    ))
                                    || (matches!(
                                        next(3),
                                        Some("video" | "phone" | "telephone" | "virtual")
                                    ) && matches!(
                                        next(4),
                                        Some("call" | "conference" | "meeting")
                                    ) && matches!(next(5), None | Some("." | ",")))
                                    // ("... were also present at the welcoming ceremony")
                                    || (next(3).is_some_and(|w| w.ends_with("ing"))
                                        && matches!(next(4), Some(MEETING_NOUNS!()))
                                        && matches!(next(5), None | Some("." | ",")))))))
            });
        // "Also present was X": the meeting just told.
        // "Presenting their credentials were X, Y and Z."
        let presenting_credentials = r.len() > 4
            && doc.low(r.start) == "presenting"
            && doc.low(r.start + 2) == "credentials";
        // "The Ukrainian delegation is headed by ...", "The American side is represented by ...".
        // ... or "From the U.S. side, it was attended by X and Y".
        let side_as_subject = r.len() > 4
            && (doc.low(r.start) == "the"
                || (doc.low(r.start) == "from" && doc.low(r.start + 1) == "the"))
            && (r.start + 1..r.start + 5)
                .any(|x| matches!(doc.low(x), "side" | "delegation" | "sides" | "delegations"));
        // ... or "Also in the room were X and Y".
        // ... or "Also in attendance were X and Y".
        let also_present = r.len() > 4
            && doc.low(r.start) == "also"
            && (doc.low(r.start + 1) == "present"
                || (doc.low(r.start + 1) == "in" && doc.low(r.start + 2) == "attendance")
                || (doc.low(r.start + 1) == "in"
                    && doc.low(r.start + 2) == "the"
                    && matches!(doc.low(r.start + 3), "room" | "meeting" | "talks")))
            || (presenting_credentials && doc.low(r.start + 3) == "were")
            // "A, B and other officials were present on the occasion", "A and B were present
            // during the meeting": the people named before it.
            || (r.len() > 4
                && (r.start + 2..r.end.saturating_sub(1)).any(|x| {
                    let p = x + usize::from(doc.low(x + 1) == "also") + 1;
                    matches!(doc.low(x), "were" | "was")
                        && p < r.end
                        && doc.low(p) == "present"
                        && (p + 1 >= r.end
                            || doc.tokens()[p + 1].kind == TokenKind::Punct
                            || (doc.low(p + 1) == "on"
                                && p + 3 < r.end
                                && doc.low(p + 2) == "the"
                                && doc.low(p + 3) == "occasion")
                            || (matches!(doc.low(p + 1), "at" | "during" | "in")
                                && p + 3 < r.end
                                && doc.low(p + 2) == "the"
                                && matches!(doc.low(p + 3), MEETING_NOUNS!() | "call")))
                }))
            // "Among those present were X, Y and Z", "Among those attending the talks were ...".
            || (r.len() > 5
                && doc.low(r.start) == "among"
                && doc.low(r.start + 1) == "those"
                && matches!(doc.low(r.start + 2), "present" | "attending" | "who")
                && (r.start + 3..r.end.min(r.start + 9)).any(|x| matches!(doc.low(x), "were" | "was")))
            // "Present in the expanded meeting were X, Y and Z", "Present at the talks from the
            // DPRK side were ...", "Present from the Russian side were ...".
            || (r.len() > 5
                && doc.low(r.start) == "present"
                && ((matches!(doc.low(r.start + 1), "at" | "in" | "during")
                    && (r.start + 2..r.end.min(r.start + 7))
                        .any(|x| matches!(doc.low(x), MEETING_NOUNS!())))
                    || (doc.low(r.start + 1) == "from"
                        && (r.start + 2..r.end.min(r.start + 7)).any(|x| doc.low(x) == "side")))
                && (r.start + 3..r.end.min(r.start + 11)).any(|x| matches!(doc.low(x), "were" | "was")))
            // "Present at the forecourt to welcome President X are A, B and C".
            || (r.len() > 6
                && doc.low(r.start) == "present"
                && (r.start + 1..r.end.min(r.start + 10)).any(|x| {
                    doc.low(x) == "to" && matches!(doc.low(x + 1), "welcome" | "receive" | "greet")
                })
                && (r.start + 3..r.end.min(r.start + 16))
                    .any(|x| matches!(doc.low(x), "were" | "was" | "are" | "is")))
            // "Philippine officials present were A, B and C."
            || (r.len() > 5
                && doc.sentence_may_have(si, ids.present_word)
                && (r.start + 1..r.end - 2).any(|x| {
                    doc.low(x) == "present"
                        && matches!(doc.low(x + 1), "were" | "was")
                        && matches!(doc.low(x - 1), "officials" | "ministers" | "also")
                }))
            // "X and Y were also at the meeting."
            || (r.len() > 6
                && doc.sentence_may_have(si, ids.also)
                && (r.start + 2..r.end - 3).any(|x| {
                    doc.low(x) == "also"
                        && matches!(doc.low(x - 1), "was" | "were")
                        && doc.low(x + 1) == "at"
                        && doc.low(x + 2) == "the"
                        && matches!(doc.low(x + 3), MEETING_NOUNS!())
                }))
            // "Accompanying X to meet with the King were A, B and C": X's companions, at the
            // meeting just told.
            || (r.len() > 5 && {
                let j = r.start + usize::from(doc.low(r.start) == "also");
                doc.low(j) == "accompanying"
                    && (j + 2..r.end.min(j + 14)).any(|x| matches!(doc.low(x), "were" | "was"))
            })
            // "Joining the meeting was X", "Also joining the talks were X and Y".
            || (r.len() > 5 && {
                let j = r.start + usize::from(doc.low(r.start) == "also");
                doc.low(j) == "joining"
                    && matches!(doc.low(j + 1), "the" | "them" | "him" | "her")
                    && (j + 1..r.end.min(j + 5)).any(|x| matches!(doc.low(x), MEETING_NOUNS!() | "them" | "him" | "her"))
                    && (j + 2..r.end.min(j + 7)).any(|x| matches!(doc.low(x), "were" | "was"))
            })
            // "Also taking part in the meeting was X", "Taking part in the talks were X and Y",
            // "Also participating on the Cuban side were X and Y".
            || (r.len() > 6
                && (doc.low(r.start) == "also"
                    || (doc.low(r.start) == "taking" && doc.low(r.start + 1) == "part"))
                && matches!(doc.low(r.start + 1), "taking" | "participating" | "part")
                && (r.start + 2..r.end.min(r.start + 7))
                    .any(|x| matches!(doc.low(x), MEETING_NOUNS!() | "side"))
                && (r.start + 3..r.end.min(r.start + 9)).any(|x| matches!(doc.low(x), "were" | "was")));
        // "The call was co-hosted by X and Y and also included Z": the meeting just told, by its
        // noun.
        // "The summit": the meeting just told when it was told as a summit, not as a meeting on
        // a summit's sidelines, nor one after the summit a host held.
        // Whether the meeting just told was told with one of `words`.
        let told_as = |words: &[&str]| {
            meetings.last().is_some_and(|m| {
                m.evidence.iter().any(|&e| {
                    doc.sentence_tokens[e]
                        .clone()
                        .any(|x| words.contains(&doc.low(x)))
                })
            })
        };
        let told_as_summit =
            || told_as(&["summit"]) && !told_as(&["sidelines", "margins", "sideline", "margin"]);
        let told_by_its_noun = recent_meeting
            && r.len() > 3
            && doc.low(r.start) == "the"
            && (matches!(
                doc.low(r.start + 1),
                MEETING_NOUNS!() | "call" | "conference" | "lunch" | "dinner"
            ) || (doc.low(r.start + 1) == "summit" && told_as_summit()))
            && r.clone()
                .any(|x| matches!(doc.low(x), "included" | "co-hosted" | "hosted" | "joined"));
        // "B, R and L joined Trump at the table, while Xi was flanked by W and H": people who
        // joined, or flanked, someone of the meeting just told.
        let joined_a_participant = || {
            let last =
                latest_told(&meetings).map_or(&[][..], |i| meetings[i].participants.as_slice());
            // (also "joined Biden in the Roosevelt Room for the meeting", "joined President X
            // for the engagements")
            triggers.iter().all(|t| {
                (t.token > r.start && doc.low(t.token - 1) == "the") || doc.low(t.token) == "joined"
            }) && doc.sentence_may_have(si, ids.joined_or_flanked)
                && (r.start + 1..r.end).any(|x| {
                    let person_at =
                        |t: usize| named.iter().any(|&(p, at)| at == t && last.contains(&p));
                    (doc.low(x - 1) == "joined"
                        && (person_at(x)
                            // "joined President X"
                            || doc.tags[x].head().is_some_and(|(n, _)| person_at(x + n))
                            // "joined the president for the talks"
                            || (doc.low(x) == "the"
                                && x + 1 < r.end
                                && doc.tags[x + 1].head().is_some()
                                && !last.is_empty())))
                        || (doc.low(x - 1) == "flanked"
                            && doc.low(x) == "by"
                            && (x.saturating_sub(4).max(r.start)..x - 1).any(person_at))
                })
        };
        // "X, Y and Z attended the meeting on the Chinese side", many sentences of remarks
        // after the meeting was told: "the meeting" is still the one told last.
        let referred = recent_meeting
            || (since_meeting.is_some_and(|d| d <= 14)
                && (r.start + 1..r.end.saturating_sub(1)).any(|x| {
                    matches!(doc.low(x - 1), "the" | "this" | "that")
                        && matches!(
                            doc.low(x),
                            "meeting" | "talks" | "audience" | "call" | "conversation"
                        )
                        && doc.low(x + 1) != "of"
                }));
        let leaders_met = || {
            meetings.last().is_some_and(|m| {
                m.participants
                    .iter()
                    .filter(|&&p| {
                        holds_title_ending(
                            &persons[p],
                            &[
                                "president",
                                "prime minister",
                                "premier",
                                "chancellor",
                                "king",
                                "emir",
                            ],
                        )
                    })
                    .count()
                    >= 2
            })
        };
        // "The meeting was attended by X, as well as the members of the delegation. They
        // include A, advisor to ...; B, ...": the members, named.
        let delegation_members = r.len() > 3
            && doc.low(r.start) == "they"
            && matches!(
                doc.low(r.start + 1),
                "include" | "included" | "are" | "were" | "comprise" | "comprised"
            )
            && si > 0
            && meetings
                .last()
                .is_some_and(|m| m.evidence.last() == Some(&(si - 1)))
            && doc.sentence_tokens[si - 1]
                .clone()
                .any(|x| matches!(doc.low(x), "delegation" | "delegations"));
        if (also_present
            || told_by_its_noun
            || attended_it
            || delegation_members
            || (referred && joined_a_participant())
            || (attendance
                && (words().any(|w| {
                    w.starts_with("meeting")
                        || matches!(
                            w,
                            "talks"
                                | "reception"
                                | "audience"
                                | "call"
                                | "lunch"
                                | "dinner"
                                | "session"
                                | "negotiations"
                                | "discussion"
                                | "discussions"
                        )
                        // "The summit ... was also attended by X": the meeting just told when
                        // it was between leaders (not ministers meeting at a summit).
                        || (w == "summit" && leaders_met())
                        // "The ceremony was attended by X": the audience just told as one.
                        || (w == "ceremony" && told_as(&["ceremony", "credence", "credentials"]))
                        // "The function was also attended by X": the reception just told.
                        || (w == "function"
                            && told_as(&["welcomed", "hosted", "hosts", "received", "reception"]))
                })
                    // "The American side is represented by X and Y": the other side of the talks
                    // just told.
                    || side_as_subject
                    // "On the Palestinian side, it was attended by X": the meeting just told, as
                    // "it".
                    || (r.start + 3..r.end.saturating_sub(1)).any(|x| {
                        doc.word(x) == ids.attended
                            && doc.low(x + 1) == "by"
                            && (doc.low(x - 1) == "was" && doc.low(x - 2) == "it"
                                || doc.low(x - 1) == "also"
                                    && doc.low(x - 2) == "was"
                                    && doc.low(x - 3) == "it")
                    })
                    // "Peters was leading a delegation of MPs, including A and B": a
                    // participant's delegation.
                    || here.first().is_some_and(|o| {
                        let k = o.end;
                        let verb = if matches!(doc.low(k), "was" | "is") {
                            k + 1
                        } else {
                            k
                        };
                        verb + 2 < r.end
                            && matches!(doc.low(verb), "leading" | "heading" | "led" | "headed")
                            && (verb + 1..verb + 3).any(|x| doc.word(x) == ids.delegation)
                            && meetings
                                .last()
                                .is_some_and(|m| m.participants.contains(&o.person))
                    })
                    // "Xi's delegation included A and B": a participant's delegation.
                    // ("X's entourage included the heads of Defense, General A; ...")
                    || here.first().is_some_and(|o| {
                        o.end + 1 < r.end
                            && doc.tokens()[o.end].kind == TokenKind::Possessive
                            && (doc.word(o.end + 1) == ids.delegation
                                || doc.low(o.end + 1) == "entourage")
                            && meetings
                                .last()
                                .is_some_and(|m| m.participants.contains(&o.person))
                    }))))
            && referred
            && !meetings.is_empty()
            && !unnamed_meeting_since(doc, &meetings, si, &by_sentence, persons, occ)
        {
            // "X was present at both meetings": the last two.
            // (Not "officials from both sides".)
            let both = r.clone().any(|x| {
                doc.low(x) == "both"
                    && x + 1 < r.end
                    && matches!(
                        doc.low(x + 1),
                        "meetings" | "talks" | "sessions" | "calls" | "events" | "audiences"
                    )
            }) && meetings.len() >= 2;
            // Else the meeting told last ("Biden hosted Zelenskyy", after a sentence that told
            // of his meetings with Biden and Harris, is the one "joined the president" joins).
            let mut chosen: Vec<usize> = if both {
                vec![meetings.len() - 2, meetings.len() - 1]
            } else {
                latest_told(&meetings).into_iter().collect()
            };
            // "X met separately with A, B and C. The meetings were attended by D": each of them.
            if let [mi] = chosen[..]
                && r.len() > 3
                && doc.low(r.start) == "the"
                && doc.low(r.start + 1) == "meetings"
            {
                let told = meetings[mi].evidence[0];
                chosen = (0..meetings.len())
                    .filter(|&j| meetings[j].evidence[0] == told)
                    .collect();
            } else if let [mi] = chosen[..] {
                // "X met A, B and C one by one. X was accompanied by D": which of the meetings
                // told in one sentence D sat in is not told (unless one was told again since).
                let told = meetings[mi].evidence.iter().max().copied();
                if (0..meetings.len())
                    .any(|j| j != mi && meetings[j].evidence.iter().max().copied() == told)
                {
                    chosen.clear();
                }
            }
            // Not who reports it ("..., spokesman X said").
            let reporters: Vec<usize> = here
                .iter()
                .filter(|o| {
                    (o.end < r.end
                        && REPORTING.contains(&doc.low(o.end))
                        && o.start > r.start
                        && doc.low(o.start - 1) != "and")
                        // ", said Steve Goldstein, U.S. undersecretary"
                        || (o.start > r.start + 1
                            && doc.low(o.start - 2) == ","
                            && REPORTING.contains(&doc.low(o.start - 1)))
                })
                .map(|o| o.person)
                .collect();
            // "X also took part in the meeting, in which both sides reviewed ... founded by A
            // and B": a clause after the attendance tells of others.
            let verb = r.clone().find(|&x| {
                doc.word(x) == ids.attended
                    || (doc.word(x) == ids.part && x > r.start && doc.word(x - 1) == ids.took)
            });
            let clause_end = verb
                .and_then(|v| {
                    (v + 1..r.end.saturating_sub(2)).find(|&k| {
                        doc.low(k) == ","
                            && (matches!(doc.low(k + 1), "which" | "where")
                                || (matches!(doc.low(k + 1), "in" | "during")
                                    && doc.low(k + 2) == "which"))
                    })
                })
                .unwrap_or(r.end);
            let mut people = people_in(r.start..clause_end);
            people.retain(|p| !reporters.contains(p));
            // "..., X, Minister of Foreign Affairs of Ethiopia who attended the meeting": only who
            // "who" follows ("according to a ministry official who attended" names no one).
            // ("X, Press Secretary, Y, who attended"; "X was among the ministers who attended")
            if let Some(v) = verb.filter(|&v| v > r.start + 2 && doc.low(v - 1) == "who") {
                let mut before = v - 2;
                if doc.low(before) == "," {
                    before -= 1;
                }
                let titled = doc.is_capitalised(before)
                    || doc.tags[before].head().is_some()
                    || doc.tags[before].place().is_some();
                let among = (r.start..v).find(|&x| doc.low(x) == "among");
                let last_before = |end: usize| {
                    named
                        .iter()
                        .filter(|&&(_, t)| t < end)
                        .max_by_key(|&&(_, t)| t)
                        .map(|&(p, _)| p)
                };
                people = match (titled, among) {
                    (true, _) => last_before(v - 1).into_iter().collect(),
                    (false, Some(a)) => people_in(r.start..a),
                    _ => Vec::new(),
                };
            }
            // "X received Y ... Y had met Z in Bujumbura. Present in the meeting were A and B",
            // with A and B of X's country and none of the other: the meeting of their side.
            let country = |p: usize| persons[p].country.map(|c| c.0);
            let sides: Vec<usize> = people.iter().filter_map(|&p| country(p)).collect();
            let of_their_side = |m: &ArticleMeeting| {
                m.participants
                    .iter()
                    .any(|&p| country(p).is_some_and(|c| sides.contains(&c)))
            };
            if let [mi] = chosen[..]
                && !sides.is_empty()
                && !of_their_side(&meetings[mi])
                && let Some(mj) = (0..meetings.len()).rev().find(|&j| {
                    j != mi && si - meetings[j].evidence[0] <= 6 && of_their_side(&meetings[j])
                })
            {
                chosen = vec![mj];
            }
            for &mi in &chosen {
                let m = &mut meetings[mi];
                let mut added = false;
                for &p in &people {
                    if !m.participants.contains(&p) {
                        m.participants.push(p);
                        added = true;
                    }
                }
                if added {
                    m.participants.sort_unstable();
                    m.evidence.push(si);
                }
            }
            // "X, the U.S. envoy, also attended the dinner. He had previously met ...": the
            // attendee as the subject is whom a pronoun next means.
            if let [p] = people[..]
                && named
                    .first()
                    .is_some_and(|&(q, at)| q == p && at <= r.start + 3)
            {
                last_subject = Some(p);
            }
            continue;
        }
        // "The meeting, chaired by X, was attended by A, B and C": an attendance line that no
        // meeting just told opens one of its own, among everyone it names.
        if triggers.iter().all(|t| !t.strong)
            && !recent_meeting
            && let Some(by) = (r.start + 1..r.end.saturating_sub(1)).find(|&x| {
                (doc.word(x) == ids.attended && doc.low(x + 1) == "by" && doc.low(x - 1) != "also")
                    // "The meeting began at 10:30 in the presence of A and B"
                    || (doc.word(x) == ids.presence
                        && x >= r.start + 2
                        && doc.low(x - 1) == "the"
                        && doc.low(x - 2) == "in"
                        && doc.low(x + 1) == "of")
            })
            && (r.start..by).any(|x| {
                matches!(doc.low(x), "meeting" | "talks" | "meetings")
                    && x > r.start
                    && matches!(doc.low(x - 1), "the" | "a" | "high-level" | "ministerial")
            })
            && !(r.start..by).any(|x| {
                matches!(
                    doc.low(x),
                    "will"
                        | "would"
                        | "shall"
                        | "expected"
                        | "scheduled"
                        | "due"
                        | "planned"
                        | "slated"
                )
            })
        {
            let mut people = people_in(r.clone());
            if let Some((at, p)) = lone_subject
                && si - at <= 6
                && !people.is_empty()
                && opens_with_its_noun(doc, r.clone())
                && !people.contains(&p)
            {
                people.push(p);
            }
            if people.len() >= 2 {
                let mut participants = people;
                participants.sort_unstable();
                let confidence = if participants.len() > 4 { 0.6 } else { 0.8 };
                let kind = sentence_kind(doc, r.clone(), None);
                meetings.push(ArticleMeeting::told(
                    participants,
                    vec![si],
                    kind,
                    by - 1,
                    confidence,
                ));
                continue;
            }
        }
        // "A delegation led by X met with leaders of Left parties. A took part in the meeting,
        // along with B and C": who sat in the meeting that a lone subject just held with people
        // unnamed.
        if triggers.iter().all(|t| !t.strong)
            && !recent_meeting
            && let Some((at, p)) = lone_subject
            && at < si
            && si - at <= 3
            && (r.start + 3..r.end).any(|x| {
                matches!(doc.low(x), "meeting" | "talks")
                    && doc.low(x - 1) == "the"
                    && (doc.low(x - 2) == "attended"
                        || (doc.low(x - 2) == "in"
                            && matches!(doc.low(x - 3), "part" | "participated")))
            })
            && let Some(told) = find_triggers(doc, at, &by_sentence[at])
                .into_iter()
                .find(|t| t.strong)
        {
            let mut participants = people_in(r.clone());
            participants.retain(|&q| q != p);
            if !participants.is_empty() {
                participants.push(p);
                participants.sort_unstable();
                let at_r = doc.sentence_tokens[at].clone();
                meetings.push(ArticleMeeting::told(
                    participants,
                    vec![at, si],
                    sentence_kind(doc, at_r, told.kind),
                    told.token,
                    0.7,
                ));
                continue;
            }
        }
        // "X accepted the credentials of three new ambassadors. Presenting their credentials
        // were A, B and C.": the ambassadors of the ceremony just told without names.
        // ... or "The new envoys are A from X, B from Y and C from Z", a few sentences on.
        // (Not who says so: "X said the new envoys are ...".)
        // ... or "The envoys who presented their credentials to the president are A of X, ...".
        let list_start = doc
            .sentence_may_have(si, ids.envoys)
            .then(|| {
                let listing =
                    |x: usize| matches!(doc.low(x), "are" | "were" | "include" | "included");
                (r.start + 1..r.end)
                    .find(|&x| matches!(doc.low(x - 1), "envoys" | "ambassadors") && listing(x))
                    .or_else(|| {
                        let noun = (r.start..r.end.min(r.start + 4))
                            .find(|&x| matches!(doc.low(x), "envoys" | "ambassadors"))?;
                        if !matches!(doc.low(noun + 1), "who" | "that") {
                            return None;
                        }
                        let first_name = occ
                            .iter()
                            .find(|o| o.sentence == si)
                            .map_or(r.end, |o| o.start);
                        (noun + 2..first_name.min(noun + 20)).find(|&x| listing(x))
                    })
            })
            .flatten();
        let envoys_listed = list_start.is_some();
        if triggers.iter().all(|t| !t.strong)
            && (presenting_credentials || envoys_listed)
            && let Some((at, host)) = lone_subject
            && si - at <= if envoys_listed { 4 } else { 2 }
        {
            let mut participants = people_in(list_start.unwrap_or(r.start)..r.end);
            if !participants.is_empty() && !participants.contains(&host) {
                participants.push(host);
                participants.sort_unstable();
                meetings.push(ArticleMeeting::told(
                    participants,
                    vec![at, si],
                    MeetingKind::InPerson,
                    r.start,
                    0.8,
                ));
                continue;
            }
        }
        // "X also received envoys of Ethiopia and Tunisia. ... the minister and the Ethiopian
        // Ambassador, A, discussed ...", "Tunisian Ambassador B was in the minister's office":
        // the envoys received, named later by their countries, each met X.
        if triggers.iter().all(|t| !t.strong)
            && let Some((at, host)) = lone_subject
            && at < si
            && si - at <= 4
            && doc.sentence_may_have(at, ids.envoys)
        {
            let told = doc.sentence_tokens[at].clone();
            // The countries of the phrase "envoys of the Republic of X and Y".
            let countries: Vec<usize> = told
                .clone()
                .skip_while(|&k| !matches!(doc.low(k), "envoys" | "ambassadors"))
                .skip(1)
                .take_while(|&k| {
                    doc.is_capitalised(k) || matches!(doc.low(k), "of" | "the" | "and" | ",")
                })
                .filter_map(|k| {
                    doc.tags[k]
                        .place()
                        .filter(|p| matches!(p.1, PlaceKind::Country | PlaceKind::Demonym))
                        .map(|p| p.0)
                })
                .collect();
            let mut envoys: Vec<usize> = here
                .iter()
                .map(|o| o.person)
                .filter(|&p| {
                    p != host
                        && persons[p].is_envoy()
                        && persons[p].country.is_some_and(|c| {
                            countries.contains(&c.0)
                                && persons[host].country.is_none_or(|h| h.0 != c.0)
                        })
                })
                .collect();
            envoys.dedup();
            if !envoys.is_empty() {
                each_met_the_host(&mut meetings, host, &envoys, vec![at, si], r.start);
                continue;
            }
        }
        // "X held bilateral meetings with his Indonesian and Bruneian counterparts. ... X and
        // Bruneian Minister Y agreed to ...": each counterpart, named later with X.
        if triggers.iter().all(|t| !t.strong)
            && let Some((at, host)) = lone_subject
            && at < si
            && si - at <= 6
            && here.iter().any(|o| o.person == host)
        {
            let told = doc.sentence_tokens[at].clone();
            let countries: Vec<usize> = told
                .clone()
                .find(|&k| doc.low(k) == "counterparts")
                .map(|k| {
                    (told.start..k)
                        .rev()
                        .take_while(|&x| doc.is_capitalised(x) || doc.low(x) == "and")
                        .filter_map(|x| {
                            doc.tags[x]
                                .place()
                                .filter(|p| p.1 == PlaceKind::Demonym)
                                .map(|p| p.0)
                        })
                        .collect()
                })
                .unwrap_or_default();
            let met_before = |p: usize| {
                meetings
                    .iter()
                    .any(|m| m.participants.contains(&host) && m.participants.contains(&p))
            };
            let named_later: Vec<usize> = here
                .iter()
                .map(|o| o.person)
                .filter(|&p| {
                    p != host
                        && !met_before(p)
                        && persons[p].country.is_some_and(|c| countries.contains(&c.0))
                })
                .collect();
            if countries.len() >= 2 && !named_later.is_empty() {
                each_met_the_host(&mut meetings, host, &named_later, vec![at, si], r.start);
                continue;
            }
        }
        // "Ukrainian and U.S. delegations began talks in Jeddah. ... The Ukrainian delegation is
        // headed by X and also includes A and B.": talks told without names, then the people of
        // one side, open a meeting (the other side's line then joins it).
        if triggers.iter().all(|t| !t.strong)
            && !recent_meeting
            && side_as_subject
            && r.clone().any(|x| {
                matches!(
                    doc.low(x),
                    "headed" | "includes" | "included" | "represented"
                ) || (doc.low(x) == "led" && x + 1 < r.end && doc.low(x + 1) == "by")
            })
            && (si.saturating_sub(4)..si).any(|sj| {
                let told = doc.sentence_tokens[sj].clone();
                told.clone()
                    .any(|x| matches!(doc.low(x), "talks" | "negotiations" | "consultations"))
                    && !told
                        .clone()
                        .any(|x| matches!(doc.low(x), "will" | "scheduled" | "expected" | "due"))
                    && !occ.iter().any(|o| o.sentence == sj)
            })
        {
            let mut participants = people_in(r.clone());
            if participants.len() >= 2 {
                participants.sort_unstable();
                let kind = sentence_kind(doc, r.clone(), None);
                meetings.push(ArticleMeeting::told(
                    participants,
                    vec![si],
                    kind,
                    r.start + 1,
                    0.6,
                ));
                continue;
            }
        }
        // The meeting of `host`, told in sentence `at` without a counterpart, with the people
        // this sentence names.
        let host_meets_the_named = |at: usize, host: usize| {
            let mut participants = people_in(r.clone());
            if participants.is_empty() || participants.contains(&host) {
                return None;
            }
            participants.push(host);
            participants.sort_unstable();
            let kind = sentence_kind(doc, doc.sentence_tokens[at].clone(), None);
            Some(ArticleMeeting::told(
                participants,
                vec![at, si],
                kind,
                r.start + 1,
                0.7,
            ))
        };
        // "X received a South Korean delegation ... The delegation is headed by A and includes
        // B": the delegation X received, named later.
        if triggers.iter().all(|t| !t.strong)
            && !recent_meeting
            && side_as_subject
            && r.clone()
                .any(|x| matches!(doc.low(x), "headed" | "led" | "includes" | "included"))
            && let Some((at, host)) = lone_subject
            && si - at <= 6
            && doc.sentence_tokens[at]
                .clone()
                .any(|x| matches!(doc.low(x), "delegation" | "delegations"))
            && let Some(m) = host_meets_the_named(at, host)
        {
            meetings.push(m);
            continue;
        }
        // "X received the newly appointed service chiefs ... Those in attendance included A; B
        // and C": the people the meeting told just before had not named.
        if triggers.iter().all(|t| !t.strong)
            && r.len() > 4
            && doc.low(r.start) == "those"
            && (matches!(doc.low(r.start + 1), "present" | "attending")
                || (doc.low(r.start + 1) == "in" && doc.low(r.start + 2) == "attendance"))
            && let Some((at, host)) = lone_subject
            && si - at <= 2
            && let Some(m) = host_meets_the_named(at, host)
        {
            meetings.push(m);
            continue;
        }
        // "X has received a special message from Z. The message was delivered by the special
        // envoy of Z, Y": the envoy met X, in person.
        if triggers.iter().all(|t| !t.strong)
            && r.len() > 5
            && doc.low(r.start) == "the"
            && matches!(doc.low(r.start + 1), "message" | "letter")
            && let Some(by) = (r.start + 2..r.end.min(r.start + 10))
                .find(|&k| matches!(doc.low(k), "delivered" | "handed" | "conveyed"))
                .and_then(|k| (k + 1..r.end.min(k + 6)).find(|&x| doc.low(x) == "by"))
            && let Some((at, host)) = (si.saturating_sub(2)..si).rev().find_map(|sj| {
                let told = doc.sentence_tokens[sj].clone();
                let received = told.clone().find(|&k| {
                    matches!(doc.low(k), "received" | "receives")
                        && (k + 1..told.end.min(k + 5))
                            .any(|x| matches!(doc.low(x), "message" | "letter"))
                })?;
                occ.iter()
                    .find(|o| o.sentence == sj && o.end <= received)
                    .map(|o| (sj, o.person))
            })
        {
            // (Not "the special envoy of President Z": the sender named before.)
            let envoy = named
                .iter()
                .find(|&&(p, t)| t > by && !by_sentence[at].iter().any(|o| o.person == p))
                .map(|&(p, _)| p);
            if let Some(envoy) = envoy {
                let mut participants = vec![host, envoy];
                participants.sort_unstable();
                meetings.push(ArticleMeeting::told(
                    participants,
                    vec![at, si],
                    MeetingKind::InPerson,
                    r.start + 1,
                    0.7,
                ));
                continue;
            }
        }
        let subject_before = last_subject;
        // The sentence's first person, named or referred to ("The Iranian foreign minister
        // visited Riyadh, where he was received by X").
        // ("He also met X": still the pronoun's referent.)
        // ("The Caribbean diplomat also met with X": X, after the meeting phrase, is no subject;
        // the unnamed one is most likely the subject told before.)
        // (Not someone inside a quotation, nor the agent of "led by X": not the subject.)
        if let Some(&(p, at)) = named.first()
            && !(r.start..at).any(|x| subject_pronoun(doc, x))
            && triggers.first().is_none_or(|t| at < t.token)
            && !doc.quoted[at]
            && !agent_after_by(doc, r.start, at)
        {
            last_subject = Some(p);
        }
        if triggers.is_empty() {
            continue;
        }
        // "who met X more than 20 times", "met repeatedly": a habit, not one meeting.
        let habitual = doc.sentence_may_have(si, ids.habitual)
            && (r.start + 1..r.end).any(|k| {
                (doc.low(k) == "times"
                    && (doc.tok(k - 1).bytes().all(|b| b.is_ascii_digit())
                        || matches!(
                            doc.low(k - 1),
                            "several" | "many" | "multiple" | "numerous" | "dozen"
                        )))
                    || doc.low(k) == "repeatedly"
            });
        if habitual {
            continue;
        }
        // "A met B in Cairo, where he is scheduled to meet C": the meeting's clause ends where a
        // plan begins, and the people after it are not in the meeting.
        let plan = (triggers[0].token + 1..r.end).find(|&k| {
            doc.word_flags(k) & vocab::NOT_YET != 0
                && !doc.is_capitalised(k)
                && !went_on_to(doc, k)
                && {
                    // "will meet", "is scheduled to meet" (not "the scheduled state visit of X")
                    let verb = if k + 1 < r.end && doc.low(k + 1) == "to" {
                        k + 2
                    } else {
                        k + 1
                    };
                    verb < r.end && PLANNED_VERBS.contains(&doc.low(verb))
                }
        });
        // "X met Y in Kuala Lumpur, days before Z travels to China", "... ahead of Z's visit": a
        // time told by another event ends the clause, unless another meeting phrase follows.
        let ends_clause = |k: usize| {
            (doc.low(k) == "before"
                && k > r.start
                && matches!(
                    doc.low(k - 1),
                    "," | "days" | "weeks" | "hours" | "months" | "shortly" | "just"
                ))
                || (doc.low(k) == "ahead" && k + 1 < r.end && doc.low(k + 1) == "of")
                // "..., his first visit since his forces toppled X in December"
                || doc.low(k) == "since"
                // "..., during which the two discussed the summit between X and Y"
                || (doc.low(k) == "which"
                    && k > r.start
                    && matches!(doc.low(k - 1), "during" | "in"))
        };
        let time_clause = doc
            .sentence_may_have(si, ids.time_clause)
            .then(|| (triggers[0].end..r.end).find(|&k| ends_clause(k)))
            .flatten()
            .filter(|&k| !triggers.iter().any(|t| t.token > k));
        let r = r.start..plan.unwrap_or(r.end).min(time_clause.unwrap_or(r.end));
        // "sanctions on X after Y met Z": the meeting's clause starts at the subordinator, and the
        // people before it are not in the meeting.
        let subordinate = (r.start..triggers[0].token).rev().find(|&k| {
            matches!(
                doc.low(k),
                "after" | "before" | "when" | "while" | "since" | "because"
            ) && !people_in(k..triggers[0].token).is_empty()
        });
        // "trips by X, who met Y": the relative clause's subject is the person right before
        // ", who"; people named before that are not in its meeting.
        let relative = (r.start + 1..triggers[0].token)
            .rev()
            .find(|&k| doc.word(k) == ids.who && doc.low(k - 1) == ",")
            // The meeting phrase inside the clause, not after its closing comma ("X and Y, who
            // is in Washington, held a phone call").
            .filter(|&k| !(k..triggers[0].token).any(|x| doc.low(x) == ","))
            .and_then(|k| named.iter().rev().find(|&&(_, t)| t < k - 1))
            .map(|&(_, t)| {
                // "X and his Ghanaian counterpart Y, who met on Monday, ...": both are its subject.
                named
                    .iter()
                    .rev()
                    .find(|&&(_, t0)| t0 < t)
                    .filter(|&&(_, t0)| {
                        (t0 + 1..t).any(|x| doc.low(x) == "and")
                            && (t0 + 1..t).all(|x| {
                                doc.is_capitalised(x)
                                    || matches!(
                                        doc.low(x),
                                        "and" | "his" | "her" | "counterpart" | "of" | "the"
                                    )
                            })
                    })
                    .map_or(t, |&(_, t0)| t0)
            });
        // "Ahead of the meeting between A and B, the ministers met ...": an opening phrase closed by
        // a comma before the meeting phrase names other people.
        let opening = matches!(
            doc.low(r.start),
            "ahead" | "before" | "after" | "following" | "prior"
        )
        .then(|| (r.start..triggers[0].token).find(|&k| doc.low(k) == ","))
        .flatten()
        .map(|comma| comma + 1);
        let clause_start = subordinate.max(relative).max(opening).unwrap_or(r.start);
        let r = clause_start..r.end;
        // "X thanked A, Chancellor of Nicaragua, and had a cordial meeting with B": a second
        // predicate of the same subject; the people the first one names are not in its meeting.
        if let Some(object) = first_predicates_object(doc, r.clone(), &here, triggers[0].token) {
            not_in_it.set((object.start, object.end));
        }
        // "A met B, and held a video call with C": with several meeting phrases and a subject before
        // the first, each phrase meets the subject with the people after it.
        let mut subject = people_in(r.start..triggers[0].token);
        // "On Sunday, he met A in Amman and later held talks with B": the pronoun is the previous
        // sentence's subject, who meets each.
        // (", where met A": the subject left out is too.)
        let t0 = triggers[0].token;
        if subject.is_empty()
            && (subject_left_out(doc, r.start, t0)
                || (r.start..t0).any(|x| subject_pronoun(doc, x)))
            && let Some(s) = subject_before
            && !people_in(r.clone()).contains(&s)
        {
            subject.push(s);
        }
        // "Earlier on Thursday, the prime minister met with A, B and C": the same, by the title
        // the subject told before holds.
        // ("Two weeks after the vote, the minister paid back-to-back courtesy calls with A and
        // B": after an opening phrase that names no one.)
        let the_at = if !subject.is_empty() {
            None
        } else if doc.low(r.start) == "the" {
            Some(r.start)
        } else {
            (r.start + 1..triggers[0].token)
                .find(|&x| doc.low(x) == ",")
                .filter(|&c| c + 2 < r.end && doc.low(c + 1) == "the")
                .filter(|&c| people_in(r.start..c).is_empty())
                .map(|c| c + 1)
        };
        if subject.is_empty()
            && let Some(the) = the_at
            && the + 3 < r.end
            && !doc.is_capitalised(the + 1)
            && let Some((len, _)) = doc.tags[the + 1].head()
            && (the + 1 + len..triggers[0].token).all(|x| {
                matches!(
                    doc.low(x),
                    "also" | "later" | "paid" | "made" | "held" | "had" | "back-to-back"
                )
            })
            && let Some(s) = subject_before
            && !people_in(r.clone()).contains(&s)
        {
            let title = (the + 1..the + 1 + len)
                .map(|x| doc.low(x))
                .collect::<Vec<_>>()
                .join(" ");
            if holds_title(&persons[s], &title) {
                subject.push(s);
            }
        }
        // "The other envoys received were A (South Korea), B (Niger) ...": received by whom the
        // sentence before told receiving envoys.
        if subject.is_empty()
            && let Some(e) = (r.start..r.end.min(r.start + 4))
                .find(|&k| matches!(doc.low(k), "envoys" | "ambassadors"))
            && e + 2 < r.end
            && doc.low(e + 1) == "received"
            && matches!(doc.low(e + 2), "were" | "are" | "include" | "included")
            && let Some(s) = subject_before
            && !people_in(r.clone()).contains(&s)
        {
            subject.push(s);
        }
        let groups: Vec<(Vec<usize>, Range<usize>, &Trigger, Option<usize>)> = if triggers.len() > 1
            && !subject.is_empty()
        {
            triggers
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    // "A held talks with B on May 1, while C held talks with D on May 3": a
                    // clause with a subject of its own between two meeting phrases.
                    // Where trigger `i`'s own subject starts, and where the segment of
                    // the trigger before it ends.
                    // (The third: the clause reports an earlier encounter, "who told him of
                    // her conversation with C": the token of its "who".)
                    let own_subject = |i: usize| -> Option<(usize, usize, Option<usize>)> {
                        let t = triggers.get(i)?;
                        let before = triggers.get(i.checked_sub(1)?)?;
                        // ("A also met with B, and C held talks with the US diplomat")
                        (before.end..t.token)
                            .find(|&k| {
                                matches!(doc.low(k), "while" | "whereas" | ";")
                                    || (doc.low(k) == "," && doc.low(k + 1) == "and")
                            })
                            .filter(|&k| !people_in(k..t.token).is_empty())
                            .map(|k| (k, k, None))
                            .or_else(|| {
                                // "A spoke with B, who told him of her conversation with
                                // C": the relative clause's own subject.
                                let who = (before.end + 1..t.token)
                                    .find(|&k| doc.word(k) == ids.who && doc.low(k - 1) == ",")?;
                                // ("A received B, Prime Minister of Spain, who went on to meet
                                // with C": the guest met C.)
                                let verb_phrase = t.token - who <= 5
                                    && (who + 1..t.token).all(|k| {
                                        doc.tokens()[k].kind == TokenKind::Word
                                            && !doc.is_capitalised(k)
                                    });
                                if !matches!(doc.low(t.token - 1), "her" | "his" | "their")
                                    && !verb_phrase
                                {
                                    return None;
                                }
                                named
                                    .iter()
                                    .rev()
                                    .find(|&&(_, at)| at < who - 1)
                                    .map(|&(_, at)| (at, who, Some(who)))
                            })
                    };
                    let seg_end = own_subject(i + 1)
                        .map(|s| s.1)
                        .or_else(|| triggers.get(i + 1).map(|n| n.token))
                        .unwrap_or(r.end);
                    let seg = t.token..seg_end;
                    // "A received B, before the two leaders held a meeting attended by C":
                    // the two are everyone named before.
                    let the_two = i > 0
                        && (triggers[i - 1].end + 1..t.token).any(|k| {
                            doc.low(k - 1) == "two"
                                && matches!(
                                    doc.low(k),
                                    "presidents" | "leaders" | "ministers" | "premiers"
                                )
                        });
                    let own = own_subject(i);
                    let mut g = if the_two {
                        people_in(r.start..t.token)
                    } else if let Some((k, _, _)) = own {
                        people_in(k..t.token)
                    } else {
                        subject.clone()
                    };
                    for p in people_in(seg.clone()) {
                        if !g.contains(&p) {
                            g.push(p);
                        }
                    }
                    (g, seg, t, own.and_then(|s| s.2))
                })
                .collect()
        } else {
            vec![(people_in(r.clone()), r.clone(), &triggers[0], None)]
        };
        // "X met separately with A and B", "held separate meetings with A and B": one meeting
        // with each.
        // Ambassadors presenting credentials are received one by one.
        // "held telephone conversations with A and B": a call with each.
        // ("paid courtesy calls to A and B": a visit to each.)
        let plural_calls = triggers.iter().any(|t| {
            (t.kind == Some(MeetingKind::PhoneCall)
                && matches!(doc.low(t.end - 1), "conversations" | "calls" | "phonecalls"))
                // "X held meetings with A; B, as well as C"
                || (doc.low(t.end - 1) == "meetings" && doc.low(t.end) == "with")
                || (t.end >= 2 && doc.low(t.end - 1) == "with" && doc.low(t.end - 2) == "meetings")
                || (doc.low(t.token) == "courtesy" && doc.low(t.token + 1) == "calls")
        });
        let separately = plural_calls
            || doc.sentence_may_have(si, ids.separately)
                && r.clone().any(|k| {
                    // ("called upon A, B and C respectively")
                    matches!(doc.low(k), "separately" | "separate" | "credentials" | "respectively")
                    // "held bilateral meetings with A and B"
                    || (doc.low(k) == "bilateral"
                        && k + 1 < r.end
                        && matches!(doc.low(k + 1), "meetings" | "meeting" | "talks"))
                });
        // "met A on Monday and B on Tuesday": each meeting keeps its own date.
        let in_clause: Vec<(usize, usize)> =
            named.iter().copied().filter(|&(_, t)| t < r.end).collect();
        let object_dates = dated_objects(doc, si, &in_clause, &subject);
        // "held a series of talks with leaders ... The King met with A, B and C": one by one.
        let series = || {
            let from = doc.sentence_tokens[si.saturating_sub(1)].start;
            (from..r.end.saturating_sub(2)).any(|k| {
                doc.low(k) == "series"
                    && doc.low(k + 1) == "of"
                    && matches!(
                        doc.low(k + 2),
                        "talks" | "meetings" | "bilateral" | "separate"
                    )
            })
        };
        let split = separately || object_dates.is_some() || series();
        // "X held discussions with A, US Ambassador to Kenya, B, Ambassador of Qatar, and C":
        // envoys of several countries call on a host one by one.
        // (Not "met with the French and German ambassadors, A and B": one meeting with both.)
        let envoys_together = r.clone().any(|k| {
            matches!(doc.low(k), "ambassadors" | "envoys")
                && doc.tags[..k]
                    .last()
                    .is_some_and(|t| t.place().is_some_and(|p| p.1 == PlaceKind::Demonym))
        });
        let envoys_one_by_one = |others: &[usize]| {
            let country = |p: usize| persons[p].country.map(|c| c.0);
            let host = country(subject[0]);
            let mut countries: Vec<Option<usize>> = others.iter().map(|&p| country(p)).collect();
            countries.sort_unstable();
            countries.dedup();
            countries.len() == others.len()
                && !countries.contains(&None)
                && others
                    .iter()
                    .filter(|&&p| persons[p].is_envoy() && country(p) != host)
                    .count()
                    >= 2
        };
        // "met with Kyrgyz President A, Tajik President B and SCO Secretary General C": leaders
        // of different countries (one may head a body), listed each under their own title, meet
        // the subject one by one, unless the text tells of one meeting of them all
        // ("trilateral", "jointly", "the three leaders").
        let leaders_one_by_one = |others: &[usize], seg: &Range<usize>| {
            let country = |p: usize| persons[p].country.map(|c| c.0);
            let Some(host) = country(subject[0]) else {
                return false;
            };
            let leader = |p: usize| {
                holds_title_ending(&persons[p], &doc.lex.heads_of_state)
                    || holds_title_ending(
                        &persons[p],
                        &[
                            "prime minister",
                            "premier",
                            "chancellor",
                            "secretary general",
                            "secretary-general",
                        ],
                    )
            };
            let mut countries: Vec<Option<usize>> = others.iter().map(|&p| country(p)).collect();
            countries.sort_unstable();
            let unknown = countries.iter().filter(|c| c.is_none()).count();
            countries.dedup();
            if !(countries.len() == others.len()
                && unknown <= 1
                && others.len() - unknown >= 2
                && !countries.contains(&Some(host))
                && others.iter().all(|&p| leader(p)))
            {
                return false;
            }
            // Named one after another: only punctuation, "and" and titles between the names.
            // ("met the Qatari Emir, the UAE Emir X and ...": a reference stands for a name, up
            // to the next comma or "and".)
            let mut at: Vec<(usize, usize)> = others
                .iter()
                .filter_map(|&p| {
                    here.iter()
                        .find(|o| o.person == p && seg.contains(&o.start))
                        .map(|o| (o.start, o.end))
                        .or_else(|| {
                            let &(_, t) =
                                named.iter().find(|&&(q, t)| q == p && seg.contains(&t))?;
                            let end = (t + 1..seg.end)
                                .find(|&k| matches!(doc.low(k), "," | "and"))
                                .unwrap_or(seg.end);
                            Some((t, end))
                        })
                })
                .collect();
            if at.len() != others.len() {
                return false;
            }
            at.sort_unstable();
            // ("... and Iran's Ebrahim Raisi": a country's possessive too)
            let listed = at.windows(2).all(|w| {
                (w[0].1..w[1].0).all(|k| {
                    doc.is_capitalised(k)
                        || doc.tokens()[k].kind == TokenKind::Possessive
                        || matches!(doc.low(k), "," | ";" | "and" | "of" | "the" | "as" | "well")
                })
            });
            let together = |k: usize| {
                matches!(
                    doc.low(k),
                    "trilateral"
                        | "tripartite"
                        | "quadrilateral"
                        | "multilateral"
                        | "joint"
                        | "jointly"
                        | "together"
                        | "three"
                        | "four"
                        | "five"
                        | "all"
                )
            };
            let around = doc.sentence_tokens[si.saturating_sub(1)].start
                ..doc.sentence_tokens.get(si + 1).map_or(r.end, |n| n.end);
            listed && !around.into_iter().any(together)
        };
        let groups: Vec<(Vec<usize>, Range<usize>, &Trigger, Option<usize>)> = if subject.len() == 1
        {
            groups
                .into_iter()
                .flat_map(|(people, seg, t, reported)| {
                    let others: Vec<usize> = people
                        .iter()
                        .copied()
                        .filter(|p| !subject.contains(p))
                        .collect();
                    if others.len() < 2
                        || !(split
                            || (!envoys_together && envoys_one_by_one(&others))
                            || leaders_one_by_one(&others, &seg))
                    {
                        return vec![(people, seg, t, reported)];
                    }
                    others
                        .into_iter()
                        .map(|o| (vec![subject[0], o], seg.clone(), t, reported))
                        .collect()
                })
                .collect()
        } else if subject.len() >= 2
            && r.clone()
                .any(|k| matches!(doc.low(k), "respective" | "respectively"))
        {
            // "A and B held phone conversations with their respective counterparts C and D": A
            // with C, B with D.
            let pos = |p: usize| {
                named
                    .iter()
                    .find(|&&(q, _)| q == p)
                    .map_or(usize::MAX, |&(_, t)| t)
            };
            groups
                .into_iter()
                .flat_map(|(people, seg, t, reported)| {
                    let mut others: Vec<usize> = people
                        .iter()
                        .copied()
                        .filter(|p| !subject.contains(p))
                        .collect();
                    // (Not the two subjects alone, as another trigger of the sentence reads them,
                    // but for "A and B led their respective delegations": they met.)
                    // ("A, B and C, respectively, discussed ... at the meeting": all three.)
                    if others.is_empty() && subject.len() != 2 {
                        return vec![(people, seg, t, reported)];
                    }
                    if others.is_empty() {
                        return if doc.low(t.token) == "led" {
                            vec![(people, seg, t, reported)]
                        } else {
                            Vec::new()
                        };
                    }
                    // "A and B also met with Y, respectively": each on their own.
                    // (A clause with a subject of its own: "..., and C held talks with D".)
                    if !subject.iter().all(|a| people.contains(a)) {
                        return vec![(people, seg, t, reported)];
                    }
                    if let [other] = others[..] {
                        return subject
                            .iter()
                            .map(|&a| (vec![a, other], seg.clone(), t, reported))
                            .collect();
                    }
                    if others.len() != 2 || subject.len() != 2 {
                        return vec![(people, seg, t, reported)];
                    }
                    let mut subjects = subject.to_vec();
                    subjects.sort_by_key(|&p| pos(p));
                    others.sort_by_key(|&p| pos(p));
                    subjects
                        .into_iter()
                        .zip(others)
                        .map(|(a, b)| (vec![a, b], seg.clone(), t, reported))
                        .collect()
                })
                .collect()
        } else {
            groups
        };
        // Where the sentence names `p` first.
        let x_at = |p: usize| {
            named
                .iter()
                .find(|&&(q, _)| q == p)
                .map_or(usize::MAX, |&(_, t)| t)
        };
        for (mut people, seg, trigger, reported) in groups {
            // (Then "He praised the talks between A and B" are not his.)
            let mut between_named = false;
            // "X said that Thursday's meeting between A and B ...": the meeting is A's and B's.
            // ("telephone talks on November 24 between A and B": a day between them)
            let mut second_pair: Vec<usize> = Vec::new();
            if let Some(at) = (seg.start + 1..seg.end).find(|&k| {
                doc.word(k) == ids.between
                    && (k.saturating_sub(5).max(seg.start)..k).any(|x| {
                        matches!(
                            doc.low(x),
                            MEETING_NOUNS!() | "call" | "conversation" | "talk"
                        ) && (x + 1..k).all(|y| {
                            doc.low(y) == "on"
                                || doc.tok(y).bytes().all(|b| b.is_ascii_digit())
                                || doc.word_flags(y) & vocab::NOT_NAME != 0
                        })
                    })
            }) {
                // "... between A and B as well as between C and D": two encounters.
                let next = (at + 3..seg.end).find(|&k| {
                    doc.word(k) == ids.between
                        && (matches!(doc.low(k - 1), "and")
                            || (k >= 2 && doc.low(k - 1) == "as" && doc.low(k - 2) == "well"))
                });
                let between = people_in(at..next.unwrap_or(seg.end));
                if between.len() >= 2 {
                    people = between;
                    between_named = true;
                    if let Some(n) = next {
                        second_pair = people_in(n..seg.end);
                    }
                }
            }
            // "X gave Y an explanation of his meeting with Z", "X told Y about his talks with Z":
            // the meeting is X's with Z; Y only heard of it.
            if let Some(x) = subject.iter().copied().min_by_key(|&p| x_at(p))
                && trigger.token > r.start + 2
                && matches!(doc.low(trigger.token - 1), "his" | "her")
                && matches!(doc.low(trigger.end - 1), "with")
            {
                let told_of: Vec<usize> = named
                    .iter()
                    .filter(|&&(p, t)| t > x_at(x) && t < trigger.token && p != x)
                    .map(|&(p, _)| p)
                    .collect();
                // (Not "X joined President Y in his meeting with Z": Y's meeting.)
                let telling = (x_at(x)..trigger.token).any(|k| {
                    matches!(
                        doc.low(k),
                        "gave" | "told" | "briefed" | "informed" | "explained" | "updated"
                    )
                });
                if telling && !told_of.is_empty() && people.len() - told_of.len() >= 2 {
                    people.retain(|p| !told_of.contains(p));
                }
            }
            // "... and B's visit to the forum, where he held talks with Z": one person is "he",
            // the one named last before the clause.
            let mut w = trigger.token;
            while w > r.start && matches!(doc.low(w - 1), "also" | "later" | "then") {
                w -= 1;
            }
            if w >= r.start + 4
                && matches!(doc.low(w - 1), "he" | "she")
                && matches!(doc.low(w - 2), "where" | "when")
                && doc.low(w - 3) == ","
                && let Some(&(last, _)) = named.iter().rev().find(|&&(_, t)| t < w - 3)
            {
                let before: Vec<usize> = named
                    .iter()
                    .filter(|&&(p, t)| t < w - 3 && p != last)
                    .map(|&(p, _)| p)
                    .collect();
                if people.iter().filter(|p| !before.contains(p)).count() >= 2 {
                    people.retain(|p| !before.contains(p));
                }
            }
            // "..., following on the Secretary's meeting with X in London": the meeting of whom
            // the possessive names, with X.
            if trigger.token > r.start + 2
                && doc.tokens()[trigger.token - 1].kind == TokenKind::Possessive
                && matches!(doc.low(trigger.end - 1), "with")
                && let Some(&(owner, _)) = named
                    .iter()
                    .rev()
                    .find(|&&(_, t)| t < trigger.token - 1 && t + 4 >= trigger.token)
            {
                let after: Vec<usize> = people
                    .iter()
                    .copied()
                    .filter(|&p| p != owner && x_at(p) > trigger.token)
                    .collect();
                if !after.is_empty() {
                    people = after;
                    people.push(owner);
                }
            }
            // "Additionally, the delegation met with A, B and C": with no one of the delegation
            // named, its hosts did not meet one another.
            // ("The president along with his delegation met X": the delegation with its head.)
            if subject.is_empty()
                && people.iter().all(|&p| x_at(p) > trigger.token)
                && (seg.start..trigger.token).any(|k| {
                    matches!(doc.low(k), "delegation" | "delegations")
                        && !(k > seg.start
                            && matches!(doc.low(k - 1), "his" | "her")
                            // (not "X and his delegation were received by A, B and C")
                            && (trigger.end >= r.end || doc.low(trigger.end) != "by"))
                })
            {
                continue;
            }
            // "In his letter X expressed confidence ...": the letter just told, whose writer is
            // already in it, told again (with no pronoun subject of its own).
            if trigger.kind == Some(MeetingKind::Letter)
                && trigger.token > r.start
                && matches!(doc.low(trigger.token - 1), "his" | "her" | "their")
                && let seg_people = people_named_in(&named, seg.clone())
                && !seg_people.is_empty()
                && let Some(m) = meetings.iter_mut().rev().find(|m| {
                    m.kind == MeetingKind::Letter
                        && seg_people.iter().all(|p| m.participants.contains(p))
                })
            {
                if !m.evidence.contains(&si) {
                    m.evidence.push(si);
                }
                continue;
            }
            // The messenger of a letter from someone named is not its writer.
            if let Some(ends) = messenger_errand(doc, trigger, seg.clone(), &named) {
                people = ends;
            }
            let date_at = object_dates
                .as_ref()
                .and_then(|d| {
                    d.iter()
                        .find(|(p, _)| people.contains(p) && !subject.contains(p))
                })
                .map(|&(_, at)| at)
                .or_else(|| own_day(doc, si, &triggers, trigger, &seg));
            let mut confidence: f32 = if trigger.strong { 0.9 } else { 0.7 };
            // "He also met ...", "during his meeting with ...": the pronoun is the previous subject.
            // ("Additionally, he met with A and B": before any name, whoever follows.)
            let mut referent_subject = None;
            // ("The minister also met with A, and with his counterparts B and C": a lower-case
            // title as the subject, the same.)
            // (", where met with Y": a subject left out after "where" is the sentence's.)
            // "Chairperson, who arrived in Australia on 27 November, met with A and B": a bare
            // title with no name as the subject, held by someone told before.
            let bare_title_holder = doc.tags[r.start]
                .head()
                .map(|(n, _)| n)
                .filter(|&n| {
                    r.start + n <= trigger.token
                        && (doc.low(r.start + n) == ","
                            || (doc.tokens()[r.start + n].kind == TokenKind::Word
                                && !doc.is_capitalised(r.start + n)))
                        && !named.iter().any(|&(_, t)| t < trigger.token)
                })
                .and_then(|n| {
                    latest_holder(doc, occ, persons, r.start..r.start + n, |o| o.sentence < si)
                });
            let pronoun_first = bare_title_holder.is_some()
                || (subject_left_out(doc, r.start, trigger.token)
                    || (r.start..trigger.token).any(|x| subject_pronoun(doc, x))
                    || (doc.low(r.start) == "the"
                        && (r.start + 1..trigger.token).any(|k| {
                            !doc.is_capitalised(k)
                                && doc.tags[k].head().is_some_and(|(n, _)| {
                                    // (its verb right after it: "the minister called talks
                                    // between A and B good news" is no meeting of his)
                                    // ("the president, along with his delegation, met")
                                    let with_delegation = k + n + 3 < trigger.token
                                        && (k + n..trigger.token).any(|x| {
                                            doc.low(x) == "delegation"
                                                && matches!(doc.low(x - 1), "his" | "her")
                                        });
                                    (k + n..trigger.token).all(|x| {
                                        matches!(
                                            doc.low(x),
                                            "also" | "later" | "then" | "has" | "had"
                                        ) || (with_delegation
                                            && matches!(
                                                doc.low(x),
                                                "along"
                                                    | "with"
                                                    | "and"
                                                    | "his"
                                                    | "her"
                                                    | "delegation"
                                                    | ","
                                            ))
                                    })
                                })
                        })))
                    && !named.iter().any(|&(_, t)| t < trigger.token);
            // "Among the officials who welcomed him were A, B and C": the pronoun is the guest.
            let welcomed_him_were = trigger.end + 1 < r.end
                && matches!(doc.low(trigger.end), "him" | "her")
                && matches!(
                    doc.low(trigger.end + 1),
                    "were" | "was" | "included" | "are"
                )
                && trigger.token > r.start
                && doc.low(trigger.token - 1) == "who";
            if (people.len() == 1
                || ((pronoun_first || welcomed_him_were) && people.len() >= 2 && !between_named))
                && trigger.strong
            {
                // ... or "The minister also met ...": a lower-case title after "the".
                // ("The Caribbean diplomat also met with X": a word of region before a noun that
                // refers back.)
                // ... or "The foreign minister also met with X": the latest person told before
                // who holds the portfolio.
                let portfolio_holder = (r.start + 1..trigger.token)
                    .find_map(|k| {
                        let n = doc.portfolio_ending_at(k)?;
                        (k > r.start + n
                            && doc.low(k - 1 - n) == "the"
                            && !doc.is_capitalised(k)
                            && doc.tags[k].head().is_some())
                        .then(|| {
                            &doc.lower_text()[doc.tokens()[k - n].start..doc.tokens()[k - 1].end]
                        })
                    })
                    .and_then(|words| {
                        let holds = |p: usize| {
                            persons[p]
                                .titles
                                .iter()
                                .any(|t| t.to_lowercase().contains(words))
                        };
                        // (The subject told before first: "A met his counterpart B. The foreign
                        // minister also met C" is A.)
                        // (Else the first holder named in the latest sentence naming one.)
                        subject_before.filter(|&s| holds(s)).or_else(|| {
                            occ.iter()
                                .filter(|o| o.sentence < si && holds(o.person))
                                .max_by_key(|o| (o.sentence, std::cmp::Reverse(o.start)))
                                .map(|o| o.person)
                        })
                    });
                let the_title = (r.start + 1..trigger.token).any(|k| {
                    let regional = k >= r.start + 2
                        && doc.low(k - 2) == "the"
                        && doc.is_capitalised(k - 1)
                        // (A nationality is `resolve_anaphors`' to read: "the Omani minister".)
                        && doc.tags[k - 1].place().is_none()
                        && !doc.is_capitalised(k)
                        && doc.tags[k].anaphor().is_some();
                    // ("Meanwhile, the chief of staff for the office of ... met X": an office
                    // the subject told before does not hold is someone else's.)
                    let someone_elses = || {
                        let Some((len, _)) = doc.tags[k].head() else {
                            return false;
                        };
                        let head = (k..k + len)
                            .map(|x| doc.low(x))
                            .collect::<Vec<_>>()
                            .join(" ");
                        !matches!(
                            head.as_str(),
                            "minister"
                                | "president"
                                | "premier"
                                | "leader"
                                | "secretary"
                                | "head"
                                | "chief"
                        ) && subject_before.is_some_and(|s| {
                            !persons[s]
                                .titles
                                .iter()
                                .any(|t| t.to_lowercase().contains(&head))
                        })
                    };
                    // ("the head of the Presidency Council, X, received ...": named after it.)
                    // ("the head of the Turkmen delegation": resolved to someone at its "the".)
                    let named_after = named.iter().any(|&(_, t)| t > k && t < trigger.token)
                        || named.iter().any(|&(_, t)| t + 1 == k);
                    (regional
                        || (doc.low(k - 1) == "the"
                            && doc.tags[k].head().is_some()
                            && !someone_elses())
                        || portfolio_holder.is_some())
                        && !named_after
                        && (!doc.is_capitalised(k)
                            // ... or the subject's own title written out in full ("In addition,
                            // the Minister of Foreign Affairs and Expatriates held talks with X").
                            || subject_before.is_some_and(|s| {
                                let words = &doc.lower_text()
                                    [doc.tokens()[k].start..doc.tokens()[trigger.token - 1].end];
                                words.contains(' ')
                                    && persons[s]
                                        .titles
                                        .iter()
                                        .any(|t| t.eq_ignore_ascii_case(words))
                            }))
                });
                // A pronoun as the subject ("He also met", "during his meeting with"), or as the
                // object ("X received him"); not one in a clause about someone else ("who
                // presented his credentials"), nor "HE" (His Excellency).
                let pronoun_at = |x: usize| {
                    matches!(doc.low(x), "he" | "his" | "him" | "she" | "her") && doc.tok(x) != "HE"
                };
                let object = trigger.end;
                let pronoun = the_title
                    || bare_title_holder.is_some()
                    || (r.start..trigger.token).any(pronoun_at)
                    || (object < r.end && matches!(doc.low(object), "him" | "her"));
                // "X called on D ... Y met him separately": an object pronoun that would make
                // compatriots meet is the foreign visitor of the meeting just told.
                let country = |p: usize| persons[p].country.map(|c| c.0);
                let object_pronoun = object < r.end && matches!(doc.low(object), "him" | "her");
                let referent = portfolio_holder
                    .or(bare_title_holder)
                    .or(subject_before)
                    .map(|s| {
                        let compatriots = country(s).is_some() && country(s) == country(people[0]);
                        meetings
                            .last()
                            .filter(|m| {
                                object_pronoun && compatriots && m.participants.contains(&s)
                            })
                            .and_then(|m| {
                                m.participants.iter().copied().find(|&q| {
                                    country(q).is_some() && country(q) != country(people[0])
                                })
                            })
                            .unwrap_or(s)
                    });
                // With others named too ("Pedraza met X. Additionally, he met with A and B";
                // "Rabuka held several bilateral meetings. He met A, B and C").
                if let Some(s) = referent.filter(|s| pronoun && !people.contains(s)) {
                    referent_subject = Some(s);
                    people.push(s);
                    confidence -= 0.15;
                }
            }
            // "She previously spoke with him": both pronouns, right after a sentence that named
            // the two ("... will be Harris' second conversation with Giammattei").
            if people.is_empty()
                && trigger.strong
                && (r.start..trigger.token).any(|x| subject_pronoun(doc, x))
                && trigger.end < r.end
                && matches!(doc.low(trigger.end), "him" | "her")
                && let Some(before) = occ
                    .iter()
                    .filter(|o| o.sentence < si && si - o.sentence <= 2)
                    .map(|o| o.sentence)
                    .max()
            {
                let mut two: Vec<usize> = Vec::new();
                for o in occ.iter().filter(|o| o.sentence == before) {
                    if !two.contains(&o.person) {
                        two.push(o.person);
                    }
                }
                if two.len() == 2 {
                    people.extend(two);
                    confidence -= 0.15;
                }
            }
            // "X held a video conference with the ministers of ...": no counterpart named here,
            // but a later "The video conference was attended by ..." may name them.
            if people.len() == 1 && trigger.strong {
                lone_subject = Some((si, people[0]));
                // "X had a meeting with his Mauritanian and Ethiopian counterparts. ... X
                // congratulated his Mauritanian counterpart, Y": each named in what follows.
                // The subject's meeting with `guests`, told here and named in sentence `at`.
                let named_later = |mut guests: Vec<usize>, at: usize| {
                    guests.push(people[0]);
                    guests.sort_unstable();
                    let mut m = ArticleMeeting::told(
                        guests,
                        vec![si, at],
                        sentence_kind(doc, r.clone(), trigger.kind),
                        trigger.token,
                        0.7,
                    );
                    m.date_at = own_day(doc, si, &triggers, trigger, &seg);
                    m
                };
                let later = counterparts_named_later(doc, si, trigger, occ, persons);
                // "X received deputy speakers from the Polish, German and Austrian legislatures.
                // A (...), B (...) and C (...) are taking part": one meeting with them all.
                if later.is_empty()
                    && let Some((guests, at)) = guests_named_next(doc, si, trigger, occ, persons)
                    && !guests.contains(&people[0])
                {
                    meetings.push(named_later(guests, at));
                }
                for (y, at) in later {
                    if y != people[0] {
                        meetings.push(named_later(vec![y], at));
                    }
                }
            }
            // ... or "The Minister of Foreign Affairs also received envoys of ...": the subject
            // told before, by the title it holds.
            if people.is_empty()
                && trigger.strong
                && r.len() > 2
                && doc.low(r.start) == "the"
                && let Some((len, _)) = doc.tags[r.start + 1].head()
                && doc.is_capitalised(r.start + 1)
                && let Some(s) = subject_before
            {
                let head = (r.start + 1..r.start + 1 + len)
                    .map(|x| doc.low(x))
                    .collect::<Vec<_>>()
                    .join(" ");
                if holds_title(&persons[s], &head) {
                    lone_subject = Some((si, s));
                }
            }
            // "The video conference was attended by A and B": the meeting an earlier sentence
            // told without naming anyone but its subject.
            if let Some((at, p)) = lone_subject
                && at < si
                && si - at <= 6
                && opens_with_its_noun(doc, r.clone())
                && !people.is_empty()
                && !people.contains(&p)
            {
                people.push(p);
            }
            if people.len() < 2 {
                continue;
            }
            people.sort_unstable();
            // "Previously, the two leaders met in Geneva": an earlier encounter, not this one told
            // again.
            let earlier_encounter = tells_of_the_past(doc, si)
                && past_near(doc, si, trigger.token)
                && meetings.iter().any(|m| {
                    !m.told_in(si)
                        && people.iter().filter(|p| m.participants.contains(p)).count() >= 2
                });
            // The same encounter told again ("Later X and Y discussed ...") extends the earlier meeting.
            // (The latest such meeting: an earlier one may be another day's.)
            if let Some(m) = meetings
                .iter_mut()
                .rev()
                .find(|m| people.iter().filter(|p| m.participants.contains(p)).count() >= 2)
                .filter(|m| {
                    // "Xi, Macron and von der Leyen held a trilateral meeting" after Xi met Macron:
                    // a meeting of another format with someone new.
                    let near = trigger.token.saturating_sub(2)..(trigger.end + 2).min(r.end);
                    let new_format = near.clone().any(|k| {
                        matches!(
                            doc.low(k),
                            "trilateral" | "quadrilateral" | "separate" | "another" | "second"
                        )
                    }) && people.iter().any(|p| !m.participants.contains(p));
                    // "Later in the day, A and C held talks at the ministry", after B received A
                    // with C attending: a smaller meeting of their own.
                    let later_among_fewer = trigger.strong
                        && r.len() > 3
                        && doc.low(r.start) == "later"
                        && matches!(doc.low(r.start + 1), "in" | "that" | "on")
                        && people.len() < m.participants.len()
                        && !m.told_in(si);
                    // "X also held separate meetings with A and B" after their trilateral
                    // meeting: each a bilateral meeting of its own.
                    let one_of_separate = split && m.participants.len() > people.len();
                    // "Pompeo and Esper hosted A and B for the dialogue ... Trump met A and B":
                    // the same guests with another host of the hosts' nation, another meeting.
                    let country = |p: usize| persons[p].country.map(|c| c.0);
                    let other_host = !m.told_in(si)
                        && people
                            .iter()
                            .filter(|p| !m.participants.contains(p))
                            .any(|&p| {
                                country(p).is_some_and(|c| {
                                    m.participants
                                        .iter()
                                        .any(|&q| !people.contains(&q) && country(q) == Some(c))
                                })
                            });
                    if other_host {
                        return false;
                    }
                    !(earlier_encounter && !m.told_in(si))
                        && !new_format
                        && !one_of_separate
                        && !later_among_fewer
                        && !another_encounter(doc, si, trigger, m, &subject)
                })
            {
                for p in &people {
                    if !m.participants.contains(p) {
                        m.participants.push(*p);
                    }
                }
                m.participants.sort_unstable();
                // "her conversation with C ... Merkel had two phone conversations with C": a
                // conversation first told without its medium takes the medium told later.
                if m.kind == MeetingKind::InPerson
                    && matches!(doc.low(m.trigger), "conversation" | "conversations")
                    && let Some(kind) = trigger.kind
                {
                    m.kind = kind;
                }
                if !m.told_in(si) {
                    m.evidence.push(si);
                }
                continue;
            }
            // "The two presidents then held talks": a pair as the subject.
            let pair_subject = doc.low(r.start) == "the"
                && r.start + 2 < trigger.token
                && (doc.low(r.start + 1) == "two"
                    || matches!(doc.low(r.start + 1), "leaders" | "presidents"));
            // "The agreement was signed by A and B": the two signed it together.
            let signed_by = doc.low(trigger.token) == "signed"
                && trigger.token > r.start
                && matches!(doc.low(trigger.token - 1), "was" | "were")
                && trigger.token + 1 < r.end
                && doc.low(trigger.token + 1) == "by";
            // "Yang co-chaired the dialogue with A and B": with them.
            let co_chaired_with = doc.low(trigger.token) == "co-chaired"
                && (trigger.end..r.end.min(trigger.end + 6)).any(|k| doc.word(k) == ids.with);
            // "The talks were co-chaired by A and B", "held under the chairmanship of A and his
            // counterpart B": the chairs of two nations met. (One nation's chair with others is
            // a domestic session.)
            let chairs_of_two_nations = chaired_jointly(doc, r.clone(), trigger) && {
                let nations: Vec<usize> = people
                    .iter()
                    .filter_map(|&p| persons[p].country.map(|c| c.0))
                    .collect();
                people.len() == 2 && nations.len() == 2 && nations[0] != nations[1]
            };
            if !trigger.strong
                && !pair_subject
                && !signed_by
                && !co_chaired_with
                && !chairs_of_two_nations
                && !coordinated_subjects(doc, &here, trigger.token)
                && !opened_by_the_meeting(doc, r.clone(), &here, trigger.token)
            {
                continue;
            }
            if people.len() > 4 {
                confidence -= 0.2;
            }
            let told = ArticleMeeting {
                participants: people,
                evidence: vec![si],
                // "X also discussed with Y, in a phone call, ...": a call told after the people
                // it joins gives its kind to a phrase that tells none ("met", "received" do).
                // "held a virtual meeting": the word before the phrase may tell its kind.
                kind: match sentence_kind(
                    doc,
                    seg.start.saturating_sub(2).max(r.start)..seg.end,
                    trigger.kind,
                ) {
                    MeetingKind::InPerson
                        if trigger.kind.is_none()
                            && !matches!(
                                doc.low(trigger.token),
                                "met"
                                    | "meets"
                                    | "received"
                                    | "receives"
                                    | "hosted"
                                    | "hosts"
                                    | "visited"
                                    | "welcomed"
                            )
                            && triggers.iter().any(|t| {
                                t.token > trigger.token
                                    && t.kind.is_some()
                                    && people_in(seg.end..t.end).is_empty()
                            }) =>
                    {
                        triggers
                            .iter()
                            .find(|t| t.token > trigger.token && t.kind.is_some())
                            .and_then(|t| t.kind)
                            .unwrap_or(MeetingKind::InPerson)
                    }
                    MeetingKind::InPerson if spoke_without_meeting(doc, r.clone(), trigger) => {
                        MeetingKind::PhoneCall
                    }
                    kind => kind,
                },
                date: None,
                date_basis: DateBasis::Unknown,
                place: None,
                topics: Vec::new(),
                confidence,
                trigger: trigger.token,
                date_at,
                earlier: (trigger.token.saturating_sub(6).max(r.start) + 1..trigger.token)
                    .rfind(|&k| {
                        doc.low(k) == "after"
                            && matches!(doc.low(k - 1), "weeks" | "days" | "months" | "years")
                    })
                    .or(reported),
            };
            // "X received a message from Ambassador Y": an envoy hands it over in person.
            let mut told = told;
            if told.kind == MeetingKind::Letter
                && doc.low(trigger.token) == "received"
                && told
                    .participants
                    .iter()
                    .any(|&p| persons[p].is_envoy() && !subject.contains(&p))
                && told
                    .participants
                    .iter()
                    .all(|&p| subject.contains(&p) || persons[p].is_envoy())
            {
                told.kind = MeetingKind::InPerson;
            }
            // "X held several bilateral meetings on the margins. He met A, B and C.": one with
            // each.
            // ... or "X held meetings with her counterparts, namely A of Bangladesh; B of Namibia
            // and C of Cyprus": a list of counterparts each of another country, one with each.
            let one_subject = referent_subject.or_else(|| {
                (subject.len() == 1 && told.participants.contains(&subject[0])).then(|| subject[0])
            });
            // ("... met with her counterparts A of Canada and B of Colombia. Both gatherings were
            // held separately")
            let separate_next = || {
                doc.sentence_tokens.get(si + 1).is_some_and(|n| {
                    n.clone()
                        .any(|k| matches!(doc.low(k), "separately" | "separate"))
                })
            };
            // Each of another nation, all known.
            let distinct_nations = || {
                let mut countries: Vec<Option<usize>> = told
                    .participants
                    .iter()
                    .map(|&p| persons[p].country.map(|c| c.0))
                    .collect();
                let n = countries.len();
                countries.sort_unstable();
                countries.dedup();
                countries.len() == n && !countries.contains(&None)
            };
            let listed_counterparts = || {
                let list = trigger.end..r.end;
                list.clone().any(|k| doc.low(k) == "counterparts")
                    && (list
                        .clone()
                        .any(|k| matches!(doc.low(k), "namely" | "such" | "including"))
                        || separate_next())
                    && distinct_nations()
            };
            // "X held a bilateral discussion with the presidents of A, B and C": one with each.
            let bilateral_here = || {
                (r.start..(trigger.end + 3).min(r.end)).any(|k| doc.low(k) == "bilateral")
                    && distinct_nations()
            };
            // "X met with A, and with B", "... with A as well as with B": each on their own.
            let with_each = || {
                (trigger.end + 1..r.end).any(|k| {
                    // (not "..., with Z joining by phone")
                    doc.word(k) == ids.with
                        && (doc.low(k - 1) == "and"
                            || (k >= 2 && doc.low(k - 1) == "as" && doc.low(k - 2) == "well"))
                })
            };
            if let Some(s) = one_subject
                && told.participants.len() >= 3
                && (bilaterals_told_before(doc, si, occ, s)
                    || listed_counterparts()
                    || with_each()
                    || bilateral_here())
            {
                for &o in told.participants.iter().filter(|&&o| o != s) {
                    let mut pair = vec![s, o];
                    pair.sort_unstable();
                    meetings.push(ArticleMeeting {
                        participants: pair,
                        ..told.clone()
                    });
                }
            } else {
                if second_pair.len() >= 2 {
                    meetings.push(ArticleMeeting {
                        participants: std::mem::take(&mut second_pair),
                        ..told.clone()
                    });
                }
                meetings.push(told);
            }
            // "X held video talks with his counterpart ... In the talks, X and Y agreed": the
            // talks told before without a name, whose words tell their kind.
            if let Some((at, p)) = lone_subject
                && at < si
                && si - at <= 6
                && opened_by_the_meeting(doc, r.clone(), &here, trigger.token)
                && let Some(m) = meetings.last_mut()
                && m.participants.contains(&p)
                && m.kind == MeetingKind::InPerson
            {
                m.kind = sentence_kind(doc, doc.sentence_tokens[at].clone(), None);
                m.evidence.insert(0, at);
            }
        }
    }
    possessive_meetings(doc, &by_sentence, &mut meetings);
    meetings
}

/// "The delegation met with the Council, after X's meeting with Y": a meeting told as the owner's,
/// in a clause of time, whatever the sentence's own meeting phrase does.
fn possessive_meetings(
    doc: &Doc<'_>,
    by_sentence: &[Vec<&Occurrence>],
    meetings: &mut Vec<ArticleMeeting>,
) {
    for (si, here) in by_sentence.iter().enumerate() {
        let r = doc.sentence_tokens[si].clone();
        for (i, o) in here.iter().enumerate() {
            let k = o.end;
            if o.quoted
                || o.start < r.start + 1
                || k + 3 >= r.end
                || doc.tokens()[k].kind != TokenKind::Possessive
                || !matches!(doc.low(k + 1), "meeting" | "talks")
                || doc.low(k + 2) != "with"
                || !matches!(doc.low(o.start - 1), "after" | "following" | "during")
            {
                continue;
            }
            let Some(with) = here[i + 1..].first().filter(|p| p.start == k + 3) else {
                continue;
            };
            let pair = if o.person < with.person {
                vec![o.person, with.person]
            } else {
                vec![with.person, o.person]
            };
            if o.person == with.person
                || find_triggers(doc, si, here).is_empty()
                || meetings.iter().any(|m| {
                    m.participants.contains(&o.person) && m.participants.contains(&with.person)
                })
            {
                continue;
            }
            let at = meetings.partition_point(|m| m.evidence.first().is_some_and(|&e| e <= si));
            meetings.insert(
                at,
                ArticleMeeting::told(pair, vec![si], MeetingKind::InPerson, k + 1, 0.6),
            );
        }
    }
}

/// "met his Mauritanian and Ethiopian counterparts" (or "received ambassadors of Russia and
/// China") with no names after the meeting phrase `trigger` of sentence `si`: each nation's person
/// named in the next four sentences as "his Mauritanian counterpart(,) Y" (quoted too) or as its
/// envoy, with the sentence that names them.
fn counterparts_named_later(
    doc: &Doc<'_>,
    si: usize,
    trigger: &Trigger,
    occ: &[Occurrence],
    persons: &[Person],
) -> Vec<(usize, usize)> {
    let r = doc.sentence_tokens[si].clone();
    // ... or "X received ambassadors of Russia and China. At the meeting with Chinese
    // ambassador Y, ...": each envoy of those nations named after.
    let (k, envoys) = match (trigger.end..r.end).find(|&k| doc.low(k) == "counterparts") {
        Some(k) => (k, false),
        None => match r
            .clone()
            .find(|&k| matches!(doc.low(k), "ambassadors" | "envoys"))
        {
            Some(k) => (k, true),
            None => return Vec::new(),
        },
    };
    let from = if envoys { r.start } else { trigger.end };
    let mut nations: Vec<usize> = (from..k)
        .filter_map(|x| doc.tags[x].place())
        .filter(|p| p.1 == PlaceKind::Demonym)
        .map(|p| p.0)
        .collect();
    if envoys && nations.is_empty() && k + 2 < r.end && doc.low(k + 1) == "of" {
        // (their own countries, before the posting's "to")
        nations = super::mentions::countries_listed(doc, k + 2, r.end);
    }
    nations.dedup();
    // (The occurrences are in text order: only those of this sentence and the next four are
    // read, so a file of a million such sentences stays linear.)
    let last = (si + 4).min(doc.sentences.len().saturating_sub(1));
    let first_here = occ.partition_point(|o| o.sentence < si);
    let past_last = occ.partition_point(|o| o.sentence <= last);
    let occ = &occ[first_here..past_last.max(first_here)];
    let of_nations = |p: usize| persons[p].country.is_some_and(|pc| nations.contains(&pc.0));
    if nations.len() < 2
        || occ
            .iter()
            .any(|o| o.sentence == si && (o.start > k && !envoys || of_nations(o.person)))
    {
        return Vec::new();
    }
    nations
        .iter()
        .filter_map(|&c| {
            occ.iter()
                .filter(|o| o.sentence > si && o.sentence <= last)
                .find(|o| {
                    persons[o.person].country.is_some_and(|pc| pc.0 == c)
                        && if envoys {
                            persons[o.person].is_envoy()
                        } else {
                            (o.start.saturating_sub(3)..o.start)
                                .any(|x| doc.low(x) == "counterpart")
                        }
                })
                .map(|o| (o.person, o.sentence))
        })
        .collect()
}

/// Plural nouns for the officials a meeting phrase may name without their names ("received
/// deputy speakers from ...", "met the foreign ministers of ...").
const UNNAMED_GUESTS: [&str; 12] = [
    "speakers",
    "ministers",
    "presidents",
    "leaders",
    "heads",
    "chairmen",
    "governors",
    "mayors",
    "parliamentarians",
    "lawmakers",
    "legislators",
    "delegations",
];

/// "X received deputy speakers from the Polish, German and Austrian legislatures" (no name after
/// the meeting phrase `trigger` of sentence `si`), then one of the next two sentences names
/// officials of every one of those nations: those officials, with that sentence.
fn guests_named_next(
    doc: &Doc<'_>,
    si: usize,
    trigger: &Trigger,
    occ: &[Occurrence],
    persons: &[Person],
) -> Option<(Vec<usize>, usize)> {
    let r = doc.sentence_tokens[si].clone();
    let noun = (trigger.end..r.end.min(trigger.end + 6))
        .find(|&k| UNNAMED_GUESTS.contains(&doc.low(k)))?;
    let mut nations: Vec<usize> = (trigger.end..r.end)
        .filter_map(|x| doc.tags[x].place())
        .filter(|p| matches!(p.1, PlaceKind::Demonym | PlaceKind::Country))
        .map(|p| p.0)
        .collect();
    nations.sort_unstable();
    nations.dedup();
    let first_here = occ.partition_point(|o| o.sentence < si);
    let past = occ.partition_point(|o| o.sentence <= si + 2);
    let occ = &occ[first_here..past.max(first_here)];
    if nations.len() < 2 || occ.iter().any(|o| o.sentence == si && o.start > noun) {
        return None;
    }
    let next = occ.iter().map(|o| o.sentence).find(|&x| x > si)?;
    let mut guests: Vec<usize> = occ
        .iter()
        .filter(|o| o.sentence == next)
        .map(|o| o.person)
        .filter(|&p| persons[p].country.is_some_and(|c| nations.contains(&c.0)))
        .collect();
    guests.sort_unstable();
    guests.dedup();
    let every_nation = nations.iter().all(|&c| {
        guests
            .iter()
            .any(|&p| persons[p].country.is_some_and(|pc| pc.0 == c))
    });
    (every_nation && guests.len() >= 2).then_some((guests, next))
}

/// Verbs of meeting that follow a plan word ("is scheduled to meet", "will visit").
const PLANNED_VERBS: [&str; 9] = [
    "meet", "visit", "hold", "receive", "host", "attend", "travel", "talk", "discuss",
];

/// Verbs of a trip, whose plan ("will travel to ...") makes the rest of the sentence a plan.
const TRIP_VERBS: [&str; 12] = [
    "travel", "visit", "make", "pay", "go", "leave", "head", "fly", "depart", "embark", "attend",
    "hold",
];

/// Verbs that attribute a report to its source.
const REPORTING: [&str; 12] = [
    "said",
    "says",
    "told",
    "tells",
    "stated",
    "noted",
    "added",
    "announced",
    "reported",
    "wrote",
    "tweeted",
    "confirmed",
];

/// ", Press Secretary X told reporters": a source named after the meeting phrase.
/// One in-person meeting of `host` with each of `guests`, told by `evidence`.
fn each_met_the_host(
    meetings: &mut Vec<ArticleMeeting>,
    host: usize,
    guests: &[usize],
    evidence: Vec<usize>,
    trigger: usize,
) {
    for &g in guests {
        let mut participants = vec![host, g];
        participants.sort_unstable();
        meetings.push(ArticleMeeting::told(
            participants,
            evidence.clone(),
            MeetingKind::InPerson,
            trigger,
            0.7,
        ));
    }
}

fn is_attribution(doc: &Doc<'_>, o: &Occurrence, r: Range<usize>, trigger: Option<usize>) -> bool {
    let Some(t) = trigger else { return false };
    if o.start <= t {
        return false;
    }
    let Some(comma) = (t..o.start).rev().find(|&k| doc.low(k) == ",") else {
        return false;
    };
    // "..., X said" or "..., the agency reports, citing the press secretary X".
    (o.end < r.end && REPORTING.contains(&doc.low(o.end)))
        || (comma + 1..o.start).any(|k| matches!(doc.low(k), "citing" | "quoting" | "according"))
}

/// Whether the person at token `at` follows "by" ("the party, led by X"): an agent, not the
/// sentence's subject.
fn agent_after_by(doc: &Doc<'_>, sentence_start: usize, at: usize) -> bool {
    at > sentence_start && doc.low(at - 1) == "by"
}

/// Whether the meeting phrase at `trigger` follows ", where" with its subject left out (", where
/// met with Y"): a slip that stands for ", where he met".
fn subject_left_out(doc: &Doc<'_>, start: usize, trigger: usize) -> bool {
    trigger >= start + 2 && doc.low(trigger - 1) == "where" && doc.low(trigger - 2) == ","
}

/// Where a sentence's subject starts after an opening phrase of time or place: a preposition,
/// perhaps a determiner, one to three words that are no preposition and perhaps a comma ("On his
/// Twitter account the minister wrote", "In addition, the minister"). Not "In a meeting with the
/// minister, X said": "with" ends the opener short of a subject. The sentence's start otherwise.
fn subject_after_opener(doc: &Doc<'_>, r: Range<usize>) -> usize {
    let opens = matches!(
        doc.low(r.start),
        "on" | "in" | "at" | "via" | "through" | "after" | "during" | "following" | "later"
    );
    if !opens {
        return r.start;
    }
    let mut k = r.start + 1;
    if k < r.end
        && matches!(
            doc.low(k),
            "his" | "her" | "its" | "their" | "the" | "a" | "an"
        )
    {
        k += 1;
    }
    let words = k;
    while k < r.end
        && k < words + 3
        && doc.low(k).bytes().all(|b| b.is_ascii_alphanumeric())
        && !matches!(
            doc.low(k),
            "the"
                | "with"
                | "by"
                | "to"
                | "of"
                | "for"
                | "from"
                | "and"
                | "at"
                | "on"
                | "in"
                | "between"
                | "about"
                | "he"
                | "she"
                | "his"
                | "her"
        )
    {
        k += 1;
    }
    if k == words {
        return r.start;
    }
    if k < r.end && doc.low(k) == "," {
        k += 1;
    }
    k
}

/// "he" or "she" (not "HE", His Excellency).
fn subject_pronoun(doc: &Doc<'_>, x: usize) -> bool {
    matches!(doc.low(x), "he" | "she") && doc.tok(x) != "HE"
}

/// Whether a title is a spokesperson's or press secretary's: someone who reports, not a principal.
fn speaks_for(title: &str) -> bool {
    let t = title.to_lowercase();
    t.contains("spokes") || t.contains("press secretary")
}

/// The meeting whose evidence ends latest (the later one of a tie).
fn latest_told(meetings: &[ArticleMeeting]) -> Option<usize> {
    (0..meetings.len()).max_by_key(|&i| (meetings[i].evidence.iter().max().copied(), i))
}

/// `..., "quote," State Department spokesperson X said`: who a quotation closed just before is
/// attributed to.
fn names_a_quote(doc: &Doc<'_>, o: &Occurrence, r: Range<usize>) -> bool {
    if o.end >= r.end || !REPORTING.contains(&doc.low(o.end)) {
        return false;
    }
    // Not `"...," X told Y as the talks began`: Y is who X spoke to.
    if matches!(doc.low(o.end), "told" | "tells")
        && o.end + 1 < r.end
        && doc.is_capitalised(o.end + 1)
    {
        return false;
    }
    // Back over the title ("State Department spokesperson").
    let mut k = o.start;
    while k > r.start && o.start - k < 5 && doc.tokens()[k - 1].kind == TokenKind::Word {
        k -= 1;
    }
    k >= r.start + 2 && matches!(doc.tok(k - 1), "\"" | "”") && doc.tok(k - 2) == ","
}

/// "X and Y discussed ...": two people joined by "and" right before the trigger.
/// "Prime Minister X spoke today with President Y about ...": in a readout, officials who spoke
/// with nothing said of a place, a visit or a meeting spoke by phone.
fn spoke_without_meeting(doc: &Doc<'_>, r: Range<usize>, trigger: &Trigger) -> bool {
    matches!(doc.low(trigger.token), "spoke" | "spoken" | "speaks")
        && !r.clone().any(|k| {
            matches!(
                doc.low(k),
                "met"
                    | "meeting"
                    | "meet"
                    | "sidelines"
                    | "margins"
                    | "visit"
                    | "visiting"
                    | "summit"
                    | "arrived"
                    | "person"
                    | "in-person"
                    | "hosted"
                    | "received"
                    | "during"
                    | "reporters"
                    | "journalists"
                    | "press"
            ) || (k > r.start
                && matches!(doc.low(k - 1), "in" | "at")
                && doc.tags[k]
                    .place()
                    .is_some_and(|p| p.1 != PlaceKind::Demonym))
        })
}

/// "During the breakfast meeting, A and B shared their views": a sentence opened by its meeting,
/// whose subject is the pair.
fn opened_by_the_meeting(
    doc: &Doc<'_>,
    r: Range<usize>,
    here: &[&Occurrence],
    trigger: usize,
) -> bool {
    r.len() > 6
        && matches!(doc.low(r.start), "during" | "at" | "in")
        && doc.low(r.start + 1) == "the"
        && trigger <= r.start + 4
        && (r.start + 2..trigger).all(|k| !doc.is_capitalised(k))
        && doc.low(trigger + 1) == ","
        && matches!(
            here,
            [a, b, ..] if a.start == trigger + 2
                && doc.low(a.end) == "and"
                && (a.end + 1..b.start).all(|k| doc.is_capitalised(k) || doc.low(k) == ".")
        )
}

/// Whether tokens `gap` are an office in commas after a name: ", Permanent Secretary, MoFA,
/// Brunei Darussalam,".
fn appositive_office(doc: &Doc<'_>, gap: Range<usize>) -> bool {
    gap.len() >= 3
        && doc.low(gap.start) == ","
        && doc.low(gap.end - 1) == ","
        && gap.clone().any(|k| doc.tags[k].head().is_some())
        && gap.clone().all(|k| {
            doc.is_capitalised(k)
                || matches!(
                    doc.low(k),
                    "," | "of" | "the" | "for" | "and" | "&" | "(" | ")" | "-"
                )
        })
}

fn coordinated_subjects(doc: &Doc<'_>, here: &[&Occurrence], trigger: usize) -> bool {
    here.windows(2).any(|w| {
        // Between "and" and the second name, only the second title ("and Chinese Foreign
        // Minister Wang Yi held a meeting").
        let title_between = (w[0].end + 1..w[1].start).all(|k| {
            doc.is_capitalised(k)
                || matches!(
                    doc.low(k),
                    "of" | "the" | "for" | "'s" | "’s" | "-" | "his" | "her" | "counterpart" | ","
                )
        });
        // "X, Secretary (East), MEA, and Y, Permanent Secretary, MoFA, Brunei, co-chaired":
        // each name may carry its office in commas.
        let and_at = if doc.low(w[0].end) == "and" {
            Some(w[0].end)
        } else {
            (w[0].end + 2..w[1].start)
                .find(|&k| doc.low(k) == "and")
                .filter(|&k| doc.low(k - 1) == "," && appositive_office(doc, w[0].end..k))
        };
        let title_between = and_at.is_some_and(|a| {
            if a == w[0].end {
                title_between
            } else {
                (a + 1..w[1].start).all(|k| doc.is_capitalised(k) || doc.low(k) == ",")
            }
        });
        w[1].start > w[0].end
            && title_between
            && w[1].end <= trigger
            // Right before the phrase or its verb ("X and Y held their first trilateral summit"),
            // or its subject again as "they" ("X and Y agreed ..., as they held ..."), or the
            // subject of a clause closed by the talks it followed ("X and Y agreed ..., following
            // talks in Nairobi").
            && (trigger - w[1].end <= 2
                || (trigger - w[1].end >= 4 && appositive_office(doc, w[1].end..trigger))
                // "A, B and C, respectively, discussed"
                || (w[1].end..trigger).all(|k| matches!(doc.low(k), "," | "respectively"))
                // "... by the two Foreign Ministers A and B on August 4 at a bilateral meeting":
                // only the day and the place of the meeting between.
                || (w[1].end..trigger).all(|k| {
                    matches!(
                        doc.low(k),
                        "on" | "at" | "a" | "the" | "bilateral" | "their" | "during" | ","
                    ) || doc.word_flags(k) & (vocab::MONTH | vocab::DAY) != 0
                        || doc.tok(k).bytes().all(|b| b.is_ascii_digit())
                })
                || (here.last().is_some_and(|l| l.start == w[1].start)
                    && (trigger.saturating_sub(3)..trigger)
                        .any(|k| matches!(doc.low(k), "following" | "after")))
                || (w[1].end..trigger).any(|k| {
                    doc.low(k) == "they"
                        // "X and Y agreed ... in their first in-person talks", "... during four
                        // hours of talks"
                        || (matches!(doc.low(k), "their" | "during") && trigger - k <= 5)
                        || (k - w[1].end <= 2
                            && trigger - k <= 4
                            && matches!(doc.low(k), "held" | "hold" | "holds" | "had"))
                }))
    })
}

/// References without a name: "the Iranian official", "his Syrian counterpart" (the latest person of
/// that country so far), and a title with the article "the Secretary-General", "the Head of State"
/// (the latest person holding it). Returns (person, token).
/// "Russian and Chinese leaders", "Iranian, Iraqi and Syrian foreign ministers" from token
/// `x`: each demonym's token and country, and the end of the plural title.
fn plural_of_nations(
    doc: &Doc<'_>,
    mut x: usize,
    end: usize,
) -> Option<(Vec<(usize, usize)>, usize)> {
    let mut nations = Vec::new();
    loop {
        let (c, kind, len) = doc.tags.get(x)?.place()?;
        if kind != PlaceKind::Demonym || x + len >= end {
            return None;
        }
        nations.push((x, c));
        x += len;
        match doc.low(x) {
            "," => x += 1,
            "and" if nations.len() >= 1 => {
                x += 1;
                let (c, kind, len) = doc.tags.get(x)?.place()?;
                if kind != PlaceKind::Demonym || x + len >= end {
                    return None;
                }
                nations.push((x, c));
                x += len;
                break;
            }
            _ => return None,
        }
    }
    // ("the Russian and Chinese foreign ministers")
    while x < end && doc.tags[x].portfolio().is_some() {
        x += doc.tags[x].portfolio().unwrap_or(1);
    }
    let plural = x < end
        && matches!(
            doc.low(x),
            "leaders" | "presidents" | "premiers" | "ministers" | "counterparts" | "heads"
        );
    plural.then_some((nations, x + 1))
}

/// Whether the reference at `k` is the complement of a title that serves someone ("Personal
/// Representative of His Majesty the Sultan", "adviser to the King"), honorifics between.
fn serves_reference(doc: &Doc<'_>, k: usize) -> bool {
    // Step back over the honorific's words ("His Majesty").
    let mut b = k;
    while b > 0 && k - b < 3 && doc.is_capitalised(b - 1) {
        b -= 1;
    }
    b >= 2 && serves_someone(doc, b - 1)
}

/// Whether `k` is the "of"/"to" after a title that serves someone named next ("envoy of",
/// "adviser to", "Personal Representative of", "Chief of Staff to", "Private Secretary to").
fn serves_someone(doc: &Doc<'_>, k: usize) -> bool {
    k >= 1
        && matches!(doc.low(k), "of" | "to")
        && (super::mentions::ADVISERS.contains(&doc.low(k - 1))
            || matches!(doc.low(k - 1), "representative" | "envoy" | "emissary")
            || (doc.low(k) == "to" && matches!(doc.low(k - 1), "staff" | "secretary")))
}

fn resolve_anaphors(
    doc: &Doc<'_>,
    r: Range<usize>,
    persons: &[Person],
    occ: &[Occurrence],
    si: usize,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let latest = |k: usize, ok: &dyn Fn(&Person) -> bool| {
        occ.iter()
            .filter(|o| o.sentence < si || (o.sentence == si && o.end <= k))
            .filter(|o| ok(&persons[o.person]))
            .max_by_key(|o| o.start)
            .map(|o| o.person)
    };
    let following = |ok: &dyn Fn(&Person) -> bool| {
        occ.iter()
            .filter(|o| o.sentence > si && o.sentence <= si + 2)
            .filter(|o| ok(&persons[o.person]))
            .min_by_key(|o| o.start)
            .map(|o| o.person)
    };
    let mut skip_to = 0;
    for k in r.clone() {
        if k < skip_to {
            continue;
        }
        // "Tajik President along with a delegation met X": a sentence may open with the
        // demonym and title without "the".
        let opening_demonym = k == r.start
            && !doc.quoted[k]
            && doc.tags[k]
                .place()
                .is_some_and(|p| p.1 == PlaceKind::Demonym);
        // ... or with the country's possessive: "Mexico's top diplomat said he discussed ...".
        let opening_possessive = k == r.start
            && !doc.quoted[k]
            && doc.tags[k].place().is_some_and(|(_, kind, len)| {
                kind == PlaceKind::Country
                    && k + len < r.end
                    && doc.tokens()[k + len].kind == TokenKind::Possessive
            });
        if !opening_demonym
            && !opening_possessive
            && (doc.word_flags(k) & vocab::REFERENCE == 0 || doc.quoted[k] || k + 1 >= r.end)
        {
            continue;
        }
        // "Personal Representative of His Majesty the Sultan": whom another's title serves, who is
        // not there.
        if serves_reference(doc, k) {
            continue;
        }
        // "the head of the Turkmen delegation": who headed the delegation told before.
        if k + 5 < r.end
            && doc.low(k) == "the"
            && doc.low(k + 1) == "head"
            && doc.low(k + 2) == "of"
            && (k + 3..k + 6).any(|x| doc.low(x) == "delegation")
        {
            let head = occ
                .iter()
                .filter(|o| o.sentence < si && o.start > 2)
                .filter(|o| {
                    let by = (o.start.saturating_sub(10)..o.start).find(|&x| doc.low(x) == "by");
                    by.is_some_and(|b| {
                        matches!(doc.low(b - 1), "headed" | "led")
                            && (b.saturating_sub(10)..b).any(|x| doc.low(x) == "delegation")
                    })
                })
                .max_by_key(|o| o.start);
            if let Some(o) = head {
                out.push((o.person, k));
                // (Its own "the ... delegation" refers to no one else.)
                skip_to = k + 4;
                continue;
            }
        }
        // "The Saudi delegation was also received by A and B": the delegation stands for its
        // head told before ("X, chairing a delegation", "a delegation headed by X").
        // ("In its stay in Russia, the delegation held ...": after an opening phrase.)
        let opens_clause = k == r.start
            || (k > r.start + 2
                && doc.low(k - 1) == ","
                && matches!(
                    doc.low(r.start),
                    "in" | "during" | "on" | "at" | "after" | "while" | "upon"
                )
                && (r.start..k - 1).all(|x| doc.low(x) != ","));
        if opens_clause
            && doc.low(k) == "the"
            && let Some(d) = (k + 1..r.end.min(k + 4)).find(|&x| doc.low(x) == "delegation")
            // ("the KSCM delegation": a body's name, written as in the delegation told before)
            && (k + 1..d).all(|x| doc.tags[x].place().is_some() || doc.is_capitalised(x))
            && d + 2 < r.end
            && matches!(
                doc.low(d + 1),
                "was" | "also" | "met" | "held" | "has" | "had"
            )
        {
            let nation = (k + 1..d).find_map(|x| doc.tags[x].place().map(|p| p.0));
            let body_words: Vec<&str> = (k + 1..d)
                .filter(|&x| doc.tags[x].place().is_none())
                .map(|x| doc.low(x))
                .collect();
            let head = occ
                .iter()
                .filter(|o| o.sentence < si && o.start > 2)
                .filter(|o| {
                    nation.is_none_or(|c| persons[o.person].country.is_none_or(|pc| pc.0 == c))
                })
                .filter(|o| {
                    // "a delegation headed by X" (X the first named after "by", not "along with A")
                    let by = (o.start.saturating_sub(10)..o.start).find(|&x| doc.low(x) == "by");
                    by.is_some_and(|b| {
                        // ("a delegation of the Communist Party of Bohemia and Moravia (KSCM) led
                        // by X")
                        let phrase = b.saturating_sub(14)..b;
                        matches!(doc.low(b - 1), "headed" | "led")
                            && phrase.clone().any(|x| doc.low(x) == "delegation")
                            && !occ.iter().any(|x| x.start > b && x.start < o.start)
                            && body_words
                                .iter()
                                .all(|&w| phrase.clone().any(|x| doc.low(x) == w))
                    })
                    // "X, chairing a delegation from ..."
                    || (o.end + 5 < doc.tokens().len()
                        && doc.low(o.end) == ","
                        && matches!(doc.low(o.end + 1), "chairing" | "heading" | "leading")
                        && (o.end + 2..o.end + 5).any(|x| doc.low(x) == "delegation"))
                })
                .max_by_key(|o| o.start);
            if let Some(o) = head {
                out.push((o.person, k));
                skip_to = d + 1;
                continue;
            }
        }
        // "Along with the Russian and Chinese leaders, the talks were attended by ...": each
        // nation's latest person told before.
        if doc.low(k) == "the"
            && let Some((nations, end)) = plural_of_nations(doc, k + 1, r.end)
        {
            for (at, c) in nations {
                let of_country = |p: &Person| p.country.is_some_and(|pc| pc.0 == c);
                if let Some(p) = latest(k, &of_country) {
                    out.push((p, at));
                }
            }
            skip_to = end;
            continue;
        }
        // Where the nationality begins: after the reference word, or the opening word itself.
        let mut nat = if opening_demonym || opening_possessive {
            k
        } else {
            k + 1
        };
        // ("the new US ambassador", "the outgoing Japanese envoy", "the top Cuban diplomat": a
        // word of the title first)
        if doc.low(k) == "the"
            && nat + 1 < r.end
            && doc.tags[nat].place().is_none()
            && doc.tags[nat].modifier().is_some_and(|n| n == 1)
            && matches!(
                doc.low(nat),
                "new" | "outgoing" | "incoming" | "newly-appointed" | "top" | "senior"
            )
        {
            nat += 1;
        }
        // ("the US secretary of state": a country's short form used as its adjective.)
        if let Some((c, PlaceKind::Demonym | PlaceKind::Country, len)) = doc.tags[nat].place()
            && (opening_possessive
                || doc.tags[nat]
                    .place()
                    .is_some_and(|p| p.1 == PlaceKind::Demonym)
                || doc
                    .tok(nat)
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b == b'.')
                // ("The Malawi Head of State": the country's name as its adjective, before a
                // title.)
                || (doc.low(k) == "the"
                    && nat + len < r.end
                    && doc.tags[nat + len].head().is_some()))
        {
            let noun = nat + len + usize::from(opening_possessive);
            if noun >= r.end {
                continue;
            }
            // "his Iraqi counterpart Fuad Hussein" names someone: only a bare reference is resolved.
            let named_after = noun < r.end && {
                let after = noun + doc.tags[noun].anaphor().unwrap_or(1);
                // The name's mention may begin at the noun itself ("counterpart Marko Djuric").
                occ.iter()
                    .any(|o| o.sentence == si && o.start >= noun && o.start <= after + 1)
            };
            // "Attending from the South Korean side were X and Y": the sentence names that side's
            // people itself.
            // (Not someone whose nationality was only guessed from the article: "The Iraqi
            // minister met Minister of State X" in a story that names Iraq most.)
            let side_named = occ.iter().any(|o| {
                o.sentence == si
                    && o.start > k
                    && persons[o.person].country_is_firm()
                    && persons[o.person].country.is_some_and(|pc| pc.0 == c)
            });
            // "the Iranian Foreign Minister": a title with no name after it refers like "the
            // Iranian minister".
            let mut head = noun;
            while head < r.end
                && let Some(n) = doc.tags[head].portfolio().or(doc.tags[head].modifier())
            {
                head += n;
                // ("the Iraqi Youth and Sport Minister": portfolios joined by "and")
                if head + 1 < r.end
                    && matches!(doc.low(head), "and" | "&")
                    && doc.tags[head + 1].portfolio().is_some()
                {
                    head += 1;
                }
            }
            let bare_title = head < r.end
                && doc.tags[head].head().is_some_and(|(n, _)| {
                    head + n >= r.end || !(doc.is_name_word(head + n) || doc.low(head + n) == "of")
                });
            // "the US President Special Envoy X": the president's envoy, not the president.
            let title_follows = |x: usize| {
                x < r.end
                    && doc.is_capitalised(x)
                    && (doc.tags[x].modifier().is_some() || doc.tags[x].head().is_some())
            };
            let qualifies_a_title = noun < r.end
                // ("the Russian Interior Minister held talks": a portfolio before its own title)
                && ((head == noun && title_follows(noun + doc.tags[noun].anaphor().unwrap_or(1)))
                    || doc.tags[head]
                        .head()
                        .is_some_and(|(n, _)| title_follows(head + n)));
            if noun < r.end
                && ((doc.tags[noun].anaphor().is_some() && !opening_demonym) || bare_title)
                && !named_after
                && !side_named
                && !qualifies_a_title
                && let Some(p) = {
                    // (Someone named earlier in this sentence only with a nationality guessed
                    // from the article is no referent: "Vice Foreign Minister X held talks with
                    // the US diplomat" in a story that names the US most.)
                    let guessed_here = |p: &Person| {
                        !p.country_is_firm()
                            && occ.iter().any(|o| {
                                o.sentence == si
                                    && o.start < k
                                    && std::ptr::eq(&persons[o.person], p)
                            })
                    };
                    let of_country =
                        |p: &Person| p.country.is_some_and(|pc| pc.0 == c) && !guessed_here(p);
                    // The person of that country who holds the title, else the latest of it.
                    let title = bare_title.then(|| {
                        let end = head + doc.tags[head].head().map_or(1, |h| h.0);
                        (noun..end)
                            .map(|x| doc.low(x))
                            .collect::<Vec<_>>()
                            .join(" ")
                    });
                    let of_title = |p: &Person| {
                        of_country(p) && title.as_ref().is_some_and(|t| holds_title(p, t))
                    };
                    // ... or whose title holds its portfolio's words ("the Iraqi Youth and Sport
                    // Minister" is the "Minister of Youth and Sports").
                    // (Only a bare title has them: no allocation for "the Iranian official".)
                    let portfolio_words: Vec<&str> = if bare_title {
                        (noun..head)
                            .filter(|&x| {
                                doc.tokens()[x].kind == TokenKind::Word
                                    && !matches!(doc.low(x), "and" | "&")
                            })
                            .map(|x| doc.low(x))
                            .collect()
                    } else {
                        Vec::new()
                    };
                    let of_portfolio = |p: &Person| {
                        !portfolio_words.is_empty()
                            && of_country(p)
                            && p.titles.iter().any(|t| {
                                let t = t.to_lowercase();
                                portfolio_words.iter().all(|w| t.contains(w))
                            })
                    };
                    latest(k, &of_title)
                        .or_else(|| latest(k, &of_portfolio))
                        // (One told of that country before one whose nationality was only
                        // guessed from the article: "the top Cuban diplomat" after the Vatican's
                        // Secretary of State, in a Cuban story.)
                        .or_else(|| latest(k, &|p: &Person| of_country(p) && p.country_is_firm()))
                        .or_else(|| latest(k, &of_country))
                        // "The Turkish president spoke over the phone with his Israeli
                        // counterpart. ... Erdogan congratulated Israel's Herzog": with no one of
                        // that country before, the first named in the next two sentences.
                        .or_else(|| following(&of_title))
                        .or_else(|| following(&of_country))
                }
            {
                out.push((p, k));
            }
            continue;
        }
        if doc.low(k) != "the" {
            continue;
        }
        // "The two presidents held talks": in a sentence that names nobody, the last two people
        // named within a few sentences.
        // "The leaders met Wednesday": at the start of a sentence, the same.
        let the_leaders = k == r.start
            && k + 1 < r.end
            && matches!(doc.low(k + 1), "leaders" | "presidents" | "premiers");
        if (the_leaders
            || (k + 2 < r.end
                && doc.low(k + 1) == "two"
                && matches!(
                    doc.low(k + 2),
                    "presidents" | "leaders" | "ministers" | "premiers" | "heads"
                )))
            // Nobody named before it: people named after it are others who joined ("The two
            // leaders held talks attended by A and B").
            && !occ.iter().any(|o| o.sentence == si && o.start < k)
        {
            // Not people told of as expected somewhere ("X and Y are expected to attend").
            let planned = |s: usize| {
                doc.sentence_may_have(s, IDS.will)
                    && doc.sentence_tokens[s].clone().any(|x| {
                        matches!(
                            doc.low(x),
                            "will" | "expected" | "scheduled" | "due" | "shall"
                        )
                    })
            };
            // "The two ministers" are two people titled minister (not the president a spokesman
            // mentioned in between); "the two leaders" any two officials.
            let office = match doc.low(k + 2) {
                "ministers" => Some("minister"),
                "presidents" => Some("president"),
                _ => None,
            };
            // (A spokesperson quoted about the talks is no leader at them.)
            let spokesperson = |p: &Person| p.titles.iter().all(|t| speaks_for(t));
            let holds_office = |p: &Person| {
                !spokesperson(p)
                    && office.is_none_or(|w| {
                        p.titles.iter().any(|t| {
                            let t = t.to_lowercase();
                            t.contains(w) || t == "counterpart"
                        })
                    })
            };
            let window = if office.is_some() { 6 } else { 3 };
            let mut recent: Vec<usize> = Vec::new();
            for o in occ
                .iter()
                .rev()
                .filter(|o| o.sentence < si && si - o.sentence <= window && !planned(o.sentence))
            {
                if !recent.contains(&o.person)
                    && !persons[o.person].titles.is_empty()
                    && holds_office(&persons[o.person])
                {
                    recent.push(o.person);
                }
                if recent.len() == 2 {
                    break;
                }
            }
            // "The two leaders last spoke in 2022, when Scholz urged Putin ...": a sentence that
            // names one of them again names both itself.
            let mut after: Vec<usize> = occ
                .iter()
                .filter(|o| o.sentence == si && o.start > k)
                .map(|o| o.person)
                .collect();
            after.sort_unstable();
            after.dedup();
            let named_again = after.len() >= 2 && after.iter().any(|p| recent.contains(p));
            if recent.len() == 2 && !named_again {
                out.extend(recent.into_iter().map(|p| (p, k)));
            }
            continue;
        }
        // "Earlier Monday, the diplomat was received by X": a sentence that opens with a
        // diplomat named by his trade, the latest envoy named in the last three sentences.
        if (k == r.start
            || (doc.low(k - 1) == "," && !occ.iter().any(|o| o.sentence == si && o.start < k)))
            && k + 1 < r.end
            && matches!(doc.low(k + 1), "diplomat" | "envoy" | "ambassador")
            && !doc.is_capitalised(k + 1)
        {
            // (A consul or "charge d'affaires" written without its accent is posted too.)
            let envoy = |p: &Person| {
                p.is_envoy()
                    || p.titles.iter().any(|t| {
                        let t = t.to_lowercase();
                        ["consul", "charge d", "diplomat"]
                            .iter()
                            .any(|w| t.contains(w))
                    })
            };
            if let Some(p) = occ
                .iter()
                .filter(|o| o.sentence < si && si - o.sentence <= 3)
                .filter(|o| envoy(&persons[o.person]))
                .max_by_key(|o| o.start)
            {
                out.push((p.person, k));
            }
            continue;
        }
        // "Chief of Army Staff (COAS) General X ... called on the COAS": an office's acronym,
        // defined in brackets at its holder's title.
        if k + 1 < r.end
            && (2..=6).contains(&doc.tok(k + 1).len())
            && doc.tok(k + 1).bytes().all(|b| b.is_ascii_uppercase())
            && doc.tags[k + 1].place().is_none()
        {
            let acronym = doc.tok(k + 1);
            let defined = (1..k).rev().find(|&x| {
                doc.tok(x) == acronym
                    && doc.low(x - 1) == "("
                    && x + 1 < doc.tokens().len()
                    && doc.low(x + 1) == ")"
            });
            let holder = defined.and_then(|x| {
                occ.iter()
                    .find(|o| o.start > x + 1 && o.start <= x + 5)
                    .or_else(|| occ.iter().rev().find(|o| o.end <= x - 1 && o.end + 8 > x))
            });
            if let Some(o) = holder {
                out.push((o.person, k));
                continue;
            }
            // ... or spelled by the initials of a title told before ("the Chief of Defence
            // Staff, General X ... said the CDS also had talks with Y").
            let spells = |p: &Person| p.titles.iter().any(|t| title_initials(t) == acronym);
            if defined.is_none()
                && let Some(p) = latest(k, &spells)
            {
                out.push((p, k));
                continue;
            }
        }
        // "the Head of State"
        if k + 3 < r.end
            && doc.low(k + 1) == "head"
            && doc.low(k + 2) == "of"
            && doc.low(k + 3) == "state"
        {
            let hos = &doc.lex.heads_of_state;
            let is_head = |p: &Person| holds_title_ending(p, hos);
            if let Some(p) = latest(k, &is_head) {
                out.push((p, k));
            }
            continue;
        }
        // "the Secretary-General met ...": a capitalised title with no name after it. "the Amir"
        // too, a title that is no head word because it is also a first name.
        let amir = doc.low(k + 1) == "amir" && doc.is_capitalised(k + 1);
        // With its modifier: "the chief adviser", "the deputy prime minister".
        let modified = doc.tags[k + 1].modifier().and_then(|m| {
            let (n, envoy) = doc.tags.get(k + 1 + m)?.head()?;
            (k + 1 + m + n <= r.end).then_some((m + n, envoy))
        });
        let Some((len, _)) = modified
            .or(doc.tags[k + 1].head())
            .or(amir.then_some((1, false)))
        else {
            continue;
        };
        let after = k + 1 + len;
        if after < r.end && (doc.is_name_word(after) || doc.low(after) == "of") {
            continue;
        }
        let head = if amir {
            "emir".to_string()
        } else {
            (k + 1..after)
                .map(|x| doc.low(x))
                .collect::<Vec<_>>()
                .join(" ")
        };
        // Lower case only for offices one person holds in a country ("the crown prince"), not
        // "the minister", unless the article has named one minister only ("Meeting with the
        // Russian Ambassador X, the minister said ...").
        let sole_holder = || {
            let mut holders = occ
                .iter()
                .filter(|o| o.sentence < si || (o.sentence == si && o.end <= k))
                .map(|o| o.person)
                .filter(|&p| holds_title(&persons[p], &head));
            holders
                .next()
                .is_some_and(|first| holders.all(|p| p == first))
        };
        if !(doc.is_capitalised(k + 1)
            || SOLE_OFFICES.contains(&head.as_str())
            || (head == "minister" && sole_holder()))
        {
            continue;
        }
        if occ
            .iter()
            .any(|o| o.sentence == si && o.start <= after && k < o.end)
        {
            continue;
        }
        // ("the Amir" is whoever the article titled Amir or Emir.)
        // ("the PM" is whoever the article titled Prime Minister too.)
        let spelt_out = match head.as_str() {
            "pm" => Some("prime minister"),
            "fm" => Some("foreign minister"),
            _ => None,
        };
        let holder = |p: &Person| {
            holds_title(p, &head)
                || (amir && holds_title(p, "amir"))
                || spelt_out.is_some_and(|t| holds_title(p, t))
        };
        // "Cde Mnangagwa visited South Africa where he met President Zuma. Last Friday the
        // President visited Angola": opening a sentence, the subject of the sentence before
        // when it holds the title, rather than the last one named.
        // ("Last Friday the President ...": a few words of time may come first.)
        let opens = k - r.start <= 4
            && !occ.iter().any(|o| o.sentence == si && o.start < k)
            && (r.start..k).all(|x| doc.tags[x].head().is_none());
        let previous_subject = opens
            .then(|| {
                occ.iter()
                    .filter(|o| o.sentence + 1 == si)
                    .min_by_key(|o| o.start)
                    .map(|o| o.person)
                    .filter(|&p| holder(&persons[p]))
            })
            .flatten();
        // "“...,” the Prime Minister said": a quotation's speaker is the article's protagonist,
        // the first holder of the title it names, rather than whoever it named last.
        let speaker = (k > r.start
            && matches!(doc.tok(k - 1), "”" | "\"")
            && after < r.end
            && REPORTING.contains(&doc.low(after)))
        .then(|| {
            occ.iter()
                .filter(|o| o.sentence < si && holder(&persons[o.person]))
                .min_by_key(|o| o.start)
                .map(|o| o.person)
        })
        .flatten();
        if let Some(p) = previous_subject.or(speaker).or_else(|| latest(k, &holder)) {
            out.push((p, k));
        }
    }
    out
}

/// The capitals of a title's words but its small ones: "Chief of Defence Staff" → "CDS",
/// "Inspector-General of Police" → "IGP".
fn title_initials(title: &str) -> String {
    title
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !matches!(*w, "of" | "the" | "and" | "for" | "to" | "on"))
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

/// Whether one of `p`'s titles is `title` (lower case), begins with it or ends with it ("Foreign
/// Minister of Iran", "Deputy Foreign Minister" hold "foreign minister").
fn holds_title(p: &Person, title: &str) -> bool {
    p.titles.iter().any(|t| {
        let t = LowerTitle::new(t);
        t.eq(title) || t.ends_with_words(title) || t.starts_with_words(title)
    })
}

/// Whether one of `p`'s titles is one of `heads` (lower case) or ends with it ("Deputy Prime
/// Minister" ends with "prime minister").
fn holds_title_ending(p: &Person, heads: &[impl AsRef<str>]) -> bool {
    p.titles.iter().any(|t| {
        let t = LowerTitle::new(t);
        heads
            .iter()
            .any(|h| t.eq(h.as_ref()) || t.ends_with_words(h.as_ref()))
    })
}

/// A title compared as `to_lowercase` writes it. ASCII titles (nearly all) are compared byte by
/// byte without building the lower-case copy: these tests run for every person at every reference.
enum LowerTitle<'a> {
    Ascii(&'a [u8]),
    Lowered(String),
}

impl<'a> LowerTitle<'a> {
    fn new(t: &'a str) -> Self {
        if t.is_ascii() {
            LowerTitle::Ascii(t.as_bytes())
        } else {
            LowerTitle::Lowered(t.to_lowercase())
        }
    }

    /// `text`'s bytes lower-cased equal `words`'s.
    fn same(text: &[u8], words: &str) -> bool {
        text.len() == words.len()
            && text
                .iter()
                .zip(words.as_bytes())
                .all(|(a, b)| a.to_ascii_lowercase() == *b)
    }

    fn eq(&self, words: &str) -> bool {
        match self {
            LowerTitle::Ascii(t) => Self::same(t, words),
            LowerTitle::Lowered(t) => t == words,
        }
    }

    /// See [`starts_with_words`].
    fn starts_with_words(&self, words: &str) -> bool {
        match self {
            LowerTitle::Ascii(t) => {
                let n = words.len();
                t.len() > n && t[n] == b' ' && Self::same(&t[..n], words)
            }
            LowerTitle::Lowered(t) => starts_with_words(t, words),
        }
    }

    /// See [`ends_with_words`].
    fn ends_with_words(&self, words: &str) -> bool {
        match self {
            LowerTitle::Ascii(t) => {
                let n = words.len();
                t.len() > n && t[t.len() - n - 1] == b' ' && Self::same(&t[t.len() - n..], words)
            }
            LowerTitle::Lowered(t) => ends_with_words(t, words),
        }
    }
}

/// Whether `text` starts with the words `words` and goes on after a space ("Secretary of State"
/// starts with "Secretary").
fn starts_with_words(text: &str, words: &str) -> bool {
    text.strip_prefix(words)
        .is_some_and(|rest| rest.starts_with(' '))
}

/// Whether `text` ends with the words `words` after a space ("Deputy Foreign Minister" ends with
/// "Foreign Minister").
fn ends_with_words(text: &str, words: &str) -> bool {
    text.strip_suffix(words)
        .is_some_and(|rest| rest.ends_with(' '))
}

/// Titles that name one person even in lower case after "the".
const SOLE_OFFICES: [&str; 11] = [
    "crown prince",
    // Bangladesh's head of an interim government.
    "chief adviser",
    "king",
    "queen",
    "emir",
    "amir",
    "sultan",
    "secretary-general",
    "prime minister",
    "chancellor",
    "pope",
];

/// Phrases that place an encounter before the article's news, each with a word of it that a
/// sentence's summary can be tested for.
const VAGUE_PAST: [(&str, &str); 12] = [
    ("last", "last week"),
    ("recent", "in recent days"),
    // "praised the outcomes of the recent phone talk between A and B" (not "discussed the
    // recent developments")
    ("recent", "the recent phone"),
    ("recent", "the recent telephone"),
    ("recent", "the recent meeting"),
    ("recent", "the recent talks"),
    ("last", "last month"),
    ("earlier", "earlier this month"),
    ("earlier", "earlier this week"),
    ("recently", "recently"),
    ("last", "last year"),
    ("previously", "previously"),
];

/// Whether sentence `si`, whose people met in `m` too, tells of another encounter: a reception by
/// someone not in `m`, talks "on the sidelines" of a meeting of more people, a day of its own other than the day `m`'s evidence
/// gives, or "had received ... on Saturday" (an earlier day told in the past perfect).
fn another_encounter(
    doc: &Doc<'_>,
    si: usize,
    trigger: &Trigger,
    m: &ArticleMeeting,
    subject: &[usize],
) -> bool {
    let r = doc.sentence_tokens[si].clone();
    // "Later in the day, President Z received A and B": a host who was not in the meeting.
    if matches!(
        doc.low(trigger.token),
        "received" | "receives" | "hosted" | "hosts" | "welcomed"
    ) && subject.iter().any(|p| !m.participants.contains(p))
    {
        return true;
    }
    // "Earlier today, Y received X": told as before the meeting just told, so not the same one.
    if trigger.strong && doc.low(r.start) == "earlier" && !m.told_in(si) {
        return true;
    }
    if m.participants.len() > 2
        && r.clone()
            .any(|k| matches!(doc.low(k), "sidelines" | "margins" | "margin" | "sideline"))
    {
        return true;
    }
    // "..., signed in July 2024 by A and B": a year told for it that is not the article's.
    let year_told = r.clone().skip(1).find_map(|k| {
        let w = doc.tok(k);
        let year = (w.len() == 4)
            .then(|| w.parse::<i16>().ok())
            .flatten()
            .filter(|y| (1900..2100).contains(y))?;
        (doc.low(k - 1) == "in" || doc.word_flags(k - 1) & vocab::MONTH != 0).then_some(year)
    });
    if let (Some(year), Some(published)) = (year_told, doc.article.published)
        && year != published.year()
        && !m.evidence.iter().any(|&e| {
            doc.sentence_tokens[e]
                .clone()
                .any(|k| doc.tok(k) == year.to_string())
        })
    {
        return true;
    }
    // (Not a day in a relative clause: "Wong, who was sworn in on May 15, arrived ...".)
    let day = |s: usize| {
        let end = doc.sentence_tokens[s].end;
        doc.sentence_dates(s)
            .iter()
            .filter(|d| !in_relative_clause(doc, s, d, end))
            .find_map(|d| d.date)
    };
    let Some(own) = day(si) else {
        return false;
    };
    // "Trump met al-Sharaa in Riyadh on May 14", after an undated meeting told in an article of
    // May 25: a date written out, days before the article's, is another day's.
    let written_days_before = doc.sentence_dates(si).iter().any(|d| {
        d.kind == DateKind::Explicit
            && d.date
                .zip(doc.article.published)
                .is_some_and(|(day, published)| {
                    published.since(day).is_ok_and(|span| span.get_days() > 3)
                })
    });
    match m.evidence.iter().find_map(|&e| day(e)) {
        Some(theirs) => theirs != own,
        None => {
            written_days_before
                || (trigger.token > r.start
                    && doc.low(trigger.token - 1) == "had"
                    && doc.article.published != Some(own))
        }
    }
}

/// Whether date `d` of sentence `si` lies in a relative clause closed by a comma before token
/// `until`: "X, who traveled to Beijing on Tuesday, held talks ...".
fn in_relative_clause(doc: &Doc<'_>, si: usize, d: &DateMention, until: usize) -> bool {
    let r = doc.sentence_tokens[si].clone();
    let at = doc.sentences[si].start + d.start;
    let t = doc.tokens()[r.clone()].partition_point(|x| x.start < at) + r.start;
    // ... or in an opening clause about an earlier meeting ("Following his meeting yesterday with
    // X, Y met Z").
    // (The clause's own meeting takes its day from `date_at`.)
    if own_earlier_meeting_clause(doc, r.clone()).is_some_and(|(_, comma)| t < comma) {
        return true;
    }
    t < until
        && (r.start..t)
            .rev()
            .take_while(|&k| doc.tok(k) != ",")
            .any(|k| matches!(doc.low(k), "who" | "which"))
        && (t..until).any(|k| doc.tok(k) == ",")
}

/// In "X thanked A, Chancellor of Nicaragua, and had a meeting with B" (a meeting phrase at
/// `trigger` in the clause `r`, after ", and" and a verb with no subject of its own), the tokens
/// from the first predicate's verb to that comma: the people there are that predicate's, not the
/// meeting's.
fn first_predicates_object(
    doc: &Doc<'_>,
    r: Range<usize>,
    here: &[&Occurrence],
    trigger: usize,
) -> Option<Range<usize>> {
    let comma = (r.start + 1..trigger.saturating_sub(1)).rev().find(|&k| {
        doc.low(k) == ","
            && doc.low(k + 1) == "and"
            && k + 2 <= trigger
            && (k + 2 == trigger || {
                let w = doc.low(k + 2);
                !doc.is_capitalised(k + 2)
                    && w.bytes().all(|b| b.is_ascii_lowercase())
                    && !matches!(
                        w,
                        "the" | "his" | "her" | "their" | "its" | "a" | "an" | "other" | "both"
                    )
            })
    })?;
    // The subject: the first person of the clause, and the verb the first word after it that is
    // no part of a name or title.
    let subject = here
        .iter()
        .filter(|o| o.start >= r.start && o.start < comma)
        .min_by_key(|o| o.start)?;
    let in_mention = |x: usize| here.iter().any(|o| o.start <= x && x < o.end);
    let verb = (subject.end..comma).find(|&x| {
        !in_mention(x)
            && !doc.is_capitalised(x)
            && doc.tok(x).bytes().all(|b| b.is_ascii_lowercase())
            && !matches!(doc.low(x), "and" | "the" | "of" | "his" | "her" | "also")
            && doc.tags[x].head().is_none()
            && doc.tags[x].modifier().is_none()
            && doc.tags[x].portfolio().is_none()
    })?;
    // (Not when the first predicate is itself a meeting's or names no one.)
    here.iter()
        .any(|o| o.start > verb && o.end <= comma)
        .then_some(verb..comma)
}

/// The "to" at `x` points at something told, not something ahead: "X referred to a cordial
/// meeting with Y", "alluded to", "pointed to". `start` is the sentence's first token.
fn refers_to(doc: &Doc<'_>, start: usize, x: usize) -> bool {
    x > start && doc.low(x) == "to" && matches!(doc.low(x - 1), "referred" | "alluded" | "pointed")
}

/// The "to" at `x` gives the purpose of a trip told as made: "X arrived at the Palace to meet
/// with Y", "X paid a one-day visit to Moscow to hold talks with Y" (a planned trip is caught by
/// the plan rules).
/// "The meeting between A and B could take place in June", "the talks are expected to be held
/// next week": the verb of the meeting noun at `noun`, later in its clause, or the plan word that
/// opens its phrase, makes it a plan.
fn takes_place_later(doc: &Doc<'_>, r: Range<usize>, noun: usize) -> bool {
    // "The upcoming visit by X to Y and his meeting with Z will ...": a subject opened by a plan
    // word, with no verb of its own before the noun.
    if r.len() > 2
        && doc.low(r.start) == "the"
        && matches!(
            doc.low(r.start + 1),
            "upcoming" | "forthcoming" | "planned" | "proposed" | "expected" | "scheduled"
        )
        && !(r.start + 2..noun).any(|x| {
            matches!(
                doc.low(x),
                "was" | "were" | "is" | "are" | "has" | "had" | "met" | "held" | "said" | ","
            )
        })
    {
        return true;
    }
    let end = r.end.min(noun + 30);
    let happens_at = |x: usize| match doc.low(x) {
        "take" => x + 1 < end && doc.low(x + 1) == "place",
        "be" => {
            x + 1 < end
                && matches!(
                    doc.low(x + 1),
                    "held" | "organised" | "organized" | "convened"
                )
        }
        "happen" | "occur" => true,
        _ => false,
    };
    // ("will also take place")
    let happens = |x: usize| {
        let x =
            if x + 1 < end && matches!(doc.low(x), "also" | "then" | "soon" | "later" | "likely") {
                x + 1
            } else {
                x
            };
        happens_at(x)
    };
    for x in noun + 1..end {
        match doc.low(x) {
            ";" | "." => return false,
            // ("a telephone conversation with X ahead of the G20 Summit scheduled to take place
            // next week": the plan is the summit's.)
            // (Not the meeting's own medium: "a meeting by video conference ... will take place".)
            "summit" | "conference" | "forum" | "session" | "games" | "olympics"
                if x > noun + 2 && doc.low(x - 1) != "video" =>
            {
                return false;
            }
            "will" | "could" | "may" | "might" | "would" | "shall" | "can" | "should" | "must"
                if !doc.is_capitalised(x) && x + 1 < end =>
            {
                return happens(x + 1);
            }
            "expected" | "scheduled" | "set" | "due" | "slated" | "planned"
                if x + 2 < end && doc.low(x + 1) == "to" =>
            {
                return happens(x + 2);
            }
            // "the date of his phone call with X is being negotiated", "... is still being
            // arranged": its terms are not settled yet.
            "being"
                if x + 1 < end
                    && matches!(
                        doc.low(x + 1),
                        "negotiated" | "arranged" | "prepared" | "planned" | "worked" | "agreed"
                    )
                    && matches!(doc.low(x - 1), "is" | "are" | "still") =>
            {
                return true;
            }
            _ => {}
        }
    }
    false
}

fn purpose_of_a_trip_made(doc: &Doc<'_>, r: Range<usize>, x: usize) -> bool {
    doc.low(x) == "to"
        && (x.saturating_sub(9).max(r.start + 1)..x).any(|y| {
            (doc.low(y - 1) == "arrived" && doc.low(y) == "at")
                || (matches!(doc.low(y - 1), "paid" | "made")
                    && matches!(doc.low(y), "a" | "an" | "his" | "her")
                    && (y + 1..x).any(|z| doc.low(z) == "visit"))
                // "X led a delegation to pay a courtesy call on Y"
                || (matches!(doc.low(y - 1), "led" | "headed")
                    && matches!(doc.low(y), "a" | "an" | "his" | "her" | "the")
                    && (y + 1..x).any(|z| doc.low(z) == "delegation"))
        })
}

/// "In December, the security advisers met in Delhi. The meeting was hosted by X": a meeting told
/// without naming anyone between the last one recorded and sentence `si`, which an attendance line
/// then means.
fn unnamed_meeting_since(
    doc: &Doc<'_>,
    meetings: &[ArticleMeeting],
    si: usize,
    by_sentence: &[Vec<&Occurrence>],
    persons: &[Person],
    occ: &[Occurrence],
) -> bool {
    let Some(from) = meetings.iter().filter_map(|m| m.evidence.last()).max() else {
        return false;
    };
    (from + 1..si).any(|sj| {
        let r = doc.sentence_tokens[sj].clone();
        // ("The meeting discussed ...": the one recorded, told again.)
        if opens_with_its_noun(doc, r.clone()) {
            return false;
        }
        // Nobody named, nor referred to ("The First Couple welcomed the Japanese leader", "They
        // met again").
        by_sentence[sj].is_empty()
            && !r
                .clone()
                .any(|k| matches!(doc.low(k), "they" | "he" | "she" | "both"))
            // ("The President of Palestine was welcomed with military honours": an official
            // named by office.)
            && !(r.len() > 2 && doc.low(r.start) == "the" && doc.tags[r.start + 1].head().is_some())
            // (Nor "in a manner that meets aspirations": a thing's verb.)
            && find_triggers(doc, sj, &by_sentence[sj]).iter().any(|t| {
                t.strong
                    && (t.token == r.start
                        || !matches!(doc.low(t.token - 1), "that" | "which" | "it"))
            })
            && resolve_anaphors(doc, r, persons, occ, sj).is_empty()
    })
}

/// Whether one of the two sentences before `si` tells that `subject`, the only official it
/// names, held bilateral meetings or talks ("X held several bilateral meetings on the margins").
fn bilaterals_told_before(doc: &Doc<'_>, si: usize, occ: &[Occurrence], subject: usize) -> bool {
    (si.saturating_sub(2)..si).any(|sj| {
        let r = doc.sentence_tokens[sj].clone();
        let mut named = occ.iter().filter(|o| o.sentence == sj).map(|o| o.person);
        named.clone().any(|p| p == subject)
            && named.all(|p| p == subject)
            && (r.start + 1..r.end).any(|k| {
                (matches!(doc.low(k - 1), "bilateral" | "separate")
                    && matches!(doc.low(k), "meetings" | "talks" | "meeting"))
                    // "X held meetings with his Iranian and Uzbek counterparts"
                    || (matches!(doc.low(k - 1), "held" | "holds" | "had")
                        && doc.low(k) == "meetings"
                        && k + 1 < r.end
                        && doc.low(k + 1) == "with")
                    // "X met separately with a number of foreign ministers"
                    || (doc.low(k) == "separately" && matches!(doc.low(k - 1), "met" | "meets"))
            })
    })
}

/// "Following his meeting yesterday with X, ...": a sentence opened by a clause about its
/// subject's earlier meeting. The tokens of "following" and of the comma that closes it.
fn own_earlier_meeting_clause(doc: &Doc<'_>, r: Range<usize>) -> Option<(usize, usize)> {
    let k = (r.start..r.end.min(r.start + 2))
        .find(|&k| matches!(doc.low(k), "after" | "following" | "having"))?;
    // ("Having earlier met with X, Y also met Z")
    let having_met = doc.low(k) == "having"
        && (k + 1..r.end.min(k + 3)).any(|x| doc.low(x) == "met" && doc.low(x + 1) == "with");
    (k + 3 < r.end
        && (having_met
            || (matches!(doc.low(k + 1), "his" | "her" | "their")
                && matches!(doc.low(k + 2), "meeting" | "meetings" | "talks"))))
    .then(|| (k + 3..r.end.min(k + 16)).find(|&x| doc.low(x) == ","))
    .flatten()
    .map(|comma| (k, comma))
}

/// "Last Thursday, X spoke with A, and on Friday he had a phone conversation with B": with several
/// meeting phrases in a sentence, each takes the day told nearest before it (after the phrase
/// before), else the first in its own part. The byte offset of that date.
fn own_day(
    doc: &Doc<'_>,
    si: usize,
    triggers: &[Trigger],
    trigger: &Trigger,
    seg: &Range<usize>,
) -> Option<usize> {
    if triggers.len() < 2 {
        return None;
    }
    let r = doc.sentence_tokens[si].clone();
    let previous = triggers
        .iter()
        .map(|t| t.token)
        .filter(|&t| t < trigger.token)
        .max()
        .unwrap_or(r.start);
    // "..., while C held talks with D on May 3": the clause of its own starts after the first's day.
    let previous = (previous..trigger.token)
        .rfind(|&k| matches!(doc.low(k), "while" | "whereas" | ";"))
        .unwrap_or(previous);
    let base = doc.sentences[si].start;
    let token_of = |d: &DateMention| {
        let at = base + d.start;
        r.start + doc.tokens()[r.clone()].partition_point(|x| x.start < at)
    };
    // ("Following his meeting yesterday with X, Y met Z": that meeting's day.)
    let opening_clause = own_earlier_meeting_clause(doc, r.clone());
    let dates = doc.sentence_dates(si).iter().filter(|d| {
        d.date.is_some() && opening_clause.is_none_or(|(_, comma)| token_of(d) > comma)
    });
    dates
        .clone()
        .filter(|d| (previous..trigger.token).contains(&token_of(d)))
        .last()
        // (Not a day in a clause about the guest: "a courtesy call from Y, who is on a visit
        // starting yesterday".)
        .or_else(|| {
            dates.clone().find(|d| {
                let at = token_of(d);
                seg.contains(&at)
                    && !(trigger.token..at)
                        .any(|x| doc.low(x) == "who" && x > 0 && doc.low(x - 1) == ",")
            })
        })
        .map(|d| base + d.start)
}

/// "who went on to meet with X", "then proceeded to hold talks": the "to" of a sequel told in the
/// past, not of a plan.
fn went_on_to(doc: &Doc<'_>, x: usize) -> bool {
    x >= 2
        && doc.low(x) == "to"
        && ((doc.low(x - 1) == "on" && doc.low(x - 2) == "went") || doc.low(x - 1) == "proceeded")
}

/// Whether the sentence opens with a meeting's noun, "The meeting", "The video conference",
/// "The talks": it tells of a meeting already told.
fn opens_with_its_noun(doc: &Doc<'_>, r: Range<usize>) -> bool {
    let at = |n: usize| (r.start + n < r.end).then(|| doc.low(r.start + n));
    at(0) == Some("the")
        && (matches!(
            at(1),
            Some("meeting" | "talks" | "videoconference" | "call" | "conversation")
        ) || (matches!(at(1), Some("video" | "phone" | "telephone"))
            && matches!(at(2), Some("conference" | "call" | "conversation"))))
}

/// Whether sentence `si` has a phrase of [`VAGUE_PAST`].
fn tells_of_the_past(doc: &Doc<'_>, si: usize) -> bool {
    let text = &doc.lower_text()[doc.sentences[si].clone()];
    VAGUE_PAST
        .iter()
        .zip(IDS.vague_past)
        .any(|((_, phrase), bits)| doc.sentence_may_have(si, bits) && text.contains(phrase))
}
/// Whether a phrase of [`VAGUE_PAST`] stands within ten tokens of `trigger` and tells a time
/// ("met last month"), not whose something is ("last year's deal").
fn past_near(doc: &Doc<'_>, si: usize, trigger: usize) -> bool {
    let r = doc.sentence_tokens[si].clone();
    let from = trigger.saturating_sub(10).max(r.start);
    let to = (trigger + 10).min(r.end);
    (from..to).any(|k| {
        VAGUE_PAST.iter().any(|(_, phrase)| {
            let end = k + phrase.split(' ').count();
            end <= r.end
                && (k..end)
                    .zip(phrase.split(' '))
                    .all(|(x, w)| doc.low(x) == w)
                && (end >= r.end || doc.tokens()[end].kind != TokenKind::Possessive)
        })
    })
}

/// The people of `named` (person, token) standing in `range`, each once, in order.
fn people_named_in(named: &[(usize, usize)], range: Range<usize>) -> Vec<usize> {
    let mut v: Vec<usize> = Vec::new();
    for &(p, t) in named {
        if range.contains(&t) && !v.contains(&p) {
            v.push(p);
        }
    }
    v
}

/// "Y delivered a written message to X from Z": the letter's writer Z and its addressee X (named
/// after "to" and "from"), without Y who carried it; `None` for other sentences.
fn messenger_errand(
    doc: &Doc<'_>,
    trigger: &Trigger,
    seg: Range<usize>,
    named: &[(usize, usize)],
) -> Option<Vec<usize>> {
    // ("presented a letter to X from Z": the phrase "letter" after the carrier's verb)
    let carried = matches!(doc.low(trigger.token), "delivered" | "handed" | "conveyed")
        || (matches!(doc.low(trigger.token), "letter" | "message")
            // (The segment may start at the letter: "handed X a letter" is before it.)
            && (trigger.token.saturating_sub(4)..trigger.token).any(|k| {
                matches!(
                    doc.low(k),
                    "presented" | "delivered" | "handed" | "conveyed" | "passed"
                )
            }));
    if trigger.kind != Some(MeetingKind::Letter) || !carried {
        return None;
    }
    let Some(to) = (trigger.token..seg.end).find(|&k| doc.low(k) == "to") else {
        // "Y handed X a letter on behalf of the Lord Speaker, Z": the addressee between the verb
        // and the letter, the writer the first named after "from" or "on behalf of".
        let letter = (trigger.token..seg.end.min(trigger.end + 10))
            .find(|&k| matches!(doc.low(k), "letter" | "message"))?;
        // (The segment may start at the letter: the verb is before it.)
        let verb = (letter.saturating_sub(6)..letter).rfind(|&k| {
            matches!(
                doc.low(k),
                "presented" | "delivered" | "handed" | "conveyed" | "passed"
            )
        })?;
        let addressees = people_named_in(named, verb + 1..letter);
        let from = (letter + 1..seg.end.min(letter + 6)).find(|&k| {
            doc.low(k) == "from" || (doc.low(k) == "of" && doc.low(k - 1) == "behalf")
        })?;
        let writer = people_named_in(named, from..seg.end.min(from + 20));
        return match (addressees.as_slice(), writer.first()) {
            ([x], Some(&w)) if *x != w => Some(vec![*x, w]),
            _ => None,
        };
    };
    // ("handed a letter of President Z to X": "of" right after the letter is its writer's.)
    let from = (trigger.token..seg.end).find(|&k| {
        doc.low(k) == "from"
            || (doc.low(k) == "of" && matches!(doc.low(k - 1), "letter" | "message"))
    })?;
    // "to X from Z" or "from Z to X": each name follows its word and a title, within a few words.
    let (addressees, writers) = if to < from {
        (
            people_named_in(named, to..from),
            people_named_in(named, from..(from + 8).min(seg.end)),
        )
    } else {
        (
            people_named_in(named, to..(to + 8).min(seg.end)),
            people_named_in(named, from..to),
        )
    };
    if addressees.is_empty() || writers.is_empty() {
        return None;
    }
    let mut ends = addressees;
    for w in writers {
        if !ends.contains(&w) {
            ends.push(w);
        }
    }
    Some(ends)
}

/// "X was later received by Y": a bare "later" (not "two days later", "later this month")
/// continues the day of the meeting told before.
fn told_as_later(doc: &Doc<'_>, si: usize) -> bool {
    let r = doc.sentence_tokens[si].clone();
    r.clone().any(|k| {
        doc.low(k) == "later"
            && (k == r.start
                || !matches!(
                    doc.low(k - 1),
                    "hour"
                        | "hours"
                        | "day"
                        | "days"
                        | "week"
                        | "weeks"
                        | "month"
                        | "months"
                        | "year"
                        | "years"
                ))
            && (k + 1 >= r.end || !matches!(doc.low(k + 1), "this" | "next" | "in"))
    })
}

const SAME_DAY: [&str; 4] = [
    "earlier in the day",
    "later in the day",
    "the same day",
    "later that day",
];

fn date_meeting(
    doc: &Doc<'_>,
    m: &mut ArticleMeeting,
    occ: &[Occurrence],
    persons: &[Person],
    next_meeting: Option<usize>,
) {
    if m.earlier.is_some() {
        return;
    }
    let published = doc.article.published;
    // "X, who traveled to Beijing on Tuesday, held talks with Y on Wednesday": a day inside a
    // relative clause closed before the meeting phrase is the clause's.
    let trigger = m.trigger;
    // "Two weeks after ... the Feb. 14 presidential race, the minister paid calls on X": a day
    // in an opening "after" phrase is the other event's.
    let in_opening_after = |si: usize, d: &DateMention| {
        let r = doc.sentence_tokens[si].clone();
        (r.start..r.end.min(r.start + 4)).any(|k| matches!(doc.low(k), "after" | "since"))
            && (r.start..trigger)
                .find(|&k| doc.low(k) == ",")
                .is_some_and(|comma| doc.sentences[si].start + d.start < doc.tokens()[comma].start)
    };
    let in_clause_before = |si: usize, d: &DateMention| {
        doc.sentence_tokens[si].contains(&trigger)
            && (in_relative_clause(doc, si, d, trigger) || in_opening_after(si, d))
    };
    let dated = |si: usize| {
        doc.sentence_dates(si)
            .iter()
            .find(|d| d.date.is_some() && !in_clause_before(si, d))
    };
    let basis = |kind: DateKind| match kind {
        DateKind::Explicit => DateBasis::Explicit,
        DateKind::Weekday | DateKind::Relative => DateBasis::WeekdayPublished,
    };
    // "... concluding a five-day official visit. During the visit, X held a meeting with Y":
    // some day of the visit, not the day of its news.
    let ev = doc.sentence_tokens[m.evidence[0]].clone();
    let during_a_long_visit = ev.len() > 3
        && doc.low(ev.start) == "during"
        && matches!(doc.low(ev.start + 1), "the" | "his" | "her" | "their")
        && matches!(doc.low(ev.start + 2), "visit" | "trip" | "stay" | "tour")
        && (0..m.evidence[0]).any(|sj| {
            let r = doc.sentence_tokens[sj].clone();
            (r.start..r.end.saturating_sub(1)).any(|k| {
                let w = doc.low(k);
                w.ends_with("-day")
                    && w != "one-day"
                    && (k + 1..(k + 4).min(r.end)).any(|x| VISIT.contains(&doc.low(x)))
            })
        });
    if during_a_long_visit && dated(m.evidence[0]).is_none() {
        m.date = None;
        m.date_basis = DateBasis::Unknown;
        return;
    }
    // The evidence itself, then the lead sentence when it names one of the participants
    // ("..., Foreign Minister X said on Wednesday." followed by "X's remarks came during a meeting").
    let lead = occ
        .iter()
        .filter(|o| m.participants.contains(&o.person) && o.sentence < m.evidence[0])
        .map(|o| o.sentence)
        .min()
        .filter(|&s| m.evidence[0] - s <= 3);
    let first = &doc.sentences[m.evidence[0]];
    if let Some(at) = m.date_at
        && let Some(d) = doc
            .sentence_dates(m.evidence[0])
            .iter()
            .find(|d| first.start + d.start == at && d.date.is_some())
    {
        m.date = d.date;
        m.date_basis = basis(d.kind);
        return;
    }
    // "last week", "recently": before the publication date, but not which day.
    // "Ramaphosa last met Ruto in Nairobi in 2022", "who met the crown prince in May": a year or
    // month other than the publication's, but not which day.
    let r = doc.sentence_tokens[m.evidence[0]].clone();
    // ("X met Y, who took office in January": the month is the clause's, unless the meeting
    // phrase is in it too: "trips by Z, who met the crown prince in May".)
    let in_who_clause = |k: usize| {
        (r.start + 1..k)
            .rev()
            .take_while(|&x| doc.low(x) != ",")
            .any(|x| {
                matches!(doc.low(x), "who" | "which") && doc.low(x - 1) == "," && x > m.trigger
            })
    };
    let earlier_year = published.is_some_and(|p| {
        (r.start + 1..r.end)
            .filter(|&k| !in_who_clause(k))
            .any(|k| {
                let year = doc.tok(k).len() == 4
                    && doc
                        .tok(k)
                        .parse::<i16>()
                        .is_ok_and(|y| (1900..p.year()).contains(&y));
                let other_month = crate::text::dates::month_of_word(doc.tok(k))
                    .is_some_and(|mo| mo != p.month())
                    && doc.is_capitalised(k)
                    // (not a day, "November 2"; "in November 2020" is the month)
                    && !(k + 1 < r.end
                        && doc.tok(k + 1).starts_with(|c: char| c.is_ascii_digit())
                        && doc.tok(k + 1).len() < 4);
                // "in May", "in early October 2025"
                let before = doc.low(k - 1);
                (before == "in" && (year || other_month))
                    || (matches!(before, "early" | "late" | "mid") && other_month)
                    || (year
                        && doc.word_flags(k - 1) & vocab::MONTH != 0
                        && k >= r.start + 2
                        && matches!(doc.low(k - 2), "in" | "early" | "late" | "mid"))
            })
    });
    // "X, who has previously had calls with A and B, on Thursday confirmed ...": the day is the
    // confirmation's.
    // "She previously spoke with him on March 30th": a calendar date after the phrase is its own.
    let own_calendar_date = dated(m.evidence[0]).is_some_and(|d| {
        d.kind == DateKind::Explicit
            && doc.sentences[m.evidence[0]].start + d.start > doc.tokens()[m.trigger].start
    });
    let previously = r.contains(&m.trigger)
        && !own_calendar_date
        && (m.trigger.saturating_sub(8).max(r.start)..m.trigger)
            .any(|k| doc.low(k) == "previously");
    // ("... was invited to meet Y. The meeting took place on Monday, September 30": that day.)
    let told_next = took_place_next(doc, m.evidence[0])
        .then(|| dated(m.evidence[0] + 1))
        .flatten();
    if let Some(d) = told_next {
        m.date = d.date;
        m.date_basis = basis(d.kind);
        return;
    }
    // "The first consultation round takes place on Wednesday morning. The session is co-chaired
    // by A and B": the day (and the medium) the sentence before gave the session.
    if dated(m.evidence[0]).is_none()
        && m.evidence[0] > 0
        && told_just_before(doc, m.evidence[0])
        && let Some(d) = dated(m.evidence[0] - 1)
    {
        m.date = d.date;
        m.date_basis = basis(d.kind);
        let before = doc.sentence_tokens[m.evidence[0] - 1].clone();
        if m.kind == MeetingKind::InPerson {
            m.kind = sentence_kind(doc, before, None);
        }
        return;
    }
    // "X recently hosted Y. The High Commissioner was received on Thursday by the governor at
    // ...": the day a later sentence tells of the same meeting, by a meeting verb and a
    // participant's title.
    let retells = |si: usize| {
        let r = doc.sentence_tokens[si].clone();
        r.len() > 3
            && doc.low(r.start) == "the"
            && doc.tags[r.start + 1].head().is_some_and(|(n, _)| {
                let title = (r.start + 1..r.start + 1 + n)
                    .map(|k| doc.low(k))
                    .collect::<Vec<_>>()
                    .join(" ");
                m.participants
                    .iter()
                    .any(|&p| holds_title(&persons[p], &title))
            })
            && r.clone().any(|k| {
                matches!(
                    doc.low(k),
                    "received" | "hosted" | "met" | "welcomed" | "visited"
                )
            })
    };
    let vaguely_past = tells_of_the_past(doc, m.evidence[0]) && dated(m.evidence[0]).is_none();
    if vaguely_past
        && !previously
        && !earlier_year
        && let Some(d) = (m.evidence[0] + 1..doc.sentences.len().min(m.evidence[0] + 3))
            .filter(|&si| retells(si) && !tells_of_the_past(doc, si))
            .find_map(dated)
    {
        m.date = d.date;
        m.date_basis = basis(d.kind);
        return;
    }
    if previously
        || ((earlier_year || tells_of_the_past(doc, m.evidence[0]))
            && dated(m.evidence[0]).is_none())
    {
        m.date = None;
        m.date_basis = DateBasis::Unknown;
        return;
    }
    // A day a plan is told for ("X is also scheduled to co-chair with Y on Sunday ...").
    let planned_day = |si: usize| {
        let r = doc.sentence_tokens[si].clone();
        doc.sentence_may_have(si, IDS.will)
            && dated(si).is_some_and(|d| {
                let at = doc.sentences[si].start + d.start;
                let t = doc.tokens()[r.clone()].partition_point(|x| x.start < at) + r.start;
                // ("X is expected to present the plan at the summit in Germany on October 12")
                (t.saturating_sub(24).max(r.start)..t)
                    .rev()
                    .take_while(|&k| doc.tok(k) != ",")
                    .any(|k| {
                        matches!(
                            doc.low(k),
                            "will" | "shall" | "scheduled" | "expected" | "due"
                        )
                    })
            })
    };
    // Then a sentence just after that tells of the same encounter: it names a participant or
    // says "the talks" ("Kishida's remarks during the bilateral talks Thursday in Tokyo").
    let last = m.evidence.iter().copied().max().unwrap_or(m.evidence[0]);
    let end = (last + 3)
        .min(doc.sentences.len())
        .min(next_meeting.unwrap_or(usize::MAX));
    // (Also between its evidence: "The meeting took place on Thursday, October 3", before an
    // attendance line.)
    let follow_up = (m.evidence[0] + 1..end).filter(|&si| {
        if m.evidence.contains(&si) {
            return false;
        }
        let names_participant = occ
            .iter()
            .any(|o| o.sentence == si && m.participants.contains(&o.person));
        let r = doc.sentence_tokens[si].clone();
        let the_meeting = || {
            doc.sentence_may_have(si, IDS.the_meeting)
                && (r.start + 1..r.end).any(|k| {
                    THE_MEETING.contains(&doc.low(k))
                        && matches!(doc.low(k - 1), "the" | "bilateral")
                })
        };
        // ("Manele ... was sworn in as Prime Minister on 2 May": a day of the person's career.)
        let career_day = || {
            r.clone().any(|k| {
                matches!(
                    doc.low(k),
                    "sworn" | "elected" | "appointed" | "inaugurated" | "resigned" | "took"
                ) && (doc.low(k) != "took" || (k + 1 < r.end && doc.low(k + 1) == "office"))
            })
        };
        // "This was on Tuesday, October 12, 2021, at ...": the sentence right after tells when.
        let this_was = (si == m.evidence[0] + 1 || si == last + 1) && this_was(doc, si);
        (the_meeting() || this_was || (names_participant && !career_day())) && !planned_day(si)
    });
    // "Prabowo welcomed him on Thursday morning with a procession. Following the ceremony, A
    // and B held talks": the day of the event it follows.
    let after_the_event = (ev.len() > 3
        && matches!(doc.low(ev.start), "following" | "after")
        && doc.low(ev.start + 1) == "the"
        && matches!(
            doc.low(ev.start + 2),
            "ceremony" | "welcome" | "reception" | "procession" | "event"
        ))
    .then(|| m.evidence[0].checked_sub(1))
    .flatten();
    for si in m
        .evidence
        .iter()
        .copied()
        .chain(after_the_event)
        .chain(lead)
        .chain(follow_up)
    {
        if let Some(d) = dated(si) {
            m.date = d.date;
            m.date_basis = basis(d.kind);
            return;
        }
    }
    if let Some(p) = published {
        m.date = Some(p);
        m.date_basis = DateBasis::Published;
    }
}

/// How many different countries sentence `si` names: a lead listing the nations received
/// ("ambassadors of Laos, Cambodia, China and Russia") names three or more.
fn listed_countries(doc: &Doc<'_>, si: usize) -> usize {
    let mut seen: Vec<usize> = doc.sentence_tokens[si]
        .clone()
        .filter_map(|k| doc.tags[k].place().map(|p| p.0))
        .collect();
    seen.sort_unstable();
    seen.dedup();
    seen.len()
}

/// Whether sentence `si` opens on "The session", "The meeting", "The talks" and the sentence
/// before tells that session without naming anyone: "The first round of consultations takes place
/// on Wednesday."
fn told_just_before(doc: &Doc<'_>, si: usize) -> bool {
    let r = doc.sentence_tokens[si].clone();
    let Some(before) = si.checked_sub(1).map(|b| doc.sentence_tokens[b].clone()) else {
        return false;
    };
    let session = |k: usize| {
        matches!(
            doc.low(k),
            "session" | "meeting" | "talks" | "consultation" | "consultations" | "round"
        )
    };
    r.len() > 3
        && doc.low(r.start) == "the"
        && session(r.start + 1)
        && before.clone().any(session)
        && before.clone().any(|k| {
            (matches!(doc.low(k), "takes" | "took") && doc.low(k + 1) == "place")
                || (matches!(doc.low(k), "was" | "were") && doc.low(k + 1) == "held")
        })
        && !before.clone().any(|k| doc.tags[k].head().is_some())
}

/// Whether the sentence after `si` opens on "The meeting took place" or "The meeting was held":
/// the meeting told before as a plan or an invitation happened.
fn took_place_next(doc: &Doc<'_>, si: usize) -> bool {
    let Some(r) = doc.sentence_tokens.get(si + 1).cloned() else {
        return false;
    };
    r.len() > 4
        && doc.low(r.start) == "the"
        && matches!(doc.low(r.start + 1), "meeting" | "talks" | "visit")
        && ((doc.low(r.start + 2) == "took" && doc.low(r.start + 3) == "place")
            || (matches!(doc.low(r.start + 2), "was" | "were") && doc.low(r.start + 3) == "held"))
}

/// Whether sentence `si` opens on "This was", "It took place", "That happened": it tells of
/// the encounter just reported.
fn this_was(doc: &Doc<'_>, si: usize) -> bool {
    let r = doc.sentence_tokens[si].clone();
    r.len() >= 3
        && matches!(doc.low(r.start), "this" | "it" | "that")
        && matches!(
            doc.low(r.start + 1),
            "was" | "took" | "happened" | "occurred"
        )
}

/// "X arrived yesterday in Eritrean capital Asmara. Upon arrival, ... was welcomed by Y": the
/// capital of an arrival told in the two sentences before the meeting's.
fn arrived_in(doc: &Doc<'_>, si: usize) -> Option<String> {
    arrival(doc, si.saturating_sub(2)..si, 8, |k, kind| {
        kind == PlaceKind::Capital && matches!(doc.low(k - 1), "in" | "capital")
    })
    .map(|(k, _, len)| super::mentions::span_text(doc, k..k + len))
}

/// The country of an arrival told in the meeting's sentence or the three before it ("arrived in
/// Costa Rica on Tuesday").
fn arrived_in_country(doc: &Doc<'_>, si: usize) -> Option<usize> {
    arrival(doc, si.saturating_sub(3)..si + 1, 4, |k, kind| {
        kind == PlaceKind::Country && doc.low(k - 1) == "in"
    })
    .map(|(_, c, _)| c)
}

/// The place (token, country, length) that `wanted` accepts within `reach` tokens after "arrived"
/// in the latest of `sentences` that has one.
fn arrival(
    doc: &Doc<'_>,
    sentences: Range<usize>,
    reach: usize,
    wanted: impl Fn(usize, PlaceKind) -> bool,
) -> Option<(usize, usize, usize)> {
    sentences.rev().find_map(|sj| {
        let r = doc.sentence_tokens[sj].clone();
        let arrived = r
            .clone()
            .find(|&k| matches!(doc.low(k), "arrived" | "arrives"))?;
        (arrived + 1..r.end.min(arrived + reach)).find_map(|k| {
            let (c, kind, len) = doc.tags[k].place()?;
            wanted(k, kind).then_some((k, c, len))
        })
    })
}

/// Where a meeting took place, as its own sentence tells: a capital named near the trigger ("met
/// in Tehran", "visit to Damascus"), an institution, a place after "in". Capitals far from the
/// trigger usually belong to other events ("the conference on refugees in Damascus"). None lets
/// the caller fall back to the traveller's previous meeting, then the dateline.
fn place_of(
    doc: &Doc<'_>,
    si: usize,
    trigger: usize,
    participant_countries: &[usize],
) -> Option<String> {
    let r = doc.sentence_tokens[si].clone();
    // A city-state is its own capital ("in Singapore").
    let city_state = |c: usize| {
        doc.lex
            .countries
            .get(c)
            .is_some_and(|x| x.capitals.is_empty())
    };
    for k in r.clone() {
        if let Some((c, kind, len)) = doc.tags[k].place()
            && (kind == PlaceKind::Capital || (kind == PlaceKind::Country && city_state(c)))
        {
            let at = |x: usize| matches!(doc.low(x), "in" | "to" | "at");
            // ("In the capital Jakarta", "in the Indonesian capital Jakarta")
            let capital_before = || {
                let mut x = k - 1;
                if let Some((n, _, PlaceKind::Demonym | PlaceKind::Country)) =
                    doc.place_ending_at(x)
                {
                    x = x.saturating_sub(n);
                }
                x >= r.start + 2 && doc.low(x - 1) == "the" && at(x - 2)
            };
            let prep =
                k > r.start && (at(k - 1) || (doc.low(k - 1) == "capital" && capital_before()));
            let visit = k > r.start + 1 && doc.low(k - 2).starts_with("visit");
            // Near the meeting phrase, or right after a name ("met ... Mahmoud al-Mashhadani in
            // Baghdad"), however long the titles in between.
            let near = k.abs_diff(trigger) <= 12
                || (k > trigger && k > r.start + 1 && doc.is_name_word(k - 2))
                // "..., Svenja Schulze, in Abuja"
                || (k > trigger
                    && k > r.start + 2
                    && doc.low(k - 2) == ","
                    && doc.is_name_word(k - 3));
            // (Not the meeting phrase's own noun: "held (bilateral) talks in Ankara".)
            let other_event = k > r.start + 1
                && !(trigger <= k - 2 && k - 2 - trigger <= 3)
                && matches!(
                    doc.low(k - 2),
                    "meetings" | "talks" | "negotiations" | "conference" | "summit" | "held"
                );
            // "at State House, Nairobi": the capital after a venue.
            let after_venue = k > r.start + 1
                && doc.low(k - 1) == ","
                && (k.saturating_sub(6).max(r.start)..k - 1).any(|x| doc.low(x) == "at");
            // "at a ceremony held at Jubilee House in Accra": the city of a named venue.
            let named_venue = k > r.start + 3
                && doc.low(k - 1) == "in"
                && (k.saturating_sub(6).max(r.start)..k - 2)
                    .any(|x| doc.low(x) == "at" && (x + 1..k - 1).all(|y| doc.is_capitalised(y)));
            if (prep && (visit || named_venue || (near && !other_event))) || (after_venue && near) {
                return Some(super::mentions::span_text(doc, k..k + len));
            }
        }
    }
    // "in the Iranian capital", "to the Finnish capital": the country's capital.
    for k in r.start + 3..r.end {
        if doc.low(k) == "capital"
            && (k > trigger || trigger - k <= 12)
            && let Some((n, c, PlaceKind::Demonym | PlaceKind::Country)) = doc.place_ending_at(k)
            && k - n >= r.start + 2
            && doc.low(k - n - 1) == "the"
            && matches!(doc.low(k - n - 2), "in" | "to" | "at")
            && let Some(capital) = doc.lex.countries.get(c).and_then(|c| c.capitals.first())
        {
            return Some(capital.clone());
        }
    }
    // "at the White House", "in the Kremlin": an institution near the trigger stands for its
    // country's capital, when that is a participant's country ("at the Foreign Office" in
    // Islamabad is not London's).
    for k in r.clone() {
        if let Some((c, PlaceKind::Organisation, _)) = doc.tags[k].place()
            && (participant_countries.is_empty() || participant_countries.contains(&c))
            && k.abs_diff(trigger) <= 12
            && k > r.start + 1
            && doc.low(k - 1) == "the"
            && matches!(doc.low(k - 2), "at" | "in")
            && let Some(capital) = doc.lex.countries.get(c).and_then(|c| c.capitals.first())
        {
            return Some(capital.clone());
        }
    }
    // "met ... in Hamburg on Monday", "on the sidelines of the session in New York": a place the
    // lexicon does not know, written as a name after "in" and before punctuation or a time word.
    for k in trigger + 1..r.end {
        // ("met ... in Istanbul", "in Baja California": a state or province the lexicon knows.)
        if doc.low(k - 1) == "in"
            && let Some((_, PlaceKind::Region, n)) = doc.tags[k].place()
        {
            let end = k + n;
            // ("the situation in Donetsk Oblast": what was talked about)
            if k >= 2 && SUBJECT_NOUNS.contains(&doc.low(k - 2)) {
                continue;
            }
            if place_ends(doc, end, r.end) {
                return Some(super::mentions::span_text(doc, k..end));
            }
            continue;
        }
        if doc.low(k - 1) != "in" || !doc.is_name_word(k) || doc.tags[k].known().is_some() {
            continue;
        }
        // "discussed the situation in Gaza", "the forum in Kostanay": what was talked about.
        // Nor "the upcoming summit in Xian": a future event's place ("on the sidelines of a
        // forum in Cusco" is the meeting's).
        let future_event = k >= 2
            && matches!(
                doc.low(k - 2),
                "summit" | "conference" | "forum" | "meetings" | "negotiations"
            )
            && (k.saturating_sub(9).max(r.start)..k - 2)
                .any(|x| doc.word_flags(x) & vocab::NOT_YET != 0);
        if k >= 2 && (SUBJECT_NOUNS.contains(&doc.low(k - 2)) || future_event) {
            continue;
        }
        // ("Rio de Janeiro": a particle inside; "St. James": an abbreviation's dot)
        let mut end = k;
        while end < r.end
            && end - k < 4
            && (doc.is_name_word(end)
                || (end > k
                    && (doc.is_name_particle(end)
                        || (doc.low(end) == "."
                            && matches!(doc.tok(end - 1), "St" | "Ste" | "Mt" | "Ft")))
                    && end + 1 < r.end
                    && doc.is_name_word(end + 1)))
        {
            end += 1;
        }
        if place_ends(doc, end, r.end) {
            return Some(super::mentions::span_text(doc, k..end));
        }
    }
    None
}

/// Whether a place name written after "in" ends at token `end` (of a sentence ending at
/// `sentence_end`): punctuation or a word of time follows ("in Hamburg on Monday", "in San
/// Francisco in November").
fn place_ends(doc: &Doc<'_>, end: usize, sentence_end: usize) -> bool {
    end == sentence_end
        || matches!(
            doc.low(end),
            "," | "."
                | ";"
                | "on"
                | "late"
                | "last"
                | "earlier"
                | "for"
                | "ahead"
                | "yesterday"
                | "today"
        )
        || (doc.low(end) == "in"
            && end + 1 < sentence_end
            && doc.word_flags(end + 1) & (vocab::MONTH | vocab::DAY) != 0)
}

/// Nouns before "in <place>" that make the place a subject of the talks, not their venue.
const SUBJECT_NOUNS: [&str; 27] = [
    "situation",
    "developments",
    "crisis",
    "war",
    "conflict",
    "fighting",
    "events",
    "attack",
    "attacks",
    "investment",
    "investments",
    "projects",
    "elections",
    "violence",
    "escalation",
    "ceasefire",
    "truce",
    "peace",
    "security",
    "stability",
    "operations",
    "presence",
    "interests",
    "forces",
    "troops",
    "people",
    "victims",
];

/// The sentences that report a meeting: from its first evidence to the next meeting's (at most 8).
fn context(doc: &Doc<'_>, meetings: &[ArticleMeeting], m: &ArticleMeeting) -> Range<usize> {
    let first = m.evidence[0];
    let next = meetings
        .iter()
        .map(|o| o.evidence[0])
        .filter(|&s| s > first)
        .min()
        .unwrap_or(doc.sentences.len());
    let last = next
        .min(first + 8)
        .max(m.evidence.last().copied().unwrap_or(first) + 1);
    first..last.min(doc.sentences.len())
}

/// A meeting told as talks whose context says "the video conference" or "the phone call".
fn refine_kinds(doc: &Doc<'_>, meetings: &mut [ArticleMeeting]) {
    const VIDEO: [&str; 8] = [
        "the video conference",
        "the videoconference",
        "the video call",
        "via video",
        "by video",
        // "the two spoke via internet"
        "via internet",
        "via the internet",
        "over the internet",
    ];
    const PHONE: [&str; 14] = [
        "the phone call",
        "the telephone call",
        // "Both ministers, in a telephone call initiated by X, went over ..."
        "in a phone call",
        "in a telephone call",
        "the phone conversation",
        "the telephone conversation",
        "by phone",
        "by telephone",
        "over the phone",
        "over the telephone",
        "during the call",
        "joined the call",
        // Readouts: "On the call, the Secretary raised ...".
        "in the call",
        "on the call",
    ];
    // "Secretary Rubio's Call with ...": a headline that tells of a call makes a conversation
    // told with a verb of speaking a call.
    let title = doc.article.title.to_lowercase();
    let headline_call = [
        "call with",
        "calls with",
        "call between",
        "phone",
        "telephone",
    ]
    .iter()
    .any(|p| title.contains(p));
    for i in 0..meetings.len() {
        // "X met Y at the State Department": a visit or reception is in person whatever calls the
        // context recalls ("the two had spoken by telephone several times").
        if meetings[i].kind != MeetingKind::InPerson
            || matches!(
                doc.low(meetings[i].trigger),
                "met" | "meets" | "received" | "receives" | "hosted" | "hosts" | "visited"
            )
            // "X called on President Y ... During the call": a call in person, as is a
            // courtesy call.
            || (matches!(doc.low(meetings[i].trigger), "called" | "calls")
                && matches!(doc.low(meetings[i].trigger + 1), "on" | "upon"))
            || doc.low(meetings[i].trigger) == "courtesy"
        {
            continue;
        }
        if headline_call
            && matches!(
                doc.low(meetings[i].trigger),
                "spoke"
                    | "spoken"
                    | "speaks"
                    | "talked"
                    | "talks"
                    | "conversation"
                    // "Safadi, Lavrov discuss region over phone"
                    | "discussed"
                    | "discuss"
                    | "discusses"
            )
        {
            meetings[i].kind = MeetingKind::PhoneCall;
            continue;
        }
        // "X held a phone call Sunday with the EU's foreign policy chief. During his conversation
        // with Y, ...": the conversation is the call just told without a name.
        let first = meetings[i].evidence[0];
        if first > 0
            && matches!(
                doc.low(meetings[i].trigger),
                "conversation" | "conversations"
            )
            && !meetings.iter().any(|m| m.evidence.contains(&(first - 1)))
            && doc.sentence_may_have(first - 1, IDS.call_words)
        {
            let before = &doc.lower_text()[doc.sentences[first - 1].clone()];
            if ["phone call", "telephone", "phone conversation"]
                .iter()
                .any(|p| before.contains(p))
            {
                meetings[i].kind = MeetingKind::PhoneCall;
                continue;
            }
        }
        // Later sentences only: the first evidence's own words already chose the kind ("X joined
        // the call" after it still tells which kind).
        let told = context(doc, meetings, &meetings[i]);
        // ... and the sentence after, when it opens on the meeting's noun: "The conversation,
        // apparently held over the phone, came after ..." (whatever other meeting it tells).
        let next_names_it = told.end < doc.sentences.len()
            && opens_with_its_noun(doc, doc.sentence_tokens[told.end].clone());
        // (Not a plan: "A meeting by video conference ... will also take place".)
        let plan = |s: usize| {
            doc.sentence_may_have(s, IDS.will)
                && doc.sentence_tokens[s]
                    .clone()
                    .any(|k| matches!(doc.low(k), "will" | "shall"))
        };
        // (Nor a quotation: "we discussed (in a phone call - ed.) many aspects" is a speaker's
        // word on another talk.)
        let quoted = |s: usize| {
            let t = doc.sentence_tokens[s].clone();
            t.clone().filter(|&k| doc.quoted[k]).count() * 2 > t.len()
        };
        let later = (told.start..told.end + usize::from(next_names_it))
            .filter(|&s| s != first && !plan(s) && !quoted(s));
        if !later
            .clone()
            .any(|s| doc.sentence_may_have(s, IDS.call_words))
        {
            continue;
        }
        let text = later
            .map(|s| &doc.lower_text()[doc.sentences[s].clone()])
            .collect::<Vec<_>>()
            .join(" ");
        // Every phrase below has "video", "phone" or "the call" in it: most contexts need no more
        // search.
        if !text.contains("video")
            && !text.contains("phone")
            && !text.contains("the call")
            && !text.contains("internet")
        {
            continue;
        }
        if VIDEO.iter().any(|p| text.contains(p)) {
            meetings[i].kind = MeetingKind::VideoCall;
        } else if PHONE.iter().any(|p| text.contains(p)) {
            meetings[i].kind = MeetingKind::PhoneCall;
        }
    }
}

/// Topics of each meeting from its context: its evidence up to the next meeting's first sentence.
/// Each sentence is searched once however many contexts it belongs to.
fn assign_topics(
    doc: &Doc<'_>,
    meetings: &mut [ArticleMeeting],
    topics: &super::topics::TopicMatcher,
) {
    let mut per_sentence: Vec<Option<Vec<bool>>> = vec![None; doc.sentences.len()];
    for i in 0..meetings.len() {
        let mut hit = vec![false; topics.topics.len()];
        for si in context(doc, meetings, &meetings[i]) {
            let h = per_sentence[si].get_or_insert_with(|| {
                topics.hits(
                    &doc.lower_text(),
                    doc.sentences[si].clone(),
                    &doc.tokens()[doc.sentence_tokens[si].clone()],
                )
            });
            for (a, b) in hit.iter_mut().zip(h.iter()) {
                *a |= *b;
            }
        }
        let mut found = Vec::new();
        topics.add_hits(&hit, &mut found);
        meetings[i].topics = found;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cheap surname test must agree with the key it stands in for, or bare surnames
    /// ("Whitaker", "Qureshi", "Ghani") are never found.
    #[test]
    fn name_initials_are_the_first_letter_of_name_keys() {
        for w in [
            "Whitaker",
            "Qureshi",
            "Ghani",
            "Khan",
            "Çavuşoğlu",
            "al-Wazir",
            "Yellen",
            "Ölz",
            "Xi",
            "O'Brien",
            "el-Sisi",
            "Abdollahian",
        ] {
            assert_eq!(Some(name_initial(w)), name_key(w).chars().next(), "{w}");
        }
    }
}
