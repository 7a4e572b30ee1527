//! The timeline's model, without a window: calendar days, one lane per country pair (or per
//! official), each meeting a mark, and the binning that merges marks closer than a few pixels into
//! one sized bubble. The app's timeline view and the timeline figure ([`crate::figure::timeline`])
//! both draw from it, so a figure shows the same lanes, order, merges and colours as the screen.

use super::Dataset;
use super::filter::Filter;
use super::palette::{self, CountryPalette};
use jiff::civil::Date;

/// Radius of a single meeting's mark, in pixels.
pub const MARK_RADIUS: f32 = 4.5;
/// Marks closer than this many pixels (in the same lane) merge into one bubble.
pub const BIN_PX: f32 = 11.0;

/// Radius of a glyph of `count` marks: a single mark, or a bubble growing with the log of its
/// count up to `max_radius`.
pub fn glyph_radius(count: u32, max_radius: f32) -> f32 {
    if count <= 1 {
        MARK_RADIUS
    } else {
        (MARK_RADIUS + 2.1 * (count as f32).ln()).min(max_radius)
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum LaneMode {
    /// One lane per set of countries that met ("Iran – Syria").
    #[default]
    CountryPair,
    /// One lane per official: a meeting shows in each participant's lane.
    Official,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ColorMode {
    #[default]
    Kind,
    /// Each mark is split between the two countries that met.
    Country,
}

// ---------------------------------------------------------------------------------------------
// Calendar days

/// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's algorithm).
pub fn day_number(date: Date) -> i32 {
    let (y, m, d) = (date.year() as i32, date.month() as i32, date.day() as i32);
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day number (clamped to the years jiff supports).
pub fn date_of_day(day: i32) -> Date {
    let z = day.clamp(-3_000_000, 2_900_000) + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    Date::new(y as i16, m as i8, d as i8).unwrap_or(Date::ZERO)
}

/// Calendar grid levels, finest first: (nominal length in days, does `date` start one).
const LEVELS: [(f64, fn(Date) -> bool); 10] = [
    (1.0, |_| true),
    (5.0, |d| d.day() % 5 == 0 && d.day() < 30),
    (30.44, |d| d.day() == 1),
    (91.31, |d| d.day() == 1 && (d.month() - 1) % 3 == 0),
    (365.25, |d| d.day() == 1 && d.month() == 1),
    (730.5, |d| {
        d.day() == 1 && d.month() == 1 && d.year() % 2 == 0
    }),
    (1826.2, |d| {
        d.day() == 1 && d.month() == 1 && d.year() % 5 == 0
    }),
    (3652.5, |d| {
        d.day() == 1 && d.month() == 1 && d.year() % 10 == 0
    }),
    (18262.0, |d| {
        d.day() == 1 && d.month() == 1 && d.year() % 50 == 0
    }),
    (36525.0, |d| {
        d.day() == 1 && d.month() == 1 && d.year() % 100 == 0
    }),
];

/// A calendar grid line: its day and the nominal length of the coarsest level it starts (1 day,
/// 5 days, a month, a quarter, a year, ... a century).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tick {
    pub day: i32,
    pub step: f64,
}

/// Grid lines on calendar boundaries between days `lo` and `hi`, three levels from the first
/// whose length is at least `base_step` days, each date carrying the coarsest level it starts.
pub fn calendar_ticks(lo: f64, hi: f64, base_step: f64) -> Vec<Tick> {
    if !(lo.is_finite() && hi.is_finite()) || hi <= lo {
        return Vec::new();
    }
    let first = LEVELS
        .iter()
        .position(|(len, _)| *len >= base_step)
        .unwrap_or(LEVELS.len() - 3);
    let first = first.min(LEVELS.len() - 3);
    let levels = &LEVELS[first..first + 3];
    let mut ticks = Vec::new();
    let (lo, hi) = (lo.floor() as i32, hi.ceil() as i32);
    let start = date_of_day(lo);
    // Walk only the dates that can start the finest level: days, months or years.
    let mut date = match first {
        0 | 1 => start,
        2 | 3 => start.first_of_month(),
        _ => Date::new(start.year(), 1, 1).unwrap_or(start),
    };
    loop {
        let day = day_number(date);
        if day > hi {
            break;
        }
        if day >= lo
            && let Some((len, _)) = levels.iter().rev().find(|(_, starts)| starts(date))
        {
            ticks.push(Tick { day, step: *len });
        }
        let next = match first {
            0 | 1 => date.tomorrow(),
            2 | 3 => date.checked_add(jiff::Span::new().months(1)),
            _ => date.checked_add(jiff::Span::new().years(1)),
        };
        match next {
            Ok(n) => date = n,
            Err(_) => break,
        }
    }
    ticks
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Label of a grid line: a year, a month or a day, depending on its level. `wide`: the view spans
/// more than about a year and a half, so months go without their year.
pub fn tick_label(day: i32, step: f64, wide: bool) -> String {
    let date = date_of_day(day);
    let month = MONTHS[(date.month() as usize).saturating_sub(1).min(11)];
    if step >= 365.0 {
        date.year().to_string()
    } else if step >= 28.0 {
        if wide {
            month.to_string()
        } else {
            format!("{month} {}", date.year())
        }
    } else {
        format!("{} {month}", date.day())
    }
}

/// "5 Mar 2017".
pub fn format_day(date: Date) -> String {
    format!(
        "{} {} {}",
        date.day(),
        MONTHS[(date.month() as usize).saturating_sub(1).min(11)],
        date.year()
    )
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mark {
    pub day: i32,
    /// Index into `Dataset::meetings`.
    pub meeting: u32,
    /// Colour slots ([`palette::slot_color`]) of the mark's two halves.
    pub colors: [u8; 2],
}

#[derive(Clone, Debug, Default)]
pub struct Lane {
    pub label: String,
    /// Weaker second part of the label (an official's country).
    pub detail: Option<String>,
    /// Index into `Dataset::officials` when lanes are officials.
    pub official: Option<usize>,
    /// Sorted by day.
    pub marks: Vec<Mark>,
}

/// Lanes and marks for a set of meetings. Rebuilt only when the meetings, the lane mode or the
/// colour mode change; the date range is applied per frame, so brushing and playback are cheap.
#[derive(Clone, Debug, Default)]
pub struct TimelineModel {
    pub lanes: Vec<Lane>,
    /// Undated meetings: index and colours, in dataset order.
    pub undated: Vec<Mark>,
    /// First and last day with a meeting.
    pub span: Option<(i32, i32)>,
}

/// Marks of one lane merged into one glyph: a single meeting, or a bubble of several.
#[derive(Clone, Debug, PartialEq)]
pub struct Bin {
    /// Indexes into the lane's `marks`.
    pub marks: std::ops::Range<usize>,
    pub count: u32,
    pub colors: [u8; 2],
    /// The first meeting in the bin.
    pub meeting: u32,
    pub first_day: i32,
    pub last_day: i32,
    /// Outside the filter's date range: drawn faint, as context.
    pub dim: bool,
    pub selected: bool,
}

impl Bin {
    /// The day a glyph is centred on (a single mark sits in the middle of its day).
    pub fn center_day(&self) -> f64 {
        if self.count == 1 {
            self.first_day as f64 + 0.5
        } else {
            (self.first_day as f64 + self.last_day as f64) / 2.0 + 0.5
        }
    }
}

impl TimelineModel {
    pub fn build(
        data: &Dataset,
        meetings: &[usize],
        lanes: LaneMode,
        colors: ColorMode,
        palette: &CountryPalette,
    ) -> Self {
        let country = |p: usize| data.officials.get(p).and_then(|o| o.country.as_deref());
        let mut keyed: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        let mut out: Vec<Lane> = Vec::new();
        let mut undated = Vec::new();
        let mut span: Option<(i32, i32)> = None;
        let mut lane_of = |key: &str, make: &dyn Fn() -> Lane, out: &mut Vec<Lane>| -> usize {
            if let Some(&i) = keyed.get(key) {
                return i;
            }
            out.push(make());
            keyed.insert(key.to_string(), out.len() - 1);
            out.len() - 1
        };
        for &mi in meetings {
            let Some(m) = data.meetings.get(mi) else {
                continue;
            };
            let mut countries: Vec<&str> =
                m.participants.iter().filter_map(|&p| country(p)).collect();
            countries.sort_unstable();
            countries.dedup();
            let pair_colors = |skip: Option<&str>| -> [u8; 2] {
                let cs: Vec<&str> = countries
                    .iter()
                    .copied()
                    .filter(|c| Some(*c) != skip)
                    .collect();
                let cs = if cs.is_empty() { countries.clone() } else { cs };
                let a = palette.slot(cs.first().copied());
                let b = palette.slot(cs.get(1).or(cs.first()).copied());
                [a, b]
            };
            let kind = palette::kind_index(m.kind);
            let day = m.date.map(day_number);
            if let Some(d) = day {
                span = Some(span.map_or((d, d), |(a, b)| (a.min(d), b.max(d))));
            }
            let color_for = |skip: Option<&str>| match colors {
                ColorMode::Kind => [kind, kind],
                ColorMode::Country => pair_colors(skip),
            };
            let Some(day) = day else {
                undated.push(Mark {
                    day: 0,
                    meeting: mi as u32,
                    colors: color_for(None),
                });
                continue;
            };
            match lanes {
                LaneMode::CountryPair => {
                    // An official whose country the text does not tell: "Iran – Unknown".
                    // (Officials of international organisations have the organisation.)
                    let mut sides: Vec<&str> = m
                        .participants
                        .iter()
                        .map(|&p| country(p).unwrap_or("Unknown"))
                        .collect();
                    sides.sort_unstable();
                    sides.dedup();
                    let label = match sides.as_slice() {
                        [] => "Country unknown".to_string(),
                        [one] => format!("{one} (domestic)"),
                        many => many.join(" – "),
                    };
                    let i = lane_of(
                        &label,
                        &|| Lane {
                            label: label.clone(),
                            ..Lane::default()
                        },
                        &mut out,
                    );
                    out[i].marks.push(Mark {
                        day,
                        meeting: mi as u32,
                        colors: color_for(None),
                    });
                }
                LaneMode::Official => {
                    for &p in &m.participants {
                        let Some(o) = data.officials.get(p) else {
                            continue;
                        };
                        let key = format!("#{p}");
                        let make = || Lane {
                            label: o.name.clone(),
                            detail: o.country.clone(),
                            official: Some(p),
                            marks: Vec::new(),
                        };
                        let i = lane_of(&key, &make, &mut out);
                        out[i].marks.push(Mark {
                            day,
                            meeting: mi as u32,
                            colors: color_for(country(p)),
                        });
                    }
                }
            }
        }
        for lane in &mut out {
            lane.marks.sort_by_key(|m| (m.day, m.meeting));
        }
        // Busiest lanes first; ties by name so the order is stable.
        out.sort_by(|a, b| {
            b.marks
                .len()
                .cmp(&a.marks.len())
                .then_with(|| a.label.cmp(&b.label))
        });
        TimelineModel {
            lanes: out,
            undated,
            span,
        }
    }

    /// Meetings (dated) in the model, counting each once.
    pub fn dated_meetings(&self) -> usize {
        let mut seen: Vec<u32> = self
            .lanes
            .iter()
            .flat_map(|l| l.marks.iter().map(|m| m.meeting))
            .collect();
        seen.sort_unstable();
        seen.dedup();
        seen.len()
    }

    /// The bins of lane `lane` between days `day_min` and `day_max` (with a margin), calling `f`
    /// for each: marks in the same `bin_days`-long slice of time, on the same side of the date
    /// range, merge into one.
    pub fn bins(
        &self,
        lane: usize,
        (day_min, day_max): (f64, f64),
        bin_days: f64,
        range: DayRange,
        selected: Option<usize>,
        mut f: impl FnMut(Bin),
    ) {
        let Some(lane) = self.lanes.get(lane) else {
            return;
        };
        let bin_days = bin_days.max(1.0);
        let margin = bin_days + 1.0;
        let selected = selected.map(|s| s as u32);
        let lo = lane
            .marks
            .partition_point(|m| (m.day as f64) < day_min - margin);
        let hi = lane
            .marks
            .partition_point(|m| (m.day as f64) <= day_max + margin);
        let mut i = lo;
        while i < hi {
            let first = lane.marks[i];
            let bin = (first.day as f64 / bin_days).floor();
            let dim = !range.contains(first.day);
            let mut counts = [0u16; palette::SLOTS];
            let mut count = 0u32;
            let mut last_day = first.day;
            let mut has_selected = false;
            let mut j = i;
            while j < hi {
                let m = lane.marks[j];
                if (m.day as f64 / bin_days).floor() != bin || range.contains(m.day) == dim {
                    break;
                }
                counts[m.colors[0] as usize % palette::SLOTS] += 1;
                counts[m.colors[1] as usize % palette::SLOTS] += 1;
                count += 1;
                last_day = m.day;
                has_selected |= Some(m.meeting) == selected;
                j += 1;
            }
            let colors = if count == 1 {
                first.colors
            } else {
                top_two(&counts)
            };
            f(Bin {
                marks: i..j,
                count,
                colors,
                meeting: first.meeting,
                first_day: first.day,
                last_day,
                dim,
                selected: has_selected,
            });
            i = j;
        }
    }
}

/// The two most frequent colour slots (the same one twice when one dominates).
fn top_two(counts: &[u16; palette::SLOTS]) -> [u8; 2] {
    let mut best = (0usize, 0u16);
    let mut second = (usize::MAX, 0u16);
    for (i, &c) in counts.iter().enumerate() {
        if c > best.1 {
            second = best;
            best = (i, c);
        } else if c > second.1 {
            second = (i, c);
        }
    }
    let b = if second.0 != usize::MAX && second.1 * 3 >= best.1 {
        second.0
    } else {
        best.0
    };
    [best.0 as u8, b as u8]
}

/// The filter's date range as day numbers (inclusive; open ends allowed).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DayRange {
    pub from: Option<i32>,
    pub to: Option<i32>,
}

impl DayRange {
    pub fn of(filter: &Filter) -> DayRange {
        DayRange {
            from: filter.from.map(day_number),
            to: filter.to.map(day_number),
        }
    }
    pub fn contains(&self, day: i32) -> bool {
        self.from.is_none_or(|f| day >= f) && self.to.is_none_or(|t| day <= t)
    }
    pub fn is_set(&self) -> bool {
        self.from.is_some() || self.to.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A participant whose country the text did not tell lies in an "Unknown" lane, not one that
    /// claims an international organisation.
    #[test]
    fn an_official_without_a_country_is_in_an_unknown_lane() {
        let mut data = crate::model::synthetic::dataset(5, 7);
        let m = (0..data.meetings.len())
            .find(|&m| data.meetings[m].date.is_some())
            .expect("a dated meeting");
        let p = data.meetings[m].participants[0];
        data.officials[p].country = None;
        let palette = crate::model::palette::CountryPalette::new(&data);
        let model = TimelineModel::build(
            &data,
            &[m],
            LaneMode::CountryPair,
            ColorMode::Kind,
            &palette,
        );
        assert!(
            model.lanes.iter().any(|l| l.label.contains("Unknown")),
            "{:?}",
            model.lanes.iter().map(|l| &l.label).collect::<Vec<_>>()
        );
    }

    #[test]
    fn day_numbers_round_trip_and_match_jiff() {
        let epoch = jiff::civil::date(1970, 1, 1);
        for d in [
            jiff::civil::date(1970, 1, 1),
            jiff::civil::date(2000, 2, 29),
            jiff::civil::date(2017, 7, 20),
            jiff::civil::date(1899, 12, 31),
            jiff::civil::date(2100, 3, 1),
        ] {
            let n = day_number(d);
            let expected = (d - epoch).get_days();
            assert_eq!(n, expected, "{d}");
            assert_eq!(date_of_day(n), d);
        }
    }
}
