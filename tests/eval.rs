//! Detection measured on the labelled evaluation set in `../shared/eval`
//! (real files from public test suites and published payloads). The
//! floors are what the engine reaches today, so a regression fails here.
//! The set is not part of a user's clone: the test skips, saying so, when
//! it is absent.
#![allow(clippy::unwrap_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::atomic::AtomicBool;

use airlock::scan::{self, Verdict};

/// Splits one CSV line, honouring double quotes.
fn fields(line: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                out.last_mut().unwrap().push('"');
            }
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(String::new()),
            _ => out.last_mut().unwrap().push(c),
        }
    }
    out
}

#[test]
fn detection_holds_its_floors_on_the_evaluation_set() {
    let eval = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval");
    let Ok(labels) = std::fs::read_to_string(eval.join("labels.csv")) else {
        eprintln!(
            "skipped: ../shared/eval is not here (it exists only beside the project's own checkout)"
        );
        return;
    };
    let cancel = AtomicBool::new(false);
    let report = scan::scan_tree(
        &eval.join("corpus"),
        &scan::Limits::default(),
        &cancel,
        &|_| {},
    );
    let by_path: BTreeMap<&str, &scan::FileReport> =
        report.files.iter().map(|f| (f.path.as_str(), f)).collect();

    let mut expected: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let (mut safe_files, mut false_alarms) = (0, 0);
    let (mut files, mut agreed) = (0, 0);
    for line in labels.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let row = fields(line);
        let (path, verdict, categories) = (&row[0], &row[1], &row[2]);
        let file = by_path
            .get(path.as_str())
            .unwrap_or_else(|| panic!("{path} missing from the report"));
        let found: BTreeSet<&str> = file.findings.iter().map(|f| f.category.id()).collect();
        for category in categories.split(';').filter(|c| !c.is_empty()) {
            let entry = expected.entry(category.to_string()).or_default();
            entry.1 += 1;
            if found.contains(category) {
                entry.0 += 1;
            }
        }
        files += 1;
        let labelled = match verdict.as_str() {
            "danger" => Verdict::Danger,
            "review" => Verdict::Review,
            _ => Verdict::Safe,
        };
        if file.verdict == labelled {
            agreed += 1;
        }
        if verdict == "safe" {
            safe_files += 1;
            if file.verdict != Verdict::Safe {
                false_alarms += 1;
            }
        }
    }
    let recall = |category: &str| {
        let (found, total) = expected[category];
        found as f64 / total as f64
    };
    let fp_rate = false_alarms as f64 / safe_files as f64;
    for (category, (found, total)) in &expected {
        eprintln!("{category:<22} {found}/{total}");
    }
    eprintln!("false alarms on safe files: {false_alarms}/{safe_files} = {fp_rate:.3}");
    let agreement = agreed as f64 / files as f64;
    eprintln!("verdicts as labelled: {agreed}/{files} = {agreement:.3}");

    // Floors at today's figures (measured on this set on 2026-11-29).
    assert!(
        recall("prompt-injection") >= 0.98,
        "prompt-injection recall fell"
    );
    assert!(
        recall("sensitive-data") >= 0.95,
        "sensitive-data recall fell"
    );
    assert!(
        recall("suspicious-filename") >= 1.0,
        "suspicious-filename recall fell"
    );
    assert!(
        recall("format-mismatch") >= 1.0,
        "format-mismatch recall fell"
    );
    // One file labelled unreadable opens with Office's default password:
    // Airlock inspects it (and flags the trick) instead of giving up.
    assert!(recall("unreadable") >= 0.94, "unreadable recall fell");
    // The document inspectors find everything labelled in the set.
    assert!(recall("macro") >= 1.0, "macro recall fell");
    assert!(
        recall("active-content") >= 1.0,
        "active-content recall fell"
    );
    assert!(
        recall("hidden-content") >= 1.0,
        "hidden-content recall fell"
    );
    assert!(
        agreement >= 0.985,
        "verdict agreement fell to {agreement:.3}"
    );
    assert!(
        fp_rate <= 0.01,
        "false alarms on safe files rose to {fp_rate:.3}"
    );
}
