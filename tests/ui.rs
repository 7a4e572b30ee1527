//! UI tests: the app driven through egui_kittest (AccessKit queries), plus one image snapshot.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::time::{Duration, Instant};
use summitry::app::SummitryApp;
use summitry::load::{self, Progress, Source};
use summitry::model::Dataset;

fn harness(source: Source) -> Harness<'static, SummitryApp> {
    harness_stepping(source, 0.25)
}

/// `step_dt`: simulated seconds per frame (egui's double click needs two clicks within 0.3 s).
fn harness_stepping(source: Source, step_dt: f32) -> Harness<'static, SummitryApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_step_dt(step_dt)
        .with_max_steps(16)
        .build_ui_state(
            |ui, app: &mut SummitryApp| app.show(ui),
            SummitryApp::new(source),
        );
    wait_loaded(&mut harness);
    harness
}

/// Steps frames until the background load has finished, then lets the ui settle.
fn wait_loaded(harness: &mut Harness<'static, SummitryApp>) {
    let started = Instant::now();
    while harness.state().is_loading() {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "corpus still loading after 60 s"
        );
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
    assert!(
        harness.state().error().is_none(),
        "sample corpus failed: {:?}",
        harness.state().error()
    );

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
    let labels: Vec<String> = (0..data.meetings.len())
        .map(|i| participants(&data, i))
        .collect();
    let index = (0..labels.len())
        .find(|&i| {
            labels
                .iter()
                .filter(|l| l.contains(labels[i].as_str()))
                .count()
                == 1
        })
        .expect("a meeting with a unique participant list");
    let evidence = data
        .evidence_text(&data.meetings[index].evidence[0])
        .replace(['\n', '\r'], " ");
    let snippet: String = evidence.chars().take(60).collect();

    let mut harness = harness(Source::Sample);
    assert!(
        harness.query_by_label_contains(&snippet).is_none(),
        "evidence shown before any selection"
    );
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
    let missing = tempfile::tempdir()
        .expect("temp dir")
        .path()
        .join("no-such-corpus");
    let mut harness = harness(Source::Folder(missing.clone()));

    let error = harness
        .state()
        .error()
        .expect("an error for a missing folder")
        .to_string();
    assert!(error.contains("not found"), "unexpected error: {error}");
    harness.get_by_label("Couldn’t open this corpus");
    harness.get_by_label_contains("not found");
    assert!(harness.state().dataset().is_none());
    harness.get_by_label("Nothing loaded");

    // The error screen offers the sample corpus; the app keeps working.
    harness
        .get_by_label("Open the sample corpus instead")
        .click();
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
    let error = harness
        .state()
        .error()
        .expect("an error for a folder without articles");
    assert!(
        error.contains("No readable articles"),
        "unexpected error: {error}"
    );
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
    harness
        .get_all_by_label_contains(&participants(&data, 0))
        .next()
        .expect("first row")
        .click();
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
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

#[test]
fn export_menu_writes_the_filtered_data() {
    let data = sample();
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = harness(Source::Sample);
    // Only meetings from 2020 on: the exports follow the filter.
    harness.state_mut().filter_mut().from = Some(jiff::civil::date(2020, 1, 1));
    harness.run();
    let shown = harness.state_mut().filtered().clone();
    assert!(!shown.meetings.is_empty() && shown.meetings.len() < data.meetings.len());
    harness
        .state_mut()
        .set_export_dir(Some(dir.path().to_path_buf()));

    for (item, file) in [
        ("Data: GEXF…", "meetings.gexf"),
        ("Data: GraphML…", "meetings.graphml"),
        ("Data: CSV…", "summitry-csv"),
        ("Timeline figure (SVG/PNG)…", "timeline.svg"),
        ("Network figure (SVG/PNG)…", "network.svg"),
    ] {
        harness.get_by_label("Export").click();
        harness.run();
        harness.get_by_label(item).click();
        let status = finish_export(&mut harness);
        assert!(!status.error, "{item}: {}", status.message);
        assert!(status.message.contains(file), "{item}: {}", status.message);
        // The message is on screen.
        assert!(
            status.message.starts_with("Saved"),
            "{item}: {}",
            status.message
        );
        harness.get_by_label(&status.message);
        assert!(dir.path().join(file).exists(), "{item} wrote {file}");
    }
    let gexf = std::fs::read_to_string(dir.path().join("meetings.gexf")).unwrap();
    assert_eq!(
        gexf.matches("<edge ").count(),
        shown.edges.len(),
        "GEXF has the filtered edges"
    );
    let graphml = std::fs::read_to_string(dir.path().join("meetings.graphml")).unwrap();
    assert_eq!(
        graphml.matches("<node ").count(),
        shown.officials.len(),
        "GraphML has the filtered officials"
    );
    let meetings = std::fs::read_to_string(dir.path().join("summitry-csv/meetings.csv")).unwrap();
    assert_eq!(
        csv::Reader::from_reader(meetings.as_bytes())
            .records()
            .count(),
        shown.meetings.len()
    );
    let side: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("timeline.svg.json")).unwrap())
            .unwrap();
    assert_eq!(side["filter"]["from"], "2020-01-01");
    assert_eq!(side["meetings_shown"], shown.meetings.len());
    // The network view was never opened: the figure lays the filtered network out itself.
    let side: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("network.svg.json")).unwrap())
            .unwrap();
    assert_eq!(
        side["edges"].as_array().map(Vec::len),
        Some(shown.edges.len())
    );
    assert_eq!(
        side["nodes"].as_array().map(Vec::len),
        Some(shown.officials.len())
    );
}

