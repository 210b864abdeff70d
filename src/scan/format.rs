//! What a file really is, from its first bytes, against what its name
//! says. Programs and scripts do not belong in a workspace; a program
//! under a document's name is a classic trap.

use super::code_actions::is_plain_code;
use super::filename::{EXECUTABLE_EXTENSIONS, extension};
use super::model::{Category, Finding, Severity};
use crate::i18n::Msg;
use crate::msg;

/// The kind of content, from its magic bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Pdf,
    Zip,
    Ole,
    Rtf,
    Png,
    Jpeg,
    Gif,
    Bmp,
    Tiff,
    Webp,
    Gzip,
    SevenZip,
    Rar,
    Elf,
    Pe,
    MachO,
    JavaClass,
    Shortcut,
    Script,
    Text,
    Unknown,
}

impl Kind {
    pub fn is_program(self) -> bool {
        matches!(
            self,
            Kind::Elf | Kind::Pe | Kind::MachO | Kind::Shortcut | Kind::JavaClass
        )
    }

    fn describe(self) -> Msg {
        Msg::new(match self {
            Kind::Pdf => "kind-a-pdf",
            Kind::Zip => "kind-a-zip",
            Kind::Ole => "kind-an-old-office-document",
            Kind::Rtf => "kind-a-rich-text-document",
            Kind::Png | Kind::Jpeg | Kind::Gif | Kind::Bmp | Kind::Tiff | Kind::Webp => {
                "kind-a-picture"
            }
            Kind::Gzip | Kind::SevenZip | Kind::Rar => "kind-a-compressed-archive",
            Kind::Elf => "kind-a-linux-program",
            Kind::Pe => "kind-a-windows-program",
            Kind::MachO => "kind-a-mac-program",
            Kind::JavaClass => "kind-a-java-program",
            Kind::Shortcut => "kind-a-windows-shortcut",
            Kind::Script => "kind-a-script",
            Kind::Text => "kind-text",
            Kind::Unknown => "kind-unknown",
        })
    }
}

pub fn sniff(bytes: &[u8]) -> Kind {
    let head = &bytes[..bytes.len().min(1024)];
    let starts = |magic: &[u8]| bytes.starts_with(magic);
    if starts(b"%PDF") || head.windows(5).any(|w| w == b"%PDF-") {
        Kind::Pdf
    } else if starts(b"PK\x03\x04") || starts(b"PK\x05\x06") || starts(b"PK\x07\x08") {
        Kind::Zip
    } else if starts(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        Kind::Ole
    } else if starts(b"{\\rt") {
        Kind::Rtf
    } else if starts(b"\x89PNG\r\n\x1a\n") {
        Kind::Png
    } else if starts(&[0xFF, 0xD8, 0xFF]) {
        Kind::Jpeg
    } else if starts(b"GIF87a") || starts(b"GIF89a") {
        Kind::Gif
    } else if starts(b"BM") && bytes.len() > 14 && bytes[6..10] == [0, 0, 0, 0] {
        Kind::Bmp
    } else if starts(b"II*\0") || starts(b"MM\0*") {
        Kind::Tiff
    } else if starts(b"RIFF") && bytes.get(8..12) == Some(b"WEBP") {
        Kind::Webp
    } else if starts(&[0x1F, 0x8B]) {
        Kind::Gzip
    } else if starts(b"7z\xBC\xAF\x27\x1C") {
        Kind::SevenZip
    } else if starts(b"Rar!\x1A\x07") {
        Kind::Rar
    } else if starts(b"\x7FELF") {
        Kind::Elf
    } else if starts(b"MZ") && bytes.len() >= 64 {
        Kind::Pe
    } else if starts(&[0xFE, 0xED, 0xFA, 0xCE])
        || starts(&[0xFE, 0xED, 0xFA, 0xCF])
        || starts(&[0xCE, 0xFA, 0xED, 0xFE])
        || starts(&[0xCF, 0xFA, 0xED, 0xFE])
    {
        Kind::MachO
    } else if starts(&[0xCA, 0xFE, 0xBA, 0xBE]) {
        // Also a universal Mac binary; both are programs.
        Kind::JavaClass
    } else if starts(&[0x4C, 0x00, 0x00, 0x00, 0x01, 0x14, 0x02, 0x00]) {
        Kind::Shortcut
    } else if starts(b"#!") {
        Kind::Script
    } else if super::decode::looks_like_text(bytes) {
        Kind::Text
    } else {
        Kind::Unknown
    }
}

/// The kinds a name's extension promises.
fn expected(ext: &str) -> Option<&'static [Kind]> {
    use Kind::*;
    Some(match ext {
        "pdf" => &[Pdf],
        // Office encrypts its zip-based files inside an OLE container.
        "docx" | "docm" | "dotx" | "dotm" | "xlsx" | "xlsm" | "xltx" | "xltm" | "xlsb" | "pptx"
        | "pptm" | "ppsx" | "ppsm" | "potx" | "potm" => &[Zip, Ole],
        "odt" | "ods" | "odp" | "odg" | "zip" | "jar" | "epub" | "vsdx" | "vsdm" | "xps"
        | "oxps" | "apk" => &[Zip],
        "doc" | "dot" | "xls" | "xlt" | "ppt" | "pps" | "pot" | "msg" | "msi" | "vsd" => {
            &[Ole, Rtf]
        }
        "rtf" => &[Rtf],
        "png" => &[Png],
        "jpg" | "jpeg" | "jpe" => &[Jpeg],
        "gif" => &[Gif],
        "bmp" => &[Bmp],
        "tif" | "tiff" => &[Tiff],
        "webp" => &[Webp],
        "gz" | "tgz" => &[Gzip],
        "7z" => &[SevenZip],
        "rar" => &[Rar],
        "txt" | "md" | "markdown" | "csv" | "tsv" | "json" | "xml" | "html" | "htm" | "xhtml"
        | "svg" | "yaml" | "yml" | "toml" | "ini" | "cfg" | "conf" | "log" | "eml" | "mbox"
        | "rst" | "tex" | "properties" => &[Text],
        _ => return None,
    })
}

