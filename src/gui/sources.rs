//! The window's actions on sources and private data: trusting a source,
//! and making a redacted copy (checked again) before the original goes to
//! the quarantine.

use crate::explain::Explain;
use crate::tr;
use std::path::PathBuf;

use super::backup_job::Then;
use super::jobs::{Job, Poll};
use super::style::Tone;
use super::{Action, AirlockApp, Notice};
use crate::audit::Actor;
use crate::redact::{self, Mode};

impl AirlockApp {
    pub fn is_redacting(&self) -> bool {
        self.redacting.is_some()
    }

    /// The source and redaction actions; `true` when `action` was one.
    pub(super) fn apply_source_action(&mut self, action: &Action, ctx: &egui::Context) -> bool {
        match action {
            Action::SetTrust { rel, trusted } => self.set_trust(rel, *trusted),
            Action::VouchForUnknownFiles => self.vouch_for_unknown_files(),
            Action::RedactFile { rel, pseudonyms } => self.redact(rel, Some(*pseudonyms), ctx),
            Action::SafeTextCopy(rel) => self.redact(rel, None, ctx),
            _ => return false,
        }
        true
    }

    fn vouch_for_unknown_files(&mut self) {
        let Some(root) = self.settings.workspace.clone() else {
            return;
        };
        match self.model.vouch_for(&root, "") {
            Ok(count) => {
                self.note(
                    "source.vouched",
                    Actor::Person,
                    crate::msg!("audit-vouched", count = count),
                    serde_json::json!({ "count": count }),
                );
                self.notify(Tone::Info, &tr!("source-vouched", count = count));
            }
            Err(err) => {
                log::warn!("vouch: {err}");
                self.notify(Tone::Bad, &tr!("source-save-failed"));
            }
        }
    }

    fn set_trust(&mut self, rel: &str, trusted: bool) {
        let source = self.model.source_of(rel);
        if let Err(err) = self.model.set_trust(&source, trusted) {
            log::warn!("trust: {err}");
            self.notify(Tone::Bad, &tr!("source-save-failed"));
            return;
        }
        self.note(
            "source.trust",
            Actor::Person,
            if trusted {
                crate::msg!("audit-source-trusted", source = source.message())
            } else {
                crate::msg!("audit-source-not-trusted", source = source.message())
            },
            serde_json::json!({ "source": source.key(), "trusted": trusted }),
        );
        self.notify(
            Tone::Info,
            &if trusted {
                tr!("source-now-trusted", source = source.describe())
            } else {
                tr!("source-now-not-trusted", source = source.describe())
            },
        );
    }

    /// A redacted copy (`Some(pseudonyms)`) or a visible-text copy (`None`).
    fn redact(&mut self, rel: &str, pseudonyms: Option<bool>, ctx: &egui::Context) {
        let Some(root) = self.settings.workspace.clone() else {
            return;
        };
        if self.redacting.is_some() {
            return;
        }
        let rel = rel.to_string();
        match Job::spawn("redact", ctx, move || {
            let (source, dir) = (root.join(&rel), root.join("input"));
            let made = match pseudonyms {
                Some(true) => redact::redact_file(&source, &dir, None, Mode::Pseudonyms),
                Some(false) => redact::redact_file(&source, &dir, None, Mode::Placeholders),
                None => redact::visible_text_copy(&source, &dir),
            };
            made.map(|copy| (rel, copy)).map_err(|e| e.sentence())
        }) {
            Ok(job) => self.redacting = Some(job),
            Err(err) => log::warn!("redact: {err}"),
        }
    }

    pub(super) fn poll_redact(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.redacting else {
            return;
        };
        let result = match job.poll() {
            Poll::Pending => return,
            Poll::Done(result) => result,
            Poll::Lost => Err(tr!("copy-lost")),
        };
        self.redacting = None;
        let (rel, copy) = match result {
            Ok(done) => done,
            Err(sentence) => {
                self.notify(Tone::Bad, &sentence);
                return;
            }
        };
        let copy_rel = self
            .settings
            .workspace
            .as_ref()
            .and_then(|root| copy.path.strip_prefix(root).ok())
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_else(|| copy.path.display().to_string());
        // The copy comes from where the original came from.
        if let Err(err) = self.model.derived(&copy_rel, &rel, &copy.path) {
            log::warn!("provenance of {copy_rel}: {err}");
        }
        self.expect_own_changes(&[PathBuf::from(&copy_rel), PathBuf::from(&rel)]);
        self.note(
            "file.redacted",
            Actor::Person,
            crate::msg!(
                "audit-redacted",
                copy = &copy_rel,
                replaced = copy.summary_message(),
                name = &rel
            ),
            serde_json::json!({ "from": rel, "copy": copy_rel, "replaced": copy.summary_message().render(crate::i18n::Lang::En) }),
        );
        self.selected = Some(copy_rel.clone());
        self.last_redaction = Some(super::source_view::Redaction::new(
            copy_rel.clone(),
            rel.clone(),
            copy.clone(),
        ));
        let text = if copy.replaced.is_empty() {
            tr!("copy-made-plain", copy = &copy_rel, name = &rel)
        } else {
            tr!(
                "copy-made-redacted",
                copy = &copy_rel,
                replaced = copy.summary(),
                name = &rel
            )
        };
        self.notice = Some(Notice {
            tone: Tone::Good,
            text,
            offer: None,
        });
        // Destructive for the workspace: a backup first, as always.
        self.back_up(
            crate::backup::Reason::BeforeQuarantine,
            Then::Quarantine(rel),
            ctx,
        );
        self.start_scan(ctx);
    }
}
