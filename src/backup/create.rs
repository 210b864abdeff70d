//! Making a backup: copy into a hidden work folder, hard-link what has not
//! changed since the previous backup, write the manifest last, rename into
//! place. Files are copied in parallel; stopping leaves nothing behind.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use chrono::Local;
use rayon::prelude::*;

use super::manifest::{self, Entry, ExactPath, Kind, Manifest, Problem, Reason, Summary};
use super::tree::{self, Found};
use super::{BackupError, BackupStore, ID_PREFIX, PARTIAL_SUFFIX, Progress, StoreLock, io_err};

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
    match std::fs::symlink_metadata(workspace) {
        Ok(meta) if meta.file_type().is_symlink() => {
            return Err(BackupError::WorkspaceIsLink(workspace.to_path_buf()));
        }
        Ok(meta) if meta.is_dir() => {}
        _ => return Err(BackupError::NoWorkspace(workspace.to_path_buf())),
    }
    super::check_location(&store.dir, workspace)?;
    store.clean_leftovers(lock);

    let started = Local::now();
    let id = free_id(&store.dir, started);
    let partial = store.dir.join(format!(".{id}{PARTIAL_SUFFIX}"));
    let content = partial.join(manifest::CONTENT_DIR);
    crate::fsutil::create_private_dir_all(&content)
        .map_err(io_err("creating the backup folder", &content))?;
    // From here on, any early return removes the work folder.
    let guard = RemoveOnDrop(Some(partial.clone()));

    let (found, mut problems) = tree::walk(workspace);
    let previous = previous_backup(store, workspace);
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
        let dest = content.join(&dir.rel);
        crate::fsutil::create_private_dir_all(&dest)
            .map_err(io_err("creating a folder in the backup", &dest))?;
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
            let result = back_up_file(workspace, &content, file, previous.as_ref(), &on_chunk);
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
        entries.push(Entry {
            path: ExactPath(dir.rel.clone()),
            kind: Kind::Dir,
            size: 0,
            mtime: dir.mtime,
            mode: dir.mode,
            hash: None,
            target: None,
        });
    }
    // Folder times last: writing into a folder changes its time.
    for dir in found.iter().rev().filter(|f| f.kind == Kind::Dir) {
        if let Some(time) = dir.mtime.and_then(manifest::system_time) {
            let dest = content.join(&dir.rel);
            if let Ok(handle) = std::fs::File::open(&dest) {
                let _ = handle.set_modified(time);
            }
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
    };
    let manifest = Manifest {
        summary: summary.clone(),
        entries,
    };
    let json = serde_json::to_vec(&manifest).map_err(|e| BackupError::Io {
        what: "writing the manifest",
        path: partial.clone(),
        source: std::io::Error::other(e),
    })?;
    let manifest_path = partial.join(manifest::MANIFEST_NAME);
    crate::fsutil::write_atomic(&manifest_path, &json)
        .map_err(io_err("writing the manifest", &manifest_path))?;
    let path = store.dir.join(&id);
    std::fs::rename(&partial, &path).map_err(io_err("finishing the backup", &path))?;
    guard.disarm();
    sync_dir(&store.dir);
    log::info!(
        "backup {id}: {files_total} files, {bytes} bytes, {bytes_copied} copied, {files_linked} linked, complete: {}",
        summary.complete
    );
    Ok(Created { id, path, summary })
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
    content: PathBuf,
    files: HashMap<PathBuf, Entry>,
}

fn previous_backup(store: &BackupStore, workspace: &Path) -> Option<Previous> {
    let info = store
        .list()
        .into_iter()
        .find(|b| b.summary.workspace == workspace)?;
    let manifest = store.manifest(&info.id).ok()?;
    let files = manifest
        .entries
        .into_iter()
        .filter(|e| e.kind == Kind::File && e.hash.is_some())
        .map(|e| (e.path.0.clone(), e))
        .collect();
    Some(Previous {
        content: info.path.join(manifest::CONTENT_DIR),
        id: info.id,
        files,
    })
}

