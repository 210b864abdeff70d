//! "Something went wrong": stop the assistant, see what changed, recover
//! from a backup, write the incident report, and the safeguards to add.

use crate::tr;
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
            label: tr!("incident-since-session"),
            since: s.started,
        });
    }
    store.latest_complete().map(|b| Baseline {
        backup: b.id,
        label: tr!("incident-since-backup"),
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
    ui.heading(tr!("nav-incident"));
    ui.label(tr!("incident-intro"));
    ui.add_space(10.0);

    step(ui, &tr!("incident-stop"), |ui| {
        ui.label(tr!("incident-stop-how"));
        ui.checkbox(&mut state.stopped, tr!("incident-stopped"));
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
    step(ui, &tr!("incident-assess"), |ui| {
        let Some(root) = cx.workspace else {
            ui.label(tr!("check-no-workspace"));
            return;
        };
        match baseline(cx.store, cx.session) {
            None => {
                style::status_line(ui, Tone::Warning, &tr!("incident-no-backup"));
            }
            Some(base) => {
                if state.job.is_some() {
                    ui.horizontal(|ui| {
                        ui.spinner();
                        ui.label(tr!("incident-comparing"));
                    });
                } else if ui
                    .button(tr!(
                        "incident-compare",
                        label = &base.label,
                        age = crate::backup::age(base.since, chrono::Local::now())
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
                    &tr!("incident-nothing-changed", label = &a.baseline.label),
                );
            }
            Some(Ok(a)) => {
                ui.label(tr!("incident-since", label = &a.baseline.label));
                for change in a.changes.iter().take(200) {
                    let name = change.path.display().to_string();
                    let private = sensitive.contains(&name);
                    let line = format!("{} {}", change.kind.word(), name);
                    if private {
                        style::status_line(
                            ui,
                            Tone::Bad,
                            &format!("{line} — {}", tr!("cleanup-private")),
                        );
                    } else {
                        ui.label(line);
                    }
                }
            }
            Some(Err(why)) => style::status_line(ui, Tone::Bad, why),
            None => {}
        }
    });

    step(ui, &tr!("incident-recover"), |ui| {
        match baseline(cx.store, cx.session) {
            Some(base) => {
                ui.label(tr!("incident-recover-how"));
                if style::primary_button(ui, &tr!("incident-restore-from", label = &base.label))
                    .clicked()
                {
                    actions.push(Action::PreviewRestore {
                        id: base.backup,
                        only: Vec::new(),
                    });
                }
            }
            None => {
                ui.label(tr!("incident-no-backup-trash"));
            }
        }
    });

    step(ui, &tr!("incident-document"), |ui| {
        let label = ui.label(tr!("incident-noticed"));
        ui.add(
            egui::TextEdit::multiline(&mut state.what)
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
        if style::primary_button(ui, &tr!("incident-write")).clicked() {
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
                style::status_line(
                    ui,
                    Tone::Good,
                    &tr!("incident-saved", path = path.display().to_string()),
                );
                if ui
                    .button(format!("🗁 {}", tr!("incident-open-folder")))
                    .clicked()
                    && let Some(dir) = path.parent()
                {
                    actions.push(Action::OpenFolder(dir.to_path_buf()));
                }
            }
            Some(Err(why)) => {
                style::status_line(ui, Tone::Bad, &tr!("incident-save-failed", why = why))
            }
            None => {}
        }
    });

    step(ui, &tr!("incident-prevent"), |ui| {
        for line in incident::prevent() {
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
