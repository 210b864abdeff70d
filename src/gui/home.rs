//! Home: where the workspace is, each folder with what it holds, and what
//! still needs doing.

use egui::{RichText, Ui};

use super::style::{self, Tone};
use super::{Action, Screen};
use crate::session::checklist::{Checklist, Facts};
use crate::settings::Settings;
use crate::tr;
use crate::workspace::{FolderStatus, WorkspaceStatus, folder_purpose, status::human_size};

pub fn show(
    ui: &mut Ui,
    settings: &Settings,
    status: Option<&WorkspaceStatus>,
    model: &crate::workspace::model::Model,
    backup_running: Option<super::backup_job::Shared>,
    open_session: Option<&crate::session::Session>,
    actions: &mut Vec<Action>,
) {
    ui.heading(tr!("home-title"));
    ui.label(tr!("home-subtitle"));
    ui.add_space(12.0);
    let Some(root) = settings.workspace.as_ref() else {
        style::concern_box(
            ui,
            Tone::Warning,
            &tr!("home-none-what"),
            &tr!("home-none-why"),
            &tr!("home-none-do"),
        );
        if style::primary_button(ui, &tr!("home-none-button")).clicked() {
            actions.push(Action::GoTo(Screen::Wizard));
        }
        return;
    };
    style::card(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(tr!("home-location")).small().weak());
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
                    ui.label(tr!("home-looking"));
                });
            }
            Some(status) => health_lines(ui, status, actions),
        }
        ui.add_space(6.0);
        if root.is_dir()
            && ui
                .button(format!("🗁 {}", tr!("home-open-workspace")))
                .clicked()
        {
            actions.push(Action::OpenFolder(root.clone()));
        }
    });
    if let Some(status) = status.filter(|s| s.present) {
        ui.add_space(12.0);
        session_card(ui, open_session, actions);
        ui.add_space(12.0);
        backup_card(ui, status, backup_running, actions);
        ui.add_space(12.0);
        folder_cards(ui, status, model, actions);
    }
    ui.add_space(12.0);
    verdicts(ui, model, actions);
    ui.add_space(12.0);
    first_use_progress(ui, settings, status, actions);
}

fn health_lines(ui: &mut Ui, status: &WorkspaceStatus, actions: &mut Vec<Action>) {
    if !status.present {
        style::concern_box(
            ui,
            Tone::Bad,
            &tr!("home-missing-what"),
            &tr!("home-missing-why"),
            &tr!("home-missing-do"),
        );
        if style::primary_button(ui, &tr!("home-missing-button")).clicked() {
            actions.push(Action::RepairWorkspace);
        }
        return;
    }
    if status.folders.iter().any(|f| !f.present) {
        style::concern_box(
            ui,
            Tone::Warning,
            &tr!("home-incomplete-what"),
            &tr!("home-incomplete-why"),
            &tr!("home-incomplete-do"),
        );
        if style::primary_button(ui, &tr!("home-incomplete-button")).clicked() {
            actions.push(Action::RepairWorkspace);
        }
    }
    match status.private {
        Some(true) => style::status_line(ui, Tone::Good, &tr!("home-private")),
        Some(false) => style::status_line(ui, Tone::Warning, &tr!("home-not-private")),
        None => {}
    }
}

