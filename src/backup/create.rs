//! Making a backup: copy into a hidden work folder, hard-link what has not
//! changed since the previous backup, write the manifest last, rename into
//! place. Files are copied in parallel; stopping leaves nothing behind.

use std::collections::HashMap;
use std::ffi::{OsStr, OsString};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use chrono::Local;
use rayon::prelude::*;

use super::manifest::{self, Entry, ExactPath, Kind, Manifest, Problem, Reason, Summary};
use super::tree::{self, Found};
use super::{BackupError, BackupStore, ID_PREFIX, PARTIAL_SUFFIX, Progress, StoreLock, io_err};
use crate::fsutil::beneath::Dir;
use crate::fsutil::stamp::{self, FileStamp};

#[derive(Debug, Clone, Default)]
pub struct CreateOptions {
    pub reason: Reason,
    pub session: Option<String>,
}

/// A finished backup.
#[derive(Debug, Clone)]
pub struct Created {
    pub id: String,
    pub path: PathBuf,
    pub summary: Summary,
}

/// Backs up `workspace` into the store. `progress` is called as files
/// are done (from worker threads); setting `cancel` stops the work and
/// removes what was made.
pub fn create(
    store: &BackupStore,
    lock: &StoreLock,
    workspace: &Path,
    options: &CreateOptions,
    cancel: &AtomicBool,
    progress: &(dyn Fn(Progress) + Sync),
) -> Result<Created, BackupError> {
    let ws = open_workspace(workspace)?;
    super::check_location(&store.dir, workspace)?;
    store.clean_leftovers(lock);
    let store_dir = store.open_dir()?;

    let started = Local::now();
    let id = free_id(&store_dir, started);
    let partial_name = OsString::from(format!(".{id}{PARTIAL_SUFFIX}"));
    let partial = store.dir.join(&partial_name);
    let (found, mut problems) = tree::walk_dir(&ws);
    let previous = previous_backup(store, &store_dir, workspace);

    // An automatic backup of an unchanged workspace is a reference to the
    // previous one: it still exists (a session's start, an undo point),
    // without a copy of its own.
    if options.reason != Reason::Manual
        && problems.is_empty()
        && let Some(previous) = previous.as_ref().filter(|p| p.same_tree(&found))
    {
        let summary = Summary {
            format: manifest::FORMAT,
            id: id.clone(),
            workspace: workspace.to_path_buf(),
            started,
            finished: Local::now(),
            reason: options.reason,
            session: options.session.clone(),
            complete: true,
            problems: Vec::new(),
            files: previous.summary.files,
            bytes: previous.summary.bytes,
            bytes_copied: 0,
            files_linked: 0,
            linked_to: Some(previous.id.clone()),
            same_as: Some(previous.holder.clone()),
            audit_head: store.audit_head(),
        };
        let manifest = Manifest {
            summary,
            entries: previous.entries.clone(),
        };
        return finish(store, &store_dir, &partial_name, &id, &manifest);
    }

    let content = store_dir
        .create_dir_all(&Path::new(&partial_name).join(manifest::CONTENT_DIR))
        .map_err(io_err("creating the backup folder", &partial))?;
    // From here on, any early return removes the work folder.
    let guard = RemoveOnDrop(Some((
        store_dir
            .try_clone()
            .map_err(io_err("creating the backup folder", &partial))?,
        partial_name.clone(),
    )));
    let files_total = found.iter().filter(|f| f.kind == Kind::File).count() as u64;
    let bytes_total = found.iter().map(|f| f.size).sum();
    let counters = Counters::default();
    let report = |counters: &Counters| {
        progress(Progress {
            files_done: counters.files.load(Ordering::Relaxed),
            files_total,
            bytes_done: counters.bytes.load(Ordering::Relaxed),
            bytes_total,
        })
    };
    report(&counters);

    // Folders first (private while the backup is made), then files in
    // parallel, then links.
    for dir in found.iter().filter(|f| f.kind == Kind::Dir) {
        content
            .create_dir_all(&dir.rel)
            .map_err(io_err("creating a folder in the backup", &partial))?;
    }
    let copied: Vec<Result<(Entry, Copy), Problem>> = found
        .par_iter()
        .filter(|f| f.kind == Kind::File)
        .map(|file| {
            if cancel.load(Ordering::Relaxed) {
                return Err(Problem {
                    path: ExactPath(file.rel.clone()),
                    what: "stopped".into(),
                });
            }
            // Big files report as they go, and stop mid-way when asked.
            let on_chunk = |n: u64| {
                counters.bytes.fetch_add(n, Ordering::Relaxed);
                report(&counters);
                !cancel.load(Ordering::Relaxed)
            };
            let result = back_up_file(&ws, &content, file, previous.as_ref(), &on_chunk);
            if matches!(result, Ok((_, Copy::Linked))) {
                counters.bytes.fetch_add(file.size, Ordering::Relaxed);
            }
            counters.files.fetch_add(1, Ordering::Relaxed);
            report(&counters);
            result
        })
        .collect();
    if cancel.load(Ordering::Relaxed) {
        return Err(BackupError::Cancelled);
    }

    let mut entries = Vec::with_capacity(found.len());
    let (mut bytes_copied, mut files_linked, mut bytes) = (0u64, 0u64, 0u64);
    for result in copied {
        match result {
            Ok((entry, how)) => {
                bytes += entry.size;
                match how {
                    Copy::Linked => files_linked += 1,
                    Copy::Copied => bytes_copied += entry.size,
                }
                entries.push(entry);
            }
            Err(problem) => problems.push(problem),
        }
    }
    for link in found.iter().filter(|f| f.kind == Kind::Symlink) {
        match copy_link(&content, link) {
            Ok(entry) => entries.push(entry),
            Err(problem) => problems.push(problem),
        }
    }
    for dir in found.iter().filter(|f| f.kind == Kind::Dir) {
        entries.push(Entry::found(
            dir.rel.clone(),
            Kind::Dir,
            &dir.stamp,
            dir.mode,
        ));
    }
    // Folder times last: writing into a folder changes its time.
    for dir in found.iter().rev().filter(|f| f.kind == Kind::Dir) {
        if let Some(time) = dir.mtime.and_then(manifest::system_time)
            && let Ok(handle) = content.open_dir(&dir.rel).and_then(|d| d.as_file())
        {
            let _ = handle.set_modified(time);
        }
    }
    entries.sort_by(|a, b| a.path.cmp(&b.path));
    problems.sort_by(|a, b| a.path.cmp(&b.path));

    let summary = Summary {
        format: manifest::FORMAT,
        id: id.clone(),
        workspace: workspace.to_path_buf(),
        started,
        finished: Local::now(),
        reason: options.reason,
        session: options.session.clone(),
        complete: problems.is_empty(),
        problems,
        files: files_total,
        bytes,
        bytes_copied,
        files_linked,
        linked_to: previous.as_ref().map(|p| p.id.clone()),
        same_as: None,
        audit_head: store.audit_head(),
    };
    let manifest = Manifest { summary, entries };
    let created = finish(store, &store_dir, &partial_name, &id, &manifest)?;
    guard.disarm();
    Ok(created)
}

