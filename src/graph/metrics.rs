//! Node metrics over a petgraph graph: weighted degree, PageRank and connected components.

use super::Graph;
use petgraph::graph::{NodeIndex, UnGraph};
use petgraph::unionfind::UnionFind;
use petgraph::visit::EdgeRef;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Metrics {
    /// Number of distinct neighbours (self-loops not counted).
    pub degree: Vec<u32>,
    /// Sum of the weights of the edges at each node (self-loops not counted).
    pub weighted_degree: Vec<f64>,
    /// Weighted PageRank (damping 0.85), summing to 1.
    pub pagerank: Vec<f64>,
    /// Connected component of each node; 0 is the largest, ties broken by smallest node.
    pub component: Vec<u32>,
    /// Size of each component, largest first.
    pub component_sizes: Vec<u32>,
}

/// petgraph's view of a [`Graph`]: parallel edges merged (weights added), self-loops dropped.
pub fn to_petgraph(graph: &Graph) -> UnGraph<(), f64, u32> {
    let mut merged: std::collections::BTreeMap<(u32, u32), f64> = std::collections::BTreeMap::new();
    for e in &graph.edges {
        if e.a != e.b {
            *merged.entry((e.a.min(e.b), e.a.max(e.b))).or_default() += e.weight.max(0.0) as f64;
        }
    }
    let mut g = UnGraph::with_capacity(graph.n, merged.len());
    for _ in 0..graph.n {
        g.add_node(());
    }
    for ((a, b), w) in merged {
        g.add_edge(NodeIndex::new(a as usize), NodeIndex::new(b as usize), w);
    }
    g
}

pub fn compute(graph: &Graph) -> Metrics {
    let g = to_petgraph(graph);
    let n = g.node_count();
    let mut degree = vec![0u32; n];
    let mut weighted_degree = vec![0.0; n];
    for v in g.node_indices() {
        for e in g.edges(v) {
            degree[v.index()] += 1;
            weighted_degree[v.index()] += *e.weight();
        }
    }
    let pagerank = pagerank(&g, &weighted_degree, 0.85, 100, 1e-10);

    let mut uf = UnionFind::<u32>::new(n);
    for e in g.edge_references() {
        uf.union(e.source().index() as u32, e.target().index() as u32);
    }
    let roots: Vec<u32> = (0..n as u32).map(|i| uf.find(i)).collect();
    let mut size_of_root = vec![0u32; n];
    let mut first_of_root = vec![u32::MAX; n];
    for (i, &r) in roots.iter().enumerate() {
        size_of_root[r as usize] += 1;
        first_of_root[r as usize] = first_of_root[r as usize].min(i as u32);
    }
    let mut comps: Vec<u32> = (0..n as u32)
        .filter(|&r| size_of_root[r as usize] > 0)
        .collect();
    comps.sort_by_key(|&r| {
        (
            std::cmp::Reverse(size_of_root[r as usize]),
            first_of_root[r as usize],
        )
    });
    let mut label = vec![0u32; n];
    for (k, &r) in comps.iter().enumerate() {
        label[r as usize] = k as u32;
    }
    Metrics {
        degree,
        weighted_degree,
        pagerank,
        component: roots.iter().map(|&r| label[r as usize]).collect(),
        component_sizes: comps.iter().map(|&r| size_of_root[r as usize]).collect(),
    }
}

/// Weighted PageRank by power iteration, O(edges) per round (petgraph's own is O(n²)). A node
/// without edges gives its rank to everyone.
fn pagerank(
    g: &UnGraph<(), f64, u32>,
    strength: &[f64],
    damping: f64,
    rounds: usize,
    tolerance: f64,
) -> Vec<f64> {
    let n = g.node_count();
    if n == 0 {
        return Vec::new();
    }
    let nf = n as f64;
    let mut rank = vec![1.0 / nf; n];
    let mut next = vec![0.0; n];
    for _ in 0..rounds {
        let dangling: f64 = (0..n)
            .filter(|&i| strength[i] <= 0.0)
            .map(|i| rank[i])
            .sum();
        let base = (1.0 - damping) / nf + damping * dangling / nf;
        next.fill(base);
        for e in g.edge_references() {
            let (a, b, w) = (e.source().index(), e.target().index(), *e.weight());
            if strength[a] > 0.0 {
                next[b] += damping * rank[a] * w / strength[a];
            }
            if strength[b] > 0.0 {
                next[a] += damping * rank[b] * w / strength[b];
            }
        }
        let delta: f64 = rank.iter().zip(&next).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut rank, &mut next);
        if delta < tolerance {
            break;
        }
    }
    let total: f64 = rank.iter().sum();
    rank.iter().map(|r| r / total).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::Edge;

    #[test]
    fn star_plus_pair_plus_isolated() {
        let e = |a, b, weight| Edge { a, b, weight };
        // 0 is the hub of 1, 2, 3 (edge 0-1 twice); 4-5 a pair; 6 alone with a self-loop.
        let g = Graph::new(
            7,
            vec![
                e(0, 1, 1.0),
                e(1, 0, 2.0),
                e(0, 2, 1.0),
                e(0, 3, 1.0),
                e(4, 5, 1.0),
                e(6, 6, 5.0),
            ],
        );
        let m = compute(&g);
        assert_eq!(m.degree, [3, 1, 1, 1, 1, 1, 0]);
        assert_eq!(m.weighted_degree, [5.0, 3.0, 1.0, 1.0, 1.0, 1.0, 0.0]);
        assert_eq!(m.component, [0, 0, 0, 0, 1, 1, 2]);
        assert_eq!(m.component_sizes, [4, 2, 1]);
        assert!((m.pagerank.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        let top = (0..7)
            .max_by(|&a, &b| m.pagerank[a].total_cmp(&m.pagerank[b]))
            .unwrap();
        assert_eq!(top, 0, "the hub ranks first: {:?}", m.pagerank);
        assert!((m.pagerank[4] - m.pagerank[5]).abs() < 1e-12);
        assert!(m.pagerank[1] > m.pagerank[2], "the heavier edge counts");
        assert_eq!(compute(&Graph::default()), Metrics::default());
    }
}
