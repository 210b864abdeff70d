//! Checking a backup: every file re-hashed against the manifest, every
//! link and folder looked for. The result is kept beside the manifest so
//! the list can say "Checked".

use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use chrono::Local;
use rayon::prelude::*;

use super::manifest::{self, ExactPath, Kind, Verified};
use super::{BackupError, BackupStore, Progress, tree};
use crate::fsutil::beneath::{self, Dir, EntryKind};

#[derive(Debug, Clone, PartialEq)]
pub struct VerifyReport {
    pub id: String,
    pub checked: u64,
    pub missing: Vec<ExactPath>,
    pub changed: Vec<ExactPath>,
}

impl VerifyReport {
    pub fn ok(&self) -> bool {
        self.missing.is_empty() && self.changed.is_empty()
    }
}

enum Outcome {
    Same,
    Missing,
    Changed,
}

pub fn verify(
    store: &BackupStore,
    id: &str,
    cancel: &AtomicBool,
    progress: &(dyn Fn(Progress) + Sync),
) -> Result<VerifyReport, BackupError> {
    let manifest = store.manifest(id)?;
    store.path_of(id)?;
    let backup_dir = store
        .open_dir()?
        .open_dir(Path::new(id))
        .map_err(super::io_err("opening the backup", &store.dir.join(id)))?;
    let content = store.content_dir(id).ok();
    let files_total = manifest.entries.len() as u64;
    let bytes_total = manifest.entries.iter().map(|e| e.size).sum();
    let (files_done, bytes_done) = (AtomicU64::new(0), AtomicU64::new(0));
    let outcomes: Vec<(ExactPath, Outcome)> = manifest
        .entries
        .par_iter()
        .filter_map(|entry| {
            if cancel.load(Ordering::Relaxed) {
                return None;
            }
            let outcome = match &content {
                Some(content) => check(content, entry),
                None => Outcome::Missing,
            };
            let files = files_done.fetch_add(1, Ordering::Relaxed) + 1;
            let bytes = bytes_done.fetch_add(entry.size, Ordering::Relaxed) + entry.size;
            progress(Progress {
                files_done: files,
                files_total,
                bytes_done: bytes,
                bytes_total,
            });
            Some((entry.path.clone(), outcome))
        })
        .collect();
    if cancel.load(Ordering::Relaxed) {
        return Err(BackupError::Cancelled);
    }
    let mut report = VerifyReport {
        id: id.to_string(),
        checked: outcomes.len() as u64,
        missing: Vec::new(),
        changed: Vec::new(),
    };
    for (path, outcome) in outcomes {
        match outcome {
            Outcome::Same => {}
            Outcome::Missing => report.missing.push(path),
            Outcome::Changed => report.changed.push(path),
        }
    }
    report.missing.sort();
    report.changed.sort();
    let record = Verified {
        at: Local::now(),
        ok: report.ok(),
        missing: report.missing.clone(),
        changed: report.changed.clone(),
    };
    match serde_json::to_vec_pretty(&record) {
        Ok(json) => {
            let name = std::ffi::OsStr::new(manifest::VERIFIED_NAME);
            if let Err(err) = beneath::write_atomic_here(&backup_dir, name, &json) {
                log::warn!("could not record the check of {id}: {err}");
            }
        }
        Err(err) => log::warn!("could not record the check of {id}: {err}"),
    }
    log::info!(
        "verified {id}: {} checked, {} missing, {} changed",
        report.checked,
        report.missing.len(),
        report.changed.len()
    );
    Ok(report)
}

fn check(content: &Dir, entry: &manifest::Entry) -> Outcome {
    let Ok((dir, name)) = content.parent_of(entry.rel()) else {
        return Outcome::Missing;
    };
    let Ok(stat) = dir.stat_here(name) else {
        return Outcome::Missing;
    };
    match (entry.kind, stat.kind) {
        (Kind::Dir, EntryKind::Dir) => Outcome::Same,
        (Kind::Symlink, EntryKind::Symlink) => {
            let target = dir.read_link_here(name).ok();
            if target.as_deref() == entry.target.as_ref().map(|t| t.0.as_path()) {
                Outcome::Same
            } else {
                Outcome::Changed
            }
        }
        (Kind::File, EntryKind::File) => match dir.open_file_here(name).and_then(tree::hash_open) {
            Ok((hash, size)) if size == entry.size && Some(&hash) == entry.hash.as_ref() => {
                Outcome::Same
            }
            _ => Outcome::Changed,
        },
        _ => Outcome::Changed,
    }
}
