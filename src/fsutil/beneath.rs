//! Working beneath a folder by handle. Every file operation on the
//! workspace, the quarantine and the backup store starts from an open
//! folder and goes down one name at a time, refusing a link at every step,
//! so a folder swapped for a link while Airlock works can make an
//! operation fail but never make it read or write outside.
//!
//! On Unix each step is an `openat` with `O_NOFOLLOW` through rustix (the
//! system's own answer, with no `unsafe` here); elsewhere the same checks
//! are made on paths, which narrows the race but cannot close it.

use std::ffi::{OsStr, OsString};
use std::fs::File;
use std::io;
use std::path::{Component, Path, PathBuf};

use super::stamp::FileStamp;

/// What stands at a name, links never followed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    File,
    Dir,
    Symlink,
    /// A pipe, socket or device.
    Other,
}

/// One entry as seen without following it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stat {
    pub kind: EntryKind,
    /// Permission bits (0o7777 on Unix).
    pub mode: u32,
    pub stamp: FileStamp,
}

impl Stat {
    pub fn size(&self) -> u64 {
        self.stamp.size
    }

    pub fn mtime(&self) -> Option<(i64, u32)> {
        self.stamp.mtime
    }
}

/// An error for a path that is not plain names (`..`, `/`, empty).
fn not_plain(rel: &Path) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidInput,
        format!("{} is not a plain path inside the folder", rel.display()),
    )
}

/// The error for a link found where a real folder or file must be.
pub fn link_in_the_way(rel: &Path) -> io::Error {
    io::Error::other(format!(
        "a link stands at {}; Airlock never goes through links",
        rel.display()
    ))
}

/// Splits a plain relative path into its names.
fn names(rel: &Path) -> io::Result<Vec<&OsStr>> {
    let mut out = Vec::new();
    for component in rel.components() {
        match component {
            Component::Normal(name) => out.push(name),
            Component::CurDir => {}
            _ => return Err(not_plain(rel)),
        }
    }
    Ok(out)
}

/// Splits into the folder part and the last name.
fn split(rel: &Path) -> io::Result<(PathBuf, &OsStr)> {
    let mut parts = names(rel)?;
    let last = parts.pop().ok_or_else(|| not_plain(rel))?;
    Ok((parts.iter().collect(), last))
}

/// Every entry of a tree, parents before children, in name order, with
/// what could not be read named.
#[derive(Debug, Default)]
pub struct Walked {
    pub entries: Vec<(PathBuf, Stat)>,
    pub unreadable: Vec<(PathBuf, io::Error)>,
}

#[cfg(unix)]
mod imp {
    use super::*;
    use rustix::fs::{AtFlags, FileType, Mode, OFlags};
    use std::os::fd::{AsFd, OwnedFd};
    use std::os::unix::ffi::OsStrExt;

    /// An open folder; everything below it is reached through it.
    #[derive(Debug)]
    pub struct Dir {
        fd: OwnedFd,
        path: PathBuf,
    }

    const DIR_FLAGS: OFlags = OFlags::RDONLY
        .union(OFlags::DIRECTORY)
        .union(OFlags::NOFOLLOW)
        .union(OFlags::CLOEXEC);

    fn io_err(errno: rustix::io::Errno, rel: &Path) -> io::Error {
        // O_NOFOLLOW on a link answers ELOOP (Linux) or ENOTDIR/EMLINK.
        if errno == rustix::io::Errno::LOOP || errno == rustix::io::Errno::MLINK {
            return link_in_the_way(rel);
        }
        io::Error::from(errno)
    }

    #[allow(clippy::unnecessary_cast, clippy::useless_conversion)]
    fn stat_of(st: &rustix::fs::Stat) -> Stat {
        let kind = match FileType::from_raw_mode(st.st_mode as rustix::fs::RawMode) {
            FileType::RegularFile => EntryKind::File,
            FileType::Directory => EntryKind::Dir,
            FileType::Symlink => EntryKind::Symlink,
            _ => EntryKind::Other,
        };
        let time = |secs: i64, nanos: u64| Some((secs, u32::try_from(nanos).unwrap_or(0)));
        Stat {
            kind,
            mode: (st.st_mode as u32) & 0o7777,
            stamp: FileStamp {
                size: if kind == EntryKind::File {
                    st.st_size as u64
                } else {
                    0
                },
                mtime: time(st.st_mtime as i64, st.st_mtime_nsec as u64),
                ctime: time(st.st_ctime as i64, st.st_ctime_nsec as u64),
                dev: Some(st.st_dev as u64),
                ino: Some(st.st_ino as u64),
            },
        }
    }

