//! The session report, in Markdown (to read) and JSON (for tools), in the
//! session's folder in the app's data folder.

use std::fmt::Write;

use super::{ChangeKind, Session, SessionError, SessionStore};

pub fn markdown(session: &Session) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Session report\n");
    let _ = writeln!(out, "- **Task:** {}", session.task);
    let _ = writeln!(out, "- **Workspace:** {}", session.workspace.display());
    let _ = writeln!(
        out,
        "- **Started:** {}",
        session.started.format("%Y-%m-%d %H:%M")
    );
    if let Some(ended) = session.ended {
        let _ = writeln!(out, "- **Ended:** {}", ended.format("%Y-%m-%d %H:%M"));
    }
    let _ = writeln!(out, "- **Backup at the start:** {}", session.start_backup);
    if !session.kept_in_danger.is_empty() {
        let _ = writeln!(
            out,
            "- **Kept although flagged as dangerous:** {}",
            session.kept_in_danger.join(", ")
        );
    }
    let _ = writeln!(out, "\n## What changed\n");
    if session.changes.is_empty() {
        let _ = writeln!(out, "Nothing changed in the workspace.");
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
            capitalised(kind.word()),
            of_kind.len()
        );
        for change in of_kind {
            match &change.from {
                Some(from) => {
                    let _ = writeln!(
                        out,
                        "- `{}` (was `{}`)",
                        change.path.display(),
                        from.display()
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
    let _ = writeln!(out, "## What Airlock found in new and changed files\n");
    if flagged.is_empty() {
        let _ = writeln!(
            out,
            "{} checked; nothing to report.\n",
            session.findings.len()
        );
    }
    for f in &flagged {
        let _ = writeln!(out, "- `{}`: {} ({})", f.path, f.finding, f.verdict.word());
    }
    if !flagged.is_empty() {
        let _ = writeln!(out);
    }
    let _ = writeln!(out, "## Checklists\n");
    let ticks = |set: &std::collections::BTreeSet<String>| {
        if set.is_empty() {
            "none".to_string()
        } else {
            set.iter().cloned().collect::<Vec<_>>().join(", ")
        }
    };
    let _ = writeln!(
        out,
        "- Before the session, ticked by you: {}",
        ticks(&session.before_ticks)
    );
    let _ = writeln!(
        out,
        "- After the session, ticked by you: {}",
        ticks(&session.after_ticks)
    );
    if let Some(cleanup) = &session.cleanup {
        let _ = writeln!(out, "\n## Cleanup\n");
        let _ = writeln!(out, "- Backup taken first: {}", cleanup.backup);
        for (from, to) in &cleanup.archived {
            let _ = writeln!(out, "- Archived `{}` to `{}`", from.display(), to.display());
        }
        for path in &cleanup.trashed {
            let _ = writeln!(out, "- Sent `{}` to the trash", path.display());
        }
        for (path, why) in &cleanup.problems {
            let _ = writeln!(out, "- Not done: `{}` {why}", path.display());
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
