//! Restoring: first a preview (what will be added, replaced, removed),
//! then, after the current state has been backed up as an undo point,
//! the chosen changes. Files come back through a temporary name and a
//! rename, each checked against the manifest's hash on the way.

use std::collections::{BTreeMap, BTreeSet};
use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use super::create::open_workspace;
use super::manifest::{self, Entry, Kind, Reason};
use super::take::{TakeOptions, take_locked};
use super::tree::{self, Found};
use super::{BackupError, BackupStore, Progress, StoreLock};
use crate::fsutil::beneath::{Dir, EntryKind};
use crate::fsutil::stamp;

/// One change a restore would make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanItem {
    pub rel: PathBuf,
    pub kind: Kind,
    pub size: u64,
}

/// What restoring a backup would do to the workspace now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RestorePlan {
    pub id: String,
    /// In the backup, missing from the workspace.
    pub add: Vec<PlanItem>,
    /// In both, but different now.
    pub replace: Vec<PlanItem>,
    /// In the workspace, not in the backup.
    pub remove: Vec<PlanItem>,
    /// Items in both and the same now, folders included.
    pub unchanged: u64,
    /// Of those, the files and links (what a person counts).
    pub unchanged_files: u64,
}

impl RestorePlan {
    pub fn is_empty(&self) -> bool {
        self.add.is_empty() && self.replace.is_empty() && self.remove.is_empty()
    }

    pub fn len(&self) -> usize {
        self.add.len() + self.replace.len() + self.remove.len()
    }

    /// Keeps only the changes for these paths (and what is inside them).
    pub fn keep_only(&mut self, chosen: &BTreeSet<PathBuf>) {
        let keep = |item: &PlanItem| chosen.iter().any(|c| item.rel.starts_with(c));
        self.add.retain(keep);
        self.replace.retain(keep);
        self.remove.retain(keep);
    }

    fn touched(&self) -> impl Iterator<Item = &PlanItem> {
        self.add.iter().chain(&self.replace).chain(&self.remove)
    }
}

/// What a restore did.
#[derive(Debug, Clone)]
pub struct Restored {
    /// The backup restored from.
    pub from: String,
    /// The backup of how things were just before: restoring it undoes this.
    pub undo_id: String,
    pub restored: Vec<PathBuf>,
    pub removed: Vec<PathBuf>,
    /// Files left as they were, with the reason.
    pub problems: Vec<(PathBuf, String)>,
}

impl Restored {
    /// Every path this restore changed, for a precise undo.
    pub fn touched(&self) -> BTreeSet<PathBuf> {
        self.restored.iter().chain(&self.removed).cloned().collect()
    }
}

/// Compares backup `id` with the workspace. With `only`, looks at those
/// paths (files or folders, relative to the workspace) and nothing else.
pub fn plan_restore(
    store: &BackupStore,
    id: &str,
    workspace: &Path,
    only: &[PathBuf],
) -> Result<RestorePlan, BackupError> {
    let manifest = store.manifest(id)?;
    let in_scope = |rel: &Path| only.is_empty() || only.iter().any(|o| rel.starts_with(o));
    let ws = open_workspace(workspace)?;
    let (current, _) = tree::walk_dir(&ws);
    let current: BTreeMap<PathBuf, Found> = current
        .into_iter()
        .filter(|f| in_scope(&f.rel))
        .map(|f| (f.rel.clone(), f))
        .collect();
    let mut plan = RestorePlan {
        id: id.to_string(),
        add: Vec::new(),
        replace: Vec::new(),
        remove: Vec::new(),
        unchanged: 0,
        unchanged_files: 0,
    };
    let mut in_backup = BTreeSet::new();
    for entry in manifest.entries.iter().filter(|e| in_scope(e.rel())) {
        in_backup.insert(entry.rel().to_path_buf());
        let item = PlanItem {
            rel: entry.rel().to_path_buf(),
            kind: entry.kind,
            size: entry.size,
        };
        match current.get(entry.rel()) {
            None => plan.add.push(item),
            Some(now) if differs(&ws, entry, now) => plan.replace.push(item),
            Some(_) => {
                plan.unchanged += 1;
                if entry.kind != Kind::Dir {
                    plan.unchanged_files += 1;
                }
            }
        }
    }
    for (rel, now) in &current {
        // A folder's contents are listed one by one; the folder goes
        // when it is left empty.
        if !in_backup.contains(rel) && now.kind != Kind::Dir {
            plan.remove.push(PlanItem {
                rel: rel.clone(),
                kind: now.kind,
                size: now.size,
            });
        }
    }
    // Folders that already exist need no restoring and are not news.
    plan.add
        .retain(|i| i.kind != Kind::Dir || !current.contains_key(&i.rel));
    Ok(plan)
}

