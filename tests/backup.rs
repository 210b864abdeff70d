//! Backups and restore: the library directly (round trip, interruption,
//! hard links, links, unreadable files, undo) and the `airlock` commands.
#![allow(clippy::unwrap_used)] // Tests may unwrap: a panic is the failure report.

mod util;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use airlock::backup::{
    self, BackupError, BackupStore, CreateOptions, Created, KeepPolicy, Progress, RestorePlan,
};
use util::{Sandbox, stderr, stdout};

fn no_progress(_: Progress) {}

fn back_up(store: &BackupStore, ws: &Path) -> Created {
    let lock = store.lock(ws).expect("lock");
    backup::create(
        store,
        &lock,
        ws,
        &CreateOptions::default(),
        &AtomicBool::new(false),
        &no_progress,
    )
    .expect("backup")
}

fn restore(store: &BackupStore, ws: &Path, plan: &RestorePlan) -> backup::Restored {
    let lock = store.lock(ws).expect("lock");
    backup::apply_restore(
        store,
        &lock,
        ws,
        plan,
        &AtomicBool::new(false),
        &no_progress,
    )
    .expect("restore")
}

/// Every file, link and folder under `root`: content hash, link target,
/// or "dir".
fn snapshot(root: &Path) -> BTreeMap<PathBuf, String> {
    walkdir::WalkDir::new(root)
        .min_depth(1)
        .follow_links(false)
        .into_iter()
        .map(|e| e.expect("walk"))
        .map(|e| {
            let rel = e.path().strip_prefix(root).unwrap().to_path_buf();
            let what = if e.file_type().is_symlink() {
                format!(
                    "link to {}",
                    std::fs::read_link(e.path()).unwrap().display()
                )
            } else if e.file_type().is_dir() {
                "dir".to_string()
            } else {
                blake3::hash(&std::fs::read(e.path()).unwrap())
                    .to_hex()
                    .to_string()
            };
            (rel, what)
        })
        .collect()
}

struct World {
    _tmp: tempfile::TempDir,
    ws: PathBuf,
    outside: PathBuf,
    store: BackupStore,
}

/// A workspace with nested folders, names in several scripts, a binary
/// file, an empty folder and an executable, beside a sentinel folder.
fn world() -> World {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().canonicalize().unwrap();
    let ws = root.join("ws");
    for dir in ["input/deep/er", "output", "archive/empty"] {
        std::fs::create_dir_all(ws.join(dir)).unwrap();
    }
    std::fs::write(ws.join("input/report.txt"), "quarterly figures\n").unwrap();
    std::fs::write(ws.join("input/deep/er/notes 報告 été.md"), "ノート\n").unwrap();
    std::fs::write(
        ws.join("input/data.bin"),
        (0..=255u8).cycle().take(300_000).collect::<Vec<_>>(),
    )
    .unwrap();
    std::fs::write(ws.join("output/summary.md"), "# Summary\n").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::write(ws.join("output/run.sh"), "#!/bin/sh\necho hi\n").unwrap();
        std::fs::set_permissions(
            ws.join("output/run.sh"),
            std::fs::Permissions::from_mode(0o750),
        )
        .unwrap();
        use std::os::unix::ffi::OsStrExt;
        let odd = std::ffi::OsStr::from_bytes(b"input/caf\xe9.txt");
        std::fs::write(ws.join(odd), "latin-1 name").unwrap();
    }
    let outside = root.join("sentinel");
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::write(outside.join("secret.txt"), "do not touch").unwrap();
    let store = BackupStore::new(root.join("backups"));
    World {
        _tmp: tmp,
        ws,
        outside,
        store,
    }
}

