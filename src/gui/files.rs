//! The Files screen: every workspace file with its verdict and main
//! finding; selecting one shows every finding with its evidence, why it
//! matters and what to do. Text from inside a file only ever appears in
//! the labelled "What the file says" box.

use egui::{RichText, Ui};

use super::Action;
use super::style::{self, Tone};
use crate::scan::{FileReport, Finding, Severity, Verdict};
use crate::tr;

/// What the list shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub verdict: Option<Verdict>,
    pub folder: Option<String>,
    pub order: Order,
    /// How many rows are drawn: a workspace of thousands of files stays
    /// quick, worst first, with "Show more" for the rest.
    pub shown: usize,
}

/// Rows drawn at first, and added by each "Show more".
pub const PAGE: usize = 200;

/// How the list is sorted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Order {
    /// What needs attention first.
    #[default]
    WorstFirst,
    Name,
    Folder,
}

impl Order {
    fn label(self) -> String {
        match self {
            Order::WorstFirst => tr!("files-sort-worst"),
            Order::Name => tr!("files-sort-name"),
            Order::Folder => tr!("files-sort-folder"),
        }
    }
}

/// The screen's view of the scan.
pub struct View<'a> {
    pub model: &'a crate::workspace::model::Model,
    pub scanning: Option<(usize, usize)>,
    /// A redacted copy is being made.
    pub redacting: bool,
    /// The last redacted copy made, if any.
    pub redaction: Option<&'a super::source_view::Redaction>,
}

pub fn tone(verdict: Verdict) -> Tone {
    match verdict {
        Verdict::Safe => Tone::Good,
        Verdict::Review => Tone::Warning,
        Verdict::Danger => Tone::Bad,
    }
}

/// Colour, icon and word: never colour alone.
pub fn chip(ui: &mut Ui, verdict: Verdict) {
    let tone = tone(verdict);
    egui::Frame::NONE
        .fill(tone.color(ui).gamma_multiply(0.18))
        .corner_radius(egui::CornerRadius::same(10))
        .inner_margin(egui::Margin::symmetric(8, 2))
        .show(ui, |ui| {
            ui.label(
                RichText::new(format!("{} {}", tone.icon(), verdict.word()))
                    .color(tone.color(ui))
                    .strong(),
            );
        });
}

/// The workspace folder a file is in; "" for the top level.
fn folder_of(path: &str) -> &str {
    path.split_once('/').map(|(f, _)| f).unwrap_or("")
}

fn folder_label(path: &str) -> String {
    match folder_of(path) {
        "" => tr!("files-top-folder"),
        folder => folder.to_string(),
    }
}

pub fn show(
    ui: &mut Ui,
    view: &View<'_>,
    filter: &mut Filter,
    selected: Option<&str>,
    actions: &mut Vec<Action>,
) {
    ui.heading(tr!("nav-files"));
    ui.label(tr!("files-subtitle"));
    ui.add_space(8.0);
    toolbar(ui, view, filter, actions);
    ui.add_space(8.0);
    if view.model.files().is_empty() {
        let text = if view.scanning.is_some() {
            tr!("files-checking")
        } else if view.model.scanned_once() {
            tr!("files-empty")
        } else {
            tr!("files-not-checked")
        };
        ui.label(text);
        return;
    }
    summary(ui, view.model);
    unknown_sources(ui, view.model, actions);
    ui.add_space(6.0);
    list(ui, view, filter, selected, actions);
    if let Some(file) = selected.and_then(|s| view.model.get(s)) {
        ui.add_space(12.0);
        details(
            ui,
            file,
            view.model.reviews().is_reviewed(file.hash.as_deref()),
            view,
            actions,
        );
    }
}

