//! The network view: officials as nodes, "met" as edges, laid out by ForceAtlas2
//! ([`crate::graph::layout`]) a few milliseconds per frame so the user watches it settle; then it
//! stops asking for frames. Edges are one mesh, nodes another; labels are placed greedily,
//! most important first, never overlapping.
//!
//! Mouse: drag the background to pan, wheel or pinch to zoom, drag a node to move and pin it,
//! click to select, double-click for the ego network. Keys: + and − zoom, F fits.

use super::state::Selection;
use super::theme::{self, CountryColors};
use super::widgets;
use crate::graph::layout::{Layout, Settings, bounds, random_positions, warm_positions};
use crate::graph::metrics::{self, Metrics};
use crate::graph::{Edge, Graph};
use crate::model::Dataset;
use crate::model::filter::FilteredView;
use egui::epaint::{Mesh, Shape};
use egui::{
    Align2, Color32, CornerRadius, Pos2, Rect, RichText, Sense, Stroke, Ui, Vec2, pos2, vec2,
};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Layout time per frame while it runs (the frame's other work is about 1 ms at 2,000 nodes).
const FRAME_BUDGET: Duration = Duration::from_micros(2500);
/// Iterations run at once when a graph is first shown, so small graphs appear settled.
const FIRST_ITERATIONS: usize = 400;
const FIRST_BUDGET: Duration = Duration::from_millis(60);
/// Settled: mean movement below this fraction of the layout's size for `CALM_ITERATIONS` in a row.
const CALM_THRESHOLD: f64 = 3e-4;
const CALM_ITERATIONS: u32 = 10;
const MAX_ITERATIONS: usize = 3000;
/// Empty space around the graph when fitted, in points.
const FIT_MARGIN: f32 = 48.0;

/// What a node's size shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SizeBy {
    #[default]
    Meetings,
    Counterparts,
    PageRank,
}

impl SizeBy {
    const ALL: [SizeBy; 3] = [SizeBy::Meetings, SizeBy::Counterparts, SizeBy::PageRank];
    fn label(self) -> &'static str {
        match self {
            SizeBy::Meetings => "Meetings",
            SizeBy::Counterparts => "Counterparts",
            SizeBy::PageRank => "PageRank",
        }
    }
}

/// Network facts about one official in the current (filtered) graph.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct OfficialStats {
    pub meetings: u32,
    pub counterparts: u32,
    pub pagerank: f64,
    /// 1 = highest PageRank.
    pub pagerank_rank: usize,
    pub component_size: u32,
    pub officials: usize,
}

/// World → screen: `screen = rect.center + (world − center) · scale`.
#[derive(Clone, Copy, Debug)]
struct Camera {
    center: [f64; 2],
    scale: f64,
}

impl Default for Camera {
    fn default() -> Camera {
        Camera {
            center: [0.0, 0.0],
            scale: 1.0,
        }
    }
}

pub struct GraphView {
    /// The dataset and filter generation the graph was built for.
    built_for: Option<(usize, u64)>,
    /// Official index of each node.
    nodes: Vec<usize>,
    node_of: HashMap<usize, usize>,
    /// (a, b, meetings) by node index.
    edges: Vec<(u32, u32, u32)>,
    adjacency: (Vec<u32>, Vec<u32>),
    graph: Graph,
    layout: Layout,
    metrics: Metrics,
    /// Meetings in the filtered view per node.
    meetings: Vec<u32>,
    /// Nodes by the size metric, largest first (label priority).
    by_importance: Vec<u32>,
    size_value: Vec<f32>,
    colors: CountryColors,
    node_color: Vec<Color32>,
    /// Last known position of every official seen, for warm starts when filters change.
    remembered: HashMap<usize, [f64; 2]>,
    pinned: HashSet<usize>,
    paused: bool,
    calm: u32,
    settled: bool,
    iterations_since_build: usize,
    camera: Camera,
    /// The scale "fit" last chose (zoom 1).
    fit_scale: f64,
    auto_fit: bool,
    rect: Rect,
    hovered: Option<usize>,
    dragging: Option<usize>,
    panning: bool,
    /// Time and node of the last click, to see double clicks.
    last_click: Option<(f64, usize)>,
    /// Official whose ego network is shown.
    ego: Option<usize>,
    size_by: SizeBy,
    seed: u64,
    /// Milliseconds of CPU the last frame's layout and drawing took (shown when hovering the status).
    last_frame_ms: f32,
}

impl Default for GraphView {
    fn default() -> GraphView {
        GraphView {
            built_for: None,
            nodes: Vec::new(),
            node_of: HashMap::new(),
            edges: Vec::new(),
            adjacency: (vec![0], Vec::new()),
            graph: Graph::default(),
            layout: Layout::new(&Graph::default(), layout_settings(), Vec::new()),
            metrics: Metrics::default(),
            meetings: Vec::new(),
            by_importance: Vec::new(),
            size_value: Vec::new(),
            colors: CountryColors::default(),
            node_color: Vec::new(),
            remembered: HashMap::new(),
            pinned: HashSet::new(),
            paused: false,
            calm: 0,
            settled: true,
            iterations_since_build: 0,
            camera: Camera::default(),
            fit_scale: 1.0,
            auto_fit: true,
            rect: Rect::NOTHING,
            hovered: None,
            dragging: None,
            panning: false,
            last_click: None,
            ego: None,
            size_by: SizeBy::default(),
            seed: 42,
            last_frame_ms: 0.0,
        }
    }
}

