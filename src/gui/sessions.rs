//! The window's session actions: start (after the before-session
//! checklist), the live change feed, the end-of-session review, the
//! cleanup, the history of sessions and the activity trail.

use crate::explain::Explain;
use crate::tr;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

use super::jobs::{Job, Poll};
use super::style::Tone;
use super::{Action, AirlockApp, Notice, Screen};
use crate::audit::{self, Actor, ChainReport};
use crate::scan::{self, FileReport};
use crate::session::checklist::SessionFacts;
use crate::session::cleanup::{self, CleanupChoice};
use crate::session::feed::{Alert, AlertLevel, Feed, FeedEvent};
use crate::session::{self, ChangeKind, Session, SessionStore, StartRequest, changes, facts};

/// An ended session under review, before the person is done with it.
pub struct Review {
    pub session: Session,
    /// Verdicts of the files the session created or changed.
    pub changed: BTreeMap<String, FileReport>,
    pub alerts: Vec<Alert>,
    pub facts: SessionFacts,
    pub archive_inputs: bool,
    pub trash: BTreeSet<PathBuf>,
    pub clear_output: bool,
    pub inputs: Vec<PathBuf>,
}

/// What a change feed watches: a session's id (`None` between sessions)
/// and the workspace folder.
type FeedFor = (Option<String>, Option<PathBuf>);

pub struct SessionUi {
    pub store: SessionStore,
    pub current: Option<Session>,
    pub review: Option<Review>,
    pub task: String,
    pub kept: Vec<String>,
    /// The dangerous files of the before-session checklist in the order
    /// first shown, each with what the person did about it: a row never
    /// moves under the cursor, it turns into a record of what was done.
    pub dangerous_rows: Vec<DangerRow>,
    pub before_ticks: BTreeSet<String>,
    pub facts: Option<SessionFacts>,
    /// The change feed: the open session's, or the workspace's between
    /// sessions (the session's id, or `None`).
    feed: Option<(FeedFor, Feed)>,
    /// Newest last.
    pub events: Vec<FeedEvent>,
    starting: Option<Job<Result<Session, String>>>,
    ending: Option<Job<Result<Review, String>>>,
    cleaning: Option<Job<Result<session::wrap_up::WrappedUp, String>>>,
    pub history: Vec<Session>,
    pub report: Option<(String, String)>,
    pub activity: Vec<audit::Entry>,
    pub chain: Option<ChainReport>,
    pub activity_filter: ActivityFilter,
    /// Where "the trash" is in tests; the system trash otherwise.
    trash_dir: Option<PathBuf>,
}

/// One dangerous file on the before-session checklist.
#[derive(Debug, Clone, PartialEq)]
pub struct DangerRow {
    pub rel: String,
    /// What was done about it, and when (a second click on the same spot
    /// right after must not undo it).
    pub done: Option<(Handled, std::time::Instant)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Handled {
    Kept,
    Quarantined,
}

/// How long a row's new button ignores clicks after the row changed.
pub const SETTLE_CLICKS: std::time::Duration = std::time::Duration::from_millis(800);

#[derive(Debug, Clone, Default, PartialEq)]
pub struct ActivityFilter {
    pub actor: Option<Actor>,
    pub text: String,
}

const MAX_EVENTS: usize = 2000;

impl SessionUi {
    /// Records what was done about a dangerous file's row.
    pub(super) fn row_done(&mut self, rel: &str, done: Option<Handled>) {
        if let Some(row) = self.dangerous_rows.iter_mut().find(|row| row.rel == rel) {
            row.done = done.map(|d| (d, std::time::Instant::now()));
        }
    }

    pub fn new(store: SessionStore) -> Self {
        let current = store.current();
        Self {
            store,
            current,
            review: None,
            task: String::new(),
            kept: Vec::new(),
            dangerous_rows: Vec::new(),
            before_ticks: BTreeSet::new(),
            facts: None,
            feed: None,
            events: Vec::new(),
            starting: None,
            ending: None,
            cleaning: None,
            history: Vec::new(),
            report: None,
            activity: Vec::new(),
            chain: None,
            activity_filter: ActivityFilter::default(),
            trash_dir: None,
        }
    }

