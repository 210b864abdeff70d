//! Home: where the workspace is, each folder with what it holds, and what
//! still needs doing.

use egui::{RichText, Ui};

use super::style::{self, Tone};
use super::{Action, Screen};
use crate::checklist::{Checklist, Facts};
use crate::settings::Settings;
use crate::workspace::{FolderStatus, WorkspaceStatus, folder_purpose, status::human_size};

pub fn show(
    ui: &mut Ui,
    settings: &Settings,
    status: Option<&WorkspaceStatus>,
    files: &std::collections::BTreeMap<String, crate::scan::FileReport>,
    backup_running: Option<super::backup_job::Shared>,
    open_session: Option<&crate::session::Session>,
    actions: &mut Vec<Action>,
) {
    ui.heading("Your workspace");
    ui.label("The only folder your AI assistant should be allowed to open.");
    ui.add_space(12.0);
    let Some(root) = settings.workspace.as_ref() else {
        style::concern_box(
            ui,
            Tone::Warning,
            "No workspace is set up yet.",
            "Without one, the assistant may be given access to folders full of personal files.",
            "Create one now: it takes a minute.",
        );
        if style::primary_button(ui, "Set up a workspace").clicked() {
            actions.push(Action::GoTo(Screen::Wizard));
        }
        return;
    };
    style::card(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new("Location").small().weak());
        ui.label(
            RichText::new(root.display().to_string())
                .monospace()
                .size(16.0),
        );
        ui.add_space(6.0);
        match status {
            None => {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label("Looking at the workspace…");
                });
            }
            Some(status) => health_lines(ui, status, actions),
        }
        ui.add_space(6.0);
        if root.is_dir() && ui.button("🗁 Open workspace folder").clicked() {
            actions.push(Action::OpenFolder(root.clone()));
        }
    });
    if let Some(status) = status.filter(|s| s.present) {
        ui.add_space(12.0);
        session_card(ui, open_session, actions);
        ui.add_space(12.0);
        backup_card(ui, status, backup_running, actions);
        ui.add_space(12.0);
        folder_cards(ui, status, actions);
    }
    ui.add_space(12.0);
    verdicts(ui, files, actions);
    ui.add_space(12.0);
    first_use_progress(ui, settings, status, actions);
}

fn health_lines(ui: &mut Ui, status: &WorkspaceStatus, actions: &mut Vec<Action>) {
    if !status.present {
        style::concern_box(
            ui,
            Tone::Bad,
            "The workspace folder is missing.",
            "It may have been moved, renamed or deleted.",
            "Re-create it, or set up a new one.",
        );
        if style::primary_button(ui, "Re-create the workspace").clicked() {
            actions.push(Action::RepairWorkspace);
        }
        return;
    }
    if status.folders.iter().any(|f| !f.present) {
        style::concern_box(
            ui,
            Tone::Warning,
            "Some of the workspace's folders are missing.",
            "The assistant and Airlock expect input, output and archive.",
            "Repair the workspace: nothing else is changed.",
        );
        if style::primary_button(ui, "Repair the workspace").clicked() {
            actions.push(Action::RepairWorkspace);
        }
    }
    match status.private {
        Some(true) => style::status_line(
            ui,
            Tone::Good,
            "Private to you: other people on this computer cannot open it.",
        ),
        Some(false) => style::status_line(
            ui,
            Tone::Warning,
            "Other people on this computer can open this folder.",
        ),
        None => {}
    }
}

fn session_card(ui: &mut Ui, open: Option<&crate::session::Session>, actions: &mut Vec<Action>) {
    style::card(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(
            RichText::new("Sessions with the assistant")
                .size(18.0)
                .strong(),
        );
        match open {
            Some(session) => {
                style::status_line(
                    ui,
                    Tone::Info,
                    &format!(
                        "A session is in progress ({}): {}",
                        crate::backup::age(session.started, chrono::Local::now()),
                        session.task
                    ),
                );
                if style::primary_button(ui, "See what is changing").clicked() {
                    actions.push(Action::GoTo(Screen::Session));
                }
            }
            None => {
                ui.label("Before you let the assistant work, Airlock runs the guide's checklist, backs up and then watches every change.");
                if style::primary_button(ui, "▶ Start a session").clicked() {
                    actions.push(Action::GoTo(Screen::Session));
                }
            }
        }
    });
}

