//! Official mentions: a title phrase and the name it introduces.
//!
//! Shapes handled (title words come from `assets/titles.toml`, places from `assets/countries.tsv`):
//! - `[Iranian|Iran's|US] [Deputy] [Foreign] Minister [Dr.] Name`
//! - `Secretary of Iran's Supreme National Security Council (SNSC), Name` (complement, then name)
//! - `Speaker of Iran's Shura Council Name` (the name follows the complement's last lexicon word)
//! - `Name, Senior Aide of the Iranian Foreign Minister ...` (name before the title)

use super::doc::{Doc, word_bits};
use super::vocab;
use crate::assets::{Category, PlaceKind};
use crate::text::tokens::TokenKind;
use std::ops::Range;
use std::sync::LazyLock;

/// How a mention's country was established, strongest last.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum CountryEvidence {
    /// The article's most mentioned country.
    Majority,
    /// The outlet's home country, for officials it names without a nationality.
    Outlet,
    /// The capital where the official hosted a meeting ("X hosted Y at State House, Nairobi").
    Venue,
    /// A ministry of the same portfolio named with a country in the same sentence.
    Ministry,
    /// The gazetteer of officials.
    Gazetteer,
    /// A nationality word, possessive or "of <country>" in the title.
    Explicit,
}

#[derive(Clone, Debug)]
pub struct Mention {
    pub sentence: usize,
    /// Token span of the whole mention (title and name).
    pub span: Range<usize>,
    /// Token span of the name.
    pub name_tokens: Range<usize>,
    pub name: String,
    pub title: Option<String>,
    pub country: Option<(usize, CountryEvidence)>,
    /// Lower-case portfolio words of the title ("defense"), for the ministry rule.
    pub portfolio: Option<String>,
    /// The gazetteer official this name is (index into `Lexicon::known`).
    pub known: Option<usize>,
    /// The title comes from the gazetteer, not the text: used only when the text gives none.
    pub title_from_gazetteer: bool,
    pub quoted: bool,
    /// The country an envoy is posted to ("Ambassador to Vietnam").
    pub posting: Option<usize>,
}

/// Heads of titles that serve someone named after them ("adviser to President X").
pub(crate) const ADVISERS: [&str; 5] = ["adviser", "advisor", "aide", "counselor", "counsellor"];

/// Titles of royals, which also stand before their names as honorifics.
pub const ROYAL_WORDS: [&str; 9] = [
    "prince", "princess", "king", "queen", "emir", "amir", "sultan", "sheikh", "sheikha",
];
// ("joint secretary from the Ministry of Foreign Affairs of Nepal")
const COMPLEMENT_STARTERS: [&str; 7] = ["of", "to", "for", "in", "at", "on", "from"];
const COMPLEMENT_GLUE: [&str; 10] = [
    "of", "to", "for", "in", "at", "on", "from", "the", "and", "&",
];

/// The first token of a title whose head starts at `i`, taking in the modifiers before it and
/// either its portfolios ("Deputy Prime Minister", "Foreign and Expatriates Minister") or its
/// places ("Iranian Foreign Minister"); never before `floor`.
fn extend_over_modifiers(doc: &Doc<'_>, i: usize, floor: usize, places: bool) -> usize {
    let mut start = i;
    while let Some(n) = doc
        .modifier_ending_at(start)
        .filter(|&n| places || doc.portfolio_ending_at(start).is_none_or(|p| p <= n))
        .or_else(|| {
            if places {
                doc.place_ending_at(start).map(|p| p.0)
            } else {
                doc.portfolio_ending_at(start)
            }
        })
        .filter(|&n| n <= start.saturating_sub(floor))
    {
        start -= n;
    }
    start
}

/// The plural words a list of mentions starts with ("counterparts", "envoys", "ambassadors"), by
/// vocabulary id.
static LIST_WORDS: LazyLock<[u16; 9]> = LazyLock::new(|| {
    [
        // ("the heads of Defense, General X; of Public Security, Y")
        "heads",
        "counterparts",
        "envoys",
        "ambassadors",
        "advisers",
        "advisors",
        "senators",
        "ministers",
        // ("with presidents of Djibouti, A, Tunisia, B and Estonia, C")
        "presidents",
    ]
    .map(|w| {
        let id = vocab::VOCAB.id(w);
        assert!(id != 0, "{w} is in the vocabulary");
        id
    })
});

/// Finds every official mention in the article, sentence by sentence.
pub fn find_mentions(doc: &Doc<'_>) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut consumed = vec![false; doc.tokens().len()];
    for (si, r) in doc.sentence_tokens.iter().enumerate() {
        let mut i = r.start;
        while i < r.end {
            if consumed[i] {
                i += 1;
                continue;
            }
            // Every mention below starts at a capitalised word, a title, rank, gazetteer name or
            // honorific, or a plural list word: most tokens are none, and skip the calls.
            let tag = &doc.tags[i];
            if !doc.is_capitalised(i)
                && tag.head().is_none()
                && tag.rank().is_none()
                && tag.known().is_none()
                && tag.honorific().is_none()
                // (By vocabulary id: comparing the text cost a string compare per word.)
                && !LIST_WORDS.contains(&doc.word(i))
            {
                i += 1;
                continue;
            }
            // "his Egyptian and Jordanian counterparts, X and Y", "Foreign Ministers A and B": one
            // mention for each.
            let several = if doc.low(i) == "counterparts" {
                plural_counterparts(doc, si, r.clone(), i, &consumed)
            } else if matches!(doc.low(i), "envoys" | "ambassadors") {
                let listed = listed_envoys(doc, si, r.clone(), i);
                if !listed.is_empty() {
                    listed
                } else {
                    let plural = plural_envoys(doc, si, r.clone(), i, &consumed);
                    // ("the Ambassadors of Australia, A, Spain, B and ...": by country, as
                    // "the Presidents of Colombia, A; of Brazil, B")
                    if plural.is_empty()
                        && doc.low(i) == "ambassadors"
                        && i + 1 < r.end
                        && doc.low(i + 1) == "of"
                        && !consumed[i]
                    {
                        portfolio_each(doc, si, r.clone(), i, "Ambassador")
                    } else {
                        plural
                    }
                }
            } else {
                plural_title(doc, si, r.clone(), i, &consumed)
            };
            if let Some(last) = several.last() {
                i = last.span.end;
                for m in several {
                    for c in &mut consumed[m.span.clone()] {
                        *c = true;
                    }
                    out.push(m);
                }
                continue;
            }
            let parsed = if let Some((len, envoy)) = tag.head() {
                // "Deputy Foreign Minister": let the last head word take the modifiers on its left.
                // (Not "Director-General Human Resource, Mr X": a portfolio no head follows.)
                let next = i + len;
                let head_follows = || {
                    let mut x = next;
                    while x < r.end {
                        let t = doc.tags[x];
                        if t.head().is_some() {
                            return true;
                        }
                        match t.portfolio().or(t.modifier()) {
                            Some(n) => x += n,
                            None if matches!(doc.low(x), "and" | "&") => x += 1,
                            None => return false,
                        }
                    }
                    false
                };
                let continues = next < r.end
                    && (doc.tags[next].head().is_some() || doc.tags[next].portfolio().is_some())
                    && !doc.is_name_word(next)
                    && !royal_honorific(doc, next, r.end)
                    && head_follows();
                if continues {
                    None
                } else {
                    parse_title(doc, si, r.clone(), i, len, envoy, &consumed)
                }
            } else if tag.rank().is_some() && doc.is_capitalised(i) {
                parse_rank(doc, si, r.clone(), i)
            } else {
                None
            };
            // "Prince Salman bin Hamad, the Crown Prince and Prime Minister": a title in
            // apposition to the name just read.
            let parsed = parsed.or_else(|| appositive_title(doc, si, r.clone(), i, &out));
            // A gazetteer name without a title: "Erdogan received ...".
            let parsed = parsed.or_else(|| known_mention(doc, si, r.clone(), i, &consumed));
            let parsed = parsed.or_else(|| honorific_of_country(doc, si, r.clone(), i, &consumed));
            match parsed {
                Some(m) => {
                    for c in &mut consumed[m.span.clone()] {
                        *c = true;
                    }
                    i = m.span.end.max(i + 1);
                    if !names_a_facility(doc, &m) {
                        out.push(m);
                    }
                }
                None => i += 1,
            }
        }
    }
    respective_countries(doc, &mut out);
    respective_envoys(doc, &consumed, &mut out);
    named_after_the_title(doc, &consumed, &mut out);
    if let Some(m) = headline_office_of_the_lead(doc, &consumed) {
        out.push(m);
    }
    out
}

/// Capitalised nouns after a royal's or leader's name that make it the name of a place or thing
/// ("King Khalid International Airport", "Sheikh Zayed Grand Mosque", "King Abdulaziz University").
const FACILITY_WORDS: [&str; 20] = [
    "airport",
    "international",
    "mosque",
    "grand",
    "university",
    "hospital",
    "street",
    "road",
    "avenue",
    "highway",
    "bridge",
    "causeway",
    "stadium",
    "park",
    "square",
    "prize",
    "award",
    "foundation",
    "centre",
    "center",
];

/// Whether a mention is the name a place or thing bears, not a person.
fn names_a_facility(doc: &Doc<'_>, m: &Mention) -> bool {
    let e = m.name_tokens.end;
    e == m.span.end
        && e < doc.tokens().len()
        && doc.is_capitalised(e)
        && FACILITY_WORDS.contains(&doc.low(e))
        // ("Grand" and "International" only before the noun: "Grand Mosque", "International Airport")
        && (!matches!(doc.low(e), "grand" | "international")
            || (e + 1 < doc.tokens().len()
                && doc.is_capitalised(e + 1)
                && FACILITY_WORDS.contains(&doc.low(e + 1))))
}

/// "Serbian FM in series of bilateral meetings" over "Ivica Dacic on Friday held ...": the office
/// the headline gives without a name is that of the name opening the story without a title.
fn headline_office_of_the_lead(doc: &Doc<'_>, consumed: &[bool]) -> Option<Mention> {
    let r = doc.sentence_tokens.first()?.clone();
    let i = r.start;
    let mut e = i;
    while e < r.end && doc.is_name_word(e) && !consumed[e] {
        e += 1;
    }
    // Two to four name words, then a word in lower case ("on Friday held", "said").
    if !(2..=4).contains(&(e - i)) || e >= r.end || doc.is_capitalised(e) || consumed[e] {
        return None;
    }
    let lex = doc.lex;
    let index = lex.index.as_ref()?;
    let words: Vec<String> = doc
        .article
        .title
        .split_whitespace()
        // (A headline's words: a first line of a megabyte is no headline to read whole.)
        .take(30)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let demonym = |w: &str| {
        index.categories(w).into_iter().find_map(|c| match c {
            Category::Place(c, PlaceKind::Demonym) => Some(c),
            _ => None,
        })
    };
    let is_head = |phrase: &str| {
        index
            .categories(phrase)
            .iter()
            .any(|c| matches!(c, Category::Head(_)))
    };
    // Exactly one such office in the headline, and no name after it ("Serbian FM Dacic ...").
    let mut found = None;
    for (w, word) in words.iter().enumerate() {
        let Some(c) = demonym(word) else { continue };
        for n in (1..=3).rev() {
            let Some(phrase) = words.get(w + 1..w + 1 + n).map(|p| p.join(" ")) else {
                continue;
            };
            if is_head(&phrase) {
                if found.is_some() {
                    return None;
                }
                found = Some((c, phrase, w + 1 + n));
                break;
            }
        }
    }
    let (country, title, after) = found?;
    let raw: Vec<&str> = doc.article.title.split_whitespace().take(31).collect();
    if raw
        .get(after)
        .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
    {
        return None;
    }
    Some(Mention {
        sentence: 0,
        span: i..e,
        name_tokens: i..e,
        name: span_text(doc, i..e),
        title: Some(raw[after - title.split(' ').count()..after].join(" ")),
        country: Some((country, CountryEvidence::Explicit)),
        portfolio: None,
        known: None,
        title_from_gazetteer: false,
        quoted: doc.quoted[i],
        posting: None,
    })
}

/// "South Korea's unification minister met with ... . Kwon Young-se had talks with ...": a
/// sentence opening with a bare full name, after a sentence opened by an unnamed official of a
/// country, names that official.
fn named_after_the_title(doc: &Doc<'_>, consumed: &[bool], out: &mut Vec<Mention>) {
    for si in 1..doc.sentence_tokens.len() {
        let r = doc.sentence_tokens[si].clone();
        let prev = doc.sentence_tokens[si - 1].clone();
        if r.is_empty()
            || prev.is_empty()
            || consumed[r.start]
            || out.iter().any(|m| m.sentence == si - 1)
        {
            continue;
        }
        let Some(name) = name_run(doc, r.start, r.end).filter(|n| n.len() >= 2) else {
            continue;
        };
        // The name is the subject: a lower-case verb follows it.
        let verb = name.end;
        if verb >= r.end
            || doc.tokens()[verb].kind != TokenKind::Word
            || doc.is_capitalised(verb)
            || (name.clone())
                .any(|k| doc.tags[k].place().is_some() || doc.tags[k].known().is_some())
        {
            continue;
        }
        // The previous sentence opens with "Country's [portfolio] title" and no name after it
        // (after its dateline: "SEOUL, March 23 (Yonhap) -- South Korea's ...").
        let mut k = (prev.start..prev.end.min(prev.start + 14))
            .rfind(|&x| matches!(doc.tok(x), "--" | "-" | "—" | "–"))
            .map_or(prev.start, |x| x + 1);
        if k >= prev.end {
            continue;
        }
        let Some((c, kind, len)) = doc.tags[k].place() else {
            continue;
        };
        k += len;
        if kind != PlaceKind::Demonym {
            if k < prev.end && doc.tokens()[k].kind == TokenKind::Possessive {
                k += 1;
            } else {
                continue;
            }
        }
        let title_start = k;
        while k < prev.end
            && let Some(n) = doc.tags[k].portfolio().or(doc.tags[k].modifier())
        {
            k += n;
        }
        // A portfolio the lexicon lacks ("unification minister"): a word or two before the head.
        let head = (k..prev.end.min(k + 3)).find(|&x| doc.tags[x].head().is_some());
        let Some(k) = head.filter(|&h| {
            (k..h).all(|x| doc.tokens()[x].kind == TokenKind::Word && doc.tags[x].place().is_none())
        }) else {
            continue;
        };
        let Some((hlen, _)) = doc.tags[k].head() else {
            continue;
        };
        let end = k + hlen;
        if end >= prev.end || doc.is_name_word(end) || doc.low(end) == "of" {
            continue;
        }
        out.push(Mention {
            sentence: si,
            span: name.clone(),
            name: name_text(doc, name.clone()),
            name_tokens: name.clone(),
            title: Some(title_text(doc, title_start, end)),
            country: Some((c, CountryEvidence::Explicit)),
            portfolio: None,
            known: known_name(doc, name.clone()),
            title_from_gazetteer: false,
            quoted: doc.quoted[name.start],
            posting: None,
        });
    }
}

