//! Backup benchmark: builds a synthetic workspace (by default 10,000 files,
//! about 1 GB) in a temporary folder, then prints, from one run:
//! - `cp -a` of the tree, a full backup of it, and the ratio of the two
//!   (each timed until `sync` returns, median of three rounds);
//! - a second backup of the unchanged tree: its time and the disk space it
//!   added (measured with `du`, which counts hard-linked files once).
//!
//! Run it with:
//!
//!     cargo bench --bench backup
//!     AIRLOCK_BENCH_FILES=2000 AIRLOCK_BENCH_MB=100 cargo bench --bench backup

use std::io::Write;
use std::path::Path;
use std::process::Command;
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use airlock::backup::{self, BackupStore, CreateOptions};

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Files of varied sizes and content that does not repeat, in nested
/// folders like a real workspace.
fn build(root: &Path, files: usize, total_mb: usize) -> u64 {
    let average = total_mb * 1_000_000 / files.max(1);
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut bytes = 0u64;
    for i in 0..files {
        let dir = root
            .join(["input", "output", "archive"][i % 3])
            .join(format!("batch-{:03}", i / 400));
        std::fs::create_dir_all(&dir).expect("bench folder");
        // Sizes from a tenth to nearly twice the average.
        let size = average / 10 + (i * 7919) % (average * 18 / 10 + 1);
        let mut data = Vec::with_capacity(size);
        while data.len() < size {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            data.extend_from_slice(&state.to_le_bytes());
        }
        data.truncate(size);
        let mut file = std::fs::File::create(dir.join(format!("{i:05}.dat"))).expect("bench file");
        file.write_all(&data).expect("bench write");
        bytes += size as u64;
    }
    bytes
}

fn sync() {
    let _ = Command::new("sync").status();
}

/// Kilobytes each folder adds on disk, hard links counted once, in order.
fn du_kb(dirs: &[&Path]) -> Option<Vec<u64>> {
    let out = Command::new("du").arg("-sk").args(dirs).output().ok()?;
    String::from_utf8(out.stdout)
        .ok()?
        .lines()
        .map(|l| l.split_whitespace().next()?.parse().ok())
        .collect()
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --all-targets` does not, and
    // then a small run only checks that the benchmark still works.
    let full = std::env::args().any(|a| a == "--bench");
    let files = env_number("AIRLOCK_BENCH_FILES", if full { 10_000 } else { 100 });
    let total_mb = env_number("AIRLOCK_BENCH_MB", if full { 1_000 } else { 1 });
    let tmp = tempfile::tempdir().expect("temp dir");
    let ws = tmp.path().join("ws");
    println!(
        "building {files} files, about {total_mb} MB, in {}",
        ws.display()
    );
    let bytes = build(&ws, files, total_mb);
    sync();

    // Three rounds, alternating, so that neither side always goes first;
    // the medians are printed (this kind of machine is noisy).
    let rounds = if full { 3 } else { 1 };
    let options = CreateOptions::default();
    let cancel = AtomicBool::new(false);
    let (mut cp_times, mut backup_times) = (Vec::new(), Vec::new());
    let mut cp_ok = true;
    let mut last_store = None;
    for round in 0..rounds {
        let copy = tmp.path().join(format!("cp-a-{round}"));
        let started = Instant::now();
        let status = Command::new("cp").arg("-a").arg(&ws).arg(&copy).status();
        // Timed until the data is on disk: otherwise the figure depends on
        // when the system chooses to write its cache out.
        sync();
        cp_times.push(started.elapsed().as_secs_f64());
        cp_ok &= status.is_ok_and(|s| s.success());
        let store = BackupStore::new(tmp.path().join(format!("backups-{round}")));
        let lock = store.lock(&ws).expect("lock");
        let started = Instant::now();
        let first =
            backup::create(&store, &lock, &ws, &options, &cancel, &|_| {}).expect("full backup");
        sync();
        backup_times.push(started.elapsed().as_secs_f64());
        assert!(first.summary.complete);
        let _ = std::fs::remove_dir_all(&copy);
        drop(lock);
        if let Some((old, _)) = last_store.replace((store, first)) {
            let old: BackupStore = old;
            let _ = std::fs::remove_dir_all(&old.dir);
        }
        sync();
    }
    let (store, first) = last_store.expect("at least one round");
    let lock = store.lock(&ws).expect("lock");
    let mut second_times = Vec::new();
    let mut second = None;
    for _ in 0..rounds {
        let started = Instant::now();
        let made =
            backup::create(&store, &lock, &ws, &options, &cancel, &|_| {}).expect("second backup");
        second_times.push(started.elapsed().as_secs_f64());
        assert_eq!(
            made.summary.bytes_copied, 0,
            "an unchanged tree copies nothing"
        );
        second.get_or_insert(made);
    }
    let second = second.expect("a second backup");
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let (cp_time, first_time, second_time) = (
        median(&mut cp_times),
        median(&mut backup_times),
        median(&mut second_times),
    );

    let mb = bytes as f64 / 1_000_000.0;
    println!("tree:           {files} files, {mb:.0} MB; median of {rounds} round(s)");
    if cp_ok {
        println!("cp -a:          {cp_time:.2} s   (each: {cp_times:.2?})");
    } else {
        println!("cp -a:          not available here");
    }
    println!(
        "full backup:    {first_time:.2} s   ({:.0} MB/s; each: {backup_times:.2?})",
        mb / first_time,
    );
    if cp_ok {
        println!(
            "ratio:          {:.2}x the time of cp -a (target: at most 1.3x)",
            first_time / cp_time
        );
    }
    let added =
        du_kb(&[first.path.as_path(), second.path.as_path()]).and_then(|v| v.get(1).copied());
    match added {
        Some(kb) => println!(
            "second backup:  {second_time:.3} s, {:.2} MB added on disk (targets: under 2 s and 5 MB)",
            kb as f64 / 1000.0
        ),
        None => println!("second backup:  {second_time:.3} s (du not available to measure space)"),
    }
    assert!(first.summary.complete && second.summary.complete);
    assert_eq!(
        second.summary.bytes_copied, 0,
        "an unchanged tree copies nothing"
    );
}