fn back_up_file(
    workspace: &Path,
    content: &Path,
    file: &Found,
    previous: Option<&Previous>,
    on_chunk: &dyn Fn(u64) -> bool,
) -> Result<(Entry, Copy), Problem> {
    let dest = content.join(&file.rel);
    let problem = |what: String| Problem {
        path: ExactPath(file.rel.clone()),
        what,
    };
    if let Some(old) = previous.and_then(|p| p.files.get(&file.rel).map(|e| (p, e)))
        && let Some(entry) = try_link(old.0, old.1, file, &dest)
    {
        return Ok((entry, Copy::Linked));
    }
    let source = workspace.join(&file.rel);
    let hash = copy_hashing(&source, &dest, file, on_chunk)
        .map_err(|e| problem(format!("could not be copied ({e})")))?;
    // A file that changed while being read may be a mix of old and new.
    let after = std::fs::symlink_metadata(&source)
        .map_err(|e| problem(format!("disappeared while being copied ({e})")))?;
    if after.len() != file.size || manifest::mtime_of(&after) != file.mtime {
        return Err(problem(
            "changed while it was being copied; back up again when it is not in use".into(),
        ));
    }
    Ok((
        Entry {
            path: ExactPath(file.rel.clone()),
            kind: Kind::File,
            size: file.size,
            mtime: file.mtime,
            mode: file.mode,
            hash: Some(hash),
            target: None,
        },
        Copy::Copied,
    ))
}

/// Links to the previous backup's copy when the file is unchanged (same
/// size, time and mode, as `rsync --link-dest` decides) and that copy
/// still matches its manifest entry.
fn try_link(previous: &Previous, old: &Entry, file: &Found, dest: &Path) -> Option<Entry> {
    if old.size != file.size || old.mtime != file.mtime || old.mode != file.mode {
        return None;
    }
    std::fs::hard_link(previous.content.join(&file.rel), dest).ok()?;
    let linked = std::fs::symlink_metadata(dest).ok()?;
    if linked.len() != old.size || manifest::mtime_of(&linked) != old.mtime {
        // Someone changed the old copy: copy afresh instead.
        let _ = std::fs::remove_file(dest);
        return None;
    }
    Some(old.clone())
}

/// Copies and hashes in one pass. `on_chunk` hears of each piece and
/// answers whether to go on.
fn copy_hashing(
    source: &Path,
    dest: &Path,
    file: &Found,
    on_chunk: &dyn Fn(u64) -> bool,
) -> std::io::Result<String> {
    let mut input = std::fs::File::open(source)?;
    let mut output = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(dest)?;
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
    drop(output);
    if let Some(mode) = file.mode {
        manifest::set_mode(dest, mode)?;
    }
    Ok(hasher.finalize().to_hex().to_string())
}

fn copy_link(content: &Path, link: &Found) -> Result<Entry, Problem> {
    let target = link.target.clone().unwrap_or_default();
    let dest = content.join(&link.rel);
    make_symlink(&target, &dest).map_err(|e| Problem {
        path: ExactPath(link.rel.clone()),
        what: format!("is a link that could not be kept ({e})"),
    })?;
    Ok(Entry {
        path: ExactPath(link.rel.clone()),
        kind: Kind::Symlink,
        size: 0,
        mtime: link.mtime,
        mode: None,
        hash: None,
        target: Some(ExactPath(target)),
    })
}

#[cfg(unix)]
pub(super) fn make_symlink(target: &Path, at: &Path) -> std::io::Result<()> {
    std::os::unix::fs::symlink(target, at)
}

#[cfg(windows)]
pub(super) fn make_symlink(target: &Path, at: &Path) -> std::io::Result<()> {
    std::os::windows::fs::symlink_file(target, at)
}

#[cfg(not(any(unix, windows)))]
pub(super) fn make_symlink(_target: &Path, _at: &Path) -> std::io::Result<()> {
    Err(std::io::Error::other("links are not supported here"))
}

/// A name no other backup has: the time, with -2, -3… if needed.
fn free_id(dir: &Path, when: chrono::DateTime<Local>) -> String {
    let base = format!("{ID_PREFIX}{}", when.format("%Y%m%d-%H%M%S"));
    let taken =
        |id: &str| dir.join(id).exists() || dir.join(format!(".{id}{PARTIAL_SUFFIX}")).exists();
    if !taken(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or(base)
}

/// Makes the rename durable where the system allows it.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(handle) = std::fs::File::open(dir) {
        let _ = handle.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

struct RemoveOnDrop(Option<PathBuf>);

impl RemoveOnDrop {
    fn disarm(mut self) {
        self.0 = None;
    }
}

impl Drop for RemoveOnDrop {
    fn drop(&mut self) {
        if let Some(path) = self.0.take()
            && let Err(err) = std::fs::remove_dir_all(&path)
        {
            log::warn!(
                "could not remove the unfinished backup {}: {err}",
                path.display()
            );
        }
    }
}
