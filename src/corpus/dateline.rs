//! Wire-copy datelines at the start of an article body: "Tehran, SANA-", "DAMASCUS (Reuters) -",
//! "MOSCOW (UrduPoint News / Sputnik - 07th December, 2020) -", "TEHRAN, Dec. 7 (Xinhua) --",
//! "MOSCOW, December 7. /TASS/.".

use crate::text::dates::parse_date_phrase;
use jiff::civil::Date;
use regex::Regex;
use std::sync::LazyLock;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Dateline {
    pub place: Option<String>,
    pub source: Option<String>,
    pub date: Option<Date>,
    /// Byte length of the dateline within the text it was parsed from.
    pub len: usize,
}

/// The place, an optional middle part after a comma (a date, an agency) and an optional part in
/// brackets, shared by the dateline patterns.
/// ("New Delhi [India], Dec 14 (ANI):": the city's country in square brackets, as ANI writes it.)
const DATELINE_HEAD: &str = r"^[ \t]*(?P<place>\p{Lu}[\p{L}'’.]*(?:[ -]\p{Lu}[\p{L}'’.]*){0,3})(?:[ \t]*\[\p{Lu}[^\]\n]{0,40}\])?(?:,[ \t]*(?P<mid>[^()\n–—\-/]{1,40}?))?[ \t]*";

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"{DATELINE_HEAD}(?:\((?P<paren>[^)\n]{{1,100}})\))?[ \t]*(?:(?:-{{2,3}}|[-–—])|(?P<slash>/[A-Za-z\- ]{{2,30}}/)\.?|(?P<colon>:))"
    ))
    .expect("dateline regex")
});

/// "NEW DELHI, March 10 (PTI) Prime Minister ...": an agency in brackets, then the story, with no
/// dash between (or a full stop: "Lima, Nov. 5 (ANDINA). Peruvian President ...").
static BARE_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"{DATELINE_HEAD}\((?P<paren>[^)\n]{{1,100}})\)\.?[ \t]+"
    ))
    .expect("bare dateline regex")
});

/// "Baku, 16 September, AZERTAC" on a line of its own: the place, a date and an agency, with the
/// story on the next line.
static LINE_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[ \t]*(?P<place>\p{Lu}[\p{L}'’.]*(?:[ -]\p{Lu}[\p{L}'’.]*){0,3}),[ \t]*(?P<date>[^,()\n]{3,30}),[ \t]*(?P<agency>\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?)[ \t]*\r?\n?$")
        .expect("line dateline regex")
});

/// A dateline that is a whole line: a known or capitalised place, a date and an agency.
fn parse_own_line(line: &str) -> Option<Dateline> {
    // "ANKARA" alone: a capital in capitals.
    let alone = line.trim();
    if alone.len() >= 3
        && !alone.chars().any(char::is_lowercase)
        && alone.chars().all(|c| c.is_alphabetic() || c == ' ')
        && is_known_place(alone)
    {
        return Some(Dateline {
            place: Some(title_case(alone)),
            len: line.len(),
            ..Default::default()
        });
    }
    // "Kathmandu, October 12": a known place and a date, with no agency.
    if let Some((place, date)) = alone.split_once(',')
        && is_known_place(place.trim())
        && let Some(d) = parse_date_phrase(date.trim(), None)
    {
        return Some(Dateline {
            place: Some(title_case(place.trim())),
            date: d.date,
            len: line.len(),
            ..Default::default()
        });
    }
    let caps = LINE_DATELINE.captures(line)?;
    let place = caps["place"].trim();
    if place.chars().any(char::is_lowercase) && !is_known_place(place) {
        return None;
    }
    let date = parse_date_phrase(caps["date"].trim(), None)?;
    Some(Dateline {
        place: Some(title_case(place)),
        source: Some(caps["agency"].to_string()),
        date: date.date,
        len: line.len(),
    })
}

/// Looks for a dateline at the start of one of the first non-empty lines of `body`: up to six,
/// past bylines and share buttons, but not past the first paragraph of prose.
pub fn parse_dateline(body: &str) -> Option<Dateline> {
    let mut offset = 0;
    for line in body
        .split_inclusive('\n')
        .filter(|l| !l.trim().is_empty())
        .take(6)
    {
        let base = body[offset..].find(line).map_or(offset, |i| offset + i);
        offset = base + line.len();
        if let Some(d) = parse_line(line) {
            return Some(Dateline {
                len: base + d.len,
                ..d
            });
        }
        // (A photo caption over the story, with no full stop, is no prose yet.)
        if line.split_whitespace().count() >= 12
            && line
                .trim_end()
                .ends_with(['.', '!', '?', '"', '”', '’', '\''])
        {
            break;
        }
    }
    None
}

