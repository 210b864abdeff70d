//! The one live picture of the workspace: every file with its verdict,
//! findings, source and reviewed mark, and what sits in the quarantine.
//!
//! Scans, the change feed (with or without a session) and every action
//! Airlock takes itself update it the moment they happen, so every screen
//! that reads it shows the disk as it is, and a file Airlock moves keeps
//! its source and reviewed mark. Both front ends read and change files
//! through it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use super::intake::{self, Added};
use super::provenance::{Provenance, Source};
use super::quarantine::{Item, Quarantine, QuarantineError};
use super::reviews::Reviews;
use crate::scan::{FileReport, Verdict};
use crate::session::changes::{Change, ChangeKind};
use crate::session::cleanup::CleanupDone;

/// How many files have each verdict.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub safe: usize,
    pub review: usize,
    pub danger: usize,
}

impl Counts {
    pub fn of(&self, verdict: Verdict) -> usize {
        match verdict {
            Verdict::Safe => self.safe,
            Verdict::Review => self.review,
            Verdict::Danger => self.danger,
        }
    }

    pub fn total(&self) -> usize {
        self.safe + self.review + self.danger
    }
}

pub struct Model {
    files: BTreeMap<String, FileReport>,
    reviews: Reviews,
    provenance: Provenance,
    quarantine: Quarantine,
    quarantined: Vec<Item>,
    scanned_once: bool,
    /// Bumped by every change, so a view can tell its copy is old.
    generation: u64,
}

impl Model {
    /// The marks and records kept in `data_dir`, and no verdicts yet.
    pub fn load(data_dir: &Path, quarantine: Quarantine) -> Self {
        let quarantined = quarantine.items();
        Self {
            files: BTreeMap::new(),
            reviews: Reviews::load(data_dir),
            provenance: Provenance::load(data_dir),
            quarantine,
            quarantined,
            scanned_once: false,
            generation: 0,
        }
    }

    pub fn files(&self) -> &BTreeMap<String, FileReport> {
        &self.files
    }

    pub fn get(&self, rel: &str) -> Option<&FileReport> {
        self.files.get(rel)
    }

    pub fn counts(&self) -> Counts {
        let mut counts = Counts::default();
        for file in self.files.values() {
            match file.verdict {
                Verdict::Safe => counts.safe += 1,
                Verdict::Review => counts.review += 1,
                Verdict::Danger => counts.danger += 1,
            }
        }
        counts
    }

    /// How many files `folder` holds and their size, counted from the
    /// picture (so it agrees with the verdicts beside it).
    pub fn folder_tally(&self, folder: &str) -> (u64, u64) {
        let inside = format!("{folder}/");
        self.files
            .values()
            .filter(|f| f.path.starts_with(&inside))
            .fold((0, 0), |(n, bytes), f| (n + 1, bytes + f.size))
    }

    /// Paths with `verdict`, in name order.
    pub fn with_verdict(&self, verdict: Verdict) -> Vec<&str> {
        self.files
            .values()
            .filter(|f| f.verdict == verdict)
            .map(|f| f.path.as_str())
            .collect()
    }

    pub fn is_reviewed(&self, rel: &str) -> bool {
        self.reviews
            .is_reviewed(self.files.get(rel).and_then(|f| f.hash.as_deref()))
    }

    pub fn reviews(&self) -> &Reviews {
        &self.reviews
    }

    pub fn provenance(&self) -> &Provenance {
        &self.provenance
    }

    pub fn source_of(&self, rel: &str) -> Source {
        self.provenance.source_of(rel)
    }

    pub fn quarantine(&self) -> &Quarantine {
        &self.quarantine
    }

    /// What is in the quarantine, oldest first.
    pub fn quarantined(&self) -> &[Item] {
        &self.quarantined
    }

    /// Whether a whole scan has finished since the start.
    pub fn scanned_once(&self) -> bool {
        self.scanned_once
    }

    pub fn generation(&self) -> u64 {
        self.generation
    }

