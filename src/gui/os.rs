//! Opening a folder in the system's file manager. Only folders: Airlock
//! never hands an untrusted file to the system's preview or open handlers.

use std::path::Path;
use std::process::Command;

pub fn open_folder(path: &Path) -> std::io::Result<()> {
    if !path.is_dir() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::NotFound,
            "the folder does not exist",
        ));
    }
    let program = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    Command::new(program).arg(path).spawn().map(|_| ())
}
