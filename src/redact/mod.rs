//! Redacted and anonymised copies of files that hold private data: the
//! copy is written, checked again by the inspection engine, and kept only
//! if no private data is left in it.

pub mod office;
pub mod text;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub use text::{Kind, Mode, Redactor, Removed};

use crate::scan::{self, Category};

/// A copy written and checked.
#[derive(Debug, Clone)]
pub struct RedactedCopy {
    pub path: PathBuf,
    pub replaced: BTreeMap<Kind, usize>,
    /// What was taken out, masked, with what took its place.
    pub removed: Vec<Removed>,
    /// The format could not be rewritten, so the copy is the visible text.
    pub as_text: bool,
}

impl RedactedCopy {
    /// "3 card numbers, 1 e-mail address replaced" for people.
    pub fn summary(&self) -> String {
        let parts: Vec<String> = self
            .replaced
            .iter()
            .map(|(kind, n)| kind.count(*n))
            .collect();
        parts.join(", ")
    }

    /// The same, as a message for any language.
    pub fn summary_message(&self) -> crate::i18n::Msg {
        crate::i18n::Msg::joined(
            self.replaced
                .iter()
                .map(|(kind, n)| kind.count_message(*n))
                .collect(),
        )
    }
}

#[derive(Debug, thiserror::Error)]
pub enum RedactError {
    #[error("Airlock could not read {0}: {1}")]
    Unreadable(String, String),
    #[error("Airlock found no private data to take out of {0}.")]
    NothingFound(String),
    #[error(
        "The copy still held private data ({0}), so Airlock did not keep it; the original is where it was."
    )]
    StillSensitive(String),
    #[error(
        "Even the visible text is dangerous ({0}), so Airlock did not keep the copy; the original is where it was."
    )]
    StillDangerous(String),
    #[error("Airlock could not write the copy ({0}).")]
    Io(#[from] std::io::Error),
}

const TEXT_LIKE: &[&str] = &[
    "txt",
    "md",
    "markdown",
    "csv",
    "tsv",
    "json",
    "jsonl",
    "yaml",
    "yml",
    "toml",
    "ini",
    "cfg",
    "conf",
    "env",
    "properties",
    "xml",
    "html",
    "htm",
    "log",
    "sql",
    "tex",
    "rtf",
    "eml",
];

/// The name of the copy: `report-redacted.docx`, numbered if taken.
pub fn copy_name(dir: &Path, source: &Path, mode: Mode, as_text: bool) -> PathBuf {
    let stem = source
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "file".into());
    let suffix = match mode {
        Mode::Placeholders => "redacted",
        Mode::Pseudonyms => "anonymised",
    };
    let ext = if as_text {
        "txt".to_string()
    } else {
        source
            .extension()
            .map(|e| e.to_string_lossy().into_owned())
            .unwrap_or_else(|| "txt".into())
    };
    let first = dir.join(format!("{stem}-{suffix}.{ext}"));
    if std::fs::symlink_metadata(&first).is_err() {
        return first;
    }
    (2..)
        .map(|n| dir.join(format!("{stem}-{suffix} ({n}).{ext}")))
        .find(|p| std::fs::symlink_metadata(p).is_err())
        .unwrap_or(first)
}

/// The file's name (for sentences) and its own metadata, links not followed.
fn name_and_metadata(source: &Path) -> Result<(String, std::fs::Metadata), RedactError> {
    let name = source
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let meta = std::fs::symlink_metadata(source)
        .map_err(|e| RedactError::Unreadable(name.clone(), e.to_string()))?;
    Ok((name, meta))
}