/// Writes the manifest last and renames the work folder into place.
fn finish(
    store: &BackupStore,
    store_dir: &Dir,
    partial_name: &OsStr,
    id: &str,
    manifest: &Manifest,
) -> Result<Created, BackupError> {
    let partial = store.dir.join(partial_name);
    let json = serde_json::to_vec(manifest).map_err(|e| BackupError::Io {
        what: "writing the manifest",
        path: partial.clone(),
        source: std::io::Error::other(e),
    })?;
    let manifest_path = partial.join(manifest::MANIFEST_NAME);
    store_dir
        .create_dir_all(Path::new(partial_name))
        .and_then(|_| write_new(store_dir, partial_name, manifest::MANIFEST_NAME, &json))
        .map_err(io_err("writing the manifest", &manifest_path))?;
    let path = store.dir.join(id);
    store_dir
        .rename_new_here(partial_name, store_dir, OsStr::new(id))
        .map_err(io_err("finishing the backup", &path))?;
    sync_dir(store_dir);
    let s = &manifest.summary;
    log::info!(
        "backup {id}: {} files, {} bytes, {} copied, {} linked, same as {:?}, complete: {}",
        s.files,
        s.bytes,
        s.bytes_copied,
        s.files_linked,
        s.same_as,
        s.complete
    );
    Ok(Created {
        id: id.to_string(),
        path,
        summary: s.clone(),
    })
}

