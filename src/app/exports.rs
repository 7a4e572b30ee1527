//! The Export menu: screenshots (the window, or the central view alone), the timeline and the
//! network as figures (SVG or PNG with their sidecars) and the filtered data (CSV, GEXF, GraphML).
//!
//! Nothing here blocks the UI thread: the save dialog runs on its own thread (as the folder
//! dialog does), and the files are drawn, encoded and written on a worker thread that reports
//! back through a channel; the status bar shows the result.

use super::state::Waker;
use super::{SummitryApp, View, theme};
use crate::figure;
use crate::model::Dataset;
use crate::model::filter::{Filter, FilteredView};
use crate::model::timeline::{ColorMode, LaneMode};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// What the Export menu writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    /// A PNG of the whole window.
    Screenshot,
    /// A PNG of the central view alone.
    ViewScreenshot,
    /// The timeline figure: `.svg` or `.png` (at twice the size), with its sidecar.
    TimelineFigure,
    /// The network figure from the network view's own node positions: `.svg` or `.png`.
    NetworkFigure,
    /// officials.csv, meetings.csv and edges.csv into a folder.
    Csv,
    Gexf,
    GraphMl,
}

impl ExportKind {
    pub fn label(self) -> &'static str {
        match self {
            ExportKind::Screenshot => "Save screenshot…",
            ExportKind::ViewScreenshot => "Screenshot of this view…",
            ExportKind::TimelineFigure => "Timeline figure (SVG/PNG)…",
            ExportKind::NetworkFigure => "Network figure (SVG/PNG)…",
            ExportKind::Csv => "Data: CSV…",
            ExportKind::Gexf => "Data: GEXF…",
            ExportKind::GraphMl => "Data: GraphML…",
        }
    }

    /// The name the save dialog proposes (a folder name for CSV).
    pub fn default_name(self) -> &'static str {
        match self {
            ExportKind::Screenshot => "summitry.png",
            ExportKind::ViewScreenshot => "summitry-view.png",
            ExportKind::TimelineFigure => "timeline.svg",
            ExportKind::NetworkFigure => "network.svg",
            ExportKind::Csv => "summitry-csv",
            ExportKind::Gexf => "meetings.gexf",
            ExportKind::GraphMl => "meetings.graphml",
        }
    }

    fn is_screenshot(self) -> bool {
        matches!(self, ExportKind::Screenshot | ExportKind::ViewScreenshot)
    }

    fn filters(self) -> &'static [(&'static str, &'static [&'static str])] {
        match self {
            ExportKind::Screenshot | ExportKind::ViewScreenshot => &[("PNG image", &["png"])],
            ExportKind::TimelineFigure | ExportKind::NetworkFigure => {
                &[("SVG figure", &["svg"]), ("PNG figure", &["png"])]
            }
            ExportKind::Csv => &[],
            ExportKind::Gexf => &[("GEXF network", &["gexf"])],
            ExportKind::GraphMl => &[("GraphML network", &["graphml"])],
        }
    }

    fn extension(self) -> Option<&'static str> {
        match self {
            ExportKind::Screenshot | ExportKind::ViewScreenshot => Some("png"),
            ExportKind::TimelineFigure | ExportKind::NetworkFigure => Some("svg"),
            ExportKind::Csv => None,
            ExportKind::Gexf => Some("gexf"),
            ExportKind::GraphMl => Some("graphml"),
        }
    }
}

/// The last export's outcome, shown in the status bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportStatus {
    pub message: String,
    pub error: bool,
}

type ImageSlot = Arc<Mutex<Option<Arc<egui::ColorImage>>>>;

struct SaveDialog {
    kind: ExportKind,
    rx: Receiver<Option<PathBuf>>,
    /// A screenshot taken before the dialog opened, to be written where it says.
    image: Option<Arc<egui::ColorImage>>,
}

struct PendingShot {
    kind: ExportKind,
    slot: ImageSlot,
    /// The region to keep, in points (None: the whole window).
    crop: Option<egui::Rect>,
    pixels_per_point: f32,
    requested: Instant,
}

#[derive(Default)]
pub(super) struct Exports {
    dialog: Option<SaveDialog>,
    shot: Option<PendingShot>,
    workers: Vec<Receiver<Result<String, String>>>,
    status: Option<(ExportStatus, Instant)>,
    /// Save dialogs are skipped and files go into this folder under their default names.
    pub(super) save_dir: Option<PathBuf>,
    /// The central view's rectangle in the last frame, for "Screenshot of this view".
    pub(super) central: Option<egui::Rect>,
}

/// A status message stays this long.
const STATUS_TIME: Duration = Duration::from_secs(12);

