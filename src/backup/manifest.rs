//! What a backup holds, written last into the backup's folder: every path
//! with its size, modification time, mode and blake3 hash. A backup folder
//! without this file is not a backup.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Local};
use serde::{Deserialize, Serialize};

/// The manifest's file name inside a backup folder.
pub const MANIFEST_NAME: &str = "airlock-backup.json";
/// The last check's result, beside the manifest.
pub const VERIFIED_NAME: &str = "airlock-verified.json";
/// The copy of the workspace inside a backup folder.
pub const CONTENT_DIR: &str = "workspace";
/// Bumped when the shape changes in a way older readers cannot follow.
pub const FORMAT: u32 = 1;

/// Why a backup was taken, in words a person recognises.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// "Back up now".
    #[default]
    Manual,
    /// The state just before a restore, so the restore can be undone.
    BeforeRestore,
    /// Before a file was moved to the quarantine.
    BeforeQuarantine,
    /// At the start of a session with the assistant.
    SessionStart,
    /// Before the end-of-session cleanup.
    BeforeCleanup,
}

impl Reason {
    /// Why, in any language.
    pub fn message(self) -> crate::i18n::Msg {
        crate::i18n::Msg::new(match self {
            Reason::Manual => "backup-reason-manual",
            Reason::BeforeRestore => "backup-reason-before-restore",
            Reason::BeforeQuarantine => "backup-reason-before-quarantine",
            Reason::SessionStart => "backup-reason-session-start",
            Reason::BeforeCleanup => "backup-reason-before-cleanup",
        })
    }

    pub fn label(self) -> String {
        match self {
            Reason::Manual => crate::tr!("backup-reason-manual"),
            Reason::BeforeRestore => crate::tr!("backup-reason-before-restore"),
            Reason::BeforeQuarantine => crate::tr!("backup-reason-before-quarantine"),
            Reason::SessionStart => crate::tr!("backup-reason-session-start"),
            Reason::BeforeCleanup => crate::tr!("backup-reason-before-cleanup"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    File,
    Dir,
    Symlink,
}

/// A path kept exactly, whatever bytes its name holds: UTF-8 names as
/// text, any other name (possible on Unix) as base64 of its bytes.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ExactPath(pub PathBuf);

#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum PathRepr {
    Text(String),
    Bytes { b64: String },
}

impl Serialize for ExactPath {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let repr = match self.0.to_str() {
            Some(text) => PathRepr::Text(text.to_string()),
            None => PathRepr::Bytes {
                b64: base64::Engine::encode(
                    &base64::engine::general_purpose::STANDARD,
                    os_bytes(&self.0),
                ),
            },
        };
        repr.serialize(s)
    }
}

impl<'de> Deserialize<'de> for ExactPath {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match PathRepr::deserialize(d)? {
            PathRepr::Text(text) => Ok(Self(PathBuf::from(text))),
            PathRepr::Bytes { b64 } => {
                let bytes = base64::Engine::decode(&base64::engine::general_purpose::STANDARD, b64)
                    .map_err(serde::de::Error::custom)?;
                from_os_bytes(bytes)
                    .map(Self)
                    .ok_or_else(|| serde::de::Error::custom("a name this system cannot hold"))
            }
        }
    }
}

#[cfg(unix)]
fn os_bytes(path: &Path) -> Vec<u8> {
    use std::os::unix::ffi::OsStrExt;
    path.as_os_str().as_bytes().to_vec()
}

#[cfg(not(unix))]
fn os_bytes(path: &Path) -> Vec<u8> {
    path.to_string_lossy().into_owned().into_bytes()
}

#[cfg(unix)]
fn from_os_bytes(bytes: Vec<u8>) -> Option<PathBuf> {
    use std::os::unix::ffi::OsStringExt;
    Some(PathBuf::from(std::ffi::OsString::from_vec(bytes)))
}

#[cfg(not(unix))]
fn from_os_bytes(bytes: Vec<u8>) -> Option<PathBuf> {
    String::from_utf8(bytes).ok().map(PathBuf::from)
}

/// One thing in the workspace at the time of the backup.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// Relative to the workspace; only plain names, never `..`.
    pub path: ExactPath,
    pub kind: Kind,
    #[serde(default)]
    pub size: u64,
    /// Seconds and nanoseconds since 1970.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mtime: Option<(i64, u32)>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<u32>,
    /// blake3, hex; files only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hash: Option<String>,
    /// Where a link points, exactly as it was written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<ExactPath>,
    /// The workspace file's inode change time, device and inode when it
    /// was backed up: with size and time, what tells the next backup and
    /// the session's diff that it is unchanged ([`crate::fsutil::stamp`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ctime: Option<(i64, u32)>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dev: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ino: Option<u64>,
}

impl Entry {
    pub fn rel(&self) -> &Path {
        &self.path.0
    }

    /// The workspace file's stamp as recorded.
    pub fn stamp(&self) -> crate::fsutil::stamp::FileStamp {
        crate::fsutil::stamp::FileStamp {
            size: self.size,
            mtime: self.mtime,
            ctime: self.ctime,
            dev: self.dev,
            ino: self.ino,
        }
    }

    /// An entry for something found in the workspace.
    pub fn found(
        rel: PathBuf,
        kind: Kind,
        stamp: &crate::fsutil::stamp::FileStamp,
        mode: Option<u32>,
    ) -> Self {
        Self {
            path: ExactPath(rel),
            kind,
            size: stamp.size,
            mtime: stamp.mtime,
            mode,
            hash: None,
            target: None,
            ctime: stamp.ctime,
            dev: stamp.dev,
            ino: stamp.ino,
        }
    }
}

