//! Office Open XML documents (.docx .xlsx .pptx and their macro-enabled
//! and template forms) and plain zip archives: what a person sees, what
//! they would not (hidden and tiny text, white text, deleted text, hidden
//! sheets, speaker notes, comments, properties), macros, and parts that act
//! on their own (remote templates, OLE objects, ActiveX, DDE fields).

use crate::i18n::Msg;
use crate::msg;

#[cfg(test)]
mod tests;
mod workbook;

use std::io::{Cursor, Read};

use quick_xml::events::Event;

use super::inspect::{Inspection, TextPiece};
use super::model::{Category, Finding, Severity};
use workbook::{hidden_cells, sheet_states, xlsb_dde_link};

/// Limits against zip bombs: entries, total size, and size per member.
const MAX_ENTRIES: usize = 20_000;
const MAX_TOTAL: u64 = 1024 * 1024 * 1024;
pub(crate) const MAX_MEMBER: u64 = 256 * 1024 * 1024;
const MAX_RATIO: u64 = 200;

pub fn inspect(bytes: &[u8]) -> Inspection {
    let mut out = Inspection::default();
    let mut archive = match zip::ZipArchive::new(Cursor::new(bytes)) {
        Ok(archive) => archive,
        Err(err) => {
            log::info!("zip unreadable: {err}");
            out.findings.push(Finding::unreadable(msg!(
                "finding-file-damaged-inner-structure-could"
            )));
            return out;
        }
    };
    if !ends_with_its_directory(bytes) {
        out.findings
            .push(Finding::unreadable(msg!("finding-zip-cut-short")));
    }
    if archive.len() > MAX_ENTRIES {
        out.findings.push(Finding::unreadable(msg!(
            "finding-archive-too-many-entries",
            count = archive.len()
        )));
        return out;
    }
    let mut members: Vec<(String, Vec<u8>)> = Vec::new();
    let mut total = 0u64;
    let mut unpacked = 0u64;
    for index in 0..archive.len() {
        let Ok(mut entry) = archive.by_index(index) else {
            out.findings.push(Finding::unreadable(msg!(
                "finding-part-file-damaged-could-not"
            )));
            continue;
        };
        let name = entry.name().map(|n| n.into_owned()).unwrap_or_default();
        if entry.is_dir() {
            continue;
        }
        if entry.encrypted() {
            out.findings.push(Finding::unreadable(msg!(
                "finding-member-password",
                name = &name
            )));
            continue;
        }
        let size = entry.size();
        let packed = entry.compressed_size().max(1);
        total = total.saturating_add(size);
        if size > MAX_MEMBER
            || total > MAX_TOTAL
            || (size > 10 * 1024 * 1024 && size / packed > MAX_RATIO)
        {
            out.findings.push(Finding::unreadable(msg!(
                "finding-member-zip-bomb",
                name = &name,
                size = crate::workspace::status::human_size(size),
                packed = crate::workspace::status::human_size(packed)
            )));
            continue;
        }
        // Sizes in the archive's index can lie: what is really unpacked is
        // counted too, and reading stops at what is left of the budget.
        let allowed = MAX_MEMBER.min(MAX_TOTAL.saturating_sub(unpacked));
        let mut data = Vec::with_capacity(size.min(allowed).min(1 << 20) as usize);
        if entry
            .by_ref()
            .take(allowed + 1)
            .read_to_end(&mut data)
            .is_err()
        {
            out.findings.push(Finding::unreadable(msg!(
                "finding-member-damaged",
                name = &name
            )));
            continue;
        }
        if data.len() as u64 > allowed {
            out.findings.push(Finding::unreadable(msg!(
                "finding-member-lies-about-size",
                name = &name
            )));
            continue;
        }
        unpacked += data.len() as u64;
        members.push((name, data));
    }
    let is_ooxml = members.iter().any(|(n, _)| n == "[Content_Types].xml");
    let is_odf = members
        .iter()
        .any(|(n, d)| n == "mimetype" && d.starts_with(b"application/vnd.oasis.opendocument"));
    if is_odf || is_ooxml {
        entity_declarations(&members, &mut out);
    }
    if is_odf {
        super::odf::inspect(&members, &mut out);
    } else if is_ooxml {
        ooxml(&members, &mut out);
    } else {
        // A plain archive: every member is a file of its own.
        out.embedded.extend(members);
    }
    out
}

