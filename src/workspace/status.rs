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
    /// `None` where the platform gives no such answer.
    pub private: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WorkspaceStatus {
    pub path: PathBuf,
    pub present: bool,
    pub private: Option<bool>,
    pub folders: Vec<FolderStatus>,
    /// Files directly in the workspace, outside the three folders.
    pub stray_files: u64,
    pub last_backup: Option<DateTime<Local>>,
}

impl WorkspaceStatus {
    /// Reads the state of the workspace at `root`. Never follows links.
    pub fn read(root: &Path) -> Self {
        let folders = FOLDERS
            .iter()
            .map(|name| folder_status(name, &root.join(name)))
            .collect();
        let stray_files = std::fs::read_dir(root)
            .map(|rd| {
                rd.flatten()
                    .filter(|e| {
                        let is_layout = FOLDERS.iter().any(|f| e.file_name() == *f);
                        !is_layout
                    })
                    .count() as u64
            })
            .unwrap_or(0);
        Self {
            path: root.to_path_buf(),
            present: root.is_dir(),
            private: crate::fsutil::is_private(root),
            folders,
            stray_files,
            last_backup: None,
        }
    }

    /// Every folder present and, where it can be told, private.
    pub fn is_healthy(&self) -> bool {
        self.present
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

fn folder_status(name: &str, path: &Path) -> FolderStatus {
    let present = path.is_dir();
    let (mut files, mut bytes) = (0, 0);
    if present {
        for entry in walkdir::WalkDir::new(path)
            .follow_links(false)
            .into_iter()
            .flatten()
        {
            if !entry.file_type().is_dir() {
                files += 1;
                bytes += entry.metadata().map(|m| m.len()).unwrap_or(0);
            }
        }
    }
    FolderStatus {
        name: name.to_string(),
        path: path.to_path_buf(),
        present,
        files,
        bytes,
        private: if present {
            crate::fsutil::is_private(path)
        } else {
            None
        },
    }
}

/// A size in the units people know: "1.2 MB".
pub fn human_size(bytes: u64) -> String {
    const UNITS: [&str; 5] = ["bytes", "KB", "MB", "GB", "TB"];
    if bytes < 1000 {
        return if bytes == 1 {
            "1 byte".into()
        } else {
            format!("{bytes} bytes")
        };
    }
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1000.0 && unit < UNITS.len() - 1 {
        value /= 1000.0;
        unit += 1;
    }
    format!("{value:.1} {}", UNITS[unit])
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

    #[test]
    fn sizes_read_like_people_say_them() {
        assert_eq!(human_size(1), "1 byte");
        assert_eq!(human_size(999), "999 bytes");
        assert_eq!(human_size(1_200_000), "1.2 MB");
    }
}