fn toolbar(ui: &mut Ui, view: &View<'_>, filter: &mut Filter, actions: &mut Vec<Action>) {
    ui.horizontal(|ui| {
        if let Some((done, total)) = view.scanning {
            let fraction = if total == 0 {
                0.0
            } else {
                done as f32 / total as f32
            };
            ui.add(
                egui::ProgressBar::new(fraction)
                    .desired_width(240.0)
                    .text(tr!("files-progress", done = done, total = total)),
            );
            if ui.button(tr!("common-cancel")).clicked() {
                actions.push(Action::CancelScan);
            }
        } else if style::primary_button(ui, &tr!("files-scan-now")).clicked() {
            actions.push(Action::StartScan);
        }
        if ui.button(tr!("files-add")).clicked() {
            actions.push(Action::PickFilesToAdd);
        }
        ui.separator();
        let verdict_label = ui.label(tr!("files-show"));
        egui::ComboBox::from_id_salt("verdict-filter")
            .selected_text(
                filter
                    .verdict
                    .map_or(tr!("files-all-verdicts"), |v| v.word()),
            )
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut filter.verdict, None, tr!("files-all-verdicts"));
                for v in [Verdict::Danger, Verdict::Review, Verdict::Safe] {
                    ui.selectable_value(&mut filter.verdict, Some(v), v.word());
                }
            })
            .response
            .labelled_by(verdict_label.id);
        let folder_label = ui.label(tr!("files-in"));
        egui::ComboBox::from_id_salt("folder-filter")
            .selected_text(filter.folder.clone().unwrap_or(tr!("files-all-folders")))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut filter.folder, None, tr!("files-all-folders"));
                for folder in crate::workspace::FOLDERS {
                    ui.selectable_value(&mut filter.folder, Some(folder.to_string()), folder);
                }
            })
            .response
            .labelled_by(folder_label.id);
    });
    ui.horizontal(|ui| {
        let sort_label = ui.label(tr!("files-sort"));
        egui::ComboBox::from_id_salt("sort-order")
            .selected_text(filter.order.label())
            .show_ui(ui, |ui| {
                for order in [Order::WorstFirst, Order::Name, Order::Folder] {
                    ui.selectable_value(&mut filter.order, order, order.label());
                }
            })
            .response
            .labelled_by(sort_label.id);
        ui.label(RichText::new(tr!("files-drop-hint")).small().weak());
    });
}

/// Files that came in another way than "Add files…" are to be reviewed;
/// the person who put them there can say so for all of them at once.
fn unknown_sources(ui: &mut Ui, model: &crate::workspace::model::Model, actions: &mut Vec<Action>) {
    let count = model.unknown_source("");
    if count == 0 {
        return;
    }
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        ui.label(tr!("files-unknown-sources", count = count));
        if ui.button(tr!("files-vouch")).clicked() {
            actions.push(Action::VouchForUnknownFiles);
        }
    });
}

fn summary(ui: &mut Ui, model: &crate::workspace::model::Model) {
    let counts = model.counts();
    ui.horizontal(|ui| {
        for v in [Verdict::Danger, Verdict::Review, Verdict::Safe] {
            chip(ui, v);
            ui.label(format!("{}", counts.of(v)));
            ui.add_space(8.0);
        }
    });
}

fn list(
    ui: &mut Ui,
    view: &View<'_>,
    filter: &mut Filter,
    selected: Option<&str>,
    actions: &mut Vec<Action>,
) {
    let mut rows: Vec<&FileReport> = view
        .model
        .files()
        .values()
        .filter(|f| filter.verdict.is_none_or(|v| f.verdict == v))
        .filter(|f| {
            filter
                .folder
                .as_deref()
                .is_none_or(|d| folder_of(&f.path) == d)
        })
        .collect();
    let name = |f: &FileReport| f.path.rsplit('/').next().unwrap_or("").to_lowercase();
    match filter.order {
        // What needs attention is on top.
        Order::WorstFirst => {
            rows.sort_by(|a, b| b.verdict.cmp(&a.verdict).then(a.path.cmp(&b.path)))
        }
        Order::Name => rows.sort_by_key(|f| name(f)),
        Order::Folder => rows.sort_by(|a, b| a.path.cmp(&b.path)),
    }
    let total = rows.len();
    let shown = filter.shown.max(PAGE);
    rows.truncate(shown);
    style::card(ui, |ui| {
        ui.set_width(ui.available_width());
        egui::Grid::new("files-grid")
            .striped(true)
            .num_columns(4)
            .spacing([16.0, 6.0])
            .show(ui, |ui| {
                ui.label(RichText::new(tr!("files-col-verdict")).strong());
                ui.label(RichText::new(tr!("files-col-folder")).strong());
                ui.label(RichText::new(tr!("files-col-name")).strong());
                ui.label(RichText::new(tr!("files-col-finding")).strong());
                ui.end_row();
                for file in rows {
                    chip(ui, file.verdict);
                    ui.label(folder_label(&file.path));
                    let name = file
                        .path
                        .split_once('/')
                        .map_or(file.path.as_str(), |(_, n)| n);
                    let is_selected = selected == Some(file.path.as_str());
                    if ui
                        .selectable_label(is_selected, crate::scan::text::make_visible(name))
                        .clicked()
                    {
                        actions.push(Action::SelectFile(file.path.clone()));
                    }
                    let main = file
                        .main_finding()
                        .map_or(tr!("files-nothing-found"), Finding::text);
                    let main = if view.model.reviews().is_reviewed(file.hash.as_deref()) {
                        format!("{} {main}", tr!("files-reviewed-prefix"))
                    } else {
                        main
                    };
                    // The whole sentence is in the details; the list stays one line a file.
                    ui.add(egui::Label::new(main).truncate());
                    ui.end_row();
                }
            });
        if total > shown {
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                ui.label(tr!("files-showing", shown = shown, total = total));
                if ui
                    .button(tr!("files-show-more", count = PAGE.min(total - shown)))
                    .clicked()
                {
                    filter.shown = shown + PAGE;
                }
            });
        }
    });
}

