//! The end-of-session cleanup: processed inputs move to
//! `archive/YYYY-MM-DD/`, outputs the person marks as sensitive go to the
//! system trash, and `output/` can be emptied into the trash once the
//! results are taken. A backup comes first, so all of it can be undone.

use std::path::{Component, Path, PathBuf};
use std::sync::atomic::AtomicBool;

use serde::{Deserialize, Serialize};

use crate::backup::{self, BackupStore, Reason, TakeOptions};
use crate::fsutil::beneath::{self, Dir, EntryKind};

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
    /// What was left as it was, and why (records written before these
    /// were messages hold the English sentence, read as plain words).
    pub problems: Vec<(PathBuf, crate::i18n::Msg)>,
    /// Set when removed outputs were kept in Airlock's own trash folder
    /// (because the system's trash would have been inside the workspace,
    /// or could not take them): where they are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kept_in: Option<PathBuf>,
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

/// Where removed outputs end up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TrashPlace {
    /// The system's trash, which is outside the workspace.
    System,
    /// Airlock's own trash folder (under its data folder), because the
    /// system's trash for this workspace would be inside it (a workspace
    /// that is a file system of its own keeps its trash at its top).
    Own(PathBuf),
}

/// Airlock's own trash folder in its data folder.
pub fn own_trash_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("trash")
}

/// The person's own trash folder, where the system puts files from the
/// home folder's file system.
pub fn home_trash_dir() -> Option<PathBuf> {
    let base = directories::BaseDirs::new()?;
    if cfg!(target_os = "macos") {
        Some(base.home_dir().join(".Trash"))
    } else {
        Some(base.data_local_dir().join("Trash"))
    }
}

/// The device a path (or, if it does not exist yet, its nearest existing
/// parent) is on.
pub fn device_of(path: &Path) -> Option<u64> {
    let mut current = Some(path);
    while let Some(p) = current {
        if let Ok(meta) = std::fs::metadata(p) {
            return crate::fsutil::stamp::FileStamp::of(&meta).dev;
        }
        current = p.parent();
    }
    None
}

/// Decides where removed outputs go, from devices, not names. A file on
/// the home folder's file system goes to the home trash; a file on
/// another file system goes, by the system's rules, to a trash folder at
/// the top of that file system (`.Trash-1000`, `.Trashes`,
/// `$Recycle.Bin`). When that top is the workspace or inside it (or the
/// quarantine), the system's trash would be where the assistant can read
/// it, so Airlock keeps the files in `own` instead.
pub fn trash_place(
    workspace: &Path,
    quarantine: Option<&Path>,
    home_trash: Option<&Path>,
    own: &Path,
    device: &dyn Fn(&Path) -> Option<u64>,
) -> TrashPlace {
    let inside_kept =
        |p: &Path| p.starts_with(workspace) || quarantine.is_some_and(|q| p.starts_with(q));
    let Some(ws_dev) = device(workspace) else {
        return TrashPlace::Own(own.to_path_buf());
    };
    if let Some(home_trash) = home_trash
        && device(home_trash) == Some(ws_dev)
    {
        return if inside_kept(home_trash) {
            TrashPlace::Own(own.to_path_buf())
        } else {
            TrashPlace::System
        };
    }
    // The top of the workspace's file system: the highest folder on the
    // same device.
    let mut top = workspace;
    while let Some(parent) = top.parent() {
        if device(parent) != Some(ws_dev) {
            break;
        }
        top = parent;
    }
    if inside_kept(top) {
        TrashPlace::Own(own.to_path_buf())
    } else {
        TrashPlace::System
    }
}

/// Where the cleanup sends removed outputs: the system trash (through
/// `system`) unless [`trash_place`] says it would be inside the
/// workspace or the quarantine; then Airlock's own folder `own`.
pub struct TrashBin<'a> {
    pub place: TrashPlace,
    /// Where files wait, out of the workspace, before the system trash
    /// takes them (Airlock's own trash folder).
    pub own: PathBuf,
    pub system: Trash<'a>,
}

impl<'a> TrashBin<'a> {
    /// The bin for this workspace, decided on this computer's devices.
    pub fn for_workspace(
        workspace: &Path,
        quarantine: Option<&Path>,
        data_dir: &Path,
        system: Trash<'a>,
    ) -> Self {
        let own = own_trash_dir(data_dir);
        let place = trash_place(
            workspace,
            quarantine,
            home_trash_dir().as_deref(),
            &own,
            &device_of,
        );
        Self { place, own, system }
    }
}

