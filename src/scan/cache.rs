//! The scan cache: a file whose size, times, device and inode have not
//! changed since its last scan ([`crate::fsutil::stamp::unchanged`], the
//! same test as the session's diff and the backup's hard links) keeps its
//! verdict without being read again, so an unchanged workspace rescans
//! almost at once. Setting a file's modification time back does not fool
//! it: the inode change time moves whatever the person does. Kept in the app's own
//! folder, one file per scanned folder, and dropped whole when the rules
//! change.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::fsutil::stamp::{self, FileStamp};

use super::model::FileReport;

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Entry {
    stamp: FileStamp,
    report: FileReport,
}

/// Remembered reports for one scanned folder.
#[derive(Debug, Serialize, Deserialize)]
pub struct ScanCache {
    /// Rules and engine this cache was made with.
    version: String,
    entries: HashMap<String, Entry>,
}

impl Default for ScanCache {
    fn default() -> Self {
        Self {
            version: engine_version(),
            entries: HashMap::new(),
        }
    }
}

/// Changes whenever the program or its rules change.
fn engine_version() -> String {
    let mut hasher = blake3::Hasher::new();
    hasher.update(env!("CARGO_PKG_VERSION").as_bytes());
    hasher.update(include_str!("../../assets/rules/injection.ron").as_bytes());
    // Every part of the engine: a change to any inspector must redo the
    // verdicts it may have changed.
    hasher.update(include_bytes!("analyse.rs"));
    hasher.update(include_bytes!("archive.rs"));
    hasher.update(include_bytes!("code_actions.rs"));
    hasher.update(include_bytes!("crypto.rs"));
    hasher.update(include_bytes!("decode.rs"));
    hasher.update(include_bytes!("email.rs"));
    hasher.update(include_bytes!("filename.rs"));
    hasher.update(include_bytes!("format.rs"));
    hasher.update(include_bytes!("html.rs"));
    hasher.update(include_bytes!("image.rs"));
    hasher.update(include_bytes!("picture_meta.rs"));
    hasher.update(include_bytes!("slide_actions.rs"));
    hasher.update(include_bytes!("injection.rs"));
    hasher.update(include_bytes!("intent.rs"));
    hasher.update(include_bytes!("language.rs"));
    hasher.update(include_bytes!("../../assets/rules/intent/concepts.ron"));
    for (_, words) in super::intent::LANGUAGES {
        hasher.update(words.as_bytes());
    }
    hasher.update(include_bytes!("markdown.rs"));
    hasher.update(include_bytes!("inspect.rs"));
    hasher.update(include_bytes!("mod.rs"));
    hasher.update(include_bytes!("model.rs"));
    hasher.update(include_bytes!("odf.rs"));
    hasher.update(include_bytes!("office/mod.rs"));
    hasher.update(include_bytes!("office/workbook.rs"));
    hasher.update(include_bytes!("ole/mod.rs"));
    hasher.update(include_bytes!("ole/workbook.rs"));
    hasher.update(include_bytes!("ole/text.rs"));
    hasher.update(include_bytes!("ole/rc4.rs"));
    hasher.update(include_bytes!("pdf/mod.rs"));
    hasher.update(include_bytes!("pdf/font.rs"));
    hasher.update(include_bytes!("pdf/geometry.rs"));
    hasher.update(include_bytes!("pdf/text/mod.rs"));
    hasher.update(include_bytes!("pdf/text/painter.rs"));
    hasher.update(include_bytes!("pdf/text/state.rs"));
    hasher.update(include_bytes!("rtf.rs"));
    hasher.update(include_bytes!("sensitive/mod.rs"));
    hasher.update(include_bytes!("sensitive/checks.rs"));
    hasher.update(include_bytes!("sensitive/ids.rs"));
    hasher.update(include_bytes!("text.rs"));
    hasher.update(include_bytes!("vba.rs"));
    hasher.finalize().to_hex()[..16].to_string()
}

/// Where the cache of `root` lives inside the app's data folder.
pub fn path_for(data_dir: &Path, root: &Path) -> PathBuf {
    let key = blake3::hash(root.to_string_lossy().as_bytes()).to_hex();
    data_dir
        .join("scan-cache")
        .join(format!("{}.json", &key[..24]))
}

