//! `airlock audit verify` and `airlock audit export`.

use std::io::Write;
use std::process::ExitCode;

use super::{AuditCommand, CliResult, Env, ExportFormat, output};

pub fn run(command: AuditCommand, env: &Env, out: &mut impl Write) -> CliResult {
    let log = crate::audit::AuditLog::in_dir(env.home.data_dir());
    match command {
        AuditCommand::Verify => {
            let witnesses =
                crate::audit::witness::gather(env.home.data_dir(), Some(&env.backups()));
            let report = log.verify_with(&witnesses);
            match report.first_broken {
                None => {
                    let _ = writeln!(
                        out,
                        "The audit trail is intact: {} entries, each chained to the one before.",
                        report.entries
                    );
                    Ok(ExitCode::SUCCESS)
                }
                Some((seq, why)) => {
                    let _ = writeln!(out, "BROKEN at entry {seq}: {why}.");
                    let _ = writeln!(
                        out,
                        "Entries before {seq} are as Airlock wrote them; from {seq} on, the trail cannot be trusted."
                    );
                    Ok(ExitCode::from(1))
                }
            }
        }
        AuditCommand::Export { format, since } => {
            let (all, unreadable) = log.read_all();
            let entries: Vec<crate::audit::Entry> = all
                .into_iter()
                .filter(|e| since.is_none_or(|day| e.when().is_some_and(|t| t.date_naive() >= day)))
                .collect();
            match format {
                ExportFormat::Csv => {
                    let _ = write!(out, "{}", crate::audit::to_csv(&entries));
                }
                ExportFormat::Jsonl => {
                    for entry in &entries {
                        let line = serde_json::to_string(entry).map_err(|e| e.to_string())?;
                        let _ = writeln!(out, "{line}");
                    }
                }
            }
            if !unreadable.is_empty() {
                let lines: Vec<String> = unreadable.iter().map(usize::to_string).collect();
                output::say(&format!(
                    "{} line(s) of the trail could not be read and are not shown (line {}); `airlock audit verify` says why.",
                    unreadable.len(),
                    lines.join(", ")
                ));
                return Ok(ExitCode::from(1));
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}
