//! The timeline as a figure: the same lanes (order, labels), merged marks and colours as the
//! app's timeline view, drawn as SVG with a title, the date range, a calendar axis and a legend.

use super::sidecar::{MarkRecord, Sidecar, Window, article_paths, meeting_record};
use super::svg::{self, Svg, num};
use super::{Figure, ink};
use crate::model::Dataset;
use crate::model::filter::Filter;
use crate::model::palette::{self, CountryPalette, hex, slot_rgb};
use crate::model::timeline::{
    BIN_PX, ColorMode, DayRange, LaneMode, MARK_RADIUS, TimelineModel, calendar_ticks, date_of_day,
    format_day, glyph_radius, tick_label,
};

/// What to draw and how big.
#[derive(Clone, Debug)]
pub struct TimelineSpec {
    /// Width in SVG units (CSS pixels).
    pub width: f32,
    /// Height; None: as tall as the lanes need (up to `max_lanes`).
    pub height: Option<f32>,
    pub lanes: LaneMode,
    pub colors: ColorMode,
    /// Days the time axis spans; None: the filter's date range, else every meeting.
    pub days: Option<(f64, f64)>,
    /// Title; None: one made from the lanes and the dates.
    pub title: Option<String>,
    /// Most lanes drawn when the height is not given.
    pub max_lanes: usize,
}

impl Default for TimelineSpec {
    fn default() -> Self {
        TimelineSpec {
            width: 1400.0,
            height: None,
            lanes: LaneMode::CountryPair,
            colors: ColorMode::Kind,
            days: None,
            title: None,
            max_lanes: 60,
        }
    }
}

const MARGIN: f32 = 28.0;
const LANE_HEIGHT: f32 = 26.0;
const MIN_LANE_HEIGHT: f32 = 14.0;
const AXIS_HEIGHT: f32 = 30.0;
const UNDATED_HEIGHT: f32 = 34.0;
const LEGEND_HEIGHT: f32 = 30.0;
const FOOTER_HEIGHT: f32 = 30.0;

/// The days shown when nothing else says: the meetings' span with a little room either side (as
/// the app's "Fit").
pub fn fit_days(model: &TimelineModel) -> (f64, f64) {
    match model.span {
        Some((a, b)) => {
            let pad = ((b - a) as f64 * 0.04).max(20.0);
            (a as f64 - pad, b as f64 + 1.0 + pad)
        }
        None => (0.0, 365.0),
    }
}

