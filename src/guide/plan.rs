//! Plan review: the person pastes the assistant's plan; each red flag is
//! marked in the text with one sentence of why; the plan is compared with
//! the task written at the start of the session; and it ends with a
//! recommendation and safer wording to send back. Rules are data
//! (`assets/rules/plan.ron`).

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;

const RULES: &str = include_str!("../../assets/rules/plan.ron");

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
pub enum Level {
    /// Ask for clarification before approving.
    Ask,
    /// Do not approve as it is.
    Stop,
}

#[derive(Debug, Deserialize)]
struct RuleData {
    id: String,
    level: Level,
    pattern: String,
    // Examples for the rule authors, checked by the test below.
    #[serde(default)]
    #[cfg_attr(not(test), allow(dead_code))]
    hits: Vec<String>,
    #[serde(default)]
    #[cfg_attr(not(test), allow(dead_code))]
    misses: Vec<String>,
}

struct Rule {
    data: RuleData,
    regex: Regex,
}

static COMPILED: LazyLock<Vec<Rule>> = LazyLock::new(|| {
    let data: Vec<RuleData> = ron::from_str(RULES).unwrap_or_else(|err| {
        log::error!("plan rules unreadable: {err}");
        Vec::new()
    });
    data.into_iter()
        .filter_map(|d| {
            match regex::RegexBuilder::new(&d.pattern)
                .case_insensitive(true)
                .build()
            {
                Ok(regex) => Some(Rule { data: d, regex }),
                Err(err) => {
                    log::error!("plan rule {} does not compile: {err}", d.id);
                    None
                }
            }
        })
        .collect()
});

/// A rule's sentence (`why`, `safer` or `name`) from the catalog.
fn rule_text(id: &str, part: &str) -> String {
    crate::i18n::tr(&format!("plan-rule-{id}-{part}"))
}

/// A rule's short name for people ("deleting files").
pub fn rule_name(id: &str) -> String {
    rule_text(id, "name")
}

/// The catalog keys of every rule's sentences.
pub fn catalog_keys() -> Vec<String> {
    COMPILED
        .iter()
        .flat_map(|r| {
            ["why", "safer", "name"].map(|part| format!("plan-rule-{}-{part}", r.data.id))
        })
        .collect()
}

/// One red flag, where it is in the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flag {
    pub rule: String,
    pub level: Level,
    /// Byte range in the plan, to mark it.
    pub range: Range<usize>,
    pub why: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recommendation {
    Approve,
    AskForClarification,
    DoNotApprove,
}

impl Recommendation {
    pub fn sentence(self) -> String {
        match self {
            Recommendation::Approve => crate::tr!("plan-approve"),
            Recommendation::AskForClarification => crate::tr!("plan-ask"),
            Recommendation::DoNotApprove => crate::tr!("plan-do-not-approve"),
        }
    }
}

static COUNT: LazyLock<Regex> = LazyLock::new(|| {
    #[allow(clippy::expect_used)]
    Regex::new(r"(?i)\b(\d{1,7})\s+(?:files|documents|photos|fichiers)\b").expect("count regex")
});

/// What the review found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    pub flags: Vec<Flag>,
    /// Steps the plan takes that the task never asked for.
    pub beyond_task: Vec<String>,
    pub recommendation: Recommendation,
    /// What to send back to the assistant.
    pub safer: Vec<String>,
}

/// Verbs a task must mention for the plan to do them.
const TASK_WORDS: &[(&str, &[&str])] = &[
    ("delete", &["delete", "remove", "erase", "supprim", "effac"]),
    (
        "send",
        &[
            "send", "upload", "email", "e-mail", "share", "envoy", "partag",
        ],
    ),
    (
        "move-rename",
        &["move", "rename", "organi", "sort", "déplac", "renomm"],
    ),
    (
        "overwrite",
        &[
            "overwrite",
            "replace",
            "edit",
            "update",
            "écras",
            "remplac",
            "modifi",
        ],
    ),
    (
        "web",
        &["web", "internet", "online", "site", "search", "recherch"],
    ),
    (
        "install-run",
        &["install", "run", "execute", "script", "exécut", "lance"],
    ),
];