/// A zip ends with its directory's end record (and its comment). A file
/// cut short loses it, and a reader then finds the end record of a zip
/// stored inside (a chart's workbook in a presentation) and reads that
/// one instead: so the last record must end where the file does.
fn ends_with_its_directory(bytes: &[u8]) -> bool {
    const END_RECORD: &[u8] = b"PK\x05\x06";
    // Some writers pad the file with zeros.
    let end = bytes.len() - bytes.iter().rev().take_while(|b| **b == 0).count();
    let from = bytes.len().saturating_sub(22 + 0xFFFF);
    let Some(at) = bytes[from..]
        .windows(4)
        .rposition(|w| w == END_RECORD)
        .map(|p| p + from)
    else {
        return false;
    };
    let comment = bytes
        .get(at + 20..at + 22)
        .map_or(0, |b| u16::from_le_bytes([b[0], b[1]]) as usize);
    let record_end = at + 22 + comment;
    record_end == bytes.len() || record_end >= end
}

/// Office programs never declare XML entities; a part that does can hide
/// its text in them (or blow up when they are expanded). Airlock does not
/// expand them, and says that the text they hold was not read.
fn entity_declarations(members: &[(String, Vec<u8>)], out: &mut Inspection) {
    let declares = |data: &[u8]| {
        data.windows(8).any(|w| w == b"<!ENTITY") && data.windows(9).any(|w| w == b"<!DOCTYPE")
    };
    if let Some((name, _)) = members
        .iter()
        .find(|(n, d)| n.to_ascii_lowercase().ends_with(".xml") && declares(d))
    {
        out.findings
            .push(Finding::unreadable(msg!("finding-xml-entities")).at(Msg::plain(name)));
    }
}

/// The text an XML entity reference (`amp`, `#x41`…) stands for.
pub(crate) fn resolve_entity(name: &str) -> String {
    match name {
        "amp" => "&".to_string(),
        "lt" => "<".to_string(),
        "gt" => ">".to_string(),
        "quot" => "\"".to_string(),
        "apos" => "'".to_string(),
        other => other
            .strip_prefix("#x")
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .or_else(|| other.strip_prefix('#').and_then(|d| d.parse().ok()))
            .and_then(char::from_u32)
            .map(String::from)
            .unwrap_or_default(),
    }
}