/// The summary bit of "respectively", which has one of its own: most sentences are skipped by it.
static RESPECTIVELY: LazyLock<u128> =
    LazyLock::new(|| word_bits(&[vocab::VOCAB.id("respectively")]));

/// "Prime Minister A, Prime Minister B and Prime Minister C of X, Y and Z respectively": the
/// countries listed before "respectively" go, in order, to the officials named just before them.
fn respective_countries(doc: &Doc<'_>, mentions: &mut [Mention]) {
    for (si, r) in doc.sentence_tokens.iter().enumerate() {
        if !doc.sentence_may_have(si, *RESPECTIVELY) {
            continue;
        }
        let Some(resp) = (r.start + 3..r.end).find(|&k| doc.low(k) == "respectively") else {
            continue;
        };
        // The countries, read backwards from "respectively" over commas and "and".
        let mut countries = Vec::new();
        let mut k = resp;
        while k > r.start {
            if let Some((n, c, _)) = doc.place_ending_at(k) {
                countries.push(c);
                k -= n;
            } else if matches!(doc.low(k - 1), "," | "and") {
                k -= 1;
            } else {
                break;
            }
        }
        if countries.len() < 2 || k <= r.start || !matches!(doc.low(k - 1), "of" | "from") {
            continue;
        }
        countries.reverse();
        let before: Vec<usize> = (0..mentions.len())
            .filter(|&m| mentions[m].sentence == si && mentions[m].span.start < k)
            .collect();
        if before.len() < countries.len() {
            continue;
        }
        for (&m, &c) in before[before.len() - countries.len()..]
            .iter()
            .zip(&countries)
        {
            mentions[m].country = Some((c, CountryEvidence::Explicit));
        }
    }
}

/// "X met the Ambassadors of UAE and Vietnam to India. The CM met A B and C D respectively": the
/// names, in order, are the envoys of the countries the sentence before listed.
fn respective_envoys(doc: &Doc<'_>, consumed: &[bool], out: &mut Vec<Mention>) {
    for (si, r) in doc.sentence_tokens.iter().enumerate().skip(1) {
        if !doc.sentence_may_have(si, *RESPECTIVELY) {
            continue;
        }
        let Some(resp) = (r.start + 3..r.end).find(|&k| doc.low(k) == "respectively") else {
            continue;
        };
        let names = names_read_back(doc, resp, r.start, consumed);
        if names.len() < 2 {
            continue;
        }
        // The envoys' countries in the sentence before: "Ambassadors of UAE and Vietnam".
        let prev = doc.sentence_tokens[si - 1].clone();
        let Some(noun) = prev
            .clone()
            .find(|&x| matches!(doc.low(x), "ambassadors" | "envoys" | "high-commissioners"))
        else {
            continue;
        };
        if noun + 2 >= prev.end || doc.low(noun + 1) != "of" {
            continue;
        }
        let countries = countries_listed(doc, noun + 2, prev.end);
        if countries.len() != names.len() {
            continue;
        }
        for (name, c) in names.into_iter().zip(countries) {
            let mut m = counterpart_mention(doc, si, name.clone(), name, c);
            m.title = Some("Ambassador".to_string());
            out.push(m);
        }
    }
}

/// The names of two words or more that end at token `end`, read backwards over commas and "and"
/// down to token `floor` ("A B, C D and E F" before "respectively"), in the text's order.
fn names_read_back(
    doc: &Doc<'_>,
    end: usize,
    floor: usize,
    consumed: &[bool],
) -> Vec<Range<usize>> {
    let mut names: Vec<Range<usize>> = Vec::new();
    let mut k = end;
    loop {
        let mut s = k;
        while s > floor && doc.is_name_word(s - 1) && !consumed[s - 1] {
            s -= 1;
        }
        if k - s < 2 {
            break;
        }
        names.push(s..k);
        k = s;
        if k > floor && matches!(doc.low(k - 1), "," | "and") {
            k -= 1;
            if k > floor && doc.low(k - 1) == "," {
                k -= 1;
            }
        } else {
            break;
        }
    }
    names.reverse();
    names
}

/// The countries listed from token `x` on ("Laos, Cambodia, China and Russia", "UAE and
/// Vietnam"), up to the first other word.
pub(crate) fn countries_listed(doc: &Doc<'_>, mut x: usize, end: usize) -> Vec<usize> {
    let mut countries = Vec::new();
    while x < end {
        if let Some((c, PlaceKind::Country, n)) = doc.tags[x].place() {
            countries.push(c);
            x += n;
        } else if matches!(doc.low(x), "and" | "," | "the") {
            x += 1;
        } else {
            break;
        }
    }
    countries
}

/// The gazetteer official a whole name is, also when it goes on with more of the lineage than the
/// gazetteer writes: "Mohammed bin Salman bin Abdulaziz Al Saud" is its "Mohammed bin Salman".
/// Whether `word` says "son/daughter of" in a name ("bin", "bint", "binti", "ibn", "ben", "ould").
pub(crate) fn is_lineage(word: &str) -> bool {
    ["bin", "ibn", "bint", "binti", "ben", "ould", "walad"]
        .iter()
        .any(|p| word.eq_ignore_ascii_case(p))
}

fn known_name(doc: &Doc<'_>, name: Range<usize>) -> Option<usize> {
    let (idx, len) = doc.tags[name.start].known()?;
    if len == name.len() {
        return Some(idx);
    }
    let more = name.start + len;
    let lineage = |k: usize| is_lineage(doc.low(k));
    let arabic = (name.start..more).any(lineage);
    // "Pedro Sánchez Pérez-Castejón": a given name and surname the gazetteer knows, then a
    // second (maternal) surname.
    let second_surname = len >= 2 && name.len() == len + 1;
    ((arabic && len < name.len() && lineage(more)) || second_surname).then_some(idx)
}

/// "Prime Minister Takaichi Sanae": a gazetteer official written family name first (Japanese,
/// Chinese, Korean, Hungarian order), where the gazetteer writes "Sanae Takaichi".
fn family_name_first(doc: &Doc<'_>, name: Range<usize>) -> Option<usize> {
    if name.len() != 2 {
        return None;
    }
    let (idx, len) = doc.tags[name.start].known()?;
    let canonical = &doc.lex.known.get(idx)?.name;
    let mut words = canonical.split(' ');
    let (given, family) = (words.next()?, words.next()?);
    (len == 1
        && words.next().is_none()
        && given.eq_ignore_ascii_case(doc.tok(name.start + 1))
        && family.eq_ignore_ascii_case(doc.tok(name.start)))
    .then_some(idx)
}

/// "COP/Mr X" (Commissioner of Police), "ACP/Mrs X": a rank's acronym glued by a slash to the
/// honorific after it. The honorific's token.
fn slashed_rank(doc: &Doc<'_>, k: usize, end: usize) -> Option<usize> {
    if k + 2 >= end {
        return None;
    }
    let word = doc.tok(k);
    ((2..=5).contains(&word.len())
        && word.bytes().all(|b| b.is_ascii_uppercase())
        && doc.low(k + 1) == "/"
        && doc.tokens()[k + 1].start == doc.tokens()[k].end
        && doc.tags[k + 2].honorific().is_some())
    .then_some(k + 2)
}

/// The token after the honorifics (and their dots) from `k` on: "Dr. Haji Ali" → "Ali".
fn skip_honorifics(doc: &Doc<'_>, mut k: usize, end: usize) -> usize {
    if let Some(h) = slashed_rank(doc, k, end) {
        k = h;
    }
    while k < end
        && let Some(n) = doc.tags[k].honorific()
    {
        k += n;
        if k < end && doc.low(k) == "." {
            k += 1;
        }
        k = skip_retired(doc, k, end);
    }
    k
}

/// "Brig (Retd) Ijaz Shah": the bracketed mark of a retired officer after a rank; "Rtd. Maj.
/// Gen. X": the bare mark before it.
fn skip_retired(doc: &Doc<'_>, k: usize, end: usize) -> usize {
    if k + 2 < end && doc.low(k) == "(" && matches!(doc.low(k + 1), "retd" | "retired" | "r") {
        let close = k + 2 + usize::from(doc.low(k + 2) == ".");
        if close < end && doc.low(close) == ")" {
            return close + 1;
        }
    }
    if k + 1 < end && matches!(doc.low(k), "rtd" | "retd") {
        return k + 1 + usize::from(doc.low(k + 1) == ".");
    }
    k
}

/// "the new envoys are A from Namibia, B from Ireland and C from Italy" (token `i` is "envoys"):
/// each name an ambassador, of the country after "from". Empty unless two or more names follow.
/// ("The envoys who presented their credentials are A of the U.S., B of Kenya ...")
fn listed_envoys(doc: &Doc<'_>, si: usize, r: Range<usize>, i: usize) -> Vec<Mention> {
    let listing = |k: usize| matches!(doc.low(k), "are" | "were" | "include" | "included");
    let mut k = i + 1;
    // ("The other envoys received were A (South Korea), B (Niger) ...")
    if k < r.end && matches!(doc.low(k), "received" | "accredited" | "present") {
        k += 1;
    }
    if k < r.end && matches!(doc.low(k), "who" | "that") {
        match (k + 1..r.end.min(k + 20)).find(|&x| listing(x)) {
            Some(x) => k = x,
            None => return Vec::new(),
        }
    }
    if !(k < r.end && listing(k)) {
        return Vec::new();
    }
    k += 1;
    if k < r.end && doc.low(k) == ":" {
        k += 1;
    }
    let mut out = Vec::new();
    loop {
        // Honorifics before a name ("Dr Mehmet ...").
        k = skip_honorifics(doc, k, r.end);
        let Some(name) = name_run(doc, k, r.end) else {
            break;
        };
        k = name.end;
        let quoted = doc.quoted[name.start];
        let mut country = None;
        // ("... and D, from Saharawi Democratic Republic")
        if k + 2 < r.end && doc.low(k) == "," && doc.low(k + 1) == "from" {
            k += 1;
        }
        let the = usize::from(k + 2 < r.end && doc.low(k + 1) == "the");
        if k + 1 + the < r.end
            && matches!(doc.low(k), "from" | "of")
            && let Some((c, _, n)) = doc.tags[k + 1 + the].place()
        {
            country = Some((c, CountryEvidence::Explicit));
            k += 1 + the + n;
        } else if k + 2 < r.end
            && doc.low(k) == "("
            && let Some((c, _, n)) = doc.tags[k + 1].place()
            && k + 1 + n < r.end
            && doc.low(k + 1 + n) == ")"
        {
            // "Lee Han-gon (South Korea)"
            country = Some((c, CountryEvidence::Explicit));
            k += 2 + n;
        }
        out.push(Mention {
            sentence: si,
            span: name.clone(),
            name: name_text(doc, name.clone()),
            name_tokens: name,
            title: Some("Ambassador".to_string()),
            country,
            portfolio: None,
            known: None,
            title_from_gazetteer: false,
            quoted,
            posting: None,
        });
        match (k < r.end).then(|| doc.low(k)) {
            Some(",") if k + 1 < r.end && doc.low(k + 1) == "and" => k += 2,
            Some("," | "and") => k += 1,
            _ => break,
        }
    }
    if out.len() < 2 {
        return Vec::new();
    }
    out
}

/// "the ministers of Foreign Affairs, A; of Culture, B; and of Mines and Energy, C" (token `i`
/// is the plural title word): each name with its own portfolio. Empty unless two or more follow.
fn portfolio_each(
    doc: &Doc<'_>,
    si: usize,
    r: Range<usize>,
    i: usize,
    singular: &str,
) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut k = i + 1;
    loop {
        if k < r.end && doc.low(k) == "and" {
            k += 1;
        }
        // ("the Ambassadors of Australia, A, Spain, B and Czech Republic, C": after the first,
        // a country's name alone.)
        let from = if k < r.end && doc.low(k) == "of" {
            k + 1
        } else if !out.is_empty()
            && k < r.end
            && doc.tags[k]
                .place()
                .is_some_and(|(_, kind, _)| kind == PlaceKind::Country)
        {
            k
        } else {
            break;
        };
        let Some(comma) = (from..r.end.min(from + 8)).find(|&x| doc.low(x) == ",") else {
            break;
        };
        if comma == from
            || !(from..comma).all(|x| doc.is_capitalised(x) || matches!(doc.low(x), "and" | "&"))
        {
            break;
        }
        // ("of Defense, General X": a rank before the name)
        let mut at = skip_honorifics(doc, comma + 1, r.end);
        while let Some(n) = doc.tags.get(at).and_then(|t| t.rank()) {
            at += n;
            if at < r.end && doc.low(at) == "." {
                at += 1;
            }
        }
        let Some(name) = name_run(doc, at, r.end).filter(|n| n.len() >= 2) else {
            break;
        };
        out.push(Mention {
            sentence: si,
            span: k..name.end,
            name: name_text(doc, name.clone()),
            name_tokens: name.clone(),
            title: Some(format!("{singular} of {}", title_text(doc, from, comma))),
            // ("the Presidents of Colombia, A; of Brazil, B": a country, not a portfolio)
            country: doc.tags[from]
                .place()
                .filter(|&(_, kind, len)| kind == PlaceKind::Country && from + len == comma)
                .map(|(c, _, _)| (c, CountryEvidence::Explicit)),
            portfolio: None,
            known: known_name(doc, name.clone()),
            title_from_gazetteer: false,
            quoted: doc.quoted[name.start],
            posting: None,
        });
        k = name.end;
        if k < r.end && matches!(doc.low(k), ";" | ",") {
            k += 1;
        } else if !(k < r.end && doc.low(k) == "and") {
            break;
        }
    }
    if out.len() < 2 { Vec::new() } else { out }
}