    impl Dir {
        /// Opens `path` as the top folder. Its last name must be a real
        /// folder, not a link; the folders above it are the system's.
        pub fn open(path: &Path) -> io::Result<Dir> {
            let fd =
                rustix::fs::open(path, DIR_FLAGS, Mode::empty()).map_err(|e| io_err(e, path))?;
            Ok(Dir {
                fd,
                path: path.to_path_buf(),
            })
        }

        /// Where this folder was when it was opened (for messages).
        pub fn path(&self) -> &Path {
            &self.path
        }

        fn child(&self, name: &OsStr, rel: &Path) -> io::Result<Dir> {
            let fd = rustix::fs::openat(&self.fd, name, DIR_FLAGS, Mode::empty())
                .map_err(|e| io_err(e, rel))?;
            Ok(Dir {
                fd,
                path: self.path.join(name),
            })
        }

        pub fn try_clone(&self) -> io::Result<Dir> {
            Ok(Dir {
                fd: self.fd.try_clone()?,
                path: self.path.clone(),
            })
        }

        /// The folder at `rel`, every step a real folder.
        pub fn open_dir(&self, rel: &Path) -> io::Result<Dir> {
            let mut current = self.try_clone()?;
            for name in names(rel)? {
                current = current.child(name, rel)?;
            }
            Ok(current)
        }

        /// The folder at `rel`, creating what is missing (private to the
        /// user); a link on the way is refused.
        pub fn create_dir_all(&self, rel: &Path) -> io::Result<Dir> {
            let mut current = self.try_clone()?;
            for name in names(rel)? {
                match rustix::fs::mkdirat(&current.fd, name, Mode::from_raw_mode(0o700)) {
                    Ok(()) | Err(rustix::io::Errno::EXIST) => {}
                    Err(e) => return Err(io_err(e, rel)),
                }
                current = current.child(name, rel)?;
            }
            Ok(current)
        }

        /// The folder holding `rel` and the last name.
        pub fn parent_of<'a>(&self, rel: &'a Path) -> io::Result<(Dir, &'a OsStr)> {
            let (parent, name) = split(rel)?;
            Ok((self.open_dir(&parent)?, name))
        }

        /// What is at `name` in this folder, not following a link.
        pub fn stat_here(&self, name: &OsStr) -> io::Result<Stat> {
            rustix::fs::statat(&self.fd, name, AtFlags::SYMLINK_NOFOLLOW)
                .map(|st| stat_of(&st))
                .map_err(io::Error::from)
        }

        /// What is at `rel`, not following a link at any step.
        pub fn stat(&self, rel: &Path) -> io::Result<Stat> {
            let (dir, name) = self.parent_of(rel)?;
            dir.stat_here(name)
        }

        /// This folder's own facts.
        pub fn stat_self(&self) -> io::Result<Stat> {
            rustix::fs::fstat(&self.fd)
                .map(|st| stat_of(&st))
                .map_err(io::Error::from)
        }

        /// Opens the file `name` here for reading; a link is refused.
        pub fn open_file_here(&self, name: &OsStr) -> io::Result<File> {
            let fd = rustix::fs::openat(
                &self.fd,
                name,
                OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::CLOEXEC | OFlags::NONBLOCK,
                Mode::empty(),
            )
            .map_err(|e| io_err(e, Path::new(name)))?;
            let file = File::from(fd);
            if !file.metadata()?.is_file() {
                return Err(io::Error::other("it is not an ordinary file"));
            }
            Ok(file)
        }

        /// Opens the file at `rel` for reading, through real folders only.
        pub fn open_file(&self, rel: &Path) -> io::Result<File> {
            let (dir, name) = self.parent_of(rel)?;
            dir.open_file_here(name)
        }

        /// Creates `name` here, failing if anything is already there.
        pub fn create_new_here(&self, name: &OsStr, mode: u32) -> io::Result<File> {
            let fd = rustix::fs::openat(
                &self.fd,
                name,
                OFlags::WRONLY | OFlags::CREATE | OFlags::EXCL | OFlags::NOFOLLOW | OFlags::CLOEXEC,
                Mode::from_raw_mode(mode as rustix::fs::RawMode),
            )
            .map_err(|e| io_err(e, Path::new(name)))?;
            Ok(File::from(fd))
        }

        /// Removes the file or link `name` here.
        pub fn remove_file_here(&self, name: &OsStr) -> io::Result<()> {
            rustix::fs::unlinkat(&self.fd, name, AtFlags::empty()).map_err(io::Error::from)
        }

        /// Removes the empty folder `name` here.
        pub fn remove_dir_here(&self, name: &OsStr) -> io::Result<()> {
            rustix::fs::unlinkat(&self.fd, name, AtFlags::REMOVEDIR).map_err(io::Error::from)
        }