    pub fn busy(&self) -> bool {
        self.starting.is_some() || self.ending.is_some() || self.cleaning.is_some()
    }
}

impl AirlockApp {
    pub fn session_is_open(&self) -> bool {
        self.sessions.current.is_some()
    }

    pub fn is_busy_with_session(&self) -> bool {
        self.sessions.busy()
    }

    /// The live feed's events so far, oldest first.
    pub fn feed_events(&self) -> &[FeedEvent] {
        &self.sessions.events
    }

    /// Whether the workspace is watched for changes (by the session's
    /// feed or the one between sessions).
    pub fn is_watching(&self) -> bool {
        self.sessions
            .feed
            .as_ref()
            .is_some_and(|(_, feed)| feed.is_ready())
    }

    /// Tells the live feed that Airlock itself is changing these paths.
    pub(super) fn expect_own_changes(&self, paths: &[PathBuf]) {
        if let Some((_, feed)) = &self.sessions.feed {
            feed.expect(paths);
        }
    }

    /// Sends cleaned-up outputs into `dir` instead of the system trash.
    pub fn use_trash_folder(&mut self, dir: PathBuf) {
        self.sessions.trash_dir = Some(dir);
    }

    /// Adds a line to the audit trail: in English, whatever the window's
    /// language, with the message's id for readers in other languages.
    pub(super) fn note(
        &self,
        kind: &str,
        actor: Actor,
        summary: crate::i18n::Msg,
        details: serde_json::Value,
    ) {
        audit::note(self.home.data_dir(), kind, actor, &summary, details);
    }

    /// Rereads the disk now: after something the person did, whose effect
    /// the checklist must show at once.
    pub(super) fn refresh_session_facts(&mut self) {
        let Some(root) = self.settings.workspace.clone() else {
            return;
        };
        let around = facts::Surroundings::read(&root, &self.sessions.store);
        self.refresh_session_facts_with(&around);
    }

    /// With the disk as the background reader last saw it.
    pub(super) fn refresh_session_facts_with(&mut self, around: &facts::Surroundings) {
        let facts = facts::before_with(
            around,
            self.model.files(),
            self.model.reviews(),
            self.model.provenance(),
            &self.sessions.kept,
            &self.sessions.task,
        );
        // Rows stay where they are; new dangerous files join at the end,
        // and a file no longer dangerous that nobody acted on leaves.
        let rows = &mut self.sessions.dangerous_rows;
        rows.retain(|row| row.done.is_some() || facts.dangerous.contains(&row.rel));
        for rel in &facts.dangerous {
            if !rows.iter().any(|row| &row.rel == rel) {
                rows.push(DangerRow {
                    rel: rel.clone(),
                    done: None,
                });
            }
        }
        self.sessions.facts = Some(facts);
    }

    pub(super) fn refresh_history(&mut self) {
        self.sessions.history = self.sessions.store.list();
        let mut entries = audit::AuditLog::in_dir(self.home.data_dir()).entries();
        entries.reverse();
        self.sessions.activity = entries;
    }

    pub(super) fn poll_sessions(&mut self, ctx: &egui::Context) {
        if let Some(job) = &self.sessions.starting {
            match job.poll() {
                Poll::Pending => {}
                Poll::Done(result) => {
                    self.sessions.starting = None;
                    match result {
                        Ok(session) => {
                            self.sessions.events.clear();
                            self.notify(Tone::Good, &tr!("session-started"));
                            self.sessions.current = Some(session);
                            self.sessions.task.clear();
                            self.sessions.kept.clear();
                            self.sessions.dangerous_rows.clear();
                            self.sessions.before_ticks.clear();
                        }
                        Err(sentence) => self.notify(Tone::Bad, &sentence),
                    }
                    self.refresh_backups(ctx);
                }
                Poll::Lost => self.sessions.starting = None,
            }
        }
        if let Some(job) = &self.sessions.ending {
            match job.poll() {
                Poll::Pending => {}
                Poll::Done(result) => {
                    self.sessions.ending = None;
                    match result {
                        Ok(review) => {
                            self.sessions.feed = None;
                            self.sessions.current = None;
                            self.sessions.review = Some(review);
                        }
                        Err(sentence) => self.notify(Tone::Bad, &sentence),
                    }
                }
                Poll::Lost => self.sessions.ending = None,
            }
        }
        if let Some(job) = &self.sessions.cleaning {
            match job.poll() {
                Poll::Pending => {}
                Poll::Done(result) => {
                    self.sessions.cleaning = None;
                    self.finish_cleanup(result, ctx);
                }
                Poll::Lost => self.sessions.cleaning = None,
            }
        }
        self.poll_feed(ctx);
    }