impl Exports {
    fn busy(&self) -> bool {
        self.dialog.is_some() || self.shot.is_some()
    }
}

/// What a worker needs to write one export, taken from the app on the UI thread.
struct Job {
    kind: ExportKind,
    path: PathBuf,
    data: Arc<Dataset>,
    filter: Filter,
    view: FilteredView,
    lanes: LaneMode,
    colors: ColorMode,
    days: Option<(f64, f64)>,
    /// The network view's node positions, when it has laid out this filtered view.
    positions: Option<Vec<(usize, [f32; 2])>>,
    image: Option<Arc<egui::ColorImage>>,
}

impl Job {
    fn run(self) -> Result<String, String> {
        let path = &self.path;
        let write = |p: &Path, bytes: &[u8]| {
            crate::cli::write_atomic(p, bytes)
                .map_err(|e| format!("Cannot write {}: {e}", p.display()))
        };
        match self.kind {
            ExportKind::Screenshot | ExportKind::ViewScreenshot => {
                let image = self.image.ok_or("No screenshot was taken")?;
                super::screenshot::save_png(path, &image)
                    .map_err(|e| format!("Cannot write {}: {e}", path.display()))?;
                Ok(format!(
                    "Saved {} ({}×{} px)",
                    path.display(),
                    image.size[0],
                    image.size[1]
                ))
            }
            ExportKind::TimelineFigure => {
                let spec = figure::timeline::TimelineSpec {
                    lanes: self.lanes,
                    colors: self.colors,
                    days: self.days,
                    ..Default::default()
                };
                let fig = figure::timeline::render(&self.data, &self.filter, &spec);
                figure::write(&fig, path, 2.0).map_err(capitalise)?;
                Ok(format!(
                    "Saved {} and its sidecar ({} marks)",
                    path.display(),
                    fig.sidecar.marks.as_ref().map_or(0, Vec::len)
                ))
            }
            ExportKind::NetworkFigure => {
                // Not laid out on screen yet (the Network tab was never opened for this filter):
                // the same ForceAtlas2 settings, run to rest, as `summitry render --view graph`.
                let positions = match self.positions {
                    Some(p) => p,
                    None => figure::graph::layout(&self.data, &self.view),
                };
                let spec = figure::graph::GraphSpec::default();
                let fig =
                    figure::graph::render(&self.data, &self.filter, &self.view, &positions, &spec);
                figure::write(&fig, path, 2.0).map_err(capitalise)?;
                Ok(format!(
                    "Saved {} and its sidecar ({} officials, {} pairs who met)",
                    path.display(),
                    self.view.officials.len(),
                    self.view.edges.len()
                ))
            }
            ExportKind::Csv => {
                let files = crate::export::csv::files(&self.data, &self.view)
                    .map_err(|e| format!("Cannot write CSV: {e}"))?;
                std::fs::create_dir_all(path)
                    .map_err(|e| format!("Cannot create folder {}: {e}", path.display()))?;
                for (name, contents) in &files {
                    write(&path.join(name), contents.as_bytes())?;
                }
                Ok(format!(
                    "Saved officials.csv, meetings.csv and edges.csv in {} ({} meetings)",
                    path.display(),
                    self.view.meetings.len()
                ))
            }
            ExportKind::Gexf | ExportKind::GraphMl => {
                let text = if self.kind == ExportKind::Gexf {
                    crate::export::gexf::to_gexf(&self.data, &self.view)
                } else {
                    crate::export::graphml::to_graphml(&self.data, &self.view)
                };
                write(path, text.as_bytes())?;
                Ok(format!(
                    "Saved {} ({} officials, {} pairs who met)",
                    path.display(),
                    self.view.officials.len(),
                    self.view.edges.len()
                ))
            }
        }
    }
}

fn capitalise(s: String) -> String {
    let mut c = s.chars();
    c.next()
        .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
}

/// Gives `path` the kind's extension when it has none (dialogs do not always add it).
fn with_extension(kind: ExportKind, path: PathBuf) -> PathBuf {
    match (kind.extension(), path.extension()) {
        (Some(ext), None) => path.with_extension(ext),
        _ => path,
    }
}

impl SummitryApp {
    /// Save dialogs are skipped: exports go into `dir` under their default names (tests, scripts).
    pub fn set_export_dir(&mut self, dir: Option<PathBuf>) {
        self.exports.save_dir = dir;
    }

    /// The last export's result, while it is shown.
    pub fn export_status(&self) -> Option<&ExportStatus> {
        self.exports.status.as_ref().map(|(s, _)| s)
    }

