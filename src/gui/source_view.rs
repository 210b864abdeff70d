//! In a file's details: where it came from, whether that source is
//! trusted (with the buttons to say so), and, for a file holding private
//! data, the offer of a redacted or anonymised copy.

use egui::{RichText, Ui};

use super::Action;
use super::style::{self, Tone};
use crate::provenance::{Provenance, Source, Trust};
use crate::redact::RedactedCopy;
use crate::scan::{Category, FileReport};

/// A redacted copy just made: its text beside what was taken out.
pub struct Redaction {
    pub copy: String,
    pub original: String,
    pub result: RedactedCopy,
    /// What the assistant will read in the copy (the start of it).
    pub preview: String,
}

impl Redaction {
    pub fn new(copy: String, original: String, result: RedactedCopy) -> Self {
        let preview = std::fs::read(&result.path)
            .map(|bytes| {
                let name = copy.rsplit('/').next().unwrap_or(&copy).to_string();
                let kind = crate::scan::format::sniff(&bytes);
                let pieces = crate::scan::inspect::inspect(&name, &bytes, kind).pieces;
                let text: String = pieces
                    .iter()
                    .filter(|p| p.hidden.is_none())
                    .map(|p| p.text.as_str())
                    .collect::<Vec<_>>()
                    .join("\n");
                text.chars().take(3000).collect()
            })
            .unwrap_or_default();
        Self {
            copy,
            original,
            result,
            preview,
        }
    }
}

/// The copy's text beside the values taken out of it.
pub fn redaction(ui: &mut Ui, r: &Redaction) {
    ui.add_space(6.0);
    if r.result.replaced.is_empty() {
        style::status_line(
            ui,
            Tone::Good,
            &format!(
                "A plain-text copy of {}: only what a reader sees; hidden parts, macros, scripts and comments are left out.",
                r.original
            ),
        );
        ui.label(RichText::new("What the assistant will read").strong());
        super::files::file_text_box(ui, &r.preview);
        return;
    }
    style::status_line(
        ui,
        Tone::Good,
        &format!(
            "A copy of {} without its private data ({} replaced), checked again: nothing private is left.",
            r.original,
            r.result.summary()
        ),
    );
    ui.columns(2, |columns| {
        columns[0].label(RichText::new("What the assistant will read").strong());
        super::files::file_text_box(&mut columns[0], &r.preview);
        columns[1].label(RichText::new("What was taken out (shown partly hidden)").strong());
        egui::Frame::NONE
            .inner_margin(egui::Margin::same(8))
            .show(&mut columns[1], |ui| {
                for removed in r.result.removed.iter().take(60) {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(RichText::new(&removed.masked).monospace());
                        ui.label("➡");
                        ui.label(RichText::new(&removed.replacement).monospace().strong());
                    });
                }
                if r.result.removed.len() > 60 {
                    ui.label(format!("…and {} more.", r.result.removed.len() - 60));
                }
            });
    });
}

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
    let document_risk = file.findings.iter().any(|f| {
        matches!(
            f.category,
            Category::HiddenContent | Category::Macro | Category::ActiveContent
        ) && f.severity > crate::scan::Severity::Info
    });
    if document_risk && !file.path.ends_with(".txt") {
        ui.add_space(4.0);
        ui.horizontal_wrapped(|ui| {
            ui.label("If the assistant only needs what the document says:");
            if ui
                .add_enabled(!redacting, egui::Button::new("Make a safe text copy"))
                .on_hover_text("Writes only the text a reader sees to a new .txt in input/, then moves this file to the quarantine.")
                .clicked()
            {
                actions.push(Action::SafeTextCopy(file.path.clone()));
            }
        });
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