/// Draws the timeline of `data` through `filter`. Meetings outside the filter's date range (but
/// inside the days shown) are drawn faint, as on screen.
pub fn render(data: &Dataset, filter: &Filter, spec: &TimelineSpec) -> Figure {
    let palette = CountryPalette::new(data);
    // As on screen: lanes come from the filter without its dates, which only dim.
    let context = Filter {
        from: None,
        to: None,
        ..filter.clone()
    };
    let meetings = context.apply(data).meetings;
    let model = TimelineModel::build(data, &meetings, spec.lanes, spec.colors, &palette);
    let range = DayRange::of(filter);
    let (d0, d1) = spec.days.unwrap_or_else(|| {
        let (a, b) = fit_days(&model);
        let (a, b) = (
            range.from.map_or(a, |f| f as f64),
            range.to.map_or(b, |t| t as f64 + 1.0),
        );
        let pad = ((b - a) * 0.015).max(1.0);
        if range.is_set() {
            (a - pad, b + pad)
        } else {
            (a, b)
        }
    });
    let (d0, d1) = if d1 > d0 { (d0, d1) } else { (d0, d0 + 1.0) };

    // Lanes with something in the days shown, in the model's order.
    let visible: Vec<usize> = (0..model.lanes.len())
        .filter(|&li| {
            model.lanes[li]
                .marks
                .iter()
                .any(|m| (m.day as f64) >= d0 - 1.0 && (m.day as f64) <= d1)
        })
        .collect();
    let undated: Vec<_> = if range.is_set() {
        Vec::new()
    } else {
        model.undated.clone()
    };

    let width = spec.width.max(480.0);
    let subtitle_lines = 2;
    let top = 36.0 + 20.0 * subtitle_lines as f32 + 22.0;
    let below = AXIS_HEIGHT
        + if undated.is_empty() {
            0.0
        } else {
            UNDATED_HEIGHT
        }
        + LEGEND_HEIGHT
        + FOOTER_HEIGHT;
    let (lane_h, n_lanes) = match spec.height {
        Some(h) => {
            let room = (h - top - below).max(MIN_LANE_HEIGHT);
            let n = visible
                .len()
                .min((room / MIN_LANE_HEIGHT).floor().max(1.0) as usize);
            (
                if n == 0 {
                    LANE_HEIGHT
                } else {
                    (room / n as f32).min(40.0)
                },
                n,
            )
        }
        None => (LANE_HEIGHT, visible.len().min(spec.max_lanes.max(1))),
    };
    let plot_h = lane_h * n_lanes.max(1) as f32;
    let height = spec
        .height
        .unwrap_or(top + plot_h + below)
        .max(top + plot_h + below);

    // Title and subtitle.
    let lanes_word = match spec.lanes {
        LaneMode::CountryPair => "by country pair",
        LaneMode::Official => "by official",
    };
    let (first_day, last_day) = (
        (d0.ceil() as i32),
        (d1.floor() as i32 - 1).max(d0.ceil() as i32),
    );
    let window = match (range.from, range.to) {
        (None, None) => match model.span {
            Some((a, b)) => format!(
                "{} – {}",
                format_day(date_of_day(a)),
                format_day(date_of_day(b))
            ),
            None => "no dated meetings".to_string(),
        },
        (a, b) => format!(
            "{} – {}",
            a.map_or("start".into(), |d| format_day(date_of_day(d))),
            b.map_or("end".into(), |d| format_day(date_of_day(d)))
        ),
    };
    let shown = filter.apply(data).meetings.len();
    let title = spec.title.clone().unwrap_or_else(|| {
        let years = |d: i32| date_of_day(d).year();
        let span = match (range.from, range.to, model.span) {
            (Some(a), Some(b), _) | (None, None, Some((a, b))) if years(a) == years(b) => {
                years(a).to_string()
            }
            (Some(a), Some(b), _) | (None, None, Some((a, b))) => {
                format!("{}–{}", years(a), years(b))
            }
            _ => window.clone(),
        };
        format!("Diplomatic meetings {lanes_word}, {span}")
    });
    let colors_word = match spec.colors {
        ColorMode::Kind => "colour: kind of meeting",
        ColorMode::Country => "colour: countries that met",
    };
    let described = super::describe_filter(data, filter);
    let line1 = format!(
        "{} · {shown} meeting{} · {} lane{} · {colors_word}",
        window,
        if shown == 1 { "" } else { "s" },
        visible.len(),
        if visible.len() == 1 { "" } else { "s" }
    );
    let line2 = match (described.is_empty(), range.is_set()) {
        (false, _) => format!("Filter: {described}"),
        (true, true) => "All meetings in the corpus between these dates".to_string(),
        (true, false) => "All meetings in the corpus".to_string(),
    };

    let mut doc = Svg::new(width, height, &title);
    let y_plot = super::header(&mut doc, MARGIN, &title, &[line1, line2]);
    debug_assert!((y_plot - top).abs() < 0.5);

    // Label column: as wide as the longest label needs, within bounds.
    let label_w = visible
        .iter()
        .take(n_lanes)
        .map(|&li| {
            let l = &model.lanes[li];
            svg::text_width(&l.label, 13.0)
                + l.detail
                    .as_ref()
                    .map_or(0.0, |d| 8.0 + svg::text_width(d, 11.5))
        })
        .fold(90.0f32, f32::max)
        .min(width * 0.3)
        + 16.0;
    let (px0, px1) = (MARGIN + label_w, width - MARGIN);
    let plot_w = px1 - px0;
    let x_of = |day: f64| px0 + ((day - d0) / (d1 - d0)) as f32 * plot_w;
    let y_of = |row: usize| y_plot + (row as f32 + 0.5) * lane_h;
    let y_end = y_plot + plot_h;

    doc.el("clipPath").a("id", "plot").open();
    doc.el("rect")
        .n("x", px0)
        .n("y", y_plot)
        .n("width", plot_w)
        .n("height", plot_h)
        .end();
    doc.close("clipPath");

    // Stripes, grid, the filter's range.
    doc.group().a("id", "lanes").open();
    for row in (0..n_lanes).filter(|r| r % 2 == 1) {
        doc.el("rect")
            .n("x", MARGIN)
            .n("y", y_plot + row as f32 * lane_h)
            .n("width", px1 - MARGIN)
            .n("height", lane_h)
            .a("fill", hex(ink::STRIPE))
            .end();
    }
    doc.close("g");
    let base_step = (d1 - d0) / plot_w as f64 * 14.0;
    let ticks = calendar_ticks(d0, d1, base_step);
    let coarse = ticks.iter().map(|t| t.step).fold(0.0, f64::max);
    // Label the finest level whose labels have room.
    let wide = d1 - d0 > 500.0;
    let mut steps: Vec<f64> = ticks.iter().map(|t| t.step).collect();
    steps.sort_by(f64::total_cmp);
    steps.dedup();
    let label_step = steps
        .iter()
        .copied()
        .find(|&s| {
            let xs: Vec<f32> = ticks
                .iter()
                .filter(|t| t.step >= s)
                .map(|t| x_of(t.day as f64))
                .collect();
            let widest = ticks
                .iter()
                .filter(|t| t.step >= s)
                .map(|t| svg::text_width(&tick_label(t.day, t.step, wide), 12.0))
                .fold(0.0, f32::max);
            xs.windows(2).all(|w| w[1] - w[0] >= widest + 10.0)
        })
        .unwrap_or(coarse);
    doc.group().a("id", "grid").open();
    for t in &ticks {
        let x = x_of(t.day as f64);
        if x < px0 - 0.5 || x > px1 + 0.5 {
            continue;
        }
        let (color, w) = if t.step >= label_step {
            (ink::GRID, 1.0)
        } else {
            (ink::GRID_FINE, 1.0)
        };
        doc.el("line")
            .n("x1", x)
            .n("y1", y_plot)
            .n("x2", x)
            .n("y2", y_end)
            .a("stroke", hex(color))
            .n("stroke-width", w)
            .end();
    }
    doc.el("line")
        .n("x1", px0)
        .n("y1", y_end)
        .n("x2", px1)
        .n("y2", y_end)
        .a("stroke", hex(ink::FAINT))
        .n("stroke-width", 1.0)
        .end();
    doc.close("g");
    doc.group()
        .a("id", "axis")
        .n("font-size", 12.0)
        .a("fill", hex(ink::TEXT))
        .a("text-anchor", "middle")
        .open();
    for t in ticks.iter().filter(|t| t.step >= label_step) {
        let x = x_of(t.day as f64);
        if x < px0 - 0.5 || x > px1 + 0.5 {
            continue;
        }
        doc.el("line")
            .n("x1", x)
            .n("y1", y_end)
            .n("x2", x)
            .n("y2", y_end + 5.0)
            .a("stroke", hex(ink::FAINT))
            .end();
        let label = tick_label(t.day, t.step, wide);
        let half = svg::text_width(&label, 12.0) / 2.0;
        let anchored = x.clamp(px0 + half - 4.0, px1 - half + 4.0);
        doc.el("text")
            .n("x", anchored)
            .n("y", y_end + 19.0)
            .text(&label);
    }
    doc.close("g");
    // The filter's range is shaded when the figure shows more days than it (as the app does).
    if range.is_set() && spec.days.is_some() {
        let l = range.from.map_or(px0, |d| x_of(d as f64)).max(px0);
        let r = range.to.map_or(px1, |d| x_of(d as f64 + 1.0)).min(px1);
        if r > l && (l > px0 + 0.5 || r < px1 - 0.5) {
            doc.group().a("id", "range").open();
            doc.el("rect")
                .n("x", l)
                .n("y", y_plot)
                .n("width", r - l)
                .n("height", plot_h)
                .a("fill", hex(ink::ACCENT))
                .n("fill-opacity", 0.07)
                .end();
            for x in [l, r] {
                if x > px0 + 0.5 && x < px1 - 0.5 {
                    doc.el("line")
                        .n("x1", x)
                        .n("y1", y_plot)
                        .n("x2", x)
                        .n("y2", y_end)
                        .a("stroke", hex(ink::ACCENT))
                        .n("stroke-opacity", 0.6)
                        .end();
                }
            }
            doc.close("g");
        }
    }

    // Lane labels.
    doc.group()
        .a("id", "lane-labels")
        .a("font-size", "13")
        .open();
    for (row, &li) in visible.iter().take(n_lanes).enumerate() {
        let lane = &model.lanes[li];
        let y = y_of(row) + 4.5;
        let name = svg::fit_text(&lane.label, 13.0, label_w - 12.0);
        let room = label_w - 12.0 - svg::text_width(&name, 13.0) - 8.0;
        match lane.detail.as_ref().filter(|_| room > 30.0) {
            // The detail follows the name wherever the viewer's font ends it.
            Some(detail) => {
                doc.el("text")
                    .n("x", MARGIN + 6.0)
                    .n("y", y)
                    .a("fill", hex(ink::STRONG))
                    .open();
                doc.el("tspan").text(&name);
                doc.el("tspan")
                    .n("dx", 4.0)
                    .n("font-size", 11.5)
                    .a("fill", hex(ink::WEAK))
                    .text(&svg::fit_text(detail, 11.5, room));
                doc.close("text");
            }
            None => doc
                .el("text")
                .n("x", MARGIN + 6.0)
                .n("y", y)
                .a("fill", hex(ink::STRONG))
                .text(&name),
        }
    }
    doc.close("g");

    // Marks: the app's bins, at this figure's scale.
    let px_per_day = plot_w as f64 / (d1 - d0);
    let bin_days = BIN_PX as f64 / px_per_day;
    let max_radius = (lane_h * 0.46).max(MARK_RADIUS.min(lane_h * 0.4));
    let mut records = Vec::new();
    doc.group()
        .a("id", "marks")
        .a("clip-path", "url(#plot)")
        .open();
    for (row, &li) in visible.iter().take(n_lanes).enumerate() {
        let lane = &model.lanes[li];
        let y = y_of(row);
        let mut bins = Vec::new();
        model.bins(li, (d0, d1), bin_days, range, None, |b| bins.push(b));
        for b in bins {
            let x = x_of(b.center_day());
            if x < px0 - 12.0 || x > px1 + 12.0 {
                continue;
            }
            let r = glyph_radius(b.count, max_radius).min(lane_h * 0.46);
            disc(&mut doc, x, y, r, b.colors, b.dim, b.count);
            let ms: Vec<usize> = lane.marks[b.marks.clone()]
                .iter()
                .map(|m| m.meeting as usize)
                .collect();
            records.push(MarkRecord {
                lane: lane.label.clone(),
                first_date: date_of_day(b.first_day).to_string(),
                last_date: date_of_day(b.last_day).to_string(),
                count: ms.len(),
                dim: b.dim,
                articles: article_paths(data, &ms),
                meetings: ms.iter().map(|&m| meeting_record(data, m)).collect(),
            });
        }
    }
    doc.close("g");

    let mut y = y_end + AXIS_HEIGHT;
    let mut notes = Vec::new();
    if visible.len() > n_lanes {
        let note = format!(
            "{} more lanes with fewer meetings are not shown",
            visible.len() - n_lanes
        );
        doc.el("text")
            .n("x", px1)
            .n("y", y_end + 19.0 + 14.0)
            .n("font-size", 11.0)
            .a("text-anchor", "end")
            .a("fill", hex(ink::WEAK))
            .text(&note);
        notes.push(note);
    }

    // Undated meetings.
    let mut undated_records = Vec::new();
    if !undated.is_empty() {
        let cy = y + UNDATED_HEIGHT / 2.0;
        doc.el("text")
            .n("x", MARGIN + 6.0)
            .n("y", cy + 4.5)
            .n("font-size", 13.0)
            .a("fill", hex(ink::WEAK))
            .text(&format!("Undated ({})", undated.len()));
        let step = 2.0 * MARK_RADIUS + 5.0;
        let room = ((px1 - px0 - 60.0) / step).max(0.0) as usize;
        for (i, m) in undated.iter().take(room).enumerate() {
            disc(
                &mut doc,
                px0 + 8.0 + i as f32 * step,
                cy,
                MARK_RADIUS,
                m.colors,
                false,
                1,
            );
            undated_records.push(meeting_record(data, m.meeting as usize));
        }
        if undated.len() > room {
            let note = format!("+{} more", undated.len() - room);
            doc.el("text")
                .n("x", px0 + 8.0 + room as f32 * step)
                .n("y", cy + 4.0)
                .n("font-size", 12.0)
                .a("fill", hex(ink::WEAK))
                .text(&note);
            notes.push(format!(
                "{} undated meetings not drawn",
                undated.len() - room
            ));
        }
        y += UNDATED_HEIGHT;
    }

    // Legend.
    let items: Vec<(palette::Rgb, String)> = match spec.colors {
        ColorMode::Kind => crate::model::MeetingKind::ALL
            .iter()
            .map(|&k| (palette::kind_rgb(k), k.label().to_string()))
            .collect(),
        ColorMode::Country => {
            let mut slots: Vec<u8> = Vec::new();
            for &li in visible.iter().take(n_lanes) {
                for m in &model.lanes[li].marks {
                    slots.extend(m.colors);
                }
            }
            slots.sort_unstable();
            slots.dedup();
            let mut items: Vec<(palette::Rgb, String)> = slots
                .iter()
                .filter(|&&s| s != palette::SLOT_OTHER)
                .filter_map(|&s| palette.name_of(s).map(|n| (slot_rgb(s), n.to_string())))
                .collect();
            if slots.contains(&palette::SLOT_OTHER) {
                items.push((palette::OTHER, "Other".to_string()));
            }
            items
        }
    };
    let ly = y + 16.0;
    super::legend(&mut doc, MARGIN + 6.0, ly, px1 - 260.0, &items);
    // How to read a bubble.
    let bx = px1 - 250.0;
    doc.el("circle")
        .n("cx", bx + 8.0)
        .n("cy", ly)
        .n("r", 8.0)
        .a("fill", hex(ink::WEAK))
        .a("stroke", "#ffffff")
        .n("stroke-width", 1.2)
        .end();
    doc.el("text")
        .n("x", bx + 8.0)
        .n("y", ly + 3.2)
        .n("font-size", 9.0)
        .a("font-weight", "bold")
        .a("fill", "#ffffff")
        .a("text-anchor", "middle")
        .text("5");
    doc.el("text")
        .n("x", bx + 22.0)
        .n("y", ly + 4.0)
        .n("font-size", 12.0)
        .a("fill", hex(ink::TEXT))
        .text("several meetings close in time");
    super::footer(&mut doc, MARGIN + 6.0, data);

    let svg_text = doc.finish();
    let mut sidecar = Sidecar::new("timeline", data, filter, width, height);
    sidecar.window = Window {
        from: Some(date_of_day(first_day).to_string()),
        to: Some(date_of_day(last_day).to_string()),
    };
    sidecar.lanes = Some(match spec.lanes {
        LaneMode::CountryPair => "country_pair",
        LaneMode::Official => "official",
    });
    sidecar.colors = Some(match spec.colors {
        ColorMode::Kind => "kind",
        ColorMode::Country => "country",
    });
    sidecar.marks = Some(records);
    sidecar.undated = Some(undated_records);
    sidecar.notes = notes;
    Figure {
        svg: svg_text,
        width,
        height,
        sidecar,
    }
}

