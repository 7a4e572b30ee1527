//! The desktop app (egui). It never reads or parses articles itself: it calls [`crate::load::open`]
//! on a background thread and shows the [`crate::model::Dataset`] it returns.
//!
//! Layout: top bar (open, reload, corpus), status bar (counts, skipped files), the "Filters" panel
//! on the left, the "Details" panel on the right and, in the middle, the views as tabs (meeting
//! list, timeline) with playback. Every view shows [`SummitryApp::filtered`] and shares
//! [`Selection`]. [`SummitryApp::show`] draws everything into a `Ui`, so tests drive it with
//! `egui_kittest` without eframe.

mod chrome;
mod details;
mod exports;
mod filters_panel;
pub mod graph_view;
mod meetings_view;
pub mod palette;
mod playback;
mod reader;
mod screenshot;
pub mod state;
mod theme;
pub mod timeline_view;
mod widgets;

use crate::load::Source;
use crate::model::Dataset;
use crate::model::filter::{Facets, Filter, FilteredView};
pub use exports::{ExportKind, ExportStatus};
use filters_panel::FiltersPanel;
use meetings_view::MeetingsView;
use palette::CountryPalette;
use playback::Playback;
pub use state::Selection;
use state::{Corpus, DialogOutcome, FolderDialog, Waker};
use std::path::PathBuf;
use std::sync::Arc;
use timeline_view::TimelineView;

const STORAGE_LAST_FOLDER: &str = "last_folder";
const STORAGE_UI: &str = "ui_state";

/// The central area's views, shown as tabs; they share [`Selection`] and the filter.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum View {
    #[default]
    Meetings,
    Network,
    Timeline,
}

impl View {
    pub const ALL: [View; 3] = [View::Meetings, View::Network, View::Timeline];
    pub fn label(self) -> &'static str {
        match self {
            View::Meetings => "Meetings",
            View::Network => "Network",
            View::Timeline => "Timeline",
        }
    }
}

/// What a run starts with besides the corpus (from the command line).
#[derive(Clone, Debug, Default)]
pub struct Launch {
    /// Replaces the saved filter when set. Country and topic names are matched to the corpus's
    /// (case-insensitively; topics by id or label) once it has loaded.
    pub filter: Option<Filter>,
    pub view: Option<View>,
    pub screenshot: Option<PathBuf>,
}

/// What persists between runs besides the last folder.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
struct UiState {
    filter: Filter,
    filters_open: Option<bool>,
    view: View,
    lanes: timeline_view::LaneMode,
    colors: timeline_view::ColorMode,
    playback: Playback,
}

/// Typed folder path, for when no native dialog is available (and in the error view).
#[derive(Default)]
struct PathPrompt {
    visible: bool,
    text: String,
    note: Option<String>,
}

pub struct SummitryApp {
    source: Source,
    corpus: Corpus,
    selection: Selection,
    /// The filter every view shows, and its result for the current dataset.
    filter: Filter,
    filtered: FilteredView,
    /// The filter `filtered` was computed for (None: stale).
    filtered_for: Option<Filter>,
    /// Per-facet counts for the filters panel, and the filter they were computed for.
    facets: Facets,
    facets_for: Option<Filter>,
    /// Country colours and meeting counts of the loaded corpus (by dataset address).
    palette: (usize, CountryPalette),
    countries: Vec<(String, usize)>,
    /// Names from the command line still to be matched to the corpus.
    resolve_names: bool,
    /// Bumped whenever `filtered` is recomputed, so views know to rebuild.
    filtered_generation: u64,
    view: View,
    waker: Waker,
    styled: bool,
    meetings: MeetingsView,
    timeline: TimelineView,
    filters_panel: FiltersPanel,
    filters_open: bool,
    playback: Playback,
    reader: Option<reader::Reader>,
    focus_search: bool,
    graph: graph_view::GraphView,
    dialog: Option<FolderDialog>,
    prompt: PathPrompt,
    /// Path field of the error view.
    retry_path: String,
    last_folder: Option<PathBuf>,
    show_problems: bool,
    screenshot: Option<screenshot::Job>,
    exports: exports::Exports,
}

