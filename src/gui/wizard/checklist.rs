//! Step 4: the guide's before-first-use checklist, then Home.

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
    ui.heading("Before you first use the assistant");
    ui.add_space(4.0);
    checklist_view::first_use(ui, settings, status, actions);
    ui.add_space(8.0);
    ui.label("You can come back to this list at any time from the side panel.");
    ui.add_space(10.0);
    if style::primary_button(ui, "Go to my workspace").clicked() {
        actions.push(Action::FinishWizard);
    }
}
