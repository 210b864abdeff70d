//! What a scan says about a file: findings with a category, a severity,
//! a plain message, the evidence and where it was found; and the file's
//! verdict, which is its worst finding.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::i18n::{Arg, Msg};
use crate::msg;

/// The stable finding categories (the ids of the evaluation set).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    PromptInjection,
    HiddenContent,
    Macro,
    ActiveContent,
    FormatMismatch,
    SuspiciousFilename,
    SensitiveData,
    Unreadable,
    /// Not from the engine: added for workspace files whose source is
    /// unknown or not trusted (see `provenance`).
    UntrustedSource,
}

impl Category {
    pub fn id(self) -> &'static str {
        match self {
            Category::PromptInjection => "prompt-injection",
            Category::HiddenContent => "hidden-content",
            Category::Macro => "macro",
            Category::ActiveContent => "active-content",
            Category::FormatMismatch => "format-mismatch",
            Category::SuspiciousFilename => "suspicious-filename",
            Category::SensitiveData => "sensitive-data",
            Category::Unreadable => "unreadable",
            Category::UntrustedSource => "untrusted-source",
        }
    }

    /// A short name for people.
    pub fn title(self) -> String {
        crate::i18n::tr(&format!("category-{}-title", self.id()))
    }

    /// Why it matters, in one sentence.
    pub fn why(self) -> String {
        crate::i18n::tr(&format!("category-{}-why", self.id()))
    }

    /// What to do, in one sentence.
    pub fn todo(self) -> String {
        crate::i18n::tr(&format!("category-{}-todo", self.id()))
    }

    pub const ALL: [Category; 9] = [
        Category::PromptInjection,
        Category::HiddenContent,
        Category::Macro,
        Category::ActiveContent,
        Category::FormatMismatch,
        Category::SuspiciousFilename,
        Category::SensitiveData,
        Category::Unreadable,
        Category::UntrustedSource,
    ];
}

/// How much a finding matters. `Info` is worth showing but does not change
/// the verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Review,
    Danger,
}

/// A file's verdict: its worst finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Safe,
    Review,
    Danger,
}

impl Verdict {
    pub fn of(findings: &[Finding]) -> Verdict {
        findings
            .iter()
            .map(|f| match f.severity {
                Severity::Info => Verdict::Safe,
                Severity::Review => Verdict::Review,
                Severity::Danger => Verdict::Danger,
            })
            .max()
            .unwrap_or(Verdict::Safe)
    }

    pub fn word(self) -> String {
        match self {
            Verdict::Safe => crate::tr!("verdict-safe"),
            Verdict::Review => crate::tr!("verdict-review"),
            Verdict::Danger => crate::tr!("verdict-danger"),
        }
    }
}

/// One thing Airlock found in a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "FindingRecord", from = "FindingRecord")]
pub struct Finding {
    pub category: Category,
    pub severity: Severity,
    /// Airlock's own sentence: never text from inside the file.
    pub message: Msg,
    /// The offending text from the file, invisible characters made
    /// visible and secrets masked.
    pub evidence: Option<String>,
    /// Where: "line 12", "page 2", "file name"…
    pub location: Option<Msg>,
    /// The rule that fired, for people who maintain the rules.
    pub rule: Option<String>,
}

/// A finding as reports and the cache keep it: the message's id and
/// arguments, and the English sentences beside them for tools and people
/// who read the JSON.
#[derive(Serialize, Deserialize)]
struct FindingRecord {
    category: Category,
    severity: Severity,
    id: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    args: BTreeMap<String, Arg>,
    #[serde(default)]
    message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    evidence: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    location: Option<String>,
    #[serde(default, rename = "where", skip_serializing_if = "Option::is_none")]
    place: Option<Msg>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    rule: Option<String>,
}

impl From<Finding> for FindingRecord {
    fn from(finding: Finding) -> Self {
        Self {
            category: finding.category,
            severity: finding.severity,
            message: finding.message.english(),
            id: finding.message.id,
            args: finding.message.args,
            evidence: finding.evidence,
            location: finding.location.as_ref().map(Msg::english),
            place: finding.location,
            rule: finding.rule,
        }
    }
}

impl From<FindingRecord> for Finding {
    fn from(record: FindingRecord) -> Self {
        Self {
            category: record.category,
            severity: record.severity,
            message: Msg {
                id: record.id,
                args: record.args,
            },
            evidence: record.evidence,
            location: record.place.or(record.location.map(Msg::plain)),
            rule: record.rule,
        }
    }
}

impl Finding {
    pub fn new(category: Category, severity: Severity, message: Msg) -> Self {
        Self {
            category,
            severity,
            message,
            evidence: None,
            location: None,
            rule: None,
        }
    }

