//! The workspace capability through the built binary: `init` and `status`.
#![allow(clippy::unwrap_used)] // Tests may unwrap: a panic is the failure report.

mod util;

use util::{Sandbox, stderr, stdout};

#[test]
fn init_creates_three_private_folders() {
    let sb = Sandbox::new();
    let ws = sb.root.join("ws");
    let out = sb.run(&["init", ws.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    for name in ["input", "output", "archive"] {
        assert!(ws.join(name).is_dir(), "{name} missing");
        #[cfg(unix)]
        assert_eq!(util::mode(&ws.join(name)), 0o700, "{name}");
    }
    #[cfg(unix)]
    assert_eq!(util::mode(&ws), 0o700);
    assert!(stdout(&out).contains("Workspace ready"));
}

#[test]
fn init_without_a_path_uses_cowork_workspace_in_home() {
    let sb = Sandbox::new();
    let out = sb.run(&["init"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(sb.home.join("Cowork-Workspace/input").is_dir());
}

#[test]
fn init_refuses_home_and_documents_with_one_line_and_creates_nothing() {
    let sb = Sandbox::new();
    std::fs::create_dir_all(sb.home.join("Documents")).unwrap();
    for target in [sb.home.clone(), sb.home.join("Documents")] {
        let before: Vec<_> = std::fs::read_dir(&target)
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        let out = sb.run(&["init", target.to_str().unwrap()]);
        assert!(!out.status.success(), "{} was accepted", target.display());
        let err = stderr(&out);
        assert_eq!(err.trim_end().lines().count(), 1, "not one line: {err}");
        assert!(err.contains("cannot use"), "{err}");
        let after: Vec<_> = std::fs::read_dir(&target)
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(
            before,
            after,
            "something was created in {}",
            target.display()
        );
        assert!(!target.join("input").exists());
    }
    assert!(!sb.app.join("settings.ron").exists());
}

#[test]
fn init_on_a_folder_with_files_needs_yes() {
    let sb = Sandbox::new();
    let dir = sb.home.join("Projects");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("report.docx"), "x").unwrap();
    let out = sb.run(&["init", dir.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("report.docx"), "{}", stderr(&out));
    assert!(!dir.join("input").exists());
    let out = sb.run(&["init", dir.to_str().unwrap(), "--yes"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(dir.join("input").is_dir());
}

#[test]
fn status_json_reports_the_workspace() {
    let sb = Sandbox::new();
    let ws = sb.root.join("ws");
    assert!(sb.run(&["init", ws.to_str().unwrap()]).status.success());
    std::fs::write(ws.join("input/a.txt"), "hello").unwrap();
    let out = sb.run(&["status", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["path"], ws.to_str().unwrap());
    let input = &json["folders"][0];
    assert_eq!(input["name"], "input");
    assert_eq!(input["present"], true);
    assert_eq!(input["files"], 1);
    assert_eq!(input["bytes"], 5);
    assert_eq!(json["last_backup"], serde_json::Value::Null);
    #[cfg(unix)]
    assert_eq!(json["private"], true);
}

#[test]
fn status_text_names_missing_folders() {
    let sb = Sandbox::new();
    let ws = sb.root.join("ws");
    assert!(sb.run(&["init", ws.to_str().unwrap()]).status.success());
    std::fs::remove_dir(ws.join("archive")).unwrap();
    let out = sb.run(&["status"]);
    let text = stdout(&out);
    assert!(text.contains("archive/  MISSING"), "{text}");
    assert!(text.contains("Last backup: none yet"), "{text}");
}

#[test]
fn status_without_a_workspace_fails_with_one_line() {
    let sb = Sandbox::new();
    let out = sb.run(&["status"]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(err.contains("no workspace"), "{err}");
}

#[test]
fn home_flag_wins_over_the_environment() {
    let sb = Sandbox::new();
    let elsewhere = sb.root.join("elsewhere");
    let ws = sb.root.join("ws");
    let out = sb.run(&[
        "--home",
        elsewhere.to_str().unwrap(),
        "init",
        ws.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(elsewhere.join("settings.ron").is_file());
    assert!(!sb.app.join("settings.ron").exists());
}

/// Every name and content under `root`.
fn contents(root: &std::path::Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut out: Vec<_> = walkdir::WalkDir::new(root)
        .into_iter()
        .flatten()
        .map(|e| {
            let bytes = if e.file_type().is_file() {
                std::fs::read(e.path()).unwrap()
            } else {
                Vec::new()
            };
            (e.path().to_path_buf(), bytes)
        })
        .collect();
    out.sort();
    out
}

/// Issue 16, case 5: `input/` or the workspace itself replaced by a link
/// to Documents is never written through, and `status` says it is not
/// private.
#[cfg(unix)]
#[test]
fn a_workspace_or_input_replaced_by_a_link_is_refused_for_writing() {
    let sb = Sandbox::new();
    let ws = sb.home.join("ws");
    assert!(sb.run(&["init", ws.to_str().unwrap()]).status.success());
    let docs = sb.home.join("Documents");
    std::fs::create_dir_all(&docs).unwrap();
    std::fs::write(docs.join("taxes.pdf"), "mine").unwrap();
    let download = sb.root.join("report.txt");
    std::fs::write(&download, "a report").unwrap();
    let before = contents(&docs);

    std::fs::remove_dir(ws.join("input")).unwrap();
    std::os::unix::fs::symlink(&docs, ws.join("input")).unwrap();
    let out = sb.run(&["add", download.to_str().unwrap()]);
    assert!(!out.status.success(), "{}", stdout(&out));
    assert!(
        stderr(&out).contains("is a link to another place"),
        "{}",
        stderr(&out)
    );
    assert_eq!(contents(&docs), before, "nothing written into Documents");
    let out = sb.run(&["status"]);
    assert!(
        stdout(&out).contains("Private to you: NO"),
        "{}",
        stdout(&out)
    );
    assert!(!stdout(&out).contains("Private to you: yes"));

    // The workspace itself a link to a folder holding Documents' files.
    std::fs::remove_file(ws.join("input")).unwrap();
    std::fs::create_dir(ws.join("input")).unwrap();
    let real = sb.home.join("ws-real");
    std::fs::rename(&ws, &real).unwrap();
    std::os::unix::fs::symlink(&real, &ws).unwrap();
    let before = contents(&real);
    let out = sb.run(&["add", download.to_str().unwrap()]);
    assert!(!out.status.success(), "{}", stdout(&out));
    assert_eq!(contents(&real), before);
    let out = sb.run(&["status"]);
    assert!(
        stdout(&out).contains("Private to you: NO"),
        "{}",
        stdout(&out)
    );
}

/// Issue 16, case 9: a folder a backup was written to is reserved.
#[test]
fn a_backup_destination_can_never_become_the_workspace() {
    let sb = Sandbox::new();
    let ws = sb.home.join("ws");
    assert!(sb.run(&["init", ws.to_str().unwrap()]).status.success());
    let usb = sb.root.join("usb-stick");
    let out = sb.run(&["backup", "--to", usb.to_str().unwrap()]);
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    for target in [usb.clone(), usb.join("ws"), sb.root.clone()] {
        let out = sb.run(&["init", target.to_str().unwrap(), "--yes"]);
        assert!(
            !out.status.success(),
            "{}: {}",
            target.display(),
            stdout(&out)
        );
        assert!(stderr(&out).contains("cannot use"), "{}", stderr(&out));
    }
    assert!(!usb.join("ws").exists());
}

/// Issue 16, case 9: the saved settings are checked again before every
/// write: a workspace edited to be the home folder makes restore refuse.
#[test]
fn a_workspace_edited_to_be_the_home_folder_makes_restore_refuse() {
    let sb = Sandbox::new();
    let ws = sb.home.join("ws");
    assert!(sb.run(&["init", ws.to_str().unwrap()]).status.success());
    std::fs::write(ws.join("input/a.txt"), "a").unwrap();
    assert!(sb.run(&["backup"]).status.success());
    let out = sb.run(&["backups", "--json"]);
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let id = list[0]["id"].as_str().unwrap().to_string();

    let settings = sb.app.join("settings.ron");
    let text = std::fs::read_to_string(&settings).unwrap();
    let edited = text.replace(ws.to_str().unwrap(), sb.home.to_str().unwrap());
    assert_ne!(text, edited);
    std::fs::write(&settings, edited).unwrap();
    std::fs::write(sb.home.join("letter.txt"), "my own letter").unwrap();

    let out = sb.run(&["restore", &id]);
    assert!(!out.status.success(), "{}", stdout(&out));
    assert!(
        stderr(&out).contains("not a safe place"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        std::fs::read_to_string(sb.home.join("letter.txt")).unwrap(),
        "my own letter"
    );
    // Every start says so too.
    let out = sb.run(&["status"]);
    assert!(stderr(&out).contains("warning"), "{}", stderr(&out));
}

/// A bind mount made for the test, undone however the test ends.
#[cfg(target_os = "linux")]
struct BindMount(std::path::PathBuf);

#[cfg(target_os = "linux")]
impl Drop for BindMount {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(&self.0).status();
    }
}

/// Issue 16, case 9: Documents seen under another name (a bind mount) is
/// still Documents: refused, and its mode left alone.
#[cfg(target_os = "linux")]
#[test]
fn documents_under_another_name_is_still_refused() {
    let sb = Sandbox::new();
    let docs = sb.home.join("Documents");
    std::fs::create_dir_all(&docs).unwrap();
    std::fs::write(docs.join("taxes.pdf"), "mine").unwrap();
    let view = sb.home.join("Work");
    std::fs::create_dir_all(&view).unwrap();
    let mounted = std::process::Command::new("mount")
        .arg("--bind")
        .arg(&docs)
        .arg(&view)
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !mounted {
        eprintln!("skipped: cannot make a bind mount here (needs root)");
        return;
    }
    let _mount = BindMount(view.clone());
    let mode_before = util::mode(&docs);
    let out = sb.run(&["init", view.to_str().unwrap(), "--yes"]);
    assert!(!out.status.success(), "{}", stdout(&out));
    assert!(stderr(&out).contains("Documents"), "{}", stderr(&out));
    assert_eq!(util::mode(&docs), mode_before);
    assert!(!docs.join("input").exists());
}
