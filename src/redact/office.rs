//! Redacting Word and Excel files in place of their text: only the text
//! of runs (`w:t`) and cells is rewritten, so the copy still opens in an
//! office suite. Every other part of the package is copied unchanged.

use std::io::{Read, Write};

use quick_xml::events::{BytesStart, BytesText, Event};
use quick_xml::{Reader, Writer};

use super::text::Redactor;
use crate::scan::office::resolve_entity;

/// Which parts hold text to redact, and how.
fn part_kind(name: &str) -> Option<Part> {
    let lower = name.to_ascii_lowercase();
    if !lower.ends_with(".xml") {
        return None;
    }
    if lower.starts_with("word/") {
        let file = lower.rsplit('/').next().unwrap_or("");
        let text_part = file == "document.xml"
            || file.starts_with("header")
            || file.starts_with("footer")
            || file == "footnotes.xml"
            || file == "endnotes.xml"
            || file == "comments.xml";
        return text_part.then_some(Part::WordText);
    }
    if lower == "xl/sharedstrings.xml" {
        return Some(Part::SharedStrings);
    }
    if lower.starts_with("xl/worksheets/") {
        return Some(Part::Sheet);
    }
    if lower == "docprops/core.xml" {
        return Some(Part::Properties);
    }
    None
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    WordText,
    SharedStrings,
    Sheet,
    Properties,
}

/// Rewrites a .docx or .xlsx package with its text redacted.
pub fn redact_package(bytes: &[u8], redactor: &mut Redactor) -> Result<Vec<u8>, String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| format!("the file is not a readable Office document ({e})"))?;
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for i in 0..archive.len() {
        let mut member = archive
            .by_index(i)
            .map_err(|e| format!("a part of the document cannot be read ({e})"))?;
        let name = member.name().map(|n| n.into_owned()).unwrap_or_default();
        if member.is_dir() {
            out.add_directory(name, options)
                .map_err(|e| e.to_string())?;
            continue;
        }
        let mut data = Vec::new();
        // The inspector's limits apply: a bomb is refused, not expanded.
        member
            .by_ref()
            .take(crate::scan::office::MAX_MEMBER)
            .read_to_end(&mut data)
            .map_err(|e| format!("a part of the document cannot be read ({e})"))?;
        let data = match part_kind(&name) {
            Some(Part::WordText) => rewrite(&data, redactor, &|n| n == "w:t")?,
            Some(Part::SharedStrings) => rewrite(&data, redactor, &|n| n == "t")?,
            Some(Part::Properties) => rewrite(&data, redactor, &|n| {
                matches!(
                    n,
                    "dc:creator"
                        | "cp:lastModifiedBy"
                        | "dc:title"
                        | "dc:subject"
                        | "dc:description"
                )
            })?,
            Some(Part::Sheet) => rewrite_sheet(&data, redactor)?,
            None => data,
        };
        out.start_file(name, options).map_err(|e| e.to_string())?;
        out.write_all(&data).map_err(|e| e.to_string())?;
    }
    let cursor = out.finish().map_err(|e| e.to_string())?;
    Ok(cursor.into_inner())
}

fn xml_error(e: impl std::fmt::Display) -> String {
    format!("the document's XML cannot be read ({e})")
}

/// Copies XML through, redacting the text of elements `is_text` names.
fn rewrite(
    xml: &[u8],
    redactor: &mut Redactor,
    is_text: &dyn Fn(&str) -> bool,
) -> Result<Vec<u8>, String> {
    let mut reader = Reader::from_reader(xml);
    let mut writer = Writer::new(Vec::with_capacity(xml.len()));
    let mut buf = Vec::new();
    let mut pending: Option<String> = None;
    loop {
        let event = reader.read_event_into(&mut buf).map_err(xml_error)?;
        match event {
            Event::Eof => break,
            Event::Start(e) if is_text(e.name().as_ref()) => {
                writer.write_event(Event::Start(e)).map_err(xml_error)?;
                pending = Some(String::new());
            }
            Event::Text(t) if pending.is_some() => {
                if let Some(p) = pending.as_mut() {
                    p.push_str(&t.into_inner());
                }
            }
            Event::GeneralRef(r) if pending.is_some() => {
                if let Some(p) = pending.as_mut() {
                    p.push_str(&resolve_entity(r.as_ref()));
                }
            }
            Event::End(e) if pending.is_some() && is_text(e.name().as_ref()) => {
                let text = pending.take().unwrap_or_default();
                let redacted = redactor.redact(&text);
                writer
                    .write_event(Event::Text(BytesText::new(&redacted)))
                    .map_err(xml_error)?;
                writer.write_event(Event::End(e)).map_err(xml_error)?;
            }
            other => writer.write_event(other).map_err(xml_error)?,
        }
        buf.clear();
    }
    Ok(writer.into_inner())
}

