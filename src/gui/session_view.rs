//! The Session screen (before: the checklist and the task; during: the
//! live change feed; after: the review and the cleanup), the history of
//! sessions, and the Activity trail.

use chrono::Local;
use egui::{RichText, Ui};

use super::checklist_view::{self, Which};
use super::sessions::{Handled, Review, SETTLE_CLICKS, SessionUi};
use super::style::{self, Tone};
use super::{Action, Screen};
use crate::audit::Actor;
use crate::scan::FileReport;
use crate::session::ChangeKind;
use crate::session::checklist::{Checklist, Facts};
use crate::session::cleanup::is_stray;
use crate::session::feed::{AlertLevel, FeedEvent};
use crate::tr;
use crate::workspace::WorkspaceStatus;
use crate::workspace::status::human_size;

pub fn show(
    ui: &mut Ui,
    s: &mut SessionUi,
    status: Option<&WorkspaceStatus>,
    files: &std::collections::BTreeMap<String, FileReport>,
    actions: &mut Vec<Action>,
) {
    if let Some(review) = &s.review {
        ui.heading(tr!("session-end-title"));
        review_screen(ui, review, status, actions);
    } else if let Some(open) = &s.current {
        ui.heading(tr!("session-running-title"));
        ui.label(
            RichText::new(tr!("check-task", task = &open.task))
                .size(16.0)
                .strong(),
        );
        ui.label(tr!(
            "session-started-line",
            age = crate::backup::age(open.started, Local::now()),
            backup = &open.start_backup
        ));
        if ui
            .button(format!("📋 {}", tr!("session-check-plan")))
            .clicked()
        {
            actions.push(Action::GoTo(Screen::PlanReview));
        }
        ui.add_space(8.0);
        live_feed(ui, &s.events, &open.start_backup, actions);
        ui.add_space(12.0);
        ui.add_enabled_ui(!s.busy(), |ui| {
            if style::primary_button(ui, &format!("⏹ {}", tr!("session-end"))).clicked() {
                actions.push(Action::EndSession);
            }
        });
        ui.label(RichText::new(tr!("session-end-hint")).weak());
    } else {
        ui.heading(tr!("home-session-start"));
        before_screen(ui, s, status, files, actions);
    }
}

