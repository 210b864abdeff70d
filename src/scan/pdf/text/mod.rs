//! A PDF page drawn the way a viewer draws it, without the pixels: where
//! each piece of text lands, in which colour, on what background, inside
//! which clipping area, and whether something opaque is painted over it
//! later. What a person cannot see is told apart from what they can, so
//! that the assistant's reading (all of the text) can be put beside the
//! person's.
//!
//! Positions come from the font widths and the text and graphics matrices,
//! followed through saved states and form XObjects. It is a best effort:
//! where a colour or a shape is unknown, the text counts as seen.

use crate::msg;

mod painter;
mod state;
#[cfg(test)]
mod tests;

use std::collections::HashSet;

use lopdf::{Document, Object, ObjectId};

use super::font::{deref, number};
use super::geometry::Rect;

/// Why a piece of text on the page cannot be seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Concealed {
    LayerOff,
    Invisible,
    Transparent,
    Tiny,
    OffPage,
    Clipped,
    /// Lines that run on past the edge of the page or of their box, after
    /// text that is seen: ordinary overflow, not placed there to hide.
    Overflow,
    White,
    SameColour,
    CoveredByShape,
    CoveredByImage,
}

impl Concealed {
    pub const ALL: [Concealed; 11] = [
        Concealed::LayerOff,
        Concealed::Invisible,
        Concealed::Transparent,
        Concealed::Tiny,
        Concealed::OffPage,
        Concealed::Clipped,
        Concealed::Overflow,
        Concealed::White,
        Concealed::SameColour,
        Concealed::CoveredByShape,
        Concealed::CoveredByImage,
    ];

    /// The reason, to follow "Part of this file is hidden from you: ".
    pub fn why(self) -> crate::i18n::Msg {
        match self {
            Concealed::LayerOff => msg!("hidden-on-layer-switched-off"),
            Concealed::Invisible => msg!("hidden-drawn-invisible-ink"),
            Concealed::Transparent => msg!("hidden-fully-transparent-2"),
            Concealed::Tiny => msg!("hidden-written-letters-too-small-see"),
            Concealed::OffPage => msg!("hidden-placed-outside-page-where-nobody"),
            Concealed::Clipped => msg!("hidden-placed-where-page-cuts-out"),
            Concealed::Overflow => msg!("hidden-runs-on-past-edge-page"),
            Concealed::White => msg!("hidden-white-text-invisible-on-white"),
            Concealed::SameColour => msg!("hidden-same-colour-what-behind"),
            Concealed::CoveredByShape => msg!("hidden-covered-shape-drawn-over"),
            Concealed::CoveredByImage => msg!("hidden-covered-picture-drawn-over"),
        }
    }
}

/// Text drawn by one text-showing operator.
#[derive(Debug, Clone)]
pub struct Run {
    pub text: String,
    pub concealed: Option<Concealed>,
    pub bbox: Rect,
    origin: (f32, f32),
    end: (f32, f32),
    /// The direction of the baseline, as a unit vector.
    dir: (f32, f32),
    /// The height of one em on the page.
    height: f32,
}

/// What one page draws.
#[derive(Debug, Default)]
pub struct PageText {
    pub runs: Vec<Run>,
    /// Replacement text (`/ActualText`): what copying and text extraction
    /// get instead of what is drawn.
    pub actual_text: String,
    /// Replacement text for single glyphs and for symbols drawn without
    /// letters: what the page shows, spelled out.
    pub spelled_out: String,
    /// A picture fills most of the page: a scan, whose text (if any) is an
    /// invisible layer for search.
    pub scanned: bool,
    /// The first budget that stopped the reading of this page, if any:
    /// what comes after it was not checked.
    pub stopped: Option<Budget>,
    /// A content stream could not be unpacked: what it held was not read.
    pub damaged: bool,
}

/// A budget that stops the reading of a page. They count things, not
/// time, so a verdict does not depend on how busy the machine is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Budget {
    /// More drawing operations than Airlock follows on one page.
    Operations,
    /// Forms drawn inside forms too deep, or drawing themselves.
    FormDepth,
    /// A content stream too large to take apart within the memory budget.
    ContentSize,
    /// Too many shapes to compare with the text to tell what covers it.
    Comparisons,
}

impl Budget {
    /// The message id naming this budget.
    pub fn message_id(self) -> &'static str {
        match self {
            Budget::Operations => "limit-pdf-operations",
            Budget::FormDepth => "limit-pdf-form-depth",
            Budget::ContentSize => "limit-pdf-content-size",
            Budget::Comparisons => "limit-pdf-comparisons",
        }
    }
}

