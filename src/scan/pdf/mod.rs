//! PDF documents: the text on each page, text drawn so that nobody sees it
//! (invisible render mode, white, microscopic), and parts that act on
//! their own (JavaScript, launch actions, rich media, forms, attachments).
//! A damaged file is read as far as it goes; one that cannot be decrypted
//! with the empty password is `unreadable`.

use crate::i18n::Msg;
use crate::msg;

pub mod font;
pub mod geometry;
#[cfg(test)]
mod tests;
pub mod text;

use std::collections::HashSet;

use lopdf::{Document, LoadOptions, Object};

use super::inspect::{Inspection, TextPiece};
use super::model::{Category, Finding, Severity};
use font::{deref, number};
use text::{self as pdf_text, Concealed};

/// Pages beyond this are not read: the rest is reported, not guessed.
const MAX_PAGES: u32 = 2_000;
/// No single stream may unpack to more than this.
const MAX_STREAM: usize = 64 * 1024 * 1024;

pub fn inspect(bytes: &[u8]) -> Inspection {
    let mut out = Inspection::default();
    trailing_data(bytes, &mut out);
    let doc = match Document::load_mem_with_options(bytes, LoadOptions::with_password("")) {
        Ok(doc) => doc,
        Err(err) => {
            log::info!("pdf unreadable: {err}");
            let message = if bytes.windows(8).any(|w| w == b"/Encrypt") {
                msg!("finding-pdf-protected-password-airlock-could")
            } else {
                msg!("finding-pdf-damaged-could-not-read")
            };
            out.findings.push(Finding::unreadable(message));
            // Read the damaged file as far as it goes: its names still tell.
            raw_names(bytes, &mut out);
            return out;
        }
    };
    if cut_short(bytes, &doc) {
        out.findings
            .push(Finding::unreadable(msg!("finding-pdf-cut-short")));
    }
    structure(&doc, &mut out);
    raw_names(bytes, &mut out);
    pages(&doc, &mut out);
    out
}

/// Whether the file stops inside an object, or between two objects with
/// the later ones missing. The reader still gets what came before, but
/// the rest (a page's text, say) is lost. A missing end-of-file marker
/// after complete objects is not held against the file.
fn cut_short(bytes: &[u8], doc: &Document) -> bool {
    let closed = bytes
        .windows(6)
        .rposition(|w| w == b"endobj")
        .map_or(0, |at| at + 6);
    let rest = bytes[closed..].trim_ascii_start();
    // After the last object come only the cross-reference table, the
    // trailer and comments; anything else is an object cut off. (A lost
    // table or trailer alone is rebuilt without losing anything.)
    let tail = [&b"xref"[..], b"trailer", b"startxref", b"%"];
    if !rest.is_empty() && !tail.iter().any(|t| rest.starts_with(t)) {
        return true;
    }
    // Cut exactly between two objects: the file then refers to objects
    // that are not there.
    rest.is_empty() && refers_to_missing_objects(doc)
}

/// Whether an object refers to one that is not in the file.
fn refers_to_missing_objects(doc: &Document) -> bool {
    fn missing(object: &Object, doc: &Document) -> bool {
        match object {
            Object::Reference(id) => !doc.objects.contains_key(id),
            Object::Array(items) => items.iter().any(|o| missing(o, doc)),
            Object::Dictionary(dict) => dict.iter().any(|(_, o)| missing(o, doc)),
            Object::Stream(stream) => stream.dict.iter().any(|(_, o)| missing(o, doc)),
            _ => false,
        }
    }
    // Without its catalog, no page can be found.
    doc.catalog().is_err()
        || doc.objects.values().any(|o| missing(o, doc))
        || doc.trailer.iter().any(|(_, o)| missing(o, doc))
}

