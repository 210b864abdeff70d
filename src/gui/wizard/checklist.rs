//! Step 4: the guide's before-first-use checklist, then Home.

use crate::tr;
use egui::Ui;

use crate::gui::{Action, checklist_view, style};
use crate::settings::Settings;
use crate::workspace::WorkspaceStatus;

pub fn show(
    ui: &mut Ui,
    settings: &Settings,
    status: Option<&WorkspaceStatus>,
    actions: &mut Vec<Action>,
) {
    ui.heading(tr!("checklist-first-use-title"));
    ui.add_space(4.0);
    // The way on comes first: the list is long, and the button must be in
    // view whatever the window's size.
    ui.horizontal_wrapped(|ui| {
        if style::primary_button(ui, &tr!("wizard-finish")).clicked() {
            actions.push(Action::FinishWizard);
        }
        ui.label(tr!("wizard-checklist-later"));
    });
    ui.add_space(10.0);
    checklist_view::first_use(ui, settings, status, actions);
}
