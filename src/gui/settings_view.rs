//! The Settings screen (for now: the applications-menu entry) and Home's
//! one-time offer to add Airlock to the applications menu. The entry
//! itself is `crate::desktop_entry`; these only show and send actions.

use egui::{RichText, Ui};

use super::Action;
use super::style::{self, Tone};
use crate::desktop_entry::MenuState;
use crate::tr;

/// Home's offer, shown while Airlock runs from a bare program that is not
/// in the menu and the person has not answered yet.
pub fn menu_offer(ui: &mut Ui, actions: &mut Vec<Action>) {
    style::card(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(tr!("menu-offer-what")).size(18.0).strong());
        ui.label(tr!("menu-offer-why"));
        ui.add_space(4.0);
        ui.horizontal(|ui| {
            if style::primary_button(ui, &tr!("menu-add")).clicked() {
                actions.push(Action::AddToMenu);
            }
            if ui.button(tr!("menu-offer-no")).clicked() {
                actions.push(Action::DismissMenuOffer);
            }
        });
    });
    ui.add_space(12.0);
}

/// The Settings screen.
pub fn show(ui: &mut Ui, menu: Option<MenuState>, actions: &mut Vec<Action>) {
    ui.heading(tr!("settings-title"));
    ui.add_space(12.0);
    style::card(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(
            RichText::new(tr!("settings-menu-title"))
                .size(18.0)
                .strong(),
        );
        match menu {
            Some(MenuState::Installed) => {
                style::status_line(ui, Tone::Good, &tr!("settings-menu-installed"));
            }
            Some(MenuState::AddedByAirlock) => {
                style::status_line(ui, Tone::Good, &tr!("settings-menu-added"));
                if ui.button(tr!("settings-menu-remove")).clicked() {
                    actions.push(Action::RemoveFromMenu);
                }
            }
            Some(MenuState::Absent) => {
                ui.label(tr!("settings-menu-absent"));
                if style::primary_button(ui, &tr!("menu-add")).clicked() {
                    actions.push(Action::AddToMenu);
                }
            }
            None => {
                ui.label(tr!("settings-menu-unsupported"));
            }
        }
    });
}
