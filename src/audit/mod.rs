//! The audit trail: every action Airlock takes and every change it sees,
//! one JSON object per line in `audit.jsonl` in the app's folder (outside
//! the workspace). Each entry carries the blake3 hash of the one before,
//! and the last entry written is remembered in several places
//! ([`witness`]), so an edited, removed or cut-off entry, or a trail
//! deleted whole, is found by [`AuditLog::verify_with`]. Lines are read
//! strictly ([`strict`]): a key given twice is damage.

pub mod strict;
pub mod witness;

pub use witness::{Head, Witness};

use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Local};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

const LOG_NAME: &str = "audit.jsonl";
pub(crate) const HEAD_NAME: &str = "audit.head";
/// The `prev` of the first entry.
const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Who did it: Airlock itself, the person through Airlock, or something
/// Airlock saw happen in the workspace (usually the assistant).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Actor {
    Airlock,
    Person,
    Observed,
}

impl Actor {
    pub fn label(self) -> String {
        match self {
            Actor::Airlock => "Airlock".to_string(),
            Actor::Person => crate::tr!("actor-you"),
            Actor::Observed => crate::tr!("actor-observed"),
        }
    }
}

/// One line of the trail.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub seq: u64,
    /// As written, RFC 3339 with the local offset.
    pub time: String,
    /// A dotted name: `backup.created`, `session.started`, `file.deleted`…
    pub kind: String,
    pub actor: Actor,
    /// One sentence for people, in English whatever the window's
    /// language, so the trail reads as one text.
    pub summary: String,
    /// The same sentence as an id and its values, to be shown in the
    /// reader's language (entries written before it have none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<crate::i18n::Msg>,
    #[serde(default)]
    pub details: Value,
    pub prev: String,
    pub hash: String,
}

impl Entry {
    /// The summary in `lang`.
    pub fn summary_in(&self, lang: crate::i18n::Lang) -> String {
        self.message
            .as_ref()
            .map_or_else(|| self.summary.clone(), |m| m.render(lang))
    }

    pub fn when(&self) -> Option<DateTime<Local>> {
        DateTime::parse_from_rfc3339(&self.time)
            .ok()
            .map(|t| t.with_timezone(&Local))
    }
}

#[derive(Debug, thiserror::Error)]
pub enum AuditError {
    #[error("could not write the audit trail ({0})")]
    Io(#[from] std::io::Error),
    #[error("could not encode an audit entry ({0})")]
    Encode(#[from] serde_json::Error),
}

/// What checking the chain found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainReport {
    pub entries: u64,
    /// The first entry that is not what was written, and why.
    pub first_broken: Option<(u64, String)>,
}

impl ChainReport {
    pub fn ok(&self) -> bool {
        self.first_broken.is_none()
    }
}

#[derive(Debug, Clone)]
pub struct AuditLog {
    path: PathBuf,
    head: PathBuf,
}

impl AuditLog {
    pub fn in_dir(data_dir: &Path) -> Self {
        Self {
            path: data_dir.join(LOG_NAME),
            head: data_dir.join(HEAD_NAME),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn data_dir(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new("."))
    }

    /// The last entry written, as the state folder remembers it.
    pub fn head(&self) -> Option<Head> {
        Head::read(&self.head)
    }

    /// Whether an entry could be written now, checked before an action
    /// that changes files, so that it can say so before it runs.
    pub fn check_writable(&self) -> Result<(), AuditError> {
        let dir = self.data_dir();
        crate::fsutil::create_private_dir_all(dir)?;
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.path)?;
        // The head is replaced through a new file and a rename.
        if self.head.is_dir() {
            return Err(AuditError::Io(std::io::Error::other(format!(
                "{} is a folder",
                self.head.display()
            ))));
        }
        let probe = dir.join(format!(".audit-probe-{}", std::process::id()));
        std::fs::File::create(&probe)?;
        std::fs::remove_file(&probe)?;
        Ok(())
    }

    /// Appends one entry. Several windows or commands may write at once:
    /// the file is locked while the last entry is read and the new one
    /// added, so the chain never forks.
    pub fn record(
        &self,
        kind: &str,
        actor: Actor,
        summary: &str,
        details: Value,
    ) -> Result<Entry, AuditError> {
        self.record_entry(kind, actor, summary, None, details)
    }

    /// Appends an entry whose summary is a message: written in English,
    /// with its id and values kept beside it.
    pub fn record_message(
        &self,
        kind: &str,
        actor: Actor,
        summary: &crate::i18n::Msg,
        details: Value,
    ) -> Result<Entry, AuditError> {
        let english = summary.render(crate::i18n::Lang::En);
        self.record_entry(kind, actor, &english, Some(summary), details)
    }

