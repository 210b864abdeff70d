//! `airlock plan-check`: the assistant's plan with its red flags marked
//! [[like this]], why each matters, a recommendation and safer wording,
//! in the system's language or `--lang`'s, whatever the plan's.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::{CliResult, Env, load_settings};
use crate::guide::plan::{self, Recommendation};
use crate::i18n::{self, Lang};
use crate::tr;

/// The languages `--lang` accepts.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum LangChoice {
    En,
    Fr,
}

impl From<LangChoice> for Lang {
    fn from(choice: LangChoice) -> Lang {
        match choice {
            LangChoice::En => Lang::En,
            LangChoice::Fr => Lang::Fr,
        }
    }
}

/// A plan is a few paragraphs an assistant wrote: more than this is not
/// a plan, and an endless stream must not fill the memory.
const MAX_PLAN_BYTES: u64 = 1024 * 1024;

fn read_plan(file: Option<&Path>) -> Result<String, String> {
    let read = match file {
        Some(path) if path != Path::new("-") => {
            let file = std::fs::File::open(path).map_err(|e| {
                tr!(
                    "plan-cli-unreadable",
                    path = path.display().to_string(),
                    error = e.to_string()
                )
            })?;
            read_at_most(file).map_err(|e| {
                tr!(
                    "plan-cli-unreadable",
                    path = path.display().to_string(),
                    error = e.to_string()
                )
            })
        }
        _ => read_at_most(std::io::stdin())
            .map_err(|e| tr!("plan-cli-unreadable-stdin", error = e.to_string())),
    };
    match read? {
        Some(text) => Ok(text),
        None => Err(tr!(
            "plan-cli-too-long",
            limit = crate::workspace::status::human_size(MAX_PLAN_BYTES)
        )),
    }
}

/// The text `reader` gives, or `None` when it goes on past the limit.
fn read_at_most(reader: impl Read) -> std::io::Result<Option<String>> {
    let mut bytes = Vec::new();
    reader.take(MAX_PLAN_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_PLAN_BYTES {
        return Ok(None);
    }
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
}

/// The plan with each flag marked [[like this]].
fn marked(text: &str, review: &plan::Review) -> String {
    let mut marked = String::new();
    let mut at = 0;
    for flag in &review.flags {
        if flag.range.start < at {
            continue;
        }
        marked.push_str(&text[at..flag.range.start]);
        marked.push_str("[[");
        marked.push_str(&text[flag.range.clone()]);
        marked.push_str("]]");
        at = flag.range.end;
    }
    marked.push_str(&text[at..]);
    marked
}

pub fn plan_check(
    file: Option<PathBuf>,
    lang: Option<LangChoice>,
    env: &Env,
    out: &mut impl Write,
) -> CliResult {
    i18n::set_lang(lang.map_or_else(i18n::system_lang, Lang::from));
    let text = read_plan(file.as_deref())?;
    if text.trim().is_empty() {
        return Err(tr!("plan-cli-empty"));
    }
    let settings = load_settings(&env.home);
    let task = crate::session::SessionStore::in_dir(env.home.data_dir())
        .current()
        .map(|s| s.task);
    let workspace = settings.workspace.as_ref().map(|w| w.display().to_string());
    let review = plan::review(&text, task.as_deref(), workspace.as_deref());
    let _ = writeln!(out, "{}", marked(&text, &review).trim_end());
    let _ = writeln!(out);
    let mut seen = std::collections::BTreeSet::new();
    for flag in &review.flags {
        if seen.insert(flag.rule.clone()) {
            let quote = text[flag.range.clone()].trim();
            let _ = writeln!(
                out,
                "! {}",
                tr!("plan-flag", quote = quote, why = flag.why())
            );
        }
    }
    if let Some(task) = &task {
        for step in &review.beyond_task {
            let _ = writeln!(
                out,
                "! {} {}",
                tr!("plan-beyond-task", step = plan::rule_name(step)),
                tr!("plan-your-task", task = task)
            );
        }
    }
    let _ = writeln!(out, "{}", review.recommendation.sentence());
    let safer = review.safer();
    if !safer.is_empty() {
        let _ = writeln!(out, "{}", tr!("plan-cli-safer"));
        for line in &safer {
            let _ = writeln!(out, "  {line}");
        }
    }
    env.note_message(
        "plan.checked",
        &crate::msg!(
            "audit-plan-checked",
            recommendation = review.recommendation.message()
        ),
        serde_json::json!({ "flags": review.flags.len(), "beyond_task": review.beyond_task }),
    );
    Ok(ExitCode::from(match review.recommendation {
        Recommendation::Approve => 0,
        Recommendation::AskForClarification => 1,
        Recommendation::DoNotApprove => 2,
    }))
}
