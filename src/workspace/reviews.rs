//! "Mark as reviewed": the person has looked at a flagged file and decided
//! to keep it. The mark is tied to the file's content hash, so it drops by
//! itself as soon as the file changes. Kept in the app's own folder.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Local};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mark {
    /// Where the file was when it was marked, for people reading the record.
    pub path: String,
    pub when: DateTime<Local>,
}

/// The marks, by content hash.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Reviews {
    marks: BTreeMap<String, Mark>,
    #[serde(skip)]
    file: PathBuf,
}

impl Reviews {
    pub fn load(data_dir: &Path) -> Self {
        let file = data_dir.join("reviewed.ron");
        let mut reviews: Reviews = std::fs::read_to_string(&file)
            .ok()
            .and_then(|text| ron::from_str(&text).ok())
            .unwrap_or_default();
        reviews.file = file;
        reviews
    }

    fn save(&self) -> std::io::Result<()> {
        let text = ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default())
            .map_err(std::io::Error::other)?;
        if let Some(dir) = self.file.parent() {
            crate::fsutil::create_private_dir_all(dir)?;
        }
        crate::fsutil::write_atomic(&self.file, text.as_bytes())
    }

    pub fn is_reviewed(&self, hash: Option<&str>) -> bool {
        hash.is_some_and(|h| self.marks.contains_key(h))
    }

    pub fn mark(&mut self, hash: &str, path: &str) -> std::io::Result<()> {
        self.marks.insert(
            hash.to_string(),
            Mark {
                path: path.to_string(),
                when: Local::now(),
            },
        );
        log::info!("marked {path} as reviewed ({hash})");
        self.save()
    }

    pub fn unmark(&mut self, hash: &str) -> std::io::Result<()> {
        if let Some(mark) = self.marks.remove(hash) {
            log::info!("removed the reviewed mark of {} ({hash})", mark.path);
        }
        self.save()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_survive_a_restart_and_follow_the_content() {
        let tmp = tempfile::tempdir().unwrap();
        let mut reviews = Reviews::load(tmp.path());
        reviews.mark("abc", "input/a.txt").unwrap();
        let reviews = Reviews::load(tmp.path());
        assert!(reviews.is_reviewed(Some("abc")));
        assert!(!reviews.is_reviewed(Some("changed")));
        assert!(!reviews.is_reviewed(None));
        let mut reviews = reviews;
        reviews.unmark("abc").unwrap();
        assert!(!Reviews::load(tmp.path()).is_reviewed(Some("abc")));
    }
}
