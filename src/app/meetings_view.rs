//! The meeting list: one row per meeting, in dataset order (by date, undated last). Only the
//! visible rows are laid out, so it stays fast for thousands of meetings.

use super::state::Selection;
use super::theme;
use super::widgets::{meeting_date, one_line, paint_chip, participants_label, topics_label};
use crate::model::Dataset;
use egui::{Align2, CornerRadius, Key, Rect, RichText, ScrollArea, Sense, Stroke, Ui, pos2, vec2};

pub const ROW_HEIGHT: f32 = 54.0;
const CELL_PAD: f32 = 14.0;

#[derive(Default)]
pub struct MeetingsView {
    /// Scroll position and viewport height from the last frame, to bring a row into view.
    last_offset: f32,
    last_view_height: f32,
    /// Set when the keyboard moved the selection.
    scroll_to: Option<usize>,
}

/// Column x-ranges (relative to the row's left edge). Topics go under the participants.
struct Columns {
    date: (f32, f32),
    people: (f32, f32),
    place: (f32, f32),
    kind: (f32, f32),
}

impl Columns {
    fn new(width: f32) -> Columns {
        // Narrow windows (both side panels open) give up some place and date room first.
        let narrow = width < 700.0;
        let date_w = if narrow { 100.0 } else { 112.0 };
        let place_w = if narrow { 104.0 } else { 150.0 };
        let kind_w = 100.0;
        let people_w = (width - date_w - place_w - kind_w).max(200.0);
        let mut x = 0.0;
        let mut next = |w: f32| {
            let r = (x, x + w);
            x += w;
            r
        };
        let date = next(date_w);
        let people = next(people_w);
        let place = next(place_w);
        let kind = next(kind_w);
        Columns {
            date,
            people,
            place,
            kind,
        }
    }
}

impl MeetingsView {
    /// Moves the selection with the arrow keys (only when no text field has the keyboard).
    /// `rows`: the meetings shown (indexes into `Dataset::meetings`).
    pub fn handle_keys(&mut self, ui: &Ui, rows: &[usize], selection: &mut Selection) {
        if rows.is_empty() || ui.ctx().egui_wants_keyboard_input() {
            return;
        }
        let (down, up) = ui.input(|i| (i.key_pressed(Key::ArrowDown), i.key_pressed(Key::ArrowUp)));
        let last = rows.len() - 1;
        let at = selection
            .meeting
            .and_then(|m| rows.iter().position(|&r| r == m));
        let next = match (at, down, up) {
            (None, true, _) => Some(0),
            (None, _, true) => Some(last),
            (Some(i), true, _) => Some((i + 1).min(last)),
            (Some(i), _, true) => Some(i.saturating_sub(1)),
            _ => None,
        };
        if let Some(i) = next {
            selection.meeting = Some(rows[i]);
            self.scroll_to = Some(i);
        }
    }

    pub fn show(&mut self, ui: &mut Ui, data: &Dataset, rows: &[usize], selection: &mut Selection) {
        ui.label(
            RichText::new(if rows.len() == data.meetings.len() {
                format!(
                    "{} meetings found in {} articles",
                    rows.len(),
                    data.corpus.articles.len()
                )
            } else {
                format!(
                    "{} of {} meetings match the filters",
                    rows.len(),
                    data.meetings.len()
                )
            })
            .color(theme::TEXT_WEAK),
        );
        ui.add_space(8.0);

        let card = egui::Frame::new()
            .fill(theme::SURFACE)
            .stroke(Stroke::new(1.0, theme::BORDER))
            .corner_radius(CornerRadius::same(8))
            .inner_margin(egui::Margin::same(1));
        card.show(ui, |ui| {
            ui.set_min_size(ui.available_size());
            let width = ui.available_width();
            let cols = Columns::new(width - 2.0 * CELL_PAD);
            self.header(ui, &cols, width);
            if rows.is_empty() {
                ui.add_space(40.0);
                ui.vertical_centered(|ui| {
                    if data.meetings.is_empty() {
                        ui.label(RichText::new("No meetings found").font(theme::font(16.0)).color(theme::TEXT_STRONG));
                        ui.label(
                            RichText::new("Summitry looks for sentences where two officials meet, call or write.")
                                .color(theme::TEXT_WEAK),
                        );
                    } else {
                        ui.label(
                            RichText::new("No meetings match the filters").font(theme::font(16.0)).color(theme::TEXT_STRONG),
                        );
                        ui.label(RichText::new("Loosen them on the left, or Clear all.").color(theme::TEXT_WEAK));
                    }
                });
                return;
            }
            self.rows(ui, data, rows, selection, &cols);
        });
    }

