//! The network as a figure: officials as nodes coloured by country and sized by their meetings,
//! pairs who met as edges as thick as their number of meetings, labels on the busiest nodes, a
//! legend. Positions come from outside (the network view's layout, so the figure matches the
//! screen); [`circle_layout`] is a plain placeholder for tests and for builds without it.

use super::sidecar::{EdgeRecord, NodeRecord, Sidecar, article_paths, meeting_record};
use super::svg::{self, Svg};
use super::{Figure, ink};
use crate::model::Dataset;
use crate::model::filter::{Filter, FilteredView};
use crate::model::palette::{self, CountryPalette, hex};
use std::collections::BTreeMap;

#[derive(Clone, Debug)]
pub struct GraphSpec {
    pub width: f32,
    pub height: f32,
    pub title: Option<String>,
    /// How many of the busiest officials get a label.
    pub labels: usize,
}

impl Default for GraphSpec {
    fn default() -> Self {
        GraphSpec {
            width: 1200.0,
            height: 900.0,
            title: None,
            labels: 25,
        }
    }
}

/// Node positions for the figure: the network view's ForceAtlas2 layout, run to rest.
pub fn layout(data: &Dataset, view: &FilteredView) -> Vec<(usize, [f32; 2])> {
    use crate::graph::layout::{Layout, Settings};
    use crate::graph::{Edge, Graph};
    let _ = data;
    let index: BTreeMap<usize, u32> = view
        .officials
        .iter()
        .enumerate()
        .map(|(i, &o)| (o, i as u32))
        .collect();
    let edges = view
        .edges
        .iter()
        .filter_map(|(&(a, b), ms)| {
            Some(Edge {
                a: *index.get(&a)?,
                b: *index.get(&b)?,
                weight: ms.len() as f32,
            })
        })
        .collect();
    let graph = Graph::new(view.officials.len(), edges);
    // The network view's settings, run to rest: deterministic for the seed.
    let mut layout = Layout::with_seed(
        &graph,
        Settings {
            theta: 1.0,
            ..Settings::default()
        },
        42,
    );
    layout.run(400);
    view.officials
        .iter()
        .enumerate()
        .map(|(i, &o)| {
            let [x, y] = layout.position(i);
            (o, [x as f32, y as f32])
        })
        .collect()
}

/// Officials of `view` evenly on a circle, busiest first (a placeholder layout).
pub fn circle_layout(data: &Dataset, view: &FilteredView) -> Vec<(usize, [f32; 2])> {
    let degree = meetings_per_official(data, view);
    let mut officials = view.officials.clone();
    officials.sort_by_key(|o| std::cmp::Reverse(degree.get(o).copied().unwrap_or(0)));
    let n = officials.len().max(1) as f32;
    officials
        .into_iter()
        .enumerate()
        .map(|(i, o)| {
            let t = std::f32::consts::TAU * i as f32 / n;
            (o, [t.cos(), t.sin()])
        })
        .collect()
}

fn meetings_per_official(data: &Dataset, view: &FilteredView) -> BTreeMap<usize, usize> {
    let mut by = BTreeMap::new();
    for &m in &view.meetings {
        for &p in &data.meetings[m].participants {
            *by.entry(p).or_insert(0) += 1;
        }
    }
    by
}

const MARGIN: f32 = 28.0;

