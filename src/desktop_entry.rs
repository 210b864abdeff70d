//! The applications-menu entry on Linux and the BSDs. A person who
//! downloaded the bare `airlock` program (or built it) has no menu entry;
//! Airlock can write one under `$XDG_DATA_HOME` (default `~/.local/share`)
//! and take it back out. An entry installed any other way (the Debian
//! package, the archive's `install.sh`, by hand) is left alone.
//!
//! The entry written is the packaged one (`packaging/`) with the program's
//! full path as its `Exec` line and a mark saying Airlock wrote it, so
//! there is one source for its name, comments and window class.

use std::path::{Path, PathBuf};

/// The application id: the desktop entry's and the icon's name, the
/// window's app id (Wayland) and class (X11, `StartupWMClass`), and the
/// AppStream id.
pub const APP_ID: &str = "org.airlock.Airlock";

/// The entry the packages install (`Exec=airlock`).
pub const PACKAGED_ENTRY: &str = include_str!("../packaging/org.airlock.Airlock.desktop");

const ICON_SVG: &[u8] = include_bytes!("../assets/icon.svg");
const ICON_PNG_256: &[u8] = include_bytes!("../assets/icon.png");

/// The line that marks an entry Airlock wrote itself (desktop entries
/// allow `X-` keys of one's own).
const ADDED_MARK: &str = "X-Airlock-Added-By-App=true";

/// Where desktop entries are looked for, as the XDG base directory
/// specification says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MenuPlaces {
    /// The person's own data folder, where Airlock writes.
    pub data_home: PathBuf,
    /// The system's data folders, only read.
    pub data_dirs: Vec<PathBuf>,
}

impl MenuPlaces {
    /// The places of this session: `XDG_DATA_HOME` (else `~/.local/share`)
    /// and `XDG_DATA_DIRS` (else `/usr/local/share:/usr/share`). `None` on
    /// systems without XDG menus (Windows, macOS) or with no home folder.
    pub fn from_env() -> Option<Self> {
        if cfg!(any(windows, target_os = "macos")) {
            return None;
        }
        Self::from_vars(
            std::env::var_os("XDG_DATA_HOME"),
            std::env::var_os("HOME"),
            std::env::var_os("XDG_DATA_DIRS"),
        )
    }

    fn from_vars(
        data_home: Option<std::ffi::OsString>,
        home: Option<std::ffi::OsString>,
        data_dirs: Option<std::ffi::OsString>,
    ) -> Option<Self> {
        // The specification ignores relative paths in these variables.
        let absolute = |p: PathBuf| p.is_absolute().then_some(p);
        let data_home = data_home
            .map(PathBuf::from)
            .and_then(absolute)
            .or_else(|| {
                home.map(PathBuf::from)
                    .and_then(absolute)
                    .map(|h| h.join(".local/share"))
            })?;
        let mut dirs: Vec<PathBuf> = data_dirs
            .map(|v| std::env::split_paths(&v).filter_map(absolute).collect())
            .unwrap_or_default();
        if dirs.is_empty() {
            dirs = vec!["/usr/local/share".into(), "/usr/share".into()];
        }
        Some(Self {
            data_home,
            data_dirs: dirs,
        })
    }

    fn entry_in(dir: &Path) -> PathBuf {
        dir.join("applications").join(format!("{APP_ID}.desktop"))
    }

    /// The entry Airlock writes.
    pub fn own_entry(&self) -> PathBuf {
        Self::entry_in(&self.data_home)
    }

    /// The icons written with it: (path, bytes).
    fn icons(&self) -> [(PathBuf, &'static [u8]); 2] {
        let apps = |size: &str| self.data_home.join("icons/hicolor").join(size).join("apps");
        [
            (apps("256x256").join(format!("{APP_ID}.png")), ICON_PNG_256),
            (apps("scalable").join(format!("{APP_ID}.svg")), ICON_SVG),
        ]
    }
}

/// Whether Airlock is in the applications menu, and who put it there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MenuState {
    /// Installed with the system, by the archive's installer or by hand:
    /// Airlock leaves it alone.
    Installed,
    /// The entry Airlock wrote itself: it can take it out again.
    AddedByAirlock,
    /// Not in the menu: Airlock can add itself.
    Absent,
}

/// Why the menu entry could not be written or removed.
#[derive(Debug, thiserror::Error)]
pub enum MenuEntryError {
    #[error("the program's location cannot be written in a menu entry ({0})")]
    UnsupportedPath(PathBuf),
    #[error("could not write the menu entry: {source} ({path})")]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("could not remove the menu entry: {source} ({path})")]
    Remove {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("the menu entry was not added by Airlock, so Airlock leaves it ({0})")]
    NotAddedByAirlock(PathBuf),
}

/// This copy of Airlock and the menu it may join.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MenuEntry {
    places: MenuPlaces,
    /// The running program, as the entry's `Exec` line names it.
    program: PathBuf,
}

impl MenuEntry {
    pub fn new(places: MenuPlaces, program: impl Into<PathBuf>) -> Self {
        Self {
            places,
            program: program.into(),
        }
    }

