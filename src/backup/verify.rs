//! Checking a backup: every file re-hashed against the manifest, every
//! link and folder looked for. The result is kept beside the manifest so
//! the list can say "Checked".

use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use chrono::Local;
use rayon::prelude::*;

use super::manifest::{self, ExactPath, Kind, Verified};
use super::{BackupError, BackupStore, Progress, tree};

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
    let content = store.path_of(id)?.join(manifest::CONTENT_DIR);
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
            let outcome = check(&content.join(entry.rel()), entry);
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
    let path = store.path_of(id)?.join(manifest::VERIFIED_NAME);
    match serde_json::to_vec_pretty(&record) {
        Ok(json) => {
            if let Err(err) = crate::fsutil::write_atomic(&path, &json) {
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

fn check(path: &Path, entry: &manifest::Entry) -> Outcome {
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return Outcome::Missing;
    };
    match entry.kind {
        Kind::Dir if meta.is_dir() => Outcome::Same,
        Kind::Symlink if meta.file_type().is_symlink() => {
            let target = std::fs::read_link(path).ok();
            if target.as_deref() == entry.target.as_ref().map(|t| t.0.as_path()) {
                Outcome::Same
            } else {
                Outcome::Changed
            }
        }
        Kind::File if meta.is_file() => match tree::hash_file(path) {
            Ok((hash, size)) if size == entry.size && Some(&hash) == entry.hash.as_ref() => {
                Outcome::Same
            }
            _ => Outcome::Changed,
        },
        _ => Outcome::Changed,
    }
}