    fn poll_feed(&mut self, ctx: &egui::Context) {
        let wanted: FeedFor = (
            self.sessions.current.as_ref().map(|s| s.id.clone()),
            self.settings.workspace.clone(),
        );
        let running = self.sessions.feed.as_ref().map(|(id, _)| id.clone());
        if running.as_ref() != Some(&wanted) || self.sessions.ending.is_some() {
            // A session's feed stops while it ends; the workspace's own
            // starts after.
            self.sessions.feed = None;
            if self.sessions.ending.is_none() {
                self.start_feed(wanted, ctx);
            }
        }
        let Some(((session, _), feed)) = &self.sessions.feed else {
            return;
        };
        let in_session = session.is_some();
        let fresh = feed.take();
        if fresh.is_empty() {
            return;
        }
        for event in &fresh {
            self.model.changed(&event.change, event.report.clone());
        }
        let worst = fresh
            .iter()
            .filter(|e| in_session || e.verdict == Some(scan::Verdict::Danger))
            .flat_map(|e| e.alerts.iter())
            .find(|a| a.level == AlertLevel::Danger)
            .cloned();
        if in_session {
            self.sessions.events.extend(fresh);
            let overflow = self.sessions.events.len().saturating_sub(MAX_EVENTS);
            self.sessions.events.drain(..overflow);
        }
        if let Some(alert) = worst {
            let offer = if in_session {
                (tr!("session-see"), Action::GoTo(Screen::Session))
            } else {
                (tr!("home-see-files"), Action::GoTo(Screen::Files))
            };
            self.notice = Some(Notice {
                tone: Tone::Bad,
                text: alert.text.text(),
                offer: Some(offer),
            });
        }
        self.refresh_status(ctx);
    }

    /// Starts the change feed of the open session (from its start
    /// backup), or of the workspace between sessions.
    fn start_feed(&mut self, watched: FeedFor, ctx: &egui::Context) {
        let (root, start) = match &self.sessions.current {
            Some(open) => {
                let Ok(manifest) = self.backups.store.manifest(&open.start_backup) else {
                    log::warn!("the start backup {} cannot be read", open.start_backup);
                    return;
                };
                (
                    open.workspace.clone(),
                    Some(changes::from_manifest(&manifest)),
                )
            }
            None => match &self.settings.workspace {
                Some(root) if root.is_dir() => (root.clone(), None),
                _ => return,
            },
        };
        let repaint = ctx.clone();
        match Feed::start(
            root,
            start,
            Some(self.home.data_dir().to_path_buf()),
            move || repaint.request_repaint(),
        ) {
            Ok(feed) => {
                feed.look_now();
                self.sessions.feed = Some((watched, feed));
            }
            Err(err) => log::warn!("change feed: {err}"),
        }
    }