/// The view's ForceAtlas2 settings: Gephi's defaults (linear attraction, scaling 2, gravity 1;
/// lin-log squeezed blocs into blobs joined by long edges), θ 1.
pub fn layout_settings() -> Settings {
    Settings {
        theta: 1.0,
        ..Settings::default()
    }
}

impl GraphView {
    /// True when the layout is not moving (settled, paused, or nothing to lay out).
    pub fn is_settled(&self) -> bool {
        self.settled || self.paused || self.nodes.is_empty()
    }

    /// Where an official's node was drawn in the last frame, if it is in the graph.
    pub fn node_screen_pos(&self, official: usize) -> Option<Pos2> {
        let &node = self.node_of.get(&official)?;
        self.rect
            .is_positive()
            .then(|| self.to_screen(self.layout.position(node)))
    }

    /// Every node's layout position (world units), if the graph was last built for this dataset and
    /// this filtered view (`generation`); the network figure draws from these.
    pub fn positions_for(
        &self,
        data: &Arc<Dataset>,
        generation: u64,
    ) -> Option<Vec<(usize, [f32; 2])>> {
        if self.built_for != Some((Arc::as_ptr(data) as usize, generation)) || self.nodes.is_empty()
        {
            return None;
        }
        Some(
            self.nodes
                .iter()
                .enumerate()
                .map(|(i, &o)| {
                    let [x, y] = self.layout.position(i);
                    (o, [x as f32, y as f32])
                })
                .collect(),
        )
    }

    /// Officials in the graph, in node order.
    pub fn officials(&self) -> &[usize] {
        &self.nodes
    }

    pub fn ego(&self) -> Option<usize> {
        self.ego
    }

    pub fn stats(&self, official: usize) -> Option<OfficialStats> {
        let &node = self.node_of.get(&official)?;
        let pr = self.metrics.pagerank.get(node).copied().unwrap_or(0.0);
        let rank = 1 + self.metrics.pagerank.iter().filter(|&&p| p > pr).count();
        let component = self.metrics.component.get(node).copied().unwrap_or(0) as usize;
        Some(OfficialStats {
            meetings: self.meetings[node],
            counterparts: self.metrics.degree[node],
            pagerank: pr,
            pagerank_rank: rank,
            component_size: self
                .metrics
                .component_sizes
                .get(component)
                .copied()
                .unwrap_or(1),
            officials: self.nodes.len(),
        })
    }

    fn to_screen(&self, p: [f64; 2]) -> Pos2 {
        let c = self.rect.center();
        pos2(
            c.x + ((p[0] - self.camera.center[0]) * self.camera.scale) as f32,
            c.y + ((p[1] - self.camera.center[1]) * self.camera.scale) as f32,
        )
    }

    fn to_world(&self, p: Pos2) -> [f64; 2] {
        let c = self.rect.center();
        [
            self.camera.center[0] + (p.x - c.x) as f64 / self.camera.scale,
            self.camera.center[1] + (p.y - c.y) as f64 / self.camera.scale,
        ]
    }

    /// Rebuilds the graph when the dataset or the filtered set changed, keeping positions.
    fn sync(&mut self, data: &Arc<Dataset>, filtered: &FilteredView, generation: u64) {
        let key = (Arc::as_ptr(data) as usize, generation);
        if self.built_for == Some(key) {
            return;
        }
        let same_data = self.built_for.is_some_and(|(d, _)| d == key.0);
        self.built_for = Some(key);
        if same_data {
            self.remember();
        } else {
            self.remembered.clear();
            self.pinned.clear();
            self.ego = None;
            self.auto_fit = true;
            self.colors = CountryColors::new(data);
        }
        self.nodes = filtered.officials.clone();
        self.node_of = self
            .nodes
            .iter()
            .enumerate()
            .map(|(i, &o)| (o, i))
            .collect();
        self.edges = filtered
            .edges
            .iter()
            .filter_map(|(&(a, b), ms)| {
                Some((
                    *self.node_of.get(&a)? as u32,
                    *self.node_of.get(&b)? as u32,
                    ms.len() as u32,
                ))
            })
            .collect();
        self.graph = Graph::new(
            self.nodes.len(),
            self.edges
                .iter()
                .map(|&(a, b, w)| Edge {
                    a,
                    b,
                    weight: w as f32,
                })
                .collect(),
        );
        self.adjacency = self.graph.adjacency();
        self.metrics = metrics::compute(&self.graph);
        self.meetings = vec![0; self.nodes.len()];
        for &m in &filtered.meetings {
            for p in &data.meetings[m].participants {
                if let Some(&n) = self.node_of.get(p) {
                    self.meetings[n] += 1;
                }
            }
        }
        self.node_color = self
            .nodes
            .iter()
            .map(|&o| self.colors.get(data.officials[o].country.as_deref()))
            .collect();
        if self.ego.is_some_and(|e| !self.node_of.contains_key(&e)) {
            self.ego = None;
        }
        let was_settled = self.settled;
        let known: Vec<Option<[f64; 2]>> = self
            .nodes
            .iter()
            .map(|o| self.remembered.get(o).copied())
            .collect();
        let warm = known.iter().any(Option::is_some);
        let positions = if warm {
            warm_positions(&self.graph, &known, self.seed)
        } else {
            random_positions(self.nodes.len(), self.seed)
        };
        self.layout = Layout::new(&self.graph, layout_settings(), positions);
        if warm {
            // Nodes that stay should stay where they are: start gently.
            self.layout.set_speed(0.05);
        }
        for (i, o) in self.nodes.iter().enumerate() {
            // Officials that stay keep their places once the layout had settled (Re-layout
            // frees them); only the newcomers move.
            if self.pinned.contains(o) || (warm && same_data && was_settled && known[i].is_some()) {
                self.layout.set_pinned(i, true);
            }
        }
        self.hovered = None;
        self.dragging = None;
        self.restart_settling();
        self.update_sizes();
        self.run_layout(FIRST_BUDGET, FIRST_ITERATIONS);
    }

