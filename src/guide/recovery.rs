//! What a restore proposes, so that recovering cannot make things worse:
//! files the assistant deleted come first and are chosen, then files it
//! changed, and new files are only removed when the person ticks them.
//! A file the person moved to the quarantine after the backup was taken
//! is never proposed at all: it is held back, with the date it was
//! quarantined, so neither "Restore everything" nor a default tick can
//! bring it back into the assistant's reach.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Local};

use crate::backup::{self, BackupError, BackupStore, RestorePlan};
use crate::workspace::quarantine;

/// A file the backup holds but the restore leaves out: the person moved
/// it to the quarantine after the backup was taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeldBack {
    pub rel: PathBuf,
    pub quarantined: DateTime<Local>,
}

/// A restore as proposed to the person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    /// What restoring would do; held-back files are not in it.
    pub plan: RestorePlan,
    /// Ticked at first: every file to put back or replace.
    pub chosen: BTreeSet<PathBuf>,
    pub held_back: Vec<HeldBack>,
    /// When the backup was taken.
    pub taken: DateTime<Local>,
}

/// Compares backup `id` with the workspace (only the paths in `only`, if
/// any) and proposes a restore that holds back whatever `quarantined`
/// records as moved to the quarantine since the backup.
pub fn propose(
    store: &BackupStore,
    id: &str,
    workspace: &Path,
    only: &[PathBuf],
    quarantined: &[quarantine::Item],
) -> Result<Proposal, BackupError> {
    let info = store.info(id)?;
    let mut plan = backup::plan_restore(store, id, workspace, only)?;
    let held_back = hold_back(&mut plan, info.summary.started, quarantined);
    // Put back and replace are proposed; removals are opt-in.
    let chosen = plan
        .add
        .iter()
        .chain(&plan.replace)
        .map(|i| i.rel.clone())
        .collect();
    Ok(Proposal {
        plan,
        chosen,
        held_back,
        taken: info.summary.started,
    })
}

/// Takes out of `plan` every file to put back or replace that lies at or
/// under a place quarantined after `taken`, and returns them. A file
/// quarantined before the backup is a different file: the backup only
/// holds what came to that place later, so it stays proposed.
pub fn hold_back(
    plan: &mut RestorePlan,
    taken: DateTime<Local>,
    quarantined: &[quarantine::Item],
) -> Vec<HeldBack> {
    let since: Vec<(&Path, DateTime<Local>)> = quarantined
        .iter()
        .filter(|q| q.when >= taken)
        .map(|q| (Path::new(&q.original), q.when))
        .collect();
    let mut held = Vec::new();
    for items in [&mut plan.add, &mut plan.replace] {
        items.retain(|item| {
            let hit = since
                .iter()
                .filter(|(place, _)| item.rel.starts_with(place))
                .map(|(_, when)| *when)
                .max();
            match hit {
                Some(when) => {
                    held.push(HeldBack {
                        rel: item.rel.clone(),
                        quarantined: when,
                    });
                    false
                }
                None => true,
            }
        });
    }
    held.sort_by(|a, b| a.rel.cmp(&b.rel));
    held
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::backup::{Kind, PlanItem};

    fn item(rel: &str) -> PlanItem {
        PlanItem {
            rel: rel.into(),
            kind: Kind::File,
            size: 1,
        }
    }

    fn quarantined(rel: &str, when: DateTime<Local>) -> quarantine::Item {
        quarantine::Item {
            original: rel.into(),
            stored: PathBuf::from("/q").join(rel),
            when,
            reason: crate::i18n::Msg::plain("danger"),
        }
    }

    #[test]
    fn files_quarantined_after_the_backup_are_held_back() {
        let taken = Local::now() - chrono::Duration::hours(1);
        let mut plan = RestorePlan {
            id: "b".into(),
            add: vec![item("input/a.txt"), item("output/bad.txt")],
            replace: vec![item("input/old.txt"), item("output/dir/x.txt")],
            remove: vec![item("output/new.txt")],
            unchanged: 0,
            unchanged_files: 0,
        };
        let held = hold_back(
            &mut plan,
            taken,
            &[
                quarantined("output/bad.txt", Local::now()),
                quarantined("output/dir", Local::now()),
                // Quarantined before the backup: the backup's file came later.
                quarantined("input/old.txt", taken - chrono::Duration::hours(1)),
            ],
        );
        let rels = |items: &[PlanItem]| -> Vec<String> {
            items.iter().map(|i| i.rel.display().to_string()).collect()
        };
        assert_eq!(rels(&plan.add), ["input/a.txt"]);
        assert_eq!(rels(&plan.replace), ["input/old.txt"]);
        assert_eq!(rels(&plan.remove), ["output/new.txt"]);
        let held: Vec<String> = held.iter().map(|h| h.rel.display().to_string()).collect();
        assert_eq!(held, ["output/bad.txt", "output/dir/x.txt"]);
    }
}