/// "the Ministers of Foreign Affairs, Health, and Education: A, B and C, respectively" (token `i`
/// is the plural title word, before "of"): each name with its portfolio in the list's order, or
/// the bare singular title when the portfolios cannot be told apart ("of Trade and Industry and
/// Health" reads two ways). Empty unless two or more names end at "respectively".
fn respective_portfolios(
    doc: &Doc<'_>,
    si: usize,
    r: Range<usize>,
    i: usize,
    singular: &str,
    consumed: &[bool],
) -> Vec<Mention> {
    // ("Foreign Ministers of Azerbaijan, Georgia and Turkey, A, B and C, respectively": countries,
    // which `plural_title` reads.)
    if i + 4 >= r.end
        || !doc.sentence_may_have(si, *RESPECTIVELY)
        || doc.tags[i + 2].place().is_some()
    {
        return Vec::new();
    }
    // The list ends at the first "respectively" within reach of the title.
    let Some(resp) = (i + 4..r.end.min(i + 48)).find(|&k| doc.low(k) == "respectively") else {
        return Vec::new();
    };
    let names = names_read_back(
        doc,
        resp - usize::from(doc.low(resp - 1) == ","),
        i + 2,
        consumed,
    );
    // The names follow the portfolios after ":" or ",".
    let Some(k) = names.first().map(|n| n.start) else {
        return Vec::new();
    };
    if names.len() < 2 || !matches!(doc.low(k - 1), ":" | ",") {
        return Vec::new();
    }
    let list_end = k - 1;
    // The portfolios between "of" and the names: capitalised words, split at commas.
    let mut portfolios: Vec<Range<usize>> = Vec::new();
    let mut from = i + 2;
    for x in i + 2..=list_end {
        if x == list_end || doc.low(x) == "," {
            let start = if from < x && doc.low(from) == "and" {
                from + 1
            } else {
                from
            };
            if start >= x {
                return Vec::new();
            }
            portfolios.push(start..x);
            from = x + 1;
        } else if !(doc.is_capitalised(x) || matches!(doc.low(x), "and" | "&")) {
            return Vec::new();
        }
    }
    let each = portfolios.len() == names.len();
    names
        .into_iter()
        .enumerate()
        .map(|(n, name)| {
            let title = if each {
                format!(
                    "{singular} of {}",
                    title_text(doc, portfolios[n].start, portfolios[n].end)
                )
            } else {
                singular.to_string()
            };
            let known = known_name(doc, name.clone());
            Mention {
                sentence: si,
                span: name.clone(),
                name: name_text(doc, name.clone()),
                name_tokens: name.clone(),
                title: Some(title),
                country: known.map(|k| (doc.lex.known[k].country, CountryEvidence::Gazetteer)),
                portfolio: None,
                known,
                title_from_gazetteer: false,
                quoted: doc.quoted[name.start],
                posting: None,
            }
        })
        .collect()
}

/// "Foreign Ministers Johann Weber and Jan Nowak" (token `i` is the plural title word): each name
/// with the title in the singular ("Foreign Minister"). Empty unless two or more names follow.
fn plural_title(
    doc: &Doc<'_>,
    si: usize,
    r: Range<usize>,
    i: usize,
    consumed: &[bool],
) -> Vec<Mention> {
    // Capitalised, as a title is: a flag test before the string match, for every token.
    // ("presidential advisers A, B and C": a list word, in lower case too.)
    if !doc.is_capitalised(i) && !LIST_WORDS.contains(&doc.word(i)) {
        return Vec::new();
    }
    let singular = match doc.low(i) {
        "advisers" => "Adviser",
        "advisors" => "Advisor",
        "senators" => "Senator",
        "ministers" => "Minister",
        "presidents" => "President",
        "secretaries" => "Secretary",
        "ambassadors" => "Ambassador",
        "premiers" => "Premier",
        "chancellors" => "Chancellor",
        "envoys" => "Envoy",
        "heads" => "Head",
        _ => return Vec::new(),
    };
    let start = extend_over_modifiers(doc, i, r.start, false);
    if (start..=i).any(|k| consumed[k]) {
        return Vec::new();
    }
    if i + 1 < r.end && doc.low(i + 1) == "of" {
        let mut each = portfolio_each(doc, si, r.clone(), i, singular);
        if each.is_empty() {
            each = respective_portfolios(doc, si, r.clone(), i, singular, consumed);
        }
        if !each.is_empty() {
            return each;
        }
    }
    // ("heads of state": no list of people)
    if singular == "Head" {
        return Vec::new();
    }
    let title = if start < i {
        format!("{} {singular}", title_text(doc, start, i))
    } else {
        singular.to_string()
    };
    // Honorifics before each name and a portfolio in brackets after it: "Cabinet Secretaries Dr
    // Monica Juma (Foreign Affairs) and Dr Fred Matiangi (Interior)".
    let skip_honorifics = |k: usize| skip_honorifics(doc, k, r.end);
    let skip_brackets = |k: usize| {
        if k < r.end && doc.low(k) == "(" {
            if let Some(close) = (k + 1..r.end.min(k + 6)).find(|&x| doc.low(x) == ")") {
                return close + 1;
            }
        }
        k
    };
    // ... or in a clause after it, up to a semicolon: "Ministers A, of Foreign Affairs; and B, of
    // Industry and Trade;".
    let skip_portfolio_clause = |k: usize| {
        if k + 2 < r.end && doc.low(k) == "," && doc.low(k + 1) == "of" {
            if let Some(semi) = (k + 2..r.end.min(k + 16)).find(|&x| doc.low(x) == ";") {
                return semi;
            }
        }
        k
    };
    // "Foreign Ministers A of Uruguay and B of Argentina": a country after each name.
    let country_after = |k: usize| -> Option<(usize, usize)> {
        if k + 1 < r.end && matches!(doc.low(k), "of" | "from") {
            let (c, kind, len) = doc.tags[k + 1].place()?;
            return (kind == PlaceKind::Country).then_some((c, k + 1 + len));
        }
        None
    };
    // "Foreign Ministers of Azerbaijan, Georgia and Turkey, A, B and C, respectively": the
    // countries before the names, in their order.
    let mut listed = Vec::new();
    let mut names_from = i + 1;
    if i + 2 < r.end && doc.low(i + 1) == "of" {
        let mut x = i + 2;
        while let Some((c, PlaceKind::Country, len)) =
            doc.tags[..r.end].get(x).and_then(|t| t.place())
        {
            listed.push(c);
            x += len;
            match doc.tokens().get(x).map(|_| doc.low(x)) {
                Some("and") => x += 1,
                Some(",") if x + 1 < r.end && doc.low(x + 1) == "and" => x += 2,
                Some(",")
                    if doc.tags[..r.end]
                        .get(x + 1)
                        .is_some_and(|t| t.place().is_some()) =>
                {
                    x += 1
                }
                Some(",") if listed.len() >= 2 => {
                    names_from = x + 1;
                    break;
                }
                _ => break,
            }
        }
    }
    let mut names = Vec::new();
    let mut countries_after = Vec::new();
    let mut k = skip_honorifics(names_from);
    while let Some(run) = name_run(doc, k, r.end) {
        k = skip_portfolio_clause(skip_brackets(run.end));
        let after = country_after(k);
        if let Some((_, end)) = after {
            k = end;
        }
        countries_after.push(after.map(|a| a.0));
        names.push(run);
        let next_name = |k: usize| name_run(doc, skip_honorifics(k), r.end).is_some();
        match doc.tokens().get(k).map(|_| doc.low(k)) {
            Some(",") if next_name(k + 1) => k = skip_honorifics(k + 1),
            Some("and") if next_name(k + 1) => k = skip_honorifics(k + 1),
            Some(";") if k + 1 < r.end && doc.low(k + 1) == "and" && next_name(k + 2) => {
                k = skip_honorifics(k + 2)
            }
            _ => break,
        }
    }
    if names.len() < 2 {
        return Vec::new();
    }
    // "Azerbaijani and Turkish Foreign Ministers A and B": one nationality before the title for
    // each name, in order.
    let before = if listed.len() == names.len() {
        listed
    } else {
        demonyms_before(doc, r.start, start, names.len())
    };
    let respective = before.len() == names.len();
    let first = names[0].start;
    names
        .into_iter()
        .enumerate()
        .map(|(n, name)| {
            let known = known_name(doc, name.clone());
            let told = countries_after[n]
                .or(respective.then(|| before[n]))
                .map(|c| (c, CountryEvidence::Explicit));
            Mention {
                sentence: si,
                span: if name.start == first {
                    start..name.end
                } else {
                    name.clone()
                },
                name: name_text(doc, name.clone()),
                name_tokens: name.clone(),
                title: Some(title.clone()),
                country: told
                    .or(known.map(|k| (doc.lex.known[k].country, CountryEvidence::Gazetteer))),
                portfolio: None,
                known,
                title_from_gazetteer: false,
                quoted: doc.quoted[name.start],
                posting: None,
            }
        })
        .collect()
}

/// A title at token `i` after ", " or ", the " that follows the name of the last mention: another
/// mention of that person with this title ("X, the Crown Prince of the State of Kuwait, ...").
fn appositive_title(
    doc: &Doc<'_>,
    si: usize,
    r: Range<usize>,
    i: usize,
    out: &[Mention],
) -> Option<Mention> {
    let (len, _) = doc.tags[i].head()?;
    // Left: the title's modifiers and portfolios ("Deputy Prime Minister").
    let start = extend_over_modifiers(doc, i, r.start, false);
    let mut c = start;
    if c > r.start && matches!(doc.low(c - 1), "the" | "a" | "an") {
        c -= 1;
    }
    if c <= r.start || !matches!(doc.low(c - 1), "," | "and") {
        return None;
    }
    // ("X, Deputy Prime Minister, Minister of Foreign Affairs of Kosovo": a second office after
    // the first, also after "and".)
    let prev = out.last().filter(|m| {
        m.sentence == si
            && m.span.end <= c
            && ((m.name_tokens.end == c - 1 && doc.low(c - 1) == ",")
                || (m.span.end == c - 1 && m.title.is_some()))
    })?;
    let mut end = i + len;
    if end < r.end && COMPLEMENT_STARTERS.contains(&doc.low(end)) {
        let (e, tagged) = scan_complement(doc, end, r.end);
        if tagged {
            end = e;
        }
    }
    // "head of the EU Council in Istanbul": the place where he is, not part of the office.
    if let Some(at) = (i + len..end).rfind(|&k| {
        matches!(doc.low(k), "in" | "at")
            && k + 1 < end
            && (k + 1..end).all(|x| {
                let t = doc.tags[x];
                doc.is_capitalised(x)
                    && t.org_word().is_none()
                    && t.head().is_none()
                    && t.portfolio().is_none()
            })
    }) {
        end = at;
    }
    // The apposition ends the phrase ("X, the Crown Prince, ..."); a title cut short ("head of
    // the Ukrainian president's office") or one before a name ("X, Foreign Minister Y") is not it.
    let closes = end >= r.end
        || matches!(doc.low(end), "," | "." | ";" | ")" | "and" | "who" | "said")
        || (end + 1 >= r.end && doc.tokens()[end].kind == TokenKind::Punct);
    if !closes {
        return None;
    }
    // "At a meeting with X, the minister said ...", "Meeting with X, the minister said": after an
    // opening phrase the title is the sentence's subject, not X's apposition.
    let opening = matches!(
        doc.low(r.start),
        "at" | "during"
            | "in"
            | "after"
            | "following"
            | "upon"
            | "on"
            | "while"
            | "meeting"
            | "receiving"
            | "welcoming"
            | "speaking"
            | "talking"
    ) && (r.start..c - 1).all(|x| doc.low(x) != ",");
    if opening && end < r.end && doc.low(end) == "said" {
        return None;
    }
    let country = place_in(doc, i + len..end, complement_kinds(doc, i + len..end))
        .or_else(|| place_in(doc, i + len..end, &[PlaceKind::Region]))
        .or_else(|| {
            (start..i)
                .find_map(|k| doc.tags[k].place().filter(|p| p.1 == PlaceKind::Demonym))
                .map(|p| p.0)
        });
    Some(Mention {
        sentence: si,
        span: start..end,
        name: prev.name.clone(),
        name_tokens: prev.name_tokens.clone(),
        title: Some(title_text(doc, start, end)),
        country: country.map(|c| (c, CountryEvidence::Explicit)),
        portfolio: None,
        known: prev.known,
        title_from_gazetteer: false,
        quoted: prev.quoted,
        posting: None,
    })
}

/// Whether a title ends at `end`, inside the complement starting at `from`, right after "for" or
/// "to" and its modifiers: not an envoy's or a royal's, which stand before names as honorifics
/// ("Minister of Foreign Affairs Prince Faisal").
/// `of_too`: the outer title is an envoy's or adviser's, whose "of" names whom they serve too
/// ("Special Envoy of US President-elect X").
fn names_an_inner_title(doc: &Doc<'_>, from: usize, end: usize, of_too: bool) -> bool {
    (from + 1..end).any(|h| {
        let Some((len, envoy)) = doc.tags[h].head() else {
            return false;
        };
        if envoy || h + len != end || ROYAL_WORDS.contains(&doc.low(h)) {
            return false;
        }
        let p = extend_over_modifiers(doc, h, from, true);
        // "for UN Secretary-General X", "to President X" (not "Cabinet of Ministers X").
        p > from && (matches!(doc.low(p - 1), "for" | "to") || (of_too && doc.low(p - 1) == "of"))
    })
}

