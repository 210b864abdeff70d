//! Names that disguise or instruct: double extensions ending in a program,
//! right-to-left overrides and other invisible characters, control
//! characters, trailing dots or spaces, reserved device names, overlong
//! names, and names that are sentences aimed at the assistant.

use super::model::{Category, Finding, Severity};
use super::text::{is_invisible, make_visible};
use crate::msg;

/// Extensions that run code when opened on some system.
pub const EXECUTABLE_EXTENSIONS: &[&str] = &[
    "exe",
    "com",
    "scr",
    "pif",
    "bat",
    "cmd",
    "ps1",
    "psm1",
    "psd1",
    "vbs",
    "vbe",
    "js",
    "jse",
    "wsf",
    "wsh",
    "hta",
    "jar",
    "lnk",
    "msi",
    "msp",
    "mst",
    "cpl",
    "reg",
    "dll",
    "sys",
    "scf",
    "inf",
    "application",
    "gadget",
    "appref-ms",
    "msc",
    "ws",
    "sct",
    "chm",
    "iso",
    "img",
    "vhd",
    "vhdx",
    "appx",
    "msix",
    "apk",
    "app",
    "command",
    "dmg",
    "pkg",
    "deb",
    "rpm",
    "run",
    "sh",
    "bash",
    "zsh",
    "csh",
    "ksh",
    "desktop",
    "url",
    "website",
    "library-ms",
    "settingcontent-ms",
];

/// Document extensions a disguised program pretends to have.
const DOCUMENT_EXTENSIONS: &[&str] = &[
    "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "txt", "rtf", "jpg", "jpeg", "png", "gif",
    "bmp", "mp3", "mp4", "mov", "avi", "wav", "zip", "csv", "odt", "ods", "odp", "htm", "html",
    "md", "eml", "msg", "tif", "tiff", "heic", "webp", "svg", "json", "xml",
];

const RESERVED: &[&str] = &[
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// Names longer than this are cut off in most windows and hide their end.
const LONG_NAME: usize = 150;

pub fn extension(name: &str) -> Option<String> {
    let (stem, ext) = name.rsplit_once('.')?;
    (!stem.is_empty()).then(|| ext.to_ascii_lowercase())
}

pub fn check(name: &str) -> Vec<Finding> {
    let mut findings = Vec::new();
    let location = msg!("where-file-name");
    let visible = make_visible(name);

    if name.chars().any(|c| matches!(c, '\u{202E}' | '\u{202D}' | '\u{2066}'..='\u{2069}' | '\u{202A}'..='\u{202C}' | '\u{200E}' | '\u{200F}')) {
        findings.push(
            Finding::new(
                Category::SuspiciousFilename,
                Severity::Danger,
                msg!("finding-name-bidi"),
            )
            .with_evidence(visible.clone())
            .at(location.clone()),
        );
    } else if name.chars().any(is_invisible) {
        findings.push(
            Finding::new(Category::SuspiciousFilename, Severity::Review, msg!("finding-name-invisible"))
                .with_evidence(visible.clone())
                .at(location.clone()),
        );
    }
    if name.chars().any(|c| c.is_control()) {
        findings.push(
            Finding::new(
                Category::SuspiciousFilename,
                Severity::Review,
                msg!("finding-name-control"),
            )
            .with_evidence(visible.clone())
            .at(location.clone()),
        );
    }
    if name.ends_with('.') || name.ends_with(' ') {
        findings.push(
            Finding::new(
                Category::SuspiciousFilename,
                Severity::Review,
                msg!("finding-name-trailing-dot"),
            )
            .with_evidence(format!("“{visible}”"))
            .at(location.clone()),
        );
    }
    let stem = name
        .split('.')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if RESERVED.contains(&stem.as_str()) {
        findings.push(
            Finding::new(
                Category::SuspiciousFilename,
                Severity::Review,
                msg!("finding-name-reserved"),
            )
            .with_evidence(visible.clone())
            .at(location.clone()),
        );
    }
    if name.chars().count() > LONG_NAME {
        findings.push(
            Finding::new(
                Category::SuspiciousFilename,
                Severity::Review,
                msg!("finding-name-too-long"),
            )
            .with_evidence(visible.chars().take(80).collect::<String>() + "…")
            .at(location.clone()),
        );
    }
    if let Some(finding) = double_extension(name) {
        findings.push(finding);
    }
    findings
}

/// "invoice.pdf.exe", "Q3 results.xlsx.scr", "photo.jpg     .exe".
fn double_extension(name: &str) -> Option<Finding> {
    let cleaned: String = name.chars().filter(|c| !is_invisible(*c)).collect();
    let parts: Vec<&str> = cleaned.split('.').collect();
    if parts.len() < 3 {
        return None;
    }
    let last = parts[parts.len() - 1].trim().to_ascii_lowercase();
    let before = parts[parts.len() - 2].trim().to_ascii_lowercase();
    (EXECUTABLE_EXTENSIONS.contains(&last.as_str())
        && DOCUMENT_EXTENSIONS.contains(&before.as_str()))
    .then(|| {
        Finding::new(
            Category::SuspiciousFilename,
            Severity::Danger,
            msg!("finding-double-extension", before = before, last = last),
        )
        .with_evidence(make_visible(name))
        .at(msg!("where-file-name"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn danger(name: &str) -> bool {
        check(name).iter().any(|f| f.severity == Severity::Danger)
    }

    #[test]
    fn disguised_programs_are_danger() {
        assert!(danger("invoice.pdf.exe"));
        assert!(danger("Q3 results.xlsx.scr"));
        assert!(danger("photo_\u{202E}gnp.exe"));
    }

    #[test]
    fn ordinary_multi_dot_names_are_fine() {
        assert!(check("notes.txt.gz").is_empty());
        assert!(check("release-notes.v1.2.pdf").is_empty());
        assert!(check("photo.2019.png").is_empty());
    }

    #[test]
    fn odd_names_are_flagged_for_review() {
        assert!(!check("report.pdf ").is_empty());
        assert!(!check("report.").is_empty());
        assert!(!check("CON.txt").is_empty());
        assert!(!check(&"a".repeat(200)).is_empty());
        assert!(!check("re\u{200B}port.txt").is_empty());
        assert!(!check("bad\u{7}name.txt").is_empty());
    }
}
