//! Details for whoever investigates a problem go to a log file in the
//! app's own folder; people see sentences, not these lines.

use std::io::Write;
use std::path::Path;
use std::sync::Mutex;

struct FileLogger {
    file: Mutex<std::fs::File>,
}

impl log::Log for FileLogger {
    fn enabled(&self, metadata: &log::Metadata<'_>) -> bool {
        metadata.level() <= log::Level::Info
    }

    fn log(&self, record: &log::Record<'_>) {
        if !self.enabled(record.metadata()) || !record.target().starts_with("airlock") {
            return;
        }
        if let Ok(mut file) = self.file.lock() {
            let _ = writeln!(
                file,
                "{} {:<5} {}",
                chrono::Local::now().format("%Y-%m-%d %H:%M:%S"),
                record.level(),
                record.args()
            );
        }
    }

    fn flush(&self) {
        if let Ok(mut file) = self.file.lock() {
            let _ = file.flush();
        }
    }
}

/// Sends Airlock's log lines to `path` (appending). Failing to open the
/// log is not a reason to stop the app: it then logs nowhere.
pub fn init(path: &Path) {
    let file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path);
    if let Ok(file) = file {
        let logger = Box::new(FileLogger {
            file: Mutex::new(file),
        });
        if log::set_boxed_logger(logger).is_ok() {
            log::set_max_level(log::LevelFilter::Info);
        }
    }
}
