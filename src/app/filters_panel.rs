//! The "Filters" side panel: search, time range, kinds, countries, topics. Each box shows how many
//! meetings it would add with the rest of the filter as it is ([`Filter::facets`]).

use super::palette::{self, CountryColor, CountryPalette};
use super::theme;
use super::widgets::format_date;
use crate::model::filter::{CountryMode, Facets, Filter};
use crate::model::{Dataset, MeetingKind};
use egui::{Align2, Color32, CornerRadius, RichText, Sense, Stroke, Ui, pos2, vec2};
use jiff::civil::Date;

/// Id of the official search box (Ctrl+F focuses it).
pub fn search_id() -> egui::Id {
    egui::Id::unique("filters_search")
}

/// Text of the date fields, kept apart from the filter while the user types.
#[derive(Default)]
pub struct DateFields {
    from: String,
    to: String,
    /// The filter dates the texts were last synced from.
    synced: (Option<Date>, Option<Date>),
    error: Option<String>,
}

/// How many countries show before "Show all".
const COUNTRIES_FOLDED: usize = 12;

/// What the panel counts: per facet, per country in the corpus, and the meetings shown.
pub struct Counts<'a> {
    pub facets: &'a Facets,
    /// `Dataset::country_counts`, computed once per corpus.
    pub countries: &'a [(String, usize)],
    pub shown: usize,
}

#[derive(Default)]
pub struct FiltersPanel {
    pub dates: DateFields,
    show_all_countries: bool,
    show_all_topics: bool,
}

