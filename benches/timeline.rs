//! The timeline's CPU time per frame with 50,000 synthetic meetings (budget: 4 ms).
//! Run: `cargo bench --bench timeline`.
//!
//! - `glyphs_*`: the per-frame geometry (visible marks merged per pixel bin) at three zooms.
//! - `mesh_*`: turning those glyphs into the one mesh that is drawn.
//! - `frame_timeline_view`: a whole headless egui frame of the timeline view alone
//!   (`egui::Context::run_ui`: plot, axis, lanes, marks, legend; no tessellation).
//! - `frame_app_timeline`: a whole headless frame of the app on the timeline tab (filters panel
//!   with live counts, details, status bar too), plus `tessellate_app_timeline`.
//! - `model_build` and `filter_apply`: what runs once when the filter changes (every frame while
//!   playing), not per frame.

use egui::{Rect, pos2, vec2};
use std::sync::Arc;
use summitry::app::palette::CountryPalette;
use summitry::app::timeline_view::{
    ColorMode, DayRange, LaneMode, TimelineModel, TimelineView, Viewport, glyph_mesh,
};
use summitry::app::{Selection, SummitryApp, View};
use summitry::model::Dataset;
use summitry::model::filter::Filter;

const MEETINGS: usize = 50_000;

fn main() {
    divan::main();
}

fn data() -> Dataset {
    summitry::model::synthetic::dataset(MEETINGS, 42)
}

fn model(data: &Dataset, lanes: LaneMode) -> TimelineModel {
    let all: Vec<usize> = (0..data.meetings.len()).collect();
    TimelineModel::build(
        data,
        &all,
        lanes,
        ColorMode::Country,
        &CountryPalette::new(data),
    )
}

/// An 820 × 560 px plot area (a 1280 × 800 window with both side panels).
fn viewport(model: &TimelineModel, days: Option<f64>) -> Viewport {
    let (a, b) = model.span.unwrap();
    let (lo, hi) = match days {
        None => (a as f64, b as f64 + 1.0),
        Some(d) => {
            let mid = (a + b) as f64 / 2.0;
            (mid - d / 2.0, mid + d / 2.0)
        }
    };
    Viewport {
        rect: Rect::from_min_size(pos2(300.0, 120.0), vec2(820.0, 560.0)),
        day_min: lo,
        day_max: hi,
        lane_top: 0.0,
        lane_height: 26.0,
    }
}

#[divan::bench(args = ["all_25_years", "one_year", "one_month"])]
fn glyphs_country_pairs(bencher: divan::Bencher, zoom: &str) {
    let data = data();
    let m = model(&data, LaneMode::CountryPair);
    let days = match zoom {
        "all_25_years" => None,
        "one_year" => Some(365.0),
        _ => Some(30.0),
    };
    let view = viewport(&m, days);
    let mut out = Vec::new();
    bencher.bench_local(|| {
        m.glyphs(&view, DayRange::default(), Some(17), &mut out);
        out.len()
    });
}

#[divan::bench]
fn glyphs_officials_all_years(bencher: divan::Bencher) {
    let data = data();
    let m = model(&data, LaneMode::Official);
    let view = viewport(&m, None);
    let mut out = Vec::new();
    bencher.bench_local(|| {
        m.glyphs(&view, DayRange::default(), None, &mut out);
        out.len()
    });
}

#[divan::bench]
fn mesh_all_years(bencher: divan::Bencher) {
    let data = data();
    let m = model(&data, LaneMode::CountryPair);
    let view = viewport(&m, None);
    let mut glyphs = Vec::new();
    m.glyphs(&view, DayRange::default(), None, &mut glyphs);
    bencher.bench_local(|| {
        let mut mesh = egui::Mesh::default();
        glyph_mesh(&glyphs, &mut mesh);
        mesh.indices.len()
    });
}

fn raw_input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(Rect::from_min_size(pos2(0.0, 0.0), vec2(1280.0, 800.0))),
        ..Default::default()
    }
}

#[divan::bench]
fn frame_timeline_view(bencher: divan::Bencher) {
    let data = Arc::new(data());
    let ctx = egui::Context::default();
    let mut view = TimelineView::default();
    let mut filter = Filter::default();
    let mut selection = Selection::default();
    let shown = data.meetings.len();
    let mut frame = || {
        ctx.run_ui(raw_input(), |ui| {
            egui::CentralPanel::default().show(ui, |ui| {
                view.show(ui, &data, &mut filter, shown, &mut selection)
            });
        })
    };
    // Warm up: build the model, lay out the fonts.
    for _ in 0..3 {
        frame();
    }
    bencher.bench_local(|| frame().shapes.len());
}

fn app() -> (egui::Context, SummitryApp) {
    let ctx = egui::Context::default();
    let mut app = SummitryApp::with_dataset(data()).with_view(View::Timeline);
    for _ in 0..3 {
        let _ = ctx.run_ui(raw_input(), |ui| app.show(ui));
    }
    assert!(app.timeline().viewport().is_some(), "the timeline is drawn");
    assert!(app.timeline().model().lanes.len() > 100);
    (ctx, app)
}

#[divan::bench]
fn frame_app_timeline(bencher: divan::Bencher) {
    let (ctx, mut app) = app();
    bencher.bench_local(|| ctx.run_ui(raw_input(), |ui| app.show(ui)).shapes.len());
}

#[divan::bench]
fn tessellate_app_timeline(bencher: divan::Bencher) {
    let (ctx, mut app) = app();
    let out = ctx.run_ui(raw_input(), |ui| app.show(ui));
    bencher.bench_local(|| {
        ctx.tessellate(out.shapes.clone(), out.pixels_per_point)
            .len()
    });
}

#[divan::bench(sample_count = 20)]
fn model_build(bencher: divan::Bencher) {
    let data = data();
    let all: Vec<usize> = (0..data.meetings.len()).collect();
    let palette = CountryPalette::new(&data);
    bencher.bench_local(|| {
        TimelineModel::build(
            &data,
            &all,
            LaneMode::CountryPair,
            ColorMode::Kind,
            &palette,
        )
        .lanes
        .len()
    });
}

#[divan::bench(sample_count = 20)]
fn filter_apply_with_dates_and_country(bencher: divan::Bencher) {
    let data = data();
    let mut f = Filter::default();
    f.countries.insert("Iran".into());
    f.from = Some(jiff::civil::date(2010, 1, 1));
    f.to = Some(jiff::civil::date(2012, 12, 31));
    bencher.bench_local(|| f.apply(&data).meetings.len());
}
