//! Adding files to the workspace: always a copy into `input/`, never a
//! move or a link, and never over an existing file.

use std::path::{Path, PathBuf};

/// What happened to one file the person asked to add.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Added {
    /// Copied; `path` is where the copy is, relative to the workspace.
    Copied { from: PathBuf, rel: String },
    /// Not copied, with the sentence to show.
    Refused { from: PathBuf, why: String },
}

/// A name in `dir` that is not taken: "report.pdf", "report (2).pdf"…
pub fn free_name(dir: &Path, name: &str) -> String {
    if !dir.join(name).exists() {
        return name.to_string();
    }
    let (stem, ext) = match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => (stem, format!(".{ext}")),
        _ => (name, String::new()),
    };
    (2..)
        .map(|n| format!("{stem} ({n}){ext}"))
        .find(|candidate| !dir.join(candidate).exists())
        .unwrap_or_else(|| name.to_string())
}

/// Copies each file into `workspace/input/` and records where it came
/// from in the app's folder (`data_dir`).
pub fn add_and_record(workspace: &Path, data_dir: &Path, files: &[PathBuf]) -> Vec<Added> {
    let added = add_files(workspace, files);
    let mut provenance = crate::provenance::Provenance::load(data_dir);
    for item in &added {
        if let Added::Copied { from, rel } = item
            && let Err(err) = provenance.record(rel, from, &workspace.join(rel))
        {
            log::warn!("provenance of {rel} not recorded: {err}");
        }
    }
    added
}

/// Copies each file into `workspace/input/`.
pub fn add_files(workspace: &Path, files: &[PathBuf]) -> Vec<Added> {
    let input = workspace.join("input");
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
            let Some(name) = from.file_name().map(|n| n.to_string_lossy().into_owned()) else {
                return refuse(crate::tr!("intake-no-name"));
            };
            if let Err(err) = crate::fsutil::create_private_dir_all(&input) {
                log::warn!("create {}: {err}", input.display());
                return refuse(crate::tr!("intake-no-input"));
            }
            let target_name = free_name(&input, &name);
            match std::fs::copy(from, input.join(&target_name)) {
                Ok(_) => {
                    log::info!("added {} as input/{target_name}", from.display());
                    Added::Copied {
                        from: from.clone(),
                        rel: format!("input/{target_name}"),
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
                rel: "input/report (2).pdf".into()
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
