//! Sessions with the assistant: a start (checklist, task written down, a
//! backup that is also the snapshot), a live record of what changes, an
//! end (the changes since the start, the after-session checklist, the
//! cleanup) and a report kept in the app's folder.
//!
//! Each session lives in `sessions/<id>/session.json` in the app's data
//! folder; the open session is the one without an end.

pub mod changes;
pub mod checklist;
pub mod cleanup;
pub mod facts;
pub mod feed;
pub mod report;
pub mod wrap_up;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use chrono::{DateTime, Local};
use serde::{Deserialize, Serialize};

use crate::audit::{self, Actor};
use crate::backup::{self, BackupStore, Reason, TakeOptions};
pub use changes::{Change, ChangeKind};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub id: String,
    /// What the person asked the assistant to do, in their words.
    pub task: String,
    pub workspace: PathBuf,
    pub started: DateTime<Local>,
    /// The backup taken at the start: the snapshot changes are measured
    /// against, and what "Restore" brings back.
    pub start_backup: String,
    #[serde(default)]
    pub ended: Option<DateTime<Local>>,
    /// Items of the before-session checklist the person ticked.
    #[serde(default)]
    pub before_ticks: BTreeSet<String>,
    /// Items of the after-session checklist the person ticked.
    #[serde(default)]
    pub after_ticks: BTreeSet<String>,
    /// Files in danger the person looked at and chose to keep.
    #[serde(default)]
    pub kept_in_danger: Vec<String>,
    /// The changes found at the end.
    #[serde(default)]
    pub changes: Vec<Change>,
    /// What Airlock found in the files the session created or changed.
    #[serde(default)]
    pub findings: Vec<OutputFinding>,
    /// What the cleanup did.
    #[serde(default)]
    pub cleanup: Option<cleanup::CleanupDone>,
    /// Paths present when the session ended: what the next session
    /// compares with ("nothing appeared since").
    #[serde(default)]
    pub end_paths: Vec<PathBuf>,
    /// The audit trail's last entry when the session ended: a witness
    /// that `audit verify` compares the trail with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audit_head: Option<audit::Head>,
}

/// The verdict of one new or changed file at the end of a session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutputFinding {
    pub path: String,
    pub verdict: crate::scan::Verdict,
    /// Airlock's main finding.
    pub finding: crate::i18n::Msg,
}

impl Session {
    /// Records what the end-of-session cleanup did. The files it moved or
    /// removed are Airlock's doing: the next session does not count them
    /// as files that "appeared".
    pub fn note_cleanup(&mut self, done: &cleanup::CleanupDone) {
        for (from, to) in &done.archived {
            self.end_paths.retain(|p| p != from);
            self.end_paths.push(to.clone());
        }
        self.end_paths.retain(|p| !done.trashed.contains(p));
        self.end_paths.sort();
        self.end_paths.dedup();
        self.cleanup = Some(done.clone());
    }