fn before_screen(
    ui: &mut Ui,
    s: &mut SessionUi,
    status: Option<&WorkspaceStatus>,
    files: &std::collections::BTreeMap<String, FileReport>,
    actions: &mut Vec<Action>,
) {
    ui.label(tr!("session-before-intro"));
    ui.add_space(8.0);
    style::card(ui, |ui| {
        ui.set_width(ui.available_width());
        let label = ui.label(RichText::new(tr!("session-task-prompt")).strong());
        ui.add(
            egui::TextEdit::singleline(&mut s.task)
                .hint_text(tr!("session-task-hint"))
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    });
    ui.add_space(8.0);
    let mut facts = s.facts.clone().unwrap_or_default();
    facts.task = s.task.clone();
    let known = s.facts.is_some();
    if known && !s.dangerous_rows.is_empty() {
        if s.dangerous_rows.iter().any(|row| row.done.is_none()) {
            style::concern_box(
                ui,
                Tone::Bad,
                &tr!("session-dangerous-what"),
                &tr!("session-dangerous-why"),
                &tr!("session-dangerous-do"),
            );
        } else {
            style::status_line(ui, Tone::Good, &tr!("session-dangerous-all-handled"));
        }
        for row in &s.dangerous_rows {
            // Wrapped: a long name must not widen the whole screen.
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(&row.rel).strong());
                match row.done {
                    None => {
                        let why = files
                            .get(&row.rel)
                            .and_then(|f| f.main_finding())
                            .map(|f| f.text())
                            .unwrap_or_default();
                        ui.label(RichText::new(why).small());
                        if style::primary_button(ui, &tr!("files-quarantine")).clicked() {
                            actions.push(Action::QuarantineFile(row.rel.clone()));
                        }
                        if ui.button(tr!("session-keep-dangerous")).clicked() {
                            actions.push(Action::KeepDangerous(row.rel.clone()));
                        }
                    }
                    Some((Handled::Quarantined, _)) => {
                        style::status_line(ui, Tone::Good, &tr!("session-dangerous-quarantined"));
                    }
                    Some((Handled::Kept, at)) => {
                        style::status_line(ui, Tone::Warning, &tr!("session-dangerous-kept"));
                        // The Undo appears where the Keep button was: a
                        // double click must not undo what it just did.
                        let settled = at.elapsed() >= SETTLE_CLICKS;
                        if !settled {
                            ui.ctx().request_repaint_after(SETTLE_CLICKS);
                        }
                        if ui
                            .add_enabled(settled, egui::Button::new(tr!("common-undo")))
                            .clicked()
                        {
                            actions.push(Action::UndoKeepDangerous(row.rel.clone()));
                        }
                    }
                }
            });
        }
        ui.add_space(8.0);
    }
    style::card(ui, |ui| {
        ui.set_width(ui.available_width());
        let list = Checklist::before_session();
        let facts_for = Facts {
            workspace: status,
            ticked: &s.before_ticks,
            session: Some(&facts),
        };
        checklist_view::session_list(ui, &list, &facts_for, Which::Before, actions);
    });
    ui.add_space(10.0);
    // Never on files nobody has checked: fail closed.
    let checked = known && facts.unchecked == Some(0);
    let ready = !s.task.trim().is_empty() && checked && facts.dangerous.is_empty();
    ui.horizontal(|ui| {
        ui.add_enabled_ui(ready && !s.busy(), |ui| {
            if style::primary_button(ui, &format!("▶ {}", tr!("session-start-button"))).clicked()
            {
                actions.push(Action::StartSession);
            }
        });
        if s.busy() {
            ui.spinner();
            ui.label(tr!("session-backing-up"));
        } else if s.task.trim().is_empty() {
            ui.label(RichText::new(tr!("session-why-task")).weak());
        } else if !checked {
            ui.label(RichText::new(tr!("session-why-checking")).weak());
        } else if !facts.dangerous.is_empty() {
            ui.label(RichText::new(tr!("session-why-dangerous")).weak());
        }
    });
}

fn change_icon(kind: ChangeKind) -> &'static str {
    match kind {
        ChangeKind::Created => "+",
        ChangeKind::Changed => "✏",
        ChangeKind::Deleted => "🗑",
        ChangeKind::Renamed => "➡",
    }
}

fn live_feed(ui: &mut Ui, events: &[FeedEvent], start_backup: &str, actions: &mut Vec<Action>) {
    style::card(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal(|ui| {
            ui.label(RichText::new(tr!("feed-title")).size(18.0).strong());
            // A still mark, not a spinner: a session can last hours, and
            // an animation would keep the window redrawing all along.
            ui.label(
                RichText::new(format!("👁 {}", tr!("feed-watching")))
                    .small()
                    .color(Tone::Good.color(ui)),
            );
        });
        if events.is_empty() {
            ui.label(tr!("feed-empty"));
            return;
        }
        let alerts = events.iter().flat_map(|e| e.alerts.iter()).count();
        ui.label(tr!("feed-counts", changes = events.len(), alerts = alerts));
        egui::ScrollArea::vertical()
            .id_salt("feed")
            .max_height(420.0)
            .show(ui, |ui| {
                for event in events.iter().rev() {
                    feed_row(ui, event, start_backup, actions);
                }
            });
    });
}