#[test]
fn a_restore_counts_the_files_that_stay_not_the_folders() {
    let w = world();
    let created = back_up(&w.store, &w.ws);
    std::fs::write(w.ws.join("input/report.txt"), "tampered").unwrap();
    let plan = backup::plan_restore(&w.store, &created.id, &w.ws, &[]).unwrap();
    let files = walkdir::WalkDir::new(&w.ws)
        .min_depth(1)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| !e.file_type().is_dir())
        .count() as u64;
    // Every file but the one replaced stays; folders are not news.
    assert_eq!(plan.unchanged_files, files - 1);
    assert!(plan.unchanged > plan.unchanged_files);
}

#[test]
fn round_trip_restores_every_byte_mode_and_time() {
    let w = world();
    let before = snapshot(&w.ws);
    let sentinel = snapshot(&w.outside);
    let times: BTreeMap<PathBuf, std::time::SystemTime> = before
        .keys()
        .filter(|p| w.ws.join(p).is_file())
        .map(|p| {
            (
                p.clone(),
                std::fs::metadata(w.ws.join(p)).unwrap().modified().unwrap(),
            )
        })
        .collect();
    let created = back_up(&w.store, &w.ws);
    assert!(created.summary.complete, "{:?}", created.summary.problems);

    // The assistant changes, deletes and adds files, and removes a folder.
    std::fs::write(w.ws.join("input/report.txt"), "tampered").unwrap();
    std::fs::remove_file(w.ws.join("input/deep/er/notes 報告 été.md")).unwrap();
    std::fs::remove_file(w.ws.join("input/data.bin")).unwrap();
    std::fs::remove_dir(w.ws.join("archive/empty")).unwrap();
    std::fs::write(w.ws.join("output/new.txt"), "new").unwrap();
    std::fs::create_dir_all(w.ws.join("output/new-folder")).unwrap();
    std::fs::write(w.ws.join("output/new-folder/x.txt"), "x").unwrap();

    let plan = backup::plan_restore(&w.store, &created.id, &w.ws, &[]).unwrap();
    let names = |items: &[backup::PlanItem]| -> Vec<String> {
        items.iter().map(|i| i.rel.display().to_string()).collect()
    };
    assert_eq!(names(&plan.replace), ["input/report.txt"]);
    assert!(names(&plan.add).contains(&"input/data.bin".to_string()));
    assert!(names(&plan.add).contains(&"archive/empty".to_string()));
    assert_eq!(
        names(&plan.remove),
        ["output/new-folder/x.txt", "output/new.txt"]
    );

    let done = restore(&w.store, &w.ws, &plan);
    assert!(done.problems.is_empty(), "{:?}", done.problems);
    assert_eq!(
        snapshot(&w.ws),
        before,
        "the workspace is back, byte for byte"
    );
    assert_eq!(
        snapshot(&w.outside),
        sentinel,
        "nothing outside was touched"
    );
    for (rel, time) in times {
        assert_eq!(
            std::fs::metadata(w.ws.join(&rel))
                .unwrap()
                .modified()
                .unwrap(),
            time,
            "{}",
            rel.display()
        );
    }
    #[cfg(unix)]
    assert_eq!(util::mode(&w.ws.join("output/run.sh")), 0o750);
    let verify =
        backup::verify(&w.store, &created.id, &AtomicBool::new(false), &no_progress).unwrap();
    assert!(verify.ok(), "{verify:?}");
}

#[test]
fn restore_then_undo_returns_to_the_moment_before() {
    let w = world();
    let created = back_up(&w.store, &w.ws);
    std::fs::write(w.ws.join("input/report.txt"), "the assistant's version").unwrap();
    std::fs::write(w.ws.join("output/new.txt"), "keep me").unwrap();
    let before_restore = snapshot(&w.ws);

    let mut plan = backup::plan_restore(&w.store, &created.id, &w.ws, &[]).unwrap();
    plan.keep_only(&[PathBuf::from("input/report.txt")].into());
    assert_eq!(plan.len(), 1, "only the chosen file");
    let done = restore(&w.store, &w.ws, &plan);
    assert_eq!(
        std::fs::read_to_string(w.ws.join("input/report.txt")).unwrap(),
        "quarterly figures\n"
    );
    assert_eq!(
        std::fs::read_to_string(w.ws.join("output/new.txt")).unwrap(),
        "keep me"
    );

    let undo_only: Vec<PathBuf> = done.touched().into_iter().collect();
    let undo = backup::plan_restore(&w.store, &done.undo_id, &w.ws, &undo_only).unwrap();
    restore(&w.store, &w.ws, &undo);
    assert_eq!(snapshot(&w.ws), before_restore);
}

