//! The quarantine: a folder outside the workspace (default
//! `~/Cowork-Quarantine`) where suspicious files wait, out of the
//! assistant's reach, until the person brings them back. Nothing here is
//! ever deleted; the record of what came from where lives in the app's
//! own folder.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Local};
use serde::{Deserialize, Serialize};

use crate::app_home::AppHome;
use crate::fsutil::beneath::Dir;

pub const DEFAULT_QUARANTINE_NAME: &str = "Cowork-Quarantine";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    /// Where the file was in the workspace, relative to it.
    pub original: String,
    /// Where it is now, inside the quarantine folder.
    pub stored: PathBuf,
    pub when: DateTime<Local>,
    /// Airlock's one-line reason.
    pub reason: crate::i18n::Msg,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Record {
    items: Vec<Item>,
}

#[derive(Debug, thiserror::Error)]
pub enum QuarantineError {
    #[error("the file is not there any more ({0})")]
    Missing(PathBuf),
    #[error("could not move the file: {source} ({path})")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("could not save the quarantine's record: {0}")]
    Record(String),
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> QuarantineError + '_ {
    move |source| QuarantineError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// The quarantine folder and its record.
pub struct Quarantine {
    pub dir: PathBuf,
    record_path: PathBuf,
}

impl Quarantine {
    pub fn new(dir: PathBuf, home: &AppHome) -> Self {
        Self {
            dir,
            record_path: home.data_dir().join("quarantine.ron"),
        }
    }

    fn load(&self) -> Record {
        std::fs::read_to_string(&self.record_path)
            .ok()
            .and_then(|text| ron::from_str(&text).ok())
            .unwrap_or_default()
    }

    fn save(&self, record: &Record) -> Result<(), QuarantineError> {
        let text = ron::ser::to_string_pretty(record, ron::ser::PrettyConfig::default())
            .map_err(|e| QuarantineError::Record(e.to_string()))?;
        if let Some(dir) = self.record_path.parent() {
            crate::fsutil::create_private_dir_all(dir)
                .map_err(|e| QuarantineError::Record(e.to_string()))?;
        }
        crate::fsutil::write_atomic(&self.record_path, text.as_bytes())
            .map_err(|e| QuarantineError::Record(e.to_string()))
    }

    pub fn items(&self) -> Vec<Item> {
        self.load().items
    }

    /// The quarantine folder, made if missing, opened as a real folder.
    fn open(&self) -> Result<Dir, QuarantineError> {
        crate::fsutil::create_private_dir_all(&self.dir).map_err(io(&self.dir))?;
        Dir::open(&self.dir).map_err(io(&self.dir))
    }

    /// Moves `workspace/rel` into the quarantine. The file is reached
    /// through real folders only: a link on the way is refused.
    pub fn put(
        &self,
        workspace: &Path,
        rel: &str,
        reason: &crate::i18n::Msg,
    ) -> Result<Item, QuarantineError> {
        let from = workspace.join(rel);
        let ws = Dir::open(workspace).map_err(io(workspace))?;
        let (dir, name) = ws.parent_of(Path::new(rel)).map_err(io(&from))?;
        if dir.stat_here(name).is_err() {
            return Err(QuarantineError::Missing(from));
        }
        let quarantine = self.open()?;
        let mut stamped = OsString::from(format!("{}-", Local::now().format("%Y%m%d-%H%M%S")));
        stamped.push(name);
        let stored_name = crate::workspace::intake::free_name(&quarantine, &stamped);
        crate::fsutil::beneath::move_entry(&dir, name, &quarantine, &stored_name)
            .map_err(io(&from))?;
        let item = Item {
            original: rel.to_string(),
            stored: self.dir.join(&stored_name),
            when: Local::now(),
            reason: reason.clone(),
        };
        let mut record = self.load();
        record.items.push(item.clone());
        self.save(&record)?;
        log::info!("quarantined {rel} as {}", item.stored.display());
        Ok(item)
    }

    /// Brings an item back to where it was (a numbered name if that place
    /// is taken now). Returns the relative path it came back to.
    pub fn restore(&self, workspace: &Path, stored: &Path) -> Result<String, QuarantineError> {
        let mut record = self.load();
        let Some(index) = record.items.iter().position(|i| i.stored == stored) else {
            return Err(QuarantineError::Missing(stored.to_path_buf()));
        };
        let item = record.items[index].clone();
        let stored_name = match (item.stored.parent(), item.stored.file_name()) {
            (Some(parent), Some(name)) if parent == self.dir => name.to_os_string(),
            _ => return Err(QuarantineError::Missing(item.stored.clone())),
        };
        let quarantine = self.open()?;
        let original = Path::new(&item.original);
        let (parent_rel, name) = match (original.parent(), original.file_name()) {
            (Some(parent), Some(name)) => (parent, name),
            _ => return Err(QuarantineError::Missing(workspace.join(original))),
        };
        let ws = Dir::open(workspace).map_err(io(workspace))?;
        let dir = ws
            .create_dir_all(parent_rel)
            .map_err(io(&workspace.join(parent_rel)))?;
        let target = crate::workspace::intake::free_name(&dir, name);
        crate::fsutil::beneath::move_entry(&quarantine, &stored_name, &dir, &target)
            .map_err(io(&item.stored))?;
        record.items.remove(index);
        self.save(&record)?;
        let rel = parent_rel
            .join(&target)
            .to_string_lossy()
            .replace('\\', "/");
        log::info!("restored {} to {rel}", item.stored.display());
        Ok(rel)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn put_and_restore_round_trip() {
        let tmp = tempfile::tempdir().unwrap();
        let ws = tmp.path().join("ws");
        std::fs::create_dir_all(ws.join("input")).unwrap();
        std::fs::write(ws.join("input/bad.txt"), "payload").unwrap();
        let q = Quarantine::new(tmp.path().join("q"), &AppHome::at(tmp.path().join("app")));
        let item = q
            .put(&ws, "input/bad.txt", &crate::i18n::Msg::plain("danger"))
            .unwrap();
        assert!(!ws.join("input/bad.txt").exists());
        assert_eq!(std::fs::read_to_string(&item.stored).unwrap(), "payload");
        assert_eq!(q.items().len(), 1);
        std::fs::write(ws.join("input/bad.txt"), "newer").unwrap();
        let back = q.restore(&ws, &item.stored).unwrap();
        assert_eq!(back, "input/bad (2).txt");
        assert_eq!(
            std::fs::read_to_string(ws.join("input/bad (2).txt")).unwrap(),
            "payload"
        );
        assert!(q.items().is_empty());
    }
}
