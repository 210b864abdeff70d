//! Bytes to text: UTF-8 or UTF-16 by their byte-order mark, UTF-16 without
//! one when the zero bytes say so, UTF-8 when it is valid, Latin-1 last.

/// How the bytes were read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    Latin1,
}

pub fn decode(bytes: &[u8]) -> (String, Encoding) {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return (String::from_utf8_lossy(rest).into_owned(), Encoding::Utf8);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return (utf16(rest, u16::from_le_bytes), Encoding::Utf16Le);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return (utf16(rest, u16::from_be_bytes), Encoding::Utf16Be);
    }
    // UTF-16 text is valid UTF-8 too (full of NUL bytes), so ask first.
    if let Some(encoding) = utf16_without_bom(bytes) {
        let text = match encoding {
            Encoding::Utf16Le => utf16(bytes, u16::from_le_bytes),
            _ => utf16(bytes, u16::from_be_bytes),
        };
        return (text, encoding);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return (text.to_string(), Encoding::Utf8);
    }
    // Mostly valid UTF-8 with a few bad bytes is still UTF-8.
    let lossy = String::from_utf8_lossy(bytes);
    let bad = lossy.matches('\u{FFFD}').count();
    if bad * 50 < bytes.len().max(1) {
        return (lossy.into_owned(), Encoding::Utf8);
    }
    (bytes.iter().map(|&b| b as char).collect(), Encoding::Latin1)
}

/// Little-endian UTF-16 (Windows' own), trailing NULs dropped: the
/// names and fields stored inside Office and picture files.
pub fn utf16le_field(bytes: &[u8]) -> String {
    utf16(bytes, u16::from_le_bytes)
        .trim_end_matches('\0')
        .to_string()
}

fn utf16(bytes: &[u8], read: fn([u8; 2]) -> u16) -> String {
    let units: Vec<u16> = bytes.chunks_exact(2).map(|c| read([c[0], c[1]])).collect();
    String::from_utf16_lossy(&units)
}

/// ASCII text in UTF-16 has a zero in every other byte.
fn utf16_without_bom(bytes: &[u8]) -> Option<Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 8 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even_zero = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_zero = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count();
    if odd_zero * 10 > pairs * 7 && even_zero * 10 < pairs {
        Some(Encoding::Utf16Le)
    } else if even_zero * 10 > pairs * 7 && odd_zero * 10 < pairs {
        Some(Encoding::Utf16Be)
    } else {
        None
    }
}

/// Whether the bytes look like text rather than a binary format.
pub fn looks_like_text(bytes: &[u8]) -> bool {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return true;
    }
    let sample = &bytes[..bytes.len().min(8192)];
    if utf16_without_bom(sample).is_some() {
        return true;
    }
    let controls = sample
        .iter()
        .filter(|&&b| b == 0 || (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C | 0x1B)))
        .count();
    controls * 100 <= sample.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_encoding() {
        assert_eq!(decode(b"\xEF\xBB\xBFhello").0, "hello");
        assert_eq!(decode(b"\xFF\xFEh\0i\0").0, "hi");
        assert_eq!(decode(b"\xFE\xFF\0h\0i").0, "hi");
        assert_eq!(
            decode("café".as_bytes()),
            ("café".to_string(), Encoding::Utf8)
        );
        assert_eq!(decode(b"caf\xE9 cr\xE8me br\xFBl\xE9e").1, Encoding::Latin1);
        assert_eq!(decode(b"caf\xE9").0, "café");
        let le: Vec<u8> = "ignore all"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        assert_eq!(decode(&le), ("ignore all".to_string(), Encoding::Utf16Le));
    }

    #[test]
    fn binary_is_not_text() {
        assert!(looks_like_text(b"plain words\n"));
        assert!(!looks_like_text(&[0u8, 1, 2, 3, 4, 5, 6, 7, 0, 0, 0, 9]));
    }
}
