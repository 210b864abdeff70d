//! Where files came from. When a file is added, Airlock records its
//! original path, the time, its hash and the download origin the system
//! keeps (Linux `user.xdg.origin.url` / `user.xdg.referrer.url`, macOS
//! `kMDItemWhereFroms` and `com.apple.quarantine`, Windows
//! `Zone.Identifier`). The person marks sources (a website, an e-mail
//! sender, a folder) as trusted or not, once. All of it lives in the app's
//! folder, never in the workspace.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Local};
use serde::{Deserialize, Serialize};

/// What the system says about where a file was downloaded from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referrer: Option<String>,
    /// The program that downloaded it, where the system says (macOS).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent: Option<String>,
}

/// One file's record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// Where it is in the workspace.
    pub rel: String,
    /// Where it was copied from.
    pub original: PathBuf,
    pub added: DateTime<Local>,
    pub hash: String,
    #[serde(default)]
    pub origin: Origin,
    /// The sender of an e-mail file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sender: Option<String>,
    /// The person said they put this file in the workspace themselves.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub vouched: bool,
}

/// Where a file came from, as the person thinks of it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    Website(String),
    Sender(String),
    Folder(PathBuf),
    /// The person said they put it in the workspace themselves.
    Yours,
    /// It appeared in the workspace without passing through Airlock.
    Unknown,
}

impl Source {
    /// The key trust is recorded under.
    pub fn key(&self) -> Option<String> {
        match self {
            Source::Website(host) => Some(format!("web:{host}")),
            Source::Sender(address) => Some(format!("mail:{address}")),
            Source::Folder(dir) => Some(format!("folder:{}", dir.display())),
            Source::Yours | Source::Unknown => None,
        }
    }

    /// "downloaded from mail.example.com"
    pub fn describe(&self) -> String {
        self.message().text()
    }

    /// Where the file came from, as a message for any language.
    pub fn message(&self) -> crate::i18n::Msg {
        match self {
            Source::Website(host) => crate::msg!("source-website", host = host),
            Source::Sender(address) => crate::msg!("source-sender", address = address),
            Source::Folder(dir) => {
                crate::msg!("source-folder", folder = dir.display().to_string())
            }
            Source::Yours => crate::msg!("source-yours"),
            Source::Unknown => crate::msg!("source-unknown"),
        }
    }
}

impl Record {
    pub fn source(&self) -> Source {
        if self.vouched {
            return Source::Yours;
        }
        if let Some(host) = self
            .origin
            .url
            .as_deref()
            .or(self.origin.referrer.as_deref())
            .and_then(host_of)
        {
            return Source::Website(host);
        }
        if let Some(sender) = &self.sender {
            return Source::Sender(sender.clone());
        }
        match self.original.parent() {
            Some(dir) => Source::Folder(dir.to_path_buf()),
            None => Source::Unknown,
        }
    }
}

/// The host of a URL, lower-cased: `https://Mail.Example.com/x` →
/// `mail.example.com`.
pub fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = host.split(':').next()?.trim().to_ascii_lowercase();
    (!host.is_empty()).then_some(host)
}

/// Trust the person gave a source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Trust {
    Trusted,
    NotTrusted,
    /// Not decided yet.
    Unknown,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Saved {
    #[serde(default)]
    files: BTreeMap<String, Record>,
    #[serde(default)]
    trust: BTreeMap<String, bool>,
}

/// The records and the trust decisions, in `provenance.json`.
#[derive(Debug)]
pub struct Provenance {
    path: PathBuf,
    saved: Saved,
}

impl Provenance {
    pub fn load(data_dir: &Path) -> Self {
        let path = data_dir.join("provenance.json");
        let saved = std::fs::read(&path)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default();
        Self { path, saved }
    }

    fn save(&self) -> std::io::Result<()> {
        if let Some(dir) = self.path.parent() {
            crate::fsutil::create_private_dir_all(dir)?;
        }
        let json = serde_json::to_vec_pretty(&self.saved).map_err(std::io::Error::other)?;
        crate::fsutil::write_atomic(&self.path, &json)
    }

    /// Records a file just added to the workspace from `original`.
    pub fn record(&mut self, rel: &str, original: &Path, copy: &Path) -> std::io::Result<Record> {
        let bytes = std::fs::read(copy)?;
        let sender = is_email(original).then(|| email_sender(&bytes)).flatten();
        let record = Record {
            rel: rel.to_string(),
            original: original.to_path_buf(),
            added: Local::now(),
            hash: blake3::hash(&bytes).to_hex().to_string(),
            origin: read_origin(original),
            sender,
            vouched: false,
        };
        self.saved.files.insert(rel.to_string(), record.clone());
        self.save()?;
        Ok(record)
    }

