//! Legacy Office files (.doc .xls .ppt .msg and other OLE compound files):
//! VBA and Excel 4.0 macros, embedded objects, password protection, and
//! the readable text of each stream where practical.

use crate::i18n::Msg;
use crate::msg;

mod rc4;
#[cfg(test)]
mod tests;
mod text;
mod workbook;

use std::io::{Cursor, Read};

use super::inspect::{Inspection, TextPiece};
use super::model::{Category, Finding, Severity};
use workbook::sheets;

/// Streams larger than this are not read for text.
const MAX_STREAM: u64 = 64 * 1024 * 1024;

pub fn inspect(bytes: &[u8]) -> Inspection {
    let mut out = Inspection::default();
    let mut file = match cfb::CompoundFile::open(Cursor::new(bytes)) {
        Ok(file) => file,
        Err(err) => {
            log::info!("ole unreadable: {err}");
            out.findings.push(Finding::unreadable(msg!(
                "finding-document-damaged-inner-structure-could"
            )));
            return out;
        }
    };
    let entries: Vec<(String, String, bool, u64)> = file
        .walk()
        .map(|e| {
            (
                e.path().to_string_lossy().into_owned(),
                e.name().to_string(),
                e.is_stream(),
                e.len(),
            )
        })
        .collect();
    let has = |wanted: &str| {
        entries
            .iter()
            .any(|(_, name, _, _)| name.eq_ignore_ascii_case(wanted))
    };
    if has("EncryptedPackage") || has("EncryptionInfo") {
        // Excel's default password opens many "protected" workbooks.
        let info = stream(&mut file, "/EncryptionInfo", 1024 * 1024, &mut out.findings);
        let package = stream(
            &mut file,
            "/EncryptedPackage",
            MAX_STREAM,
            &mut out.findings,
        );
        match super::crypto::open_with_default_password(&info, &package) {
            Some(inner) => {
                // Harmless files have no reason for this; hiding the
                // content from security tools is the usual one.
                out.findings.push(Finding::new(
                    Category::HiddenContent,
                    Severity::Review,
                    msg!("finding-file-encrypted-with-office-s"),
                ));
                out.embedded.push(("the encrypted document".into(), inner));
            }
            None => out.findings.push(Finding::password_protected()),
        }
        return out;
    }
    // Macros are kept outside the encrypted part of a legacy file, so
    // they are found even when the rest cannot be read.
    if has("_VBA_PROJECT") || has("VBA") || has("_VBA_PROJECT_CUR") || has("Macros") {
        macro_findings(&mut file, &entries, &mut out);
    }
    if legacy_encryption(&mut file, &entries) {
        // A workbook under Excel's default password is opened and read.
        let opened: Vec<(String, Vec<u8>)> = entries
            .iter()
            .filter(|(_, n, s, _)| *s && matches!(n.as_str(), "Workbook" | "Book"))
            .filter_map(|(path, name, _, _)| {
                let data = stream(&mut file, path, MAX_STREAM, &mut out.findings);
                rc4::open_with_default_password(&data).map(|d| (name.clone(), d))
            })
            .collect();
        if opened.is_empty() {
            out.findings.push(Finding::password_protected());
            return out;
        }
        out.findings.push(Finding::new(
            Category::HiddenContent,
            Severity::Review,
            msg!("finding-file-encrypted-with-office-s"),
        ));
        for (name, workbook) in opened {
            sheets(&workbook, &name, &mut out);
            let text = text::readable_runs(&workbook, true);
            if !text.trim().is_empty() {
                out.pieces.push(TextPiece::visible(text, Msg::plain(name)));
            }
        }
        return out;
    }
    // Outlook messages keep each attachment in a storage of its own: the
    // bytes in property 0x3701, the file name in 0x3707 (or 0x3704).
    for (path, name, is_stream, _) in &entries {
        if !*is_stream || name != "__substg1.0_37010102" || !path.contains("__attach_version1.0_") {
            continue;
        }
        let folder = path.rsplit_once('/').map_or("", |(dir, _)| dir);
        let file_name = ["__substg1.0_3707001F", "__substg1.0_3704001F"]
            .iter()
            .map(|prop| {
                stream(
                    &mut file,
                    &format!("{folder}/{prop}"),
                    4096,
                    &mut out.findings,
                )
            })
            .find(|bytes| !bytes.is_empty())
            .map(|bytes| super::decode::utf16le_field(&bytes))
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| "attachment".to_string());
        let data = stream(&mut file, path, MAX_STREAM, &mut out.findings);
        out.embedded.push((file_name, data));
    }
    // PowerPoint keeps embedded objects and its VBA project inside its
    // main stream, compressed: they are inspected as files of their own.
    if let Some((path, ..)) = entries
        .iter()
        .find(|(_, name, is_stream, _)| *is_stream && name == "PowerPoint Document")
    {
        let data = stream(&mut file, path, MAX_STREAM, &mut out.findings);
        for (i, object) in powerpoint_objects(&data).into_iter().enumerate() {
            out.embedded
                .push((format!("embedded object {}", i + 1), object));
        }
    }
    for (path, name, _, _) in entries
        .iter()
        .filter(|(_, n, s, _)| *s && matches!(n.as_str(), "Workbook" | "Book"))
    {
        let data = stream(&mut file, path, MAX_STREAM, &mut out.findings);
        sheets(&data, name, &mut out);
    }
    for (path, name, is_stream, len) in &entries {
        // Outlook keeps the mail's routing headers (property 0x007D): relay
        // names and anti-spam tokens, not anything the sender wrote.
        // Attachments (0x3701) are inspected as files of their own above.
        if !is_stream || name.starts_with("__substg1.0_007D") || name == "__substg1.0_37010102" {
            continue;
        }
        if *len > MAX_STREAM {
            out.findings.push(Finding::unreadable(msg!(
                "finding-document-part-too-large",
                name = name
            )));
            continue;
        }
        let mut data = Vec::new();
        if file
            .open_stream(path)
            .and_then(|mut s| s.read_to_end(&mut data))
            .is_err()
        {
            out.findings.push(Finding::unreadable(msg!(
                "finding-document-part-damaged",
                name = name
            )));
            continue;
        }
        if name == "\u{1}Ole10Native" || name.eq_ignore_ascii_case("Package") {
            const RUNNABLE: &[&str] = &[
                ".exe", ".scr", ".bat", ".cmd", ".lnk", ".vbs", ".vbe", ".js", ".jse", ".wsf",
                ".ps1", ".hta", ".com", ".pif", ".msi", ".jar", ".cpl",
            ];
            // Ole10Native: size (4), flags (2), then the packaged file's
            // name; a shortcut or script runs whatever it names.
            let label: String = data
                .get(6..)
                .unwrap_or_default()
                .iter()
                .take_while(|&&b| b != 0)
                .take(260)
                .map(|&b| char::from(b))
                .collect::<String>()
                .to_ascii_lowercase();
            let runnable_name = RUNNABLE.iter().any(|ext| label.ends_with(ext));
            let program = runnable_name
                || (data.windows(2).any(|w| w == b"MZ")
                    && RUNNABLE.iter().any(|ext| {
                        data.windows(ext.len())
                            .any(|w| w.eq_ignore_ascii_case(ext.as_bytes()))
                    }));
            let (severity, message) = if program {
                (
                    Severity::Danger,
                    msg!("finding-document-program-or-shortcut-packaged"),
                )
            } else {
                (
                    Severity::Review,
                    msg!("finding-document-another-file-packaged-inside"),
                )
            };
            out.findings.push(
                Finding::new(Category::ActiveContent, severity, message).at(Msg::plain(path)),
            );
            continue;
        }
        if path.contains("ObjectPool") || path.contains("MBD") {
            out.findings.push(
                Finding::new(
                    Category::ActiveContent,
                    Severity::Review,
                    msg!("finding-document-object-from-another-program-2"),
                )
                .at(Msg::plain(path)),
            );
        }
        // Property sets (title, author, comments) are read field by field;
        // binary streams (pictures, object data) give only Latin runs, since
        // random bytes read as UTF-16 look like CJK text.
        if name == "\u{5}SummaryInformation" || name == "\u{5}DocumentSummaryInformation" {
            let text = text::property_strings(&data).join("\n");
            if !text.trim().is_empty() {
                out.pieces.push(TextPiece::aside(
                    text,
                    Msg::plain(name.trim_start_matches('\u{5}')),
                    msg!("hidden-document-s-properties-are-not"),
                ));
            }
            continue;
        }
        let text_stream = matches!(
            name.as_str(),
            "WordDocument" | "1Table" | "0Table" | "PowerPoint Document" | "Workbook" | "Book"
        ) || name.starts_with("__substg1.0_");
        let text = text::readable_runs(&data, text_stream);
        // Word keeps field codes as text: a DDE field reads "DDEAUTO cmd …".
        if name == "WordDocument"
            && let Some(field) = text.lines().find(|l| {
                let upper = l.trim_start().to_ascii_uppercase();
                (upper.starts_with("DDE ") || upper.starts_with("DDEAUTO ")) && upper.len() > 8
            })
        {
            out.findings.push(
                Finding::new(
                    Category::ActiveContent,
                    Severity::Danger,
                    msg!("finding-dde-field-asks-start-another"),
                )
                .with_evidence(crate::scan::text::make_visible(field.trim()))
                .at(Msg::plain(path)),
            );
        }
        if !text.trim().is_empty() {
            out.pieces.push(TextPiece::visible(
                text,
                Msg::plain(name.trim_start_matches('\u{1}').trim_start_matches('\u{5}')),
            ));
        }
    }
    out
}

