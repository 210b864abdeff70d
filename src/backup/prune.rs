//! Keeping backups by purpose. The person's own backups (the last few and
//! one a day for the last week) and the start-of-session backups of the
//! last sessions are counted apart from the automatic ones (before a
//! restore, a quarantine, a cleanup), so automatic backups can never push
//! them out. The newest complete backup, any backup a caller protects (the
//! start of an open session), any backup holding the files of a kept one,
//! and any backup holding the only copy of some content are kept too.

use std::collections::BTreeSet;
use std::ffi::OsStr;

use chrono::{DateTime, Local};

use super::{BackupError, BackupInfo, BackupStore, PRUNING_SUFFIX, Reason, StoreLock, io_err};

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
    // Each purpose counts on its own.
    let purposes: [&dyn Fn(Reason) -> bool; 3] = [
        &|r| r == Reason::Manual,
        &|r| r == Reason::SessionStart,
        &|r| r != Reason::Manual && r != Reason::SessionStart,
    ];
    for purpose in purposes {
        for backup in backups
            .iter()
            .filter(|b| purpose(b.summary.reason))
            .take(policy.last)
        {
            keep.insert(&backup.id);
        }
    }
    if let Some(newest_complete) = backups.iter().find(|b| b.summary.complete) {
        keep.insert(&newest_complete.id);
    }
    // One a day, the person's own first.
    let today = now.date_naive();
    let mut days_seen = BTreeSet::new();
    let by_preference = backups
        .iter()
        .filter(|b| b.summary.reason == Reason::Manual)
        .chain(
            backups
                .iter()
                .filter(|b| b.summary.reason != Reason::Manual),
        );
    for backup in by_preference {
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
    let backups = store.list();
    let chosen = choose_prunable(&backups, policy, Local::now(), protected);
    let chosen = spare_what_is_needed(store, &backups, chosen);
    if dry_run {
        return Ok(chosen);
    }
    for id in &chosen {
        remove_backup(store, lock, id)?;
        log::info!("pruned backup {id}");
    }
    Ok(chosen)
}

/// Removes one backup: first renamed to a hidden name, so that a removal
/// cut short never leaves a half-backup that looks whole.
pub(super) fn remove_backup(
    store: &BackupStore,
    _lock: &StoreLock,
    id: &str,
) -> Result<(), BackupError> {
    let dir = store.open_dir()?;
    let from = store.path_of(id)?;
    let hidden = format!(".{id}{PRUNING_SUFFIX}");
    let hidden_path = store.dir.join(&hidden);
    dir.rename_here(OsStr::new(id), &dir, OsStr::new(&hidden))
        .map_err(io_err("setting a backup aside", &from))?;
    dir.remove_all_here(OsStr::new(&hidden))
        .map_err(io_err("removing a backup", &hidden_path))
}

/// Takes back from `chosen` every backup that holds the files of a kept
/// one, or the only copy of some content (a blake3 hash no kept backup
/// holds). Newest first, so of several copies of the same content the
/// newest one is what stays.
fn spare_what_is_needed(
    store: &BackupStore,
    backups: &[BackupInfo],
    mut chosen: Vec<String>,
) -> Vec<String> {
    let hashes_of = |id: &str| -> BTreeSet<String> {
        store
            .manifest(id)
            .map(|m| m.entries.into_iter().filter_map(|e| e.hash).collect())
            .unwrap_or_default()
    };
    // The folder holding a kept reference's files stays.
    let keep_holders = |chosen: &mut Vec<String>| {
        let holders: BTreeSet<String> = backups
            .iter()
            .filter(|b| !chosen.contains(&b.id))
            .filter_map(|b| b.summary.same_as.clone())
            .collect();
        chosen.retain(|id| !holders.contains(id));
    };
    keep_holders(&mut chosen);
    let mut held: BTreeSet<String> = backups
        .iter()
        .filter(|b| !chosen.contains(&b.id))
        .flat_map(|b| hashes_of(&b.id))
        .collect();
    // `chosen` is oldest first; look at the newest first.
    let mut spared = BTreeSet::new();
    for id in chosen.iter().rev() {
        let hashes = hashes_of(id);
        if !hashes.is_subset(&held) {
            log::info!("keeping backup {id}: it holds the only copy of some content");
            held.extend(hashes);
            spared.insert(id.clone());
        }
    }
    chosen.retain(|id| !spared.contains(id));
    keep_holders(&mut chosen);
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::backup::Summary;

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
                same_as: None,
                audit_head: None,
            },
            content: id.into(),
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
