//! The end-of-session cleanup: processed inputs move to
//! `archive/YYYY-MM-DD/`, outputs the person marks as sensitive go to the
//! system trash, and `output/` can be emptied into the trash once the
//! results are taken. A backup comes first, so all of it can be undone.

use std::path::{Component, Path, PathBuf};
use std::sync::atomic::AtomicBool;

use serde::{Deserialize, Serialize};

use crate::backup::{self, BackupStore, CreateOptions, Reason};

/// What the person chose.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CleanupChoice {
    /// Paths under `input/` to archive.
    pub archive: Vec<PathBuf>,
    /// Paths under `output/` to send to the trash as sensitive.
    pub trash: Vec<PathBuf>,
    /// Send everything left in `output/` to the trash.
    pub clear_output: bool,
}

/// What the cleanup did, for the report and the undo.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CleanupDone {
    /// The backup taken first; restoring it undoes the cleanup.
    pub backup: String,
    pub archived: Vec<(PathBuf, PathBuf)>,
    pub trashed: Vec<PathBuf>,
    pub problems: Vec<(PathBuf, String)>,
}

impl CleanupDone {
    /// Every path the cleanup touched, for a precise undo.
    pub fn touched(&self) -> Vec<PathBuf> {
        let mut out: Vec<PathBuf> = self
            .archived
            .iter()
            .flat_map(|(from, to)| [from.clone(), to.clone()])
            .chain(self.trashed.iter().cloned())
            .collect();
        out.sort();
        out.dedup();
        out
    }
}

/// Moves a file to the system's trash (where the person can still find
/// it). Tests pass a function that moves it into a folder instead.
pub type Trash<'a> = &'a dyn Fn(&Path) -> std::io::Result<()>;

/// The system trash, through the `trash` crate.
pub fn system_trash(path: &Path) -> std::io::Result<()> {
    trash::delete(path).map_err(std::io::Error::other)
}

pub fn apply(
    workspace: &Path,
    backups: &BackupStore,
    session: Option<&str>,
    choice: &CleanupChoice,
    day: chrono::NaiveDate,
    trash: Trash<'_>,
) -> Result<CleanupDone, backup::BackupError> {
    let lock = backups.lock(workspace)?;
    let created = backup::create(
        backups,
        &lock,
        workspace,
        &CreateOptions {
            reason: Reason::BeforeCleanup,
            session: session.map(str::to_string),
        },
        &AtomicBool::new(false),
        &|_| {},
    )?;
    let mut done = CleanupDone {
        backup: created.id,
        ..CleanupDone::default()
    };
    let unsafe_paths: Vec<&PathBuf> = created.summary.problems.iter().map(|p| &p.path.0).collect();
    let backed_up = |rel: &Path| {
        !unsafe_paths
            .iter()
            .any(|p| rel.starts_with(p) || p.starts_with(rel))
    };

    let archive_day = PathBuf::from("archive").join(day.format("%Y-%m-%d").to_string());
    for rel in &choice.archive {
        if !in_folder(rel, "input") || !backed_up(rel) {
            done.problems.push((
                rel.clone(),
                "is not an input Airlock could back up first".into(),
            ));
            continue;
        }
        let Ok(inside) = rel.strip_prefix("input") else {
            continue;
        };
        let target = free_name(workspace, &archive_day.join(inside));
        match move_within(workspace, rel, &target) {
            Ok(()) => done.archived.push((rel.clone(), target)),
            Err(err) => done
                .problems
                .push((rel.clone(), format!("could not be archived ({err})"))),
        }
    }
    let mut to_trash: Vec<PathBuf> = choice.trash.clone();
    if choice.clear_output {
        to_trash.extend(
            super::current_paths(workspace)
                .into_iter()
                .filter(|p| in_folder(p, "output")),
        );
    }
    to_trash.sort();
    to_trash.dedup();
    for rel in to_trash {
        if !in_folder(&rel, "output") || !backed_up(&rel) {
            done.problems
                .push((rel, "is not an output Airlock could back up first".into()));
            continue;
        }
        let path = workspace.join(&rel);
        match real_file(workspace, &rel).and_then(|()| trash(&path)) {
            Ok(()) => done.trashed.push(rel),
            Err(err) => done
                .problems
                .push((rel, format!("could not go to the trash ({err})"))),
        }
    }
    Ok(done)
}

/// A plain path inside `folder` (no `..`, no absolute path).
fn in_folder(rel: &Path, folder: &str) -> bool {
    let mut parts = rel.components();
    parts.next() == Some(Component::Normal(folder.as_ref()))
        && parts.next().is_some()
        && rel.components().all(|c| matches!(c, Component::Normal(_)))
}

/// The file itself and every folder on its way are real (not links), so
/// nothing outside the workspace can be reached through them.
fn real_file(workspace: &Path, rel: &Path) -> std::io::Result<()> {
    let mut current = workspace.to_path_buf();
    let parts: Vec<Component> = rel.components().collect();
    for (i, part) in parts.iter().enumerate() {
        current.push(part);
        let meta = std::fs::symlink_metadata(&current)?;
        let last = i + 1 == parts.len();
        if !last && !meta.is_dir() {
            return Err(std::io::Error::other("a link or file stands on its way"));
        }
        if last && meta.is_dir() {
            return Err(std::io::Error::other("it is a folder"));
        }
    }
    Ok(())
}

fn move_within(workspace: &Path, from: &Path, to: &Path) -> std::io::Result<()> {
    real_file(workspace, from)?;
    let target = workspace.join(to);
    if let Some(parent) = target.parent() {
        crate::fsutil::create_private_dir_all(parent)?;
    }
    // Never over an existing file: `free_name` chose a new name.
    if std::fs::symlink_metadata(&target).is_ok() {
        return Err(std::io::Error::other("the archive already has that name"));
    }
    std::fs::rename(workspace.join(from), target)
}

/// `rel`, or `name (2).ext`, `name (3).ext`… if taken.
fn free_name(workspace: &Path, rel: &Path) -> PathBuf {
    if std::fs::symlink_metadata(workspace.join(rel)).is_err() {
        return rel.to_path_buf();
    }
    let stem = rel
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let ext = rel
        .extension()
        .map(|e| format!(".{}", e.to_string_lossy()))
        .unwrap_or_default();
    (2..)
        .map(|n| rel.with_file_name(format!("{stem} ({n}){ext}")))
        .find(|p| std::fs::symlink_metadata(workspace.join(p)).is_err())
        .unwrap_or_else(|| rel.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_paths_in_the_named_folder() {
        assert!(in_folder(Path::new("input/a.txt"), "input"));
        assert!(!in_folder(Path::new("input"), "input"));
        assert!(!in_folder(Path::new("input/../x"), "input"));
        assert!(!in_folder(Path::new("output/a.txt"), "input"));
        assert!(!in_folder(Path::new("/input/a.txt"), "input"));
    }
}
