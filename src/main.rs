use clap::Parser;
use summitry::cli::{Cli, run};
use summitry::load::Source;

fn main() {
    let cli = Cli::parse();
    let code = match cli.command {
        Some(command) => run(command),
        None => {
            let source = match cli.corpus {
                Some(path) => Source::Folder(path),
                None => Source::Sample,
            };
            summitry::app::run(source, cli.screenshot)
        }
    };
    std::process::exit(code);
}