    /// The running program and this session's menu places; `None` where
    /// there is no XDG menu.
    pub fn for_this_program() -> Option<Self> {
        let places = MenuPlaces::from_env()?;
        let program = std::env::current_exe().ok()?;
        Some(Self::new(places, program))
    }

    pub fn places(&self) -> &MenuPlaces {
        &self.places
    }

    /// Reads the menu folders. A program under `/usr` or `/opt` came with
    /// the system (a package), so it counts as installed.
    pub fn state(&self) -> MenuState {
        let own = self.places.own_entry();
        if let Ok(text) = std::fs::read_to_string(&own) {
            return if text.lines().any(|l| l.trim() == ADDED_MARK) {
                MenuState::AddedByAirlock
            } else {
                MenuState::Installed
            };
        }
        let in_system = self
            .places
            .data_dirs
            .iter()
            .any(|dir| MenuPlaces::entry_in(dir).is_file());
        if in_system || is_system_program(&self.program) {
            MenuState::Installed
        } else {
            MenuState::Absent
        }
    }

    /// The entry Airlock writes for this program.
    pub fn entry_text(&self) -> Result<String, MenuEntryError> {
        let exec = exec_value(&self.program)
            .ok_or_else(|| MenuEntryError::UnsupportedPath(self.program.clone()))?;
        let mut text = String::new();
        for line in PACKAGED_ENTRY.lines() {
            if line.starts_with("Exec=") {
                text.push_str(&format!("Exec={exec}\n"));
            } else {
                text.push_str(line);
                text.push('\n');
            }
        }
        text.push_str(ADDED_MARK);
        text.push('\n');
        Ok(text)
    }

    /// Writes the entry and the icons under the person's data folder.
    pub fn add(&self) -> Result<(), MenuEntryError> {
        let entry = self.entry_text()?;
        for (path, bytes) in self.places.icons() {
            write_file(&path, bytes)?;
        }
        // The entry last: a menu never shows it without its icon.
        write_file(&self.places.own_entry(), entry.as_bytes())?;
        log::info!("menu entry written: {}", self.places.own_entry().display());
        Ok(())
    }

