//! `airlock backup`, `backups`, `verify`, `restore` and `prune`.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

use chrono::Local;

use super::{CliResult, Env, load_settings};
use crate::backup::{self, BackupStore, KeepPolicy, Progress, Reason, Step, TakeOptions};
use crate::fsutil::display_path;
use crate::workspace::status::human_size;

fn workspace(env: &Env) -> Result<PathBuf, String> {
    load_settings(&env.home)
        .workspace
        .ok_or_else(|| "no workspace is set up yet; run `airlock init` or open the app.".into())
}

/// Progress on the terminal, when there is one to draw on.
fn progress_line(verb: &'static str) -> impl Fn(Progress) + Sync {
    let show = std::io::stderr().is_terminal();
    move |p: Progress| {
        if show {
            super::output::progress(&format!(
                "\r{verb}… {}/{} files, {} of {}   ",
                p.files_done,
                p.files_total,
                human_size(p.bytes_done),
                human_size(p.bytes_total)
            ));
        }
    }
}

fn end_progress() {
    if std::io::stderr().is_terminal() {
        super::output::progress("\n");
    }
}

pub fn backup(to: Option<PathBuf>, env: &Env, out: &mut impl Write) -> CliResult {
    let root = env.workspace_for_writing()?;
    let store = match to {
        Some(dir) => {
            let dir = crate::fsutil::normalize_lexically(&std::path::absolute(&dir).unwrap_or(dir));
            backup::check_location(&dir, &root).map_err(|e| e.to_string())?;
            remember_destination(env, &dir)?;
            BackupStore::new(dir).with_audit(env.home.data_dir())
        }
        None => env.backups(),
    };
    let settings = load_settings(&env.home);
    let options = TakeOptions {
        reason: Reason::Manual,
        session: None,
        keep: Some(KeepPolicy {
            last: settings.keep_last,
            daily_days: settings.keep_daily_days,
        }),
    };
    let copying = progress_line("Backing up");
    let checking = progress_line("Checking the copy");
    let taken = backup::take(
        &store,
        &root,
        &options,
        &AtomicBool::new(false),
        &|step, p| match step {
            Step::Copying => copying(p),
            Step::Checking => checking(p),
        },
    );
    end_progress();
    let taken = taken.map_err(|e| e.to_string())?;
    let s = &taken.created.summary;
    let _ = writeln!(
        out,
        "Backed up {} file(s), {}, to {}",
        s.files,
        human_size(s.bytes),
        taken.created.path.display()
    );
    if let Some(previous) = &s.linked_to {
        let _ = writeln!(
            out,
            "  {} unchanged file(s) shared with {previous}; {} written anew.",
            s.files_linked,
            human_size(s.bytes_copied)
        );
    }
    if !s.complete {
        let _ = writeln!(out, "This backup is INCOMPLETE:");
        for problem in &s.problems {
            let _ = writeln!(out, "  {}  {}", display_path(&problem.path.0), problem.what);
        }
        return Err(format!(
            "{} item(s) could not be backed up (listed above); the backup {} is marked incomplete.",
            s.problems.len(),
            taken.id()
        ));
    }
    if !taken.check.ok() {
        for path in &taken.check.missing {
            let _ = writeln!(out, "MISSING  {}", display_path(&path.0));
        }
        for path in &taken.check.changed {
            let _ = writeln!(out, "CHANGED  {}", display_path(&path.0));
        }
        return Err(format!(
            "the copy in {} does not match what was read ({} missing, {} changed, listed above), so it cannot be trusted. The disk holding the backups may be failing: back up again, to another disk if you can.",
            taken.id(),
            taken.check.missing.len(),
            taken.check.changed.len()
        ));
    }
    let _ = writeln!(
        out,
        "Checked the copy: {} item(s) match the manifest.",
        taken.check.checked
    );
    if !taken.pruned.is_empty() {
        let _ = writeln!(
            out,
            "  Removed {} old backup(s): {}",
            taken.pruned.len(),
            taken.pruned.join(", ")
        );
    }
    if let Some(why) = &taken.prune_problem {
        super::output::say(&format!("warning: old backups were not pruned: {why}"));
    }
    Ok(ExitCode::SUCCESS)
}