/// Action names in the raw bytes, with `#xx` escapes undone: catches what a
/// damaged cross-reference table hides from the parser.
fn raw_names(bytes: &[u8], out: &mut Inspection) {
    let mut names = std::collections::BTreeSet::new();
    // The first telling name written with escapes, as written.
    let mut disguised: Option<(String, String)> = None;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'/' {
            i += 1;
            continue;
        }
        let mut name = Vec::new();
        let mut escaped = false;
        let mut j = i + 1;
        while j < bytes.len() && !b" \t\r\n/<>[]()%{}".contains(&bytes[j]) && name.len() < 32 {
            if bytes[j] == b'#'
                && let Some(hex) = bytes.get(j + 1..j + 3)
                && let Ok(v) = u8::from_str_radix(&String::from_utf8_lossy(hex), 16)
            {
                name.push(v);
                escaped = true;
                j += 3;
                continue;
            }
            name.push(bytes[j]);
            j += 1;
        }
        // Writers escape only characters a name cannot hold; escaping the
        // letters of an action's name is done to get past scanners.
        if escaped
            && disguised.is_none()
            && matches!(
                name.as_slice(),
                b"JavaScript"
                    | b"JS"
                    | b"Launch"
                    | b"RichMedia"
                    | b"EmbeddedFile"
                    | b"EmbeddedFiles"
                    | b"OpenAction"
                    | b"AA"
                    | b"URI"
                    | b"SubmitForm"
                    | b"AcroForm"
                    | b"XFA"
            )
        {
            disguised = Some((
                String::from_utf8_lossy(&bytes[i..j]).into_owned(),
                String::from_utf8_lossy(&name).into_owned(),
            ));
        }
        if matches!(
            name.as_slice(),
            b"JavaScript" | b"JS" | b"Launch" | b"RichMedia" | b"EmbeddedFile" | b"EmbeddedFiles"
        ) {
            names.insert(name);
        }
        i = j.max(i + 1);
    }
    if let Some((written, name)) = disguised {
        out.findings.push(
            Finding::new(
                Category::ActiveContent,
                Severity::Review,
                msg!("finding-names-inside-pdf-are-written"),
            )
            .with_evidence(format!("{written} = /{name}")),
        );
    }
    let already = |out: &Inspection, category: Category| {
        out.findings
            .iter()
            .any(|f| f.category == category && f.severity >= Severity::Review)
    };
    for name in names {
        let (severity, message) = match name.as_slice() {
            b"JavaScript" | b"JS" => (
                Severity::Danger,
                msg!("finding-pdf-contains-javascript-program-run"),
            ),
            b"Launch" => (
                Severity::Danger,
                msg!("finding-pdf-launch-action-start-program"),
            ),
            b"RichMedia" => (Severity::Danger, msg!("finding-pdf-embeds-rich-media-run")),
            _ => (Severity::Review, msg!("finding-pdf-files-attached")),
        };
        let known = out.findings.iter().any(|f| f.message == message);
        // An attachment already reported by the parser needs no second line.
        let covered = severity == Severity::Review && already(out, Category::ActiveContent);
        if !known && !covered {
            out.findings
                .push(Finding::new(Category::ActiveContent, severity, message));
        }
    }
}

fn name_of(object: &Object) -> Option<&[u8]> {
    match object {
        Object::Name(name) => Some(name),
        _ => None,
    }
}

fn text_of(object: &Object) -> String {
    match object {
        Object::String(bytes, _) => decode_pdf_string(bytes),
        _ => String::new(),
    }
}

