//! The manual pages (`man airlock`, `man airlock-scan`…), made from the
//! command line's own help so the two never disagree. The hidden
//! `airlock man DIR` writes them; packaging installs them.

use std::path::Path;

use clap::CommandFactory;

/// Writes `airlock.1` and one page per command into `dir`.
pub fn write_pages(dir: &Path) -> Result<(), String> {
    std::fs::create_dir_all(dir)
        .and_then(|()| clap_mangen::generate_to(super::Cli::command(), dir))
        .map_err(|e| format!("could not write the manual pages: {e} ({})", dir.display()))
}