/// The first `len` bytes of a stream, where only its start is wanted.
fn prefix(file: &mut cfb::CompoundFile<Cursor<&[u8]>>, path: &str, len: u64) -> Vec<u8> {
    let mut data = Vec::new();
    if let Ok(stream) = file.open_stream(path) {
        let _ = stream.take(len).read_to_end(&mut data);
    }
    data
}

/// A stream's bytes, up to `limit`. A stream that cannot be read, or goes
/// on past the limit, is not read in silence: `findings` says so.
fn stream(
    file: &mut cfb::CompoundFile<Cursor<&[u8]>>,
    path: &str,
    limit: u64,
    findings: &mut Vec<Finding>,
) -> Vec<u8> {
    let name = path.rsplit('/').next().unwrap_or(path);
    let mut data = Vec::new();
    let Ok(stream) = file.open_stream(path) else {
        return data;
    };
    if stream.take(limit + 1).read_to_end(&mut data).is_err() {
        findings.push(Finding::unreadable(msg!(
            "finding-document-part-damaged",
            name = name
        )));
    }
    if data.len() as u64 > limit {
        data.truncate(limit as usize);
        findings.push(Finding::unreadable(msg!(
            "finding-document-part-too-large",
            name = name
        )));
    }
    data
}

/// The macro finding, saying what the macros do when their source can be
/// read. (The source is not shown as text: code is not what a reader sees,
/// and listing it as "hidden content" would only confuse.)
fn macro_findings(
    file: &mut cfb::CompoundFile<Cursor<&[u8]>>,
    entries: &[(String, String, bool, u64)],
    out: &mut Inspection,
) {
    let storages: Vec<String> = entries
        .iter()
        .filter(|(path, name, is_stream, _)| *is_stream && name == "dir" && path.contains("VBA"))
        .filter_map(|(path, ..)| path.rsplit_once('/').map(|(dir, _)| dir.to_string()))
        .collect();
    let mut summary = super::vba::VbaSummary::default();
    for storage in &storages {
        if let Some(found) = super::vba::summarize(file, storage) {
            summary.autorun.extend(found.autorun);
            summary.calls.extend(found.calls);
            summary.source.push_str(&found.source);
        }
    }
    summary.autorun.dedup();
    summary.calls.dedup();
    let message = match (summary.autorun.is_empty(), summary.calls.is_empty()) {
        (false, false) => {
            msg!("finding-document-contains-macros-run-themselves")
        }
        (false, true) => msg!("finding-document-contains-macros-run-themselves-2"),
        (true, false) => msg!("finding-document-contains-macros-start-programs"),
        (true, true) => {
            msg!("finding-document-contains-macros-programs-run")
        }
    };
    let mut finding = Finding::new(Category::Macro, Severity::Danger, message);
    let named: Vec<&str> = summary
        .autorun
        .iter()
        .chain(&summary.calls)
        .map(String::as_str)
        .collect();
    if !named.is_empty() {
        finding = finding.with_evidence(named.join(", "));
    }
    out.findings.push(finding);
}

