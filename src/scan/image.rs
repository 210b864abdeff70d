//! Pictures: the pixels cannot instruct anyone, but the text a picture
//! carries in its metadata (EXIF descriptions, XMP, PNG text chunks) is
//! read like any other text, and the picture is decoded to make sure it
//! is what it claims: a damaged picture is `unreadable`, never `safe`.

use std::io::Cursor;

use super::format::Kind;
use super::inspect::{Inspection, TextPiece};
use super::model::Finding;
use crate::msg;

/// Pictures larger than this have their header checked, not every pixel.
const FULL_DECODE_BYTES: usize = 16 * 1024 * 1024;

pub fn inspect(bytes: &[u8], kind: Kind) -> Inspection {
    let mut out = match super::picture_meta::pieces(bytes, kind) {
        Some((pieces, findings)) => Inspection {
            pieces,
            findings,
            ..Default::default()
        },
        None => metadata_strings(bytes),
    };
    if let Err(why) = decode_check(bytes, kind) {
        log::info!("picture not decoded: {why}");
        out.findings.push(Finding::unreadable(msg!(
            "finding-picture-damaged-or-unusual-could"
        )));
    } else if cut_short(bytes, kind) {
        // Decoders draw what arrived of a cut-off picture without a word.
        out.findings
            .push(Finding::unreadable(msg!("finding-picture-cut-short")));
    }
    out
}

/// Whether a JPEG or GIF ends before its end marker: the decoders show
/// whatever part of the picture arrived, so this is checked apart.
fn cut_short(bytes: &[u8], kind: Kind) -> bool {
    match kind {
        Kind::Jpeg => jpeg_cut_short(bytes),
        Kind::Gif => gif_cut_short(bytes),
        _ => false,
    }
}

/// Walks the marker segments to the picture's first scan (skipping the
/// segments' contents, where a thumbnail with its own markers may sit),
/// then looks for the end marker: the compressed data cannot hold its
/// bytes, so a picture without one after its scan was cut off.
fn jpeg_cut_short(bytes: &[u8]) -> bool {
    let mut at = 2;
    let scan = loop {
        // Markers may be padded with fill bytes.
        while bytes.get(at) == Some(&0xFF) && bytes.get(at + 1) == Some(&0xFF) {
            at += 1;
        }
        let (Some(0xFF), Some(&marker)) = (bytes.get(at), bytes.get(at + 1)) else {
            return true;
        };
        match marker {
            0xDA => break at,
            // Markers without a segment.
            0x01 | 0xD0..=0xD7 => at += 2,
            _ => {
                let Some(len) = bytes.get(at + 2..at + 4) else {
                    return true;
                };
                at += 2 + u16::from_be_bytes([len[0], len[1]]) as usize;
            }
        }
    };
    !bytes[scan..].windows(2).any(|w| w == [0xFF, 0xD9])
}

/// Walks a GIF's blocks to its trailer; running out of bytes first means
/// it was cut off.
fn gif_cut_short(bytes: &[u8]) -> bool {
    let colour_table = |flags: u8| {
        if flags & 0x80 != 0 {
            3usize << ((flags & 0x07) + 1)
        } else {
            0
        }
    };
    // Sub-blocks: a length byte, then that many bytes, until a zero.
    let skip_sub_blocks = |mut at: usize| -> Option<usize> {
        loop {
            let len = *bytes.get(at)? as usize;
            at += 1;
            if len == 0 {
                return Some(at);
            }
            at += len;
        }
    };
    let walk = || -> Option<()> {
        let mut at = 13 + colour_table(*bytes.get(10)?);
        loop {
            match *bytes.get(at)? {
                0x3B => return Some(()),
                0x21 => at = skip_sub_blocks(at + 2)?,
                0x2C => {
                    let flags = *bytes.get(at + 9)?;
                    // Descriptor, local colours, the code size byte, data.
                    at = skip_sub_blocks(at + 10 + colour_table(flags) + 1)?;
                }
                // Anything else is damage, which the decoder reports.
                _ => return Some(()),
            }
        }
    };
    walk().is_none()
}