fn text_of(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

fn ooxml(members: &[(String, Vec<u8>)], out: &mut Inspection) {
    let mut hidden_sheets = Vec::new();
    let slide_size = members
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("ppt/presentation.xml"))
        .and_then(|(_, data)| slide_size(&text_of(data)));
    for (name, data) in members {
        let lower = name.to_ascii_lowercase();
        let file = lower.rsplit('/').next().unwrap_or("");
        if file == "vbaproject.bin" {
            // The project is an OLE file: read there what the macros do.
            let project = super::ole::inspect(data);
            let mut found = false;
            for finding in project
                .findings
                .into_iter()
                .filter(|f| f.category == Category::Macro)
            {
                out.findings.push(finding.at(Msg::plain(name)));
                found = true;
            }
            if !found {
                out.findings.push(
                    Finding::new(
                        Category::Macro,
                        Severity::Danger,
                        msg!("finding-document-contains-macros-programs-run"),
                    )
                    .at(Msg::plain(name)),
                );
            }
            continue;
        }
        if lower.contains("/macrosheets/") {
            out.findings.push(
                Finding::new(
                    Category::Macro,
                    Severity::Danger,
                    msg!("finding-workbook-contains-excel-4-0"),
                )
                .at(Msg::plain(name)),
            );
            continue;
        }
        if lower.contains("/activex/") && lower.ends_with(".xml") {
            out.findings.push(
                Finding::new(
                    Category::ActiveContent,
                    Severity::Danger,
                    msg!("finding-document-contains-activex-control-run"),
                )
                .at(Msg::plain(name)),
            );
            continue;
        }
        if lower.contains("/embeddings/") {
            // Charts keep their data as an embedded workbook: ordinary.
            // OLE objects (.bin) are other programs' data and can be activated.
            if !data.starts_with(b"PK\x03\x04") {
                out.findings.push(
                    Finding::new(
                        Category::ActiveContent,
                        Severity::Review,
                        msg!("finding-document-object-from-another-program-2"),
                    )
                    .at(Msg::plain(name)),
                );
            }
            out.embedded.push((file.to_string(), data.clone()));
            continue;
        }
        if lower.starts_with("xl/externallinks/") && lower.ends_with(".bin") {
            if let Some((server, topic)) = xlsb_dde_link(data) {
                out.findings
                    .push(Finding::dde_link(&server, &topic).at(Msg::plain(name)));
            }
            continue;
        }
        if lower.ends_with(".rels") {
            for target in relationships(name, &text_of(data), out) {
                // The imported file is shown as the document's own text:
                // inspect it as a file of its own.
                if let Some((chunk, bytes)) = members
                    .iter()
                    .find(|(n, _)| n.eq_ignore_ascii_case(&target))
                {
                    out.embedded.push((chunk.clone(), bytes.clone()));
                }
            }
            continue;
        }
        if lower == "xl/workbook.xml" {
            hidden_sheets = sheet_states(&text_of(data), out);
            continue;
        }
        if lower.starts_with("xl/worksheets/") && lower.ends_with(".xml") {
            let (rows, columns) = hidden_cells(&text_of(data));
            let sheet = file.trim_end_matches(".xml");
            for (count, id) in [
                (rows, "finding-hidden-rows"),
                (columns, "finding-hidden-columns"),
            ] {
                if count > 0 {
                    out.findings.push(
                        Finding::new(
                            Category::HiddenContent,
                            Severity::Review,
                            Msg::new(id).with("count", count).with("sheet", sheet),
                        )
                        .at(Msg::plain(name)),
                    );
                }
            }
        }
        if !lower.ends_with(".xml") {
            continue;
        }
        let place = place_of(&lower);
        let hidden_why = hidden_part(&lower);
        let xml = text_of(data);
        if xml.contains("<ddeLink") {
            out.findings.push(
                Finding::new(
                    Category::ActiveContent,
                    Severity::Danger,
                    msg!("finding-dde-link"),
                )
                .at(Msg::plain(name)),
            );
        }
        let parsed = parse_part(&xml);
        for field in &parsed.fields {
            field_finding(field, name, out);
        }
        let hidden_slide = lower.starts_with("ppt/slides/slide") && slide_is_hidden(&xml);
        if hidden_slide {
            out.findings.push(
                Finding::new(
                    Category::HiddenContent,
                    Severity::Review,
                    msg!("finding-slide-hidden"),
                )
                .at(place.clone()),
            );
        }
        // Text on a hidden slide or sheet is there for whoever reads the
        // file, not for whoever watches the show or opens the workbook.
        let hidden_sheet = hidden_sheets
            .iter()
            .any(|s: &String| lower.ends_with(&format!("/{s}.xml")));
        let mut parsed = parsed;
        if lower.starts_with("ppt/") {
            out.findings
                .extend(super::slide_actions::findings(&xml, name));
        }
        if lower.starts_with("ppt/slides/slide") {
            let off = off_slide_text(&xml, slide_size);
            if !off.trim().is_empty() {
                for line in off.lines().filter(|l| l.trim().len() >= 3) {
                    parsed.visible = parsed.visible.replacen(line, "", 1);
                }
                parsed
                    .hidden
                    .push(("hidden-placed-off-slide-where-show", off));
            }
        }
        match (hidden_why, hidden_sheet) {
            (Some(why), _) => {
                if !parsed.visible.trim().is_empty() {
                    out.pieces.push(TextPiece::aside(
                        parsed.visible,
                        place.clone(),
                        Msg::new(why),
                    ));
                }
            }
            (None, true) => push(out, parsed.visible, &place, Some("hidden-on-hidden-sheet")),
            (None, false) if hidden_slide => {
                push(out, parsed.visible, &place, Some("hidden-on-hidden-slide"));
            }
            (None, false) => push(out, parsed.visible, &place, None),
        }
        for (why, text) in parsed.hidden {
            push(out, text, &place, Some(why));
        }
    }
}

/// Whether a slide part is marked hidden (`<p:sld show="0">`): the show
/// skips it, but the file still holds it.
fn slide_is_hidden(xml: &str) -> bool {
    let mut reader = quick_xml::Reader::from_str(xml);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) => {
                return e.local_name().as_ref() == "sld"
                    && attr(&e, "show").is_some_and(|v| v == "0" || v == "false");
            }
            Ok(Event::Eof) | Err(_) => return false,
            _ => {}
        }
    }
}

