//! Command line: `summitry [CORPUS] [filters] [--view V] [--screenshot FILE]`, `extract`, `eval`,
//! `render`, `layout`.
//! Exit codes: 0 success, 1 corpus unusable or output not written, 2 usage error (clap).

use crate::app::{Launch, View};
use crate::load::{self, Progress, Source};
use crate::model::filter::{CountryMode, Filter};
use crate::model::{Dataset, MeetingKind};
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::{Path, PathBuf};

#[derive(Parser, Debug)]
#[command(
    name = "summitry",
    version,
    about = "See who meets whom in world politics: officials and meetings from news articles."
)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Folder of articles to open (.txt, .md). Without it the built-in sample corpus opens.
    pub corpus: Option<PathBuf>,
    /// Save a PNG of the window once the first view has settled, then exit.
    #[arg(long, value_name = "FILE.png")]
    pub screenshot: Option<PathBuf>,
    #[command(flatten)]
    pub filters: FilterArgs,
    /// The view to open.
    #[arg(long, value_enum)]
    pub view: Option<ViewArg>,
    /// Open a generated dataset of N officials and 5·N meetings instead of a corpus (to see the
    /// views at scale).
    #[arg(long, value_name = "N", hide = true, conflicts_with = "corpus")]
    pub synthetic: Option<usize>,
}

/// The filter flags, shared by the app and `render`.
#[derive(Args, Debug, Clone, Default)]
pub struct FilterArgs {
    /// Show meetings involving officials of this country (repeatable).
    #[arg(long = "country", value_name = "NAME", help_heading = "Filters")]
    pub countries: Vec<String>,
    /// With --country: only meetings where every participant is from a listed country.
    #[arg(long, help_heading = "Filters")]
    pub only_among: bool,
    /// Show meetings on this topic, by id or label (repeatable).
    #[arg(long = "topic", value_name = "TOPIC", help_heading = "Filters")]
    pub topics: Vec<String>,
    /// Show meetings of this kind (repeatable).
    #[arg(long = "kind", value_enum, help_heading = "Filters")]
    pub kinds: Vec<KindArg>,
    /// Show meetings on or after this date.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date, help_heading = "Filters")]
    pub from: Option<jiff::civil::Date>,
    /// Show meetings on or before this date.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date, help_heading = "Filters")]
    pub to: Option<jiff::civil::Date>,
    /// Show meetings of officials whose name contains this.
    #[arg(long, value_name = "TEXT", help_heading = "Filters")]
    pub search: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    InPerson,
    PhoneCall,
    VideoCall,
    Letter,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ViewArg {
    Meetings,
    Network,
    Timeline,
}

fn parse_date(s: &str) -> Result<jiff::civil::Date, String> {
    let ok = s.len() == 10 && s.as_bytes()[4] == b'-' && s.as_bytes()[7] == b'-';
    match s.parse::<jiff::civil::Date>() {
        Ok(d) if ok => Ok(d),
        _ => Err(format!(
            "“{s}” is not a date: use YYYY-MM-DD, e.g. 2017-01-31"
        )),
    }
}

impl Cli {
    /// The filter the flags describe; None when no filter flag was given (the saved one applies).
    pub fn filter(&self) -> Option<Filter> {
        self.filters.filter()
    }

