//! The first-use wizard: Welcome → Choose a place → Created → Before first
//! use → Home. One file per step.

mod checklist;
mod created;
mod place;
mod welcome;

use crate::tr;
use std::path::{Path, PathBuf};

use egui::{RichText, Ui};

use super::Action;
use crate::settings::Settings;
use crate::workspace::{Created, PlaceCheck, PlaceRules, WorkspaceStatus};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WizardStep {
    Welcome,
    ChoosePlace,
    Created,
    Checklist,
}

impl WizardStep {
    const ALL: [WizardStep; 4] = [
        WizardStep::Welcome,
        WizardStep::ChoosePlace,
        WizardStep::Created,
        WizardStep::Checklist,
    ];

    fn title(self) -> String {
        match self {
            WizardStep::Welcome => tr!("wizard-step-welcome"),
            WizardStep::ChoosePlace => tr!("wizard-step-place"),
            WizardStep::Created => tr!("wizard-step-create"),
            WizardStep::Checklist => tr!("nav-first-use"),
        }
    }
}

/// The wizard's running state.
pub struct Wizard {
    pub step: WizardStep,
    /// The place as the person typed or chose it.
    place_text: String,
    /// The verdict on `place_text`, recomputed when it changes.
    check: Option<(String, PlaceCheck)>,
    pub accept_warnings: bool,
    pub created: Option<Created>,
    pub error: Option<String>,
}

impl Wizard {
    pub fn new(default_place: PathBuf) -> Self {
        Self {
            step: WizardStep::Welcome,
            place_text: default_place.display().to_string(),
            check: None,
            accept_warnings: false,
            created: None,
            error: None,
        }
    }

    pub fn place_text(&self) -> &str {
        &self.place_text
    }

    pub fn set_place(&mut self, text: String) {
        self.place_text = text;
        self.accept_warnings = false;
        self.error = None;
    }

    /// The chosen place, with `~` expanded.
    pub fn place_path(&self, home: &Path) -> PathBuf {
        crate::fsutil::expand_tilde(self.place_text.trim(), home)
    }

    pub fn refresh_check(&mut self, rules: &PlaceRules) {
        let current = self.place_text.trim().to_string();
        if self
            .check
            .as_ref()
            .is_some_and(|(text, _)| *text == current)
        {
            return;
        }
        let path = crate::fsutil::expand_tilde(&current, &rules.folders.home);
        self.check = (!current.is_empty()).then(|| (current, rules.check(&path)));
    }

    pub fn check(&self) -> Option<&PlaceCheck> {
        self.check.as_ref().map(|(_, check)| check)
    }
}

pub fn show(
    ui: &mut Ui,
    wizard: &mut Wizard,
    settings: &Settings,
    status: Option<&WorkspaceStatus>,
    picker_open: bool,
    logo: Option<&egui::TextureHandle>,
    actions: &mut Vec<Action>,
) {
    steps_header(ui, wizard.step);
    ui.add_space(16.0);
    match wizard.step {
        WizardStep::Welcome => {
            welcome::show(ui, logo, actions);
            // Before anything else, the person can pick the language.
            ui.add_space(16.0);
            ui.scope(|ui| {
                ui.set_max_width(260.0);
                crate::gui::nav::language_choice(ui, settings.language, actions);
            });
        }
        WizardStep::ChoosePlace => place::show(ui, wizard, picker_open, actions),
        WizardStep::Created => created::show(ui, wizard, actions),
        WizardStep::Checklist => checklist::show(ui, settings, status, actions),
    }
}

fn steps_header(ui: &mut Ui, current: WizardStep) {
    ui.horizontal_wrapped(|ui| {
        for (index, step) in WizardStep::ALL.iter().enumerate() {
            if index > 0 {
                ui.label(RichText::new("›").weak());
            }
            let text = format!("{} {}", index + 1, step.title());
            let text = if *step == current {
                RichText::new(text).strong().color(super::style::accent(ui))
            } else {
                RichText::new(text).weak()
            };
            ui.label(text);
        }
    });
    ui.separator();
}
