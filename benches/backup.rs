//! Backup benchmark: builds a synthetic workspace (by default 10,000 files,
//! about 1 GB) in a temporary folder, then prints, from one run:
//! - `cp -a` of the tree, a full backup of it, and the ratio of the two;
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

    let copy = tmp.path().join("cp-a");
    let started = Instant::now();
    let status = Command::new("cp").arg("-a").arg(&ws).arg(&copy).status();
    let cp_time = started.elapsed().as_secs_f64();
    let cp_ok = status.is_ok_and(|s| s.success());
    sync();

    let store = BackupStore::new(tmp.path().join("backups"));
    let lock = store.lock(&ws).expect("lock");
    let cancel = AtomicBool::new(false);
    let options = CreateOptions::default();
    let started = Instant::now();
    let first =
        backup::create(&store, &lock, &ws, &options, &cancel, &|_| {}).expect("first backup");
    let first_time = started.elapsed().as_secs_f64();
    sync();
    let started = Instant::now();
    let second =
        backup::create(&store, &lock, &ws, &options, &cancel, &|_| {}).expect("second backup");
    let second_time = started.elapsed().as_secs_f64();

    let mb = bytes as f64 / 1_000_000.0;
    println!("tree:           {files} files, {mb:.0} MB");
    if cp_ok {
        println!("cp -a:          {cp_time:.2} s");
    } else {
        println!("cp -a:          not available here");
    }
    println!(
        "full backup:    {first_time:.2} s   ({:.0} MB/s, {} files)",
        mb / first_time,
        first.summary.files
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
