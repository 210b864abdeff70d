//! The end-of-session cleanup as both front ends run it: the cleanup
//! itself (after its backup), archived inputs keeping where they came
//! from, the session's record and report, and one audit entry. The window
//! and `airlock session cleanup` call this, so they cannot drift apart.

use std::path::Path;

use super::cleanup::{self, CleanupChoice, CleanupDone, TrashBin};
use super::{Session, SessionError, SessionStore};
use crate::audit::{self, Actor};
use crate::backup::{BackupError, BackupStore};

/// What the cleanup did, and the session's record as it now stands;
/// `unsaved` says why the record or its report could not be saved (the
/// cleanup itself is done either way).
pub struct WrappedUp {
    pub done: CleanupDone,
    pub session: Option<Session>,
    pub unsaved: Option<SessionError>,
}

/// Runs the cleanup for `session` (the one just ended, if any).
#[allow(clippy::too_many_arguments)]
pub fn clean_up(
    workspace: &Path,
    backups: &BackupStore,
    data_dir: &Path,
    store: &SessionStore,
    mut session: Option<Session>,
    choice: &CleanupChoice,
    day: chrono::NaiveDate,
    bin: &TrashBin<'_>,
) -> Result<WrappedUp, BackupError> {
    let task = session.as_ref().map(|s| s.task.clone());
    let done = cleanup::apply(workspace, backups, task.as_deref(), choice, day, bin)?;
    // Archived inputs keep their source (not fatal: the files are moved).
    if let Err(err) = crate::workspace::provenance::Provenance::load(data_dir).follow_cleanup(&done)
    {
        log::warn!("provenance after cleanup: {err}");
    }
    audit::note(
        data_dir,
        "session.cleanup",
        Actor::Person,
        &crate::msg!(
            "audit-cleanup",
            archived = done.archived.len(),
            trashed = done.trashed.len()
        ),
        serde_json::to_value(&done).unwrap_or_default(),
    );
    let mut unsaved = None;
    if let Some(session) = &mut session {
        session.note_cleanup(&done);
        let saved = store
            .save(session)
            .and_then(|()| super::report::write(store, session).map(|_| ()));
        if let Err(err) = saved {
            log::warn!("session {}: {err}", session.id);
            unsaved = Some(err);
        }
    }
    Ok(WrappedUp {
        done,
        session,
        unsaved,
    })
}
