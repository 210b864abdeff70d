//! No arguments: the window. Arguments: the command-line tool.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = airlock::cli::Cli::parse();
    let env = match airlock::cli::env_for(cli.home.as_deref()) {
        Ok(env) => env,
        Err(message) => {
            eprintln!("airlock: {message}");
            return ExitCode::from(1);
        }
    };
    if env.home.ensure().is_ok() {
        airlock::logging::init(&env.home.log_path());
    }
    match cli.command {
        Some(command) => airlock::cli::run(command, &env),
        None => match airlock::gui::run(env.home, env.folders) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("airlock: could not open the window: {message}");
                ExitCode::from(1)
            }
        },
    }
}