/// "her Malaysian and Thai counterparts, A and B" (token `i` is "counterparts"): each name with
/// the nationality in the same place of the list before it, or all with the one nationality
/// ("their Philippine counterparts, A and B"), titled "Counterpart" (the meeting gives them the
/// host's office). Empty unless the lists match.
/// The countries of the nationality words listed right before `end`, left to right, at most
/// `max`: "Malaysian and Thai", "Omani, Qatari and Kuwaiti".
fn demonyms_before(doc: &Doc<'_>, floor: usize, end: usize, max: usize) -> Vec<usize> {
    let mut countries = Vec::new();
    let mut k = end;
    while k > floor
        && let Some((n, c, PlaceKind::Demonym)) = doc.place_ending_at(k)
    {
        countries.push(c);
        k -= n;
        if k > floor && matches!(doc.low(k - 1), "and" | ",") && countries.len() < max {
            k -= 1;
        } else {
            break;
        }
    }
    countries.reverse();
    countries
}

fn plural_counterparts(
    doc: &Doc<'_>,
    si: usize,
    r: Range<usize>,
    i: usize,
    consumed: &[bool],
) -> Vec<Mention> {
    plural_counterparts_from(doc, si, r, i, i + 1, consumed)
}

/// [`plural_counterparts`] with the names read from token `from` on.
fn plural_counterparts_from(
    doc: &Doc<'_>,
    si: usize,
    r: Range<usize>,
    i: usize,
    from: usize,
    consumed: &[bool],
) -> Vec<Mention> {
    let countries = demonyms_before(doc, r.start, i, usize::MAX);
    // The names, left to right: ", A and B", "A, B and C".
    let mut names = Vec::new();
    let mut j = from;
    if j < r.end && doc.low(j) == "," {
        j += 1;
    }
    // "his counterparts from Kyrgyzstan A and Rwanda B": each name with its country before it.
    if countries.is_empty() && j < r.end && matches!(doc.low(j), "from" | "of") {
        let mut listed: Vec<(Range<usize>, usize)> = Vec::new();
        let mut x = j + 1;
        while let Some((c, PlaceKind::Country, len)) =
            doc.tags[..r.end].get(x).and_then(|t| t.place())
            && let Some(name) = name_run(doc, x + len, r.end).filter(|n| n.len() >= 2)
        {
            listed.push((x..name.end, c));
            x = name.end;
            if x < r.end && doc.low(x) == "," {
                x += 1;
            }
            if x < r.end && doc.low(x) == "and" {
                x += 1;
            }
        }
        if listed.len() >= 2 && !listed.iter().any(|(n, _)| n.clone().any(|k| consumed[k])) {
            return listed
                .into_iter()
                .map(|(span, c)| {
                    let len = doc.tags[span.start].place().map_or(1, |p| p.2);
                    let name = span.start + len..span.end;
                    counterpart_mention(doc, si, span, name, c)
                })
                .collect();
        }
    }
    // "her counterparts A of Canada and B of Colombia": each name with its country after it.
    if countries.is_empty() {
        let mut listed: Vec<(Range<usize>, usize)> = Vec::new();
        while let Some(name) = name_run(doc, j, r.end).filter(|n| n.len() >= 2) {
            let at = name.end + 1;
            let Some((c, _, len)) = (at < r.end && matches!(doc.low(name.end), "of" | "from"))
                .then(|| doc.tags[at].place())
                .flatten()
                .filter(|p| p.1 == PlaceKind::Country)
            else {
                break;
            };
            listed.push((name, c));
            j = at + len;
            if j < r.end && doc.low(j) == "," {
                j += 1;
            }
            if j < r.end && doc.low(j) == "and" {
                j += 1;
            }
        }
        if listed.len() < 2 || listed.iter().any(|(n, _)| n.clone().any(|x| consumed[x])) {
            return Vec::new();
        }
        return listed
            .into_iter()
            .map(|(name, c)| {
                let span =
                    name.start..name.end + 1 + doc.tags[name.end + 1].place().map_or(1, |p| p.2);
                counterpart_mention(doc, si, span, name, c)
            })
            .collect();
    }
    // One nationality for all ("their Philippine counterparts, A and B"), or one each.
    let wanted = if countries.len() == 1 {
        4
    } else {
        countries.len()
    };
    while names.len() < wanted {
        let Some(name) = name_run(doc, j, r.end).filter(|n| n.len() >= 2) else {
            break;
        };
        j = name.end;
        names.push(name);
        if j < r.end && doc.low(j) == "," {
            j += 1;
        }
        if j < r.end && doc.low(j) == "and" {
            j += 1;
        }
    }
    let listed = if countries.len() == 1 {
        names.len() >= 2
    } else {
        names.len() == countries.len()
    };
    if countries.is_empty() || !listed || names.iter().any(|n| n.clone().any(|x| consumed[x])) {
        return Vec::new();
    }
    let one = countries[0];
    names
        .into_iter()
        .zip(countries.into_iter().chain(std::iter::repeat(one)))
        .map(|(name, c)| counterpart_mention(doc, si, name.clone(), name, c))
        .collect()
}

/// "the French and German ambassadors to Russia, A and B": one ambassador of each country, in
/// their order (at least two).
fn plural_envoys(
    doc: &Doc<'_>,
    si: usize,
    r: Range<usize>,
    i: usize,
    consumed: &[bool],
) -> Vec<Mention> {
    if demonyms_before(doc, r.start, i, usize::MAX).len() < 2 {
        return Vec::new();
    }
    // The posting ("to Russia") between the noun and the names.
    let mut k = i + 1;
    if k + 1 < r.end
        && matches!(doc.low(k), "to" | "in")
        && let Some((_, _, len)) = doc.tags[k + 1].place()
    {
        k += 1 + len;
    }
    if !(k < r.end && doc.low(k) == ",") {
        return Vec::new();
    }
    let mut out = plural_counterparts_from(doc, si, r, i, k, consumed);
    for m in &mut out {
        m.title = Some("Ambassador".to_string());
    }
    out
}

/// A counterpart named in a list, of country `c`.
fn counterpart_mention(
    doc: &Doc<'_>,
    si: usize,
    span: Range<usize>,
    name: Range<usize>,
    c: usize,
) -> Mention {
    Mention {
        sentence: si,
        span,
        name: name_text(doc, name.clone()),
        name_tokens: name.clone(),
        title: Some("Counterpart".to_string()),
        country: Some((c, CountryEvidence::Explicit)),
        portfolio: None,
        known: known_name(doc, name.clone()),
        title_from_gazetteer: false,
        quoted: doc.quoted[name.start],
        posting: None,
    }
}

/// A one-word title between a title and a name, used as an honorific: "Foreign Minister Prince
/// Faisal bin Farhan", "Defence Minister Sheikh Khalid bin Ahmed".
/// ("Malaysian King Sultan Ibrahim": after a royal title, a royal word before one name too.)
fn royal_honorific(doc: &Doc<'_>, k: usize, end: usize) -> bool {
    let after_a_royal =
        || k > 0 && ROYAL_WORDS.contains(&doc.low(k - 1)) && ROYAL_WORDS.contains(&doc.low(k));
    doc.tags[k].head().is_some_and(|h| h.0 == 1)
        && doc.is_capitalised(k)
        && name_run(doc, k + 1, end)
            .is_some_and(|x| x.len() >= 2 || (!x.is_empty() && after_a_royal()))
}

