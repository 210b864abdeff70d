//! The person's settings, kept as RON in the app's own folder. A file that
//! cannot be read falls back to defaults and says so; nothing is lost,
//! because the unreadable file is set aside rather than overwritten.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// Bumped when the shape changes; `upgrade` carries older files forward.
pub const SETTINGS_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub version: u32,
    /// The workspace the person created, if any.
    pub workspace: Option<PathBuf>,
    /// Ids of the before-first-use checklist items the person ticked.
    pub first_use_ticked: BTreeSet<String>,
    /// Where quarantined files go (default `~/Cowork-Quarantine`).
    pub quarantine_dir: Option<PathBuf>,
    /// Where backups go (default `~/Cowork-Backups`).
    pub backup_dir: Option<PathBuf>,
    /// Every other folder a backup was ever written to (`backup --to`):
    /// reserved, so it can never become the workspace.
    pub backup_destinations: Vec<PathBuf>,
    /// How many of the newest backups are always kept.
    pub keep_last: usize,
    /// One backup a day is kept for this many days.
    pub keep_daily_days: u32,
    /// The interface language; `None` follows the computer's.
    pub language: Option<crate::i18n::Lang>,
    /// The person answered Home's offer to add Airlock to the
    /// applications menu (or took the entry out): it is not made again.
    pub menu_offer_dismissed: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            version: SETTINGS_VERSION,
            workspace: None,
            first_use_ticked: BTreeSet::new(),
            quarantine_dir: None,
            backup_dir: None,
            backup_destinations: Vec::new(),
            keep_last: 10,
            keep_daily_days: 7,
            language: None,
            menu_offer_dismissed: false,
        }
    }
}

/// The settings as loaded, with a sentence for the person when the file
/// had to be set aside.
#[derive(Debug)]
pub struct Loaded {
    pub settings: Settings,
    pub notice: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("could not save your settings: {source} ({path})")]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("could not write your settings: {0}")]
    Encode(#[from] ron::Error),
}

impl Settings {
    /// Reads the settings; a missing file gives the defaults.
    pub fn load(path: &Path) -> Loaded {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                return Loaded {
                    settings: Self::default(),
                    notice: None,
                };
            }
            Err(err) => {
                log::warn!("settings unreadable at {}: {err}", path.display());
                return Loaded {
                    settings: Self::default(),
                    notice: Some(format!(
                        "Airlock could not read its settings file and started with default settings ({err})."
                    )),
                };
            }
        };
        match ron::from_str::<Settings>(&text) {
            Ok(settings) => Loaded {
                settings: settings.upgrade(),
                notice: None,
            },
            Err(err) => {
                log::warn!("settings damaged at {}: {err}", path.display());
                let aside = path.with_extension("ron.damaged");
                let kept = std::fs::rename(path, &aside).is_ok();
                let where_kept = if kept {
                    format!(" The old file was kept as {}.", aside.display())
                } else {
                    String::new()
                };
                Loaded {
                    settings: Self::default(),
                    notice: Some(format!(
                        "Airlock's settings file was damaged, so it started with default settings.{where_kept}"
                    )),
                }
            }
        }
    }

    /// Writes the settings atomically.
    pub fn save(&self, path: &Path) -> Result<(), SettingsError> {
        let text = ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default())?;
        if let Some(dir) = path.parent() {
            crate::fsutil::create_private_dir_all(dir).map_err(|source| SettingsError::Write {
                path: path.to_path_buf(),
                source,
            })?;
        }
        crate::fsutil::write_atomic(path, text.as_bytes()).map_err(|source| SettingsError::Write {
            path: path.to_path_buf(),
            source,
        })
    }

    /// Brings a file written by an older Airlock up to date.
    fn upgrade(mut self) -> Self {
        // Version 1 is the first; later versions add their steps here.
        self.version = SETTINGS_VERSION;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("settings.ron");
        let mut settings = Settings {
            workspace: Some(PathBuf::from("/w")),
            ..Settings::default()
        };
        settings.first_use_ticked.insert("backup-strategy".into());
        settings.save(&path).unwrap();
        let loaded = Settings::load(&path);
        assert_eq!(loaded.settings, settings);
        assert!(loaded.notice.is_none());
    }

    #[test]
    fn missing_fields_take_defaults() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("settings.ron");
        std::fs::write(&path, "(workspace: Some(\"/w\"))").unwrap();
        let loaded = Settings::load(&path);
        assert_eq!(loaded.settings.workspace, Some(PathBuf::from("/w")));
        assert!(loaded.settings.first_use_ticked.is_empty());
    }

    #[test]
    fn damaged_file_is_set_aside_with_a_notice() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("settings.ron");
        std::fs::write(&path, "this is not ron (").unwrap();
        let loaded = Settings::load(&path);
        assert_eq!(loaded.settings, Settings::default());
        assert!(loaded.notice.unwrap().contains("damaged"));
        assert!(tmp.path().join("settings.ron.damaged").exists());
    }
}