    /// What the app starts with.
    pub fn launch(&self) -> Launch {
        Launch {
            filter: self.filter(),
            view: self.view.map(|v| match v {
                ViewArg::Meetings => View::Meetings,
                ViewArg::Network => View::Network,
                ViewArg::Timeline => View::Timeline,
            }),
            screenshot: self.screenshot.clone(),
        }
    }
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Extract officials and meetings from a corpus folder.
    Extract {
        /// Folder of articles.
        corpus: PathBuf,
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// Write here instead of standard output: a file, or for `csv` a folder (created if
        /// missing) that receives officials.csv, meetings.csv and edges.csv.
        #[arg(long, value_name = "FILE|DIR")]
        out: Option<PathBuf>,
    },
    /// Draw the timeline or the network as a figure (SVG or PNG) with a JSON sidecar.
    Render(Box<RenderArgs>),
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FigureView {
    /// The network of officials (who met whom).
    Graph,
    /// The timeline: one lane per country pair (or official), a mark per meeting.
    Timeline,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LanesArg {
    CountryPairs,
    Officials,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorsArg {
    Kind,
    Country,
}

/// `render`'s options besides the filter.
#[derive(Args, Debug, Clone)]
pub struct RenderArgs {
    /// Folder of articles.
    pub corpus: PathBuf,
    #[arg(long, value_enum)]
    pub view: FigureView,
    /// The figure: .svg (vector) or .png. A JSON sidecar is written beside it (FILE.svg.json).
    #[arg(long, value_name = "FILE.svg|FILE.png")]
    pub out: PathBuf,
    /// Width in CSS pixels (SVG units).
    #[arg(long, value_name = "W", value_parser = parse_size)]
    pub width: Option<f32>,
    /// Height in CSS pixels; the timeline is as tall as its lanes need without it.
    #[arg(long, value_name = "H", value_parser = parse_size)]
    pub height: Option<f32>,
    /// PNG pixels per CSS pixel (2 for print and high-density screens).
    #[arg(long, value_name = "S", default_value_t = 2.0, value_parser = parse_scale)]
    pub scale: f32,
    /// Timeline lanes.
    #[arg(long, value_enum, default_value_t = LanesArg::CountryPairs)]
    pub lanes: LanesArg,
    /// Timeline mark colours.
    #[arg(long, value_enum, default_value_t = ColorsArg::Kind)]
    pub colors: ColorsArg,
    /// The figure's title (default: one made from the view and the dates).
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
    #[command(flatten)]
    pub filters: FilterArgs,
}

fn parse_size(s: &str) -> Result<f32, String> {
    match s.parse::<f32>() {
        Ok(v) if (200.0..=20_000.0).contains(&v) => Ok(v),
        _ => Err(format!(
            "“{s}” is not a size: use a number of pixels from 200 to 20000"
        )),
    }
}

fn parse_scale(s: &str) -> Result<f32, String> {
    match s.parse::<f32>() {
        Ok(v) if (0.25..=16.0).contains(&v) => Ok(v),
        _ => Err(format!(
            "“{s}” is not a scale: use a number from 0.25 to 16"
        )),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// The summitry.extract/1 JSON contract: everything, with evidence.
    Json,
    /// officials.csv, meetings.csv and edges.csv into the --out folder.
    Csv,
    /// GEXF 1.3 with the meeting dates as spells (Gephi).
    Gexf,
    /// GraphML (Gephi, yEd, Cytoscape, NetworkX).
    Graphml,
}

impl FilterArgs {
    /// The filter the flags describe; None when no filter flag was given (the saved one applies).
    pub fn filter(&self) -> Option<Filter> {
        let f = Filter {
            countries: self.countries.iter().cloned().collect(),
            country_mode: if self.only_among {
                CountryMode::Only
            } else {
                CountryMode::Any
            },
            topics: self.topics.iter().cloned().collect(),
            kinds: self
                .kinds
                .iter()
                .map(|k| {
                    match k {
                        KindArg::InPerson => MeetingKind::InPerson,
                        KindArg::PhoneCall => MeetingKind::PhoneCall,
                        KindArg::VideoCall => MeetingKind::VideoCall,
                        KindArg::Letter => MeetingKind::Letter,
                    }
                    .as_str()
                    .to_string()
                })
                .collect(),
            from: self.from,
            to: self.to,
            search: self.search.clone().unwrap_or_default(),
        };
        (!f.is_empty() || self.only_among).then_some(f)
    }

    /// `--from` after `--to` is a usage error.
    pub fn check(&self) -> Result<(), String> {
        match (self.from, self.to) {
            (Some(from), Some(to)) if from > to => Err(format!("--from {from} is after --to {to}")),
            _ => Ok(()),
        }
    }
}

/// Runs a headless subcommand; returns the process exit code.
pub fn run(command: Command) -> i32 {
    match command {
        Command::Extract {
            corpus,
            format,
            out,
        } => extract(&corpus, format, out.as_deref()),
        Command::Render(args) => render(&args),
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
                print_out(&serde_json::to_string_pretty(&report).unwrap_or_default())
            } else {
                print_out(&report.summary())
            }
        }
        Command::Layout {
            edges,
            iterations,
            theta,
            seed,
            lin_log,
            parallel,
            out,
        } => layout(&edges, iterations, theta, seed, lin_log, parallel, &out),
    }
}

/// `summitry extract`: the whole (unfiltered) dataset in one format.
fn extract(corpus: &Path, format: Format, out: Option<&Path>) -> i32 {
    if format == Format::Csv && out.is_none() {
        eprintln!(
            "error: --format csv writes three files (officials.csv, meetings.csv, edges.csv): give a folder with --out DIR"
        );
        return 2;
    }
    let data = match open(corpus) {
        Ok(d) => d,
        Err(code) => return code,
    };
    let view = crate::model::filter::Filter::default().apply(&data);
    let summary = || {
        format!(
            "{} articles, {} officials, {} meetings, {} pairs who met",
            data.corpus.articles.len(),
            view.officials.len(),
            view.meetings.len(),
            view.edges.len()
        )
    };
    let text = match format {
        Format::Json => crate::export::json::to_json(&data),
        Format::Gexf => crate::export::gexf::to_gexf(&data, &view),
        Format::Graphml => crate::export::graphml::to_graphml(&data, &view),
        Format::Csv => {
            let dir = out.unwrap_or(Path::new("."));
            let files = match crate::export::csv::files(&data, &view) {
                Ok(f) => f,
                Err(e) => {
                    eprintln!("error: cannot write CSV: {e}");
                    return 1;
                }
            };
            if let Err(e) = std::fs::create_dir_all(dir) {
                eprintln!("error: cannot create folder {}: {e}", dir.display());
                return 1;
            }
            for (name, contents) in &files {
                let path = dir.join(name);
                if let Err(e) = write_atomic(&path, contents.as_bytes()) {
                    eprintln!("error: cannot write {}: {e}", path.display());
                    return 1;
                }
            }
            let names: Vec<&str> = files.iter().map(|(n, _)| *n).collect();
            eprintln!(
                "wrote {} into {}: {}",
                names.join(", "),
                dir.display(),
                summary()
            );
            return 0;
        }
    };
    match out {
        Some(path) => match write_atomic(path, text.as_bytes()) {
            Ok(()) => {
                eprintln!("wrote {}: {}", path.display(), summary());
                0
            }
            Err(e) => {
                eprintln!("error: cannot write {}: {e}", path.display());
                1
            }
        },
        None => print_out(&text),
    }
}

/// Writes `text` (with a final newline) to standard output. A reader that closed the pipe early
/// (`summitry eval ... | head`) ends the output quietly, as other command-line tools do; other
/// write errors are reported. Returns the exit code.
fn print_out(text: &str) -> i32 {
    use std::io::Write;
    let newline = if text.ends_with('\n') { "" } else { "\n" };
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.write_all(newline.as_bytes()))
        .and_then(|()| stdout.flush())
    {
        Ok(()) => 0,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => 0,
        Err(e) => {
            eprintln!("error: cannot write to standard output: {e}");
            1
        }
    }
}

/// `summitry render`: a figure of the filtered corpus, drawn by the same code as the app's.
fn render(args: &RenderArgs) -> i32 {
    use crate::figure;
    if let Err(e) = args.filters.check() {
        eprintln!("error: {e}");
        return 2;
    }
    if figure::Format::of(&args.out).is_none() {
        eprintln!(
            "error: --out {}: the figure's name must end in .svg or .png",
            args.out.display()
        );
        return 2;
    }
    let data = match open(&args.corpus) {
        Ok(d) => d,
        Err(code) => return code,
    };
    let mut filter = args.filters.filter().unwrap_or_default();
    for warning in filter.resolve_names(&data) {
        eprintln!("warning: {warning}");
    }
    let fig = match args.view {
        FigureView::Timeline => {
            let mut spec = figure::timeline::TimelineSpec {
                height: args.height,
                lanes: match args.lanes {
                    LanesArg::CountryPairs => crate::model::timeline::LaneMode::CountryPair,
                    LanesArg::Officials => crate::model::timeline::LaneMode::Official,
                },
                colors: match args.colors {
                    ColorsArg::Kind => crate::model::timeline::ColorMode::Kind,
                    ColorsArg::Country => crate::model::timeline::ColorMode::Country,
                },
                title: args.title.clone(),
                ..Default::default()
            };
            if let Some(w) = args.width {
                spec.width = w;
            }
            figure::timeline::render(&data, &filter, &spec)
        }
        FigureView::Graph => {
            let view = filter.apply(&data);
            let positions = figure::graph::layout(&data, &view);
            let mut spec = figure::graph::GraphSpec {
                title: args.title.clone(),
                ..Default::default()
            };
            spec.width = args.width.unwrap_or(spec.width);
            spec.height = args.height.unwrap_or(spec.height);
            figure::graph::render(&data, &filter, &view, &positions, &spec)
        }
    };
    match figure::write(&fig, &args.out, args.scale) {
        Ok(paths) => {
            let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
            eprintln!(
                "wrote {}: {} meetings shown",
                names.join(" and "),
                fig.sidecar.meetings_shown
            );
            0
        }
        Err(e) => {
            eprintln!("error: {e}");
            1
        }
    }
}

fn layout(
    edges: &Path,
    iterations: usize,
    theta: f64,
    seed: u64,
    lin_log: bool,
    parallel: bool,
    out: &Path,
) -> i32 {
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
    let settings = Settings {
        theta,
        lin_log,
        parallel,
        ..Settings::graphology()
    };
    let mut layout = Layout::with_seed(&list.graph, settings, seed);
    layout.run(iterations);
    let elapsed = started.elapsed();
    let write = || -> Result<Vec<u8>, String> {
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(["id", "x", "y"])
            .map_err(|e| e.to_string())?;
        for (i, id) in list.ids.iter().enumerate() {
            let [x, y] = layout.position(i);
            w.write_record([id.as_str(), &format!("{x:.4}"), &format!("{y:.4}")])
                .map_err(|e| e.to_string())?;
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
    let data =
        load::open(&Source::Folder(path.to_path_buf()), &Progress::default()).map_err(|e| {
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
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".into());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}
