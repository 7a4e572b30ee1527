//! Command line: `summitry [CORPUS] [filters] [--view V] [--screenshot FILE]`, `extract`, `eval`.
//! Exit codes: 0 success, 1 corpus unusable or output not written, 2 usage error (clap).

use crate::app::{Launch, View};
use crate::load::{self, Progress, Source};
use crate::model::filter::{CountryMode, Filter};
use crate::model::{Dataset, MeetingKind};
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
    /// The view to open.
    #[arg(long, value_enum)]
    pub view: Option<ViewArg>,
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
    Timeline,
}

fn parse_date(s: &str) -> Result<jiff::civil::Date, String> {
    let ok = s.len() == 10 && s.as_bytes()[4] == b'-' && s.as_bytes()[7] == b'-';
    match s.parse::<jiff::civil::Date>() {
        Ok(d) if ok => Ok(d),
        _ => Err(format!("“{s}” is not a date: use YYYY-MM-DD, e.g. 2017-01-31")),
    }
}

impl Cli {
    /// The filter the flags describe; None when no filter flag was given (the saved one applies).
    pub fn filter(&self) -> Option<Filter> {
        let f = Filter {
            countries: self.countries.iter().cloned().collect(),
            country_mode: if self.only_among { CountryMode::Only } else { CountryMode::Any },
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

    /// What the app starts with.
    pub fn launch(&self) -> Launch {
        Launch {
            filter: self.filter(),
            view: self.view.map(|v| match v {
                ViewArg::Meetings => View::Meetings,
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

/// Runs a headless subcommand; returns the process exit code.
pub fn run(command: Command) -> i32 {
    match command {
        Command::Extract { corpus, format, out } => extract(&corpus, format, out.as_deref()),
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
    }
}

/// `summitry extract`: the whole (unfiltered) dataset in one format.
fn extract(corpus: &Path, format: Format, out: Option<&Path>) -> i32 {
    if format == Format::Csv && out.is_none() {
        eprintln!("error: --format csv writes three files (officials.csv, meetings.csv, edges.csv): give a folder with --out DIR");
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
            eprintln!("wrote {} into {}: {}", names.join(", "), dir.display(), summary());
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
        None => {
            use std::io::Write;
            let newline = if text.ends_with('\n') { "" } else { "\n" };
            let mut stdout = std::io::stdout().lock();
            match stdout.write_all(text.as_bytes()).and_then(|()| stdout.write_all(newline.as_bytes())).and_then(|()| stdout.flush()) {
                Ok(()) => 0,
                Err(e) => {
                    eprintln!("error: cannot write to standard output: {e}");
                    1
                }
            }
        }
    }
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
