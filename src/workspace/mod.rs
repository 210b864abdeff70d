//! The workspace: a dedicated folder with `input/`, `output/` and
//! `archive/`, private to the user, that the assistant is allowed to see.

pub mod folders;
pub mod intake;
pub mod model;
pub mod place;
pub mod provenance;
pub mod quarantine;
pub mod reviews;
pub mod status;

use std::path::{Path, PathBuf};

use serde::Serialize;

pub use folders::UserFolders;
pub use place::{Concern, Existing, PlaceCheck, PlaceRules};
pub use status::{FolderStatus, WorkspaceStatus};

use crate::app_home::AppHome;
use crate::settings::{Settings, SettingsError};

/// The folder name of the default workspace in the home folder.
pub const DEFAULT_WORKSPACE_NAME: &str = "Cowork-Workspace";

/// The three folders of a workspace, in the order the guide gives them.
pub const FOLDERS: [&str; 3] = ["input", "output", "archive"];

/// What each folder is for, in one sentence for the person.
pub fn folder_purpose(name: &str) -> String {
    match name {
        "input" => crate::tr!("folder-input-purpose"),
        "output" => crate::tr!("folder-output-purpose"),
        "archive" => crate::tr!("folder-archive-purpose"),
        _ => String::new(),
    }
}

#[derive(Debug, thiserror::Error)]
pub enum CreateError {
    /// The place check refused the folder; nothing was created.
    #[error("{}", .0.what())]
    Refused(Concern),
    /// The place needs the person's confirmation first.
    #[error("{}", .0.first().map(Concern::what).unwrap_or_default())]
    NeedsConfirmation(Vec<Concern>),
    #[error("could not create the folder: {source} ({path})")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Settings(#[from] SettingsError),
}

/// One thing creating the workspace did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "done", rename_all = "kebab-case")]
pub enum Step {
    CreatedFolder { path: PathBuf },
    MadePrivate { path: PathBuf },
    AlreadyThere { path: PathBuf },
}

/// The outcome of [`create_workspace`].
#[derive(Debug, Clone, Serialize)]
pub struct Created {
    pub path: PathBuf,
    pub steps: Vec<Step>,
    /// The warnings the person accepted, and the notes shown.
    pub accepted: Vec<Concern>,
}

impl Created {
    /// Folders that had to be made; empty when the workspace was complete.
    pub fn new_folders(&self) -> impl Iterator<Item = &Path> {
        self.steps.iter().filter_map(|s| match s {
            Step::CreatedFolder { path } => Some(path.as_path()),
            _ => None,
        })
    }
}

/// Creates (or repairs) the workspace at `path` and records it in the
/// settings. Refused places create nothing; places with warnings need
/// `accept_warnings`. On an existing workspace only missing folders are
/// made; nothing else changes.
pub fn create_workspace(
    path: &Path,
    rules: &PlaceRules,
    home: &AppHome,
    settings: &mut Settings,
    accept_warnings: bool,
) -> Result<Created, CreateError> {
    let check = rules.check(path);
    if let Some(concern) = check.refusal {
        return Err(CreateError::Refused(concern));
    }
    if !check.warnings.is_empty() && !accept_warnings {
        return Err(CreateError::NeedsConfirmation(check.warnings));
    }
    let root = check.path.clone();
    let repairing = check.existing == Existing::Workspace
        || settings.workspace.as_deref() == Some(root.as_path());
    let mut steps = Vec::new();
    let mut made_parents: Vec<PathBuf> = Vec::new();

    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| CreateError::Io { path, source }
    };
    if root.is_dir() {
        steps.push(Step::AlreadyThere { path: root.clone() });
        if !repairing && crate::fsutil::is_private(&root) == Some(false) {
            crate::fsutil::make_private(&root).map_err(io(&root))?;
            steps.push(Step::MadePrivate { path: root.clone() });
        }
    } else {
        // Parents made on the way, deepest first, to undo on failure.
        made_parents = root
            .ancestors()
            .skip(1)
            .take_while(|p| std::fs::symlink_metadata(p).is_err())
            .map(Path::to_path_buf)
            .collect();
        crate::fsutil::create_private_dir_all(&root).map_err(io(&root))?;
        crate::fsutil::make_private(&root).map_err(io(&root))?;
        steps.push(Step::CreatedFolder { path: root.clone() });
    }
    for name in FOLDERS {
        let dir = root.join(name);
        if dir.is_dir() {
            steps.push(Step::AlreadyThere { path: dir });
        } else {
            crate::fsutil::create_private_dir_all(&dir).map_err(io(&dir))?;
            steps.push(Step::CreatedFolder { path: dir });
        }
    }

    let previous = settings.workspace.replace(root.clone());
    let saved = home
        .ensure()
        .map_err(|e| CreateError::Io {
            path: home.config_dir().to_path_buf(),
            source: std::io::Error::other(e.to_string()),
        })
        .and_then(|()| Ok(settings.save(&home.settings_path())?));
    if let Err(err) = saved {
        // Nothing half-done: the folders made here go again (they are
        // empty), and the settings keep the workspace they had.
        settings.workspace = previous;
        undo_created(&steps);
        for parent in &made_parents {
            let _ = std::fs::remove_dir(parent);
        }
        return Err(err);
    }
    log::info!("workspace ready at {}: {:?}", root.display(), steps);
    Ok(Created {
        path: root,
        steps,
        accepted: check.warnings.into_iter().chain(check.notes).collect(),
    })
}

