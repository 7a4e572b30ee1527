//! Data exports for other tools: CSV, GEXF and GraphML, through the library and the command line.
//! The XML is read back with quick-xml's reader and the CSV with the csv crate, then compared with
//! the dataset it came from.

use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::Event;
use quick_xml::{Reader, XmlVersion};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use summitry::export::{csv as csv_export, gexf, graphml};
use summitry::load::{self, Progress, Source};
use summitry::model::filter::{Filter, FilteredView};
use summitry::model::*;

fn sample_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_corpus")
}

fn sample() -> (Dataset, FilteredView) {
    let data = load::open(&Source::Folder(sample_dir()), &Progress::default())
        .expect("sample corpus loads");
    let view = Filter::default().apply(&data);
    assert!(
        view.officials.len() >= 10 && view.edges.len() >= 10,
        "sample is big enough to test on"
    );
    (data, view)
}

fn summitry(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_summitry"))
        .args(args)
        .output()
        .expect("run summitry")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

// ---------------------------------------------------------------------------------------------
// A minimal XML tree from quick-xml's reader: fails on anything malformed.

#[derive(Debug, Default)]
struct Element {
    name: String,
    attrs: BTreeMap<String, String>,
    text: String,
    children: Vec<Element>,
}

impl Element {
    fn attr(&self, k: &str) -> &str {
        self.attrs.get(k).map_or_else(
            || panic!("<{}> has no {k}: {:?}", self.name, self.attrs),
            String::as_str,
        )
    }
    fn child(&self, name: &str) -> &Element {
        self.children
            .iter()
            .find(|c| c.name == name)
            .unwrap_or_else(|| panic!("<{}> has no <{name}>", self.name))
    }
    fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.children.iter().filter(move |c| c.name == name)
    }
}

