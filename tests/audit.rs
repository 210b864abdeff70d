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

/// A sandbox with a workspace, a backup (whose manifest records the
/// trail's end) and a few more entries after it.
fn busy_sandbox() -> (Sandbox, std::path::PathBuf) {
    let sb = Sandbox::new();
    let ws = sb.home.join("ws");
    assert!(sb.run(&["init", ws.to_str().unwrap()]).status.success());
    let file = sb.root.join("notes.txt");
    std::fs::write(&file, "notes").unwrap();
    assert!(sb.run(&["add", file.to_str().unwrap()]).status.success());
    assert!(sb.run(&["backup"]).status.success());
    for _ in 0..3 {
        assert!(sb.run(&["verify", &newest_backup(&sb)]).status.success());
    }
    assert!(sb.run(&["audit", "verify"]).status.success());
    (sb, ws)
}

fn newest_backup(sb: &Sandbox) -> String {
    let list: serde_json::Value =
        serde_json::from_slice(&sb.run(&["backups", "--json"]).stdout).unwrap();
    list[0]["id"].as_str().unwrap().to_string()
}

/// Issue 16, case 8: a trail cut at the end, with its head file made to
/// agree, and an entry added after: the copies of its end elsewhere (the
/// backup folder, the backups' manifests) still catch it.
#[test]
fn a_trail_cut_at_the_end_is_caught_after_the_next_command() {
    let (sb, _ws) = busy_sandbox();
    let log = AuditLog::in_dir(&sb.app);
    let mut all = lines(&log);
    let kept = all.len() - 5;
    all.truncate(kept);
    write_lines(&log, &all);
    let last: serde_json::Value = serde_json::from_str(all.last().unwrap()).unwrap();
    std::fs::write(
        sb.app.join("audit.head"),
        format!("{} {}\n", last["seq"], last["hash"].as_str().unwrap()),
    )
    .unwrap();
    // The next command chains on from the cut.
    assert!(sb.run(&["backups"]).status.success());
    assert!(sb.run(&["verify", &newest_backup(&sb)]).status.success());
    let out = sb.run(&["audit", "verify"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert!(stdout(&out).contains("BROKEN"), "{}", stdout(&out));
}

/// Issue 16, case 8: a trail deleted with its head file is caught.
#[test]
fn a_trail_deleted_with_its_head_is_caught() {
    let (sb, _ws) = busy_sandbox();
    std::fs::remove_file(sb.app.join("audit.jsonl")).unwrap();
    std::fs::remove_file(sb.app.join("audit.head")).unwrap();
    assert!(sb.run(&["verify", &newest_backup(&sb)]).status.success());
    let out = sb.run(&["audit", "verify"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert!(
        stdout(&out).contains("cut off or the trail was deleted"),
        "{}",
        stdout(&out)
    );
}

/// Issue 16, case 8: a key given twice is damage to `verify`, and
/// `export` says a line is missing instead of hiding it.
#[test]
fn a_key_given_twice_is_caught_and_never_hidden_from_export() {
    let (tmp, log) = trail(4);
    let mut all = lines(&log);
    let summary = "\"summary\":\"step 2\"";
    assert!(all[2].contains(summary));
    let end = all[2].rfind('}').unwrap();
    all[2].insert_str(end, &format!(",{summary}"));
    write_lines(&log, &all);
    let (seq, why) = log
        .verify()
        .first_broken
        .expect("the repeated key is found");
    assert_eq!(seq, 2);
    assert!(why.contains("twice"), "{why}");
    let (entries, unreadable) = log.read_all();
    assert_eq!(entries.len(), 3);
    assert_eq!(unreadable, vec![3]);

    let sb = Sandbox::new();
    std::fs::create_dir_all(&sb.app).unwrap();
    std::fs::copy(log.path(), sb.app.join("audit.jsonl")).unwrap();
    std::fs::copy(tmp.path().join("audit.head"), sb.app.join("audit.head")).unwrap();
    let out = sb.run(&["audit", "export"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("could not be read"),
        "{}",
        stderr(&out)
    );
}

/// Issue 16, case 8: when the trail cannot be written, an action that
/// changes files says so before it runs and does nothing, unless told to
/// go on; a restore always goes ahead and says the trail missed it.
#[test]
fn an_unwritable_trail_is_said_before_an_action_and_after_a_restore() {
    let (sb, ws) = busy_sandbox();
    let id = newest_backup(&sb);
    // The trail's file cannot be opened for writing any more (a folder
    // stands in its place; this works even for root).
    std::fs::rename(
        sb.app.join("audit.jsonl"),
        sb.root.join("audit.jsonl.aside"),
    )
    .unwrap();
    std::fs::create_dir(sb.app.join("audit.jsonl")).unwrap();

    let file = sb.root.join("more.txt");
    std::fs::write(&file, "more").unwrap();
    let out = sb.run(&["add", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("audit trail cannot be written"),
        "{}",
        stderr(&out)
    );
    assert!(!ws.join("input/more.txt").exists(), "nothing was done");
    let out = sb.run(&["--without-audit", "add", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(ws.join("input/more.txt").exists());

    let out = sb.run(&["restore", &id]);
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    assert!(
        !ws.join("input/more.txt").exists(),
        "the restore went ahead"
    );
    assert!(
        stdout(&out).contains("could not record this restore"),
        "{}",
        stdout(&out)
    );
}