    /// The session actions; `true` when `action` was one of them.
    pub(super) fn apply_session_action(&mut self, action: &Action, ctx: &egui::Context) -> bool {
        match action {
            Action::StartSession => self.start_session(ctx),
            Action::KeepDangerous(rel) => {
                if !self.sessions.kept.contains(rel) {
                    self.sessions.kept.push(rel.clone());
                    self.note(
                        "file.kept_dangerous",
                        Actor::Person,
                        crate::msg!("audit-kept-dangerous", name = rel),
                        serde_json::json!({ "path": rel }),
                    );
                }
                self.sessions.row_done(rel, Some(Handled::Kept));
                self.refresh_session_facts();
            }
            Action::TickSession { after, id, ticked } => {
                let set = if *after {
                    self.sessions
                        .review
                        .as_mut()
                        .map(|r| &mut r.session.after_ticks)
                } else {
                    Some(&mut self.sessions.before_ticks)
                };
                if let Some(set) = set {
                    if *ticked {
                        set.insert(id.clone());
                    } else {
                        set.remove(id);
                    }
                }
                if *after && let Some(review) = &self.sessions.review {
                    let session = review.session.clone();
                    self.keep_session(&session, false);
                }
            }
            Action::UndoKeepDangerous(rel) => {
                self.sessions.kept.retain(|k| k != rel);
                self.note(
                    "file.unkept_dangerous",
                    Actor::Person,
                    crate::msg!("audit-unkept-dangerous", name = rel),
                    serde_json::json!({ "path": rel }),
                );
                self.sessions.row_done(rel, None);
                self.refresh_session_facts();
            }
            Action::EndSession => self.end_session(ctx),
            Action::ToggleCleanupTrash(rel) => {
                if let Some(review) = &mut self.sessions.review
                    && !review.trash.remove(rel)
                {
                    review.trash.insert(rel.clone());
                }
            }
            Action::SetCleanupArchive(on) => {
                if let Some(review) = &mut self.sessions.review {
                    review.archive_inputs = *on;
                }
            }
            Action::SetClearOutput(on) => {
                if let Some(review) = &mut self.sessions.review {
                    review.clear_output = *on;
                }
            }
            Action::RunCleanup => self.run_cleanup(ctx),
            Action::FinishSession => {
                if let Some(review) = self.sessions.review.take() {
                    self.keep_session(&review.session, true);
                    self.note(
                        "session.finished",
                        Actor::Person,
                        crate::msg!("audit-session-finished", task = &review.session.task),
                        serde_json::json!({ "session": review.session.id }),
                    );
                }
                self.screen = Screen::Sessions;
                self.refresh_history();
            }
            Action::OpenReport(id) => {
                let path = self.sessions.store.folder_of(id).join("report.md");
                match std::fs::read_to_string(&path) {
                    Ok(text) => self.sessions.report = Some((id.clone(), text)),
                    Err(err) => {
                        log::warn!("report {}: {err}", path.display());
                        self.notify(Tone::Warning, &tr!("session-report-unreadable"));
                    }
                }
            }
            Action::CloseReport => self.sessions.report = None,
            Action::CheckTrail => {
                let witnesses =
                    audit::witness::gather(self.home.data_dir(), Some(&self.backups.store));
                let report = audit::AuditLog::in_dir(self.home.data_dir()).verify_with(&witnesses);
                self.sessions.chain = Some(report);
            }
            _ => return false,
        }
        true
    }

    fn start_session(&mut self, ctx: &egui::Context) {
        if self.sessions.busy() || self.backups.work.is_some() {
            self.notify(Tone::Info, &tr!("session-busy"));
            return;
        }
        let Some(root) = self.settings.workspace.clone() else {
            return;
        };
        self.refresh_session_facts();
        let task = self.sessions.task.trim().to_string();
        if task.is_empty() {
            self.notify(Tone::Warning, &tr!("session-task-first"));
            return;
        }
        if self
            .sessions
            .facts
            .as_ref()
            .is_none_or(|f| f.unchecked != Some(0))
        {
            self.notify(Tone::Warning, &tr!("session-check-first"));
            self.start_scan(ctx);
            return;
        }
        if let Some(facts) = &self.sessions.facts
            && !facts.dangerous.is_empty()
        {
            self.notify(Tone::Bad, &tr!("session-dangerous-first"));
            return;
        }
        let store = self.sessions.store.clone();
        let backups = self.backups.store.clone();
        let request = StartRequest {
            task,
            before_ticks: self.sessions.before_ticks.clone(),
            kept_in_danger: self.sessions.kept.clone(),
        };
        match Job::spawn("session-start", ctx, move || {
            store
                .start(&root, &backups, request, &AtomicBool::new(false), &|_| {})
                .map_err(|e| e.sentence())
        }) {
            Ok(job) => self.sessions.starting = Some(job),
            Err(err) => log::warn!("session start: {err}"),
        }
    }