fn backup_card(
    ui: &mut Ui,
    status: &WorkspaceStatus,
    running: Option<super::backup_job::Shared>,
    actions: &mut Vec<Action>,
) {
    style::card(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new("Backups").size(18.0).strong());
        let now = chrono::Local::now();
        match status.last_backup {
            None => style::status_line(
                ui,
                Tone::Warning,
                "No backup yet: a file the assistant deletes or overwrites could not be brought back.",
            ),
            Some(when) if status.backup_is_stale() => style::status_line(
                ui,
                Tone::Warning,
                &format!(
                    "Last backup: {}. The workspace has changed since; back up before the next task.",
                    crate::backup::age(when, now)
                ),
            ),
            Some(when) => style::status_line(
                ui,
                Tone::Good,
                &format!(
                    "Last backup: {} ({}). Nothing has changed since.",
                    crate::backup::age(when, now),
                    when.format("%A %-d %B, %H:%M")
                ),
            ),
        }
        ui.add_space(4.0);
        if running.is_some() {
            super::backups_view::back_up_now(ui, running, actions);
        } else {
            ui.horizontal(|ui| {
                super::backups_view::back_up_now(ui, None, actions);
                if ui.button("See backups").clicked() {
                    actions.push(Action::GoTo(Screen::Backups));
                }
            });
        }
    });
}

fn folder_cards(ui: &mut Ui, status: &WorkspaceStatus, actions: &mut Vec<Action>) {
    ui.columns(status.folders.len().max(1), |columns| {
        for (ui, folder) in columns.iter_mut().zip(&status.folders) {
            style::card(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.set_min_height(130.0);
                // Columns justify their contents; a plain top-down layout
                // keeps text ragged and buttons their natural size.
                ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                    folder_card(ui, folder, actions);
                });
            });
        }
    });
}

fn folder_card(ui: &mut Ui, folder: &FolderStatus, actions: &mut Vec<Action>) {
    ui.set_min_height(120.0);
    ui.label(
        RichText::new(format!("🗀 {}", folder.name))
            .size(18.0)
            .strong(),
    );
    ui.label(RichText::new(folder_purpose(&folder.name)).small());
    ui.add_space(4.0);
    if folder.present {
        let count = match folder.files {
            0 => "Empty".to_string(),
            1 => format!("1 file · {}", human_size(folder.bytes)),
            n => format!("{n} files · {}", human_size(folder.bytes)),
        };
        ui.label(RichText::new(count).strong());
        if ui.button(format!("🗁 Open {}", folder.name)).clicked() {
            actions.push(Action::OpenFolder(folder.path.clone()));
        }
    } else {
        style::status_line(ui, Tone::Bad, "Missing");
    }
}

fn verdicts(
    ui: &mut Ui,
    files: &std::collections::BTreeMap<String, crate::scan::FileReport>,
    actions: &mut Vec<Action>,
) {
    use crate::scan::Verdict;
    style::card(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new("Checked files").size(18.0).strong());
        if files.is_empty() {
            ui.label("The files have not been checked yet.");
        } else {
            ui.horizontal(|ui| {
                for v in [Verdict::Danger, Verdict::Review, Verdict::Safe] {
                    super::files::chip(ui, v);
                    ui.label(
                        files
                            .values()
                            .filter(|f| f.verdict == v)
                            .count()
                            .to_string(),
                    );
                    ui.add_space(8.0);
                }
            });
        }
        let label = if files.is_empty() {
            "Check the files"
        } else {
            "See the files"
        };
        if ui.button(label).clicked() {
            actions.push(Action::GoTo(Screen::Files));
            if files.is_empty() {
                actions.push(Action::StartScan);
            }
        }
    });
}

fn first_use_progress(
    ui: &mut Ui,
    settings: &Settings,
    status: Option<&WorkspaceStatus>,
    actions: &mut Vec<Action>,
) {
    let list = Checklist::first_use();
    let facts = Facts {
        workspace: status,
        ticked: &settings.first_use_ticked,
        session: None,
    };
    let done = list.done_count(&facts);
    let total = list.items.len();
    style::card(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new("Before first use").size(18.0).strong());
        if done == total {
            style::status_line(
                ui,
                Tone::Good,
                "All done: you followed the guide's first-use checklist.",
            );
        } else {
            ui.label(format!("{done} of {total} done."));
            ui.add(egui::ProgressBar::new(done as f32 / total as f32).desired_width(260.0));
            if ui.button("Continue the checklist").clicked() {
                actions.push(Action::GoTo(Screen::FirstUseChecklist));
            }
        }
    });
}
