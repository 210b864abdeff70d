//! Taking a backup, whoever asks for it (the command line, the window's
//! "Back up now", or Airlock itself before a restore, a quarantine, a
//! cleanup or at a session's start): lock, copy, check the copy, let old
//! backups go, and record it in the audit trail. One path for all, so no
//! front end can forget the check or the record.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::atomic::AtomicBool;

use super::{
    BackupError, BackupStore, CreateOptions, Created, KeepPolicy, Progress, Reason, StoreLock,
    VerifyReport, create, prune, verify,
};
use crate::audit::{self, Actor};

/// Which part of the work a progress report is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Copying,
    Checking,
}

#[derive(Debug, Clone, Default)]
pub struct TakeOptions {
    pub reason: Reason,
    /// The session the backup belongs to, if any.
    pub session: Option<String>,
    /// Old backups let go afterwards by this policy; `None` keeps them
    /// all. Pruning only follows a backup that is complete and checked,
    /// so a bad copy never pushes out a good one.
    pub keep: Option<KeepPolicy>,
}

/// A backup taken and checked.
#[derive(Debug)]
pub struct Taken {
    pub created: Created,
    /// The check of the copy against its manifest, made right after it.
    pub check: VerifyReport,
    /// The old backups the keep policy let go.
    pub pruned: Vec<String>,
    /// Why old backups could not be let go, when they could not: the
    /// backup itself is fine.
    pub prune_problem: Option<String>,
}

impl Taken {
    pub fn id(&self) -> &str {
        &self.created.id
    }

    /// Every file was copied and every copy matches its manifest.
    pub fn is_sound(&self) -> bool {
        self.created.summary.complete && self.check.ok()
    }

    /// Paths this backup cannot give back: not copied, or whose copy
    /// failed the check.
    pub fn unsafe_paths(&self) -> Vec<&Path> {
        let s = &self.created.summary;
        s.problems
            .iter()
            .map(|p| p.path.0.as_path())
            .chain(self.check.missing.iter().map(|p| p.0.as_path()))
            .chain(self.check.changed.iter().map(|p| p.0.as_path()))
            .collect()
    }

    /// Whether `rel` (and everything inside it) is safely in this backup:
    /// what an action that moves or removes `rel` must know first.
    pub fn covers(&self, rel: &Path) -> bool {
        !self
            .unsafe_paths()
            .iter()
            .any(|p| rel.starts_with(p) || p.starts_with(rel))
    }
}

/// Takes the store's lock, then [`take_locked`].
pub fn take(
    store: &BackupStore,
    workspace: &Path,
    options: &TakeOptions,
    cancel: &AtomicBool,
    progress: &(dyn Fn(Step, Progress) + Sync),
) -> Result<Taken, BackupError> {
    let lock = store.lock(workspace)?;
    take_locked(store, &lock, workspace, options, cancel, progress)
}

/// Backs up `workspace`, checks the copy, prunes by `options.keep` and
/// records the backup in the audit trail of the store's state folder.
/// Stopping (`cancel`) at any point keeps nothing and records nothing.
pub fn take_locked(
    store: &BackupStore,
    lock: &StoreLock,
    workspace: &Path,
    options: &TakeOptions,
    cancel: &AtomicBool,
    progress: &(dyn Fn(Step, Progress) + Sync),
) -> Result<Taken, BackupError> {
    let create_options = CreateOptions {
        reason: options.reason,
        session: options.session.clone(),
    };
    let created = create(store, lock, workspace, &create_options, cancel, &|p| {
        progress(Step::Copying, p)
    })?;
    let check = match verify(store, &created.id, cancel, &|p| progress(Step::Checking, p)) {
        Ok(check) => check,
        Err(BackupError::Cancelled) => {
            // "Stop" means nothing kept, as when the copy is stopped.
            if let Err(err) = prune::remove_backup(store, lock, &created.id) {
                log::warn!("could not remove the stopped backup {}: {err}", created.id);
            }
            return Err(BackupError::Cancelled);
        }
        Err(err) => {
            record_unchecked(store, &created, &err);
            return Err(err);
        }
    };
    let mut taken = Taken {
        created,
        check,
        pruned: Vec::new(),
        prune_problem: None,
    };
    if let Some(policy) = options.keep.filter(|_| taken.is_sound()) {
        let protected = protected(store);
        match prune(store, lock, policy, &protected, false) {
            Ok(pruned) => taken.pruned = pruned,
            Err(err) => {
                log::warn!("pruning after {}: {err}", taken.id());
                taken.prune_problem = Some(err.sentence());
            }
        }
    }
    record(store, &taken);
    Ok(taken)
}