fn feed_row(ui: &mut Ui, event: &FeedEvent, start_backup: &str, actions: &mut Vec<Action>) {
    let change = &event.change;
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(event.at.format("%H:%M:%S").to_string())
                .monospace()
                .weak(),
        );
        ui.label(change_icon(change.kind));
        let text = match &change.from {
            Some(from) => tr!(
                "feed-renamed-from",
                path = change.path.display().to_string(),
                from = from.display().to_string()
            ),
            None => change.path.display().to_string(),
        };
        ui.label(RichText::new(text).strong());
        ui.label(RichText::new(change.kind.word()).weak());
        if event.by_airlock {
            ui.label(RichText::new(tr!("feed-by-airlock")).italics().weak());
        }
        if let Some(verdict) = event.verdict {
            super::files::chip(ui, verdict);
        }
        if matches!(change.kind, ChangeKind::Deleted | ChangeKind::Changed)
            && ui
                .small_button(format!("↺ {}", tr!("feed-restore")))
                .clicked()
        {
            actions.push(Action::RestorePaths {
                id: start_backup.to_string(),
                only: vec![change.path.clone()],
            });
        }
    });
    for alert in &event.alerts {
        let tone = match alert.level {
            AlertLevel::Danger => Tone::Bad,
            AlertLevel::Warning => Tone::Warning,
        };
        // Indented under its change, and wrapped: alerts can be long.
        ui.indent(("alert", &alert.text), |ui| {
            style::status_line(ui, tone, &alert.text.text())
        });
    }
}

fn review_screen(
    ui: &mut Ui,
    review: &Review,
    status: Option<&WorkspaceStatus>,
    actions: &mut Vec<Action>,
) {
    let session = &review.session;
    ui.label(
        RichText::new(tr!("check-task", task = &session.task))
            .size(16.0)
            .strong(),
    );
    ui.add_space(8.0);
    style::card(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(
            RichText::new(tr!("review-changed-title"))
                .size(18.0)
                .strong(),
        );
        if session.changes.is_empty() {
            style::status_line(ui, Tone::Good, &tr!("review-nothing-changed"));
        }
        for change in &session.changes {
            ui.horizontal_wrapped(|ui| {
                ui.label(change_icon(change.kind));
                let name = change.path.display().to_string();
                ui.label(RichText::new(&name).strong());
                ui.label(RichText::new(change.kind.word()).weak());
                if let Some(from) = &change.from {
                    ui.label(
                        RichText::new(tr!("review-from", from = from.display().to_string())).weak(),
                    );
                }
                if let Some(report) = review.changed.get(&name) {
                    super::files::chip(ui, report.verdict);
                    if let Some(f) = report.main_finding() {
                        ui.label(RichText::new(f.text()).small());
                    }
                }
                if change.kind != ChangeKind::Deleted
                    && ui.small_button(tr!("files-show-in-folder")).clicked()
                {
                    actions.push(Action::ShowInFolder(name.clone()));
                }
                if matches!(change.kind, ChangeKind::Deleted | ChangeKind::Changed)
                    && ui
                        .small_button(format!("↺ {}", tr!("feed-restore")))
                        .clicked()
                {
                    actions.push(Action::RestorePaths {
                        id: session.start_backup.clone(),
                        only: vec![change.path.clone()],
                    });
                }
            });
        }
        for alert in &review.alerts {
            let tone = match alert.level {
                AlertLevel::Danger => Tone::Bad,
                AlertLevel::Warning => Tone::Warning,
            };
            style::status_line(ui, tone, &alert.text.text());
        }
    });
    ui.add_space(8.0);
    style::card(ui, |ui| {
        ui.set_width(ui.available_width());
        let facts = Facts {
            workspace: status,
            ticked: &session.after_ticks,
            session: Some(&review.facts),
        };
        checklist_view::session_list(
            ui,
            &Checklist::after_session(),
            &facts,
            Which::After,
            actions,
        );
    });
    ui.add_space(8.0);
    style::card(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(tr!("cleanup-title")).size(18.0).strong());
        match &session.cleanup {
            Some(done) => {
                style::status_line(
                    ui,
                    Tone::Good,
                    &tr!(
                        "cleanup-was-done",
                        archived = done.archived.len(),
                        trashed = done.trashed.len(),
                        backup = &done.backup
                    ),
                );
            }
            None => cleanup_choices(ui, review, actions),
        }
    });
    ui.add_space(10.0);
    if style::primary_button(ui, &format!("✔ {}", tr!("session-finish"))).clicked() {
        actions.push(Action::FinishSession);
    }
}

