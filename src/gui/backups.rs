//! The window's backup actions: back up now (and before anything
//! destructive), check, preview and carry out restores, undo them, and
//! show a file's earlier versions. The work runs in [`BackupJob`]s.

use crate::explain::Explain;
use crate::tr;
use std::path::PathBuf;

use super::backup_job::{BackupJob, Outcome, Then, Work};
use super::backups_view::{RestorePreview, Versions};
use super::jobs::{Job, Poll};
use super::style::Tone;
use super::{Action, AirlockApp, Notice, Screen};
use crate::backup::{self, BackupInfo, BackupStore, KeepPolicy, Reason, Version};
use crate::guide::recovery;

/// Everything the window knows about backups.
pub struct BackupsState {
    pub store: BackupStore,
    pub list: Option<Vec<BackupInfo>>,
    list_job: Option<Job<Vec<BackupInfo>>>,
    pub work: Option<BackupJob>,
    pub preview: Option<RestorePreview>,
    preview_job: Option<Job<Result<RestorePreview, String>>>,
    pub versions: Option<Versions>,
    versions_job: Option<Job<Vec<Version>>>,
    pub dir_edit: Option<String>,
}

impl BackupsState {
    pub fn new(store: BackupStore) -> Self {
        Self {
            store,
            list: None,
            list_job: None,
            work: None,
            preview: None,
            preview_job: None,
            versions: None,
            versions_job: None,
            dir_edit: None,
        }
    }

    pub fn preview_loading(&self) -> bool {
        self.preview_job.is_some()
    }
}

impl AirlockApp {
    /// Whether a backup, check or restore is running.
    pub fn is_busy_with_backups(&self) -> bool {
        self.backups.work.is_some()
            || self.backups.list_job.is_some()
            || self.backups.preview_job.is_some()
            || self.backups.versions_job.is_some()
    }

    pub fn backup_list(&self) -> &[BackupInfo] {
        self.backups.list.as_deref().unwrap_or_default()
    }

    fn policy(&self) -> KeepPolicy {
        KeepPolicy {
            last: self.settings.keep_last.max(1),
            daily_days: self.settings.keep_daily_days,
        }
    }

    pub(super) fn refresh_backups(&mut self, ctx: &egui::Context) {
        if self.backups.list_job.is_some() {
            return;
        }
        let store = self.backups.store.clone();
        match Job::spawn("backup-list", ctx, move || store.list()) {
            Ok(job) => self.backups.list_job = Some(job),
            Err(err) => log::warn!("could not list backups: {err}"),
        }
    }

    /// Starts a backup; `then` runs once it is safely made.
    pub(super) fn back_up(&mut self, reason: Reason, then: Then, ctx: &egui::Context) {
        let policy = self.policy();
        self.start_backup_work(
            Work::Backup {
                reason,
                then,
                policy,
            },
            ctx,
        );
    }

    fn start_backup_work(&mut self, work: Work, ctx: &egui::Context) {
        // A restore during a session is Airlock's doing, not the assistant's.
        match &work {
            Work::Restore { plan } => {
                let paths: Vec<PathBuf> = plan
                    .add
                    .iter()
                    .chain(&plan.replace)
                    .chain(&plan.remove)
                    .map(|i| i.rel.clone())
                    .collect();
                self.expect_own_changes(&paths);
            }
            Work::Undo { only, .. } => self.expect_own_changes(only),
            Work::Backup {
                then: Then::Quarantine(rel),
                ..
            } => self.expect_own_changes(&[PathBuf::from(rel)]),
            _ => {}
        }
        if self.backups.work.is_some() {
            self.notify(Tone::Info, &tr!("backups-busy"));
            return;
        }
        let Some(root) = self.settings.workspace.clone() else {
            return;
        };
        match BackupJob::start(self.backups.store.clone(), root, work, ctx) {
            Ok(job) => self.backups.work = Some(job),
            Err(err) => {
                log::warn!("backup thread: {err}");
                self.notify(Tone::Bad, &tr!("backups-start-failed"));
            }
        }
    }

    pub(super) fn poll_backups(&mut self, ctx: &egui::Context) {
        if let Some(job) = &self.backups.list_job {
            match job.poll() {
                Poll::Pending => {}
                Poll::Done(list) => {
                    self.backups.list = Some(list);
                    self.backups.list_job = None;
                }
                Poll::Lost => self.backups.list_job = None,
            }
        }
        if let Some(job) = &self.backups.preview_job {
            match job.poll() {
                Poll::Pending => {}
                Poll::Done(result) => {
                    self.backups.preview_job = None;
                    match result {
                        Ok(preview) => self.backups.preview = Some(preview),
                        Err(sentence) => self.notify(Tone::Bad, &sentence),
                    }
                }
                Poll::Lost => self.backups.preview_job = None,
            }
        }
        if let Some(job) = &self.backups.versions_job {
            match job.poll() {
                Poll::Pending => {}
                Poll::Done(list) => {
                    self.backups.versions_job = None;
                    if let Some(versions) = &mut self.backups.versions {
                        versions.list = Some(list);
                    }
                }
                Poll::Lost => self.backups.versions_job = None,
            }
        }
        let Some(job) = &self.backups.work else {
            return;
        };
        let outcome = match job.poll() {
            Poll::Pending => return,
            Poll::Done(outcome) => outcome,
            Poll::Lost => Outcome::Failed {
                sentence: tr!("backups-lost"),
                then: Then::Nothing,
            },
        };
        self.backups.work = None;
        self.finish_backup_work(outcome, ctx);
        self.refresh_backups(ctx);
        self.refresh_status(ctx);
    }

