//! "Rename the 300 files" when the workspace holds 12, or when the task
//! was about three invoices: the plan is about more than your files.

use std::ops::Range;

use super::language::Language;
use super::rules::RULES;
use super::text::Words;
use super::{Flag, Level};

/// The flag's rule id.
pub const RULE: &str = "count";

/// How many words may stand between a number and what it counts: "the
/// 250 scanned PDF files".
const REACH: usize = 3;

/// The numbers a "count" flag names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    /// More than the workspace holds.
    Held { said: usize, held: usize },
    /// More than the person's task names.
    Asked { said: usize, asked: usize },
}

impl Count {
    pub fn why(self) -> String {
        match self {
            Count::Held { said, held } => crate::tr!("plan-count-why", count = said, held = held),
            Count::Asked { said, asked } => {
                crate::tr!("plan-count-task-why", count = said, asked = asked)
            }
        }
    }
}

/// Every "N files" in the text: the number and the words it spans.
fn counts(words: &Words, languages: &[Language]) -> Vec<(usize, Range<usize>)> {
    let mut found: Vec<(usize, Range<usize>)> = Vec::new();
    for &language in languages {
        let Some(rules) = RULES.language(language) else {
            continue;
        };
        let Some(countable) = &rules.countable else {
            continue;
        };
        let things = countable.find(words, language);
        for (at, token) in words.tokens.iter().enumerate() {
            let Some(n) = rules.number(&token.plain) else {
                continue;
            };
            // "the 2025 invoices" is a year, not a count.
            if token.is_number && (1900..=2100).contains(&n) {
                continue;
            }
            let counted = things.iter().find(|t| {
                t.start > at
                    && t.start <= at + REACH
                    && words
                        .tokens
                        .get(t.start)
                        .is_some_and(|w| w.clause == token.clause)
            });
            if let Some(thing) = counted
                && !found.iter().any(|(_, span)| span.start == at)
            {
                found.push((n, at..thing.end));
            }
        }
    }
    found
}

/// The largest count in the text (the person's task: "the three invoices").
pub fn largest(words: &Words, languages: &[Language]) -> Option<usize> {
    counts(words, languages).into_iter().map(|(n, _)| n).max()
}

/// A flag for each count above what the task names or the workspace holds.
pub fn flags(
    words: &Words,
    languages: &[Language],
    held: Option<usize>,
    asked: Option<usize>,
) -> Vec<Flag> {
    counts(words, languages)
        .into_iter()
        .take(20)
        .filter_map(|(said, span)| {
            let count = match (asked, held) {
                (Some(asked), _) if said > asked => Count::Asked { said, asked },
                (_, Some(held)) if said > held => Count::Held { said, held },
                _ => return None,
            };
            let first = words.tokens.get(span.start)?;
            let last = words.tokens.get(span.end.checked_sub(1)?)?;
            Some(Flag {
                rule: RULE.into(),
                level: Level::Ask,
                range: first.range.start..last.range.end,
                count: Some(count),
            })
        })
        .collect()
}
