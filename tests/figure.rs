//! Figures: the timeline and network SVGs are well-formed XML carrying their labels, hostile names
//! are escaped, the PNG has the asked size, and the sidecar names the articles behind every mark.

use quick_xml::events::Event;
use std::collections::BTreeSet;
use summitry::figure::{self, graph, timeline};
use summitry::load::{self, Progress, Source};
use summitry::model::Dataset;
use summitry::model::filter::Filter;
use summitry::model::timeline::{ColorMode, LaneMode};

fn devset() -> Dataset {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/devset");
    load::open(&Source::Folder(dir), &Progress::default()).expect("dev set opens")
}

/// Parses `svg` with quick-xml, failing on any error; returns every text node (unescaped) and
/// the number of elements of each name asked for.
fn parse(svg: &str) -> (Vec<String>, std::collections::BTreeMap<String, usize>) {
    let mut reader = quick_xml::Reader::from_str(svg);
    let mut texts = Vec::new();
    let mut counts = std::collections::BTreeMap::new();
    let mut depth = 0i32;
    loop {
        match reader.read_event() {
            Ok(Event::Eof) => break,
            Ok(Event::Start(e)) => {
                depth += 1;
                *counts
                    .entry(String::from_utf8_lossy(e.name().as_ref()).into_owned())
                    .or_insert(0) += 1;
            }
            Ok(Event::End(_)) => depth -= 1,
            Ok(Event::Empty(e)) => {
                *counts
                    .entry(String::from_utf8_lossy(e.name().as_ref()).into_owned())
                    .or_insert(0) += 1;
            }
            Ok(Event::Text(t)) => texts.push(t.decode().expect("utf-8").into_owned()),
            Ok(Event::GeneralRef(r)) => {
                // quick-xml reports entity references apart from the text around them.
                let name = String::from_utf8_lossy(&r).into_owned();
                let ch = match name.as_str() {
                    "lt" => "<",
                    "gt" => ">",
                    "amp" => "&",
                    "quot" => "\"",
                    "apos" => "'",
                    other => panic!("unexpected entity &{other};"),
                };
                match texts.last_mut() {
                    Some(t) => t.push_str(ch),
                    None => texts.push(ch.into()),
                }
                // Mark so the next text joins this one.
                texts.push(String::new());
            }
            Ok(_) => {}
            Err(e) => panic!("not well-formed at {}: {e}", reader.buffer_position()),
        }
    }
    assert_eq!(depth, 0, "unbalanced elements");
    (texts, counts)
}

/// Text nodes with entity references joined back (the parser splits them).
fn joined_texts(svg: &str) -> String {
    parse(svg).0.join("")
}

#[test]
fn timeline_svg_is_well_formed_and_labelled() {
    let data = devset();
    let fig = timeline::render(
        &data,
        &Filter::default(),
        &timeline::TimelineSpec::default(),
    );
    let (_, counts) = parse(&fig.svg);
    let text = joined_texts(&fig.svg);
    assert!(
        text.contains("Diplomatic meetings by country pair"),
        "title"
    );
    for label in ["In person", "Phone call", "Video call", "Letter", "Undated"] {
        assert!(text.contains(label), "legend or strip: {label}");
    }
    // Every lane label and the axis years are there.
    let marks = fig.sidecar.marks.as_ref().unwrap();
    let lanes: BTreeSet<&str> = marks.iter().map(|m| m.lane.as_str()).collect();
    assert!(lanes.len() >= 10, "{lanes:?}");
    for lane in &lanes {
        assert!(text.contains(lane), "lane label {lane}");
    }
    assert!(
        text.contains("2020") && text.contains("2023"),
        "calendar axis"
    );
    // One circle per drawn mark at least (plus undated, legend).
    assert!(
        counts["circle"] >= marks.len(),
        "{} circles for {} marks",
        counts["circle"],
        marks.len()
    );
    // Every dated meeting of the corpus is behind exactly one mark.
    let drawn: usize = marks.iter().map(|m| m.count).sum();
    assert_eq!(
        drawn,
        data.meetings.iter().filter(|m| m.date.is_some()).count()
    );
}