    fn remember(&mut self) {
        for (i, &o) in self.nodes.iter().enumerate() {
            self.remembered.insert(o, self.layout.position(i));
        }
    }

    fn restart_settling(&mut self) {
        self.settled = self.nodes.is_empty();
        self.calm = 0;
        self.iterations_since_build = 0;
    }

    fn update_sizes(&mut self) {
        let raw: Vec<f64> = (0..self.nodes.len())
            .map(|i| match self.size_by {
                SizeBy::Meetings => self.meetings[i] as f64,
                SizeBy::Counterparts => self.metrics.degree[i] as f64,
                SizeBy::PageRank => self.metrics.pagerank[i],
            })
            .collect();
        let max = raw.iter().copied().fold(0.0, f64::max).max(1e-12);
        self.size_value = raw.iter().map(|v| (v / max).sqrt() as f32).collect();
        let mut order: Vec<u32> = (0..self.nodes.len() as u32).collect();
        order.sort_by(|&a, &b| raw[b as usize].total_cmp(&raw[a as usize]).then(a.cmp(&b)));
        self.by_importance = order;
    }

    /// Runs layout iterations for up to `budget` (at least one, at most `max`) unless settled.
    fn run_layout(&mut self, budget: Duration, max: usize) {
        if self.is_settled() {
            return;
        }
        let started = Instant::now();
        for _ in 0..max.max(1) {
            self.layout.step();
            self.iterations_since_build += 1;
            if self.layout.relative_displacement() < CALM_THRESHOLD {
                self.calm += 1;
            } else {
                self.calm = 0;
            }
            if self.calm >= CALM_ITERATIONS || self.iterations_since_build >= MAX_ITERATIONS {
                self.settled = true;
                self.remember();
                break;
            }
            if started.elapsed() >= budget {
                break;
            }
        }
    }

    /// Lays the graph out again from scratch (new random start), unpinning everyone.
    fn relayout(&mut self) {
        self.seed = self.seed.wrapping_add(1);
        self.pinned.clear();
        self.remembered.clear();
        self.layout = Layout::new(
            &self.graph,
            layout_settings(),
            random_positions(self.nodes.len(), self.seed),
        );
        self.paused = false;
        self.auto_fit = true;
        self.restart_settling();
    }

    /// Nodes shown at full strength: the ego network when one is chosen, else everyone.
    fn in_focus(&self, node: usize) -> bool {
        match self.ego.and_then(|e| self.node_of.get(&e)) {
            Some(&e) => e == node || self.neighbours(e).contains(&(node as u32)),
            None => true,
        }
    }

    fn neighbours(&self, node: usize) -> &[u32] {
        let (off, tgt) = &self.adjacency;
        &tgt[off[node] as usize..off[node + 1] as usize]
    }

    fn fit(&mut self) {
        let (xs, ys): (Vec<f64>, Vec<f64>) = (0..self.nodes.len())
            .filter(|&i| self.in_focus(i))
            .map(|i| {
                let p = self.layout.position(i);
                (p[0], p[1])
            })
            .unzip();
        let Some([x0, y0, x1, y1]) = bounds(&xs, &ys) else {
            return;
        };
        let w = (self.rect.width() - 2.0 * FIT_MARGIN).max(40.0) as f64;
        let h = (self.rect.height() - 2.0 * FIT_MARGIN).max(40.0) as f64;
        let (bw, bh) = ((x1 - x0).max(1e-9), (y1 - y0).max(1e-9));
        let mut scale = (w / bw).min(h / bh);
        if xs.len() == 1 {
            scale = self.camera.scale.max(1e-9);
        }
        self.camera = Camera {
            center: [(x0 + x1) * 0.5, (y0 + y1) * 0.5],
            scale,
        };
        if self.ego.is_none() {
            self.fit_scale = scale;
        }
    }

    fn zoom_at(&mut self, anchor: Pos2, factor: f64) {
        let before = self.to_world(anchor);
        self.camera.scale = (self.camera.scale * factor).clamp(1e-6, 1e6);
        let after = self.to_world(anchor);
        self.camera.center[0] += before[0] - after[0];
        self.camera.center[1] += before[1] - after[1];
        self.auto_fit = false;
    }

