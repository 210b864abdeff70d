//! Excel's binary workbook records: macro and hidden sheets, and external
//! links that start another program (DDE).

use crate::i18n::Msg;
use crate::msg;

use crate::scan::inspect::Inspection;
use crate::scan::model::{Category, Finding, Severity};

/// Excel's BOUNDSHEET records: Excel 4.0 macro sheets and hidden sheets.
pub(super) fn sheets(workbook: &[u8], part: &str, out: &mut Inspection) {
    let mut at = 0;
    while let Some(header) = workbook.get(at..at + 4) {
        let kind = u16::from_le_bytes([header[0], header[1]]);
        let len = u16::from_le_bytes([header[2], header[3]]) as usize;
        let body = workbook.get(at + 4..at + 4 + len).unwrap_or(&[]);
        // SUPBOOK: an external link; a DDE or OLE link names a program
        // and its topic separated by 0x03 ("cmd\x03/c calc.exe").
        if kind == 0x01AE
            && let Some(path) = supbook_path(body)
            && let Some((server, topic)) = path.split_once('\u{3}')
        {
            out.findings
                .push(Finding::dde_link(server, topic).at(Msg::plain(part)));
        }
        if kind == 0x0085 && body.len() >= 8 {
            let (visibility, sheet_type) = (body[4] & 0x03, body[5]);
            let name_len = body[6] as usize;
            let wide = body[7] & 1 == 1;
            let name = biff_string(&body[8..], name_len, wide);
            if sheet_type == 0x01 {
                out.findings.push(
                    Finding::new(
                        Category::Macro,
                        Severity::Danger,
                        msg!("finding-xlm-sheet", name = &name),
                    )
                    .at(Msg::plain(part)),
                );
            }
            if visibility != 0 {
                out.findings
                    .push(Finding::hidden_sheet(&name, visibility == 2).at(Msg::plain(part)));
            }
        }
        // Records end at EOF of the globals; sheets follow as BOF blocks.
        if kind == 0x000A && at > 0 {
            break;
        }
        at += 4 + len;
    }
}

/// The virtual path of a SUPBOOK record (MS-XLS 2.4.271): a count of
/// sheets (2), a character count (2), then the characters, 8-bit or
/// UTF-16 by a flag byte. Links to the workbook itself have no path.
fn supbook_path(body: &[u8]) -> Option<String> {
    let cch = u16::from_le_bytes(body.get(2..4)?.try_into().ok()?) as usize;
    if cch == 0x0401 || cch == 0x3A01 || cch == 0 {
        return None;
    }
    let wide = body.get(4)? & 1 == 1;
    Some(biff_string(body.get(5..)?, cch, wide))
}

/// `count` characters of an Excel string: UTF-16, or one byte each.
fn biff_string(raw: &[u8], count: usize, wide: bool) -> String {
    if wide {
        let units: Vec<u16> = raw
            .chunks_exact(2)
            .take(count)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        raw.iter().take(count).map(|&b| b as char).collect()
    }
}
