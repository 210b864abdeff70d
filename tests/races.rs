//! Nothing written outside, whatever the assistant does while Airlock
//! works: a folder of the workspace is swapped for a link to a folder
//! beside it, again and again, while a restore, a cleanup, an intake, a
//! quarantine (and its put-back) and a backup run. The folder beside the
//! workspace is hashed before and after: nothing there may be created,
//! changed or removed, and no backup may hold what is there.
#![cfg(unix)]
#![allow(clippy::unwrap_used)] // Tests may unwrap: a panic is the failure report.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use airlock::app_home::AppHome;
use airlock::backup::{self, BackupStore, CreateOptions, Reason};
use airlock::session::cleanup::{self, CleanupChoice, TrashBin, TrashPlace};
use airlock::workspace::quarantine::Quarantine;

/// How many times each operation runs against the swapping.
const ROUNDS: usize = 50;
/// Each scenario stops (and fails) rather than run past this.
const TIME_LIMIT: Duration = Duration::from_secs(240);
/// What every file beside the workspace holds.
const PRECIOUS: &str = "precious, outside the workspace";

/// Every name, kind, link target and content under `root`.
fn fingerprint(root: &Path) -> BTreeMap<PathBuf, String> {
    walkdir::WalkDir::new(root)
        .follow_links(false)
        .into_iter()
        .flatten()
        .map(|e| {
            let rel = e.path().strip_prefix(root).unwrap().to_path_buf();
            let what = if e.file_type().is_symlink() {
                format!("link {:?}", std::fs::read_link(e.path()).unwrap())
            } else if e.file_type().is_dir() {
                "folder".into()
            } else {
                let bytes = std::fs::read(e.path()).unwrap();
                format!("file {}", blake3::hash(&bytes).to_hex())
            };
            (rel, what)
        })
        .collect()
}

struct World {
    _tmp: tempfile::TempDir,
    root: PathBuf,
    ws: PathBuf,
    outside: PathBuf,
    store: BackupStore,
}

/// A workspace with many files in `input/` and `output/`, and beside it
/// a folder holding files of the same names.
fn world() -> World {
    let tmp = tempfile::tempdir().unwrap();
    let root = std::fs::canonicalize(tmp.path()).unwrap();
    let ws = root.join("ws");
    let outside = root.join("outside");
    for dir in ["input/sub", "output/sub", "archive"] {
        std::fs::create_dir_all(ws.join(dir)).unwrap();
    }
    std::fs::create_dir_all(outside.join("sub")).unwrap();
    for i in 0..12 {
        for rel in [format!("f{i}.txt"), format!("sub/g{i}.txt")] {
            std::fs::write(outside.join(&rel), PRECIOUS).unwrap();
        }
    }
    let store = BackupStore::new(root.join("backups"));
    World {
        _tmp: tmp,
        root,
        ws,
        outside,
        store,
    }
}

/// Fills `ws/<folder>` with files of the same names as outside.
fn fill(ws: &Path, folder: &str, text: &str) {
    std::fs::create_dir_all(ws.join(folder).join("sub")).unwrap();
    for i in 0..12 {
        for rel in [format!("f{i}.txt"), format!("sub/g{i}.txt")] {
            std::fs::write(ws.join(folder).join(rel), text).unwrap();
        }
    }
}

/// Swaps `ws/<folder>` for a link to `target` and back, as fast as it
/// can, until stopped; then puts the real folder back.
struct Swapper {
    stop: Arc<AtomicBool>,
    swaps: Arc<AtomicU64>,
    thread: Option<std::thread::JoinHandle<()>>,
    folder: PathBuf,
    aside: PathBuf,
}

impl Swapper {
    fn start(folder: PathBuf, target: PathBuf) -> Self {
        let stop = Arc::new(AtomicBool::new(false));
        let swaps = Arc::new(AtomicU64::new(0));
        let aside = folder.with_extension("real");
        let thread = {
            let (stop, swaps, folder, aside) =
                (stop.clone(), swaps.clone(), folder.clone(), aside.clone());
            std::thread::spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    if std::fs::rename(&folder, &aside).is_ok() {
                        if std::os::unix::fs::symlink(&target, &folder).is_ok() {
                            swaps.fetch_add(1, Ordering::Relaxed);
                            // The link stays a while: long enough for an
                            // operation checked a moment ago to go on.
                            std::thread::sleep(Duration::from_micros(40));
                            let _ = std::fs::remove_file(&folder);
                        }
                        let _ = std::fs::rename(&aside, &folder);
                    }
                    std::thread::yield_now();
                }
            })
        };
        Self {
            stop,
            swaps,
            thread: Some(thread),
            folder,
            aside,
        }
    }

    /// Stops and puts the real folder back; returns how many swaps.
    fn stop(mut self) -> u64 {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            thread.join().unwrap();
        }
        if let Ok(meta) = std::fs::symlink_metadata(&self.folder)
            && meta.file_type().is_symlink()
        {
            std::fs::remove_file(&self.folder).unwrap();
        }
        if self.aside.exists() {
            // An operation remade the folder while the real one was aside.
            if self.folder.exists() {
                std::fs::remove_dir_all(&self.folder).unwrap();
            }
            std::fs::rename(&self.aside, &self.folder).unwrap();
        }
        self.swaps.load(Ordering::Relaxed)
    }
}