    /// Screen radius of a node: from about 2 to 16 points by its size value, smaller when many
    /// nodes share the canvas, growing (gently) as the user zooms in.
    fn radius(&self, node: usize, zoom: f32) -> f32 {
        let (min, max) = self.radius_range();
        (min + (max - min) * self.size_value[node]) * zoom
    }

    fn radius_range(&self) -> (f32, f32) {
        let n = self.nodes.len().max(1) as f32;
        let spacing = (self.rect.area().max(1.0) / n).sqrt();
        (
            (spacing * 0.12).clamp(2.0, 4.0),
            (spacing * 0.5).clamp(6.0, 17.0),
        )
    }

    /// How far the user zoomed in from "fitted", softened, for node sizes.
    fn zoom_factor(&self) -> f32 {
        (self.camera.scale / self.fit_scale.max(1e-12))
            .powf(0.35)
            .clamp(0.6, 3.0) as f32
    }

    pub fn show(
        &mut self,
        ui: &mut Ui,
        data: &Arc<Dataset>,
        filtered: &FilteredView,
        generation: u64,
        selection: &mut Selection,
    ) {
        let frame_start = Instant::now();
        self.sync(data, filtered, generation);
        self.controls(ui);
        ui.add_space(6.0);
        let (rect, response) = ui.allocate_exact_size(ui.available_size(), Sense::click_and_drag());
        let first_frame = !self.rect.is_positive();
        self.rect = rect;
        let painter = ui.painter_at(rect);
        painter.rect(
            rect,
            CornerRadius::same(8),
            theme::SURFACE,
            Stroke::new(1.0, theme::BORDER),
            egui::StrokeKind::Inside,
        );
        if self.nodes.is_empty() {
            painter.text(
                rect.center(),
                Align2::CENTER_CENTER,
                "No meetings match the filters",
                theme::font(15.0),
                theme::TEXT_WEAK,
            );
            return;
        }

        if !self.paused {
            // When frames are slow anyway (software rendering), the layout may take a share of
            // the frame's time instead of a fixed slice, so it settles in about the same wall time.
            let dt = ui.input(|i| i.stable_dt).clamp(0.0, 1.0);
            let budget = FRAME_BUDGET
                .max(Duration::from_secs_f32(dt * 0.4))
                .min(Duration::from_millis(250));
            self.run_layout(budget, usize::MAX);
        }
        if self.auto_fit || first_frame {
            self.fit();
        }
        self.handle_input(ui, &response, selection);
        if !self.is_settled() {
            ui.ctx().request_repaint();
        }
        let legend = self.legend_layout(&painter);
        self.draw(ui, &painter, data, selection, legend.as_ref().map(|l| l.0));
        self.legend(&painter, legend);
        self.last_frame_ms = frame_start.elapsed().as_secs_f32() * 1000.0;
    }