    /// True while an export is waiting for its screenshot, its dialog or its worker.
    pub fn export_pending(&self) -> bool {
        self.exports.busy() || !self.exports.workers.is_empty()
    }

    /// Starts an export as the menu does: screenshots first grab the window, then every kind asks
    /// where to save (unless [`SummitryApp::set_export_dir`]) and writes in the background.
    pub fn start_export(&mut self, ctx: &egui::Context, kind: ExportKind) {
        if self.exports.busy() {
            return;
        }
        if kind.is_screenshot() {
            let slot = ImageSlot::default();
            let (fill, wake) = (Arc::clone(&slot), ctx.clone());
            ctx.request_screenshot(move |image| {
                if let Ok(mut s) = fill.lock() {
                    *s = Some(image);
                }
                wake.request_repaint();
            });
            let crop = if kind == ExportKind::ViewScreenshot {
                self.exports.central
            } else {
                None
            };
            self.exports.shot = Some(PendingShot {
                kind,
                slot,
                crop,
                pixels_per_point: ctx.pixels_per_point(),
                requested: Instant::now(),
            });
        } else {
            self.ask_where(kind, None);
        }
    }

    fn ask_where(&mut self, kind: ExportKind, image: Option<Arc<egui::ColorImage>>) {
        if let Some(dir) = &self.exports.save_dir {
            let path = dir.join(kind.default_name());
            self.export_with_image(path, kind, image);
            return;
        }
        let start = self.last_folder.clone().filter(|d| d.is_dir());
        match spawn_save_dialog(kind, start, &self.waker) {
            Some(rx) => self.exports.dialog = Some(SaveDialog { kind, rx, image }),
            None => self.set_export_status("The save dialog could not be started.".into(), true),
        }
    }

    /// Writes export `kind` of the current (filtered) view to `path` on a worker thread; the menu
    /// calls this once the dialog has answered. Screenshots need an image and go through
    /// [`SummitryApp::start_export`].
    pub fn export_to(&mut self, path: PathBuf, kind: ExportKind) {
        self.export_with_image(path, kind, None);
    }

    fn export_with_image(
        &mut self,
        path: PathBuf,
        kind: ExportKind,
        image: Option<Arc<egui::ColorImage>>,
    ) {
        let data = match &self.corpus {
            super::state::Corpus::Ready(d) => Arc::clone(d),
            _ => {
                self.set_export_status("Nothing to export: no corpus is loaded.".into(), true);
                return;
            }
        };
        let view = self.filtered().clone();
        // The figure shows the days the timeline shows, when it is on screen.
        let days = match self.view {
            View::Timeline => self.timeline.viewport().map(|v| (v.day_min, v.day_max)),
            View::Meetings | View::Network => None,
        };
        let positions = (kind == ExportKind::NetworkFigure)
            .then(|| self.graph.positions_for(&data, self.filtered_generation))
            .flatten();
        let job = Job {
            kind,
            path: with_extension(kind, path),
            data,
            filter: self.filter.clone(),
            view,
            lanes: self.timeline.lane_mode,
            colors: self.timeline.color_mode,
            days,
            positions,
            image,
        };
        let (tx, rx) = mpsc::channel();
        let waker = self.waker.clone();
        let spawned = std::thread::Builder::new()
            .name("summitry-export".into())
            .spawn(move || {
                let _ = tx.send(job.run());
                waker.wake();
            });
        match spawned {
            Ok(_) => self.exports.workers.push(rx),
            Err(e) => self.set_export_status(format!("Cannot start the export: {e}"), true),
        }
    }

    fn set_export_status(&mut self, message: String, error: bool) {
        self.exports.status = Some((ExportStatus { message, error }, Instant::now()));
    }

