//! Window chrome: top bar, status bar, the loading and error screens, the skipped-files window.

use super::state::Corpus;
use super::{SummitryApp, theme};
use crate::load::Source;
use crate::model::Dataset;
use egui::{Align, Color32, CornerRadius, Layout, Margin, RichText, Stroke, Ui};
use std::path::PathBuf;
use std::sync::atomic::Ordering;

impl SummitryApp {
    pub(super) fn top_bar(&mut self, ui: &mut Ui) {
        let frame = egui::Frame::new()
            .fill(theme::SURFACE)
            .inner_margin(Margin::symmetric(theme::PAD_X, 10));
        egui::Panel::top("top_bar").frame(frame).show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.set_min_height(30.0);
                // Wordmark: a small mark and the name.
                let (mark, _) =
                    ui.allocate_exact_size(egui::vec2(14.0, 14.0), egui::Sense::hover());
                ui.painter()
                    .rect_filled(mark, CornerRadius::same(3), theme::ACCENT);
                ui.painter()
                    .circle_filled(mark.center(), 3.0, Color32::WHITE);
                ui.label(
                    RichText::new("Summitry")
                        .font(theme::font(18.0))
                        .color(theme::TEXT_STRONG)
                        .strong(),
                );
                ui.add_space(10.0);
                let (sep, _) = ui.allocate_exact_size(egui::vec2(1.0, 20.0), egui::Sense::hover());
                ui.painter().rect_filled(sep, 0, theme::BORDER);
                ui.add_space(8.0);
                ui.label(RichText::new("Corpus").small().color(theme::TEXT_FAINT));
                let label = self.source.label();
                ui.label(RichText::new(label).color(theme::TEXT))
                    .on_hover_text("The corpus shown");

                ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                    let dialog_open = self.dialog.is_some();
                    let open = ui
                        .add_enabled(
                            !dialog_open,
                            egui::Button::new(RichText::new("Open folder…").color(Color32::WHITE))
                                .fill(theme::ACCENT)
                                .stroke(Stroke::NONE),
                        )
                        .on_hover_text("Open a folder of articles (Ctrl+O)");
                    if open.clicked() {
                        self.open_folder_dialog();
                    }
                    let reload = ui
                        .add_enabled(!self.corpus.is_loading(), egui::Button::new("Reload"))
                        .on_hover_text("Read the corpus again (F5)");
                    if reload.clicked() {
                        self.reload();
                    }
                    self.export_menu(ui);
                    if dialog_open {
                        ui.label(
                            RichText::new("Choose a folder in the dialog…").color(theme::TEXT_WEAK),
                        );
                    }
                });
            });
            if self.prompt.visible {
                ui.add_space(8.0);
                self.path_prompt_row(ui);
            }
        });
    }

    fn path_prompt_row(&mut self, ui: &mut Ui) {
        let mut submit = None;
        ui.horizontal(|ui| {
            let label = ui.label(RichText::new("Folder path").color(theme::TEXT));
            let edit = ui
                .add(
                    egui::TextEdit::singleline(&mut self.prompt.text)
                        .hint_text("/path/to/articles")
                        .desired_width(420.0),
                )
                .labelled_by(label.id);
            let entered = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if ui.button("Open").clicked() || entered {
                submit = Some(self.prompt.text.trim().to_string());
            }
            if ui.button("Cancel").clicked() {
                self.prompt.visible = false;
            }
            if let Some(note) = &self.prompt.note {
                ui.label(RichText::new(note).small().color(theme::TEXT_WEAK));
            }
        });
        if let Some(path) = submit.filter(|p| !p.is_empty()) {
            self.prompt.visible = false;
            self.open(Source::Folder(PathBuf::from(path)));
        }
    }

    pub(super) fn status_bar(&mut self, ui: &mut Ui) {
        let frame = egui::Frame::new()
            .fill(Color32::from_rgb(0xFA, 0xFB, 0xFC))
            .inner_margin(Margin::symmetric(theme::PAD_X, 6));
        let data = self.corpus.dataset().cloned();
        egui::Panel::bottom("status_bar").frame(frame).show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.spacing_mut().item_spacing.x = 6.0;
                match (&self.corpus, &data) {
                    (Corpus::Loading(_), _) => {
                        ui.label(RichText::new("Loading…").small().color(theme::TEXT_WEAK));
                    }
                    (_, Some(data)) => self.counts(ui, data),
                    (_, None) => {
                        ui.label(RichText::new("Nothing loaded").small().color(theme::TEXT_WEAK));
                    }
                }
                let status = self.export_status().cloned();
                ui.with_layout(Layout::right_to_left(Align::Center), |ui| match status {
                    Some(s) => {
                        let color = if s.error { theme::ERROR } else { theme::ACCENT };
                        ui.add(egui::Label::new(RichText::new(s.message).small().color(color)).truncate());
                    }
                    None => {
                        ui.label(
                            RichText::new("Ctrl+O open · F5 reload · Ctrl+Shift+S screenshot · Esc clear selection")
                                .small()
                                .color(theme::TEXT_FAINT),
                        );
                    }
                });
            });
        });
    }

    fn counts(&mut self, ui: &mut Ui, data: &Dataset) {
        let dot = |ui: &mut Ui| {
            ui.label(RichText::new("·").small().color(theme::TEXT_FAINT));
        };
        let text = |s: String| RichText::new(s).small().color(theme::TEXT);
        ui.label(text(format!("{} articles", data.corpus.articles.len())));
        dot(ui);
        ui.label(text(format!("{} officials", data.officials.len())));
        dot(ui);
        ui.label(text(format!("{} meetings", data.meetings.len())));
        dot(ui);
        let skipped = data.corpus.skipped.len();
        let label = format!("{skipped} skipped");
        if skipped == 0 {
            ui.label(text(label));
        } else {
            let r = ui
                .add(
                    egui::Button::new(RichText::new(label).small().color(theme::WARN).underline())
                        .frame(false),
                )
                .on_hover_ui(|ui| {
                    ui.label(RichText::new("Skipped files").strong());
                    for s in data.corpus.skipped.iter().take(12) {
                        ui.label(RichText::new(format!("{}: {}", s.path, s.reason)).small());
                    }
                    if skipped > 12 {
                        ui.label(
                            RichText::new(format!("and {} more: click to see all", skipped - 12))
                                .small(),
                        );
                    }
                });
            if r.clicked() {
                self.show_problems = !self.show_problems;
            }
        }
        let warnings = data.corpus.warnings.len();
        if warnings > 0 {
            dot(ui);
            let r = ui
                .add(
                    egui::Button::new(
                        RichText::new(plural(warnings, "warning", "warnings"))
                            .small()
                            .color(theme::WARN)
                            .underline(),
                    )
                    .frame(false),
                )
                .on_hover_ui(|ui| {
                    for w in data.corpus.warnings.iter().take(12) {
                        ui.label(RichText::new(w).small());
                    }
                });
            if r.clicked() {
                self.show_problems = !self.show_problems;
            }
        }
        dot(ui);
        ui.label(text(format!("loaded in {} ms", data.load_time.as_millis())));
    }

    pub(super) fn problems_window(&mut self, ctx: &egui::Context) {
        if !self.show_problems {
            return;
        }
        let Some(data) = self.corpus.dataset().cloned() else {
            self.show_problems = false;
            return;
        };
        let mut open = true;
        egui::Window::new("Skipped files and warnings")
            .open(&mut open)
            .collapsible(false)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .default_width(560.0)
            .default_height(360.0)
            .show(ctx, |ui| {
                egui::ScrollArea::vertical()
                    .auto_shrink([false, true])
                    .show(ui, |ui| {
                        if !data.corpus.skipped.is_empty() {
                            ui.label(
                                RichText::new(format!(
                                    "{} skipped files",
                                    data.corpus.skipped.len()
                                ))
                                .strong(),
                            );
                            egui::Grid::new("skipped")
                                .num_columns(2)
                                .striped(true)
                                .spacing([16.0, 4.0])
                                .show(ui, |ui| {
                                    for s in &data.corpus.skipped {
                                        ui.label(RichText::new(&s.path).font(theme::mono(12.0)));
                                        ui.label(&s.reason);
                                        ui.end_row();
                                    }
                                });
                        }
                        if !data.corpus.warnings.is_empty() {
                            ui.add_space(10.0);
                            ui.label(
                                RichText::new(plural(
                                    data.corpus.warnings.len(),
                                    "warning",
                                    "warnings",
                                ))
                                .strong(),
                            );
                            for w in &data.corpus.warnings {
                                ui.label(w);
                            }
                        }
                    });
            });
        self.show_problems = open;
    }

    /// The central area when there is nothing to list: loading progress or what went wrong.
    pub(super) fn central_placeholder(&mut self, ui: &mut Ui) {
        let top = (ui.available_height() * 0.28).max(24.0);
        match &self.corpus {
            Corpus::Loading(loading) => {
                let (stage, fraction) = loading.progress.snapshot();
                let done = loading.progress.done.load(Ordering::Relaxed);
                let total = loading.progress.total.load(Ordering::Relaxed);
                let label = self.source.label();
                ui.vertical_centered(|ui| {
                    ui.add_space(top);
                    ui.label(
                        RichText::new(format!("Opening {label}"))
                            .font(theme::font(17.0))
                            .color(theme::TEXT_STRONG),
                    );
                    ui.add_space(14.0);
                    ui.label(RichText::new(format!("{stage}…")).color(theme::TEXT));
                    ui.add_space(4.0);
                    ui.add(
                        egui::ProgressBar::new(fraction)
                            .desired_width(420.0)
                            .desired_height(8.0)
                            .fill(theme::ACCENT)
                            .corner_radius(CornerRadius::same(4)),
                    );
                    ui.add_space(4.0);
                    let count = if total > 0 {
                        format!("{done} of {total} · ")
                    } else {
                        String::new()
                    };
                    ui.label(
                        RichText::new(format!("{count}{:.0}%", fraction * 100.0))
                            .small()
                            .color(theme::TEXT_WEAK),
                    );
                });
            }
            Corpus::Failed { message, .. } => {
                let message = message.clone();
                let mut action = None;
                ui.vertical_centered(|ui| {
                    ui.add_space(top);
                    egui::Frame::new()
                        .fill(theme::SURFACE)
                        .stroke(Stroke::new(1.0, theme::BORDER))
                        .corner_radius(CornerRadius::same(10))
                        .inner_margin(Margin::same(24))
                        .show(ui, |ui| {
                            ui.set_width(540.0);
                            ui.with_layout(Layout::top_down(Align::Min), |ui| {
                                ui.label(
                                    RichText::new("Couldn’t open this corpus")
                                        .font(theme::font(18.0))
                                        .color(theme::ERROR)
                                        .strong(),
                                );
                                ui.add_space(6.0);
                                egui::Frame::new()
                                    .fill(theme::ERROR_SOFT)
                                    .corner_radius(CornerRadius::same(6))
                                    .inner_margin(Margin::symmetric(10, 8))
                                    .show(ui, |ui| {
                                        ui.set_width(ui.available_width());
                                        ui.label(RichText::new(&message).color(theme::TEXT_STRONG));
                                    });
                                ui.add_space(14.0);
                                ui.label(
                                    RichText::new("Try another folder")
                                        .color(theme::TEXT_WEAK)
                                        .small(),
                                );
                                ui.horizontal(|ui| {
                                    let edit = ui.add(
                                        egui::TextEdit::singleline(&mut self.retry_path)
                                            .hint_text("/path/to/articles")
                                            .desired_width(340.0),
                                    );
                                    let edit = edit.on_hover_text("Folder path");
                                    let entered = edit.lost_focus()
                                        && ui.input(|i| i.key_pressed(egui::Key::Enter));
                                    if ui.button("Open").clicked() || entered {
                                        let p = self.retry_path.trim();
                                        if !p.is_empty() {
                                            action = Some(Source::Folder(PathBuf::from(p)));
                                        }
                                    }
                                    if ui.button("Browse…").clicked() {
                                        self.open_folder_dialog();
                                    }
                                });
                                ui.add_space(8.0);
                                if ui.link("Open the sample corpus instead").clicked() {
                                    action = Some(Source::Sample);
                                }
                            });
                        });
                });
                if let Some(source) = action {
                    self.open(source);
                }
            }
            Corpus::Ready(_) => {}
        }
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
