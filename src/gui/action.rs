//! What a screen can ask of the app, and the messages the app shows.

use std::path::PathBuf;

use super::wizard::WizardStep;
use super::{Screen, style};

/// A request from a screen, applied after the frame.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    GoTo(Screen),
    WizardTo(WizardStep),
    /// Open the system's folder chooser for the wizard's place.
    PickFolder,
    /// Create (or repair) the workspace at the wizard's place.
    CreateWorkspace {
        accept_warnings: bool,
    },
    /// Repair the recorded workspace (missing folders).
    RepairWorkspace,
    OpenFolder(PathBuf),
    Tick {
        id: String,
        ticked: bool,
    },
    FinishWizard,
    /// Speak this language (`None`: the computer's).
    SetLanguage(Option<crate::i18n::Lang>),
    DismissNotice,
    StartScan,
    CancelScan,
    /// Open the system's file chooser to add files.
    PickFilesToAdd,
    /// Copy these files into `input/` and check them.
    AddFiles(Vec<PathBuf>),
    SelectFile(String),
    QuarantineFile(String),
    ShowInFolder(String),
    RestoreFromQuarantine(PathBuf),
    /// Mark a flagged file as looked at (or take the mark back).
    MarkReviewed {
        rel: String,
        reviewed: bool,
    },
    BackUpNow,
    /// Stop the backup, check or restore under way.
    CancelBackupWork,
    VerifyBackup(String),
    /// Compare a backup with the workspace (only these paths, if any).
    PreviewRestore {
        id: String,
        only: Vec<PathBuf>,
    },
    ToggleRestoreItem(PathBuf),
    ApplyRestore {
        everything: bool,
    },
    CloseRestorePreview,
    /// Put these paths back as backup `id` has them, without a preview
    /// (the undo of a restore or cleanup, or one file from a session).
    RestorePaths {
        id: String,
        only: Vec<PathBuf>,
    },
    /// The earlier versions of a workspace file.
    ShowVersions(String),
    CloseVersions,
    SetBackupDir(String),
    SetBackupDirCancelled,
    SetKeepPolicy {
        last: usize,
        daily_days: u32,
    },
    StartSession,
    /// The person looked at a dangerous file and keeps it for this session.
    KeepDangerous(String),
    /// Take back "I looked at it; keep it".
    UndoKeepDangerous(String),
    TickSession {
        after: bool,
        id: String,
        ticked: bool,
    },
    EndSession,
    ToggleCleanupTrash(PathBuf),
    SetCleanupArchive(bool),
    SetClearOutput(bool),
    RunCleanup,
    FinishSession,
    OpenReport(String),
    CloseReport,
    /// Check the audit trail's chain.
    CheckTrail,
    /// The person chose to go on although the audit trail cannot be
    /// written: do `action` and everything after it unrecorded.
    GoOnWithoutAudit(Box<Action>),
    /// Trust (or not) the source a workspace file came from.
    /// The person put the files of unknown source in the workspace
    /// themselves: record them as theirs.
    VouchForUnknownFiles,
    SetTrust {
        rel: String,
        trusted: bool,
    },
    /// Write a copy with private data replaced, then quarantine the
    /// original.
    RedactFile {
        rel: String,
        pseudonyms: bool,
    },
    /// Write only the text a reader sees, then quarantine the original.
    SafeTextCopy(String),
    /// Open the Learn page on this topic.
    Learn(String),
    /// Write Airlock's entry in the person's applications menu.
    AddToMenu,
    /// Take out the menu entry Airlock wrote.
    RemoveFromMenu,
    /// The person declined the menu entry: do not offer it again.
    DismissMenuOffer,
}

/// A message from Airlock itself (never text from inside a file).
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub tone: style::Tone,
    pub text: String,
    /// The safe choice, offered as a button next to the message.
    pub offer: Option<(String, Action)>,
}

impl Action {
    /// A restore or an undo: it writes into the workspace, and always goes
    /// ahead even when the audit trail cannot record it.
    pub fn restores(&self) -> bool {
        matches!(
            self,
            Action::ApplyRestore { .. } | Action::RestorePaths { .. }
        )
    }

    /// Actions that change files: with the audit trail unwritable, the window
    /// asks before doing them. A restore (and so an undo) is not among them:
    /// it always goes ahead and says afterwards that the trail missed it.
    pub fn changes_files(&self) -> bool {
        matches!(
            self,
            Action::AddFiles(_)
                | Action::QuarantineFile(_)
                | Action::RestoreFromQuarantine(_)
                | Action::BackUpNow
                | Action::StartSession
                | Action::EndSession
                | Action::RunCleanup
                | Action::RedactFile { .. }
                | Action::SafeTextCopy(_)
        )
    }
}
