//! Where Airlock keeps its own state: settings, logs, and later manifests,
//! scan cache and the audit trail. Never inside the workspace, where the
//! assistant could read or change it.

use std::path::{Path, PathBuf};

/// The environment variable that moves all of Airlock's own state.
pub const HOME_ENV: &str = "AIRLOCK_HOME";

/// The folders Airlock owns for itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppHome {
    config_dir: PathBuf,
    data_dir: PathBuf,
}

/// Why the app's own folder could not be found or made.
#[derive(Debug, thiserror::Error)]
pub enum AppHomeError {
    #[error(
        "could not tell where your user folder is, so Airlock has nowhere to keep its settings"
    )]
    NoUserFolder,
    #[error("could not create Airlock's own folder: {source} ({path})")]
    Create {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl AppHome {
    /// All state under one folder (tests, `--home`, `AIRLOCK_HOME`).
    pub fn at(dir: impl Into<PathBuf>) -> Self {
        let dir = dir.into();
        Self {
            config_dir: dir.clone(),
            data_dir: dir,
        }
    }

    /// The flag wins over the environment, which wins over the operating
    /// system's per-user folders.
    pub fn resolve(flag: Option<&Path>) -> Result<Self, AppHomeError> {
        if let Some(dir) = flag {
            return Ok(Self::at(absolute(dir)));
        }
        if let Some(dir) = std::env::var_os(HOME_ENV).filter(|v| !v.is_empty()) {
            return Ok(Self::at(absolute(Path::new(&dir))));
        }
        let dirs = directories::ProjectDirs::from("org", "Airlock", "Airlock")
            .ok_or(AppHomeError::NoUserFolder)?;
        Ok(Self {
            config_dir: dirs.config_dir().to_path_buf(),
            data_dir: dirs.data_dir().to_path_buf(),
        })
    }

    /// Creates the folders (private to the user) if they are missing.
    pub fn ensure(&self) -> Result<(), AppHomeError> {
        for dir in [&self.config_dir, &self.data_dir] {
            crate::fsutil::create_private_dir_all(dir).map_err(|source| AppHomeError::Create {
                path: dir.clone(),
                source,
            })?;
        }
        Ok(())
    }

    pub fn config_dir(&self) -> &Path {
        &self.config_dir
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    pub fn settings_path(&self) -> PathBuf {
        self.config_dir.join("settings.ron")
    }

    pub fn log_path(&self) -> PathBuf {
        self.data_dir.join("airlock.log")
    }

    /// Every folder Airlock owns; a workspace may neither be one of them,
    /// nor inside one, nor contain one.
    pub fn owned_dirs(&self) -> Vec<PathBuf> {
        let mut dirs = vec![self.config_dir.clone()];
        if self.data_dir != self.config_dir {
            dirs.push(self.data_dir.clone());
        }
        dirs
    }
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flag_puts_everything_in_one_folder() {
        let home = AppHome::resolve(Some(Path::new("/tmp/airlock-flag"))).unwrap();
        assert_eq!(home.config_dir(), Path::new("/tmp/airlock-flag"));
        assert_eq!(home.data_dir(), Path::new("/tmp/airlock-flag"));
        assert_eq!(
            home.settings_path(),
            Path::new("/tmp/airlock-flag/settings.ron")
        );
    }

    #[test]
    fn ensure_creates_private_folders() {
        let tmp = tempfile::tempdir().unwrap();
        let home = AppHome::at(tmp.path().join("app"));
        home.ensure().unwrap();
        assert!(home.config_dir().is_dir());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(home.config_dir())
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o700);
        }
    }
}