    pub fn with_evidence(mut self, evidence: impl Into<String>) -> Self {
        self.evidence = Some(evidence.into());
        self
    }

    pub fn at(mut self, location: Msg) -> Self {
        self.location = Some(location);
        self
    }

    /// The finding's sentence in the person's language.
    pub fn text(&self) -> String {
        self.message.text()
    }

    /// Where it was found, in the person's language.
    pub fn place(&self) -> Option<String> {
        self.location.as_ref().map(Msg::text)
    }

    /// A workbook sheet kept out of sight; "very hidden" ones cannot be
    /// shown from Excel's menus at all.
    pub fn hidden_sheet(name: &str, very: bool) -> Self {
        let message = if very {
            msg!("finding-sheet-very-hidden", name = name)
        } else {
            msg!("finding-sheet-hidden", name = name)
        };
        Finding::new(Category::HiddenContent, Severity::Review, message)
    }

    /// A workbook's external link that starts another program (DDE):
    /// `server` is the program, `topic` what it is given.
    pub fn dde_link(server: &str, topic: &str) -> Self {
        Finding::new(
            Category::ActiveContent,
            Severity::Danger,
            msg!("finding-dde-link"),
        )
        .with_evidence(crate::scan::text::make_visible(&format!(
            "{server} {topic}"
        )))
    }

    pub fn by_rule(mut self, rule: impl Into<String>) -> Self {
        self.rule = Some(rule.into());
        self
    }

    /// A file locked by a password: Airlock cannot vouch for its content.
    pub fn password_protected() -> Self {
        Self::unreadable(msg!("finding-password"))
    }

    /// The "could not be checked" finding: never safe.
    pub fn unreadable(message: Msg) -> Self {
        Self::new(Category::Unreadable, Severity::Review, message)
    }
}

/// The scan of one file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileReport {
    /// Relative to the scanned folder, with `/` separators.
    pub path: String,
    pub verdict: Verdict,
    pub findings: Vec<Finding>,
    #[serde(default)]
    pub size: u64,
    /// blake3 of the content, when it was read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hash: Option<String>,
    /// The start of what a person sees in the file, kept when something
    /// in it is hidden, so the two can be shown side by side.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preview: Option<String>,
}

impl FileReport {
    pub fn new(path: String, size: u64, hash: Option<String>, mut findings: Vec<Finding>) -> Self {
        findings.sort_by(|a, b| {
            b.severity
                .cmp(&a.severity)
                .then(a.category.cmp(&b.category))
        });
        Self {
            path,
            verdict: Verdict::of(&findings),
            findings,
            size,
            hash,
            preview: None,
        }
    }

    /// Adds a finding from outside the engine (a file's source) and
    /// settles the verdict again.
    pub fn add_finding(&mut self, finding: Finding) {
        self.findings.push(finding);
        self.findings.sort_by(|a, b| {
            b.severity
                .cmp(&a.severity)
                .then(a.category.cmp(&b.category))
        });
        self.verdict = Verdict::of(&self.findings);
    }

    /// The finding that decided the verdict.
    pub fn main_finding(&self) -> Option<&Finding> {
        self.findings
            .first()
            .filter(|f| f.severity > Severity::Info)
    }
}

/// The scan of a folder: what `airlock scan --json` prints.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScanReport {
    pub root: String,
    pub files: Vec<FileReport>,
}

impl ScanReport {
    pub fn worst(&self) -> Verdict {
        self.files
            .iter()
            .map(|f| f.verdict)
            .max()
            .unwrap_or(Verdict::Safe)
    }

    pub fn count(&self, verdict: Verdict) -> usize {
        self.files.iter().filter(|f| f.verdict == verdict).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verdict_is_the_worst_finding() {
        assert_eq!(Verdict::of(&[]), Verdict::Safe);
        let info = Finding::new(Category::HiddenContent, Severity::Info, Msg::plain("x"));
        assert_eq!(Verdict::of(std::slice::from_ref(&info)), Verdict::Safe);
        let review = Finding::unreadable(Msg::plain("x"));
        let danger = Finding::new(Category::Macro, Severity::Danger, Msg::plain("x"));
        assert_eq!(Verdict::of(&[info, review.clone()]), Verdict::Review);
        assert_eq!(Verdict::of(&[review, danger]), Verdict::Danger);
    }

    #[test]
    fn categories_serialise_to_the_eval_ids() {
        let json = serde_json::to_string(&Category::PromptInjection).unwrap();
        assert_eq!(json, "\"prompt-injection\"");
        assert_eq!(Category::SensitiveData.id(), "sensitive-data");
    }
}