    fn record_entry(
        &self,
        kind: &str,
        actor: Actor,
        summary: &str,
        message: Option<&crate::i18n::Msg>,
        details: Value,
    ) -> Result<Entry, AuditError> {
        if let Some(dir) = self.path.parent() {
            crate::fsutil::create_private_dir_all(dir)?;
        }
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .read(true)
            .append(true)
            .open(&self.path)?;
        file.lock()?;
        let (seq, prev) = match last_line(&mut file)? {
            Some(line) => match serde_json::from_str::<Entry>(&line) {
                Ok(last) => (last.seq + 1, last.hash),
                // A damaged end: chain on from its bytes, so that the
                // damage stays visible to `verify` and nothing is lost.
                Err(_) => (0, blake3::hash(line.as_bytes()).to_hex().to_string()),
            },
            None => (0, GENESIS.to_string()),
        };
        let mut object = Map::new();
        object.insert("seq".into(), Value::from(seq));
        object.insert("time".into(), Value::from(Local::now().to_rfc3339()));
        object.insert("kind".into(), Value::from(kind));
        object.insert("actor".into(), serde_json::to_value(actor)?);
        object.insert("summary".into(), Value::from(summary));
        if let Some(message) = message {
            object.insert("message".into(), serde_json::to_value(message)?);
        }
        object.insert("details".into(), details);
        object.insert("prev".into(), Value::from(prev));
        let hash = hash_of(&object)?;
        object.insert("hash".into(), Value::from(hash.clone()));
        let mut line = serde_json::to_vec(&object)?;
        line.push(b'\n');
        file.write_all(&line)?;
        file.flush()?;
        let head = Head {
            seq,
            hash: hash.clone(),
        };
        head.write(&self.head)?;
        // The copies elsewhere: a failure there is logged, never fatal.
        for dir in witness::mirrors(self.data_dir()) {
            if dir.is_dir()
                && let Err(err) = head.write(&dir.join(witness::MIRROR_NAME))
            {
                log::warn!("audit head not copied to {}: {err}", dir.display());
            }
        }
        let _ = file.unlock();
        Ok(serde_json::from_value(Value::Object(object))?)
    }

    /// Every entry that can be read, oldest first.
    pub fn entries(&self) -> Vec<Entry> {
        self.read_all().0
    }

    /// Every entry that can be read, oldest first, and the numbers (from
    /// 1) of the lines that cannot (damaged, or a key given twice).
    pub fn read_all(&self) -> (Vec<Entry>, Vec<usize>) {
        let Ok(text) = std::fs::read_to_string(&self.path) else {
            return (Vec::new(), Vec::new());
        };
        let mut entries = Vec::new();
        let mut unreadable = Vec::new();
        for (index, line) in text.lines().enumerate() {
            match strict::parse_object(line).and_then(|map| {
                serde_json::from_value(Value::Object(map)).map_err(|e| e.to_string())
            }) {
                Ok(entry) => entries.push(entry),
                Err(_) => unreadable.push(index + 1),
            }
        }
        (entries, unreadable)
    }

    /// Checks every link of the chain and the ends remembered in the state
    /// folder and in the sessions' reports.
    pub fn verify(&self) -> ChainReport {
        self.verify_with(&witness::gather(self.data_dir(), None))
    }

    /// Checks the chain, then that every witness's entry is still there,
    /// unchanged: a trail cut at the end or deleted is caught by any copy
    /// of its end that survives.
    pub fn verify_with(&self, witnesses: &[Witness]) -> ChainReport {
        let (report, hashes) = self.verify_chain();
        if report.first_broken.is_some() {
            return report;
        }
        let count = hashes.len() as u64;
        for witness in witnesses {
            let seq = witness.head.seq;
            match hashes.get(seq as usize) {
                None => {
                    return ChainReport {
                        entries: count,
                        first_broken: Some((
                            count,
                            format!(
                                "{} recorded entry {seq}, but the trail has {count} entries: entries were cut off or the trail was deleted",
                                witness.place
                            ),
                        )),
                    };
                }
                Some(hash) if *hash != witness.head.hash => {
                    return ChainReport {
                        entries: count,
                        first_broken: Some((
                            seq,
                            format!(
                                "it is not the entry {} recorded: the trail was rewritten from here",
                                witness.place
                            ),
                        )),
                    };
                }
                Some(_) => {}
            }
        }
        report
    }

    /// The chain and the head file; also every entry's hash, in order.
    fn verify_chain(&self) -> (ChainReport, Vec<String>) {
        let mut hashes = Vec::new();
        let report = self.verify_chain_into(&mut hashes);
        (report, hashes)
    }