impl PageText {
    /// The text of the runs `keep` accepts, with spaces and line breaks
    /// where the page puts them.
    pub fn text_of(&self, keep: impl Fn(&Run) -> bool) -> String {
        let mut out = String::new();
        let mut prev: Option<&Run> = None;
        for run in self.runs.iter().filter(|r| keep(r)) {
            if let Some(p) = prev {
                let (dx, dy) = (run.origin.0 - p.end.0, run.origin.1 - p.end.1);
                let along = dx * p.dir.0 + dy * p.dir.1;
                let across = -dx * p.dir.1 + dy * p.dir.0;
                let em = p.height.max(run.height).max(0.01);
                let spaced =
                    out.ends_with(char::is_whitespace) || run.text.starts_with(char::is_whitespace);
                if across.abs() > 0.5 * em {
                    out.push('\n');
                } else if !spaced && (along > 0.15 * em || along < -0.5 * em) {
                    out.push(' ');
                }
            }
            out.push_str(&run.text);
            prev = Some(run);
        }
        out
    }
}

/// Reads what the page draws. Fails only when its content cannot be read.
pub fn read_page(
    doc: &Document,
    page_id: ObjectId,
    off_layers: &HashSet<ObjectId>,
    limit: usize,
) -> lopdf::Result<PageText> {
    let page = page_box(doc, page_id);
    let mut out = painter::draw_page(doc, page_id, page, off_layers, limit)?;
    overflow(&mut out.runs, page.x1 - page.x0);
    Ok(out)
}

/// Text out of view that continues lines in view, before or after it, is
/// text running on past its box (a slide's text box too full, a table
/// cell too narrow) rather than text placed out of view.
fn overflow(runs: &mut [Run], page_width: f32) {
    let out_of_view =
        |r: &Run| matches!(r.concealed, Some(Concealed::OffPage | Concealed::Clipped));
    let in_flow = |r: &Run| matches!(r.concealed, None | Some(Concealed::Overflow));
    for i in 1..runs.len() {
        if out_of_view(&runs[i])
            && in_flow(&runs[i - 1])
            && runs[i - 1].continued_by(&runs[i], page_width)
        {
            runs[i].concealed = Some(Concealed::Overflow);
        }
    }
    for i in (0..runs.len().saturating_sub(1)).rev() {
        if out_of_view(&runs[i])
            && in_flow(&runs[i + 1])
            && runs[i].continued_by(&runs[i + 1], page_width)
        {
            runs[i].concealed = Some(Concealed::Overflow);
        }
    }
}

impl Run {
    /// Whether `next` carries on this run's text: on the same line or at
    /// most a few lines further, in the same direction.
    fn continued_by(&self, next: &Run, page_width: f32) -> bool {
        let (dx, dy) = (next.origin.0 - self.end.0, next.origin.1 - self.end.1);
        let across = -dx * self.dir.1 + dy * self.dir.0;
        let along = dx * self.dir.0 + dy * self.dir.1;
        let em = self.height.max(next.height).max(0.01);
        if across.abs() < 0.5 * em {
            along > -0.5 * em && along < 3.0 * em
        } else {
            across.abs() <= 3.0 * em && along > -page_width && along < 3.0 * em
        }
    }
}

/// The visible area of the page: its crop box within its media box,
/// looked up through the page tree as the format allows.
fn page_box(doc: &Document, page_id: ObjectId) -> Rect {
    let inherited = |key: &[u8]| -> Option<Rect> {
        let mut dict = doc.get_dictionary(page_id).ok()?;
        for _ in 0..32 {
            if let Some(Object::Array(v)) = deref(doc, dict.get(key).ok())
                && v.len() == 4
            {
                let n: Vec<f32> = v
                    .iter()
                    .map(|o| deref(doc, Some(o)).map_or(0.0, number))
                    .collect();
                let r = Rect::new(n[0], n[1], n[2], n[3]);
                return (r.is_finite() && r.area() > 0.0).then_some(r);
            }
            dict = doc
                .get_dictionary(dict.get(b"Parent").ok()?.as_reference().ok()?)
                .ok()?;
        }
        None
    };
    let media = inherited(b"MediaBox").unwrap_or(Rect::new(0.0, 0.0, 612.0, 792.0));
    match inherited(b"CropBox") {
        Some(crop) if crop.intersect(&media).area() > 0.0 => crop.intersect(&media),
        _ => media,
    }
}