impl SummitryApp {
    /// Starts opening `source` on a background thread. Works without eframe (tests).
    pub fn new(source: Source) -> Self {
        let waker = Waker::default();
        let corpus = Corpus::start(&source, &waker);
        let last_folder = match &source {
            Source::Folder(p) => Some(p.clone()),
            Source::Sample | Source::Synthetic(_) => None,
        };
        SummitryApp {
            source,
            corpus,
            selection: Selection::default(),
            filter: Filter::default(),
            filtered: FilteredView::default(),
            filtered_for: None,
            facets: Facets::default(),
            facets_for: None,
            palette: (0, CountryPalette::default()),
            countries: Vec::new(),
            resolve_names: false,
            filtered_generation: 0,
            view: View::default(),
            waker,
            styled: false,
            meetings: MeetingsView::default(),
            timeline: TimelineView::default(),
            filters_panel: FiltersPanel::default(),
            filters_open: true,
            playback: Playback::default(),
            reader: None,
            focus_search: false,
            graph: graph_view::GraphView::default(),
            dialog: None,
            prompt: PathPrompt::default(),
            retry_path: String::new(),
            last_folder,
            show_problems: false,
            screenshot: None,
            exports: exports::Exports::default(),
        }
    }

    /// An app showing an already extracted dataset (benchmarks, tests at scale).
    pub fn with_dataset(data: Dataset) -> Self {
        let mut app = SummitryApp::new(Source::Sample);
        app.corpus = Corpus::Ready(Arc::new(data));
        app.filtered_for = None;
        app
    }

    /// Starts with this filter (names are matched to the corpus once it has loaded).
    pub fn with_filter(mut self, filter: Filter) -> Self {
        self.filter = filter;
        self.resolve_names = true;
        self.filtered_for = None;
        self
    }

    pub fn with_view(mut self, view: View) -> Self {
        self.view = view;
        self
    }

    /// The app as the command line asks for it.
    pub fn with_launch(self, launch: &Launch) -> Self {
        let mut app = self;
        if let Some(f) = &launch.filter {
            app = app.with_filter(f.clone());
        }
        if let Some(v) = launch.view {
            app = app.with_view(v);
        }
        app
    }

    pub fn set_view(&mut self, view: View) {
        self.view = view;
    }

    pub fn filters_open(&self) -> bool {
        self.filters_open
    }

    pub fn is_playing(&self) -> bool {
        self.playback.playing
    }

    /// The timeline's state (its lanes and last frame's geometry), for tests.
    pub fn timeline(&self) -> &TimelineView {
        &self.timeline
    }

    pub fn timeline_mut(&mut self) -> &mut TimelineView {
        &mut self.timeline
    }

    /// The article open in the reader window, if any.
    pub fn reader_article(&self) -> Option<usize> {
        self.reader.as_ref().map(|r| r.article)
    }

    /// Per-country, topic and kind counts as the filters panel shows them.
    pub fn facets(&mut self) -> &Facets {
        self.refresh_filtered();
        &self.facets
    }

    /// True until the background load has finished (successfully or not).
    pub fn is_loading(&self) -> bool {
        self.corpus.is_loading()
    }

    /// The loaded dataset, once loading succeeded.
    pub fn dataset(&self) -> Option<&Dataset> {
        match &self.corpus {
            Corpus::Ready(d) => Some(d),
            _ => None,
        }
    }

    /// The message shown when the corpus could not be opened.
    pub fn error(&self) -> Option<&str> {
        match &self.corpus {
            Corpus::Failed { message, .. } => Some(message),
            _ => None,
        }
    }

    pub fn source(&self) -> &Source {
        &self.source
    }

    pub fn selection(&self) -> Selection {
        self.selection
    }

