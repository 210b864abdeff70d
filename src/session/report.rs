//! The session report, in Markdown (to read) and JSON (for tools), in the
//! session's folder in the app's data folder.

use std::fmt::Write;

use super::{ChangeKind, Session, SessionError, SessionStore};
use crate::tr;

pub fn markdown(session: &Session) -> String {
    let mut out = String::new();
    let field = |name: String, value: String| format!("- **{name}** {value}");
    let _ = writeln!(out, "# {}\n", tr!("report-title"));
    let _ = writeln!(out, "{}", field(tr!("report-task"), session.task.clone()));
    let _ = writeln!(
        out,
        "{}",
        field(
            tr!("report-workspace"),
            session.workspace.display().to_string()
        )
    );
    let _ = writeln!(
        out,
        "{}",
        field(
            tr!("report-started"),
            session.started.format("%Y-%m-%d %H:%M").to_string()
        )
    );
    if let Some(ended) = session.ended {
        let _ = writeln!(
            out,
            "{}",
            field(
                tr!("report-ended"),
                ended.format("%Y-%m-%d %H:%M").to_string()
            )
        );
    }
    let _ = writeln!(
        out,
        "{}",
        field(tr!("report-start-backup"), session.start_backup.clone())
    );
    if !session.kept_in_danger.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            field(tr!("report-kept"), session.kept_in_danger.join(", "))
        );
    }
    let _ = writeln!(out, "\n## {}\n", tr!("report-changed"));
    if session.changes.is_empty() {
        let _ = writeln!(out, "{}", tr!("review-nothing-changed"));
    }
    for kind in [
        ChangeKind::Created,
        ChangeKind::Changed,
        ChangeKind::Renamed,
        ChangeKind::Deleted,
    ] {
        let of_kind: Vec<_> = session.changes.iter().filter(|c| c.kind == kind).collect();
        if of_kind.is_empty() {
            continue;
        }
        let _ = writeln!(
            out,
            "### {} ({})\n",
            capitalised(&kind.word()),
            of_kind.len()
        );
        for change in of_kind {
            match &change.from {
                Some(from) => {
                    let _ = writeln!(
                        out,
                        "- `{}` ({})",
                        change.path.display(),
                        tr!("report-was", from = from.display().to_string())
                    );
                }
                None => {
                    let _ = writeln!(out, "- `{}`", change.path.display());
                }
            }
        }
        let _ = writeln!(out);
    }
    let flagged: Vec<_> = session
        .findings
        .iter()
        .filter(|f| f.verdict != crate::scan::Verdict::Safe)
        .collect();
    let _ = writeln!(out, "## {}\n", tr!("report-found"));
    if flagged.is_empty() {
        let _ = writeln!(
            out,
            "{}\n",
            tr!("report-nothing-found", count = session.findings.len())
        );
    }
    for f in &flagged {
        let _ = writeln!(
            out,
            "- `{}`: {} ({})",
            f.path,
            f.finding.text(),
            f.verdict.word()
        );
    }
    if !flagged.is_empty() {
        let _ = writeln!(out);
    }
    let _ = writeln!(out, "## {}\n", tr!("report-checklists"));
    let ticks = |set: &std::collections::BTreeSet<String>| {
        if set.is_empty() {
            tr!("report-none")
        } else {
            set.iter().cloned().collect::<Vec<_>>().join(", ")
        }
    };
    let _ = writeln!(
        out,
        "- {}",
        tr!("report-before-ticks", ticks = ticks(&session.before_ticks))
    );
    let _ = writeln!(
        out,
        "- {}",
        tr!("report-after-ticks", ticks = ticks(&session.after_ticks))
    );
    if let Some(cleanup) = &session.cleanup {
        let _ = writeln!(out, "\n## {}\n", tr!("cleanup-title"));
        let _ = writeln!(
            out,
            "- {}",
            tr!("report-cleanup-backup", id = &cleanup.backup)
        );
        for (from, to) in &cleanup.archived {
            let _ = writeln!(
                out,
                "- {}",
                tr!(
                    "report-archived",
                    from = format!("`{}`", from.display()),
                    to = format!("`{}`", to.display())
                )
            );
        }
        for path in &cleanup.trashed {
            let _ = writeln!(
                out,
                "- {}",
                tr!("report-trashed", path = format!("`{}`", path.display()))
            );
        }
        for (path, why) in &cleanup.problems {
            let _ = writeln!(
                out,
                "- {}",
                tr!(
                    "report-not-done",
                    path = format!("`{}`", path.display()),
                    why = why.text()
                )
            );
        }
    }
    out
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Writes `report.md` and `report.json`; returns the Markdown's path.
pub fn write(store: &SessionStore, session: &Session) -> Result<std::path::PathBuf, SessionError> {
    let folder = store.folder_of(&session.id);
    crate::fsutil::create_private_dir_all(&folder)?;
    let md = folder.join("report.md");
    crate::fsutil::write_atomic(&md, markdown(session).as_bytes())?;
    crate::fsutil::write_atomic(
        &folder.join("report.json"),
        &serde_json::to_vec_pretty(session)?,
    )?;
    Ok(md)
}

/// Whether the report has been saved.
pub fn exists(store: &SessionStore, id: &str) -> bool {
    store.folder_of(id).join("report.md").is_file()
}
