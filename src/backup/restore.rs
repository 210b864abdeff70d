//! Restoring: first a preview (what will be added, replaced, removed),
//! then, after the current state has been backed up as an undo point,
//! the chosen changes. Files come back through a temporary name and a
//! rename, each checked against the manifest's hash on the way.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use super::create::{CreateOptions, create, make_symlink};
use super::manifest::{self, Entry, Kind, Reason};
use super::tree::{self, Found};
use super::{BackupError, BackupStore, Progress, StoreLock};

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
    pub unchanged: u64,
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
    let (current, _) = tree::walk(workspace);
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
            Some(now) if differs(workspace, entry, now) => plan.replace.push(item),
            Some(_) => plan.unchanged += 1,
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

fn differs(workspace: &Path, entry: &Entry, now: &Found) -> bool {
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
            if entry.mtime == now.mtime && entry.mode == now.mode {
                return false;
            }
            // Same size, other time: only the content decides.
            match tree::hash_file(&workspace.join(&now.rel)) {
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
    let content = store.path_of(&plan.id)?.join(manifest::CONTENT_DIR);

    let safety = create(
        store,
        lock,
        workspace,
        &CreateOptions {
            reason: Reason::BeforeRestore,
            session: None,
        },
        cancel,
        &|_| {},
    )?;
    // Anything the restore would touch must be safely in the undo point.
    for problem in &safety.summary.problems {
        let p = &problem.path.0;
        if plan
            .touched()
            .any(|i| i.rel.starts_with(p) || p.starts_with(&i.rel))
        {
            return Err(BackupError::SafetyBackupIncomplete(p.display().to_string()));
        }
    }

    let mut done = Restored {
        from: plan.id.clone(),
        undo_id: safety.id,
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
        match restore_one(workspace, &content, entry) {
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
        match remove_one(workspace, &item.rel) {
            Ok(()) => done.removed.push(item.rel.clone()),
            Err(err) => done
                .problems
                .push((item.rel.clone(), format!("could not be removed ({err})"))),
        }
        progress_now.files_done += 1;
        progress(progress_now);
    }
    remove_emptied_folders(workspace, &manifest, &done.removed);
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

fn restore_one(workspace: &Path, content: &Path, entry: &Entry) -> Result<(), String> {
    let rel = entry.rel();
    let target = workspace.join(rel);
    if let Some(parent) = rel.parent() {
        ensure_real_folders(workspace, parent)
            .map_err(|e| format!("its folder could not be made ({e})"))?;
    }
    match entry.kind {
        Kind::Dir => {
            match std::fs::symlink_metadata(&target) {
                Ok(meta) if meta.is_dir() => return Ok(()),
                Ok(_) => std::fs::remove_file(&target).map_err(|e| e.to_string())?,
                Err(_) => {}
            }
            std::fs::create_dir(&target).map_err(|e| e.to_string())?;
            if let Some(mode) = entry.mode {
                let _ = manifest::set_mode(&target, mode);
            }
            Ok(())
        }
        Kind::File => {
            let temp = temp_name(&target);
            let hash = copy_checked(&content.join(rel), &temp, entry).inspect_err(|_| {
                let _ = std::fs::remove_file(&temp);
            })?;
            if Some(&hash) != entry.hash.as_ref() {
                let _ = std::fs::remove_file(&temp);
                return Err("the backup's copy is damaged, so the file was left as it is".into());
            }
            clear_for(&target).map_err(|e| e.to_string())?;
            std::fs::rename(&temp, &target).map_err(|e| {
                let _ = std::fs::remove_file(&temp);
                e.to_string()
            })
        }
        Kind::Symlink => {
            let link_target = entry
                .target
                .as_ref()
                .map(|t| t.0.clone())
                .unwrap_or_default();
            let temp = temp_name(&target);
            make_symlink(&link_target, &temp).map_err(|e| e.to_string())?;
            clear_for(&target).map_err(|e| e.to_string())?;
            std::fs::rename(&temp, &target).map_err(|e| {
                let _ = std::fs::remove_file(&temp);
                e.to_string()
            })
        }
    }
}

/// Makes every folder on the way a real folder: a link put where a folder
/// was (say, to ~/.ssh) is removed rather than written through. The
/// undo point holds whatever was there.
fn ensure_real_folders(workspace: &Path, rel_dir: &Path) -> std::io::Result<()> {
    let mut current = workspace.to_path_buf();
    for part in rel_dir.components() {
        current.push(part);
        match std::fs::symlink_metadata(&current) {
            Ok(meta) if meta.is_dir() => continue,
            Ok(_) => {
                std::fs::remove_file(&current)?;
                std::fs::create_dir(&current)?;
            }
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                std::fs::create_dir(&current)?;
            }
            Err(err) => return Err(err),
        }
    }
    Ok(())
}

/// A folder standing where a file must go is moved out of the way (it is
/// in the undo point); a file or link is simply replaced by the rename.
fn clear_for(target: &Path) -> std::io::Result<()> {
    match std::fs::symlink_metadata(target) {
        Ok(meta) if meta.is_dir() => std::fs::remove_dir_all(target),
        _ => Ok(()),
    }
}

fn temp_name(target: &Path) -> PathBuf {
    static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let name = format!(".airlock-restore-{}-{n}.tmp", std::process::id());
    target.with_file_name(name)
}

fn copy_checked(from: &Path, to: &Path, entry: &Entry) -> Result<String, String> {
    let mut input =
        std::fs::File::open(from).map_err(|e| format!("the backup's copy is missing ({e})"))?;
    let mut output = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(to)
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
    drop(output);
    if let Some(mode) = entry.mode {
        let _ = manifest::set_mode(to, mode);
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

fn remove_one(workspace: &Path, rel: &Path) -> std::io::Result<()> {
    let path = workspace.join(rel);
    // Never through a link: every folder on the way must be real.
    if let Some(parent) = rel.parent() {
        let mut current = workspace.to_path_buf();
        for part in parent.components() {
            current.push(part);
            if std::fs::symlink_metadata(&current)?
                .file_type()
                .is_symlink()
            {
                return Err(std::io::Error::other("a link stands on its way"));
            }
        }
    }
    let meta = std::fs::symlink_metadata(&path)?;
    if meta.is_dir() {
        return Err(std::io::Error::other("it is now a folder"));
    }
    std::fs::remove_file(&path)
}

/// Removes folders emptied by the restore that the backup did not have.
fn remove_emptied_folders(workspace: &Path, manifest: &manifest::Manifest, removed: &[PathBuf]) {
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
            let _ = std::fs::remove_dir(workspace.join(dir));
        }
    }
}
