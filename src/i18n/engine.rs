//! The inspection engine's sentences in the person's language.
//!
//! The engine writes its findings in English: they are also read by tools
//! (`airlock scan --json`), kept in the scan cache and in the audit trail.
//! The window shows them through [`text`], which finds the sentence's
//! template in `assets/i18n/<lang>/engine.ron` and fills it in, the parts
//! in `{}` translated in turn. A sentence with no template is shown as the
//! engine wrote it, and logged once.

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};

use regex::{Regex, RegexSet};

use super::Lang;

const FRENCH: &str = include_str!("../../assets/i18n/fr/engine.ron");

/// One language's templates, longest English first so that the most
/// specific one wins when several match.
struct Table {
    set: RegexSet,
    patterns: Vec<Regex>,
    targets: Vec<String>,
}

fn pairs(source: &str) -> Vec<(String, String)> {
    ron::from_str(source).unwrap_or_else(|err| {
        log::error!("engine sentences unreadable: {err}");
        Vec::new()
    })
}

fn pattern_of(english: &str) -> String {
    let parts: Vec<String> = english.split("{}").map(regex::escape).collect();
    format!("(?s)^{}$", parts.join("(.+?)"))
}

fn build(source: &str) -> Table {
    let mut pairs = pairs(source);
    pairs.sort_by_key(|(en, _)| std::cmp::Reverse(en.replace("{}", "").len()));
    let mut patterns = Vec::new();
    let mut targets = Vec::new();
    for (en, other) in pairs {
        match Regex::new(&pattern_of(&en)) {
            Ok(regex) => {
                patterns.push(regex);
                targets.push(other);
            }
            Err(err) => log::error!("engine sentence {en:?}: {err}"),
        }
    }
    let set = RegexSet::new(patterns.iter().map(Regex::as_str)).unwrap_or_else(|err| {
        log::error!("engine sentences: {err}");
        RegexSet::empty()
    });
    Table {
        set,
        patterns,
        targets,
    }
}

static FRENCH_TABLE: LazyLock<Table> = LazyLock::new(|| build(FRENCH));
static MEMO: LazyLock<Mutex<HashMap<String, String>>> = LazyLock::new(Mutex::default);

/// `english` (a finding's sentence or place) in this thread's language.
pub fn text(english: &str) -> String {
    match super::lang() {
        Lang::En => english.to_string(),
        Lang::Fr => {
            if let Ok(memo) = MEMO.lock()
                && let Some(done) = memo.get(english)
            {
                return done.clone();
            }
            let done = translate(&FRENCH_TABLE, english, 0).unwrap_or_else(|| {
                log::info!("no French for the engine's {english:?}");
                english.to_string()
            });
            if let Ok(mut memo) = MEMO.lock() {
                if memo.len() > 10_000 {
                    memo.clear();
                }
                memo.insert(english.to_string(), done.clone());
            }
            done
        }
    }
}

/// Whether `english` has a French template (tests).
pub fn has_french(english: &str) -> bool {
    translate(&FRENCH_TABLE, english, 0).is_some()
}

fn translate(table: &Table, english: &str, depth: usize) -> Option<String> {
    let index = table.set.matches(english).iter().next()?;
    let caps = table.patterns[index].captures(english)?;
    let mut out = String::new();
    let mut pieces = table.targets[index].split("{}");
    out.push_str(pieces.next().unwrap_or_default());
    for (n, piece) in pieces.enumerate() {
        let part = caps.get(n + 1).map_or("", |m| m.as_str());
        // Parts are translated when they are sentences of their own
        // ("German", "a Windows program"), kept otherwise (names).
        let part = if depth < 3 {
            translate(table, part, depth + 1).unwrap_or_else(|| part.to_string())
        } else {
            part.to_string()
        };
        out.push_str(&part);
        out.push_str(piece);
    }
    Some(out)
}

/// Templates whose two sides do not have the same number of `{}`, or
/// that do not compile (a test keeps this empty).
pub fn catalog_errors() -> Vec<String> {
    let mut found = Vec::new();
    let all = pairs(FRENCH);
    if all.is_empty() {
        found.push("fr/engine.ron is empty or unreadable".to_string());
    }
    for (en, fr) in all {
        if en.matches("{}").count() != fr.matches("{}").count() {
            found.push(format!("{en:?}: not the same {{}} in French"));
        }
        if Regex::new(&pattern_of(&en)).is_err() {
            found.push(format!("{en:?}: does not compile"));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_fill_in_and_translate_their_parts() {
        let table = build(FRENCH);
        assert_eq!(
            translate(
                &table,
                "Tells the assistant to ignore its instructions (German).",
                0
            )
            .as_deref(),
            Some("Demande à l'assistant d'ignorer ses instructions (en allemand).")
        );
        assert_eq!(
            translate(&table, "inside “report.docx”, line 4", 0).as_deref(),
            Some("dans « report.docx », ligne 4")
        );
        assert_eq!(
            translate(&table, "The sheet “Secret” is hidden.", 0).as_deref(),
            Some("La feuille « Secret » est masquée.")
        );
        assert_eq!(translate(&table, "word/document.xml", 0), None);
    }

    #[test]
    fn english_stays_as_the_engine_wrote_it() {
        super::super::set_lang(Lang::En);
        assert_eq!(text("line 3"), "line 3");
        super::super::set_lang(Lang::Fr);
        assert_eq!(text("line 3"), "ligne 3");
        assert_eq!(text("word/document.xml"), "word/document.xml");
        super::super::set_lang(Lang::En);
    }
}