/// PDF text strings are UTF-16 with a byte-order mark, or a Latin-like
/// single-byte encoding.
pub(super) fn decode_pdf_string(bytes: &[u8]) -> String {
    let two_byte = bytes.len() >= 2
        && bytes.len().is_multiple_of(2)
        && bytes.iter().step_by(2).all(|&b| b == 0);
    if let Some(rest) = bytes
        .strip_prefix(&[0xFE, 0xFF])
        .or(two_byte.then_some(bytes))
    {
        let units: Vec<u16> = rest
            .chunks_exact(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        return String::from_utf16_lossy(&units);
    }
    bytes.iter().map(|&b| b as char).collect()
}

/// Actions, scripts, media, forms and attachments, wherever they sit.
fn structure(doc: &Document, out: &mut Inspection) {
    let mut seen = std::collections::BTreeSet::new();
    let mut report = |out: &mut Inspection,
                      category: Category,
                      severity: Severity,
                      message: Msg,
                      evidence: Option<String>| {
        if seen.insert(message.id.clone()) {
            let mut finding = Finding::new(category, severity, message);
            if let Some(evidence) = evidence.filter(|e| !e.trim().is_empty()) {
                finding = finding.with_evidence(crate::scan::text::make_visible(
                    &evidence.chars().take(240).collect::<String>(),
                ));
            }
            out.findings.push(finding);
        }
    };
    for object in doc.objects.values() {
        let dict = match object {
            Object::Dictionary(dict) => dict,
            Object::Stream(stream) => &stream.dict,
            _ => continue,
        };
        let action = dict.get(b"S").ok().and_then(name_of);
        if dict.has(b"JS") || action == Some(b"JavaScript") {
            let script = dict.get(b"JS").map(text_of).unwrap_or_default();
            report(
                out,
                Category::ActiveContent,
                Severity::Danger,
                msg!("finding-pdf-contains-javascript-program-run"),
                Some(script),
            );
        }
        match action {
            Some(b"Launch") => report(
                out,
                Category::ActiveContent,
                Severity::Danger,
                msg!("finding-pdf-launch-action-start-program"),
                None,
            ),
            Some(b"SubmitForm") => report(
                out,
                Category::ActiveContent,
                Severity::Review,
                msg!("finding-pdf-form-sends-what-you"),
                None,
            ),
            Some(b"ImportData") | Some(b"GoToR") | Some(b"GoToE") => report(
                out,
                Category::ActiveContent,
                Severity::Review,
                msg!("finding-pdf-opens-or-imports-another"),
                None,
            ),
            _ => {}
        }
        let kind = dict.get(b"Type").ok().and_then(name_of);
        let subtype = dict.get(b"Subtype").ok().and_then(name_of);
        if dict.has(b"RichMedia") || subtype == Some(b"RichMedia") || subtype == Some(b"Flash") {
            report(
                out,
                Category::ActiveContent,
                Severity::Danger,
                msg!("finding-pdf-embeds-rich-media-run"),
                None,
            );
        }
        if dict.has(b"XFA") {
            report(
                out,
                Category::ActiveContent,
                Severity::Review,
                msg!("finding-pdf-uses-xml-forms-carry"),
                None,
            );
        }
        if kind == Some(b"EmbeddedFile") || subtype == Some(b"FileAttachment") || dict.has(b"EF") {
            report(
                out,
                Category::ActiveContent,
                Severity::Review,
                msg!("finding-pdf-files-attached-airlock-checks"),
                None,
            );
        }
        if kind == Some(b"EmbeddedFile")
            && let Object::Stream(stream) = object
        {
            let data = match stream.decompressed_content_with_limit(MAX_STREAM) {
                Ok(data) => data,
                Err(err) => {
                    log::info!("pdf attachment not unpacked: {err}");
                    out.findings
                        .push(Finding::unreadable(msg!("finding-pdf-part-damaged")));
                    stream.content.clone()
                }
            };
            out.embedded.push(("attachment".to_string(), data));
        }
        if kind == Some(b"Filespec") {
            let name = dict
                .get(b"UF")
                .or_else(|_| dict.get(b"F"))
                .map(text_of)
                .unwrap_or_default();
            if let Some(last) = out
                .embedded
                .last_mut()
                .filter(|(n, _)| n == "attachment" && !name.is_empty())
            {
                last.0 = name;
            }
        }
    }
}

/// The text of each page: what a person sees, and what is drawn so that
/// they do not (see `text`).
fn pages(doc: &Document, out: &mut Inspection) {
    let pages = doc.get_pages();
    if pages.len() as u32 > MAX_PAGES {
        out.findings.push(Finding::unreadable(msg!(
            "finding-pdf-too-many-pages",
            pages = pages.len(),
            checked = MAX_PAGES
        )));
    }
    let off_layers = layers_switched_off(doc);
    let mut read = Vec::new();
    let mut failed = 0;
    for (&page_number, &page_id) in pages.iter().take(MAX_PAGES as usize) {
        match pdf_text::read_page(doc, page_id, &off_layers, MAX_STREAM) {
            Ok(page) => read.push((page_number, page_id, page)),
            Err(err) => {
                log::info!("pdf page {page_number} unreadable: {err}");
                failed += 1;
            }
        }
    }
    if failed > 0 && failed == pages.len().min(MAX_PAGES as usize) {
        out.findings
            .push(Finding::unreadable(msg!("finding-text-pdf-could-not-read")));
    }
    // A page read only in part: what was read still counts, and the person
    // is told the rest was not checked, never "safe".
    if let Some((page_number, budget)) = read
        .iter()
        .find_map(|(n, _, page)| page.stopped.map(|b| (*n, b)))
    {
        out.findings.push(
            Finding::unreadable(msg!(
                "finding-pdf-read-in-part",
                limit = Msg::new(budget.message_id())
            ))
            .at(msg!("where-page-number", page = page_number)),
        );
    }
    if let Some((page_number, _, _)) = read.iter().find(|(_, _, page)| page.damaged) {
        out.findings.push(
            Finding::unreadable(msg!("finding-pdf-part-damaged"))
                .at(msg!("where-page-number", page = *page_number)),
        );
    }
    // Text out of view in one place and in view in another (a chart split
    // across two pages, a repeated label) is not hidden from the reader.
    let mut seen = String::new();
    for (_, _, page) in &read {
        seen.push_str(&squeeze(&page.text_of(|r| r.concealed.is_none())));
        seen.push(' ');
    }
    for (page_number, page_id, page) in &read {
        page_pieces(
            page,
            &msg!("where-page-number", page = *page_number),
            &seen,
            out,
        );
        annotations(doc, *page_id, *page_number, out);
    }
}

/// Lower case, one space between words: for finding text again.
fn squeeze(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// One page's text as pieces: the visible text, then each kind of
/// concealment on its own, so that a finding says how the text was hidden.
/// `seen` is all the document's visible text, squeezed.
fn page_pieces(page: &pdf_text::PageText, place: &Msg, seen: &str, out: &mut Inspection) {
    let visible = page.text_of(|r| r.concealed.is_none());
    if !visible.trim().is_empty() {
        out.pieces.push(TextPiece::visible(visible, place.clone()));
    }
    let worth_showing = |text: &str| text.chars().filter(|c| c.is_alphabetic()).count() >= 3;
    for concealed in Concealed::ALL {
        let text =
            page.text_of(|r| r.concealed == Some(concealed) && !seen.contains(&squeeze(&r.text)));
        if !worth_showing(&text) {
            continue;
        }
        // A scan carries its words as an invisible layer under or over the
        // picture, so that they can be searched; and text that runs on past
        // its box is a layout slip. Both are ordinary, though what they say
        // is still checked.
        let scan_layer =
            page.scanned && matches!(concealed, Concealed::Invisible | Concealed::CoveredByImage);
        out.pieces.push(if scan_layer {
            TextPiece::aside(
                text,
                place.clone(),
                msg!("hidden-invisible-text-layer-scanned-page"),
            )
        } else if concealed == Concealed::Overflow
            || (matches!(concealed, Concealed::OffPage | Concealed::Clipped)
                && text.split_whitespace().count() < 2)
        {
            // A lone word out of view (a label, a stamp) says nothing to
            // an assistant.
            TextPiece::aside(text, place.clone(), concealed.why())
        } else {
            TextPiece::hidden(text, place.clone(), concealed.why())
        });
    }
    if worth_showing(&page.spelled_out) {
        out.pieces.push(TextPiece::aside(
            page.spelled_out.clone(),
            place.clone(),
            msg!("hidden-what-page-s-special-characters"),
        ));
    }
    if worth_showing(&page.actual_text) {
        out.pieces.push(TextPiece::hidden(
            page.actual_text.clone(),
            place.clone(),
            msg!("hidden-replacement-text-read-programs-instead"),
        ));
    }
}

/// Layers (optional content groups) switched off in the default view.
fn layers_switched_off(doc: &Document) -> HashSet<lopdf::ObjectId> {
    let d = doc
        .catalog()
        .ok()
        .and_then(|c| deref(doc, c.get(b"OCProperties").ok()))
        .and_then(|p| match p {
            Object::Dictionary(p) => deref(doc, p.get(b"D").ok()),
            _ => None,
        });
    match d {
        Some(Object::Dictionary(d)) => match deref(doc, d.get(b"OFF").ok()) {
            Some(Object::Array(items)) => {
                items.iter().filter_map(|i| i.as_reference().ok()).collect()
            }
            _ => HashSet::new(),
        },
        _ => HashSet::new(),
    }
}

/// The text of a page's annotations (comments, notes, form fields): set
/// aside as ordinary when shown, hidden when flagged Hidden or NoView.
fn annotations(doc: &Document, page_id: lopdf::ObjectId, page: u32, out: &mut Inspection) {
    let Ok(page_dict) = doc.get_dictionary(page_id) else {
        return;
    };
    let annots = match page_dict.get(b"Annots") {
        Ok(Object::Array(items)) => items.clone(),
        Ok(Object::Reference(id)) => match doc.get_object(*id) {
            Ok(Object::Array(items)) => items.clone(),
            _ => return,
        },
        _ => return,
    };
    let (mut shown, mut hidden, mut fields) = (String::new(), String::new(), String::new());
    for annot in annots.iter().take(1000) {
        let dict = match annot {
            Object::Reference(id) => doc.get_dictionary(*id).ok(),
            Object::Dictionary(d) => Some(d),
            _ => None,
        };
        let Some(dict) = dict else { continue };
        let flags = dict.get(b"F").map(number).unwrap_or(0.0) as i64;
        // Bit 2 Hidden, bit 6 NoView.
        let is_hidden = flags & (2 | 32) != 0;
        let string = |d: &lopdf::Dictionary, key: &[u8]| match deref(doc, d.get(key).ok()) {
            Some(Object::String(bytes, _)) => decode_pdf_string(bytes),
            _ => String::new(),
        };
        // A form field's value and tooltip, on the widget or its field.
        let widget = dict.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Widget");
        let field = match deref(doc, dict.get(b"Parent").ok()) {
            Some(Object::Dictionary(parent)) if !dict.has(b"V") => parent,
            _ => dict,
        };
        let value = if widget {
            string(field, b"V")
        } else {
            String::new()
        };
        let mut note = string(dict, b"Contents");
        if widget {
            let tip = string(field, b"TU");
            if !tip.trim().is_empty() {
                note.push('\n');
                note.push_str(&tip);
            }
        }
        let add = |target: &mut String, text: &str| {
            if !text.trim().is_empty() {
                target.push_str(text.trim());
                target.push('\n');
            }
        };
        if is_hidden {
            add(&mut hidden, &note);
            add(&mut hidden, &value);
        } else {
            add(&mut shown, &note);
            add(&mut fields, &value);
        }
    }
    let place = msg!("where-page-annotations", page = page);
    if !hidden.trim().is_empty() {
        out.pieces.push(TextPiece::hidden(
            hidden,
            place.clone(),
            msg!("hidden-annotation-marked-hidden"),
        ));
    }
    if !shown.trim().is_empty() {
        out.pieces.push(TextPiece::aside(
            shown,
            place,
            msg!("hidden-comment-or-note-attached-page"),
        ));
    }
    if !fields.trim().is_empty() {
        out.pieces.push(TextPiece::visible(
            fields,
            msg!("where-page-form-fields", page = page),
        ));
    }
}

/// Bytes after the last `%%EOF` that are more than padding.
fn trailing_data(bytes: &[u8], out: &mut Inspection) {
    let Some(end) = bytes.windows(5).rposition(|w| w == b"%%EOF") else {
        return;
    };
    let after = &bytes[end + 5..];
    let meaningful = after
        .iter()
        .filter(|b| !b.is_ascii_whitespace() && **b != 0)
        .count();
    if meaningful > 64 {
        out.findings.push(
            Finding::new(
                Category::HiddenContent,
                Severity::Review,
                msg!("finding-pdf-trailing-data", count = meaningful),
            )
            .at(msg!("where-after-end-file")),
        );
        out.embedded
            .push(("data after the end of the PDF".to_string(), after.to_vec()));
    }
}