#[cfg(unix)]
#[test]
fn an_interrupted_backup_never_looks_complete_and_the_next_one_succeeds() {
    const CHILD: &str = "AIRLOCK_TEST_ABORT_BACKUP_IN";
    if let Some(ws) = std::env::var_os(CHILD) {
        // The child: dies half-way through, as a crash or power cut would.
        let ws = PathBuf::from(ws);
        let store = BackupStore::new(ws.parent().unwrap().join("backups"));
        let lock = store.lock(&ws).unwrap();
        let seen = AtomicU64::new(0);
        let _ = backup::create(
            &store,
            &lock,
            &ws,
            &CreateOptions::default(),
            &AtomicBool::new(false),
            &|p: Progress| {
                if p.files_done > 0 && seen.fetch_add(1, Ordering::SeqCst) == 20 {
                    std::process::abort();
                }
            },
        );
        return;
    }
    let w = world();
    for i in 0..200 {
        std::fs::write(
            w.ws.join(format!("output/file-{i:03}.txt")),
            format!("file {i}"),
        )
        .unwrap();
    }
    let status = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "an_interrupted_backup_never_looks_complete_and_the_next_one_succeeds",
            "--test-threads=1",
        ])
        .env(CHILD, &w.ws)
        .stderr(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(!status.success(), "the child was meant to die half-way");
    let leftovers: Vec<String> = std::fs::read_dir(&w.store.dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("Cowork-Backup"))
        .collect();
    assert_eq!(leftovers.len(), 1, "{leftovers:?}");
    assert!(leftovers[0].starts_with('.') && leftovers[0].ends_with(".partial"));
    assert!(w.store.list().is_empty(), "no complete-looking backup");

    let created = back_up(&w.store, &w.ws);
    assert!(created.summary.complete);
    assert_eq!(w.store.list().len(), 1);
    let names: Vec<String> = std::fs::read_dir(&w.store.dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("Cowork-Backup"))
        .collect();
    assert_eq!(names, vec![created.id], "the leftover was cleaned up");
}

#[test]
fn a_stopped_backup_leaves_nothing() {
    let w = world();
    let cancel = AtomicBool::new(false);
    let lock = w.store.lock(&w.ws).unwrap();
    let result = backup::create(
        &w.store,
        &lock,
        &w.ws,
        &CreateOptions::default(),
        &cancel,
        &|p: Progress| {
            if p.files_done >= 1 {
                cancel.store(true, Ordering::Relaxed);
            }
        },
    );
    assert!(matches!(result, Err(BackupError::Cancelled)), "{result:?}");
    assert_eq!(
        std::fs::read_dir(&w.store.dir)
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().contains("Backup"))
            .count(),
        0
    );
}

#[cfg(unix)]
#[test]
fn a_second_backup_of_an_unchanged_tree_is_made_of_hard_links() {
    use std::os::unix::fs::MetadataExt;
    let w = world();
    let first = back_up(&w.store, &w.ws);
    let second = back_up(&w.store, &w.ws);
    assert_ne!(first.id, second.id, "never two backups with one name");
    assert_eq!(second.summary.bytes_copied, 0);
    assert_eq!(second.summary.linked_to.as_deref(), Some(first.id.as_str()));
    let content = second.path.join("workspace");
    let mut files = 0;
    for entry in walkdir::WalkDir::new(&content).follow_links(false) {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            files += 1;
            assert_eq!(
                entry.metadata().unwrap().nlink(),
                2,
                "{}",
                entry.path().display()
            );
        }
    }
    assert_eq!(files as u64, second.summary.files);

    // A changed file is copied; the others stay linked.
    std::fs::write(w.ws.join("input/report.txt"), "changed, longer than before").unwrap();
    let third = back_up(&w.store, &w.ws);
    assert_eq!(
        third.summary.bytes_copied,
        "changed, longer than before".len() as u64
    );
    let report = third.path.join("workspace/input/report.txt");
    assert_eq!(std::fs::metadata(report).unwrap().nlink(), 1);
}

