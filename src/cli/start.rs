//! What every command does first: the saved workspace checked again, a
//! killed restore's leftovers removed, the audit trail's copies
//! registered; and which commands change files, so that the audit trail
//! is checked before they run.

use super::{Command, Env, output, session};
use crate::explain::Explain;
use crate::settings::Settings;

/// What every start does before the command: the saved workspace is
/// checked again (a refusal is said, and writing commands will stop on
/// it), and temporary files of a restore that was killed are removed.
pub fn at_start(command: &Command, env: &Env) {
    if matches!(command, Command::Init { .. }) {
        return;
    }
    crate::audit::witness::register_mirror(env.home.data_dir(), &env.backups().dir);
    let Some(root) = Settings::load(&env.home.settings_path()).settings.workspace else {
        return;
    };
    if let Err(refusal) = crate::workspace::place::guard::check_for_writing(&root, &env.rules()) {
        output::say(&format!("warning: {}", refusal.sentence()));
        return;
    }
    let store = env.backups();
    if store.dir.is_dir()
        && let Ok(lock) = store.lock(&root)
    {
        crate::backup::clean_interrupted_restores(&store, &root, &lock);
    }
}

/// Commands that change files, which must not run unrecorded without
/// the person saying so. Restore (and so undo) is not among them: it
/// always goes ahead, and says afterwards if the trail missed it.
pub fn changes_files(command: &Command) -> bool {
    match command {
        Command::Add { .. } | Command::Redact { .. } | Command::Backup { .. } => true,
        Command::Prune { dry_run } => !dry_run,
        Command::Session { command } => matches!(
            command,
            session::SessionCommand::Start { .. }
                | session::SessionCommand::End
                | session::SessionCommand::Cleanup { .. }
        ),
        _ => false,
    }
}
