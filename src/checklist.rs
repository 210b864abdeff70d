//! The guide's checklists, kept as data in `assets/checklists/`. Each item
//! is either checked by Airlock, with the reason it passed or failed, or
//! ticked by the person.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::workspace::WorkspaceStatus;

const FIRST_USE: &str = include_str!("../assets/checklists/first-use.ron");
const BEFORE_SESSION: &str = include_str!("../assets/checklists/before-session.ron");
const AFTER_SESSION: &str = include_str!("../assets/checklists/after-session.ron");

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
        ron::from_str(text).expect("assets/checklists/*.ron are valid")
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
        "backup-fresh" => match facts.workspace {
            Some(status) if status.last_backup.is_none() => {
                ItemState::Failed("There is no backup of the workspace yet.".into())
            }
            Some(status) if status.backup_is_stale() => {
                ItemState::Failed("The workspace changed after the last backup.".into())
            }
            Some(_) => ItemState::Passed("The last backup is newer than every change.".into()),
            None => ItemState::Failed("No workspace has been set up yet.".into()),
        },
        "folders-private" => match facts.workspace {
            Some(status) if status.is_healthy() => {
                ItemState::Passed("Only you can open the workspace and its folders.".into())
            }
            Some(_) => ItemState::Failed(
                "A folder is missing, or other people on this computer can open it.".into(),
            ),
            None => ItemState::Failed("No workspace has been set up yet.".into()),
        },
        other => match facts.session {
            Some(session) => session_check(other, session),
            None => ItemState::Failed("Not checked yet.".into()),
        },
    }
}

/// "1 file has", "3 files have": a count of files with its verb.
fn files(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 file {one}")
    } else {
        format!("{n} files {many}")
    }
}

/// "a, b and 3 more"
fn some_of(names: &[String]) -> String {
    let shown: Vec<&str> = names.iter().take(3).map(String::as_str).collect();
    let mut text = shown.join(", ");
    if names.len() > 3 {
        text.push_str(&format!(" and {} more", names.len() - 3));
    }
    text
}

fn session_check(name: &str, f: &SessionFacts) -> ItemState {
    use ItemState::{Failed, Passed};
    match name {
        "task-written" if f.task.trim().is_empty() => {
            Failed("Write the task in the box above, in one sentence.".into())
        }
        "task-written" => Passed(format!("Task: {}", f.task.trim())),
        "only-intended-files" => match &f.appeared {
            None => {
                Passed("This is the first session; look through the list of files once.".into())
            }
            Some(new) if new.is_empty() => {
                Passed("Nothing appeared since the last session ended.".into())
            }
            Some(new) => Failed(format!(
                "{} appeared since the last session: {}. Make sure each is meant for this task.",
                new.len(),
                some_of(new)
            )),
        },
        "all-checked-none-dangerous" => match f.unchecked {
            None => Failed("The files have not been checked yet.".into()),
            Some(n) if n > 0 => {
                Failed(format!("{} not been checked yet.", files(n, "has", "have")))
            }
            Some(_) if !f.dangerous.is_empty() => Failed(format!(
                "Dangerous: {}. Quarantine each one, or confirm you keep it.",
                some_of(&f.dangerous)
            )),
            Some(_) => Passed("Every file was checked; none is dangerous.".into()),
        },
        "no-private-data" if f.private_data.is_empty() => match f.unchecked {
            Some(0) => Passed("No private data was found in the files.".into()),
            _ => Failed("The files have not all been checked yet.".into()),
        },
        "no-private-data" => Failed(format!(
            "Private data in: {}. Take it out, or quarantine the file.",
            some_of(&f.private_data)
        )),
        "trusted-sources" if f.untrusted.is_empty() => match f.unchecked {
            Some(0) => Passed("Every file comes from a source you trust or chose.".into()),
            _ => Failed("The files have not all been checked yet.".into()),
        },
        "trusted-sources" => Failed(format!(
            "Not from a source you trust: {}. Say whether you trust each source in the file's details, or quarantine the file.",
            some_of(&f.untrusted)
        )),
        "no-links-outside" if f.links_outside.is_empty() => {
            Passed("No link leads out of the workspace.".into())
        }
        "no-links-outside" => Failed(format!(
            "These links lead out of the workspace: {}. Remove them.",
            some_of(&f.links_outside)
        )),
        "outputs-checked" => match f.changed_files {
            None => Failed("The new and changed files have not been checked yet.".into()),
            Some(_) if !f.changed_dangerous.is_empty() => Failed(format!(
                "Dangerous: {}. Restore the earlier version, or send it to the trash in the cleanup below.",
                some_of(&f.changed_dangerous)
            )),
            Some(n) => Passed(format!(
                "{n} new or changed {} checked; none is dangerous.",
                if n == 1 { "file" } else { "files" }
            )),
        },
        "no-private-outputs" if f.outputs_private.is_empty() => match f.changed_files {
            Some(_) => Passed("No output holds private data.".into()),
            None => Failed("The outputs have not been checked yet.".into()),
        },
        "no-private-outputs" => Failed(format!(
            "Private data in: {}. Send these to the trash in the cleanup below.",
            some_of(&f.outputs_private)
        )),
        "inputs-archived" if f.inputs_left == 0 => Passed("input/ is empty.".into()),
        "inputs-archived" => Failed(format!(
            "{} still in input/; the cleanup moves them to the archive.",
            files(f.inputs_left, "is", "are")
        )),
        "report-saved" if f.report_saved => Passed("The report is saved.".into()),
        "report-saved" => Failed("The report is saved when you end the session.".into()),
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