    fn end_session(&mut self, ctx: &egui::Context) {
        if self.sessions.busy() {
            return;
        }
        if let Some((_, feed)) = &self.sessions.feed {
            feed.stop();
        }
        let store = self.sessions.store.clone();
        let backups = self.backups.store.clone();
        match Job::spawn("session-end", ctx, move || {
            let ended = store.end(&backups).map_err(|e| e.sentence())?;
            let root = ended.workspace.clone();
            let mut changed = BTreeMap::new();
            let mut alerts = Vec::new();
            for (i, change) in ended.changes.iter().enumerate() {
                let event = session::feed::examine(&root, change.clone(), i + 1);
                alerts.extend(event.alerts);
                if change.kind != ChangeKind::Deleted && root.join(&change.path).is_file() {
                    let name = change.path.display().to_string();
                    let report = scan::scan_file(
                        &root.join(&change.path),
                        &name,
                        &root,
                        &scan::Limits::default(),
                    );
                    changed.insert(name, report);
                }
            }
            let facts = facts::after(&root, &store, &ended, &changed);
            let inputs: Vec<PathBuf> = session::current_paths(&root)
                .into_iter()
                .filter(|p| p.starts_with("input"))
                .collect();
            // Ticked for the trash: outputs holding private data or in
            // danger, and every file left outside the three folders.
            let trash = changed
                .values()
                .filter(|r| {
                    let stray = cleanup::is_stray(std::path::Path::new(&r.path));
                    let flagged = r.verdict == scan::Verdict::Danger
                        || r.findings
                            .iter()
                            .any(|f| f.category == scan::Category::SensitiveData);
                    stray || (r.path.starts_with("output/") && flagged)
                })
                .map(|r| PathBuf::from(&r.path))
                .collect();
            Ok(Review {
                session: ended,
                changed,
                alerts,
                facts,
                archive_inputs: !inputs.is_empty(),
                trash,
                clear_output: false,
                inputs,
            })
        }) {
            Ok(job) => self.sessions.ending = Some(job),
            Err(err) => log::warn!("session end: {err}"),
        }
    }

    fn run_cleanup(&mut self, ctx: &egui::Context) {
        let Some(review) = &self.sessions.review else {
            return;
        };
        if self.sessions.busy() || self.backups.work.is_some() {
            return;
        }
        let root = review.session.workspace.clone();
        let choice = CleanupChoice {
            archive: if review.archive_inputs {
                review.inputs.clone()
            } else {
                Vec::new()
            },
            trash: review.trash.iter().cloned().collect(),
            clear_output: review.clear_output,
        };
        let backups = self.backups.store.clone();
        let ended = review.session.clone();
        let store = self.sessions.store.clone();
        let trash_dir = self.sessions.trash_dir.clone();
        let quarantine_dir = self.model.quarantine().dir.clone();
        let data_dir = self.home.data_dir().to_path_buf();
        match Job::spawn("cleanup", ctx, move || {
            let to_folder = |path: &std::path::Path| -> std::io::Result<()> {
                let Some(dir) = &trash_dir else {
                    return cleanup::system_trash(path);
                };
                let name = path.file_name().unwrap_or_default();
                std::fs::create_dir_all(dir)?;
                std::fs::rename(path, dir.join(name))
            };
            let bin = cleanup::TrashBin::for_workspace(
                &root,
                Some(&quarantine_dir),
                &data_dir,
                &to_folder,
            );
            session::wrap_up::clean_up(
                &root,
                &backups,
                &data_dir,
                &store,
                Some(ended),
                &choice,
                chrono::Local::now().date_naive(),
                &bin,
            )
            .map_err(|e| e.sentence())
        }) {
            Ok(job) => self.sessions.cleaning = Some(job),
            Err(err) => log::warn!("cleanup: {err}"),
        }
    }

