//! The text of legacy Office streams: document properties read field by
//! field, and runs of readable characters in the other streams.

/// The string values of an OLE property set stream (MS-OLEPS): the
/// summary's title, subject, author, keywords, comments, company…
pub fn property_strings(data: &[u8]) -> Vec<String> {
    let u16_at = |at: usize| -> Option<u16> {
        Some(u16::from_le_bytes(data.get(at..at + 2)?.try_into().ok()?))
    };
    let u32_at = |at: usize| -> Option<usize> {
        Some(u32::from_le_bytes(data.get(at..at + 4)?.try_into().ok()?) as usize)
    };
    let mut out = Vec::new();
    if u16_at(0) != Some(0xFFFE) {
        return out;
    }
    let sets = u32_at(24).unwrap_or(0).min(2);
    for set in 0..sets {
        // Each set: a format id (16 bytes) and its offset.
        let Some(start) = u32_at(28 + set * 20 + 16) else {
            continue;
        };
        let count = u32_at(start + 4).unwrap_or(0).min(1024);
        for p in 0..count {
            let (Some(id), Some(offset)) = (u32_at(start + 8 + p * 8), u32_at(start + 12 + p * 8))
            else {
                break;
            };
            // Property 0 is a dictionary, 1 the code page: not text.
            if id <= 1 {
                continue;
            }
            let at = start + offset;
            let value = match u16_at(at) {
                // VT_LPSTR: a byte count, then 8-bit characters.
                Some(0x001E) => u32_at(at + 4).and_then(|len| {
                    let bytes = data.get(at + 8..at + 8 + len.min(1 << 16))?;
                    Some(bytes.iter().map(|&b| b as char).collect::<String>())
                }),
                // VT_LPWSTR: a character count, then UTF-16.
                Some(0x001F) => u32_at(at + 4).and_then(|len| {
                    let bytes = data.get(at + 8..at + 8 + len.min(1 << 15) * 2)?;
                    Some(crate::scan::decode::utf16le_field(bytes))
                }),
                _ => None,
            };
            if let Some(text) = value {
                let text = text.trim_end_matches('\0').trim().to_string();
                if !text.is_empty() {
                    out.push(text);
                }
            }
        }
    }
    out
}

/// Runs of readable text in a binary stream, as 8-bit and as UTF-16: the
/// way old Office formats store words.
pub fn readable_runs(data: &[u8], any_script: bool) -> String {
    const MIN_RUN: usize = 6;
    let mut out = String::new();
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut String| {
        if run.chars().count() >= MIN_RUN {
            out.push_str(run.trim());
            out.push('\n');
        }
        run.clear();
    };
    for &b in data {
        if b.is_ascii_graphic() || b == b' ' || (0xC0..=0xFF).contains(&b) {
            run.push(b as char);
        } else {
            flush(&mut run, &mut out);
        }
    }
    flush(&mut run, &mut out);
    for chunk in data.chunks_exact(2) {
        let unit = u16::from_le_bytes([chunk[0], chunk[1]]);
        match char::from_u32(unit as u32) {
            Some(c)
                if (c.is_alphanumeric() || c.is_ascii_punctuation() || c == ' ')
                    && unit >= 0x20
                    && chunk[1] != 0
                    && (any_script || unit < 0x0250)
                    || (chunk[1] == 0 && (chunk[0].is_ascii_graphic() || chunk[0] == b' ')) =>
            {
                run.push(c)
            }
            _ => flush(&mut run, &mut out),
        }
    }
    flush(&mut run, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A summary property set holding a title (8-bit) and an author
    /// (UTF-16).
    fn summary(title: &str, author: &str) -> Vec<u8> {
        let mut set = Vec::new();
        let mut values = Vec::new();
        let entries = [(2u32, 0x1Eu16, title), (4, 0x1F, author)];
        let header = 8 + entries.len() * 8;
        let mut offsets = Vec::new();
        for (id, kind, text) in entries {
            offsets.push((id, header + values.len()));
            values.extend_from_slice(&kind.to_le_bytes());
            values.extend_from_slice(&[0, 0]);
            if kind == 0x1E {
                values.extend_from_slice(&((text.len() + 1) as u32).to_le_bytes());
                values.extend_from_slice(text.as_bytes());
                values.push(0);
            } else {
                let units: Vec<u16> = text.encode_utf16().chain([0]).collect();
                values.extend_from_slice(&(units.len() as u32).to_le_bytes());
                values.extend(units.iter().flat_map(|u| u.to_le_bytes()));
            }
            while values.len() % 4 != 0 {
                values.push(0);
            }
        }
        set.extend_from_slice(&((header + values.len()) as u32).to_le_bytes());
        set.extend_from_slice(&(entries.len() as u32).to_le_bytes());
        for (id, offset) in offsets {
            set.extend_from_slice(&id.to_le_bytes());
            set.extend_from_slice(&(offset as u32).to_le_bytes());
        }
        set.extend(values);
        let mut stream = vec![0xFE, 0xFF, 0, 0, 0, 0, 0, 0];
        stream.extend_from_slice(&[0; 16]);
        stream.extend_from_slice(&1u32.to_le_bytes());
        stream.extend_from_slice(&[0; 16]);
        stream.extend_from_slice(&48u32.to_le_bytes());
        stream.extend(set);
        stream
    }

    #[test]
    fn property_sets_give_their_strings() {
        let data = summary("Quarterly report", "Anne Dupré");
        assert_eq!(property_strings(&data), ["Quarterly report", "Anne Dupré"]);
        assert!(property_strings(b"not a property set").is_empty());
    }

    #[test]
    fn random_bytes_do_not_read_as_text_in_binary_streams() {
        // Bytes that read as UTF-16 Hangul "words" (and as nothing in
        // 8-bit: every byte is between 0x80 and 0xBF).
        let noise: Vec<u8> = (0..=255u8)
            .flat_map(|i| [0x80 + (i.wrapping_mul(7) % 64), 0xAC + i % 20])
            .collect();
        assert!(!readable_runs(&noise, true).trim().is_empty());
        assert!(readable_runs(&noise, false).trim().is_empty());
        let text: Vec<u8> = "Hello world, plain words"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert!(readable_runs(&text, false).contains("Hello world"));
    }
}