    fn controls(&mut self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            let running = !self.is_settled();
            if self.paused {
                if ui
                    .button("Resume")
                    .on_hover_text("Continue the layout")
                    .clicked()
                {
                    self.paused = false;
                    if self.settled {
                        self.restart_settling();
                    }
                }
            } else if ui
                .add_enabled(running, egui::Button::new("Pause"))
                .on_hover_text("Stop moving the nodes")
                .clicked()
            {
                self.paused = true;
            }
            if ui
                .button("Re-layout")
                .on_hover_text("Lay the graph out again from scratch (unpins every node)")
                .clicked()
            {
                self.relayout();
            }
            if ui
                .button("Fit")
                .on_hover_text("Show the whole graph (F)")
                .clicked()
            {
                self.auto_fit = true;
            }
            if self.ego.is_some()
                && ui
                    .button("Show all")
                    .on_hover_text("Leave the ego network (double-click)")
                    .clicked()
            {
                self.ego = None;
                self.auto_fit = true;
            }
            ui.add_space(8.0);
            let before = self.size_by;
            egui::ComboBox::from_label(RichText::new("node size").color(theme::TEXT_WEAK))
                .selected_text(self.size_by.label())
                .show_ui(ui, |ui| {
                    for s in SizeBy::ALL {
                        ui.selectable_value(&mut self.size_by, s, s.label());
                    }
                });
            if self.size_by != before {
                self.update_sizes();
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let status = if self.paused {
                    "Paused".to_string()
                } else if self.settled {
                    "Settled".to_string()
                } else {
                    format!("Laying out… {}", self.iterations_since_build)
                };
                let pinned = self.pinned.len();
                let text = format!(
                    "{} officials · {} links{} · {status}",
                    self.nodes.len(),
                    self.edges.len(),
                    if pinned > 0 {
                        format!(" · {pinned} pinned")
                    } else {
                        String::new()
                    }
                );
                ui.label(RichText::new(text).small().color(theme::TEXT_WEAK))
                    .on_hover_text(format!(
                        "ForceAtlas2, {} iterations; last frame {:.1} ms",
                        self.layout.iteration(),
                        self.last_frame_ms
                    ));
            });
        });
    }

    fn hit(&self, p: Pos2, zoom: f32) -> Option<usize> {
        let mut best: Option<(usize, f32)> = None;
        for i in 0..self.nodes.len() {
            let d = self.to_screen(self.layout.position(i)).distance(p);
            let reach = self.radius(i, zoom) + 3.0;
            if d <= reach && best.is_none_or(|(_, bd)| d < bd) {
                best = Some((i, d));
            }
        }
        best.map(|(i, _)| i)
    }

    fn handle_input(&mut self, ui: &Ui, response: &egui::Response, selection: &mut Selection) {
        let zoom = self.zoom_factor();
        let pointer = response.hover_pos().or(response.interact_pointer_pos());
        if self.dragging.is_none() && !self.panning {
            self.hovered = response.hover_pos().and_then(|p| self.hit(p, zoom));
        }
        if response.drag_started() {
            match response
                .interact_pointer_pos()
                .and_then(|p| self.hit(p, zoom))
            {
                Some(n) => {
                    self.dragging = Some(n);
                    self.pinned.insert(self.nodes[n]);
                    self.layout.set_pinned(n, true);
                }
                None => self.panning = true,
            }
        }
        if response.dragged() {
            if let (Some(n), Some(p)) = (self.dragging, pointer) {
                let w = self.to_world(p);
                self.layout.set_position(n, w);
                // The others make room.
                if self.settled && !self.paused {
                    self.restart_settling();
                    self.layout.set_speed(0.05);
                }
                self.auto_fit = false;
            } else if self.panning {
                let d = response.drag_delta();
                self.camera.center[0] -= d.x as f64 / self.camera.scale;
                self.camera.center[1] -= d.y as f64 / self.camera.scale;
                self.auto_fit = false;
            }
        }
        if response.drag_stopped() {
            if let Some(n) = self.dragging {
                self.remembered
                    .insert(self.nodes[n], self.layout.position(n));
            }
            self.dragging = None;
            self.panning = false;
        }
        // egui's own double click, or two clicks on the same node within 0.35 s.
        let now = ui.input(|i| i.time);
        let double = response.double_clicked()
            || (response.clicked()
                && self.hovered.is_some()
                && self
                    .last_click
                    .is_some_and(|(t, n)| Some(n) == self.hovered && now - t < 0.35));
        if response.clicked() {
            self.last_click = if double {
                None
            } else {
                self.hovered.map(|n| (now, n))
            };
        }
        if double {
            if let Some(n) = self.hovered {
                let o = self.nodes[n];
                self.ego = if self.ego == Some(o) { None } else { Some(o) };
                self.auto_fit = true;
            }
        } else if response.clicked() {
            match self.hovered {
                Some(n) => {
                    selection.official = Some(self.nodes[n]);
                    selection.meeting = None;
                }
                None => selection.official = None,
            }
        }
        if response.hovered() {
            let (scroll, pinch) = ui.input(|i| (i.smooth_scroll_delta.y, i.zoom_delta()));
            let factor = pinch as f64 * (scroll as f64 * 0.0025).exp();
            if (factor - 1.0).abs() > 1e-6
                && let Some(p) = response.hover_pos()
            {
                self.zoom_at(p, factor);
            }
        }
        if !ui.ctx().egui_wants_keyboard_input() {
            let (plus, minus, fit) = ui.input(|i| {
                (
                    i.key_pressed(egui::Key::Plus) || i.key_pressed(egui::Key::Equals),
                    i.key_pressed(egui::Key::Minus),
                    i.key_pressed(egui::Key::F) && i.modifiers.is_none(),
                )
            });
            let c = self.rect.center();
            if plus {
                self.zoom_at(c, 1.25);
            }
            if minus {
                self.zoom_at(c, 0.8);
            }
            if fit {
                self.auto_fit = true;
                self.fit();
            }
        }
        if let Some(n) = self.hovered {
            ui.ctx().set_cursor_icon(if self.dragging.is_some() {
                egui::CursorIcon::Grabbing
            } else {
                egui::CursorIcon::PointingHand
            });
            let _ = n;
        }
    }

    fn draw(
        &self,
        ui: &Ui,
        painter: &egui::Painter,
        data: &Dataset,
        selection: &Selection,
        legend: Option<Rect>,
    ) {
        let zoom = self.zoom_factor();
        let n = self.nodes.len();
        let screen: Vec<Pos2> = (0..n)
            .map(|i| self.to_screen(self.layout.position(i)))
            .collect();
        let radius: Vec<f32> = (0..n).map(|i| self.radius(i, zoom)).collect();
        let selected = selection
            .official
            .and_then(|o| self.node_of.get(&o).copied());
        // The node whose neighbourhood is highlighted.
        let focus = self.hovered.or(selected);
        let focus_set: HashSet<u32> = focus
            .map(|f| {
                self.neighbours(f)
                    .iter()
                    .copied()
                    .chain([f as u32])
                    .collect()
            })
            .unwrap_or_default();
        let lit = |i: usize| focus.is_none() || focus_set.contains(&(i as u32));
        let visible = self.rect.expand(20.0);

        // Edges: one mesh; the focused node's edges in a second, drawn on top.
        let max_w = self.edges.iter().map(|e| e.2).max().unwrap_or(1).max(1) as f32;
        let mut edges = Mesh::default();
        let mut top = Mesh::default();
        let base = Color32::from_rgb(0x8A, 0x96, 0xA6);
        // Many edges: each fainter, so the structure shows rather than a grey mass.
        let edge_alpha = (0.5 * (800.0 / self.edges.len().max(1) as f32).sqrt()).clamp(0.14, 0.5);
        for &(a, b, w) in &self.edges {
            let (a, b) = (a as usize, b as usize);
            let (pa, pb) = (screen[a], screen[b]);
            if !visible.intersects(Rect::from_two_pos(pa, pb)) {
                continue;
            }
            let width = (0.6 + 2.6 * ((w as f32).ln_1p() / max_w.ln_1p())) * zoom.max(0.7);
            let on_focus = focus.is_some_and(|f| f == a || f == b);
            if on_focus {
                line(
                    &mut top,
                    pa,
                    pb,
                    width + 0.6,
                    theme::TEXT.gamma_multiply(0.8),
                );
            } else {
                let faded =
                    !(self.in_focus(a) && self.in_focus(b)) || (focus.is_some() && !on_focus);
                let alpha = if faded { 0.06 } else { edge_alpha };
                line(&mut edges, pa, pb, width, base.gamma_multiply(alpha));
            }
        }
        painter.add(Shape::mesh(edges));
        painter.add(Shape::mesh(top));

        // Nodes: small first so hubs sit on top.
        let mut nodes = Mesh::default();
        for &i in self.by_importance.iter().rev() {
            let i = i as usize;
            if !visible.contains(screen[i]) {
                continue;
            }
            let dim = !self.in_focus(i) || !lit(i);
            let fill = if dim {
                blend(self.node_color[i], theme::SURFACE, 0.78)
            } else {
                self.node_color[i]
            };
            let pinned = self.pinned.contains(&self.nodes[i]);
            let ring = if Some(i) == selected {
                theme::TEXT_STRONG
            } else if pinned {
                theme::TEXT
            } else {
                theme::SURFACE
            };
            let ring_w = if Some(i) == selected || pinned {
                2.0
            } else {
                1.2
            };
            circle(&mut nodes, screen[i], radius[i], fill, ring, ring_w);
        }
        painter.add(Shape::mesh(nodes));

        self.labels(
            painter, data, &screen, &radius, focus, &focus_set, selected, legend,
        );

        if let Some(h) = self.hovered
            && self.dragging.is_none()
        {
            self.tooltip(ui, data, h, screen[h], radius[h]);
        }
    }

    /// Greedy label placement: candidates in priority order (selected, hovered, its neighbours,
    /// then by size), each tried right, left, above and below its node; a label is drawn only
    /// where it overlaps no label already placed and no big node.
    #[allow(clippy::too_many_arguments)]
    fn labels(
        &self,
        painter: &egui::Painter,
        data: &Dataset,
        screen: &[Pos2],
        radius: &[f32],
        focus: Option<usize>,
        focus_set: &HashSet<u32>,
        selected: Option<usize>,
        legend: Option<Rect>,
    ) {
        let area = self.rect.shrink(4.0);
        // About one label per 11,000 square points of canvas.
        let budget = ((area.area() / 11_000.0) as usize).clamp(4, 90);
        let mut candidates: Vec<usize> = Vec::new();
        candidates.extend(selected);
        candidates.extend(self.hovered);
        if let Some(f) = focus {
            let mut ns: Vec<usize> = self.neighbours(f).iter().map(|&v| v as usize).collect();
            ns.sort_by(|&a, &b| self.size_value[b].total_cmp(&self.size_value[a]));
            candidates.extend(ns);
        }
        candidates.extend(
            self.by_importance
                .iter()
                .map(|&v| v as usize)
                .filter(|&v| self.in_focus(v)),
        );
        let mut seen = HashSet::new();
        // Big nodes are obstacles too.
        let mut placed: Vec<Rect> = self
            .by_importance
            .iter()
            .take(40)
            .map(|&v| {
                Rect::from_center_size(screen[v as usize], Vec2::splat(2.0 * radius[v as usize]))
            })
            .collect();
        placed.extend(legend.map(|r| r.expand(4.0)));
        let obstacles = placed.len();
        let mut drawn = 0;
        let font = theme::font(12.0);
        for v in candidates {
            if drawn >= budget + 2 || !seen.insert(v) || !area.contains(screen[v]) {
                continue;
            }
            let forced = Some(v) == selected || Some(v) == self.hovered;
            if !forced && drawn >= budget {
                continue;
            }
            if !forced && focus.is_some() && !self.in_focus(v) {
                continue;
            }
            let name = &data.officials[self.nodes[v]].name;
            let strong = forced || focus == Some(v);
            // While a node is in focus, the labels of everyone else step back.
            let faint = focus.is_some() && !focus_set.contains(&(v as u32));
            let color = if strong {
                theme::TEXT_STRONG
            } else if faint {
                theme::TEXT_FAINT
            } else {
                theme::TEXT
            };
            let galley = painter.layout_no_wrap(name.clone(), font.clone(), color);
            let size = galley.size() + vec2(8.0, 2.0);
            let (p, r) = (screen[v], radius[v] + 2.0);
            let options = [
                Rect::from_min_size(pos2(p.x + r, p.y - size.y / 2.0), size),
                Rect::from_min_size(pos2(p.x - r - size.x, p.y - size.y / 2.0), size),
                Rect::from_min_size(pos2(p.x - size.x / 2.0, p.y - r - size.y), size),
                Rect::from_min_size(pos2(p.x - size.x / 2.0, p.y + r), size),
            ];
            let own = Rect::from_center_size(p, Vec2::splat(2.0 * radius[v]));
            let free = |rect: &Rect, placed: &[Rect]| {
                area.contains_rect(*rect)
                    && placed
                        .iter()
                        .enumerate()
                        .all(|(k, o)| !o.intersects(*rect) || (k < obstacles && *o == own))
            };
            let spot = options
                .iter()
                .find(|r| free(r, &placed))
                .copied()
                .or(forced.then_some(options[0]));
            let Some(spot) = spot else { continue };
            placed.push(spot);
            drawn += 1;
            let halo = if strong {
                235
            } else if faint {
                120
            } else {
                200
            };
            painter.rect_filled(spot, CornerRadius::same(3), Color32::from_white_alpha(halo));
            painter.galley(spot.min + vec2(4.0, 1.0), galley, color);
        }
    }

    fn tooltip(&self, ui: &Ui, data: &Dataset, node: usize, at: Pos2, r: f32) {
        let o = &data.officials[self.nodes[node]];
        let id = egui::Id::unique("summitry_graph_tooltip");
        let pos = at + vec2(r + 10.0, r + 6.0);
        egui::Area::new(id)
            .order(egui::Order::Tooltip)
            .fixed_pos(pos)
            .interactable(false)
            .show(ui.ctx(), |ui| {
                egui::Frame::popup(ui.style()).show(ui, |ui| {
                    ui.set_max_width(320.0);
                    ui.label(RichText::new(&o.name).color(theme::TEXT_STRONG).strong());
                    ui.horizontal(|ui| {
                        let (dot, _) = ui.allocate_exact_size(vec2(10.0, 10.0), Sense::hover());
                        ui.painter()
                            .circle_filled(dot.center(), 4.5, self.node_color[node]);
                        ui.label(
                            RichText::new(o.country.as_deref().unwrap_or("Country unknown"))
                                .color(theme::TEXT),
                        );
                    });
                    widgets::titles_line(ui, o);
                    let m = self.meetings[node];
                    let c = self.metrics.degree[node];
                    ui.label(
                        RichText::new(format!(
                            "{m} meeting{} · {c} counterpart{}",
                            if m == 1 { "" } else { "s" },
                            if c == 1 { "" } else { "s" }
                        ))
                        .color(theme::ACCENT)
                        .font(theme::font(12.5)),
                    );
                });
            });
    }

    /// Country legend in the bottom-left corner (colours of the countries in view): its rect and
    /// rows, so labels can keep clear of it.
    fn legend_layout(&self, painter: &egui::Painter) -> Option<Legend> {
        let mut counts: HashMap<Color32, usize> = HashMap::new();
        for c in &self.node_color {
            *counts.entry(*c).or_default() += 1;
        }
        let mut rows: Vec<(String, Color32, usize)> = self
            .colors
            .named
            .iter()
            // Countries past the palette share the grey: they are counted under "Other".
            .filter(|(_, color, _)| *color != theme::OTHER_COUNTRY)
            .filter_map(|(name, color, _)| counts.get(color).map(|&n| (name.clone(), *color, n)))
            .collect();
        let other = counts.get(&theme::OTHER_COUNTRY).copied().unwrap_or(0);
        if other > 0 {
            rows.push(("Other".to_string(), theme::OTHER_COUNTRY, other));
        }
        if rows.is_empty() {
            return None;
        }
        let font = theme::font(11.5);
        let rows: Vec<(Color32, Arc<egui::Galley>)> = rows
            .iter()
            .map(|(name, color, n)| {
                (
                    *color,
                    painter.layout_no_wrap(format!("{name}  {n}"), font.clone(), theme::TEXT),
                )
            })
            .collect();
        let w = rows.iter().map(|(_, g)| g.size().x).fold(0.0, f32::max) + 30.0;
        let h = rows.len() as f32 * LEGEND_LINE + 26.0;
        let rect = Rect::from_min_size(
            pos2(self.rect.left() + 10.0, self.rect.bottom() - h - 10.0),
            vec2(w.max(120.0), h),
        );
        Some((rect, rows))
    }

    fn legend(&self, painter: &egui::Painter, legend: Option<Legend>) {
        let Some((rect, rows)) = legend else { return };
        painter.rect(
            rect,
            CornerRadius::same(6),
            Color32::from_white_alpha(235),
            Stroke::new(1.0, theme::BORDER),
            egui::StrokeKind::Inside,
        );
        painter.text(
            rect.min + vec2(10.0, 6.0),
            Align2::LEFT_TOP,
            "COUNTRY · OFFICIALS",
            theme::font(10.0),
            theme::TEXT_WEAK,
        );
        for (k, (color, g)) in rows.into_iter().enumerate() {
            let y = rect.top() + 22.0 + k as f32 * LEGEND_LINE + LEGEND_LINE / 2.0;
            painter.circle_filled(pos2(rect.left() + 15.0, y), 4.5, color);
            painter.galley(
                pos2(rect.left() + 25.0, y - g.size().y / 2.0),
                g,
                theme::TEXT,
            );
        }
    }
}

