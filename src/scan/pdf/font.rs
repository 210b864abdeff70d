//! A PDF font as far as Airlock needs one: how its bytes become letters,
//! and how wide each letter is, so that text can be placed on the page.

use std::collections::HashMap;

use lopdf::{Dictionary, Document, Encoding, Object};

/// Width used when a font gives none (the standard fonts), in thousandths
/// of the font size: a little wider than average, so that text is never
/// thought to end before it really does.
const GUESSED_WIDTH: f32 = 600.0;
/// Width table entries read from one font, at most.
const MAX_WIDTHS: usize = 65_536;
/// A ToUnicode map may not unpack to more than this.
const MAX_MAP: usize = 4 * 1024 * 1024;

pub struct Font<'a> {
    encoding: Option<Encoding<'a>>,
    /// Metrics for a font that gives no widths (the PDF standard lets the
    /// fourteen base fonts go without): its family's, Helvetica's when the
    /// name says nothing.
    standard: Option<Standard>,
    /// Composite fonts (Type0) use two bytes per character.
    pub two_byte: bool,
    first_char: u32,
    widths: Vec<f32>,
    cid_widths: HashMap<u32, f32>,
    default_width: f32,
    /// Glyph space to text space: 1/1000, or a Type3 font's own matrix.
    scale: f32,
}

impl<'a> Font<'a> {
    pub fn read(doc: &'a Document, dict: &'a Dictionary) -> Self {
        let subtype = dict.get(b"Subtype").and_then(Object::as_name).ok();
        let two_byte = subtype == Some(b"Type0");
        let encoding = dict.get_font_encoding_with_limit(doc, MAX_MAP).ok();
        let base = dict
            .get(b"BaseFont")
            .and_then(Object::as_name)
            .unwrap_or_default();
        let standard = if base.windows(7).any(|w| w == b"Courier") {
            Some(Standard::Courier)
        } else if base.windows(5).any(|w| w == b"Times") {
            Some(Standard::Times)
        } else {
            Some(Standard::Helvetica)
        };
        let mut font = Font {
            encoding,
            standard,
            two_byte,
            first_char: 0,
            widths: Vec::new(),
            cid_widths: HashMap::new(),
            default_width: GUESSED_WIDTH,
            scale: 0.001,
        };
        if two_byte {
            font.read_cid_widths(doc, dict);
        } else {
            font.read_simple_widths(doc, dict);
        }
        if subtype == Some(b"Type3")
            && let Some(Object::Array(m)) = deref(doc, dict.get(b"FontMatrix").ok())
            && let Some(a) = m.first().map(number)
            && a.is_finite()
            && a != 0.0
        {
            font.scale = a.abs();
        }
        font
    }

    fn read_simple_widths(&mut self, doc: &Document, dict: &Dictionary) {
        self.first_char = dict
            .get(b"FirstChar")
            .map(number)
            .unwrap_or(0.0)
            .clamp(0.0, 255.0) as u32;
        if let Some(Object::Array(widths)) = deref(doc, dict.get(b"Widths").ok()) {
            self.widths = widths
                .iter()
                .take(256)
                .map(|w| deref(doc, Some(w)).map(number).unwrap_or(0.0))
                .collect();
        }
        if let Some(Object::Dictionary(descriptor)) = deref(doc, dict.get(b"FontDescriptor").ok())
            && let Ok(missing) = descriptor.get(b"MissingWidth")
            && number(missing) > 0.0
        {
            self.default_width = number(missing);
        }
    }

    fn read_cid_widths(&mut self, doc: &Document, dict: &Dictionary) {
        self.default_width = 1000.0;
        let Some(Object::Array(descendants)) = deref(doc, dict.get(b"DescendantFonts").ok()) else {
            return;
        };
        let Some(Object::Dictionary(cid)) = deref(doc, descendants.first()) else {
            return;
        };
        if let Ok(dw) = cid.get(b"DW") {
            self.default_width = number(dw);
        }
        let Some(Object::Array(w)) = deref(doc, cid.get(b"W").ok()) else {
            return;
        };
        // `c [w1 w2 …]` gives widths from c on; `first last w` a range.
        let mut i = 0;
        while i + 1 < w.len() && self.cid_widths.len() < MAX_WIDTHS {
            let first = number(&w[i]).max(0.0) as u32;
            match deref(doc, Some(&w[i + 1])) {
                Some(Object::Array(list)) => {
                    for (k, width) in list.iter().take(MAX_WIDTHS).enumerate() {
                        self.cid_widths
                            .insert(first.saturating_add(k as u32), number(width));
                    }
                    i += 2;
                }
                Some(last) if i + 2 < w.len() => {
                    let last = number(last).max(0.0) as u32;
                    let width = number(&w[i + 2]);
                    let span = last.saturating_sub(first).min(MAX_WIDTHS as u32);
                    for code in first..=first.saturating_add(span) {
                        self.cid_widths.insert(code, width);
                    }
                    i += 3;
                }
                _ => break,
            }
        }
    }

    /// The letters these bytes stand for.
    pub fn decode(&self, bytes: &[u8]) -> String {
        self.encoding
            .as_ref()
            .and_then(|e| e.bytes_to_string(bytes).ok())
            .unwrap_or_else(|| super::decode_pdf_string(bytes))
    }

