//! Errors as messages. Every error a person can meet is an enum variant
//! in the library; this one module turns each into a message id and its
//! values from the catalogs, so the window, the command line and the
//! audit trail say it the same way, in the reader's language. The
//! variants' own `Display` text is for the log.

use crate::backup::BackupError;
use crate::i18n::Msg;
use crate::msg;
use crate::redact::RedactError;
use crate::session::SessionError;
use crate::workspace::CreateError;
use crate::workspace::place::Concern;
use crate::workspace::place::guard::WriteRefusal;
use crate::workspace::quarantine::QuarantineError;

/// An error a person reads: what is wrong and what to do, as a message.
pub trait Explain {
    fn message(&self) -> Msg;

    /// The message in the window's (or the command line's) language.
    fn sentence(&self) -> String {
        self.message().text()
    }
}

fn shown(path: &std::path::Path) -> String {
    crate::fsutil::display_path(path)
}

/// Two sentences read one after the other.
fn then(first: Msg, second: Msg) -> Msg {
    msg!("sentences", first = first, second = second)
}

impl Explain for BackupError {
    fn message(&self) -> Msg {
        use BackupError as E;
        match self {
            // ENOSPC: the one write failure with its own advice.
            E::Io { source, .. } if source.raw_os_error() == Some(28) => {
                msg!("backup-error-disk-full")
            }
            E::Io { path, source, .. } => msg!(
                "backup-error-write",
                error = source.to_string(),
                path = shown(path.parent().unwrap_or(path))
            ),
            E::Busy => msg!("backups-busy"),
            E::NoWorkspace(path) => msg!("backup-error-no-workspace", path = shown(path)),
            E::WorkspaceIsLink(path) => msg!("backup-error-workspace-link", path = shown(path)),
            E::InsideWorkspace(path) => {
                msg!("backup-error-inside-workspace", path = shown(path))
            }
            E::NotFound(id) => msg!("backup-error-not-found", id = id),
            E::Damaged { id, why } => msg!("backup-error-damaged", id = id, why = why),
            E::Cancelled => msg!("backups-cancelled"),
            E::SafetyBackupIncomplete(what) => msg!("backup-error-safety", name = what),
        }
    }
}

impl Explain for SessionError {
    fn message(&self) -> Msg {
        match self {
            SessionError::AlreadyOpen(since) => msg!("session-error-open", since = since),
            SessionError::NoneOpen => msg!("session-error-none-open"),
            SessionError::NoTask => msg!("session-task-first"),
            SessionError::NoWorkspace => msg!("check-no-workspace"),
            SessionError::Backup(err) => msg!("session-error-backup", why = err.message()),
            SessionError::Io(err) => msg!("session-error-save", why = err.to_string()),
            SessionError::Encode(err) => msg!("session-error-save", why = err.to_string()),
        }
    }
}

impl Explain for RedactError {
    fn message(&self) -> Msg {
        match self {
            RedactError::Unreadable(name, why) => msg!("redact-unreadable", name = name, why = why),
            RedactError::NothingFound(name) => msg!("redact-nothing", name = name),
            RedactError::StillSensitive(what) => msg!("redact-still-sensitive", what = what),
            RedactError::StillDangerous(what) => msg!("redact-still-dangerous", what = what),
            RedactError::Io(err) => msg!("redact-io", error = err.to_string()),
        }
    }
}

impl Explain for QuarantineError {
    fn message(&self) -> Msg {
        match self {
            QuarantineError::Missing(path) => msg!("quarantine-error-missing", path = shown(path)),
            QuarantineError::Io { path, source } => msg!(
                "quarantine-error-move",
                path = shown(path),
                error = source.to_string()
            ),
            QuarantineError::Record(why) => msg!("quarantine-error-record", why = why),
        }
    }
}

impl Explain for WriteRefusal {
    fn message(&self) -> Msg {
        match self {
            WriteRefusal::Missing(path) => msg!("write-refused-missing", path = shown(path)),
            WriteRefusal::Link(path) => msg!("write-refused-link", path = shown(path)),
            WriteRefusal::Place { path, concern } => then(
                msg!("write-refused-place", path = shown(path)),
                then(concern.what_message(), concern.why_message()),
            ),
        }
    }
}

impl Explain for CreateError {
    fn message(&self) -> Msg {
        match self {
            CreateError::Refused(concern) => then(concern.what_message(), concern.todo_message()),
            CreateError::NeedsConfirmation(_) => msg!("create-confirm-warnings"),
            CreateError::Io { path, source } => msg!(
                "create-io-failed",
                path = shown(path),
                error = source.to_string()
            ),
            CreateError::Settings(_) => msg!("create-settings-failed"),
        }
    }
}

/// What is wrong with a place, as the place check says it.
impl Explain for Concern {
    fn message(&self) -> Msg {
        then(self.what_message(), self.todo_message())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn errors_read_in_both_languages() {
        let errors: Vec<Box<dyn Explain>> = vec![
            Box::new(BackupError::Busy),
            Box::new(BackupError::Io {
                what: "write",
                path: "/backups/x".into(),
                source: std::io::Error::from_raw_os_error(28),
            }),
            Box::new(SessionError::Backup(BackupError::NotFound("b1".into()))),
            Box::new(QuarantineError::Missing("/ws/input/a.txt".into())),
            Box::new(WriteRefusal::Place {
                path: "/home/ann".into(),
                concern: Concern::Home,
            }),
            Box::new(CreateError::Refused(Concern::Root)),
        ];
        for error in errors {
            let message = error.message();
            let (en, fr) = (message.render(Lang::En), message.render(Lang::Fr));
            assert!(!en.is_empty() && !fr.is_empty());
            assert_ne!(en, fr, "{en} reads the same in French");
            assert!(!en.contains('{') && !fr.contains('{'), "{en} / {fr}");
        }
    }

    #[test]
    fn a_full_disk_says_so() {
        let full = BackupError::Io {
            what: "write",
            path: "/backups/x".into(),
            source: std::io::Error::from_raw_os_error(28),
        };
        assert_eq!(full.message().id, "backup-error-disk-full");
    }
}
