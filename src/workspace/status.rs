//! What the workspace looks like right now: each folder present or
//! missing, how many files it holds and how big they are, and whether
//! it is private. Shared by `airlock status` and the Home screen.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Local};
use serde::Serialize;

use super::FOLDERS;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FolderStatus {
    pub name: String,
    pub path: PathBuf,
    pub present: bool,
    pub files: u64,
    pub bytes: u64,
    /// The newest modification inside the folder (or of the folder).
    #[serde(skip)]
    pub last_change: Option<std::time::SystemTime>,
    /// `None` where the platform gives no such answer. Never "yes" for
    /// a link: what it leads to is not the workspace's.
    pub private: Option<bool>,
    /// The folder is a link to another place (Airlock will not write
    /// through it).
    #[serde(default)]
    pub link: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WorkspaceStatus {
    pub path: PathBuf,
    pub present: bool,
    pub private: Option<bool>,
    /// The workspace folder itself is a link to another place.
    #[serde(default)]
    pub link: bool,
    pub folders: Vec<FolderStatus>,
    /// Files directly in the workspace, outside the three folders.
    pub stray_files: u64,
    /// When the newest complete backup was started.
    pub last_backup: Option<DateTime<Local>>,
    /// The newest modification anywhere in the workspace.
    pub last_change: Option<DateTime<Local>>,
}

impl WorkspaceStatus {
    /// Reads the state of the workspace at `root`. Never follows links.
    pub fn read(root: &Path) -> Self {
        let folders: Vec<FolderStatus> = FOLDERS
            .iter()
            .map(|name| folder_status(name, &root.join(name)))
            .collect();
        let mut last_change = modified(root);
        let mut stray_files = 0;
        for entry in std::fs::read_dir(root).into_iter().flatten().flatten() {
            if FOLDERS.iter().any(|f| entry.file_name() == *f) {
                continue;
            }
            stray_files += 1;
            last_change = last_change.max(walk_newest(&entry.path()));
        }
        for folder in &folders {
            last_change = last_change.max(folder.last_change);
        }
        let link = is_link(root);
        let any_link = link || folders.iter().any(|f| f.link);
        Self {
            path: root.to_path_buf(),
            present: root.is_dir(),
            private: if any_link {
                Some(false)
            } else {
                crate::fsutil::is_private(root)
            },
            link,
            folders,
            stray_files,
            last_backup: None,
            last_change: last_change.map(DateTime::<Local>::from),
        }
    }

    /// Fills in when the newest complete backup was taken.
    pub fn with_backups(mut self, store: &crate::backup::BackupStore) -> Self {
        self.last_backup = store.latest_complete().map(|b| b.summary.started);
        self
    }

    /// No backup yet, or something changed after the last one started.
    pub fn backup_is_stale(&self) -> bool {
        match (self.last_backup, self.last_change) {
            (None, _) => true,
            (Some(backup), Some(change)) => change > backup,
            (Some(_), None) => false,
        }
    }

    /// The workspace or one of its folders that is a link, if any.
    pub fn first_link(&self) -> Option<&Path> {
        if self.link {
            return Some(&self.path);
        }
        self.folders
            .iter()
            .find(|f| f.link)
            .map(|f| f.path.as_path())
    }

    /// Every folder present and, where it can be told, private.
    pub fn is_healthy(&self) -> bool {
        self.present
            && !self.link
            && self.private != Some(false)
            && self
                .folders
                .iter()
                .all(|f| f.present && f.private != Some(false))
    }

    pub fn total_files(&self) -> u64 {
        self.folders.iter().map(|f| f.files).sum()
    }
}

fn is_link(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

fn folder_status(name: &str, path: &Path) -> FolderStatus {
    let link = is_link(path);
    let present = path.is_dir();
    let (mut files, mut bytes, mut last_change) = (0, 0, None);
    if present {
        for entry in walkdir::WalkDir::new(path)
            .follow_links(false)
            .into_iter()
            .flatten()
        {
            let Ok(meta) = entry.metadata() else {
                continue;
            };
            last_change = last_change.max(meta.modified().ok());
            if !entry.file_type().is_dir() {
                files += 1;
                bytes += meta.len();
            }
        }
    }
    FolderStatus {
        name: name.to_string(),
        path: path.to_path_buf(),
        present,
        files,
        bytes,
        last_change,
        private: if link {
            Some(false)
        } else if present {
            crate::fsutil::is_private(path)
        } else {
            None
        },
        link,
    }
}

fn modified(path: &Path) -> Option<std::time::SystemTime> {
    std::fs::symlink_metadata(path).ok()?.modified().ok()
}

fn walk_newest(path: &Path) -> Option<std::time::SystemTime> {
    walkdir::WalkDir::new(path)
        .follow_links(false)
        .into_iter()
        .flatten()
        .filter_map(|e| e.metadata().ok()?.modified().ok())
        .max()
}

/// A size in the units people know: "1.2 MB".
pub fn human_size(bytes: u64) -> String {
    if bytes < 1000 {
        return crate::tr!("size-bytes", count = bytes);
    }
    let units = [
        String::new(),
        crate::tr!("size-kb"),
        crate::tr!("size-mb"),
        crate::tr!("size-gb"),
        crate::tr!("size-tb"),
    ];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1000.0 && unit < units.len() - 1 {
        value /= 1000.0;
        unit += 1;
    }
    let number = format!("{value:.1}");
    // French writes 1,5 where English writes 1.5.
    let number = match crate::i18n::lang() {
        crate::i18n::Lang::Fr => number.replace('.', ","),
        crate::i18n::Lang::En => number,
    };
    format!("{number} {}", units[unit])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_files_and_bytes_per_folder() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        std::fs::create_dir_all(root.join("input/sub")).unwrap();
        std::fs::create_dir_all(root.join("output")).unwrap();
        std::fs::write(root.join("input/a.txt"), "12345").unwrap();
        std::fs::write(root.join("input/sub/b.txt"), "123").unwrap();
        let status = WorkspaceStatus::read(root);
        assert_eq!(status.folders[0].files, 2);
        assert_eq!(status.folders[0].bytes, 8);
        assert!(status.folders[1].present);
        assert!(!status.folders[2].present);
        assert!(!status.is_healthy());
        assert_eq!(status.total_files(), 2);
    }

    #[cfg(unix)]
    #[test]
    fn a_folder_replaced_by_a_link_is_never_private() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("ws");
        let elsewhere = tmp.path().join("Documents");
        for dir in [root.join("output"), root.join("archive"), elsewhere.clone()] {
            std::fs::create_dir_all(&dir).unwrap();
        }
        crate::fsutil::make_private(&root).unwrap();
        crate::fsutil::make_private(&elsewhere).unwrap();
        std::os::unix::fs::symlink(&elsewhere, root.join("input")).unwrap();
        let status = WorkspaceStatus::read(&root);
        assert_eq!(status.private, Some(false));
        assert!(status.folders[0].link);
        assert_eq!(status.first_link(), Some(root.join("input").as_path()));
        assert!(!status.is_healthy());
    }

    #[test]
    fn sizes_read_like_people_say_them() {
        assert_eq!(human_size(1), "1 byte");
        assert_eq!(human_size(999), "999 bytes");
        assert_eq!(human_size(1_200_000), "1.2 MB");
    }
}
