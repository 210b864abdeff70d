//! "Something went wrong": which backup to measure from (the known-good
//! point), what changed since, and an incident report written from the
//! audit trail (timeline, files affected, actions taken), saved as
//! Markdown in the app's folder.
//!
//! The newest backup is usually a bad known-good point: Airlock takes one
//! itself before a quarantine, a cleanup or a restore, that is after the
//! damage. So the start of the latest session comes first, then the
//! newest backup the person took, and only then the newest of all; the
//! person can pick any other from a list.

use crate::tr;
use std::fmt::Write;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Local};

use crate::audit::{Actor, AuditLog};
use crate::backup::{BackupError, BackupInfo, BackupState, BackupStore, Reason};
use crate::session::{Change, ChangeKind, Session, SessionStore, changes};

/// The known-good point changes are measured from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Baseline {
    /// The backup it is.
    pub backup: String,
    /// "the start of your last session", "your last backup"…
    pub label: String,
    pub since: DateTime<Local>,
    pub basis: Basis,
}

/// Why a backup is the known-good point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// The start of the session still open.
    OpenSession,
    /// The start of the latest session, now ended.
    LastSession,
    /// The newest backup the person took themselves.
    YourBackup,
    /// The newest backup of all (one Airlock took).
    Newest,
    /// One the person picked from the list.
    Chosen,
}

/// A backup the person can pick to compare with, labelled by what it was
/// taken for and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub id: String,
    pub reason: Reason,
    pub started: DateTime<Local>,
    pub complete: bool,
}

impl Choice {
    fn of(info: &BackupInfo) -> Self {
        Self {
            id: info.id.clone(),
            reason: info.summary.reason,
            started: info.summary.started,
            complete: info.summary.complete,
        }
    }

    /// "Start of a session — Wednesday 25 November, 10:15 (2 hours ago)".
    pub fn label(&self, now: DateTime<Local>) -> String {
        let mut text = tr!(
            "incident-choice",
            reason = self.reason.label(),
            when = self.started.format(&tr!("date-time-format")).to_string(),
            age = crate::backup::age(self.started, now)
        );
        if !self.complete {
            text.push_str(" · ");
            text.push_str(&BackupState::Incomplete.label());
        }
        text
    }

    /// This backup as the known-good point.
    pub fn baseline(&self) -> Baseline {
        Baseline {
            backup: self.id.clone(),
            label: tr!(
                "incident-since-chosen",
                when = self.started.format(&tr!("date-time-format")).to_string()
            ),
            since: self.started,
            basis: Basis::Chosen,
        }
    }
}

/// What the incident flow offers to compare with.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Options {
    /// The known-good point Airlock suggests, if there is any backup.
    pub suggested: Option<Baseline>,
    /// Every backup of the workspace, newest first.
    pub choices: Vec<Choice>,
}

impl Options {
    /// Reads the backups and sessions from the disk.
    pub fn read(store: &BackupStore, sessions: &SessionStore, workspace: &Path) -> Self {
        let backups = store.list();
        Self {
            suggested: suggest(&backups, &sessions.list(), workspace),
            choices: choices(&backups, workspace),
        }
    }

    /// The known-good point: the backup `picked` when it is one of the
    /// choices, else the suggested one.
    pub fn baseline(&self, picked: Option<&str>) -> Option<Baseline> {
        picked
            .and_then(|id| self.choices.iter().find(|c| c.id == id))
            .map(Choice::baseline)
            .or_else(|| self.suggested.clone())
    }
}

/// The known-good point to suggest, from `backups` (newest first, as
/// [`BackupStore::list`] gives them) and `sessions` (newest first): the
/// start of the latest session of this workspace, open or ended; else
/// the newest complete backup the person took; else the newest complete
/// backup.
pub fn suggest(backups: &[BackupInfo], sessions: &[Session], workspace: &Path) -> Option<Baseline> {
    let ours = |b: &&BackupInfo| b.summary.workspace == workspace && b.summary.complete;
    let session_start = sessions
        .iter()
        .find(|s| s.workspace == workspace)
        .and_then(|s| {
            let start = backups
                .iter()
                .filter(ours)
                .find(|b| b.id == s.start_backup)?;
            let (basis, label) = if s.is_open() {
                (Basis::OpenSession, tr!("incident-since-session"))
            } else {
                (Basis::LastSession, tr!("incident-since-last-session"))
            };
            Some(Baseline {
                backup: start.id.clone(),
                label,
                since: s.started,
                basis,
            })
        });
    session_start
        .or_else(|| {
            let yours = backups
                .iter()
                .filter(ours)
                .find(|b| b.summary.reason == Reason::Manual)?;
            Some(Baseline {
                backup: yours.id.clone(),
                label: tr!("incident-since-backup"),
                since: yours.summary.started,
                basis: Basis::YourBackup,
            })
        })
        .or_else(|| {
            let newest = backups.iter().find(ours)?;
            Some(Baseline {
                backup: newest.id.clone(),
                label: tr!("incident-since-newest"),
                since: newest.summary.started,
                basis: Basis::Newest,
            })
        })
}

/// Every backup of `workspace` the person can compare with, newest first.
pub fn choices(backups: &[BackupInfo], workspace: &Path) -> Vec<Choice> {
    backups
        .iter()
        .filter(|b| b.summary.workspace == workspace)
        .map(Choice::of)
        .collect()
}

/// What changed in the workspace since `baseline`, what the person may
/// have lost first ([`worst_first`]).
pub fn assess(
    store: &BackupStore,
    baseline: &Baseline,
    workspace: &Path,
) -> Result<Vec<Change>, BackupError> {
    let manifest = store.manifest(&baseline.backup)?;
    let before = changes::from_manifest(&manifest);
    let after = changes::snapshot(workspace, &before);
    let mut found = changes::diff(&before, &after);
    worst_first(&mut found);
    Ok(found)
}

/// Deleted files first, then changed and renamed ones, new files last;
/// by path within each.
pub fn worst_first(changes: &mut [Change]) {
    let rank = |kind: ChangeKind| match kind {
        ChangeKind::Deleted => 0,
        ChangeKind::Changed => 1,
        ChangeKind::Renamed => 2,
        ChangeKind::Created => 3,
    };
    changes.sort_by(|a, b| {
        rank(a.kind)
            .cmp(&rank(b.kind))
            .then_with(|| a.path.cmp(&b.path))
    });
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
            basis: Basis::OpenSession,
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
