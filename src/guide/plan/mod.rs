//! Plan review: the person pastes the assistant's plan; each red flag is
//! marked in the text with one sentence of why; the plan is compared with
//! the task written at the start of the session; and it ends with a
//! recommendation and safer wording to send back.
//!
//! The red flags are concepts (deleting, places outside the workspace,
//! the web…) with words in six languages, all data: `assets/rules/plan.ron`
//! and `assets/rules/plan/<language>.ron`. Words are matched by their stem
//! ("removing" is "remove"), phrases in two parts within a clause ("move …
//! to the bin"), and "not" is heard ("nothing will be deleted"). What a
//! person reads is in the window's language, whatever the plan's.

mod count;
mod language;
mod phrase;
mod rules;
#[cfg(test)]
mod tests;
mod text;

use std::collections::BTreeSet;
use std::ops::Range;

use serde::Deserialize;

pub use count::Count;
pub use language::Language;
use rules::RULES;
use text::Words;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
pub enum Level {
    /// Ask for clarification before approving.
    Ask,
    /// Do not approve as it is.
    Stop,
}

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
    RULES
        .concepts
        .iter()
        .flat_map(|c| ["why", "safer", "name"].map(|part| format!("plan-rule-{}-{part}", c.id)))
        .collect()
}

/// One red flag, where it is in the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flag {
    /// The concept's id ("delete"), or "count".
    pub rule: String,
    pub level: Level,
    /// Byte range in the plan, to mark it.
    pub range: Range<usize>,
    /// For "count": the numbers the sentence names.
    pub count: Option<Count>,
}

