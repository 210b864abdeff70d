//! The guide's checklists, kept as data in `assets/checklists/`. Each item
//! is either checked by Airlock, with the reason it passed or failed, or
//! ticked by the person.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::tr;
use crate::workspace::WorkspaceStatus;

const FIRST_USE: &str = include_str!("../../assets/checklists/first-use.ron");
const BEFORE_SESSION: &str = include_str!("../../assets/checklists/before-session.ron");
const AFTER_SESSION: &str = include_str!("../../assets/checklists/after-session.ron");

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
    /// From the catalog, in the thread's language.
    #[serde(skip)]
    pub text: String,
    #[serde(skip)]
    pub why: String,
    pub check: Check,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Checklist {
    pub id: String,
    #[serde(skip)]
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
    /// What the session checklists need besides the workspace.
    pub session: Option<&'a SessionFacts>,
}

/// Facts gathered for the before- and after-session checklists. `None`
/// means "not known yet" (say, the files have not been checked), which
/// never passes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SessionFacts {
    pub task: String,
    /// Files that appeared since the last session ended; `None` when
    /// there was no earlier session.
    pub appeared: Option<Vec<String>>,
    /// Workspace files not checked yet; `None` before any check.
    pub unchecked: Option<usize>,
    pub dangerous: Vec<String>,
    pub private_data: Vec<String>,
    pub links_outside: Vec<String>,
    /// Files whose source is unknown, not trusted, or not judged yet.
    pub untrusted: Vec<String>,
    /// After a session: new or changed files, and which of them are
    /// dangerous or hold private data.
    pub changed_files: Option<usize>,
    pub changed_dangerous: Vec<String>,
    pub outputs_private: Vec<String>,
    pub inputs_left: usize,
    pub report_saved: bool,
}

impl Checklist {
    /// The guide's before-first-use checklist.
    pub fn first_use() -> Self {
        Self::parse(FIRST_USE)
    }

    /// The guide's before-each-session checklist.
    pub fn before_session() -> Self {
        Self::parse(BEFORE_SESSION)
    }

    /// The guide's after-each-session checklist.
    pub fn after_session() -> Self {
        Self::parse(AFTER_SESSION)
    }

    fn parse(text: &str) -> Self {
        // The files are part of the program and checked by a test, so a
        // parse failure is a build defect, not a runtime condition.
        #[allow(clippy::expect_used)]
        let mut list: Self = ron::from_str(text).expect("assets/checklists/*.ron are valid");
        list.title = crate::i18n::tr(&format!("checklist-{}-title", list.id));
        for item in &mut list.items {
            item.text = crate::i18n::tr(&format!("checklist-{}-{}", list.id, item.id));
            item.why = crate::i18n::tr(&format!("checklist-{}-{}-why", list.id, item.id));
        }
        list
    }

    /// The catalog keys of every checklist's words.
    pub fn catalog_keys() -> Vec<String> {
        let mut keys = Vec::new();
        for list in [
            Self::first_use(),
            Self::before_session(),
            Self::after_session(),
        ] {
            keys.push(format!("checklist-{}-title", list.id));
            for item in &list.items {
                keys.push(format!("checklist-{}-{}", list.id, item.id));
                keys.push(format!("checklist-{}-{}-why", list.id, item.id));
            }
        }
        keys
    }

    /// The first item not done, if any.
    pub fn all_done(&self, facts: &Facts<'_>) -> bool {
        self.done_count(facts) == self.items.len()
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
            None => ItemState::Failed(tr!("check-no-workspace")),
            Some(status) if !status.present => ItemState::Failed(tr!(
                "check-workspace-missing",
                path = status.path.display().to_string()
            )),
            Some(status) if status.folders.iter().any(|f| !f.present) => {
                ItemState::Failed(tr!("home-incomplete-what"))
            }
            Some(status) if !status.is_healthy() => ItemState::Failed(tr!("check-not-private")),
            Some(status) => ItemState::Passed(tr!(
                "check-workspace-ready",
                path = status.path.display().to_string()
            )),
        },
        "backup-fresh" => match facts.workspace {
            Some(status) if status.last_backup.is_none() => {
                ItemState::Failed(tr!("check-no-backup"))
            }
            Some(status) if status.backup_is_stale() => {
                ItemState::Failed(tr!("check-backup-stale"))
            }
            Some(_) => ItemState::Passed(tr!("check-backup-fresh")),
            None => ItemState::Failed(tr!("check-no-workspace")),
        },
        "folders-private" => match facts.workspace {
            Some(status) if status.is_healthy() => ItemState::Passed(tr!("check-private")),
            Some(_) => ItemState::Failed(tr!("check-folder-missing-or-open")),
            None => ItemState::Failed(tr!("check-no-workspace")),
        },
        other => match facts.session {
            Some(session) => session_check(other, session),
            None => ItemState::Failed(tr!("check-not-yet")),
        },
    }
}

/// "a, b and 3 more"
fn some_of(names: &[String]) -> String {
    let shown: Vec<&str> = names.iter().take(3).map(String::as_str).collect();
    let mut text = shown.join(", ");
    if names.len() > 3 {
        text.push_str(&tr!("check-and-more", count = names.len() - 3));
    }
    text
}

