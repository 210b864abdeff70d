//! Backups of the workspace: timestamped, complete-or-clearly-not copies
//! kept outside it (default `~/Cowork-Backups`), with unchanged files
//! hard-linked to the previous backup, checked against a manifest,
//! restored with a preview and an undo point, and pruned on a simple
//! keep policy.
//!
//! A backup is the folder `Cowork-Backup-YYYYMMDD-HHMMSS` holding
//! `workspace/` (the copy) and `airlock-backup.json` (the manifest, written
//! last). Work in progress lives in a hidden `.….partial` folder and is
//! renamed into place only when done, so a crash never leaves anything
//! that looks like a backup.

mod create;
pub mod manifest;
mod prune;
mod restore;
mod take;
mod tree;
mod verify;
mod versions;

use std::path::{Path, PathBuf};

use chrono::{DateTime, Local};

use crate::fsutil::beneath::Dir;
pub use create::{CreateOptions, Created, create};
pub use manifest::{Entry, ExactPath, Kind, Manifest, Problem, Reason, Summary, Verified};
pub use prune::{KeepPolicy, choose_prunable, prune};
pub use restore::{
    PlanItem, RestorePlan, Restored, apply_restore, clean_interrupted_restores, plan_restore,
};
pub use take::{Step, TakeOptions, Taken, take, take_locked};
pub use verify::{VerifyReport, verify};
pub use versions::{Version, versions_of};

/// The backup folder's default name in the home folder.
pub const DEFAULT_BACKUP_NAME: &str = "Cowork-Backups";
/// Every backup folder's name starts with this.
pub const ID_PREFIX: &str = "Cowork-Backup-";
const LOCK_NAME: &str = ".airlock-backups.lock";
const PARTIAL_SUFFIX: &str = ".partial";
const PRUNING_SUFFIX: &str = ".pruning";

#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("another backup or restore is running; try again when it has finished.")]
    Busy,
    #[error("the workspace folder {0} is missing, so there is nothing to back up.")]
    NoWorkspace(PathBuf),
    #[error("the workspace {0} is a link to another place; Airlock only backs up a real folder.")]
    WorkspaceIsLink(PathBuf),
    #[error(
        "backups cannot be kept at {0}: it is inside the workspace, where the assistant could change them. Choose a folder outside it."
    )]
    InsideWorkspace(PathBuf),
    #[error("there is no backup called {0}.")]
    NotFound(String),
    #[error("the backup {id} cannot be read ({why}); it may have been damaged.")]
    Damaged { id: String, why: String },
    #[error("the backup was stopped; nothing was kept.")]
    Cancelled,
    #[error(
        "Airlock could not first back up {0}, so it changed nothing. Close anything using that file and try again."
    )]
    SafetyBackupIncomplete(String),
    #[error("{what} failed for {path}: {source}")]
    Io {
        what: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

pub(crate) fn io_err(
    what: &'static str,
    path: &Path,
) -> impl FnOnce(std::io::Error) -> BackupError {
    let path = path.to_path_buf();
    move |source| BackupError::Io { what, path, source }
}

/// Progress of long work, in files and bytes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    pub files_done: u64,
    pub files_total: u64,
    pub bytes_done: u64,
    pub bytes_total: u64,
}

/// The folder holding the backups.
#[derive(Debug, Clone)]
pub struct BackupStore {
    pub dir: PathBuf,
    /// Airlock's state folder, whose audit trail's end each backup's
    /// manifest records (none in tests that make bare stores).
    pub audit_dir: Option<PathBuf>,
}

/// Held while a backup, restore or prune changes the backup folder; only
/// one such operation runs at a time, across windows and commands.
pub struct StoreLock {
    _file: std::fs::File,
}

/// A backup as the Backups screen lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct BackupInfo {
    pub id: String,
    pub path: PathBuf,
    /// Where its files are: its own `workspace/` folder, or that of the
    /// backup it is the same as.
    pub content: PathBuf,
    pub summary: Summary,
    pub verified: Option<Verified>,
}

