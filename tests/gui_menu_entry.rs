//! The applications-menu entry as a person meets it: Home offers it once
//! to a program started from its bare file, the offer adds it, Settings
//! takes it out again, and a "No, thanks" is remembered. Every menu
//! folder is inside the sandbox.
#![allow(clippy::unwrap_used)] // Tests may unwrap: a panic is the failure report.

#[path = "util/gui.rs"]
mod gui_util;
mod util;

use airlock::app_home::AppHome;
use airlock::desktop_entry::{MenuEntry, MenuPlaces};
use airlock::gui::{AirlockApp, Screen};
use airlock::workspace::UserFolders;
use egui_kittest::kittest::Queryable;

const OFFER: &str = "Add Airlock to my applications menu";

fn menu(sb: &util::Sandbox) -> MenuEntry {
    let places = MenuPlaces {
        data_home: sb.home.join(".local/share"),
        data_dirs: vec![sb.root.join("usr/share")],
    };
    MenuEntry::new(places, sb.root.join("Downloads/airlock"))
}

fn app(sb: &util::Sandbox) -> AirlockApp {
    AirlockApp::new(AppHome::at(&sb.app), UserFolders::for_home(&sb.home)).with_menu(menu(sb))
}

fn sandbox_with_workspace() -> util::Sandbox {
    let sb = util::Sandbox::new();
    let ws = sb.root.join("ws");
    assert!(sb.run(&["init", ws.to_str().unwrap()]).status.success());
    sb
}

#[test]
fn home_offers_the_menu_entry_and_settings_takes_it_out() {
    let sb = sandbox_with_workspace();
    let entry = sb
        .home
        .join(".local/share/applications/org.airlock.Airlock.desktop");
    let mut h = gui_util::harness(app(&sb), egui::vec2(1200.0, 1400.0));
    h.run();
    assert_eq!(h.state().screen(), Screen::Home);
    h.get_by_label_contains("Add Airlock to your applications menu?");
    h.get_by_label(OFFER).click();
    h.run();

    let written = std::fs::read_to_string(&entry).unwrap();
    let program = sb.root.join("Downloads/airlock");
    assert!(written.contains(&format!("Exec={}\n", program.display())));
    assert!(
        sb.home
            .join(".local/share/icons/hicolor/scalable/apps/org.airlock.Airlock.svg")
            .is_file()
    );
    h.get_by_label_contains("Airlock is now in your applications menu.");
    assert!(h.query_by_label(OFFER).is_none(), "the offer is gone");

    h.get_by_label("⚙  Settings").click();
    h.run();
    assert_eq!(h.state().screen(), Screen::Settings);
    h.get_by_label_contains("Airlock added itself to your applications menu.");
    h.get_by_label("Remove Airlock from my applications menu")
        .click();
    h.run();
    assert!(!entry.exists(), "the entry is removed");
    h.get_by_label_contains("Airlock is no longer in your applications menu.");
    h.get_by_label_contains("Airlock is not in your applications menu.");

    // Home does not ask again.
    h.get_by_label("🏠  Home").click();
    h.run();
    assert!(h.query_by_label(OFFER).is_none());
    assert!(h.state().settings().menu_offer_dismissed);
}

#[test]
fn no_thanks_is_remembered_across_restarts() {
    let sb = sandbox_with_workspace();
    let mut h = gui_util::harness(app(&sb), egui::vec2(1200.0, 1400.0));
    h.run();
    h.get_by_label("No, thanks").click();
    h.run();
    assert!(h.query_by_label(OFFER).is_none());
    drop(h);

    let mut h = gui_util::harness(app(&sb), egui::vec2(1200.0, 1400.0));
    h.run();
    assert_eq!(h.state().screen(), Screen::Home);
    h.get_by_label_contains("Your workspace");
    assert!(h.query_by_label(OFFER).is_none());
    assert!(
        !sb.home.join(".local/share/applications").exists(),
        "nothing was written"
    );
}

#[test]
fn an_installed_airlock_is_not_offered_a_second_entry() {
    let sb = sandbox_with_workspace();
    let system = sb.root.join("usr/share/applications");
    std::fs::create_dir_all(&system).unwrap();
    std::fs::write(
        system.join("org.airlock.Airlock.desktop"),
        airlock::desktop_entry::PACKAGED_ENTRY,
    )
    .unwrap();
    let mut h = gui_util::harness(app(&sb), egui::vec2(1200.0, 1400.0));
    h.run();
    h.get_by_label_contains("Your workspace");
    assert!(h.query_by_label(OFFER).is_none());
    h.get_by_label("⚙  Settings").click();
    h.run();
    h.get_by_label_contains("it was installed with your system");
    assert!(
        h.query_by_label("Remove Airlock from my applications menu")
            .is_none()
    );
}
