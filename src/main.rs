use clap::Parser;
use summitry::cli::{Cli, run};
use summitry::load::Source;

fn main() {
    let cli = Cli::parse();
    let launch = cli.launch();
    if let Err(e) = cli.filters.check() {
        eprintln!("error: {e}");
        std::process::exit(2);
    }
    let code = match cli.command {
        Some(command) => run(command),
        None => {
            let source = match (cli.corpus, cli.synthetic) {
                (Some(path), _) => Source::Folder(path),
                (None, Some(n)) => Source::Synthetic(n),
                (None, None) => Source::Sample,
            };
            summitry::app::run(source, launch)
        }
    };
    std::process::exit(code);
}
