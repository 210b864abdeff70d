//! The audit trail: every action leaves a chained entry; an edited,
//! removed or cut-off entry is found and named.
#![allow(clippy::unwrap_used)] // Tests may unwrap: a panic is the failure report.

mod util;

use airlock::audit::{Actor, AuditLog};
use util::{Sandbox, stderr, stdout};

fn trail(n: usize) -> (tempfile::TempDir, AuditLog) {
    let tmp = tempfile::tempdir().unwrap();
    let log = AuditLog::in_dir(tmp.path());
    for i in 0..n {
        log.record(
            "test.step",
            Actor::Airlock,
            &format!("step {i}"),
            serde_json::json!({ "i": i }),
        )
        .unwrap();
    }
    (tmp, log)
}

fn lines(log: &AuditLog) -> Vec<String> {
    std::fs::read_to_string(log.path())
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

fn write_lines(log: &AuditLog, lines: &[String]) {
    let mut text = lines.join("\n");
    text.push('\n');
    std::fs::write(log.path(), text).unwrap();
}

#[test]
fn an_edited_entry_is_named() {
    let (_tmp, log) = trail(6);
    let mut all = lines(&log);
    all[3] = all[3].replace("step 3", "step three");
    write_lines(&log, &all);
    let report = log.verify();
    let (seq, why) = report.first_broken.expect("the edit is found");
    assert_eq!(seq, 3);
    assert!(why.contains("changed"), "{why}");
}

#[test]
fn a_removed_entry_is_named() {
    let (_tmp, log) = trail(6);
    let mut all = lines(&log);
    all.remove(2);
    write_lines(&log, &all);
    let (seq, why) = log.verify().first_broken.expect("the removal is found");
    assert_eq!(seq, 2);
    assert!(why.contains("removed"), "{why}");
}

#[test]
fn a_cut_off_trail_is_found() {
    let (_tmp, log) = trail(6);
    let mut all = lines(&log);
    all.truncate(4);
    write_lines(&log, &all);
    let (seq, why) = log.verify().first_broken.expect("the cut is found");
    assert_eq!(seq, 4);
    assert!(why.contains("cut off"), "{why}");
}

#[test]
fn a_half_written_last_line_is_found() {
    let (_tmp, log) = trail(3);
    let text = std::fs::read_to_string(log.path()).unwrap();
    std::fs::write(log.path(), &text[..text.len() - 20]).unwrap();
    let (seq, _) = log.verify().first_broken.expect("the damage is found");
    assert_eq!(seq, 2);
}

#[test]
fn a_rewritten_chain_still_disagrees_with_the_remembered_end() {
    // Someone removes the last entry and rewrites nothing else: the chain
    // itself is whole, but it no longer ends where Airlock left it.
    let (_tmp, log) = trail(5);
    let mut all = lines(&log);
    all.pop();
    write_lines(&log, &all);
    assert!(!log.verify().ok());
}

#[test]
fn appending_after_damage_keeps_the_damage_visible() {
    let (_tmp, log) = trail(3);
    let mut all = lines(&log);
    all[1] = all[1].replace("step 1", "STEP 1");
    write_lines(&log, &all);
    log.record("test.after", Actor::Person, "later", serde_json::json!({}))
        .unwrap();
    assert_eq!(log.verify().first_broken.map(|b| b.0), Some(1));
}

#[test]
fn cli_actions_are_recorded_and_the_trail_checks_and_exports() {
    let sb = Sandbox::new();
    let ws = sb.root.join("ws");
    assert!(sb.run(&["init", ws.to_str().unwrap()]).status.success());
    std::fs::write(ws.join("input/a.txt"), "hello").unwrap();
    assert!(sb.run(&["backup"]).status.success());
    sb.run(&["scan"]);

    let out = sb.run(&["audit", "verify"]);
    assert!(out.status.success(), "{}", stdout(&out));
    assert!(
        stdout(&out).contains("intact: 3 entries"),
        "{}",
        stdout(&out)
    );

    let out = sb.run(&["audit", "export", "--format", "jsonl"]);
    let kinds: Vec<String> = stdout(&out)
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["kind"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(
        kinds,
        ["workspace.created", "backup.created", "scan.finished"]
    );

    let out = sb.run(&[
        "audit",
        "export",
        "--format",
        "csv",
        "--since",
        "2000-01-01",
    ]);
    assert!(stdout(&out).starts_with("seq,time,kind,actor,summary,details,hash"));
    assert_eq!(stdout(&out).lines().count(), 4);
    let out = sb.run(&["audit", "export", "--since", "2999-01-01"]);
    assert_eq!(stdout(&out), "");

    // Tamper with the middle entry.
    let path = sb.app.join("audit.jsonl");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace("backup.created", "backup.deleted")).unwrap();
    let out = sb.run(&["audit", "verify"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("BROKEN at entry 1"),
        "{}",
        stdout(&out)
    );
}