fn session_card(ui: &mut Ui, open: Option<&crate::session::Session>, actions: &mut Vec<Action>) {
    style::card(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(
            RichText::new(tr!("home-sessions-title"))
                .size(18.0)
                .strong(),
        );
        match open {
            Some(session) => {
                style::status_line(
                    ui,
                    Tone::Info,
                    &tr!(
                        "home-session-running",
                        age = crate::backup::age(session.started, chrono::Local::now()),
                        task = &session.task
                    ),
                );
                if style::primary_button(ui, &tr!("home-session-see")).clicked() {
                    actions.push(Action::GoTo(Screen::Session));
                }
            }
            None => {
                ui.label(tr!("home-session-intro"));
                if style::primary_button(ui, &format!("▶ {}", tr!("home-session-start"))).clicked()
                {
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
        ui.label(RichText::new(tr!("nav-backups")).size(18.0).strong());
        let now = chrono::Local::now();
        match status.last_backup {
            None => style::status_line(ui, Tone::Warning, &tr!("home-no-backup")),
            Some(when) if status.backup_is_stale() => style::status_line(
                ui,
                Tone::Warning,
                &tr!("home-backup-stale", age = crate::backup::age(when, now)),
            ),
            Some(when) => style::status_line(
                ui,
                Tone::Good,
                &tr!(
                    "home-backup-fresh",
                    age = crate::backup::age(when, now),
                    when = when.format(&tr!("date-time-format")).to_string()
                ),
            ),
        }
        ui.add_space(4.0);
        if running.is_some() {
            super::backups_view::back_up_now(ui, running, actions);
        } else {
            ui.horizontal(|ui| {
                super::backups_view::back_up_now(ui, None, actions);
                if ui.button(tr!("home-see-backups")).clicked() {
                    actions.push(Action::GoTo(Screen::Backups));
                }
            });
        }
    });
}

fn folder_cards(
    ui: &mut Ui,
    status: &WorkspaceStatus,
    model: &crate::workspace::model::Model,
    actions: &mut Vec<Action>,
) {
    ui.columns(status.folders.len().max(1), |columns| {
        for (ui, folder) in columns.iter_mut().zip(&status.folders) {
            style::card(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.set_min_height(130.0);
                // Columns justify their contents; a plain top-down layout
                // keeps text ragged and buttons their natural size.
                ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                    // Once checked, the counts come from the same picture
                    // as the verdicts, so the two never disagree.
                    let tally = model
                        .scanned_once()
                        .then(|| model.folder_tally(&folder.name));
                    folder_card(ui, folder, tally, actions);
                });
            });
        }
    });
}

fn folder_card(
    ui: &mut Ui,
    folder: &FolderStatus,
    tally: Option<(u64, u64)>,
    actions: &mut Vec<Action>,
) {
    ui.set_min_height(120.0);
    ui.label(
        RichText::new(format!("🗀 {}", folder.name))
            .size(18.0)
            .strong(),
    );
    ui.label(RichText::new(folder_purpose(&folder.name)).small());
    ui.add_space(4.0);
    if folder.present {
        let (files, bytes) = tally.unwrap_or((folder.files, folder.bytes));
        let count = match files {
            0 => tr!("home-folder-empty"),
            n => format!("{} · {}", tr!("files-count", count = n), human_size(bytes)),
        };
        ui.label(RichText::new(count).strong());
        if ui
            .button(format!(
                "🗁 {}",
                tr!("home-open-folder", name = &folder.name)
            ))
            .clicked()
        {
            actions.push(Action::OpenFolder(folder.path.clone()));
        }
    } else {
        style::status_line(ui, Tone::Bad, &tr!("home-folder-missing"));
    }
}

fn verdicts(ui: &mut Ui, model: &crate::workspace::model::Model, actions: &mut Vec<Action>) {
    use crate::scan::Verdict;
    let files = model.files();
    let counts = model.counts();
    style::card(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(tr!("home-checked-title")).size(18.0).strong());
        if files.is_empty() {
            ui.label(tr!("home-not-checked"));
        } else {
            ui.horizontal(|ui| {
                for v in [Verdict::Danger, Verdict::Review, Verdict::Safe] {
                    super::files::chip(ui, v);
                    ui.label(counts.of(v).to_string());
                    ui.add_space(8.0);
                }
            });
        }
        let label = if files.is_empty() {
            tr!("home-check-files")
        } else {
            tr!("home-see-files")
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
        ui.label(RichText::new(tr!("first-use-title")).size(18.0).strong());
        if done == total {
            style::status_line(ui, Tone::Good, &tr!("home-first-use-done"));
        } else {
            ui.label(tr!("home-first-use-progress", done = done, total = total));
            ui.add(egui::ProgressBar::new(done as f32 / total as f32).desired_width(260.0));
            if ui.button(tr!("home-first-use-continue")).clicked() {
                actions.push(Action::GoTo(Screen::FirstUseChecklist));
            }
        }
    });
}
