//! The Backups screen: "Back up now" with its progress, where backups are
//! kept, the list of backups, the preview of a restore and the earlier
//! versions of one file.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use chrono::Local;
use egui::{RichText, Ui};

use super::Action;
use super::backup_job::Shared;
use super::style::{self, Tone};
use crate::backup::{self, BackupInfo, BackupState, Kind, PlanItem, RestorePlan, Version};
use crate::guide::recovery::HeldBack;
use crate::tr;
use crate::workspace::status::human_size;

/// A restore the person is looking at before saying yes.
pub struct RestorePreview {
    pub plan: RestorePlan,
    pub chosen: BTreeSet<PathBuf>,
    /// In the backup, but quarantined since: never offered.
    pub held_back: Vec<HeldBack>,
    /// "Wednesday 25 November, 10:15 (2 hours ago)".
    pub when: String,
}

/// The earlier versions of one file, when asked from the Files screen.
pub struct Versions {
    pub rel: String,
    /// `None` while they are being looked up.
    pub list: Option<Vec<Version>>,
}

pub struct View<'a> {
    pub dir: &'a Path,
    /// How many backups are kept: the last N, and one a day for D days.
    pub keep: (usize, u32),
    pub backups: Option<&'a [BackupInfo]>,
    pub running: Option<Shared>,
    pub preview: Option<&'a RestorePreview>,
    pub preview_loading: bool,
    pub versions: Option<&'a Versions>,
    pub has_workspace: bool,
}

pub fn show(ui: &mut Ui, view: &View, dir_edit: &mut Option<String>, actions: &mut Vec<Action>) {
    ui.heading(tr!("nav-backups"));
    ui.label(tr!("backups-intro"));
    ui.add_space(12.0);
    if !view.has_workspace {
        style::status_line(ui, Tone::Info, &tr!("backups-no-workspace"));
        return;
    }
    style::card(ui, |ui| {
        ui.set_width(ui.available_width());
        back_up_now(ui, view.running, actions);
        ui.add_space(8.0);
        location(ui, view.dir, dir_edit, actions);
        keep_policy(ui, view.keep, actions);
    });
    if view.preview_loading {
        ui.add_space(12.0);
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(tr!("backups-comparing"));
        });
    }
    if let Some(preview) = view.preview {
        ui.add_space(12.0);
        restore_preview(ui, preview, view.running.is_some(), actions);
    }
    if let Some(versions) = view.versions {
        ui.add_space(12.0);
        versions_card(ui, versions, view.running.is_some(), actions);
    }
    ui.add_space(12.0);
    match view.backups {
        None => {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(tr!("backups-reading"));
            });
        }
        Some([]) => {
            style::concern_box(
                ui,
                Tone::Warning,
                &tr!("backups-none-what"),
                &tr!("backups-none-why"),
                &tr!("backups-none-do"),
            );
        }
        Some(list) => {
            ui.label(RichText::new(tr!("backups-count", count = list.len())).strong());
            ui.add_space(4.0);
            let busy = view.running.is_some();
            for info in list {
                backup_row(ui, info, busy, actions);
                ui.add_space(6.0);
            }
        }
    }
}

/// The big button, or the progress of the work under way.
pub fn back_up_now(ui: &mut Ui, running: Option<Shared>, actions: &mut Vec<Action>) {
    match running {
        Some(shared) => {
            let p = shared.progress;
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(
                    RichText::new(tr!(
                        "backups-progress",
                        phase = shared.phase.label(),
                        done = p.files_done,
                        total = p.files_total,
                        bytes_done = human_size(p.bytes_done),
                        bytes_total = human_size(p.bytes_total)
                    ))
                    .strong(),
                );
            });
            let fraction = if p.bytes_total > 0 {
                p.bytes_done as f32 / p.bytes_total as f32
            } else if p.files_total > 0 {
                p.files_done as f32 / p.files_total as f32
            } else {
                0.0
            };
            ui.horizontal(|ui| {
                ui.add(
                    egui::ProgressBar::new(fraction)
                        .desired_width(360.0)
                        .show_percentage(),
                );
                if ui.button(tr!("common-cancel")).clicked() {
                    actions.push(Action::CancelBackupWork);
                }
            });
        }
        None => {
            if style::primary_button(ui, &format!("💾 {}", tr!("backup-now"))).clicked() {
                actions.push(Action::BackUpNow);
            }
        }
    }
}

