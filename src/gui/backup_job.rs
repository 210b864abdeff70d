//! Backup work on its own thread: a backup ([`backup::take`]: the copy,
//! its check, the keep policy), a check alone, or a restore. Progress is
//! shared for the progress bar; cancelling stops the work and leaves
//! nothing half-made.

use crate::explain::Explain;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use crate::backup::{
    self, BackupStore, KeepPolicy, Progress, Reason, RestorePlan, Restored, Step, TakeOptions,
    Taken, VerifyReport,
};

/// What to do once a backup taken before a destructive action is made.
#[derive(Debug, Clone, PartialEq)]
pub enum Then {
    Nothing,
    Quarantine(String),
}

pub enum Work {
    Backup {
        reason: Reason,
        then: Then,
        policy: KeepPolicy,
    },
    Verify {
        id: String,
    },
    Restore {
        plan: RestorePlan,
    },
    /// Put paths back as a backup has them, without a preview.
    Undo {
        id: String,
        only: Vec<PathBuf>,
    },
}

/// How the work ended.
pub enum Outcome {
    BackedUp { taken: Box<Taken>, then: Then },
    Verified(VerifyReport),
    Restored(Restored),
    Failed { sentence: String, then: Then },
    Cancelled,
}

#[derive(Debug, Clone, Copy, Default)]
pub struct Shared {
    pub phase: Phase,
    pub progress: Progress,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Phase {
    #[default]
    BackingUp,
    Checking,
    Restoring,
}

impl Phase {
    pub fn label(self) -> String {
        match self {
            Phase::BackingUp => crate::tr!("backup-phase-backing-up"),
            Phase::Checking => crate::tr!("backup-phase-checking"),
            Phase::Restoring => crate::tr!("backup-phase-restoring"),
        }
    }
}

pub struct BackupJob {
    job: super::jobs::Job<Outcome>,
    cancel: Arc<AtomicBool>,
    shared: Arc<Mutex<Shared>>,
}

impl BackupJob {
    pub fn start(
        store: BackupStore,
        workspace: PathBuf,
        work: Work,
        ctx: &egui::Context,
    ) -> std::io::Result<Self> {
        let cancel = Arc::new(AtomicBool::new(false));
        let shared = Arc::new(Mutex::new(Shared::default()));
        let (flag, state, repaint) = (cancel.clone(), shared.clone(), ctx.clone());
        let job = super::jobs::Job::spawn("backup", ctx, move || {
            let report = |phase: Phase| {
                let state = state.clone();
                let repaint = repaint.clone();
                move |progress: Progress| {
                    if let Ok(mut shared) = state.lock() {
                        *shared = Shared { phase, progress };
                    }
                    repaint.request_repaint();
                }
            };
            run(&store, &workspace, work, &flag, &report)
        })?;
        Ok(Self {
            job,
            cancel,
            shared,
        })
    }

    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    pub fn shared(&self) -> Shared {
        self.shared.lock().map(|s| *s).unwrap_or_default()
    }

    pub fn poll(&self) -> super::jobs::Poll<Outcome> {
        self.job.poll()
    }
}

fn run<F: Fn(Progress) + Sync>(
    store: &BackupStore,
    workspace: &std::path::Path,
    work: Work,
    cancel: &AtomicBool,
    report: &dyn Fn(Phase) -> F,
) -> Outcome {
    let then = match &work {
        Work::Backup { then, .. } => then.clone(),
        _ => Then::Nothing,
    };
    let fail = |err: backup::BackupError| match err {
        backup::BackupError::Cancelled => Outcome::Cancelled,
        other => {
            log::warn!("backup work: {other}");
            Outcome::Failed {
                sentence: other.sentence(),
                then: then.clone(),
            }
        }
    };
    // A backup takes the lock itself ([`backup::take`]).
    let lock = match work {
        Work::Verify { .. } | Work::Backup { .. } => None,
        _ => match store.lock(workspace) {
            Ok(lock) => Some(lock),
            Err(err) => return fail(err),
        },
    };
    match (work, lock) {
        (Work::Verify { id }, _) => {
            match backup::verify(store, &id, cancel, &report(Phase::Checking)) {
                Ok(checked) => Outcome::Verified(checked),
                Err(err) => fail(err),
            }
        }
        (
            Work::Backup {
                reason,
                then,
                policy,
            },
            _,
        ) => {
            let options = TakeOptions {
                reason,
                session: None,
                keep: Some(policy),
            };
            let (copying, checking) = (report(Phase::BackingUp), report(Phase::Checking));
            let progress = |step: Step, p: Progress| match step {
                Step::Copying => copying(p),
                Step::Checking => checking(p),
            };
            match backup::take(store, workspace, &options, cancel, &progress) {
                Ok(taken) => Outcome::BackedUp {
                    taken: Box::new(taken),
                    then,
                },
                Err(err) => fail(err),
            }
        }
        (Work::Restore { plan }, Some(lock)) => apply(
            store,
            &lock,
            workspace,
            &plan,
            cancel,
            &report(Phase::Restoring),
            &fail,
        ),
        (Work::Undo { id, only }, Some(lock)) => {
            match backup::plan_restore(store, &id, workspace, &only) {
                Ok(plan) => apply(
                    store,
                    &lock,
                    workspace,
                    &plan,
                    cancel,
                    &report(Phase::Restoring),
                    &fail,
                ),
                Err(err) => fail(err),
            }
        }
        (_, None) => Outcome::Failed {
            sentence: crate::tr!("backups-start-failed"),
            then,
        },
    }
}

fn apply(
    store: &BackupStore,
    lock: &backup::StoreLock,
    workspace: &std::path::Path,
    plan: &RestorePlan,
    cancel: &AtomicBool,
    progress: &(dyn Fn(Progress) + Sync),
    fail: &dyn Fn(backup::BackupError) -> Outcome,
) -> Outcome {
    match backup::apply_restore(store, lock, workspace, plan, cancel, progress) {
        Ok(done) => Outcome::Restored(done),
        Err(err) => fail(err),
    }
}