impl Flag {
    /// Why it matters, in this thread's language.
    pub fn why(&self) -> String {
        match self.count {
            Some(count) => count.why(),
            None => rule_text(&self.rule, "why"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recommendation {
    Approve,
    AskForClarification,
    DoNotApprove,
}

impl Recommendation {
    /// The recommendation, in any language.
    pub fn message(self) -> crate::i18n::Msg {
        crate::i18n::Msg::new(match self {
            Recommendation::Approve => "plan-approve",
            Recommendation::AskForClarification => "plan-ask",
            Recommendation::DoNotApprove => "plan-do-not-approve",
        })
    }

    pub fn sentence(self) -> String {
        match self {
            Recommendation::Approve => crate::tr!("plan-approve"),
            Recommendation::AskForClarification => crate::tr!("plan-ask"),
            Recommendation::DoNotApprove => crate::tr!("plan-do-not-approve"),
        }
    }
}

/// What the review found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Review {
    pub flags: Vec<Flag>,
    /// Steps the plan takes that the task never asked for.
    pub beyond_task: Vec<String>,
    pub recommendation: Recommendation,
}

impl Review {
    /// What to send back to the assistant, in this thread's language.
    pub fn safer(&self) -> Vec<String> {
        let fired: BTreeSet<&str> = self.flags.iter().map(|f| f.rule.as_str()).collect();
        let mut safer: Vec<String> = RULES
            .concepts
            .iter()
            .filter(|c| fired.contains(c.id.as_str()))
            .map(|c| rule_text(&c.id, "safer"))
            .collect();
        if fired.contains(count::RULE) {
            safer.push(crate::tr!("plan-count-safer"));
        }
        safer
    }
}

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
    let scanned = blank_workspace(plan, workspace);
    let words = Words::new(&scanned);
    let languages = languages_of(&words);
    let mut flags = find_concepts(&scanned, &words, &languages);
    let task_words = task.map(Words::new);
    let asked = task_words.as_ref().and_then(|w| {
        let languages = languages_of(w);
        count::largest(w, &languages)
    });
    flags.extend(count::flags(&words, &languages, held, asked));
    flags.sort_by_key(|f| (f.range.start, f.range.end));
    let fired: BTreeSet<&str> = flags.iter().map(|f| f.rule.as_str()).collect();
    let beyond_task: Vec<String> = match (task, &task_words) {
        (Some(task), Some(task_words)) => {
            let languages = languages_of(task_words);
            RULES
                .concepts
                .iter()
                .filter(|c| c.compare_with_task && fired.contains(c.id.as_str()))
                .filter(|c| !asks_for(c, task, task_words, &languages))
                .map(|c| c.id.clone())
                .collect()
        }
        _ => Vec::new(),
    };
    let worst = flags.iter().map(|f| f.level).max();
    let recommendation = match worst {
        Some(Level::Stop) => Recommendation::DoNotApprove,
        // Doing what nobody asked for is not a detail.
        _ if !beyond_task.is_empty() => Recommendation::DoNotApprove,
        Some(Level::Ask) => Recommendation::AskForClarification,
        None => Recommendation::Approve,
    };
    Review {
        flags,
        beyond_task,
        recommendation,
    }
}

/// The plan with the workspace's own path blanked out, same length, so
/// that it is not "outside": as written, and as "~/…" when it is in the
/// home folder.
fn blank_workspace(plan: &str, workspace: Option<&str>) -> String {
    let mut scanned = plan.to_string();
    let Some(ws) = workspace.filter(|w| !w.is_empty()) else {
        return scanned;
    };
    let ws = ws.trim_end_matches(['/', '\\']);
    let mut forms = vec![ws.to_string()];
    if let Some(home) = std::env::home_dir()
        && let Ok(rest) = std::path::Path::new(ws).strip_prefix(&home)
        && !rest.as_os_str().is_empty()
    {
        forms.push(format!("~/{}", rest.display()));
    }
    for form in forms {
        scanned = scanned.replace(&form, &" ".repeat(form.len()));
    }
    scanned
}

/// The languages the text is read in, told by its common short words.
fn languages_of(words: &Words) -> Vec<Language> {
    let plain: Vec<&str> = words.tokens.iter().map(|t| t.plain.as_str()).collect();
    language::detect(&plain, |language, word| {
        RULES
            .language(language)
            .is_some_and(|rules| rules.is_stop_word(word))
    })
}

/// The words a byte range of the text covers (at least the next word),
/// to hear a "not" before a path or an address.
fn words_at(words: &Words, bytes: &Range<usize>) -> Range<usize> {
    let first = words
        .tokens
        .iter()
        .position(|t| t.range.end > bytes.start)
        .unwrap_or(words.tokens.len());
    let end = words
        .tokens
        .iter()
        .position(|t| t.range.start >= bytes.end)
        .unwrap_or(words.tokens.len())
        .max(first + 1)
        .min(words.tokens.len());
    first..end
}

fn bytes_of(words: &Words, span: &Range<usize>) -> Option<Range<usize>> {
    let first = words.tokens.get(span.start)?;
    let last = words.tokens.get(span.end.checked_sub(1)?)?;
    Some(first.range.start..last.range.end)
}

/// Where each concept is in the text, in the languages it is read in.
fn find_concepts(text: &str, words: &Words, languages: &[Language]) -> Vec<Flag> {
    let negated = |span: &Range<usize>| {
        languages.iter().any(|&l| {
            RULES
                .language(l)
                .is_some_and(|rules| rules.negation.negates(words, span))
        })
    };
    let mut found: Vec<(usize, Vec<Range<usize>>)> = Vec::new();
    for (index, concept) in RULES.concepts.iter().enumerate() {
        let mut ranges: Vec<Range<usize>> = Vec::new();
        for regex in &concept.patterns {
            for m in regex.find_iter(text).take(50) {
                // A pattern may take the space or quote before a path to
                // know where it starts; the mark starts at the path.
                let skipped = m.as_str().len() - m.as_str().trim_start_matches(LEADING).len();
                let range = m.start() + skipped..m.end();
                if !range.is_empty() && !negated(&words_at(words, &range)) {
                    ranges.push(range);
                }
            }
        }
        for &language in languages {
            let Some(rules) = RULES.language(language) else {
                continue;
            };
            let Some(phrases) = rules.concepts.get(&concept.id) else {
                continue;
            };
            let except: Vec<Range<usize>> = phrases
                .except
                .iter()
                .flat_map(|p| p.find(words, language))
                .collect();
            for phrase in &phrases.words {
                for span in phrase.find(words, language).into_iter().take(50) {
                    let excepted = except
                        .iter()
                        .any(|e| e.start <= span.start && span.end <= e.end);
                    if excepted || rules.negation.negates(words, &span) {
                        continue;
                    }
                    ranges.extend(bytes_of(words, &span));
                }
            }
        }
        found.push((index, ranges));
    }
    let mut flags = Vec::new();
    for (index, ranges) in &found {
        let Some(concept) = RULES.concepts.get(*index) else {
            continue;
        };
        let better: Vec<&Range<usize>> = found
            .iter()
            .filter(|(other, _)| {
                RULES
                    .concepts
                    .get(*other)
                    .is_some_and(|o| concept.yields_to.contains(&o.id))
            })
            .flat_map(|(_, ranges)| ranges)
            .collect();
        let kept: Vec<Range<usize>> = ranges
            .iter()
            .filter(|r| !better.iter().any(|b| b.start < r.end && r.start < b.end))
            .cloned()
            .collect();
        for range in merge(kept) {
            flags.push(Flag {
                rule: concept.id.clone(),
                level: concept.level,
                range,
                count: None,
            });
        }
    }
    flags
}

/// What a pattern may match before the path it is about.
const LEADING: &[char] = &[' ', '\t', '\n', '\r', '"', '\'', '(', '`'];

/// Overlapping or touching ranges as one: "~/" and "Documents" are one
/// place.
fn merge(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::new();
    for range in ranges {
        match merged.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
            _ => merged.push(range),
        }
    }
    merged
}

/// Whether the person's task asks for what the concept does: its own
/// words, or its `asked_by` words, said and not negated.
fn asks_for(concept: &rules::Concept, task: &str, words: &Words, languages: &[Language]) -> bool {
    if concept.patterns.iter().any(|p| p.is_match(task)) {
        return true;
    }
    languages.iter().any(|&language| {
        let Some(rules) = RULES.language(language) else {
            return false;
        };
        let Some(phrases) = rules.concepts.get(&concept.id) else {
            return false;
        };
        phrases
            .words
            .iter()
            .chain(&phrases.asked_by)
            .flat_map(|p| p.find(words, language))
            .any(|span| !rules.negation.negates(words, &span))
    })
}
