//! The Quarantine screen: files taken out of the workspace, and a way to
//! put each one back.

use egui::{RichText, Ui};

use super::Action;
use super::style;
use crate::quarantine::Item;

pub fn show(ui: &mut Ui, dir: &std::path::Path, items: &[Item], actions: &mut Vec<Action>) {
    ui.heading("Quarantine");
    ui.label("Files taken out of the workspace, where the assistant cannot reach them. Nothing here is deleted.");
    ui.label(
        RichText::new(format!("Kept in {}", dir.display()))
            .small()
            .weak(),
    );
    ui.add_space(8.0);
    if items.is_empty() {
        style::status_line(ui, style::Tone::Good, "The quarantine is empty.");
        return;
    }
    for item in items.iter().rev() {
        style::card(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(crate::scan::text::make_visible(&item.original)).strong());
            ui.label(format!(
                "Quarantined {} — {}",
                item.when.format("%Y-%m-%d %H:%M"),
                item.reason
            ));
            if ui.button(format!("Put {} back", item.original)).clicked() {
                actions.push(Action::RestoreFromQuarantine(item.stored.clone()));
            }
        });
        ui.add_space(4.0);
    }
}
