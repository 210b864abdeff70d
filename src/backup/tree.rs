//! Reading a folder tree as backups see it: every folder, file and link
//! (links never followed), with what could not be read named.

use std::path::{Path, PathBuf};

use super::manifest::{self, ExactPath, Kind, Problem};

/// One thing found in a tree, before any copying.
#[derive(Debug, Clone)]
pub struct Found {
    pub rel: PathBuf,
    pub kind: Kind,
    pub size: u64,
    pub mtime: Option<(i64, u32)>,
    pub mode: Option<u32>,
    pub target: Option<PathBuf>,
}

/// Everything under `root` (not `root` itself), parents before children,
/// in name order.
pub fn walk(root: &Path) -> (Vec<Found>, Vec<Problem>) {
    let mut found = Vec::new();
    let mut problems = Vec::new();
    let walker = walkdir::WalkDir::new(root)
        .follow_links(false)
        .follow_root_links(false)
        .min_depth(1)
        .sort_by_file_name();
    for item in walker {
        let entry = match item {
            Ok(entry) => entry,
            Err(err) => {
                let rel = err
                    .path()
                    .and_then(|p| p.strip_prefix(root).ok())
                    .map(Path::to_path_buf)
                    .unwrap_or_default();
                let what = err
                    .io_error()
                    .map(|e| format!("could not be read ({e})"))
                    .unwrap_or_else(|| "could not be read".into());
                problems.push(Problem {
                    path: ExactPath(rel),
                    what,
                });
                continue;
            }
        };
        let Ok(rel) = entry.path().strip_prefix(root).map(Path::to_path_buf) else {
            continue;
        };
        let meta = match entry.metadata() {
            Ok(meta) => meta,
            Err(err) => {
                problems.push(Problem {
                    path: ExactPath(rel),
                    what: format!("could not be read ({err})"),
                });
                continue;
            }
        };
        let file_type = entry.file_type();
        let (kind, target) = if file_type.is_symlink() {
            match std::fs::read_link(entry.path()) {
                Ok(target) => (Kind::Symlink, Some(target)),
                Err(err) => {
                    problems.push(Problem {
                        path: ExactPath(rel),
                        what: format!("is a link that could not be read ({err})"),
                    });
                    continue;
                }
            }
        } else if file_type.is_dir() {
            (Kind::Dir, None)
        } else if file_type.is_file() {
            (Kind::File, None)
        } else {
            problems.push(Problem {
                path: ExactPath(rel),
                what: "is a special file (a pipe, socket or device), which cannot be copied".into(),
            });
            continue;
        };
        found.push(Found {
            size: if kind == Kind::File { meta.len() } else { 0 },
            mtime: manifest::mtime_of(&meta),
            mode: manifest::mode_of(&meta),
            rel,
            kind,
            target,
        });
    }
    (found, problems)
}

/// Hashes a file with blake3, streaming.
pub fn hash_file(path: &Path) -> std::io::Result<(String, u64)> {
    let file = std::fs::File::open(path)?;
    let mut hasher = blake3::Hasher::new();
    hasher.update_reader(file)?;
    let size = hasher.count();
    Ok((hasher.finalize().to_hex().to_string(), size))
}