    fn touch(&mut self) {
        self.generation = self.generation.wrapping_add(1);
    }

    // What scans and the change feed found.

    /// A file's fresh verdict, with what Airlock knows of its source.
    pub fn scanned(&mut self, report: FileReport) {
        let report = self.provenance.annotate(report);
        self.files.insert(report.path.clone(), report);
        self.touch();
    }

    /// The files a scan found on disk: every other one leaves the picture.
    pub fn listed(&mut self, present: &BTreeSet<String>) {
        let before = self.files.len();
        self.files.retain(|rel, _| present.contains(rel));
        if self.files.len() != before {
            self.touch();
        }
    }

    pub fn scan_finished(&mut self) {
        self.scanned_once = true;
        self.touch();
    }

    /// A change the feed saw; `report` is the new or changed file's scan.
    pub fn changed(&mut self, change: &Change, report: Option<FileReport>) {
        let rel = crate::fsutil::display_path(&change.path);
        match change.kind {
            ChangeKind::Deleted => {
                // A deleted folder takes everything in it.
                let inside = format!("{rel}/");
                self.files
                    .retain(|path, _| path != &rel && !path.starts_with(&inside));
            }
            ChangeKind::Renamed => {
                if let Some(from) = &change.from {
                    self.follow_move(&crate::fsutil::display_path(from), &rel);
                }
            }
            ChangeKind::Created | ChangeKind::Changed => {}
        }
        if let Some(report) = report {
            let report = self.provenance.annotate(report);
            self.files.insert(rel, report);
        }
        self.touch();
    }

    // What Airlock does itself.

    /// Copies files into `input/`, records where each came from, and
    /// returns what happened to each. Their verdicts come from the scan
    /// the caller starts next.
    pub fn add(&mut self, root: &Path, paths: &[PathBuf]) -> Vec<Added> {
        let added = intake::add_files(root, paths);
        for item in &added {
            if let Added::Copied { from, rel, path } = item
                && let Err(err) = self.provenance.record(rel, from, &root.join(path))
            {
                log::warn!("provenance of {rel} not recorded: {err}");
            }
        }
        self.touch();
        added
    }

    /// A copy Airlock made of `from_rel` (a redacted copy) comes from
    /// where the original came from.
    pub fn derived(&mut self, new_rel: &str, from_rel: &str, copy: &Path) -> std::io::Result<()> {
        self.provenance.derive(new_rel, from_rel, copy)?;
        self.touch();
        Ok(())
    }

    /// Moves a workspace file into the quarantine; it leaves the list at
    /// once.
    pub fn quarantine_file(
        &mut self,
        root: &Path,
        rel: &str,
        reason: &crate::i18n::Msg,
    ) -> Result<Item, QuarantineError> {
        let item = self.quarantine.put(root, rel, reason)?;
        self.files.remove(rel);
        self.quarantined = self.quarantine.items();
        self.touch();
        Ok(item)
    }

    /// Puts a quarantined file back; returns where it went. Its source
    /// follows it when the old place was taken; its verdict comes from the
    /// scan the caller starts next.
    pub fn put_back(&mut self, root: &Path, stored: &Path) -> Result<String, QuarantineError> {
        let original = self
            .quarantined
            .iter()
            .find(|item| item.stored == stored)
            .map(|item| item.original.clone());
        let rel = self.quarantine.restore(root, stored)?;
        if let Some(original) = original
            && original != rel
            && let Err(err) = self.provenance.moved(&original, &rel)
        {
            log::warn!("provenance of {rel} not moved: {err}");
        }
        self.quarantined = self.quarantine.items();
        self.touch();
        Ok(rel)
    }

    /// What the end-of-session cleanup did: archived inputs keep their
    /// verdict, source and reviewed mark under their new name; removed
    /// outputs leave the list.
    pub fn cleaned_up(&mut self, done: &CleanupDone) {
        for (from, to) in &done.archived {
            self.follow_move(
                &crate::fsutil::display_path(from),
                &crate::fsutil::display_path(to),
            );
        }
        for rel in &done.trashed {
            self.files.remove(&crate::fsutil::display_path(rel));
        }
        self.touch();
    }