#[test]
fn names_with_markup_are_escaped() {
    let mut data = summitry::model::synthetic::dataset(300, 11);
    let hostile = "<script>alert(\"x\")</script> & 'Ali'";
    // The busiest official gets the hostile name, and a country gets one too.
    let filter = Filter::default();
    let model = summitry::model::timeline::TimelineModel::build(
        &data,
        &filter.apply(&data).meetings,
        LaneMode::Official,
        ColorMode::Country,
        &summitry::model::palette::CountryPalette::new(&data),
    );
    let top = model.lanes[0].official.unwrap();
    data.officials[top].name = hostile.to_string();
    let country = data.officials[top].country.clone().unwrap();
    for o in &mut data.officials {
        if o.country.as_deref() == Some(country.as_str()) {
            o.country = Some("Côte <d'Ivoire> & \"Co\"".into());
        }
    }
    for (lanes, colors) in [
        (LaneMode::Official, ColorMode::Country),
        (LaneMode::CountryPair, ColorMode::Kind),
    ] {
        let spec = timeline::TimelineSpec {
            lanes,
            colors,
            title: Some("A <b>bold</b> & \"quoted\" title".into()),
            ..Default::default()
        };
        let fig = timeline::render(&data, &filter, &spec);
        assert!(!fig.svg.contains("<script"), "raw markup in the SVG");
        assert!(!fig.svg.contains("<b>"), "raw markup in the SVG");
        let text = joined_texts(&fig.svg);
        assert!(
            text.contains("A <b>bold</b> & \"quoted\" title"),
            "title round-trips"
        );
        if lanes == LaneMode::Official {
            assert!(
                text.contains("<script>alert"),
                "the hostile name is shown as text"
            );
            assert!(
                text.contains("Côte <d'Ivoire>"),
                "the hostile country is shown as text"
            );
        } else {
            assert!(
                text.contains("Côte <d'Ivoire> & \"Co\""),
                "the hostile country is in a lane label"
            );
        }
        // The rasteriser accepts it too.
        figure::raster::png(&fig.svg, 0.5).expect("renders");
    }
    let view = filter.apply(&data);
    let fig = graph::render(
        &data,
        &filter,
        &view,
        &graph::circle_layout(&data, &view),
        &graph::GraphSpec::default(),
    );
    assert!(!fig.svg.contains("<script"));
    assert!(
        joined_texts(&fig.svg).contains("<script>alert"),
        "the busiest official is labelled (cut to fit)"
    );
}

#[test]
fn png_has_the_asked_size() {
    let data = devset();
    let spec = timeline::TimelineSpec {
        width: 800.0,
        height: Some(500.0),
        ..Default::default()
    };
    let fig = timeline::render(&data, &Filter::default(), &spec);
    assert_eq!((fig.width, fig.height), (800.0, 500.0));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.png");
    let written = figure::write(&fig, &path, 1.5).expect("writes");
    assert_eq!(written, vec![path.clone(), dir.path().join("t.png.json")]);
    let image = image::open(&path).expect("decodes").to_rgba8();
    assert_eq!(image.dimensions(), (1200, 750));
    // Not blank: the title's ink and coloured marks are there.
    let dark = image
        .pixels()
        .filter(|p| p[0] < 80 && p[1] < 80 && p[2] < 80)
        .count();
    let blue = image.pixels().filter(|p| p[2] > 150 && p[0] < 40).count();
    assert!(dark > 500, "text is drawn ({dark} dark pixels)");
    assert!(blue > 50, "in-person marks are drawn ({blue} blue pixels)");
    let side: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("t.png.json")).unwrap()).unwrap();
    assert_eq!(side["pixels"], serde_json::json!([1200, 750]));
    assert_eq!(side["file"], "t.png");
    // An unwritable place is an error, not a panic.
    assert!(figure::write(&fig, &dir.path().join("missing/t.svg"), 1.0).is_err());
    assert!(figure::write(&fig, &dir.path().join("t.pdf"), 1.0).is_err());
}