    /// Picks up screenshots, dialog answers and finished workers (every frame).
    pub(super) fn poll_exports(&mut self, ctx: &egui::Context) {
        if let Some(shot) = &self.exports.shot {
            let image = shot.slot.lock().ok().and_then(|mut s| s.take());
            if let Some(image) = image {
                let shot = self.exports.shot.take().expect("pending shot");
                let image = match shot.crop {
                    Some(rect) => Arc::new(image.region(&rect, Some(shot.pixels_per_point))),
                    None => image,
                };
                self.ask_where(shot.kind, Some(image));
            } else if shot.requested.elapsed() > Duration::from_secs(10) {
                self.exports.shot = None;
                self.set_export_status("No screenshot came back from the window.".into(), true);
            } else {
                ctx.request_repaint_after(Duration::from_millis(50));
            }
        }
        if let Some(dialog) = &self.exports.dialog {
            match dialog.rx.try_recv() {
                Ok(picked) => {
                    let dialog = self.exports.dialog.take().expect("dialog");
                    if let Some(path) = picked {
                        self.export_with_image(path, dialog.kind, dialog.image);
                    }
                }
                Err(TryRecvError::Empty) => {}
                Err(TryRecvError::Disconnected) => {
                    self.exports.dialog = None;
                    self.set_export_status("The save dialog could not be shown.".into(), true);
                }
            }
        }
        let mut done = Vec::new();
        self.exports.workers.retain(|rx| match rx.try_recv() {
            Ok(r) => {
                done.push(r);
                false
            }
            Err(TryRecvError::Empty) => true,
            Err(TryRecvError::Disconnected) => {
                done.push(Err("The export stopped unexpectedly.".into()));
                false
            }
        });
        for r in done {
            match r {
                Ok(m) => self.set_export_status(m, false),
                Err(m) => self.set_export_status(m, true),
            }
        }
        if !self.exports.workers.is_empty() {
            ctx.request_repaint_after(Duration::from_millis(100));
        }
        if let Some((_, at)) = &self.exports.status
            && at.elapsed() > STATUS_TIME
        {
            self.exports.status = None;
        }
    }

    /// The Export menu button (top bar).
    pub(super) fn export_menu(&mut self, ui: &mut egui::Ui) {
        let ready = self.dataset().is_some();
        let busy = self.exports.busy();
        let mut chosen = None;
        ui.add_enabled_ui(ready && !busy, |ui| {
            ui.menu_button("Export", |ui| {
                ui.set_min_width(230.0);
                let item = |ui: &mut egui::Ui, kind: ExportKind, shortcut: Option<&str>, hint: &str| {
                    let mut button = egui::Button::new(kind.label());
                    if let Some(s) = shortcut {
                        button = button.shortcut_text(s);
                    }
                    ui.add(button).on_hover_text(hint).clicked()
                };
                if item(ui, ExportKind::Screenshot, Some("Ctrl+Shift+S"), "A PNG of the whole window") {
                    chosen = Some(ExportKind::Screenshot);
                }
                if item(ui, ExportKind::ViewScreenshot, None, "A PNG of the view in the middle only") {
                    chosen = Some(ExportKind::ViewScreenshot);
                }
                ui.separator();
                if item(
                    ui,
                    ExportKind::TimelineFigure,
                    None,
                    "The timeline as a publication figure: .svg (vector) or .png, with a JSON sidecar of its sources",
                ) {
                    chosen = Some(ExportKind::TimelineFigure);
                }
                if item(
                    ui,
                    ExportKind::NetworkFigure,
                    None,
                    "The network as a publication figure, with the positions on screen: .svg or .png, with a JSON sidecar of its sources",
                ) {
                    chosen = Some(ExportKind::NetworkFigure);
                }
                ui.separator();
                ui.label(egui::RichText::new("The filtered view, for other tools").small().color(theme::TEXT_WEAK));
                if item(ui, ExportKind::Csv, None, "officials.csv, meetings.csv and edges.csv into a folder") {
                    chosen = Some(ExportKind::Csv);
                }
                if item(ui, ExportKind::Gexf, None, "A GEXF network with dates, for Gephi") {
                    chosen = Some(ExportKind::Gexf);
                }
                if item(ui, ExportKind::GraphMl, None, "A GraphML network, for yEd, Cytoscape, NetworkX") {
                    chosen = Some(ExportKind::GraphMl);
                }
            })
            .response
            .on_hover_text("Screenshots, figures and data of what is shown");
        });
        if let Some(kind) = chosen {
            self.start_export(ui.ctx(), kind);
        }
    }
}

/// A native save dialog on its own thread (a folder picker for CSV). `None` if no thread.
fn spawn_save_dialog(
    kind: ExportKind,
    start: Option<PathBuf>,
    waker: &Waker,
) -> Option<Receiver<Option<PathBuf>>> {
    let (tx, rx) = mpsc::channel();
    let waker = waker.clone();
    std::thread::Builder::new()
        .name("summitry-save-dialog".into())
        .spawn(move || {
            let mut dialog = rfd::FileDialog::new();
            if let Some(dir) = start {
                dialog = dialog.set_directory(dir);
            }
            let picked = if kind == ExportKind::Csv {
                dialog
                    .set_title("Choose a folder for the CSV files")
                    .pick_folder()
            } else {
                for (name, exts) in kind.filters() {
                    dialog = dialog.add_filter(*name, exts);
                }
                dialog
                    .set_title(kind.label().trim_end_matches('…'))
                    .set_file_name(kind.default_name())
                    .save_file()
            };
            let _ = tx.send(picked);
            waker.wake();
        })
        .ok()?;
    Some(rx)
}
