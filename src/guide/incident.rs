//! "Something went wrong": what changed since a known-good point, and an
//! incident report written from the audit trail (timeline, files
//! affected, actions taken), saved as Markdown in the app's folder.

use crate::tr;
use std::fmt::Write;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Local};

use crate::audit::{Actor, AuditLog};
use crate::session::{Change, ChangeKind};

/// The known-good point changes are measured from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Baseline {
    /// The backup it is ("the start of the session", or the last backup).
    pub backup: String,
    pub label: String,
    pub since: DateTime<Local>,
}

/// The report, in Markdown.
pub fn report(
    data_dir: &Path,
    baseline: Option<&Baseline>,
    changes: &[Change],
    sensitive: &[String],
    what_happened: &str,
) -> String {
    let mut out = String::new();
    let now = Local::now();
    let _ = writeln!(out, "# {}\n", tr!("incident-report-title"));
    let _ = writeln!(
        out,
        "- **{}** {}",
        tr!("incident-report-written"),
        now.format("%Y-%m-%d %H:%M")
    );
    if !what_happened.trim().is_empty() {
        let _ = writeln!(
            out,
            "- **{}** {}",
            tr!("incident-report-noticed"),
            what_happened.trim()
        );
    }
    if let Some(b) = baseline {
        let _ = writeln!(
            out,
            "- **{}** {}",
            tr!("incident-report-compared"),
            tr!(
                "incident-report-baseline",
                label = &b.label,
                when = b.since.format("%Y-%m-%d %H:%M").to_string(),
                backup = &b.backup
            )
        );
    }
    let _ = writeln!(out, "\n## {}\n", tr!("incident-report-files"));
    if changes.is_empty() {
        let _ = writeln!(out, "{}", tr!("incident-report-no-change"));
    }
    let private = format!(" — **{}**", tr!("cleanup-private"));
    for change in changes {
        let flag = if sensitive.iter().any(|s| Path::new(s) == change.path) {
            private.as_str()
        } else {
            ""
        };
        match &change.from {
            Some(from) => {
                let _ = writeln!(
                    out,
                    "- {} `{}` ({}){flag}",
                    change.kind.word(),
                    change.path.display(),
                    tr!("report-was", from = from.display().to_string())
                );
            }
            None => {
                let _ = writeln!(
                    out,
                    "- {} `{}`{flag}",
                    change.kind.word(),
                    change.path.display()
                );
            }
        }
    }
    let deleted = changes
        .iter()
        .filter(|c| c.kind == ChangeKind::Deleted)
        .count();
    if deleted > 0 {
        let _ = writeln!(out, "\n{}", tr!("incident-report-deleted", count = deleted));
    }
    let since = baseline.map(|b| b.since);
    let entries: Vec<_> = AuditLog::in_dir(data_dir)
        .entries()
        .into_iter()
        .filter(|e| since.is_none_or(|s| e.when().is_some_and(|t| t >= s)))
        .collect();
    let _ = writeln!(out, "\n## {}\n", tr!("incident-report-timeline"));
    if entries.is_empty() {
        let _ = writeln!(out, "{}", tr!("incident-report-nothing-recorded"));
    }
    for e in &entries {
        let when = e
            .when()
            .map(|t| t.format("%H:%M:%S").to_string())
            .unwrap_or_else(|| e.time.clone());
        let _ = writeln!(
            out,
            "- {when} — {} — {}",
            e.actor.label(),
            e.summary_in(crate::i18n::lang())
        );
    }
    let actions: Vec<_> = entries
        .iter()
        .filter(|e| e.actor != Actor::Observed)
        .collect();
    let _ = writeln!(out, "\n## {}\n", tr!("incident-report-actions"));
    if actions.is_empty() {
        let _ = writeln!(out, "{}", tr!("incident-report-no-actions"));
    }
    for e in actions {
        let _ = writeln!(out, "- {}", e.summary_in(crate::i18n::lang()));
    }
    let chain = AuditLog::in_dir(data_dir).verify();
    let _ = writeln!(
        out,
        "\n{}",
        match &chain.first_broken {
            None => tr!("incident-report-trail-intact", count = chain.entries),
            Some((seq, why)) => tr!("incident-report-trail-broken", seq = *seq, why = why),
        }
    );
    out
}

/// Saves the report as `incidents/incident-YYYYMMDD-HHMMSS.md`.
pub fn save(data_dir: &Path, markdown: &str) -> std::io::Result<PathBuf> {
    let dir = data_dir.join("incidents");
    crate::fsutil::create_private_dir_all(&dir)?;
    let path = dir.join(format!(
        "incident-{}.md",
        Local::now().format("%Y%m%d-%H%M%S")
    ));
    crate::fsutil::write_atomic(&path, markdown.as_bytes())?;
    Ok(path)
}

/// The safeguards the guide suggests after an incident.
pub fn prevent() -> [String; 6] {
    [
        tr!("prevent-backup"),
        tr!("prevent-plan"),
        tr!("prevent-only-needed"),
        tr!("prevent-web"),
        tr!("prevent-check"),
        tr!("prevent-end"),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scripted_incident_is_documented() {
        let tmp = tempfile::tempdir().unwrap();
        let before = Local::now() - chrono::Duration::seconds(5);
        crate::audit::note(
            tmp.path(),
            "session.started",
            Actor::Person,
            &crate::i18n::Msg::plain("Session started: Sort the invoices"),
            serde_json::json!({}),
        );
        crate::audit::note(
            tmp.path(),
            "file.deleted",
            Actor::Observed,
            &crate::i18n::Msg::plain("input/invoice-3.pdf deleted"),
            serde_json::json!({}),
        );
        crate::audit::note(
            tmp.path(),
            "backup.restored",
            Actor::Person,
            &crate::i18n::Msg::plain("Restored 1 item"),
            serde_json::json!({}),
        );
        let changes = vec![
            Change {
                kind: ChangeKind::Deleted,
                path: "input/invoice-3.pdf".into(),
                from: None,
                size: 10,
            },
            Change {
                kind: ChangeKind::Created,
                path: "output/export.csv".into(),
                from: None,
                size: 10,
            },
        ];
        let baseline = Baseline {
            backup: "Cowork-Backup-1".into(),
            label: "the start of the session".into(),
            since: before,
        };
        let md = report(
            tmp.path(),
            Some(&baseline),
            &changes,
            &["output/export.csv".into()],
            "It deleted an invoice",
        );
        for needle in [
            "What you noticed:** It deleted an invoice",
            "deleted `input/invoice-3.pdf`",
            "created `output/export.csv` — **holds private data**",
            "Seen in the workspace — input/invoice-3.pdf deleted",
            "## Actions taken",
            "- Restored 1 item",
            "Audit trail check: intact (3 entries).",
        ] {
            assert!(md.contains(needle), "{needle} missing in:\n{md}");
        }
        let path = save(tmp.path(), &md).unwrap();
        assert_eq!(std::fs::read_to_string(path).unwrap(), md);
    }
}
