//! The Backups screen as a person uses it: back up, see the backup listed,
//! restore one file after a preview, undo the restore; and from the Files
//! screen, bring back an earlier version of a file.
#![allow(clippy::unwrap_used)] // Tests may unwrap: a panic is the failure report.

#[path = "util/gui.rs"]
mod gui_util;
mod util;

use airlock::app_home::AppHome;
use airlock::gui::{AirlockApp, Screen};
use airlock::workspace::UserFolders;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// Waits until backups, checks, restores and scans are done.
fn wait(h: &mut Harness<'static, AirlockApp>) {
    gui_util::until(h, "the background work", gui_util::idle);
}

fn setup() -> (
    util::Sandbox,
    std::path::PathBuf,
    Harness<'static, AirlockApp>,
) {
    let sb = util::Sandbox::new();
    let ws = sb.root.join("ws");
    assert!(sb.run(&["init", ws.to_str().unwrap()]).status.success());
    std::fs::write(ws.join("input/letter.txt"), "Dear Ann,\nthe original.\n").unwrap();
    std::fs::write(ws.join("output/summary.md"), "# Summary\n").unwrap();
    let app = AirlockApp::new(AppHome::at(&sb.app), UserFolders::for_home(&sb.home));
    let mut h = gui_util::harness(app, egui::vec2(1200.0, 1000.0));
    h.run();
    (sb, ws, h)
}

#[test]
fn back_up_see_it_listed_restore_one_file_and_undo() {
    let (sb, ws, mut h) = setup();
    h.get_by_label_contains("No backup yet").hover();
    h.get_by_label("💾  Backups").click();
    wait(&mut h);
    assert_eq!(h.state().screen(), Screen::Backups);
    h.get_by_label_contains("There is no backup yet.");

    h.get_by_label("💾 Back up now").click();
    wait(&mut h);
    h.get_by_label_contains("Backed up 2 files and checked the copy");
    h.get_by_label_contains("(just now)");
    h.get_by_label("✔ Checked: every file matches");
    assert!(sb.home.join("Cowork-Backups").is_dir());
    assert_eq!(h.state().backup_list().len(), 1);

    // The assistant overwrites the letter and writes a new file.
    std::fs::write(ws.join("input/letter.txt"), "overwritten").unwrap();
    std::fs::write(ws.join("output/new.md"), "new").unwrap();
    h.get_by_label("↺ Restore…").click();
    wait(&mut h);
    h.get_by_label_contains("Will be replaced by the backup's version (1)");
    h.get_by_label_contains("Will be removed (not in the backup) (1)");
    // Removals are not chosen unless the person ticks them.
    h.get_by_label("Restore 1 chosen item").click();
    wait(&mut h);
    assert_eq!(
        std::fs::read_to_string(ws.join("input/letter.txt")).unwrap(),
        "Dear Ann,\nthe original.\n"
    );
    assert!(ws.join("output/new.md").exists(), "not chosen, so kept");
    h.get_by_label_contains("Restored 1 item. The state just before was backed up.");
    assert_eq!(h.state().backup_list().len(), 2, "the undo point is listed");

    h.get_by_label("Undo").click();
    wait(&mut h);
    assert_eq!(
        std::fs::read_to_string(ws.join("input/letter.txt")).unwrap(),
        "overwritten"
    );

    h.get_by_label("🏠  Home").click();
    wait(&mut h);
    h.state_mut().refresh_status_now();
    h.run();
    h.get_by_label_contains("Last backup: just now");
}

#[test]
fn a_file_can_go_back_to_an_earlier_version_from_the_files_screen() {
    let (_sb, ws, mut h) = setup();
    h.get_by_label("💾 Back up now").click();
    wait(&mut h);
    std::fs::write(ws.join("input/letter.txt"), "the assistant rewrote this").unwrap();
    let ctx = h.ctx.clone();
    h.state_mut().start_scan_for_test(&ctx);
    h.get_by_label("🔍  Files").click();
    wait(&mut h);
    h.get_by_label("letter.txt").click();
    h.run();
    h.get_by_label("↺ Restore an earlier version…").click();
    wait(&mut h);
    h.get_by_label("Earlier versions of input/letter.txt");
    h.get_by_label("Restore this version…").click();
    wait(&mut h);
    h.get_by_label_contains("Will be replaced by the backup's version (1)");
    h.get_by_label("Restore 1 chosen item").click();
    wait(&mut h);
    assert_eq!(
        std::fs::read_to_string(ws.join("input/letter.txt")).unwrap(),
        "Dear Ann,\nthe original.\n"
    );
}

#[test]
fn a_backup_folder_inside_the_workspace_is_refused() {
    let (_sb, ws, mut h) = setup();
    h.get_by_label("💾  Backups").click();
    wait(&mut h);
    h.get_by_label("Change…").click();
    h.run();
    let inside = ws.join("output/backups").display().to_string();
    let ctx = h.ctx.clone();
    h.state_mut()
        .act(airlock::gui::Action::SetBackupDir(inside), &ctx);
    h.run();
    h.get_by_label_contains("inside the workspace");
    assert!(h.state().settings().backup_dir.is_none());
}

#[test]
fn the_window_and_the_command_line_take_and_record_a_backup_alike() {
    let (sb, _ws, mut h) = setup();
    h.get_by_label("💾  Backups").click();
    wait(&mut h);
    h.get_by_label("💾 Back up now").click();
    wait(&mut h);
    assert!(sb.run(&["backup"]).status.success());
    let entries: Vec<serde_json::Value> = std::fs::read_to_string(sb.app.join("audit.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|e| e["kind"] == "backup.created")
        .collect();
    assert_eq!(
        entries.len(),
        2,
        "one from the window, one from the command line"
    );
    let keys = |e: &serde_json::Value| -> Vec<String> {
        e["details"].as_object().unwrap().keys().cloned().collect()
    };
    for entry in &entries {
        assert_eq!(entry["actor"], "person", "{entry}");
        assert_eq!(entry["details"]["reason"], "manual", "{entry}");
        assert_eq!(entry["details"]["verified"], true, "{entry}");
        assert_eq!(keys(entry), keys(&entries[0]));
    }
}