/// A mark: a disc with a white rim, split in two halves when it has two colours; a bubble of
/// several meetings shows their number when there is room.
fn disc(doc: &mut Svg, x: f32, y: f32, r: f32, colors: [u8; 2], dim: bool, count: u32) {
    let (a, b) = (slot_rgb(colors[0]), slot_rgb(colors[1]));
    if dim {
        doc.el("circle")
            .n("cx", x)
            .n("cy", y)
            .n("r", r)
            .a("fill", hex(ink::DIM))
            .n("fill-opacity", 0.45)
            .a("stroke", "#ffffff")
            .n("stroke-width", 1.2)
            .end();
        return;
    }
    if a == b {
        doc.el("circle")
            .n("cx", x)
            .n("cy", y)
            .n("r", r)
            .a("fill", hex(a))
            .a("stroke", "#ffffff")
            .n("stroke-width", 1.2)
            .end();
    } else {
        // Left half in the first colour, right half in the second (as on screen).
        let (top, bottom) = (num(y - r), num(y + r));
        let (xs, rs) = (num(x), num(r));
        doc.el("path")
            .a("d", format!("M{xs},{top}A{rs},{rs} 0 0 0 {xs},{bottom}Z"))
            .a("fill", hex(a))
            .end();
        doc.el("path")
            .a("d", format!("M{xs},{top}A{rs},{rs} 0 0 1 {xs},{bottom}Z"))
            .a("fill", hex(b))
            .end();
        doc.el("circle")
            .n("cx", x)
            .n("cy", y)
            .n("r", r)
            .a("fill", "none")
            .a("stroke", "#ffffff")
            .n("stroke-width", 1.2)
            .end();
    }
    if count > 1 && r >= 7.5 {
        let label = count.to_string();
        let size = if label.len() > 2 { 8.0 } else { 9.0 };
        if svg::text_width(&label, size) < 2.0 * r - 2.0 {
            doc.el("text")
                .n("x", x)
                .n("y", y + size * 0.36)
                .n("font-size", size)
                .a("font-weight", "bold")
                .a("fill", "#ffffff")
                .a("text-anchor", "middle")
                .text(&label);
        }
    }
}
