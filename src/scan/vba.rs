//! VBA macro source: the project's `dir` stream and each module's source,
//! decompressed (MS-OVBA 2.4.1), then searched for what makes macros
//! dangerous: running by themselves when the document opens, and calls
//! that start programs, download files or reach into the system.

use std::io::{Cursor, Read};

/// What the macros do, in names a security person recognises.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VbaSummary {
    /// Procedures that run on their own: `AutoOpen`, `Workbook_Open`…
    pub autorun: Vec<String>,
    /// Calls that start programs or fetch things: `Shell`, `CreateObject`…
    pub calls: Vec<String>,
    /// All module source, for the text analysers.
    pub source: String,
}

const AUTORUN: &[&str] = &[
    "AutoOpen",
    "Auto_Open",
    "AutoExec",
    "AutoClose",
    "Auto_Close",
    "AutoNew",
    "AutoExit",
    "Document_Open",
    "Document_Close",
    "Document_New",
    "DocumentOpen",
    "DocumentBeforeClose",
    "Workbook_Open",
    "Workbook_Activate",
    "Workbook_BeforeClose",
    "Workbook_Close",
    "Presentation_Open",
    "Worksheet_Change",
    "Worksheet_Activate",
    "UserForm_Initialize",
    "Label1_Click",
    "InkPicture1_Painted",
    "Document_ContentControlOnEnter",
];

const CALLS: &[&str] = &[
    "Shell",
    "WScript.Shell",
    "ShellExecute",
    "CreateObject",
    "GetObject",
    "URLDownloadToFile",
    "XMLHTTP",
    "WinHttp",
    "ADODB.Stream",
    "PowerShell",
    "cmd.exe",
    "CreateProcess",
    "VirtualAlloc",
    "RtlMoveMemory",
    "WriteProcessMemory",
    "CallByName",
    "Environ",
    "Kill",
    "SaveToFile",
    "Lib \"kernel32",
    "Lib \"urlmon",
    "Scripting.FileSystemObject",
    "MacScript",
    "ExecuteExcel4Macro",
    "Application.Run",
];

/// Decompresses a VBA compressed container (MS-OVBA 2.4.1).
pub fn decompress(data: &[u8]) -> Option<Vec<u8>> {
    const LIMIT: usize = 64 * 1024 * 1024;
    if data.first() != Some(&1) {
        return None;
    }
    let mut out: Vec<u8> = Vec::new();
    let mut at = 1;
    while at + 2 <= data.len() {
        let header = u16::from_le_bytes([data[at], data[at + 1]]);
        let size = usize::from(header & 0x0FFF) + 3;
        let compressed = header & 0x8000 != 0;
        let end = (at + size).min(data.len());
        let chunk = &data[at + 2..end];
        at = end;
        let start = out.len();
        if !compressed {
            out.extend_from_slice(chunk);
            continue;
        }
        let mut i = 0;
        while i < chunk.len() {
            let flags = chunk[i];
            i += 1;
            for bit in 0..8 {
                if i >= chunk.len() {
                    break;
                }
                if flags & (1 << bit) == 0 {
                    out.push(chunk[i]);
                    i += 1;
                } else {
                    let token = u16::from_le_bytes([chunk[i], *chunk.get(i + 1)?]);
                    i += 2;
                    let position = out.len() - start;
                    let bits = (usize::BITS - position.saturating_sub(1).leading_zeros()).max(4);
                    let length_mask = 0xFFFFu16 >> bits;
                    let length = usize::from(token & length_mask) + 3;
                    let offset = usize::from((token & !length_mask) >> (16 - bits)) + 1;
                    let from = out.len().checked_sub(offset)?;
                    for k in 0..length {
                        let byte = out[from + k];
                        out.push(byte);
                    }
                }
            }
            if out.len() > LIMIT {
                return None;
            }
        }
    }
    Some(out)
}

