//! `--screenshot FILE.png`: wait for the corpus and a few settled frames, grab the window, save
//! it atomically, close.

use std::path::PathBuf;
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Frames drawn after loading before the picture is taken (panels size themselves on the first).
const SETTLE_FRAMES: u32 = 4;
const TIMEOUT: Duration = Duration::from_secs(30);

type Slot = Arc<Mutex<Option<Arc<egui::ColorImage>>>>;

pub struct Job {
    path: PathBuf,
    exit: Arc<AtomicI32>,
    frames_after_load: u32,
    started: Instant,
    requested: bool,
    image: Slot,
    done: bool,
}

impl Job {
    pub fn new(path: PathBuf, exit: Arc<AtomicI32>) -> Job {
        // Closing the window before the picture is saved is a failure.
        exit.store(1, Ordering::SeqCst);
        Job {
            path,
            exit,
            frames_after_load: 0,
            started: Instant::now(),
            requested: false,
            image: Slot::default(),
            done: false,
        }
    }

    pub fn after_frame(&mut self, ctx: &egui::Context, loaded: bool) {
        if self.done {
            return;
        }
        ctx.request_repaint();
        if self.started.elapsed() > TIMEOUT {
            eprintln!("error: no screenshot after {} s", TIMEOUT.as_secs());
            self.finish(ctx, 1);
            return;
        }
        if !loaded {
            return;
        }
        self.frames_after_load += 1;
        if !self.requested && self.frames_after_load >= SETTLE_FRAMES {
            self.requested = true;
            let slot = Arc::clone(&self.image);
            let wake = ctx.clone();
            ctx.request_screenshot(move |image| {
                if let Ok(mut s) = slot.lock() {
                    *s = Some(image);
                }
                wake.request_repaint();
            });
        }
        let image = self.image.lock().ok().and_then(|mut s| s.take());
        if let Some(image) = image {
            let code = match save_png(&self.path, &image) {
                Ok(()) => 0,
                Err(e) => {
                    eprintln!("error: cannot write {}: {e}", self.path.display());
                    1
                }
            };
            self.finish(ctx, code);
        }
    }

    fn finish(&mut self, ctx: &egui::Context, code: i32) {
        self.done = true;
        self.exit.store(code, Ordering::SeqCst);
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
    }
}

pub(super) fn save_png(path: &std::path::Path, image: &egui::ColorImage) -> Result<(), String> {
    let [w, h] = image.size;
    let mut rgba = Vec::with_capacity(w * h * 4);
    for p in &image.pixels {
        // Opaque window: drop whatever alpha the backend left.
        rgba.extend_from_slice(&[p.r(), p.g(), p.b(), 255]);
    }
    let buffer = image::RgbaImage::from_raw(w as u32, h as u32, rgba).ok_or("bad image size")?;
    let mut bytes = Vec::new();
    buffer
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Png,
        )
        .map_err(|e| e.to_string())?;
    crate::cli::write_atomic(path, &bytes).map_err(|e| e.to_string())
}
