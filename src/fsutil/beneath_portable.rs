//! [`super::Dir`] where the system offers no folder handle that safe Rust
//! can go down from: each step checked on paths, which narrows the race
//! but cannot close it.

use super::*;

/// An open folder; everything below it is reached through it. Here a
/// path checked step by step (the system offers no handle to go down
/// from that Rust can use safely).
#[derive(Debug)]
pub struct Dir {
    path: PathBuf,
}

fn stat_of(meta: &std::fs::Metadata) -> Stat {
    let file_type = meta.file_type();
    let kind = if file_type.is_symlink() {
        EntryKind::Symlink
    } else if file_type.is_dir() {
        EntryKind::Dir
    } else if file_type.is_file() {
        EntryKind::File
    } else {
        EntryKind::Other
    };
    Stat {
        kind,
        mode: u32::from(meta.permissions().readonly()),
        stamp: FileStamp::of(meta),
    }
}

fn real_dir(path: &Path, rel: &Path) -> io::Result<()> {
    let meta = std::fs::symlink_metadata(path)?;
    if meta.file_type().is_symlink() {
        return Err(link_in_the_way(rel));
    }
    if !meta.is_dir() {
        return Err(io::Error::other("it is not a folder"));
    }
    Ok(())
}

impl Dir {
    pub fn open(path: &Path) -> io::Result<Dir> {
        real_dir(path, path)?;
        Ok(Dir {
            path: path.to_path_buf(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn try_clone(&self) -> io::Result<Dir> {
        Ok(Dir {
            path: self.path.clone(),
        })
    }

    pub fn open_dir(&self, rel: &Path) -> io::Result<Dir> {
        let mut current = self.path.clone();
        for name in names(rel)? {
            current.push(name);
            real_dir(&current, rel)?;
        }
        Ok(Dir { path: current })
    }

    pub fn create_dir_all(&self, rel: &Path) -> io::Result<Dir> {
        let mut current = self.path.clone();
        for name in names(rel)? {
            current.push(name);
            match std::fs::create_dir(&current) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
                Err(e) => return Err(e),
            }
            real_dir(&current, rel)?;
        }
        Ok(Dir { path: current })
    }

    pub fn parent_of<'a>(&self, rel: &'a Path) -> io::Result<(Dir, &'a OsStr)> {
        let (parent, name) = split(rel)?;
        Ok((self.open_dir(&parent)?, name))
    }

    pub fn stat_here(&self, name: &OsStr) -> io::Result<Stat> {
        std::fs::symlink_metadata(self.path.join(name)).map(|m| stat_of(&m))
    }

    pub fn stat(&self, rel: &Path) -> io::Result<Stat> {
        let (dir, name) = self.parent_of(rel)?;
        dir.stat_here(name)
    }

    pub fn stat_self(&self) -> io::Result<Stat> {
        std::fs::symlink_metadata(&self.path).map(|m| stat_of(&m))
    }

    pub fn open_file_here(&self, name: &OsStr) -> io::Result<File> {
        if self.stat_here(name)?.kind != EntryKind::File {
            return Err(io::Error::other("it is not an ordinary file"));
        }
        File::open(self.path.join(name))
    }

    pub fn open_file(&self, rel: &Path) -> io::Result<File> {
        let (dir, name) = self.parent_of(rel)?;
        dir.open_file_here(name)
    }

    pub fn create_new_here(&self, name: &OsStr, _mode: u32) -> io::Result<File> {
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(self.path.join(name))
    }

    pub fn remove_file_here(&self, name: &OsStr) -> io::Result<()> {
        std::fs::remove_file(self.path.join(name))
    }

    pub fn remove_dir_here(&self, name: &OsStr) -> io::Result<()> {
        std::fs::remove_dir(self.path.join(name))
    }

    pub fn rename_here(&self, name: &OsStr, to: &Dir, to_name: &OsStr) -> io::Result<()> {
        std::fs::rename(self.path.join(name), to.path.join(to_name))
    }

    pub fn rename_new_here(&self, name: &OsStr, to: &Dir, to_name: &OsStr) -> io::Result<()> {
        if to.stat_here(to_name).is_ok() {
            return Err(io::Error::from(io::ErrorKind::AlreadyExists));
        }
        self.rename_here(name, to, to_name)
    }

    pub fn hard_link_here(&self, name: &OsStr, to: &Dir, to_name: &OsStr) -> io::Result<()> {
        std::fs::hard_link(self.path.join(name), to.path.join(to_name))
    }

    pub fn symlink_here(&self, target: &Path, name: &OsStr) -> io::Result<()> {
        #[cfg(windows)]
        {
            std::os::windows::fs::symlink_file(target, self.path.join(name))
        }
        #[cfg(not(windows))]
        {
            let _ = (target, name);
            Err(io::Error::other("links are not supported here"))
        }
    }

    pub fn read_link_here(&self, name: &OsStr) -> io::Result<PathBuf> {
        std::fs::read_link(self.path.join(name))
    }

    pub fn set_mode_self(&self, _mode: u32) -> io::Result<()> {
        Ok(())
    }

    pub fn as_file(&self) -> io::Result<File> {
        File::open(&self.path)
    }

    pub fn names(&self) -> io::Result<Vec<OsString>> {
        let mut out: Vec<OsString> = std::fs::read_dir(&self.path)?
            .map(|e| e.map(|e| e.file_name()))
            .collect::<io::Result<_>>()?;
        out.sort();
        Ok(out)
    }
}