impl FiltersPanel {
    pub fn show(
        &mut self,
        ui: &mut Ui,
        data: &Dataset,
        filter: &mut Filter,
        counts: Counts<'_>,
        palette: &CountryPalette,
    ) {
        let (facets, shown) = (counts.facets, counts.shown);
        ui.horizontal(|ui| {
            ui.label(
                RichText::new("Filters")
                    .font(theme::font(16.0))
                    .color(theme::TEXT_STRONG)
                    .strong(),
            );
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let clear = ui
                    .add_enabled(!filter.is_empty(), egui::Button::new("Clear all"))
                    .on_hover_text("Show every meeting again");
                if clear.clicked() {
                    filter.clear();
                }
            });
        });
        ui.label(
            RichText::new(format!("{shown} of {} meetings shown", data.meetings.len()))
                .small()
                .color(if filter.is_empty() {
                    theme::TEXT_WEAK
                } else {
                    theme::ACCENT
                }),
        );
        ui.add_space(4.0);
        ui.separator();

        egui::ScrollArea::vertical()
            .id_salt("filters_scroll")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.add_space(2.0);
                heading(ui, "Officials");
                let edit = egui::TextEdit::singleline(&mut filter.search)
                    .id(search_id())
                    .hint_text("Search names (Ctrl+F)")
                    .desired_width(f32::INFINITY);
                ui.add(edit)
                    .on_hover_text("Meetings with an official whose name or alias contains this");

                heading(ui, "Time");
                self.time(ui, filter);

                heading(ui, "Kind");
                for kind in MeetingKind::ALL {
                    let mut on = filter.kinds.contains(kind.as_str());
                    let n = facets.kind(kind);
                    if check_row(
                        ui,
                        &mut on,
                        kind.label(),
                        Some(palette::kind_color(kind)),
                        n,
                        data.meetings.len(),
                    ) {
                        toggle(&mut filter.kinds, kind.as_str(), on);
                    }
                }

                heading(ui, "Countries");
                ui.horizontal(|ui| {
                    ui.spacing_mut().item_spacing.x = 4.0;
                    ui.radio_value(&mut filter.country_mode, CountryMode::Any, "Involving any")
                        .on_hover_text("Meetings where any participant is from a ticked country");
                    ui.radio_value(&mut filter.country_mode, CountryMode::Only, "Only among")
                        .on_hover_text("Meetings where every participant is from a ticked country");
                });
                ui.add_space(2.0);
                let mut countries = counts.countries.to_vec();
                // Ticked countries the corpus lacks (a saved or command-line filter) still show.
                for c in &filter.countries {
                    if !countries.iter().any(|(x, _)| x == c) {
                        countries.push((c.clone(), 0));
                    }
                }
                let total = countries.len();
                let limit = if self.show_all_countries {
                    total
                } else {
                    COUNTRIES_FOLDED
                };
                let max = countries
                    .iter()
                    .map(|(c, _)| facets.country(c))
                    .max()
                    .unwrap_or(1);
                for (i, (c, _)) in countries.iter().enumerate() {
                    let mut on = filter.countries.contains(c);
                    if i >= limit && !on {
                        continue;
                    }
                    if check_row(
                        ui,
                        &mut on,
                        c,
                        Some(palette.color(Some(c))),
                        facets.country(c),
                        max,
                    ) {
                        toggle(&mut filter.countries, c, on);
                    }
                }
                if total > COUNTRIES_FOLDED {
                    let label = if self.show_all_countries {
                        "Show fewer".to_string()
                    } else {
                        format!("Show all {total}")
                    };
                    if ui.link(RichText::new(label).small()).clicked() {
                        self.show_all_countries = !self.show_all_countries;
                    }
                }

                heading(ui, "Topics");
                let mut topics: Vec<(String, String)> = data
                    .topics
                    .iter()
                    .map(|t| (t.id.clone(), t.label.clone()))
                    .collect();
                for t in &filter.topics {
                    if !topics.iter().any(|(id, _)| id == t) {
                        topics.push((t.clone(), t.clone()));
                    }
                }
                let max = topics
                    .iter()
                    .map(|(id, _)| facets.topic(id))
                    .max()
                    .unwrap_or(1);
                // Topics without meetings (under the other filters) fold away.
                let total = topics.len();
                if !self.show_all_topics {
                    topics.retain(|(id, _)| facets.topic(id) > 0 || filter.topics.contains(id));
                }
                let unused = total
                    - topics
                        .iter()
                        .filter(|(id, _)| facets.topic(id) > 0 || filter.topics.contains(id))
                        .count();
                for (id, label) in &topics {
                    let mut on = filter.topics.contains(id);
                    if check_row(ui, &mut on, label, None, facets.topic(id), max) {
                        toggle(&mut filter.topics, id, on);
                    }
                }
                if unused > 0 {
                    let label = if self.show_all_topics {
                        "Hide empty topics".to_string()
                    } else {
                        format!("{unused} more with no meetings")
                    };
                    if ui.link(RichText::new(label).small()).clicked() {
                        self.show_all_topics = !self.show_all_topics;
                    }
                }
                ui.add_space(12.0);
            });
    }

    fn time(&mut self, ui: &mut Ui, filter: &mut Filter) {
        let f = &mut self.dates;
        let typing = ui.ctx().memory(|m| {
            m.focused().is_some_and(|id| {
                id == egui::Id::unique("filter_from") || id == egui::Id::unique("filter_to")
            })
        });
        if f.synced != (filter.from, filter.to) && !typing {
            f.from = filter.from.map(|d| d.to_string()).unwrap_or_default();
            f.to = filter.to.map(|d| d.to_string()).unwrap_or_default();
            f.synced = (filter.from, filter.to);
            f.error = None;
        }
        let mut commit = false;
        ui.horizontal(|ui| {
            ui.spacing_mut().item_spacing.x = 4.0;
            let w = (ui.available_width() - 24.0) / 2.0;
            let from = ui.add(
                egui::TextEdit::singleline(&mut f.from)
                    .id(egui::Id::unique("filter_from"))
                    .hint_text("From YYYY-MM-DD")
                    .desired_width(w),
            );
            ui.label(RichText::new("–").color(theme::TEXT_WEAK));
            let to = ui.add(
                egui::TextEdit::singleline(&mut f.to)
                    .id(egui::Id::unique("filter_to"))
                    .hint_text("To YYYY-MM-DD")
                    .desired_width(w),
            );
            commit = from.lost_focus() || to.lost_focus();
        });
        if commit {
            let parse = |s: &str| -> Result<Option<Date>, String> {
                let s = s.trim();
                if s.is_empty() {
                    Ok(None)
                } else {
                    s.parse::<Date>()
                        .map(Some)
                        .map_err(|_| format!("“{s}” is not a date (YYYY-MM-DD)"))
                }
            };
            match (parse(&f.from), parse(&f.to)) {
                (Ok(a), Ok(b)) => {
                    let (a, b) = match (a, b) {
                        (Some(x), Some(y)) if x > y => (Some(y), Some(x)),
                        other => other,
                    };
                    filter.from = a;
                    filter.to = b;
                    f.error = None;
                    f.synced = (None, Some(Date::MIN)); // re-sync the texts (normalised)
                }
                (Err(e), _) | (_, Err(e)) => f.error = Some(e),
            }
        }
        if let Some(e) = &f.error {
            ui.label(RichText::new(e).small().color(theme::ERROR));
        }
        if filter.from.is_some() || filter.to.is_some() {
            ui.horizontal(|ui| {
                let text = match (filter.from, filter.to) {
                    (Some(a), Some(b)) => format!("{} – {}", format_date(a), format_date(b)),
                    (Some(a), None) => format!("from {}", format_date(a)),
                    (None, Some(b)) => format!("until {}", format_date(b)),
                    (None, None) => String::new(),
                };
                ui.label(RichText::new(text).small().color(theme::ACCENT));
                if ui.small_button("Clear dates").clicked() {
                    filter.from = None;
                    filter.to = None;
                }
            });
        } else {
            ui.label(
                RichText::new("Or drag across the timeline's dates")
                    .small()
                    .color(theme::TEXT_FAINT),
            );
        }
    }
}