fn details(
    ui: &mut Ui,
    file: &FileReport,
    reviewed: bool,
    view: &View<'_>,
    actions: &mut Vec<Action>,
) {
    style::card(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal(|ui| {
            chip(ui, file.verdict);
            ui.label(
                RichText::new(crate::scan::text::make_visible(&file.path))
                    .size(18.0)
                    .strong(),
            );
        });
        ui.horizontal_wrapped(|ui| {
            if file.verdict != Verdict::Safe
                && style::primary_button(ui, &tr!("files-quarantine")).clicked()
            {
                actions.push(Action::QuarantineFile(file.path.clone()));
            }
            if file.verdict != Verdict::Safe && file.hash.is_some() {
                let (label, mark) = if reviewed {
                    (tr!("files-unmark-reviewed"), false)
                } else {
                    (tr!("files-mark-reviewed"), true)
                };
                if ui.button(label).clicked() {
                    actions.push(Action::MarkReviewed {
                        rel: file.path.clone(),
                        reviewed: mark,
                    });
                }
            }
            if ui.button(tr!("files-show-in-folder")).clicked() {
                actions.push(Action::ShowInFolder(file.path.clone()));
            }
            if ui
                .button(format!("↺ {}", tr!("files-earlier-version")))
                .clicked()
            {
                actions.push(Action::ShowVersions(file.path.clone()));
            }
        });
        super::source_view::show(ui, file, view.model.provenance(), view.redacting, actions);
        if let Some(redaction) = view.redaction.filter(|r| r.copy == file.path) {
            super::source_view::redaction(ui, redaction);
        }
        if reviewed {
            style::status_line(ui, Tone::Info, &tr!("files-reviewed-note"));
        }
        if file.findings.is_empty() {
            style::status_line(ui, Tone::Good, &tr!("files-nothing-to-worry"));
        }
        if let Some(seen) = &file.preview {
            ui.add_space(6.0);
            seen_and_hidden(ui, seen, file);
        }
        for finding in &file.findings {
            ui.add_space(6.0);
            finding_block(ui, finding, actions);
        }
    });
}

/// What a person sees beside what is hidden from them.
fn seen_and_hidden(ui: &mut Ui, seen: &str, file: &FileReport) {
    let hidden: Vec<&Finding> = file
        .findings
        .iter()
        .filter(|f| f.category == crate::scan::Category::HiddenContent && f.evidence.is_some())
        .collect();
    ui.columns(2, |columns| {
        columns[0].label(RichText::new(tr!("files-what-you-see")).strong());
        file_text_box(&mut columns[0], seen);
        columns[1].label(
            RichText::new(tr!("files-what-is-hidden"))
                .strong()
                .color(Tone::Bad.color(&columns[1])),
        );
        for finding in hidden {
            let place = finding
                .place()
                .map(|place| tr!("files-where", place = place))
                .unwrap_or_default();
            columns[1].label(RichText::new(format!("{place}{}", finding.text())).small());
            file_text_box(
                &mut columns[1],
                finding.evidence.as_deref().unwrap_or_default(),
            );
        }
    });
}

/// Text from inside a file, in its own box, never in Airlock's voice.
pub(super) fn file_text_box(ui: &mut Ui, text: &str) {
    egui::Frame::NONE
        .fill(ui.visuals().extreme_bg_color)
        .corner_radius(egui::CornerRadius::same(6))
        .inner_margin(egui::Margin::same(8))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.add(egui::Label::new(RichText::new(text).monospace()).wrap());
        });
}

fn finding_block(ui: &mut Ui, finding: &Finding, actions: &mut Vec<Action>) {
    let tone = match finding.severity {
        Severity::Danger => Tone::Bad,
        Severity::Review => Tone::Warning,
        Severity::Info => Tone::Info,
    };
    let place = finding
        .place()
        .map(|place| format!(" ({place})"))
        .unwrap_or_default();
    style::concern_box(
        ui,
        tone,
        &tr!(
            "files-finding-line",
            category = finding.category.title(),
            message = finding.text(),
            place = place
        ),
        &finding.category.why(),
        &finding.category.todo(),
    );
    if ui
        .small_button(tr!("files-why-matters"))
        .on_hover_text(tr!("files-why-matters-hover"))
        .clicked()
    {
        actions.push(Action::Learn(
            crate::guide::learn::topic_of(finding.category).to_string(),
        ));
    }
    if let Some(evidence) = &finding.evidence {
        ui.label(RichText::new(tr!("files-file-says")).small().weak());
        file_text_box(ui, evidence);
    }
}