/// The workspace, opened as a real folder (never a link).
pub(super) fn open_workspace(workspace: &Path) -> Result<Dir, BackupError> {
    match std::fs::symlink_metadata(workspace) {
        Ok(meta) if meta.file_type().is_symlink() => {
            return Err(BackupError::WorkspaceIsLink(workspace.to_path_buf()));
        }
        Ok(meta) if meta.is_dir() => {}
        _ => return Err(BackupError::NoWorkspace(workspace.to_path_buf())),
    }
    Dir::open(workspace).map_err(|_| BackupError::WorkspaceIsLink(workspace.to_path_buf()))
}

/// Writes a new file `name` in the folder `folder` of `dir`, durably.
pub(super) fn write_new(
    dir: &Dir,
    folder: &OsStr,
    name: &str,
    bytes: &[u8],
) -> std::io::Result<()> {
    let folder = dir.open_dir(Path::new(folder))?;
    let mut file = folder.create_new_here(OsStr::new(name), 0o600)?;
    file.write_all(bytes)?;
    file.sync_all()
}

#[derive(Default)]
struct Counters {
    files: AtomicU64,
    bytes: AtomicU64,
}

enum Copy {
    Linked,
    Copied,
}

/// The previous backup of this workspace, for hard links.
struct Previous {
    id: String,
    /// The backup whose folder holds its files.
    holder: String,
    summary: Summary,
    content: Dir,
    files: HashMap<PathBuf, Entry>,
    entries: Vec<Entry>,
}

impl Previous {
    /// Whether the workspace as found is exactly what this backup holds
    /// (the same entries, each unchanged by [`stamp::unchanged`]).
    fn same_tree(&self, found: &[Found]) -> bool {
        if !self.summary.complete || found.len() != self.entries.len() {
            return false;
        }
        let by_path: HashMap<&Path, &Entry> = self.entries.iter().map(|e| (e.rel(), e)).collect();
        found.iter().all(|f| {
            by_path.get(f.rel.as_path()).is_some_and(|e| {
                e.kind == f.kind
                    && match f.kind {
                        Kind::File => stamp::unchanged(&e.stamp(), &f.stamp) && e.mode == f.mode,
                        Kind::Symlink => e.target.as_ref().map(|t| &t.0) == f.target.as_ref(),
                        Kind::Dir => e.mode == f.mode,
                    }
            })
        })
    }
}

fn previous_backup(store: &BackupStore, store_dir: &Dir, workspace: &Path) -> Option<Previous> {
    let info = store
        .list()
        .into_iter()
        .find(|b| b.summary.workspace == workspace)?;
    let manifest = store.manifest(&info.id).ok()?;
    let files = manifest
        .entries
        .iter()
        .filter(|e| e.kind == Kind::File && e.hash.is_some())
        .map(|e| (e.path.0.clone(), e.clone()))
        .collect();
    let holder = store.holder_of(&info.id).ok()?;
    let content = store_dir
        .open_dir(&Path::new(&holder).join(manifest::CONTENT_DIR))
        .ok()?;
    Some(Previous {
        content,
        id: info.id,
        holder,
        summary: manifest.summary,
        files,
        entries: manifest.entries,
    })
}

fn back_up_file(
    ws: &Dir,
    content: &Dir,
    file: &Found,
    previous: Option<&Previous>,
    on_chunk: &dyn Fn(u64) -> bool,
) -> Result<(Entry, Copy), Problem> {
    let problem = |what: String| Problem {
        path: ExactPath(file.rel.clone()),
        what,
    };
    if let Some(old) = previous.and_then(|p| p.files.get(&file.rel).map(|e| (p, e)))
        && let Some(entry) = try_link(old.0, old.1, file, content)
    {
        return Ok((entry, Copy::Linked));
    }
    let mut input = ws
        .open_file(&file.rel)
        .map_err(|e| problem(format!("could not be copied ({e})")))?;
    let hash = copy_hashing(&mut input, content, file, on_chunk)
        .map_err(|e| problem(format!("could not be copied ({e})")))?;
    // A file that changed while being read may be a mix of old and new.
    let after = input
        .metadata()
        .map_err(|e| problem(format!("disappeared while being copied ({e})")))?;
    if !stamp::unchanged(&file.stamp, &FileStamp::of(&after)) {
        return Err(problem(
            "changed while it was being copied; back up again when it is not in use".into(),
        ));
    }
    let mut entry = Entry::found(file.rel.clone(), Kind::File, &file.stamp, file.mode);
    entry.hash = Some(hash);
    Ok((entry, Copy::Copied))
}