fn cleanup_choices(ui: &mut Ui, review: &Review, actions: &mut Vec<Action>) {
    ui.label(tr!("cleanup-intro"));
    let day = Local::now().format("%Y-%m-%d");
    let mut archive = review.archive_inputs;
    if !review.inputs.is_empty()
        && ui
            .checkbox(
                &mut archive,
                tr!(
                    "cleanup-archive",
                    count = review.inputs.len(),
                    day = day.to_string()
                ),
            )
            .changed()
    {
        actions.push(Action::SetCleanupArchive(archive));
    }
    let outputs: Vec<&FileReport> = review
        .changed
        .values()
        .filter(|r| r.path.starts_with("output/") || is_stray(std::path::Path::new(&r.path)))
        .collect();
    if !outputs.is_empty() {
        ui.label(tr!("cleanup-outputs"));
        for report in outputs {
            let rel = std::path::PathBuf::from(&report.path);
            let mut on = review.trash.contains(&rel);
            let private = report
                .findings
                .iter()
                .any(|f| f.category == crate::scan::Category::SensitiveData);
            let label = if is_stray(&rel) {
                format!(
                    "{} · {} · {}",
                    report.path,
                    human_size(report.size),
                    tr!("cleanup-stray")
                )
            } else if private {
                format!(
                    "{} · {} · {}",
                    report.path,
                    human_size(report.size),
                    tr!("cleanup-private")
                )
            } else {
                format!("{} · {}", report.path, human_size(report.size))
            };
            if ui.checkbox(&mut on, label).changed() {
                actions.push(Action::ToggleCleanupTrash(rel));
            }
        }
    }
    let mut clear = review.clear_output;
    if ui
        .checkbox(&mut clear, tr!("cleanup-clear-output"))
        .changed()
    {
        actions.push(Action::SetClearOutput(clear));
    }
    if style::primary_button(ui, &format!("✨ {}", tr!("cleanup-title"))).clicked() {
        actions.push(Action::RunCleanup);
    }
}

/// The sessions so far, and one report when asked.
pub fn history(ui: &mut Ui, s: &SessionUi, actions: &mut Vec<Action>) {
    ui.heading(tr!("nav-sessions"));
    ui.label(tr!("history-intro"));
    ui.add_space(8.0);
    if let Some((id, text)) = &s.report {
        style::card(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(tr!("history-report", id = id))
                        .size(18.0)
                        .strong(),
                );
                if ui.button(tr!("common-close")).clicked() {
                    actions.push(Action::CloseReport);
                }
            });
            let mut shown = text.as_str();
            ui.add(
                egui::TextEdit::multiline(&mut shown)
                    .code_editor()
                    .desired_width(f32::INFINITY),
            );
        });
        ui.add_space(8.0);
    }
    if s.history.is_empty() {
        style::status_line(ui, Tone::Info, &tr!("history-none"));
        if ui.button(tr!("home-session-start")).clicked() {
            actions.push(Action::GoTo(Screen::Session));
        }
        return;
    }
    for session in &s.history {
        style::card(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(&session.task).size(16.0).strong());
            let when = match session.ended {
                Some(end) => format!(
                    "{} – {}",
                    session.started.format(&tr!("date-time-format")),
                    end.format("%H:%M")
                ),
                None => format!(
                    "{} – {}",
                    session.started.format(&tr!("date-time-format")),
                    tr!("history-in-progress")
                ),
            };
            ui.label(format!(
                "{when} · {}",
                tr!("history-changes", count = session.changes.len())
            ));
            if let Some(done) = &session.cleanup {
                ui.label(tr!(
                    "audit-cleanup",
                    archived = done.archived.len(),
                    trashed = done.trashed.len()
                ));
            }
            if session.ended.is_some() && ui.button(tr!("history-open-report")).clicked() {
                actions.push(Action::OpenReport(session.id.clone()));
            }
        });
        ui.add_space(6.0);
    }
}

