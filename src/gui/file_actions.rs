//! The window's actions on workspace files: checking them (the scan job),
//! adding them, quarantining and putting back, and review marks.

use crate::explain::Explain;
use crate::tr;
use std::path::PathBuf;

use super::jobs::Job;
use super::{Action, AirlockApp, Notice, Screen, scan_job, style};
use crate::scan::Verdict;

impl AirlockApp {
    pub(super) fn poll_scan(&mut self) {
        let Some(job) = &mut self.scan_job else {
            return;
        };
        let update = job.poll();
        let cancelled = job.is_cancelled();
        if let Some(listed) = &update.listed {
            self.model.listed(listed);
        }
        for file in update.files {
            self.model.scanned(file);
        }
        if !update.finished {
            return;
        }
        self.scan_job = None;
        if !cancelled {
            self.model.scan_finished();
            let counts = self.model.counts();
            self.note(
                "scan.finished",
                crate::audit::Actor::Airlock,
                crate::msg!(
                    "audit-scan-finished",
                    count = counts.total(),
                    safe = counts.safe,
                    review = counts.review,
                    danger = counts.danger
                ),
                serde_json::json!({
                    "danger": self.model.with_verdict(Verdict::Danger),
                }),
            );
            if self.screen == Screen::Session {
                self.refresh_session_facts();
            }
        }
        if cancelled {
            self.notify(style::Tone::Info, &tr!("scan-cancelled"));
            return;
        }
        let dangerous: Vec<String> = self
            .just_added
            .drain(..)
            .filter(|rel| {
                self.model
                    .get(rel)
                    .is_some_and(|f| f.verdict == Verdict::Danger)
            })
            .collect();
        if let Some(first) = dangerous.first() {
            self.selected = Some(first.clone());
            self.screen = Screen::Files;
            self.notice = Some(Notice {
                tone: style::Tone::Bad,
                text: tr!("scan-added-dangerous", name = first),
                offer: Some((
                    tr!("scan-quarantine-name", name = first),
                    Action::QuarantineFile(first.clone()),
                )),
            });
        }
    }

    /// Checks the workspace again after Airlock changed it, even when a
    /// scan is running (it may have passed the changed files).
    pub(super) fn rescan(&mut self, ctx: &egui::Context) {
        if let Some(job) = self.scan_job.take() {
            job.cancel();
        }
        self.start_scan(ctx);
    }

    pub(super) fn start_scan(&mut self, ctx: &egui::Context) {
        if self.scan_job.is_some() {
            self.notify(style::Tone::Info, &tr!("scan-busy"));
            return;
        }
        let Some(root) = self.settings.workspace.clone() else {
            return;
        };
        let cache_path = crate::scan::cache::path_for(self.home.data_dir(), &root);
        match scan_job::ScanJob::start(root, cache_path, ctx) {
            Ok(job) => self.scan_job = Some(job),
            Err(err) => {
                log::warn!("scan thread: {err}");
                self.notify(style::Tone::Bad, &tr!("scan-start-failed"));
            }
        }
    }

    pub(super) fn mark_reviewed(&mut self, rel: &str, reviewed: bool) {
        let hash = match self.model.mark_reviewed(rel, reviewed) {
            Ok(Some(hash)) => hash,
            Ok(None) => return,
            Err(err) => {
                log::warn!("reviewed marks: {err}");
                self.notify(style::Tone::Bad, &tr!("review-save-failed"));
                return;
            }
        };
        self.note(
            if reviewed {
                "file.reviewed"
            } else {
                "file.unreviewed"
            },
            crate::audit::Actor::Person,
            if reviewed {
                crate::msg!("audit-reviewed", name = rel)
            } else {
                crate::msg!("audit-unreviewed", name = rel)
            },
            serde_json::json!({ "path": rel, "hash": hash }),
        );
        let text = if reviewed {
            tr!("review-marked", name = rel)
        } else {
            tr!("review-unmarked", name = rel)
        };
        self.notice = Some(Notice {
            tone: style::Tone::Info,
            text,
            offer: Some((
                tr!("common-undo"),
                Action::MarkReviewed {
                    rel: rel.to_string(),
                    reviewed: !reviewed,
                },
            )),
        });
    }

