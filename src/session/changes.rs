//! What changed in the workspace between two moments: files created,
//! changed, deleted and renamed (a deleted file whose content reappears
//! under another name). Folders are not listed; their files are.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::backup::{Kind, Manifest};
use crate::fsutil::stamp::{self, FileStamp};

/// One file at one moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileState {
    pub size: u64,
    pub mtime: Option<(i64, u32)>,
    pub hash: Option<String>,
    pub link: bool,
    /// What tells an unchanged file without reading it
    /// ([`crate::fsutil::stamp::unchanged`]).
    pub stamp: FileStamp,
}

/// Every file (and link) of a workspace at one moment.
pub type Snapshot = BTreeMap<PathBuf, FileState>;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    Created,
    Changed,
    Deleted,
    Renamed,
}

impl ChangeKind {
    /// The stable name, for records.
    pub fn id(self) -> &'static str {
        match self {
            ChangeKind::Created => "created",
            ChangeKind::Changed => "changed",
            ChangeKind::Deleted => "deleted",
            ChangeKind::Renamed => "renamed",
        }
    }

    /// The word for people, in any language.
    pub fn message(self) -> crate::i18n::Msg {
        crate::i18n::Msg::new(match self {
            ChangeKind::Created => "change-created",
            ChangeKind::Changed => "change-changed",
            ChangeKind::Deleted => "change-deleted",
            ChangeKind::Renamed => "change-renamed",
        })
    }

    /// The word for people.
    pub fn word(self) -> String {
        match self {
            ChangeKind::Created => crate::tr!("change-created"),
            ChangeKind::Changed => crate::tr!("change-changed"),
            ChangeKind::Deleted => crate::tr!("change-deleted"),
            ChangeKind::Renamed => crate::tr!("change-renamed"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    pub kind: ChangeKind,
    /// Where the file is now (where it was, for a deletion).
    pub path: PathBuf,
    /// The old name of a renamed file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<PathBuf>,
    pub size: u64,
}

impl Change {
    /// The top folder the change happened in: `input`, `output`,
    /// `archive`, or `None` for the workspace's own level.
    pub fn area(&self) -> Option<&str> {
        let mut parts = self.path.components();
        let first = parts.next()?.as_os_str().to_str()?;
        parts.next()?;
        Some(first)
    }
}

/// The state recorded in a backup's manifest.
pub fn from_manifest(manifest: &Manifest) -> Snapshot {
    manifest
        .entries
        .iter()
        .filter(|e| e.kind != Kind::Dir)
        .map(|e| {
            (
                e.rel().to_path_buf(),
                FileState {
                    size: e.size,
                    mtime: e.mtime,
                    hash: e.hash.clone(),
                    link: e.kind == Kind::Symlink,
                    stamp: e.stamp(),
                },
            )
        })
        .collect()
}

/// The workspace now. Files whose stamp (size, times, device, inode)
/// matches `previous` keep its hash; others are hashed afresh, so content
/// replaced with its time set back is still seen.
pub fn snapshot(root: &Path, previous: &Snapshot) -> Snapshot {
    let mut out = Snapshot::new();
    for entry in walkdir::WalkDir::new(root)
        .follow_links(false)
        .min_depth(1)
        .into_iter()
        .flatten()
    {
        if entry.file_type().is_dir() {
            continue;
        }
        let Ok(rel) = entry.path().strip_prefix(root) else {
            continue;
        };
        let Ok(meta) = entry.metadata() else {
            continue;
        };
        let link = entry.file_type().is_symlink();
        let mtime = crate::backup::manifest::mtime_of(&meta);
        let size = if link { 0 } else { meta.len() };
        let stamp = FileStamp::of(&meta);
        let hash = match previous.get(rel) {
            Some(old) if old.link == link && stamp::unchanged(&old.stamp, &stamp) => {
                old.hash.clone()
            }
            _ if link => None,
            _ => blake3_of(entry.path()),
        };
        out.insert(
            rel.to_path_buf(),
            FileState {
                size,
                mtime,
                hash,
                link,
                stamp,
            },
        );
    }
    out
}

fn blake3_of(path: &Path) -> Option<String> {
    let file = std::fs::File::open(path).ok()?;
    let mut hasher = blake3::Hasher::new();
    hasher.update_reader(file).ok()?;
    Some(hasher.finalize().to_hex().to_string())
}

/// The changes from `before` to `after`, in path order.
pub fn diff(before: &Snapshot, after: &Snapshot) -> Vec<Change> {
    let mut created: Vec<(&PathBuf, &FileState)> = Vec::new();
    let mut deleted: Vec<(&PathBuf, &FileState)> = Vec::new();
    let mut out = Vec::new();
    for (path, now) in after {
        match before.get(path) {
            None => created.push((path, now)),
            Some(old) if differs(old, now) => out.push(Change {
                kind: ChangeKind::Changed,
                path: path.clone(),
                from: None,
                size: now.size,
            }),
            Some(_) => {}
        }
    }
    for (path, old) in before {
        if !after.contains_key(path) {
            deleted.push((path, old));
        }
    }
    // A deletion and a creation with the same content are one rename.
    let mut renamed_from: Vec<bool> = vec![false; deleted.len()];
    for (path, now) in created {
        let twin = deleted.iter().enumerate().position(|(i, (_, old))| {
            !renamed_from[i] && now.hash.is_some() && old.hash == now.hash
        });
        match twin {
            Some(i) => {
                renamed_from[i] = true;
                out.push(Change {
                    kind: ChangeKind::Renamed,
                    path: path.clone(),
                    from: Some(deleted[i].0.clone()),
                    size: now.size,
                });
            }
            None => out.push(Change {
                kind: ChangeKind::Created,
                path: path.clone(),
                from: None,
                size: now.size,
            }),
        }
    }
    for (i, (path, old)) in deleted.iter().enumerate() {
        if !renamed_from[i] {
            out.push(Change {
                kind: ChangeKind::Deleted,
                path: (*path).clone(),
                from: None,
                size: old.size,
            });
        }
    }
    out.sort_by(|a, b| a.path.cmp(&b.path).then(a.kind.cmp(&b.kind)));
    out
}

fn differs(old: &FileState, now: &FileState) -> bool {
    if old.link != now.link || old.size != now.size {
        return true;
    }
    match (&old.hash, &now.hash) {
        (Some(a), Some(b)) => a != b,
        _ => old.mtime != now.mtime,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(hash: &str, size: u64) -> FileState {
        FileState {
            size,
            mtime: Some((1, 0)),
            hash: Some(hash.into()),
            link: false,
            stamp: FileStamp::default(),
        }
    }

    #[test]
    fn created_changed_deleted_and_renamed() {
        let before: Snapshot = [
            ("input/a.txt", state("a", 1)),
            ("input/b.txt", state("b", 1)),
            ("output/c.txt", state("c", 1)),
        ]
        .into_iter()
        .map(|(p, s)| (PathBuf::from(p), s))
        .collect();
        let after: Snapshot = [
            ("input/a.txt", state("a2", 2)),
            ("output/b-renamed.txt", state("b", 1)),
            ("output/new.txt", state("n", 1)),
        ]
        .into_iter()
        .map(|(p, s)| (PathBuf::from(p), s))
        .collect();
        let changes = diff(&before, &after);
        let seen: Vec<(ChangeKind, &str)> = changes
            .iter()
            .map(|c| (c.kind, c.path.to_str().unwrap()))
            .collect();
        assert_eq!(
            seen,
            [
                (ChangeKind::Changed, "input/a.txt"),
                (ChangeKind::Renamed, "output/b-renamed.txt"),
                (ChangeKind::Deleted, "output/c.txt"),
                (ChangeKind::Created, "output/new.txt"),
            ]
        );
        assert_eq!(changes[1].from, Some(PathBuf::from("input/b.txt")));
        assert_eq!(changes[0].area(), Some("input"));
    }
}
