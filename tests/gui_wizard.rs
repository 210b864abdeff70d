//! The first-use wizard, walked as a person would: buttons found by their
//! labels, clicked, and what the window shows checked. Runs headless.

mod util;

use airlock::app_home::AppHome;
use airlock::gui::{AirlockApp, Screen};
use airlock::workspace::UserFolders;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn harness(app: AirlockApp) -> Harness<'static, AirlockApp> {
    Harness::builder()
        // Background jobs (status, scans) ask for a repaint when they finish,
        // so a frame or two more than the default may be needed to settle.
        .with_max_steps(64)
        .with_size(egui::vec2(1100.0, 800.0))
        .build_ui_state(
            |ui, app: &mut AirlockApp| {
                app.poll(ui.ctx());
                app.show(ui);
            },
            app,
        )
}

fn fresh_app(sb: &util::Sandbox) -> AirlockApp {
    AirlockApp::new(AppHome::at(&sb.app), UserFolders::for_home(&sb.home))
}

/// Selects everything in the place field and types `text` over it.
fn replace_place(h: &mut Harness<'static, AirlockApp>, text: &str) {
    h.get_by_role(egui::accesskit::Role::TextInput).focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.get_by_role(egui::accesskit::Role::TextInput)
        .type_text(text);
    h.run();
}

#[test]
fn wizard_creates_the_workspace_and_home_shows_it() {
    let sb = util::Sandbox::new();
    let mut h = harness(fresh_app(&sb));
    h.run();
    assert_eq!(h.state().screen(), Screen::Wizard);
    h.get_by_label_contains("Airlock gives your AI assistant a folder of its own");

    h.get_by_label("Get started").click();
    h.run();
    let default = sb.home.join("Cowork-Workspace");
    h.get_by_label_contains("Good choice: Airlock will create this new folder.");

    h.get_by_label("Create the workspace").click();
    h.run();
    for name in ["input", "output", "archive"] {
        assert!(default.join(name).is_dir(), "{name} was not created");
    }
    h.get_by_label("Your workspace is ready");
    h.get_by_label("🗁 Open the workspace folder");

    h.get_by_label("Continue").click();
    h.run();
    h.get_by_label_contains("A dedicated workspace is set up");
    h.get_by_label_contains("Checked by Airlock");
    h.get_by_label("You have a way to back up the workspace")
        .click();
    h.run();
    assert!(
        h.state()
            .settings()
            .first_use_ticked
            .contains("backup-strategy")
    );

    h.get_by_label("Go to my workspace").click();
    h.run();
    h.state_mut().refresh_status_now();
    h.run();
    assert_eq!(h.state().screen(), Screen::Home);
    h.get_by_label("Your workspace");
    h.get_by_label(&default.display().to_string());
    for name in ["🗀 input", "🗀 output", "🗀 archive"] {
        h.get_by_label(name);
    }
    h.get_by_label("🗁 Open workspace folder");
    h.get_by_label("2 of 5 done.");
}

#[test]
fn refused_place_is_explained_and_cannot_be_created() {
    let sb = util::Sandbox::new();
    std::fs::create_dir_all(sb.home.join("Documents")).unwrap();
    let mut h = harness(fresh_app(&sb));
    h.run();
    h.get_by_label("Get started").click();
    h.run();
    replace_place(&mut h, &sb.home.join("Documents").display().to_string());
    h.get_by_label_contains("This is your Documents folder.");
    h.get_by_label_contains("The assistant could read, change or delete every file in it");
    h.get_by_label("Create the workspace").click();
    h.run();
    assert!(!sb.home.join("Documents/input").exists());
    assert_eq!(h.state().settings().workspace, None);
}

#[test]
fn non_empty_folder_needs_confirmation_and_offers_a_fresh_subfolder() {
    let sb = util::Sandbox::new();
    let dir = sb.home.join("Projects");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("taxes-2025.pdf"), "x").unwrap();
    let mut h = harness(fresh_app(&sb));
    h.run();
    h.get_by_label("Get started").click();
    h.run();
    replace_place(&mut h, &dir.display().to_string());
    h.get_by_label_contains("taxes-2025.pdf");
    let fresh = dir.join("Cowork-Workspace");
    h.get_by_label(&format!("Use {} instead", fresh.display()))
        .click();
    h.run();
    h.get_by_label("Create the workspace").click();
    h.run();
    assert!(fresh.join("input").is_dir());
    assert!(!dir.join("input").exists());
}

#[test]
fn later_launches_open_home() {
    let sb = util::Sandbox::new();
    let out = sb.run(&["init", sb.root.join("ws").to_str().unwrap()]);
    assert!(out.status.success());
    let app = fresh_app(&sb);
    assert_eq!(app.screen(), Screen::Home);
    let mut h = harness(app);
    h.state_mut().refresh_status_now();
    h.run();
    h.get_by_label("Your workspace");
    h.get_by_label("🏠  Home");
}

#[test]
fn missing_folder_is_repaired_from_home() {
    let sb = util::Sandbox::new();
    let ws = sb.root.join("ws");
    assert!(sb.run(&["init", ws.to_str().unwrap()]).status.success());
    std::fs::remove_dir(ws.join("output")).unwrap();
    let mut h = harness(fresh_app(&sb));
    h.state_mut().refresh_status_now();
    h.run();
    h.get_by_label_contains("Some of the workspace's folders are missing.");
    h.get_by_label("Repair the workspace").click();
    h.run();
    assert!(ws.join("output").is_dir());
    h.get_by_label_contains("The workspace is complete again");
}

#[test]
fn the_last_steps_button_is_in_view_at_the_default_size() {
    let sb = util::Sandbox::new();
    let [width, height] = airlock::gui::WINDOW_SIZE;
    let mut h = Harness::builder()
        .with_max_steps(64)
        .with_size(egui::vec2(width, height))
        .build_ui_state(
            |ui, app: &mut AirlockApp| {
                app.poll(ui.ctx());
                app.show(ui);
            },
            fresh_app(&sb),
        );
    h.run();
    h.get_by_label("Get started").click();
    h.run();
    h.get_by_label("Create the workspace").click();
    h.run();
    h.get_by_label("Continue").click();
    h.run();
    let button = h.get_by_label("Go to my workspace").rect();
    assert!(
        button.max.y <= height,
        "the only way on is below the fold: {button:?} in a window {height} high"
    );
}