    /// Removes the entry and icons Airlock wrote; any other entry stays.
    pub fn remove(&self) -> Result<(), MenuEntryError> {
        let own = self.places.own_entry();
        if self.state() != MenuState::AddedByAirlock {
            return Err(MenuEntryError::NotAddedByAirlock(own));
        }
        remove_file(&own)?;
        for (path, _) in self.places.icons() {
            remove_file(&path)?;
        }
        log::info!("menu entry removed: {}", own.display());
        Ok(())
    }
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<(), MenuEntryError> {
    let write = |path: &Path| {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        crate::fsutil::write_atomic(path, bytes)
    };
    write(path).map_err(|source| MenuEntryError::Write {
        path: path.to_path_buf(),
        source,
    })
}

fn remove_file(path: &Path) -> Result<(), MenuEntryError> {
    match std::fs::remove_file(path) {
        Err(err) if err.kind() != std::io::ErrorKind::NotFound => Err(MenuEntryError::Remove {
            path: path.to_path_buf(),
            source: err,
        }),
        _ => Ok(()),
    }
}

fn is_system_program(program: &Path) -> bool {
    program.starts_with("/usr") || program.starts_with("/opt")
}

/// The program's path as an `Exec` value: quoted when it holds a reserved
/// character, `%` doubled, then escaped as a desktop-entry string. `None`
/// for paths an entry cannot hold (not UTF-8, or with a line break).
fn exec_value(program: &Path) -> Option<String> {
    const RESERVED: &[char] = &[
        ' ', '\t', '"', '\'', '\\', '>', '<', '~', '|', '&', ';', '$', '*', '?', '#', '(', ')', '`',
    ];
    let path = program.to_str()?;
    if path.contains(['\n', '\r']) || !program.is_absolute() {
        return None;
    }
    let arg = if path.contains(RESERVED) {
        let mut quoted = String::from("\"");
        for c in path.chars() {
            if matches!(c, '"' | '`' | '$' | '\\') {
                quoted.push('\\');
            }
            quoted.push(c);
        }
        quoted.push('"');
        quoted
    } else {
        path.to_string()
    };
    Some(arg.replace('%', "%%").replace('\\', "\\\\"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places(root: &Path) -> MenuPlaces {
        MenuPlaces {
            data_home: root.join("home/.local/share"),
            data_dirs: vec![root.join("usr/local/share"), root.join("usr/share")],
        }
    }

    fn value_of<'a>(text: &'a str, key: &str) -> Option<&'a str> {
        text.lines()
            .find_map(|l| l.strip_prefix(key).and_then(|l| l.strip_prefix('=')))
    }

    #[test]
    fn the_packaged_entry_names_the_app_id_for_icon_and_window() {
        assert_eq!(value_of(PACKAGED_ENTRY, "Icon"), Some(APP_ID));
        assert_eq!(value_of(PACKAGED_ENTRY, "StartupWMClass"), Some(APP_ID));
        assert_eq!(value_of(PACKAGED_ENTRY, "Exec"), Some("airlock"));
        assert!(value_of(PACKAGED_ENTRY, "Comment[fr]").is_some());
    }

    #[test]
    fn a_bare_program_with_no_entry_is_absent_then_added_then_removed() {
        let tmp = tempfile::tempdir().unwrap();
        let menu = MenuEntry::new(places(tmp.path()), tmp.path().join("Downloads/airlock"));
        assert_eq!(menu.state(), MenuState::Absent);

        menu.add().unwrap();
        assert_eq!(menu.state(), MenuState::AddedByAirlock);
        let written = std::fs::read_to_string(menu.places().own_entry()).unwrap();
        let exec = tmp.path().join("Downloads/airlock");
        assert_eq!(value_of(&written, "Exec"), exec.to_str());
        assert_eq!(value_of(&written, "Name"), Some("Airlock"));
        let icon = tmp
            .path()
            .join("home/.local/share/icons/hicolor/256x256/apps/org.airlock.Airlock.png");
        assert_eq!(std::fs::read(&icon).unwrap(), ICON_PNG_256);

        menu.remove().unwrap();
        assert_eq!(menu.state(), MenuState::Absent);
        assert!(!menu.places().own_entry().exists());
        assert!(!icon.exists());
        // The folders stay: other programs keep their entries there.
        assert!(tmp.path().join("home/.local/share/applications").is_dir());
    }

    #[test]
    fn an_entry_written_by_someone_else_is_installed_and_never_removed() {
        let tmp = tempfile::tempdir().unwrap();
        let menu = MenuEntry::new(places(tmp.path()), tmp.path().join("bin/airlock"));
        let own = menu.places().own_entry();
        std::fs::create_dir_all(own.parent().unwrap()).unwrap();
        std::fs::write(&own, PACKAGED_ENTRY).unwrap();
        assert_eq!(menu.state(), MenuState::Installed);
        assert!(matches!(
            menu.remove(),
            Err(MenuEntryError::NotAddedByAirlock(_))
        ));
        assert_eq!(std::fs::read_to_string(&own).unwrap(), PACKAGED_ENTRY);
    }

    #[test]
    fn a_system_entry_or_a_system_program_counts_as_installed() {
        let tmp = tempfile::tempdir().unwrap();
        let system = tmp.path().join("usr/share/applications");
        std::fs::create_dir_all(&system).unwrap();
        std::fs::write(system.join("org.airlock.Airlock.desktop"), PACKAGED_ENTRY).unwrap();
        let menu = MenuEntry::new(places(tmp.path()), tmp.path().join("bin/airlock"));
        assert_eq!(menu.state(), MenuState::Installed);

        let empty = tempfile::tempdir().unwrap();
        let packaged = MenuEntry::new(places(empty.path()), "/usr/bin/airlock");
        assert_eq!(packaged.state(), MenuState::Installed);
    }

    #[test]
    fn xdg_data_home_wins_and_relative_paths_are_ignored() {
        let places = MenuPlaces::from_vars(
            Some("/data".into()),
            Some("/home/ann".into()),
            Some("/sys-a:relative:/sys-b".into()),
        )
        .unwrap();
        assert_eq!(places.data_home, Path::new("/data"));
        assert_eq!(
            places.data_dirs,
            vec![PathBuf::from("/sys-a"), PathBuf::from("/sys-b")]
        );

        let defaults =
            MenuPlaces::from_vars(Some("relative".into()), Some("/home/ann".into()), None).unwrap();
        assert_eq!(defaults.data_home, Path::new("/home/ann/.local/share"));
        assert_eq!(
            defaults.data_dirs,
            vec![
                PathBuf::from("/usr/local/share"),
                PathBuf::from("/usr/share")
            ]
        );
        assert_eq!(MenuPlaces::from_vars(None, None, None), None);
    }

    #[test]
    fn exec_lines_quote_and_escape_what_they_must() {
        assert_eq!(
            exec_value(Path::new("/opt/air/airlock")).as_deref(),
            Some("/opt/air/airlock")
        );
        assert_eq!(
            exec_value(Path::new("/home/ann/My Apps/airlock")).as_deref(),
            Some("\"/home/ann/My Apps/airlock\"")
        );
        // `$` is escaped inside the quotes, then the backslash is escaped
        // again as a string value.
        assert_eq!(
            exec_value(Path::new("/home/ann/$x/100%/airlock")).as_deref(),
            Some("\"/home/ann/\\\\$x/100%%/airlock\"")
        );
        assert_eq!(exec_value(Path::new("/home/a\nb/airlock")), None);
        assert_eq!(exec_value(Path::new("airlock")), None);
    }

    #[test]
    fn an_unwritable_data_folder_gives_an_error_not_a_panic() {
        let tmp = tempfile::tempdir().unwrap();
        // A file where the folder should be.
        std::fs::write(tmp.path().join("blocked"), "").unwrap();
        let menu = MenuEntry::new(
            MenuPlaces {
                data_home: tmp.path().join("blocked"),
                data_dirs: vec![],
            },
            tmp.path().join("airlock"),
        );
        assert!(matches!(menu.add(), Err(MenuEntryError::Write { .. })));
        assert_eq!(menu.state(), MenuState::Absent);
    }
}