impl BackupInfo {
    /// One word for the list: Checked, Not checked, Incomplete, Damaged.
    pub fn state(&self) -> BackupState {
        if !self.summary.complete {
            BackupState::Incomplete
        } else {
            match &self.verified {
                Some(v) if v.ok => BackupState::Verified,
                Some(_) => BackupState::Damaged,
                None => BackupState::NotVerified,
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackupState {
    Verified,
    NotVerified,
    Incomplete,
    Damaged,
}

impl BackupState {
    pub fn label(self) -> String {
        match self {
            BackupState::Verified => crate::tr!("backup-state-verified"),
            BackupState::NotVerified => crate::tr!("backup-state-not-verified"),
            BackupState::Incomplete => crate::tr!("backup-state-incomplete"),
            BackupState::Damaged => crate::tr!("backup-state-damaged"),
        }
    }
}

impl BackupStore {
    pub fn new(dir: PathBuf) -> Self {
        Self {
            dir,
            audit_dir: None,
        }
    }

    /// The same store, recording the end of the audit trail kept in
    /// `data_dir` in each new backup's manifest.
    pub fn with_audit(mut self, data_dir: &Path) -> Self {
        self.audit_dir = Some(data_dir.to_path_buf());
        self
    }

    /// The audit trail's end now, to record in a manifest.
    pub(crate) fn audit_head(&self) -> Option<crate::audit::Head> {
        crate::audit::AuditLog::in_dir(self.audit_dir.as_deref()?).head()
    }

    /// The folder from the settings, else `~/Cowork-Backups`.
    pub fn for_settings(settings: &crate::settings::Settings, home_folder: &Path) -> Self {
        Self::new(
            settings
                .backup_dir
                .clone()
                .unwrap_or_else(|| home_folder.join(DEFAULT_BACKUP_NAME)),
        )
    }

    /// Takes the lock, creating the (private) backup folder if needed;
    /// refuses, before creating anything, a folder inside `workspace`.
    pub fn lock(&self, workspace: &Path) -> Result<StoreLock, BackupError> {
        check_location(&self.dir, workspace)?;
        crate::fsutil::create_private_dir_all(&self.dir)
            .map_err(io_err("creating the backup folder", &self.dir))?;
        let path = self.dir.join(LOCK_NAME);
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(io_err("opening the lock", &path))?;
        // A lock just released can look held for an instant: a program
        // started at that moment (by this process or another) holds a
        // copy of the handle until it has started. A few short tries tell
        // that from a backup or restore that is really running.
        for attempt in 0..5 {
            match file.try_lock() {
                Ok(()) => return Ok(StoreLock { _file: file }),
                Err(std::fs::TryLockError::WouldBlock) if attempt < 4 => {
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                Err(std::fs::TryLockError::WouldBlock) => return Err(BackupError::Busy),
                Err(std::fs::TryLockError::Error(err)) => {
                    return Err(io_err("locking", &path)(err));
                }
            }
        }
        Err(BackupError::Busy)
    }

    /// The backup folder, opened as a real folder: every change to it goes
    /// down from this handle ([`crate::fsutil::beneath`]).
    pub fn open_dir(&self) -> Result<Dir, BackupError> {
        Dir::open(&self.dir).map_err(io_err("opening the backup folder", &self.dir))
    }

    /// Every backup with a readable manifest, newest first. Work in
    /// progress and leftovers of interrupted work are not listed.
    pub fn list(&self) -> Vec<BackupInfo> {
        let Ok(read) = std::fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut out: Vec<BackupInfo> = read
            .flatten()
            .filter_map(|entry| {
                let id = entry.file_name().to_str()?.to_string();
                if !is_backup_id(&id) {
                    return None;
                }
                self.info(&id).ok()
            })
            .collect();
        out.sort_by(|a, b| {
            b.summary
                .started
                .cmp(&a.summary.started)
                .then(b.id.cmp(&a.id))
        });
        out
    }

    /// The newest backup that holds every file.
    pub fn latest_complete(&self) -> Option<BackupInfo> {
        self.list().into_iter().find(|b| b.summary.complete)
    }

    pub fn path_of(&self, id: &str) -> Result<PathBuf, BackupError> {
        if !is_backup_id(id) {
            return Err(BackupError::NotFound(id.to_string()));
        }
        let path = self.dir.join(id);
        if !path.join(manifest::MANIFEST_NAME).is_file() {
            return Err(BackupError::NotFound(id.to_string()));
        }
        Ok(path)
    }

    pub fn info(&self, id: &str) -> Result<BackupInfo, BackupError> {
        let path = self.path_of(id)?;
        let summary: Summary = self.read_json(id, manifest::MANIFEST_NAME)?;
        let verified = self.read_json(id, manifest::VERIFIED_NAME).ok();
        let holder = self.holder_of(id).unwrap_or_else(|_| id.to_string());
        Ok(BackupInfo {
            id: id.to_string(),
            content: self.dir.join(holder).join(manifest::CONTENT_DIR),
            path,
            summary,
            verified,
        })
    }

    /// The backup whose folder holds the files of `id`: `id` itself, or
    /// the one it is recorded as the same as.
    pub fn holder_of(&self, id: &str) -> Result<String, BackupError> {
        let mut current = id.to_string();
        // A chain is never longer than this unless a manifest was edited.
        for _ in 0..64 {
            let summary: Summary = self.read_json(&current, manifest::MANIFEST_NAME)?;
            match summary.same_as {
                None => return Ok(current),
                Some(next) if is_backup_id(&next) && next != current => current = next,
                Some(_) => break,
            }
        }
        Err(BackupError::Damaged {
            id: id.to_string(),
            why: "it refers to a backup that cannot hold its files".into(),
        })
    }

    /// The `workspace/` folder holding the files of backup `id`, by handle.
    pub fn content_dir(&self, id: &str) -> Result<Dir, BackupError> {
        let holder = self.holder_of(id)?;
        self.open_dir()?
            .open_dir(&Path::new(&holder).join(manifest::CONTENT_DIR))
            .map_err(|e| BackupError::Damaged {
                id: id.to_string(),
                why: e.to_string(),
            })
    }

    /// The whole manifest, with every entry's path checked to stay inside.
    pub fn manifest(&self, id: &str) -> Result<Manifest, BackupError> {
        self.path_of(id)?;
        let manifest: Manifest = self.read_json(id, manifest::MANIFEST_NAME)?;
        if let Some(bad) = manifest
            .entries
            .iter()
            .find(|e| !manifest::is_plain_relative(e.rel()))
        {
            return Err(BackupError::Damaged {
                id: id.to_string(),
                why: format!(
                    "it names a place outside the workspace: {}",
                    bad.rel().display()
                ),
            });
        }
        Ok(manifest)
    }

    /// Removes what interrupted backups and prunes left behind.
    fn clean_leftovers(&self, _lock: &StoreLock) {
        let Ok(dir) = self.open_dir() else {
            return;
        };
        for name in dir.names().unwrap_or_default() {
            let text = name.to_string_lossy();
            let leftover = text.starts_with(&format!(".{ID_PREFIX}"))
                && (text.ends_with(PARTIAL_SUFFIX) || text.ends_with(PRUNING_SUFFIX));
            let is_dir = dir
                .stat_here(&name)
                .is_ok_and(|s| s.kind == crate::fsutil::beneath::EntryKind::Dir);
            if leftover && is_dir {
                log::info!("removing the leftover of interrupted work: {text}");
                if let Err(err) = dir.remove_all_here(&name) {
                    log::warn!("could not remove {text}: {err}");
                }
            }
        }
    }

    /// Reads one of a backup's JSON files through the folder's handle.
    /// Strict: a key given twice is damage, not a choice.
    fn read_json<T: serde::de::DeserializeOwned>(
        &self,
        id: &str,
        name: &str,
    ) -> Result<T, BackupError> {
        let damaged = |why: String| BackupError::Damaged {
            id: id.to_string(),
            why,
        };
        let mut file = self
            .open_dir()
            .map_err(|e| damaged(e.to_string()))?
            .open_file(&Path::new(id).join(name))
            .map_err(|e| damaged(e.to_string()))?;
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut file, &mut bytes).map_err(|e| damaged(e.to_string()))?;
        serde_json::from_slice(&bytes).map_err(|e| damaged(e.to_string()))
    }
}

/// `Cowork-Backup-` followed by digits and dashes only: a name that can
/// never climb out of the backup folder.
pub fn is_backup_id(name: &str) -> bool {
    name.strip_prefix(ID_PREFIX).is_some_and(|rest| {
        rest.len() >= 15 && rest.chars().all(|c| c.is_ascii_digit() || c == '-')
    })
}

/// Refuses a backup folder inside (or equal to) the workspace, also when
/// a link leads there.
pub fn check_location(backup_dir: &Path, workspace: &Path) -> Result<(), BackupError> {
    let inside = |dir: &Path, ws: &Path| {
        let dir =
            crate::fsutil::normalize_lexically(&std::path::absolute(dir).unwrap_or(dir.into()));
        let ws = crate::fsutil::normalize_lexically(&std::path::absolute(ws).unwrap_or(ws.into()));
        dir.starts_with(&ws)
    };
    if inside(backup_dir, workspace) {
        return Err(BackupError::InsideWorkspace(backup_dir.to_path_buf()));
    }
    // Resolve links through the nearest part of the path that exists.
    let mut existing = backup_dir.to_path_buf();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (existing.file_name(), existing.parent()) {
            (Some(name), Some(parent)) => {
                rest.push(name.to_os_string());
                existing = parent.to_path_buf();
            }
            _ => break,
        }
    }
    if let (Ok(real_dir), Ok(real_ws)) = (existing.canonicalize(), workspace.canonicalize()) {
        let full: PathBuf = rest.iter().rev().fold(real_dir, |p, n| p.join(n));
        if full.starts_with(&real_ws) {
            return Err(BackupError::InsideWorkspace(backup_dir.to_path_buf()));
        }
    }
    Ok(())
}

/// "just now", "3 minutes ago", "2 hours ago", "yesterday", "4 days ago",
/// then the date.
pub fn age(then: DateTime<Local>, now: DateTime<Local>) -> String {
    let secs = (now - then).num_seconds();
    if secs < 60 {
        return crate::tr!("age-just-now");
    }
    match secs {
        s if s < 3600 => crate::tr!("age-minutes", count = s / 60),
        s if s < 86_400 => crate::tr!("age-hours", count = s / 3600),
        s if s < 2 * 86_400 => crate::tr!("age-yesterday"),
        s if s < 30 * 86_400 => crate::tr!("age-days", count = s / 86_400),
        _ => then.format(&crate::tr!("date-format")).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_plain() {
        assert!(is_backup_id("Cowork-Backup-20261125-101500"));
        assert!(is_backup_id("Cowork-Backup-20261125-101500-2"));
        assert!(!is_backup_id("Cowork-Backup-../../etc"));
        assert!(!is_backup_id(".Cowork-Backup-20261125-101500.partial"));
        assert!(!is_backup_id("Cowork-Backup-"));
    }

    #[test]
    fn ages_read_naturally() {
        let now = Local::now();
        let ago = |s: i64| age(now - chrono::Duration::seconds(s), now);
        assert_eq!(ago(5), "just now");
        assert_eq!(ago(60), "1 minute ago");
        assert_eq!(ago(3 * 60 + 10), "3 minutes ago");
        assert_eq!(ago(2 * 3600), "2 hours ago");
        assert_eq!(ago(30 * 3600), "yesterday");
        assert_eq!(ago(4 * 86_400), "4 days ago");
    }

    #[test]
    fn backups_inside_the_workspace_are_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let ws = tmp.path().join("ws");
        std::fs::create_dir_all(ws.join("output")).unwrap();
        assert!(check_location(&ws.join("output/backups"), &ws).is_err());
        assert!(check_location(&ws, &ws).is_err());
        assert!(check_location(&ws.join("x/../../ws/y"), &ws).is_err());
        assert!(check_location(&tmp.path().join("backups"), &ws).is_ok());
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(ws.join("output"), tmp.path().join("sneaky")).unwrap();
            assert!(check_location(&tmp.path().join("sneaky/backups"), &ws).is_err());
        }
    }

    #[test]
    fn only_one_operation_holds_the_lock() {
        let tmp = tempfile::tempdir().unwrap();
        let store = BackupStore::new(tmp.path().join("b"));
        let ws = tmp.path().join("ws");
        let first = store.lock(&ws).unwrap();
        assert!(matches!(store.lock(&ws), Err(BackupError::Busy)));
        drop(first);
        assert!(store.lock(&ws).is_ok());
    }
}