/// Writes the text a person sees in `source` (nothing hidden, no macros,
/// no scripts, no comments) as `<name>-text.txt` in `dir`, then checks
/// the copy. The original is never changed here.
pub fn visible_text_copy(source: &Path, dir: &Path) -> Result<RedactedCopy, RedactError> {
    let (name, meta) = name_and_metadata(source)?;
    if !meta.is_file() || meta.len() > scan::Limits::default().max_file_bytes {
        return Err(RedactError::Unreadable(
            name,
            "it is not a regular file of a size Airlock reads".into(),
        ));
    }
    let bytes =
        std::fs::read(source).map_err(|e| RedactError::Unreadable(name.clone(), e.to_string()))?;
    let inspection = scan::inspect::inspect(&name, &bytes, scan::format::sniff(&bytes));
    let text: Vec<&str> = inspection
        .pieces
        .iter()
        .filter(|p| p.hidden.is_none() && !p.ordinary)
        .map(|p| p.text.as_str())
        .filter(|t| !t.trim().is_empty())
        .collect();
    if text.is_empty() {
        return Err(RedactError::Unreadable(
            name,
            "Airlock found no visible text to copy".into(),
        ));
    }
    let stem = source
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "file".into());
    let mut path = dir.join(format!("{stem}-text.txt"));
    let mut n = 2;
    while std::fs::symlink_metadata(&path).is_ok() {
        path = dir.join(format!("{stem}-text ({n}).txt"));
        n += 1;
    }
    {
        use std::io::Write;
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)?;
        file.write_all(text.join("\n\n").as_bytes())?;
    }
    let copy_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let report = scan::scan_file(&path, &copy_name, dir, &scan::Limits::default());
    if report.verdict == scan::Verdict::Danger {
        let why = report.main_finding().map(|f| f.text()).unwrap_or_default();
        // Our own copy, just made: removing it loses nothing.
        let _ = std::fs::remove_file(&path);
        return Err(RedactError::StillDangerous(why));
    }
    Ok(RedactedCopy {
        path,
        replaced: BTreeMap::new(),
        removed: Vec::new(),
        as_text: true,
    })
}

/// Writes a redacted copy of `source` into `dir` (or at `dest`), then
/// checks it. The original is never changed here.
pub fn redact_file(
    source: &Path,
    dir: &Path,
    dest: Option<&Path>,
    mode: Mode,
) -> Result<RedactedCopy, RedactError> {
    let (name, meta) = name_and_metadata(source)?;
    if !meta.is_file() {
        return Err(RedactError::Unreadable(
            name,
            "it is not a regular file".into(),
        ));
    }
    if meta.len() > scan::Limits::default().max_file_bytes {
        return Err(RedactError::Unreadable(name, "it is too large".into()));
    }
    let bytes =
        std::fs::read(source).map_err(|e| RedactError::Unreadable(name.clone(), e.to_string()))?;
    let ext = scan::filename::extension(&name).unwrap_or_default();
    let kind = scan::format::sniff(&bytes);
    let mut redactor = Redactor::new(mode);
    let (content, as_text) = match ext.as_str() {
        "docx" | "docm" | "dotx" | "xlsx" | "xlsm" | "xltx" => (
            office::redact_package(&bytes, &mut redactor)
                .map_err(|why| RedactError::Unreadable(name.clone(), why))?,
            false,
        ),
        "csv" | "tsv" => {
            let (text, _) = scan::decode::decode(&bytes);
            let delimiter = if ext == "tsv" {
                '\t'
            } else if text
                .lines()
                .next()
                .is_some_and(|h| h.matches(';').count() > h.matches(',').count())
            {
                ';'
            } else {
                ','
            };
            (redactor.redact_table(&text, delimiter).into_bytes(), false)
        }
        e if TEXT_LIKE.contains(&e) || matches!(kind, scan::format::Kind::Text) => {
            let (text, _) = scan::decode::decode(&bytes);
            (redactor.redact(&text).into_bytes(), false)
        }
        _ => {
            // Anything else: what a person sees when opening it, as text.
            let inspection = scan::inspect::inspect(&name, &bytes, kind);
            let visible: Vec<String> = inspection
                .pieces
                .iter()
                .filter(|p| p.hidden.is_none())
                .map(|p| p.text.clone())
                .collect();
            if visible.iter().all(|t| t.trim().is_empty()) {
                return Err(RedactError::Unreadable(
                    name,
                    "Airlock cannot take the text out of this kind of file".into(),
                ));
            }
            (redactor.redact(&visible.join("\n\n")).into_bytes(), true)
        }
    };
    if redactor.total() == 0 {
        return Err(RedactError::NothingFound(name));
    }
    let path = match dest {
        Some(dest) => dest.to_path_buf(),
        None => copy_name(dir, source, mode, as_text),
    };
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    {
        use std::io::Write;
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)?;
        file.write_all(&content)?;
    }
    // The copy must pass the same check that flagged the original.
    let copy_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let parent = path.parent().unwrap_or(Path::new("."));
    let report = scan::scan_file(&path, &copy_name, parent, &scan::Limits::default());
    let left: Vec<String> = report
        .findings
        .iter()
        .filter(|f| f.category == Category::SensitiveData || f.category == Category::Unreadable)
        .map(|f| f.text())
        .collect();
    if !left.is_empty() {
        // Our own copy, just made: removing it loses nothing.
        let _ = std::fs::remove_file(&path);
        return Err(RedactError::StillSensitive(left.join("; ")));
    }
    Ok(RedactedCopy {
        path,
        replaced: redactor.replaced,
        removed: redactor.removed,
        as_text,
    })
}
