//! Dates in article text: explicit dates ("on July 19", "07th December, 2020"), weekdays resolved
//! against the publication date, and "yesterday"/"today".

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};
use regex::Regex;
use std::sync::LazyLock;

const MONTHS: &str = r"January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

/// [`MONTHS`] in lower case.
pub const MONTH_WORDS: [&str; 24] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sept",
    "sep",
    "oct",
    "nov",
    "dec",
];

/// The words of a relative date, in lower case ([`RELATIVE`]).
pub const DAY_WORDS: [&str; 11] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "tonight",
    // Only in "last night" (see `relative_date`).
    "night",
];

/// Words that may come before a weekday as part of its phrase ("on Monday", "late Friday").
pub const DAY_PREFIXES: [&str; 5] = ["on", "last", "this", "late", "early"];

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)(?:(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?(?:[-–][0-3]?\d(?:st|nd|rd|th)?)?(?:\s+of)?\s+(?P<m1>{MONTHS})\.?,?(?:\s+(?P<y1>(?:19|20)\d\d))?|(?P<m2>{MONTHS})\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?(?-u:\b)(?:,?\s+(?P<y2>(?:19|20)\d\d))?|(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)|[Oo]n\s+the\s+(?P<d3>[0-3]?\d)(?:st|nd|rd|th))(?-u:\b)"
    ))
    .expect("date regex")
});

static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(?:on|last|this|late|early)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?-u:\b)|(?-u:\b)(?:yesterday|today|tonight|last\s+night)(?-u:\b)")
        .expect("relative date regex")
});

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateKind {
    Explicit,
    Weekday,
    Relative,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    /// None when the text names a day but the year cannot be known.
    pub date: Option<Date>,
    pub kind: DateKind,
}

fn month_number(m: &str) -> Option<i8> {
    let m = m.get(..3)?.to_ascii_lowercase();
    let i = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    .iter()
    .position(|x| *x == m)?;
    Some(i as i8 + 1)
}

/// The month a whole word names ("May", "Sept", "december"), unlike [`month_number`] which
/// reads a regex match's first letters.
pub fn month_of_word(w: &str) -> Option<i8> {
    MONTHS
        .split('|')
        .any(|m| m.eq_ignore_ascii_case(w))
        .then(|| month_number(w))
        .flatten()
}

/// A date without a year is the latest such date on or before the reference (plus a week of slack
/// for articles that announce a date just ahead).
fn infer_year(month: i8, day: i8, reference: Option<Date>) -> Option<Date> {
    let r = reference?;
    let this = Date::new(r.year(), month, day).ok()?;
    if this <= r.checked_add(7.days()).ok()? {
        Some(this)
    } else {
        Date::new(r.year() - 1, month, day).ok()
    }
}

fn explicit(caps: &regex::Captures<'_>, reference: Option<Date>) -> Option<Date> {
    if let Some(iso) = caps.name("iso") {
        return iso.as_str().parse().ok();
    }
    // "on the 9th"
    if let Some(d) = caps.name("d3") {
        return day_of_month(d.as_str().parse().ok()?, reference?);
    }
    let (d, m, y) = match caps.name("m1") {
        Some(m) => (caps.name("d1")?, m, caps.name("y1")),
        None => (caps.name("d2")?, caps.name("m2")?, caps.name("y2")),
    };
    let day: i8 = d.as_str().parse().ok()?;
    let month = month_number(m.as_str())?;
    match y {
        Some(y) => Date::new(y.as_str().parse().ok()?, month, day).ok(),
        None => infer_year(month, day, reference),
    }
}

/// A day of the month told alone ("on the 9th", "today (19)"): that day of `reference`'s month
/// when it is not later, else of the month before.
pub fn day_of_month(day: i8, reference: Date) -> Option<Date> {
    let this = Date::new(reference.year(), reference.month(), day)
        .ok()
        .filter(|&x| x <= reference);
    this.or_else(|| {
        let before = reference.first_of_month().checked_sub(1.day()).ok()?;
        Date::new(before.year(), before.month(), day).ok()
    })
}

/// Every date in `s`, resolved against the publication date where the text needs it.
pub fn find_dates(s: &str, published: Option<Date>) -> Vec<DateMention> {
    // An explicit date has a digit: most sentences need no search for one.
    let mut out = if s.bytes().any(|b| b.is_ascii_digit()) {
        find_explicit_dates(s, published)
    } else {
        Vec::new()
    };
    // Matches only, no capture groups: the day word is the match's last word.
    for m in RELATIVE.find_iter(s) {
        if out.iter().any(|d| d.start < m.end() && m.start() < d.end) {
            continue;
        }
        let day = m.as_str().rsplit(char::is_whitespace).next().unwrap_or("");
        let (date, kind) = relative_date(day, published);
        out.push(DateMention {
            start: m.start(),
            end: m.end(),
            date,
            kind,
        });
    }
    out.sort_by_key(|d| d.start);
    out
}