    pub fn get(&self, rel: &str) -> Option<&Record> {
        self.saved.files.get(rel)
    }

    /// A copy Airlock made of a workspace file (a redacted copy) comes
    /// from where the original came from.
    pub fn derive(&mut self, new_rel: &str, from_rel: &str, copy: &Path) -> std::io::Result<()> {
        let Some(mut record) = self.saved.files.get(from_rel).cloned() else {
            return Ok(());
        };
        record.rel = new_rel.to_string();
        record.added = Local::now();
        record.hash = blake3::hash(&std::fs::read(copy)?).to_hex().to_string();
        self.saved.files.insert(new_rel.to_string(), record);
        self.save()
    }

    /// A file moved inside the workspace keeps its record.
    pub fn moved(&mut self, from: &str, to: &str) -> std::io::Result<()> {
        if let Some(mut record) = self.saved.files.remove(from) {
            record.rel = to.to_string();
            self.saved.files.insert(to.to_string(), record);
            self.save()?;
        }
        Ok(())
    }

    /// Records that the person put `rel` (now at `path`) in the workspace
    /// themselves.
    pub fn vouch(&mut self, rel: &str, path: &Path) -> std::io::Result<()> {
        let record = Record {
            rel: rel.to_string(),
            original: path.to_path_buf(),
            added: Local::now(),
            hash: blake3::hash(&std::fs::read(path)?).to_hex().to_string(),
            origin: Origin::default(),
            sender: None,
            vouched: true,
        };
        self.saved.files.insert(rel.to_string(), record);
        self.save()
    }

    /// Archived inputs keep their records under their new names.
    pub fn follow_cleanup(
        &mut self,
        done: &crate::session::cleanup::CleanupDone,
    ) -> std::io::Result<()> {
        for (from, to) in &done.archived {
            self.moved(
                &crate::fsutil::display_path(from),
                &crate::fsutil::display_path(to),
            )?;
        }
        Ok(())
    }

    pub fn source_of(&self, rel: &str) -> Source {
        self.get(rel).map_or(Source::Unknown, Record::source)
    }

    pub fn trust(&self, source: &Source) -> Trust {
        match source.key().and_then(|k| self.saved.trust.get(&k)) {
            Some(true) => Trust::Trusted,
            Some(false) => Trust::NotTrusted,
            None => Trust::Unknown,
        }
    }

    pub fn set_trust(&mut self, source: &Source, trusted: bool) -> std::io::Result<()> {
        if let Some(key) = source.key() {
            self.saved.trust.insert(key, trusted);
            self.save()?;
        }
        Ok(())
    }
}

impl Provenance {
    /// The finding a workspace file's source raises, if any. Files in
    /// `output/` are the assistant's own and raise none.
    pub fn source_finding(&self, rel: &str) -> Option<crate::scan::Finding> {
        use crate::scan::{Category, Finding, Severity};
        if rel.starts_with("output/") {
            return None;
        }
        let source = self.source_of(rel);
        let (severity, message) = match (&source, self.trust(&source)) {
            (Source::Yours, _) => return None,
            (Source::Unknown, _) => (Severity::Review, crate::msg!("source-finding-unknown")),
            (_, Trust::Trusted) => return None,
            (_, Trust::NotTrusted) => (
                Severity::Review,
                crate::msg!("source-finding-not-trusted", source = source.message()),
            ),
            // A folder the person chose to add from is their own doing;
            // the file's details still show it.
            (Source::Folder(_), Trust::Unknown) => return None,
            (_, Trust::Unknown) => (
                Severity::Review,
                crate::msg!("source-finding-not-judged", source = source.message()),
            ),
        };
        Some(Finding::new(Category::UntrustedSource, severity, message))
    }

    /// `report` with its source's finding added.
    pub fn annotate(&self, mut report: crate::scan::FileReport) -> crate::scan::FileReport {
        let before = report.findings.len();
        report
            .findings
            .retain(|f| f.category != crate::scan::Category::UntrustedSource);
        if let Some(finding) = self.source_finding(&report.path) {
            report.add_finding(finding);
        } else if report.findings.len() != before {
            report.verdict = crate::scan::Verdict::of(&report.findings);
        }
        report
    }
}

fn is_email(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("eml") || e.eq_ignore_ascii_case("msg"))
}

