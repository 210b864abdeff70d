//! Step 3: what was created, with a way to open it.

use crate::tr;
use egui::{RichText, Ui};

use super::{Wizard, WizardStep};
use crate::gui::Action;
use crate::gui::style::{self, Tone};
use crate::workspace::{Step, folder_purpose};

pub fn show(ui: &mut Ui, wizard: &Wizard, actions: &mut Vec<Action>) {
    let Some(created) = &wizard.created else {
        ui.label(tr!("created-not-yet"));
        if ui.button(tr!("common-back")).clicked() {
            actions.push(Action::WizardTo(WizardStep::ChoosePlace));
        }
        return;
    };
    ui.heading(tr!("created-title"));
    style::status_line(ui, Tone::Good, &tr!("created-private"));
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
            ui.label(RichText::new(tr!("created-reused")).small());
        }
    });
    ui.add_space(10.0);
    ui.label(tr!("created-give-only"));
    ui.add_space(14.0);
    ui.horizontal(|ui| {
        if ui.button(format!("🗁 {}", tr!("created-open"))).clicked() {
            actions.push(Action::OpenFolder(created.path.clone()));
        }
        if style::primary_button(ui, &tr!("common-continue")).clicked() {
            actions.push(Action::WizardTo(WizardStep::Checklist));
        }
    });
}