    pub(super) fn restore(&mut self, stored: &std::path::Path, ctx: &egui::Context) {
        let Some(root) = self.settings.workspace.clone() else {
            return;
        };
        // Where it goes back to (announcing its whole folder would hide
        // the assistant's own changes there for a while).
        if let Some(item) = self.model.quarantined().iter().find(|i| i.stored == stored) {
            self.expect_own_changes(&[PathBuf::from(&item.original)]);
        }
        match self.model.put_back(&root, stored) {
            Ok(rel) => {
                self.note(
                    "file.unquarantined",
                    crate::audit::Actor::Person,
                    crate::msg!("audit-unquarantined", name = &rel),
                    serde_json::json!({ "path": rel }),
                );
                self.notify(
                    style::Tone::Good,
                    &tr!("quarantine-put-back-done", name = &rel),
                );
                self.rescan(ctx);
            }
            Err(err) => {
                log::warn!("restore: {err}");
                let text = format!("{} {}", tr!("quarantine-put-back-failed"), err.sentence());
                self.notify(style::Tone::Bad, &text);
            }
        }
    }

    pub(super) fn add(&mut self, paths: Vec<PathBuf>, ctx: &egui::Context) {
        let Some(root) = self.settings.workspace.clone() else {
            return;
        };
        let mut copied = Vec::new();
        let mut refused = Vec::new();
        let added = self.model.add(&root, &paths);
        for added in added {
            match added {
                crate::workspace::intake::Added::Copied { rel, .. } => copied.push(rel),
                crate::workspace::intake::Added::Refused { from, why } => {
                    let name = from
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    refused.push(format!("{name}: {why}"));
                }
            }
        }
        if !copied.is_empty() {
            self.note(
                "file.added",
                crate::audit::Actor::Person,
                crate::msg!("audit-added", count = copied.len()),
                serde_json::json!({ "files": copied }),
            );
        }
        if refused.is_empty() {
            self.notify(style::Tone::Info, &tr!("added", count = copied.len()));
        } else {
            self.notify(
                style::Tone::Warning,
                &tr!("not-added", which = refused.join("; ")),
            );
        }
        self.just_added.extend(copied);
        self.screen = Screen::Files;
        self.rescan(ctx);
    }

    pub(super) fn quarantine_now(&mut self, rel: &str) {
        let Some(root) = self.settings.workspace.clone() else {
            return;
        };
        let reason = self
            .model
            .get(rel)
            .and_then(|f| f.main_finding())
            .map_or_else(|| crate::msg!("quarantine-by-you"), |f| f.message.clone());
        self.expect_own_changes(&[PathBuf::from(rel)]);
        match self.model.quarantine_file(&root, rel, &reason) {
            Ok(_) => {
                self.note(
                    "file.quarantined",
                    crate::audit::Actor::Person,
                    crate::msg!("audit-quarantined", name = rel, reason = reason.clone()),
                    serde_json::json!({ "path": rel, "reason": reason }),
                );
                if self.selected.as_deref() == Some(rel) {
                    self.selected = None;
                }
                self.sessions
                    .row_done(rel, Some(super::sessions::Handled::Quarantined));
                self.notify(style::Tone::Good, &tr!("quarantined", name = rel));
                self.refresh_status_now();
                if self.screen == Screen::Session {
                    self.refresh_session_facts();
                }
            }
            Err(err) => {
                log::warn!("quarantine {rel}: {err}");
                self.notify(style::Tone::Bad, &err.sentence());
            }
        }
    }

    pub(super) fn pick_files(&mut self, ctx: &egui::Context) {
        if self.add_picker.is_some() {
            return;
        }
        let start = self.rules.folders.home.clone();
        match Job::spawn("file-picker", ctx, move || {
            rfd::FileDialog::new()
                .set_title(tr!("add-picker-title"))
                .set_directory(start)
                .pick_files()
        }) {
            Ok(job) => self.add_picker = Some((job, std::time::Instant::now())),
            Err(err) => {
                log::warn!("file picker: {err}");
                self.notify(style::Tone::Warning, &tr!("add-picker-failed"));
            }
        }
    }
}