/// The address in an e-mail's `From:` header.
fn email_sender(bytes: &[u8]) -> Option<String> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(64 * 1024)]);
    let line = head
        .lines()
        .take_while(|l| !l.is_empty())
        .find(|l| l.len() > 5 && l[..5].eq_ignore_ascii_case("from:"))?;
    let value = &line[5..];
    let address = match (value.rfind('<'), value.rfind('>')) {
        (Some(a), Some(b)) if a < b => &value[a + 1..b],
        _ => value,
    };
    let address = address.trim().to_ascii_lowercase();
    address.contains('@').then_some(address)
}

/// Reads what this system keeps about a file's download origin.
pub fn read_origin(path: &Path) -> Origin {
    #[cfg(target_os = "macos")]
    {
        macos_origin(path)
    }
    #[cfg(all(unix, not(target_os = "macos")))]
    {
        let get = |name: &str| {
            xattr::get(path, name)
                .ok()
                .flatten()
                .map(|v| {
                    String::from_utf8_lossy(&v)
                        .trim_end_matches('\0')
                        .to_string()
                })
                .filter(|v| !v.is_empty())
        };
        Origin {
            url: get("user.xdg.origin.url"),
            referrer: get("user.xdg.referrer.url"),
            agent: None,
        }
    }
    #[cfg(windows)]
    {
        windows_origin(path)
    }
    #[cfg(not(any(unix, windows)))]
    {
        let _ = path;
        Origin::default()
    }
}

/// macOS keeps the download URLs in `kMDItemWhereFroms` (a binary
/// property list of strings) and the downloading program in
/// `com.apple.quarantine` ("flags;time;agent;id"). Untested here: this
/// repository's machine runs Linux.
#[cfg(target_os = "macos")]
fn macos_origin(path: &Path) -> Origin {
    let wherefroms = xattr::get(path, "com.apple.metadata:kMDItemWhereFroms")
        .ok()
        .flatten()
        .unwrap_or_default();
    let urls: Vec<String> = printable_runs(&wherefroms)
        .into_iter()
        .filter(|s| s.contains("://"))
        .collect();
    let agent = xattr::get(path, "com.apple.quarantine")
        .ok()
        .flatten()
        .and_then(|v| {
            String::from_utf8_lossy(&v)
                .split(';')
                .nth(2)
                .map(str::to_string)
        })
        .filter(|a| !a.is_empty());
    Origin {
        url: urls.first().cloned(),
        referrer: urls.get(1).cloned(),
        agent,
    }
}

#[cfg(target_os = "macos")]
fn printable_runs(bytes: &[u8]) -> Vec<String> {
    bytes
        .split(|b| !(0x20..0x7f).contains(b))
        .filter(|r| r.len() >= 8)
        .map(|r| String::from_utf8_lossy(r).into_owned())
        .collect()
}

/// Windows keeps `HostUrl=` and `ReferrerUrl=` in the file's
/// `Zone.Identifier` stream. Untested here: this repository's machine
/// runs Linux.
#[cfg(windows)]
fn windows_origin(path: &Path) -> Origin {
    let mut stream = path.as_os_str().to_owned();
    stream.push(":Zone.Identifier");
    let text = std::fs::read_to_string(PathBuf::from(stream)).unwrap_or_default();
    let value = |key: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(key))
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    Origin {
        url: value("HostUrl="),
        referrer: value("ReferrerUrl="),
        agent: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_are_read_from_urls() {
        assert_eq!(
            host_of("https://Mail.Example.com/x?y").as_deref(),
            Some("mail.example.com")
        );
        assert_eq!(
            host_of("http://user:pw@host.example:8080/").as_deref(),
            Some("host.example")
        );
        assert_eq!(host_of(""), None);
    }

    #[test]
    fn senders_come_from_the_from_header() {
        let mail = b"From: \"Ann\" <Ann@Example.org>\r\nSubject: hi\r\n\r\nFrom: not this";
        assert_eq!(email_sender(mail).as_deref(), Some("ann@example.org"));
    }

    #[test]
    fn trust_is_kept_per_source() {
        let tmp = tempfile::tempdir().unwrap();
        let mut p = Provenance::load(tmp.path());
        let web = Source::Website("mail.example.com".into());
        assert_eq!(p.trust(&web), Trust::Unknown);
        p.set_trust(&web, false).unwrap();
        assert_eq!(Provenance::load(tmp.path()).trust(&web), Trust::NotTrusted);
        assert_eq!(p.trust(&Source::Unknown), Trust::Unknown);
    }
}