/// "Doha: His Highness ...": a capital or country and a colon.
static COLON_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[ \t]*(?P<place>\p{Lu}[\p{L}'’.]*(?:[ -]\p{Lu}[\p{L}'’.]*){0,2}):[ \t]+\S")
        .expect("colon dateline regex")
});

/// Whether the lexicon knows `place` as a capital or a country.
fn is_known_place(place: &str) -> bool {
    let Some(index) = crate::assets::LEXICON.index.as_ref() else {
        return false;
    };
    index
        .categories(&place.to_lowercase())
        .into_iter()
        .any(|c| {
            matches!(
                c,
                crate::assets::Category::Place(
                    _,
                    crate::assets::PlaceKind::Capital | crate::assets::PlaceKind::Country
                )
            )
        })
}

/// A colon dateline, when its place is a capital or a country the lexicon knows (not "Note:").
fn parse_colon_line(line: &str) -> Option<Dateline> {
    let caps = COLON_DATELINE.captures(line)?;
    let place = caps.name("place")?;
    is_known_place(place.as_str()).then(|| Dateline {
        place: Some(title_case(place.as_str())),
        // Up to and including the colon and its spaces.
        len: caps.get(0).map_or(0, |m| m.end() - 1),
        ..Default::default()
    })
}

pub(crate) fn parse_line(line: &str) -> Option<Dateline> {
    // Without a dash, only after a place in capitals or a capital the lexicon knows ("Moscow, Feb
    // 26 (PTI) External Affairs Minister ...").
    // ... or with a date before the brackets ("Johannesburg, Feb 21 (PTI) External ...").
    let bare = || {
        BARE_DATELINE.captures(line).filter(|c| {
            !c["place"].chars().any(char::is_lowercase)
                || is_known_place(&c["place"])
                || c.name("mid")
                    .is_some_and(|m| parse_date_phrase(m.as_str().trim(), None).is_some())
        })
    };
    let Some(caps) = DATELINE.captures(line).or_else(bare) else {
        return parse_colon_line(line)
            .or_else(|| parse_own_line(line))
            .or_else(|| parse_date_dash(line));
    };
    // "ISLAMABAD, March 5 (APP):" ends with a colon only after an agency in brackets.
    if caps.name("colon").is_some() && caps.name("paren").is_none() {
        return parse_colon_line(line);
    }
    let mid = caps
        .name("mid")
        .map(|m| m.as_str().trim().trim_end_matches('.'));
    let paren = caps.name("paren").map(|m| m.as_str().trim());
    let slash = caps
        .name("slash")
        .map(|m| m.as_str().trim_matches('/').trim());
    // "MANILA – Foreign Affairs Secretary ...": a capital in capitals needs no date or agency.
    let place_alone = || {
        let place = caps["place"].trim();
        caps.name("colon").is_none()
            && !place.chars().any(char::is_lowercase)
            && is_known_place(place)
    };
    if mid.is_none() && paren.is_none() && slash.is_none() && !place_alone() {
        return None;
    }
    // "SANA- Foreign ..." or "SANA-The ...": a dash glued to the next word only after an agency's
    // acronym, else "Guterres, Secretary-General" would read as a dateline.
    let whole = caps.get(0).map_or("", |m| m.as_str());
    let glued = whole.ends_with(['-', '–', '—'])
        && line[whole.len()..].starts_with(|c: char| !c.is_whitespace());
    let acronym = |s: &str| s.len() >= 2 && s.chars().all(|c| c.is_uppercase() || c == ' ');
    if glued && !mid.is_some_and(acronym) && paren.is_none() {
        return None;
    }
    let place = caps["place"].trim().to_string();
    let mut out = Dateline {
        len: caps.get(0).map_or(0, |m| m.end()),
        ..Default::default()
    };
    let mut source = None;
    let mut date = None;
    if let Some(mid) = mid {
        // "WOODSIDE, California, Nov 15": a region, then the date.
        let dated_region = mid.rsplit_once(',').and_then(|(region, d)| {
            let capitalised = region
                .split_whitespace()
                .all(|w| w.starts_with(|c: char| c.is_uppercase()));
            capitalised
                .then(|| parse_date_phrase(d.trim(), None))
                .flatten()
        });
        // "TOKYO, Jan. 18 Kyodo": the date, then the agency.
        let dated_source = mid.rsplit_once(' ').and_then(|(d, agency)| {
            let agency = agency.trim();
            let is_name = agency.len() >= 2
                && agency.starts_with(|c: char| c.is_uppercase())
                && agency.chars().all(char::is_alphabetic);
            is_name
                .then(|| parse_date_phrase(d.trim(), None))
                .flatten()
                .map(|d| (d, agency))
        });
        if let Some((_, agency)) = dated_source {
            source = Some(agency.to_string());
        }
        match parse_date_phrase(mid, None)
            .or(dated_region)
            .or(dated_source.map(|(d, _)| d))
        {
            Some(d) => date = d.date,
            // A lower-case word in the middle part means prose ("Syria, with the help of ..."), not a dateline.
            None if mid
                .split_whitespace()
                .all(|w| w.starts_with(|c: char| c.is_uppercase())) =>
            {
                source = Some(mid.to_string())
            }
            None => return None,
        }
    }
    // "RSS (KATHMANDU, 29 March 2022) –": an agency, then the place and date in brackets.
    if let Some((inner_place, inner_date)) = paren.and_then(|p| p.split_once(','))
        && !is_known_place(&place)
        && is_known_place(inner_place.trim())
    {
        return Some(Dateline {
            place: Some(title_case(inner_place.trim())),
            source: Some(place),
            date: parse_date_phrase(inner_date.trim(), None).and_then(|d| d.date),
            len: out.len,
        });
    }
    if let Some(p) = paren {
        // "UrduPoint News / Sputnik - 07th December, 2020": source part, then an optional date.
        let (src, rest) = match p.split_once(" - ") {
            Some((s, r)) => (s.trim(), Some(r.trim())),
            None => (p, None),
        };
        if let Some(d) = rest.and_then(|r| parse_date_phrase(r, None)) {
            date = date.or(d.date);
        }
        if parse_date_phrase(src, None).is_none() {
            source = Some(src.to_string());
        }
    }
    if let Some(s) = slash {
        source = Some(s.to_string());
    }
    // "CAIRO – 25 December 2018: Grand Imam ...": the date after the dash, ended by a colon.
    if date.is_none()
        && let Some((d, _)) = line[out.len..].split_once(':')
        && d.len() <= 30
        && let Some(parsed) = parse_date_phrase(d.trim(), None)
    {
        date = parsed.date;
        out.len += d.len() + 1;
    }
    out.place = Some(title_case(&place));
    out.source = source;
    out.date = date;
    Some(out)
}

