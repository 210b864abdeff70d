//! `airlock add`, `airlock redact` and `airlock provenance`.

use crate::explain::Explain;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

use super::{CliResult, Env, load_settings};
use crate::redact::{self, Mode};
use crate::workspace::provenance::{Provenance, Trust};

pub fn add(files: &[PathBuf], env: &Env, out: &mut impl Write) -> CliResult {
    let root = env.workspace_for_writing()?;
    let mut refused = 0;
    for item in crate::workspace::intake::add_and_record(&root, env.home.data_dir(), files) {
        match item {
            crate::workspace::intake::Added::Copied { from, rel, .. } => {
                let source = Provenance::load(env.home.data_dir()).source_of(&rel);
                let from = crate::fsutil::display_path(&from);
                let _ = writeln!(out, "added  {rel}  ({}, from {from})", source.describe(),);
                env.note(
                    "file.added",
                    &format!("{rel} copied into input/ ({})", source.describe()),
                    serde_json::json!({ "path": rel, "from": from }),
                );
            }
            crate::workspace::intake::Added::Refused { from, why } => {
                refused += 1;
                let _ = writeln!(
                    out,
                    "NOT ADDED  {}  {why}",
                    crate::fsutil::display_path(&from)
                );
            }
        }
    }
    let _ = writeln!(out, "Check them with: airlock scan");
    if refused > 0 {
        Err(format!("{refused} file(s) were not added (listed above)."))
    } else {
        Ok(ExitCode::SUCCESS)
    }
}

pub fn redact(
    file: &Path,
    pseudonyms: bool,
    dest: Option<PathBuf>,
    env: &Env,
    out: &mut impl Write,
) -> CliResult {
    let mode = if pseudonyms {
        Mode::Pseudonyms
    } else {
        Mode::Placeholders
    };
    let file = std::path::absolute(file).unwrap_or(file.to_path_buf());
    let root = load_settings(&env.home).workspace;
    let inside = root.as_ref().and_then(|r| {
        file.strip_prefix(r)
            .ok()
            .map(|rel| (r.clone(), rel.to_path_buf()))
    });
    let dir = match (&inside, &dest) {
        (Some((root, _)), None) => root.join("input"),
        _ => file.parent().map(Path::to_path_buf).unwrap_or_default(),
    };
    if let (Some((root, _)), None) = (&inside, &dest) {
        env.check_writable(root)?;
    }
    let copy = redact::redact_file(&file, &dir, dest.as_deref(), mode).map_err(|e| e.sentence())?;
    let _ = writeln!(
        out,
        "Wrote {} ({} replaced{}).",
        copy.path.display(),
        copy.summary(),
        if copy.as_text {
            "; the copy is the file's visible text"
        } else {
            ""
        }
    );
    env.note(
        "file.redacted",
        &format!(
            "Redacted copy {} of {}",
            copy.path.display(),
            file.display()
        ),
        serde_json::json!({
            "from": crate::fsutil::display_path(&file),
            "copy": crate::fsutil::display_path(&copy.path),
            "replaced": copy.summary(),
        }),
    );
    // A file of the workspace: the original leaves for the quarantine,
    // after a backup.
    if let (Some((root, rel)), None) = (inside, dest) {
        let rel = rel.to_string_lossy().into_owned();
        let store = env.backups();
        let taken = crate::backup::take(
            &store,
            &root,
            &crate::backup::TakeOptions {
                reason: crate::backup::Reason::BeforeQuarantine,
                session: None,
                keep: None,
            },
            &AtomicBool::new(false),
            &|_, _| {},
        )
        .map_err(|e| format!("the copy was made, but the original stays where it is: {e}"))?;
        if !taken.covers(Path::new(&rel)) {
            return Err(format!(
                "the copy was made, but the original stays where it is: Airlock could not back up {rel} first. Close anything using it and try again."
            ));
        }
        let settings = load_settings(&env.home);
        let quarantine = crate::workspace::quarantine::Quarantine::new(
            settings.quarantine_dir.unwrap_or_else(|| {
                env.folders
                    .home
                    .join(crate::workspace::quarantine::DEFAULT_QUARANTINE_NAME)
            }),
            &env.home,
        );
        quarantine
            .put(
                &root,
                &rel,
                &crate::msg!("quarantine-replaced-by-redacted-copy"),
            )
            .map_err(|e| {
                format!("the copy was made, but the original could not be quarantined: {e}")
            })?;
        let _ = writeln!(out, "The original {rel} is now in the quarantine.");
    }
    Ok(ExitCode::SUCCESS)
}

pub fn provenance(file: &Path, env: &Env, out: &mut impl Write) -> CliResult {
    let store = Provenance::load(env.home.data_dir());
    let absolute = std::path::absolute(file).unwrap_or(file.to_path_buf());
    let root = load_settings(&env.home).workspace;
    let rel = root
        .as_ref()
        .and_then(|r| absolute.strip_prefix(r).ok())
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|| file.to_string_lossy().into_owned());
    match store.get(&rel) {
        Some(record) => {
            let source = record.source();
            let trust = match store.trust(&source) {
                Trust::Trusted => "a source you trust",
                Trust::NotTrusted => "NOT a source you trust",
                Trust::Unknown => "a source you have not judged yet",
            };
            let _ = writeln!(out, "{rel}: {} — {trust}", source.describe());
            let _ = writeln!(out, "  added     {}", record.added.format("%Y-%m-%d %H:%M"));
            let _ = writeln!(out, "  from      {}", record.original.display());
            if let Some(url) = &record.origin.url {
                let _ = writeln!(out, "  web page  {url}");
            }
            if let Some(url) = &record.origin.referrer {
                let _ = writeln!(out, "  referrer  {url}");
            }
            if let Some(sender) = &record.sender {
                let _ = writeln!(out, "  sender    {sender}");
            }
            let _ = writeln!(out, "  blake3    {}", record.hash);
        }
        None if absolute.exists() && root.as_ref().is_some_and(|r| absolute.starts_with(r)) => {
            let _ = writeln!(
                out,
                "{rel}: source unknown — it did not come in through Airlock."
            );
            return Ok(ExitCode::from(1));
        }
        None if absolute.exists() => {
            let origin = crate::workspace::provenance::read_origin(&absolute);
            let _ = writeln!(out, "{}: not in the workspace.", absolute.display());
            match (&origin.url, &origin.referrer) {
                (None, None) => {
                    let _ = writeln!(out, "  The system keeps no download origin for it.");
                }
                _ => {
                    if let Some(url) = &origin.url {
                        let _ = writeln!(out, "  web page  {url}");
                    }
                    if let Some(url) = &origin.referrer {
                        let _ = writeln!(out, "  referrer  {url}");
                    }
                }
            }
        }
        None => return Err(format!("there is nothing at {}.", file.display())),
    }
    Ok(ExitCode::SUCCESS)
}
