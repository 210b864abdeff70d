//! The earlier versions of one file that the backups hold.

use std::path::Path;

use chrono::{DateTime, Local};

use super::{BackupStore, Kind};

#[derive(Debug, Clone, PartialEq)]
pub struct Version {
    pub id: String,
    pub started: DateTime<Local>,
    pub size: u64,
    /// The same content as the file in the workspace now.
    pub same_as_now: bool,
}

/// Each distinct content of `rel` across the backups, newest first: a
/// run of backups holding the same content is shown once (the newest).
pub fn versions_of(store: &BackupStore, rel: &Path, current_hash: Option<&str>) -> Vec<Version> {
    let mut out: Vec<Version> = Vec::new();
    let mut last_hash: Option<String> = None;
    for info in store.list() {
        let Ok(manifest) = store.manifest(&info.id) else {
            continue;
        };
        let Some(entry) = manifest
            .entries
            .iter()
            .find(|e| e.kind == Kind::File && e.rel() == rel)
        else {
            continue;
        };
        if entry.hash.is_some() && entry.hash == last_hash {
            continue;
        }
        last_hash.clone_from(&entry.hash);
        out.push(Version {
            id: info.id.clone(),
            started: info.summary.started,
            size: entry.size,
            same_as_now: current_hash.is_some() && entry.hash.as_deref() == current_hash,
        });
    }
    out
}
