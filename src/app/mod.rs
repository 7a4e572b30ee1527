//! The desktop app (egui). Placeholder until the views land.

use crate::load::Source;
use std::path::PathBuf;

pub fn run(_source: Source, _screenshot: Option<PathBuf>) -> i32 {
    0
}
