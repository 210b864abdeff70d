//! Helpers for the window's tests: a harness that runs the app as the
//! window does, and waiting for background work.
#![allow(dead_code)]

use std::time::{Duration, Instant};

use airlock::gui::AirlockApp;
use egui_kittest::Harness;

/// The app in a headless window of this size, polled and drawn each frame.
pub fn harness(app: AirlockApp, size: egui::Vec2) -> Harness<'static, AirlockApp> {
    Harness::builder()
        // Background jobs ask for a repaint when they finish, so a frame
        // or two more than the default may be needed to settle.
        .with_max_steps(64)
        .with_size(size)
        .build_ui_state(
            |ui, app: &mut AirlockApp| {
                app.poll(ui.ctx());
                app.show(ui);
            },
            app,
        )
}

/// Steps frames until `done` holds (or fails the test after 20 s).
pub fn until(h: &mut Harness<'static, AirlockApp>, what: &str, done: impl Fn(&AirlockApp) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        h.step();
        if done(h.state()) {
            h.run();
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("timed out waiting for {what}");
}

/// No scan, backup, session or redaction work under way.
pub fn idle(app: &AirlockApp) -> bool {
    !app.is_scanning()
        && !app.is_busy_with_backups()
        && !app.is_busy_with_session()
        && !app.is_redacting()
}
