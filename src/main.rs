//! No arguments: the window. Arguments: the command-line tool.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    airlock::cli::output::keep_standard_streams_open();
    let cli = airlock::cli::Cli::parse();
    // Packaging runs this: it needs no home folder and must not make one.
    if let Some(airlock::cli::Command::Man { dir }) = &cli.command {
        return match airlock::cli::man::write_pages(dir) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("airlock: {message}");
                ExitCode::from(1)
            }
        };
    }
    let mut env = match airlock::cli::env_for(cli.home.as_deref()) {
        Ok(env) => env,
        Err(message) => {
            airlock::cli::output::say(&message);
            return ExitCode::from(1);
        }
    };
    env.without_audit = cli.without_audit;
    if env.home.ensure().is_ok() {
        airlock::logging::init(&env.home.log_path());
    }
    match cli.command {
        Some(command) => airlock::cli::run(command, &env),
        None => match airlock::gui::run(env.home, env.folders) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                airlock::cli::output::say(&format!("could not open the window: {message}"));
                ExitCode::from(1)
            }
        },
    }
}