impl ScanCache {
    /// Reads a cache; a missing, damaged or outdated one is simply empty.
    pub fn load(path: &Path) -> Self {
        let version = engine_version();
        let cache: Option<ScanCache> = std::fs::read(path)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<ScanCache>(&bytes).ok())
            .filter(|c| c.version == version);
        cache.unwrap_or_default()
    }

    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        if let Some(dir) = path.parent() {
            crate::fsutil::create_private_dir_all(dir)?;
        }
        let bytes = serde_json::to_vec(self).map_err(std::io::Error::other)?;
        crate::fsutil::write_atomic(path, &bytes)
    }

    /// The remembered report if the file has not changed since.
    pub fn get(&self, rel: &str, meta: &std::fs::Metadata) -> Option<FileReport> {
        let entry = self.entries.get(rel)?;
        (meta.is_file() && stamp::unchanged(&entry.stamp, &FileStamp::of(meta)))
            .then(|| entry.report.clone())
    }

    pub fn put(&mut self, rel: &str, meta: &std::fs::Metadata, report: &FileReport) {
        // Only reports made from the file's content are worth keeping.
        if report.hash.is_some() && meta.is_file() {
            self.entries.insert(
                rel.to_string(),
                Entry {
                    stamp: FileStamp::of(meta),
                    report: report.clone(),
                },
            );
        }
    }

    /// Forgets files that are gone.
    pub fn retain(&mut self, present: &std::collections::HashSet<&str>) {
        self.entries.retain(|rel, _| present.contains(rel.as_str()));
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod engine_version_tests {
    /// A new inspector file must be part of the engine version, or old
    /// verdicts would survive its changes.
    #[test]
    fn every_engine_file_is_hashed() {
        let source = include_str!("cache.rs");
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/scan");
        for entry in walkdir::WalkDir::new(&dir).into_iter().flatten() {
            let relative = entry.path().strip_prefix(&dir).unwrap();
            let name = relative.to_string_lossy().replace('\\', "/");
            // Test modules do not change a verdict.
            let tests = relative.file_name().is_some_and(|n| n == "tests.rs");
            if name.ends_with(".rs") && name != "cache.rs" && !tests {
                assert!(
                    source.contains(&format!("include_bytes!(\"{name}\")")),
                    "{name} is not in engine_version()"
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unchanged_files_are_served_from_the_cache_and_changed_ones_are_not() {
        let tmp = tempfile::tempdir().unwrap();
        let file = tmp.path().join("a.txt");
        std::fs::write(&file, "hello").unwrap();
        let meta = std::fs::metadata(&file).unwrap();
        let report = FileReport::new("a.txt".into(), 5, Some("h".into()), vec![]);
        let mut cache = ScanCache::load(&tmp.path().join("missing.json"));
        cache.put("a.txt", &meta, &report);
        let saved = tmp.path().join("cache.json");
        cache.save(&saved).unwrap();
        let cache = ScanCache::load(&saved);
        assert_eq!(cache.get("a.txt", &meta), Some(report));
        std::fs::write(&file, "hello, changed").unwrap();
        let meta = std::fs::metadata(&file).unwrap();
        assert_eq!(cache.get("a.txt", &meta), None);
    }

    #[cfg(unix)]
    #[test]
    fn same_size_content_with_the_time_set_back_is_read_again() {
        let tmp = tempfile::tempdir().unwrap();
        let file = tmp.path().join("a.txt");
        std::fs::write(&file, "hello").unwrap();
        let meta = std::fs::metadata(&file).unwrap();
        let mtime = meta.modified().unwrap();
        let report = FileReport::new("a.txt".into(), 5, Some("h".into()), vec![]);
        let mut cache = ScanCache::default();
        cache.put("a.txt", &meta, &report);
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(&file, "HELLO").unwrap();
        let handle = std::fs::File::options().write(true).open(&file).unwrap();
        handle.set_modified(mtime).unwrap();
        let now = std::fs::metadata(&file).unwrap();
        assert_eq!((now.len(), now.modified().unwrap()), (5, mtime));
        assert_eq!(cache.get("a.txt", &now), None);
    }

    #[test]
    fn a_cache_from_other_rules_is_dropped() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("cache.json");
        std::fs::write(&path, r#"{"version":"old","entries":{"a":{"size":1,"modified_ns":1,"report":{"path":"a","verdict":"safe","findings":[]}}}}"#).unwrap();
        assert!(ScanCache::load(&path).is_empty());
    }
}