/// The explicit dates in `s` ("on July 19", "07th December, 2020", "2020-12-08"), in order.
pub fn find_explicit_dates(s: &str, published: Option<Date>) -> Vec<DateMention> {
    DATE.captures_iter(s)
        .map(|caps| {
            let m = caps.get(0).expect("match");
            // "May" is also a verb: the regex demands a digit next to a month.
            DateMention {
                start: m.start(),
                end: m.end(),
                date: explicit(&caps, published),
                kind: DateKind::Explicit,
            }
        })
        .collect()
}

/// The date a relative day word names ("Tuesday", "yesterday"; any case) against the
/// publication date.
pub fn relative_date(day: &str, published: Option<Date>) -> (Option<Date>, DateKind) {
    match day.to_ascii_lowercase().as_str() {
        // "last night": the evening before the paper went out.
        "yesterday" | "night" => (
            published.and_then(|p| p.checked_sub(1.day()).ok()),
            DateKind::Relative,
        ),
        "today" | "tonight" => (published, DateKind::Relative),
        _ => (
            published.and_then(|p| latest_weekday(p, day)),
            DateKind::Weekday,
        ),
    }
}

/// The latest given weekday on or before `published`.
pub fn latest_weekday(published: Date, name: &str) -> Option<Date> {
    let target = match name.to_ascii_lowercase().as_str() {
        "monday" => Weekday::Monday,
        "tuesday" => Weekday::Tuesday,
        "wednesday" => Weekday::Wednesday,
        "thursday" => Weekday::Thursday,
        "friday" => Weekday::Friday,
        "saturday" => Weekday::Saturday,
        "sunday" => Weekday::Sunday,
        _ => return None,
    };
    let back = (published.weekday().to_monday_zero_offset() - target.to_monday_zero_offset())
        .rem_euclid(7);
    published.checked_sub(i64::from(back).days()).ok()
}

/// Parses a whole phrase as a date ("07th December, 2020", "Dec. 7"). `Some` with `date: None`
/// means it is a date phrase whose year is unknown.
pub fn parse_date_phrase(s: &str, reference: Option<Date>) -> Option<DateMention> {
    let s = s.trim().trim_end_matches([',', '.']);
    let caps = DATE.captures(s)?;
    let m = caps.get(0)?;
    if m.start() != 0 || m.end() < s.len().saturating_sub(1) {
        return None;
    }
    Some(DateMention {
        start: 0,
        end: m.end(),
        date: explicit(&caps, reference),
        kind: DateKind::Explicit,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn weekdays_resolve_to_latest_on_or_before() {
        // 2017-07-20 is a Thursday.
        assert_eq!(
            latest_weekday(date(2017, 7, 20), "Wednesday"),
            Some(date(2017, 7, 19))
        );
        assert_eq!(
            latest_weekday(date(2017, 7, 20), "Thursday"),
            Some(date(2017, 7, 20))
        );
        assert_eq!(
            latest_weekday(date(2017, 7, 20), "Friday"),
            Some(date(2017, 7, 14))
        );
    }

    #[test]
    fn a_range_of_days_starts_on_its_first() {
        let d = find_dates("met in Kampala on 3-4 March 2025.", None);
        assert_eq!(d[0].date, Some(jiff::civil::date(2025, 3, 3)));
    }

    #[test]
    fn explicit_and_relative_dates() {
        let p = Some(date(2020, 12, 8));
        let d = find_dates(
            "They met on July 19 and again on Tuesday, and yesterday.",
            p,
        );
        assert_eq!(d.len(), 3);
        assert_eq!(d[0].date, Some(date(2020, 7, 19)));
        assert_eq!(d[1].date, Some(date(2020, 12, 8)));
        assert_eq!(d[2].date, Some(date(2020, 12, 7)));
        assert_eq!(
            parse_date_phrase("07th December, 2020", None).unwrap().date,
            Some(date(2020, 12, 7))
        );
        assert_eq!(parse_date_phrase("Dec. 7", None).unwrap().date, None);
        assert!(parse_date_phrase("SANA", None).is_none());
        assert!(find_dates("You may go.", p).is_empty());
    }

    #[test]
    fn a_day_of_the_month_alone_is_of_the_publication_month_or_the_one_before() {
        let p: Date = "2023-11-13".parse().unwrap();
        let day = |s: &str| find_explicit_dates(s, Some(p)).first().and_then(|d| d.date);
        assert_eq!(day("On the 9th, X received Y."), "2023-11-09".parse().ok());
        assert_eq!(day("on the 19th, X received Y."), "2023-10-19".parse().ok());
        let march: Date = "2023-03-13".parse().unwrap();
        assert_eq!(
            find_explicit_dates("on the 30th", Some(march))[0].date,
            None
        );
        assert_eq!(find_explicit_dates("on the 9th", None)[0].date, None);
    }
}