fn session_check(name: &str, f: &SessionFacts) -> ItemState {
    use ItemState::{Failed, Passed};
    match name {
        "task-written" if f.task.trim().is_empty() => Failed(tr!("check-task-missing")),
        "task-written" => Passed(tr!("check-task", task = f.task.trim())),
        "only-intended-files" => match &f.appeared {
            None => Passed(tr!("check-first-session")),
            Some(new) if new.is_empty() => Passed(tr!("check-nothing-appeared")),
            Some(new) => Failed(tr!(
                "check-appeared",
                count = new.len(),
                names = some_of(new)
            )),
        },
        "all-checked-none-dangerous" => match f.unchecked {
            None => Failed(tr!("check-files-not-checked")),
            Some(n) if n > 0 => Failed(tr!("check-files-unchecked", count = n)),
            Some(_) if !f.dangerous.is_empty() => {
                Failed(tr!("check-dangerous", names = some_of(&f.dangerous)))
            }
            Some(_) => Passed(tr!("check-none-dangerous")),
        },
        "no-private-data" if f.private_data.is_empty() => match f.unchecked {
            Some(0) => Passed(tr!("check-no-private-data")),
            _ => Failed(tr!("check-not-all-checked")),
        },
        "no-private-data" => Failed(tr!("check-private-data", names = some_of(&f.private_data))),
        "trusted-sources" if f.untrusted.is_empty() => match f.unchecked {
            Some(0) => Passed(tr!("check-all-trusted")),
            _ => Failed(tr!("check-not-all-checked")),
        },
        "trusted-sources" => Failed(tr!("check-untrusted", names = some_of(&f.untrusted))),
        "no-links-outside" if f.links_outside.is_empty() => Passed(tr!("check-no-links-out")),
        "no-links-outside" => Failed(tr!("check-links-out", names = some_of(&f.links_outside))),
        "outputs-checked" => match f.changed_files {
            None => Failed(tr!("check-outputs-not-checked")),
            Some(_) if !f.changed_dangerous.is_empty() => Failed(tr!(
                "check-outputs-dangerous",
                names = some_of(&f.changed_dangerous)
            )),
            Some(n) => Passed(tr!("check-outputs-fine", count = n)),
        },
        "no-private-outputs" if f.outputs_private.is_empty() => match f.changed_files {
            Some(_) => Passed(tr!("check-no-private-outputs")),
            None => Failed(tr!("check-outputs-not-checked-yet")),
        },
        "no-private-outputs" => Failed(tr!(
            "check-private-outputs",
            names = some_of(&f.outputs_private)
        )),
        "inputs-archived" if f.inputs_left == 0 => Passed(tr!("check-input-empty")),
        "inputs-archived" => Failed(tr!("check-inputs-left", count = f.inputs_left)),
        "report-saved" if f.report_saved => Passed(tr!("check-report-saved")),
        "report-saved" => Failed(tr!("check-report-at-end")),
        other => {
            log::warn!("unknown automatic check {other:?}");
            ItemState::Failed(tr!("check-unknown", name = other))
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
            session: None,
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
            session: None,
        };
        assert!(matches!(list.items[0].state(&facts), ItemState::Passed(_)));
        assert_eq!(list.done_count(&facts), 1);
    }

    #[test]
    fn session_lists_parse_and_every_auto_check_is_known() {
        for list in [Checklist::before_session(), Checklist::after_session()] {
            let ticked = BTreeSet::new();
            let facts = SessionFacts::default();
            let f = Facts {
                workspace: None,
                ticked: &ticked,
                session: Some(&facts),
            };
            for (item, state) in list.states(&f) {
                if let ItemState::Failed(why) = state {
                    assert!(!why.contains("does not know"), "{}: {why}", item.id);
                }
            }
        }
    }

    #[test]
    fn dangerous_files_fail_the_before_session_check() {
        let list = Checklist::before_session();
        let ticked = BTreeSet::new();
        let mut facts = SessionFacts {
            unchecked: Some(0),
            dangerous: vec!["input/evil.docx".into()],
            ..SessionFacts::default()
        };
        let item = list.items.iter().find(|i| i.id == "files-checked").unwrap();
        let f = Facts {
            workspace: None,
            ticked: &ticked,
            session: Some(&facts),
        };
        assert!(matches!(item.state(&f), ItemState::Failed(why) if why.contains("evil.docx")));
        facts.dangerous.clear();
        let f = Facts {
            workspace: None,
            ticked: &ticked,
            session: Some(&facts),
        };
        assert!(matches!(item.state(&f), ItemState::Passed(_)));
    }

    #[test]
    fn person_items_follow_the_ticks() {
        let list = Checklist::first_use();
        let ticked: BTreeSet<String> = ["backup-strategy".to_string()].into();
        let facts = Facts {
            workspace: None,
            ticked: &ticked,
            session: None,
        };
        assert_eq!(list.items[4].state(&facts), ItemState::Ticked(true));
        assert_eq!(list.items[1].state(&facts), ItemState::Ticked(false));
    }
}
