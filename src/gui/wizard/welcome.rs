//! Step 1: what Airlock does, in three sentences.

use crate::tr;
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
            ui.label(RichText::new(tr!("welcome-title")).size(30.0).strong());
            ui.label(RichText::new(tr!("welcome-subtitle")).size(16.0).weak());
        });
    });
    ui.add_space(8.0);
    for key in [tr!("welcome-1"), tr!("welcome-2"), tr!("welcome-3")] {
        ui.label(RichText::new(key).size(17.0));
    }
    ui.add_space(16.0);
    style::card(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(tr!("welcome-next")).strong());
        ui.label(tr!("welcome-next-1"));
        ui.label(tr!("welcome-next-2"));
        ui.label(tr!("welcome-next-3"));
    });
    ui.add_space(16.0);
    if style::primary_button(ui, &tr!("welcome-start")).clicked() {
        actions.push(Action::WizardTo(WizardStep::ChoosePlace));
    }
}
