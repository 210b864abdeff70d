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
                taken.prune_problem = Some(crate::explain::Explain::sentence(&err));
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

/// What the backup was for, as the trail says it.
fn purpose(reason: Reason) -> crate::i18n::Msg {
    match reason {
        Reason::Manual => crate::msg!("audit-backup-purpose-manual"),
        Reason::BeforeRestore => crate::msg!("audit-backup-purpose-before-restore"),
        Reason::BeforeQuarantine => crate::msg!("audit-backup-purpose-before-quarantine"),
        Reason::SessionStart => crate::msg!("audit-backup-purpose-session-start"),
        Reason::BeforeCleanup => crate::msg!("audit-backup-purpose-before-cleanup"),
    }
}

fn record(store: &BackupStore, taken: &Taken) {
    let Some(data_dir) = store.audit_dir.as_deref() else {
        return;
    };
    let s = &taken.created.summary;
    let state = if !s.complete {
        crate::msg!("audit-backup-state-incomplete", count = s.problems.len())
    } else if !taken.check.ok() {
        crate::msg!(
            "audit-backup-state-failed",
            missing = taken.check.missing.len(),
            changed = taken.check.changed.len()
        )
    } else {
        crate::msg!("audit-backup-state-checked")
    };
    note_created(
        data_dir,
        &taken.created,
        state,
        serde_json::json!({
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
            &crate::msg!("audit-backups-pruned", count = taken.pruned.len()),
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
    let state = crate::msg!("audit-backup-state-unchecked", error = err.to_string());
    note_created(
        data_dir,
        created,
        state,
        serde_json::json!({ "verified": false }),
    );
}

/// The `backup.created` entry: what every backup records, and what its
/// check found (`check`, merged into the details).
fn note_created(
    data_dir: &Path,
    created: &Created,
    state: crate::i18n::Msg,
    check: serde_json::Value,
) {
    let s = &created.summary;
    let mut details = serde_json::json!({
        "id": created.id,
        "reason": s.reason,
        "session": s.session,
        "files": s.files,
        "bytes": s.bytes,
        "complete": s.complete,
        "problems": s.problems.len(),
    });
    if let (Some(all), serde_json::Value::Object(found)) = (details.as_object_mut(), check) {
        all.extend(found);
    }
    audit::note(
        data_dir,
        "backup.created",
        actor(s.reason),
        &crate::msg!(
            "audit-backup-taken",
            id = &created.id,
            files = s.files,
            purpose = purpose(s.reason),
            state = state
        ),
        details,
    );
}
