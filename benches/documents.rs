//! Document benchmark: scans the document part of the evaluation set
//! (`../shared/eval/corpus`: PDF, Office, OpenDocument, RTF, HTML, e-mail
//! and archives) and prints files/s and MB/s. Skips, saying so, when the
//! set is not there (it is not part of a user's clone).
//!
//! Run it with:
//!
//!     cargo bench --bench documents

use std::path::{Path, PathBuf};
use std::time::Instant;

use airlock::scan::{self, Verdict};
use rayon::prelude::*;

const DOCUMENTS: &[&str] = &[
    "pdf", "doc", "docx", "docm", "dot", "dotm", "xls", "xlsx", "xlsm", "xlsb", "xlt", "ppt",
    "pptx", "pptm", "pps", "ppsm", "odt", "ods", "odp", "rtf", "html", "htm", "xhtml", "svg",
    "eml", "msg", "mht", "zip", "gz", "tgz", "tar", "slk", "xml",
];

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/corpus");
    if !corpus.is_dir() {
        println!(
            "skipped: {} is not here (it is not part of a user's clone)",
            corpus.display()
        );
        return;
    }
    let files: Vec<(PathBuf, String)> = walkdir::WalkDir::new(&corpus)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .filter(|e| {
            e.path()
                .extension()
                .and_then(|x| x.to_str())
                .is_some_and(|x| DOCUMENTS.contains(&x.to_ascii_lowercase().as_str()))
        })
        .map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            (e.into_path(), name)
        })
        .collect();
    let bytes: u64 = files
        .iter()
        .filter_map(|(p, _)| std::fs::metadata(p).ok())
        .map(|m| m.len())
        .sum();
    let rounds = if full { 5 } else { 1 };
    let limits = scan::Limits::default();
    let mut times = Vec::new();
    let mut flagged = 0;
    for _ in 0..rounds {
        let started = Instant::now();
        let reports: Vec<_> = files
            .par_iter()
            .map(|(path, name)| {
                scan::scan_file(path, name, path.parent().unwrap_or(&corpus), &limits)
            })
            .collect();
        times.push(started.elapsed().as_secs_f64());
        flagged = reports
            .iter()
            .filter(|r| r.verdict != Verdict::Safe)
            .count();
    }
    times.sort_by(f64::total_cmp);
    let t = times[times.len() / 2];
    let mb = bytes as f64 / 1_000_000.0;
    println!(
        "documents: {} files, {mb:.1} MB, median of {rounds} run(s): {t:.2} s, {:.0} files/s, {:.1} MB/s ({flagged} flagged)",
        files.len(),
        files.len() as f64 / t,
        mb / t
    );
    assert!(!files.is_empty(), "the evaluation set holds documents");
}