fn differs(ws: &Dir, entry: &Entry, now: &Found) -> bool {
    if entry.kind != now.kind {
        return true;
    }
    match entry.kind {
        Kind::Dir => false,
        Kind::Symlink => entry.target.as_ref().map(|t| &t.0) != now.target.as_ref(),
        Kind::File => {
            if entry.size != now.size {
                return true;
            }
            if stamp::unchanged(&entry.stamp(), &now.stamp) && entry.mode == now.mode {
                return false;
            }
            // Same size, something else moved: only the content decides.
            match ws.open_file(&now.rel).and_then(tree::hash_open) {
                Ok((hash, _)) => Some(&hash) != entry.hash.as_ref(),
                Err(_) => true,
            }
        }
    }
}

/// Carries out `plan` (possibly narrowed with [`RestorePlan::keep_only`])
/// after backing up the workspace as it is now.
pub fn apply_restore(
    store: &BackupStore,
    lock: &StoreLock,
    workspace: &Path,
    plan: &RestorePlan,
    cancel: &AtomicBool,
    progress: &(dyn Fn(Progress) + Sync),
) -> Result<Restored, BackupError> {
    let manifest = store.manifest(&plan.id)?;
    let entries: BTreeMap<&Path, &Entry> = manifest.entries.iter().map(|e| (e.rel(), e)).collect();
    let content = store.content_dir(&plan.id)?;

    let safety = take_locked(
        store,
        lock,
        workspace,
        &TakeOptions {
            reason: Reason::BeforeRestore,
            session: None,
            keep: None,
        },
        cancel,
        &|_, _| {},
    )?;
    // Anything the restore would touch must be safely in the undo point.
    if let Some(item) = plan.touched().find(|i| !safety.covers(&i.rel)) {
        return Err(BackupError::SafetyBackupIncomplete(
            item.rel.display().to_string(),
        ));
    }

    let ws = open_workspace(workspace)?;
    // Until the end, a killed restore is recognised at the next start.
    let store_dir = store.open_dir()?;
    if let Err(err) = store_dir.create_new_here(OsStr::new(RESTORING_MARK), 0o600) {
        log::debug!("restore mark: {err}");
    }
    let mut done = Restored {
        from: plan.id.clone(),
        undo_id: safety.created.id,
        restored: Vec::new(),
        removed: Vec::new(),
        problems: Vec::new(),
    };
    let total = (plan.add.len() + plan.replace.len() + plan.remove.len()) as u64;
    let bytes_total = plan.add.iter().chain(&plan.replace).map(|i| i.size).sum();
    let mut progress_now = Progress {
        files_done: 0,
        files_total: total,
        bytes_done: 0,
        bytes_total,
    };
    let mut to_restore: Vec<&PlanItem> = plan.add.iter().chain(&plan.replace).collect();
    to_restore.sort_by(|a, b| a.rel.cmp(&b.rel));
    for item in to_restore {
        if cancel.load(Ordering::Relaxed) {
            break;
        }
        let Some(entry) = entries.get(item.rel.as_path()) else {
            done.problems
                .push((item.rel.clone(), "is not in this backup".into()));
            continue;
        };
        match restore_one(&ws, &content, entry) {
            Ok(()) => done.restored.push(item.rel.clone()),
            Err(why) => {
                log::warn!("restore {}: {why}", item.rel.display());
                done.problems.push((item.rel.clone(), why));
            }
        }
        progress_now.files_done += 1;
        progress_now.bytes_done += item.size;
        progress(progress_now);
    }
    for item in &plan.remove {
        if cancel.load(Ordering::Relaxed) {
            break;
        }
        match remove_one(&ws, &item.rel) {
            Ok(()) => done.removed.push(item.rel.clone()),
            Err(err) => done
                .problems
                .push((item.rel.clone(), format!("could not be removed ({err})"))),
        }
        progress_now.files_done += 1;
        progress(progress_now);
    }
    remove_emptied_folders(&ws, &manifest, &done.removed);
    let _ = store_dir.remove_file_here(OsStr::new(RESTORING_MARK));
    log::info!(
        "restored from {}: {} restored, {} removed, {} problems; undo with {}",
        plan.id,
        done.restored.len(),
        done.removed.len(),
        done.problems.len(),
        done.undo_id
    );
    Ok(done)
}

