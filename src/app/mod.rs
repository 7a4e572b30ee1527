//! The desktop app (egui). It never reads or parses articles itself: it calls [`crate::load::open`]
//! on a background thread and shows the [`crate::model::Dataset`] it returns.
//!
//! Layout: top bar (open, reload, corpus), status bar (counts, skipped files), the "Details"
//! side panel and, in the middle, the meeting list. [`SummitryApp::show`] draws everything into a
//! `Ui`, so tests drive it with `egui_kittest` without eframe.

mod chrome;
mod details;
mod meetings_view;
pub mod palette;
mod screenshot;
pub mod state;
mod theme;
pub mod timeline_view;
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

/// The central area's views. Only the meeting list exists today; the network and timeline
/// views will join it as tabs and share [`Selection`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    Meetings,
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
    view: View,
    waker: Waker,
    styled: bool,
    meetings: MeetingsView,
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
            Source::Sample => None,
        };
        SummitryApp {
            source,
            corpus,
            selection: Selection::default(),
            filter: Filter::default(),
            filtered: FilteredView::default(),
            filtered_for: None,
            view: View::default(),
            waker,
            styled: false,
            meetings: MeetingsView::default(),
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
    }

    pub fn view(&self) -> View {
        self.view
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
                .show(ui, |ui| details::show(ui, data, &mut self.selection));
        }
        egui::CentralPanel::default()
            .frame(egui::Frame::new().fill(theme::APP_BG).inner_margin(egui::Margin::symmetric(20, 16)))
            .show(ui, |ui| match &data {
                Some(data) => {
                    if !ui.ctx().egui_wants_keyboard_input() {
                        self.meetings.handle_keys(ui, data, &mut self.selection);
                    }
                    match self.view {
                        View::Meetings => self.meetings.show(ui, data, &mut self.selection),
                    }
                }
                None => self.central_placeholder(ui),
            });
        self.problems_window(&ctx);
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
                    Source::Sample => String::new(),
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
        let loaded = !self.corpus.is_loading();
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
pub fn run(source: Source, screenshot: Option<PathBuf>) -> i32 {
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