fn parse_xml(xml: &str) -> Element {
    let mut reader = Reader::from_str(xml);
    reader.config_mut().check_end_names = true;
    let mut stack = vec![Element::default()];
    let open = |e: &quick_xml::events::BytesStart| {
        let name = String::from_utf8(e.name().as_ref().to_vec()).unwrap();
        let mut attrs = BTreeMap::new();
        for a in e.attributes() {
            let a = a.expect("well-formed attribute");
            let key = String::from_utf8(a.key.as_ref().to_vec()).unwrap();
            let value = a
                .normalized_value(XmlVersion::Explicit1_0)
                .expect("attribute value unescapes")
                .into_owned();
            assert!(
                attrs.insert(key, value).is_none(),
                "duplicate attribute in <{name}>"
            );
        }
        Element {
            name,
            attrs,
            ..Element::default()
        }
    };
    loop {
        match reader
            .read_event()
            .unwrap_or_else(|e| panic!("malformed XML at {}: {e}", reader.error_position()))
        {
            Event::Start(e) => stack.push(open(&e)),
            Event::Empty(e) => stack.last_mut().unwrap().children.push(open(&e)),
            Event::End(_) => {
                let done = stack.pop().unwrap();
                stack.last_mut().expect("balanced tags").children.push(done);
            }
            Event::Text(t) => stack
                .last_mut()
                .unwrap()
                .text
                .push_str(&t.xml10_content().unwrap()),
            Event::GeneralRef(r) => {
                let text = match r.resolve_char_ref().expect("valid character reference") {
                    Some(c) => c.to_string(),
                    None => {
                        let name = r.decode().unwrap();
                        resolve_predefined_entity(&name)
                            .unwrap_or_else(|| panic!("unknown entity &{name};"))
                            .to_string()
                    }
                };
                stack.last_mut().unwrap().text.push_str(&text);
            }
            Event::CData(c) => stack
                .last_mut()
                .unwrap()
                .text
                .push_str(&c.decode().unwrap()),
            Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(stack.len(), 1, "unclosed elements");
    let mut doc = stack.pop().unwrap();
    assert_eq!(doc.children.len(), 1, "one root element");
    doc.children.pop().unwrap()
}

fn dates(data: &Dataset, meetings: &[usize]) -> Vec<String> {
    let set: BTreeSet<_> = meetings
        .iter()
        .filter_map(|&m| data.meetings[m].date)
        .collect();
    set.into_iter().map(|d| d.to_string()).collect()
}

fn meetings_of(data: &Dataset, view: &FilteredView, o: usize) -> Vec<usize> {
    view.meetings
        .iter()
        .copied()
        .filter(|&m| data.meetings[m].participants.contains(&o))
        .collect()
}

fn titles(o: &Official) -> String {
    o.titles
        .iter()
        .map(|t| t.title.as_str())
        .collect::<Vec<_>>()
        .join("; ")
}

// ---------------------------------------------------------------------------------------------
// GEXF

fn check_gexf(xml: &str, data: &Dataset, view: &FilteredView) {
    let root = parse_xml(xml);
    assert_eq!(root.name, "gexf");
    assert_eq!(root.attr("xmlns"), "http://gexf.net/1.3");
    assert_eq!(root.attr("version"), "1.3");
    let graph = root.child("graph");
    assert_eq!(graph.attr("mode"), "dynamic");
    assert_eq!(graph.attr("timeformat"), "date");
    assert_eq!(graph.attr("defaultedgetype"), "undirected");
    let declared: BTreeMap<(String, String), String> = graph
        .all("attributes")
        .flat_map(|a| {
            a.all("attribute").map(move |x| {
                (
                    (a.attr("class").to_string(), x.attr("id").to_string()),
                    x.attr("type").to_string(),
                )
            })
        })
        .collect();
    for (class, id, ty) in [
        ("node", "country", "string"),
        ("node", "titles", "string"),
        ("node", "meetings", "integer"),
    ] {
        assert_eq!(
            declared
                .get(&(class.to_string(), id.to_string()))
                .map(String::as_str),
            Some(ty),
            "{class} {id}"
        );
    }

    let nodes: Vec<&Element> = graph.child("nodes").all("node").collect();
    assert_eq!(nodes.len(), view.officials.len());
    let mut node_ids = BTreeSet::new();
    for (node, &o) in nodes.iter().zip(&view.officials) {
        let off = &data.officials[o];
        assert_eq!(node.attr("id"), off.id);
        assert_eq!(node.attr("label"), off.name);
        node_ids.insert(node.attr("id").to_string());
        let values: BTreeMap<&str, &str> = node
            .child("attvalues")
            .all("attvalue")
            .map(|v| (v.attr("for"), v.attr("value")))
            .collect();
        assert_eq!(
            values.get("country").copied(),
            off.country.as_deref(),
            "{}",
            off.name
        );
        assert_eq!(values["titles"], titles(off));
        let met = meetings_of(data, view, o);
        assert_eq!(values["meetings"], met.len().to_string());
        let spells: Vec<String> = node
            .children
            .iter()
            .filter(|c| c.name == "spells")
            .flat_map(|s| s.all("spell"))
            .map(|s| {
                assert_eq!(s.attr("start"), s.attr("end"));
                s.attr("start").to_string()
            })
            .collect();
        assert_eq!(spells, dates(data, &met), "node spells of {}", off.name);
    }

    let edges: Vec<&Element> = graph.child("edges").all("edge").collect();
    assert_eq!(edges.len(), view.edges.len());
    let mut edge_ids = BTreeSet::new();
    for (edge, (&(a, b), ms)) in edges.iter().zip(&view.edges) {
        assert!(
            edge_ids.insert(edge.attr("id").to_string()),
            "edge ids are unique"
        );
        assert_eq!(edge.attr("source"), data.officials[a].id);
        assert_eq!(edge.attr("target"), data.officials[b].id);
        assert!(node_ids.contains(edge.attr("source")) && node_ids.contains(edge.attr("target")));
        assert_eq!(edge.attr("weight"), ms.len().to_string());
        let spells: Vec<&str> = edge
            .child("spells")
            .all("spell")
            .map(|s| s.attr("start"))
            .collect();
        assert_eq!(spells, dates(data, ms));
        let ids = edge.child("attvalues").child("attvalue");
        assert_eq!(ids.attr("for"), "meeting_ids");
        let want: Vec<&str> = ms.iter().map(|&m| data.meetings[m].id.as_str()).collect();
        assert_eq!(ids.attr("value"), want.join("; "));
    }
}

#[test]
fn gexf_of_the_sample_parses_with_nodes_edges_attributes_and_spells() {
    let (data, view) = sample();
    check_gexf(&gexf::to_gexf(&data, &view), &data, &view);
    // Sanity: the check can fail.
    let broken = gexf::to_gexf(&data, &view).replacen(
        "<spell start=",
        "<spell start=\"1999-01-01\" end=\"1999-01-01\"/><spell start=",
        1,
    );
    assert!(std::panic::catch_unwind(|| check_gexf(&broken, &data, &view)).is_err());
}

#[test]
fn gexf_exports_a_filtered_view() {
    let (data, all) = sample();
    let filter = Filter {
        from: Some(jiff::civil::date(2020, 1, 1)),
        ..Filter::default()
    };
    let view = filter.apply(&data);
    assert!(view.edges.len() < all.edges.len() && !view.edges.is_empty());
    check_gexf(&gexf::to_gexf(&data, &view), &data, &view);
    let xml = graphml::to_graphml(&data, &view);
    assert_eq!(
        parse_xml(&xml).child("graph").all("edge").count(),
        view.edges.len()
    );
}

#[test]
fn gexf_from_the_command_line_matches_the_library() {
    let (data, view) = sample();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sample.gexf");
    let out = summitry(&[
        "extract",
        sample_dir().to_str().unwrap(),
        "--format",
        "gexf",
        "--out",
        path.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    check_gexf(&std::fs::read_to_string(&path).unwrap(), &data, &view);
}

// ---------------------------------------------------------------------------------------------
// GraphML

fn check_graphml(xml: &str, data: &Dataset, view: &FilteredView) {
    let root = parse_xml(xml);
    assert_eq!(root.name, "graphml");
    assert_eq!(root.attr("xmlns"), "http://graphml.graphdrawing.org/xmlns");
    let keys: BTreeMap<&str, (&str, &str, &str)> = root
        .all("key")
        .map(|k| {
            (
                k.attr("id"),
                (k.attr("for"), k.attr("attr.name"), k.attr("attr.type")),
            )
        })
        .collect();
    assert_eq!(keys["country"], ("node", "country", "string"));
    assert_eq!(keys["titles"], ("node", "titles", "string"));
    assert_eq!(keys["meetings"], ("node", "meetings", "int"));
    assert_eq!(keys["weight"], ("edge", "weight", "double"));
    assert_eq!(keys["first_date"].0, "edge");
    assert_eq!(keys["last_date"].0, "edge");
    let graph = root.child("graph");
    assert_eq!(graph.attr("edgedefault"), "undirected");
    let data_of = |e: &Element| -> BTreeMap<String, String> {
        e.all("data")
            .map(|d| {
                assert!(
                    keys.contains_key(d.attr("key")),
                    "undeclared key {}",
                    d.attr("key")
                );
                (d.attr("key").to_string(), d.text.clone())
            })
            .collect()
    };

    let nodes: Vec<&Element> = graph.all("node").collect();
    assert_eq!(nodes.len(), view.officials.len());
    for (node, &o) in nodes.iter().zip(&view.officials) {
        let off = &data.officials[o];
        assert_eq!(node.attr("id"), off.id);
        let d = data_of(node);
        assert_eq!(d["label"], off.name);
        assert_eq!(d.get("country"), off.country.as_ref());
        assert_eq!(d["titles"], titles(off));
        assert_eq!(d["meetings"], meetings_of(data, view, o).len().to_string());
    }
    let edges: Vec<&Element> = graph.all("edge").collect();
    assert_eq!(edges.len(), view.edges.len());
    for (edge, (&(a, b), ms)) in edges.iter().zip(&view.edges) {
        assert_eq!(edge.attr("source"), data.officials[a].id);
        assert_eq!(edge.attr("target"), data.officials[b].id);
        let d = data_of(edge);
        assert_eq!(d["weight"], ms.len().to_string());
        let days = dates(data, ms);
        assert_eq!(d.get("first_date"), days.first());
        assert_eq!(d.get("last_date"), days.last());
    }
}

#[test]
fn graphml_of_the_sample_parses_with_keys_nodes_and_edges() {
    let (data, view) = sample();
    check_graphml(&graphml::to_graphml(&data, &view), &data, &view);
    let out = summitry(&[
        "extract",
        sample_dir().to_str().unwrap(),
        "--format",
        "graphml",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    check_graphml(&String::from_utf8(out.stdout).unwrap(), &data, &view);
}

// ---------------------------------------------------------------------------------------------
// CSV

fn read_csv(text: &str) -> Vec<BTreeMap<String, String>> {
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = r.headers().unwrap().iter().map(str::to_string).collect();
    r.records()
        .map(|row| {
            header
                .iter()
                .cloned()
                .zip(row.unwrap().iter().map(str::to_string))
                .collect()
        })
        .collect()
}

/// Reads the three CSV files back and compares every row and cell with the dataset.
fn check_csv(officials: &str, meetings: &str, edges: &str, data: &Dataset, view: &FilteredView) {
    let officials = read_csv(officials);
    assert_eq!(officials.len(), view.officials.len());
    for (row, &o) in officials.iter().zip(&view.officials) {
        let off = &data.officials[o];
        assert_eq!(row["id"], off.id);
        assert_eq!(row["name"], off.name);
        assert_eq!(row["aliases"], off.aliases.join("; "));
        assert_eq!(row["country"], off.country.clone().unwrap_or_default());
        assert_eq!(row["titles"], titles(off));
        assert_eq!(
            row["meetings"],
            meetings_of(data, view, o).len().to_string()
        );
    }

    let meetings = read_csv(meetings);
    assert_eq!(meetings.len(), view.meetings.len());
    for (row, &mi) in meetings.iter().zip(&view.meetings) {
        let m = &data.meetings[mi];
        assert_eq!(row["id"], m.id);
        assert_eq!(
            row["date"],
            m.date.map(|d| d.to_string()).unwrap_or_default()
        );
        assert_eq!(row["date_basis"], m.date_basis.as_str());
        assert_eq!(MeetingKind::parse(&row["kind"]), Some(m.kind));
        assert_eq!(row["place"], m.place.clone().unwrap_or_default());
        let ids: Vec<&str> = row["participant_ids"].split("; ").collect();
        let want: Vec<&str> = m
            .participants
            .iter()
            .map(|&p| data.officials[p].id.as_str())
            .collect();
        assert_eq!(ids, want);
        let names: Vec<&str> = row["participant_names"].split("; ").collect();
        assert_eq!(
            names,
            m.participants
                .iter()
                .map(|&p| data.officials[p].name.as_str())
                .collect::<Vec<_>>()
        );
        for p in &m.participants {
            if let Some(c) = &data.officials[*p].country {
                assert!(
                    row["countries"].split("; ").any(|x| x == c),
                    "{c} in {}",
                    row["countries"]
                );
            }
        }
        assert_eq!(row["topics"], m.topics.join("; "));
        let conf: f32 = row["confidence"].parse().unwrap();
        assert!((conf - m.confidence).abs() <= 0.005);
        let paths: Vec<&str> = m
            .articles
            .iter()
            .map(|&a| data.corpus.articles[a].path.as_str())
            .collect();
        assert_eq!(row["articles"], paths.join("; "));
        let evidence: Vec<&str> = row["evidence"].split('\n').collect();
        assert_eq!(evidence.len(), m.evidence.len());
        for (got, e) in evidence.iter().zip(&m.evidence) {
            let want = data
                .evidence_text(e)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            assert_eq!(*got, want);
        }
    }

    let edges = read_csv(edges);
    assert_eq!(edges.len(), view.edges.len());
    for (row, (&(a, b), ms)) in edges.iter().zip(&view.edges) {
        assert_eq!(row["source"], data.officials[a].id);
        assert_eq!(row["target"], data.officials[b].id);
        assert_eq!(row["source_name"], data.officials[a].name);
        assert_eq!(row["target_name"], data.officials[b].name);
        assert_eq!(row["weight"], ms.len().to_string());
        let days = dates(data, ms);
        assert_eq!(row["first_date"], days.first().cloned().unwrap_or_default());
        assert_eq!(row["last_date"], days.last().cloned().unwrap_or_default());
        assert_eq!(
            row["meetings"],
            ms.iter()
                .map(|&m| data.meetings[m].id.as_str())
                .collect::<Vec<_>>()
                .join("; ")
        );
    }
}

#[test]
fn csv_round_trips_through_the_command_line() {
    let (data, view) = sample();
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("new/folder");
    let out = summitry(&[
        "extract",
        sample_dir().to_str().unwrap(),
        "--format",
        "csv",
        "--out",
        out_dir.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let read = |name: &str| {
        std::fs::read_to_string(out_dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
    };
    let mut names: Vec<String> = std::fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["edges.csv", "meetings.csv", "officials.csv"],
        "no temporary files left behind"
    );

    check_csv(
        &read("officials.csv"),
        &read("meetings.csv"),
        &read("edges.csv"),
        &data,
        &view,
    );
    // The library gives the same bytes the command line wrote.
    for (name, text) in csv_export::files(&data, &view).unwrap() {
        assert_eq!(text, read(name), "{name}");
    }
}

/// The sample has one meeting per pair; repeat one meeting on a later day and undated, so one pair
/// met three times on two days.
#[test]
fn repeated_meetings_weigh_edges_and_become_spells_in_every_format() {
    let (mut data, _) = sample();
    let first = data.meetings[0].clone();
    let (a, b) = (first.participants[0], first.participants[1]);
    let later = Meeting {
        id: "m-later".into(),
        date: Some(jiff::civil::date(2024, 5, 6)),
        ..first.clone()
    };
    let undated = Meeting {
        id: "m-undated".into(),
        date: None,
        date_basis: DateBasis::Unknown,
        ..first.clone()
    };
    data.meetings.push(later);
    data.meetings.push(undated);
    let view = Filter::default().apply(&data);
    let key = (a.min(b), a.max(b));
    assert_eq!(view.edges[&key].len(), 3);

    check_gexf(&gexf::to_gexf(&data, &view), &data, &view);
    check_graphml(&graphml::to_graphml(&data, &view), &data, &view);
    let [(_, o), (_, m), (_, e)] = csv_export::files(&data, &view).unwrap();
    check_csv(&o, &m, &e, &data, &view);

    // And concretely, for that pair:
    let gexf = parse_xml(&gexf::to_gexf(&data, &view));
    let edge = gexf
        .child("graph")
        .child("edges")
        .all("edge")
        .find(|x| {
            x.attr("source") == data.officials[key.0].id
                && x.attr("target") == data.officials[key.1].id
        })
        .expect("the pair's edge");
    assert_eq!(edge.attr("weight"), "3");
    let spells: Vec<&str> = edge
        .child("spells")
        .all("spell")
        .map(|s| s.attr("end"))
        .collect();
    assert_eq!(
        spells,
        [first.date.unwrap().to_string().as_str(), "2024-05-06"]
    );
    let row = read_csv(&e)
        .into_iter()
        .find(|r| {
            r["source"] == data.officials[key.0].id && r["target"] == data.officials[key.1].id
        })
        .unwrap();
    assert_eq!(
        (row["weight"].as_str(), row["last_date"].as_str()),
        ("3", "2024-05-06")
    );
    assert!(
        row["meetings"].ends_with("m-later; m-undated"),
        "{}",
        row["meetings"]
    );
}

// ---------------------------------------------------------------------------------------------
// Hostile strings: formulas, markup, quotes, control characters.

const EVIL_NAME: &str = "=HYPERLINK(\"http://evil\",\"<b>Bob</b>\") & 'Alice'";
const EVIL_TITLE: &str = "Minister of <script>alert(1)</script> & \"Quotes\"";
const EVIL_COUNTRY: &str = "@SUM(A1:A9)";
const EVIL_PLACE: &str = "-2+3 ]]> <!-- -->";

fn hostile() -> (Dataset, FilteredView) {
    let text = "Bob met Carol.\u{1}\n+Carol called Bob.".to_string();
    let article = Article {
        id: "a1".into(),
        path: "=cmd|' /C calc'!A0.txt".into(),
        title: "<title>".into(),
        text: text.clone(),
        published: Some(jiff::civil::date(2021, 3, 2)),
        published_basis: PublishedBasis::Manifest,
        source: None,
        url: None,
        dateline: None,
        dateline_len: None,
        body: 0..text.len(),
    };
    let official = |id: &str, name: &str, alias: &str, country: &str| Official {
        id: id.into(),
        name: name.into(),
        aliases: vec![alias.into()],
        country: Some(country.into()),
        titles: vec![TitleSeen {
            title: EVIL_TITLE.into(),
            first_seen: None,
            last_seen: None,
        }],
    };
    let meeting = |id: &str, date: Option<jiff::civil::Date>, start: usize, end: usize| Meeting {
        id: id.into(),
        articles: vec![0],
        participants: vec![0, 1],
        date,
        date_basis: DateBasis::Explicit,
        place: Some(EVIL_PLACE.into()),
        kind: MeetingKind::InPerson,
        topics: vec!["+topic".into()],
        confidence: 0.5,
        evidence: vec![Evidence {
            article: 0,
            start,
            end,
        }],
        reports: Vec::new(),
    };
    let data = Dataset {
        corpus: Corpus {
            root: "<&root>".into(),
            articles: vec![article],
            ..Corpus::default()
        },
        officials: vec![
            official("o-1", EVIL_NAME, "+1", EVIL_COUNTRY),
            official(
                "o-2\"&<x>",
                "Carol\u{0}\u{1b} <i>O'Neil</i>",
                "\tTabbed",
                "Land & Sea",
            ),
        ],
        meetings: vec![
            meeting("m1", Some(jiff::civil::date(2021, 3, 1)), 0, 15),
            meeting("m2", None, 16, text.len()),
        ],
        ..Dataset::default()
    };
    let view = Filter::default().apply(&data);
    assert_eq!(
        (view.officials.len(), view.edges.len(), view.meetings.len()),
        (2, 1, 2)
    );
    (data, view)
}

#[test]
fn formula_like_csv_cells_are_neutralised() {
    let (data, view) = hostile();
    let [(_, officials), (_, meetings), (_, edges)] = csv_export::files(&data, &view).unwrap();
    let officials = read_csv(&officials);
    assert_eq!(officials[0]["name"], format!("'{EVIL_NAME}"));
    assert_eq!(officials[0]["aliases"], "'+1");
    assert_eq!(officials[0]["country"], format!("'{EVIL_COUNTRY}"));
    assert_eq!(
        officials[0]["titles"], EVIL_TITLE,
        "text that is not formula-like is kept as is"
    );
    assert_eq!(officials[1]["id"], "o-2\"&<x>");
    assert_eq!(officials[1]["aliases"], "'\tTabbed");
    let meetings = read_csv(&meetings);
    assert_eq!(meetings[0]["place"], format!("'{EVIL_PLACE}"));
    assert_eq!(meetings[0]["topics"], "'+topic");
    assert_eq!(meetings[0]["articles"], "'=cmd|' /C calc'!A0.txt");
    assert_eq!(
        meetings[0]["participant_names"],
        format!("'{EVIL_NAME}; Carol\u{0}\u{1b} <i>O'Neil</i>")
    );
    assert_eq!(meetings[1]["evidence"], "'+Carol called Bob.");
    assert_eq!(meetings[1]["date"], "");
    let edges = read_csv(&edges);
    assert_eq!(edges[0]["source_name"], format!("'{EVIL_NAME}"));
    assert_eq!(edges[0]["weight"], "2");
    assert_eq!(
        (
            edges[0]["first_date"].as_str(),
            edges[0]["last_date"].as_str()
        ),
        ("2021-03-01", "2021-03-01")
    );
    // No cell of any file starts with a formula trigger.
    for table in [&officials, &meetings, &edges] {
        for row in table {
            for cell in row.values() {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "{cell:?}"
                );
            }
        }
    }
}

#[test]
fn xml_special_strings_are_escaped_in_gexf_and_graphml() {
    let (data, view) = hostile();
    let clean_carol = "Carol <i>O'Neil</i>";
    for (xml, is_gexf) in [
        (gexf::to_gexf(&data, &view), true),
        (graphml::to_graphml(&data, &view), false),
    ] {
        assert!(
            !xml.contains("<script>") && !xml.contains("<b>") && !xml.contains("<i>"),
            "{xml}"
        );
        assert!(!xml.contains('\u{0}') && !xml.contains('\u{1b}'));
        let root = parse_xml(&xml);
        let graph = root.child("graph");
        if is_gexf {
            let nodes: Vec<&Element> = graph.child("nodes").all("node").collect();
            assert_eq!(nodes[0].attr("label"), EVIL_NAME);
            assert_eq!(nodes[1].attr("label"), clean_carol);
            assert_eq!(nodes[1].attr("id"), "o-2\"&<x>");
            let values: BTreeMap<&str, &str> = nodes[0]
                .child("attvalues")
                .all("attvalue")
                .map(|v| (v.attr("for"), v.attr("value")))
                .collect();
            assert_eq!(values["titles"], EVIL_TITLE);
            assert_eq!(values["country"], EVIL_COUNTRY);
            let edge = graph.child("edges").child("edge");
            assert_eq!(edge.attr("target"), "o-2\"&<x>");
            assert_eq!(edge.attr("weight"), "2");
            // Only the dated meeting is a spell.
            assert_eq!(edge.child("spells").all("spell").count(), 1);
            assert!(
                root.child("meta")
                    .child("description")
                    .text
                    .contains("<&root>")
            );
        } else {
            let nodes: Vec<&Element> = graph.all("node").collect();
            let label = |n: &Element| {
                n.all("data")
                    .find(|d| d.attr("key") == "label")
                    .unwrap()
                    .text
                    .clone()
            };
            assert_eq!(label(nodes[0]), EVIL_NAME);
            assert_eq!(label(nodes[1]), clean_carol);
            assert_eq!(nodes[1].attr("id"), "o-2\"&<x>");
            let title = nodes[0]
                .all("data")
                .find(|d| d.attr("key") == "titles")
                .unwrap();
            assert_eq!(title.text, EVIL_TITLE);
            assert_eq!(graph.child("edge").attr("target"), "o-2\"&<x>");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Usage and write errors

#[test]
fn bad_usage_and_unwritable_outputs_have_the_right_exit_codes() {
    let corpus = sample_dir();
    let corpus = corpus.to_str().unwrap();
    let out = summitry(&["extract", corpus, "--format", "csv"]);
    assert_eq!(out.status.code(), Some(2), "csv needs --out");
    assert!(stderr(&out).contains("--out DIR"), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    assert_eq!(
        summitry(&["extract", corpus, "--format", "gexff"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        summitry(&["extract", corpus, "--format"]).status.code(),
        Some(2)
    );

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a-file");
    std::fs::write(&file, "x").unwrap();
    let out = summitry(&[
        "extract",
        corpus,
        "--format",
        "csv",
        "--out",
        file.to_str().unwrap(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a file is not a folder: {}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("error:"));
    let missing = dir.path().join("no/such/dir/graph.gexf");
    let out = summitry(&[
        "extract",
        corpus,
        "--format",
        "gexf",
        "--out",
        missing.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(!missing.exists());
    // A usage error is reported before the corpus is read: a missing corpus does not turn it into 1.
    assert_eq!(
        summitry(&["extract", "/no/such/corpus", "--format", "csv"])
            .status
            .code(),
        Some(2)
    );
}