fn restore_one(ws: &Dir, content: &Dir, entry: &Entry) -> Result<(), String> {
    let rel = entry.rel();
    let (parent_rel, name) = match (rel.parent(), rel.file_name()) {
        (Some(parent), Some(name)) => (parent, name),
        _ => return Err("is not a plain path inside the workspace".into()),
    };
    let dir = ensure_real_folders(ws, parent_rel)
        .map_err(|e| format!("its folder could not be made ({e})"))?;
    match entry.kind {
        Kind::Dir => {
            match dir.stat_here(name) {
                Ok(stat) if stat.kind == EntryKind::Dir => return Ok(()),
                Ok(_) => dir.remove_file_here(name).map_err(|e| e.to_string())?,
                Err(_) => {}
            }
            let made = dir
                .create_dir_all(Path::new(name))
                .map_err(|e| e.to_string())?;
            if let Some(mode) = entry.mode {
                let _ = made.set_mode_self(mode);
            }
            Ok(())
        }
        Kind::File => {
            let temp = temp_name();
            let hash = copy_checked(content, rel, &dir, &temp, entry).inspect_err(|_| {
                let _ = dir.remove_file_here(&temp);
            })?;
            if Some(&hash) != entry.hash.as_ref() {
                let _ = dir.remove_file_here(&temp);
                return Err("the backup's copy is damaged, so the file was left as it is".into());
            }
            clear_for(&dir, name).map_err(|e| e.to_string())?;
            dir.rename_here(&temp, &dir, name).map_err(|e| {
                let _ = dir.remove_file_here(&temp);
                e.to_string()
            })
        }
        Kind::Symlink => {
            let link_target = entry
                .target
                .as_ref()
                .map(|t| t.0.clone())
                .unwrap_or_default();
            let temp = temp_name();
            dir.symlink_here(&link_target, &temp)
                .map_err(|e| e.to_string())?;
            clear_for(&dir, name).map_err(|e| e.to_string())?;
            dir.rename_here(&temp, &dir, name).map_err(|e| {
                let _ = dir.remove_file_here(&temp);
                e.to_string()
            })
        }
    }
}

/// Makes every folder on the way a real folder and returns the last one:
/// a link put where a folder was (say, to ~/.ssh) is removed rather than
/// written through. The undo point holds whatever was there.
fn ensure_real_folders(ws: &Dir, rel_dir: &Path) -> std::io::Result<Dir> {
    let mut current = ws.try_clone()?;
    for part in rel_dir.components() {
        let std::path::Component::Normal(name) = part else {
            return Err(std::io::Error::other("not a plain path"));
        };
        match current.stat_here(name) {
            Ok(stat) if stat.kind == EntryKind::Dir => {}
            Ok(_) => current.remove_file_here(name)?,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {}
            Err(err) => return Err(err),
        }
        // Opening refuses a link that appeared since: never through one.
        current = current.create_dir_all(Path::new(name))?;
    }
    Ok(current)
}

/// A folder standing where a file must go is moved out of the way (it is
/// in the undo point); a file or link is simply replaced by the rename.
fn clear_for(dir: &Dir, name: &OsStr) -> std::io::Result<()> {
    match dir.stat_here(name) {
        Ok(stat) if stat.kind == EntryKind::Dir => dir.remove_all_here(name),
        _ => Ok(()),
    }
}

/// The prefix of a restore's temporary files: what
/// [`clean_interrupted_restores`] looks for.
pub const TEMP_PREFIX: &str = ".airlock-restore-";
const TEMP_SUFFIX: &str = ".tmp";