const LEGEND_LINE: f32 = 17.0;

/// The legend's rect and its rows (swatch colour, text).
type Legend = (Rect, Vec<(Color32, Arc<egui::Galley>)>);

/// Mixes `a` towards `b` by `t`.
fn blend(a: Color32, b: Color32, t: f32) -> Color32 {
    let m = |x: u8, y: u8| (x as f32 + (y as f32 - x as f32) * t).round() as u8;
    Color32::from_rgb(m(a.r(), b.r()), m(a.g(), b.g()), m(a.b(), b.b()))
}

/// Appends an anti-aliased line to `mesh`: a "tent" (full colour along the centre, fading to
/// nothing one point beyond the half width) of two thin strips, four triangles. Cheap to
/// rasterise even for software renderers, and smooth at any angle; lines thinner than a point
/// are drawn fainter instead.
pub fn line(mesh: &mut Mesh, a: Pos2, b: Pos2, width: f32, color: Color32) {
    let d = b - a;
    let len = d.length();
    if len.is_nan() || len <= 1e-3 || !len.is_finite() {
        return;
    }
    let (width, color) = if width < 1.0 {
        (1.0, color.gamma_multiply(width.max(0.0)))
    } else {
        (width, color)
    };
    let n = vec2(-d.y, d.x) / len * (width * 0.5 + 0.5);
    let i = mesh.vertices.len() as u32;
    for p in [a, b] {
        mesh.colored_vertex(p + n, Color32::TRANSPARENT);
        mesh.colored_vertex(p, color);
        mesh.colored_vertex(p - n, Color32::TRANSPARENT);
    }
    for k in 0..2 {
        mesh.add_triangle(i + k, i + k + 1, i + 3 + k);
        mesh.add_triangle(i + k + 1, i + 4 + k, i + 3 + k);
    }
}

