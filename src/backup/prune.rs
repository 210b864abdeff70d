//! Keeping a sensible number of backups: the last few, one a day for the
//! last week, the newest complete one whatever happens, and any backup a
//! caller protects (the start of an open session).

use std::collections::BTreeSet;
use std::ffi::OsStr;

use chrono::{DateTime, Local};

use super::{BackupError, BackupInfo, BackupStore, PRUNING_SUFFIX, StoreLock, io_err};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeepPolicy {
    /// The newest backups kept whatever their age.
    pub last: usize,
    /// One backup a day (the newest of that day) for this many days.
    pub daily_days: u32,
}

impl Default for KeepPolicy {
    fn default() -> Self {
        Self {
            last: 10,
            daily_days: 7,
        }
    }
}

/// The ids the policy lets go, oldest first. `backups` is newest first.
pub fn choose_prunable(
    backups: &[BackupInfo],
    policy: KeepPolicy,
    now: DateTime<Local>,
    protected: &BTreeSet<String>,
) -> Vec<String> {
    let mut keep: BTreeSet<&str> = BTreeSet::new();
    for backup in backups.iter().take(policy.last) {
        keep.insert(&backup.id);
    }
    if let Some(newest_complete) = backups.iter().find(|b| b.summary.complete) {
        keep.insert(&newest_complete.id);
    }
    let today = now.date_naive();
    let mut days_seen = BTreeSet::new();
    for backup in backups {
        let day = backup.summary.started.date_naive();
        let age_days = (today - day).num_days();
        if age_days >= 0 && age_days < i64::from(policy.daily_days) && days_seen.insert(day) {
            keep.insert(&backup.id);
        }
    }
    backups
        .iter()
        .rev()
        .filter(|b| !keep.contains(b.id.as_str()) && !protected.contains(&b.id))
        .map(|b| b.id.clone())
        .collect()
}

/// Removes the backups the policy lets go (or, with `dry_run`, only says
/// which). A backup is first renamed to a hidden name, so that a removal
/// cut short never leaves a half-backup that looks whole.
pub fn prune(
    store: &BackupStore,
    lock: &StoreLock,
    policy: KeepPolicy,
    protected: &BTreeSet<String>,
    dry_run: bool,
) -> Result<Vec<String>, BackupError> {
    store.clean_leftovers(lock);
    let chosen = choose_prunable(&store.list(), policy, Local::now(), protected);
    if dry_run {
        return Ok(chosen);
    }
    let dir = store.open_dir()?;
    for id in &chosen {
        let from = store.path_of(id)?;
        let hidden = format!(".{id}{PRUNING_SUFFIX}");
        let hidden_path = store.dir.join(&hidden);
        dir.rename_here(OsStr::new(id), &dir, OsStr::new(&hidden))
            .map_err(io_err("setting an old backup aside", &from))?;
        dir.remove_all_here(OsStr::new(&hidden))
            .map_err(io_err("removing an old backup", &hidden_path))?;
        log::info!("pruned backup {id}");
    }
    Ok(chosen)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::backup::{Reason, Summary};

    fn backup(id: &str, started: DateTime<Local>, complete: bool) -> BackupInfo {
        BackupInfo {
            id: id.into(),
            path: id.into(),
            summary: Summary {
                format: 1,
                id: id.into(),
                workspace: "/ws".into(),
                started,
                finished: started,
                reason: Reason::Manual,
                session: None,
                complete,
                problems: Vec::new(),
                files: 0,
                bytes: 0,
                bytes_copied: 0,
                files_linked: 0,
                linked_to: None,
            },
            verified: None,
        }
    }

    #[test]
    fn keeps_the_last_ones_and_one_a_day() {
        let now = Local::now();
        // Four a day for twenty days, newest first.
        let backups: Vec<BackupInfo> = (0..80)
            .map(|i| {
                backup(
                    &format!("b{i:02}"),
                    now - chrono::Duration::hours(6 * i),
                    true,
                )
            })
            .collect();
        let policy = KeepPolicy {
            last: 10,
            daily_days: 7,
        };
        let pruned = choose_prunable(&backups, policy, now, &BTreeSet::new());
        let kept: Vec<&BackupInfo> = backups.iter().filter(|b| !pruned.contains(&b.id)).collect();
        for b in backups.iter().take(10) {
            assert!(!pruned.contains(&b.id), "{} is among the last ten", b.id);
        }
        for day in 0..7 {
            let date = (now - chrono::Duration::days(day)).date_naive();
            assert!(
                kept.iter().any(|b| b.summary.started.date_naive() == date),
                "a backup from {date} is kept"
            );
        }
        assert!(kept.len() <= 10 + 7);
        assert!(pruned.contains(&"b79".to_string()), "the oldest goes");
    }

    #[test]
    fn protected_and_newest_complete_backups_stay() {
        let now = Local::now();
        let backups = vec![
            backup("new-incomplete", now, false),
            backup("old-complete", now - chrono::Duration::days(30), true),
            backup("session-start", now - chrono::Duration::days(40), true),
            backup("oldest", now - chrono::Duration::days(50), true),
        ];
        let policy = KeepPolicy {
            last: 1,
            daily_days: 0,
        };
        let protected = BTreeSet::from(["session-start".to_string()]);
        assert_eq!(
            choose_prunable(&backups, policy, now, &protected),
            vec!["oldest".to_string()]
        );
    }
}