    pub fn selection_mut(&mut self) -> &mut Selection {
        &mut self.selection
    }

    pub fn filter(&self) -> &Filter {
        &self.filter
    }

    /// Changing the filter re-filters every view on the next frame.
    pub fn filter_mut(&mut self) -> &mut Filter {
        &mut self.filter
    }

    /// What the views show: the dataset through the current filter (recomputed when stale).
    pub fn filtered(&mut self) -> &FilteredView {
        self.refresh_filtered();
        &self.filtered
    }

    fn refresh_filtered(&mut self) {
        if let (true, Corpus::Ready(d)) = (self.resolve_names, &self.corpus) {
            self.resolve_names = false;
            for warning in self.filter.resolve_names(d) {
                eprintln!("warning: {warning}");
            }
        }
        if self.filtered_for.as_ref() == Some(&self.filter) {
            return;
        }
        if let Corpus::Ready(d) = &self.corpus {
            self.filtered = self.filter.apply(d);
            self.filtered_for = Some(self.filter.clone());
            // While playing, the panel is not the point and the counts can wait.
            if !self.playback.playing || self.facets_for.is_none() {
                self.facets = self.filter.facets(d);
                self.facets_for = Some(self.filter.clone());
            }
        } else {
            self.filtered = FilteredView::default();
            self.facets = Facets::default();
        }
        self.filtered_generation += 1;
    }

    pub fn view(&self) -> View {
        self.view
    }

    /// The network view's state (node positions, ego network, layout progress).
    pub fn network(&self) -> &graph_view::GraphView {
        &self.graph
    }

    /// Where an official's node is on screen in the network view (as of the last frame).
    pub fn node_screen_pos(&self, official: usize) -> Option<egui::Pos2> {
        (self.view == View::Network)
            .then(|| self.graph.node_screen_pos(official))
            .flatten()
    }

    /// False while the current view is still animating (the network layout settling).
    pub fn view_settled(&self) -> bool {
        self.view != View::Network || self.graph.is_settled()
    }

    /// The folder most recently opened, remembered across runs.
    pub fn last_folder(&self) -> Option<&std::path::Path> {
        self.last_folder.as_deref()
    }

    /// Opens another corpus (replacing the current one) on the background thread.
    pub fn open(&mut self, source: Source) {
        self.source = source;
        self.reload();
    }

    /// Reads the current corpus again.
    pub fn reload(&mut self) {
        self.selection.clear();
        self.show_problems = false;
        self.meetings = MeetingsView::default();
        self.timeline.reset();
        self.playback.stop();
        self.reader = None;
        self.graph = graph_view::GraphView::default();
        self.corpus = Corpus::start(&self.source, &self.waker);
        self.filtered_for = None;
        self.facets_for = None;
    }

    /// Shows the native folder dialog on its own thread.
    pub fn open_folder_dialog(&mut self) {
        if self.dialog.is_some() {
            return;
        }
        match FolderDialog::spawn(self.last_folder.clone(), &self.waker) {
            Some(d) => self.dialog = Some(d),
            None => self.show_path_prompt(Some("The folder dialog could not be started.".into())),
        }
    }

    fn show_path_prompt(&mut self, note: Option<String>) {
        self.prompt.visible = true;
        self.prompt.note = note;
        if self.prompt.text.is_empty()
            && let Some(f) = &self.last_folder
        {
            self.prompt.text = f.display().to_string();
        }
    }

    /// Draws the whole app into `ui` (the root of the window).
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if !self.styled {
            theme::apply(&ctx);
            self.styled = true;
        }
        self.waker.set(&ctx);
        self.poll_background();
        self.poll_exports(&ctx);
        self.handle_shortcuts(ui);

        if self.corpus.is_loading() {
            // Progress comes from atomics, not events: look again soon.
            ctx.request_repaint_after(std::time::Duration::from_millis(30));
        }

