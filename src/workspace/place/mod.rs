//! Place checks: is this a safe place for a workspace? Refuses places that
//! would widen what the assistant can reach (the home folder, Documents,
//! the system's folders, a parent of any of them, a shortcut leading
//! there) and warns about places that are allowed but risky (a synced
//! folder, a folder that already holds files).

use std::path::{Path, PathBuf};

use serde::Serialize;

use super::folders::{SHARED_PARENTS, SYSTEM_FOLDERS, UserFolders, cloud_service_in};
use super::{DEFAULT_WORKSPACE_NAME, FOLDERS};
use crate::fsutil::normalize_lexically;

/// How many entries of a non-empty folder are named to the person.
const LISTED_ENTRIES: usize = 8;

/// One reason a place is refused or needs a second thought.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Concern {
    /// The top of a drive.
    Root,
    /// The home folder itself.
    Home,
    /// Documents, Desktop, Downloads…
    Personal { name: String },
    /// A folder that contains the home folder or a personal folder.
    ParentOf { name: String },
    /// One of the operating system's folders, or inside one.
    System { folder: PathBuf },
    /// A folder that only holds other folders (`/home`, `/Volumes`…).
    SharedParent { folder: PathBuf },
    /// Inside a hidden settings folder of the home (`~/.ssh`, `~/.config`).
    HiddenSettings { folder: PathBuf },
    /// One of Airlock's own folders, inside one, or containing one.
    AppFolder,
    /// The chosen folder is itself a shortcut (symbolic link).
    IsShortcut { target: PathBuf },
    /// The path leads somewhere refused through a shortcut.
    ThroughShortcut {
        resolved: PathBuf,
        inner: Box<Concern>,
    },
    /// There is a file, not a folder, at that path.
    NotAFolder,
    /// Inside a folder that a sync client copies to the cloud.
    CloudSynced { service: String },
    /// Inside the system's temporary folder.
    Temporary,
    /// The folder already holds files.
    NotEmpty {
        entries: Vec<String>,
        total: usize,
        fresh_subfolder: PathBuf,
    },
}

impl Concern {
    /// What is wrong, in one sentence.
    pub fn what(&self) -> String {
        self.what_message().text()
    }

    /// Why it matters, in one sentence.
    pub fn why(&self) -> String {
        self.why_message().text()
    }

    /// What to do instead, in one sentence.
    pub fn todo(&self) -> String {
        self.todo_message().text()
    }

    /// What is wrong, as a message.
    pub fn what_message(&self) -> crate::i18n::Msg {
        let shown = |p: &Path| p.display().to_string();
        match self {
            Concern::Root => crate::msg!("place-root"),
            Concern::Home => crate::msg!("place-home"),
            Concern::Personal { name } => crate::msg!("place-personal", name = name),
            Concern::ParentOf { name } => crate::msg!("place-parent-of", name = name),
            Concern::System { folder } => crate::msg!("place-system", folder = shown(folder)),
            Concern::SharedParent { folder } => {
                crate::msg!("place-shared-parent", folder = shown(folder))
            }
            Concern::HiddenSettings { folder } => {
                crate::msg!("place-hidden-settings", folder = shown(folder))
            }
            Concern::AppFolder => crate::msg!("place-app-folder"),
            Concern::IsShortcut { target } => crate::msg!("place-shortcut", target = shown(target)),
            Concern::ThroughShortcut { resolved, inner } => crate::msg!(
                "sentences",
                first = crate::msg!("place-through-shortcut", resolved = shown(resolved)),
                second = inner.what_message()
            ),
            Concern::NotAFolder => crate::msg!("place-not-a-folder"),
            Concern::CloudSynced { service } => crate::msg!("place-cloud", service = service),
            Concern::Temporary => crate::msg!("place-temporary"),
            Concern::NotEmpty { entries, total, .. } => {
                let listed = entries.join(", ");
                if *total > entries.len() {
                    crate::msg!(
                        "place-not-empty-more",
                        total = *total,
                        listed = listed,
                        more = total - entries.len()
                    )
                } else {
                    crate::msg!("place-not-empty", total = *total, listed = listed)
                }
            }
        }
    }

    /// Why it matters, as a message.
    pub fn why_message(&self) -> crate::i18n::Msg {
        match self {
            Concern::Root
            | Concern::Home
            | Concern::Personal { .. }
            | Concern::ParentOf { .. }
            | Concern::SharedParent { .. } => crate::msg!("place-why-too-wide"),
            Concern::System { .. } => crate::msg!("place-why-system"),
            Concern::HiddenSettings { .. } => crate::msg!("place-why-hidden-settings"),
            Concern::AppFolder => crate::msg!("place-why-app-folder"),
            Concern::IsShortcut { .. } => crate::msg!("place-why-shortcut"),
            Concern::ThroughShortcut { inner, .. } => inner.why_message(),
            Concern::NotAFolder => crate::msg!("place-why-not-a-folder"),
            Concern::CloudSynced { .. } => crate::msg!("place-why-cloud"),
            Concern::Temporary => crate::msg!("place-why-temporary"),
            Concern::NotEmpty { .. } => crate::msg!("place-why-not-empty"),
        }
    }

