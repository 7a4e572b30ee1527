//! ForceAtlas2 speed: one iteration on the shared Barabási–Albert graphs (the same files
//! graphology's benchmark reads), on 100k nodes / 500k edges, and the network view's per-frame
//! CPU work for 2,000 officials and 10,000 edges. Run: `cargo bench --bench layout`.
//! Iterations are timed after 10 warm-up iterations from the seeded random start, at θ 0.5
//! (Gephi's convention) with graphology's inferred settings, on one thread unless named `_par`.

use summitry::graph::layout::{Layout, Settings};
use summitry::graph::{Graph, barabasi_albert, parse_edge_csv};

fn main() {
    divan::main();
}

fn shared(name: &str) -> Graph {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("benches/data")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    parse_edge_csv(&text).expect("edge list").graph
}

fn warmed(graph: &Graph, parallel: bool) -> Layout {
    let mut l = Layout::with_seed(
        graph,
        Settings {
            parallel,
            ..Settings::graphology()
        },
        42,
    );
    l.run(10);
    l
}

#[divan::bench(sample_count = 30)]
fn fa2_iteration_ba_1000(bencher: divan::Bencher) {
    let mut l = warmed(&shared("ba_1000.csv"), false);
    bencher.bench_local(|| l.step());
}

#[divan::bench(sample_count = 20)]
fn fa2_iteration_ba_10000(bencher: divan::Bencher) {
    let mut l = warmed(&shared("ba_10000.csv"), false);
    bencher.bench_local(|| l.step());
}

#[divan::bench(sample_count = 20)]
fn fa2_iteration_ba_10000_par(bencher: divan::Bencher) {
    let mut l = warmed(&shared("ba_10000.csv"), true);
    bencher.bench_local(|| l.step());
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn fa2_iteration_ba_100000(bencher: divan::Bencher) {
    let mut l = warmed(&barabasi_albert(100_000, 5, 42), false);
    bencher.bench_local(|| l.step());
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn fa2_iteration_ba_100000_par(bencher: divan::Bencher) {
    let mut l = warmed(&barabasi_albert(100_000, 5, 42), true);
    bencher.bench_local(|| l.step());
}

/// The network view's CPU work per frame at 2,000 officials and 10,000 edges: one layout
/// iteration with the view's settings, then the edge and node meshes (the frame budget is 4 ms).
#[divan::bench(sample_count = 30)]
fn graph_view_frame_2000_nodes_10000_edges(bencher: divan::Bencher) {
    let graph = barabasi_albert(2000, 5, 7);
    assert!(graph.edges.len() >= 9_900);
    let mut l = Layout::with_seed(&graph, summitry::app::graph_view::layout_settings(), 42);
    l.run(50);
    bencher.bench_local(|| {
        summitry::app::graph_view::frame_work(&mut l, &graph, egui::vec2(850.0, 600.0))
    });
}
