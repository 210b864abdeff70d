//! Small file-system helpers shared by the capabilities: private folders,
//! atomic writes, lexical path clean-up, work beneath a folder handle
//! ([`beneath`]) and change detection ([`stamp`]).

pub mod beneath;
pub mod stamp;

use std::io::Write;
use std::path::{Component, Path, PathBuf};

/// Creates `dir` and any missing parents; the folders it creates are
/// private to the user (0700 on Unix). Existing folders are left alone.
pub fn create_private_dir_all(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

/// Makes an existing folder private to the user (0700 on Unix).
pub fn make_private(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    }
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Whether only the owner can read, write or enter this folder. `None`
/// where the platform has no such notion that Airlock can check.
pub fn is_private(dir: &Path) -> Option<bool> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir).ok()?.permissions().mode();
        Some(mode & 0o077 == 0)
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        None
    }
}

/// Writes a file so that a crash leaves either the old or the new content,
/// never half of it.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let parent = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // Unique per call: two threads may save the same file at once.
    static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let tmp = parent.join(format!(".{name}.tmp-{}-{n}", std::process::id()));
    {
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
    }
    std::fs::rename(&tmp, path)
}

/// A name as text, exactly: valid UTF-8 as it is, and each byte that is
/// not part of valid UTF-8 written `\xNN` (a backslash itself is written
/// `\\` only when the name also holds such bytes), so two different names
/// never read the same.
pub fn display_name(name: &std::ffi::OsStr) -> String {
    if let Some(text) = name.to_str() {
        return text.to_string();
    }
    escape_bytes(&os_bytes(name))
}

/// [`display_name`] for a whole path.
pub fn display_path(path: &Path) -> String {
    display_name(path.as_os_str())
}

/// [`display_path`] for each path: what audit entries and JSON carry.
pub fn display_paths(paths: &[PathBuf]) -> Vec<String> {
    paths.iter().map(|p| display_path(p)).collect()
}

fn escape_bytes(bytes: &[u8]) -> String {
    let mut out = String::new();
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            if c == '\\' {
                out.push_str("\\\\");
            } else {
                out.push(c);
            }
        }
        for byte in chunk.invalid() {
            out.push_str(&format!("\\x{byte:02X}"));
        }
    }
    out
}

#[cfg(unix)]
fn os_bytes(name: &std::ffi::OsStr) -> Vec<u8> {
    use std::os::unix::ffi::OsStrExt;
    name.as_bytes().to_vec()
}

#[cfg(not(unix))]
fn os_bytes(name: &std::ffi::OsStr) -> Vec<u8> {
    name.to_string_lossy().into_owned().into_bytes()
}

/// Resolves `.` and `..` without touching the disk, so that
/// `~/Work/../Documents` is seen as `~/Documents` before any check.
pub fn normalize_lexically(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                // Never climb above the root or a drive prefix.
                if matches!(out.components().next_back(), Some(Component::Normal(_))) {
                    out.pop();
                }
            }
            other => out.push(other),
        }
    }
    out
}

/// Expands a leading `~` to the given home folder.
pub fn expand_tilde(text: &str, home: &Path) -> PathBuf {
    if text == "~" {
        return home.to_path_buf();
    }
    if let Some(rest) = text.strip_prefix("~/").or_else(|| text.strip_prefix("~\\")) {
        return home.join(rest);
    }
    PathBuf::from(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexical_normalization_climbs_but_not_past_root() {
        assert_eq!(
            normalize_lexically(Path::new("/home/ann/Work/../Documents/./x")),
            PathBuf::from("/home/ann/Documents/x")
        );
        assert_eq!(normalize_lexically(Path::new("/../..")), PathBuf::from("/"));
    }

    #[test]
    fn tilde_expands_only_at_the_start() {
        let home = Path::new("/home/ann");
        assert_eq!(expand_tilde("~", home), PathBuf::from("/home/ann"));
        assert_eq!(expand_tilde("~/ws", home), PathBuf::from("/home/ann/ws"));
        assert_eq!(expand_tilde("/x/~/ws", home), PathBuf::from("/x/~/ws"));
    }

    #[cfg(unix)]
    #[test]
    fn names_that_are_not_utf8_are_escaped_and_never_look_the_same() {
        use std::os::unix::ffi::OsStrExt;
        let a = display_name(std::ffi::OsStr::from_bytes(b"caf\xe9.txt"));
        let b = display_name(std::ffi::OsStr::from_bytes(b"caf\xe8.txt"));
        assert_eq!(a, "caf\\xE9.txt");
        assert_ne!(a, b);
        // A real backslash cannot pose as an escape.
        let c = display_name(std::ffi::OsStr::from_bytes(b"\\xE9\xff"));
        assert_eq!(c, "\\\\xE9\\xFF");
        assert_eq!(display_name(std::ffi::OsStr::new("été.txt")), "été.txt");
    }

    #[test]
    fn atomic_write_replaces_content() {
        let tmp = tempfile::tempdir().unwrap();
        let file = tmp.path().join("a.txt");
        write_atomic(&file, b"one").unwrap();
        write_atomic(&file, b"two").unwrap();
        assert_eq!(std::fs::read(&file).unwrap(), b"two");
        assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 1);
    }
}