/// Steps until the pending export has finished; returns its status.
fn finish_export(harness: &mut Harness<'static, SummitryApp>) -> summitry::app::ExportStatus {
    let started = Instant::now();
    harness.step();
    while harness.state().export_pending() {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "export still running after 60 s"
        );
        std::thread::sleep(Duration::from_millis(20));
        harness.step();
    }
    harness.run();
    harness
        .state()
        .export_status()
        .cloned()
        .expect("a status after the export")
}

#[test]
fn screenshots_of_the_window_and_of_the_view() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = harness(Source::Sample);
    harness
        .state_mut()
        .set_export_dir(Some(dir.path().to_path_buf()));

    // Ctrl+Shift+S: the whole window.
    harness.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::S,
    );
    let status = finish_export(&mut harness);
    assert!(!status.error, "{}", status.message);
    let window =
        image::image_dimensions(dir.path().join("summitry.png")).expect("a PNG of the window");
    assert_eq!(window, (1280, 800));

    // The view alone, from the menu: smaller than the window, as wide as the central panel.
    harness.get_by_label("Export").click();
    harness.run();
    harness.get_by_label("Screenshot of this view…").click();
    let status = finish_export(&mut harness);
    assert!(!status.error, "{}", status.message);
    let (w, h) =
        image::image_dimensions(dir.path().join("summitry-view.png")).expect("a PNG of the view");
    assert!(w < 1280 && h < 800 && w > 300 && h > 300, "{w}×{h}");
}

/// Opens the sample corpus in the network view and waits for its layout to settle.
fn network_harness() -> Harness<'static, SummitryApp> {
    let mut harness = harness_stepping(Source::Sample, 0.02);
    harness.get_by_label("Network").click();
    harness.run();
    let started = Instant::now();
    while !harness.state().view_settled() {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "layout still running after 60 s"
        );
        harness.step();
    }
    harness.run();
    assert_eq!(harness.state().view(), summitry::app::View::Network);
    harness
}

fn click_at(harness: &mut Harness<'static, SummitryApp>, pos: egui::Pos2) {
    harness.event(egui::Event::PointerMoved(pos));
    harness.step();
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
        harness.step();
    }
    harness.run();
}