fn push(out: &mut Inspection, text: String, place: &Msg, hidden: Option<&'static str>) {
    if text.trim().is_empty() {
        return;
    }
    out.pieces.push(match hidden {
        Some(why) => TextPiece::hidden(text, place.clone(), Msg::new(why)),
        None => TextPiece::visible(text, place.clone()),
    });
}

/// A person's name for a part: "slide 3", "sheet 2", "the header".
fn place_of(part: &str) -> Msg {
    let file = part
        .rsplit('/')
        .next()
        .unwrap_or(part)
        .trim_end_matches(".xml");
    let number: String = file.chars().filter(|c| c.is_ascii_digit()).collect();
    let number = number.parse::<u64>().unwrap_or(0);
    if part.starts_with("ppt/slides/") {
        msg!("where-slide", number = number)
    } else if part.starts_with("ppt/notesslides/") {
        msg!("where-speaker-notes", number = number)
    } else if part.starts_with("xl/worksheets/") {
        msg!("where-sheet", number = number)
    } else if file.starts_with("header") {
        msg!("where-page-header")
    } else if file.starts_with("footer") {
        msg!("where-page-footer")
    } else {
        Msg::plain(file)
    }
}

/// Parts a person does not see while reading the document.
fn hidden_part(part: &str) -> Option<&'static str> {
    if part.starts_with("docprops/") || part.starts_with("customxml/") {
        Some("hidden-document-s-properties-are-not")
    } else if part.contains("notesslides/") {
        Some("hidden-speaker-notes-audience-does-not")
    } else if part.contains("comments") {
        Some("hidden-comment-shown-only-margin-or")
    } else {
        None
    }
}

