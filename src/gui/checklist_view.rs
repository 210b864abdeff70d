//! A checklist on screen: Airlock's own checks with their reasons, and
//! boxes the person ticks.

use egui::{RichText, Ui};

use super::Action;
use super::style::{self, Tone};
use crate::session::checklist::{Checklist, Facts, ItemState};
use crate::settings::Settings;
use crate::tr;
use crate::workspace::WorkspaceStatus;

/// The guide's before-first-use checklist.
pub fn first_use(
    ui: &mut Ui,
    settings: &Settings,
    status: Option<&WorkspaceStatus>,
    actions: &mut Vec<Action>,
) {
    let list = Checklist::first_use();
    let facts = Facts {
        workspace: status,
        ticked: &settings.first_use_ticked,
        session: None,
    };
    ui.label(tr!("first-use-intro"));
    ui.add_space(8.0);
    for (item, state) in list.states(&facts) {
        style::card(ui, |ui| {
            ui.set_width(ui.available_width());
            match &state {
                ItemState::Passed(reason) => {
                    style::status_line(ui, Tone::Good, &item.text);
                    ui.label(RichText::new(reason).small());
                }
                ItemState::Failed(reason) => {
                    style::status_line(ui, Tone::Bad, &item.text);
                    ui.label(RichText::new(reason).small());
                }
                ItemState::Ticked(ticked) => {
                    let mut value = *ticked;
                    if ui
                        .checkbox(&mut value, RichText::new(&item.text).strong())
                        .changed()
                    {
                        actions.push(Action::Tick {
                            id: item.id.clone(),
                            ticked: value,
                        });
                    }
                }
            }
            ui.label(RichText::new(&item.why).small().weak());
        });
        ui.add_space(4.0);
    }
    let done = list.done_count(&facts);
    ui.add_space(4.0);
    ui.label(tr!(
        "home-first-use-progress",
        done = done,
        total = list.items.len()
    ));
}

/// Which session checklist a tick belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    Before,
    After,
}

/// A session checklist, compact: one line per item with Airlock's reason
/// and, for a failed check, the button that fixes it.
pub fn session_list(
    ui: &mut Ui,
    list: &Checklist,
    facts: &Facts<'_>,
    which: Which,
    actions: &mut Vec<Action>,
) {
    ui.label(RichText::new(&list.title).size(18.0).strong());
    for (item, state) in list.states(facts) {
        ui.horizontal_wrapped(|ui| match &state {
            ItemState::Passed(reason) => {
                style::status_line(ui, Tone::Good, &item.text);
                ui.label(RichText::new(format!("— {reason}")).small().weak());
            }
            ItemState::Failed(reason) => {
                style::status_line(ui, Tone::Bad, &item.text);
                ui.label(RichText::new(format!("— {reason}")).small());
                if let Some((label, action)) = fix_for(&item.id)
                    && ui.small_button(label).clicked()
                {
                    actions.push(action);
                }
            }
            ItemState::Ticked(ticked) => {
                let mut value = *ticked;
                if ui.checkbox(&mut value, &item.text).changed() {
                    actions.push(Action::TickSession {
                        after: which == Which::After,
                        id: item.id.clone(),
                        ticked: value,
                    });
                }
                ui.label(RichText::new(&item.why).small().weak());
            }
        });
    }
}

/// The one-click fix for a failed automatic check, where there is one.
fn fix_for(id: &str) -> Option<(String, Action)> {
    use super::Screen;
    Some(match id {
        "files-checked" => (tr!("home-check-files"), Action::StartScan),
        "no-private-data" => (tr!("home-see-files"), Action::GoTo(Screen::Files)),
        "backup-fresh" => (tr!("backup-now"), Action::BackUpNow),
        "folders-private" => (tr!("checklist-repair"), Action::RepairWorkspace),
        "only-intended-files" | "trusted-sources" => {
            (tr!("home-see-files"), Action::GoTo(Screen::Files))
        }
        _ => return None,
    })
}