pub fn apply(
    workspace: &Path,
    backups: &BackupStore,
    session: Option<&str>,
    choice: &CleanupChoice,
    day: chrono::NaiveDate,
    bin: &TrashBin<'_>,
) -> Result<CleanupDone, backup::BackupError> {
    // Held to the end, so no other backup or restore runs mid-cleanup.
    let lock = backups.lock(workspace)?;
    let taken = backup::take_locked(
        backups,
        &lock,
        workspace,
        &TakeOptions {
            reason: Reason::BeforeCleanup,
            session: session.map(str::to_string),
            keep: None,
        },
        &AtomicBool::new(false),
        &|_, _| {},
    )?;
    let mut done = CleanupDone {
        backup: taken.id().to_string(),
        ..CleanupDone::default()
    };
    let ws = Dir::open(workspace)
        .map_err(|_| backup::BackupError::WorkspaceIsLink(workspace.to_path_buf()))?;
    let backed_up = |rel: &Path| taken.covers(rel);

    let archive_day = PathBuf::from("archive").join(day.format("%Y-%m-%d").to_string());
    for rel in &choice.archive {
        if !in_folder(rel, "input") || !backed_up(rel) {
            done.problems
                .push((rel.clone(), crate::msg!("cleanup-problem-not-input")));
            continue;
        }
        let Ok(inside) = rel.strip_prefix("input") else {
            continue;
        };
        match move_within(&ws, rel, &archive_day.join(inside)) {
            Ok(target) => done.archived.push((rel.clone(), target)),
            Err(err) => done.problems.push((
                rel.clone(),
                crate::msg!("cleanup-problem-not-archived", error = err.to_string()),
            )),
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
    let batch = bin
        .own
        .join(chrono::Local::now().format("%Y%m%d-%H%M%S").to_string());
    for rel in to_trash {
        if !(in_folder(&rel, "output") || is_stray(&rel)) || !backed_up(&rel) {
            done.problems
                .push((rel, crate::msg!("cleanup-problem-not-output")));
            continue;
        }
        match to_bin(&ws, &rel, &batch, bin) {
            Ok(Binned::System) => done.trashed.push(rel),
            Ok(Binned::Own) => {
                done.kept_in = Some(batch.clone());
                done.trashed.push(rel);
            }
            Err(err) => done.problems.push((
                rel,
                crate::msg!("cleanup-problem-not-trashed", error = err.to_string()),
            )),
        }
    }
    Ok(done)
}

enum Binned {
    System,
    Own,
}

/// Takes the file out of the workspace by handle into Airlock's own trash
/// folder (so a folder swapped for a link cannot make anything outside go
/// instead), then hands it to the system trash when that is allowed. A
/// file the system trash refuses stays in Airlock's folder: never lost.
fn to_bin(ws: &Dir, rel: &Path, batch: &Path, bin: &TrashBin<'_>) -> std::io::Result<Binned> {
    let (dir, name) = ws.parent_of(rel)?;
    match dir.stat_here(name)?.kind {
        EntryKind::File | EntryKind::Symlink => {}
        _ => return Err(std::io::Error::other("it is a folder")),
    }
    crate::fsutil::create_private_dir_all(batch)?;
    let kept = Dir::open(batch)?;
    let kept_name = crate::workspace::intake::free_name(&kept, name);
    beneath::move_entry(&dir, name, &kept, &kept_name)?;
    if bin.place != TrashPlace::System {
        return Ok(Binned::Own);
    }
    match (bin.system)(&batch.join(&kept_name)) {
        Ok(()) => {
            // The batch folder goes once it is empty.
            let _ = std::fs::remove_dir(batch);
            Ok(Binned::System)
        }
        Err(err) => {
            log::warn!("system trash refused {}: {err}", rel.display());
            Ok(Binned::Own)
        }
    }
}

/// A plain path outside the workspace's three folders: a file the
/// assistant left where nothing belongs, which the cleanup may also send
/// to the trash.
pub fn is_stray(rel: &Path) -> bool {
    let plain = rel.components().all(|c| matches!(c, Component::Normal(_)));
    let first = rel.components().next().and_then(|c| c.as_os_str().to_str());
    plain && first.is_some_and(|f| !crate::workspace::FOLDERS.contains(&f))
}

/// A plain path inside `folder` (no `..`, no absolute path).
fn in_folder(rel: &Path, folder: &str) -> bool {
    let mut parts = rel.components();
    parts.next() == Some(Component::Normal(folder.as_ref()))
        && parts.next().is_some()
        && rel.components().all(|c| matches!(c, Component::Normal(_)))
}

/// Moves the file `from` to `to` (or `name (2).ext`… if taken) inside the
/// workspace, by handle: every folder on the way must be real. Returns
/// where it went.
fn move_within(ws: &Dir, from: &Path, to: &Path) -> std::io::Result<PathBuf> {
    let (dir, name) = ws.parent_of(from)?;
    if dir.stat_here(name)?.kind == EntryKind::Dir {
        return Err(std::io::Error::other("it is a folder"));
    }
    let (to_parent, to_name) = match (to.parent(), to.file_name()) {
        (Some(parent), Some(name)) => (parent, name),
        _ => return Err(std::io::Error::other("not a plain path")),
    };
    let target_dir = ws.create_dir_all(to_parent)?;
    let target_name = crate::workspace::intake::free_name(&target_dir, to_name);
    // Never over an existing file.
    dir.rename_new_here(name, &target_dir, &target_name)?;
    Ok(to_parent.join(target_name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_from_before_messages_still_read() {
        let old = r#"{"backup":"b1","archived":[],"trashed":[],"problems":[["input/a.txt","could not be archived (busy)"]]}"#;
        let done: CleanupDone = serde_json::from_str(old).unwrap();
        assert_eq!(
            done.problems[0].1.render(crate::i18n::Lang::Fr),
            "could not be archived (busy)"
        );
        let new = serde_json::to_string(&CleanupDone {
            problems: vec![(
                "input/a.txt".into(),
                crate::msg!("cleanup-problem-not-input"),
            )],
            ..CleanupDone::default()
        })
        .unwrap();
        let back: CleanupDone = serde_json::from_str(&new).unwrap();
        assert_eq!(back.problems[0].1.id, "cleanup-problem-not-input");
    }

    #[test]
    fn strays_are_files_outside_the_three_folders() {
        assert!(is_stray(Path::new("scratch.txt")));
        assert!(is_stray(Path::new("notes/draft.md")));
        for kept in [
            "input/a.txt",
            "output/a.txt",
            "archive/a.txt",
            "../x",
            "/etc/passwd",
        ] {
            assert!(!is_stray(Path::new(kept)), "{kept}");
        }
    }

    #[test]
    fn only_plain_paths_in_the_named_folder() {
        assert!(in_folder(Path::new("input/a.txt"), "input"));
        assert!(!in_folder(Path::new("input"), "input"));
        assert!(!in_folder(Path::new("input/../x"), "input"));
        assert!(!in_folder(Path::new("output/a.txt"), "input"));
        assert!(!in_folder(Path::new("/input/a.txt"), "input"));
    }

    /// A fake computer: `/` and `/home` on device 1, the workspace a file
    /// system of its own (device 2) or a folder on a data disk (device 3).
    fn fake_device(path: &Path) -> Option<u64> {
        if path.starts_with("/mnt/ws") {
            Some(2)
        } else if path.starts_with("/data") {
            Some(3)
        } else {
            Some(1)
        }
    }

    #[test]
    fn a_workspace_that_is_its_own_file_system_gets_airlock_trash() {
        let own = Path::new("/home/ann/.local/share/airlock/trash");
        let home_trash = Path::new("/home/ann/.local/share/Trash");
        let place = |ws: &str| {
            trash_place(
                Path::new(ws),
                Some(Path::new("/home/ann/Cowork-Quarantine")),
                Some(home_trash),
                own,
                &fake_device,
            )
        };
        // Its own file system: the system would use /mnt/ws/.Trash-1000.
        assert_eq!(place("/mnt/ws"), TrashPlace::Own(own.to_path_buf()));
        // On the home's file system: the home trash is outside.
        assert_eq!(place("/home/ann/Cowork-Workspace"), TrashPlace::System);
        // On a data disk whose top is above the workspace: /data/.Trash-1000
        // is outside it.
        assert_eq!(place("/data/work/ws"), TrashPlace::System);
    }
}
