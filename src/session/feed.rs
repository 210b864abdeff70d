//! The live change feed during a session: the file system's own
//! notifications (notify) say when to look, a look every few seconds
//! covers what they miss, and each look compares the workspace with the
//! one before. Every change is checked, scanned when it is a new or
//! changed file, written to the audit trail, and raised as an alert when
//! it is something the person should know at once.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use std::time::Instant;

use chrono::{DateTime, Local};
use notify::Watcher;

use super::changes::{self, Change, ChangeKind, Snapshot};
use crate::audit::{self, Actor};
use crate::scan::{self, Verdict};

/// How often the workspace is looked at when no notification came.
const FALLBACK: Duration = Duration::from_secs(3);
/// Notifications come in bursts; wait this long for the burst to end.
const SETTLE: Duration = Duration::from_millis(250);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AlertLevel {
    Warning,
    Danger,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alert {
    pub level: AlertLevel,
    /// Shown in the window's language, written to the trail in English.
    pub text: crate::i18n::Msg,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FeedEvent {
    pub at: DateTime<Local>,
    pub change: Change,
    /// The verdict of a new or changed file.
    pub verdict: Option<Verdict>,
    /// The whole scan of a new or changed file, for the workspace's
    /// picture.
    pub report: Option<scan::FileReport>,
    pub alerts: Vec<Alert>,
    /// Airlock itself made this change (a restore, a quarantine).
    pub by_airlock: bool,
}

/// Changes Airlock is about to make itself, so that they are not taken
/// for the assistant's.
type Expected = Arc<Mutex<Vec<(PathBuf, Instant)>>>;

/// How long an announced change is waited for.
const EXPECT_FOR: Duration = Duration::from_secs(30);

/// Raised once when a session has more changes than this.
pub const MANY_CHANGES: usize = 100;

pub struct Feed {
    receiver: Receiver<FeedEvent>,
    stop: Arc<AtomicBool>,
    poke: Sender<()>,
    expected: Expected,
    /// Set once the first look is taken: changes from then on are seen.
    ready: Arc<AtomicBool>,
    _watcher: Option<notify::RecommendedWatcher>,
}

impl Feed {
    /// Watches `root`, starting from `start` (the start of a session), or
    /// from the workspace as it is when `None` (between sessions). `wake`
    /// is called after events are sent (the window asks for a repaint).
    /// With `data_dir`, every change also goes to the audit trail.
    pub fn start(
        root: PathBuf,
        start: Option<Snapshot>,
        data_dir: Option<PathBuf>,
        wake: impl Fn() + Send + 'static,
    ) -> std::io::Result<Self> {
        let (poke, pokes) = channel::<()>();
        let (events, receiver) = channel();
        let stop = Arc::new(AtomicBool::new(false));
        let watcher = {
            let poke = poke.clone();
            notify::recommended_watcher(move |_event: notify::Result<notify::Event>| {
                let _ = poke.send(());
            })
            .and_then(|mut w| w.watch(&root, notify::RecursiveMode::Recursive).map(|()| w))
            .inspect_err(|e| {
                log::warn!("file notifications unavailable, looking every few seconds: {e}")
            })
            .ok()
        };
        let flag = stop.clone();
        let ready = Arc::new(AtomicBool::new(false));
        let ready_flag = ready.clone();
        let expected: Expected = Arc::default();
        let announced = expected.clone();
        // Alerts are sentences for the person, in the window's language.
        let lang = crate::i18n::lang();
        std::thread::Builder::new()
            .name("change-feed".into())
            .spawn(move || {
                crate::i18n::set_lang(lang);
                // Read here, not by the caller: it walks the whole workspace.
                let mut last =
                    start.unwrap_or_else(|| changes::snapshot(&root, &Snapshot::default()));
                ready_flag.store(true, Ordering::Relaxed);
                let mut total = 0usize;
                while !flag.load(Ordering::Relaxed) {
                    match pokes.recv_timeout(FALLBACK) {
                        Ok(()) => {
                            std::thread::sleep(SETTLE);
                            while pokes.try_recv().is_ok() {}
                        }
                        Err(RecvTimeoutError::Timeout) => {}
                        Err(RecvTimeoutError::Disconnected) => break,
                    }
                    if flag.load(Ordering::Relaxed) {
                        break;
                    }
                    let now = changes::snapshot(&root, &last);
                    let found = changes::diff(&last, &now);
                    last = now;
                    if found.is_empty() {
                        continue;
                    }
                    for change in found {
                        let mine = take_expected(&announced, &change);
                        if !mine {
                            total += 1;
                        }
                        let mut event = examine(&root, change, total);
                        if mine {
                            event.by_airlock = true;
                            event.alerts.clear();
                        }
                        if let Some(dir) = &data_dir {
                            record(dir, &event);
                        }
                        if events.send(event).is_err() {
                            return;
                        }
                    }
                    wake();
                }
            })?;
        Ok(Self {
            receiver,
            stop,
            poke,
            expected,
            ready,
            _watcher: watcher,
        })
    }

    /// Announces that Airlock itself is about to change these paths.
    pub fn expect(&self, paths: &[PathBuf]) {
        if let Ok(mut list) = self.expected.lock() {
            let until = Instant::now() + EXPECT_FOR;
            list.extend(paths.iter().map(|p| (p.clone(), until)));
        }
        self.look_now();
    }

    /// Whether the first look is taken, so every change from now on will
    /// be seen.
    pub fn is_ready(&self) -> bool {
        self.ready.load(Ordering::Relaxed)
    }

    /// Events since the last call.
    pub fn take(&self) -> Vec<FeedEvent> {
        self.receiver.try_iter().collect()
    }

    /// Asks for a look now (after Airlock itself changed something).
    pub fn look_now(&self) {
        let _ = self.poke.send(());
    }

    pub fn stop(&self) {
        self.stop.store(true, Ordering::Relaxed);
        let _ = self.poke.send(());
    }
}

impl Drop for Feed {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Whether Airlock announced this change (and forgets the announcement).
fn take_expected(expected: &Expected, change: &Change) -> bool {
    let Ok(mut list) = expected.lock() else {
        return false;
    };
    let now = Instant::now();
    list.retain(|(_, until)| *until > now);
    let hit = |p: &PathBuf| {
        change.path.starts_with(p) || change.from.as_ref().is_some_and(|f| f.starts_with(p))
    };
    // Several changes may come from one announcement (a folder, a
    // rename's two ends), so it stays until it times out.
    list.iter().any(|(p, _)| hit(p))
}

/// Scans what is new and decides which alerts a change raises.
pub fn examine(root: &Path, change: Change, total: usize) -> FeedEvent {
    let name = crate::fsutil::display_path(&change.path);
    let mut alerts = Vec::new();
    let mut verdict = None;
    let mut scanned = None;
    if change.kind != ChangeKind::Deleted {
        let path = root.join(&change.path);
        // Links are reported too (as files that cannot be checked).
        if std::fs::symlink_metadata(&path).is_ok_and(|m| !m.is_dir()) {
            let report = scan::scan_file(&path, &name, root, &scan::Limits::default());
            verdict = Some(report.verdict);
            if report.verdict == Verdict::Danger {
                let why = report
                    .main_finding()
                    .map_or_else(|| crate::i18n::Msg::plain(""), |f| f.message.clone());
                alerts.push(Alert {
                    level: AlertLevel::Danger,
                    text: crate::msg!("alert-dangerous", name = &name, why = why),
                });
            }
            scanned = Some(report);
        }
    }
    match change.kind {
        ChangeKind::Deleted => alerts.push(Alert {
            level: AlertLevel::Danger,
            text: crate::msg!("alert-deleted", name = &name),
        }),
        ChangeKind::Renamed => {
            if let Some(from) = &change.from {
                alerts.push(Alert {
                    level: AlertLevel::Warning,
                    text: crate::msg!(
                        "alert-renamed",
                        from = crate::fsutil::display_path(from),
                        name = &name
                    ),
                });
            }
        }
        _ => {}
    }
    match change.area() {
        Some("output") => {}
        Some(area @ ("input" | "archive")) => alerts.push(Alert {
            level: AlertLevel::Warning,
            text: crate::msg!(
                "alert-outside-output",
                name = &name,
                change = change.kind.message(),
                area = area
            ),
        }),
        _ => alerts.push(Alert {
            level: AlertLevel::Warning,
            text: crate::msg!(
                "alert-outside-folders",
                name = &name,
                change = change.kind.message()
            ),
        }),
    }
    if total == MANY_CHANGES + 1 {
        alerts.push(Alert {
            level: AlertLevel::Warning,
            text: crate::msg!("alert-many-changes", count = MANY_CHANGES),
        });
    }
    FeedEvent {
        at: Local::now(),
        change,
        verdict,
        report: scanned,
        alerts,
        by_airlock: false,
    }
}

fn record(data_dir: &Path, event: &FeedEvent) {
    let change = &event.change;
    let summary = match &change.from {
        Some(from) => crate::msg!(
            "audit-renamed",
            from = crate::fsutil::display_path(from),
            path = crate::fsutil::display_path(&change.path)
        ),
        None => crate::msg!(
            "audit-changed",
            path = crate::fsutil::display_path(&change.path),
            change = change.kind.message()
        ),
    };
    audit::note(
        data_dir,
        &format!("file.{}", change.kind.id()),
        Actor::Observed,
        &summary,
        serde_json::json!({
            "path": crate::fsutil::display_path(&change.path),
            "from": change.from.as_deref().map(crate::fsutil::display_path),
            "size": change.size,
            "verdict": event.verdict,
            "alerts": event.alerts.iter().map(|a| a.text.render(crate::i18n::Lang::En)).collect::<Vec<_>>(),
        }),
    );
}