#[test]
fn sidecar_lists_the_articles_of_a_filtered_view() {
    let data = devset();
    let mut filter = Filter::default();
    filter.countries.insert("United States".into());
    filter.from = Some(jiff::civil::date(2022, 1, 1));
    filter.to = Some(jiff::civil::date(2023, 12, 31));
    let view = filter.apply(&data);
    assert!(
        view.meetings.len() >= 3 && view.meetings.len() < data.meetings.len(),
        "{}",
        view.meetings.len()
    );
    let fig = timeline::render(&data, &filter, &timeline::TimelineSpec::default());
    let side = serde_json::to_value(&fig.sidecar).unwrap();
    assert_eq!(side["format"], "summitry.figure/1");
    assert_eq!(side["summitry_version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(side["corpus"]["files"], data.corpus.articles.len());
    assert!(
        side["corpus"]["content_hash"]
            .as_str()
            .unwrap()
            .starts_with("fnv1a64:")
    );
    assert_eq!(
        side["filter"]["countries"],
        serde_json::json!(["United States"])
    );
    assert_eq!(side["filter"]["from"], "2022-01-01");
    assert_eq!(side["meetings_shown"], view.meetings.len());

    // The marks inside the range are exactly the filtered meetings, with their articles.
    let marks = fig.sidecar.marks.as_ref().unwrap();
    let mut shown: Vec<String> = marks
        .iter()
        .filter(|m| !m.dim)
        .flat_map(|m| m.meetings.iter().map(|x| x.id.clone()))
        .collect();
    shown.sort();
    let mut expected: Vec<String> = view
        .meetings
        .iter()
        .map(|&m| data.meetings[m].id.clone())
        .collect();
    expected.sort();
    assert_eq!(shown, expected);
    let articles: BTreeSet<String> = marks
        .iter()
        .filter(|m| !m.dim)
        .flat_map(|m| m.articles.clone())
        .collect();
    let expected: BTreeSet<String> = view
        .meetings
        .iter()
        .flat_map(|&m| {
            data.meetings[m]
                .articles
                .iter()
                .map(|&a| data.corpus.articles[a].path.clone())
        })
        .collect();
    assert_eq!(articles, expected);
    // No undated meeting passes a date range.
    assert!(fig.sidecar.undated.as_ref().unwrap().is_empty());
    // The hash follows the content.
    let mut changed = data.clone();
    changed.corpus.articles[0].text.push('x');
    assert_ne!(
        figure::sidecar::content_hash(&changed),
        figure::sidecar::content_hash(&data)
    );
}

#[test]
fn network_figure_draws_every_node_and_edge() {
    let data = devset();
    let filter = Filter::default();
    let view = filter.apply(&data);
    let positions = graph::circle_layout(&data, &view);
    let fig = graph::render(
        &data,
        &filter,
        &view,
        &positions,
        &graph::GraphSpec {
            labels: 5,
            ..Default::default()
        },
    );
    let (_, counts) = parse(&fig.svg);
    assert_eq!(
        fig.sidecar.nodes.as_ref().unwrap().len(),
        view.officials.len()
    );
    let edges = fig.sidecar.edges.as_ref().unwrap();
    assert_eq!(edges.len(), view.edges.len());
    assert_eq!(counts["line"], view.edges.len());
    assert!(
        edges
            .iter()
            .all(|e| !e.articles.is_empty() && e.weight == e.meetings.len())
    );
    // Labels: the five busiest.
    let text = joined_texts(&fig.svg);
    let mut by: Vec<(usize, &str)> = fig
        .sidecar
        .nodes
        .as_ref()
        .unwrap()
        .iter()
        .map(|n| (n.meetings, n.label.as_str()))
        .collect();
    by.sort_by(|a, b| b.0.cmp(&a.0));
    assert!(text.contains(by[0].1));
    // Officials without a position are left out with their edges.
    let fig = graph::render(
        &data,
        &filter,
        &view,
        &positions[..2],
        &graph::GraphSpec::default(),
    );
    assert_eq!(fig.sidecar.nodes.as_ref().unwrap().len(), 2);
    assert!(fig.sidecar.edges.as_ref().unwrap().len() <= 1);
}