    /// Files a restore from a backup put back or changed: they are read
    /// again by the scan the caller starts next.
    pub fn restored(&mut self, paths: &[PathBuf]) {
        for path in paths {
            self.files.remove(&crate::fsutil::display_path(path));
        }
        self.touch();
    }

    /// Marks a file as looked at and kept (or takes the mark back). The
    /// mark follows the content, so it drops when the file changes.
    /// Returns the content's hash, or `None` when the file has no verdict.
    pub fn mark_reviewed(&mut self, rel: &str, reviewed: bool) -> std::io::Result<Option<String>> {
        let Some(hash) = self.files.get(rel).and_then(|f| f.hash.clone()) else {
            return Ok(None);
        };
        if reviewed {
            self.reviews.mark(&hash, rel)?;
        } else {
            self.reviews.unmark(&hash)?;
        }
        self.touch();
        Ok(Some(hash))
    }

    /// Trusts a source (or takes the trust back); every file from it is
    /// judged again at once.
    pub fn set_trust(&mut self, source: &Source, trusted: bool) -> std::io::Result<()> {
        self.provenance.set_trust(source, trusted)?;
        self.annotate_all();
        Ok(())
    }

    /// The person says they put the files of unknown source under
    /// `folder` (`input`, `archive`…; "" for all) there themselves: each is
    /// recorded as theirs. Exactly the files [`Model::unknown_source`]
    /// counts: never what the assistant wrote in `output/`. Returns how
    /// many.
    pub fn vouch_for(&mut self, root: &Path, folder: &str) -> std::io::Result<usize> {
        let unknown = self.of_unknown_source(folder);
        for rel in &unknown {
            self.provenance.vouch(rel, &root.join(rel))?;
        }
        self.annotate_all();
        Ok(unknown.len())
    }

    /// How many files of unknown source are in `folder` ("" for all).
    pub fn unknown_source(&self, folder: &str) -> usize {
        self.of_unknown_source(folder).len()
    }

    /// Files that came into the workspace another way than through Airlock,
    /// outside `output/` (where the assistant writes, and where no file is
    /// anyone's to vouch for).
    fn of_unknown_source(&self, folder: &str) -> Vec<String> {
        self.files
            .keys()
            .filter(|rel| folder.is_empty() || rel.starts_with(&format!("{folder}/")))
            .filter(|rel| !rel.starts_with("output/"))
            .filter(|rel| self.provenance.source_of(rel) == Source::Unknown)
            .cloned()
            .collect()
    }

    fn annotate_all(&mut self) {
        let files = std::mem::take(&mut self.files);
        self.files = files
            .into_iter()
            .map(|(rel, report)| (rel, self.provenance.annotate(report)))
            .collect();
        self.touch();
    }

    /// A file (or a folder's files) moved from `from` to `to`: the verdict
    /// and the source go with it.
    fn follow_move(&mut self, from: &str, to: &str) {
        let inside = format!("{from}/");
        let moving: Vec<String> = self
            .files
            .keys()
            .filter(|rel| *rel == from || rel.starts_with(&inside))
            .cloned()
            .collect();
        for old in moving {
            let new = format!("{to}{}", &old[from.len()..]);
            if let Err(err) = self.provenance.moved(&old, &new) {
                log::warn!("provenance of {new} not moved: {err}");
            }
            if let Some(mut report) = self.files.remove(&old) {
                report.path = new.clone();
                let report = self.provenance.annotate(report);
                self.files.insert(new, report);
            }
        }
        // A file the picture did not hold yet still keeps its source.
        if self.provenance.get(from).is_some()
            && let Err(err) = self.provenance.moved(from, to)
        {
            log::warn!("provenance of {to} not moved: {err}");
        }
    }
}

#[cfg(test)]
#[path = "model_tests.rs"]
mod tests;