/// Left in the backup folder while a restore writes into the workspace:
/// found at a start, it says a restore was killed.
pub const RESTORING_MARK: &str = ".airlock-restoring";

/// Removes the temporary files a killed restore left in the workspace
/// (`.airlock-restore-*.tmp`), by handle, when the mark of a restore in
/// progress is still there (so an ordinary start reads nothing). Call
/// only while holding the store's lock, so no running restore's files
/// are taken. Returns how many were removed.
pub fn clean_interrupted_restores(
    store: &BackupStore,
    workspace: &Path,
    _lock: &StoreLock,
) -> usize {
    let Ok(store_dir) = store.open_dir() else {
        return 0;
    };
    if store_dir.stat_here(OsStr::new(RESTORING_MARK)).is_err() {
        return 0;
    }
    let Ok(ws) = Dir::open(workspace) else {
        return 0;
    };
    let mut removed = 0;
    for (rel, stat) in ws.walk().entries {
        let is_temp = rel
            .file_name()
            .and_then(OsStr::to_str)
            .is_some_and(|name| name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX));
        if is_temp && stat.kind != EntryKind::Dir && ws.remove_file(&rel).is_ok() {
            log::info!("removed {} left by an interrupted restore", rel.display());
            removed += 1;
        }
    }
    let _ = store_dir.remove_file_here(OsStr::new(RESTORING_MARK));
    removed
}

fn temp_name() -> OsString {
    static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    OsString::from(format!(
        "{TEMP_PREFIX}{}-{n}{TEMP_SUFFIX}",
        std::process::id()
    ))
}

fn copy_checked(
    content: &Dir,
    rel: &Path,
    dir: &Dir,
    temp: &OsStr,
    entry: &Entry,
) -> Result<String, String> {
    let mut input = content
        .open_file(rel)
        .map_err(|e| format!("the backup's copy is missing ({e})"))?;
    let mut output = dir
        .create_new_here(temp, 0o600)
        .map_err(|e| e.to_string())?;
    let mut hasher = blake3::Hasher::new();
    let mut tee = Tee {
        out: &mut output,
        hasher: &mut hasher,
    };
    std::io::copy(&mut input, &mut tee).map_err(|e| e.to_string())?;
    if let Some(time) = entry.mtime.and_then(manifest::system_time) {
        let _ = output.set_modified(time);
    }
    if let Some(mode) = entry.mode {
        let _ = manifest::set_file_mode(&output, mode);
    }
    Ok(hasher.finalize().to_hex().to_string())
}

struct Tee<'a> {
    out: &'a mut std::fs::File,
    hasher: &'a mut blake3::Hasher,
}

impl std::io::Write for Tee<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.out.write(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

fn remove_one(ws: &Dir, rel: &Path) -> std::io::Result<()> {
    // Never through a link: every folder on the way must be real.
    let (dir, name) = ws.parent_of(rel)?;
    if dir.stat_here(name)?.kind == EntryKind::Dir {
        return Err(std::io::Error::other("it is now a folder"));
    }
    dir.remove_file_here(name)
}

/// Removes folders emptied by the restore that the backup did not have.
fn remove_emptied_folders(ws: &Dir, manifest: &manifest::Manifest, removed: &[PathBuf]) {
    let kept: BTreeSet<&Path> = manifest
        .entries
        .iter()
        .filter(|e| e.kind == Kind::Dir)
        .map(|e| e.rel())
        .collect();
    let mut candidates: BTreeSet<PathBuf> = BTreeSet::new();
    for rel in removed {
        let mut parent = rel.parent();
        while let Some(dir) = parent.filter(|d| !d.as_os_str().is_empty()) {
            candidates.insert(dir.to_path_buf());
            parent = dir.parent();
        }
    }
    // Deepest first, so a parent can go once its children have.
    for dir in candidates.iter().rev() {
        if !kept.contains(dir.as_path()) {
            // Fails, harmlessly, when the folder is not empty.
            let _ = ws
                .parent_of(dir)
                .and_then(|(parent, name)| parent.remove_dir_here(name));
        }
    }
}
