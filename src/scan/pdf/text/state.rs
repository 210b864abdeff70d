//! What a content stream draws with: the resources it names things
//! through (fonts, colour spaces, graphics states, forms) and the graphics
//! state that `q` saves and `Q` restores.

use std::rc::Rc;

use lopdf::{Dictionary, Document, Object, ObjectId};

use crate::scan::pdf::font::{Font, deref, number};
use crate::scan::pdf::geometry::{self as geo, Colour, IDENTITY, Matrix, Rect};

/// The resources a content stream names things through, and the fonts
/// already read from them.
pub(super) struct Scope<'a> {
    pub(super) dicts: Vec<&'a Dictionary>,
    pub(super) fonts: Vec<(Vec<u8>, Rc<Font<'a>>)>,
}

impl<'a> Scope<'a> {
    pub(super) fn lookup(
        &self,
        doc: &'a Document,
        category: &[u8],
        name: &[u8],
    ) -> Option<&'a Object> {
        self.dicts.iter().find_map(|res| {
            let Some(Object::Dictionary(d)) = deref(doc, res.get(category).ok()) else {
                return None;
            };
            deref(doc, d.get(name).ok())
        })
    }

    pub(super) fn font(&mut self, doc: &'a Document, name: &[u8]) -> Option<Rc<Font<'a>>> {
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
    pub(super) fn components(&self, doc: &'a Document, name: &[u8]) -> usize {
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
pub(super) struct State<'a> {
    pub(super) ctm: Matrix,
    pub(super) fill: Colour,
    pub(super) stroke: Colour,
    pub(super) fill_components: usize,
    pub(super) stroke_components: usize,
    pub(super) fill_alpha: f32,
    pub(super) stroke_alpha: f32,
    /// Normal blending, no soft mask: what is painted hides what is under.
    pub(super) opaque: bool,
    pub(super) clip: Rect,
    pub(super) font: Option<Rc<Font<'a>>>,
    pub(super) size: f32,
    pub(super) char_space: f32,
    pub(super) word_space: f32,
    pub(super) hscale: f32,
    pub(super) leading: f32,
    pub(super) rise: f32,
    pub(super) render: i64,
}

impl State<'_> {
    pub(super) fn new(page: Rect) -> Self {
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

/// The layer a `/Properties` name stands for.
pub(super) fn layer_reference(doc: &Document, res: &Dictionary, name: &[u8]) -> Option<ObjectId> {
    let Some(Object::Dictionary(props)) = deref(doc, res.get(b"Properties").ok()) else {
        return None;
    };
    props.get(name).ok()?.as_reference().ok()
}

pub(super) fn apply_ext_state(doc: &Document, gs: &Dictionary, st: &mut State<'_>) {
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

pub(super) fn components(operands: &[Object]) -> Colour {
    let values: Vec<f32> = operands.iter().map(number).collect();
    Colour::from_components(&values)
}

/// `sc`/`scn` in a space of `n` components; a pattern is unknown.
pub(super) fn colour_in(operands: &[Object], n: usize) -> Colour {
    if n == 0 || operands.len() != n || operands.iter().any(|o| matches!(o, Object::Name(_))) {
        return Colour::Unknown;
    }
    components(operands)
}
