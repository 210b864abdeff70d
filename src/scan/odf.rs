//! OpenDocument files (.odt .ods .odp): the text, hidden paragraphs and
//! sections, Basic and script macros, event listeners and links to outside
//! content.

use quick_xml::events::Event;

use super::inspect::{Inspection, TextPiece};
use super::model::{Category, Finding, Severity};
use crate::i18n::Msg;
use crate::msg;

/// Called by the zip reader once it sees an OpenDocument package.
pub fn inspect(members: &[(String, Vec<u8>)], out: &mut Inspection) {
    let encrypted = members.iter().any(|(name, data)| {
        name.eq_ignore_ascii_case("META-INF/manifest.xml")
            && data.windows(15).any(|w| w == b"encryption-data")
    });
    if encrypted {
        out.findings.push(Finding::password_protected());
        return;
    }
    for (name, data) in members {
        let lower = name.to_ascii_lowercase();
        if (lower.starts_with("basic/") || lower.starts_with("scripts/"))
            && !lower.ends_with("script-lc.xml")
            && !lower.ends_with("dialog-lc.xml")
        {
            out.findings.push(
                Finding::new(
                    Category::Macro,
                    Severity::Danger,
                    msg!("finding-document-contains-macros"),
                )
                .at(Msg::plain(name)),
            );
            continue;
        }
        // An object from another program (an OLE compound file), such as
        // "Object 1"; its picture in ObjectReplacements/ is only a preview.
        if data.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
            && !lower.starts_with("objectreplacements/")
        {
            out.findings.push(
                Finding::new(
                    Category::ActiveContent,
                    Severity::Review,
                    msg!("finding-document-object-from-another-program-2"),
                )
                .at(Msg::plain(name)),
            );
            out.embedded.push((name.clone(), data.clone()));
            continue;
        }
        if !matches!(lower.as_str(), "content.xml" | "styles.xml" | "meta.xml") {
            continue;
        }
        let xml = String::from_utf8_lossy(data);
        let parsed = parse(&xml);
        for finding in parsed.findings {
            out.findings.push(finding.at(Msg::plain(name)));
        }
        let place = if lower == "meta.xml" {
            msg!("where-document-properties")
        } else {
            msg!("where-document")
        };
        if !parsed.visible.trim().is_empty() {
            out.pieces.push(if lower == "meta.xml" {
                TextPiece::aside(
                    parsed.visible,
                    place.clone(),
                    msg!("hidden-document-s-properties-are-not"),
                )
            } else {
                TextPiece::visible(parsed.visible, place.clone())
            });
        }
        if !parsed.hidden.trim().is_empty() {
            out.pieces.push(TextPiece::hidden(
                parsed.hidden,
                place,
                msg!("hidden-hidden-paragraph-or-section"),
            ));
        }
    }
}

#[derive(Default)]
struct Parsed {
    visible: String,
    hidden: String,
    findings: Vec<Finding>,
}

fn parse(xml: &str) -> Parsed {
    let mut parsed = Parsed::default();
    let mut reader = quick_xml::Reader::from_str(xml);
    // Depth of the innermost hidden element we are inside, if any.
    let mut depth = 0usize;
    let mut hidden_from: Option<usize> = None;
    loop {
        let event = match reader.read_event() {
            Ok(Event::Eof) | Err(_) => break,
            Ok(event) => event,
        };
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let opens = matches!(event, Event::Start(_));
                let local = e.local_name();
                let name = local.as_ref();
                let attrs: Vec<(String, String)> = e
                    .attributes()
                    .flatten()
                    .map(|a| {
                        (
                            a.key.local_name().as_ref().to_string(),
                            a.value.into_owned(),
                        )
                    })
                    .collect();
                let get = |key: &str| {
                    attrs
                        .iter()
                        .find(|(k, _)| k == key)
                        .map(|(_, v)| v.as_str())
                };
                if name == "event-listener" {
                    parsed.findings.push(Finding::new(
                        Category::ActiveContent,
                        Severity::Danger,
                        msg!("finding-document-runs-script-or-macro"),
                    ));
                }
                if (name == "section" || name == "p" || name == "span")
                    && (get("display") == Some("none")
                        || get("condition").is_some_and(|c| !c.is_empty()))
                    || name == "hidden-paragraph"
                    || name == "hidden-text" && opens
                {
                    hidden_from.get_or_insert(depth);
                }
                if get("href").is_some_and(|h| h.starts_with("http") || h.starts_with("\\\\"))
                    && matches!(name, "section-source" | "image" | "object" | "link")
                {
                    parsed.findings.push(
                        Finding::new(
                            Category::ActiveContent,
                            Severity::Review,
                            msg!("finding-document-pulls-outside-content-opened"),
                        )
                        .with_evidence(get("href").unwrap_or_default().to_string()),
                    );
                }
                if matches!(name, "p" | "h" | "line-break" | "tab") {
                    parsed.visible.push('\n');
                }
                if opens {
                    depth += 1;
                }
            }
            Event::End(_) => {
                depth = depth.saturating_sub(1);
                if hidden_from.is_some_and(|d| depth <= d) {
                    hidden_from = None;
                }
            }
            Event::Text(t) => {
                let text = t.into_inner();
                if hidden_from.is_some() {
                    parsed.hidden.push_str(&text);
                    parsed.hidden.push(' ');
                } else {
                    parsed.visible.push_str(&text);
                }
            }
            _ => {}
        }
    }
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_sections_listeners_and_macros_are_found() {
        let content = r#"<office:document-content><office:body><office:text>
            <text:p>Visible words</text:p>
            <text:section text:name="s" text:display="none"><text:p>hidden words</text:p></text:section>
            <office:event-listeners><script:event-listener script:event-name="dom:load"/></office:event-listeners>
            <text:p>More visible</text:p></office:text></office:body></office:document-content>"#;
        let members = vec![
            (
                "mimetype".to_string(),
                b"application/vnd.oasis.opendocument.text".to_vec(),
            ),
            ("content.xml".to_string(), content.as_bytes().to_vec()),
            ("Basic/Standard/Module1.xml".to_string(), b"<x/>".to_vec()),
            (
                "Object 1".to_string(),
                vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0],
            ),
        ];
        let mut out = Inspection::default();
        inspect(&members, &mut out);
        let categories: Vec<_> = out.findings.iter().map(|f| f.category).collect();
        assert!(categories.contains(&Category::Macro));
        assert!(categories.contains(&Category::ActiveContent));
        assert!(
            out.findings
                .iter()
                .any(|f| f.message.english().contains("OLE object")),
            "the embedded object is named"
        );
        assert!(out.embedded.iter().any(|(n, _)| n == "Object 1"));
        let visible = out.pieces.iter().find(|p| p.hidden.is_none()).unwrap();
        assert!(visible.text.contains("Visible words") && visible.text.contains("More visible"));
        assert!(!visible.text.contains("hidden words"));
        assert!(
            out.pieces
                .iter()
                .any(|p| p.hidden.is_some() && p.text.contains("hidden words"))
        );
    }
}
