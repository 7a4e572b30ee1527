use clap::Parser;
use summitry::cli::{Cli, run};
use summitry::load::Source;

fn main() {
    let cli = Cli::parse();
    let code = match cli.command {
        Some(command) => run(command),
        None => {
            let source = match (cli.corpus, cli.synthetic) {
                (Some(path), _) => Source::Folder(path),
                (None, Some(n)) => Source::Synthetic(n),
                (None, None) => Source::Sample,
            };
            summitry::app::run(source, cli.screenshot, cli.view)
        }
    };
    std::process::exit(code);
}
