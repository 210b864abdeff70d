//! Step 1: what Airlock does, in three sentences.

use egui::{RichText, Ui};

use super::WizardStep;
use crate::gui::{Action, style};

pub fn show(ui: &mut Ui, logo: Option<&egui::TextureHandle>, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        if let Some(logo) = logo {
            ui.add(egui::Image::new(logo).fit_to_exact_size(egui::vec2(72.0, 72.0)));
        }
        ui.vertical(|ui| {
            ui.add_space(10.0);
            ui.label(RichText::new("Welcome to Airlock").size(30.0).strong());
            ui.label(
                RichText::new("A safe workspace for your AI assistant")
                    .size(16.0)
                    .weak(),
            );
        });
    });
    ui.add_space(8.0);
    ui.label(RichText::new(
        "Airlock gives your AI assistant a folder of its own, so it never sees the rest of your files.",
    ).size(17.0));
    ui.label(RichText::new(
        "Every file you put there is checked first for hidden instructions, macros and private data.",
    ).size(17.0));
    ui.label(
        RichText::new(
            "It keeps backups and a record of what changed, so any mistake can be undone.",
        )
        .size(17.0),
    );
    ui.add_space(16.0);
    style::card(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new("What happens next").strong());
        ui.label(
            "1. You choose where the workspace goes (a new folder in your home folder is best).",
        );
        ui.label("2. Airlock creates it with three folders: input, output and archive.");
        ui.label("3. You go through the security guide's short checklist.");
    });
    ui.add_space(16.0);
    if style::primary_button(ui, "Get started").clicked() {
        actions.push(Action::WizardTo(WizardStep::ChoosePlace));
    }
}