        if let Corpus::Ready(d) = &self.corpus {
            let d = Arc::clone(d);
            self.playback.tick(&ctx, &d, &mut self.filter);
        }
        self.refresh_filtered();
        self.top_bar(ui);
        self.status_bar(ui);
        let data = match &self.corpus {
            Corpus::Ready(d) => Some(Arc::clone(d)),
            _ => None,
        };
        if let Some(data) = &data {
            if self.palette.0 != Arc::as_ptr(data) as usize {
                self.palette = (Arc::as_ptr(data) as usize, CountryPalette::new(data));
                self.countries = data.country_counts();
            }
            let shown = self.filtered.meetings.len();
            let (facets, palette, countries) = (&self.facets, &self.palette.1, &self.countries);
            let (panel, filter) = (&mut self.filters_panel, &mut self.filter);
            egui::Panel::left("filters")
                .resizable(true)
                .default_size(270.0)
                .size_range(220.0..=420.0)
                .frame(
                    egui::Frame::new()
                        .fill(theme::SURFACE)
                        .inner_margin(egui::Margin::symmetric(14, 12)),
                )
                .show_collapsible(ui, &mut self.filters_open, |ui| {
                    panel.show(
                        ui,
                        data,
                        filter,
                        filters_panel::Counts {
                            facets,
                            countries,
                            shown,
                        },
                        palette,
                    )
                });
            if std::mem::take(&mut self.focus_search) {
                ctx.memory_mut(|m| m.request_focus(filters_panel::search_id()));
            }
            let open = egui::Panel::right("details")
                .resizable(true)
                .default_size(390.0)
                .size_range(300.0..=640.0)
                .frame(
                    egui::Frame::new()
                        .fill(theme::SURFACE)
                        .inner_margin(egui::Margin::symmetric(18, 12)),
                )
                .show(ui, |ui| {
                    let stats = self.selection.official.and_then(|o| self.graph.stats(o));
                    details::show(ui, data, &self.palette.1, &mut self.selection, stats)
                })
                .inner;
            if let Some(r) = open {
                self.reader = Some(r);
            }
        }
        let central = egui::CentralPanel::default()
            .frame(
                egui::Frame::new()
                    .fill(theme::APP_BG)
                    .inner_margin(egui::Margin::symmetric(20, 14)),
            )
            .show(ui, |ui| match &data {
                Some(data) => {
                    self.view_bar(ui, data);
                    ui.add_space(10.0);
                    self.refresh_filtered();
                    match self.view {
                        View::Meetings => {
                            if !ui.ctx().egui_wants_keyboard_input() {
                                self.meetings.handle_keys(
                                    ui,
                                    &self.filtered.meetings,
                                    &mut self.selection,
                                );
                            }
                            self.meetings.show(
                                ui,
                                data,
                                &self.filtered.meetings,
                                &mut self.selection,
                            )
                        }
                        View::Network => self.graph.show(
                            ui,
                            data,
                            &self.filtered,
                            self.filtered_generation,
                            &mut self.selection,
                        ),
                        View::Timeline => {
                            let shown = self.filtered.meetings.len();
                            self.timeline.show(
                                ui,
                                data,
                                &mut self.filter,
                                shown,
                                &mut self.selection,
                            )
                        }
                    }
                }
                None => self.central_placeholder(ui),
            });
        self.exports.central = Some(central.response.rect);
        if let Some(data) = &data {
            reader::show(&ctx, data, &mut self.reader);
        }
        self.problems_window(&ctx);
    }

    /// Tabs for the views on the left, playback on the right; below them the date range, when
    /// one is set, with a way to clear it.
    fn view_bar(&mut self, ui: &mut egui::Ui, data: &Arc<Dataset>) {
        use egui::RichText;
        let mut playback_shown = false;
        ui.horizontal(|ui| {
            ui.set_min_height(30.0);
            let toggle = egui::Button::selectable(
                self.filters_open,
                RichText::new("Filters").color(theme::TEXT),
            );
            if ui
                .add(toggle)
                .on_hover_text("Show or hide the filters panel")
                .clicked()
            {
                self.filters_open = !self.filters_open;
            }
            ui.add_space(4.0);
            for v in View::ALL {
                let on = self.view == v;
                let text = RichText::new(v.label())
                    .font(theme::font(16.0))
                    .color(if on {
                        theme::TEXT_STRONG
                    } else {
                        theme::TEXT_WEAK
                    });
                let text = if on { text.strong() } else { text };
                let r = ui.add(egui::Button::selectable(on, text).frame_when_inactive(false));
                if on {
                    let rect = r.rect;
                    ui.painter().hline(
                        rect.x_range().shrink(6.0),
                        rect.bottom() + 2.0,
                        egui::Stroke::new(2.0, theme::ACCENT),
                    );
                }
                if r.clicked() {
                    self.view = v;
                }
            }
            // Playback shares the row only when the tabs leave it room.
            if ui.available_width() >= 300.0 {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    self.playback.controls(ui, data, &mut self.filter);
                });
                playback_shown = true;
            }
        });
        if !playback_shown {
            ui.horizontal(|ui| {
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    self.playback.controls(ui, data, &mut self.filter);
                });
            });
        }
        if self.filter.from.is_some() || self.filter.to.is_some() {
            ui.horizontal(|ui| {
                let text = match (self.filter.from, self.filter.to) {
                    (Some(a), Some(b)) => {
                        format!("{} – {}", widgets::format_date(a), widgets::format_date(b))
                    }
                    (Some(a), None) => format!("from {}", widgets::format_date(a)),
                    (None, Some(b)) => format!("until {}", widgets::format_date(b)),
                    (None, None) => String::new(),
                };
                let what = if self.playback.playing {
                    "Playing"
                } else {
                    "Dates"
                };
                ui.add(
                    egui::Label::new(RichText::new(what).small().color(theme::TEXT_WEAK))
                        .selectable(false),
                );
                ui.add(
                    egui::Label::new(RichText::new(text).color(theme::ACCENT)).selectable(false),
                );
                if !self.playback.playing
                    && ui
                        .small_button("Clear range")
                        .on_hover_text("Show all dates again")
                        .clicked()
                {
                    self.filter.from = None;
                    self.filter.to = None;
                }
            });
        }
    }

    fn poll_background(&mut self) {
        if self.corpus.poll(&self.source) {
            self.filtered_for = None;
            if let (Corpus::Ready(_), Source::Folder(p)) = (&self.corpus, &self.source) {
                self.last_folder = Some(p.clone());
            }
            if let Corpus::Failed { .. } = self.corpus
                && self.retry_path.is_empty()
            {
                self.retry_path = match &self.source {
                    Source::Folder(p) => p.display().to_string(),
                    Source::Sample | Source::Synthetic(_) => String::new(),
                };
            }
        }
        if let Some(outcome) = self.dialog.as_ref().and_then(FolderDialog::poll) {
            self.dialog = None;
            match outcome {
                DialogOutcome::Picked(path) => {
                    self.prompt.visible = false;
                    self.open(Source::Folder(path));
                }
                DialogOutcome::Cancelled => {}
                DialogOutcome::Unavailable => self.show_path_prompt(Some(
                    "No folder dialog is available here: type the folder path.".into(),
                )),
            }
        }
    }

    fn handle_shortcuts(&mut self, ui: &egui::Ui) {
        use egui::{Key, KeyboardShortcut, Modifiers};
        let typing = ui.ctx().egui_wants_keyboard_input();
        let (open, reload, escape, find, space, shot) = ui.input_mut(|i| {
            (
                i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::O)),
                i.consume_key(Modifiers::NONE, Key::F5),
                !typing && i.key_pressed(Key::Escape),
                i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::F)),
                !typing && i.consume_key(Modifiers::NONE, Key::Space),
                i.consume_shortcut(&KeyboardShortcut::new(
                    Modifiers::COMMAND | Modifiers::SHIFT,
                    Key::S,
                )),
            )
        });
        if shot && self.dataset().is_some() {
            self.start_export(ui.ctx(), ExportKind::Screenshot);
        }
        if find {
            self.filters_open = true;
            self.focus_search = true;
        }
        if space && let Corpus::Ready(d) = &self.corpus {
            let d = Arc::clone(d);
            self.playback.toggle(&d, &mut self.filter);
        }
        if open {
            self.open_folder_dialog();
        }
        if reload && !self.corpus.is_loading() {
            self.reload();
        }
        if escape {
            if self.show_problems {
                self.show_problems = false;
            } else if self.reader.is_some() {
                self.reader = None;
            } else {
                self.selection.clear();
            }
        }
    }
}