    fn finish_backup_work(&mut self, outcome: Outcome, ctx: &egui::Context) {
        match outcome {
            Outcome::BackedUp { taken, then } => {
                // The audit entry is written by `backup::take` itself.
                let s = &taken.created.summary;
                if let Then::Quarantine(rel) = then {
                    if taken.covers(std::path::Path::new(&rel)) {
                        self.quarantine_now(&rel);
                    } else {
                        self.notify(
                            Tone::Bad,
                            &tr!("backups-quarantine-not-covered", name = &rel),
                        );
                    }
                    return;
                }
                let pruned = &taken.pruned;
                let files = tr!("files-count", count = s.files);
                let check = &taken.check;
                let text = if !s.complete {
                    tr!("backups-done-incomplete", count = s.problems.len())
                } else if !check.ok() {
                    tr!(
                        "backups-done-damaged",
                        missing = check.missing.len(),
                        changed = check.changed.len()
                    )
                } else if pruned.is_empty() {
                    tr!("backups-done-checked", files = files)
                } else {
                    format!(
                        "{} {}",
                        tr!("backups-done-checked", files = files),
                        tr!("backups-pruned", count = pruned.len())
                    )
                };
                let tone = if !check.ok() {
                    Tone::Bad
                } else if s.complete {
                    Tone::Good
                } else {
                    Tone::Warning
                };
                self.notify(tone, &text);
            }
            Outcome::Verified(report) => {
                self.note(
                    "backup.verified",
                    crate::audit::Actor::Person,
                    if report.ok() {
                        crate::msg!("audit-backup-intact", id = &report.id)
                    } else {
                        crate::msg!("audit-backup-damaged", id = &report.id)
                    },
                    serde_json::json!({ "id": report.id, "missing": report.missing.len(), "changed": report.changed.len() }),
                );
                if report.ok() {
                    self.notify(Tone::Good, &tr!("backups-intact", count = report.checked));
                } else {
                    self.notify(
                        Tone::Bad,
                        &tr!(
                            "backups-damaged",
                            missing = report.missing.len(),
                            changed = report.changed.len()
                        ),
                    );
                }
            }
            Outcome::Restored(done) => {
                self.note(
                    "backup.restored",
                    crate::audit::Actor::Person,
                    crate::msg!(
                        "audit-restored",
                        count = done.restored.len(),
                        removed = done.removed.len(),
                        undo = &done.undo_id
                    ),
                    serde_json::json!({
                        "undo": done.undo_id,
                        "restored": crate::fsutil::display_paths(&done.restored),
                        "removed": crate::fsutil::display_paths(&done.removed),
                    }),
                );
                self.backups.preview = None;
                self.backups.versions = None;
                self.cleanup_undone(&done.from);
                let touched: Vec<PathBuf> = done.touched().into_iter().collect();
                let mut text = if done.removed.is_empty() {
                    tr!("restored", count = done.restored.len())
                } else {
                    tr!(
                        "restored-and-removed",
                        count = done.restored.len(),
                        removed = done.removed.len()
                    )
                };
                if !done.problems.is_empty() {
                    text.push(' ');
                    text.push_str(&tr!(
                        "restore-problems",
                        count = done.problems.len(),
                        which = done
                            .problems
                            .iter()
                            .take(3)
                            .map(|(p, why)| format!("{} {why}", p.display()))
                            .collect::<Vec<_>>()
                            .join("; ")
                    ));
                }
                text.push(' ');
                text.push_str(&tr!("restore-undo-kept"));
                // A restore always goes ahead; if the trail missed it, say so.
                let unrecorded = crate::audit::AuditLog::in_dir(self.home.data_dir())
                    .check_writable()
                    .is_err();
                if unrecorded {
                    text.push(' ');
                    text.push_str(&tr!("audit-missed-restore"));
                }
                self.notice = Some(Notice {
                    tone: if done.problems.is_empty() && !unrecorded {
                        Tone::Good
                    } else {
                        Tone::Warning
                    },
                    text,
                    offer: (!touched.is_empty()).then(|| {
                        (
                            tr!("common-undo"),
                            Action::RestorePaths {
                                id: done.undo_id.clone(),
                                only: touched,
                            },
                        )
                    }),
                });
                // Removed files leave the picture at once; the others'
                // verdicts are redone.
                self.model.restored(&done.removed);
                self.rescan(ctx);
            }
            Outcome::Failed { sentence, then } => {
                let text = match then {
                    Then::Quarantine(rel) => format!(
                        "{} {sentence}",
                        tr!("backups-quarantine-failed", name = &rel)
                    ),
                    Then::Nothing => sentence,
                };
                self.notify(Tone::Bad, &text);
            }
            Outcome::Cancelled => {
                self.notify(Tone::Info, &tr!("backups-cancelled"));
            }
        }
    }

