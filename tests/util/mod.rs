//! Shared helpers for integration tests: run the built binary in a fresh
//! temp folder with a fake home, so no test touches the real one.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub struct Sandbox {
    _tmp: tempfile::TempDir,
    pub root: PathBuf,
    pub home: PathBuf,
    pub app: PathBuf,
}

impl Sandbox {
    pub fn new() -> Self {
        let tmp = tempfile::tempdir().expect("temp dir");
        let root = std::fs::canonicalize(tmp.path()).expect("canonical temp dir");
        let home = root.join("home");
        let app = root.join("app");
        std::fs::create_dir_all(&home).expect("fake home");
        Self {
            _tmp: tmp,
            root,
            home,
            app,
        }
    }

    /// The `airlock` binary with HOME and AIRLOCK_HOME inside the sandbox.
    pub fn airlock(&self) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_airlock"));
        cmd.env("HOME", &self.home)
            .env("AIRLOCK_HOME", &self.app)
            .env_remove("XDG_CONFIG_HOME")
            .env_remove("XDG_DATA_HOME")
            .current_dir(&self.root);
        cmd
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.airlock().args(args).output().expect("run airlock")
    }
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[cfg(unix)]
pub fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .expect("metadata")
        .permissions()
        .mode()
        & 0o777
}

/// A zip (stored) holding `parts`: name and text, the way Office files
/// are built in tests.
pub fn zip_of(parts: &[(&str, &str)]) -> Vec<u8> {
    use std::io::Write;
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    for (name, body) in parts {
        w.start_file(*name, options).expect("in memory");
        w.write_all(body.as_bytes()).expect("in memory");
    }
    w.finish().expect("in memory").into_inner()
}

/// A small deterministic generator, so a randomised test is the same every
/// run.
pub struct XorShift(pub u64);

impl XorShift {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn escape_xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A Word file with `text` in its second paragraph.
pub fn docx(text: &str) -> Vec<u8> {
    zip_of(&[
        ("[Content_Types].xml", "<Types/>"),
        (
            "word/document.xml",
            &format!(
                r#"<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>Staff record</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">{}</w:t></w:r></w:p></w:body></w:document>"#,
                escape_xml(text)
            ),
        ),
    ])
}

/// A workbook with `text` in cell A2 of its one sheet.
pub fn xlsx(text: &str) -> Vec<u8> {
    zip_of(&[
        ("[Content_Types].xml", "<Types/>"),
        (
            "xl/workbook.xml",
            r#"<workbook><sheets><sheet name="Staff" sheetId="1" r:id="rId1"/></sheets></workbook>"#,
        ),
        (
            "xl/worksheets/sheet1.xml",
            &format!(
                r#"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Record</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>{}</t></is></c></row></sheetData></worksheet>"#,
                escape_xml(text)
            ),
        ),
    ])
}