/// The audit trail, newest first, with filters.
pub fn activity(ui: &mut Ui, s: &mut SessionUi, actions: &mut Vec<Action>) {
    ui.heading(tr!("nav-activity"));
    ui.label(tr!("activity-intro"));
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui.button(tr!("activity-check")).clicked() {
            actions.push(Action::CheckTrail);
        }
        match &s.chain {
            Some(report) if report.ok() => style::status_line(
                ui,
                Tone::Good,
                &tr!("activity-intact", count = report.entries),
            ),
            Some(report) => {
                if let Some((seq, why)) = &report.first_broken {
                    style::status_line(
                        ui,
                        Tone::Bad,
                        &tr!("activity-tampered", seq = *seq, why = why),
                    );
                }
            }
            None => {}
        }
    });
    // Wrapped: in French the filters take most of the line, and the search
    // box must keep room for what is typed.
    ui.horizontal_wrapped(|ui| {
        ui.label(tr!("files-show"));
        let filter = &mut s.activity_filter;
        ui.selectable_value(&mut filter.actor, None, tr!("activity-everything"));
        ui.selectable_value(&mut filter.actor, Some(Actor::Person), tr!("activity-you"));
        ui.selectable_value(
            &mut filter.actor,
            Some(Actor::Airlock),
            tr!("activity-airlock"),
        );
        ui.selectable_value(
            &mut filter.actor,
            Some(Actor::Observed),
            tr!("activity-seen"),
        );
        let label = ui.label(tr!("activity-search"));
        ui.add(egui::TextEdit::singleline(&mut filter.text).desired_width(200.0))
            .labelled_by(label.id);
    });
    ui.add_space(6.0);
    let needle = s.activity_filter.text.to_lowercase();
    let shown: Vec<_> = s
        .activity
        .iter()
        .filter(|e| s.activity_filter.actor.is_none_or(|a| a == e.actor))
        .filter(|e| {
            needle.is_empty()
                || e.summary_in(crate::i18n::lang())
                    .to_lowercase()
                    .contains(&needle)
                || e.kind.contains(&needle)
        })
        .collect();
    if shown.is_empty() {
        let filtered = s.activity_filter.actor.is_some() || !needle.is_empty();
        if filtered && !s.activity.is_empty() {
            ui.label(tr!("activity-no-match"));
        } else {
            ui.label(tr!("activity-nothing"));
        }
        return;
    }
    // The last column gets the rest of the width, so long entries wrap
    // there (a grid alone would squeeze them a letter per line at first).
    let what_width = (ui.available_width() - 380.0).max(240.0);
    egui::Grid::new("activity")
        .striped(true)
        .spacing([16.0, 6.0])
        .show(ui, |ui| {
            ui.label(RichText::new(tr!("activity-when")).strong());
            ui.label(RichText::new(tr!("activity-who")).strong());
            ui.label(RichText::new(tr!("activity-what")).strong());
            ui.end_row();
            for entry in shown.iter().take(500) {
                let when = entry
                    .when()
                    .map(|t| t.format("%d/%m %H:%M:%S").to_string())
                    .unwrap_or_else(|| entry.time.clone());
                ui.label(RichText::new(when).monospace());
                ui.label(entry.actor.label());
                // Long entries wrap inside the window instead of running
                // off its edge.
                ui.scope(|ui| {
                    ui.set_width(what_width);
                    ui.add(
                        egui::Label::new(entry.summary_in(crate::i18n::lang()))
                            .wrap_mode(egui::TextWrapMode::Wrap),
                    )
                    .on_hover_text(&entry.kind);
                });
                ui.end_row();
            }
        });
}
