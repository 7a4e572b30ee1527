//! Small drawing helpers and text formatting shared by the views.

use super::theme;
use crate::model::{Dataset, Meeting, Official};
use egui::text::{LayoutJob, TextFormat, TextWrapping};
use egui::{Color32, CornerRadius, FontId, Galley, RichText, Sense, Ui, Vec2};
use jiff::civil::Date;
use std::sync::Arc;

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// An official's titles on one weak line ("Foreign Minister · Deputy Prime Minister"), if any.
pub fn titles_line(ui: &mut Ui, o: &Official) {
    if o.titles.is_empty() {
        return;
    }
    let titles: Vec<&str> = o.titles.iter().map(|t| t.title.as_str()).collect();
    ui.label(
        RichText::new(titles.join(" · "))
            .color(theme::TEXT_WEAK)
            .font(theme::font(12.5)),
    );
}

/// "20 Jul 2017".
pub fn format_date(date: Date) -> String {
    let month = MONTHS
        .get((date.month() as usize).saturating_sub(1))
        .copied()
        .unwrap_or("?");
    format!("{} {month} {}", date.day(), date.year())
}

pub fn meeting_date(m: &Meeting) -> String {
    m.date.map_or_else(|| "undated".to_string(), format_date)
}

/// "Karim Mikati (Syria) — Ali Rahmani (Iran)".
pub fn participants_label(data: &Dataset, m: &Meeting) -> String {
    let mut out = String::new();
    for (i, &p) in m.participants.iter().enumerate() {
        let Some(o) = data.officials.get(p) else {
            continue;
        };
        if i > 0 {
            out.push_str(" — ");
        }
        out.push_str(&o.name);
        if let Some(c) = &o.country {
            out.push_str(" (");
            out.push_str(c);
            out.push(')');
        }
    }
    out
}

pub fn topics_label(data: &Dataset, m: &Meeting) -> String {
    m.topics
        .iter()
        .map(|t| data.topic_label(t))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One line of text cut with an ellipsis to `width`.
pub fn one_line(ui: &Ui, text: &str, font: FontId, color: Color32, width: f32) -> Arc<Galley> {
    let mut job = LayoutJob::simple_singleline(text.to_owned(), font, color);
    job.wrap = TextWrapping::truncate_at_width(width.max(1.0));
    ui.painter().layout_job(job)
}

/// Small uppercase section title in the details panel.
pub fn section(ui: &mut Ui, title: &str) {
    ui.add_space(10.0);
    ui.label(
        RichText::new(title.to_uppercase())
            .font(theme::font(11.0))
            .color(theme::TEXT_WEAK)
            .strong(),
    );
    ui.add_space(2.0);
}

/// A rounded tag with tinted background.
pub fn chip(ui: &mut Ui, text: &str, fg: Color32, bg: Color32) -> egui::Response {
    let galley = ui
        .painter()
        .layout_no_wrap(text.to_owned(), theme::font(12.0), fg);
    let size = galley.size() + Vec2::new(16.0, 6.0);
    let (rect, response) = ui.allocate_exact_size(size, Sense::hover());
    if ui.is_rect_visible(rect) {
        ui.painter().rect_filled(rect, CornerRadius::same(9), bg);
        ui.painter()
            .galley(rect.center() - galley.size() / 2.0, galley, fg);
    }
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, text));
    response
}

/// Paints a chip at a given position (for the virtualised table rows). Returns its width.
pub fn paint_chip(
    ui: &Ui,
    pos: egui::Pos2,
    text: &str,
    fg: Color32,
    bg: Color32,
    row_height: f32,
) -> f32 {
    let galley = ui
        .painter()
        .layout_no_wrap(text.to_owned(), theme::font(12.0), fg);
    let size = galley.size() + Vec2::new(16.0, 6.0);
    let rect =
        egui::Rect::from_min_size(egui::pos2(pos.x, pos.y + (row_height - size.y) / 2.0), size);
    ui.painter().rect_filled(rect, CornerRadius::same(9), bg);
    ui.painter()
        .galley(rect.center() - galley.size() / 2.0, galley, fg);
    size.x
}

/// Byte ranges of `needles` in `text`, merged, longest match first where they overlap.
pub fn find_spans(text: &str, needles: &[&str]) -> Vec<std::ops::Range<usize>> {
    let mut spans: Vec<std::ops::Range<usize>> = Vec::new();
    for needle in needles {
        if needle.chars().count() < 3 {
            continue;
        }
        for (start, m) in text.match_indices(needle) {
            let end = start + m.len();
            // Whole words only: "Ali" must not light up inside "Alignment".
            let before = text[..start].chars().next_back();
            let after = text[end..].chars().next();
            if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            spans.push(start..end);
        }
    }
    spans.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
    let mut merged: Vec<std::ops::Range<usize>> = Vec::new();
    for r in spans {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

/// The evidence sentence with the spans set off.
pub fn highlighted(text: &str, spans: &[std::ops::Range<usize>], wrap_width: f32) -> LayoutJob {
    let plain = TextFormat {
        font_id: theme::font(14.0),
        color: theme::TEXT,
        line_height: Some(21.0),
        ..Default::default()
    };
    let marked = TextFormat {
        color: theme::TEXT_STRONG,
        background: theme::HIGHLIGHT,
        ..plain.clone()
    };
    let mut job = LayoutJob::default();
    job.wrap.max_width = wrap_width;
    let mut at = 0;
    for s in spans {
        if s.start > at {
            job.append(&text[at..s.start], 0.0, plain.clone());
        }
        job.append(&text[s.clone()], 0.0, marked.clone());
        at = s.end;
    }
    if at < text.len() {
        job.append(&text[at..], 0.0, plain);
    }
    job
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_merge_and_respect_word_edges() {
        let t = "Ali Rahmani met Alignment head Ali.";
        let s = find_spans(t, &["Ali Rahmani", "Rahmani", "Ali"]);
        assert_eq!(s, vec![0..11, 31..34]);
    }

    #[test]
    fn dates_are_short() {
        assert_eq!(format_date(jiff::civil::date(2017, 7, 20)), "20 Jul 2017");
    }
}