        /// Moves `name` here to `to_name` in `to`, replacing a file there.
        pub fn rename_here(&self, name: &OsStr, to: &Dir, to_name: &OsStr) -> io::Result<()> {
            rustix::fs::renameat(&self.fd, name, &to.fd, to_name).map_err(io::Error::from)
        }

        /// Moves `name` here to `to_name` in `to`, never over anything.
        pub fn rename_new_here(&self, name: &OsStr, to: &Dir, to_name: &OsStr) -> io::Result<()> {
            #[cfg(any(target_os = "linux", target_os = "android"))]
            {
                rustix::fs::renameat_with(
                    &self.fd,
                    name,
                    &to.fd,
                    to_name,
                    rustix::fs::RenameFlags::NOREPLACE,
                )
                .map_err(io::Error::from)
            }
            #[cfg(not(any(target_os = "linux", target_os = "android")))]
            {
                if to.stat_here(to_name).is_ok() {
                    return Err(io::Error::from(io::ErrorKind::AlreadyExists));
                }
                self.rename_here(name, to, to_name)
            }
        }

        /// A hard link `to_name` in `to` to the file `name` here (never
        /// following a link).
        pub fn hard_link_here(&self, name: &OsStr, to: &Dir, to_name: &OsStr) -> io::Result<()> {
            rustix::fs::linkat(&self.fd, name, &to.fd, to_name, AtFlags::empty())
                .map_err(io::Error::from)
        }

        /// Makes a link `name` here pointing at `target`, written as is.
        pub fn symlink_here(&self, target: &Path, name: &OsStr) -> io::Result<()> {
            rustix::fs::symlinkat(target, &self.fd, name).map_err(io::Error::from)
        }

        /// Where the link `name` here points, exactly as written.
        pub fn read_link_here(&self, name: &OsStr) -> io::Result<PathBuf> {
            let target = rustix::fs::readlinkat(&self.fd, name, Vec::new())?;
            Ok(PathBuf::from(OsStr::from_bytes(target.as_bytes())))
        }

        /// Sets the permission bits of this folder.
        pub fn set_mode_self(&self, mode: u32) -> io::Result<()> {
            rustix::fs::fchmod(&self.fd, Mode::from_raw_mode(mode as rustix::fs::RawMode))
                .map_err(io::Error::from)
        }

        /// This folder as a `File`, to set its times.
        pub fn as_file(&self) -> io::Result<File> {
            Ok(File::from(self.fd.try_clone()?))
        }

        /// The names in this folder (not `.` and `..`), in byte order.
        pub fn names(&self) -> io::Result<Vec<OsString>> {
            let mut dir = rustix::fs::Dir::read_from(self.fd.as_fd())?;
            let mut out = Vec::new();
            while let Some(entry) = dir.read() {
                let entry = entry?;
                let bytes = entry.file_name().to_bytes();
                if bytes != b"." && bytes != b".." {
                    out.push(OsStr::from_bytes(bytes).to_os_string());
                }
            }
            out.sort();
            Ok(out)
        }
    }
}

#[cfg(not(unix))]
#[path = "beneath_portable.rs"]
mod imp;

pub use imp::Dir;

impl Dir {
    /// Removes the file or link at `rel`; folders on the way must be real.
    pub fn remove_file(&self, rel: &Path) -> io::Result<()> {
        let (dir, name) = self.parent_of(rel)?;
        dir.remove_file_here(name)
    }

    /// Removes `name` here and everything in it, never through a link.
    pub fn remove_all_here(&self, name: &OsStr) -> io::Result<()> {
        match self.stat_here(name)?.kind {
            EntryKind::Dir => {
                let inner = self.open_dir(Path::new(name))?;
                for child in inner.names()? {
                    inner.remove_all_here(&child)?;
                }
                self.remove_dir_here(name)
            }
            _ => self.remove_file_here(name),
        }
    }

    /// Every entry below this folder, parents before children, in name
    /// order; links are listed, never followed.
    pub fn walk(&self) -> Walked {
        let mut walked = Walked::default();
        self.walk_into(Path::new(""), &mut walked);
        walked
    }

    fn walk_into(&self, prefix: &Path, walked: &mut Walked) {
        let names = match self.names() {
            Ok(names) => names,
            Err(err) => {
                walked.unreadable.push((prefix.to_path_buf(), err));
                return;
            }
        };
        for name in names {
            let rel = prefix.join(&name);
            let stat = match self.stat_here(&name) {
                Ok(stat) => stat,
                Err(err) => {
                    walked.unreadable.push((rel, err));
                    continue;
                }
            };
            walked.entries.push((rel.clone(), stat));
            if stat.kind == EntryKind::Dir {
                match self.open_dir(Path::new(&name)) {
                    Ok(inner) => inner.walk_into(&rel, walked),
                    Err(err) => walked.unreadable.push((rel, err)),
                }
            }
        }
    }
}

