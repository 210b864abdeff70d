//! The person's own folders (home, Documents, Desktop…), the cloud-synced
//! ones, and the system's: what a workspace must not be, contain or sit in.
//! Passed to the place check as data, so tests can use a fake home.

use std::path::{Path, PathBuf};

/// A personal folder that a workspace must never be, nor be a parent of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersonalKind {
    Documents,
    Desktop,
    Downloads,
    Pictures,
    Music,
    Videos,
}

impl PersonalKind {
    pub const ALL: [PersonalKind; 6] = [
        PersonalKind::Documents,
        PersonalKind::Desktop,
        PersonalKind::Downloads,
        PersonalKind::Pictures,
        PersonalKind::Music,
        PersonalKind::Videos,
    ];

    /// The folder's usual name under the home folder.
    pub fn usual_name(self) -> &'static str {
        match self {
            PersonalKind::Documents => "Documents",
            PersonalKind::Desktop => "Desktop",
            PersonalKind::Downloads => "Downloads",
            PersonalKind::Pictures => "Pictures",
            PersonalKind::Music => "Music",
            PersonalKind::Videos => "Videos",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonalFolder {
    pub kind: PersonalKind,
    pub path: PathBuf,
}

/// A folder that a sync client copies to the cloud.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CloudFolder {
    pub service: String,
    pub path: PathBuf,
}

/// Everything the place check needs to know about this person's computer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserFolders {
    pub home: PathBuf,
    pub personal: Vec<PersonalFolder>,
    pub cloud: Vec<CloudFolder>,
    /// The system's temporary folder: emptied on restart on many systems.
    pub temp: Option<PathBuf>,
}

/// Folders of the operating system. A workspace is never one of these nor
/// inside one. Listed for every platform: a path that cannot exist here
/// simply never matches.
pub const SYSTEM_FOLDERS: &[&str] = &[
    "/bin",
    "/boot",
    "/dev",
    "/etc",
    "/lib",
    "/lib32",
    "/lib64",
    "/libx32",
    "/opt",
    "/proc",
    "/run",
    "/sbin",
    "/snap",
    "/srv",
    "/sys",
    "/usr",
    "/var",
    "/Applications",
    "/Library",
    "/System",
    "/private",
    "/cores",
    r"C:\Windows",
    r"C:\Program Files",
    r"C:\Program Files (x86)",
    r"C:\ProgramData",
    r"C:\Recovery",
    r"C:\$Recycle.Bin",
];

/// Folders that are only ever parents of other people's or the system's
/// files: a workspace may sit deeper, but never be one of these.
pub const SHARED_PARENTS: &[&str] = &[
    "/home",
    "/Users",
    "/mnt",
    "/media",
    "/Volumes",
    "/tmp",
    r"C:\Users",
];

/// Folder names that cloud sync clients use, matched against each part of
/// a path, so a synced folder is recognised wherever the client put it.
const CLOUD_NAMES: &[(&str, &str)] = &[
    ("Dropbox", "Dropbox"),
    ("OneDrive", "OneDrive"),
    ("Google Drive", "Google Drive"),
    ("GoogleDrive", "Google Drive"),
    ("My Drive", "Google Drive"),
    ("iCloud Drive", "iCloud Drive"),
    ("iCloudDrive", "iCloud Drive"),
    ("com~apple~CloudDocs", "iCloud Drive"),
    ("Mobile Documents", "iCloud Drive"),
    ("CloudStorage", "a cloud storage service"),
    ("Box", "Box"),
    ("Box Sync", "Box"),
    ("pCloudDrive", "pCloud"),
    ("Nextcloud", "Nextcloud"),
    ("ownCloud", "ownCloud"),
    ("MEGA", "MEGA"),
];

/// The cloud service whose folder name appears in `path`, if any.
pub fn cloud_service_in(path: &Path) -> Option<&'static str> {
    path.components().find_map(|component| {
        let part = component.as_os_str().to_string_lossy();
        CLOUD_NAMES.iter().find_map(|(name, service)| {
            let matches = part == *name
                // "OneDrive - Contoso", "Dropbox (Personal)"
                || (part.starts_with(name)
                    && part[name.len()..].starts_with([' ', '-', '(']));
            matches.then_some(*service)
        })
    })
}

impl UserFolders {
    /// The usual layout under `home`: what tests use, and the base of
    /// [`UserFolders::detect`].
    pub fn for_home(home: impl Into<PathBuf>) -> Self {
        let home = home.into();
        let personal = PersonalKind::ALL
            .iter()
            .map(|&kind| PersonalFolder {
                kind,
                path: home.join(kind.usual_name()),
            })
            .collect();
        let cloud = [
            ("Dropbox", "Dropbox"),
            ("OneDrive", "OneDrive"),
            ("Google Drive", "Google Drive"),
            ("iCloudDrive", "iCloud Drive"),
            (
                "Library/Mobile Documents/com~apple~CloudDocs",
                "iCloud Drive",
            ),
            ("Library/CloudStorage", "a cloud storage service"),
        ]
        .iter()
        .map(|(rel, service)| CloudFolder {
            service: (*service).to_string(),
            path: home.join(rel),
        })
        .collect();
        Self {
            home,
            personal,
            cloud,
            temp: None,
        }
    }

    /// This computer's folders: the operating system's idea of Documents,
    /// Desktop… (XDG user dirs, macOS and Windows known folders), plus the
    /// usual names in case they differ.
    pub fn detect() -> Option<Self> {
        let base = directories::BaseDirs::new()?;
        let mut folders = Self::for_home(base.home_dir());
        if let Some(user) = directories::UserDirs::new() {
            let known = [
                (PersonalKind::Documents, user.document_dir()),
                (PersonalKind::Desktop, user.desktop_dir()),
                (PersonalKind::Downloads, user.download_dir()),
                (PersonalKind::Pictures, user.picture_dir()),
                (PersonalKind::Music, user.audio_dir()),
                (PersonalKind::Videos, user.video_dir()),
            ];
            for (kind, dir) in known {
                if let Some(dir) = dir {
                    let folder = PersonalFolder {
                        kind,
                        path: dir.to_path_buf(),
                    };
                    // XDG may point a user dir at the home itself; that is
                    // already refused as the home folder.
                    if folder.path != folders.home && !folders.personal.contains(&folder) {
                        folders.personal.push(folder);
                    }
                }
            }
        }
        folders.temp = Some(std::env::temp_dir());
        Some(folders)
    }

    /// The default workspace: `~/Cowork-Workspace`.
    pub fn default_workspace(&self) -> PathBuf {
        self.home.join(super::DEFAULT_WORKSPACE_NAME)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cloud_names_are_found_in_any_part_of_a_path() {
        assert_eq!(
            cloud_service_in(Path::new("/home/ann/Dropbox/work")),
            Some("Dropbox")
        );
        assert_eq!(
            cloud_service_in(Path::new(r"/Users/ann/OneDrive - Contoso/ws")),
            Some("OneDrive")
        );
        assert_eq!(cloud_service_in(Path::new("/home/ann/Dropboxes")), None);
        assert_eq!(cloud_service_in(Path::new("/home/ann/ws")), None);
    }

    #[test]
    fn fake_home_has_every_personal_folder() {
        let folders = UserFolders::for_home("/fake/home");
        assert_eq!(folders.personal.len(), PersonalKind::ALL.len());
        assert!(
            folders
                .personal
                .iter()
                .any(|f| f.path == Path::new("/fake/home/Downloads"))
        );
    }
}
