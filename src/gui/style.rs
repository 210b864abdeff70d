//! Airlock's look: text sizes, spacing, colours that work in light and
//! dark themes, and the few framed blocks every screen uses.

use egui::{Color32, CornerRadius, FontId, Margin, RichText, Stroke, TextStyle, Ui};

/// Sets text sizes and spacing for both themes.
pub fn apply(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (TextStyle::Heading, FontId::proportional(24.0)),
            (TextStyle::Body, FontId::proportional(15.0)),
            (TextStyle::Button, FontId::proportional(15.0)),
            (TextStyle::Monospace, FontId::monospace(14.0)),
            (TextStyle::Small, FontId::proportional(12.5)),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(10.0, 8.0);
        style.spacing.button_padding = egui::vec2(12.0, 6.0);
        style.spacing.interact_size.y = 30.0;
    });
}

/// The colour of good news, warnings and refusals, readable on either
/// theme. Colour is never the only signal: every use has an icon and a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Good,
    Warning,
    Bad,
    Info,
}

impl Tone {
    pub fn color(self, ui: &Ui) -> Color32 {
        let dark = ui.visuals().dark_mode;
        match (self, dark) {
            (Tone::Good, false) => Color32::from_rgb(0x1b, 0x7f, 0x4c),
            (Tone::Good, true) => Color32::from_rgb(0x5c, 0xd6, 0x8f),
            (Tone::Warning, false) => Color32::from_rgb(0x9a, 0x5b, 0x00),
            (Tone::Warning, true) => Color32::from_rgb(0xf2, 0xb8, 0x4b),
            (Tone::Bad, false) => Color32::from_rgb(0xb4, 0x23, 0x18),
            (Tone::Bad, true) => Color32::from_rgb(0xff, 0x7b, 0x6e),
            (Tone::Info, false) => Color32::from_rgb(0x0f, 0x5e, 0x74),
            (Tone::Info, true) => Color32::from_rgb(0x7f, 0xcf, 0xe0),
        }
    }

    pub fn icon(self) -> &'static str {
        match self {
            Tone::Good => "✔",
            Tone::Warning => "⚠",
            Tone::Bad => "⛔",
            Tone::Info => "ℹ",
        }
    }

    fn tint(self, ui: &Ui) -> Color32 {
        let base = self.color(ui);
        base.gamma_multiply(if ui.visuals().dark_mode { 0.18 } else { 0.10 })
    }
}

/// The accent colour of primary buttons.
pub fn accent(ui: &Ui) -> Color32 {
    if ui.visuals().dark_mode {
        Color32::from_rgb(0x1d, 0x8a, 0x9e)
    } else {
        Color32::from_rgb(0x0f, 0x6e, 0x82)
    }
}

/// A primary button: the safe, recommended choice on a screen.
pub fn primary_button(ui: &mut Ui, label: &str) -> egui::Response {
    ui.add(
        egui::Button::new(RichText::new(label).strong().color(Color32::WHITE))
            .fill(accent(ui))
            .corner_radius(CornerRadius::same(6)),
    )
}

/// A soft framed block for grouping.
pub fn card<R>(ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> R {
    egui::Frame::NONE
        .fill(ui.visuals().faint_bg_color)
        .stroke(ui.visuals().widgets.noninteractive.bg_stroke)
        .corner_radius(CornerRadius::same(10))
        .inner_margin(Margin::same(16))
        .show(ui, add)
        .inner
}

/// A coloured block that says what is wrong, why it matters and what to
/// do, one sentence each.
pub fn concern_box(ui: &mut Ui, tone: Tone, what: &str, why: &str, todo: &str) {
    let color = tone.color(ui);
    egui::Frame::NONE
        .fill(tone.tint(ui))
        .stroke(Stroke::new(1.0, color))
        .corner_radius(CornerRadius::same(8))
        .inner_margin(Margin::same(12))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(
                RichText::new(format!("{} {what}", tone.icon()))
                    .strong()
                    .color(color),
            );
            if !why.is_empty() {
                ui.label(why);
            }
            if !todo.is_empty() {
                ui.label(RichText::new(todo).italics());
            }
        });
}

/// A one-line status with its icon and colour.
pub fn status_line(ui: &mut Ui, tone: Tone, text: &str) {
    ui.label(RichText::new(format!("{} {text}", tone.icon())).color(tone.color(ui)));
}
