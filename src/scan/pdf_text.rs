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

use std::collections::HashSet;
use std::rc::Rc;

use lopdf::content::{Content, Operation};
use lopdf::{Dictionary, Document, Object, ObjectId};
use unicode_normalization::UnicodeNormalization;

use super::pdf_font::{Font, deref, number};
use super::pdf_geometry::{self as geo, Colour, IDENTITY, Matrix, Rect};

/// Operators followed on one page, forms included.
const MAX_OPERATIONS: usize = 2_000_000;
/// Forms drawn inside forms, at most.
const MAX_FORM_DEPTH: usize = 12;
/// Saved graphics states, at most.
const MAX_SAVED: usize = 1_000;
/// Run-against-paint comparisons per page for covered text and backgrounds.
const MAX_COMPARISONS: usize = 20_000_000;
/// A TJ gap wider than this (thousandths of the font size) is a space.
const WORD_GAP: f32 = 180.0;
/// An image over this share of the page makes it a scanned page.
const SCANNED_SHARE: f32 = 0.7;

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
    pub fn why(self) -> &'static str {
        match self {
            Concealed::LayerOff => "it is on a layer that is switched off",
            Concealed::Invisible => "it is drawn in invisible ink (text render mode 3)",
            Concealed::Transparent => "it is fully transparent",
            Concealed::Tiny => "it is written in letters too small to see",
            Concealed::OffPage => "it is placed outside the page, where nobody sees it",
            Concealed::Clipped => "it is placed where the page cuts it out of view",
            Concealed::Overflow => "it runs on past the edge of the page or of its box",
            Concealed::White => "it is white text, invisible on a white page",
            Concealed::SameColour => "it is the same colour as what is behind it",
            Concealed::CoveredByShape => "it is covered by a shape drawn over it",
            Concealed::CoveredByImage => "it is covered by a picture drawn over it",
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
    let content = Content::decode(&doc.get_page_content_with_limit(page_id, limit)?)?;
    let page = page_box(doc, page_id);
    let mut dicts = Vec::new();
    if let Ok((own, inherited)) = doc.get_page_resources(page_id) {
        dicts.extend(own);
        dicts.extend(
            inherited
                .iter()
                .filter_map(|id| doc.get_dictionary(*id).ok()),
        );
    }
    let mut painter = Painter {
        doc,
        page,
        off_layers,
        limit,
        out: PageText::default(),
        paints: Vec::new(),
        operations: 0,
        comparisons: 0,
        forms: Vec::new(),
    };
    let mut scope = Scope {
        dicts,
        fonts: Vec::new(),
    };
    let state = State::new(page);
    painter.draw(&content.operations, &mut scope, state, false);
    let mut out = painter.out;
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

/// The resources a content stream names things through, and the fonts
/// already read from them.
struct Scope<'a> {
    dicts: Vec<&'a Dictionary>,
    fonts: Vec<(Vec<u8>, Rc<Font<'a>>)>,
}

impl<'a> Scope<'a> {
    fn lookup(&self, doc: &'a Document, category: &[u8], name: &[u8]) -> Option<&'a Object> {
        self.dicts.iter().find_map(|res| {
            let Some(Object::Dictionary(d)) = deref(doc, res.get(category).ok()) else {
                return None;
            };
            deref(doc, d.get(name).ok())
        })
    }

    fn font(&mut self, doc: &'a Document, name: &[u8]) -> Option<Rc<Font<'a>>> {
        if let Some((_, font)) = self.fonts.iter().find(|(n, _)| n == name) {
            return Some(font.clone());
        }
        let Some(Object::Dictionary(dict)) = self.lookup(doc, b"Font", name) else {
            return None;
        };
        let font = Rc::new(Font::read(doc, dict));
        self.fonts.push((name.to_vec(), font.clone()));
        Some(font)
    }

    /// Components of a colour space: 1, 3 or 4; 0 for spaces whose colours
    /// Airlock does not work out (patterns, spot colours, palettes).
    fn components(&self, doc: &'a Document, name: &[u8]) -> usize {
        match name {
            b"DeviceGray" | b"G" | b"CalGray" => return 1,
            b"DeviceRGB" | b"RGB" | b"CalRGB" => return 3,
            b"DeviceCMYK" | b"CMYK" => return 4,
            _ => {}
        }
        match self.lookup(doc, b"ColorSpace", name) {
            Some(Object::Name(n)) if n != name => self.components(doc, n),
            Some(Object::Array(a)) => match a.first() {
                Some(Object::Name(n)) if n == b"ICCBased" => match deref(doc, a.get(1)) {
                    Some(Object::Stream(s)) => match s.dict.get(b"N").map(number) {
                        Ok(n) if n == 1.0 || n == 3.0 || n == 4.0 => n as usize,
                        _ => 0,
                    },
                    _ => 0,
                },
                Some(Object::Name(n)) if n == b"CalGray" => 1,
                Some(Object::Name(n)) if n == b"CalRGB" => 3,
                _ => 0,
            },
            _ => 0,
        }
    }
}

/// The graphics state that `q` saves and `Q` restores.
#[derive(Clone)]
struct State<'a> {
    ctm: Matrix,
    fill: Colour,
    stroke: Colour,
    fill_components: usize,
    stroke_components: usize,
    fill_alpha: f32,
    stroke_alpha: f32,
    /// Normal blending, no soft mask: what is painted hides what is under.
    opaque: bool,
    clip: Rect,
    font: Option<Rc<Font<'a>>>,
    size: f32,
    char_space: f32,
    word_space: f32,
    hscale: f32,
    leading: f32,
    rise: f32,
    render: i64,
}

impl State<'_> {
    fn new(page: Rect) -> Self {
        State {
            ctm: IDENTITY,
            fill: geo::BLACK,
            stroke: geo::BLACK,
            fill_components: 1,
            stroke_components: 1,
            fill_alpha: 1.0,
            stroke_alpha: 1.0,
            opaque: true,
            // Generous: the crop box is checked on its own.
            clip: Rect::new(page.x0 - 1e6, page.y0 - 1e6, page.x1 + 1e6, page.y1 + 1e6),
            font: None,
            size: 12.0,
            char_space: 0.0,
            word_space: 0.0,
            hscale: 1.0,
            leading: 0.0,
            rise: 0.0,
            render: 0,
        }
    }
}

/// Something opaque painted on the page: a background for what comes
/// after, a cover for what came before.
struct Paint {
    rect: Rect,
    /// `Unknown` for pictures, shadings and patterns.
    colour: Colour,
}

/// The path being built, as much of it as matters: its extent, and
/// whether it is made of rectangles only (which fill all of their extent).
#[derive(Default)]
struct Path {
    bbox: Option<Rect>,
    curves: bool,
    rects: usize,
}

impl Path {
    fn add(&mut self, r: Option<Rect>) {
        if let Some(r) = r {
            self.bbox = Some(self.bbox.map_or(r, |b| b.union(&r)));
        }
    }
}

struct Painter<'a, 'p> {
    doc: &'a Document,
    page: Rect,
    off_layers: &'p HashSet<ObjectId>,
    limit: usize,
    out: PageText,
    paints: Vec<Paint>,
    operations: usize,
    comparisons: usize,
    forms: Vec<ObjectId>,
}

impl<'a> Painter<'a, '_> {
    fn draw(
        &mut self,
        operations: &[Operation],
        scope: &mut Scope<'a>,
        mut st: State<'a>,
        layer_off: bool,
    ) {
        let doc = self.doc;
        let mut saved: Vec<State<'a>> = Vec::new();
        let (mut tm, mut tlm) = (IDENTITY, IDENTITY);
        // Marked content: whether each level is a layer switched off, and its
        // replacement text with the first run it covers.
        let mut marked: Vec<(bool, Option<(String, usize)>)> = Vec::new();
        let mut path = Path::default();
        let mut clip_next = false;
        for op in operations {
            self.operations += 1;
            if self.operations > MAX_OPERATIONS {
                return;
            }
            let o = &op.operands;
            let num = |i: usize| o.get(i).map_or(0.0, number);
            match op.operator.as_str() {
                "q" if saved.len() < MAX_SAVED => saved.push(st.clone()),
                "Q" => {
                    if let Some(s) = saved.pop() {
                        st = s;
                    }
                }
                "cm" if o.len() == 6 => {
                    let m = [num(0), num(1), num(2), num(3), num(4), num(5)];
                    st.ctm = geo::mul(&m, &st.ctm);
                }
                "gs" => {
                    if let Some(Object::Name(name)) = o.first()
                        && let Some(Object::Dictionary(gs)) = scope.lookup(doc, b"ExtGState", name)
                    {
                        apply_ext_state(doc, gs, &mut st);
                    }
                }
                // Colours.
                "g" => (st.fill, st.fill_components) = (Colour::gray(num(0)), 1),
                "G" => (st.stroke, st.stroke_components) = (Colour::gray(num(0)), 1),
                "rg" => (st.fill, st.fill_components) = (components(o), 3),
                "RG" => (st.stroke, st.stroke_components) = (components(o), 3),
                "k" => (st.fill, st.fill_components) = (components(o), 4),
                "K" => (st.stroke, st.stroke_components) = (components(o), 4),
                "cs" | "CS" => {
                    let n = match o.first() {
                        Some(Object::Name(name)) => scope.components(doc, name),
                        _ => 0,
                    };
                    let initial = match n {
                        1 | 3 => geo::BLACK,
                        4 => Colour::cmyk(0.0, 0.0, 0.0, 1.0),
                        _ => Colour::Unknown,
                    };
                    if op.operator == "cs" {
                        (st.fill, st.fill_components) = (initial, n);
                    } else {
                        (st.stroke, st.stroke_components) = (initial, n);
                    }
                }
                "sc" | "scn" => st.fill = colour_in(o, st.fill_components),
                "SC" | "SCN" => st.stroke = colour_in(o, st.stroke_components),
                // Paths and painting.
                "m" | "l" => path.add(Rect::around(&[geo::apply(&st.ctm, num(0), num(1))])),
                "c" | "v" | "y" => {
                    path.curves = true;
                    let points: Vec<_> = o
                        .chunks(2)
                        .filter(|p| p.len() == 2)
                        .map(|p| geo::apply(&st.ctm, number(&p[0]), number(&p[1])))
                        .collect();
                    path.add(Rect::around(&points));
                }
                "re" if o.len() == 4 => {
                    path.rects += 1;
                    path.add(Rect::transformed(&st.ctm, num(0), num(1), num(2), num(3)));
                }
                "W" | "W*" => clip_next = true,
                "f" | "F" | "f*" | "B" | "B*" | "b" | "b*" | "S" | "s" | "n" => {
                    let fills = !matches!(op.operator.as_str(), "S" | "s" | "n");
                    if let Some(bbox) = path.bbox {
                        if fills {
                            let exact = !path.curves && path.rects > 0;
                            self.painted(&st, bbox, exact, false);
                        }
                        if clip_next {
                            st.clip = st.clip.intersect(&bbox);
                        }
                    }
                    path = Path::default();
                    clip_next = false;
                }
                "sh" => {
                    let area = st.clip.intersect(&self.page);
                    self.paints.push(Paint {
                        rect: area,
                        colour: Colour::Unknown,
                    });
                }
                // Pictures and forms.
                "BI" => {
                    if let Some(Object::Stream(image)) = o.first() {
                        let mask = image
                            .dict
                            .get(b"IM")
                            .or_else(|_| image.dict.get(b"ImageMask"));
                        let stencil = matches!(mask, Ok(Object::Boolean(true)));
                        self.picture(&st, !stencil);
                    }
                }
                "Do" => {
                    if let Some(Object::Name(name)) = o.first() {
                        self.xobject(scope, name, &st, layer_off || marked.iter().any(|m| m.0));
                    }
                }
                // Marked content: layers, and replacement text.
                "BDC" => {
                    let props = match o.get(1) {
                        Some(Object::Dictionary(d)) => Some(d),
                        Some(Object::Name(n)) => match scope.lookup(doc, b"Properties", n) {
                            Some(Object::Dictionary(d)) => Some(d),
                            _ => None,
                        },
                        _ => None,
                    };
                    let actual = match props.map(|p| p.get(b"ActualText")) {
                        Some(Ok(Object::String(bytes, _))) => {
                            Some((super::pdf::decode_pdf_string(bytes), self.out.runs.len()))
                        }
                        _ => None,
                    };
                    let is_layer = matches!(o.first(), Some(Object::Name(t)) if t == b"OC");
                    let off = is_layer
                        && match o.get(1) {
                            Some(Object::Name(n)) => self.layer_is_off(
                                scope
                                    .dicts
                                    .iter()
                                    .find_map(|res| layer_reference(doc, res, n)),
                            ),
                            _ => false,
                        };
                    marked.push((off, actual));
                }
                "BMC" => marked.push((false, None)),
                "EMC" => {
                    if let Some((_, Some((actual, first)))) = marked.pop() {
                        self.replaced(&actual, first);
                    }
                }
                // Text.
                "BT" => (tm, tlm) = (IDENTITY, IDENTITY),
                "Tf" => {
                    st.font = match o.first() {
                        Some(Object::Name(name)) => scope.font(doc, name),
                        _ => None,
                    };
                    st.size = num(1);
                }
                "Tc" => st.char_space = num(0),
                "Tw" => st.word_space = num(0),
                "Tz" => st.hscale = num(0) / 100.0,
                "TL" => st.leading = num(0),
                "Ts" => st.rise = num(0),
                "Tr" => st.render = num(0) as i64,
                "Td" | "TD" => {
                    if op.operator == "TD" {
                        st.leading = -num(1);
                    }
                    tlm = geo::mul(&[1.0, 0.0, 0.0, 1.0, num(0), num(1)], &tlm);
                    tm = tlm;
                }
                "Tm" if o.len() == 6 => {
                    tlm = [num(0), num(1), num(2), num(3), num(4), num(5)];
                    tm = tlm;
                }
                "T*" => {
                    tlm = geo::mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -st.leading], &tlm);
                    tm = tlm;
                }
                "Tj" | "TJ" | "'" | "\"" => {
                    if op.operator != "Tj" && op.operator != "TJ" {
                        if op.operator == "\"" {
                            st.word_space = num(0);
                            st.char_space = num(1);
                        }
                        tlm = geo::mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -st.leading], &tlm);
                        tm = tlm;
                    }
                    let shown = match op.operator.as_str() {
                        "\"" => o.get(2..).unwrap_or_default(),
                        _ => o.as_slice(),
                    };
                    let off = layer_off || marked.iter().any(|m| m.0);
                    self.show(&st, &mut tm, shown, off);
                }
                _ => {}
            }
        }
    }

    /// Lays out a text-showing operator's strings and records the run.
    fn show(&mut self, st: &State<'a>, tm: &mut Matrix, items: &[Object], layer_off: bool) {
        let mut text = String::new();
        let mut x = 0.0_f32;
        let each = |item: &Object, text: &mut String, x: &mut f32| match item {
            Object::String(bytes, _) => {
                let (decoded, advance) = match &st.font {
                    Some(font) => {
                        let mut advance = 0.0;
                        for code in font.codes(bytes) {
                            let word = !font.two_byte && code == 32;
                            advance += (font.advance(code) * st.size
                                + st.char_space
                                + if word { st.word_space } else { 0.0 })
                                * st.hscale;
                        }
                        (font.decode(bytes), advance)
                    }
                    None => (
                        super::pdf::decode_pdf_string(bytes),
                        bytes.len() as f32 * 0.6 * st.size * st.hscale,
                    ),
                };
                text.push_str(&decoded);
                *x += advance;
            }
            Object::Integer(_) | Object::Real(_) => {
                let gap = number(item);
                *x -= gap / 1000.0 * st.size * st.hscale;
                if gap < -WORD_GAP && !text.ends_with(char::is_whitespace) && !text.is_empty() {
                    text.push(' ');
                }
            }
            _ => {}
        };
        for item in items {
            match item {
                Object::Array(parts) => {
                    for part in parts {
                        each(part, &mut text, &mut x);
                    }
                }
                other => each(other, &mut text, &mut x),
            }
        }
        let to_page = geo::mul(tm, &st.ctm);
        *tm = geo::mul(&[1.0, 0.0, 0.0, 1.0, x, 0.0], tm);
        if text.trim().is_empty() {
            return;
        }
        let (low, high) = {
            let (a, b) = (-0.2 * st.size, 0.8 * st.size);
            (st.rise + a.min(b), st.rise + a.max(b))
        };
        let Some(bbox) = Rect::transformed(&to_page, x.min(0.0), low, x.abs(), high - low) else {
            return;
        };
        let origin = geo::apply(&to_page, 0.0, st.rise);
        let end = geo::apply(&to_page, x, st.rise);
        let unit = geo::length(&to_page, 1.0, 0.0).max(1e-6);
        let dir = (to_page[0] / unit, to_page[1] / unit);
        let height = geo::length(&to_page, 0.0, st.size);
        let width = geo::length(&to_page, st.size * st.hscale, 0.0);
        let stroked = matches!(st.render, 1 | 5);
        let (colour, alpha) = if stroked {
            (st.stroke, st.stroke_alpha)
        } else {
            (st.fill, st.fill_alpha)
        };
        let concealed = if layer_off {
            Some(Concealed::LayerOff)
        } else if st.render == 3 {
            Some(Concealed::Invisible)
        } else if alpha <= 0.05 {
            Some(Concealed::Transparent)
        } else if height < 1.5 || width < 1.0 {
            Some(Concealed::Tiny)
        } else if !bbox.overlaps(&self.page, 0.5) {
            Some(Concealed::OffPage)
        } else if !bbox.overlaps(&st.clip, 0.5) {
            Some(Concealed::Clipped)
        } else {
            self.same_colour(&bbox, colour)
        };
        self.out.runs.push(Run {
            text,
            concealed,
            bbox,
            origin,
            end,
            dir,
            height,
        });
    }

    /// Replacement text for the runs drawn since `first`: hidden when the
    /// page draws other words, ordinary when it stands for single glyphs
    /// or for symbols drawn without letters (it then spells them out).
    fn replaced(&mut self, actual: &str, first: usize) {
        let letters = |t: &str| -> String {
            t.nfkc()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect()
        };
        let wanted = letters(actual);
        if wanted.is_empty() {
            return;
        }
        let drawn: String = self
            .out
            .runs
            .get(first..)
            .unwrap_or_default()
            .iter()
            .map(|r| letters(&r.text))
            .collect();
        if drawn == wanted {
            return;
        }
        // A character or two stands for a glyph (a ligature, a symbol the
        // font has no name for): kept together, so that words spelled out
        // one glyph at a time are still read as words.
        if drawn.is_empty() || wanted.chars().count() <= 3 {
            self.out.spelled_out.push_str(actual);
        } else {
            self.out.actual_text.push_str(actual);
            self.out.actual_text.push('\n');
        }
    }

    /// Whether text of this colour disappears into what is behind it.
    fn same_colour(&mut self, bbox: &Rect, colour: Colour) -> Option<Concealed> {
        let centre = Rect::new(
            (bbox.x0 + bbox.x1) / 2.0,
            (bbox.y0 + bbox.y1) / 2.0,
            (bbox.x0 + bbox.x1) / 2.0,
            (bbox.y0 + bbox.y1) / 2.0,
        );
        let mut behind = geo::WHITE;
        for paint in self.paints.iter().rev() {
            self.comparisons += 1;
            if self.comparisons > MAX_COMPARISONS {
                return None;
            }
            if paint.rect.holds(&centre, 0.0) {
                // Text that runs off its background shows where it does.
                let slack = 0.15 * (bbox.y1 - bbox.y0);
                behind = if paint.rect.holds(bbox, slack) {
                    paint.colour
                } else {
                    Colour::Unknown
                };
                break;
            }
        }
        if !colour.indistinguishable(&behind) {
            None
        } else if behind == geo::WHITE || colour.indistinguishable(&geo::WHITE) {
            Some(Concealed::White)
        } else {
            Some(Concealed::SameColour)
        }
    }

    /// Something was filled: remember it as a background, and hide the
    /// text it paints over when it is opaque and fills all of `bbox`.
    fn painted(&mut self, st: &State<'a>, bbox: Rect, exact: bool, image: bool) {
        let area = bbox.intersect(&st.clip);
        if area.area() <= 0.0 {
            return;
        }
        let opaque = st.opaque && st.fill_alpha >= 0.95;
        let colour = if image || !exact {
            Colour::Unknown
        } else {
            st.fill
        };
        if opaque || colour == Colour::Unknown {
            self.paints.push(Paint { rect: area, colour });
        }
        if !opaque || !(exact || image) || (!image && colour == Colour::Unknown) {
            return;
        }
        let cover = if image {
            Concealed::CoveredByImage
        } else {
            Concealed::CoveredByShape
        };
        for run in self.out.runs.iter_mut().filter(|r| r.concealed.is_none()) {
            self.comparisons += 1;
            if self.comparisons > MAX_COMPARISONS {
                return;
            }
            let slack = 0.15 * run.height.max(1.0);
            if area.holds(&run.bbox, slack) {
                run.concealed = Some(cover);
            }
        }
    }

    fn picture(&mut self, st: &State<'a>, opaque: bool) {
        let Some(rect) = Rect::transformed(&st.ctm, 0.0, 0.0, 1.0, 1.0) else {
            return;
        };
        if rect.intersect(&self.page).area() >= SCANNED_SHARE * self.page.area() {
            self.out.scanned = true;
        }
        if opaque {
            self.painted(st, rect, true, true);
        } else {
            self.paints.push(Paint {
                rect: rect.intersect(&st.clip),
                colour: Colour::Unknown,
            });
        }
    }

    /// `Do`: a picture, or a form drawn with its own matrix and resources.
    fn xobject(&mut self, scope: &Scope<'a>, name: &[u8], st: &State<'a>, layer_off: bool) {
        let doc = self.doc;
        let id = self
            .scope_reference(scope, b"XObject", name)
            .unwrap_or((0, 0));
        let Some(Object::Stream(stream)) = scope.lookup(doc, b"XObject", name) else {
            return;
        };
        let dict = &stream.dict;
        let off = layer_off
            || self.layer_is_off(dict.get(b"OC").ok().and_then(|o| o.as_reference().ok()));
        match dict.get(b"Subtype").and_then(Object::as_name) {
            Ok(b"Image") => {
                let stencil = matches!(dict.get(b"ImageMask"), Ok(Object::Boolean(true)));
                let masked = dict.has(b"SMask") || dict.has(b"Mask");
                if !off {
                    self.picture(st, !stencil && !masked);
                }
            }
            Ok(b"Form") => {
                if self.forms.len() >= MAX_FORM_DEPTH || self.forms.contains(&id) {
                    return;
                }
                let Ok(bytes) = stream.decompressed_content_with_limit(self.limit) else {
                    return;
                };
                let Ok(content) = Content::decode(&bytes) else {
                    return;
                };
                let mut inner = st.clone();
                if let Some(Object::Array(m)) = deref(doc, dict.get(b"Matrix").ok())
                    && m.len() == 6
                {
                    let m: Vec<f32> = m.iter().map(number).collect();
                    inner.ctm = geo::mul(&[m[0], m[1], m[2], m[3], m[4], m[5]], &inner.ctm);
                }
                if let Some(Object::Array(b)) = deref(doc, dict.get(b"BBox").ok())
                    && b.len() == 4
                {
                    let b: Vec<f32> = b.iter().map(number).collect();
                    if let Some(r) =
                        Rect::transformed(&inner.ctm, b[0], b[1], b[2] - b[0], b[3] - b[1])
                    {
                        inner.clip = inner.clip.intersect(&r);
                    }
                }
                let mut inner_scope = match deref(doc, dict.get(b"Resources").ok()) {
                    Some(Object::Dictionary(res)) => Scope {
                        dicts: vec![res],
                        fonts: Vec::new(),
                    },
                    _ => Scope {
                        dicts: scope.dicts.clone(),
                        fonts: Vec::new(),
                    },
                };
                self.forms.push(id);
                self.draw(&content.operations, &mut inner_scope, inner, off);
                self.forms.pop();
            }
            _ => {}
        }
    }

    fn scope_reference(&self, scope: &Scope<'a>, category: &[u8], name: &[u8]) -> Option<ObjectId> {
        scope.dicts.iter().find_map(|res| {
            let Some(Object::Dictionary(d)) = deref(self.doc, res.get(category).ok()) else {
                return None;
            };
            d.get(name).ok()?.as_reference().ok()
        })
    }

    fn layer_is_off(&self, layer: Option<ObjectId>) -> bool {
        layer.is_some_and(|id| self.off_layers.contains(&id))
    }
}

