//! UI tests of the filters, the timeline and the views moving together, on the dev set (25 wire
//! articles, 20 meetings between many countries, two undated).

use clap::Parser;
use egui::{Event, Modifiers, PointerButton, Pos2, pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::PathBuf;
use std::time::{Duration, Instant};
use summitry::app::timeline_view::day_number;
use summitry::app::{SummitryApp, View};
use summitry::cli::Cli;
use summitry::load::Source;

fn devset() -> Source {
    Source::Folder(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/devset"))
}

/// Hides what differs between runs and checkouts: the load time and the corpus folder's absolute
/// path (fixed-width boxes, since their text width varies too).
fn mask_volatile(h: &mut Harness<'static, SummitryApp>) {
    for (label, width) in [("loaded in", 140.0), ("tests/devset", 520.0)] {
        if let Some(node) = h.query_by_label_contains(label) {
            let r = node.rect();
            h.mask(egui::Rect::from_min_size(r.min, egui::vec2(width, r.height())).expand(2.0));
        }
    }
}

fn harness_for(app: SummitryApp) -> Harness<'static, SummitryApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_max_steps(16)
        .build_ui_state(|ui, app: &mut SummitryApp| app.show(ui), app);
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
    assert!(
        harness.state().error().is_none(),
        "{:?}",
        harness.state().error()
    );
    harness
}

fn harness(view: View) -> Harness<'static, SummitryApp> {
    harness_for(SummitryApp::new(devset()).with_view(view))
}

