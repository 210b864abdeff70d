//! "Something went wrong": stop the assistant, see what changed, recover
//! from a backup, write the incident report, and the safeguards to add.

use std::path::PathBuf;

use egui::{RichText, Ui};

use super::Action;
use super::jobs::{Job, Poll};
use super::style::{self, Tone};
use crate::backup::BackupStore;
use crate::guide::incident::{self, Baseline};
use crate::scan::{Category, FileReport};
use crate::session::{Change, changes};

pub struct Assessment {
    pub baseline: Baseline,
    pub changes: Vec<Change>,
}

#[derive(Default)]
pub struct IncidentUi {
    pub stopped: bool,
    pub what: String,
    pub assessment: Option<Result<Assessment, String>>,
    job: Option<Job<Result<Assessment, String>>>,
    pub report: Option<Result<PathBuf, String>>,
}

/// Where the workspace was last known to be good: the open session's
/// start, else the newest complete backup.
pub fn baseline(
    store: &BackupStore,
    session: Option<&crate::session::Session>,
) -> Option<Baseline> {
    if let Some(s) = session {
        return Some(Baseline {
            backup: s.start_backup.clone(),
            label: "the start of the session".into(),
            since: s.started,
        });
    }
    store.latest_complete().map(|b| Baseline {
        backup: b.id,
        label: "your last backup".into(),
        since: b.summary.started,
    })
}

pub struct Context<'a> {
    pub store: &'a BackupStore,
    pub workspace: Option<&'a std::path::Path>,
    pub session: Option<&'a crate::session::Session>,
    pub files: &'a std::collections::BTreeMap<String, FileReport>,
    pub data_dir: &'a std::path::Path,
}

pub fn show(ui: &mut Ui, state: &mut IncidentUi, cx: &Context<'_>, actions: &mut Vec<Action>) {
    if let Some(job) = &state.job {
        match job.poll() {
            Poll::Pending => {}
            Poll::Done(result) => {
                state.assessment = Some(result);
                state.job = None;
            }
            Poll::Lost => state.job = None,
        }
    }
    ui.heading("Something went wrong");
    ui.label(
        "Five steps from the security guide. Take them in order; nothing here deletes anything.",
    );
    ui.add_space(10.0);

    step(ui, "1. Stop the assistant", |ui| {
        ui.label("Close the assistant's window, or press its Stop button. In a terminal (Claude Code, Codex), press Ctrl+C. If it may be sending files away, also turn off Wi-Fi.");
        ui.checkbox(&mut state.stopped, "The assistant is stopped");
    });

    let sensitive: Vec<String> = cx
        .files
        .values()
        .filter(|f| {
            f.findings
                .iter()
                .any(|x| x.category == Category::SensitiveData)
        })
        .map(|f| f.path.clone())
        .collect();
    step(ui, "2. See what changed", |ui| {
        let Some(root) = cx.workspace else {
            ui.label("No workspace is set up.");
            return;
        };
        match baseline(cx.store, cx.session) {
            None => {
                style::status_line(
                    ui,
                    Tone::Warning,
                    "There is no backup to compare with, so Airlock cannot tell what changed.",
                );
            }
            Some(base) => {
                if state.job.is_some() {
                    ui.horizontal(|ui| {
                        ui.spinner();
                        ui.label("Comparing the workspace with the backup…");
                    });
                } else if ui
                    .button(format!(
                        "Compare with {} ({})",
                        base.label,
                        crate::backup::age(base.since, chrono::Local::now())
                    ))
                    .clicked()
                {
                    let (store, root, base) = (cx.store.clone(), root.to_path_buf(), base.clone());
                    match Job::spawn("incident-assess", ui.ctx(), move || {
                        let manifest = store.manifest(&base.backup).map_err(|e| e.to_string())?;
                        let before = changes::from_manifest(&manifest);
                        let after = changes::snapshot(&root, &before);
                        Ok(Assessment {
                            changes: changes::diff(&before, &after),
                            baseline: base,
                        })
                    }) {
                        Ok(job) => state.job = Some(job),
                        Err(err) => log::warn!("incident assessment: {err}"),
                    }
                }
            }
        }
        match &state.assessment {
            Some(Ok(a)) if a.changes.is_empty() => {
                style::status_line(
                    ui,
                    Tone::Good,
                    &format!("Nothing changed since {}.", a.baseline.label),
                );
            }
            Some(Ok(a)) => {
                ui.label(format!("Since {}:", a.baseline.label));
                for change in a.changes.iter().take(200) {
                    let name = change.path.display().to_string();
                    let private = sensitive.contains(&name);
                    let line = format!("{} {}", change.kind.word(), name);
                    if private {
                        style::status_line(ui, Tone::Bad, &format!("{line} — holds private data"));
                    } else {
                        ui.label(line);
                    }
                }
            }
            Some(Err(why)) => style::status_line(ui, Tone::Bad, why),
            None => {}
        }
    });

    step(ui, "3. Recover", |ui| {
        match baseline(cx.store, cx.session) {
            Some(base) => {
                ui.label("Put files back as they were. You see what will change before anything happens, and the restore itself can be undone.");
                if style::primary_button(ui, &format!("Restore from {}…", base.label)).clicked() {
                    actions.push(Action::PreviewRestore {
                        id: base.backup,
                        only: Vec::new(),
                    });
                }
            }
            None => {
                ui.label("There is no backup to restore from. Look in your system's trash for deleted files.");
            }
        }
    });

    step(ui, "4. Write down what happened", |ui| {
        let label = ui.label("What did you notice? (optional)");
        ui.add(
            egui::TextEdit::multiline(&mut state.what)
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
        if style::primary_button(ui, "Write the incident report").clicked() {
            let (base, changes) = match &state.assessment {
                Some(Ok(a)) => (Some(a.baseline.clone()), a.changes.clone()),
                _ => (baseline(cx.store, cx.session), Vec::new()),
            };
            let md = incident::report(
                cx.data_dir,
                base.as_ref(),
                &changes,
                &sensitive,
                &state.what,
            );
            state.report = Some(incident::save(cx.data_dir, &md).map_err(|e| e.to_string()));
        }
        match &state.report {
            Some(Ok(path)) => {
                style::status_line(ui, Tone::Good, &format!("Saved: {}", path.display()));
                if ui.button("🗁 Open the folder").clicked()
                    && let Some(dir) = path.parent()
                {
                    actions.push(Action::OpenFolder(dir.to_path_buf()));
                }
            }
            Some(Err(why)) => style::status_line(
                ui,
                Tone::Bad,
                &format!("The report could not be saved ({why})."),
            ),
            None => {}
        }
    });

    step(ui, "5. Prevent it next time", |ui| {
        for line in incident::PREVENT {
            ui.label(format!("• {line}"));
        }
    });
}

fn step(ui: &mut Ui, title: &str, add: impl FnOnce(&mut Ui)) {
    style::card(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(title).size(18.0).strong());
        add(ui);
    });
    ui.add_space(8.0);
}
