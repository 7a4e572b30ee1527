//! The desktop app (egui). It never reads or parses articles itself: it calls [`crate::load::open`]
//! on a background thread and shows the [`crate::model::Dataset`] it returns.
//!
//! Layout: top bar (open, reload, corpus), status bar (counts, skipped files), the "Details"
//! side panel and, in the middle, the meeting list. [`SummitryApp::show`] draws everything into a
//! `Ui`, so tests drive it with `egui_kittest` without eframe.

mod chrome;
mod details;
pub mod graph_view;
mod meetings_view;
mod screenshot;
pub mod state;
mod theme;
mod widgets;

use crate::load::Source;
use crate::model::Dataset;
use crate::model::filter::{Filter, FilteredView};
use meetings_view::MeetingsView;
pub use state::Selection;
use state::{Corpus, DialogOutcome, FolderDialog, Waker};
use std::path::PathBuf;
use std::sync::Arc;

const STORAGE_LAST_FOLDER: &str = "last_folder";

/// The central area's views, as tabs; they share [`Selection`] and the filter.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum View {
    #[default]
    Meetings,
    Network,
}

impl View {
    pub fn label(self) -> &'static str {
        match self {
            View::Meetings => "Meetings",
            View::Network => "Network",
        }
    }
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
    /// Bumped whenever `filtered` is recomputed, so views know to rebuild.
    filtered_generation: u64,
    view: View,
    waker: Waker,
    styled: bool,
    meetings: MeetingsView,
    graph: graph_view::GraphView,
    dialog: Option<FolderDialog>,
    prompt: PathPrompt,
    /// Path field of the error view.
    retry_path: String,
    last_folder: Option<PathBuf>,
    show_problems: bool,
    screenshot: Option<screenshot::Job>,
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
            filtered_generation: 0,
            view: View::default(),
            waker,
            styled: false,
            meetings: MeetingsView::default(),
            graph: graph_view::GraphView::default(),
            dialog: None,
            prompt: PathPrompt::default(),
            retry_path: String::new(),
            last_folder,
            show_problems: false,
            screenshot: None,
        }
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
        if self.filtered_for.as_ref() == Some(&self.filter) {
            return;
        }
        if let Corpus::Ready(d) = &self.corpus {
            self.filtered = self.filter.apply(d);
            self.filtered_for = Some(self.filter.clone());
        } else {
            self.filtered = FilteredView::default();
        }
        self.filtered_generation += 1;
    }

    pub fn view(&self) -> View {
        self.view
    }

    pub fn set_view(&mut self, view: View) {
        self.view = view;
    }

    /// The network view's state (node positions, ego network, layout progress).
    pub fn network(&self) -> &graph_view::GraphView {
        &self.graph
    }

    /// Where an official's node is on screen in the network view (as of the last frame).
    pub fn node_screen_pos(&self, official: usize) -> Option<egui::Pos2> {
        (self.view == View::Network).then(|| self.graph.node_screen_pos(official)).flatten()
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
        self.graph = graph_view::GraphView::default();
        self.corpus = Corpus::start(&self.source, &self.waker);
        self.filtered_for = None;
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
        self.handle_shortcuts(ui);

        if self.corpus.is_loading() {
            // Progress comes from atomics, not events: look again soon.
            ctx.request_repaint_after(std::time::Duration::from_millis(30));
        }

        self.refresh_filtered();
        self.top_bar(ui);
        self.status_bar(ui);
        let data = match &self.corpus {
            Corpus::Ready(d) => Some(Arc::clone(d)),
            _ => None,
        };
        if let Some(data) = &data {
            egui::Panel::right("details")
                .resizable(true)
                .default_size(390.0)
                .size_range(300.0..=640.0)
                .frame(egui::Frame::new().fill(theme::SURFACE).inner_margin(egui::Margin::symmetric(18, 12)))
                .show(ui, |ui| {
                    let stats = self.selection.official.and_then(|o| self.graph.stats(o));
                    details::show(ui, data, &mut self.selection, stats)
                });
        }
        egui::CentralPanel::default()
            .frame(egui::Frame::new().fill(theme::APP_BG).inner_margin(egui::Margin::symmetric(20, 16)))
            .show(ui, |ui| match &data {
                Some(data) => {
                    self.view_tabs(ui);
                    match self.view {
                        View::Meetings => {
                            if !ui.ctx().egui_wants_keyboard_input() {
                                self.meetings.handle_keys(ui, data, &mut self.selection);
                            }
                            self.meetings.show(ui, data, &mut self.selection)
                        }
                        View::Network => {
                            self.graph.show(ui, data, &self.filtered, self.filtered_generation, &mut self.selection)
                        }
                    }
                }
                None => self.central_placeholder(ui),
            });
        self.problems_window(&ctx);
    }

    /// "Meetings | Network" above the central view.
    fn view_tabs(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            ui.spacing_mut().item_spacing.x = 4.0;
            for view in [View::Meetings, View::Network] {
                let on = self.view == view;
                let text = egui::RichText::new(view.label()).color(if on { theme::ACCENT } else { theme::TEXT });
                if ui.selectable_label(on, text).clicked() {
                    self.view = view;
                }
            }
        });
        ui.add_space(8.0);
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
                DialogOutcome::Unavailable => {
                    self.show_path_prompt(Some("No folder dialog is available here: type the folder path.".into()))
                }
            }
        }
    }

    fn handle_shortcuts(&mut self, ui: &egui::Ui) {
        use egui::{Key, KeyboardShortcut, Modifiers};
        let typing = ui.ctx().egui_wants_keyboard_input();
        let (open, reload, escape) = ui.input_mut(|i| {
            (
                i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::O)),
                i.consume_key(Modifiers::NONE, Key::F5),
                !typing && i.key_pressed(Key::Escape),
            )
        });
        if open {
            self.open_folder_dialog();
        }
        if reload && !self.corpus.is_loading() {
            self.reload();
        }
        if escape {
            if self.show_problems {
                self.show_problems = false;
            } else {
                self.selection.clear();
            }
        }
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
    }

    fn clear_color(&self, _visuals: &egui::Visuals) -> [f32; 4] {
        theme::APP_BG.to_normalized_gamma_f32()
    }
}

/// Starts the window. Returns the process exit code.
pub fn run(source: Source, screenshot: Option<PathBuf>, view: View) -> i32 {
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
            app.view = view;
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