/// A worksheet: inline strings are redacted like text; a number or
/// formula result that holds private data becomes an inline string
/// holding the placeholder (a number cell cannot hold words).
fn rewrite_sheet(xml: &[u8], redactor: &mut Redactor) -> Result<Vec<u8>, String> {
    let mut reader = Reader::from_reader(xml);
    let mut writer = Writer::new(Vec::with_capacity(xml.len()));
    let mut buf = Vec::new();
    let mut cell: Option<(BytesStart<'static>, Vec<Event<'static>>)> = None;
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(xml_error)?
            .into_owned();
        match event {
            Event::Eof => break,
            Event::Start(e) if e.name().as_ref() == "c" => cell = Some((e, Vec::new())),
            Event::End(e) if e.name().as_ref() == "c" => {
                if let Some((start, inner)) = cell.take() {
                    write_cell(&mut writer, start, inner, redactor)?;
                }
                writer.write_event(Event::End(e)).map_err(xml_error)?;
            }
            other => match cell.as_mut() {
                Some((_, inner)) => inner.push(other),
                None => writer.write_event(other).map_err(xml_error)?,
            },
        }
        buf.clear();
    }
    Ok(writer.into_inner())
}

fn write_cell(
    writer: &mut Writer<Vec<u8>>,
    start: BytesStart<'static>,
    inner: Vec<Event<'static>>,
    redactor: &mut Redactor,
) -> Result<(), String> {
    let kind = start
        .try_get_attribute("t")
        .ok()
        .flatten()
        .map(|a| a.value.into_owned())
        .unwrap_or_default();
    if kind == "s" {
        // An index into the shared strings, which are redacted there.
        writer.write_event(Event::Start(start)).map_err(xml_error)?;
        for e in inner {
            writer.write_event(e).map_err(xml_error)?;
        }
        return Ok(());
    }
    // The cell's text: the value, or the inline string.
    let mut text = String::new();
    let mut in_text = false;
    for e in &inner {
        match e {
            Event::Start(s) if matches!(s.name().as_ref(), "v" | "t") => in_text = true,
            Event::End(s) if matches!(s.name().as_ref(), "v" | "t") => in_text = false,
            Event::Text(t) if in_text => text.push_str(&t.clone().into_inner()),
            Event::GeneralRef(r) if in_text => {
                text.push_str(&resolve_entity(r.as_ref()));
            }
            _ => {}
        }
    }
    let redacted = redactor.redact(&text);
    if redacted == text {
        writer.write_event(Event::Start(start)).map_err(xml_error)?;
        for e in inner {
            writer.write_event(e).map_err(xml_error)?;
        }
        return Ok(());
    }
    let mut new_start = BytesStart::new("c");
    for attr in start.attributes().flatten() {
        if attr.key.as_ref() != "t" {
            new_start.push_attribute(attr);
        }
    }
    new_start.push_attribute(("t", "inlineStr"));
    writer
        .write_event(Event::Start(new_start))
        .map_err(xml_error)?;
    writer
        .write_event(Event::Start(BytesStart::new("is")))
        .map_err(xml_error)?;
    writer
        .write_event(Event::Start(BytesStart::new("t")))
        .map_err(xml_error)?;
    writer
        .write_event(Event::Text(BytesText::new(&redacted)))
        .map_err(xml_error)?;
    writer
        .write_event(Event::End(quick_xml::events::BytesEnd::new("t")))
        .map_err(xml_error)?;
    writer
        .write_event(Event::End(quick_xml::events::BytesEnd::new("is")))
        .map_err(xml_error)?;
    Ok(())
}
