//! `summitry extract --format graphml`: GraphML (<http://graphml.graphdrawing.org/>) for
//! Gephi, yEd, Cytoscape, NetworkX and igraph.
//!
//! Nodes are officials (keys label, country, titles, meetings), undirected edges the pairs who met
//! (keys weight = number of meetings, first_date, last_date, meeting_ids). Dates are ISO 8601
//! strings; an edge whose meetings are all undated has no first/last date.

use super::{dates_of, meeting_ids, meetings_by_official, titles_of, xml_chars};
use crate::model::Dataset;
use crate::model::filter::FilteredView;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};
use std::io::{self, Write};

pub const NAMESPACE: &str = "http://graphml.graphdrawing.org/xmlns";

/// (id, for, attr.type). The ids double as attribute names.
const KEYS: [(&str, &str, &str); 8] = [
    ("label", "node", "string"),
    ("country", "node", "string"),
    ("titles", "node", "string"),
    ("meetings", "node", "int"),
    ("weight", "edge", "double"),
    ("first_date", "edge", "string"),
    ("last_date", "edge", "string"),
    ("meeting_ids", "edge", "string"),
];

/// The GraphML document, indented.
pub fn to_graphml(data: &Dataset, view: &FilteredView) -> String {
    let mut out = Vec::new();
    // Writing into a Vec cannot fail.
    let _ = write(&mut out, data, view);
    String::from_utf8_lossy(&out).into_owned()
}

/// Writes the GraphML document to `out`.
pub fn write<W: Write>(out: W, data: &Dataset, view: &FilteredView) -> io::Result<()> {
    let by_official = meetings_by_official(data, view);
    let mut w = Writer::new_with_indent(out, b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.create_element("graphml")
        .with_attributes([
            ("xmlns", NAMESPACE),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
            (
                "xsi:schemaLocation",
                "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
            ),
        ])
        .write_inner_content(|w| {
            for (id, target, ty) in KEYS {
                w.create_element("key")
                    .with_attributes([("id", id), ("for", target), ("attr.name", id), ("attr.type", ty)])
                    .write_empty()?;
            }
            w.create_element("graph")
                .with_attributes([("id", "summitry"), ("edgedefault", "undirected")])
                .write_inner_content(|w| {
                    for &o in &view.officials {
                        let off = &data.officials[o];
                        let count = by_official.get(&o).map_or(0, Vec::len).to_string();
                        let titles = titles_of(off);
                        let mut values = vec![("label", off.name.as_str())];
                        if let Some(c) = &off.country {
                            values.push(("country", c));
                        }
                        values.push(("titles", &titles));
                        values.push(("meetings", &count));
                        w.create_element("node")
                            .with_attribute(("id", &*xml_chars(&off.id)))
                            .write_inner_content(|w| data_values(w, &values))?;
                    }
                    for (i, (&(a, b), meetings)) in view.edges.iter().enumerate() {
                        let dates = dates_of(data, meetings);
                        let (first, last) = (dates.first().map(|d| d.to_string()), dates.last().map(|d| d.to_string()));
                        let weight = meetings.len().to_string();
                        let ids = meeting_ids(data, meetings);
                        let mut values = vec![("weight", weight.as_str())];
                        if let (Some(f), Some(l)) = (&first, &last) {
                            values.push(("first_date", f));
                            values.push(("last_date", l));
                        }
                        values.push(("meeting_ids", &ids));
                        w.create_element("edge")
                            .with_attributes([
                                ("id", format!("e{i}").as_str()),
                                ("source", &*xml_chars(&data.officials[a].id)),
                                ("target", &*xml_chars(&data.officials[b].id)),
                            ])
                            .write_inner_content(|w| data_values(w, &values))?;
                    }
                    Ok(())
                })?;
            Ok(())
        })?;
    w.get_mut().write_all(b"\n")
}

fn data_values<W: Write>(w: &mut Writer<W>, values: &[(&str, &str)]) -> io::Result<()> {
    for (key, value) in values {
        w.create_element("data")
            .with_attribute(("key", *key))
            .write_text_content(BytesText::new(&xml_chars(value)))?;
    }
    Ok(())
}
