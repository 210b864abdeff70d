//! The side panel: the logo and the screens that exist so far.

use egui::{RichText, Ui};

use super::{Action, Screen};

const ENTRIES: &[(Screen, &str, &str)] = &[
    (Screen::Home, "🏠", "Home"),
    (Screen::Decide, "❓", "Should I use it?"),
    (Screen::Session, "▶", "Session"),
    (Screen::PlanReview, "📋", "Check a plan"),
    (Screen::Files, "🔍", "Files"),
    (Screen::Quarantine, "🔒", "Quarantine"),
    (Screen::Backups, "💾", "Backups"),
    (Screen::Sessions, "🗐", "Sessions"),
    (Screen::Activity, "📜", "Activity"),
    (Screen::Learn, "📖", "Learn"),
    (Screen::FirstUseChecklist, "☑", "Before first use"),
];

pub fn show(
    ui: &mut Ui,
    current: Screen,
    logo: Option<&egui::TextureHandle>,
    actions: &mut Vec<Action>,
) {
    ui.add_space(14.0);
    ui.horizontal(|ui| {
        if let Some(logo) = logo {
            ui.add(egui::Image::new(logo).fit_to_exact_size(egui::vec2(36.0, 36.0)));
        }
        ui.label(RichText::new("Airlock").size(22.0).strong());
    });
    ui.add_space(18.0);
    for &(screen, icon, label) in ENTRIES {
        let selected = current == screen;
        let text = RichText::new(format!("{icon}  {label}")).size(16.0);
        let button = egui::Button::selectable(selected, text)
            .min_size(egui::vec2(ui.available_width(), 34.0));
        if ui.add(button).clicked() && !selected {
            actions.push(Action::GoTo(screen));
        }
    }
    // Always in reach, whatever screen is shown.
    ui.add_space(18.0);
    let help = egui::Button::new(
        RichText::new("⚠  Something went wrong")
            .size(14.0)
            .strong()
            .color(egui::Color32::WHITE),
    )
    .fill(egui::Color32::from_rgb(0xb4, 0x23, 0x18))
    .min_size(egui::vec2(ui.available_width(), 34.0));
    if ui.add(help).clicked() && current != Screen::Incident {
        actions.push(Action::GoTo(Screen::Incident));
    }
}
