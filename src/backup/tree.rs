//! Reading a folder tree as backups see it: every folder, file and link
//! (links never followed), with what could not be read named. The tree is
//! read through a folder handle, so a folder swapped for a link while it
//! is read is listed as the link it now is, never entered.

use std::path::PathBuf;

use super::manifest::{ExactPath, Kind, Problem};
use crate::fsutil::beneath::{Dir, EntryKind};
use crate::fsutil::stamp::FileStamp;

/// One thing found in a tree, before any copying.
#[derive(Debug, Clone)]
pub struct Found {
    pub rel: PathBuf,
    pub kind: Kind,
    pub size: u64,
    pub mtime: Option<(i64, u32)>,
    pub mode: Option<u32>,
    pub target: Option<PathBuf>,
    /// What change detection compares.
    pub stamp: FileStamp,
}

/// Everything under the open folder (not the folder itself), parents
/// before children, in name order.
pub fn walk_dir(dir: &Dir) -> (Vec<Found>, Vec<Problem>) {
    let walked = dir.walk();
    let mut found = Vec::new();
    let mut problems: Vec<Problem> = walked
        .unreadable
        .into_iter()
        .map(|(rel, err)| Problem {
            path: ExactPath(rel),
            what: format!("could not be read ({err})"),
        })
        .collect();
    for (rel, stat) in walked.entries {
        let (kind, target) = match stat.kind {
            EntryKind::Symlink => {
                match dir
                    .parent_of(&rel)
                    .and_then(|(parent, name)| parent.read_link_here(name))
                {
                    Ok(target) => (Kind::Symlink, Some(target)),
                    Err(err) => {
                        problems.push(Problem {
                            path: ExactPath(rel),
                            what: format!("is a link that could not be read ({err})"),
                        });
                        continue;
                    }
                }
            }
            EntryKind::Dir => (Kind::Dir, None),
            EntryKind::File => (Kind::File, None),
            EntryKind::Other => {
                problems.push(Problem {
                    path: ExactPath(rel),
                    what: "is a special file (a pipe, socket or device), which cannot be copied"
                        .into(),
                });
                continue;
            }
        };
        found.push(Found {
            size: stat.size(),
            mtime: stat.mtime(),
            mode: Some(stat.mode),
            stamp: stat.stamp,
            rel,
            kind,
            target,
        });
    }
    (found, problems)
}

/// Hashes an open file with blake3, streaming.
pub fn hash_open(file: std::fs::File) -> std::io::Result<(String, u64)> {
    let mut hasher = blake3::Hasher::new();
    hasher.update_reader(file)?;
    let size = hasher.count();
    Ok((hasher.finalize().to_hex().to_string(), size))
}