#[test]
fn network_figure_uses_the_positions_on_screen() {
    let data = sample();
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = network_harness();
    harness
        .state_mut()
        .set_export_dir(Some(dir.path().to_path_buf()));
    harness.get_by_label("Export").click();
    harness.run();
    harness.get_by_label("Network figure (SVG/PNG)…").click();
    let status = finish_export(&mut harness);
    assert!(!status.error, "{}", status.message);
    assert!(status.message.contains("network.svg"), "{}", status.message);
    let svg = std::fs::read_to_string(dir.path().join("network.svg")).expect("the figure");
    let side: serde_json::Value = serde_json::from_slice(
        &std::fs::read(dir.path().join("network.svg.json")).expect("its sidecar"),
    )
    .unwrap();
    let nodes = side["nodes"].as_array().expect("nodes in the sidecar");
    let officials = harness.state().network().officials().to_vec();
    assert_eq!(nodes.len(), officials.len());
    let node_group = svg
        .split("id=\"nodes\"")
        .nth(1)
        .and_then(|g| g.split("</g>").next())
        .expect("a nodes group");
    assert_eq!(node_group.matches("<circle").count(), officials.len());
    // The figure is the screen scaled by one factor and moved: every node's offset from the
    // first node, on screen and in the figure, differs by the same ratio on both axes.
    let figure_pos = |o: usize| {
        let n = nodes
            .iter()
            .find(|n| n["id"] == data.officials[o].id.as_str())
            .expect("node in sidecar");
        [
            n["x"].as_f64().unwrap() as f32,
            n["y"].as_f64().unwrap() as f32,
        ]
    };
    let first = officials[0];
    let (s0, f0) = (
        harness.state().node_screen_pos(first).unwrap(),
        figure_pos(first),
    );
    let mut ratio = None;
    for &o in &officials[1..] {
        let (s, f) = (harness.state().node_screen_pos(o).unwrap(), figure_pos(o));
        for (ds, df) in [(s.x - s0.x, f[0] - f0[0]), (s.y - s0.y, f[1] - f0[1])] {
            if ds.abs() < 5.0 {
                continue;
            }
            let r = df / ds;
            let want = *ratio.get_or_insert(r);
            assert!(
                r > 0.0 && (r - want).abs() < 0.01 * want.abs() + 0.01,
                "{}: ratio {r} vs {want}",
                data.officials[o].name
            );
        }
    }
    assert!(ratio.is_some(), "nodes are spread on screen");
}

#[test]
fn clicking_a_node_selects_the_official_and_shows_details() {
    let data = sample();
    let mut harness = network_harness();
    let officials = harness.state().network().officials().to_vec();
    assert!(
        officials.len() >= 10,
        "the sample network has its officials: {officials:?}"
    );
    // The most connected official: Fayssal Mikdad in the sample.
    let hub = *officials
        .iter()
        .max_by_key(|&&o| data.meetings_of(o).count())
        .unwrap();
    let name = data.officials[hub].name.clone();
    let pos = harness
        .state()
        .node_screen_pos(hub)
        .expect("the hub is drawn");
    assert!(harness.query_by_label("Counterparts").is_none());
    // Every node is on the canvas, inside the window.
    for &o in &officials {
        let p = harness.state().node_screen_pos(o).unwrap();
        assert!(
            p.x > 0.0 && p.x < 890.0 && p.y > 140.0 && p.y < 760.0,
            "{} at {p:?}",
            data.officials[o].name
        );
    }

    click_at(&mut harness, pos);
    assert_eq!(
        harness.state().selection().official,
        Some(hub),
        "{name} selected"
    );
    assert_eq!(harness.state().selection().meeting, None);
    // The details panel shows the official: name, country, counterparts, meetings, network figures.
    assert!(harness.query_all_by_label(&name).count() >= 1);
    harness.get_by_label_contains("COUNTERPARTS");
    harness.get_by_label_contains(&format!("MEETINGS ({})", data.meetings_of(hub).count()));
    harness.get_by_label("PageRank");
    harness.get_by_label_contains("#1 of");
    assert!(harness.query_by_label("No meeting selected").is_none());

    // Clicking the background clears the official.
    let empty = egui::pos2(860.0, 740.0);
    click_at(&mut harness, empty);
    assert_eq!(harness.state().selection().official, None);
    harness.get_by_label("No meeting selected");
}