/// Text of one XML part, with hidden runs set apart and fields collected.
#[derive(Default)]
struct Parsed {
    visible: String,
    hidden: Vec<(&'static str, String)>,
    fields: Vec<String>,
}

/// Formatting of the run being read.
#[derive(Default, Clone, Copy)]
struct Run {
    vanish: bool,
    white: bool,
    tiny: bool,
}

fn parse_part(xml: &str) -> Parsed {
    let mut parsed = Parsed::default();
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut run = Run::default();
    let mut in_text = false;
    let mut in_deleted = false;
    let mut in_instr = false;
    // A paragraph whose lines are squeezed to almost nothing (exact line
    // spacing under 2 points): its text cannot be read.
    let mut squeezed = false;
    let mut current_field = String::new();
    let (mut vanish, mut white, mut tiny, mut deleted) =
        (String::new(), String::new(), String::new(), String::new());
    loop {
        let event = match reader.read_event() {
            Ok(Event::Eof) => break,
            Ok(event) => event,
            Err(err) => {
                log::info!("xml part damaged: {err}");
                break;
            }
        };
        match event {
            Event::Start(e) | Event::Empty(e) => {
                let name = e.local_name();
                if name.as_ref() == "p" {
                    squeezed = false;
                }
                match name.as_ref() {
                    "r" => run = Run::default(),
                    "spacing" => {
                        let exact = attr(&e, "lineRule").as_deref() == Some("exact");
                        let line = attr(&e, "line").and_then(|v| v.parse::<u32>().ok());
                        squeezed = exact && line.is_some_and(|twentieths| twentieths < 40);
                    }
                    // PowerPoint and drawing text: size in hundredths of a point.
                    "rPr" | "defRPr" | "endParaRPr" if attr(&e, "sz").is_some() => {
                        run.tiny = attr(&e, "sz")
                            .and_then(|v| v.parse::<u32>().ok())
                            .is_some_and(|hundredths| hundredths < 200);
                    }
                    "vanish" | "specVanish" => run.vanish = !is_off(&e),
                    "color" => {
                        run.white =
                            attr(&e, "val").is_some_and(|v| v.eq_ignore_ascii_case("FFFFFF"))
                    }
                    "sz" => {
                        run.tiny = attr(&e, "val")
                            .and_then(|v| v.parse::<u32>().ok())
                            .is_some_and(|half_points| half_points < 4)
                    }
                    "t" | "delText" | "instrText" => {
                        in_text = true;
                        in_deleted = name.as_ref() == "delText";
                        in_instr = name.as_ref() == "instrText";
                    }
                    "f" => in_instr = true,
                    "fldSimple" => {
                        if let Some(instr) = attr(&e, "instr") {
                            parsed.fields.push(instr);
                        }
                    }
                    "p" | "row" | "br" | "tab" | "si" => parsed.visible.push('\n'),
                    _ => {}
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                "t" | "delText" => {
                    in_text = false;
                    in_deleted = false;
                }
                "instrText" | "f" => {
                    in_text = false;
                    in_instr = false;
                    if !current_field.trim().is_empty() {
                        parsed.fields.push(std::mem::take(&mut current_field));
                    }
                }
                "p" => {
                    for buffer in [&mut vanish, &mut white, &mut tiny, &mut deleted] {
                        if !buffer.is_empty() {
                            buffer.push('\n');
                        }
                    }
                }
                // Cells of a row, and table cells, are read apart: "Line 4"
                // and "Assistant: …" are two cells, not one word.
                "c" | "tc" => parsed.visible.push('\t'),
                _ => {}
            },
            Event::Text(t) => {
                let text = t.into_inner();
                if in_instr {
                    current_field.push_str(&text);
                } else if in_text {
                    let target = if in_deleted {
                        &mut deleted
                    } else if run.vanish {
                        &mut vanish
                    } else if run.tiny || squeezed {
                        &mut tiny
                    } else if run.white {
                        &mut white
                    } else {
                        &mut parsed.visible
                    };
                    target.push_str(&text);
                }
            }
            Event::GeneralRef(r) => {
                let resolved = resolve_entity(r.as_ref());
                if in_instr {
                    current_field.push_str(&resolved);
                } else if in_text {
                    parsed.visible.push_str(&resolved);
                }
            }
            _ => {}
        }
    }
    for (why, text) in [
        ("hidden-formatted-hidden-text", vanish),
        ("hidden-white-text-invisible-on-white", white),
        ("hidden-written-letters-too-small-read", tiny),
        ("hidden-was-deleted-but-tracked-changes", deleted),
    ] {
        if !text.trim().is_empty() {
            parsed.hidden.push((why, text));
        }
    }
    parsed
}

fn attr(e: &quick_xml::events::BytesStart<'_>, local: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == local)
        .map(|a| a.value.into_owned())
}

fn is_off(e: &quick_xml::events::BytesStart<'_>) -> bool {
    attr(e, "val").is_some_and(|v| matches!(v.as_str(), "0" | "false" | "off"))
}

/// DDE fields, remote INCLUDE fields and formulas that start programs.
pub(super) fn field_finding(field: &str, part: &str, out: &mut Inspection) {
    let upper = field.trim().to_ascii_uppercase();
    let dde = upper.starts_with("DDE") || upper.contains(" DDEAUTO") || upper.contains("DDEAUTO ");
    let remote_include = (upper.starts_with("INCLUDEPICTURE")
        || upper.starts_with("INCLUDETEXT")
        || upper.starts_with("IMPORT"))
        && (upper.contains("HTTP") || upper.contains("\\\\"));
    let command_formula = field.contains('|')
        && (upper.contains("CMD")
            || upper.contains("POWERSHELL")
            || upper.contains("MSEXCEL")
            || upper.contains("RUNDLL"));
    let message = if dde {
        msg!("finding-dde-field-asks-start-another")
    } else if remote_include {
        msg!("finding-field-fetches-content-from-internet")
    } else if command_formula {
        msg!("finding-formula-tries-start-program")
    } else {
        return;
    };
    out.findings.push(
        Finding::new(Category::ActiveContent, Severity::Danger, message)
            .with_evidence(crate::scan::text::make_visible(field.trim()))
            .at(Msg::plain(part)),
    );
}

/// External relationships: remote templates, linked OLE objects, frames.
/// Returns the package parts imported as "alternative format chunks".
fn relationships(part: &str, xml: &str, out: &mut Inspection) -> Vec<String> {
    let mut chunks = Vec::new();
    let mut reader = quick_xml::Reader::from_str(xml);
    while let Ok(event) = reader.read_event() {
        match event {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "Relationship" => {
                let kind = attr(&e, "Type").unwrap_or_default();
                let kind = kind.rsplit('/').next().unwrap_or("").to_string();
                let target = attr(&e, "Target").unwrap_or_default();
                if attr(&e, "TargetMode").as_deref() != Some("External") {
                    if kind == "aFChunk" {
                        out.findings.push(
                            Finding::new(
                                Category::ActiveContent,
                                Severity::Review,
                                msg!("finding-alt-chunk"),
                            )
                            .with_evidence(crate::scan::text::make_visible(&target))
                            .at(Msg::plain(part)),
                        );
                        // "word/_rels/document.xml.rels" → "word/" + target;
                        // "/x" is from the package's root.
                        match target.strip_prefix('/') {
                            Some(absolute) => chunks.push(absolute.to_string()),
                            None => {
                                let base = part.split("_rels/").next().unwrap_or("");
                                chunks.push(format!("{base}{target}"));
                            }
                        }
                    }
                    continue;
                }
                let (severity, message) = match kind.as_str() {
                    "hyperlink" => continue,
                    "attachedTemplate" => (
                        Severity::Danger,
                        msg!("finding-document-loads-template-from-another-2"),
                    ),
                    "oleObject" | "package" => (
                        Severity::Danger,
                        msg!("finding-document-links-outside-object-fetched"),
                    ),
                    "frame" | "subDocument" => (
                        Severity::Danger,
                        msg!("finding-document-pulls-outside-content-opened"),
                    ),
                    _ => (
                        Severity::Review,
                        msg!("finding-document-refers-outside-resource-fetched"),
                    ),
                };
                out.findings.push(
                    Finding::new(Category::ActiveContent, severity, message)
                        .with_evidence(crate::scan::text::make_visible(&target))
                        .at(Msg::plain(part)),
                );
            }
            _ => {}
        }
    }
    chunks
}

/// The slide size (cx, cy in EMU) from ppt/presentation.xml.
fn slide_size(xml: &str) -> Option<(i64, i64)> {
    let mut reader = quick_xml::Reader::from_str(xml);
    while let Ok(event) = reader.read_event() {
        match event {
            Event::Eof => return None,
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "sldSz" => {
                let cx = attr(&e, "cx")?.parse().ok()?;
                let cy = attr(&e, "cy")?.parse().ok()?;
                return Some((cx, cy));
            }
            _ => {}
        }
    }
    None
}

/// Text of shapes placed entirely off the slide, one line per shape.
fn off_slide_text(xml: &str, size: Option<(i64, i64)>) -> String {
    let Some((width, height)) = size else {
        return String::new();
    };
    let mut out = String::new();
    let mut reader = quick_xml::Reader::from_str(xml);
    // Per open shape: its position and size, and its text so far.
    type Shape = (Option<(i64, i64)>, Option<(i64, i64)>, String);
    let mut shapes: Vec<Shape> = Vec::new();
    let mut in_text = false;
    while let Ok(event) = reader.read_event() {
        match event {
            Event::Eof => break,
            Event::Start(e) if e.local_name().as_ref() == "sp" => {
                shapes.push((None, None, String::new()));
            }
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "off" => {
                if let Some(shape) = shapes.last_mut()
                    && shape.0.is_none()
                {
                    let x = attr(&e, "x").and_then(|v| v.parse().ok()).unwrap_or(0);
                    let y = attr(&e, "y").and_then(|v| v.parse().ok()).unwrap_or(0);
                    shape.0 = Some((x, y));
                }
            }
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "ext" => {
                if let Some(shape) = shapes.last_mut()
                    && shape.1.is_none()
                {
                    let cx = attr(&e, "cx").and_then(|v| v.parse().ok()).unwrap_or(0);
                    let cy = attr(&e, "cy").and_then(|v| v.parse().ok()).unwrap_or(0);
                    shape.1 = Some((cx, cy));
                }
            }
            Event::Start(e) if e.local_name().as_ref() == "t" => in_text = true,
            Event::End(e) if e.local_name().as_ref() == "t" => in_text = false,
            Event::Text(t) if in_text => {
                if let Some(shape) = shapes.last_mut() {
                    shape.2.push_str(&t.into_inner());
                }
            }
            Event::End(e) if e.local_name().as_ref() == "sp" => {
                if let Some((Some((x, y)), extent, text)) = shapes.pop() {
                    let (cx, cy) = extent.unwrap_or((0, 0));
                    let off = x >= width || y >= height || x + cx <= 0 || y + cy <= 0;
                    if off && !text.trim().is_empty() {
                        out.push_str(&text);
                        out.push('\n');
                    }
                }
            }
            _ => {}
        }
    }
    out
}