impl SummitryApp {
    fn ui_state(&self) -> UiState {
        let mut filter = self.filter.clone();
        if self.playback.playing {
            // The moving window is not a choice the user made.
            filter.from = None;
            filter.to = None;
        }
        UiState {
            filter,
            filters_open: Some(self.filters_open),
            view: self.view,
            lanes: self.timeline.lane_mode,
            colors: self.timeline.color_mode,
            playback: self.playback.clone(),
        }
    }

    fn restore(&mut self, state: UiState) {
        self.filter = state.filter;
        self.filtered_for = None;
        self.filters_open = state.filters_open.unwrap_or(true);
        self.view = state.view;
        self.timeline.lane_mode = state.lanes;
        self.timeline.color_mode = state.colors;
        self.playback = state.playback;
    }
}

impl eframe::App for SummitryApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
        let loaded = !self.corpus.is_loading() && self.view_settled();
        if let Some(job) = &mut self.screenshot {
            job.after_frame(ui.ctx(), loaded);
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        if self.screenshot.is_some() {
            return;
        }
        if let Some(f) = &self.last_folder {
            storage.set_string(STORAGE_LAST_FOLDER, f.display().to_string());
        }
        eframe::set_value(storage, STORAGE_UI, &self.ui_state());
    }

    fn clear_color(&self, _visuals: &egui::Visuals) -> [f32; 4] {
        theme::APP_BG.to_normalized_gamma_f32()
    }
}