/// Appends an anti-aliased disc of radius `r` with a ring of `ring_w` points to `mesh`.
pub fn circle(mesh: &mut Mesh, c: Pos2, r: f32, fill: Color32, ring: Color32, ring_w: f32) {
    let segments = ((r * 1.2) as usize).clamp(8, 36);
    let inner = (r - ring_w).max(0.5);
    let radii = [inner - 0.5, inner + 0.5, r - 0.5, r + 0.5];
    let colors = [fill, ring, ring, Color32::TRANSPARENT];
    let center = mesh.vertices.len() as u32;
    mesh.colored_vertex(c, fill);
    for k in 0..segments {
        let a = k as f32 / segments as f32 * std::f32::consts::TAU;
        let u = vec2(a.cos(), a.sin());
        for (rr, col) in radii.iter().zip(colors) {
            mesh.colored_vertex(c + u * rr.max(0.0), col);
        }
    }
    let s = segments as u32;
    for k in 0..s {
        let (this, next) = (center + 1 + k * 4, center + 1 + ((k + 1) % s) * 4);
        mesh.add_triangle(center, this, next);
        for ring in 0..3 {
            mesh.add_triangle(this + ring, next + ring, this + ring + 1);
            mesh.add_triangle(next + ring, next + ring + 1, this + ring + 1);
        }
    }
}

