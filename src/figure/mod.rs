//! Publication figures: the timeline and the network as SVG (vector: title, date range, labels,
//! legend) or PNG at a chosen scale (the SVG rasterised with resvg), each with a JSON sidecar
//! that records where it came from ([`sidecar`]). Plain Rust, no UI types: the app's menu and
//! `summitry render` call the same code, with the same filter, lanes and colours as the screen.

pub mod graph;
pub mod raster;
pub mod sidecar;
pub mod svg;
pub mod timeline;

use crate::model::Dataset;
use crate::model::filter::Filter;
use crate::model::palette::{Rgb, hex};
use std::path::{Path, PathBuf};
use svg::Svg;

/// Colours of the figure's chrome (the app's theme, as RGB).
pub mod ink {
    use crate::model::palette::Rgb;
    pub const STRONG: Rgb = [0x17, 0x1C, 0x24];
    pub const TEXT: Rgb = [0x34, 0x3B, 0x46];
    pub const WEAK: Rgb = [0x6B, 0x74, 0x80];
    pub const FAINT: Rgb = [0x9A, 0xA1, 0xAB];
    pub const GRID: Rgb = [0xD2, 0xD8, 0xDF];
    pub const GRID_FINE: Rgb = [0xE9, 0xEC, 0xF0];
    pub const STRIPE: Rgb = [0xF6, 0xF7, 0xF9];
    pub const ACCENT: Rgb = [0x1F, 0x4E, 0x8C];
    pub const DIM: Rgb = [0xA9, 0xB0, 0xBA];
}

/// A figure ready to be written: its SVG and its sidecar.
#[derive(Clone, Debug)]
pub struct Figure {
    pub svg: String,
    pub width: f32,
    pub height: f32,
    pub sidecar: sidecar::Sidecar,
}

/// What to write, from the file name's extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Svg,
    Png,
}

impl Format {
    pub fn of(path: &Path) -> Option<Format> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "svg" => Some(Format::Svg),
            "png" => Some(Format::Png),
            _ => None,
        }
    }
}

/// Where a figure's sidecar goes: beside it, `FILE.svg.json` (so an SVG and a PNG of one figure
/// keep one each).
pub fn sidecar_path(figure: &Path) -> PathBuf {
    let mut name = figure
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(".json");
    figure.with_file_name(name)
}

/// Writes `figure` to `path` (SVG, or PNG at `scale` pixels per unit) and its sidecar beside it,
/// each atomically. Returns the paths written.
pub fn write(figure: &Figure, path: &Path, scale: f32) -> Result<Vec<PathBuf>, String> {
    let format = Format::of(path).ok_or_else(|| {
        format!(
            "{}: the figure's name must end in .svg or .png",
            path.display()
        )
    })?;
    let mut sidecar = figure.sidecar.clone();
    sidecar.file = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let bytes = match format {
        Format::Svg => {
            sidecar.scale = None;
            figure.svg.clone().into_bytes()
        }
        Format::Png => {
            let (png, w, h) = raster::png(&figure.svg, scale)?;
            sidecar.scale = Some(scale);
            sidecar.pixels = Some([w, h]);
            png
        }
    };
    crate::cli::write_atomic(path, &bytes)
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    let side = sidecar_path(path);
    let json = serde_json::to_string_pretty(&sidecar).map_err(|e| e.to_string())?;
    crate::cli::write_atomic(&side, json.as_bytes())
        .map_err(|e| format!("cannot write {}: {e}", side.display()))?;
    Ok(vec![path.to_path_buf(), side])
}

/// The filter in words, for a figure's subtitle ("Iran, Syria · counter-terrorism · in person").
pub fn describe_filter(data: &Dataset, filter: &Filter) -> String {
    let mut parts = Vec::new();
    if !filter.countries.is_empty() {
        let names: Vec<&str> = filter.countries.iter().map(String::as_str).collect();
        let how = match filter.country_mode {
            crate::model::filter::CountryMode::Any => "involving",
            crate::model::filter::CountryMode::Only => "only among",
        };
        parts.push(format!("{how} {}", names.join(", ")));
    }
    if !filter.topics.is_empty() {
        let labels: Vec<&str> = filter
            .topics
            .iter()
            .map(|t| {
                data.topics
                    .iter()
                    .find(|d| &d.id == t)
                    .map_or(t.as_str(), |d| d.label.as_str())
            })
            .collect();
        parts.push(format!("topics: {}", labels.join(", ")));
    }
    if !filter.kinds.is_empty() {
        let kinds: Vec<&str> = filter
            .kinds
            .iter()
            .map(|k| crate::model::MeetingKind::parse(k).map_or(k.as_str(), |k| k.label()))
            .collect();
        parts.push(kinds.join(", ").to_lowercase());
    }
    if !filter.search.trim().is_empty() {
        parts.push(format!("officials matching “{}”", filter.search.trim()));
    }
    parts.join(" · ")
}

/// Title and subtitle lines at the top; returns the y below them.
pub(crate) fn header(svg: &mut Svg, x: f32, title: &str, lines: &[String]) -> f32 {
    let width = svg.width - 2.0 * x;
    svg.el("text")
        .n("x", x)
        .n("y", 36.0)
        .n("font-size", 20.0)
        .a("font-weight", "bold")
        .a("fill", hex(ink::STRONG))
        .text(&svg::fit_text(title, 20.0, width));
    let mut y = 36.0;
    for line in lines.iter().filter(|l| !l.is_empty()) {
        y += 20.0;
        svg.el("text")
            .n("x", x)
            .n("y", y)
            .n("font-size", 13.0)
            .a("fill", hex(ink::WEAK))
            .text(&svg::fit_text(line, 13.0, width));
    }
    y + 22.0
}

/// A row of legend entries (dot and label) from `x` at `y`, wrapping at `right`; returns the y of
/// the last row.
pub(crate) fn legend(svg: &mut Svg, x0: f32, y: f32, right: f32, items: &[(Rgb, String)]) -> f32 {
    let (mut x, mut y) = (x0, y);
    for (color, label) in items {
        let w = 14.0 + svg::text_width(label, 12.0) + 18.0;
        if x > x0 && x + w > right {
            x = x0;
            y += 20.0;
        }
        svg.el("circle")
            .n("cx", x + 5.0)
            .n("cy", y)
            .n("r", 5.0)
            .a("fill", hex(*color))
            .end();
        svg.el("text")
            .n("x", x + 14.0)
            .n("y", y + 4.0)
            .n("font-size", 12.0)
            .a("fill", hex(ink::TEXT))
            .text(label);
        x += w;
    }
    y
}

/// The provenance line at the bottom left.
pub(crate) fn footer(svg: &mut Svg, x: f32, data: &Dataset) {
    let root = &data.corpus.root;
    let name = Path::new(root)
        .file_name()
        .map_or(root.clone(), |n| n.to_string_lossy().into_owned());
    let text = format!(
        "Corpus: {name} ({} articles) · extracted with Summitry {}",
        data.corpus.articles.len(),
        env!("CARGO_PKG_VERSION")
    );
    let y = svg.height - 14.0;
    svg.el("text")
        .n("x", x)
        .n("y", y)
        .n("font-size", 11.0)
        .a("fill", hex(ink::FAINT))
        .text(&text);
}