/// Starts the window. Returns the process exit code.
pub fn run(source: Source, launch: Launch) -> i32 {
    let screenshot = launch.screenshot.clone();
    let exit = Arc::new(std::sync::atomic::AtomicI32::new(0));
    let viewport = egui::ViewportBuilder::default()
        .with_title("Summitry")
        .with_app_id("summitry")
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([760.0, 480.0]);
    let options = eframe::NativeOptions {
        viewport,
        // A screenshot is always taken at the default size.
        persist_window: screenshot.is_none(),
        ..Default::default()
    };
    let app_exit = Arc::clone(&exit);
    let result = eframe::run_native(
        "Summitry",
        options,
        Box::new(move |cc| {
            let mut app = SummitryApp::new(source);
            // A scripted screenshot shows only what its command line asks for.
            if screenshot.is_none()
                && let Some(storage) = cc.storage
                && let Some(state) = eframe::get_value::<UiState>(storage, STORAGE_UI)
            {
                app.restore(state);
            }
            let mut app = app.with_launch(&launch);
            app.waker.set(&cc.egui_ctx);
            if app.last_folder.is_none()
                && let Some(storage) = cc.storage
                && let Some(folder) = storage.get_string(STORAGE_LAST_FOLDER)
            {
                app.last_folder = Some(PathBuf::from(folder));
            }
            if let Some(path) = screenshot {
                app.screenshot = Some(screenshot::Job::new(path, app_exit));
            }
            Ok(Box::new(app))
        }),
    );
    match result {
        Ok(()) => exit.load(std::sync::atomic::Ordering::SeqCst),
        Err(e) => {
            eprintln!("error: cannot start the window: {e}");
            1
        }
    }
}