/// The layer a `/Properties` name stands for.
fn layer_reference(doc: &Document, res: &Dictionary, name: &[u8]) -> Option<ObjectId> {
    let Some(Object::Dictionary(props)) = deref(doc, res.get(b"Properties").ok()) else {
        return None;
    };
    props.get(name).ok()?.as_reference().ok()
}

fn apply_ext_state(doc: &Document, gs: &Dictionary, st: &mut State<'_>) {
    if let Ok(ca) = gs.get(b"ca") {
        st.fill_alpha = number(ca);
    }
    if let Ok(ca) = gs.get(b"CA") {
        st.stroke_alpha = number(ca);
    }
    let normal = |o: &Object| matches!(o, Object::Name(n) if n == b"Normal" || n == b"Compatible");
    if let Some(bm) = deref(doc, gs.get(b"BM").ok()) {
        st.opaque = match bm {
            Object::Array(a) => a.first().is_some_and(normal),
            other => normal(other),
        };
    }
    if let Ok(mask) = gs.get(b"SMask") {
        let none = matches!(mask, Object::Name(n) if n == b"None");
        st.opaque = st.opaque && none;
    }
}

fn components(operands: &[Object]) -> Colour {
    let values: Vec<f32> = operands.iter().map(number).collect();
    Colour::from_components(&values)
}