/// The per-frame CPU work of the view without a window, for benchmarks: one layout iteration on
/// `layout`, then the edge and node meshes for a `size`-point canvas, as `draw` builds them.
pub fn frame_work(layout: &mut Layout, graph: &Graph, size: Vec2) -> (Mesh, Mesh) {
    layout.step();
    let rect = Rect::from_min_size(Pos2::ZERO, size);
    let (xs, ys) = (layout.xs(), layout.ys());
    let [x0, y0, x1, y1] = bounds(xs, ys).unwrap_or([0.0, 0.0, 1.0, 1.0]);
    let scale = ((size.x as f64 - 96.0) / (x1 - x0).max(1e-9))
        .min((size.y as f64 - 96.0) / (y1 - y0).max(1e-9));
    let to_screen = |i: usize| {
        pos2(
            rect.center().x + ((xs[i] - (x0 + x1) / 2.0) * scale) as f32,
            rect.center().y + ((ys[i] - (y0 + y1) / 2.0) * scale) as f32,
        )
    };
    let screen: Vec<Pos2> = (0..xs.len()).map(to_screen).collect();
    let mut edges = Mesh::default();
    let base = Color32::from_rgb(0x8A, 0x96, 0xA6).gamma_multiply(0.42);
    for e in &graph.edges {
        line(
            &mut edges,
            screen[e.a as usize],
            screen[e.b as usize],
            0.6 + e.weight.ln_1p(),
            base,
        );
    }
    let mut nodes = Mesh::default();
    for (i, &p) in screen.iter().enumerate() {
        circle(
            &mut nodes,
            p,
            3.0 + (layout.mass(i) as f32).sqrt(),
            theme::PALETTE[i % 9],
            theme::SURFACE,
            1.2,
        );
    }
    (edges, nodes)
}