fn location(ui: &mut Ui, dir: &Path, dir_edit: &mut Option<String>, actions: &mut Vec<Action>) {
    match dir_edit {
        None => {
            ui.horizontal_wrapped(|ui| {
                ui.label(tr!("backups-kept-in"));
                ui.label(RichText::new(dir.display().to_string()).monospace());
                if dir.is_dir() && ui.button(format!("🗁 {}", tr!("common-open"))).clicked() {
                    actions.push(Action::OpenFolder(dir.to_path_buf()));
                }
                if ui.button(tr!("backups-change")).clicked() {
                    *dir_edit = Some(dir.display().to_string());
                }
            });
        }
        Some(text) => {
            let label = ui.label(tr!("backups-folder-prompt"));
            ui.horizontal(|ui| {
                ui.add(egui::TextEdit::singleline(text).desired_width(420.0))
                    .labelled_by(label.id);
                if style::primary_button(ui, &tr!("backups-use-folder")).clicked() {
                    actions.push(Action::SetBackupDir(text.clone()));
                }
                if ui.button(tr!("common-cancel")).clicked() {
                    actions.push(Action::SetBackupDirCancelled);
                }
            });
        }
    }
}

fn keep_policy(ui: &mut Ui, (last, days): (usize, u32), actions: &mut Vec<Action>) {
    let (mut new_last, mut new_days) = (last, days);
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(tr!("backups-keep-1"));
        ui.add(egui::DragValue::new(&mut new_last).range(1..=100))
            .labelled_by(label.id)
            .on_hover_text(tr!("backups-keep-hover"));
        let label = ui.label(tr!("backups-keep-2"));
        ui.add(egui::DragValue::new(&mut new_days).range(0..=365))
            .labelled_by(label.id);
        ui.label(tr!("backups-keep-3"));
    });
    if (new_last, new_days) != (last, days) {
        actions.push(Action::SetKeepPolicy {
            last: new_last,
            daily_days: new_days,
        });
    }
}

fn state_line(ui: &mut Ui, info: &BackupInfo) {
    let (tone, text) = match info.state() {
        BackupState::Verified => (Tone::Good, tr!("backups-state-verified")),
        BackupState::NotVerified => (Tone::Info, BackupState::NotVerified.label()),
        BackupState::Incomplete => (
            Tone::Warning,
            tr!(
                "backups-state-incomplete",
                count = info.summary.problems.len()
            ),
        ),
        BackupState::Damaged => {
            let v = info.verified.as_ref();
            let n = v.map_or(0, |v| v.missing.len() + v.changed.len());
            (Tone::Bad, tr!("backups-state-damaged", count = n))
        }
    };
    style::status_line(ui, tone, &text);
}

pub fn when(info: &BackupInfo) -> String {
    format!(
        "{} ({})",
        info.summary.started.format(&tr!("date-time-format")),
        backup::age(info.summary.started, Local::now())
    )
}

fn backup_row(ui: &mut Ui, info: &BackupInfo, busy: bool, actions: &mut Vec<Action>) {
    let s = &info.summary;
    style::card(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal(|ui| {
            ui.label(RichText::new(when(info)).size(16.0).strong());
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                state_line(ui, info);
            });
        });
        ui.label(tr!(
            "backups-row",
            files = tr!("files-count", count = s.files),
            size = human_size(s.bytes),
            used = human_size(s.bytes_copied),
            reason = s.reason.label()
        ));
        if let Some(session) = &s.session {
            ui.label(tr!("backups-session", session = session));
        }
        if !s.problems.is_empty() {
            ui.collapsing(tr!("backups-not-copied"), |ui| {
                for p in s.problems.iter().take(50) {
                    ui.label(format!("{}: {}", p.path.0.display(), p.what));
                }
            });
        }
        ui.add_enabled_ui(!busy, |ui| {
            ui.horizontal(|ui| {
                if ui.button(format!("↺ {}", tr!("backups-restore"))).clicked() {
                    actions.push(Action::PreviewRestore {
                        id: info.id.clone(),
                        only: Vec::new(),
                    });
                }
                if ui.button(tr!("backups-check")).clicked() {
                    actions.push(Action::VerifyBackup(info.id.clone()));
                }
                if ui.button(format!("🗁 {}", tr!("common-open"))).clicked() {
                    actions.push(Action::OpenFolder(info.content.clone()));
                }
                ui.label(RichText::new(&info.id).small().weak());
            });
        });
    });
}