fn heading(ui: &mut Ui, title: &str) {
    ui.add_space(12.0);
    ui.label(
        RichText::new(title.to_uppercase())
            .font(theme::font(11.0))
            .color(theme::TEXT_WEAK)
            .strong(),
    );
    ui.add_space(2.0);
}

fn toggle(set: &mut std::collections::BTreeSet<String>, key: &str, on: bool) {
    if on {
        set.insert(key.to_string());
    } else {
        set.remove(key);
    }
}

/// A checkbox row: box, optional colour swatch, name, and the count with a faint bar behind it.
/// Accessible as a checkbox labelled "Name (count)". Returns true when clicked.
fn check_row(
    ui: &mut Ui,
    on: &mut bool,
    name: &str,
    swatch: Option<Color32>,
    count: usize,
    max: usize,
) -> bool {
    let width = ui.available_width();
    let (rect, resp) = ui.allocate_exact_size(vec2(width, 24.0), Sense::click());
    let resp = resp.on_hover_cursor(egui::CursorIcon::PointingHand);
    resp.widget_info(|| {
        egui::WidgetInfo::selected(egui::Role::CheckBox, true, *on, format!("{name} ({count})"))
    });
    if resp.clicked() {
        *on = !*on;
    }
    if ui.is_rect_visible(rect) {
        let p = ui.painter();
        if resp.hovered() {
            p.rect_filled(rect, CornerRadius::same(4), theme::ROW_HOVER);
        }
        let cy = rect.center().y;
        let bx = egui::Rect::from_center_size(pos2(rect.left() + 11.0, cy), vec2(14.0, 14.0));
        if *on {
            p.rect_filled(bx, CornerRadius::same(3), theme::ACCENT);
            let s = Stroke::new(1.8, Color32::WHITE);
            p.line_segment(
                [pos2(bx.left() + 3.2, cy), pos2(bx.left() + 6.0, cy + 3.0)],
                s,
            );
            p.line_segment(
                [
                    pos2(bx.left() + 6.0, cy + 3.0),
                    pos2(bx.right() - 3.0, cy - 3.5),
                ],
                s,
            );
        } else {
            p.rect_stroke(
                bx,
                CornerRadius::same(3),
                Stroke::new(1.0, Color32::from_rgb(0xB0, 0xB8, 0xC2)),
                egui::StrokeKind::Inside,
            );
        }
        let mut x = bx.right() + 8.0;
        if let Some(c) = swatch {
            p.circle_filled(pos2(x + 5.0, cy), 5.0, c);
            x += 16.0;
        }
        let color = if count == 0 && !*on {
            theme::TEXT_FAINT
        } else {
            theme::TEXT_STRONG
        };
        let count_w = 44.0;
        let g = super::widgets::one_line(
            ui,
            name,
            theme::font(13.5),
            color,
            rect.right() - x - count_w - 4.0,
        );
        p.galley(pos2(x, cy - g.size().y / 2.0), g, color);
        // Count, right-aligned, over a bar proportional to it.
        let bar_w = (count_w - 6.0) * (count as f32 / max.max(1) as f32).min(1.0);
        let bar = egui::Rect::from_min_size(
            pos2(rect.right() - 4.0 - bar_w, cy - 8.0),
            vec2(bar_w, 16.0),
        );
        p.rect_filled(
            bar,
            CornerRadius::same(3),
            Color32::from_rgb(0xEC, 0xEF, 0xF3),
        );
        p.text(
            pos2(rect.right() - 6.0, cy),
            Align2::RIGHT_CENTER,
            count.to_string(),
            theme::font(12.0),
            theme::TEXT_WEAK,
        );
    }
    resp.clicked()
}