    /// What to do instead, as a message.
    pub fn todo_message(&self) -> crate::i18n::Msg {
        match self {
            Concern::IsShortcut { target } => {
                crate::msg!(
                    "place-do-real-folder",
                    target = target.display().to_string()
                )
            }
            Concern::ThroughShortcut { inner, .. } => inner.todo_message(),
            Concern::NotEmpty {
                fresh_subfolder, ..
            } => crate::msg!(
                "place-do-subfolder",
                folder = fresh_subfolder.display().to_string()
            ),
            Concern::CloudSynced { .. } => crate::msg!("place-do-not-synced"),
            Concern::Temporary => crate::msg!("place-do-home"),
            Concern::AppFolder => crate::msg!("place-do-outside-app"),
            Concern::NotAFolder => crate::msg!("place-do-other-name"),
            _ => crate::msg!("place-do-dedicated", name = DEFAULT_WORKSPACE_NAME),
        }
    }

    /// A better place, when there is an obvious one.
    pub fn suggested_path(&self) -> Option<&Path> {
        match self {
            Concern::IsShortcut { target } => Some(target),
            Concern::NotEmpty {
                fresh_subfolder, ..
            } => Some(fresh_subfolder),
            Concern::ThroughShortcut { inner, .. } => inner.suggested_path(),
            _ => None,
        }
    }
}

/// What is already at the chosen place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Existing {
    Nothing,
    EmptyFolder,
    /// Already laid out as a workspace (only input/, output/, archive/).
    Workspace,
    FolderWithFiles,
}

/// The verdict on one place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlaceCheck {
    /// The place as checked: absolute, with `.` and `..` resolved.
    pub path: PathBuf,
    pub refusal: Option<Concern>,
    /// Allowed only after the person confirms.
    pub warnings: Vec<Concern>,
    /// Worth knowing, but no reason to stop (a temporary folder).
    pub notes: Vec<Concern>,
    pub existing: Existing,
}

impl PlaceCheck {
    pub fn is_refused(&self) -> bool {
        self.refusal.is_some()
    }

    /// Allowed without asking the person anything (notes aside).
    pub fn is_clear(&self) -> bool {
        self.refusal.is_none() && self.warnings.is_empty()
    }
}

/// What the check compares a place with.
#[derive(Debug, Clone)]
pub struct PlaceRules {
    pub folders: UserFolders,
    /// Airlock's own folders (settings, records, later backups and
    /// quarantine): never a workspace, never inside or around one.
    pub reserved: Vec<PathBuf>,
}

impl PlaceRules {
    /// Every folder a workspace may neither be, be inside, nor contain:
    /// Airlock's own folders, the quarantine, the backup folder and every
    /// folder a backup was written to.
    pub fn reserved_for(
        home: &crate::app_home::AppHome,
        settings: &crate::settings::Settings,
        home_folder: &Path,
    ) -> Vec<PathBuf> {
        let mut reserved = home.owned_dirs();
        reserved.push(settings.quarantine_dir.clone().unwrap_or_else(|| {
            home_folder.join(crate::workspace::quarantine::DEFAULT_QUARANTINE_NAME)
        }));
        reserved.push(crate::backup::BackupStore::for_settings(settings, home_folder).dir);
        reserved.extend(settings.backup_destinations.iter().cloned());
        reserved
    }

    /// Checks `path` (made absolute against the current folder).
    pub fn check(&self, path: &Path) -> PlaceCheck {
        let path = normalize_lexically(&std::path::absolute(path).unwrap_or(path.to_path_buf()));
        let existing = existing_at(&path);
        let refusal = self.refusal(&path);
        let (warnings, notes) = if refusal.is_some() {
            (Vec::new(), Vec::new())
        } else {
            self.warnings(&path, existing)
        };
        PlaceCheck {
            path,
            refusal,
            warnings,
            notes,
            existing,
        }
    }

    fn refusal(&self, path: &Path) -> Option<Concern> {
        if let Some(concern) = self.lexical_refusal(path) {
            return Some(concern);
        }
        // The real place, with every shortcut on the way followed.
        let resolved = resolve_existing_prefix(path);
        if let Ok(meta) = std::fs::symlink_metadata(path) {
            if meta.file_type().is_symlink() {
                return Some(match self.lexical_refusal(&resolved) {
                    Some(inner) => Concern::ThroughShortcut {
                        resolved,
                        inner: Box::new(inner),
                    },
                    None => Concern::IsShortcut { target: resolved },
                });
            }
            if !meta.is_dir() {
                return Some(Concern::NotAFolder);
            }
        }
        if resolved != path
            && let Some(inner) = self.lexical_refusal(&resolved)
        {
            return Some(Concern::ThroughShortcut {
                resolved,
                inner: Box::new(inner),
            });
        }
        self.identity_refusal(path)
    }

