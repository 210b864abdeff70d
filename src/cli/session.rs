//! `airlock session start|status|end|cleanup|list`.

use crate::explain::Explain;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

use clap::Subcommand;

use super::{CliResult, Env, load_settings};
use crate::scan::{self, FileReport, Verdict};
use crate::session::checklist::{Checklist, Facts, ItemState};
use crate::session::{self, ChangeKind, SessionStore, cleanup, facts};

#[derive(Debug, Subcommand)]
pub enum SessionCommand {
    /// Run the before-session checklist, back up, and record the task.
    Start {
        /// What the assistant should do, in one sentence.
        #[arg(long)]
        task: String,
        /// A file flagged as dangerous that you looked at and keep
        /// (relative to the workspace); repeat for each one.
        #[arg(long = "keep", value_name = "PATH")]
        keep: Vec<String>,
    },
    /// What changed since the open session started.
    Status,
    /// End the open session: print what changed, check new files, save
    /// the report.
    End,
    /// After a session: archive inputs, send sensitive outputs to the
    /// trash. A backup is taken first.
    Cleanup {
        /// Move every file in input/ to archive/YYYY-MM-DD/.
        #[arg(long)]
        archive_inputs: bool,
        /// An output to send to the trash (relative to the workspace);
        /// repeatable.
        #[arg(long = "trash", value_name = "PATH")]
        trash: Vec<PathBuf>,
        /// Send everything left in output/ to the trash.
        #[arg(long)]
        clear_output: bool,
    },
    /// The sessions so far, newest first.
    List,
}

