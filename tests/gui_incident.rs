//! "Something went wrong", as a person walks it after the assistant
//! deleted a file: stop, see what changed, write the report, recover.
#![allow(clippy::unwrap_used)] // Tests may unwrap: a panic is the failure report.

#[path = "util/gui.rs"]
mod gui_util;
mod util;

use std::time::{Duration, Instant};

use airlock::app_home::AppHome;
use airlock::gui::{AirlockApp, Screen};
use airlock::workspace::UserFolders;
use egui_kittest::kittest::Queryable;

#[test]
fn an_incident_is_assessed_documented_and_recovered() {
    let sb = util::Sandbox::new();
    let ws = sb.root.join("ws");
    assert!(sb.run(&["init", ws.to_str().unwrap()]).status.success());
    std::fs::write(ws.join("input/contract.txt"), "the signed contract").unwrap();
    assert!(sb.run(&["backup"]).status.success());
    std::fs::remove_file(ws.join("input/contract.txt")).unwrap();

    let app = AirlockApp::new(AppHome::at(&sb.app), UserFolders::for_home(&sb.home));
    let mut h = gui_util::harness(app, egui::vec2(1200.0, 1600.0));
    h.run();
    h.get_by_label("⚠  Something went wrong").click();
    h.run();
    assert_eq!(h.state().screen(), Screen::Incident);
    h.get_by_label("The assistant is stopped").click();
    h.run();
    h.get_by_label_contains("Compare with your last backup")
        .click();
    let deadline = Instant::now() + Duration::from_secs(20);
    while h.query_by_label("deleted input/contract.txt").is_none() {
        assert!(Instant::now() < deadline, "the comparison did not finish");
        h.step();
        std::thread::sleep(Duration::from_millis(20));
    }
    h.run();
    h.get_by_label("Write the incident report").click();
    h.run();
    h.get_by_label_contains("Saved:");
    let reports: Vec<_> = std::fs::read_dir(sb.app.join("incidents"))
        .unwrap()
        .flatten()
        .collect();
    assert_eq!(reports.len(), 1);
    let text = std::fs::read_to_string(reports[0].path()).unwrap();
    assert!(text.contains("deleted `input/contract.txt`"), "{text}");
    assert!(
        text.contains("Backup Cowork-Backup-"),
        "the timeline holds the backup: {text}"
    );

    h.get_by_label("Restore from your last backup…").click();
    gui_util::until(&mut h, "the restore preview", gui_util::idle);
    assert_eq!(h.state().screen(), Screen::Backups);
    h.get_by_label_contains("Will be put back (missing now) (1)");
}