    /// Refusals decided by the file system rather than by names: the
    /// place (or a folder above it) is the very same folder as the home
    /// folder, Documents, a system or reserved folder, seen under another
    /// name (a bind mount, a renamed folder), compared by device and inode.
    fn identity_refusal(&self, path: &Path) -> Option<Concern> {
        let id = identity(path)?;
        let is = |other: &Path| identity(other) == Some(id);
        if is(Path::new("/")) {
            return Some(Concern::Root);
        }
        if is(&self.folders.home) {
            return Some(Concern::Home);
        }
        for folder in &self.folders.personal {
            if is(&folder.path) {
                return Some(Concern::Personal {
                    name: folder.kind.usual_name().to_string(),
                });
            }
        }
        // Inside a system or reserved folder seen under another name.
        if !in_user_temp(path) {
            for ancestor in path.ancestors() {
                let Some(above) = identity(ancestor) else {
                    continue;
                };
                for reserved in &self.reserved {
                    if identity(reserved) == Some(above) {
                        return Some(Concern::AppFolder);
                    }
                }
                for system in SYSTEM_FOLDERS {
                    if identity(Path::new(system)) == Some(above) {
                        return Some(Concern::System {
                            folder: PathBuf::from(system),
                        });
                    }
                }
            }
        }
        // Holding the home folder or a personal folder under another name.
        let held = std::iter::once((&self.folders.home, "home folder".to_string())).chain(
            self.folders
                .personal
                .iter()
                .map(|f| (&f.path, format!("{} folder", f.kind.usual_name()))),
        );
        for (folder, name) in held {
            if folder.ancestors().skip(1).any(is) {
                return Some(Concern::ParentOf { name });
            }
        }
        // A reserved folder inside it.
        for reserved in &self.reserved {
            if reserved.ancestors().any(is) {
                return Some(Concern::AppFolder);
            }
        }
        None
    }

    /// Refusals decided on the path's text alone.
    fn lexical_refusal(&self, path: &Path) -> Option<Concern> {
        if path.parent().is_none() {
            return Some(Concern::Root);
        }
        let home = &self.folders.home;
        if same(path, home) {
            return Some(Concern::Home);
        }
        for folder in &self.folders.personal {
            if same(path, &folder.path) {
                return Some(Concern::Personal {
                    name: folder.kind.usual_name().to_string(),
                });
            }
        }
        for reserved in &self.reserved {
            if inside_or_same(path, reserved) || inside_or_same(reserved, path) {
                return Some(Concern::AppFolder);
            }
        }
        if inside_or_same(home, path) {
            return Some(Concern::ParentOf {
                name: "home folder".into(),
            });
        }
        for folder in &self.folders.personal {
            if inside_or_same(&folder.path, path) {
                return Some(Concern::ParentOf {
                    name: format!("{} folder", folder.kind.usual_name()),
                });
            }
        }
        for system in SYSTEM_FOLDERS {
            let system = Path::new(system);
            // The temporary folder never relaxes this: `TMPDIR=/` must not
            // turn the check off. Only the system's own per-user temporary
            // folders (macOS keeps them under /var/folders) are ordinary.
            if inside_or_same(path, system) && !in_user_temp(path) {
                return Some(Concern::System {
                    folder: system.to_path_buf(),
                });
            }
        }
        for shared in SHARED_PARENTS {
            if same(path, Path::new(shared)) {
                return Some(Concern::SharedParent {
                    folder: PathBuf::from(shared),
                });
            }
        }
        if let Ok(rest) = strip_prefix(path, home) {
            let first = rest.components().next()?;
            let name = first.as_os_str().to_string_lossy();
            if name.starts_with('.') || name == "Library" || name == "AppData" {
                return Some(Concern::HiddenSettings {
                    folder: home.join(first),
                });
            }
        }
        None
    }

    fn in_temp(&self, path: &Path) -> bool {
        self.folders.temp.as_ref().is_some_and(|temp| {
            inside_or_same(path, temp)
                || std::fs::canonicalize(temp).is_ok_and(|real| inside_or_same(path, &real))
        })
    }

