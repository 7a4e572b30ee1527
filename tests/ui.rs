//! UI tests: the app driven through egui_kittest (AccessKit queries), plus one image snapshot.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::time::{Duration, Instant};
use summitry::app::SummitryApp;
use summitry::load::{self, Progress, Source};
use summitry::model::Dataset;

fn harness(source: Source) -> Harness<'static, SummitryApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_max_steps(16)
        .build_ui_state(|ui, app: &mut SummitryApp| app.show(ui), SummitryApp::new(source));
    wait_loaded(&mut harness);
    harness
}

/// Steps frames until the background load has finished, then lets the ui settle.
fn wait_loaded(harness: &mut Harness<'static, SummitryApp>) {
    let started = Instant::now();
    while harness.state().is_loading() {
        assert!(started.elapsed() < Duration::from_secs(60), "corpus still loading after 60 s");
        harness.step();
        std::thread::sleep(Duration::from_millis(10));
    }
    harness.run();
}

fn sample() -> Dataset {
    load::open(&Source::Sample, &Progress::default()).expect("sample corpus opens")
}

/// "Fayssal Mikdad (Syria) — Ali Shamkhani (Iran)", as the meeting list shows it.
fn participants(data: &Dataset, meeting: usize) -> String {
    data.meetings[meeting]
        .participants
        .iter()
        .map(|&p| {
            let o = &data.officials[p];
            match &o.country {
                Some(c) => format!("{} ({c})", o.name),
                None => o.name.clone(),
            }
        })
        .collect::<Vec<_>>()
        .join(" — ")
}

#[test]
fn status_bar_counts_match_the_dataset() {
    let data = sample();
    let harness = harness(Source::Sample);
    assert!(harness.state().error().is_none(), "sample corpus failed: {:?}", harness.state().error());

    harness.get_by_label("5 articles");
    harness.get_by_label(&format!("{} officials", data.officials.len()));
    harness.get_by_label(&format!("{} meetings", data.meetings.len()));
    harness.get_by_label(&format!("{} skipped", data.corpus.skipped.len()));
    assert!(harness.query_by_label_contains("loaded in").is_some());
    // The corpus label is in the top bar.
    harness.get_by_label(&Source::Sample.label());
}

#[test]
fn clicking_a_meeting_shows_its_evidence() {
    let data = sample();
    assert!(!data.meetings.is_empty(), "the sample corpus has meetings");
    // A meeting whose participants appear in only one row, so the click is unambiguous.
    let labels: Vec<String> = (0..data.meetings.len()).map(|i| participants(&data, i)).collect();
    let index = (0..labels.len())
        .find(|&i| labels.iter().filter(|l| l.contains(labels[i].as_str())).count() == 1)
        .expect("a meeting with a unique participant list");
    let evidence = data.evidence_text(&data.meetings[index].evidence[0]).replace(['\n', '\r'], " ");
    let snippet: String = evidence.chars().take(60).collect();

    let mut harness = harness(Source::Sample);
    assert!(harness.query_by_label_contains(&snippet).is_none(), "evidence shown before any selection");
    harness.get_by_label("No meeting selected");

    harness.get_by_label_contains(&labels[index]).click();
    harness.run();

    assert_eq!(harness.state().selection().meeting, Some(index));
    harness.get_by_label_contains(&snippet);
    assert!(harness.query_by_label("No meeting selected").is_none());
    // Where the date came from is explained.
    harness.get_by_label_contains(&capitalised(data.meetings[index].date_basis.describe()));

    // Esc clears the selection again.
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert_eq!(harness.state().selection().meeting, None);
    assert!(harness.query_by_label_contains(&snippet).is_none());
}

#[test]
fn arrow_keys_move_the_selection() {
    let mut harness = harness(Source::Sample);
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    assert_eq!(harness.state().selection().meeting, Some(0));
    harness.key_press(egui::Key::ArrowDown);
    harness.run();
    assert_eq!(harness.state().selection().meeting, Some(1));
    harness.key_press(egui::Key::ArrowUp);
    harness.run();
    assert_eq!(harness.state().selection().meeting, Some(0));
}

#[test]
fn a_missing_folder_shows_an_error_and_the_app_recovers() {
    let missing = tempfile::tempdir().expect("temp dir").path().join("no-such-corpus");
    let mut harness = harness(Source::Folder(missing.clone()));

    let error = harness.state().error().expect("an error for a missing folder").to_string();
    assert!(error.contains("not found"), "unexpected error: {error}");
    harness.get_by_label("Couldn’t open this corpus");
    harness.get_by_label_contains("not found");
    assert!(harness.state().dataset().is_none());
    harness.get_by_label("Nothing loaded");

    // The error screen offers the sample corpus; the app keeps working.
    harness.get_by_label("Open the sample corpus instead").click();
    harness.run();
    wait_loaded(&mut harness);
    assert!(harness.state().error().is_none());
    harness.get_by_label("5 articles");
}

#[test]
fn an_empty_folder_is_an_error_not_an_empty_list() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("notes.pdf"), b"%PDF-1.4").expect("write");
    let harness = harness(Source::Folder(dir.path().to_path_buf()));
    let error = harness.state().error().expect("an error for a folder without articles");
    assert!(error.contains("No readable articles"), "unexpected error: {error}");
    harness.get_by_label_contains("No readable articles");
}

#[test]
fn reload_reads_the_corpus_again() {
    let mut harness = harness(Source::Sample);
    harness.get_by_label("Reload").click();
    harness.step();
    assert!(harness.state().is_loading() || harness.state().dataset().is_some());
    wait_loaded(&mut harness);
    harness.get_by_label("5 articles");
}

#[test]
fn main_window_snapshot() {
    let data = sample();
    let mut harness = harness(Source::Sample);
    // Select the first meeting so the details panel is part of the picture.
    harness.get_all_by_label_contains(&participants(&data, 0)).next().expect("first row").click();
    harness.run();
    harness.get_by_label_contains("Evidence".to_uppercase().as_str());
    // The load time differs from run to run, and so does its width: mask a fixed-width box.
    let timing = harness.get_by_label_contains("loaded in").rect();
    let fixed = egui::Rect::from_min_size(timing.min, egui::vec2(140.0, timing.height()));
    harness.mask(fixed.expand(2.0));
    harness.set_render_cursor(false);
    harness.snapshot("main_window");
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}
