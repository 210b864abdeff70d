//! Workbook parts: hidden sheets, hidden rows and columns that hold
//! data, and binary workbooks' DDE links.

use crate::msg;

use quick_xml::events::Event;

use super::attr;
use crate::scan::inspect::Inspection;
use crate::scan::model::Finding;

/// A binary workbook's external link that is a DDE link: its first
/// record is BrtBeginSupBook (0x168) with sbt = 1 (DDE), then the server
/// ("cmd") and topic ("/c calc.exe") as length-prefixed UTF-16 strings.
pub(super) fn xlsb_dde_link(data: &[u8]) -> Option<(String, String)> {
    // Record type and size are variable-length integers (7 bits a byte).
    fn varint(data: &[u8], at: &mut usize, max_bytes: usize) -> Option<u32> {
        let mut value = 0u32;
        for i in 0..max_bytes {
            let b = *data.get(*at)?;
            *at += 1;
            value |= u32::from(b & 0x7F) << (7 * i);
            if b & 0x80 == 0 {
                break;
            }
        }
        Some(value)
    }
    fn wide(data: &[u8], at: &mut usize) -> Option<String> {
        let len = u32::from_le_bytes(data.get(*at..*at + 4)?.try_into().ok()?) as usize;
        *at += 4;
        let bytes = data.get(*at..*at + len.checked_mul(2)?)?;
        *at += len * 2;
        let units: Vec<u16> = bytes
            .chunks_exact(2)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .collect();
        Some(String::from_utf16_lossy(&units))
    }
    let mut at = 0;
    let kind = varint(data, &mut at, 2)?;
    let _size = varint(data, &mut at, 4)?;
    if kind != 0x168 {
        return None;
    }
    let sbt = u16::from_le_bytes(data.get(at..at + 2)?.try_into().ok()?);
    at += 2;
    if sbt != 1 {
        return None;
    }
    let server = wide(data, &mut at)?;
    let topic = wide(data, &mut at)?;
    Some((server, topic))
}

/// How many hidden rows, and hidden columns, hold a value.
pub(super) fn hidden_cells(xml: &str) -> (usize, usize) {
    let mut hidden_columns: Vec<(u32, u32)> = Vec::new();
    let mut rows = 0;
    let mut columns = std::collections::BTreeSet::new();
    let (mut in_hidden_row, mut row_counted) = (false, false);
    let mut cell_column: Option<u32> = None;
    let mut in_value = false;
    let mut reader = quick_xml::Reader::from_str(xml);
    let truthy = |v: Option<String>| matches!(v.as_deref(), Some("1" | "true"));
    while let Ok(event) = reader.read_event() {
        match event {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e)
                if e.local_name().as_ref() == "col" && truthy(attr(&e, "hidden")) =>
            {
                let min = attr(&e, "min").and_then(|v| v.parse().ok()).unwrap_or(0);
                let max = attr(&e, "max").and_then(|v| v.parse().ok()).unwrap_or(min);
                hidden_columns.push((min, max));
            }
            Event::Start(e) if e.local_name().as_ref() == "row" => {
                in_hidden_row = truthy(attr(&e, "hidden"));
                row_counted = false;
            }
            Event::End(e) if e.local_name().as_ref() == "row" => in_hidden_row = false,
            Event::Start(e) if e.local_name().as_ref() == "c" => {
                cell_column = attr(&e, "r").map(|r| column_number(&r));
            }
            Event::Start(e) if matches!(e.local_name().as_ref(), "v" | "t") => in_value = true,
            Event::End(e) if matches!(e.local_name().as_ref(), "v" | "t") => in_value = false,
            Event::Text(t) if in_value && !t.clone().into_inner().trim().is_empty() => {
                if in_hidden_row && !row_counted {
                    rows += 1;
                    row_counted = true;
                }
                if let Some(col) = cell_column
                    && hidden_columns.iter().any(|(a, b)| (*a..=*b).contains(&col))
                {
                    columns.insert(col);
                }
            }
            _ => {}
        }
    }
    (rows, columns.len())
}

/// "AB12" → 28.
pub(super) fn column_number(reference: &str) -> u32 {
    reference
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .fold(0, |n, c| {
            n * 26 + (c.to_ascii_uppercase() as u32 - 'A' as u32 + 1)
        })
}

/// Hidden and very hidden sheets; returns their part names ("sheet3").
pub(super) fn sheet_states(xml: &str, out: &mut Inspection) -> Vec<String> {
    let mut hidden = Vec::new();
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut position = 0;
    while let Ok(event) = reader.read_event() {
        match event {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "sheet" => {
                position += 1;
                let state = attr(&e, "state").unwrap_or_default();
                if state == "hidden" || state == "veryHidden" {
                    let name = attr(&e, "name").unwrap_or_default();
                    out.findings.push(
                        Finding::hidden_sheet(&name, state == "veryHidden")
                            .at(msg!("where-sheet", number = position)),
                    );
                    hidden.push(format!("sheet{position}"));
                }
            }
            _ => {}
        }
    }
    hidden
}
