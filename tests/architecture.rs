//! The core knows nothing of windows: only `src/gui/` (and main.rs, which
//! opens the window) may name egui, eframe or rfd.

use std::path::Path;

#[test]
fn core_modules_never_name_gui_crates() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut offenders = Vec::new();
    for entry in walkdir::WalkDir::new(&src).into_iter().flatten() {
        let path = entry.path();
        let rel = path.strip_prefix(&src).unwrap();
        if rel.starts_with("gui")
            || rel == Path::new("main.rs")
            || path.extension().is_none_or(|e| e != "rs")
        {
            continue;
        }
        let text = std::fs::read_to_string(path).unwrap();
        for name in ["egui", "eframe", "rfd::"] {
            if text
                .lines()
                .any(|l| !l.trim_start().starts_with("//") && l.contains(name))
            {
                offenders.push(format!("{} names {name}", rel.display()));
            }
        }
    }
    assert!(offenders.is_empty(), "{offenders:#?}");
}