/// The backups pruning must keep, as the sessions in the store's state
/// folder say (none for a store without one).
fn protected(store: &BackupStore) -> BTreeSet<String> {
    store
        .audit_dir
        .as_deref()
        .map(crate::session::protected_backups)
        .unwrap_or_default()
}

/// Who the backup is recorded as the doing of: the person's own backups
/// are theirs; the others are Airlock's, before something it does.
fn actor(reason: Reason) -> Actor {
    match reason {
        Reason::Manual => Actor::Person,
        _ => Actor::Airlock,
    }
}

/// What the backup was for, in the trail's one language.
fn purpose(reason: Reason) -> &'static str {
    match reason {
        Reason::Manual => "asked for by the person",
        Reason::BeforeRestore => "before a restore (undo point)",
        Reason::BeforeQuarantine => "before moving a file to the quarantine",
        Reason::SessionStart => "at the start of a session",
        Reason::BeforeCleanup => "before the session cleanup",
    }
}

fn record(store: &BackupStore, taken: &Taken) {
    let Some(data_dir) = store.audit_dir.as_deref() else {
        return;
    };
    let s = &taken.created.summary;
    let state = if !s.complete {
        format!(
            "INCOMPLETE, {} item(s) could not be copied",
            s.problems.len()
        )
    } else if !taken.check.ok() {
        format!(
            "FAILED its check, {} missing and {} changed",
            taken.check.missing.len(),
            taken.check.changed.len()
        )
    } else {
        "checked, every file matches".to_string()
    };
    audit::note(
        data_dir,
        "backup.created",
        actor(s.reason),
        &format!(
            "Backup {} of {} file(s) {}: {state}",
            taken.id(),
            s.files,
            purpose(s.reason)
        ),
        serde_json::json!({
            "id": taken.id(),
            "reason": s.reason,
            "session": s.session,
            "files": s.files,
            "bytes": s.bytes,
            "complete": s.complete,
            "problems": s.problems.len(),
            "verified": taken.check.ok(),
            "missing": taken.check.missing.len(),
            "changed": taken.check.changed.len(),
            "pruned": taken.pruned,
        }),
    );
    if !taken.pruned.is_empty() {
        audit::note(
            data_dir,
            "backup.pruned",
            Actor::Airlock,
            &format!(
                "Removed {} old backup(s) by the keep policy",
                taken.pruned.len()
            ),
            serde_json::json!({ "ids": taken.pruned }),
        );
    }
}

/// A backup made but not checked (its folder could not be read back):
/// it exists, so the trail says so.
fn record_unchecked(store: &BackupStore, created: &Created, err: &BackupError) {
    let Some(data_dir) = store.audit_dir.as_deref() else {
        return;
    };
    let s = &created.summary;
    audit::note(
        data_dir,
        "backup.created",
        actor(s.reason),
        &format!(
            "Backup {} of {} file(s) {}: could not be checked ({err})",
            created.id,
            s.files,
            purpose(s.reason)
        ),
        serde_json::json!({
            "id": created.id,
            "reason": s.reason,
            "session": s.session,
            "files": s.files,
            "bytes": s.bytes,
            "complete": s.complete,
            "problems": s.problems.len(),
            "verified": false,
        }),
    );
}