/// Records a `--to` folder in the settings, so it is reserved: it can
/// never become the workspace.
fn remember_destination(env: &Env, dir: &Path) -> Result<(), String> {
    let mut settings = load_settings(&env.home);
    if settings.backup_destinations.iter().any(|d| d == dir) {
        return Ok(());
    }
    settings.backup_destinations.push(dir.to_path_buf());
    settings
        .save(&env.home.settings_path())
        .map_err(|e| format!("nothing was backed up: {e}"))
}

pub fn list(json: bool, env: &Env, out: &mut impl Write) -> CliResult {
    let store = env.backups();
    let backups = store.list();
    if json {
        let rows: Vec<serde_json::Value> = backups
            .iter()
            .map(|b| {
                serde_json::json!({
                    "id": b.id,
                    "path": crate::fsutil::display_path(&b.path),
                    "started": b.summary.started,
                    "files": b.summary.files,
                    "bytes": b.summary.bytes,
                    "bytes_copied": b.summary.bytes_copied,
                    "complete": b.summary.complete,
                    "verified": b.verified.as_ref().map(|v| v.ok),
                    "reason": b.summary.reason,
                    "session": b.summary.session,
                })
            })
            .collect();
        let text = serde_json::to_string_pretty(&rows).map_err(|e| e.to_string())?;
        let _ = writeln!(out, "{text}");
        return Ok(ExitCode::SUCCESS);
    }
    if backups.is_empty() {
        let _ = writeln!(
            out,
            "No backups yet in {}. Make one with: airlock backup",
            store.dir.display()
        );
        return Ok(ExitCode::SUCCESS);
    }
    let now = Local::now();
    let _ = writeln!(out, "Backups in {}:", store.dir.display());
    for b in &backups {
        let s = &b.summary;
        let _ = writeln!(
            out,
            "  {:<33} {:<15} {:>6} file(s)  {:>9}  ({} really used)  {:<15} {}",
            b.id,
            backup::age(s.started, now),
            s.files,
            human_size(s.bytes),
            human_size(s.bytes_copied),
            b.state().label(),
            s.reason.label()
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub fn verify(id: &str, env: &Env, out: &mut impl Write) -> CliResult {
    let store = env.backups();
    let cancel = AtomicBool::new(false);
    let report = backup::verify(&store, id, &cancel, &progress_line("Checking"));
    end_progress();
    let report = report.map_err(|e| e.to_string())?;
    env.note(
        "backup.verified",
        &format!(
            "Checked backup {id}: {}",
            if report.ok() { "intact" } else { "damaged" }
        ),
        serde_json::json!({ "id": id, "missing": report.missing.len(), "changed": report.changed.len() }),
    );
    if report.ok() {
        let _ = writeln!(
            out,
            "{id} is intact: {} item(s) match the manifest.",
            report.checked
        );
        return Ok(ExitCode::SUCCESS);
    }
    for path in &report.missing {
        let _ = writeln!(out, "MISSING  {}", display_path(&path.0));
    }
    for path in &report.changed {
        let _ = writeln!(out, "CHANGED  {}", display_path(&path.0));
    }
    let _ = writeln!(
        out,
        "{id} is damaged: {} missing, {} changed. Restore from another backup if you need these files.",
        report.missing.len(),
        report.changed.len()
    );
    Ok(ExitCode::from(1))
}

pub fn restore(
    id: &str,
    files: &[PathBuf],
    dry_run: bool,
    env: &Env,
    out: &mut impl Write,
) -> CliResult {
    let root = env.workspace_for_writing()?;
    let only = files
        .iter()
        .map(|f| relative_to(&root, f))
        .collect::<Result<Vec<_>, _>>()?;
    let store = env.backups();
    let plan = backup::plan_restore(&store, id, &root, &only).map_err(|e| e.to_string())?;
    if !only.is_empty() && plan.is_empty() && plan.unchanged == 0 {
        return Err(format!(
            "{id} holds nothing at {}; check the path with `airlock backups` and try again.",
            only.iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    for item in &plan.add {
        let _ = writeln!(out, "add      {}", display_path(&item.rel));
    }
    for item in &plan.replace {
        let _ = writeln!(out, "replace  {}", display_path(&item.rel));
    }
    for item in &plan.remove {
        let _ = writeln!(out, "remove   {}", display_path(&item.rel));
    }
    if plan.is_empty() {
        let _ = writeln!(out, "Nothing to do: the workspace already matches {id}.");
        return Ok(ExitCode::SUCCESS);
    }
    if dry_run {
        let _ = writeln!(
            out,
            "{} to add, {} to replace, {} to remove. Nothing was changed (dry run).",
            plan.add.len(),
            plan.replace.len(),
            plan.remove.len()
        );
        return Ok(ExitCode::SUCCESS);
    }
    let lock = store.lock(&root).map_err(|e| e.to_string())?;
    let cancel = AtomicBool::new(false);
    let done = backup::apply_restore(
        &store,
        &lock,
        &root,
        &plan,
        &cancel,
        &progress_line("Restoring"),
    );
    end_progress();
    let done = done.map_err(|e| e.to_string())?;
    let recorded = env.note_checked(
        "backup.restored",
        &format!(
            "Restored {} item(s) and removed {} from {id}; undo point {}",
            done.restored.len(),
            done.removed.len(),
            done.undo_id
        ),
        serde_json::json!({
            "id": id,
            "undo": done.undo_id,
            "restored": crate::fsutil::display_paths(&done.restored),
            "removed": crate::fsutil::display_paths(&done.removed),
            "problems": done.problems.len(),
        }),
    );
    let _ = writeln!(
        out,
        "Restored {} item(s) and removed {} from {id}.",
        done.restored.len(),
        done.removed.len()
    );
    let _ = writeln!(
        out,
        "The workspace as it was just before is in {}. To undo: airlock restore {}",
        done.undo_id, done.undo_id
    );
    if let Err(err) = recorded {
        let _ = writeln!(
            out,
            "The audit trail could not record this restore ({err}); keep this message as its record."
        );
    }
    if done.problems.is_empty() {
        return Ok(ExitCode::SUCCESS);
    }
    for (path, why) in &done.problems {
        let _ = writeln!(out, "NOT RESTORED  {}  {why}", display_path(path));
    }
    Err(format!(
        "{} item(s) could not be restored (listed above).",
        done.problems.len()
    ))
}

pub fn prune(dry_run: bool, env: &Env, out: &mut impl Write) -> CliResult {
    let settings = load_settings(&env.home);
    let policy = KeepPolicy {
        last: settings.keep_last,
        daily_days: settings.keep_daily_days,
    };
    let root = workspace(env)?;
    let store = env.backups();
    let lock = store.lock(&root).map_err(|e| e.to_string())?;
    let chosen = backup::prune(&store, &lock, policy, &protected(env), dry_run)
        .map_err(|e| e.to_string())?;
    if !dry_run && !chosen.is_empty() {
        env.note(
            "backup.pruned",
            &format!("Removed {} old backup(s) by the keep policy", chosen.len()),
            serde_json::json!({ "ids": chosen }),
        );
    }
    let verb = if dry_run { "Would remove" } else { "Removed" };
    if chosen.is_empty() {
        let _ = writeln!(
            out,
            "Nothing to remove: keeping the last {} and one a day for {} days.",
            policy.last, policy.daily_days
        );
    }
    for id in &chosen {
        let _ = writeln!(out, "{verb} {id}");
    }
    Ok(ExitCode::SUCCESS)
}

/// Backups that must never be pruned: the start of an open session.
fn protected(env: &Env) -> std::collections::BTreeSet<String> {
    crate::session::protected_backups(env.home.data_dir())
}

/// A path given on the command line, as a path inside the workspace.
fn relative_to(root: &Path, given: &Path) -> Result<PathBuf, String> {
    let rel = if given.is_absolute() {
        let absolute = crate::fsutil::normalize_lexically(given);
        absolute
            .strip_prefix(root)
            .map(Path::to_path_buf)
            .map_err(|_| {
                format!(
                    "{} is not inside the workspace {}.",
                    given.display(),
                    root.display()
                )
            })?
    } else {
        given
            .components()
            .filter(|c| !matches!(c, std::path::Component::CurDir))
            .collect()
    };
    if !backup::manifest::is_plain_relative(&rel) {
        return Err(format!(
            "{} is not a path inside the workspace; give it like input/report.pdf.",
            given.display()
        ));
    }
    Ok(rel)
}
