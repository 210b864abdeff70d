//! In a file's details: where it came from, whether that source is
//! trusted (with the buttons to say so), and, for a file holding private
//! data, the offer of a redacted or anonymised copy.

use egui::{RichText, Ui};

use super::Action;
use super::style::{self, Tone};
use crate::provenance::{Provenance, Source, Trust};
use crate::scan::{Category, FileReport};

pub fn show(
    ui: &mut Ui,
    file: &FileReport,
    provenance: &Provenance,
    redacting: bool,
    actions: &mut Vec<Action>,
) {
    if !file.path.starts_with("output/") {
        let source = provenance.source_of(&file.path);
        let trust = provenance.trust(&source);
        ui.horizontal_wrapped(|ui| {
            let (tone, judged) = match (&source, trust) {
                (Source::Unknown, _) => (Tone::Warning, ""),
                (_, Trust::Trusted) => (Tone::Good, " — a source you trust"),
                (_, Trust::NotTrusted) => (Tone::Bad, " — not a source you trust"),
                (_, Trust::Unknown) => (Tone::Info, " — you have not said whether you trust it"),
            };
            style::status_line(ui, tone, &format!("Source: {}{judged}", source.describe()));
            if source != Source::Unknown {
                if trust != Trust::Trusted && ui.small_button("I trust this source").clicked() {
                    actions.push(Action::SetTrust {
                        rel: file.path.clone(),
                        trusted: true,
                    });
                }
                if trust != Trust::NotTrusted && ui.small_button("I don't trust it").clicked() {
                    actions.push(Action::SetTrust {
                        rel: file.path.clone(),
                        trusted: false,
                    });
                }
            }
        });
        if let Some(record) = provenance.get(&file.path)
            && let Some(url) = &record.origin.url
        {
            ui.label(
                RichText::new(format!("Downloaded from {url}"))
                    .small()
                    .weak(),
            );
        }
    }
    let private = file
        .findings
        .iter()
        .any(|f| f.category == Category::SensitiveData);
    if private {
        ui.add_space(4.0);
        ui.label("If the assistant needs this file, give it a copy without the private data:");
        ui.horizontal(|ui| {
            ui.add_enabled_ui(!redacting, |ui| {
                if style::primary_button(ui, "Make a redacted copy").clicked() {
                    actions.push(Action::RedactFile {
                        rel: file.path.clone(),
                        pseudonyms: false,
                    });
                }
                if ui
                    .button("Make an anonymised copy")
                    .on_hover_text("Each value becomes a name like CARD-1, the same everywhere in the file, so the assistant can still compare and count.")
                    .clicked()
                {
                    actions.push(Action::RedactFile {
                        rel: file.path.clone(),
                        pseudonyms: true,
                    });
                }
            });
            if redacting {
                ui.spinner();
                ui.label("Making the copy…");
            }
        });
        ui.label(
            RichText::new("The copy goes into input/ and is checked again; the original moves to the quarantine.")
                .small()
                .weak(),
        );
    }
}