/// `sc`/`scn` in a space of `n` components; a pattern is unknown.
fn colour_in(operands: &[Object], n: usize) -> Colour {
    if n == 0 || operands.len() != n || operands.iter().any(|o| matches!(o, Object::Name(_))) {
        return Colour::Unknown;
    }
    components(operands)
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::{Stream, dictionary};

    /// A one-page A4 document drawing `content`, with a Helvetica font
    /// `F1`; `extra` adds to the page's resources.
    fn page(content: &str, extra: impl FnOnce(&mut Document, &mut Dictionary)) -> PageText {
        let mut doc = Document::with_version("1.5");
        let font = doc.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
            "FirstChar" => 32, "Widths" => vec![Object::Integer(500); 95],
        });
        let mut resources = dictionary! { "Font" => dictionary! { "F1" => font } };
        extra(&mut doc, &mut resources);
        let contents = doc.add_object(Stream::new(dictionary! {}, content.as_bytes().to_vec()));
        let pages = doc.new_object_id();
        let page = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages, "Contents" => contents,
            "Resources" => resources,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        });
        doc.objects.insert(
            pages,
            Object::Dictionary(
                dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 },
            ),
        );
        let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages });
        doc.trailer.set("Root", catalog);
        read_page(&doc, page, &HashSet::new(), 1 << 20).unwrap()
    }

    fn concealed(page: &PageText, why: Option<Concealed>) -> String {
        page.text_of(|r| r.concealed == why)
    }

    const LINE: &str = "BT /F1 12 Tf 72 720 Td (Dear customer, your statement is ready.) Tj ET\n";

    #[test]
    fn words_and_lines_are_spaced_as_on_the_page() {
        let page = page(
            "BT /F1 12 Tf 72 720 Td (Total) Tj 40 0 Td (due) Tj 0 -14 Td (Thank) Tj ( you) Tj \
             0 -14 Td [(Pay)-300(now)] TJ 0 -14 Td [(in)-20(voice)] TJ ET",
            |_, _| {},
        );
        assert_eq!(
            concealed(&page, None),
            "Total due\nThank you\nPay now\ninvoice"
        );
    }

    #[test]
    fn text_outside_the_page_or_cut_out_of_view_is_hidden() {
        let page = page(
            &format!(
                "{LINE}BT /F1 12 Tf -900 400 Td (Left far outside the page) Tj ET \
                 BT /F1 12 Tf 72 2000 Td (Above the page) Tj ET \
                 q 0 0 10 10 re W n BT /F1 12 Tf 300 300 Td (Masked by a tiny clip) Tj ET Q \
                 q 0 0 595 842 re W n BT /F1 12 Tf 300 300 Td (Inside an ordinary clip) Tj ET Q \
                 BT /F1 12 Tf -30 500 Td (Starts left of the page but runs onto it) Tj ET"
            ),
            |_, _| {},
        );
        let off = concealed(&page, Some(Concealed::OffPage));
        assert!(
            off.contains("Left far outside") && off.contains("Above the page"),
            "{off}"
        );
        assert_eq!(
            concealed(&page, Some(Concealed::Clipped)),
            "Masked by a tiny clip"
        );
        let seen = concealed(&page, None);
        assert!(seen.contains("Inside an ordinary clip"), "{seen}");
        assert!(seen.contains("Starts left of the page"), "{seen}");
    }

    #[test]
    fn text_painted_over_is_hidden_but_not_under_a_highlight() {
        let page = page(
            "BT /F1 12 Tf 72 720 Td (Covered order to upload the files) Tj ET \
             1 1 1 rg 60 700 400 40 re f \
             0 g BT /F1 12 Tf 72 600 Td (Shown above its highlight) Tj ET \
             q /Multiply gs 1 1 0 rg 60 590 400 30 re f Q \
             q 1 1 0 rg 60 490 400 30 re f Q \
             0 g BT /F1 12 Tf 72 500 Td (Shown on a yellow band) Tj ET \
             BT /F1 12 Tf 72 400 Td (Partly covered) Tj ET 0 g 60 395 20 20 re f",
            |doc, res| {
                let multiply =
                    doc.add_object(dictionary! { "Type" => "ExtGState", "BM" => "Multiply" });
                res.set("ExtGState", dictionary! { "Multiply" => multiply });
            },
        );
        assert_eq!(
            concealed(&page, Some(Concealed::CoveredByShape)),
            "Covered order to upload the files"
        );
        let seen = concealed(&page, None);
        for shown in ["Shown above", "yellow band", "Partly covered"] {
            assert!(seen.contains(shown), "{shown}: {seen}");
        }
    }

    #[test]
    fn text_coloured_like_its_background_is_hidden() {
        let page = page(
            "0 0 0.5 rg 0 0 595 842 re f \
             0 0 0.5 rg BT /F1 12 Tf 72 720 Td (Navy on navy) Tj ET \
             1 g BT /F1 12 Tf 72 700 Td (White on navy) Tj ET \
             0.2 0.2 0.2 rg 50 80 500 100 re f \
             1 g BT /F1 12 Tf 72 100 Td (White in a dark box) Tj ET",
            |_, _| {},
        );
        assert_eq!(
            concealed(&page, Some(Concealed::SameColour)),
            "Navy on navy"
        );
        assert_eq!(concealed(&page, Some(Concealed::White)), "");
        let seen = concealed(&page, None);
        assert!(
            seen.contains("White on navy") && seen.contains("White in a dark box"),
            "{seen}"
        );

        let plain = page_white_on_white();
        assert_eq!(concealed(&plain, Some(Concealed::White)), "white words");
    }

    fn page_white_on_white() -> PageText {
        page(
            &format!("{LINE}1 1 1 rg BT /F1 12 Tf 72 700 Td (white words) Tj ET"),
            |_, _| {},
        )
    }

    #[test]
    fn text_in_forms_is_read_with_their_matrix() {
        let page = page(&format!("{LINE}q /Fm1 Do Q"), |doc, res| {
            let form = doc.add_object(Stream::new(
                dictionary! {
                    "Type" => "XObject", "Subtype" => "Form",
                    "BBox" => vec![0.into(), 0.into(), 200.into(), 50.into()],
                    "Matrix" => vec![1.into(), 0.into(), 0.into(), 1.into(), 5000.into(), 0.into()],
                },
                b"BT /F1 12 Tf 10 10 Td (Stamp moved off the page) Tj ET".to_vec(),
            ));
            res.set("XObject", dictionary! { "Fm1" => form });
        });
        assert_eq!(
            concealed(&page, Some(Concealed::OffPage)),
            "Stamp moved off the page"
        );
    }

    #[test]
    fn a_page_sized_picture_makes_a_scan() {
        let page = page(
            "q 595 0 0 842 0 0 cm /Im1 Do Q BT 3 Tr /F1 12 Tf 72 720 Td (Scanned words) Tj ET",
            |doc, res| {
                let image = doc.add_object(Stream::new(
                    dictionary! {
                        "Type" => "XObject", "Subtype" => "Image", "Width" => 1, "Height" => 1,
                        "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8,
                    },
                    vec![255],
                ));
                res.set("XObject", dictionary! { "Im1" => image });
            },
        );
        assert!(page.scanned);
        assert_eq!(
            concealed(&page, Some(Concealed::Invisible)),
            "Scanned words"
        );
    }

    #[test]
    fn any_sequence_of_operators_is_survived() {
        // A seeded generator: the same sequences on every run.
        let mut seed = 0x5EED_0F_FA11_u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let operators = [
            "q", "Q", "cm", "gs", "g", "rg", "k", "cs", "scn", "re", "m", "c", "W", "n", "f", "sh",
            "Do", "BDC", "EMC", "BT", "Tf", "Tz", "Ts", "Tr", "Td", "TD", "Tm", "T*", "Tj", "TJ",
            "'", "\"", "ET",
        ];
        let operands = [
            "0",
            "1",
            "-1",
            "1e30",
            "-1e30",
            "0.0001",
            "12",
            "-900",
            "/F1",
            "/Fm1",
            "/Missing",
            "(text)",
            "<00ff>",
            "[(a) -300 (b)]",
            "<< /ActualText (x) >>",
            "/OC",
        ];
        for _ in 0..300 {
            let mut content = String::new();
            for _ in 0..next() % 60 {
                for _ in 0..next() % 7 {
                    content.push_str(operands[next() as usize % operands.len()]);
                    content.push(' ');
                }
                content.push_str(operators[next() as usize % operators.len()]);
                content.push('\n');
            }
            let _ = page(&content, |doc, res| {
                let form = doc.add_object(Stream::new(
                    dictionary! { "Subtype" => "Form", "BBox" => vec![0.into(), 0.into(), 1.into(), 1.into()] },
                    b"q /Fm1 Do Q BT /F1 1e38 Tf (x) Tj ET".to_vec(),
                ));
                res.set("XObject", dictionary! { "Fm1" => form });
            });
        }
    }

    #[test]
    fn composite_fonts_are_decoded_through_their_unicode_map() {
        let cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
            /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
            1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n\
            2 beginbfrange\n<0001> <001A> <0061>\n<0021> <0021> <0020>\nendbfrange\n\
            endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
        let page = page(
            // "hidden words" as glyph numbers, in white.
            "1 g BT /F2 12 Tf 72 700 Td <00080009000400040005000E00210017000F001200040013> Tj ET",
            |doc, res| {
                let to_unicode =
                    doc.add_object(Stream::new(dictionary! {}, cmap.as_bytes().to_vec()));
                let cid = doc.add_object(dictionary! {
                    "Type" => "Font", "Subtype" => "CIDFontType2", "BaseFont" => "Calibri", "DW" => 500,
                });
                let font = doc.add_object(dictionary! {
                    "Type" => "Font", "Subtype" => "Type0", "BaseFont" => "Calibri",
                    "Encoding" => "Identity-H", "DescendantFonts" => vec![cid.into()],
                    "ToUnicode" => to_unicode,
                });
                res.set("Font", dictionary! { "F2" => font });
            },
        );
        assert_eq!(concealed(&page, Some(Concealed::White)), "hidden words");
    }
}