/// Writes `name` in `dir` so that a crash leaves the old or the new
/// content, never half of it.
pub fn write_atomic_here(dir: &Dir, name: &OsStr, bytes: &[u8]) -> io::Result<()> {
    use std::io::Write;
    static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let mut temp = OsString::from(".");
    temp.push(name);
    temp.push(format!(".tmp-{}-{n}", std::process::id()));
    let result = (|| {
        let mut file = dir.create_new_here(&temp, 0o600)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        dir.rename_here(&temp, dir, name)
    })();
    if result.is_err() {
        let _ = dir.remove_file_here(&temp);
    }
    result
}

/// Moves `name` in `from` to `to_name` in `to`: a rename, or a copy then
/// a removal when the two are on different drives (the original goes only
/// once the copy is complete). Both ends by handle; nothing is replaced.
pub fn move_entry(from: &Dir, name: &OsStr, to: &Dir, to_name: &OsStr) -> io::Result<()> {
    match from.rename_new_here(name, to, to_name) {
        Ok(()) => Ok(()),
        Err(err) if err.kind() == io::ErrorKind::CrossesDevices => {
            let mut source = from.open_file_here(name)?;
            copy_into(&mut source, to, to_name, 0o600)?;
            from.remove_file_here(name)
        }
        Err(err) => Err(err),
    }
}

/// Copies the open file `from` into a new file `name` in `to`, removing
/// the half-made copy if anything fails. Returns the bytes copied.
pub fn copy_into(from: &mut File, to: &Dir, name: &OsStr, mode: u32) -> io::Result<u64> {
    let mut out = to.create_new_here(name, mode)?;
    match std::io::copy(from, &mut out).and_then(|n| out.sync_all().map(|()| n)) {
        Ok(n) => Ok(n),
        Err(err) => {
            drop(out);
            let _ = to.remove_file_here(name);
            Err(err)
        }
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_link_on_the_way_is_refused_at_every_step() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("root");
        let outside = tmp.path().join("outside");
        std::fs::create_dir_all(root.join("a")).unwrap();
        std::fs::create_dir_all(&outside).unwrap();
        std::fs::write(outside.join("secret"), "x").unwrap();
        std::os::unix::fs::symlink(&outside, root.join("a/link")).unwrap();
        let dir = Dir::open(&root).unwrap();
        assert!(dir.open_dir(Path::new("a/link")).is_err());
        assert!(dir.open_file(Path::new("a/link/secret")).is_err());
        assert!(dir.create_dir_all(Path::new("a/link/new")).is_err());
        assert!(!outside.join("new").exists());
        assert_eq!(
            dir.stat(Path::new("a/link")).unwrap().kind,
            EntryKind::Symlink
        );
        assert!(dir.open_dir(Path::new("../outside")).is_err());
        assert!(Dir::open(&root.join("a/link")).is_err());
    }

    #[test]
    fn walk_lists_links_without_following_them() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        std::fs::create_dir_all(root.join("d/e")).unwrap();
        std::fs::write(root.join("d/e/f.txt"), "hello").unwrap();
        std::os::unix::fs::symlink("/etc", root.join("d/l")).unwrap();
        let walked = Dir::open(root).unwrap().walk();
        let seen: Vec<(String, EntryKind)> = walked
            .entries
            .iter()
            .map(|(p, s)| (p.display().to_string(), s.kind))
            .collect();
        assert_eq!(
            seen,
            vec![
                ("d".into(), EntryKind::Dir),
                ("d/e".into(), EntryKind::Dir),
                ("d/e/f.txt".into(), EntryKind::File),
                ("d/l".into(), EntryKind::Symlink),
            ]
        );
        assert_eq!(walked.entries[2].1.size(), 5);
    }

    #[test]
    fn remove_all_stays_inside() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("root");
        let outside = tmp.path().join("outside");
        std::fs::create_dir_all(root.join("x/y")).unwrap();
        std::fs::create_dir_all(&outside).unwrap();
        std::fs::write(outside.join("keep"), "x").unwrap();
        std::os::unix::fs::symlink(&outside, root.join("x/y/out")).unwrap();
        Dir::open(&root)
            .unwrap()
            .remove_all_here(OsStr::new("x"))
            .unwrap();
        assert!(!root.join("x").exists());
        assert!(outside.join("keep").exists());
    }
}