#[cfg(unix)]
#[test]
fn links_are_kept_as_links_and_never_followed() {
    let w = world();
    std::os::unix::fs::symlink(&w.outside, w.ws.join("input/escape")).unwrap();
    std::os::unix::fs::symlink("../output/summary.md", w.ws.join("input/inside-link")).unwrap();
    let created = back_up(&w.store, &w.ws);
    assert!(created.summary.complete);
    let copy = created.path.join("workspace/input");
    assert!(
        std::fs::symlink_metadata(copy.join("escape"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(std::fs::read_link(copy.join("escape")).unwrap(), w.outside);
    assert_eq!(
        std::fs::read_link(copy.join("inside-link")).unwrap(),
        PathBuf::from("../output/summary.md")
    );
    let copied_secret = walkdir::WalkDir::new(&created.path)
        .into_iter()
        .flatten()
        .any(|e| e.file_name() == "secret.txt");
    assert!(!copied_secret, "the folder behind the link was not copied");
}

#[cfg(unix)]
#[test]
fn restore_never_writes_through_a_link_put_in_place_of_a_folder() {
    let w = world();
    let created = back_up(&w.store, &w.ws);
    let sentinel = snapshot(&w.outside);
    // The assistant replaces input/ with a link to a folder outside.
    std::fs::rename(w.ws.join("input"), w.ws.join("moved-input")).unwrap();
    std::os::unix::fs::symlink(&w.outside, w.ws.join("input")).unwrap();
    let plan = backup::plan_restore(&w.store, &created.id, &w.ws, &[]).unwrap();
    let done = restore(&w.store, &w.ws, &plan);
    assert!(done.problems.is_empty(), "{:?}", done.problems);
    assert_eq!(
        snapshot(&w.outside),
        sentinel,
        "the folder outside is unchanged"
    );
    assert!(
        std::fs::symlink_metadata(w.ws.join("input"))
            .unwrap()
            .is_dir()
    );
    assert_eq!(
        std::fs::read_to_string(w.ws.join("input/report.txt")).unwrap(),
        "quarterly figures\n"
    );
}

#[cfg(unix)]
#[test]
fn what_cannot_be_read_is_named_and_the_backup_marked_incomplete() {
    let w = world();
    let fifo = w.ws.join("input/pipe");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped the pipe case: mkfifo is not available here");
        return;
    }
    let mut unreadable = None;
    {
        use std::os::unix::fs::PermissionsExt;
        let locked = w.ws.join("output/locked.txt");
        std::fs::write(&locked, "private").unwrap();
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
        if std::fs::read(&locked).is_err() {
            unreadable = Some(PathBuf::from("output/locked.txt"));
        } else {
            eprintln!(
                "running as an administrator: a mode-000 file is readable, so only the pipe case is checked"
            );
            std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
    }
    let created = back_up(&w.store, &w.ws);
    assert!(!created.summary.complete);
    let named: Vec<PathBuf> = created
        .summary
        .problems
        .iter()
        .map(|p| p.path.0.clone())
        .collect();
    assert!(named.contains(&PathBuf::from("input/pipe")), "{named:?}");
    if let Some(path) = unreadable {
        assert!(named.contains(&path), "{named:?}");
    }
    let info = w.store.info(&created.id).unwrap();
    assert_eq!(info.state(), backup::BackupState::Incomplete);
    // Every other file is still there.
    assert!(created.path.join("workspace/input/report.txt").is_file());
}

#[test]
fn verify_names_changed_and_missing_files() {
    let w = world();
    let created = back_up(&w.store, &w.ws);
    let copy = created.path.join("workspace");
    std::fs::write(copy.join("output/summary.md"), "# Summary\n!").unwrap();
    std::fs::remove_file(copy.join("input/report.txt")).unwrap();
    let report =
        backup::verify(&w.store, &created.id, &AtomicBool::new(false), &no_progress).unwrap();
    let changed: Vec<PathBuf> = report.changed.iter().map(|p| p.0.clone()).collect();
    let missing: Vec<PathBuf> = report.missing.iter().map(|p| p.0.clone()).collect();
    assert_eq!(changed, [PathBuf::from("output/summary.md")]);
    assert_eq!(missing, [PathBuf::from("input/report.txt")]);
    assert_eq!(
        w.store.info(&created.id).unwrap().state(),
        backup::BackupState::Damaged
    );
    // A damaged copy is never restored over the workspace's file.
    std::fs::write(w.ws.join("output/summary.md"), "newer").unwrap();
    let plan =
        backup::plan_restore(&w.store, &created.id, &w.ws, &[PathBuf::from("output")]).unwrap();
    let done = restore(&w.store, &w.ws, &plan);
    assert_eq!(done.problems.len(), 1);
    assert_eq!(
        std::fs::read_to_string(w.ws.join("output/summary.md")).unwrap(),
        "newer"
    );
}

#[test]
fn pruning_keeps_the_policy_and_removes_the_rest() {
    let w = world();
    let ids: Vec<String> = (0..4).map(|_| back_up(&w.store, &w.ws).id).collect();
    let lock = w.store.lock(&w.ws).unwrap();
    let policy = KeepPolicy {
        last: 2,
        daily_days: 0,
    };
    let would = backup::prune(&w.store, &lock, policy, &Default::default(), true).unwrap();
    assert_eq!(would, ids[..2].to_vec());
    assert_eq!(w.store.list().len(), 4, "a dry run removes nothing");
    let protected = [ids[0].clone()].into();
    let removed = backup::prune(&w.store, &lock, policy, &protected, false).unwrap();
    assert_eq!(removed, [ids[1].clone()]);
    let left: Vec<String> = w.store.list().into_iter().map(|b| b.id).collect();
    assert_eq!(left, [ids[3].clone(), ids[2].clone(), ids[0].clone()]);
    // The workspace is untouched by pruning hard-linked copies.
    assert_eq!(
        std::fs::read_to_string(w.ws.join("input/report.txt")).unwrap(),
        "quarterly figures\n"
    );
}

// ---- through the command line ----

fn cli_sandbox() -> (Sandbox, PathBuf) {
    let sb = Sandbox::new();
    let ws = sb.home.join("ws");
    let out = sb.run(&["init", ws.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    std::fs::write(ws.join("input/a.txt"), "first").unwrap();
    std::fs::write(ws.join("output/b.txt"), "second").unwrap();
    (sb, ws)
}

#[test]
fn cli_backup_list_verify_restore_one_file_and_prune() {
    let (sb, ws) = cli_sandbox();
    let out = sb.run(&["backup"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("Backed up 2 file(s)"),
        "{}",
        stdout(&out)
    );
    let backups = sb.home.join("Cowork-Backups");
    let id = std::fs::read_dir(&backups)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|n| n.starts_with("Cowork-Backup-"))
        .expect("a backup folder");

    let out = sb.run(&["backups"]);
    assert!(
        stdout(&out).contains(&id) && stdout(&out).contains("just now"),
        "{}",
        stdout(&out)
    );
    let out = sb.run(&["verify", &id]);
    assert!(
        out.status.success() && stdout(&out).contains("intact"),
        "{}",
        stdout(&out)
    );
    let out = sb.run(&["backups", "--json"]);
    let rows: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(rows[0]["verified"], serde_json::json!(true));

    std::fs::write(ws.join("input/a.txt"), "changed").unwrap();
    std::fs::write(ws.join("output/b.txt"), "also changed").unwrap();
    let out = sb.run(&["restore", &id, "--file", "input/a.txt", "--dry-run"]);
    assert!(
        stdout(&out).contains("replace  input/a.txt"),
        "{}",
        stdout(&out)
    );
    assert!(!stdout(&out).contains("output/b.txt"));
    assert_eq!(
        std::fs::read_to_string(ws.join("input/a.txt")).unwrap(),
        "changed"
    );

    let out = sb.run(&["restore", &id, "--file", "input/a.txt"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(ws.join("input/a.txt")).unwrap(),
        "first"
    );
    assert_eq!(
        std::fs::read_to_string(ws.join("output/b.txt")).unwrap(),
        "also changed"
    );
    let text = stdout(&out);
    let undo = text
        .split("To undo: airlock restore ")
        .nth(1)
        .map(|s| s.trim().to_string())
        .expect("an undo command");
    let out = sb.run(&["restore", &undo, "--file", "input/a.txt"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(ws.join("input/a.txt")).unwrap(),
        "changed"
    );

    let out = sb.run(&["prune", "--dry-run"]);
    assert!(out.status.success());
    assert!(
        stdout(&out).contains("Nothing to remove"),
        "{}",
        stdout(&out)
    );
    let out = sb.run(&["verify", "Cowork-Backup-../../etc"]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("no backup called"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn cli_refuses_a_backup_folder_inside_the_workspace() {
    let (sb, ws) = cli_sandbox();
    let inside = ws.join("output/backups");
    let out = sb.run(&["backup", "--to", inside.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("inside the workspace"),
        "{}",
        stderr(&out)
    );
    assert!(!inside.join("Cowork-Backup").exists());
    let made: Vec<_> = std::fs::read_dir(ws.join("output"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(made.len(), 1, "only b.txt: {made:?}");
}

#[test]
fn status_says_when_the_last_backup_is_older_than_the_last_change() {
    let (sb, ws) = cli_sandbox();
    let out = sb.run(&["status"]);
    assert!(
        stdout(&out).contains("Last backup: none yet"),
        "{}",
        stdout(&out)
    );
    sb.run(&["backup"]);
    let out = sb.run(&["status"]);
    assert!(
        stdout(&out).contains("Last backup: just now"),
        "{}",
        stdout(&out)
    );
    assert!(
        !stdout(&out).contains("changed since then"),
        "{}",
        stdout(&out)
    );
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(ws.join("output/c.txt"), "later").unwrap();
    let out = sb.run(&["status"]);
    assert!(
        stdout(&out).contains("changed since then"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn a_backup_stops_inside_a_big_file_when_asked() {
    let w = world();
    std::fs::write(w.ws.join("output/big.bin"), vec![1u8; 8 * 1024 * 1024]).unwrap();
    let cancel = AtomicBool::new(false);
    let lock = w.store.lock(&w.ws).unwrap();
    let result = backup::create(
        &w.store,
        &lock,
        &w.ws,
        &CreateOptions::default(),
        &cancel,
        &|p: Progress| {
            // Bytes move before the first file is done: the big one reports.
            if p.bytes_done > 0 && p.files_done == 0 {
                cancel.store(true, Ordering::Relaxed);
            }
        },
    );
    assert!(matches!(result, Err(BackupError::Cancelled)), "{result:?}");
    assert!(w.store.list().is_empty());
}

fn back_up_for(store: &BackupStore, ws: &Path, reason: backup::Reason) -> Created {
    let lock = store.lock(ws).expect("lock");
    backup::create(
        store,
        &lock,
        ws,
        &CreateOptions {
            reason,
            session: None,
        },
        &AtomicBool::new(false),
        &no_progress,
    )
    .expect("backup")
}

fn prune_with(store: &BackupStore, ws: &Path, policy: KeepPolicy) -> Vec<String> {
    let lock = store.lock(ws).expect("lock");
    backup::prune(store, &lock, policy, &Default::default(), false).expect("prune")
}

/// Every file's content anywhere in the backup folder.
fn contents_in(store: &BackupStore) -> Vec<String> {
    walkdir::WalkDir::new(&store.dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .collect()
}

/// Issue 16, case 7: ten automatic backups and one more never prune the
/// content from before the session; identical automatic backups are
/// references, not folders.
#[test]
fn ten_automatic_backups_and_one_more_keep_the_content_from_before_the_session() {
    let tmp = tempfile::tempdir().unwrap();
    let ws = tmp.path().join("ws");
    std::fs::create_dir_all(ws.join("input")).unwrap();
    std::fs::write(ws.join("input/plan.txt"), "before the session").unwrap();
    let store = BackupStore::new(tmp.path().join("backups"));
    let start = back_up_for(&store, &ws, backup::Reason::SessionStart);
    std::fs::write(ws.join("input/plan.txt"), "during the session").unwrap();
    let automatic: Vec<Created> = (0..10)
        .map(|_| back_up_for(&store, &ws, backup::Reason::BeforeQuarantine))
        .collect();
    back_up_for(&store, &ws, backup::Reason::Manual);
    prune_with(&store, &ws, KeepPolicy::default());

    assert!(
        store.info(&start.id).is_ok(),
        "the start of the session stays"
    );
    assert!(
        contents_in(&store)
            .iter()
            .any(|c| c == "before the session"),
        "the content from before the session exists somewhere"
    );
    // Only the first automatic backup copied anything; the nine after it
    // are references to it, with no folder of their own.
    let references: Vec<&Created> = automatic
        .iter()
        .filter(|c| c.summary.same_as.is_some())
        .collect();
    assert_eq!(references.len(), 9);
    for reference in &references {
        if store.info(&reference.id).is_ok() {
            assert!(!reference.path.join("workspace").exists());
        }
    }
    // A reference is checked and restored like any backup.
    let kept_reference = references
        .iter()
        .find(|r| store.info(&r.id).is_ok())
        .expect("a reference is kept");
    let report = backup::verify(
        &store,
        &kept_reference.id,
        &AtomicBool::new(false),
        &no_progress,
    )
    .unwrap();
    assert!(report.ok(), "{report:?}");
    std::fs::write(ws.join("input/plan.txt"), "after").unwrap();
    let plan = backup::plan_restore(&store, &kept_reference.id, &ws, &[]).unwrap();
    restore(&store, &ws, &plan);
    assert_eq!(
        std::fs::read_to_string(ws.join("input/plan.txt")).unwrap(),
        "during the session"
    );
}

/// Issue 16, case 7: the only copy of some content is never pruned, even
/// by a policy that keeps only the last backup.
#[test]
fn a_backup_holding_the_only_copy_of_some_content_is_never_pruned() {
    let tmp = tempfile::tempdir().unwrap();
    let ws = tmp.path().join("ws");
    std::fs::create_dir_all(ws.join("input")).unwrap();
    let store = BackupStore::new(tmp.path().join("backups"));
    std::fs::write(ws.join("input/a.txt"), "first version").unwrap();
    let first = back_up_for(&store, &ws, backup::Reason::Manual);
    std::fs::write(ws.join("input/a.txt"), "second version").unwrap();
    let second = back_up_for(&store, &ws, backup::Reason::Manual);
    let third = back_up_for(&store, &ws, backup::Reason::Manual);
    let last_only = KeepPolicy {
        last: 1,
        daily_days: 0,
    };
    let pruned = prune_with(&store, &ws, last_only);
    assert_eq!(
        pruned,
        vec![second.id.clone()],
        "the second holds nothing unique"
    );
    assert!(
        store.info(&first.id).is_ok(),
        "the only copy of the first version"
    );
    assert!(store.info(&third.id).is_ok());
}

// ---- one way to take a backup: copy, check, prune, record ----

/// The audit trail's `backup.created` entries, oldest first.
fn backup_entries(data_dir: &Path) -> Vec<serde_json::Value> {
    std::fs::read_to_string(data_dir.join("audit.jsonl"))
        .unwrap_or_default()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|e| e["kind"] == "backup.created")
        .collect()
}

#[test]
fn a_copy_damaged_while_the_backup_is_taken_is_reported_and_prunes_nothing() {
    let w = world();
    let data = w.ws.parent().unwrap().join("app");
    let store = w.store.clone().with_audit(&data);
    let first = back_up(&store, &w.ws);
    // Changed since, so copied anew rather than linked to the first.
    std::fs::write(w.ws.join("input/report.txt"), "revised figures\n").unwrap();
    let damaged = AtomicBool::new(false);
    let taken = backup::take(
        &store,
        &w.ws,
        &backup::TakeOptions {
            reason: backup::Reason::Manual,
            session: None,
            keep: Some(KeepPolicy {
                last: 1,
                daily_days: 0,
            }),
        },
        &AtomicBool::new(false),
        &|step, p| {
            // Every file is copied into the hidden work folder: damage one.
            if step == backup::Step::Copying
                && p.files_total > 0
                && p.files_done == p.files_total
                && !damaged.swap(true, Ordering::SeqCst)
            {
                let partial = std::fs::read_dir(&store.dir)
                    .unwrap()
                    .flatten()
                    .find(|e| e.file_name().to_string_lossy().ends_with(".partial"))
                    .expect("the backup's work folder");
                std::fs::write(partial.path().join("workspace/input/report.txt"), "rot").unwrap();
            }
        },
    )
    .unwrap();
    assert!(damaged.load(Ordering::SeqCst));
    assert!(taken.created.summary.complete);
    assert!(!taken.check.ok() && !taken.is_sound());
    assert_eq!(taken.check.changed.len(), 1);
    assert_eq!(taken.check.changed[0].0, Path::new("input/report.txt"));
    assert!(!taken.covers(Path::new("input/report.txt")));
    assert!(taken.covers(Path::new("output/summary.md")));
    assert!(
        taken.pruned.is_empty(),
        "a bad copy never pushes out a good one"
    );
    assert!(store.info(&first.id).is_ok());
    // The list says so, and so does the trail.
    assert_eq!(
        store.info(taken.id()).unwrap().state(),
        backup::BackupState::Damaged
    );
    let entry = backup_entries(&data).pop().expect("recorded");
    assert_eq!(entry["details"]["verified"], false);
    assert!(
        entry["summary"]
            .as_str()
            .unwrap()
            .contains("FAILED its check"),
        "{entry}"
    );
}

#[test]
fn a_backup_stopped_while_it_is_checked_keeps_nothing() {
    let w = world();
    let cancel = AtomicBool::new(false);
    let result = backup::take(
        &w.store,
        &w.ws,
        &backup::TakeOptions::default(),
        &cancel,
        &|step, _| {
            if step == backup::Step::Checking {
                cancel.store(true, Ordering::Relaxed);
            }
        },
    );
    assert!(matches!(result, Err(BackupError::Cancelled)), "{result:?}");
    assert!(w.store.list().is_empty());
    let left: Vec<_> = std::fs::read_dir(&w.store.dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .filter(|n| n.to_string_lossy().contains("Cowork-Backup"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn the_command_line_backup_is_checked_and_recorded() {
    let (sb, _ws) = cli_sandbox();
    let out = sb.run(&["backup"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("Checked the copy: "),
        "{}",
        stdout(&out)
    );
    let out = sb.run(&["backups", "--json"]);
    let rows: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(rows[0]["verified"], true, "{rows}");
    let entries = backup_entries(&sb.app);
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0]["actor"], "person");
    assert_eq!(entries[0]["details"]["verified"], true);
    assert_eq!(entries[0]["details"]["reason"], "manual");
}
