//! The trail's end, remembered in more than one place: the head file in
//! Airlock's state folder, a copy in the backup folder (rewritten on every
//! entry), each backup's manifest and each session's report. `verify`
//! compares the trail with all of them, so a trail cut at the end, or
//! deleted together with its head file, is caught. (Someone who can
//! rewrite the whole trail and every copy of its end cannot be caught
//! without a key kept elsewhere.)

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// The last entry of the trail at some moment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Head {
    pub seq: u64,
    pub hash: String,
}

impl Head {
    /// Reads a head file (`<seq> <hash>`).
    pub fn read(path: &Path) -> Option<Head> {
        let text = std::fs::read_to_string(path).ok()?;
        let mut parts = text.split_whitespace();
        let seq = parts.next()?.parse().ok()?;
        let hash = parts.next()?.to_string();
        Some(Head { seq, hash })
    }

    pub fn write(&self, path: &Path) -> std::io::Result<()> {
        crate::fsutil::write_atomic(path, format!("{} {}\n", self.seq, self.hash).as_bytes())
    }
}

/// The copy of the head kept in a backup folder.
pub const MIRROR_NAME: &str = ".airlock-audit.head";
/// The list of folders holding a copy, in the state folder.
const MIRRORS_FILE: &str = "audit.mirrors";

/// Folders that keep a copy of the head, as registered.
pub fn mirrors(data_dir: &Path) -> Vec<PathBuf> {
    std::fs::read_to_string(data_dir.join(MIRRORS_FILE))
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(PathBuf::from)
        .collect()
}

/// Makes `dir` (a backup folder) keep a copy of the head from now on.
pub fn register_mirror(data_dir: &Path, dir: &Path) {
    let mut all = mirrors(data_dir);
    if all.iter().any(|d| d == dir) {
        return;
    }
    all.push(dir.to_path_buf());
    let text: String = all.iter().map(|d| format!("{}\n", d.display())).collect();
    if let Err(err) = crate::fsutil::write_atomic(&data_dir.join(MIRRORS_FILE), text.as_bytes()) {
        log::warn!(
            "could not register {} for the audit head: {err}",
            dir.display()
        );
    }
    // Start the copy now, so the folder witnesses the trail at once.
    if let Some(head) = Head::read(&data_dir.join(super::HEAD_NAME))
        && dir.is_dir()
    {
        let _ = head.write(&dir.join(MIRROR_NAME));
    }
}

/// One place that remembers where the trail ended, and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Witness {
    /// Where, in words: "the copy in the backup folder …", "backup …".
    pub place: String,
    pub head: Head,
}

/// Every witness Airlock can find: the copies of the head, the sessions'
/// reports, and (given the backup folder) the backups' manifests.
pub fn gather(data_dir: &Path, store: Option<&crate::backup::BackupStore>) -> Vec<Witness> {
    let mut out = Vec::new();
    let mut dirs = mirrors(data_dir);
    if let Some(store) = store
        && !dirs.contains(&store.dir)
    {
        dirs.push(store.dir.clone());
    }
    for dir in dirs {
        if let Some(head) = Head::read(&dir.join(MIRROR_NAME)) {
            out.push(Witness {
                place: format!("the copy in the backup folder {}", dir.display()),
                head,
            });
        }
    }
    for session in crate::session::SessionStore::in_dir(data_dir).list() {
        if let Some(head) = session.audit_head {
            out.push(Witness {
                place: format!(
                    "the report of the session of {}",
                    session.started.format("%Y-%m-%d %H:%M")
                ),
                head,
            });
        }
    }
    if let Some(store) = store {
        for backup in store.list() {
            if let Some(head) = backup.summary.audit_head {
                out.push(Witness {
                    place: format!("backup {}", backup.id),
                    head,
                });
            }
        }
    }
    out
}