/// Links to the previous backup's copy when the file is unchanged (same
/// size, times, device, inode and mode: see [`stamp::unchanged`]) and
/// that copy still matches its manifest entry.
fn try_link(previous: &Previous, old: &Entry, file: &Found, content: &Dir) -> Option<Entry> {
    if !stamp::unchanged(&old.stamp(), &file.stamp) || old.mode != file.mode {
        return None;
    }
    let (from_dir, name) = previous.content.parent_of(&file.rel).ok()?;
    let (to_dir, to_name) = content.parent_of(&file.rel).ok()?;
    from_dir.hard_link_here(name, &to_dir, to_name).ok()?;
    let linked = to_dir.stat_here(to_name).ok()?;
    if linked.size() != old.size || linked.mtime() != old.mtime {
        // Someone changed the old copy: copy afresh instead.
        let _ = to_dir.remove_file_here(to_name);
        return None;
    }
    Some(old.clone())
}

/// Copies and hashes in one pass. `on_chunk` hears of each piece and
/// answers whether to go on.
fn copy_hashing(
    input: &mut std::fs::File,
    content: &Dir,
    file: &Found,
    on_chunk: &dyn Fn(u64) -> bool,
) -> std::io::Result<String> {
    let (dir, name) = content.parent_of(&file.rel)?;
    let mut output = dir.create_new_here(name, 0o600)?;
    let mut hasher = blake3::Hasher::new();
    let mut buffer = vec![0u8; 256 * 1024];
    loop {
        let n = match input.read(&mut buffer) {
            Ok(0) => break,
            Ok(n) => n,
            Err(err) if err.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(err) => return Err(err),
        };
        hasher.update(&buffer[..n]);
        output.write_all(&buffer[..n])?;
        if !on_chunk(n as u64) {
            return Err(std::io::Error::new(
                std::io::ErrorKind::Interrupted,
                "stopped",
            ));
        }
    }
    if let Some(time) = file.mtime.and_then(manifest::system_time) {
        output.set_modified(time)?;
    }
    if let Some(mode) = file.mode {
        manifest::set_file_mode(&output, mode)?;
    }
    Ok(hasher.finalize().to_hex().to_string())
}

fn copy_link(content: &Dir, link: &Found) -> Result<Entry, Problem> {
    let target = link.target.clone().unwrap_or_default();
    content
        .parent_of(&link.rel)
        .and_then(|(dir, name)| dir.symlink_here(&target, name))
        .map_err(|e| Problem {
            path: ExactPath(link.rel.clone()),
            what: format!("is a link that could not be kept ({e})"),
        })?;
    let mut entry = Entry::found(link.rel.clone(), Kind::Symlink, &link.stamp, None);
    entry.size = 0;
    entry.target = Some(ExactPath(target));
    Ok(entry)
}

/// A name no other backup has: the time, with -2, -3… if needed.
fn free_id(dir: &Dir, when: chrono::DateTime<Local>) -> String {
    let base = format!("{ID_PREFIX}{}", when.format("%Y%m%d-%H%M%S"));
    let taken = |id: &str| {
        dir.stat_here(OsStr::new(id)).is_ok()
            || dir
                .stat_here(OsStr::new(&format!(".{id}{PARTIAL_SUFFIX}")))
                .is_ok()
    };
    if !taken(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or(base)
}

/// Makes the rename durable where the system allows it.
fn sync_dir(dir: &Dir) {
    #[cfg(unix)]
    if let Ok(handle) = dir.as_file() {
        let _ = handle.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// Removes the unfinished backup folder `name` of the store unless
/// disarmed.
struct RemoveOnDrop(Option<(Dir, OsString)>);

impl RemoveOnDrop {
    fn disarm(mut self) {
        self.0 = None;
    }
}

impl Drop for RemoveOnDrop {
    fn drop(&mut self) {
        if let Some((dir, name)) = self.0.take()
            && let Err(err) = dir.remove_all_here(&name)
        {
            log::warn!(
                "could not remove the unfinished backup {}: {err}",
                dir.path().join(&name).display()
            );
        }
    }
}