fn restore_preview(ui: &mut Ui, preview: &RestorePreview, busy: bool, actions: &mut Vec<Action>) {
    let plan = &preview.plan;
    style::card(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(
            RichText::new(tr!("restore-title", when = &preview.when))
                .size(18.0)
                .strong(),
        );
        held_back(ui, &preview.held_back);
        if plan.is_empty() {
            style::status_line(ui, Tone::Good, &tr!("restore-nothing"));
            if ui.button(tr!("common-close")).clicked() {
                actions.push(Action::CloseRestorePreview);
            }
            return;
        }
        ui.label(tr!("restore-undo-note"));
        ui.add_space(6.0);
        section(ui, &tr!("restore-add"), &plan.add, &preview.chosen, actions);
        section(
            ui,
            &tr!("restore-replace"),
            &plan.replace,
            &preview.chosen,
            actions,
        );
        if !plan.remove.is_empty() {
            section(
                ui,
                &tr!("restore-remove"),
                &plan.remove,
                &preview.chosen,
                actions,
            );
            ui.label(RichText::new(tr!("restore-remove-note")).weak());
        }
        if plan.unchanged_files > 0 {
            ui.label(RichText::new(tr!("restore-unchanged", count = plan.unchanged_files)).weak());
        }
        ui.add_space(8.0);
        ui.add_enabled_ui(!busy, |ui| {
            ui.horizontal(|ui| {
                let chosen = preview.chosen.len();
                if chosen > 0
                    && style::primary_button(ui, &tr!("restore-chosen", count = chosen)).clicked()
                {
                    actions.push(Action::ApplyRestore { everything: false });
                }
                if ui.button(tr!("restore-everything")).clicked() {
                    actions.push(Action::ApplyRestore { everything: true });
                }
                if ui.button(tr!("common-cancel")).clicked() {
                    actions.push(Action::CloseRestorePreview);
                }
            });
        });
    });
}

/// Files the backup holds that the person quarantined since: named, with
/// why they are not offered, and no box to tick.
fn held_back(ui: &mut Ui, held: &[HeldBack]) {
    if held.is_empty() {
        return;
    }
    style::status_line(
        ui,
        Tone::Info,
        &tr!("restore-held-back", count = held.len()),
    );
    for item in held.iter().take(50) {
        ui.label(format!(
            "🔒 {} — {}",
            item.rel.display(),
            tr!(
                "restore-held-back-when",
                when = item
                    .quarantined
                    .format(&tr!("date-time-format"))
                    .to_string()
            )
        ));
    }
    ui.add_space(6.0);
}

fn section(
    ui: &mut Ui,
    title: &str,
    items: &[PlanItem],
    chosen: &BTreeSet<PathBuf>,
    actions: &mut Vec<Action>,
) {
    if items.is_empty() {
        return;
    }
    ui.label(RichText::new(format!("{title} ({})", items.len())).strong());
    egui::ScrollArea::vertical()
        .id_salt(title)
        .max_height(180.0)
        .show(ui, |ui| {
            for item in items.iter().take(500) {
                let mut on = chosen.contains(&item.rel);
                let name = match item.kind {
                    Kind::Dir => format!("🗀 {}/", item.rel.display()),
                    Kind::Symlink => format!("↪ {} ({})", item.rel.display(), tr!("restore-link")),
                    Kind::File => format!("{}  ·  {}", item.rel.display(), human_size(item.size)),
                };
                if ui.checkbox(&mut on, name).changed() {
                    actions.push(Action::ToggleRestoreItem(item.rel.clone()));
                }
            }
            if items.len() > 500 {
                ui.label(tr!("restore-and-more", count = items.len() - 500));
            }
        });
    ui.add_space(4.0);
}

fn versions_card(ui: &mut Ui, versions: &Versions, busy: bool, actions: &mut Vec<Action>) {
    style::card(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(tr!("versions-title", name = &versions.rel))
                    .size(18.0)
                    .strong(),
            );
        });
        match &versions.list {
            None => {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(tr!("versions-looking"));
                });
            }
            Some(list) if list.iter().all(|v| v.same_as_now) => {
                style::status_line(ui, Tone::Info, &tr!("versions-none"));
            }
            Some(list) => {
                for version in list.iter().filter(|v| !v.same_as_now) {
                    ui.horizontal(|ui| {
                        ui.label(format!(
                            "{} ({}) · {}",
                            version.started.format(&tr!("date-time-format")),
                            backup::age(version.started, Local::now()),
                            human_size(version.size)
                        ));
                        if ui
                            .add_enabled(!busy, egui::Button::new(tr!("versions-restore")))
                            .clicked()
                        {
                            actions.push(Action::PreviewRestore {
                                id: version.id.clone(),
                                only: vec![PathBuf::from(&versions.rel)],
                            });
                        }
                    });
                }
            }
        }
        if ui.button(tr!("common-close")).clicked() {
            actions.push(Action::CloseVersions);
        }
    });
}
