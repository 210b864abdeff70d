//! Step 2: choose the place, with the place check's verdict in plain words
//! as the person types.

use crate::tr;
use egui::{RichText, Ui};

use super::{Wizard, WizardStep};
use crate::gui::Action;
use crate::gui::style::{self, Tone};
use crate::workspace::Existing;

pub fn show(ui: &mut Ui, wizard: &mut Wizard, picker_open: bool, actions: &mut Vec<Action>) {
    ui.heading(tr!("place-title"));
    ui.label(tr!("place-intro"));
    ui.add_space(10.0);

    let mut text = wizard.place_text().to_string();
    ui.horizontal(|ui| {
        let label = ui.label(tr!("place-folder"));
        let edit = egui::TextEdit::singleline(&mut text)
            .desired_width(ui.available_width() - 210.0)
            .font(egui::TextStyle::Monospace);
        ui.add(edit).labelled_by(label.id);
        let label = if picker_open {
            tr!("place-choosing")
        } else {
            tr!("place-choose")
        };
        if ui
            .add_enabled(!picker_open, egui::Button::new(label))
            .clicked()
        {
            actions.push(Action::PickFolder);
        }
    });
    ui.label(RichText::new(tr!("place-type-hint")).small().weak());
    if text != wizard.place_text() {
        wizard.set_place(text);
    }
    ui.add_space(10.0);

    let Some(check) = wizard.check() else {
        ui.label(tr!("place-type"));
        return;
    };
    let check = check.clone();
    if let Some(concern) = &check.refusal {
        style::concern_box(
            ui,
            Tone::Bad,
            &concern.what(),
            &concern.why(),
            &concern.todo(),
        );
        if let Some(better) = concern.suggested_path()
            && ui
                .button(tr!("place-use", path = better.display().to_string()))
                .clicked()
        {
            wizard.set_place(better.display().to_string());
        }
    } else {
        if check.warnings.is_empty() {
            let sentence = match check.existing {
                Existing::Nothing => tr!("place-good-new"),
                Existing::EmptyFolder => tr!("place-good-empty"),
                Existing::Workspace => tr!("place-good-workspace"),
                Existing::FolderWithFiles => tr!("place-has-files"),
            };
            style::status_line(ui, Tone::Good, &sentence);
        }
        for concern in &check.warnings {
            style::concern_box(
                ui,
                Tone::Warning,
                &concern.what(),
                &concern.why(),
                &concern.todo(),
            );
            if let Some(better) = concern.suggested_path()
                && ui
                    .button(tr!(
                        "place-use-instead",
                        path = better.display().to_string()
                    ))
                    .clicked()
            {
                wizard.set_place(better.display().to_string());
            }
            ui.add_space(4.0);
        }
        for concern in &check.notes {
            style::concern_box(
                ui,
                Tone::Info,
                &concern.what(),
                &concern.why(),
                &concern.todo(),
            );
        }
        if !check.warnings.is_empty() {
            ui.checkbox(&mut wizard.accept_warnings, tr!("place-accept"));
        }
    }
    if let Some(error) = &wizard.error {
        ui.add_space(6.0);
        style::status_line(ui, Tone::Bad, error);
    }
    ui.add_space(14.0);
    ui.horizontal(|ui| {
        if ui.button(tr!("common-back")).clicked() {
            actions.push(Action::WizardTo(WizardStep::Welcome));
        }
        let allowed = !check.is_refused() && (check.warnings.is_empty() || wizard.accept_warnings);
        ui.add_enabled_ui(allowed, |ui| {
            if style::primary_button(ui, &tr!("place-create")).clicked() {
                actions.push(Action::CreateWorkspace {
                    accept_warnings: wizard.accept_warnings,
                });
            }
        });
        if !allowed {
            ui.label(RichText::new(tr!("place-safe-first")).weak());
        }
    });
}
