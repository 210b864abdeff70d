//! Gathering what the session checklists check, from the workspace, the
//! scan results and the session itself.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use super::{Session, SessionStore, appeared_since_last, current_paths, report};
use crate::scan::{Category, FileReport, Verdict};
use crate::session::checklist::SessionFacts;
use crate::workspace::provenance::{Provenance, Source};
use crate::workspace::reviews::Reviews;

fn has_private_data(report: &FileReport) -> bool {
    report
        .findings
        .iter()
        .any(|f| f.category == Category::SensitiveData)
}

/// What the before-session checks need from the disk: the workspace's
/// files, those that appeared since the last session, and links that
/// lead out. Reading it walks the workspace, so the window does it in
/// the background.
#[derive(Debug, Clone, Default)]
pub struct Surroundings {
    paths: Vec<PathBuf>,
    appeared: Option<Vec<PathBuf>>,
    links_outside: Vec<PathBuf>,
}

impl Surroundings {
    pub fn read(root: &Path, store: &SessionStore) -> Self {
        let paths = current_paths(root);
        Surroundings {
            appeared: appeared_since_last(store, &paths),
            links_outside: links_outside(root),
            paths,
        }
    }
}

/// Before a session. `reports` holds the latest verdict of each
/// workspace file (by relative path); files reviewed and kept by the
/// person, or confirmed for this session, do not count against it.
pub fn before(
    root: &Path,
    store: &SessionStore,
    reports: &BTreeMap<String, FileReport>,
    reviews: &Reviews,
    provenance: &Provenance,
    kept: &[String],
    task: &str,
) -> SessionFacts {
    before_with(
        &Surroundings::read(root, store),
        reports,
        reviews,
        provenance,
        kept,
        task,
    )
}

/// [`before`] with the disk already read. Files that came in or moved
/// through Airlock (added, archived, put back, restored) did not "appear":
/// only those of unknown source count.
pub fn before_with(
    around: &Surroundings,
    reports: &BTreeMap<String, FileReport>,
    reviews: &Reviews,
    provenance: &Provenance,
    kept: &[String],
    task: &str,
) -> SessionFacts {
    let paths = &around.paths;
    let accepted = |r: &FileReport| {
        reviews.is_reviewed(r.hash.as_deref()) || kept.iter().any(|k| k == &r.path)
    };
    // No verdicts at all means "not checked", unless there is nothing to
    // check.
    let unchecked = (!reports.is_empty() || paths.is_empty()).then(|| {
        paths
            .iter()
            .filter(|p| !reports.contains_key(&p.to_string_lossy().into_owned()))
            .count()
    });
    SessionFacts {
        task: task.to_string(),
        appeared: around.appeared.as_ref().map(|v| {
            v.iter()
                .map(|p| crate::fsutil::display_path(p))
                .filter(|rel| provenance.source_of(rel) == Source::Unknown)
                .collect()
        }),
        unchecked,
        dangerous: reports
            .values()
            .filter(|r| r.verdict == Verdict::Danger && !accepted(r))
            .map(|r| r.path.clone())
            .collect(),
        private_data: reports
            .values()
            .filter(|r| has_private_data(r) && !accepted(r))
            .map(|r| r.path.clone())
            .collect(),
        untrusted: reports
            .values()
            .filter(|r| {
                r.findings.iter().any(|f| {
                    f.category == Category::UntrustedSource
                        && f.severity > crate::scan::Severity::Info
                })
            })
            .filter(|r| !accepted(r))
            .map(|r| r.path.clone())
            .collect(),
        links_outside: around
            .links_outside
            .iter()
            .map(|p| p.display().to_string())
            .collect(),
        ..SessionFacts::default()
    }
}

/// After a session: `changed` holds the verdicts of the files the
/// session created or changed.
pub fn after(
    root: &Path,
    store: &SessionStore,
    session: &Session,
    changed: &BTreeMap<String, FileReport>,
) -> SessionFacts {
    let inputs_left = current_paths(root)
        .iter()
        .filter(|p| p.starts_with("input"))
        .count();
    SessionFacts {
        task: session.task.clone(),
        changed_files: Some(changed.len()),
        changed_dangerous: changed
            .values()
            .filter(|r| r.verdict == Verdict::Danger)
            .map(|r| r.path.clone())
            .collect(),
        outputs_private: changed
            .values()
            .filter(|r| r.path.starts_with("output/") && has_private_data(r))
            .filter(|r| root.join(&r.path).exists())
            .map(|r| r.path.clone())
            .collect(),
        inputs_left,
        report_saved: report::exists(store, &session.id),
        ..SessionFacts::default()
    }
}

/// Links in the workspace whose target lies outside it.
pub fn links_outside(root: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(root)
        .follow_links(false)
        .min_depth(1)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_symlink())
        .filter(|e| {
            let Ok(target) = std::fs::read_link(e.path()) else {
                return true;
            };
            let parent = e.path().parent().unwrap_or(root);
            let joined = if target.is_absolute() {
                target
            } else {
                parent.join(target)
            };
            let lexical = crate::fsutil::normalize_lexically(&joined);
            let escapes = !lexical.starts_with(root)
                || lexical.components().any(|c| c == Component::ParentDir);
            // A link may also stay inside only through other links.
            let real_escape = std::fs::canonicalize(&joined)
                .ok()
                .zip(std::fs::canonicalize(root).ok())
                .is_some_and(|(real, real_root)| !real.starts_with(real_root));
            escapes || real_escape
        })
        .filter_map(|e| e.path().strip_prefix(root).ok().map(Path::to_path_buf))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_that_came_through_airlock_did_not_appear() {
        let tmp = tempfile::tempdir().unwrap();
        let original = tmp.path().join("brief.txt");
        std::fs::write(&original, "The brief.").unwrap();
        let mut provenance = Provenance::load(tmp.path());
        // Added through Airlock, then archived (or restored) by it.
        provenance
            .record("archive/2026-12-02/brief.txt", &original, &original)
            .unwrap();
        let around = Surroundings {
            paths: vec![
                "archive/2026-12-02/brief.txt".into(),
                "output/plan.txt".into(),
            ],
            appeared: Some(vec![
                "archive/2026-12-02/brief.txt".into(),
                "output/plan.txt".into(),
            ]),
            links_outside: Vec::new(),
        };
        let facts = before_with(
            &around,
            &BTreeMap::new(),
            &Reviews::default(),
            &provenance,
            &[],
            "task",
        );
        assert_eq!(facts.appeared, Some(vec!["output/plan.txt".to_string()]));
    }
}
