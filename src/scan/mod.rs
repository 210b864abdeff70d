//! The inspection engine: a verdict (safe, review, danger) for every file,
//! with findings a person understands. `scan_file` inspects one file;
//! `scan_tree` a whole folder in parallel, with progress and cancel.

pub mod analyse;
pub mod archive;
pub mod cache;
pub mod code_actions;
pub mod crypto;
pub mod decode;
pub mod email;
pub mod filename;
pub mod format;
pub mod html;
pub mod image;
pub mod injection;
pub mod inspect;
pub mod intent;
pub mod language;
pub mod markdown;
pub mod model;
pub mod odf;
pub mod office;
pub mod ole;
pub mod pdf;
pub mod picture_meta;
pub mod rtf;
pub mod sensitive;
pub mod slide_actions;
pub mod text;
pub mod vba;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};

use rayon::prelude::*;

use crate::msg;

pub use cache::ScanCache;
pub use model::{Category, FileReport, Finding, ScanReport, Severity, Verdict};

/// Catalog ids the engine takes from its rule files rather than from
/// `msg!` in its source, so that a test can check both catalogs have them.
pub fn catalog_ids() -> std::collections::BTreeSet<String> {
    let mut ids = std::collections::BTreeSet::new();
    for rule in &injection::RULESET.rules {
        ids.insert(rule.message.clone());
        if let Some(code) = &rule.language {
            ids.insert(format!("language-{code}"));
        }
    }
    for concept in &intent::CONCEPTS.concepts {
        ids.insert(concept.part.clone());
    }
    ids
}

/// Limits that keep one file from costing too much.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Files larger than this are not read: `unreadable`.
    pub max_file_bytes: u64,
    /// Attachments inside attachments are followed this deep.
    pub max_depth: usize,
    /// How long one document may take to inspect: past it, the file is
    /// `unreadable` rather than a scan that never ends.
    pub time_limit: std::time::Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_file_bytes: 200 * 1024 * 1024,
            max_depth: 4,
            time_limit: std::time::Duration::from_secs(60),
        }
    }
}

/// Progress of a folder scan, reported as it goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
    pub bytes: u64,
}

/// What a folder scan reports while it runs.
#[derive(Debug, Clone)]
pub enum ScanEvent {
    Progress(Progress),
    File(FileReport),
}

/// Inspects bytes under a name: the same analysis whether they came from a
/// file on disk, an e-mail attachment or (later) an archive member.
pub fn scan_bytes(name: &str, bytes: &[u8], limits: &Limits, depth: usize) -> Vec<Finding> {
    inspect_bytes(name, bytes, limits, depth).0
}

/// Runs `work` on its own thread and waits at most `limit` for it. Past
/// the limit the answer is `None`; the thread finishes (or not) on its
/// own, its result unused.
pub fn with_deadline<T: Send + 'static>(
    limit: std::time::Duration,
    work: impl FnOnce() -> T + Send + 'static,
) -> Option<T> {
    // No time at all is always passed, however fast the work would be.
    if limit.is_zero() {
        return None;
    }
    let (sender, receiver) = std::sync::mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name("inspect".into())
        .spawn(move || {
            let _ = sender.send(work());
        });
    if let Err(err) = spawned {
        log::warn!("no thread for an inspection: {err}");
        return None;
    }
    receiver.recv_timeout(limit).ok()
}

/// How much of what a person sees is kept to show beside hidden text.
const PREVIEW_CHARS: usize = 1_200;

/// [`scan_bytes`], plus the start of the text a person sees in the file.
pub fn inspect_bytes(
    name: &str,
    bytes: &[u8],
    limits: &Limits,
    depth: usize,
) -> (Vec<Finding>, Option<String>) {
    let mut preview = None;
    let mut findings = filename::check(name);
    findings.extend(analyse::name_instructions(name));
    if let Some(what) = sensitive::secret_file_name(name) {
        findings.push(
            Finding::new(
                Category::SensitiveData,
                Severity::Review,
                msg!(
                    "finding-secret-file-name",
                    what = crate::i18n::Msg::new(what)
                ),
            )
            .at(msg!("where-file-name")),
        );
    }
    let kind = format::sniff(bytes);
    findings.extend(format::check(name, kind));
    // A bad file must become that file's finding, never stop the scan.
    let inspected = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let inspection = inspect::inspect(name, bytes, kind);
        let seen: String = inspection
            .pieces
            .iter()
            .filter(|p| p.hidden.is_none())
            .flat_map(|p| p.text.split_whitespace())
            .collect::<Vec<_>>()
            .join(" ")
            .chars()
            .take(PREVIEW_CHARS)
            .collect();
        let mut found = inspection.findings;
        let reading = if intent::is_for_assistants(name) {
            found.push(
                Finding::new(
                    Category::PromptInjection,
                    Severity::Review,
                    msg!("finding-file-for-assistants"),
                )
                .at(msg!("where-file-name")),
            );
            intent::Reading::ForAssistants
        } else {
            intent::Reading::Document
        };
        found.extend(analyse::analyse_as(inspection.pieces, reading));
        for (inner_name, inner) in inspection.embedded {
            if depth >= limits.max_depth {
                found.push(Finding::unreadable(msg!(
                    "finding-nested-too-deep",
                    name = &inner_name
                )));
                continue;
            }
            for mut finding in scan_bytes(&inner_name, &inner, limits, depth + 1) {
                finding.location = Some(match finding.location {
                    Some(at) => msg!("where-inside-at", name = &inner_name, place = at),
                    None => msg!("where-inside", name = &inner_name),
                });
                found.push(finding);
            }
        }
        (found, seen)
    }));
    match inspected {
        Ok((found, seen)) => {
            findings.extend(found);
            preview = (!seen.trim().is_empty()).then_some(seen);
        }
        Err(_) => {
            log::warn!("inspector panicked on {name}");
            findings.push(Finding::unreadable(msg!("finding-inspector-failed")));
        }
    }
    (findings, preview)
}