/// The modules listed in a decompressed `dir` stream: stream name and the
/// offset of its compressed source.
fn modules(dir: &[u8]) -> Vec<(String, u32)> {
    let mut out = Vec::new();
    let mut name: Option<String> = None;
    let mut at = 0;
    while at + 6 <= dir.len() {
        let id = u16::from_le_bytes([dir[at], dir[at + 1]]);
        let size =
            u32::from_le_bytes([dir[at + 2], dir[at + 3], dir[at + 4], dir[at + 5]]) as usize;
        let body = at + 6;
        // PROJECTVERSION says 4 but holds 6 bytes.
        let size = if id == 0x0009 { 6 } else { size };
        let Some(data) = dir.get(body..body + size) else {
            break;
        };
        match id {
            0x001A => name = Some(String::from_utf8_lossy(data).into_owned()),
            0x0031 if data.len() >= 4 => {
                if let Some(n) = name.take() {
                    out.push((n, u32::from_le_bytes([data[0], data[1], data[2], data[3]])));
                }
            }
            _ => {}
        }
        at = body + size;
    }
    out
}

/// Reads the VBA project under `storage` (the folder holding `dir`).
pub fn summarize(file: &mut cfb::CompoundFile<Cursor<&[u8]>>, storage: &str) -> Option<VbaSummary> {
    let mut read = |path: &str| -> Option<Vec<u8>> {
        let mut data = Vec::new();
        file.open_stream(path)
            .ok()?
            .take(64 * 1024 * 1024)
            .read_to_end(&mut data)
            .ok()?;
        Some(data)
    };
    let dir = decompress(&read(&format!("{storage}/dir"))?)?;
    let mut summary = VbaSummary::default();
    for (module, offset) in modules(&dir) {
        let Some(stream) = read(&format!("{storage}/{module}")) else {
            continue;
        };
        let Some(source) = stream.get(offset as usize..).and_then(decompress) else {
            continue;
        };
        summary.source.push_str(&String::from_utf8_lossy(&source));
        summary.source.push('\n');
    }
    let lower = summary.source.to_ascii_lowercase();
    let has_word = |word: &str| {
        let w = word.to_ascii_lowercase();
        lower.match_indices(&w).any(|(i, _)| {
            let before = lower[..i].chars().next_back();
            let after = lower[i + w.len()..].chars().next();
            !before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
                && !after.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
        })
    };
    summary.autorun = AUTORUN
        .iter()
        .filter(|n| has_word(n))
        .map(|n| n.to_string())
        .collect();
    summary.calls = CALLS
        .iter()
        .filter(|n| {
            if n.contains('"') || n.contains('.') {
                lower.contains(&n.to_ascii_lowercase())
            } else {
                has_word(n)
            }
        })
        .map(|n| n.to_string())
        .collect();
    Some(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example of MS-OVBA 3.2.3: "#aaabcdefaaaaghijaaaaaklaaamnopqaaaaaaaaaaaarstuvwxyzaaa".
    #[test]
    fn decompresses_the_specification_example() {
        let compressed: &[u8] = &[
            0x01, 0x2F, 0xB0, 0x00, 0x23, 0x61, 0x61, 0x61, 0x62, 0x63, 0x64, 0x65, 0x82, 0x66,
            0x00, 0x70, 0x61, 0x67, 0x68, 0x69, 0x6A, 0x01, 0x38, 0x08, 0x61, 0x6B, 0x6C, 0x00,
            0x30, 0x6D, 0x6E, 0x6F, 0x70, 0x06, 0x71, 0x02, 0x70, 0x04, 0x10, 0x72, 0x73, 0x74,
            0x75, 0x76, 0x10, 0x77, 0x78, 0x79, 0x7A, 0x00, 0x3C,
        ];
        let out = decompress(compressed).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "#aaabcdefaaaaghijaaaaaklaaamnopqaaaaaaaaaaaarstuvwxyzaaa"
        );
    }

    #[test]
    fn an_uncompressed_chunk_is_copied() {
        let mut data = vec![0x01, 0xFF, 0x3F];
        data.extend(std::iter::repeat_n(b'x', 4096));
        assert_eq!(decompress(&data).unwrap().len(), 4096);
    }
}