fn decode_check(bytes: &[u8], kind: Kind) -> Result<(), String> {
    let format = match kind {
        Kind::Png => image::ImageFormat::Png,
        Kind::Jpeg => image::ImageFormat::Jpeg,
        Kind::Gif => image::ImageFormat::Gif,
        Kind::Bmp => image::ImageFormat::Bmp,
        Kind::Tiff => image::ImageFormat::Tiff,
        Kind::Webp => image::ImageFormat::WebP,
        _ => return Ok(()),
    };
    let mut reader = image::ImageReader::with_format(Cursor::new(bytes), format);
    // A tiny file can claim a gigantic picture: refuse to allocate it.
    let mut limits = image::Limits::default();
    limits.max_alloc = Some(512 * 1024 * 1024);
    limits.max_image_width = Some(40_000);
    limits.max_image_height = Some(40_000);
    reader.limits(limits);
    let result = if bytes.len() > FULL_DECODE_BYTES {
        reader.into_dimensions().map(|_| ())
    } else {
        reader.decode().map(|_| ())
    };
    match result {
        // A feature the decoder does not have (a rare TIFF compression…)
        // says nothing about the file: its text was still read.
        Err(image::ImageError::Unsupported(e)) => {
            log::info!("picture feature not supported here: {e}");
            Ok(())
        }
        Err(e) => Err(e.to_string()),
        Ok(()) => Ok(()),
    }
}

/// The runs of readable characters in the file: where metadata text is.
fn metadata_strings(bytes: &[u8]) -> Inspection {
    let text = super::picture_meta::readable_runs(bytes);
    Inspection {
        pieces: vec![TextPiece::visible(text, msg!("where-picture-metadata"))],
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scan::Category;

    fn png() -> Vec<u8> {
        let picture = image::RgbImage::from_pixel(4, 4, image::Rgb([200, 10, 10]));
        let mut out = Cursor::new(Vec::new());
        picture.write_to(&mut out, image::ImageFormat::Png).unwrap();
        out.into_inner()
    }

    #[test]
    fn a_sound_picture_is_not_flagged() {
        let out = inspect(&png(), Kind::Png);
        assert!(out.findings.is_empty(), "{:?}", out.findings);
    }

    #[test]
    fn a_picture_cut_before_its_end_marker_is_unreadable() {
        for format in [image::ImageFormat::Jpeg, image::ImageFormat::Gif] {
            let img =
                image::RgbImage::from_fn(16, 16, |x, y| image::Rgb([x as u8 * 9, y as u8, 3]));
            let mut whole = Cursor::new(Vec::new());
            image::DynamicImage::ImageRgb8(img)
                .write_to(&mut whole, format)
                .unwrap();
            let whole = whole.into_inner();
            let kind = if format == image::ImageFormat::Jpeg {
                Kind::Jpeg
            } else {
                Kind::Gif
            };
            assert!(!cut_short(&whole, kind), "{format:?} whole");
            assert!(cut_short(&whole[..whole.len() - 3], kind), "{format:?} cut");
        }
    }

    #[test]
    fn a_damaged_picture_is_unreadable() {
        let mut broken = png();
        broken.truncate(broken.len() / 2);
        let out = inspect(&broken, Kind::Png);
        assert!(
            out.findings
                .iter()
                .any(|f| f.category == Category::Unreadable)
        );
    }

    #[test]
    fn a_picture_with_a_forged_size_is_unreadable() {
        // A PNG header saying 100,000 x 100,000 pixels.
        let mut bomb = png();
        bomb[16..20].copy_from_slice(&100_000u32.to_be_bytes());
        bomb[20..24].copy_from_slice(&100_000u32.to_be_bytes());
        let out = inspect(&bomb, Kind::Png);
        assert!(
            out.findings
                .iter()
                .any(|f| f.category == Category::Unreadable)
        );
    }
}
