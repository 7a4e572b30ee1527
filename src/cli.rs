//! Command line: `summitry [CORPUS] [--screenshot FILE]`, `extract`, `eval`, `layout`.
//! Exit codes: 0 success, 1 corpus unusable or output not written, 2 usage error (clap).

use crate::load::{self, Progress, Source};
use crate::model::Dataset;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::{Path, PathBuf};

#[derive(Parser, Debug)]
#[command(name = "summitry", version, about = "See who meets whom in world politics: officials and meetings from news articles.")]
#[command(args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Folder of articles to open (.txt, .md). Without it the built-in sample corpus opens.
    pub corpus: Option<PathBuf>,
    /// Save a PNG of the window once the first view has settled, then exit.
    #[arg(long, value_name = "FILE.png")]
    pub screenshot: Option<PathBuf>,
    /// The view to open with.
    #[arg(long, value_enum, default_value_t = crate::app::View::Meetings)]
    pub view: crate::app::View,
    /// Open a generated dataset of N officials and 5·N meetings instead of a corpus (to see the
    /// views at scale).
    #[arg(long, value_name = "N", hide = true, conflicts_with = "corpus")]
    pub synthetic: Option<usize>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Extract officials and meetings from a corpus folder.
    Extract {
        /// Folder of articles.
        corpus: PathBuf,
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// Write here instead of standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Score the extraction of a corpus against gold annotations.
    Eval {
        /// Folder of articles.
        corpus: PathBuf,
        /// Gold annotations (JSON, see spec/gold-format.md).
        #[arg(long, value_name = "GOLD.json")]
        gold: PathBuf,
        /// Print the full report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Lay out an edge list with ForceAtlas2 (Barnes–Hut) and write the node positions.
    Layout {
        /// Edge list CSV with a header: `source,target[,weight]`.
        edges: PathBuf,
        #[arg(long, default_value_t = 100)]
        iterations: usize,
        /// Barnes–Hut accuracy, Gephi's convention: a cell counts as one body when
        /// 2·width/distance < θ. 0 computes every pair.
        #[arg(long, default_value_t = 0.5, value_parser = parse_theta)]
        theta: f64,
        /// Seed of the random start positions.
        #[arg(long, default_value_t = 42)]
        seed: u64,
        /// Lin-log attraction (tighter clusters).
        #[arg(long)]
        lin_log: bool,
        /// Compute repulsion on all cores (same result).
        #[arg(long)]
        parallel: bool,
        /// Output CSV: `id,x,y`.
        #[arg(long, value_name = "POSITIONS.csv")]
        out: PathBuf,
    },
}

fn parse_theta(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(t) if t.is_finite() && t >= 0.0 => Ok(t),
        _ => Err(format!("`{s}` is not a number ≥ 0")),
    }
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Format {
    Json,
}

/// Runs a headless subcommand; returns the process exit code.
pub fn run(command: Command) -> i32 {
    match command {
        Command::Extract { corpus, format: Format::Json, out } => {
            let data = match open(&corpus) {
                Ok(d) => d,
                Err(code) => return code,
            };
            let json = crate::export::json::to_json(&data);
            match out {
                Some(path) => match write_atomic(&path, json.as_bytes()) {
                    Ok(()) => {
                        eprintln!(
                            "wrote {}: {} articles, {} officials, {} meetings",
                            path.display(),
                            data.corpus.articles.len(),
                            data.officials.len(),
                            data.meetings.len()
                        );
                        0
                    }
                    Err(e) => {
                        eprintln!("error: cannot write {}: {e}", path.display());
                        1
                    }
                },
                None => {
                    println!("{json}");
                    0
                }
            }
        }
        Command::Eval { corpus, gold, json } => {
            let gold_text = match std::fs::read_to_string(&gold) {
                Ok(t) => t,
                Err(e) => {
                    eprintln!("error: cannot read gold file {}: {e}", gold.display());
                    return 1;
                }
            };
            let gold = match crate::eval::parse_gold(&gold_text) {
                Ok(g) => g,
                Err(e) => {
                    eprintln!("error: {e}");
                    return 1;
                }
            };
            let data = match open(&corpus) {
                Ok(d) => d,
                Err(code) => return code,
            };
            let report = crate::eval::evaluate(&data, &gold);
            for w in &report.warnings {
                eprintln!("warning: {w}");
            }
            if json {
                println!("{}", serde_json::to_string_pretty(&report).unwrap_or_default());
            } else {
                print!("{}", report.summary());
            }
            0
        }
        Command::Layout { edges, iterations, theta, seed, lin_log, parallel, out } => {
            layout(&edges, iterations, theta, seed, lin_log, parallel, &out)
        }
    }
}

fn layout(edges: &Path, iterations: usize, theta: f64, seed: u64, lin_log: bool, parallel: bool, out: &Path) -> i32 {
    use crate::graph::layout::{Layout, Settings};
    let text = match std::fs::read(edges) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(_) => {
                eprintln!("error: {} is not UTF-8 text", edges.display());
                return 1;
            }
        },
        Err(e) => {
            eprintln!("error: cannot read {}: {e}", edges.display());
            return 1;
        }
    };
    let list = match crate::graph::parse_edge_csv(&text) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("error: {}: {e}", edges.display());
            return 1;
        }
    };
    let started = std::time::Instant::now();
    let settings = Settings { theta, lin_log, parallel, ..Settings::graphology() };
    let mut layout = Layout::with_seed(&list.graph, settings, seed);
    layout.run(iterations);
    let elapsed = started.elapsed();
    let write = || -> Result<Vec<u8>, String> {
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(["id", "x", "y"]).map_err(|e| e.to_string())?;
        for (i, id) in list.ids.iter().enumerate() {
            let [x, y] = layout.position(i);
            w.write_record([id.as_str(), &format!("{x:.4}"), &format!("{y:.4}")]).map_err(|e| e.to_string())?;
        }
        w.into_inner().map_err(|e| e.to_string())
    };
    let bytes = match write() {
        Ok(b) => b,
        Err(e) => {
            eprintln!("error: cannot format the positions: {e}");
            return 1;
        }
    };
    if let Err(e) = write_atomic(out, &bytes) {
        eprintln!("error: cannot write {}: {e}", out.display());
        return 1;
    }
    eprintln!(
        "wrote {}: {} nodes, {} edges, {iterations} iterations in {:.0} ms ({:.2} ms per iteration)",
        out.display(),
        list.graph.n,
        list.graph.edges.len(),
        elapsed.as_secs_f64() * 1000.0,
        elapsed.as_secs_f64() * 1000.0 / iterations.max(1) as f64
    );
    0
}

/// Opens a corpus folder for a headless command, reporting problems on stderr.
fn open(path: &Path) -> Result<Dataset, i32> {
    let data = load::open(&Source::Folder(path.to_path_buf()), &Progress::default()).map_err(|e| {
        eprintln!("error: {e}");
        1
    })?;
    for s in &data.corpus.skipped {
        eprintln!("skipped {}: {}", s.path, s.reason);
    }
    for w in &data.corpus.warnings {
        eprintln!("warning: {w}");
    }
    if data.corpus.articles.is_empty() {
        eprintln!(
            "error: no readable articles in {} ({} files skipped; Summitry reads .txt and .md files)",
            path.display(),
            data.corpus.skipped.len()
        );
        return Err(1);
    }
    Ok(data)
}

/// Writes through a temporary file in the same folder, then renames: readers never see half a file.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "out".into());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}
