//! The article reader: a window with the article's full text and the sentences that state the
//! selected meeting highlighted (scrolled into view when it opens).

use super::theme;
use super::widgets::format_date;
use crate::model::Dataset;
use egui::text::{LayoutJob, TextFormat};
use egui::{RichText, Ui};

pub struct Reader {
    /// Index into `Dataset::corpus.articles`.
    pub article: usize,
    /// The meeting whose evidence is highlighted.
    pub meeting: Option<usize>,
    scrolled: bool,
}

impl Reader {
    pub fn new(article: usize, meeting: Option<usize>) -> Reader {
        Reader {
            article,
            meeting,
            scrolled: false,
        }
    }
}

/// Shows the reader; sets `reader` to None when the window is closed.
pub fn show(ctx: &egui::Context, data: &Dataset, reader: &mut Option<Reader>) {
    let Some(r) = reader.as_mut() else { return };
    let Some(article) = data.corpus.articles.get(r.article) else {
        *reader = None;
        return;
    };
    let mut open = true;
    egui::Window::new(RichText::new("Article").strong())
        .id(egui::Id::unique("article_reader"))
        .open(&mut open)
        .default_size([620.0, 560.0])
        .default_pos(ctx.content_rect().center() - egui::vec2(310.0, 300.0))
        .collapsible(false)
        .show(ctx, |ui| {
            ui.label(
                RichText::new(&article.title)
                    .font(theme::font(18.0))
                    .color(theme::TEXT_STRONG),
            );
            let mut meta = Vec::new();
            if let Some(s) = &article.source {
                meta.push(s.clone());
            }
            if let Some(d) = article.published {
                meta.push(format!("published {}", format_date(d)));
            }
            meta.push(article.path.clone());
            ui.label(
                RichText::new(meta.join(" · "))
                    .small()
                    .color(theme::TEXT_WEAK),
            );
            if let Some(url) = &article.url {
                ui.hyperlink_to(RichText::new(url).small(), url);
            }
            ui.separator();
            let spans: Vec<std::ops::Range<usize>> = r
                .meeting
                .and_then(|m| data.meetings.get(m))
                .map(|m| {
                    m.evidence
                        .iter()
                        .filter(|e| e.article == r.article)
                        .map(|e| e.start..e.end)
                        .collect()
                })
                .unwrap_or_default();
            if !spans.is_empty() {
                ui.label(
                    RichText::new(format!(
                        "{} highlighted sentence{} state the meeting",
                        spans.len(),
                        if spans.len() == 1 { "" } else { "s" }
                    ))
                    .small()
                    .color(theme::TEXT_WEAK),
                );
            }
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    let width = ui.available_width();
                    let job = article_job(&article.text, &spans, width);
                    let galley = ui.fonts_mut(|f| f.layout_job(job));
                    let first = spans.first().map(|s| {
                        article.text[..s.start.min(article.text.len())]
                            .chars()
                            .count()
                    });
                    let resp = ui.label(galley.clone());
                    resp.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::Label, true, "Article text")
                    });
                    if !r.scrolled {
                        r.scrolled = true;
                        if let Some(c) = first {
                            let at = galley.pos_from_cursor(egui::text::CCursor::new(c));
                            ui.scroll_to_rect(
                                at.translate(resp.rect.min.to_vec2()),
                                Some(egui::Align::Center),
                            );
                        }
                    }
                });
        });
    if !open {
        *reader = None;
    }
}

fn article_job(text: &str, spans: &[std::ops::Range<usize>], width: f32) -> LayoutJob {
    let plain = TextFormat {
        font_id: theme::font(14.5),
        color: theme::TEXT,
        line_height: Some(22.0),
        ..Default::default()
    };
    let marked = TextFormat {
        color: theme::TEXT_STRONG,
        background: theme::HIGHLIGHT,
        ..plain.clone()
    };
    let mut job = LayoutJob::default();
    job.wrap.max_width = width;
    let mut sorted: Vec<_> = spans
        .iter()
        .filter(|s| s.start < s.end && s.end <= text.len())
        .cloned()
        .collect();
    sorted.sort_by_key(|s| s.start);
    let mut at = 0;
    for s in sorted {
        if s.start < at || !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end) {
            continue;
        }
        job.append(&text[at..s.start], 0.0, plain.clone());
        job.append(&text[s.clone()], 0.0, marked.clone());
        at = s.end;
    }
    job.append(&text[at..], 0.0, plain);
    job
}

/// The "Open article" button of the details panel.
pub fn open_button(ui: &mut Ui) -> bool {
    ui.button("Open article")
        .on_hover_text("Read the whole article with the evidence highlighted")
        .clicked()
}