    /// A restore from the cleanup's own backup undoes the cleanup: the
    /// review offers it again.
    pub(super) fn cleanup_undone(&mut self, restored_from: &str) {
        let Some(review) = &mut self.sessions.review else {
            return;
        };
        if review
            .session
            .cleanup
            .as_ref()
            .is_none_or(|c| c.backup != restored_from)
        {
            return;
        }
        review.session.cleanup = None;
        review.inputs = session::current_paths(&review.session.workspace)
            .into_iter()
            .filter(|p| p.starts_with("input"))
            .collect();
        review.facts.inputs_left = review.inputs.len();
        review.archive_inputs = !review.inputs.is_empty();
        let root = review.session.workspace.clone();
        review.facts.outputs_private = review
            .changed
            .values()
            .filter(|r| r.path.starts_with("output/") && root.join(&r.path).exists())
            .filter(|r| {
                r.findings
                    .iter()
                    .any(|f| f.category == scan::Category::SensitiveData)
            })
            .map(|r| r.path.clone())
            .collect();
        let session = review.session.clone();
        self.keep_session(&session, true);
    }

    /// Saves a session's record (and its report); a failure is shown, not
    /// swallowed.
    fn keep_session(&mut self, session: &Session, with_report: bool) {
        let store = &self.sessions.store;
        let saved = store.save(session).and_then(|()| {
            if with_report {
                session::report::write(store, session).map(|_| ())
            } else {
                Ok(())
            }
        });
        if let Err(err) = saved {
            log::warn!("session {}: {err}", session.id);
            self.notify(Tone::Bad, &err.sentence());
        }
    }

    fn finish_cleanup(
        &mut self,
        result: Result<session::wrap_up::WrappedUp, String>,
        ctx: &egui::Context,
    ) {
        let wrapped = match result {
            Ok(wrapped) => wrapped,
            Err(sentence) => {
                self.notify(Tone::Bad, &format!("{} {sentence}", tr!("cleanup-nothing")));
                return;
            }
        };
        let done = wrapped.done;
        let touched = done.touched();
        let mut text = tr!(
            "cleanup-done",
            archived = done.archived.len(),
            trashed = done.trashed.len()
        );
        if !done.problems.is_empty() {
            text.push(' ');
            text.push_str(&tr!("cleanup-left", count = done.problems.len()));
        }
        if let Some(kept) = &done.kept_in {
            text.push(' ');
            text.push_str(&tr!(
                "cleanup-kept-in-own-trash",
                path = kept.display().to_string()
            ));
        }
        self.model.cleaned_up(&done);
        let mut tone = Tone::Good;
        if let Some(review) = &mut self.sessions.review {
            if let Some(session) = wrapped.session {
                review.session = session;
            }
            review.inputs.clear();
            review.facts.inputs_left = session::current_paths(&review.session.workspace)
                .iter()
                .filter(|p| p.starts_with("input"))
                .count();
            // What the cleanup sent to the trash is no longer to be dealt
            // with: the checklist must not ask for it again.
            let root = review.session.workspace.clone();
            review
                .facts
                .outputs_private
                .retain(|p| root.join(p).exists());
            review
                .facts
                .changed_dangerous
                .retain(|p| root.join(p).exists());
            review.trash.clear();
            review.facts.report_saved = wrapped.unsaved.is_none();
        }
        if let Some(err) = &wrapped.unsaved {
            text.push(' ');
            text.push_str(&err.sentence());
            tone = Tone::Warning;
        }
        self.notice = Some(Notice {
            tone,
            text,
            offer: (!touched.is_empty()).then(|| {
                (
                    tr!("common-undo"),
                    Action::RestorePaths {
                        id: done.backup.clone(),
                        only: touched,
                    },
                )
            }),
        });
        self.refresh_backups(ctx);
        self.refresh_status(ctx);
    }
}
