//! The "Details" side panel: everything known about the selected meeting, and why.

use super::graph_view::OfficialStats;
use super::palette::{CountryColor, CountryPalette};
use super::reader::Reader;
use super::state::Selection;
use super::theme;
use super::widgets::{
    chip, find_spans, format_date, highlighted, meeting_date, section, titles_line,
};
use crate::model::{Dataset, Meeting};
use egui::{CornerRadius, RichText, ScrollArea, Sense, Stroke, Ui};

/// Draws the panel. Returns an article to open in the reader when its button was clicked.
pub fn show(
    ui: &mut Ui,
    data: &Dataset,
    palette: &CountryPalette,
    selection: &mut Selection,
    stats: Option<OfficialStats>,
) -> Option<Reader> {
    ui.add_space(4.0);
    ui.label(
        RichText::new("Details")
            .font(theme::font(16.0))
            .color(theme::TEXT_STRONG)
            .strong(),
    );
    ui.add_space(2.0);
    ui.separator();

    if selection.meeting.is_none()
        && let Some(p) = selection.official.filter(|&p| p < data.officials.len())
    {
        ScrollArea::vertical()
            .id_salt("details_official")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.add_space(6.0);
                official_details(ui, data, palette, p, stats, selection);
                ui.add_space(12.0);
            });
        return None;
    }

    let Some(m) = selection.meeting.and_then(|i| data.meetings.get(i)) else {
        ui.add_space(24.0);
        ui.label(RichText::new("No meeting selected").color(theme::TEXT_STRONG));
        ui.label(
            RichText::new(
                "Select a meeting in the list to see who took part, when and where it happened, \
                 and the sentences it was found in.",
            )
            .color(theme::TEXT_WEAK),
        );
        ui.add_space(8.0);
        ui.label(
            RichText::new("Up and Down keys move through the list · Esc clears")
                .small()
                .color(theme::TEXT_FAINT),
        );
        return None;
    };

    let index = selection.meeting;
    ScrollArea::vertical()
        .id_salt("details")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.add_space(6.0);
            let open = meeting_details(ui, data, m, selection);
            ui.add_space(12.0);
            open.map(|a| Reader::new(a, index))
        })
        .inner
}

/// Everything known about one official: names, country, titles over time, counterparts, meetings.
fn official_details(
    ui: &mut Ui,
    data: &Dataset,
    palette: &CountryPalette,
    p: usize,
    stats: Option<OfficialStats>,
    selection: &mut Selection,
) {
    let o = &data.officials[p];
    ui.label(
        RichText::new("OFFICIAL")
            .font(theme::font(11.0))
            .color(theme::TEXT_WEAK)
            .strong(),
    );
    ui.label(
        RichText::new(&o.name)
            .font(theme::font(20.0))
            .color(theme::TEXT_STRONG),
    );
    if let Some(c) = &o.country {
        ui.horizontal(|ui| {
            let (r, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), Sense::hover());
            ui.painter()
                .circle_filled(r.center(), 5.0, palette.color(Some(c)));
            ui.label(RichText::new(c).color(theme::TEXT));
        });
    }
    if !o.aliases.is_empty() {
        ui.label(
            RichText::new(format!("Also named {}", o.aliases.join(", ")))
                .font(theme::font(12.5))
                .color(theme::TEXT_WEAK),
        );
    }

    section(ui, "Titles");
    if o.titles.is_empty() {
        ui.label(RichText::new("None recognised").color(theme::TEXT_WEAK));
    }
    for t in &o.titles {
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(&t.title).color(theme::TEXT_STRONG));
            let seen = match (t.first_seen, t.last_seen) {
                (Some(a), Some(b)) if a != b => {
                    format!("seen {} – {}", format_date(a), format_date(b))
                }
                (Some(a), _) | (None, Some(a)) => format!("seen {}", format_date(a)),
                (None, None) => "date not known".to_string(),
            };
            ui.label(
                RichText::new(seen)
                    .font(theme::font(12.0))
                    .color(theme::TEXT_WEAK),
            );
        });
    }

    if let Some(s) = stats {
        section(ui, "In the network");
        egui::Grid::new("official_stats")
            .num_columns(2)
            .spacing([14.0, 4.0])
            .show(ui, |ui| {
                let mut row = |k: &str, v: String| {
                    ui.label(RichText::new(k).color(theme::TEXT_WEAK));
                    ui.label(RichText::new(v).color(theme::TEXT_STRONG));
                    ui.end_row();
                };
                row("Meetings shown", s.meetings.to_string());
                row("Counterparts", s.counterparts.to_string());
                row(
                    "PageRank",
                    format!(
                        "#{} of {} ({:.3})",
                        s.pagerank_rank, s.officials, s.pagerank
                    ),
                );
                row(
                    "Connected to",
                    format!("{} officials", s.component_size.saturating_sub(1)),
                );
            });
    }

    let meetings: Vec<usize> = data.meetings_of(p).collect();
    let mut counterparts: Vec<(usize, usize)> = Vec::new();
    for &mi in &meetings {
        for &q in &data.meetings[mi].participants {
            if q == p {
                continue;
            }
            match counterparts.iter_mut().find(|(x, _)| *x == q) {
                Some(c) => c.1 += 1,
                None => counterparts.push((q, 1)),
            }
        }
    }
    counterparts.sort_by(|a, b| {
        b.1.cmp(&a.1)
            .then(data.officials[a.0].name.cmp(&data.officials[b.0].name))
    });
    section(ui, &format!("Counterparts ({})", counterparts.len()));
    for &(q, n) in counterparts.iter().take(40) {
        let other = &data.officials[q];
        ui.horizontal(|ui| {
            ui.spacing_mut().item_spacing.x = 6.0;
            let r = ui
                .add(
                    egui::Label::new(RichText::new(&other.name).color(theme::ACCENT))
                        .sense(Sense::click()),
                )
                .on_hover_cursor(egui::CursorIcon::PointingHand)
                .on_hover_text("Show this official");
            if r.clicked() {
                selection.official = Some(q);
            }
            if let Some(c) = &other.country {
                ui.label(
                    RichText::new(c)
                        .font(theme::font(12.5))
                        .color(theme::TEXT_WEAK),
                );
            }
            ui.label(
                RichText::new(format!("×{n}"))
                    .font(theme::font(12.5))
                    .color(theme::TEXT_WEAK),
            );
        });
    }
    if counterparts.len() > 40 {
        ui.label(
            RichText::new(format!("and {} more", counterparts.len() - 40))
                .small()
                .color(theme::TEXT_WEAK),
        );
    }

    section(ui, &format!("Meetings ({})", meetings.len()));
    for &mi in meetings.iter().take(200) {
        let m = &data.meetings[mi];
        let others: Vec<&str> = m
            .participants
            .iter()
            .filter(|&&q| q != p)
            .map(|&q| data.officials[q].name.as_str())
            .collect();
        let text = format!(
            "{} · with {} · {}",
            meeting_date(m),
            join_names(&others),
            m.kind.label()
        );
        let r = ui
            .add(
                egui::Label::new(RichText::new(text).color(theme::TEXT))
                    .sense(Sense::click())
                    .truncate(),
            )
            .on_hover_cursor(egui::CursorIcon::PointingHand);
        if r.clicked() {
            selection.meeting = Some(mi);
        }
    }
    if meetings.len() > 200 {
        ui.label(
            RichText::new(format!("and {} more", meetings.len() - 200))
                .small()
                .color(theme::TEXT_WEAK),
        );
    }
}