    /// The character codes in these bytes.
    pub fn codes<'b>(&self, bytes: &'b [u8]) -> impl Iterator<Item = u32> + 'b {
        let step = if self.two_byte { 2 } else { 1 };
        bytes
            .chunks(step)
            .map(|c| c.iter().fold(0u32, |acc, &b| acc << 8 | u32::from(b)))
    }

    /// How far the pen moves after the character, in text space units of
    /// one point of font size.
    pub fn advance(&self, code: u32) -> f32 {
        let width = if self.two_byte {
            self.cid_widths
                .get(&code)
                .copied()
                .unwrap_or(self.default_width)
        } else {
            code.checked_sub(self.first_char)
                .and_then(|i| self.widths.get(i as usize))
                .copied()
                .filter(|w| *w > 0.0)
                .or_else(|| {
                    self.widths
                        .is_empty()
                        .then(|| self.standard.and_then(|s| s.width(code)))
                        .flatten()
                })
                .unwrap_or(self.default_width)
        };
        width * self.scale
    }
}

/// The standard fonts' families, for their widths.
#[derive(Debug, Clone, Copy)]
enum Standard {
    Helvetica,
    Times,
    Courier,
}

/// Helvetica's widths for the printable ASCII characters (space to
/// tilde), in thousandths of the font size, from Adobe's metrics.
const HELVETICA: [u16; 95] = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
    611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
    222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

impl Standard {
    fn width(self, code: u32) -> Option<f32> {
        let helvetica = || {
            code.checked_sub(32)
                .and_then(|i| HELVETICA.get(i as usize))
                .map(|&w| f32::from(w))
        };
        match self {
            Standard::Courier => Some(600.0),
            Standard::Helvetica => helvetica(),
            // Times is a little narrower than Helvetica on average.
            Standard::Times => helvetica().map(|w| w * 0.9),
        }
    }
}

/// The object a reference points to (a few hops at most).
pub fn deref<'a>(doc: &'a Document, object: Option<&'a Object>) -> Option<&'a Object> {
    let mut object = object?;
    for _ in 0..8 {
        match object {
            Object::Reference(id) => object = doc.get_object(*id).ok()?,
            other => return Some(other),
        }
    }
    None
}

pub fn number(object: &Object) -> f32 {
    match object {
        Object::Integer(i) => *i as f32,
        Object::Real(r) => *r,
        _ => 0.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::dictionary;

    fn assert_close(got: f32, want: f32) {
        assert!((got - want).abs() < 1e-5, "{got} is not {want}");
    }

    #[test]
    fn simple_font_widths_come_from_the_table() {
        let mut doc = Document::with_version("1.5");
        let id = doc.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "TrueType", "BaseFont" => "Arial",
            "FirstChar" => 65, "Widths" => vec![Object::Integer(700), Object::Integer(250)],
            "Encoding" => "WinAnsiEncoding",
        });
        let dict = doc.get_dictionary(id).unwrap();
        let font = Font::read(&doc, dict);
        assert_close(font.advance(65), 0.7);
        assert_close(font.advance(66), 0.25);
        assert_close(font.advance(90), GUESSED_WIDTH / 1000.0);
        assert_eq!(font.decode(b"AB"), "AB");
        assert_eq!(font.codes(b"AB").collect::<Vec<_>>(), vec![65, 66]);
    }

    #[test]
    fn standard_fonts_without_widths_use_their_metrics() {
        let mut doc = Document::with_version("1.5");
        let helvetica = doc.add_object(
            dictionary! { "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica" },
        );
        let courier = doc.add_object(
            dictionary! { "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Courier-Bold" },
        );
        let h = Font::read(&doc, doc.get_dictionary(helvetica).unwrap());
        assert_close(h.advance(u32::from(b'i')), 0.222);
        assert_close(h.advance(u32::from(b'M')), 0.833);
        let c = Font::read(&doc, doc.get_dictionary(courier).unwrap());
        assert_close(c.advance(u32::from(b'i')), 0.6);
    }

    #[test]
    fn composite_font_widths_read_both_forms() {
        let mut doc = Document::with_version("1.5");
        let cid = doc.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "CIDFontType2", "DW" => 500,
            "W" => vec![
                Object::Integer(3), Object::Array(vec![Object::Integer(250), Object::Integer(300)]),
                Object::Integer(10), Object::Integer(12), Object::Integer(800),
            ],
        });
        let id = doc.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "Type0", "BaseFont" => "Calibri",
            "Encoding" => "Identity-H", "DescendantFonts" => vec![cid.into()],
        });
        let dict = doc.get_dictionary(id).unwrap();
        let font = Font::read(&doc, dict);
        assert!(font.two_byte);
        assert_eq!(font.codes(&[0, 3, 0, 11]).collect::<Vec<_>>(), vec![3, 11]);
        assert_close(font.advance(3), 0.25);
        assert_close(font.advance(4), 0.3);
        assert_close(font.advance(11), 0.8);
        assert_close(font.advance(99), 0.5);
    }
}