/// Removes the folders `steps` created, deepest first; only empty ones,
/// so nothing that appeared meanwhile is lost.
fn undo_created(steps: &[Step]) {
    for step in steps.iter().rev() {
        if let Step::CreatedFolder { path } = step
            && let Err(err) = std::fs::remove_dir(path)
        {
            log::warn!("could not remove {} again: {err}", path.display());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn setup() -> (tempfile::TempDir, PlaceRules, AppHome) {
        let tmp = tempfile::tempdir().unwrap();
        let root = std::fs::canonicalize(tmp.path()).unwrap();
        let folders = UserFolders::for_home(root.join("home"));
        let home = AppHome::at(root.join("app"));
        let rules = PlaceRules {
            folders,
            reserved: home.owned_dirs(),
        };
        (tmp, rules, home)
    }

    #[test]
    fn creates_three_private_folders_and_records_them() {
        let (_tmp, rules, home) = setup();
        let mut settings = Settings::default();
        let ws = rules.folders.home.join("ws");
        let created = create_workspace(&ws, &rules, &home, &mut settings, false).unwrap();
        assert_eq!(created.new_folders().count(), 4);
        for name in FOLDERS {
            assert!(ws.join(name).is_dir());
            if cfg!(unix) {
                assert_eq!(crate::fsutil::is_private(&ws.join(name)), Some(true));
            }
        }
        if cfg!(unix) {
            assert_eq!(crate::fsutil::is_private(&ws), Some(true));
        }
        let saved = Settings::load(&home.settings_path()).settings;
        assert_eq!(saved.workspace, Some(ws));
    }

    #[test]
    fn running_again_repairs_only_what_is_missing() {
        let (_tmp, rules, home) = setup();
        let mut settings = Settings::default();
        let ws = rules.folders.home.join("ws");
        create_workspace(&ws, &rules, &home, &mut settings, false).unwrap();
        std::fs::write(ws.join("input/keep.txt"), "mine").unwrap();
        std::fs::remove_dir(ws.join("archive")).unwrap();
        let created = create_workspace(&ws, &rules, &home, &mut settings, false).unwrap();
        let made: Vec<_> = created.new_folders().collect();
        assert_eq!(made, vec![ws.join("archive").as_path()]);
        assert_eq!(
            std::fs::read_to_string(ws.join("input/keep.txt")).unwrap(),
            "mine"
        );
    }

    #[test]
    fn refused_place_creates_nothing() {
        let (_tmp, rules, home) = setup();
        let mut settings = Settings::default();
        let docs = rules.folders.home.join("Documents");
        let err = create_workspace(&docs, &rules, &home, &mut settings, false).unwrap_err();
        assert!(matches!(err, CreateError::Refused(_)));
        assert!(!docs.exists());
        assert!(!home.settings_path().exists());
        assert_eq!(settings.workspace, None);
    }

    #[test]
    fn a_failure_to_save_the_settings_leaves_no_folder_behind() {
        let (_tmp, rules, _home) = setup();
        // Airlock's own folder cannot be made: a file stands there.
        let blocked = rules.folders.home.parent().unwrap().join("blocked");
        std::fs::write(&blocked, "a file").unwrap();
        let home = AppHome::at(blocked.join("app"));
        let mut settings = Settings::default();
        let ws = rules.folders.home.join("deep/ws");
        let err = create_workspace(&ws, &rules, &home, &mut settings, false);
        assert!(err.is_err());
        assert!(!ws.exists(), "the workspace folder was removed again");
        assert!(
            !rules.folders.home.exists(),
            "and the folders made on its way"
        );
        assert_eq!(settings.workspace, None);
    }

    #[test]
    fn warnings_need_confirmation() {
        let (_tmp, rules, home) = setup();
        let mut settings = Settings::default();
        let synced = rules.folders.home.join("Dropbox/ws");
        let err = create_workspace(&synced, &rules, &home, &mut settings, false).unwrap_err();
        assert!(matches!(err, CreateError::NeedsConfirmation(_)));
        assert!(!synced.exists());
        let created = create_workspace(&synced, &rules, &home, &mut settings, true).unwrap();
        assert_eq!(created.accepted.len(), 1);
        assert!(synced.join("input").is_dir());
    }
}