    /// Warnings that need confirmation, and notes that do not.
    fn warnings(&self, path: &Path, existing: Existing) -> (Vec<Concern>, Vec<Concern>) {
        let mut warnings = Vec::new();
        let mut notes = Vec::new();
        let resolved = resolve_existing_prefix(path);
        let cloud = self
            .folders
            .cloud
            .iter()
            .find(|c| inside_or_same(path, &c.path) || inside_or_same(&resolved, &c.path))
            .map(|c| c.service.clone())
            .or_else(|| {
                cloud_service_in(path)
                    .or_else(|| cloud_service_in(&resolved))
                    .map(str::to_string)
            });
        if let Some(service) = cloud {
            warnings.push(Concern::CloudSynced { service });
        }
        if self.in_temp(path) {
            notes.push(Concern::Temporary);
        }
        if existing == Existing::FolderWithFiles {
            let (entries, total) = list_entries(path);
            warnings.push(Concern::NotEmpty {
                entries,
                total,
                fresh_subfolder: fresh_subfolder(path),
            });
        }
        (warnings, notes)
    }
}

/// The system's own per-user temporary folders, which live inside a
/// system folder on macOS. Fixed names: the environment never widens it.
const USER_TEMP_PARENTS: &[&str] = &["/var/folders", "/private/var/folders"];

fn in_user_temp(path: &Path) -> bool {
    USER_TEMP_PARENTS
        .iter()
        .any(|parent| inside_or_same(path, Path::new(parent)))
}

/// Device and inode of the folder at `path` (links followed): the same
/// pair means the same folder, whatever it is called.
fn identity(path: &Path) -> Option<(u64, u64)> {
    let stamp = crate::fsutil::stamp::FileStamp::of(&std::fs::metadata(path).ok()?);
    Some((stamp.dev?, stamp.ino?))
}

fn existing_at(path: &Path) -> Existing {
    let Ok(entries) = std::fs::read_dir(path) else {
        return if path.exists() {
            Existing::FolderWithFiles
        } else {
            Existing::Nothing
        };
    };
    let mut any = false;
    let mut only_layout = true;
    for entry in entries.flatten() {
        any = true;
        let name = entry.file_name();
        let is_layout_dir =
            FOLDERS.iter().any(|f| name == *f) && entry.file_type().is_ok_and(|t| t.is_dir());
        if !is_layout_dir {
            only_layout = false;
        }
    }
    match (any, only_layout) {
        (false, _) => Existing::EmptyFolder,
        (true, true) => Existing::Workspace,
        (true, false) => Existing::FolderWithFiles,
    }
}

fn list_entries(path: &Path) -> (Vec<String>, usize) {
    let mut names: Vec<String> = std::fs::read_dir(path)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let total = names.len();
    names.truncate(LISTED_ENTRIES);
    (names, total)
}

/// A subfolder name that does not exist yet.
fn fresh_subfolder(path: &Path) -> PathBuf {
    let first = path.join(DEFAULT_WORKSPACE_NAME);
    if !first.exists() {
        return first;
    }
    (2..)
        .map(|n| path.join(format!("{DEFAULT_WORKSPACE_NAME}-{n}")))
        .find(|candidate| !candidate.exists())
        .unwrap_or(first)
}

/// The real location of `path`: its longest existing prefix with every
/// shortcut followed, and the rest appended as written.
fn resolve_existing_prefix(path: &Path) -> PathBuf {
    let mut prefix = path.to_path_buf();
    let mut rest = Vec::new();
    loop {
        if let Ok(real) = std::fs::canonicalize(&prefix) {
            let mut out = real;
            for part in rest.iter().rev() {
                out.push(part);
            }
            return out;
        }
        match (
            prefix.file_name().map(|n| n.to_os_string()),
            prefix.parent(),
        ) {
            (Some(name), Some(parent)) => {
                rest.push(name);
                prefix = parent.to_path_buf();
            }
            _ => return path.to_path_buf(),
        }
    }
}

/// File systems on Windows and macOS ignore case by default.
fn fold(path: &Path) -> String {
    let text = path.to_string_lossy();
    if cfg!(any(windows, target_os = "macos")) {
        text.to_lowercase()
    } else {
        text.into_owned()
    }
}

fn same(a: &Path, b: &Path) -> bool {
    fold(a) == fold(b)
}

fn strip_prefix<'a>(path: &'a Path, base: &Path) -> Result<&'a Path, ()> {
    if cfg!(any(windows, target_os = "macos")) {
        let (p, b) = (fold(path), fold(base));
        if p == b {
            return Ok(Path::new(""));
        }
        let skip = Path::new(&b).components().count();
        if Path::new(&p).starts_with(&b) {
            let mut components = path.components();
            for _ in 0..skip {
                components.next();
            }
            return Ok(components.as_path());
        }
        Err(())
    } else {
        path.strip_prefix(base).map_err(|_| ())
    }
}

/// `path` is `base` or somewhere below it.
fn inside_or_same(path: &Path, base: &Path) -> bool {
    strip_prefix(path, base).is_ok()
}
pub mod guard;

#[cfg(test)]
mod tests;
