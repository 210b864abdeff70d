//! In a file's details: where it came from, whether that source is
//! trusted (with the buttons to say so), and, for a file holding private
//! data, the offer of a redacted or anonymised copy.

use crate::tr;
use egui::{RichText, Ui};

use super::Action;
use super::style::{self, Tone};
use crate::redact::RedactedCopy;
use crate::scan::{Category, FileReport};
use crate::workspace::provenance::{Provenance, Source, Trust};

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
        style::status_line(ui, Tone::Good, &tr!("copy-plain", name = &r.original));
        ui.label(RichText::new(tr!("copy-will-read")).strong());
        super::files::file_text_box(ui, &r.preview);
        return;
    }
    style::status_line(
        ui,
        Tone::Good,
        &tr!(
            "copy-redacted",
            name = &r.original,
            replaced = r.result.summary()
        ),
    );
    ui.columns(2, |columns| {
        columns[0].label(RichText::new(tr!("copy-will-read")).strong());
        super::files::file_text_box(&mut columns[0], &r.preview);
        columns[1].label(RichText::new(tr!("copy-taken-out")).strong());
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
                    ui.label(tr!("copy-and-more", count = r.result.removed.len() - 60));
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
                (Source::Unknown, _) => (Tone::Warning, String::new()),
                (_, Trust::Trusted) => (Tone::Good, format!(" — {}", tr!("source-trusted"))),
                (_, Trust::NotTrusted) => (Tone::Bad, format!(" — {}", tr!("source-not-trusted"))),
                (_, Trust::Unknown) => (Tone::Info, format!(" — {}", tr!("source-not-judged"))),
            };
            style::status_line(
                ui,
                tone,
                &format!("{}{judged}", tr!("source-line", source = source.describe())),
            );
            if source != Source::Unknown {
                if trust != Trust::Trusted && ui.small_button(tr!("source-trust")).clicked() {
                    actions.push(Action::SetTrust {
                        rel: file.path.clone(),
                        trusted: true,
                    });
                }
                if trust != Trust::NotTrusted && ui.small_button(tr!("source-distrust")).clicked() {
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
            ui.label(RichText::new(tr!("source-url", url = url)).small().weak());
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
            ui.label(tr!("copy-text-intro"));
            if ui
                .add_enabled(!redacting, egui::Button::new(tr!("copy-text")))
                .on_hover_text(tr!("copy-text-hover"))
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
        ui.label(tr!("copy-redact-intro"));
        ui.horizontal(|ui| {
            ui.add_enabled_ui(!redacting, |ui| {
                if style::primary_button(ui, &tr!("copy-redact")).clicked() {
                    actions.push(Action::RedactFile {
                        rel: file.path.clone(),
                        pseudonyms: false,
                    });
                }
                if ui
                    .button(tr!("copy-anonymise"))
                    .on_hover_text(tr!("copy-anonymise-hover"))
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
                ui.label(tr!("copy-making"));
            }
        });
        ui.label(RichText::new(tr!("copy-where")).small().weak());
    }
}