#[test]
fn double_click_shows_the_ego_network_and_keys_zoom() {
    let data = sample();
    let mut harness = network_harness();
    let officials = harness.state().network().officials().to_vec();
    let leaf = *officials
        .iter()
        .min_by_key(|&&o| data.meetings_of(o).count())
        .unwrap();
    let pos = harness.state().node_screen_pos(leaf).unwrap();
    harness.event(egui::Event::PointerMoved(pos));
    harness.step();
    for pressed in [true, false, true, false] {
        harness.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
        harness.step();
    }
    harness.run();
    assert_eq!(harness.state().network().ego(), Some(leaf));
    harness.get_by_label("Show all").click();
    harness.run();
    assert_eq!(harness.state().network().ego(), None);

    // + zooms in: nodes move away from the centre.
    let spread = |h: &Harness<'static, SummitryApp>| {
        let ps: Vec<egui::Pos2> = officials
            .iter()
            .map(|&o| h.state().node_screen_pos(o).unwrap())
            .collect();
        let xs = ps.iter().map(|p| p.x);
        xs.clone().fold(f32::MIN, f32::max) - xs.fold(f32::MAX, f32::min)
    };
    let before = spread(&harness);
    harness.event(egui::Event::PointerMoved(egui::pos2(450.0, 450.0)));
    harness.key_press(egui::Key::Plus);
    harness.run();
    let zoomed = spread(&harness);
    assert!(zoomed > before * 1.1, "{before} -> {zoomed}");
    harness.key_press(egui::Key::F);
    harness.run();
    assert!((spread(&harness) - before).abs() < 2.0, "F fits again");
}

#[test]
fn filters_keep_the_positions_of_officials_that_stay() {
    let mut harness = network_harness();
    let officials = harness.state().network().officials().to_vec();
    let before: Vec<egui::Pos2> = officials
        .iter()
        .map(|&o| harness.state().node_screen_pos(o).unwrap())
        .collect();
    harness.state_mut().filter_mut().from = Some(jiff::civil::date(2020, 1, 1));
    harness.step();
    let started = Instant::now();
    while !harness.state().view_settled() {
        assert!(started.elapsed() < Duration::from_secs(60));
        harness.step();
    }
    harness.run();
    let after = harness.state().network().officials().to_vec();
    assert!(
        !after.is_empty() && after.len() < officials.len(),
        "{} -> {}",
        officials.len(),
        after.len()
    );
    // The camera may refit, so compare shapes: stayers' positions around their centroid, in
    // units of their spread, move little.
    let stay: Vec<usize> = after
        .iter()
        .copied()
        .filter(|o| officials.contains(o))
        .collect();
    assert!(stay.len() >= 3);
    let normalise = |ps: Vec<egui::Pos2>| {
        let n = ps.len() as f32;
        let c = ps.iter().fold(egui::Vec2::ZERO, |a, p| a + p.to_vec2()) / n;
        let spread = (ps
            .iter()
            .map(|p| (p.to_vec2() - c).length_sq())
            .sum::<f32>()
            / n)
            .sqrt();
        ps.iter()
            .map(|p| (p.to_vec2() - c) / spread)
            .collect::<Vec<_>>()
    };
    let was = normalise(
        stay.iter()
            .map(|o| before[officials.iter().position(|v| v == o).unwrap()])
            .collect(),
    );
    let now = normalise(
        stay.iter()
            .map(|&o| harness.state().node_screen_pos(o).unwrap())
            .collect(),
    );
    let moved = was
        .iter()
        .zip(&now)
        .map(|(a, b)| (*a - *b).length())
        .sum::<f32>()
        / stay.len() as f32;
    assert!(
        moved < 0.25,
        "officials that stay keep their places: mean move {moved} of their spread"
    );
}

#[test]
fn network_snapshot() {
    let mut harness = network_harness();
    // The load time differs from run to run, and so does its label's width.
    let timing = harness.get_by_label_contains("loaded in").rect();
    harness.mask(egui::Rect::from_min_size(
        timing.min - egui::vec2(2.0, 2.0),
        egui::vec2(160.0, timing.height() + 4.0),
    ));
    harness.set_render_cursor(false);
    harness.snapshot("network");
}
