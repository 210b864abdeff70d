//! The content-stream interpreter: operators applied to a graphics state,
//! text laid out with its font, paint remembered as background and cover.

use std::collections::HashSet;

use lopdf::content::{Content, Operation};
use lopdf::{Document, Object, ObjectId};
use unicode_normalization::UnicodeNormalization;

use super::state::{Scope, State, apply_ext_state, colour_in, components, layer_reference};
use super::{Budget, Concealed, PageText, Run};
use crate::scan::pdf::font::{deref, number};
use crate::scan::pdf::geometry::{self as geo, Colour, IDENTITY, Matrix, Rect};

/// Operators followed on one page, forms included.
const MAX_OPERATIONS: usize = 2_000_000;
/// Forms drawn inside forms, at most.
const MAX_FORM_DEPTH: usize = 12;
/// Words and numbers of one content stream taken apart at once: lopdf
/// spends 300 to 600 bytes on each, so this keeps a page under about
/// 250 MB however its content is written (two files are read at once).
const MAX_TOKENS: usize = 400_000;
/// Saved graphics states, at most.
const MAX_SAVED: usize = 1_000;
/// Run-against-paint comparisons per page for covered text and backgrounds.
const MAX_COMPARISONS: usize = 20_000_000;
/// A TJ gap wider than this (thousandths of the font size) is a space.
const WORD_GAP: f32 = 180.0;
/// An image over this share of the page makes it a scanned page.
const SCANNED_SHARE: f32 = 0.7;

/// The page's content streams, unpacked and joined, and whether one of
/// them could not be unpacked (it is then read as it stands, as lopdf
/// does, but the page says it is damaged instead of passing in silence).
fn page_content(doc: &Document, page_id: ObjectId, limit: usize) -> lopdf::Result<(Vec<u8>, bool)> {
    let exceeded =
        || lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded { limit });
    let mut content = Vec::new();
    let mut damaged = false;
    for id in doc.get_page_contents(page_id) {
        let Ok(stream) = doc.get_object(id).and_then(lopdf::Object::as_stream) else {
            // A contents entry that is no stream: part of the page is lost.
            damaged = true;
            continue;
        };
        let remaining = limit.saturating_sub(content.len());
        match unpacked(stream, remaining) {
            Ok((data, whole)) => {
                damaged |= !whole;
                content.extend_from_slice(&data);
            }
            Err(lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded {
                ..
            })) => {
                return Err(exceeded());
            }
            Err(err) => {
                log::info!("pdf content stream {id:?} not unpacked: {err}");
                damaged = true;
                if stream.content.len() > remaining {
                    return Err(exceeded());
                }
                content.extend_from_slice(&stream.content);
            }
        }
        content.push(b'\n');
    }
    Ok((content, damaged))
}

/// A stream's content, and whether it unpacked whole. lopdf keeps what a
/// damaged compressed stream gave before the damage, in silence; the
/// common case (one Flate filter, no predictor) is unpacked here so that
/// damage is seen, and the rest is left to lopdf.
pub(super) fn unpacked(stream: &lopdf::Stream, limit: usize) -> lopdf::Result<(Vec<u8>, bool)> {
    use std::io::Read;
    let plain_flate = matches!(stream.filters().as_deref(), Ok([filter]) if *filter == b"FlateDecode")
        && stream.dict.get(b"DecodeParms").is_err();
    if !plain_flate {
        return stream
            .decompressed_content_with_limit(limit)
            .map(|data| (data, true));
    }
    let mut data = Vec::new();
    let read = flate2::read::ZlibDecoder::new(stream.content.as_slice())
        .take(limit as u64 + 1)
        .read_to_end(&mut data);
    if data.len() > limit {
        return Err(lopdf::Error::Decompress(
            lopdf::DecompressError::MemoryLimitExceeded { limit },
        ));
    }
    match read {
        Ok(_) => Ok((data, true)),
        Err(err) => {
            log::info!("pdf stream damaged: {err}");
            stream
                .decompressed_content_with_limit(limit)
                .map(|data| (data, false))
        }
    }
}

/// Draws the page's content, `page` being its visible area.
pub(super) fn draw_page(
    doc: &Document,
    page_id: ObjectId,
    page: Rect,
    off_layers: &HashSet<ObjectId>,
    limit: usize,
) -> lopdf::Result<PageText> {
    let (raw, damaged) = page_content(doc, page_id, limit)?;
    let (within, cut) = within_token_budget(&raw);
    let content = match Content::decode(within) {
        Ok(content) => content,
        // Cut inside a string or an inline picture: nothing is read, and
        // the page says why.
        Err(_) if cut => Content {
            operations: Vec::new(),
        },
        Err(err) => return Err(err),
    };
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
        out: PageText {
            damaged,
            ..PageText::default()
        },
        paints: Vec::new(),
        operations: 0,
        comparisons: 0,
        forms: Vec::new(),
    };
    let mut scope = Scope {
        dicts,
        fonts: Vec::new(),
    };
    if cut {
        painter.stop(Budget::ContentSize);
    }
    painter.draw(&content.operations, &mut scope, State::new(page), false);
    Ok(painter.out)
}

/// The part of a content stream within [`MAX_TOKENS`], cut at the end of
/// a line where it can be, and whether anything was cut.
fn within_token_budget(content: &[u8]) -> (&[u8], bool) {
    let mut tokens = 0;
    let mut in_space = true;
    for (i, &b) in content.iter().enumerate() {
        let space = b.is_ascii_whitespace();
        if in_space && !space {
            tokens += 1;
            if tokens > MAX_TOKENS {
                let line_end = content[..i]
                    .iter()
                    .rposition(|&c| c == b'\n' || c == b'\r')
                    .unwrap_or(i);
                return (&content[..line_end], true);
            }
        }
        in_space = space;
    }
    (content, false)
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
                self.stop(Budget::Operations);
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
                        Some(Ok(Object::String(bytes, _))) => Some((
                            crate::scan::pdf::decode_pdf_string(bytes),
                            self.out.runs.len(),
                        )),
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
                        crate::scan::pdf::decode_pdf_string(bytes),
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
                self.stop(Budget::Comparisons);
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
                self.stop(Budget::Comparisons);
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
                    self.stop(Budget::FormDepth);
                    return;
                }
                let Ok((bytes, whole)) = unpacked(stream, self.limit) else {
                    self.stop(Budget::ContentSize);
                    return;
                };
                self.out.damaged |= !whole;
                let (within, cut) = within_token_budget(&bytes);
                if cut {
                    self.stop(Budget::ContentSize);
                }
                let Ok(content) = Content::decode(within) else {
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

    /// Notes the first budget that stopped the reading.
    fn stop(&mut self, budget: Budget) {
        self.out.stopped.get_or_insert(budget);
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
