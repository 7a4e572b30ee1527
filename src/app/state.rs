//! App state that is not drawing: the background loader, the folder dialog, the shared selection.

use crate::load::{self, Progress, Source};
use crate::model::Dataset;
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// What is selected, shared by every view (meeting list today; network and timeline later).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    /// Index into `Dataset::meetings`.
    pub meeting: Option<usize>,
    /// Index into `Dataset::officials`.
    pub official: Option<usize>,
}

impl Selection {
    pub fn clear(&mut self) {
        *self = Selection::default();
    }
}

/// Lets background threads wake the UI once it has a context (there is none before the first frame).
#[derive(Clone, Default)]
pub struct Waker(Arc<Mutex<Option<egui::Context>>>);

impl Waker {
    pub fn set(&self, ctx: &egui::Context) {
        if let Ok(mut slot) = self.0.lock()
            && slot.is_none()
        {
            *slot = Some(ctx.clone());
        }
    }

    pub fn wake(&self) {
        if let Ok(slot) = self.0.lock()
            && let Some(ctx) = slot.as_ref()
        {
            ctx.request_repaint();
        }
    }
}

/// The corpus the app shows, or is opening.
pub enum Corpus {
    Loading(Loading),
    Ready(Arc<Dataset>),
    /// The corpus could not be used. `data` is kept when the folder was read but had no articles,
    /// so the status bar can still list what was skipped.
    Failed {
        message: String,
        data: Option<Arc<Dataset>>,
    },
}

pub struct Loading {
    pub progress: Arc<Progress>,
    pub started: Instant,
    rx: Receiver<Result<Dataset, String>>,
}

impl Corpus {
    /// Starts reading `source` on a background thread.
    pub fn start(source: &Source, waker: &Waker) -> Corpus {
        let progress = Arc::new(Progress::default());
        let (tx, rx) = mpsc::channel();
        let thread_progress = Arc::clone(&progress);
        let source = source.clone();
        let waker = waker.clone();
        let spawned = std::thread::Builder::new()
            .name("summitry-load".into())
            .spawn(move || {
                let result = load::open(&source, &thread_progress).map_err(|e| e.to_string());
                let _ = tx.send(result);
                waker.wake();
            });
        match spawned {
            Ok(_) => Corpus::Loading(Loading {
                progress,
                started: Instant::now(),
                rx,
            }),
            Err(e) => Corpus::Failed {
                message: format!("cannot start the loader: {e}"),
                data: None,
            },
        }
    }

    /// Picks up a finished load. Returns true when the state changed.
    pub fn poll(&mut self, source: &Source) -> bool {
        let Corpus::Loading(loading) = self else {
            return false;
        };
        let result = match loading.rx.try_recv() {
            Ok(r) => r,
            Err(TryRecvError::Empty) => return false,
            Err(TryRecvError::Disconnected) => Err("the loader stopped unexpectedly".to_string()),
        };
        *self = match result {
            Ok(data) if data.corpus.articles.is_empty() => Corpus::Failed {
                message: format!(
                    "No readable articles in {} ({} files skipped). Summitry reads .txt and .md files.",
                    source.label(),
                    data.corpus.skipped.len()
                ),
                data: Some(Arc::new(data)),
            },
            Ok(data) => Corpus::Ready(Arc::new(data)),
            Err(message) => Corpus::Failed {
                message: capitalise(&message),
                data: None,
            },
        };
        true
    }

    pub fn is_loading(&self) -> bool {
        matches!(self, Corpus::Loading(_))
    }

    /// The dataset to show in the status bar, if any.
    pub fn dataset(&self) -> Option<&Arc<Dataset>> {
        match self {
            Corpus::Ready(d) => Some(d),
            Corpus::Failed { data, .. } => data.as_ref(),
            Corpus::Loading(_) => None,
        }
    }
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// What a folder dialog on its own thread answered.
pub enum DialogOutcome {
    Picked(PathBuf),
    Cancelled,
    /// No dialog could be shown (no portal, no zenity, a crash): offer the path field instead.
    Unavailable,
}

/// A native folder dialog running on its own thread, so the UI never blocks.
pub struct FolderDialog {
    rx: Receiver<Option<PathBuf>>,
    started: Instant,
}

/// A dialog that answers "nothing picked" faster than this was never shown to the user.
const DIALOG_MIN_HUMAN_TIME: Duration = Duration::from_millis(400);

impl FolderDialog {
    pub fn spawn(start_dir: Option<PathBuf>, waker: &Waker) -> Option<FolderDialog> {
        let (tx, rx) = mpsc::channel();
        let waker = waker.clone();
        std::thread::Builder::new()
            .name("summitry-dialog".into())
            .spawn(move || {
                let mut dialog = rfd::FileDialog::new().set_title("Open a folder of articles");
                if let Some(dir) = start_dir.filter(|d| d.is_dir()) {
                    dialog = dialog.set_directory(dir);
                }
                let picked = dialog.pick_folder();
                let _ = tx.send(picked);
                waker.wake();
            })
            .ok()?;
        Some(FolderDialog {
            rx,
            started: Instant::now(),
        })
    }

    /// `None` while the dialog is still open.
    pub fn poll(&self) -> Option<DialogOutcome> {
        match self.rx.try_recv() {
            Ok(Some(path)) => Some(DialogOutcome::Picked(path)),
            Ok(None) if self.started.elapsed() < DIALOG_MIN_HUMAN_TIME => {
                Some(DialogOutcome::Unavailable)
            }
            Ok(None) => Some(DialogOutcome::Cancelled),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(DialogOutcome::Unavailable),
        }
    }
}