/// Returns the article to open when "Open article" was clicked.
fn meeting_details(
    ui: &mut Ui,
    data: &Dataset,
    m: &Meeting,
    selection: &mut Selection,
) -> Option<usize> {
    let mut open = None;
    if let Some(p) = selection.official.filter(|p| m.participants.contains(p))
        && let Some(o) = data.officials.get(p)
        && ui
            .link(RichText::new(format!("Back to {}", o.name)).small())
            .on_hover_text("Back to this official")
            .clicked()
    {
        selection.meeting = None;
        return None;
    }
    ui.horizontal(|ui| {
        let (fg, bg) = theme::kind_colors(m.kind);
        chip(ui, m.kind.label(), fg, bg);
        let date = m.date.map_or_else(|| "Undated".to_string(), format_date);
        ui.label(RichText::new(date).color(theme::TEXT));
    });
    ui.add_space(4.0);
    let names: Vec<&str> = m
        .participants
        .iter()
        .filter_map(|&p| data.officials.get(p))
        .map(|o| o.name.as_str())
        .collect();
    ui.label(
        RichText::new(join_names(&names))
            .font(theme::font(18.0))
            .color(theme::TEXT_STRONG),
    );

    section(ui, "Participants");
    for &p in &m.participants {
        let Some(o) = data.officials.get(p) else {
            continue;
        };
        let picked = selection.official == Some(p);
        ui.horizontal(|ui| {
            ui.spacing_mut().item_spacing.x = 6.0;
            let color = if picked {
                theme::ACCENT
            } else {
                theme::TEXT_STRONG
            };
            let name = ui
                .add(
                    egui::Label::new(RichText::new(&o.name).font(theme::font(15.0)).color(color))
                        .sense(Sense::click()),
                )
                .on_hover_cursor(egui::CursorIcon::PointingHand)
                .on_hover_text("Show this official's titles, counterparts and meetings");
            if name.clicked() {
                selection.official = Some(p);
                selection.meeting = None;
            }
            if let Some(c) = &o.country {
                ui.label(RichText::new(c).color(theme::TEXT_WEAK));
            }
        });
        titles_line(ui, o);
        if picked {
            let n = data.meetings_of(p).count();
            ui.label(
                RichText::new(format!(
                    "{n} meeting{} in this corpus",
                    if n == 1 { "" } else { "s" }
                ))
                .font(theme::font(12.5))
                .color(theme::ACCENT),
            );
        }
        ui.add_space(4.0);
    }

    section(ui, "Meeting");
    egui::Grid::new("facts")
        .num_columns(2)
        .spacing([14.0, 6.0])
        .show(ui, |ui| {
            let key = |ui: &mut Ui, k: &str| {
                ui.label(RichText::new(k).color(theme::TEXT_WEAK));
            };
            key(ui, "When");
            ui.vertical(|ui| {
                ui.spacing_mut().item_spacing.y = 1.0;
                ui.label(
                    RichText::new(m.date.map_or_else(|| "Undated".to_string(), format_date))
                        .color(theme::TEXT_STRONG),
                );
                ui.label(
                    RichText::new(capital(m.date_basis.describe()))
                        .font(theme::font(12.0))
                        .color(theme::TEXT_WEAK),
                );
            });
            ui.end_row();
            key(ui, "Where");
            match &m.place {
                Some(p) => ui.label(RichText::new(p).color(theme::TEXT_STRONG)),
                None => ui.label(RichText::new("Not stated").color(theme::TEXT_WEAK)),
            };
            ui.end_row();
            key(ui, "Kind");
            ui.label(RichText::new(m.kind.label()).color(theme::TEXT_STRONG));
            ui.end_row();
            key(ui, "Confidence");
            ui.horizontal(|ui| {
                let c = m.confidence.clamp(0.0, 1.0);
                ui.label(RichText::new(format!("{:.0}%", c * 100.0)).color(theme::TEXT_STRONG));
                let (rect, _) = ui.allocate_exact_size(egui::vec2(96.0, 6.0), Sense::hover());
                ui.painter().rect_filled(
                    rect,
                    CornerRadius::same(3),
                    egui::Color32::from_rgb(0xE6, 0xE9, 0xED),
                );
                let mut filled = rect;
                filled.set_width(rect.width() * c);
                ui.painter()
                    .rect_filled(filled, CornerRadius::same(3), theme::ACCENT);
            });
            ui.end_row();
        });

    section(ui, "Topics");
    if m.topics.is_empty() {
        ui.label(RichText::new("None recognised").color(theme::TEXT_WEAK));
    } else {
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing = egui::vec2(6.0, 6.0);
            for t in &m.topics {
                chip(
                    ui,
                    data.topic_label(t),
                    theme::TEXT,
                    egui::Color32::from_rgb(0xEE, 0xF0, 0xF3),
                );
            }
        });
    }

    section(ui, "Evidence");
    let needles = participant_names(data, m);
    let needles: Vec<&str> = needles.iter().map(String::as_str).collect();
    for e in &m.evidence {
        // Offsets stay valid: each line break is swapped for one space.
        let text: String = data.evidence_text(e).replace(['\n', '\r'], " ");
        let spans = find_spans(&text, &needles);
        egui::Frame::new()
            .fill(egui::Color32::from_rgb(0xF7, 0xF8, 0xFA))
            .stroke(Stroke::new(1.0, egui::Color32::from_rgb(0xE8, 0xEB, 0xEF)))
            .corner_radius(CornerRadius::same(6))
            .inner_margin(egui::Margin::symmetric(12, 10))
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                let width = ui.available_width();
                ui.label(highlighted(&text, &spans, width));
                if m.articles.len() > 1
                    && let Some(a) = data.corpus.articles.get(e.article)
                {
                    ui.add_space(2.0);
                    ui.label(
                        RichText::new(format!("— {}", a.title))
                            .small()
                            .color(theme::TEXT_WEAK),
                    );
                }
            });
        ui.add_space(6.0);
    }

    section(
        ui,
        if m.articles.len() == 1 {
            "Source"
        } else {
            "Sources"
        },
    );
    for &a in &m.articles {
        let Some(article) = data.corpus.articles.get(a) else {
            continue;
        };
        ui.label(RichText::new(&article.title).color(theme::TEXT_STRONG));
        let mut meta = Vec::new();
        if let Some(s) = &article.source {
            meta.push(s.clone());
        }
        if let Some(d) = article.published {
            meta.push(format!("published {}", format_date(d)));
        }
        if !meta.is_empty() {
            ui.label(
                RichText::new(meta.join(" · "))
                    .font(theme::font(12.5))
                    .color(theme::TEXT_WEAK),
            );
        }
        ui.label(
            RichText::new(&article.path)
                .font(theme::mono(11.5))
                .color(theme::TEXT_WEAK),
        );
        if let Some(url) = &article.url {
            ui.hyperlink_to(RichText::new(url).font(theme::font(12.5)), url);
        }
        ui.add_space(2.0);
        if super::reader::open_button(ui) {
            open = Some(a);
        }
        ui.add_space(6.0);
    }
    open
}

/// "A, B and C".
fn join_names(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// Names and aliases of the participants, longest first.
fn participant_names(data: &Dataset, m: &Meeting) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for &p in &m.participants {
        if let Some(o) = data.officials.get(p) {
            out.push(o.name.clone());
            out.extend(o.aliases.iter().cloned());
            // Articles mostly name people by surname after the first mention.
            if let Some(last) = o.name.split_whitespace().last()
                && last.chars().count() >= 4
                && last != o.name
            {
                out.push(last.to_string());
            }
        }
    }
    out.sort_by_key(|s| std::cmp::Reverse(s.len()));
    out.dedup();
    out
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}
