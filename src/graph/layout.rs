//! ForceAtlas2 (Jacomy et al. 2014) with Barnes–Hut repulsion, written for speed and stability.
//!
//! - Repulsion by degree: `kr · (deg₁+1)(deg₂+1) / d`, approximated with a quadtree rebuilt every
//!   iteration. θ follows Gephi and graphology: a cell counts as one body when `2·width / d < θ`
//!   (θ = 0 is the exact O(n²) sum). A cell that contains the node itself is always opened.
//! - Attraction along edges, linear or lin-log, optionally divided by the source's mass
//!   ("dissuade hubs"), weighted by `weight^edge_weight_influence`.
//! - Gravity towards the origin, normal (constant) or strong (grows with distance).
//! - Gephi's adaptive global speed: swinging (how much a node's force changes direction) against
//!   effective traction, with a jitter tolerance; each node moves by `speed / (1 + √(speed·swing))`.
//!
//! The hot loop works on structure-of-arrays `f64` positions and a flat arena quadtree whose cells
//! are stored in depth-first order with a "skip" link, so a traversal is one forward walk without a
//! stack; bodies are sorted into the tree's order so neighbouring nodes share cache lines. Groups of
//! up to 128 nearby bodies share one walk of the tree and sum one interaction list with SIMD (AVX2
//! when the CPU has it). Nothing is allocated per iteration once the buffers have grown. Results
//! are deterministic for a seed on a machine and identical with and without threads (each node sums
//! its own forces in the same order).

use super::{Graph, Rng};

#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    /// Repulsion strength `kr`: larger spreads the graph out.
    pub scaling_ratio: f64,
    pub gravity: f64,
    /// Gravity grows linearly with the distance from the centre (keeps components close).
    pub strong_gravity: bool,
    /// Lin-log attraction `ln(1 + d)` instead of `d`: tighter clusters.
    pub lin_log: bool,
    /// Divide attraction by the source's mass (hubs go to the centre of their group less).
    pub dissuade_hubs: bool,
    /// Attraction uses `weight^edge_weight_influence` (0: ignore weights).
    pub edge_weight_influence: f64,
    /// How much swinging is tolerated (Gephi default 1; higher is faster and less precise).
    pub jitter_tolerance: f64,
    /// Barnes–Hut θ, Gephi's convention. 0 computes every pair.
    pub theta: f64,
    /// Compute repulsion on rayon's thread pool. Results are the same either way.
    pub parallel: bool,
}

impl Default for Settings {
    /// Gephi's defaults (scaling 2, gravity 1, θ 1.2), on one thread.
    fn default() -> Settings {
        Settings {
            scaling_ratio: 2.0,
            gravity: 1.0,
            strong_gravity: false,
            lin_log: false,
            dissuade_hubs: false,
            edge_weight_influence: 1.0,
            jitter_tolerance: 1.0,
            theta: 1.2,
            parallel: false,
        }
    }
}

impl Settings {
    /// What graphology's `inferSettings` picks (strong gravity 0.05, scaling 10), at θ 0.5: the
    /// settings `summitry layout` uses so its work matches graphology's on the same graph.
    pub fn graphology() -> Settings {
        Settings {
            scaling_ratio: 10.0,
            gravity: 0.05,
            strong_gravity: true,
            theta: 0.5,
            ..Settings::default()
        }
    }
}

/// Distances below this (squared) count as coincident nodes.
const MIN_D2: f64 = 1e-18;
/// Bodies per leaf: small leaves are summed directly (a tight loop over contiguous arrays).
const LEAF_SIZE: usize = 8;
/// Bodies that share one walk of the tree and one interaction list.
const GROUP_SIZE: u32 = 128;
/// A near cell with at most this many bodies is summed body by body instead of opened.
const DIRECT_MAX: u32 = 16;
/// Deeper than this, a cell is a leaf whatever its size (many coincident nodes).
const MAX_DEPTH: u32 = 48;

#[derive(Clone, Copy, Debug, Default)]
struct Cell {
    /// Centre of mass and total mass.
    cx: f64,
    cy: f64,
    mass: f64,
    /// (2 · width)², compared with θ² · d².
    size2: f64,
    /// The cell's bodies are `order[start..end]` (the tree order is depth-first).
    start: u32,
    end: u32,
    /// The cell after this one's subtree: where a traversal goes when it does not open it.
    next: u32,
    leaf: bool,
}

/// A flat arena quadtree. Cells are in depth-first order (a cell's first child is the next cell);
/// bodies are sorted into the same order with their positions and masses copied alongside.
#[derive(Clone, Debug, Default)]
struct QuadTree {
    cells: Vec<Cell>,
    /// Node index of the body at each tree position.
    order: Vec<u32>,
    scratch: Vec<u32>,
    bx: Vec<f64>,
    by: Vec<f64>,
    bm: Vec<f64>,
}