/// Reviews `plan`. `task` is what the person wrote at the start of the
/// session, when there is one; `workspace` is its path (mentions of it
/// are not "outside").
pub fn review(plan: &str, task: Option<&str>, workspace: Option<&str>) -> Review {
    let held = workspace.filter(|w| !w.is_empty()).map(|ws| {
        walkdir::WalkDir::new(ws)
            .follow_links(false)
            .into_iter()
            .flatten()
            .filter(|e| !e.file_type().is_dir())
            .count()
    });
    review_counted(plan, task, workspace, held)
}

/// [`review`], with the number of files the workspace holds already known
/// (the window has it, and reviews at every keystroke).
pub fn review_counted(
    plan: &str,
    task: Option<&str>,
    workspace: Option<&str>,
    held: Option<usize>,
) -> Review {
    // The workspace's own path is not outside: blank it out, same length.
    let mut scanned = plan.to_string();
    if let Some(ws) = workspace.filter(|w| !w.is_empty()) {
        scanned = scanned.replace(ws, &" ".repeat(ws.len()));
    }
    let mut flags: Vec<Flag> = Vec::new();
    for rule in COMPILED.iter() {
        for m in rule.regex.find_iter(&scanned).take(50) {
            flags.push(Flag {
                rule: rule.data.id.clone(),
                level: rule.data.level,
                range: m.range(),
                why: rule_text(&rule.data.id, "why"),
            });
        }
    }
    // "Rename the 300 files" when the workspace holds 12: the plan is about
    // something else than your files.
    if let Some(held) = held {
        for caps in COUNT.captures_iter(&scanned).take(20) {
            let Some(n) = caps.get(1).and_then(|m| m.as_str().parse::<usize>().ok()) else {
                continue;
            };
            if n > held
                && let Some(m) = caps.get(0)
            {
                flags.push(Flag {
                    rule: "count".into(),
                    level: Level::Ask,
                    range: m.range(),
                    why: crate::tr!("plan-count-why", count = n, held = held),
                });
            }
        }
    }
    flags.sort_by_key(|f| f.range.start);
    let fired: std::collections::BTreeSet<&str> = flags.iter().map(|f| f.rule.as_str()).collect();
    let beyond_task: Vec<String> = match task {
        Some(task) => {
            let task = task.to_lowercase();
            TASK_WORDS
                .iter()
                .filter(|(rule, words)| {
                    fired.contains(rule) && !words.iter().any(|w| task.contains(w))
                })
                .map(|(rule, _)| (*rule).to_string())
                .collect()
        }
        None => Vec::new(),
    };
    let worst = flags.iter().map(|f| f.level).max();
    let recommendation = match worst {
        Some(Level::Stop) => Recommendation::DoNotApprove,
        Some(Level::Ask) => Recommendation::AskForClarification,
        None if !beyond_task.is_empty() => Recommendation::AskForClarification,
        None => Recommendation::Approve,
    };
    let recommendation =
        if !beyond_task.is_empty() && recommendation == Recommendation::AskForClarification {
            // Doing what nobody asked for is not a detail.
            Recommendation::DoNotApprove
        } else {
            recommendation
        };
    let mut safer: Vec<String> = COMPILED
        .iter()
        .filter(|r| fired.contains(r.data.id.as_str()))
        .map(|r| rule_text(&r.data.id, "safer"))
        .collect();
    if fired.contains("count") {
        safer.push(crate::tr!("plan-count-safer"));
    }
    Review {
        flags,
        beyond_task,
        recommendation,
        safer,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_compiles_and_meets_its_examples() {
        let data: Vec<RuleData> = ron::from_str(RULES).unwrap();
        assert_eq!(COMPILED.len(), data.len(), "a rule did not compile");
        for rule in COMPILED.iter() {
            for hit in &rule.data.hits {
                assert!(
                    rule.regex.is_match(hit),
                    "{} should flag {hit:?}",
                    rule.data.id
                );
            }
            for miss in &rule.data.misses {
                assert!(
                    !rule.regex.is_match(miss),
                    "{} should not flag {miss:?}",
                    rule.data.id
                );
            }
        }
    }
}