/// Draws the network of `view` (the meetings `filter` passes) with node `positions` in any units
/// (they are fitted to the drawing area, keeping their aspect). Officials without a position are
/// left out, and so are their edges.
pub fn render(
    data: &Dataset,
    filter: &Filter,
    view: &FilteredView,
    positions: &[(usize, [f32; 2])],
    spec: &GraphSpec,
) -> Figure {
    let palette = CountryPalette::new(data);
    let (width, height) = (spec.width.max(320.0), spec.height.max(320.0));
    let degree = meetings_per_official(data, view);
    let described = super::describe_filter(data, filter);
    let window = match (filter.from, filter.to) {
        (None, None) => "all dates".to_string(),
        (a, b) => format!(
            "{} – {}",
            a.map_or("start".into(), crate::model::timeline::format_day),
            b.map_or("end".into(), crate::model::timeline::format_day)
        ),
    };
    let title = spec
        .title
        .clone()
        .unwrap_or_else(|| "Who met whom: officials and their meetings".to_string());
    let line1 = format!(
        "{window} · {} officials · {} pairs who met · {} meetings",
        view.officials.len(),
        view.edges.len(),
        view.meetings.len()
    );
    let line2 = if described.is_empty() {
        "All meetings in the corpus".to_string()
    } else {
        format!("Filter: {described}")
    };
    let mut doc = Svg::new(width, height, &title);
    let top = super::header(&mut doc, MARGIN, &title, &[line1, line2]);
    let legend_h = 56.0;
    let (x0, x1, y0, y1) = (
        MARGIN + 40.0,
        width - MARGIN - 40.0,
        top + 20.0,
        height - legend_h - 40.0,
    );

    // Fit the positions into the area, keeping their aspect.
    let pos: BTreeMap<usize, [f32; 2]> = positions
        .iter()
        .filter(|(o, p)| degree.contains_key(o) && p.iter().all(|v| v.is_finite()))
        .map(|&(o, p)| (o, p))
        .collect();
    let (mut lo, mut hi) = ([f32::MAX; 2], [f32::MIN; 2]);
    for p in pos.values() {
        for k in 0..2 {
            lo[k] = lo[k].min(p[k]);
            hi[k] = hi[k].max(p[k]);
        }
    }
    let span = [(hi[0] - lo[0]).max(1e-6), (hi[1] - lo[1]).max(1e-6)];
    let s = ((x1 - x0) / span[0]).min((y1 - y0) / span[1]);
    let (cx, cy) = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
    let place = |p: [f32; 2]| -> (f32, f32) {
        if pos.len() == 1 {
            return (cx, cy);
        }
        (
            cx + (p[0] - (lo[0] + hi[0]) / 2.0) * s,
            cy + (p[1] - (lo[1] + hi[1]) / 2.0) * s,
        )
    };
    let max_deg = degree.values().copied().max().unwrap_or(1).max(1) as f32;
    let radius = |d: usize| 4.0 + 14.0 * (d as f32 / max_deg).sqrt();
    let max_w = view.edges.values().map(Vec::len).max().unwrap_or(1).max(1) as f32;

    // Edges under the nodes.
    let mut edges = Vec::new();
    doc.group()
        .a("id", "edges")
        .a("stroke", hex(ink::WEAK))
        .a("stroke-linecap", "round")
        .open();
    for (&(a, b), ms) in &view.edges {
        let (Some(&pa), Some(&pb)) = (pos.get(&a), pos.get(&b)) else {
            continue;
        };
        let ((ax, ay), (bx, by)) = (place(pa), place(pb));
        let w = 1.0 + 5.0 * (ms.len() as f32 / max_w).sqrt();
        doc.el("line")
            .n("x1", ax)
            .n("y1", ay)
            .n("x2", bx)
            .n("y2", by)
            .n("stroke-width", w)
            .n("stroke-opacity", 0.25 + 0.35 * (ms.len() as f32 / max_w))
            .end();
        edges.push(EdgeRecord {
            source: data.officials[a].id.clone(),
            target: data.officials[b].id.clone(),
            weight: ms.len(),
            meetings: ms.iter().map(|&m| meeting_record(data, m)).collect(),
            articles: article_paths(data, ms),
        });
    }
    doc.close("g");

    // Nodes, small ones first so the busiest sit on top.
    let mut order: Vec<usize> = pos.keys().copied().collect();
    order.sort_by_key(|o| (degree.get(o).copied().unwrap_or(0), std::cmp::Reverse(*o)));
    let mut nodes = Vec::new();
    doc.group()
        .a("id", "nodes")
        .a("stroke", "#ffffff")
        .n("stroke-width", 1.5)
        .open();
    for &o in &order {
        let (x, y) = place(pos[&o]);
        let off = &data.officials[o];
        let d = degree.get(&o).copied().unwrap_or(0);
        doc.el("circle")
            .n("cx", x)
            .n("cy", y)
            .n("r", radius(d))
            .a("fill", hex(palette.rgb(off.country.as_deref())))
            .end();
        nodes.push(NodeRecord {
            id: off.id.clone(),
            label: off.name.clone(),
            country: off.country.clone(),
            meetings: d,
            x,
            y,
        });
    }
    doc.close("g");

    // Labels on the busiest, with a white halo.
    let mut busiest = order.clone();
    busiest.reverse();
    doc.group()
        .a("id", "labels")
        .n("font-size", 12.0)
        .a("fill", hex(ink::STRONG))
        .open();
    for &o in busiest.iter().take(spec.labels) {
        let (x, y) = place(pos[&o]);
        let r = radius(degree.get(&o).copied().unwrap_or(0));
        let name = svg::fit_text(&data.officials[o].name, 12.0, 180.0);
        let right = x < cx;
        let (tx, anchor) = if right {
            (x - r - 4.0, "end")
        } else {
            (x + r + 4.0, "start")
        };
        for (stroke, w) in [("#ffffff", 3.0), ("none", 0.0)] {
            doc.el("text")
                .n("x", tx)
                .n("y", y + 4.0)
                .a("text-anchor", anchor)
                .a("stroke", stroke)
                .n("stroke-width", w)
                .a("stroke-linejoin", "round")
                .text(&name);
        }
    }
    doc.close("g");

    // Legend: countries in the picture, and how to read size and width.
    let mut countries: Vec<(u8, String)> = Vec::new();
    for &o in &order {
        let c = data.officials[o].country.as_deref();
        let slot = palette.slot(c);
        if slot != palette::SLOT_OTHER && !countries.iter().any(|(s, _)| *s == slot) {
            countries.push((slot, c.unwrap_or("").to_string()));
        }
    }
    countries.sort();
    let mut items: Vec<(palette::Rgb, String)> = countries
        .into_iter()
        .map(|(s, c)| (palette::slot_rgb(s), c))
        .collect();
    if order
        .iter()
        .any(|&o| palette.slot(data.officials[o].country.as_deref()) == palette::SLOT_OTHER)
    {
        items.push((palette::OTHER, "Other or none".into()));
    }
    let ly = height - legend_h - 8.0;
    super::legend(&mut doc, MARGIN + 6.0, ly, width - MARGIN, &items);
    doc.el("text")
        .n("x", MARGIN + 6.0)
        .n("y", ly + 26.0)
        .n("font-size", 12.0)
        .a("fill", hex(ink::WEAK))
        .text("Node size: meetings of the official · line width: meetings of the pair");
    super::footer(&mut doc, MARGIN + 6.0, data);

    let mut sidecar = Sidecar::new("graph", data, filter, width, height);
    sidecar.nodes = Some(nodes);
    sidecar.edges = Some(edges);
    if order.len() > spec.labels {
        sidecar.notes.push(format!(
            "labels on the {} officials with the most meetings",
            spec.labels
        ));
    }
    Figure {
        svg: doc.finish(),
        width,
        height,
        sidecar,
    }
}
