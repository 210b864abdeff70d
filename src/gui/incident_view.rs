//! "Something went wrong": stop the assistant, see what changed, recover
//! from a backup, write the incident report, and the safeguards to add.

use crate::explain::Explain;
use crate::tr;
use std::path::PathBuf;

use egui::{RichText, Ui};

use super::Action;
use super::jobs::{Job, Poll};
use super::style::{self, Tone};
use crate::backup::BackupStore;
use crate::guide::incident::{self, Baseline, Options};
use crate::scan::{Category, FileReport};
use crate::session::{Change, SessionStore};

pub struct Assessment {
    pub baseline: Baseline,
    pub changes: Vec<Change>,
}

#[derive(Default)]
pub struct IncidentUi {
    pub stopped: bool,
    pub what: String,
    /// The backups to compare with, read when the screen is opened.
    options: Option<Options>,
    options_job: Option<Job<Options>>,
    /// The backup the person picked instead of the suggested one.
    picked: Option<String>,
    pub assessment: Option<Result<Assessment, String>>,
    job: Option<Job<Result<Assessment, String>>>,
    pub report: Option<Result<PathBuf, String>>,
}

impl IncidentUi {
    /// Forgets the backups read before and the comparison made: both are
    /// made again when the screen is next shown, since backups and files
    /// change between visits.
    pub fn reread(&mut self) {
        self.options = None;
        if self.job.is_none() {
            self.assessment = None;
        }
    }

    /// The known-good point in use: the picked backup, else Airlock's
    /// suggestion ([`incident::suggest`]).
    fn baseline(&self) -> Option<Baseline> {
        self.options.as_ref()?.baseline(self.picked.as_deref())
    }

    fn poll(&mut self, cx: &Context<'_>, ctx: &egui::Context) {
        if let Some(job) = &self.job {
            match job.poll() {
                Poll::Pending => {}
                Poll::Done(result) => {
                    self.assessment = Some(result);
                    self.job = None;
                }
                Poll::Lost => self.job = None,
            }
        }
        if let Some(job) = &self.options_job {
            match job.poll() {
                Poll::Pending => {}
                Poll::Done(options) => {
                    self.options = Some(options);
                    self.options_job = None;
                }
                Poll::Lost => self.options_job = None,
            }
        }
        if self.options.is_none()
            && self.options_job.is_none()
            && let Some(root) = cx.workspace
        {
            let (store, sessions, root) =
                (cx.store.clone(), cx.sessions.clone(), root.to_path_buf());
            match Job::spawn("incident-options", ctx, move || {
                Options::read(&store, &sessions, &root)
            }) {
                Ok(job) => self.options_job = Some(job),
                Err(err) => log::warn!("incident backups: {err}"),
            }
        }
    }
}

pub struct Context<'a> {
    pub store: &'a BackupStore,
    pub sessions: &'a SessionStore,
    pub workspace: Option<&'a std::path::Path>,
    pub files: &'a std::collections::BTreeMap<String, FileReport>,
    /// What the person moved to the quarantine: gone from the workspace,
    /// but not lost, and not the assistant's doing.
    pub quarantined: &'a [crate::workspace::quarantine::Item],
    pub data_dir: &'a std::path::Path,
}

pub fn show(ui: &mut Ui, state: &mut IncidentUi, cx: &Context<'_>, actions: &mut Vec<Action>) {
    state.poll(cx, ui.ctx());
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
        if state.options.is_none() {
            ui.spinner();
            return;
        }
        match state.baseline() {
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
                        Ok(Assessment {
                            changes: incident::assess(&store, &base, &root)
                                .map_err(|e| e.sentence())?,
                            baseline: base,
                        })
                    }) {
                        Ok(job) => state.job = Some(job),
                        Err(err) => log::warn!("incident assessment: {err}"),
                    }
                }
                pick_another(ui, state);
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
                    let in_quarantine = change.kind == crate::session::ChangeKind::Deleted
                        && cx
                            .quarantined
                            .iter()
                            .any(|item| item.original == name && item.when >= a.baseline.since);
                    if in_quarantine {
                        ui.label(format!("{line} — {}", tr!("incident-in-quarantine")));
                    } else if private {
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
        if state.options.is_none() {
            ui.spinner();
            return;
        }
        match state.baseline() {
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
                _ => (state.baseline(), Vec::new()),
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

/// The list of every backup, each labelled by what it was taken for and
/// when, to compare with instead of the suggested one.
fn pick_another(ui: &mut Ui, state: &mut IncidentUi) {
    let Some(options) = &state.options else {
        return;
    };
    if options.choices.len() < 2 {
        return;
    }
    let now = chrono::Local::now();
    let current = state.baseline().map(|b| b.backup);
    let suggested = options.suggested.as_ref().map(|b| b.backup.as_str());
    let mut picked = None;
    egui::CollapsingHeader::new(tr!("incident-other-backup"))
        .id_salt("incident-other-backup")
        .show(ui, |ui| {
            ui.label(RichText::new(tr!("incident-other-backup-how")).weak());
            egui::ScrollArea::vertical()
                .id_salt("incident-backups")
                .max_height(220.0)
                .show(ui, |ui| {
                    for choice in &options.choices {
                        let mut label = choice.label(now);
                        if Some(choice.id.as_str()) == suggested {
                            label = format!("{label} — {}", tr!("incident-suggested"));
                        }
                        let on = current.as_deref() == Some(choice.id.as_str());
                        if ui.radio(on, label).clicked() && !on {
                            picked = Some(choice.id.clone());
                        }
                    }
                });
        });
    if let Some(id) = picked {
        state.picked = Some(id);
        // What was seen was measured from another backup.
        state.assessment = None;
    }
}

fn step(ui: &mut Ui, title: &str, add: impl FnOnce(&mut Ui)) {
    style::card(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(title).size(18.0).strong());
        add(ui);
    });
    ui.add_space(8.0);
}