/// Inspects one file. `rel` is its path relative to the scanned folder and
/// `root` that folder (links are judged against it). Never follows links.
pub fn scan_file(path: &Path, rel: &str, root: &Path, limits: &Limits) -> FileReport {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let meta = match std::fs::symlink_metadata(path) {
        Ok(meta) => meta,
        Err(err) => {
            log::warn!("scan {}: {err}", path.display());
            return FileReport::new(
                rel.into(),
                0,
                None,
                vec![Finding::unreadable(msg!(
                    "finding-could-not-read",
                    reason = err.kind().to_string()
                ))],
            );
        }
    };
    if meta.file_type().is_symlink() {
        return FileReport::new(rel.into(), 0, None, link_findings(path, root, &name));
    }
    if !meta.is_file() {
        return FileReport::new(
            rel.into(),
            0,
            None,
            vec![Finding::unreadable(msg!("finding-not-a-file"))],
        );
    }
    if meta.len() > limits.max_file_bytes {
        let mut findings = filename::check(&name);
        findings.push(Finding::unreadable(msg!(
            "finding-too-large",
            size = crate::workspace::status::human_size(meta.len()),
            limit = crate::workspace::status::human_size(limits.max_file_bytes)
        )));
        return FileReport::new(rel.into(), meta.len(), None, findings);
    }
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(err) => {
            log::warn!("read {}: {err}", path.display());
            return FileReport::new(
                rel.into(),
                meta.len(),
                None,
                vec![Finding::unreadable(msg!(
                    "finding-could-not-read",
                    reason = err.kind().to_string()
                ))],
            );
        }
    };
    let hash = blake3::hash(&bytes).to_hex().to_string();
    let size = bytes.len() as u64;
    let (findings, preview) = match format::sniff(&bytes) {
        // Plain text is read in one linear pass: no need for a watchdog.
        format::Kind::Text | format::Kind::Script => inspect_bytes(&name, &bytes, limits, 0),
        _ => {
            let (owned_name, owned_limits) = (name.clone(), *limits);
            match with_deadline(limits.time_limit, move || {
                inspect_bytes(&owned_name, &bytes, &owned_limits, 0)
            }) {
                Some(done) => done,
                None => {
                    log::warn!("inspecting {} passed its time limit", path.display());
                    let mut findings = filename::check(&name);
                    findings.push(Finding::unreadable(msg!(
                        "finding-time-limit",
                        seconds = limits.time_limit.as_secs()
                    )));
                    (findings, None)
                }
            }
        }
    };
    let mut report = FileReport::new(rel.into(), size, Some(hash), findings);
    // Kept only where it helps: beside hidden text, to compare.
    if report
        .findings
        .iter()
        .any(|f| f.category == Category::HiddenContent)
    {
        report.preview = preview;
    }
    report
}

fn link_findings(path: &Path, root: &Path, name: &str) -> Vec<Finding> {
    let target = std::fs::read_link(path).unwrap_or_default();
    let resolved = path
        .parent()
        .map(|p| p.join(&target))
        .unwrap_or_else(|| target.clone());
    let resolved = std::fs::canonicalize(&resolved)
        .unwrap_or_else(|_| crate::fsutil::normalize_lexically(&resolved));
    let root = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let mut findings = filename::check(name);
    if resolved.starts_with(&root) {
        findings.push(
            Finding::unreadable(msg!("finding-link-inside"))
                .with_evidence(target.display().to_string()),
        );
    } else {
        findings.push(
            Finding::new(
                Category::Unreadable,
                Severity::Danger,
                msg!("finding-link-outside"),
            )
            .with_evidence(target.display().to_string()),
        );
    }
    findings
}