impl QuadTree {
    fn build(&mut self, x: &[f64], y: &[f64], m: &[f64]) {
        let n = x.len();
        self.cells.clear();
        self.order.clear();
        self.order.extend(0..n as u32);
        self.scratch.resize(n, 0);
        if n == 0 {
            self.bx.clear();
            self.by.clear();
            self.bm.clear();
            return;
        }
        let (mut x0, mut y0, mut x1, mut y1) = (
            f64::INFINITY,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NEG_INFINITY,
        );
        for i in 0..n {
            x0 = x0.min(x[i]);
            x1 = x1.max(x[i]);
            y0 = y0.min(y[i]);
            y1 = y1.max(y[i]);
        }
        let mut w = (x1 - x0).max(y1 - y0);
        if !(w > 0.0 && w.is_finite()) {
            w = 1.0;
        }
        // A hair wider so the maximum falls inside.
        w *= 1.0 + 1e-9;
        self.subdivide(x, y, m, 0, n, x0, y0, w, 0);
        self.bx.clear();
        self.by.clear();
        self.bm.clear();
        for &i in &self.order {
            self.bx.push(x[i as usize]);
            self.by.push(y[i as usize]);
            self.bm.push(m[i as usize]);
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn subdivide(
        &mut self,
        x: &[f64],
        y: &[f64],
        m: &[f64],
        start: usize,
        end: usize,
        x0: f64,
        y0: f64,
        w: f64,
        depth: u32,
    ) -> usize {
        let id = self.cells.len();
        self.cells.push(Cell {
            size2: 4.0 * w * w,
            start: start as u32,
            end: end as u32,
            ..Cell::default()
        });
        if end - start <= LEAF_SIZE || depth >= MAX_DEPTH {
            let (mut mass, mut sx, mut sy) = (0.0, 0.0, 0.0);
            for &i in &self.order[start..end] {
                let i = i as usize;
                mass += m[i];
                sx += x[i] * m[i];
                sy += y[i] * m[i];
            }
            let next = self.cells.len() as u32;
            let c = &mut self.cells[id];
            c.mass = mass;
            c.cx = sx / mass;
            c.cy = sy / mass;
            c.leaf = true;
            c.next = next;
            return id;
        }
        let h = w * 0.5;
        let (mx, my) = (x0 + h, y0 + h);
        let quadrant = |i: u32| -> usize {
            (x[i as usize] >= mx) as usize | (((y[i as usize] >= my) as usize) << 1)
        };
        let mut counts = [0usize; 4];
        for &i in &self.order[start..end] {
            counts[quadrant(i)] += 1;
        }
        let mut offsets = [start, 0, 0, 0];
        for q in 1..4 {
            offsets[q] = offsets[q - 1] + counts[q - 1];
        }
        let bounds = offsets;
        for k in start..end {
            let i = self.order[k];
            let q = quadrant(i);
            self.scratch[offsets[q]] = i;
            offsets[q] += 1;
        }
        self.order[start..end].copy_from_slice(&self.scratch[start..end]);
        let (mut mass, mut sx, mut sy) = (0.0, 0.0, 0.0);
        for q in 0..4 {
            if counts[q] == 0 {
                continue;
            }
            let qx = if q & 1 == 1 { mx } else { x0 };
            let qy = if q & 2 == 2 { my } else { y0 };
            let c = self.subdivide(
                x,
                y,
                m,
                bounds[q],
                bounds[q] + counts[q],
                qx,
                qy,
                h,
                depth + 1,
            );
            let c = self.cells[c];
            mass += c.mass;
            sx += c.cx * c.mass;
            sy += c.cy * c.mass;
        }
        let next = self.cells.len() as u32;
        let c = &mut self.cells[id];
        c.mass = mass;
        c.cx = sx / mass;
        c.cy = sy / mass;
        c.next = next;
        id
    }

    /// Repulsion (per unit of `kr · mass`) on every body of the subtree at `root`, written to
    /// `out` (indexed from the subtree's first body). Work is split across threads by subtree.
    fn repulsion_subtree(
        &self,
        root: usize,
        theta2: f64,
        eps2: f32,
        out: &mut [(f64, f64)],
        parallel: bool,
    ) {
        let cell = self.cells[root];
        let bodies = cell.end - cell.start;
        if !parallel || bodies <= GROUP_SIZE.max(1024) {
            LIST.with_borrow_mut(|list| {
                let mut c = root;
                while c < cell.next as usize {
                    let group = &self.cells[c];
                    if group.leaf || group.end - group.start <= GROUP_SIZE {
                        let lo = (group.start - cell.start) as usize;
                        let hi = (group.end - cell.start) as usize;
                        self.repulsion_group(c, theta2, eps2, list, &mut out[lo..hi]);
                        c = group.next as usize;
                    } else {
                        c += 1;
                    }
                }
            });
            return;
        }
        rayon::scope(|scope| {
            let mut rest = out;
            let mut c = root + 1;
            while c < cell.next as usize {
                let child = self.cells[c];
                let (mine, tail) = rest.split_at_mut((child.end - child.start) as usize);
                rest = tail;
                scope.spawn(move |_| self.repulsion_subtree(c, theta2, eps2, mine, true));
                c = child.next as usize;
            }
        });
    }

    /// Repulsion on the bodies of one group (a subtree of at most [`GROUP_SIZE`] bodies). One walk
    /// of the tree serves the whole group: a cell is taken as one body when `(2·width)² < θ²·d²`
    /// for `d` the distance from its centre of mass to the group's bounding box, so the
    /// approximation is never coarser than Gephi's per-node test. Far cells, the bodies of near
    /// small cells and the group's own bodies go into `list`; then each body sums over the list in
    /// a tight SIMD loop (f32 coordinates relative to the group, precise enough for forces).
    fn repulsion_group(
        &self,
        group_id: usize,
        theta2: f64,
        eps2: f32,
        list: &mut InteractionList,
        out: &mut [(f64, f64)],
    ) {
        let group = self.cells[group_id];
        let (s, e) = (group.start as usize, group.end as usize);
        let (bx, by, bm) = (&self.bx[..], &self.by[..], &self.bm[..]);
        let (mut x0, mut y0, mut x1, mut y1) = (
            f64::INFINITY,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NEG_INFINITY,
        );
        for j in s..e {
            x0 = x0.min(bx[j]);
            x1 = x1.max(bx[j]);
            y0 = y0.min(by[j]);
            y1 = y1.max(by[j]);
        }
        let (rx, ry) = ((x0 + x1) * 0.5, (y0 + y1) * 0.5);
        list.clear();
        list.push_bodies(&bx[s..e], &by[s..e], &bm[s..e], rx, ry);
        let cells = &self.cells[..];
        let mut c = 0usize;
        while c < cells.len() {
            let cell = &cells[c];
            if c == group_id {
                c = cell.next as usize;
                continue;
            }
            let contains = cell.start <= group.start && group.end <= cell.end;
            let dx = (x0 - cell.cx).max(cell.cx - x1).max(0.0);
            let dy = (y0 - cell.cy).max(cell.cy - y1).max(0.0);
            if !contains && cell.size2 < theta2 * (dx * dx + dy * dy) {
                list.push(cell.cx - rx, cell.cy - ry, cell.mass);
                c = cell.next as usize;
            } else if cell.leaf || (!contains && cell.end - cell.start <= DIRECT_MAX) {
                // Near and small: its bodies one by one (cheaper than walking further down).
                let (a, b) = (cell.start as usize, cell.end as usize);
                list.push_bodies(&bx[a..b], &by[a..b], &bm[a..b], rx, ry);
                c = cell.next as usize;
            } else {
                c += 1;
            }
        }
        list.pad();
        for k in s..e {
            let (px, py) = ((bx[k] - rx) as f32, (by[k] - ry) as f32);
            out[k - s] = list.sum(px, py, eps2);
        }
        // Coincident nodes (always in the same leaf) get no force from the sum: push them apart
        // along a direction fixed by the pair, as if they were one unit apart.
        let mut c = group_id;
        while c < group.next as usize {
            let leaf = &cells[c];
            c += 1;
            if !leaf.leaf {
                continue;
            }
            for k in leaf.start as usize..leaf.end as usize {
                for j in leaf.start as usize..leaf.end as usize {
                    let (dx, dy) = (bx[k] - bx[j], by[k] - by[j]);
                    if j != k && dx * dx + dy * dy <= MIN_D2 {
                        let (a, b) = (self.order[k], self.order[j]);
                        let (ux, uy) = pair_direction(a.min(b), a.max(b));
                        let sign = if a < b { bm[j] } else { -bm[j] };
                        out[k - s].0 += ux * sign;
                        out[k - s].1 += uy * sign;
                    }
                }
            }
        }
    }
}

/// Point masses a leaf interacts with, structure of arrays, padded to a multiple of [`LANES`].
#[derive(Default)]
struct InteractionList {
    x: Vec<f32>,
    y: Vec<f32>,
    m: Vec<f32>,
}

const LANES: usize = 8;

thread_local! {
    /// Reused across iterations: the hot loop allocates nothing once warm.
    static LIST: std::cell::RefCell<InteractionList> = std::cell::RefCell::new(InteractionList::default());
}

impl InteractionList {
    fn clear(&mut self) {
        self.x.clear();
        self.y.clear();
        self.m.clear();
    }

    #[inline]
    fn push(&mut self, x: f64, y: f64, m: f64) {
        self.x.push(x as f32);
        self.y.push(y as f32);
        self.m.push(m as f32);
    }

    fn push_bodies(&mut self, x: &[f64], y: &[f64], m: &[f64], rx: f64, ry: f64) {
        self.x.extend(x.iter().map(|&v| (v - rx) as f32));
        self.y.extend(y.iter().map(|&v| (v - ry) as f32));
        self.m.extend(m.iter().map(|&v| v as f32));
    }

    fn pad(&mut self) {
        while !self.x.len().is_multiple_of(LANES) {
            self.push(0.0, 0.0, 0.0);
        }
    }

    /// Σ m·(p − q)/|p − q|² over the list, with AVX2 when the CPU has it.
    #[inline]
    fn sum(&self, px: f32, py: f32, eps2: f32) -> (f64, f64) {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") && std::arch::is_x86_feature_detected!("fma")
        {
            // SAFETY: the CPU supports the features `sum_avx2` is compiled for.
            return unsafe { self.sum_avx2(px, py, eps2) };
        }
        self.sum_portable(px, py, eps2)
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2,fma")]
    fn sum_avx2(&self, px: f32, py: f32, eps2: f32) -> (f64, f64) {
        use std::arch::x86_64::*;
        let n = self.x.len();
        debug_assert!(n.is_multiple_of(8) && self.y.len() == n && self.m.len() == n);
        let (vpx, vpy, eps) = (_mm256_set1_ps(px), _mm256_set1_ps(py), _mm256_set1_ps(eps2));
        let (mut ax, mut ay) = (_mm256_setzero_ps(), _mm256_setzero_ps());
        let mut i = 0;
        while i < n {
            // SAFETY: i + 8 <= n for all three arrays (padded to a multiple of 8).
            let (x, y, m) = unsafe {
                (
                    _mm256_loadu_ps(self.x.as_ptr().add(i)),
                    _mm256_loadu_ps(self.y.as_ptr().add(i)),
                    _mm256_loadu_ps(self.m.as_ptr().add(i)),
                )
            };
            let dx = _mm256_sub_ps(vpx, x);
            let dy = _mm256_sub_ps(vpy, y);
            let d2 = _mm256_fmadd_ps(dx, dx, _mm256_fmadd_ps(dy, dy, eps));
            let f = _mm256_div_ps(m, d2);
            ax = _mm256_fmadd_ps(dx, f, ax);
            ay = _mm256_fmadd_ps(dy, f, ay);
            i += 8;
        }
        let (mut lx, mut ly) = ([0f32; 8], [0f32; 8]);
        // SAFETY: both arrays hold 8 floats.
        unsafe {
            _mm256_storeu_ps(lx.as_mut_ptr(), ax);
            _mm256_storeu_ps(ly.as_mut_ptr(), ay);
        }
        (
            lx.iter().map(|&v| v as f64).sum(),
            ly.iter().map(|&v| v as f64).sum(),
        )
    }

    /// Independent lanes let the compiler use SIMD.
    #[inline(always)]
    fn sum_portable(&self, px: f32, py: f32, eps2: f32) -> (f64, f64) {
        let mut ax = [0f32; LANES];
        let mut ay = [0f32; LANES];
        for ((x, y), m) in self
            .x
            .chunks_exact(LANES)
            .zip(self.y.chunks_exact(LANES))
            .zip(self.m.chunks_exact(LANES))
        {
            for l in 0..LANES {
                let dx = px - x[l];
                let dy = py - y[l];
                let f = m[l] / (dx * dx + dy * dy + eps2);
                ax[l] += dx * f;
                ay[l] += dy * f;
            }
        }
        (
            ax.iter().map(|&v| v as f64).sum(),
            ay.iter().map(|&v| v as f64).sum(),
        )
    }
}

/// A unit vector fixed by a pair of node indexes.
fn pair_direction(a: u32, b: u32) -> (f64, f64) {
    let mut rng = Rng::new(((a as u64) << 32) | b as u64);
    let angle = rng.f64() * std::f64::consts::TAU;
    (angle.cos(), angle.sin())
}

/// A running ForceAtlas2 layout of one graph.
#[derive(Clone, Debug)]
pub struct Layout {
    pub settings: Settings,
    x: Vec<f64>,
    y: Vec<f64>,
    fx: Vec<f64>,
    fy: Vec<f64>,
    old_fx: Vec<f64>,
    old_fy: Vec<f64>,
    mass: Vec<f64>,
    pinned: Vec<bool>,
    /// (a, b, weight^influence), self-loops removed.
    edges: Vec<(u32, u32, f64)>,
    speed: f64,
    speed_efficiency: f64,
    iteration: usize,
    displacement: f64,
    tree: QuadTree,
    /// Repulsion per tree position (scratch).
    rep: Vec<(f64, f64)>,
}

impl Layout {
    /// A layout starting from `positions` (one per node; see [`random_positions`] and
    /// [`warm_positions`]). Non-finite positions are replaced by the origin.
    pub fn new(graph: &Graph, settings: Settings, positions: Vec<[f64; 2]>) -> Layout {
        let n = graph.n;
        assert_eq!(positions.len(), n, "one position per node");
        let mut mass = vec![1.0; n];
        let mut edges = Vec::with_capacity(graph.edges.len());
        for e in &graph.edges {
            if e.a == e.b {
                continue;
            }
            mass[e.a as usize] += 1.0;
            mass[e.b as usize] += 1.0;
            let w = (e.weight.max(0.0) as f64).powf(settings.edge_weight_influence);
            edges.push((e.a, e.b, if w.is_finite() { w } else { 1.0 }));
        }
        let fin = |v: f64| if v.is_finite() { v } else { 0.0 };
        Layout {
            settings,
            x: positions.iter().map(|p| fin(p[0])).collect(),
            y: positions.iter().map(|p| fin(p[1])).collect(),
            fx: vec![0.0; n],
            fy: vec![0.0; n],
            old_fx: vec![0.0; n],
            old_fy: vec![0.0; n],
            mass,
            pinned: vec![false; n],
            edges,
            speed: 1.0,
            speed_efficiency: 1.0,
            iteration: 0,
            displacement: 0.0,
            tree: QuadTree::default(),
            rep: Vec::with_capacity(n),
        }
    }

    /// A layout from random positions fixed by `seed`.
    pub fn with_seed(graph: &Graph, settings: Settings, seed: u64) -> Layout {
        Layout::new(graph, settings, random_positions(graph.n, seed))
    }

    pub fn len(&self) -> usize {
        self.x.len()
    }

    pub fn is_empty(&self) -> bool {
        self.x.is_empty()
    }

    pub fn position(&self, i: usize) -> [f64; 2] {
        [self.x[i], self.y[i]]
    }

    pub fn xs(&self) -> &[f64] {
        &self.x
    }

    pub fn ys(&self) -> &[f64] {
        &self.y
    }

    /// Moves a node (for example while the user drags it). Non-finite positions are ignored.
    pub fn set_position(&mut self, i: usize, p: [f64; 2]) {
        if p[0].is_finite() && p[1].is_finite() {
            self.x[i] = p[0];
            self.y[i] = p[1];
        }
    }

    /// A pinned node keeps its position; it still pushes and pulls the others.
    pub fn set_pinned(&mut self, i: usize, pinned: bool) {
        self.pinned[i] = pinned;
    }

    pub fn is_pinned(&self, i: usize) -> bool {
        self.pinned[i]
    }

    /// FA2 mass: degree + 1.
    pub fn mass(&self, i: usize) -> f64 {
        self.mass[i]
    }

    pub fn iteration(&self) -> usize {
        self.iteration
    }

    /// Global speed (Gephi's adaptive speed).
    pub fn speed(&self) -> f64 {
        self.speed
    }

    /// Starts slowly, as after a warm start, so nodes that keep their place are not shaken.
    pub fn set_speed(&mut self, speed: f64) {
        if speed.is_finite() && speed > 0.0 {
            self.speed = speed;
        }
    }

    /// Sum of the distances the nodes moved in the last iteration.
    pub fn displacement(&self) -> f64 {
        self.displacement
    }

    /// Mean distance moved in the last iteration relative to the layout's size: a convergence
    /// measure independent of the graph's scale.
    pub fn relative_displacement(&self) -> f64 {
        let n = self.len().max(1) as f64;
        let extent = self.extent().max(1e-9);
        self.displacement / n / extent
    }

    /// The larger side of the bounding box.
    pub fn extent(&self) -> f64 {
        bounds(&self.x, &self.y).map_or(0.0, |[x0, y0, x1, y1]| (x1 - x0).max(y1 - y0))
    }

    pub fn run(&mut self, iterations: usize) {
        for _ in 0..iterations {
            self.step();
        }
    }

    /// One iteration.
    pub fn step(&mut self) {
        let n = self.len();
        self.iteration += 1;
        self.displacement = 0.0;
        if n == 0 {
            return;
        }
        std::mem::swap(&mut self.fx, &mut self.old_fx);
        std::mem::swap(&mut self.fy, &mut self.old_fy);
        self.fx.fill(0.0);
        self.fy.fill(0.0);
        let s = self.settings.clone();

        // Repulsion.
        self.tree.build(&self.x, &self.y, &self.mass);
        let theta2 = s.theta.max(0.0).powi(2);
        self.rep.clear();
        self.rep.resize(n, (0.0, 0.0));
        let tree = &self.tree;
        // Softening: negligible at any visible distance, keeps f32 sums finite for near-coincident
        // nodes and for a body against itself (distance 0, no force).
        let eps2 = ((tree.cells[0].size2.sqrt() * 1e-6).powi(2) as f32).max(f32::MIN_POSITIVE);
        tree.repulsion_subtree(0, theta2, eps2, &mut self.rep, s.parallel);
        for (k, &(rx, ry)) in self.rep.iter().enumerate() {
            let i = tree.order[k] as usize;
            let f = s.scaling_ratio * self.mass[i];
            self.fx[i] += rx * f;
            self.fy[i] += ry * f;
        }

        // Gravity.
        for i in 0..n {
            let (x, y) = (self.x[i], self.y[i]);
            let factor = if s.strong_gravity {
                s.gravity * self.mass[i]
            } else {
                let d = (x * x + y * y).sqrt();
                if d > 0.0 {
                    s.gravity * self.mass[i] / d
                } else {
                    0.0
                }
            };
            self.fx[i] -= x * factor;
            self.fy[i] -= y * factor;
        }

        // Attraction.
        let coefficient = if s.dissuade_hubs {
            self.mass.iter().sum::<f64>() / n as f64
        } else {
            1.0
        };
        for &(a, b, w) in &self.edges {
            let (a, b) = (a as usize, b as usize);
            let dx = self.x[a] - self.x[b];
            let dy = self.y[a] - self.y[b];
            let mut factor = -coefficient * w;
            if s.lin_log {
                let d = (dx * dx + dy * dy).sqrt();
                factor = if d > 0.0 {
                    factor * (1.0 + d).ln() / d
                } else {
                    0.0
                };
            }
            if s.dissuade_hubs {
                factor /= self.mass[a];
            }
            self.fx[a] += dx * factor;
            self.fy[a] += dy * factor;
            self.fx[b] -= dx * factor;
            self.fy[b] -= dy * factor;
        }

        // Adaptive speed (Gephi's ForceAtlas2.goAlgo).
        let (mut swinging, mut traction) = (0.0, 0.0);
        for i in 0..n {
            if self.pinned[i] {
                continue;
            }
            let (fx, fy, ox, oy) = (self.fx[i], self.fy[i], self.old_fx[i], self.old_fy[i]);
            swinging += self.mass[i] * ((ox - fx).powi(2) + (oy - fy).powi(2)).sqrt();
            traction += 0.5 * self.mass[i] * ((ox + fx).powi(2) + (oy + fy).powi(2)).sqrt();
        }
        let nf = n as f64;
        let estimated_jt = 0.05 * nf.sqrt();
        let (min_jt, max_jt): (f64, f64) = (estimated_jt.sqrt(), 10.0);
        let mut jt = s.jitter_tolerance
            * min_jt.max(max_jt.min(if traction > 0.0 {
                estimated_jt * traction / (nf * nf)
            } else {
                0.0
            }));
        const MIN_SPEED_EFFICIENCY: f64 = 0.05;
        if traction > 0.0 && swinging / traction > 2.0 {
            if self.speed_efficiency > MIN_SPEED_EFFICIENCY {
                self.speed_efficiency *= 0.5;
            }
            jt = jt.max(s.jitter_tolerance);
        }
        if swinging > 0.0 && traction > 0.0 {
            let target = jt * self.speed_efficiency * traction / swinging;
            if swinging > jt * traction {
                if self.speed_efficiency > MIN_SPEED_EFFICIENCY {
                    self.speed_efficiency *= 0.7;
                }
            } else if self.speed < 1000.0 {
                self.speed_efficiency *= 1.3;
            }
            const MAX_RISE: f64 = 0.5;
            self.speed += (target - self.speed).min(MAX_RISE * self.speed);
        }
        if !(self.speed.is_finite() && self.speed > 0.0) {
            self.speed = 1e-6;
        }

        // Move.
        let mut moved = 0.0;
        for i in 0..n {
            if self.pinned[i] {
                continue;
            }
            let (fx, fy) = (self.fx[i], self.fy[i]);
            let swing = self.mass[i]
                * ((self.old_fx[i] - fx).powi(2) + (self.old_fy[i] - fy).powi(2)).sqrt();
            let factor = self.speed / (1.0 + (self.speed * swing).sqrt());
            let (dx, dy) = (fx * factor, fy * factor);
            let (nx, ny) = (self.x[i] + dx, self.y[i] + dy);
            if nx.is_finite() && ny.is_finite() {
                self.x[i] = nx;
                self.y[i] = ny;
                moved += (dx * dx + dy * dy).sqrt();
            } else {
                // Forget a force that would have thrown the node to infinity.
                self.fx[i] = 0.0;
                self.fy[i] = 0.0;
            }
        }
        self.displacement = moved;
    }
}

/// `[min x, min y, max x, max y]`, or None when empty.
pub fn bounds(x: &[f64], y: &[f64]) -> Option<[f64; 4]> {
    if x.is_empty() {
        return None;
    }
    let mut b = [
        f64::INFINITY,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NEG_INFINITY,
    ];
    for (&x, &y) in x.iter().zip(y) {
        b[0] = b[0].min(x);
        b[1] = b[1].min(y);
        b[2] = b[2].max(x);
        b[3] = b[3].max(y);
    }
    Some(b)
}

/// Uniform random positions in a square whose side grows with √n (about the size the layout
/// settles to), fixed by `seed`.
pub fn random_positions(n: usize, seed: u64) -> Vec<[f64; 2]> {
    let mut rng = Rng::new(seed);
    let half = 10.0 * (n as f64).sqrt().max(1.0);
    (0..n)
        .map(|_| {
            [
                (rng.f64() * 2.0 - 1.0) * half,
                (rng.f64() * 2.0 - 1.0) * half,
            ]
        })
        .collect()
}

/// Start positions that keep what is known: nodes with a position keep it; a new node starts
/// near the mean of its already-placed neighbours (with a little jitter); nodes with no placed
/// neighbour start at random inside the known nodes' bounding box.
pub fn warm_positions(graph: &Graph, known: &[Option<[f64; 2]>], seed: u64) -> Vec<[f64; 2]> {
    assert_eq!(known.len(), graph.n, "one entry per node");
    let mut rng = Rng::new(seed);
    let mut pos: Vec<Option<[f64; 2]>> = known
        .iter()
        .map(|p| p.filter(|p| p[0].is_finite() && p[1].is_finite()))
        .collect();
    let placed: Vec<[f64; 2]> = pos.iter().flatten().copied().collect();
    if placed.is_empty() {
        return random_positions(graph.n, seed);
    }
    let xs: Vec<f64> = placed.iter().map(|p| p[0]).collect();
    let ys: Vec<f64> = placed.iter().map(|p| p[1]).collect();
    let [x0, y0, x1, y1] = bounds(&xs, &ys).unwrap_or([0.0; 4]);
    let extent = (x1 - x0).max(y1 - y0).max(1.0);
    // About one node spacing.
    let jitter = extent / (placed.len() as f64).sqrt().max(1.0) * 0.5;
    let (offsets, targets) = graph.adjacency();
    // A few rounds, so chains of new nodes grow out from the placed ones.
    for _ in 0..4 {
        let mut changed = false;
        for i in 0..graph.n {
            if pos[i].is_some() {
                continue;
            }
            let (mut sx, mut sy, mut k) = (0.0, 0.0, 0.0);
            for &t in &targets[offsets[i] as usize..offsets[i + 1] as usize] {
                if let Some(p) = pos[t as usize] {
                    sx += p[0];
                    sy += p[1];
                    k += 1.0;
                }
            }
            if k > 0.0 {
                let a = rng.f64() * std::f64::consts::TAU;
                pos[i] = Some([sx / k + a.cos() * jitter, sy / k + a.sin() * jitter]);
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    pos.into_iter()
        .map(|p| {
            p.unwrap_or_else(|| {
                [
                    x0 + rng.f64() * (x1 - x0 + jitter),
                    y0 + rng.f64() * (y1 - y0 + jitter),
                ]
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::{Edge, barabasi_albert};

    fn finite(l: &Layout) -> bool {
        l.xs().iter().chain(l.ys()).all(|v| v.is_finite())
    }

    fn edge(a: u32, b: u32) -> Edge {
        Edge { a, b, weight: 1.0 }
    }

    #[test]
    fn same_seed_same_layout_with_or_without_threads() {
        let g = barabasi_albert(3000, 3, 7);
        let mut a = Layout::with_seed(&g, Settings::default(), 1);
        let mut b = Layout::with_seed(
            &g,
            Settings {
                parallel: true,
                ..Settings::default()
            },
            1,
        );
        a.run(30);
        b.run(30);
        assert_eq!(a.xs(), b.xs());
        assert_eq!(a.ys(), b.ys());
        let mut c = Layout::with_seed(&g, Settings::default(), 2);
        c.run(30);
        assert_ne!(a.xs(), c.xs(), "another seed gives another layout");
    }

    #[test]
    fn movement_dies_down() {
        for lin_log in [false, true] {
            let g = barabasi_albert(500, 2, 3);
            let mut l = Layout::with_seed(
                &g,
                Settings {
                    lin_log,
                    ..Settings::default()
                },
                9,
            );
            let mut early = 0.0;
            for _ in 0..20 {
                l.step();
                early += l.relative_displacement();
            }
            l.run(400);
            let mut late = 0.0;
            for _ in 0..20 {
                l.step();
                late += l.relative_displacement();
            }
            assert!(
                late < early * 0.25,
                "lin_log={lin_log}: early {early}, late {late}"
            );
            assert!(finite(&l));
        }
    }

    #[test]
    fn connected_nodes_end_closer_than_unconnected_ones() {
        // Two triangles joined by nothing: within-triangle distances are shorter than across.
        let g = Graph::new(
            6,
            vec![
                edge(0, 1),
                edge(1, 2),
                edge(0, 2),
                edge(3, 4),
                edge(4, 5),
                edge(3, 5),
            ],
        );
        let mut l = Layout::with_seed(&g, Settings::default(), 5);
        l.run(300);
        let d = |a: usize, b: usize| {
            let (p, q) = (l.position(a), l.position(b));
            ((p[0] - q[0]).powi(2) + (p[1] - q[1]).powi(2)).sqrt()
        };
        let within = d(0, 1).max(d(1, 2)).max(d(3, 4));
        let across = d(0, 3).min(d(1, 4)).min(d(2, 5));
        assert!(within < across, "within {within}, across {across}");
    }

    #[test]
    fn barnes_hut_is_close_to_the_exact_sum() {
        let g = barabasi_albert(2000, 3, 11);
        let pos = random_positions(g.n, 3);
        let mut exact = Layout::new(
            &g,
            Settings {
                theta: 0.0,
                ..Settings::default()
            },
            pos.clone(),
        );
        let mut approx = Layout::new(
            &g,
            Settings {
                theta: 0.5,
                ..Settings::default()
            },
            pos,
        );
        exact.step();
        approx.step();
        let (mut err, mut norm) = (0.0, 0.0);
        for i in 0..g.n {
            err += (exact.fx[i] - approx.fx[i]).powi(2) + (exact.fy[i] - approx.fy[i]).powi(2);
            norm += exact.fx[i].powi(2) + exact.fy[i].powi(2);
        }
        assert!(
            (err / norm).sqrt() < 0.02,
            "relative force error {}",
            (err / norm).sqrt()
        );
    }

    #[test]
    fn degenerate_graphs_stay_finite() {
        let s = Settings::default;
        // Empty graph.
        let mut l = Layout::with_seed(&Graph::default(), s(), 1);
        l.run(5);
        assert!(l.is_empty());
        // One node, with a self-loop.
        let mut l = Layout::new(&Graph::new(1, vec![edge(0, 0)]), s(), vec![[0.0, 0.0]]);
        l.run(50);
        assert!(finite(&l));
        // Coincident nodes (connected and not), isolated nodes, self-loops.
        let g = Graph::new(5, vec![edge(0, 1), edge(2, 2), edge(0, 0)]);
        for settings in [
            s(),
            Settings {
                lin_log: true,
                dissuade_hubs: true,
                ..s()
            },
            Settings::graphology(),
        ] {
            let mut l = Layout::new(&g, settings, vec![[3.0, 3.0]; 5]);
            l.run(200);
            assert!(finite(&l));
            for a in 0..5 {
                for b in a + 1..5 {
                    assert_ne!(
                        l.position(a),
                        l.position(b),
                        "nodes {a} and {b} still coincide"
                    );
                }
            }
        }
        // Many coincident nodes (the quadtree's depth limit).
        let g = barabasi_albert(300, 2, 1);
        let mut l = Layout::new(&g, s(), vec![[0.0, 0.0]; 300]);
        l.run(50);
        assert!(finite(&l));
        assert!(l.extent() > 1.0);
        // Non-finite input and zero weights.
        let g = Graph::new(
            2,
            vec![Edge {
                a: 0,
                b: 1,
                weight: 0.0,
            }],
        );
        let mut l = Layout::new(&g, s(), vec![[f64::NAN, 1.0], [f64::INFINITY, 0.0]]);
        l.run(20);
        assert!(finite(&l));
    }

    #[test]
    fn pinned_nodes_stay_put() {
        let g = barabasi_albert(100, 2, 1);
        let mut l = Layout::with_seed(&g, Settings::default(), 1);
        l.set_position(0, [123.0, -45.0]);
        l.set_pinned(0, true);
        l.run(50);
        assert_eq!(l.position(0), [123.0, -45.0]);
        assert!(l.is_pinned(0));
    }

    #[test]
    fn warm_start_keeps_known_positions_and_places_new_nodes_near_neighbours() {
        let g = Graph::new(4, vec![edge(0, 1), edge(1, 2), edge(2, 3)]);
        let known = [
            Some([0.0, 0.0]),
            Some([100.0, 0.0]),
            None,
            Some([1000.0, 1000.0]),
        ];
        let p = warm_positions(&g, &known, 1);
        assert_eq!(p[0], [0.0, 0.0]);
        assert_eq!(p[3], [1000.0, 1000.0]);
        // Node 2 sits near the mean of 1 and 3.
        let (mx, my) = (550.0, 500.0);
        assert!(((p[2][0] - mx).powi(2) + (p[2][1] - my).powi(2)).sqrt() < 1000.0);
        // A warm layout that starts slowly keeps settled nodes nearly in place.
        let g = barabasi_albert(400, 2, 2);
        let mut l = Layout::with_seed(&g, Settings::default(), 3);
        l.run(600);
        let before: Vec<[f64; 2]> = (0..g.n).map(|i| l.position(i)).collect();
        let known: Vec<Option<[f64; 2]>> = before.iter().map(|&p| Some(p)).collect();
        let mut warm = Layout::new(&g, Settings::default(), warm_positions(&g, &known, 4));
        warm.set_speed(0.05);
        warm.run(30);
        let extent = l.extent();
        let moved: f64 = (0..g.n)
            .map(|i| {
                let (a, b) = (before[i], warm.position(i));
                ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)).sqrt()
            })
            .sum::<f64>()
            / g.n as f64;
        assert!(
            moved < 0.05 * extent,
            "mean move {moved} of extent {extent}"
        );
    }
}
