//! The Plan review screen: the person pastes the assistant's plan; the red
//! flags are marked in it, each with why, and the screen ends with a
//! recommendation and safer wording to send back.

use crate::tr;
use egui::text::LayoutJob;
use egui::{Color32, RichText, TextFormat, Ui};

use super::style::{self, Tone};
use crate::guide::plan::{self, Level, Recommendation, Review};

#[derive(Default)]
pub struct PlanUi {
    pub text: String,
    reviewed: Option<(String, Review)>,
}

pub fn show(
    ui: &mut Ui,
    state: &mut PlanUi,
    task: Option<&str>,
    workspace: Option<&str>,
    held: Option<usize>,
) {
    ui.heading(tr!("plan-title"));
    ui.label(tr!("plan-intro"));
    if let Some(task) = task {
        ui.label(RichText::new(tr!("plan-your-task", task = task)).weak());
    }
    ui.add_space(8.0);
    let label = ui.label(RichText::new(tr!("plan-label")).strong());
    ui.add(
        egui::TextEdit::multiline(&mut state.text)
            .hint_text(tr!("plan-hint"))
            .desired_rows(8)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id);
    if state.text.trim().is_empty() {
        state.reviewed = None;
        return;
    }
    // Reviewing is quick; it is redone only when the text changes.
    if state
        .reviewed
        .as_ref()
        .is_none_or(|(t, _)| *t != state.text)
    {
        let review = plan::review_counted(&state.text, task, workspace, held);
        state.reviewed = Some((state.text.clone(), review));
    }
    let Some((text, review)) = &state.reviewed else {
        return;
    };
    ui.add_space(10.0);
    let (tone, headline) = match review.recommendation {
        Recommendation::Approve => (Tone::Good, tr!("plan-looks-safe")),
        Recommendation::AskForClarification => (Tone::Warning, tr!("plan-second-look")),
        Recommendation::DoNotApprove => (Tone::Bad, tr!("plan-needs-changes")),
    };
    style::concern_box(ui, tone, &headline, &review.recommendation.sentence(), "");
    if review.flags.is_empty() && review.beyond_task.is_empty() {
        return;
    }
    ui.add_space(8.0);
    style::card(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(tr!("plan-marked")).strong());
        ui.label(marked(ui, text, review));
        ui.add_space(6.0);
        let mut seen = std::collections::BTreeSet::new();
        for flag in &review.flags {
            if seen.insert(flag.rule.clone()) {
                let tone = if flag.level == Level::Stop {
                    Tone::Bad
                } else {
                    Tone::Warning
                };
                style::status_line(
                    ui,
                    tone,
                    &tr!(
                        "plan-flag",
                        quote = text[flag.range.clone()].trim(),
                        why = flag.why()
                    ),
                );
            }
        }
        for step in &review.beyond_task {
            style::status_line(
                ui,
                Tone::Bad,
                &tr!("plan-beyond-task", step = plan::rule_name(step)),
            );
        }
    });
    // Sentences are made at drawing time, so they follow the window's
    // language even for a plan reviewed before it changed.
    let safer = review.safer();
    if !safer.is_empty() {
        ui.add_space(8.0);
        style::card(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(tr!("plan-safer")).strong());
            let reply = safer.join("\n");
            let mut shown = reply.as_str();
            ui.add(egui::TextEdit::multiline(&mut shown).desired_width(f32::INFINITY));
            if style::primary_button(ui, &tr!("common-copy")).clicked() {
                ui.ctx().copy_text(reply.clone());
            }
        });
    }
}

/// The plan's text with each flagged part on a coloured background.
fn marked(ui: &Ui, text: &str, review: &Review) -> LayoutJob {
    let mut job = LayoutJob::default();
    let normal = TextFormat {
        color: ui.visuals().text_color(),
        ..Default::default()
    };
    let mut at = 0;
    for flag in &review.flags {
        if flag.range.start < at {
            continue;
        }
        job.append(&text[at..flag.range.start], 0.0, normal.clone());
        let tone = if flag.level == Level::Stop {
            Tone::Bad
        } else {
            Tone::Warning
        };
        let color = tone.color(ui);
        job.append(
            &text[flag.range.clone()],
            0.0,
            TextFormat {
                color: Color32::BLACK,
                background: color,
                ..Default::default()
            },
        );
        at = flag.range.end;
    }
    job.append(&text[at..], 0.0, normal);
    job
}