    pub fn is_open(&self) -> bool {
        self.ended.is_none()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    #[error("a session is already open (since {0}); end it before starting another.")]
    AlreadyOpen(String),
    #[error("no session is open; start one first.")]
    NoneOpen,
    #[error("write down the task first: one sentence saying what the assistant should do.")]
    NoTask,
    #[error("no workspace is set up yet.")]
    NoWorkspace,
    #[error("the start-of-session backup could not be made: {0}")]
    Backup(#[from] backup::BackupError),
    #[error("could not save the session ({0})")]
    Io(#[from] std::io::Error),
    #[error("could not save the session ({0})")]
    Encode(#[from] serde_json::Error),
}

/// What the person gives when starting a session.
#[derive(Debug, Clone, Default)]
pub struct StartRequest {
    pub task: String,
    pub before_ticks: BTreeSet<String>,
    /// Files in danger the person looked at and keeps.
    pub kept_in_danger: Vec<String>,
}

/// The sessions folder in the app's data folder.
#[derive(Debug, Clone)]
pub struct SessionStore {
    dir: PathBuf,
    data_dir: PathBuf,
}

impl SessionStore {
    pub fn in_dir(data_dir: &Path) -> Self {
        Self {
            dir: data_dir.join("sessions"),
            data_dir: data_dir.to_path_buf(),
        }
    }

    pub fn folder_of(&self, id: &str) -> PathBuf {
        self.dir.join(id)
    }

    /// Every session, newest first.
    pub fn list(&self) -> Vec<Session> {
        let Ok(read) = std::fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut out: Vec<Session> = read
            .flatten()
            .filter_map(|e| {
                let bytes = std::fs::read(e.path().join("session.json")).ok()?;
                serde_json::from_slice(&bytes).ok()
            })
            .collect();
        out.sort_by_key(|s| std::cmp::Reverse(s.started));
        out
    }

    pub fn current(&self) -> Option<Session> {
        self.list().into_iter().find(Session::is_open)
    }

    /// The newest session that has ended.
    pub fn last_ended(&self) -> Option<Session> {
        self.list().into_iter().find(|s| !s.is_open())
    }

    pub fn save(&self, session: &Session) -> Result<(), SessionError> {
        let folder = self.folder_of(&session.id);
        crate::fsutil::create_private_dir_all(&folder)?;
        let json = serde_json::to_vec_pretty(session)?;
        crate::fsutil::write_atomic(&folder.join("session.json"), &json)?;
        Ok(())
    }

    /// Starts a session: records the task and takes the start backup.
    pub fn start(
        &self,
        workspace: &Path,
        backups: &BackupStore,
        request: StartRequest,
        cancel: &AtomicBool,
        progress: &(dyn Fn(backup::Progress) + Sync),
    ) -> Result<Session, SessionError> {
        if let Some(open) = self.current() {
            return Err(SessionError::AlreadyOpen(
                open.started.format("%A %-d %B, %H:%M").to_string(),
            ));
        }
        let StartRequest {
            task,
            before_ticks,
            kept_in_danger,
        } = request;
        let task = task.trim();
        if task.is_empty() {
            return Err(SessionError::NoTask);
        }
        let started = Local::now();
        let id = started.format("%Y%m%d-%H%M%S").to_string();
        let taken = backup::take(
            backups,
            workspace,
            &TakeOptions {
                reason: Reason::SessionStart,
                session: Some(task.to_string()),
                keep: None,
            },
            cancel,
            &|_, p| progress(p),
        )?;
        let created = taken.created;
        let session = Session {
            id,
            task: task.to_string(),
            workspace: workspace.to_path_buf(),
            started,
            start_backup: created.id.clone(),
            ended: None,
            before_ticks,
            after_ticks: BTreeSet::new(),
            kept_in_danger,
            changes: Vec::new(),
            findings: Vec::new(),
            cleanup: None,
            end_paths: Vec::new(),
            audit_head: None,
        };
        self.save(&session)?;
        audit::note(
            &self.data_dir,
            "session.started",
            Actor::Person,
            &crate::msg!("audit-session-started", task = &session.task),
            serde_json::json!({
                "session": session.id,
                "task": session.task,
                "backup": created.id,
                "kept_in_danger": session.kept_in_danger,
            }),
        );
        Ok(session)
    }

    /// The changes since the session started.
    pub fn changes_since_start(
        &self,
        session: &Session,
        backups: &BackupStore,
    ) -> Result<Vec<Change>, SessionError> {
        let manifest = backups.manifest(&session.start_backup)?;
        let before = changes::from_manifest(&manifest);
        let after = changes::snapshot(&session.workspace, &before);
        Ok(changes::diff(&before, &after))
    }

    /// Ends the open session: the changes are recorded and the report
    /// written. The cleanup may follow.
    pub fn end(&self, backups: &BackupStore) -> Result<Session, SessionError> {
        let mut session = self.current().ok_or(SessionError::NoneOpen)?;
        session.changes = self.changes_since_start(&session, backups)?;
        session.findings = session
            .changes
            .iter()
            .filter(|c| c.kind != ChangeKind::Deleted)
            .filter(|c| {
                std::fs::symlink_metadata(session.workspace.join(&c.path))
                    .is_ok_and(|m| m.is_file())
            })
            .map(|c| {
                let name = c.path.display().to_string();
                let report = crate::scan::scan_file(
                    &session.workspace.join(&c.path),
                    &name,
                    &session.workspace,
                    &crate::scan::Limits::default(),
                );
                OutputFinding {
                    finding: report
                        .main_finding()
                        .map(|f| f.message.clone())
                        .unwrap_or_else(|| crate::i18n::Msg::plain("")),
                    verdict: report.verdict,
                    path: name,
                }
            })
            .collect();
        session.ended = Some(Local::now());
        session.end_paths = current_paths(&session.workspace);
        session.audit_head = audit::AuditLog::in_dir(&self.data_dir).head();
        self.save(&session)?;
        report::write(self, &session)?;
        let count = |k: ChangeKind| session.changes.iter().filter(|c| c.kind == k).count();
        audit::note(
            &self.data_dir,
            "session.ended",
            Actor::Person,
            &crate::msg!(
                "audit-session-ended",
                created = count(ChangeKind::Created),
                changed = count(ChangeKind::Changed),
                deleted = count(ChangeKind::Deleted),
                renamed = count(ChangeKind::Renamed)
            ),
            serde_json::json!({
                "session": session.id,
                "changes": serde_json::to_value(&session.changes).unwrap_or_default(),
            }),
        );
        Ok(session)
    }
}

/// Every file path in the workspace now.
pub fn current_paths(root: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(root)
        .follow_links(false)
        .min_depth(1)
        .into_iter()
        .flatten()
        .filter(|e| !e.file_type().is_dir())
        .filter_map(|e| e.path().strip_prefix(root).ok().map(Path::to_path_buf))
        .collect()
}

/// Of the workspace's `paths` (as [`current_paths`] reads them), those
/// that appeared since the last session ended (`None` when there was no
/// earlier session to compare with).
pub fn appeared_since_last(store: &SessionStore, paths: &[PathBuf]) -> Option<Vec<PathBuf>> {
    let last = store.last_ended()?;
    let known: BTreeSet<&PathBuf> = last.end_paths.iter().collect();
    Some(
        paths
            .iter()
            .filter(|p| !known.contains(p))
            .cloned()
            .collect(),
    )
}

/// Backups that pruning must keep: the start of the open session, and
/// that of the latest session, open or ended, which "Something went
/// wrong" compares with and restores from.
pub fn protected_backups(data_dir: &Path) -> BTreeSet<String> {
    let store = SessionStore::in_dir(data_dir);
    store
        .current()
        .into_iter()
        .chain(store.list().into_iter().next())
        .map(|s| s.start_backup)
        .collect()
}