/// Every file under `root`, relative paths with `/` separators, sorted.
pub fn list_files(root: &Path) -> Vec<(PathBuf, String)> {
    let mut files: Vec<(PathBuf, String)> = walkdir::WalkDir::new(root)
        .follow_links(false)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| !e.file_type().is_dir())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(root)
                .unwrap_or(e.path())
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            (e.into_path(), rel)
        })
        .collect();
    files.sort_by(|a, b| a.1.cmp(&b.1));
    files
}

/// Scans every file under `root` in parallel. Stops early when `cancel` is
/// set (the report then holds what was done). `sink` receives progress and
/// each file's report as it is ready.
pub fn scan_tree(
    root: &Path,
    limits: &Limits,
    cancel: &AtomicBool,
    sink: &(dyn Fn(ScanEvent) + Sync),
) -> ScanReport {
    scan_tree_cached(root, limits, &mut ScanCache::default(), cancel, sink)
}

/// [`scan_tree`], serving unchanged files from `cache` and updating it.
pub fn scan_tree_cached(
    root: &Path,
    limits: &Limits,
    cache: &mut ScanCache,
    cancel: &AtomicBool,
    sink: &(dyn Fn(ScanEvent) + Sync),
) -> ScanReport {
    let files = list_files(root);
    let total = files.len();
    let done = AtomicUsize::new(0);
    let bytes = AtomicU64::new(0);
    let last_report = std::sync::Mutex::new(std::time::Instant::now());
    sink(ScanEvent::Progress(Progress {
        done: 0,
        total,
        bytes: 0,
    }));
    let shared: &ScanCache = cache;
    let results: Vec<(FileReport, Option<std::fs::Metadata>, bool)> = files
        .par_iter()
        .filter_map(|(path, rel)| {
            if cancel.load(Ordering::Relaxed) {
                return None;
            }
            let meta = std::fs::symlink_metadata(path).ok();
            let cached = meta.as_ref().and_then(|m| shared.get(rel, m));
            let fresh = cached.is_none();
            let report = cached.unwrap_or_else(|| scan_file(path, rel, root, limits));
            let now_done = done.fetch_add(1, Ordering::Relaxed) + 1;
            let now_bytes = bytes.fetch_add(report.size, Ordering::Relaxed) + report.size;
            // About five progress reports a second, whatever the pace.
            if let Ok(mut last) = last_report.try_lock()
                && last.elapsed() >= std::time::Duration::from_millis(200)
            {
                *last = std::time::Instant::now();
                sink(ScanEvent::Progress(Progress {
                    done: now_done,
                    total,
                    bytes: now_bytes,
                }));
            }
            sink(ScanEvent::File(report.clone()));
            Some((report, meta, fresh))
        })
        .collect();
    let finished = !cancel.load(Ordering::Relaxed);
    let mut reports = Vec::with_capacity(results.len());
    for (report, meta, fresh) in results {
        if fresh && let Some(meta) = &meta {
            cache.put(&report.path, meta, &report);
        }
        reports.push(report);
    }
    if finished {
        let present: std::collections::HashSet<&str> =
            files.iter().map(|(_, rel)| rel.as_str()).collect();
        cache.retain(&present);
    }
    reports.sort_by(|a, b| a.path.cmp(&b.path));
    sink(ScanEvent::Progress(Progress {
        done: done.load(Ordering::Relaxed),
        total,
        bytes: bytes.load(Ordering::Relaxed),
    }));
    ScanReport {
        root: root.display().to_string(),
        files: reports,
    }
}

/// A seeded xorshift generator for the robustness tests: the same
/// "random" inputs on every run.
#[cfg(test)]
pub(crate) fn seeded(mut seed: u64) -> impl FnMut() -> u64 {
    move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    }
}

#[cfg(test)]
mod deadline_tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn slow_work_is_abandoned_at_the_deadline() {
        let started = std::time::Instant::now();
        let slow = with_deadline(Duration::from_millis(50), || {
            std::thread::sleep(Duration::from_secs(5));
            1
        });
        assert_eq!(slow, None);
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "did not wait for it"
        );
        assert_eq!(with_deadline(Duration::from_secs(5), || 2), Some(2));
    }

    #[test]
    fn a_document_past_its_time_limit_is_unreadable_never_safe() {
        let tmp = tempfile::tempdir().unwrap();
        // Any document goes through the watchdog; a zero limit is always
        // passed.
        let path = tmp.path().join("a.pdf");
        std::fs::write(&path, b"%PDF-1.4\n%%EOF\n").unwrap();
        let limits = Limits {
            time_limit: Duration::ZERO,
            ..Limits::default()
        };
        let report = scan_file(&path, "a.pdf", tmp.path(), &limits);
        assert_ne!(report.verdict, Verdict::Safe);
        assert!(
            report
                .findings
                .iter()
                .any(|f| f.category == Category::Unreadable
                    && f.message.english().contains("longer than"))
        );
    }
}
