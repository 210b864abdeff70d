//! Airlock keeps an AI assistant's workspace safe: a dedicated folder,
//! files inspected before the assistant sees them, backups, session
//! checklists and a record of what happened.
//!
//! The library holds every capability; `gui` and `cli` are thin front ends
//! over it. Only `gui` may name egui, eframe or rfd (a test checks).

pub mod app_home;
pub mod audit;
pub mod backup;
pub mod cli;
pub mod desktop_entry;
pub mod explain;
pub mod fsutil;
pub mod gui;
pub mod guide;
pub mod i18n;
pub mod logging;
pub mod redact;
pub mod scan;
pub mod session;
pub mod settings;
pub mod workspace;
