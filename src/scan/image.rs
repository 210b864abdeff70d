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
        Some(pieces) => Inspection {
            pieces,
            ..Default::default()
        },
        None => metadata_strings(bytes),
    };
    if let Err(why) = decode_check(bytes, kind) {
        log::info!("picture not decoded: {why}");
        out.findings.push(Finding::unreadable(msg!(
            "finding-picture-damaged-or-unusual-could"
        )));
    }
    out
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
