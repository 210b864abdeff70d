//! The side panel: the logo and the screens that exist so far.

use egui::{RichText, Ui};

use super::{Action, Screen};
use crate::tr;

fn entries() -> [(Screen, &'static str, String); 12] {
    [
        (Screen::Home, "🏠", tr!("nav-home")),
        (Screen::Decide, "❓", tr!("nav-decide")),
        (Screen::Session, "▶", tr!("nav-session")),
        (Screen::PlanReview, "📋", tr!("nav-plan")),
        (Screen::Files, "🔍", tr!("nav-files")),
        (Screen::Quarantine, "🔒", tr!("nav-quarantine")),
        (Screen::Backups, "💾", tr!("nav-backups")),
        (Screen::Sessions, "🗐", tr!("nav-sessions")),
        (Screen::Activity, "📜", tr!("nav-activity")),
        (Screen::Learn, "📖", tr!("nav-learn")),
        (Screen::FirstUseChecklist, "☑", tr!("nav-first-use")),
        (Screen::Settings, "⚙", tr!("nav-settings")),
    ]
}

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
    for (screen, icon, label) in entries() {
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
        RichText::new(format!("⚠  {}", tr!("nav-incident")))
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

/// The language chooser at the foot of the side panel: the computer's
/// language unless the person picks one.
pub fn language_choice(ui: &mut Ui, chosen: Option<crate::i18n::Lang>, actions: &mut Vec<Action>) {
    use crate::i18n::Lang;
    // The computer's language named in the window's language: "Automatique
    // (anglais)", not "Automatique (English)".
    let system_name = match crate::i18n::system_lang() {
        Lang::En => tr!("lang-name-en"),
        Lang::Fr => tr!("lang-name-fr"),
    };
    let system = tr!("nav-language-system", name = system_name);
    let shown = chosen.map_or(system.clone(), |l| l.native_name().to_string());
    ui.add_space(18.0);
    let label = ui.label(RichText::new(tr!("nav-language")).small().weak());
    let mut picked = chosen;
    egui::ComboBox::from_id_salt("language")
        .width(ui.available_width() - 8.0)
        .selected_text(shown)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut picked, None, system);
            for lang in Lang::ALL {
                ui.selectable_value(&mut picked, Some(lang), lang.native_name());
            }
        })
        .response
        .labelled_by(label.id);
    if picked != chosen {
        actions.push(Action::SetLanguage(picked));
    }
}