pub fn run(command: SessionCommand, env: &Env, out: &mut impl Write) -> CliResult {
    let root = load_settings(&env.home)
        .workspace
        .ok_or("no workspace is set up yet; run `airlock init` or open the app.")?;
    let store = SessionStore::in_dir(env.home.data_dir());
    let backups = env.backups();
    match command {
        SessionCommand::Start { task, keep } => {
            env.check_writable(&root)?;
            let reports = scan_all(&root, env);
            let reviews = crate::workspace::reviews::Reviews::load(env.home.data_dir());
            let provenance = crate::workspace::provenance::Provenance::load(env.home.data_dir());
            let gathered =
                facts::before(&root, &store, &reports, &reviews, &provenance, &keep, &task);
            print_checklist(&Checklist::before_session(), &gathered, env, out);
            if task.trim().is_empty() {
                return Err("write down the task with --task \"…\" first.".into());
            }
            if !gathered.dangerous.is_empty() {
                return Err(format!(
                    "not started: {} dangerous. Quarantine each one in the app, or confirm you keep it with --keep PATH.",
                    gathered.dangerous.join(", ")
                ));
            }
            let status = crate::workspace::WorkspaceStatus::read(&root);
            if !status.is_healthy() {
                return Err("not started: the workspace is incomplete or not private; run `airlock init` to repair it.".into());
            }
            let started = store
                .start(
                    &root,
                    &backups,
                    session::StartRequest {
                        task: task.clone(),
                        before_ticks: Default::default(),
                        kept_in_danger: keep,
                    },
                    &AtomicBool::new(false),
                    &|_| {},
                )
                .map_err(|e| e.sentence())?;
            let _ = writeln!(
                out,
                "Session started: {}\nBackup taken: {}\nWhen the assistant is done, run: airlock session end",
                started.task, started.start_backup
            );
            Ok(ExitCode::SUCCESS)
        }
        SessionCommand::Status => {
            let open = store.current().ok_or("no session is open.")?;
            let changes = store
                .changes_since_start(&open, &backups)
                .map_err(|e| e.sentence())?;
            let _ = writeln!(
                out,
                "Session open since {}: {}",
                open.started.format("%H:%M"),
                open.task
            );
            print_changes(&changes, out);
            Ok(ExitCode::SUCCESS)
        }
        SessionCommand::End => {
            let ended = store.end(&backups).map_err(|e| e.sentence())?;
            let _ = writeln!(out, "Session ended: {}", ended.task);
            print_changes(&ended.changes, out);
            for (i, change) in ended.changes.iter().enumerate() {
                for alert in session::feed::examine(&root, change.clone(), i + 1).alerts {
                    let _ = writeln!(out, "  ! {}", alert.text.text());
                }
            }
            let changed = scan_changed(&root, &ended.changes);
            for report in changed.values().filter(|r| r.verdict != Verdict::Safe) {
                let main = report.main_finding().map(|f| f.text()).unwrap_or_default();
                let _ = writeln!(
                    out,
                    "  {:<7} {}  {main}",
                    report.verdict.word().to_uppercase(),
                    report.path
                );
            }
            let gathered = facts::after(&root, &store, &ended, &changed);
            print_checklist(&Checklist::after_session(), &gathered, env, out);
            let _ = writeln!(
                out,
                "Report: {}",
                store.folder_of(&ended.id).join("report.md").display()
            );
            let worst = changed
                .values()
                .map(|r| r.verdict)
                .max()
                .unwrap_or(Verdict::Safe);
            Ok(ExitCode::from(match worst {
                Verdict::Safe => 0,
                Verdict::Review => 1,
                Verdict::Danger => 2,
            }))
        }
        SessionCommand::Cleanup {
            archive_inputs,
            trash,
            clear_output,
        } => {
            env.check_writable(&root)?;
            if store.current().is_some() {
                return Err(
                    "end the session first (airlock session end); the cleanup comes after.".into(),
                );
            }
            let last = store.last_ended();
            let archive = if archive_inputs {
                session::current_paths(&root)
                    .into_iter()
                    .filter(|p| p.starts_with("input"))
                    .collect()
            } else {
                Vec::new()
            };
            let choice = cleanup::CleanupChoice {
                archive,
                trash,
                clear_output,
            };
            let quarantine = env.quarantine_dir();
            let bin = cleanup::TrashBin::for_workspace(
                &root,
                Some(&quarantine),
                env.home.data_dir(),
                &cleanup::system_trash,
            );
            let wrapped = session::wrap_up::clean_up(
                &root,
                &backups,
                env.home.data_dir(),
                &store,
                last,
                &choice,
                chrono::Local::now().date_naive(),
                &bin,
            )
            .map_err(|e| e.sentence())?;
            let done = &wrapped.done;
            for (from, to) in &done.archived {
                let _ = writeln!(out, "archived  {} → {}", from.display(), to.display());
            }
            for path in &done.trashed {
                let _ = writeln!(out, "trashed   {}", path.display());
            }
            for (path, why) in &done.problems {
                let why = why.text();
                let _ = writeln!(out, "NOT DONE  {}  {why}", path.display());
            }
            if let Some(kept) = &done.kept_in {
                let _ = writeln!(
                    out,
                    "The system trash for this workspace would be inside it, where the assistant could read the files, so they are kept in Airlock's own trash folder: {}",
                    kept.display()
                );
            }
            let _ = writeln!(
                out,
                "A backup was taken first ({}). To undo: airlock restore {} --file input --file archive --file output",
                done.backup, done.backup
            );
            if let Some(err) = &wrapped.unsaved {
                return Err(err.sentence());
            }
            if done.problems.is_empty() {
                Ok(ExitCode::SUCCESS)
            } else {
                Err(format!(
                    "{} item(s) were left as they were (listed above).",
                    done.problems.len()
                ))
            }
        }
        SessionCommand::List => {
            let sessions = store.list();
            if sessions.is_empty() {
                let _ = writeln!(
                    out,
                    "No sessions yet. Start one with: airlock session start --task \"…\""
                );
            }
            for s in sessions {
                let state = match s.ended {
                    Some(end) => format!("ended {}", end.format("%H:%M")),
                    None => "OPEN".into(),
                };
                let _ = writeln!(
                    out,
                    "{}  {:<12} {} change(s)  {}",
                    s.started.format("%Y-%m-%d %H:%M"),
                    state,
                    s.changes.len(),
                    s.task
                );
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn scan_all(root: &std::path::Path, env: &Env) -> BTreeMap<String, FileReport> {
    let cache_path = scan::cache::path_for(env.home.data_dir(), root);
    let mut cache = scan::ScanCache::load(&cache_path);
    let report = scan::scan_tree_cached(
        root,
        &scan::Limits::default(),
        &mut cache,
        &AtomicBool::new(false),
        &|_| {},
    );
    if let Err(err) = cache.save(&cache_path) {
        log::warn!("scan cache not saved: {err}");
    }
    let provenance = crate::workspace::provenance::Provenance::load(env.home.data_dir());
    report
        .files
        .into_iter()
        .map(|f| provenance.annotate(f))
        .map(|f| (f.path.clone(), f))
        .collect()
}

/// Verdicts for the files a session created, changed or renamed.
fn scan_changed(
    root: &std::path::Path,
    changes: &[session::Change],
) -> BTreeMap<String, FileReport> {
    changes
        .iter()
        .filter(|c| c.kind != ChangeKind::Deleted)
        .filter(|c| root.join(&c.path).is_file())
        .map(|c| {
            let name = c.path.display().to_string();
            let report =
                scan::scan_file(&root.join(&c.path), &name, root, &scan::Limits::default());
            (name, report)
        })
        .collect()
}

fn print_changes(changes: &[session::Change], out: &mut impl Write) {
    if changes.is_empty() {
        let _ = writeln!(out, "No changes in the workspace.");
        return;
    }
    for change in changes {
        match &change.from {
            Some(from) => {
                let _ = writeln!(
                    out,
                    "{:<8} {} (was {})",
                    change.kind.word(),
                    change.path.display(),
                    from.display()
                );
            }
            None => {
                let _ = writeln!(out, "{:<8} {}", change.kind.word(), change.path.display());
            }
        }
    }
}

fn print_checklist(
    list: &Checklist,
    gathered: &crate::session::checklist::SessionFacts,
    env: &Env,
    out: &mut impl Write,
) {
    let root = load_settings(&env.home).workspace;
    let status = root
        .as_deref()
        .map(|r| crate::workspace::WorkspaceStatus::read(r).with_backups(&env.backups()));
    let ticked = Default::default();
    let facts = Facts {
        workspace: status.as_ref(),
        ticked: &ticked,
        session: Some(gathered),
    };
    let _ = writeln!(out, "{}:", list.title);
    for (item, state) in list.states(&facts) {
        let (mark, note) = match state {
            ItemState::Passed(why) => ("✓", why),
            ItemState::Failed(why) => ("✗", why),
            ItemState::Ticked(_) => ("·", "for you to do".to_string()),
        };
        let _ = writeln!(out, "  {mark} {}: {note}", item.text);
    }
}