/// The storages PowerPoint keeps in ExOleObjStg records (embedded OLE
/// objects, and the VBA project), decompressed. Records nest: a container
/// (version 0xF) holds records of its own.
fn powerpoint_objects(data: &[u8]) -> Vec<Vec<u8>> {
    const EX_OLE_OBJ_STG: u16 = 0x1011;
    const MAX_OBJECTS: usize = 64;
    let mut out = Vec::new();
    let mut stack = vec![(0usize, data.len())];
    while let Some((mut at, end)) = stack.pop() {
        while at + 8 <= end && out.len() < MAX_OBJECTS {
            let ver_inst = u16::from_le_bytes([data[at], data[at + 1]]);
            let kind = u16::from_le_bytes([data[at + 2], data[at + 3]]);
            let len = u32::from_le_bytes([data[at + 4], data[at + 5], data[at + 6], data[at + 7]])
                as usize;
            let body = at + 8;
            let Some(stop) = body.checked_add(len).filter(|&s| s <= end) else {
                break;
            };
            if ver_inst & 0x000F == 0x000F {
                stack.push((body, stop));
            } else if kind == EX_OLE_OBJ_STG {
                let record = &data[body..stop];
                let compressed = ver_inst >> 4 == 1;
                let object = if compressed && record.len() > 4 {
                    let size = u32::from_le_bytes([record[0], record[1], record[2], record[3]]);
                    let limit = u64::from(size).min(super::office::MAX_MEMBER);
                    let mut inflated = Vec::new();
                    let decoder = flate2::read::ZlibDecoder::new(&record[4..]);
                    decoder
                        .take(limit)
                        .read_to_end(&mut inflated)
                        .ok()
                        .map(|_| inflated)
                } else {
                    Some(record.to_vec())
                };
                if let Some(object) = object.filter(|o| !o.is_empty()) {
                    out.push(object);
                }
            }
            at = stop;
        }
    }
    out
}

/// Word's "encrypted" flag, Excel's FILEPASS record, PowerPoint's
/// encrypted summary: the content is scrambled, so its text means nothing.
fn legacy_encryption(
    file: &mut cfb::CompoundFile<Cursor<&[u8]>>,
    entries: &[(String, String, bool, u64)],
) -> bool {
    for (path, name, is_stream, _) in entries {
        if !is_stream {
            continue;
        }
        match name.as_str() {
            "WordDocument" => {
                let fib = prefix(file, path, 16);
                if fib.len() >= 12 && u16::from_le_bytes([fib[10], fib[11]]) & 0x0100 != 0 {
                    return true;
                }
            }
            "Workbook" | "Book" => {
                let data = prefix(file, path, 64 * 1024);
                let mut at = 0;
                // FILEPASS comes right after the first records, if at all.
                for _ in 0..64 {
                    let Some(header) = data.get(at..at + 4) else {
                        break;
                    };
                    let kind = u16::from_le_bytes([header[0], header[1]]);
                    let len = u16::from_le_bytes([header[2], header[3]]) as usize;
                    if kind == 0x002F {
                        return true;
                    }
                    at += 4 + len;
                }
            }
            "EncryptedSummary" => return true,
            _ => {}
        }
    }
    false
}