/// Findings about what the bytes are, given the name.
pub fn check(name: &str, kind: Kind) -> Vec<Finding> {
    let ext = extension(name);
    let mut findings = Vec::new();
    let ext_is_program = ext
        .as_deref()
        .is_some_and(|e| EXECUTABLE_EXTENSIONS.contains(&e) && !is_plain_code(e));
    let promised = ext.as_deref().and_then(expected);

    if kind.is_program() && !ext_is_program {
        let named = ext
            .as_deref()
            .map(|e| msg!("kind-a-file-with-extension", extension = e))
            .unwrap_or_else(|| msg!("kind-a-file"));
        findings.push(
            Finding::new(
                Category::FormatMismatch,
                Severity::Danger,
                msg!(
                    "finding-really-named-as",
                    really = kind.describe(),
                    named = named
                ),
            )
            .at(msg!("where-file-content")),
        );
        return findings;
    }
    if kind == Kind::Script && !promised.is_none_or(|p| p.contains(&Kind::Text)) {
        findings.push(
            Finding::new(
                Category::FormatMismatch,
                Severity::Danger,
                msg!(
                    "finding-really-named-as",
                    really = kind.describe(),
                    named = msg!(
                        "kind-a-file-with-extension",
                        extension = ext.unwrap_or_default()
                    )
                ),
            )
            .at(msg!("where-file-content")),
        );
        return findings;
    }
    if kind == Kind::Script
        && matches!(
            ext.as_deref(),
            Some("txt" | "md" | "csv" | "log" | "pdf") | None
        )
    {
        findings.push(
            Finding::new(
                Category::FormatMismatch,
                Severity::Danger,
                msg!("finding-script-named-as-document"),
            )
            .at(msg!("where-file-content")),
        );
        return findings;
    }
    if ext_is_program || kind.is_program() {
        findings.push(
            Finding::new(
                Category::ActiveContent,
                Severity::Danger,
                msg!(
                    "finding-program",
                    what = if kind.is_program() {
                        kind.describe()
                    } else {
                        msg!("kind-a-program-or-script")
                    }
                ),
            )
            .at(msg!("where-file-name")),
        );
        return findings;
    }
    if let Some(promised) = promised
        && !promised.contains(&kind)
        && kind != Kind::Unknown
        // A text format that holds only text is what it says.
        && !(promised.contains(&Kind::Text) && kind == Kind::Script)
    {
        findings.push(
            Finding::new(
                Category::FormatMismatch,
                Severity::Review,
                msg!(
                    "finding-name-says",
                    extension = ext.unwrap_or_default(),
                    really = kind.describe()
                ),
            )
            .at(msg!("where-file-content")),
        );
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

    const PE: &[u8] = &[
        b'M', b'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0, 0xB8, 0, 0, 0, 0, 0, 0, 0,
        0x40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0x80, 0, 0, 0,
    ];

    #[test]
    fn a_program_named_as_a_document_is_danger() {
        let f = check("invoice.pdf", sniff(PE));
        assert_eq!(f[0].category, Category::FormatMismatch);
        assert_eq!(f[0].severity, Severity::Danger);
        assert_eq!(
            check("holiday.jpg", sniff(b"\x7FELF\x02\x01\x01\0\0\0\0\0"))[0].severity,
            Severity::Danger
        );
    }

    #[test]
    fn an_honest_program_is_active_content() {
        let f = check("setup.exe", sniff(PE));
        assert_eq!(f[0].category, Category::ActiveContent);
        assert_eq!(
            check("run.bat", Kind::Text)[0].category,
            Category::ActiveContent
        );
        // Shell scripts open in an editor: what they do is judged instead.
        assert!(check("rename.sh", sniff(b"#!/bin/sh\nmv a b\n")).is_empty());
    }

    #[test]
    fn a_pdf_named_docx_is_review() {
        let f = check("report.docx", sniff(b"%PDF-1.7\n"));
        assert_eq!(f[0].severity, Severity::Review);
        assert_eq!(f[0].category, Category::FormatMismatch);
    }

    #[test]
    fn matching_names_are_fine() {
        assert!(check("a.pdf", sniff(b"%PDF-1.4")).is_empty());
        assert!(check("a.png", sniff(b"\x89PNG\r\n\x1a\n....")).is_empty());
        assert!(check("tool.py", sniff(b"#!/usr/bin/python\nprint(1)")).is_empty());
        assert!(check("notes.txt", sniff(b"hello")).is_empty());
    }

    #[test]
    fn a_script_named_txt_is_danger() {
        assert_eq!(
            check("notes.txt", sniff(b"#!/bin/sh\nrm -rf ~"))[0].severity,
            Severity::Danger
        );
    }
}
