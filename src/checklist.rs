//! The guide's checklists, kept as data in `assets/checklists/`. Each item
//! is either checked by Airlock, with the reason it passed or failed, or
//! ticked by the person.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::workspace::WorkspaceStatus;

const FIRST_USE: &str = include_str!("../assets/checklists/first-use.ron");

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub enum Check {
    /// The person ticks it.
    Person,
    /// Airlock checks it; the string names the check.
    Auto(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Item {
    pub id: String,
    pub text: String,
    pub why: String,
    pub check: Check,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Checklist {
    pub id: String,
    pub title: String,
    pub items: Vec<Item>,
}

/// An item's state right now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemState {
    /// Airlock checked and it holds; the sentence says why.
    Passed(String),
    /// Airlock checked and it does not hold; the sentence says why.
    Failed(String),
    /// Left to the person, with whether they ticked it.
    Ticked(bool),
}

impl ItemState {
    pub fn is_done(&self) -> bool {
        matches!(self, ItemState::Passed(_) | ItemState::Ticked(true))
    }
}

/// What the automatic checks look at.
pub struct Facts<'a> {
    pub workspace: Option<&'a WorkspaceStatus>,
    pub ticked: &'a BTreeSet<String>,
}

impl Checklist {
    /// The guide's before-first-use checklist.
    pub fn first_use() -> Self {
        // The file is part of the program and checked by a test, so a
        // parse failure is a build defect, not a runtime condition.
        #[allow(clippy::expect_used)]
        ron::from_str(FIRST_USE).expect("assets/checklists/first-use.ron is valid")
    }

    pub fn states(&self, facts: &Facts<'_>) -> Vec<(&Item, ItemState)> {
        self.items
            .iter()
            .map(|item| (item, item.state(facts)))
            .collect()
    }

    pub fn done_count(&self, facts: &Facts<'_>) -> usize {
        self.states(facts)
            .iter()
            .filter(|(_, s)| s.is_done())
            .count()
    }
}

impl Item {
    pub fn state(&self, facts: &Facts<'_>) -> ItemState {
        match &self.check {
            Check::Person => ItemState::Ticked(facts.ticked.contains(&self.id)),
            Check::Auto(name) => auto_check(name, facts),
        }
    }
}

fn auto_check(name: &str, facts: &Facts<'_>) -> ItemState {
    match name {
        "workspace-ready" => match facts.workspace {
            None => ItemState::Failed("No workspace has been set up yet.".into()),
            Some(status) if !status.present => ItemState::Failed(format!(
                "The workspace folder {} is missing.",
                status.path.display()
            )),
            Some(status) if status.folders.iter().any(|f| !f.present) => {
                ItemState::Failed("Some of the workspace's folders are missing.".into())
            }
            Some(status) if !status.is_healthy() => ItemState::Failed(
                "The workspace can be opened by other people on this computer.".into(),
            ),
            Some(status) => ItemState::Passed(format!(
                "Checked by Airlock: {} has input, output and archive, private to you.",
                status.path.display()
            )),
        },
        other => {
            log::warn!("unknown automatic check {other:?}");
            ItemState::Failed(format!("Airlock does not know how to check \"{other}\"."))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_use_list_has_the_guides_five_items() {
        let list = Checklist::first_use();
        let ids: Vec<_> = list.items.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "dedicated-workspace",
                "no-sensitive-files",
                "tested-with-samples",
                "understood-plan-review",
                "backup-strategy"
            ]
        );
    }

    #[test]
    fn workspace_item_is_checked_automatically() {
        let list = Checklist::first_use();
        let ticked = BTreeSet::new();
        let none = Facts {
            workspace: None,
            ticked: &ticked,
        };
        assert!(matches!(list.items[0].state(&none), ItemState::Failed(_)));

        let tmp = tempfile::tempdir().unwrap();
        for name in crate::workspace::FOLDERS {
            crate::fsutil::create_private_dir_all(&tmp.path().join(name)).unwrap();
        }
        crate::fsutil::make_private(tmp.path()).unwrap();
        let status = WorkspaceStatus::read(tmp.path());
        let facts = Facts {
            workspace: Some(&status),
            ticked: &ticked,
        };
        assert!(matches!(list.items[0].state(&facts), ItemState::Passed(_)));
        assert_eq!(list.done_count(&facts), 1);
    }

    #[test]
    fn person_items_follow_the_ticks() {
        let list = Checklist::first_use();
        let ticked: BTreeSet<String> = ["backup-strategy".to_string()].into();
        let facts = Facts {
            workspace: None,
            ticked: &ticked,
        };
        assert_eq!(list.items[4].state(&facts), ItemState::Ticked(true));
        assert_eq!(list.items[1].state(&facts), ItemState::Ticked(false));
    }
}
