//! Graphs of officials without any UI: an undirected weighted edge list, its force-directed
//! [`layout`] (Barnes–Hut ForceAtlas2) and [`metrics`] (degree, PageRank, components).
//! The network view and `summitry layout` both use it.

pub mod layout;
pub mod metrics;

/// One undirected edge between nodes `a` and `b` (indexes), weighted (number of meetings).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Edge {
    pub a: u32,
    pub b: u32,
    pub weight: f32,
}

/// An undirected weighted graph on nodes `0..n`. Self-loops and repeated edges are allowed
/// (they add weight; a self-loop has no effect on the layout).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Graph {
    pub n: usize,
    pub edges: Vec<Edge>,
}

impl Graph {
    pub fn new(n: usize, edges: Vec<Edge>) -> Graph {
        debug_assert!(
            edges
                .iter()
                .all(|e| (e.a as usize) < n && (e.b as usize) < n)
        );
        Graph { n, edges }
    }

    /// Neighbours of every node (both directions), as a compressed adjacency: `(offsets, targets)`,
    /// the neighbours of `i` are `targets[offsets[i]..offsets[i + 1]]`. Self-loops are left out.
    pub fn adjacency(&self) -> (Vec<u32>, Vec<u32>) {
        let mut offsets = vec![0u32; self.n + 1];
        for e in self.edges.iter().filter(|e| e.a != e.b) {
            offsets[e.a as usize + 1] += 1;
            offsets[e.b as usize + 1] += 1;
        }
        for i in 0..self.n {
            offsets[i + 1] += offsets[i];
        }
        let mut fill = offsets.clone();
        let mut targets = vec![0u32; offsets[self.n] as usize];
        for e in self.edges.iter().filter(|e| e.a != e.b) {
            targets[fill[e.a as usize] as usize] = e.b;
            fill[e.a as usize] += 1;
            targets[fill[e.b as usize] as usize] = e.a;
            fill[e.b as usize] += 1;
        }
        (offsets, targets)
    }
}

/// A graph read from an edge-list CSV, with the node ids in order of first appearance.
#[derive(Clone, Debug, Default)]
pub struct EdgeList {
    pub ids: Vec<String>,
    pub graph: Graph,
}

/// Reads `source,target[,weight]` CSV (header required, column names case-insensitive, other
/// columns ignored). Node ids are any strings. Weights must be finite and not negative; a missing
/// or empty weight is 1.
pub fn parse_edge_csv(text: &str) -> Result<EdgeList, String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| format!("cannot read the header: {e}"))?
        .clone();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
    };
    let (Some(src), Some(dst)) = (col("source"), col("target")) else {
        return Err(format!(
            "the header must name `source` and `target` columns (found: {})",
            headers.iter().collect::<Vec<_>>().join(",")
        ));
    };
    let weight_col = col("weight");
    let mut ids: Vec<String> = Vec::new();
    let mut index: std::collections::HashMap<String, u32> = std::collections::HashMap::new();
    let mut edges = Vec::new();
    let mut id_of = |s: &str, ids: &mut Vec<String>| -> u32 {
        if let Some(&i) = index.get(s) {
            return i;
        }
        let i = ids.len() as u32;
        ids.push(s.to_string());
        index.insert(s.to_string(), i);
        i
    };
    for (row, record) in reader.records().enumerate() {
        let line = row + 2;
        let record = record.map_err(|e| format!("line {line}: {e}"))?;
        let a = record.get(src).unwrap_or("").trim();
        let b = record.get(dst).unwrap_or("").trim();
        if a.is_empty() || b.is_empty() {
            return Err(format!("line {line}: empty source or target"));
        }
        let weight = match weight_col.and_then(|c| record.get(c)).map(str::trim) {
            None | Some("") => 1.0,
            Some(w) => match w.parse::<f32>() {
                Ok(w) if w.is_finite() && w >= 0.0 => w,
                _ => {
                    return Err(format!(
                        "line {line}: weight `{w}` is not a finite number ≥ 0"
                    ));
                }
            },
        };
        if ids.len() >= u32::MAX as usize - 2 {
            return Err("too many nodes".into());
        }
        let a = id_of(a, &mut ids);
        let b = id_of(b, &mut ids);
        edges.push(Edge { a, b, weight });
    }
    Ok(EdgeList {
        graph: Graph::new(ids.len(), edges),
        ids,
    })
}

/// A small deterministic generator (SplitMix64) so layouts and synthetic data are the same on
/// every machine for a seed.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    pub fn f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in 0..n (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (((self.next_u64() >> 32) * n as u64) >> 32) as usize
    }
}

/// A Barabási–Albert graph: `n` nodes, each new node linked to `m` distinct earlier nodes chosen
/// with probability proportional to degree (for benchmarks and synthetic data).
pub fn barabasi_albert(n: usize, m: usize, seed: u64) -> Graph {
    let mut rng = Rng::new(seed);
    let mut edges = Vec::with_capacity(n * m);
    // Every edge endpoint once: sampling from it is sampling by degree.
    let mut ends: Vec<u32> = Vec::with_capacity(2 * n * m);
    let m = m.max(1);
    let mut picked: Vec<u32> = Vec::with_capacity(m);
    for v in 0..n {
        picked.clear();
        if v <= m {
            picked.extend(0..v as u32);
        } else {
            while picked.len() < m {
                let t = ends[rng.below(ends.len())];
                if !picked.contains(&t) {
                    picked.push(t);
                }
            }
        }
        for &t in &picked {
            edges.push(Edge {
                a: t,
                b: v as u32,
                weight: 1.0,
            });
            ends.push(t);
            ends.push(v as u32);
        }
    }
    Graph::new(n, edges)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_an_edge_list_with_and_without_weights() {
        let l = parse_edge_csv("source,target\na,b\nb,c\n").unwrap();
        assert_eq!(l.ids, ["a", "b", "c"]);
        assert_eq!(l.graph.edges.len(), 2);
        assert_eq!(
            l.graph.edges[1],
            Edge {
                a: 1,
                b: 2,
                weight: 1.0
            }
        );
        let l = parse_edge_csv("Target,Source,Weight\n1,2,3.5\n2,2,\n").unwrap();
        assert_eq!(l.ids, ["2", "1"]);
        assert_eq!(
            l.graph.edges[0],
            Edge {
                a: 0,
                b: 1,
                weight: 3.5
            }
        );
        assert_eq!(l.graph.edges[1].weight, 1.0);
        let empty = parse_edge_csv("source,target\n").unwrap();
        assert_eq!(empty.graph.n, 0);
    }

    #[test]
    fn bad_edge_lists_are_explained() {
        assert!(
            parse_edge_csv("from,to\na,b\n")
                .unwrap_err()
                .contains("source")
        );
        assert!(
            parse_edge_csv("source,target,weight\na,b,-1\n")
                .unwrap_err()
                .contains("line 2")
        );
        assert!(
            parse_edge_csv("source,target,weight\na,b,NaN\n")
                .unwrap_err()
                .contains("line 2")
        );
        assert!(
            parse_edge_csv("source,target\na,b\nc\n")
                .unwrap_err()
                .contains("line 3")
        );
        assert!(
            parse_edge_csv("source,target\na,\n")
                .unwrap_err()
                .contains("empty")
        );
    }

    #[test]
    fn barabasi_albert_has_the_expected_size() {
        let g = barabasi_albert(1000, 5, 42);
        assert_eq!(g.n, 1000);
        assert_eq!(g.edges.len(), (0..=5).sum::<usize>() + 5 * (1000 - 6));
        assert!(g.edges.iter().all(|e| e.a < e.b));
    }
}