/// A real click: move, press, release, at one spot.
fn click_at(h: &mut Harness<'static, SummitryApp>, pos: Pos2) {
    h.hover_at(pos);
    h.step();
    h.event(Event::PointerButton {
        pos,
        button: PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    h.step();
    h.event(Event::PointerButton {
        pos,
        button: PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    h.run();
    h.remove_cursor();
    h.run();
}

/// A real drag with the primary button, in a few moves.
fn drag(h: &mut Harness<'static, SummitryApp>, from: Pos2, to: Pos2) {
    h.hover_at(from);
    h.step();
    h.event(Event::PointerButton {
        pos: from,
        button: PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    h.step();
    for t in [0.1, 0.4, 0.7, 1.0] {
        h.hover_at(from + (to - from) * t);
        h.step();
    }
    h.event(Event::PointerButton {
        pos: to,
        button: PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    h.run();
    // Like kittest's `drop_at`: the pointer leaves, so no tooltip swallows the next click.
    h.remove_cursor();
    h.run();
}

fn meeting_countries(h: &mut Harness<'static, SummitryApp>, m: usize) -> Vec<String> {
    let data = h.state().dataset().unwrap();
    data.meetings[m]
        .participants
        .iter()
        .filter_map(|&p| data.officials[p].country.clone())
        .collect()
}

#[test]
fn ticking_a_country_changes_the_counts_and_what_every_view_shows() {
    let mut h = harness(View::Meetings);
    let all = h.state_mut().filtered().clone();
    let data = h.state().dataset().unwrap().clone();
    assert_eq!(all.meetings.len(), data.meetings.len());
    let in_person_before = h
        .state_mut()
        .facets()
        .kind(summitry::model::MeetingKind::InPerson);
    h.get_by_label(&format!("In person ({in_person_before})"));
    let russia = h.state_mut().facets().country("Russia");
    assert!(russia >= 3, "the dev set has Russian meetings");

    h.get_by_label(&format!("Russia ({russia})")).click();
    h.run();

    assert!(h.state().filter().countries.contains("Russia"));
    let shown = h.state_mut().filtered().clone();
    assert_eq!(shown.meetings.len(), russia);
    for &m in &shown.meetings {
        assert!(meeting_countries(&mut h, m).contains(&"Russia".to_string()));
    }
    // The graph will draw these officials: fewer, and every one in a shown meeting.
    assert!(shown.officials.len() < all.officials.len());
    assert!(shown.officials.iter().all(|o| {
        shown
            .meetings
            .iter()
            .any(|&m| data.meetings[m].participants.contains(o))
    }));
    // Kind counts follow the country; the country's own count does not change.
    let in_person_after = h
        .state_mut()
        .facets()
        .kind(summitry::model::MeetingKind::InPerson);
    assert!(in_person_after < in_person_before);
    h.get_by_label(&format!("In person ({in_person_after})"));
    h.get_by_label(&format!("Russia ({russia})"));
    // The meeting list says so and shows only those rows.
    h.get_by_label(&format!(
        "{} of {} meetings match the filters",
        russia,
        data.meetings.len()
    ));
    assert!(
        h.query_by_label_contains("(Japan)").is_none(),
        "a Japanese-only meeting is still listed"
    );

    // "Only among" Russia and a partner leaves the meetings between those two countries alone.
    // (The partner with most meetings: its row is near the top of the list, in view.)
    let partners: Vec<String> = shown
        .meetings
        .iter()
        .filter_map(|&m| {
            let cs = meeting_countries(&mut h, m);
            let others: Vec<String> = cs.iter().filter(|c| *c != "Russia").cloned().collect();
            (cs.len() == data.meetings[m].participants.len()
                && !others.is_empty()
                && others.iter().all(|c| *c == others[0]))
            .then(|| others[0].clone())
        })
        .collect();
    let partner = partners
        .iter()
        .max_by_key(|c| h.state_mut().facets().country(c))
        .cloned()
        .expect("a meeting between Russia and one other country");
    let partner_count = h.state_mut().facets().country(&partner);
    h.get_by_label(&format!("{partner} ({partner_count})"))
        .click();
    h.run();
    let any = h.state_mut().filtered().meetings.len();
    h.get_by_label("Only among").click();
    h.run();
    let only = h.state_mut().filtered().meetings.clone();
    assert!(
        !only.is_empty() && only.len() < any,
        "{} of {any}",
        only.len()
    );
    for m in only {
        assert!(
            meeting_countries(&mut h, m)
                .iter()
                .all(|c| c == "Russia" || *c == partner)
        );
        assert_eq!(
            meeting_countries(&mut h, m).len(),
            data.meetings[m].participants.len()
        );
    }

    h.get_by_label("Clear all").click();
    h.run();
    assert!(h.state().filter().is_empty());
    assert_eq!(h.state_mut().filtered().meetings.len(), data.meetings.len());
}

#[test]
fn choosing_a_topic_filters_the_timeline() {
    let mut h = harness(View::Timeline);
    let data = h.state().dataset().unwrap().clone();
    let lanes_before = h.state().timeline().model().lanes.len();
    let marks_before: usize = h
        .state()
        .timeline()
        .model()
        .lanes
        .iter()
        .map(|l| l.marks.len())
        .sum();
    // The busiest topic that does not cover everything.
    let facets = h.state_mut().facets().clone();
    let (topic, n) = facets
        .topics
        .iter()
        .filter(|(_, n)| **n < data.meetings.len())
        .max_by_key(|(_, n)| **n)
        .map(|(t, n)| (t.clone(), *n))
        .expect("a topic");
    let label = data.topic_label(&topic).to_string();

    // The topic list is below the countries: scroll it into view, then click it.
    h.get_by_label(&format!("{label} ({n})")).scroll_to_me();
    h.run();
    h.get_by_label(&format!("{label} ({n})")).click();
    h.run();

    let model = h.state().timeline().model().clone();
    let marks: usize = model.lanes.iter().map(|l| l.marks.len()).sum();
    assert_eq!(
        marks + model.undated.len(),
        n,
        "the timeline holds exactly the topic's meetings"
    );
    assert!(marks < marks_before);
    assert!(model.lanes.len() <= lanes_before);
    for lane in &model.lanes {
        for mark in &lane.marks {
            assert!(data.meetings[mark.meeting as usize].topics.contains(&topic));
        }
    }
    h.get_by_label(&format!("{n} of {} meetings shown", data.meetings.len()));
}

#[test]
fn brushing_the_date_axis_filters_every_view() {
    let mut h = harness(View::Timeline);
    let total = h.state().dataset().unwrap().meetings.len();
    let axis = h
        .get_by_label("Date axis: drag to select a date range")
        .rect();
    let view = h
        .state()
        .timeline()
        .viewport()
        .expect("the timeline was drawn");
    let (a, b) = (
        pos2(axis.left() + axis.width() * 0.55, axis.center().y),
        pos2(axis.right() - 4.0, axis.center().y),
    );

    drag(&mut h, a, b);

    let f = h.state().filter().clone();
    let (from, to) = (f.from.expect("brushed: from"), f.to.expect("brushed: to"));
    assert!(from < to);
    let (fd, td) = (day_number(from) as f64, day_number(to) as f64);
    assert!(
        (fd - view.day_at(a.x)).abs() <= 2.0,
        "from {from} is where the drag started"
    );
    assert!(
        (td - view.day_at(b.x)).abs() <= 2.0,
        "to {to} is where it ended"
    );
    let shown = h.state_mut().filtered().meetings.clone();
    assert!(
        !shown.is_empty() && shown.len() < total,
        "{} of {total}",
        shown.len()
    );
    let data = h.state().dataset().unwrap().clone();
    assert!(
        shown
            .iter()
            .all(|&m| data.meetings[m].date.is_some_and(|d| d >= from && d <= to))
    );
    // The range shows with a way to clear it, and the meeting list follows.
    h.get_by_label("Clear range");
    h.get_by_label("Meetings").click();
    h.run();
    assert_eq!(h.state().view(), View::Meetings);
    h.get_by_label(&format!(
        "{} of {total} meetings match the filters",
        shown.len()
    ));
    h.get_by_label("Clear range").click();
    h.run();
    assert_eq!(h.state().filter().from, None);
    assert_eq!(h.state_mut().filtered().meetings.len(), total);
}

#[test]
fn clicking_a_mark_on_the_timeline_shows_the_meeting() {
    let mut h = harness(View::Timeline);
    let data = h.state().dataset().unwrap().clone();
    let (m, pos) = (0..data.meetings.len())
        .filter(|&m| data.meetings[m].date.is_some())
        .find_map(|m| h.state().timeline().mark_position(m).map(|p| (m, p)))
        .expect("a dated meeting drawn as its own mark");
    h.get_by_label("No meeting selected");

    click_at(&mut h, pos);

    assert_eq!(h.state().selection().meeting, Some(m));
    let evidence = data
        .evidence_text(&data.meetings[m].evidence[0])
        .replace(['\n', '\r'], " ");
    let snippet: String = evidence.chars().take(50).collect();
    h.get_by_label_contains(&snippet);

    // Undated meetings sit in their own strip and select the same way.
    let undated = h
        .state()
        .timeline()
        .model()
        .undated
        .first()
        .map(|u| u.meeting as usize)
        .expect("undated");
    let pos = h
        .state()
        .timeline()
        .mark_position(undated)
        .expect("drawn in the undated strip");
    click_at(&mut h, pos);
    assert_eq!(h.state().selection().meeting, Some(undated));
    assert!(
        h.query_all_by_label_contains("Undated").count() >= 2,
        "the strip and the details say so"
    );

    // Its source opens in the reader.
    h.get_all_by_label("Open article")
        .next()
        .unwrap()
        .scroll_to_me();
    h.run();
    h.get_all_by_label("Open article").next().unwrap().click();
    h.run();
    assert_eq!(
        h.state().reader_article(),
        Some(data.meetings[undated].articles[0])
    );
    h.get_by_label("Article text");
}

#[test]
fn a_participant_opens_the_officials_profile() {
    let mut h = harness(View::Meetings);
    let data = h.state().dataset().unwrap().clone();
    // The official with the most meetings.
    let p = (0..data.officials.len())
        .max_by_key(|&p| data.meetings_of(p).count())
        .unwrap();
    let m = data.meetings_of(p).next().unwrap();
    h.state_mut().selection_mut().meeting = Some(m);
    h.run();
    h.get_all_by_label(&data.officials[p].name)
        .next()
        .expect("participant name")
        .click();
    h.run();
    assert_eq!(h.state().selection().official, Some(p));
    assert_eq!(h.state().selection().meeting, None);
    let n = data.meetings_of(p).count();
    h.get_by_label(&format!("MEETINGS ({n})"));
    h.get_by_label_contains("COUNTERPARTS");
}

#[test]
fn command_line_filters_reach_the_app() {
    let dir = devset();
    let Source::Folder(dir) = dir else {
        unreachable!()
    };
    let cli = Cli::try_parse_from([
        "summitry".as_ref(),
        dir.as_os_str(),
        "--country".as_ref(),
        "russia".as_ref(),
        "--country".as_ref(),
        "Turkey".as_ref(),
        "--from".as_ref(),
        "2022-01-01".as_ref(),
        "--to".as_ref(),
        "2023-12-31".as_ref(),
        "--view".as_ref(),
        "timeline".as_ref(),
    ])
    .expect("valid flags");
    let launch = cli.launch();
    let mut h = harness_for(SummitryApp::new(Source::Folder(dir)).with_launch(&launch));
    assert_eq!(h.state().view(), View::Timeline);
    let f = h.state().filter().clone();
    assert_eq!(
        f.countries.iter().cloned().collect::<Vec<_>>(),
        ["Russia", "Turkey"],
        "names match the corpus"
    );
    let shown = h.state_mut().filtered().meetings.clone();
    assert!(!shown.is_empty());
    for m in shown {
        let d = h.state().dataset().unwrap().meetings[m].date.unwrap();
        assert!(d.year() >= 2022 && d.year() <= 2023);
        let cs = meeting_countries(&mut h, m);
        assert!(cs.iter().any(|c| c == "Russia" || c == "Turkey"));
    }
    h.get_by_label("Clear range");

    assert!(Cli::try_parse_from(["summitry", "--from", "2017-13-01"]).is_err());
    assert!(Cli::try_parse_from(["summitry", "--to", "yesterday"]).is_err());
}

#[test]
fn space_plays_the_corpus_through_time() {
    let mut h = harness(View::Timeline);
    h.key_press(egui::Key::Space);
    h.step();
    assert!(h.state().is_playing());
    let first = h.state().filter().from.expect("the window is set");
    for _ in 0..30 {
        h.step();
    }
    let later = h.state().filter().from.expect("still a window");
    assert!(later > first, "the window moves: {first} then {later}");
    let (from, to) = (
        h.state().filter().from.unwrap(),
        h.state().filter().to.unwrap(),
    );
    let data = h.state().dataset().unwrap().clone();
    assert!(
        h.state_mut()
            .filtered()
            .meetings
            .iter()
            .all(|&m| data.meetings[m].date.is_some_and(|d| d >= from && d <= to))
    );
    h.key_press(egui::Key::Space);
    h.step();
    assert!(!h.state().is_playing());

    // Ctrl+F goes to the search box; typing there narrows by name.
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::F);
    h.run();
    h.event(Event::Text("Lavrov".into()));
    h.run();
    assert_eq!(h.state().filter().search, "Lavrov");
}

#[test]
fn timeline_snapshot() {
    let mut h = harness(View::Timeline);
    let data = h.state().dataset().unwrap().clone();
    let m = (0..data.meetings.len())
        .rev()
        .find(|&m| data.meetings[m].date.is_some())
        .unwrap();
    h.state_mut().selection_mut().meeting = Some(m);
    h.run();
    mask_volatile(&mut h);
    h.set_render_cursor(false);
    h.snapshot("timeline");
}

#[test]
fn timeline_at_scale_snapshot() {
    // 50,000 synthetic meetings, lanes by official, coloured by country: bubbles, not a smear.
    let mut app = SummitryApp::with_dataset(summitry::model::synthetic::dataset(50_000, 42))
        .with_view(View::Timeline);
    app.timeline_mut().lane_mode = summitry::app::timeline_view::LaneMode::Official;
    app.timeline_mut().color_mode = summitry::app::timeline_view::ColorMode::Country;
    let mut h = harness_for(app);
    assert!(h.state().timeline().model().lanes.len() > 1000);
    h.set_render_cursor(false);
    h.snapshot("timeline_50k");
}