/// "10 October 2016 —Philippine Embassy ...": a full date and a dash, with no place.
fn parse_date_dash(line: &str) -> Option<Dateline> {
    static DATE_DASH: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[ \t]*(?P<date>[0-3]?\d(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}+\.?,?\s+(?:19|20)\d\d|\p{Lu}\p{Ll}+\.?\s+[0-3]?\d,?\s+(?:19|20)\d\d)[ \t]*(?:--|[—–-])[ \t]*")
            .expect("date dash regex")
    });
    let caps = DATE_DASH.captures(line)?;
    // (The story goes on after the dash: not "May 8, 2020 - 18:5", a time stamp over a dateline.)
    let len = caps.get(0).map_or(0, |m| m.end());
    if !line[len..].starts_with(char::is_uppercase) {
        return None;
    }
    let date = parse_date_phrase(caps["date"].trim(), None)?.date?;
    Some(Dateline {
        date: Some(date),
        len,
        ..Default::default()
    })
}

/// "DAMASCUS" → "Damascus"; mixed case is kept as written.
fn title_case(s: &str) -> String {
    if s.chars().any(|c| c.is_lowercase()) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic() && c != '\'' && c != '’';
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn an_agency_in_brackets_may_end_with_a_colon() {
        let d = parse_dateline("ISLAMABAD, March 5 (APP): Prime Minister").unwrap();
        assert_eq!(d.place.as_deref(), Some("Islamabad"));
        assert_eq!(d.source.as_deref(), Some("APP"));
        assert_eq!(
            &"ISLAMABAD, March 5 (APP): Prime Minister"[d.len..].trim_start(),
            &"Prime Minister"
        );
    }

    #[test]
    fn an_agency_in_brackets_may_end_the_dateline_without_a_dash() {
        let text = "NEW DELHI, March 10 (PTI) Prime Minister Ram Das met";
        let d = parse_dateline(text).unwrap();
        assert_eq!(d.place.as_deref(), Some("New Delhi"));
        assert_eq!(d.source.as_deref(), Some("PTI"));
        assert_eq!(&text[d.len..], "Prime Minister Ram Das met");
        // Prose with a bracket is not a dateline.
        assert!(parse_dateline("Foreign Minister (FM) Ram Das met").is_none());
        // A capital the lexicon knows may be written in mixed case.
        let text = "Abuja, Oct. 30, 2025 (NAN) The Minister of Foreign Affairs met";
        let d = parse_dateline(text).unwrap();
        assert_eq!(d.place.as_deref(), Some("Abuja"));
        assert_eq!(d.date, Some(date(2025, 10, 30)));
        assert_eq!(&text[d.len..], "The Minister of Foreign Affairs met");
        assert!(parse_dateline("Minister Ram Das (centre) met").is_none());
        // ... or a full stop after the brackets.
        let text = "Lima, Nov. 5 (ANDINA). Peruvian President Rosa Quispe met";
        let d = parse_dateline(text).unwrap();
        assert_eq!(d.place.as_deref(), Some("Lima"));
        assert_eq!(d.source.as_deref(), Some("ANDINA"));
        assert_eq!(&text[d.len..], "Peruvian President Rosa Quispe met");
        // A place the lexicon does not know, with a date before the agency.
        let text = "Johannesburg, Feb 21 (PTI) External Affairs Minister met";
        let d = parse_dateline(text).unwrap();
        assert_eq!(d.place.as_deref(), Some("Johannesburg"));
        assert_eq!(&text[d.len..], "External Affairs Minister met");
        let text = "MANILA – Foreign Affairs Secretary Ana Cruz met";
        let d = parse_dateline(text).unwrap();
        assert_eq!(d.place.as_deref(), Some("Manila"));
        assert_eq!(&text[d.len..], " Foreign Affairs Secretary Ana Cruz met");
        assert!(parse_dateline("Manila – the capital").is_none());
        assert!(parse_dateline("NOTE – the capital").is_none());
    }

    #[test]
    fn a_place_and_a_date_on_a_line_of_their_own() {
        let text = "Kathmandu, October 12\n\nPrime Minister Ram Oli today said";
        let d = parse_dateline(text).unwrap();
        assert_eq!(d.place.as_deref(), Some("Kathmandu"));
        assert_eq!(
            &text[d.len..].trim_start(),
            &"Prime Minister Ram Oli today said"
        );
        // Not a sentence that begins with a place.
        assert!(parse_dateline("Kathmandu, the capital, hosted talks.").is_none());
    }

    #[test]
    fn an_agency_may_come_first_with_the_place_in_brackets() {
        let text = "RSS (KATHMANDU, 29 March 2022) – Foreign Affairs Minister";
        let d = parse_dateline(text).unwrap();
        assert_eq!(d.place.as_deref(), Some("Kathmandu"));
        assert_eq!(d.source.as_deref(), Some("RSS"));
        assert_eq!(d.date, Some(date(2022, 3, 29)));
        assert_eq!(&text[d.len..], " Foreign Affairs Minister");
    }

    #[test]
    fn an_agency_may_follow_the_date_without_brackets() {
        let text = "TOKYO, Jan. 18 Kyodo - Japanese Foreign Minister";
        let d = parse_dateline(text).unwrap();
        assert_eq!(d.place.as_deref(), Some("Tokyo"));
        assert_eq!(d.source.as_deref(), Some("Kyodo"));
        assert_eq!(&text[d.len..], " Japanese Foreign Minister");
    }

    #[test]
    fn a_region_may_stand_between_the_place_and_the_date() {
        let text = "WOODSIDE, California, Nov 15 (Reuters) - The two leaders met";
        let d = parse_dateline(text).unwrap();
        assert_eq!(d.place.as_deref(), Some("Woodside"));
        assert_eq!(d.source.as_deref(), Some("Reuters"));
        assert_eq!(&text[d.len..], " The two leaders met");
    }

    #[test]
    fn a_dateline_may_follow_a_byline_and_share_buttons_but_not_prose() {
        let body = "By Staff Writer\nPublished: 21 March 2024 - 14:32 GMT\nShare on Facebook | Share on X\n\nANKARA (AA) - Turkish President X met Y.";
        assert_eq!(
            parse_dateline(body).and_then(|d| d.place).as_deref(),
            Some("Ankara")
        );
        let prose = "The president met the visiting prime minister in the capital on Monday and discussed trade.\nANKARA (AA) - later news";
        assert!(parse_dateline(prose).is_none());
        // A photo caption over the story has no full stop.
        let caption = "The Grand Imam of Al-Azhar Ahmed al-Tayeb (L) met on Monday with Saudi King Salman (R)\n\nCAIRO – 25 December 2018: Grand Imam ...";
        assert_eq!(
            parse_dateline(caption).and_then(|d| d.place).as_deref(),
            Some("Cairo")
        );
        let d =
            parse_dateline("10 October 2016 —Philippine Embassy Chargé X called on Y.").unwrap();
        assert_eq!(d.date, Some(jiff::civil::date(2016, 10, 10)));
        assert_eq!(d.len, "10 October 2016 —".len());
        assert_eq!(
            parse_dateline("May 8, 2020 - 18:5\n\nTEHRAN — Iranian Ambassador X met Y.")
                .and_then(|d| d.place)
                .as_deref(),
            Some("Tehran")
        );
        let d = parse_dateline("CAIRO – 25 December 2018: Grand Imam met X.").unwrap();
        assert_eq!(d.date, Some(jiff::civil::date(2018, 12, 25)));
        assert_eq!(d.len, "CAIRO – 25 December 2018:".len());
    }

    #[test]
    fn colon_datelines_name_a_known_place() {
        let d = parse_dateline("Doha: His Highness the Amir met").unwrap();
        assert_eq!(d.place.as_deref(), Some("Doha"));
        assert_eq!(
            &"Doha: His Highness the Amir met"[d.len..],
            "His Highness the Amir met"
        );
        assert_eq!(
            parse_dateline("COLOMBO: The minister")
                .and_then(|d| d.place)
                .as_deref(),
            Some("Colombo")
        );
        assert!(parse_dateline("Note: this story was updated").is_none());
    }

    #[test]
    fn wire_datelines() {
        let d = parse_dateline("Tehran, SANA- Foreign and Expatriates Minister").unwrap();
        assert_eq!(d.place.as_deref(), Some("Tehran"));
        assert_eq!(d.source.as_deref(), Some("SANA"));
        let d = parse_dateline("Damascus, SANA – President Bashar").unwrap();
        assert_eq!(d.place.as_deref(), Some("Damascus"));
        let d = parse_dateline("MOSCOW (UrduPoint News / Sputnik - 07th December, 2020) - Syrian")
            .unwrap();
        assert_eq!(d.place.as_deref(), Some("Moscow"));
        assert_eq!(d.source.as_deref(), Some("UrduPoint News / Sputnik"));
        assert_eq!(d.date, Some(date(2020, 12, 7)));
        let d = parse_dateline("DAMASCUS (Reuters) - Syria's").unwrap();
        assert_eq!(d.source.as_deref(), Some("Reuters"));
        let d = parse_dateline("NEW YORK, Dec. 7, 2021 (Xinhua) -- The").unwrap();
        assert_eq!(d.place.as_deref(), Some("New York"));
        assert_eq!(d.date, Some(date(2021, 12, 7)));
        assert_eq!(d.source.as_deref(), Some("Xinhua"));
        let d = parse_dateline("MOSCOW, December 7. /TASS/. Russian").unwrap();
        assert_eq!(d.source.as_deref(), Some("TASS"));
    }

    #[test]
    fn a_dateline_may_be_a_line_of_its_own() {
        let body = "Ministers meet\n\nBaku, 16 September, AZERTAC\n\nForeign Minister X met Y.";
        let d = parse_dateline(body).unwrap();
        assert_eq!(d.place.as_deref(), Some("Baku"));
        assert_eq!(d.source.as_deref(), Some("AZERTAC"));
        assert_eq!(body[d.len..].trim_start(), "Foreign Minister X met Y.");
        let d = parse_dateline("BAKU, 16 September 2025, Trend\nThe minister met").unwrap();
        assert_eq!(d.date, Some(date(2025, 9, 16)));
        let d = parse_dateline("Talks in Ankara\n\nANKARA\n\nThe minister met").unwrap();
        assert_eq!(d.place.as_deref(), Some("Ankara"));
        assert_eq!(parse_dateline("Talks\n\nSUMMARY\n\nThe minister met"), None);
        // Without a date it is a list of names, not a dateline.
        assert_eq!(
            parse_dateline("Hamid Rao, Deputy Minister, Economy\nHe said"),
            None
        );
    }

    #[test]
    fn prose_is_not_a_dateline() {
        assert_eq!(
            parse_dateline("Syria, with the help of its allies, will continue - he said"),
            None
        );
        assert_eq!(
            parse_dateline("Top diplomats meet following negotiations"),
            None
        );
        assert_eq!(parse_dateline("António Guterres, Secretary-General"), None);
        assert_eq!(
            parse_dateline("Damascus, SANA-The Syrian government")
                .unwrap()
                .source
                .as_deref(),
            Some("SANA")
        );
    }
}
