//! Step 3: what was created, with a way to open it.

use egui::{RichText, Ui};

use super::{Wizard, WizardStep};
use crate::gui::Action;
use crate::gui::style::{self, Tone};
use crate::workspace::{Step, folder_purpose};

pub fn show(ui: &mut Ui, wizard: &Wizard, actions: &mut Vec<Action>) {
    let Some(created) = &wizard.created else {
        ui.label("The workspace has not been created yet.");
        if ui.button("Back").clicked() {
            actions.push(Action::WizardTo(WizardStep::ChoosePlace));
        }
        return;
    };
    ui.heading("Your workspace is ready");
    style::status_line(
        ui,
        Tone::Good,
        "Created and private to you: other people on this computer cannot open it.",
    );
    ui.add_space(10.0);
    style::card(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(
            RichText::new(created.path.display().to_string())
                .monospace()
                .size(16.0),
        );
        ui.add_space(6.0);
        for name in crate::workspace::FOLDERS {
            ui.horizontal(|ui| {
                ui.label(RichText::new(format!("🗀 {name}")).strong());
                ui.label(folder_purpose(name));
            });
        }
        let reused = created
            .steps
            .iter()
            .filter(|s| matches!(s, Step::AlreadyThere { .. }))
            .count();
        if reused > 0 {
            ui.add_space(4.0);
            ui.label(
                RichText::new("Folders that were already there were kept as they were.").small(),
            );
        }
    });
    ui.add_space(10.0);
    ui.label("When you give an assistant folder access, give it this folder and nothing else.");
    ui.add_space(14.0);
    ui.horizontal(|ui| {
        if ui.button("🗁 Open the workspace folder").clicked() {
            actions.push(Action::OpenFolder(created.path.clone()));
        }
        if style::primary_button(ui, "Continue").clicked() {
            actions.push(Action::WizardTo(WizardStep::Checklist));
        }
    });
}