    fn verify_chain_into(&self, hashes: &mut Vec<String>) -> ChainReport {
        let text = match std::fs::read(&self.path) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(err) => {
                return ChainReport {
                    entries: 0,
                    first_broken: Some((0, format!("the trail cannot be read ({err})"))),
                };
            }
        };
        let mut prev = GENESIS.to_string();
        let mut count = 0u64;
        let broken = |seq: u64, why: &str| ChainReport {
            entries: seq,
            first_broken: Some((seq, why.to_string())),
        };
        for (index, line) in text.lines().enumerate() {
            let expected_seq = index as u64;
            let mut object = match strict::parse_object(line) {
                Ok(object) => object,
                Err(why) if why.contains("twice") => {
                    return broken(
                        expected_seq,
                        "it names the same field twice, which hides part of it from some readers (edited)",
                    );
                }
                Err(_) => {
                    return broken(
                        expected_seq,
                        "it is not a complete entry (edited or cut off)",
                    );
                }
            };
            let stated = object
                .remove("hash")
                .and_then(|h| h.as_str().map(str::to_string));
            let seq = object.get("seq").and_then(Value::as_u64);
            if seq != Some(expected_seq) {
                return broken(
                    expected_seq,
                    "its number is out of order: an entry before it was removed",
                );
            }
            if object.get("prev").and_then(Value::as_str) != Some(prev.as_str()) {
                return broken(
                    expected_seq,
                    "it does not follow the entry before it: an entry was removed or changed",
                );
            }
            let Ok(actual) = hash_of(&object) else {
                return broken(expected_seq, "it cannot be read");
            };
            if stated.as_deref() != Some(actual.as_str()) {
                return broken(expected_seq, "its content was changed after it was written");
            }
            hashes.push(actual.clone());
            prev = actual;
            count += 1;
        }
        // The end: the last entry written must still be there.
        if let Ok(head) = std::fs::read_to_string(&self.head) {
            let mut parts = head.split_whitespace();
            let seq = parts.next().and_then(|s| s.parse::<u64>().ok());
            let hash = parts.next();
            if let (Some(seq), Some(hash)) = (seq, hash)
                && (seq + 1 != count || hash != prev)
            {
                return ChainReport {
                    entries: count,
                    first_broken: Some((
                        count.min(seq),
                        format!(
                            "the trail ends at entry {} but Airlock wrote up to entry {seq}: entries were cut off",
                            count.saturating_sub(1)
                        ),
                    )),
                };
            }
        } else if count > 0 {
            return ChainReport {
                entries: count,
                first_broken: Some((count, "the record of the trail's end is missing".into())),
            };
        }
        ChainReport {
            entries: count,
            first_broken: None,
        }
    }
}

fn hash_of(object: &Map<String, Value>) -> Result<String, serde_json::Error> {
    // serde_json keeps object keys sorted, so this is one exact text.
    let bytes = serde_json::to_vec(object)?;
    Ok(blake3::hash(&bytes).to_hex().to_string())
}

/// The last non-empty line, read from the end of the file.
fn last_line(file: &mut std::fs::File) -> std::io::Result<Option<String>> {
    let len = file.seek(SeekFrom::End(0))?;
    if len == 0 {
        return Ok(None);
    }
    let mut window = 4096u64;
    loop {
        let start = len.saturating_sub(window);
        file.seek(SeekFrom::Start(start))?;
        let mut buf = Vec::new();
        Read::by_ref(file).take(len - start).read_to_end(&mut buf)?;
        let text = String::from_utf8_lossy(&buf);
        let trimmed = text.trim_end_matches('\n');
        if let Some(pos) = trimmed.rfind('\n') {
            return Ok(Some(trimmed[pos + 1..].to_string()));
        }
        if start == 0 {
            return Ok((!trimmed.is_empty()).then(|| trimmed.to_string()));
        }
        window *= 4;
    }
}

/// Records, logging instead of failing: an action the person asked for
/// must not be refused because the trail could not be written, but the
/// failure is never silent.
pub fn note(data_dir: &Path, kind: &str, actor: Actor, summary: &crate::i18n::Msg, details: Value) {
    if let Err(err) = AuditLog::in_dir(data_dir).record_message(kind, actor, summary, details) {
        log::error!("audit trail not written for {kind}: {err}");
    }
}

/// The entries as CSV (time, kind, actor, summary, details), for a
/// spreadsheet.
pub fn to_csv(entries: &[Entry]) -> String {
    let mut out = String::from("seq,time,kind,actor,summary,details,hash\n");
    for e in entries {
        let fields = [
            e.seq.to_string(),
            e.time.clone(),
            e.kind.clone(),
            e.actor.label().to_string(),
            e.summary.clone(),
            e.details.to_string(),
            e.hash.clone(),
        ];
        let row: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

fn csv_field(text: &str) -> String {
    // A cell starting with = + - @ would run as a formula in a spreadsheet.
    let guarded = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn log_with(n: usize) -> (tempfile::TempDir, AuditLog) {
        let tmp = tempfile::tempdir().unwrap();
        let log = AuditLog::in_dir(tmp.path());
        for i in 0..n {
            log.record(
                "test.entry",
                Actor::Airlock,
                &format!("entry {i}"),
                serde_json::json!({ "i": i }),
            )
            .unwrap();
        }
        (tmp, log)
    }

    #[test]
    fn an_untouched_trail_verifies() {
        let (_tmp, log) = log_with(5);
        let report = log.verify();
        assert!(report.ok(), "{report:?}");
        assert_eq!(report.entries, 5);
        assert_eq!(log.entries().len(), 5);
    }

    #[test]
    fn csv_cells_never_run_as_formulas() {
        assert_eq!(csv_field("=cmd|' /C calc'!A0"), "'=cmd|' /C calc'!A0");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
    }
}