    /// The backup-related actions; `true` when `action` was one of them.
    pub(super) fn apply_backup_action(&mut self, action: &Action, ctx: &egui::Context) -> bool {
        match action {
            Action::BackUpNow => self.back_up(Reason::Manual, Then::Nothing, ctx),
            Action::CancelBackupWork => {
                if let Some(job) = &self.backups.work {
                    job.cancel();
                }
            }
            Action::VerifyBackup(id) => {
                self.start_backup_work(Work::Verify { id: id.clone() }, ctx);
            }
            Action::PreviewRestore { id, only } => self.preview_restore(id, only.clone(), ctx),
            Action::ToggleRestoreItem(rel) => {
                if let Some(preview) = &mut self.backups.preview
                    && !preview.chosen.remove(rel)
                {
                    preview.chosen.insert(rel.clone());
                }
            }
            Action::ApplyRestore { everything } => {
                if let Some(preview) = &self.backups.preview {
                    let mut plan = preview.plan.clone();
                    if !everything {
                        plan.keep_only(&preview.chosen);
                    }
                    self.start_backup_work(Work::Restore { plan }, ctx);
                }
            }
            Action::CloseRestorePreview => self.backups.preview = None,
            Action::RestorePaths { id, only } => {
                self.start_backup_work(
                    Work::Undo {
                        id: id.clone(),
                        only: only.clone(),
                    },
                    ctx,
                );
            }
            Action::ShowVersions(rel) => self.show_versions(rel, ctx),
            Action::CloseVersions => self.backups.versions = None,
            Action::SetBackupDir(text) => self.set_backup_dir(text, ctx),
            Action::SetBackupDirCancelled => self.backups.dir_edit = None,
            Action::SetKeepPolicy { last, daily_days } => {
                self.settings.keep_last = (*last).max(1);
                self.settings.keep_daily_days = *daily_days;
                self.save_settings();
            }
            _ => return false,
        }
        true
    }

    fn preview_restore(&mut self, id: &str, only: Vec<PathBuf>, ctx: &egui::Context) {
        let Some(root) = self.settings.workspace.clone() else {
            return;
        };
        self.screen = Screen::Backups;
        self.backups.preview = None;
        // Reached from other screens too: the list must be read.
        self.refresh_backups(ctx);
        let store = self.backups.store.clone();
        let id = id.to_string();
        // What the person quarantined is never proposed for restoring.
        let quarantined = self.model.quarantined().to_vec();
        let job = Job::spawn("restore-preview", ctx, move || {
            let info = store.info(&id).map_err(|e| e.sentence())?;
            let proposal = recovery::propose(&store, &id, &root, &only, &quarantined)
                .map_err(|e| e.sentence())?;
            Ok(RestorePreview {
                plan: proposal.plan,
                chosen: proposal.chosen,
                held_back: proposal.held_back,
                when: super::backups_view::when(&info),
            })
        });
        match job {
            Ok(job) => self.backups.preview_job = Some(job),
            Err(err) => log::warn!("restore preview: {err}"),
        }
    }

    fn show_versions(&mut self, rel: &str, ctx: &egui::Context) {
        self.screen = Screen::Backups;
        self.backups.versions = Some(Versions {
            rel: rel.to_string(),
            list: None,
        });
        let store = self.backups.store.clone();
        let path = PathBuf::from(rel);
        let current = self.model.get(rel).and_then(|f| f.hash.clone());
        match Job::spawn("file-versions", ctx, move || {
            backup::versions_of(&store, &path, current.as_deref())
        }) {
            Ok(job) => self.backups.versions_job = Some(job),
            Err(err) => log::warn!("versions: {err}"),
        }
        self.refresh_backups(ctx);
    }

    fn set_backup_dir(&mut self, text: &str, ctx: &egui::Context) {
        let text = text.trim();
        if text.is_empty() {
            self.notify(Tone::Warning, &tr!("backups-dir-empty"));
            return;
        }
        let dir = crate::fsutil::normalize_lexically(&crate::fsutil::expand_tilde(
            text,
            &self.rules.folders.home,
        ));
        if !dir.is_absolute() {
            self.notify(Tone::Warning, &tr!("backups-dir-not-absolute"));
            return;
        }
        if let Some(root) = &self.settings.workspace
            && let Err(err) = backup::check_location(&dir, root)
        {
            let sentence = err.sentence();
            self.notify(Tone::Bad, &sentence);
            return;
        }
        self.settings.backup_dir = Some(dir.clone());
        self.save_settings();
        self.backups.store = BackupStore::new(dir.clone()).with_audit(self.home.data_dir());
        crate::audit::witness::register_mirror(self.home.data_dir(), &dir);
        self.rules.reserved.push(dir.clone());
        self.backups.dir_edit = None;
        self.backups.list = None;
        self.refresh_backups(ctx);
        self.notify(
            Tone::Good,
            &tr!("backups-dir-set", path = dir.display().to_string()),
        );
    }
}
