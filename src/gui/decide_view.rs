//! "Should I use the assistant for this?": the guide's decision tree, one
//! yes/no question at a time, ending in advice with buttons that do it.

use crate::tr;
use egui::{RichText, Ui};

use super::style::{self, Tone};
use super::{Action, Screen};
use crate::guide::decide::{self, NextStep, Step, Verdict};

#[derive(Default)]
pub struct DecideUi {
    pub answers: Vec<bool>,
}

pub fn show(ui: &mut Ui, state: &mut DecideUi, actions: &mut Vec<Action>) {
    ui.heading(tr!("decide-title"));
    ui.label(tr!("decide-intro"));
    ui.add_space(10.0);
    match decide::next(&state.answers) {
        Step::Ask(question) => {
            style::card(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(
                    RichText::new(tr!("decide-question", n = state.answers.len() + 1))
                        .small()
                        .weak(),
                );
                ui.label(RichText::new(question.text()).size(18.0).strong());
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if style::primary_button(ui, &tr!("common-yes")).clicked() {
                        state.answers.push(true);
                    }
                    if style::primary_button(ui, &tr!("common-no")).clicked() {
                        state.answers.push(false);
                    }
                    if !state.answers.is_empty() && ui.button(tr!("common-back")).clicked() {
                        state.answers.pop();
                    }
                });
            });
        }
        Step::Done(advice) => {
            let (tone, headline) = match advice.verdict {
                Verdict::GoAhead => (Tone::Good, tr!("decide-verdict-go")),
                Verdict::WithCare => (Tone::Warning, tr!("decide-verdict-care")),
                Verdict::DoNotUse => (Tone::Bad, tr!("decide-verdict-no")),
            };
            style::concern_box(ui, tone, &headline, &advice.sentence, "");
            ui.add_space(8.0);
            if !advice.steps.is_empty() {
                ui.label(RichText::new(tr!("decide-next-steps")).strong());
                ui.horizontal_wrapped(|ui| {
                    for step in &advice.steps {
                        if ui.button(step.label()).clicked() {
                            actions.extend(step_actions(*step));
                        }
                    }
                });
            }
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button(tr!("common-back")).clicked() {
                    state.answers.pop();
                }
                if ui.button(tr!("decide-start-over")).clicked() {
                    state.answers.clear();
                }
            });
        }
    }
}

fn step_actions(step: NextStep) -> Vec<Action> {
    match step {
        NextStep::ScanFiles => vec![Action::GoTo(Screen::Files), Action::StartScan],
        NextStep::MakeRedactedCopies => vec![Action::GoTo(Screen::Files)],
        NextStep::BackUpNow => vec![Action::BackUpNow],
        NextStep::CheckThePlan => vec![Action::GoTo(Screen::PlanReview)],
        NextStep::StartSession => vec![Action::GoTo(Screen::Session)],
    }
}