    fn header(&self, ui: &mut Ui, cols: &Columns, width: f32) {
        let (rect, _) = ui.allocate_exact_size(vec2(width, 30.0), Sense::hover());
        let painter = ui.painter();
        painter.rect_filled(
            rect,
            CornerRadius {
                nw: 7,
                ne: 7,
                sw: 0,
                se: 0,
            },
            egui::Color32::from_rgb(0xF8, 0xF9, 0xFA),
        );
        painter.line_segment(
            [rect.left_bottom(), rect.right_bottom()],
            Stroke::new(1.0, theme::BORDER),
        );
        let left = rect.left() + CELL_PAD;
        for (title, (x0, _)) in [
            ("DATE", cols.date),
            ("PARTICIPANTS AND TOPICS", cols.people),
            ("PLACE", cols.place),
            ("KIND", cols.kind),
        ] {
            painter.text(
                pos2(left + x0, rect.center().y),
                Align2::LEFT_CENTER,
                title,
                theme::font(11.0),
                theme::TEXT_WEAK,
            );
        }
    }

    fn rows(
        &mut self,
        ui: &mut Ui,
        data: &Dataset,
        rows: &[usize],
        selection: &mut Selection,
        cols: &Columns,
    ) {
        let n = rows.len();
        let mut area = ScrollArea::vertical()
            .id_salt("meetings")
            .auto_shrink([false, false]);
        if let Some(i) = self.scroll_to.take() {
            let top = i as f32 * ROW_HEIGHT;
            let mut offset = self.last_offset;
            if top < offset {
                offset = top;
            } else if top + ROW_HEIGHT > offset + self.last_view_height {
                offset = top + ROW_HEIGHT - self.last_view_height;
            }
            area = area.vertical_scroll_offset(offset.max(0.0));
        }
        ui.scope(|ui| {
            ui.spacing_mut().item_spacing.y = 0.0;
            let out = area.show_rows(ui, ROW_HEIGHT, n, |ui, range| {
                let width = ui.available_width();
                for i in range {
                    self.row(ui, data, selection, cols, rows[i], width);
                }
            });
            self.last_offset = out.state.clamped_offset().y;
            self.last_view_height = out.inner_rect.height();
        });
    }

    fn row(
        &self,
        ui: &mut Ui,
        data: &Dataset,
        selection: &mut Selection,
        cols: &Columns,
        i: usize,
        width: f32,
    ) {
        let m = &data.meetings[i];
        let (rect, response) = ui.allocate_exact_size(vec2(width, ROW_HEIGHT), Sense::click());
        let selected = selection.meeting == Some(i);
        let people = participants_label(data, m);
        let date = meeting_date(m);
        let place = m.place.as_deref().unwrap_or("");
        response.widget_info(|| {
            egui::WidgetInfo::selected(
                egui::Role::Button,
                true,
                selected,
                format!(
                    "{date} · {people} · {} · {}",
                    if place.is_empty() {
                        "place unknown"
                    } else {
                        place
                    },
                    m.kind.label()
                ),
            )
        });
        if response.clicked() {
            selection.meeting = Some(i);
            selection.official = None;
        }
        if !ui.is_rect_visible(rect) {
            return;
        }

        let painter = ui.painter();
        if selected {
            painter.rect_filled(rect, 0, theme::ACCENT_SOFT);
            painter.rect_filled(
                Rect::from_min_size(rect.min, vec2(3.0, rect.height())),
                0,
                theme::ACCENT,
            );
        } else if response.hovered() {
            painter.rect_filled(rect, 0, theme::ROW_HOVER);
        }
        painter.line_segment(
            [
                rect.left_bottom() + vec2(CELL_PAD, -0.5),
                rect.right_bottom() + vec2(-CELL_PAD, -0.5),
            ],
            Stroke::new(1.0, egui::Color32::from_rgb(0xEE, 0xF0, 0xF3)),
        );

        let left = rect.left() + CELL_PAD;
        let cy = rect.center().y;
        // Text in a cell, centred on `y`.
        let cell =
            |(x0, x1): (f32, f32), y: f32, text: &str, font: egui::FontId, color: egui::Color32| {
                let galley = one_line(ui, text, font, color, x1 - x0 - 16.0);
                let pos = pos2(left + x0, y - galley.size().y / 2.0);
                painter.galley(pos, galley, color);
            };

        let date_color = match (m.date, m.date_basis) {
            (None, _) => theme::TEXT_FAINT,
            (Some(_), crate::model::DateBasis::Explicit) => theme::TEXT,
            (Some(_), _) => theme::TEXT_WEAK,
        };
        cell(cols.date, cy, &date, theme::font(13.5), date_color);
        let topics = topics_label(data, m);
        let people_color = if selected {
            theme::ACCENT
        } else {
            theme::TEXT_STRONG
        };
        if topics.is_empty() {
            cell(cols.people, cy, &people, theme::font(14.5), people_color);
        } else {
            cell(
                cols.people,
                cy - 9.0,
                &people,
                theme::font(14.5),
                people_color,
            );
            cell(
                cols.people,
                cy + 10.0,
                &topics,
                theme::font(12.5),
                theme::TEXT_WEAK,
            );
        }
        if place.is_empty() {
            cell(cols.place, cy, "—", theme::font(13.5), theme::TEXT_FAINT);
        } else {
            cell(cols.place, cy, place, theme::font(13.5), theme::TEXT);
        }
        let (fg, bg) = theme::kind_colors(m.kind);
        paint_chip(
            ui,
            pos2(left + cols.kind.0, rect.top()),
            m.kind.label(),
            fg,
            bg,
            ROW_HEIGHT,
        );
    }
}