/// Places named in `toks` that give a nationality: (country, first token).
/// The kinds of place in a title's complement `c` that give the official's country: a country or
/// a body, but only a country for "Head of the Department of the League of Arab States", a
/// ministry's department for a body, not the body's own official.
fn complement_kinds(doc: &Doc<'_>, c: Range<usize>) -> &'static [PlaceKind] {
    let department = |x: usize| matches!(doc.low(x), "department" | "directorate" | "division");
    let department_for = c.len() > 3
        && doc.low(c.start) == "of"
        && ((c.start + 1..c.start + 3).any(department)
            // ("Head of the GCC and Regional Neighbourliness Department (at the Ministry)": the
            // body it deals with; not "the UN Department of Political Affairs")
            || (c.start + 2..c.end).any(|x| department(x) && (x + 1 >= c.end || doc.low(x + 1) != "of")));
    if department_for {
        &[PlaceKind::Country, PlaceKind::Demonym]
    } else {
        &[
            PlaceKind::Country,
            PlaceKind::Demonym,
            PlaceKind::Organisation,
            PlaceKind::International,
        ]
    }
}

fn place_in(doc: &Doc<'_>, toks: Range<usize>, kinds: &[PlaceKind]) -> Option<usize> {
    toks.into_iter().find_map(|k| {
        doc.tags[k]
            .place()
            .filter(|p| kinds.contains(&p.1))
            .map(|p| p.0)
    })
}

fn parse_title(
    doc: &Doc<'_>,
    si: usize,
    r: Range<usize>,
    head: usize,
    head_len: usize,
    envoy: bool,
    consumed: &[bool],
) -> Option<Mention> {
    // Left: modifiers, portfolios ("Foreign and Expatriates"), nationality words, possessives.
    let mut left = head;
    // Where the title text starts: a leading nationality ("Iranian", "Syria's") is not part of it.
    let mut title_left = head;
    let mut nationality = None;
    let mut portfolio: Option<Range<usize>> = None;
    while left > r.start && !consumed[left - 1] {
        let prev = left - 1;
        if doc.tokens()[prev].kind == TokenKind::Possessive && prev > r.start {
            if let Some((n, c, kind)) = doc.place_ending_at(prev)
                && kind != PlaceKind::Demonym
                && doc.is_capitalised(prev - n)
            {
                nationality.get_or_insert(c);
                left = prev - n;
                continue;
            }
            break;
        }
        // ("Public Security Minister": a longer portfolio ending with a modifier's word wins.)
        if let Some(n) = doc
            .modifier_ending_at(left)
            .filter(|&n| doc.portfolio_ending_at(left).is_none_or(|p| p <= n))
        {
            // "UN Secretary-General": a modifier that is also an organisation's name gives both.
            if let Some((pn, c, _)) = doc.place_ending_at(left)
                && pn == n
            {
                nationality.get_or_insert(c);
            }
            left -= n;
            title_left = left;
            continue;
        }
        // "Andean Court of Justice Head": an organisation that ends with a portfolio's word.
        if let Some((pn, c, _)) = doc.place_ending_at(left)
            && doc.portfolio_ending_at(left).is_some_and(|n| pn > n)
            && left - pn >= r.start
        {
            nationality.get_or_insert(c);
            left -= pn;
            continue;
        }
        // "Spanish parliament speaker X": the nationality of the body whose office it is.
        if left == title_left
            && prev > r.start
            && doc.tags[prev].org_word().is_some()
            && doc.portfolio_ending_at(left).is_none()
            && let Some((n, c, PlaceKind::Demonym)) = doc.place_ending_at(prev)
        {
            nationality.get_or_insert(c);
            left = prev - n;
            continue;
        }
        // "Andean Community (CAN) General Secretary": an acronym between organisation and title.
        if doc.low(prev) == ")"
            && left == title_left
            && prev >= r.start + 3
            && doc.low(prev - 2) == "("
            && doc.tok(prev - 1).chars().all(|c| c.is_uppercase())
            && doc.place_ending_at(prev - 2).is_some()
        {
            left = prev - 2;
            continue;
        }
        // "CPV Central Committee member", "KSCM Chairman": a party's or body's acronym that no
        // table knows, right before the title.
        // (One only, and no honorific: not "PM HRH", "HE".)
        if left == title_left
            && doc.tags[prev].place().is_none()
            && doc.tags[prev].honorific().is_none()
            && (2..=6).contains(&doc.tok(prev).len())
            && doc.tok(prev).bytes().all(|b| b.is_ascii_uppercase())
        {
            left = prev;
            title_left = left;
            break;
        }
        // "Foreign Ministry Undersecretary", "Defence Ministry spokesman": the ministry whose
        // office it is, named by its portfolio.
        if left == title_left
            && prev > r.start
            && doc.low(prev) == "ministry"
            && doc.is_capitalised(prev)
            && let Some(n) = doc.portfolio_ending_at(prev)
        {
            portfolio = Some(prev - n..prev);
            left = prev - n;
            title_left = left;
            continue;
        }
        if let Some(n) = doc.portfolio_ending_at(left) {
            portfolio = Some(left - n..portfolio.map_or(left, |p| p.end));
            left -= n;
            title_left = left;
            continue;
        }
        if matches!(doc.low(prev), "and" | "&")
            && portfolio.is_some()
            && prev > r.start
            && doc.portfolio_ending_at(prev).is_some()
        {
            left = prev;
            title_left = left;
            continue;
        }
        // "Australian Deputy Prime Minister and Defence Minister X": one person's two offices,
        // with one nationality before both.
        if matches!(doc.low(prev), "and" | "&")
            && left == title_left
            && let Some(h) = (prev.saturating_sub(4).max(r.start)..prev)
                .find(|&h| doc.tags[h].head().is_some_and(|(len, _)| h + len == prev))
            && !(h..prev).any(|k| consumed[k])
            // Not "the Foreign Secretary and Secretary X": two people, the first named by office.
            && !{
                let b = extend_over_modifiers(doc, h, r.start, true);
                b > r.start && doc.low(b - 1) == "the"
            }
        {
            left = h;
            title_left = h;
            continue;
        }
        if let Some((n, c, _)) = doc.place_ending_at(left) {
            {
                nationality.get_or_insert(c);
                left -= n;
                continue;
            }
        }
        break;
    }

    // "her Ghanaian counterpart, Foreign Minister Kwame Asante": the nationality sits before "counterpart".
    if nationality.is_none() {
        let mut c = left;
        if c > r.start && doc.low(c - 1) == "," {
            c -= 1;
        }
        // ("his Brunei counterpart, X": a country's name as its adjective)
        if c > r.start + 1
            && doc.low(c - 1) == "counterpart"
            && let Some((n, country, kind)) = doc.place_ending_at(c - 1)
            && (kind == PlaceKind::Demonym
                || (kind == PlaceKind::Country
                    && c - 1 > r.start + n
                    && matches!(doc.low(c - 2 - n), "his" | "her" | "their" | "its")))
        {
            nationality = Some(country);
        }
    }

    // "A B, ambassador of Nepal to China, C D, joint secretary": a title between two names set
    // off by commas is the first's (read below as "name before the title"), not the second's.
    // (A closure: only the two comma readings below need it, and this runs for every title.)
    let appositive_to_name_before = || {
        let mut c = left;
        if c > r.start && matches!(doc.low(c - 1), "the" | "a" | "an") {
            c -= 1;
        }
        // (Not a place: "received in Ain Al-Tineh, French Ambassador to Lebanon, X".)
        let run_start = (c.saturating_sub(6).max(r.start)..c.saturating_sub(1))
            .rev()
            .take_while(|&k| doc.is_name_word(k))
            .last();
        c >= r.start + 3
            && doc.low(c - 1) == ","
            && run_start.is_some_and(|s| {
                c - 1 - s >= 2
                    && !consumed[s]
                    && (s == r.start
                        || !matches!(doc.low(s - 1), "in" | "at" | "from" | "to" | "of" | "near"))
            })
    };
    // Right: an optional complement ("of Iran's Supreme National Security Council (SNSC)").
    let mut j = head + head_len;
    // "Secretary (East)": a bracketed word or two naming the office's field.
    if let Some(close) = (j + 2..r.end.min(j + 4)).find(|&k| doc.low(k) == ")")
        && doc.low(j) == "("
        // (Not a name: "Minister (Firstname) X".)
        && (j + 1..close).all(|k| {
            doc.is_capitalised(k)
                && doc.tags[k].place().is_none()
                && (doc.portfolio_ending_at(k + 1).is_some()
                    || doc.word(k) != 0
                    || doc.tok(k).bytes().all(|b| b.is_ascii_uppercase()))
        })
    {
        j = close + 1;
    }
    let mut title_end = j;
    let mut name: Option<Range<usize>> = None;
    if j < r.end && COMPLEMENT_STARTERS.contains(&doc.low(j)) {
        let (end, tagged) = scan_complement(doc, j, r.end);
        if tagged {
            // The name is the run of name words at the end of the complement, after its last lexicon word.
            let mut s = end;
            // (An honorific between name words is the name's: "Erywan Pehin Yusof".)
            while s > j
                && (doc.is_name_word(s - 1)
                    || (doc.is_name_particle(s - 1) && s < end)
                    || (s < end
                        && s >= j + 2
                        && doc.tags[s - 1].honorific() == Some(1)
                        // (not "for Pacific Peoples Dr X": a courtesy title opens a name)
                        && !matches!(
                            doc.low(s - 1),
                            "dr" | "mr" | "mrs" | "ms" | "miss" | "prof" | "sir" | "dame" | "hon"
                                | "he" | "lord" | "lady" | "madam"
                        )
                        && doc.is_name_word(s - 2)
                        && doc.tags[s - 2].place().is_none()))
            {
                s -= 1;
            }
            while s < end && doc.is_name_particle(s) {
                s += 1;
            }
            // A short family name that is also a common word ("... Central Committee To Lam").
            if s > j + 1
                && short_family_name(doc, s - 1, s - 1..r.end).is_some_and(|n| n.end == end)
            {
                s -= 1;
            }
            // "for the Middle East and North Africa Brett McGurk": a gazetteer name ending the
            // complement is the whole name.
            if let Some(x) = (s..end).find(|&x| {
                doc.tags[x]
                    .known()
                    .is_some_and(|(_, len)| len >= 2 && x + len == end)
            }) {
                s = x;
            }
            // "of Representatives Mahmoud al-Mashhadani": the word after "of" ends the body's
            // name, the rest is the person's.
            if s + 1 < end && COMPLEMENT_GLUE.contains(&doc.low(s - 1)) {
                s += 1;
            }
            let name_ok = s < end && end - s <= 5 && !COMPLEMENT_GLUE.contains(&doc.low(s - 1));
            let mut comp_end = if name_ok { s } else { end };
            let mut name_end = end;
            if name_ok {
                // The complement stops at its last lexicon word; the name may go on ("Faisal bin
                // Farhan").
                if let Some(run) = name_run(doc, s, r.end).filter(|run| run.end > end) {
                    name_end = run.end;
                }
                // "for Foreign Affairs Dr Vivian Balakrishnan": an honorific opens the name.
                // ("of Kuwait Fire Force Lt Gen X": so does a rank.)
                let mut first = s;
                while let Some(n) = doc.tags[first]
                    .honorific()
                    .or(doc.tags[first].rank())
                    .filter(|&n| first + n < name_end)
                {
                    first += n;
                    if first + 1 < name_end && doc.low(first) == "." {
                        first += 1;
                    }
                }
                name = Some(first..name_end);
            }
            // "Spokesperson for UN Secretary-General X", "adviser to President X": a title right
            // before the name is the person's own, and the first names someone unnamed ("of the
            // Secretary-General X" is the first's name, and "Ambassador X" an honorific use).
            let serves = doc.tags[head].head().is_some_and(|(_, envoy)| envoy)
                || ADVISERS.contains(&doc.low(head + head_len - 1));
            if name_ok && names_an_inner_title(doc, j, comp_end, serves) {
                // "X, the Special Envoy of US President-elect Y": the title is X's, named before
                // it; its complement is Y's mention.
                let named_before = left > r.start + 1
                    && (doc.low(left - 1) == ","
                        || (matches!(doc.low(left - 1), "the" | "a" | "an")
                            && doc.low(left - 2) == ","));
                if !named_before {
                    return None;
                }
                name = None;
            } else {
                // Honorifics and ranks just before the name belong to neither ("... in the RA
                // Senior Colonel An Qian").
                loop {
                    if comp_end > j
                        && (doc.tags[comp_end - 1].honorific().is_some()
                            || doc.low(comp_end - 1) == "."
                            || (name_ok && royal_honorific(doc, comp_end - 1, r.end)))
                    {
                        comp_end -= 1;
                    } else if let Some(x) = (comp_end.saturating_sub(3).max(j + 1)..comp_end)
                        .find(|&x| doc.tags[x].rank() == Some(comp_end - x))
                    {
                        comp_end = x;
                        // ("Senior Colonel", "and Vice Admiral")
                        while comp_end > j + 1
                            && matches!(doc.low(comp_end - 1), "senior" | "junior" | "and" | ",")
                        {
                            comp_end -= 1;
                        }
                    } else {
                        break;
                    }
                }
                title_end = comp_end;
                j = name_end;
            }
        } else if doc.tags[head].head().is_some_and(|(_, envoy)| envoy)
            && matches!(doc.low(j), "to" | "in")
            && j + 2 < r.end
            && doc.tokens()[j + 1].kind == TokenKind::Word
            && doc.is_capitalised(j + 1)
            && name_run(doc, j + 2, r.end).is_some_and(|run| run.len() >= 2)
        {
            // "Consul-General to Erbil Nasrollah Rashnoodi": a posting in a city the lexicon
            // does not know, then the name.
            title_end = j + 2;
            j += 2;
        } else if let Some(h) =
            (j + 2..r.end.min(j + 8)).find(|&x| doc.tags[x].honorific().is_some())
            // (Not "Special Envoy of H. E. X": whom the envoy serves.)
            && !(doc.low(j) == "of" && doc.tags[head].head().is_some_and(|(_, envoy)| envoy))
            && (j + 1..h).all(|x| {
                doc.tokens()[x].kind != TokenKind::Punct
                    && (doc.is_capitalised(x) || COMPLEMENT_GLUE.contains(&doc.low(x)))
            })
            && name_run(doc, skip_honorifics(doc, h, r.end), r.end)
                .is_some_and(|run| run.len() >= 2)
        {
            // "Coordinator for the Indo-Pacific Dr Kurt Campbell": a complement the lexicon does
            // not know, ended by the honorific before the name.
            title_end = h;
            j = h;
        } else if let Some(comma) = (j + 1..r.end.min(j + 8)).find(|&x| doc.low(x) == ",")
            && !appositive_to_name_before()
            && (j + 1..comma).all(|x| doc.tokens()[x].kind != TokenKind::Punct)
            && name_run(doc, skip_honorifics(doc, comma + 1, r.end), r.end)
                .is_some_and(|run| run.len() >= 2 && appositive_ends(doc, run.end, r.end))
        {
            // "the EU Special Envoy for Dialogue, Miroslav Lajcak", "the Prime Minister of
            // Pristina's temporary institutions, Albin Kurti": a complement the lexicon does not
            // know, closed by the comma before an appositive name.
            // ("Executive Director, Human Resource Management at the Secretariat, Ms. X")
            title_end = comma;
            j = comma;
        }
    } else if j + 2 < r.end
        && doc.low(j) == ","
        && let Some(comma) = (j + 2..r.end.min(j + 10)).find(|&x| doc.low(x) == ",")
        && (j + 1..comma).any(|x| doc.tags[x].org_word().is_some())
        && (j + 1..comma).all(|x| {
            doc.tags[x].head().is_none()
                && (doc.is_capitalised(x) || matches!(doc.low(x), "at" | "of" | "the" | "for"))
        })
        && name_run(doc, skip_honorifics(doc, comma + 1, r.end), r.end)
            .is_some_and(|run| run.len() >= 2 && appositive_ends(doc, run.end, r.end))
        && !appositive_to_name_before()
    {
        // "Executive Director, Human Resource Management at the Secretariat, Ms. X": the
        // department set off by commas, then the name.
        title_end = comma;
        j = comma;
    } else if let Some(h) = (j + 1..r.end.min(j + 9))
        .find(|&x| doc.tags[x].rank().is_some() || doc.tags[x].honorific().is_some())
        && (j..h).any(|x| doc.tags[x].org_word().is_some())
        && (j..h).all(|x| {
            (doc.is_capitalised(x) && doc.tags[x].head().is_none())
                || matches!(doc.low(x), "of" | "the" | "(" | ")")
        })
        // (The body's first word is a known one, not a name: "CS Raychelle Omamo and Head ...")
        && {
            let t = doc.tags[j];
            t.modifier().is_some()
                || t.portfolio().is_some()
                || t.org_word().is_some()
                || t.place().is_some()
        }
        && name_run(doc, skip_honorifics(doc, h + doc.tags[h].rank().unwrap_or(0), r.end), r.end)
            .is_some_and(|n| n.len() >= 2)
    {
        // "Chairman Joint Chiefs of Staff Committee (JCSC) General X": a body named without
        // "of" before it, then the rank and the name.
        title_end = h;
        j = h;
    } else if j < r.end
        && let Some((_, PlaceKind::Organisation | PlaceKind::International | PlaceKind::Region, n)) =
            doc.tags[j].place()
        && doc.is_capitalised(j)
        && name_run(doc, skip_honorifics(doc, j + n, r.end), r.end)
            .is_some_and(|run| run.len() >= 2)
    {
        // "Chief Minister Sindh Murad Ali Shah", "Director General United Nations Office X": a
        // province or body named right after the title, without "of".
        title_end = j + n;
        j += n;
    } else if let Some(h) = (j + 1..r.end.min(j + 8)).find(|&x| {
        doc.tags[x].honorific().is_some() || slashed_rank(doc, x, r.end).is_some()
    }) && doc.is_capitalised(j)
        // (The words before the comma or honorific: the department, capitalised or "and".)
        && {
            let dept_end = if doc.low(h - 1) == "," { h - 1 } else { h };
            dept_end > j
                && (j..dept_end).all(|x| {
                    (doc.is_capitalised(x)
                        && doc.tokens()[x].kind == TokenKind::Word
                        && doc.tags[x].head().is_none())
                        || doc.low(x) == "and"
                })
        }
        // A body's word, or a police or army rank glued to the honorific: not a name ("Minister
        // Ali, Mr X").
        && (slashed_rank(doc, h, r.end).is_some()
            || (j..h).any(|x| doc.tags[x].org_word().is_some() || doc.tags[x].portfolio().is_some()))
        && name_run(doc, skip_honorifics(doc, h, r.end), r.end).is_some_and(|n| n.len() >= 2)
    {
        // "Director-General Legal and Prosecution, COP/Mr Kofi Boakye", "Director-General
        // National Patrols Department COP/Mr X": a department the lexicon does not know, then
        // the honorific before the name.
        title_end = if doc.low(h - 1) == "," { h - 1 } else { h };
        j = h;
    } else if j + 2 < r.end
        && is_regnal_number(doc.tok(j))
        && name_run(doc, skip_honorifics(doc, j + 1, r.end), r.end).is_some_and(|n| n.len() >= 2)
    {
        // "Foreign Minister II Dato Erywan Yusof": a second minister of one portfolio, numbered.
        title_end = j + 1;
        j += 1;
    }
    let mut span_end = j;
    let complement = head + head_len..title_end;

    if name.is_none() {
        // Honorifics, ranks and an acronym between title and name: "Minister Dr. Karim Mikati",
        // "National Security Advisor (NSA) Jake Sullivan".
        let mut k = j;
        if let Some(after) = acronym_in_parens(doc, k, r.end) {
            k = after;
        }
        if let Some(h) = slashed_rank(doc, k, r.end) {
            k = h;
        }
        while k < r.end {
            // "HE" (His Excellency) written "He" is the word, or a family name ("He Lifeng").
            // ("Mr" is no common word here: "special envoy Mr Julio Santos".)
            let common_word = doc.word_flags(k) & vocab::NOT_NAME != 0
                && doc.tok(k).bytes().skip(1).all(|b| b.is_ascii_lowercase())
                && !matches!(doc.low(k), "mr" | "mrs" | "ms");
            if let Some(n) = doc.tags[k]
                .honorific()
                .or(doc.tags[k].rank())
                // ("His Highness" is two words: only a lone "He" may be the pronoun.)
                .filter(|&n| !(common_word && n == 1))
            {
                k += n;
                if k < r.end && doc.low(k) == "." {
                    k += 1;
                }
                k = skip_retired(doc, k, r.end);
            } else if royal_honorific(doc, k, r.end) {
                k += 1;
            } else {
                // ("Rtd. Maj. Gen. X": a retired officer's mark before the rank)
                let after = skip_retired(doc, k, r.end);
                if after == k {
                    break;
                }
                k = after;
            }
        }
        if let Some(run) = name_run(doc, k, r.end).or_else(|| short_family_name(doc, k, r.clone()))
        {
            span_end = run.end;
            name = Some(run);
        } else if k < r.end && doc.low(k) == "," && !appositive_to_name_before() {
            // Appositive: "Senior Aide ..., Omar Said Haddad, the two sides ...", "Chief of
            // General Staff ..., Major General X".
            // ("..., Rtd. Maj. Gen. X": a retired officer)
            let mut a = skip_retired(doc, k + 1, r.end);
            while let Some(n) = doc.tags[..r.end]
                .get(a)
                .and_then(|t| t.honorific().or(t.rank()))
            {
                a += n;
                if a < r.end && doc.low(a) == "." {
                    a += 1;
                }
            }
            // "Ahead of the talks with his Chinese counterpart, X on Thursday had said": the comma
            // closes an opening clause and X is the sentence's subject, unless a second comma
            // closes X as an appositive ("During talks with his counterpart, X, the minister ...").
            // ("Welcoming the Turkic Council Secretary General, X thanked him": a participle
            // opens it too.)
            let opening_clause = (matches!(
                doc.low(r.start),
                "ahead" | "after" | "before" | "during" | "following" | "upon" | "while" | "prior"
            ) || matches!(
                doc.low(r.start),
                "welcoming" | "receiving" | "meeting" | "hosting" | "greeting" | "addressing"
            )) && (r.start..k).all(|x| doc.low(x) != ",");
            if let Some(run) = name_run(doc, a, r.end).filter(|x| {
                x.len() >= 2
                    && appositive_ends(doc, x.end, r.end)
                    && (!opening_clause || doc.low(x.end) == ",")
            }) {
                span_end = run.end;
                name = Some(run);
            }
        }
    }
    let mut span_start = left;
    // "X, the Prime Minister's press chief": the title names whom X serves, not X.
    // (Not "minister of Afghanistan's interim government": the complement's possessive.)
    let serves_the_title =
        j == head + head_len && j < r.end && doc.tokens()[j].kind == TokenKind::Possessive;
    // "X (Deputy Marshal of the Senate of Poland)": the title in brackets after the name.
    let bracketed = |c: usize| doc.low(c - 1) == "(" && j < r.end && doc.low(j) == ")";
    if name.is_none() && !serves_the_title {
        // Name before the title: "received Omar Said Haddad, Senior Aide of ...".
        // ("exchanged with Daniel Mwangi, his Kenyan counterpart")
        let mut c = left;
        if c > r.start
            && (matches!(doc.low(c - 1), "the" | "a" | "an")
                || (matches!(doc.low(c - 1), "his" | "her") && doc.low(head) == "counterpart"))
        {
            c -= 1;
        }
        // ("met with Muhterem Ince Turkish Deputy Minister of Interior": the comma left out
        // before a nationality.)
        let glued = nationality.is_some()
            && c == left
            && left < title_left
            && c > r.start + 1
            && doc.is_name_word(c - 1)
            && doc.is_name_word(c - 2);
        if c > r.start + 1 && (doc.low(c - 1) == "," || glued || bracketed(c)) {
            let mut end = if glued { c } else { c - 1 };
            // ("Milton Dick MP, Speaker of ...": a member's letters after the name.)
            if !glued && end > r.start + 2 && doc.tok(end - 1) == "MP" {
                end -= 1;
            }
            let mut s = end;
            // After "bin", a capitalised common word is a name too ("Hamad bin Said").
            let after_particle = |k: usize| {
                k > r.start
                    && doc.is_name_particle(k - 1)
                    && doc.is_capitalised(k)
                    && doc.tokens()[k].kind == TokenKind::Word
                    && doc.tags[k].place().is_none()
            };
            // (An initial: "James M. Inhofe, the US Senator".)
            let initial = |k: usize| {
                k > r.start + 1
                    && doc.low(k) == "."
                    && doc.tok(k - 1).chars().count() == 1
                    && doc.is_capitalised(k - 1)
                    && doc.is_name_word(k - 2)
            };
            while s > r.start
                && (doc.is_name_word(s - 1)
                    || (doc.is_name_particle(s - 1) && s < end)
                    || after_particle(s - 1)
                    || (initial(s - 1) && s < end))
                // Five words, or more with particles ("Saif bin Hamad bin Rashid Al Nuaimi").
                && (end - s < 5 || (end - s < 9 && (s..end).any(|x| doc.is_name_particle(x))))
            {
                s -= 1;
            }
            // (Glued, only where a name may begin: "with", "and", "met", or the sentence's start.)
            let begins = !glued
                || s == r.start
                || matches!(
                    doc.low(s - 1),
                    "with" | "and" | "met" | "received" | "by" | ","
                );
            // (A capitalised particle begins a name: "Le Duc Vinh", "Van Rompuy".)
            if begins
                && end - s >= 2
                && !consumed[s]
                && (!doc.is_name_particle(s) || doc.is_capitalised(s))
            {
                name = Some(s..end);
                span_start = s;
            }
        }
    }
    let name = name?;
    if name.clone().any(|k| consumed[k]) {
        return None;
    }
    // "Chairman Nestle Pakistan Syed Yawar Ali": one word, then a country and a longer name, is
    // a body's name, not the person's.
    if name.len() == 1
        && let Some((_, _, n)) = doc.tags.get(name.end).and_then(|t| t.place())
        && doc.is_capitalised(name.end)
        && name_run(doc, skip_honorifics(doc, name.end + n, r.end), r.end)
            .is_some_and(|run| run.len() >= 2)
    {
        return None;
    }
    // "President Kassym-Jomart Tokayev of Kazakhstan", "King Abdullah II of Jordan".
    let mut of = if name.end < r.end && is_regnal_number(doc.tok(name.end)) {
        name.end + 1
    } else {
        name.end
    };
    let written_end = of;
    // ... or after a comma: "King Jigme Khesar Namgyel Wangchuck, of Bhutan".
    if of + 2 < r.end && doc.low(of) == "," && doc.low(of + 1) == "of" {
        of += 1;
    }
    // "Ambassador X of the United Arab Emirates"
    let country_at = if of + 2 < r.end && doc.low(of + 1) == "the" {
        of + 2
    } else {
        of + 1
    };
    if nationality.is_none()
        && country_at < r.end
        && doc.low(of) == "of"
        && let Some((c, PlaceKind::Country, len)) = doc.tags[country_at].place()
    {
        nationality = Some(c);
        span_end = span_end.max(country_at + len);
    }
    // An envoy's own country comes right after "of" ("Ambassador of Senegal to Qatar"); the
    // country after "to" or "in" is the posting.
    // "Ambassador of the People's Republic of China to Pakistan".
    let envoy_country = if complement.len() >= 3 && doc.low(complement.start + 1) == "the" {
        complement.start + 2
    } else {
        complement.start + 1
    };
    if nationality.is_none()
        && envoy
        && complement.len() >= 2
        && doc.low(complement.start) == "of"
        // ("Ambassador of the European Union to Sri Lanka": a body's envoy)
        && let Some((
            c,
            PlaceKind::Country
            | PlaceKind::Demonym
            | PlaceKind::International
            | PlaceKind::Organisation,
            _,
        )) = doc.tags[envoy_country].place()
    {
        nationality = Some(c);
    }
    // "Special Envoy of the President of Senegal": whom an envoy serves gives his country (the
    // part before a posting's "to" or "in").
    if nationality.is_none() && envoy && complement.len() >= 3 && doc.low(complement.start) == "of"
    {
        let served = complement.start
            ..(complement.start..complement.end)
                .find(|&x| matches!(doc.low(x), "to" | "in"))
                .unwrap_or(complement.end);
        nationality = place_in(
            doc,
            served,
            &[
                PlaceKind::Country,
                PlaceKind::Demonym,
                PlaceKind::International,
                PlaceKind::Organisation,
            ],
        );
    }
    // "military attache for defence of the Embassy of the People's Republic of China in the
    // RA": the embassy an envoy belongs to.
    if nationality.is_none()
        && envoy
        && let Some(embassy) = complement.clone().find(|&x| doc.low(x) == "embassy")
    {
        let of_embassy = embassy + 1
            ..(embassy + 1..complement.end)
                .find(|&x| matches!(doc.low(x), "to" | "in"))
                .unwrap_or(complement.end);
        nationality = place_in(doc, of_embassy, &[PlaceKind::Country, PlaceKind::Demonym]);
    }
    // "X, Director General United Nations Office in Nairobi": a body named right after the
    // title, without "of".
    if nationality.is_none()
        && complement.is_empty()
        && title_end < r.end
        && let Some((c, PlaceKind::International, _)) = doc.tags[title_end].place()
    {
        nationality = Some(c);
    }
    // Nationality from the complement ("of Iran's ...", "in Iran"), unless it names an envoy's posting.
    if nationality.is_none() && !envoy {
        nationality = place_in(
            doc,
            complement.clone(),
            complement_kinds(doc, complement.clone()),
        )
        .or_else(|| place_in(doc, complement.clone(), &[PlaceKind::Capital]))
        // "Governor of Texas", "Chief Minister Sindh": a province's country.
        .or_else(|| place_in(doc, complement.clone(), &[PlaceKind::Region]));
    }
    // "Ambassador to Vietnam", "Ambassador of Senegal in Doha": where an envoy serves.
    let posting = envoy
        .then(|| {
            let to = complement
                .clone()
                .find(|&x| matches!(doc.low(x), "to" | "in"))?;
            let at = to + 1 + usize::from(to + 1 < complement.end && doc.low(to + 1) == "the");
            (at < complement.end)
                .then(|| doc.tags[at].place())
                .flatten()
                .filter(|p| matches!(p.1, PlaceKind::Country | PlaceKind::Capital))
                .map(|p| p.0)
        })
        .flatten();
    let title = title_text(doc, title_left, title_end);
    // The name as written keeps a monarch's number ("Charles III"); its keys do not (see
    // `name_tokens`).
    let written = name.start..written_end;
    let known = doc.tags[name.start]
        .known()
        .filter(|k| k.1 == written.len())
        .map(|k| k.0)
        .or_else(|| known_name(doc, name.clone()))
        .or_else(|| family_name_first(doc, name.clone()));
    Some(Mention {
        sentence: si,
        span: span_start.min(name.start)..span_end.max(written.end),
        name: name_text(doc, written),
        name_tokens: name.clone(),
        title: Some(title),
        // The text's nationality first; a gazetteer official named without one keeps theirs.
        country: nationality
            .map(|c| (c, CountryEvidence::Explicit))
            .or(known.map(|k| (doc.lex.known[k].country, CountryEvidence::Gazetteer))),
        portfolio: portfolio.map(|p| p.map(|k| doc.low(k)).collect::<Vec<_>>().join(" ")),
        known,
        title_from_gazetteer: false,
        quoted: doc.quoted[head],
        posting,
    })
}

fn known_mention(
    doc: &Doc<'_>,
    si: usize,
    r: Range<usize>,
    i: usize,
    consumed: &[bool],
) -> Option<Mention> {
    let (idx, len) = doc.tags[i].known()?;
    let end = i + len;
    if end > r.end || (i..end).any(|k| consumed[k]) {
        return None;
    }
    // Part of a longer name ("Sadeq Jahangiri" is not the gazetteer's Ali Jahangiri), or a
    // father's name in one ("Reema bint Bandar bin Sultan" is not Bandar bin Sultan).
    // ("Mubarak bin Khalaf Al-Dosari" is not Hosni Mubarak either.)
    if (i > r.start && (doc.is_name_word(i - 1) || is_lineage(doc.low(i - 1))))
        || (end < r.end && doc.is_name_word(end))
        || (end + 1 < r.end && is_lineage(doc.tok(end)) && doc.is_capitalised(end + 1))
    {
        return None;
    }
    let known = &doc.lex.known[idx];
    // An alias may start with an honorific or a title ("Sheikh Tamim", "King Salman"): not part
    // of the name.
    let mut name_start = i;
    while name_start + 1 < end
        && let Some(n) = doc.tags[name_start]
            .honorific()
            .or(doc.tags[name_start].head().map(|h| h.0))
            .filter(|&n| name_start + n < end)
    {
        name_start += n;
    }
    Some(Mention {
        sentence: si,
        span: i..end,
        name_tokens: name_start..end,
        name: span_text(doc, name_start..end),
        title: known.titles.first().cloned(),
        country: Some((known.country, CountryEvidence::Gazetteer)),
        portfolio: None,
        known: Some(idx),
        title_from_gazetteer: true,
        quoted: doc.quoted[i],
        posting: None,
    })
}

/// "Mr Fred Mitchell of the Bahamas", "Dr Lemogang Kwape of Botswana": a courtesy title, a name
/// and the country the person represents, in a list of counterparts: titled as one.
fn honorific_of_country(
    doc: &Doc<'_>,
    si: usize,
    r: Range<usize>,
    i: usize,
    consumed: &[bool],
) -> Option<Mention> {
    doc.tags[i].honorific()?;
    // Only in a list of someone's counterparts ("met her counterparts, namely Mr A of X; Dr B of
    // Y"), which says they hold the office of the one they met.
    if !(r.start..i).any(|x| matches!(doc.low(x), "counterparts" | "counterpart")) {
        return None;
    }
    let k = skip_honorifics(doc, i, r.end);
    let name = name_run(doc, k, r.end)?;
    let mut of = name.end;
    if !(of + 1 < r.end && doc.low(of) == "of") {
        return None;
    }
    of += 1;
    if doc.low(of) == "the" {
        of += 1;
    }
    let (c, PlaceKind::Country, n) = doc.tags.get(of)?.place()? else {
        return None;
    };
    // The whole country name, not the start of an organisation's ("of the Republic Bank").
    if of + n < r.end && doc.is_name_word(of + n) || (i..of + n).any(|x| consumed[x]) {
        return None;
    }
    let known = known_name(doc, name.clone());
    Some(Mention {
        sentence: si,
        span: i..of + n,
        name: name_text(doc, name.clone()),
        name_tokens: name.clone(),
        title: Some("Counterpart".to_string()),
        country: Some((c, CountryEvidence::Explicit)),
        portfolio: None,
        known,
        title_from_gazetteer: false,
        quoted: doc.quoted[name.start],
        posting: None,
    })
}

/// "General Qassem Soleimani", "Ayatollah Ali Khamenei": a rank used as the title.
fn parse_rank(doc: &Doc<'_>, si: usize, r: Range<usize>, i: usize) -> Option<Mention> {
    let len = doc.tags[i].rank()?;
    let mut k = i + len;
    if k < r.end && doc.low(k) == "." {
        k += 1;
    }
    let k = skip_retired(doc, k, r.end);
    let run = name_run(doc, k, r.end).filter(|x| x.len() >= 2)?;
    let known = known_name(doc, run.clone());
    // "Egyptian Major General X"; else the gazetteer's country for a known name.
    let nationality = (i > r.start)
        .then(|| doc.place_ending_at(i))
        .flatten()
        .filter(|p| p.2 == PlaceKind::Demonym)
        .map(|p| (p.1, CountryEvidence::Explicit));
    Some(Mention {
        sentence: si,
        span: i..run.end,
        name: name_text(doc, run.clone()),
        name_tokens: run.clone(),
        title: Some(title_text(doc, i, i + len)),
        country: nationality
            .or(known.map(|k| (doc.lex.known[k].country, CountryEvidence::Gazetteer))),
        portfolio: None,
        known,
        title_from_gazetteer: false,
        quoted: doc.quoted[i],
        posting: None,
    })
}

/// Scans a title complement from `j` (a preposition): lexicon words, capitalised words, glue words,
/// possessives and parenthesised acronyms. Returns its end and whether it holds any lexicon word.
fn scan_complement(doc: &Doc<'_>, j: usize, end: usize) -> (usize, bool) {
    let mut k = j;
    let mut last = j;
    let mut tagged = false;
    // Name words just read: "... of Deputies Tomas Herrera in Santiago" ends before "in".
    let mut names = 0;
    while k < end {
        let lw = doc.low(k);
        let t = doc.tags[k];
        // A list of portfolios: "for Planning, Development and Special Initiatives X".
        // ("Minister of Foreign Affairs, European Union and Cooperation, Mr. X": after "of", a
        // list of portfolios or bodies, not "of Iran, Ali Karimi and ...")
        let list_after_of = || {
            doc.low(j) == "of"
                && (k + 1..end.min(k + 6))
                    .take_while(|&x| doc.low(x) != "and")
                    .any(|x| doc.tags[x].portfolio().is_some() || doc.tags[x].org_word().is_some())
        };
        // (Not after a name: "of Foreign Affairs Jean Dossou, Minister of Interior and Public
        // Security X" is a list of people.)
        if lw == ","
            && names < 2
            && (doc.low(j) == "for" || list_after_of())
            && k > j + 1
            && k + 1 < end
            && doc.is_capitalised(k + 1)
            && (k + 2..end.min(k + 6))
                .take_while(|&x| doc.low(x) != ",")
                .find(|&x| doc.low(x) == "and")
                // (not "for Bilateral Affairs, X Y and Third Secretary Z": people, each titled)
                .is_some_and(|a| {
                    !(a + 1..end.min(a + 3))
                        .any(|x| doc.tags[x].head().is_some() && doc.tags[x].portfolio().is_none())
                })
        {
            names = 0;
            k += 1;
            continue;
        }
        // "the Shura Council (consultative assembly) of the Kingdom of Saudi Arabia", "the
        // Council of the Nation (Upper House), X": a gloss inside the title.
        // ("... of Turkic-speaking States (Turkic Council) Baghdad Amreyev": the body's short
        // name, then the person's.)
        if lw == "("
            && k > j
            && let Some(close) = (k + 1..end.min(k + 6)).find(|&x| doc.low(x) == ")")
            && close > k + 1
            && (k + 1..close).all(|x| doc.tokens()[x].kind == TokenKind::Word)
            && close + 1 < end
            && {
                let body = (k + 1..close).any(|x| doc.tags[x].org_word().is_some());
                // (not a name's gloss: "Minister X (Chinese characters), ...")
                ((names == 0 || (k >= 2 && doc.low(k - 2) == "the") || body)
                    && matches!(doc.low(close + 1), "of" | ","))
                    || (body
                        && name_run(doc, close + 1, end)
                            .is_some_and(|n| n.len() >= 2 && appositive_ends(doc, n.end, end)))
            }
        {
            last = close + 1;
            k = close + 1;
            continue;
        }
        // "in charge of Relations with the Commonwealth": a remit inside the title.
        if lw == "in" && k + 2 < end && doc.low(k + 1) == "charge" && doc.low(k + 2) == "of" {
            names = 0;
            k += 3;
            continue;
        }
        // A capitalised "To" or "On" is a name ("... Central Committee To Lam").
        let glue = (COMPLEMENT_GLUE.contains(&lw)
            && !(matches!(lw, "to" | "in" | "at" | "on" | "for") && doc.is_capitalised(k)))
            || (lw == "with"
                && k > j
                && (doc.tags[k - 1].portfolio().is_some() || doc.tags[k - 1].org_word().is_some()));
        if glue || doc.tokens()[k].kind == TokenKind::Possessive {
            // "... Ministers Adylbek Kasymaliev and Foreign Minister X": a name, then another title.
            // ("and HE Special Envoy ...": honorifics first)
            let next_title = || {
                let mut x = k + 1;
                // ("and the Minister of ...")
                if doc.low(x) == "the" {
                    x += 1;
                }
                while let Some(n) = doc.tags.get(x).and_then(|t| t.honorific()) {
                    x += n;
                    if x < end && doc.low(x) == "." {
                        x += 1;
                    }
                }
                // ("and His Highness the Prime Minister ...")
                if x < end && doc.low(x) == "the" {
                    x += 1;
                }
                // ("and U.S. Ambassador ...", "and Iran's Foreign Minister ...": a nationality
                // first)
                if let Some((_, _, n)) = doc.tags.get(x).and_then(|t| t.place()) {
                    x += n;
                    if doc
                        .tokens()
                        .get(x)
                        .is_some_and(|t| t.kind == TokenKind::Possessive)
                    {
                        x += 1;
                    }
                }
                doc.tags.get(x).is_some_and(|t| {
                    t.head().is_some() || t.modifier().is_some() || t.portfolio().is_some()
                })
            };
            // "Minister of Foreign Affairs X Y and Z W held a meeting": a name, then another.
            // The name after "and" ends the phrase ("and Z W held"), unlike a name's words in an
            // organisation ("and Disasters Management Authority").
            // So does a lone surname that a lower-case verb follows ("of Kyrgyzstan A B and
            // Singh agreed").
            let next_name = || {
                let run = (k + 1..end).take_while(|&x| doc.is_name_word(x)).count();
                let after = k + 1 + run;
                lw == "and"
                    && (run >= 2
                        || (run == 1
                            && after < end
                            && doc.tokens()[after].kind == TokenKind::Word
                            && !doc.is_capitalised(after)))
                    && (after >= end || !doc.is_capitalised(after))
            };
            // ("of Home Affairs X Y of Maldives", "... X Y from Montenegro": the
            // person's country after the name)
            let country_of_the_name =
                || {
                    matches!(lw, "of" | "from")
                        && doc.tags.get(k + 1).and_then(|t| t.place()).is_some_and(
                            |(_, kind, n)| {
                                kind == PlaceKind::Country
                                    && (k + 1 + n >= end
                                        || !doc.is_capitalised(k + 1 + n)
                                        || doc.tokens()[k + 1 + n].kind != TokenKind::Word)
                            },
                        )
                };
            // "President of the Senate and Milton Dick MP, Speaker of ...": after the body, a
            // name of two words or more that a title or a comma follows is another person's.
            let titled_name_next = || {
                let run = (k + 1..end).take_while(|&x| doc.is_name_word(x)).count();
                let after = k + 1 + run;
                lw == "and"
                    && run >= 2
                    && after < end
                    && (doc.low(after) == "," || doc.tags[after].head().is_some())
            };
            if (names >= 2
                && (matches!(lw, "in" | "at" | "on" | "to" | "for")
                    || (lw == "and" && next_title())
                    || next_name()
                    || country_of_the_name()))
                || titled_name_next()
                // "Managing Director of Operations and Mrs. Anna B": an honorific starts a person.
                || (lw == "and"
                    && doc.is_capitalised(k + 1)
                    && doc.tags.get(k + 1).is_some_and(|t| t.honorific().is_some()))
                // "of External Resources Mr. A B and representatives from ...": a name that an
                // honorific opened has ended.
                || (lw == "and" && names >= 2 && {
                    let run = (j..k).rev().take_while(|&x| doc.is_name_word(x)).count();
                    run >= 2 && honorific_before(doc, k - run)
                })
            {
                break;
            }
            names = 0;
            k += 1;
            continue;
        }
        let names_before = names;
        names = if doc.is_name_word(k) { names + 1 } else { 0 };
        if lw == "(" {
            // "of the Riigikogu Eiki Nestor (SDE)": after a person's name, the acronym is his
            // party's, not the body's.
            let after_a_name = tagged
                && names_before >= 2
                && (k - names_before..k).all(|x| {
                    let t = doc.tags[x];
                    t.place().is_none()
                        && t.org_word().is_none()
                        && t.head().is_none()
                        && t.portfolio().is_none()
                        && t.modifier().is_none()
                });
            if after_a_name {
                break;
            }
            // "(SNSC)"
            if let Some(after) = acronym_in_parens(doc, k, end) {
                k = after;
                last = k;
                continue;
            }
            break;
        }
        // ("of the Kenyan delegation Lt. Gen. X": so is a rank.)
        if let Some(n) = t.honorific().or(t.rank()) {
            k += n;
            if k < end && doc.low(k) == "." {
                k += 1;
            }
            continue;
        }
        // ("chairman of the foreign affairs committee of the Azerbaijani parliament": words of
        // offices and bodies in lower case too)
        let lower_body_word =
            || t.portfolio().is_some() || t.org_word().is_some() || t.place().is_some();
        if doc.tokens()[k].kind == TokenKind::Word
            && (doc.is_capitalised(k) || lower_body_word())
            && doc.word_flags(k) & (vocab::MONTH | vocab::DAY) == 0
        {
            // (or a region: "for the Middle East and North Africa")
            if t.place().is_some()
                || t.org_word().is_some()
                || t.head().is_some()
                || t.portfolio().is_some()
                || t.modifier().is_some()
                || (doc.word_flags(k) & vocab::NOT_NAME != 0
                    && super::doc::REGION_WORDS.contains(&lw))
            {
                tagged = true;
            }
            k += 1;
            last = k;
            continue;
        }
        break;
    }
    (last, tagged)
}

/// An honorific ends just before token `k` ("Mr X", "Mr. X").
fn honorific_before(doc: &Doc<'_>, k: usize) -> bool {
    (1..=2).any(|n| k >= n && doc.tags[k - n].honorific() == Some(n))
        || (k >= 2 && doc.low(k - 1) == "." && doc.tags[k - 2].honorific() == Some(1))
}

/// A run of name words starting at `k` (particles and initials allowed inside), at most five words.
fn name_run(doc: &Doc<'_>, k: usize, end: usize) -> Option<Range<usize>> {
    let mut e = k;
    // At most six name words, and particles between them ("Maryam bint Ali bin Nasser Al Misnad").
    let words = |e: usize| {
        (k..e)
            .filter(|&x| !doc.is_name_particle(x) && doc.tokens()[x].kind == TokenKind::Word)
            .count()
    };
    // An initial that is also a word ("A. K. Abdul Momen": "A" is an article elsewhere).
    let initial = |e: usize| {
        e + 1 < end
            && doc.low(e + 1) == "."
            && doc.tok(e).len() == 1
            && doc.tok(e).as_bytes()[0].is_ascii_uppercase()
            && doc.tokens()[e + 1].start == doc.tokens()[e].end
    };
    while e < end && words(e) < 7 {
        if !doc.is_name_word(e)
            && initial(e)
            && e + 2 < end
            && (doc.is_name_word(e + 2) || initial(e + 2))
        {
            e += 2;
        } else if doc.is_name_word(e) {
            // An initial: "Sergey V. Lavrov", "S. Jaishankar"; "Ma." (Maria) in Philippine names.
            if e + 2 < end
                && doc.low(e + 1) == "."
                && (doc.tok(e).chars().count() == 1 || doc.tok(e) == "Ma")
                && doc.is_name_word(e + 2)
            {
                e += 2;
                continue;
            }
            e += 1;
        } else if doc.is_name_particle(e) && e + 1 < end && doc.is_name_word(e + 1) && e > k {
            e += 1;
        } else if doc.is_name_particle(e)
            && e > k
            && e + 2 < end
            && doc.is_name_particle(e + 1)
            && doc.is_name_word(e + 2)
        {
            // Two particles: "Ursula von der Leyen", "Ana de la Cruz".
            e += 2;
        } else if doc.is_name_particle(e)
            && e > k
            && e + 1 < end
            && doc.tokens()[e + 1].kind == TokenKind::Word
            && doc.is_capitalised(e + 1)
            && (doc.tags[e + 1].place().is_none()
                || matches!(doc.low(e), "bin" | "bint" | "ibn")
                    && doc.tags[e + 1]
                        .place()
                        .is_some_and(|p| p.1 != PlaceKind::Country))
        {
            // After "bin", a capitalised word is a name even when it is also a common word
            // ("bin Said") or a region ("bin Qassim").
            e += 2;
        } else if e > k
            && e + 1 < end
            && doc.tags[e].honorific() == Some(1)
            && doc.is_name_word(e + 1)
        {
            // Between name words an honorific is part of the name ("Hassan Sheikh Mohamud").
            e += 1;
        } else if e >= k + 2
            && doc.tags[e].honorific() == Some(1)
            && doc.is_capitalised(e)
            && doc.is_name_word(e - 1)
            && (e + 1 >= end || !doc.is_capitalised(e + 1))
        {
            // ... and so is one that ends it: the Burmese "Moe Myint Tun", whose last word is
            // Malaysia's honorific "Tun".
            e += 1;
            break;
        } else if e > k
            && doc.word_flags(e) & vocab::MONTH != 0
            && doc.is_capitalised(e)
            && doc.is_name_word(e - 1)
            && (e + 1 >= end || !doc.tok(e + 1).starts_with(|c: char| c.is_ascii_digit()))
        {
            // A family name that is also a month, after a first name: "Theresa May met"
            // (not "... on Tuesday May 5").
            e += 1;
        } else if e > k
            && e + 1 < end
            && doc.tok(e) == "-"
            && doc.tokens()[e].start == doc.tokens()[e - 1].end
            && doc.tokens()[e + 1].start == doc.tokens()[e].end + 1
            && doc.is_name_word(e - 1)
            && doc.is_name_word(e + 1)
        {
            // A double name broken after its hyphen: "Anna Smith- Jones".
            e += 1;
        } else if e >= k + 2
            && doc.tok(e) == "On"
            && (e + 1 >= end
                || doc.tokens()[e + 1].kind == TokenKind::Punct
                || !doc.is_capitalised(e + 1))
        {
            // A Khmer name ending in a word that is also a preposition: "Men Sam On".
            e += 1;
            break;
        } else if let Some(after) = (e > k && is_quote_mark(doc.tok(e)))
            .then(|| nickname_end(doc, e, end))
            .flatten()
        {
            // A nickname in quotes between names: "Ferdinand ''Bongbong'' Marcos Jr.".
            e = after;
        } else if e > k
            && e + 1 < end
            && matches!(doc.tok(e), "'" | "’")
            && doc.tokens()[e].start == doc.tokens()[e - 1].end
            && doc.is_name_word(e + 1)
        {
            // An apostrophe closing a name word: "Mohammed Shia' al-Sudani".
            e += 1;
        } else if e + 1 < end
            && doc.tok(e).len() == 2
            && doc.tok(e).bytes().all(|b| b.is_ascii_uppercase())
            && doc.tags[e].place().is_none()
            && !doc.tags[e].covered
            && doc.is_name_word(e + 1)
        {
            // Initials without dots inside or before a name: "Retno LP Marsudi", "AK Abdul
            // Momen", "KP Oli".
            e += 1;
        } else if e == k + 1
            && doc.tags[e]
                .place()
                .is_some_and(|p| p.1 == PlaceKind::Country && p.2 == 1)
            && doc.is_capitalised(e)
            && (e + 1 >= end || !doc.is_capitalised(e + 1))
            && doc
                .tokens()
                .get(e + 1)
                .is_none_or(|t| t.kind != TokenKind::Possessive)
        {
            // A family name that is also a country, after a first name: "Luís Montenegro".
            e += 1;
            break;
        } else if e == k
            && e + 1 < end
            && doc.is_name_word(e + 1)
            && doc.tags[e]
                .place()
                .is_some_and(|p| p.1 == PlaceKind::Capital && p.2 == 1)
        {
            // A first name that is also a capital, after a title: "President Santiago Pena".
            e += 1;
        } else {
            break;
        }
    }
    // A lone initial is no name.
    let lone_initial = e == k + 1 && doc.tok(k).chars().count() == 1;
    // Capitalised words before "Division", "Council" begin an organisation's name ("Director
    // General Strategic Plans Division"), not a person's.
    let organisation = e < end && doc.is_capitalised(e) && doc.tags[e].org_word().is_some();
    (e > k && words(e) <= 6 && !lone_initial && !organisation).then_some(k..e)
}

/// A quoted nickname opening at `k` ("''Bongbong''", "\"Bongbong\""): the token after its closing
/// mark, when a name word follows.
fn nickname_end(doc: &Doc<'_>, k: usize, end: usize) -> Option<usize> {
    let mut q = k;
    while q < end && q < k + 2 && is_quote_mark(doc.tok(q)) {
        q += 1;
    }
    if q >= end || !doc.is_name_word(q) {
        return None;
    }
    let mut c = q + 1;
    let close = c;
    while c < end && c < close + 2 && is_quote_mark(doc.tok(c)) {
        c += 1;
    }
    (c > close && c < end && doc.is_name_word(c)).then_some(c)
}

/// "(NSA)" at `k`: returns the token after the closing bracket.
fn acronym_in_parens(doc: &Doc<'_>, k: usize, end: usize) -> Option<usize> {
    if k + 2 >= end || doc.low(k) != "(" {
        return None;
    }
    let close = (k + 1..end.min(k + 5)).find(|&x| doc.low(x) == ")")?;
    // ("(IsDB)", "(AfDB)": a capital first and at least two of them.)
    let inner_ok = (k + 1..close).all(|x| {
        let t = doc.tok(x);
        t.chars().all(|c| c.is_uppercase() || c == '.' || c == '-')
            || (t.starts_with(char::is_uppercase)
                && t.chars().filter(|c| c.is_uppercase()).count() >= 2
                && t.chars().all(char::is_alphabetic))
    });
    inner_ok.then_some(close + 1)
}

/// Whether an appositive name ends where a clause would: punctuation, "and", or a lower-case word.
fn appositive_ends(doc: &Doc<'_>, k: usize, end: usize) -> bool {
    k >= end
        || matches!(doc.low(k), "," | "." | ";" | ":" | "(" | "and")
        || doc.tok(k).chars().next().is_some_and(char::is_lowercase)
        // A member's post-nominal letters: "Lisa Chambers TD", "John Smith MP".
        || (matches!(doc.low(k), "td" | "mp" | "mep" | "mla" | "msp" | "ms" | "qc" | "kc")
            && doc.tok(k).bytes().all(|b| b.is_ascii_uppercase())
            && appositive_ends(doc, k + 1, end))
        // "General Charles Brown JR, where ...": a generation's suffix.
        || (is_name_suffix(doc.tok(k)) && appositive_ends(doc, k + 1, end))
}

/// Original text of a token range, whitespace collapsed.
pub fn span_text(doc: &Doc<'_>, r: Range<usize>) -> String {
    if r.is_empty() {
        return String::new();
    }
    let s = &doc.text()[doc.tokens()[r.start].start..doc.tokens()[r.end - 1].end];
    // Most spans are already collapsed (single ASCII spaces, no other white space): copied as
    // they are. The span starts and ends on a token, never on white space; white space outside
    // ASCII starts with one of the bytes 0xC2, 0xE1, 0xE2, 0xE3, so without those the bytes tell.
    let b = s.as_bytes();
    if !b
        .iter()
        .any(|&c| matches!(c, b'\t'..=b'\r' | 0xC2 | 0xE1..=0xE3))
        && !b.windows(2).any(|w| w == b"  ")
    {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

fn name_text(doc: &Doc<'_>, r: Range<usize>) -> String {
    // Without a nickname in quotes: "Ferdinand ''Bongbong'' Marcos Jr." is "Ferdinand Marcos Jr.".
    let opens_nickname = |k: usize| {
        k > r.start
            && is_quote_mark(doc.tok(k))
            && doc.tokens()[k].start > doc.tokens()[k - 1].end
            && nickname_end(doc, k, r.end).is_some()
    };
    let Some(open) = r.clone().find(|&k| opens_nickname(k)) else {
        return span_text(doc, r);
    };
    let after = nickname_end(doc, open, r.end).unwrap_or(r.end);
    let rest = name_text(doc, after..r.end);
    format!("{} {rest}", span_text(doc, r.start..open))
}

fn is_quote_mark(t: &str) -> bool {
    matches!(t, "\"" | "“" | "”" | "'" | "‘" | "’")
}

/// "Vice Premier He Lifeng", "General Secretary To Lam": right after a title, a short family
/// name that is also a common word, then a given name. Not in headings ("Minister To Visit
/// China"), where every word is capitalised.
fn short_family_name(doc: &Doc<'_>, k: usize, r: Range<usize>) -> Option<Range<usize>> {
    if k >= r.end {
        return None;
    }
    let w = doc.tok(k);
    let short = doc.tokens()[k].kind == TokenKind::Word
        && (2..=3).contains(&w.len())
        && w.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
        && w.bytes().skip(1).all(|b| b.is_ascii_lowercase())
        && doc.tags[k].place().is_none()
        && doc.tags[k].head().is_none();
    if !short {
        return None;
    }
    let given = name_run(doc, k + 1, r.end).filter(|g| g.len() <= 2)?;
    // A prose sentence ends with a full stop; a heading does not, and capitalises its words.
    let prose = matches!(doc.low(r.end - 1), "." | "!" | "?" | "\"" | "”");
    let words = r.filter(|&x| doc.tokens()[x].kind == TokenKind::Word);
    let (all, lower) = words.fold((0, 0), |(all, lower), x| {
        (all + 1, lower + usize::from(!doc.is_capitalised(x)))
    });
    (prose || lower * 4 >= all).then_some(k..given.end)
}

/// Initials glued into one word, each a capital and a dot ("M.K.", "E.D.", "J.R.R.").
pub(crate) fn is_dotted_initials(word: &str) -> bool {
    let b = word.as_bytes();
    (4..=6).contains(&b.len())
        && b.chunks(2)
            .all(|c| c.len() == 2 && c[0].is_ascii_uppercase() && c[1] == b'.')
}

/// A monarch's number after the name ("II", "IV"): a short word of Roman numerals.
pub(crate) fn is_regnal_number(word: &str) -> bool {
    (1..=4).contains(&word.len()) && word.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
}

/// A word after a name that says which of a family it is ("Jr.", "II"), not who: it is no key of
/// the name, so "Marcos" finds "Ferdinand R. Marcos Jr.".
pub(crate) fn is_name_suffix(word: &str) -> bool {
    is_regnal_number(word)
        || matches!(
            word.trim_end_matches('.'),
            "Jr" | "Sr" | "Jnr" | "Snr" | "jr" | "sr" | "JR" | "SR" | "JNR" | "SNR"
        )
}

/// The title as written, without parenthesised acronyms or trailing punctuation.
fn title_text(doc: &Doc<'_>, a: usize, b: usize) -> String {
    let mut s = span_text(doc, a..b);
    // A byte search first: most titles have no brackets, and a string search starts slowly.
    while s.contains('(')
        && let Some(open) = s.find(" (")
    {
        match s[open..].find(')') {
            Some(close) => s.replace_range(open..open + close + 1, ""),
            None => break,
        }
    }
    let s = s.trim_end_matches([',', ' ', '.']);
    // "president" written in lower case mid-sentence is still the title "President".
    let mut out = String::with_capacity(s.len());
    for (i, w) in s.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let mut c = w.chars();
        match c.next() {
            Some(f) if !COMPLEMENT_GLUE.contains(&w) && f.is_lowercase() => {
                out.extend(f.to_uppercase());
                out.push_str(c.as_str());
            }
            _ => out.push_str(w),
        }
    }
    if out.contains('’') {
        out = out.replace('’', "'");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, PublishedBasis};

    fn article(text: &str) -> Article {
        Article {
            id: "a".into(),
            path: "a.txt".into(),
            title: "t".into(),
            text: text.into(),
            published: None,
            published_basis: PublishedBasis::None,
            source: None,
            url: None,
            dateline: None,
            body: 0..text.len(),
            dateline_len: None,
        }
    }

    fn mentions(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
        let a = article(text);
        let doc = Doc::new(&a);
        let lex = doc.lex;
        find_mentions(&doc)
            .into_iter()
            .map(|m| {
                (
                    m.name,
                    m.title,
                    m.country.map(|c| lex.countries[c.0].name.clone()),
                )
            })
            .collect()
    }

    #[test]
    fn an_organisation_before_the_title_is_its_nationality() {
        let a = article("UN Secretary-General Kofi Mensah met Peru's Foreign Minister Ana Flores.");
        let doc = Doc::new(&a);
        let m = find_mentions(&doc);
        assert_eq!(m[0].name, "Kofi Mensah");
        let country = m[0].country.and_then(|c| doc.lex.country_name(c.0));
        assert_eq!(country, Some("United Nations"));
    }

    #[test]
    fn title_before_name_with_nationality() {
        let m = mentions("The talks with Chilean Deputy Foreign Minister Juan Perez-Soto ended.");
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].0, "Juan Perez-Soto");
        assert_eq!(m[0].1.as_deref(), Some("Deputy Foreign Minister"));
        assert_eq!(m[0].2.as_deref(), Some("Chile"));
    }

    #[test]
    fn complement_then_name_and_honorifics() {
        let m = mentions("Speaker of Kenya's National Assembly Dr. Moses Wetangula met them.");
        assert_eq!(m[0].0, "Moses Wetangula");
        assert_eq!(m[0].2.as_deref(), Some("Kenya"));
        let m = mentions(
            "He met Secretary of Peru's Defence Council (PDC), Ana Lucia Flores on Monday.",
        );
        assert_eq!(m[0].0, "Ana Lucia Flores");
        assert_eq!(
            m[0].1.as_deref(),
            Some("Secretary of Peru's Defence Council")
        );
    }

    #[test]
    fn name_before_title_and_envoys() {
        let m = mentions(
            "The president received Olga Ivanova Petrenko, Senior Aide of the Polish Prime Minister, on Monday.",
        );
        assert_eq!(m[0].0, "Olga Ivanova Petrenko");
        assert_eq!(m[0].2.as_deref(), Some("Poland"));
        let m = mentions("It was attended by Ghana's ambassador to Japan Kwame Mensah.");
        assert_eq!(m[0].0, "Kwame Mensah");
        assert_eq!(m[0].2.as_deref(), Some("Ghana"));
        let m = mentions("It was attended by the Ghanaian Ambassador in Tokyo Dr. Kwame Mensah.");
        assert_eq!(m[0].0, "Kwame Mensah");
        assert_eq!(m[0].2.as_deref(), Some("Ghana"));
    }

    #[test]
    fn particles_and_compound_portfolios() {
        let m = mentions("Foreign and Expatriates Minister Dr. Karim bin Saleh al-Haddad arrived.");
        assert_eq!(m[0].0, "Karim bin Saleh al-Haddad");
        assert_eq!(m[0].1.as_deref(), Some("Foreign and Expatriates Minister"));
        assert_eq!(m[0].2, None);
    }
}
