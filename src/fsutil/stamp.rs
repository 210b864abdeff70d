//! Change detection that cannot be fooled by setting a file's time back.
//! A file counts as unchanged only when its size, modification time,
//! inode change time (which no user can set), device and inode number are
//! all the same, as git and restic decide; anything else means "read it
//! again". The scan cache, the session's diff and the backup's hard-link
//! decision all ask [`unchanged`].

use serde::{Deserialize, Serialize};

/// What the file system says about a file, without reading it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct FileStamp {
    pub size: u64,
    /// Seconds and nanoseconds since 1970.
    #[serde(default)]
    pub mtime: Option<(i64, u32)>,
    /// When the inode last changed (content, name, mode): set by the
    /// system only. `None` where the system has no such time.
    #[serde(default)]
    pub ctime: Option<(i64, u32)>,
    #[serde(default)]
    pub dev: Option<u64>,
    #[serde(default)]
    pub ino: Option<u64>,
}

impl FileStamp {
    /// The stamp of a file's metadata (as `symlink_metadata` gives it).
    pub fn of(meta: &std::fs::Metadata) -> Self {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let ctime = u32::try_from(meta.ctime_nsec())
                .ok()
                .map(|nanos| (meta.ctime(), nanos));
            Self {
                size: if meta.is_file() { meta.len() } else { 0 },
                mtime: crate::backup::manifest::mtime_of(meta),
                ctime,
                dev: Some(meta.dev()),
                ino: Some(meta.ino()),
            }
        }
        #[cfg(not(unix))]
        {
            Self {
                size: if meta.is_file() { meta.len() } else { 0 },
                mtime: crate::backup::manifest::mtime_of(meta),
                ctime: None,
                dev: None,
                ino: None,
            }
        }
    }
}

/// Whether a file whose stamp was `before` may be taken as unchanged now,
/// without reading it. A stamp recorded without a change time (by an
/// older Airlock) never is, on a system that has one.
pub fn unchanged(before: &FileStamp, now: &FileStamp) -> bool {
    before == now && now.mtime.is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_size_and_time_set_back_is_still_a_change() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("a.txt");
        std::fs::write(&path, "safe text").unwrap();
        let before = FileStamp::of(&std::fs::symlink_metadata(&path).unwrap());
        let mtime = std::fs::metadata(&path).unwrap().modified().unwrap();
        // Let the clock move so the change time can differ.
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(&path, "evil text").unwrap();
        std::fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(mtime)
            .unwrap();
        let now = FileStamp::of(&std::fs::symlink_metadata(&path).unwrap());
        assert_eq!(before.size, now.size);
        assert_eq!(before.mtime, now.mtime);
        if cfg!(unix) {
            assert!(!unchanged(&before, &now), "{before:?} vs {now:?}");
        }
        assert!(unchanged(&now, &now));
    }

    #[test]
    fn a_stamp_without_change_time_is_never_trusted_where_there_is_one() {
        let now = FileStamp {
            size: 1,
            mtime: Some((1, 0)),
            ctime: Some((2, 0)),
            dev: Some(1),
            ino: Some(1),
        };
        let old = FileStamp { ctime: None, ..now };
        assert!(!unchanged(&old, &now));
    }
}