/// Runs `round` ROUNDS times with `ws/<folder>` swapping, and checks that
/// the folder beside the workspace never changed.
fn race(w: &World, folder: &str, mut prepare: impl FnMut(usize), mut round: impl FnMut(usize)) {
    let before = fingerprint(&w.outside);
    let started = Instant::now();
    let mut swaps = 0;
    for i in 0..ROUNDS {
        assert!(
            started.elapsed() < TIME_LIMIT,
            "round {i} started after {TIME_LIMIT:?}"
        );
        prepare(i);
        let swapper = Swapper::start(w.ws.join(folder), w.outside.clone());
        round(i);
        swaps += swapper.stop();
        assert_eq!(
            fingerprint(&w.outside),
            before,
            "round {i}: the folder beside the workspace was changed"
        );
    }
    assert!(swaps > 0, "the folder was never swapped");
}

fn lock_and<T>(store: &BackupStore, ws: &Path, f: impl FnOnce(&backup::StoreLock) -> T) -> T {
    let lock = store.lock(ws).unwrap();
    f(&lock)
}

#[test]
fn a_restore_never_writes_outside_while_a_folder_is_swapped_for_a_link() {
    let w = world();
    fill(&w.ws, "input", "from the backup");
    let id = lock_and(&w.store, &w.ws, |lock| {
        backup::create(
            &w.store,
            lock,
            &w.ws,
            &CreateOptions::default(),
            &AtomicBool::new(false),
            &|_| {},
        )
        .unwrap()
        .id
    });
    race(
        &w,
        "input",
        |i| fill(&w.ws, "input", &format!("changed in round {i}")),
        |_| {
            let Ok(plan) = backup::plan_restore(&w.store, &id, &w.ws, &[]) else {
                return;
            };
            lock_and(&w.store, &w.ws, |lock| {
                let _ = backup::apply_restore(
                    &w.store,
                    lock,
                    &w.ws,
                    &plan,
                    &AtomicBool::new(false),
                    &|_| {},
                );
            });
        },
    );
}

#[test]
fn a_cleanup_never_archives_or_trashes_outside_while_a_folder_is_swapped() {
    let w = world();
    let bin_dir = w.root.join("test-trash");
    std::fs::create_dir_all(&bin_dir).unwrap();
    let to_bin = |path: &Path| {
        let name = format!(
            "{}-{}",
            bin_dir.read_dir().unwrap().count(),
            path.file_name().unwrap().to_string_lossy()
        );
        std::fs::rename(path, bin_dir.join(name))
    };
    let bin = TrashBin {
        place: TrashPlace::System,
        own: w.root.join("app/trash"),
        system: &to_bin,
    };
    for folder in ["output", "input"] {
        race(
            &w,
            folder,
            |i| {
                fill(&w.ws, "input", &format!("input {i}"));
                fill(&w.ws, "output", &format!("output {i}"));
            },
            |_| {
                let archive: Vec<PathBuf> = (0..12)
                    .map(|n| PathBuf::from(format!("input/f{n}.txt")))
                    .collect();
                let trash: Vec<PathBuf> = (0..12)
                    .map(|n| PathBuf::from(format!("output/sub/g{n}.txt")))
                    .collect();
                let _ = cleanup::apply(
                    &w.ws,
                    &w.store,
                    None,
                    &CleanupChoice {
                        archive,
                        trash,
                        clear_output: true,
                    },
                    chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
                    &bin,
                );
            },
        );
    }
}

#[test]
fn adding_files_never_writes_outside_while_input_is_swapped() {
    let w = world();
    let sources = w.root.join("downloads");
    std::fs::create_dir_all(&sources).unwrap();
    let files: Vec<PathBuf> = (0..12)
        .map(|i| {
            let path = sources.join(format!("new{i}.txt"));
            std::fs::write(&path, "a new file").unwrap();
            path
        })
        .collect();
    race(
        &w,
        "input",
        |_| {},
        |_| {
            airlock::workspace::intake::add_files(&w.ws, &files);
        },
    );
}

#[test]
fn quarantine_and_put_back_never_touch_outside_while_input_is_swapped() {
    let w = world();
    let home = AppHome::at(w.root.join("app"));
    let quarantine = Quarantine::new(w.root.join("quarantine"), &home);
    race(
        &w,
        "input",
        |i| fill(&w.ws, "input", &format!("round {i}")),
        |_| {
            for n in 0..12 {
                let _ = quarantine.put(
                    &w.ws,
                    &format!("input/f{n}.txt"),
                    &airlock::i18n::Msg::plain("test"),
                );
            }
            for item in quarantine.items() {
                let _ = quarantine.restore(&w.ws, &item.stored);
            }
        },
    );
}

#[test]
fn a_backup_never_reads_outside_while_input_is_swapped() {
    let w = world();
    race(
        &w,
        "input",
        |i| fill(&w.ws, "input", &format!("round {i}")),
        |_| {
            lock_and(&w.store, &w.ws, |lock| {
                let _ = backup::create(
                    &w.store,
                    lock,
                    &w.ws,
                    &CreateOptions {
                        reason: Reason::Manual,
                        session: None,
                    },
                    &AtomicBool::new(false),
                    &|_| {},
                );
            });
        },
    );
    // What is beside the workspace never made its way into a backup.
    for entry in walkdir::WalkDir::new(&w.store.dir).into_iter().flatten() {
        if entry.file_type().is_file() {
            let text = std::fs::read(entry.path()).unwrap();
            assert_ne!(
                text,
                PRECIOUS.as_bytes(),
                "{} holds a file from outside the workspace",
                entry.path().display()
            );
        }
    }
}
