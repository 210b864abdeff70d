//! The Quarantine screen: files taken out of the workspace, and a way to
//! put each one back.

use egui::{RichText, Ui};

use super::Action;
use super::style;
use crate::tr;
use crate::workspace::quarantine::Item;

pub fn show(ui: &mut Ui, dir: &std::path::Path, items: &[Item], actions: &mut Vec<Action>) {
    ui.heading(tr!("nav-quarantine"));
    ui.label(tr!("quarantine-intro"));
    ui.label(
        RichText::new(tr!("quarantine-kept-in", path = dir.display().to_string()))
            .small()
            .weak(),
    );
    ui.add_space(8.0);
    if items.is_empty() {
        style::status_line(ui, style::Tone::Good, &tr!("quarantine-empty"));
        return;
    }
    for item in items.iter().rev() {
        style::card(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(crate::scan::text::make_visible(&item.original)).strong());
            ui.label(tr!(
                "quarantine-when",
                when = item.when.format("%Y-%m-%d %H:%M").to_string(),
                reason = item.reason.text()
            ));
            if ui
                .button(tr!("quarantine-put-back", name = &item.original))
                .clicked()
            {
                actions.push(Action::RestoreFromQuarantine(item.stored.clone()));
            }
        });
        ui.add_space(4.0);
    }
}
