//! `summitry extract --format gexf`: GEXF 1.3 (<http://gexf.net/1.3>) for Gephi.
//!
//! Nodes are officials (label = name; attributes country, titles, meetings), edges are the pairs
//! who met (weight = number of meetings; attribute meeting_ids). The graph is dynamic with
//! `timeformat="date"`: every edge carries one spell per day its officials met, every node one
//! spell per day it met anyone, so Gephi's timeline plays the network. Spells are inclusive
//! (`start` = `end` = the day). Undated meetings add no spell; an element without any spell is
//! present at all times.

use super::{dates_of, meeting_ids, meetings_by_official, titles_of, xml_chars};
use crate::model::Dataset;
use crate::model::filter::FilteredView;
use jiff::civil::Date;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};
use std::io::{self, Write};

pub const NAMESPACE: &str = "http://gexf.net/1.3";

/// The GEXF document, indented.
pub fn to_gexf(data: &Dataset, view: &FilteredView) -> String {
    let mut out = Vec::new();
    // Writing into a Vec cannot fail.
    let _ = write(&mut out, data, view);
    String::from_utf8_lossy(&out).into_owned()
}

/// Writes the GEXF document to `out`.
pub fn write<W: Write>(out: W, data: &Dataset, view: &FilteredView) -> io::Result<()> {
    let by_official = meetings_by_official(data, view);
    let mut w = Writer::new_with_indent(out, b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let description = format!(
        "Meetings between officials extracted from {}: {} officials, {} meetings",
        data.corpus.root,
        view.officials.len(),
        view.meetings.len()
    );
    w.create_element("gexf")
        .with_attributes([
            ("xmlns", NAMESPACE),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            (
                "xsi:schemaLocation",
                "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
            ),
            ("version", "1.3"),
        ])
        .write_inner_content(|w| {
            w.create_element("meta").write_inner_content(|w| {
                let creator = format!("Summitry {}", env!("CARGO_PKG_VERSION"));
                w.create_element("creator")
                    .write_text_content(BytesText::new(&creator))?;
                w.create_element("description")
                    .write_text_content(BytesText::new(&xml_chars(&description)))?;
                Ok(())
            })?;
            w.create_element("graph")
                .with_attributes([
                    ("mode", "dynamic"),
                    ("defaultedgetype", "undirected"),
                    ("timeformat", "date"),
                ])
                .write_inner_content(|w| {
                    attributes(
                        w,
                        "node",
                        &[
                            ("country", "string"),
                            ("titles", "string"),
                            ("meetings", "integer"),
                        ],
                    )?;
                    attributes(w, "edge", &[("meeting_ids", "string")])?;
                    w.create_element("nodes").write_inner_content(|w| {
                        for &o in &view.officials {
                            let off = &data.officials[o];
                            let meetings = by_official.get(&o).map_or(&[][..], Vec::as_slice);
                            let count = meetings.len().to_string();
                            let titles = titles_of(off);
                            let mut values =
                                vec![("titles", titles.as_str()), ("meetings", count.as_str())];
                            if let Some(c) = &off.country {
                                values.insert(0, ("country", c.as_str()));
                            }
                            w.create_element("node")
                                .with_attributes([
                                    ("id", &*xml_chars(&off.id)),
                                    ("label", &*xml_chars(&off.name)),
                                ])
                                .write_inner_content(|w| {
                                    attvalues(w, &values)?;
                                    spells(w, &dates_of(data, meetings))
                                })?;
                        }
                        Ok(())
                    })?;
                    w.create_element("edges").write_inner_content(|w| {
                        for (i, (&(a, b), meetings)) in view.edges.iter().enumerate() {
                            let ids = meeting_ids(data, meetings);
                            w.create_element("edge")
                                .with_attributes([
                                    ("id", format!("e{i}").as_str()),
                                    ("source", &*xml_chars(&data.officials[a].id)),
                                    ("target", &*xml_chars(&data.officials[b].id)),
                                    ("weight", meetings.len().to_string().as_str()),
                                ])
                                .write_inner_content(|w| {
                                    attvalues(w, &[("meeting_ids", &ids)])?;
                                    spells(w, &dates_of(data, meetings))
                                })?;
                        }
                        Ok(())
                    })?;
                    Ok(())
                })?;
            Ok(())
        })?;
    w.get_mut().write_all(b"\n")
}

/// Declares static attributes; their ids are their titles.
fn attributes<W: Write>(w: &mut Writer<W>, class: &str, attrs: &[(&str, &str)]) -> io::Result<()> {
    w.create_element("attributes")
        .with_attributes([("class", class), ("mode", "static")])
        .write_inner_content(|w| {
            for (id, ty) in attrs {
                w.create_element("attribute")
                    .with_attributes([("id", *id), ("title", *id), ("type", *ty)])
                    .write_empty()?;
            }
            Ok(())
        })?;
    Ok(())
}

fn attvalues<W: Write>(w: &mut Writer<W>, values: &[(&str, &str)]) -> io::Result<()> {
    w.create_element("attvalues").write_inner_content(|w| {
        for (key, value) in values {
            w.create_element("attvalue")
                .with_attributes([("for", *key), ("value", &*xml_chars(value))])
                .write_empty()?;
        }
        Ok(())
    })?;
    Ok(())
}

fn spells<W: Write>(w: &mut Writer<W>, dates: &[Date]) -> io::Result<()> {
    if dates.is_empty() {
        return Ok(());
    }
    w.create_element("spells").write_inner_content(|w| {
        for d in dates {
            let d = d.to_string();
            w.create_element("spell")
                .with_attributes([("start", d.as_str()), ("end", d.as_str())])
                .write_empty()?;
        }
        Ok(())
    })?;
    Ok(())
}
