//! Adding files to the workspace: always a copy into `input/`, never a
//! move or a link, and never over an existing file.

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};

use crate::fsutil::beneath::Dir;

/// What happened to one file the person asked to add.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Added {
    /// Copied: `rel` names the copy for people (names that are not UTF-8
    /// escaped, see [`crate::fsutil::display_name`]), `path` is exactly
    /// where it is, relative to the workspace.
    Copied {
        from: PathBuf,
        rel: String,
        path: PathBuf,
    },
    /// Not copied, with the sentence to show.
    Refused { from: PathBuf, why: String },
}

/// A name in `dir` that is not taken: "report.pdf", "report (2).pdf"…
pub fn free_name(dir: &Dir, name: &OsStr) -> OsString {
    if dir.stat_here(name).is_err() {
        return name.to_os_string();
    }
    let path = Path::new(name);
    let (stem, ext) = match (path.file_stem(), path.extension()) {
        (Some(stem), Some(ext)) => (stem, Some(ext)),
        _ => (name, None),
    };
    (2..1_000_000)
        .map(|n| {
            let mut candidate = stem.to_os_string();
            candidate.push(format!(" ({n})"));
            if let Some(ext) = ext {
                candidate.push(".");
                candidate.push(ext);
            }
            candidate
        })
        .find(|candidate| dir.stat_here(candidate).is_err())
        .unwrap_or_else(|| name.to_os_string())
}

/// `input/` of the workspace, opened without going through any link: a
/// workspace or `input/` replaced by a link is refused, never written
/// through.
pub fn open_input(workspace: &Path) -> std::io::Result<Dir> {
    Dir::open(workspace)?.create_dir_all(Path::new("input"))
}

/// Copies each file into `workspace/input/` and records where it came
/// from in the app's folder (`data_dir`).
pub fn add_and_record(workspace: &Path, data_dir: &Path, files: &[PathBuf]) -> Vec<Added> {
    let added = add_files(workspace, files);
    let mut provenance = crate::workspace::provenance::Provenance::load(data_dir);
    for item in &added {
        if let Added::Copied { from, rel, path } = item
            && let Err(err) = provenance.record(rel, from, &workspace.join(path))
        {
            log::warn!("provenance of {rel} not recorded: {err}");
        }
    }
    added
}

/// Copies each file into `workspace/input/`.
pub fn add_files(workspace: &Path, files: &[PathBuf]) -> Vec<Added> {
    let input = open_input(workspace);
    if let Err(err) = &input {
        log::warn!("input/ of {}: {err}", workspace.display());
    }
    files
        .iter()
        .map(|from| {
            let refuse = |why: String| Added::Refused {
                from: from.clone(),
                why,
            };
            let Ok(meta) = std::fs::symlink_metadata(from) else {
                return refuse(crate::tr!("intake-not-found"));
            };
            if meta.file_type().is_symlink() {
                return refuse(crate::tr!("intake-shortcut"));
            }
            if !meta.is_file() {
                return refuse(crate::tr!("intake-folder"));
            }
            if from.starts_with(workspace) {
                return refuse(crate::tr!("intake-already-in"));
            }
            let Some(name) = from.file_name() else {
                return refuse(crate::tr!("intake-no-name"));
            };
            let Ok(input) = &input else {
                return refuse(crate::tr!("intake-no-input"));
            };
            let target = free_name(input, name);
            // The person's own file: opened without following a link put
            // in its place since it was checked.
            let parent = from.parent().unwrap_or(Path::new("."));
            let copied = Dir::open(parent)
                .or_else(|_| Dir::open(&std::path::absolute(parent)?))
                .and_then(|dir| dir.open_file_here(name))
                .and_then(|mut source| {
                    crate::fsutil::beneath::copy_into(&mut source, input, &target, 0o600)
                });
            let rel = format!("input/{}", crate::fsutil::display_name(&target));
            match copied {
                Ok(_) => {
                    log::info!("added {} as {rel}", from.display());
                    Added::Copied {
                        from: from.clone(),
                        rel,
                        path: Path::new("input").join(&target),
                    }
                }
                Err(err) => {
                    log::warn!("copy {}: {err}", from.display());
                    refuse(crate::tr!("intake-copy-failed"))
                }
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_and_never_overwrites() {
        let tmp = tempfile::tempdir().unwrap();
        let ws = tmp.path().join("ws");
        std::fs::create_dir_all(ws.join("input")).unwrap();
        std::fs::write(ws.join("input/report.pdf"), "old").unwrap();
        let src = tmp.path().join("report.pdf");
        std::fs::write(&src, "new").unwrap();
        let added = add_files(&ws, std::slice::from_ref(&src));
        assert_eq!(
            added,
            vec![Added::Copied {
                from: src.clone(),
                rel: "input/report (2).pdf".into(),
                path: "input/report (2).pdf".into(),
            }]
        );
        assert_eq!(
            std::fs::read_to_string(ws.join("input/report.pdf")).unwrap(),
            "old"
        );
        assert_eq!(
            std::fs::read_to_string(ws.join("input/report (2).pdf")).unwrap(),
            "new"
        );
        assert!(src.exists(), "the original must stay where it was");
    }

    #[cfg(unix)]
    #[test]
    fn links_and_folders_are_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let ws = tmp.path().join("ws");
        let link = tmp.path().join("link");
        std::os::unix::fs::symlink("/etc/passwd", &link).unwrap();
        let added = add_files(&ws, &[link, tmp.path().to_path_buf()]);
        assert!(added.iter().all(|a| matches!(a, Added::Refused { .. })));
    }
}
