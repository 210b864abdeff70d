//! Before every write, and at every start, the saved workspace is checked
//! again from the file system: a settings file edited to name the home
//! folder, or a workspace (or one of its folders) swapped for a link
//! since it was made, stops Airlock from writing there.

use std::path::{Path, PathBuf};

use super::{Concern, PlaceRules};
use crate::workspace::FOLDERS;

/// Why Airlock will not write into the saved workspace now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteRefusal {
    /// The workspace folder is not there.
    Missing(PathBuf),
    /// The workspace, or one of its folders, is a link to another place.
    Link(PathBuf),
    /// The saved place is one the place check refuses.
    Place { path: PathBuf, concern: Concern },
}

impl std::fmt::Display for WriteRefusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::explain::Explain::sentence(self))
    }
}

/// Checks the saved workspace `root` before Airlock writes into it.
pub fn check_for_writing(root: &Path, rules: &PlaceRules) -> Result<(), WriteRefusal> {
    match std::fs::symlink_metadata(root) {
        Err(_) => return Err(WriteRefusal::Missing(root.to_path_buf())),
        Ok(meta) if meta.file_type().is_symlink() => {
            return Err(WriteRefusal::Link(root.to_path_buf()));
        }
        Ok(_) => {}
    }
    if let Some(concern) = rules.check(root).refusal {
        return Err(WriteRefusal::Place {
            path: root.to_path_buf(),
            concern,
        });
    }
    for name in FOLDERS {
        let folder = root.join(name);
        if std::fs::symlink_metadata(&folder).is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(WriteRefusal::Link(folder));
        }
    }
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use crate::explain::Explain;
    use crate::workspace::UserFolders;

    fn rules(root: &Path) -> PlaceRules {
        PlaceRules {
            folders: UserFolders::for_home(root.join("home")),
            reserved: vec![root.join("app")],
        }
    }

    #[test]
    fn a_workspace_edited_to_be_home_or_made_a_link_is_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let root = std::fs::canonicalize(tmp.path()).unwrap();
        let rules = rules(&root);
        let ws = rules.folders.home.join("ws");
        for name in FOLDERS {
            std::fs::create_dir_all(ws.join(name)).unwrap();
        }
        assert_eq!(check_for_writing(&ws, &rules), Ok(()));
        assert!(matches!(
            check_for_writing(&rules.folders.home, &rules),
            Err(WriteRefusal::Place {
                concern: Concern::Home,
                ..
            })
        ));
        std::fs::remove_dir(ws.join("input")).unwrap();
        let docs = rules.folders.home.join("Documents");
        std::fs::create_dir_all(&docs).unwrap();
        std::os::unix::fs::symlink(&docs, ws.join("input")).unwrap();
        assert_eq!(
            check_for_writing(&ws, &rules),
            Err(WriteRefusal::Link(ws.join("input")))
        );
        assert!(
            check_for_writing(&ws, &rules)
                .unwrap_err()
                .sentence()
                .contains("link")
        );
    }
}