/// Something that could not be copied, named so that nothing is skipped
/// silently.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    pub path: ExactPath,
    pub what: String,
}

/// Everything about a backup except its entries: what lists need.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub format: u32,
    pub id: String,
    pub workspace: PathBuf,
    pub started: DateTime<Local>,
    pub finished: DateTime<Local>,
    #[serde(default)]
    pub reason: Reason,
    /// The session this backup belongs to, if any.
    #[serde(default)]
    pub session: Option<String>,
    /// False when any file could not be copied; `problems` says which.
    pub complete: bool,
    #[serde(default)]
    pub problems: Vec<Problem>,
    pub files: u64,
    pub bytes: u64,
    /// Bytes written anew; the rest are hard links to the previous backup.
    pub bytes_copied: u64,
    pub files_linked: u64,
    /// The backup whose unchanged files were linked.
    #[serde(default)]
    pub linked_to: Option<String>,
    /// Set on an automatic backup taken when nothing had changed since
    /// the previous one: no copy of its own, only this manifest, and its
    /// files are those of the backup named here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub same_as: Option<String>,
    /// The audit trail's last entry when the backup was made: a witness
    /// that `audit verify` compares the trail with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audit_head: Option<crate::audit::Head>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    #[serde(flatten)]
    pub summary: Summary,
    pub entries: Vec<Entry>,
}

/// The result of the last check of a backup against its manifest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Verified {
    pub at: DateTime<Local>,
    pub ok: bool,
    pub missing: Vec<ExactPath>,
    pub changed: Vec<ExactPath>,
}

/// Whether a relative path from a manifest stays inside the folder it is
/// joined to: a tampered manifest must not make a restore write elsewhere.
pub fn is_plain_relative(path: &Path) -> bool {
    !path.as_os_str().is_empty()
        && path
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_)))
}

pub fn mtime_of(meta: &std::fs::Metadata) -> Option<(i64, u32)> {
    let modified = meta.modified().ok()?;
    match modified.duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => Some((i64::try_from(d.as_secs()).ok()?, d.subsec_nanos())),
        Err(before) => {
            // Before 1970: kept as negative seconds with positive nanos.
            let d = before.duration();
            let secs = -i64::try_from(d.as_secs()).ok()?;
            if d.subsec_nanos() == 0 {
                Some((secs, 0))
            } else {
                Some((secs - 1, 1_000_000_000 - d.subsec_nanos()))
            }
        }
    }
}

pub fn system_time((secs, nanos): (i64, u32)) -> Option<std::time::SystemTime> {
    let base = if secs >= 0 {
        std::time::UNIX_EPOCH.checked_add(std::time::Duration::from_secs(secs as u64))?
    } else {
        std::time::UNIX_EPOCH.checked_sub(std::time::Duration::from_secs(secs.unsigned_abs()))?
    };
    base.checked_add(std::time::Duration::from_nanos(u64::from(nanos)))
}

#[cfg(unix)]
pub fn mode_of(meta: &std::fs::Metadata) -> Option<u32> {
    use std::os::unix::fs::PermissionsExt;
    Some(meta.permissions().mode() & 0o7777)
}

#[cfg(not(unix))]
pub fn mode_of(meta: &std::fs::Metadata) -> Option<u32> {
    Some(u32::from(meta.permissions().readonly()))
}

/// Sets the mode through an open handle, so no link is followed.
#[cfg(unix)]
pub fn set_file_mode(file: &std::fs::File, mode: u32) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(std::fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
pub fn set_file_mode(file: &std::fs::File, mode: u32) -> std::io::Result<()> {
    let mut perms = file.metadata()?.permissions();
    perms.set_readonly(mode == 1);
    file.set_permissions(perms)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_relative_paths_only() {
        assert!(is_plain_relative(Path::new("input/a.txt")));
        assert!(!is_plain_relative(Path::new("../a.txt")));
        assert!(!is_plain_relative(Path::new("/etc/passwd")));
        assert!(!is_plain_relative(Path::new("input/../../x")));
        assert!(!is_plain_relative(Path::new("")));
    }

    #[test]
    fn times_round_trip_through_a_file_including_before_1970() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("a");
        let file = std::fs::File::create(&path).unwrap();
        for t in [(0, 0), (1_700_000_000, 123_456_789), (-5, 250_000_000)] {
            file.set_modified(system_time(t).unwrap()).unwrap();
            assert_eq!(mtime_of(&std::fs::metadata(&path).unwrap()), Some(t));
        }
    }

    #[cfg(unix)]
    #[test]
    fn names_that_are_not_utf8_survive_the_manifest() {
        use std::os::unix::ffi::OsStrExt;
        let name = std::ffi::OsStr::from_bytes(b"caf\xe9.txt");
        let path = ExactPath(PathBuf::from(name));
        let json = serde_json::to_string(&path).unwrap();
        assert!(json.contains("b64"));
        let back: ExactPath = serde_json::from_str(&json).unwrap();
        assert_eq!(back, path);
        let text = ExactPath(PathBuf::from("input/été 報告.txt"));
        let json = serde_json::to_string(&text).unwrap();
        assert_eq!(json, "\"input/été 報告.txt\"");
        assert_eq!(serde_json::from_str::<ExactPath>(&json).unwrap(), text);
    }
}
