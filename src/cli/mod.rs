//! The command-line front end: the same library actions as the window,
//! for scripts and tests. Every error is one line a person can act on.

use crate::explain::Explain;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod audit;
mod backup;
mod files;
pub mod man;
pub mod output;
mod plan;
mod session;
mod start;

use crate::app_home::AppHome;
use crate::settings::Settings;
use crate::workspace::{self, CreateError, PlaceRules, UserFolders, WorkspaceStatus};

#[derive(Debug, Parser)]
#[command(
    name = "airlock",
    version,
    about = "Keeps an AI assistant's workspace safe. With no command, opens the window."
)]
pub struct Cli {
    /// Keep all of Airlock's own state in DIR (also: AIRLOCK_HOME=DIR).
    #[arg(long, global = true, value_name = "DIR")]
    pub home: Option<PathBuf>,

    /// Go on even when the audit trail cannot be written: the action is
    /// then done without a record.
    #[arg(long, global = true)]
    pub without_audit: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create the workspace (input/, output/, archive/), or repair it.
    Init {
        /// Where to create it (default: ~/Cowork-Workspace).
        path: Option<PathBuf>,
        /// Use the folder even if Airlock has a warning about it.
        #[arg(long)]
        yes: bool,
    },
    /// Show the workspace: folders, file counts, privacy, last backup.
    Status {
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Inspect every file (default: the workspace). Exit status: 0 all
    /// safe, 1 something to review, 2 danger, 3 the scan itself failed.
    Scan {
        /// Print the full report as JSON.
        #[arg(long)]
        json: bool,
        /// A file or folder to scan instead of the workspace.
        path: Option<PathBuf>,
    },
    /// Copy files into input/ (never moved), recording where they came from.
    Add {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Write a copy of FILE with its private data replaced by placeholders
    /// ([CARD NUMBER]…). A workspace file's copy goes to input/ and the
    /// original to the quarantine.
    Redact {
        file: PathBuf,
        /// Consistent pseudonyms (CARD-1, CARD-2…) instead of placeholders.
        #[arg(long)]
        pseudonyms: bool,
        /// Write the copy here instead.
        #[arg(long, value_name = "PATH")]
        out: Option<PathBuf>,
    },
    /// Where a file came from, and whether you trust that source.
    Provenance { file: PathBuf },
    /// Back up the whole workspace (default: into ~/Cowork-Backups).
    Backup {
        /// Put this backup in DIR instead of the usual backup folder.
        #[arg(long, value_name = "DIR")]
        to: Option<PathBuf>,
    },
    /// List the backups, newest first.
    Backups {
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Check a backup against its manifest. Exit status 1 when files are
    /// missing or changed.
    Verify {
        /// The backup's folder name, as `airlock backups` shows it.
        id: String,
    },
    /// Put files back from a backup. The workspace as it is now is backed
    /// up first, so a restore can always be undone.
    Restore {
        /// The backup's folder name, as `airlock backups` shows it.
        id: String,
        /// Only this file or folder (relative to the workspace); repeatable.
        #[arg(long = "file", value_name = "PATH")]
        files: Vec<PathBuf>,
        /// Only show what would change.
        #[arg(long)]
        dry_run: bool,
    },
    /// Review the assistant's plan before approving it: red flags marked,
    /// a recommendation, safer wording. Reads FILE, or standard input with
    /// `-` or nothing. Exit status: 0 approve, 1 ask for clarification,
    /// 2 do not approve.
    PlanCheck {
        file: Option<PathBuf>,
        /// The language of the reasons and the safer wording (default:
        /// the system's), whatever the plan's.
        #[arg(long, value_enum)]
        lang: Option<plan::LangChoice>,
    },
    /// Sessions with the assistant: start, status, end, cleanup, list.
    Session {
        #[command(subcommand)]
        command: session::SessionCommand,
    },
    /// Check or export the audit trail of everything Airlock did and saw.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Remove old backups: keep the last 10 and one a day for 7 days.
    Prune {
        /// Only show which backups would be removed.
        #[arg(long)]
        dry_run: bool,
    },
    /// Write the manual pages (airlock.1, airlock-scan.1…) into DIR, for
    /// packaging.
    #[command(hide = true)]
    Man { dir: PathBuf },
}

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Check that no entry was edited, removed or cut off; names the first
    /// broken one. Exit status 1 when the trail was tampered with.
    Verify,
    /// Print the trail as CSV or JSON Lines.
    Export {
        #[arg(long, value_enum, default_value = "jsonl")]
        format: ExportFormat,
        /// Only entries from this day on (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        since: Option<chrono::NaiveDate>,
    },
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ExportFormat {
    Csv,
    Jsonl,
}

/// The context every command needs.
pub struct Env {
    pub home: AppHome,
    pub folders: UserFolders,
    /// The person said to go on when the audit trail cannot be written.
    pub without_audit: bool,
}

impl Env {
    /// The quarantine folder the settings name (default `~/Cowork-Quarantine`).
    pub fn quarantine_dir(&self) -> PathBuf {
        let settings = Settings::load(&self.home.settings_path()).settings;
        settings.quarantine_dir.clone().unwrap_or_else(|| {
            self.folders
                .home
                .join(crate::workspace::quarantine::DEFAULT_QUARANTINE_NAME)
        })
    }

    pub fn rules(&self) -> PlaceRules {
        let settings = Settings::load(&self.home.settings_path()).settings;
        PlaceRules {
            folders: self.folders.clone(),
            reserved: PlaceRules::reserved_for(&self.home, &settings, &self.folders.home),
        }
    }
}

impl Env {
    /// Adds a line to the audit trail for something the person asked for
    /// (the command line's summaries are in English).
    pub fn note(&self, kind: &str, summary: &str, details: serde_json::Value) {
        self.note_message(kind, &crate::i18n::Msg::plain(summary), details);
    }

    /// Adds a line to the audit trail whose summary is a message.
    pub fn note_message(&self, kind: &str, summary: &crate::i18n::Msg, details: serde_json::Value) {
        crate::audit::note(
            self.home.data_dir(),
            kind,
            crate::audit::Actor::Person,
            summary,
            details,
        );
    }

    /// Adds a line to the audit trail, saying whether it could.
    pub fn note_checked(
        &self,
        kind: &str,
        summary: &str,
        details: serde_json::Value,
    ) -> Result<(), String> {
        crate::audit::AuditLog::in_dir(self.home.data_dir())
            .record(kind, crate::audit::Actor::Person, summary, details)
            .map(|_| ())
            .map_err(|e| e.to_string())
    }

    /// The saved workspace, checked again from the file system before
    /// Airlock writes into it ([`crate::workspace::place::guard`]).
    pub fn workspace_for_writing(&self) -> Result<PathBuf, String> {
        let root = load_settings(&self.home)
            .workspace
            .ok_or("no workspace is set up yet; run `airlock init` or open the app.")?;
        self.check_writable(&root)?;
        Ok(root)
    }

    /// Refuses, with a sentence, a workspace Airlock must not write into.
    pub fn check_writable(&self, root: &Path) -> Result<(), String> {
        crate::workspace::place::guard::check_for_writing(root, &self.rules())
            .map_err(|refusal| refusal.sentence())
    }

    /// The backup folder the settings name (default `~/Cowork-Backups`).
    pub fn backups(&self) -> crate::backup::BackupStore {
        let settings = Settings::load(&self.home.settings_path()).settings;
        crate::backup::BackupStore::for_settings(&settings, &self.folders.home)
            .with_audit(self.home.data_dir())
    }
}

/// Runs one command; `out` receives what a person reads.
pub fn run(command: Command, env: &Env) -> ExitCode {
    start::at_start(&command, env);
    if start::changes_files(&command)
        && !env.without_audit
        && let Err(err) = crate::audit::AuditLog::in_dir(env.home.data_dir()).check_writable()
    {
        output::say(&format!(
            "the audit trail cannot be written ({err}), so nothing was done: this action would leave no record. Make {} writable again, or run the same command with --without-audit to go on without a record.",
            env.home.data_dir().display()
        ));
        return ExitCode::from(1);
    }
    let mut out = output::Checked::new(std::io::stdout().lock());
    let result = match command {
        Command::Init { path, yes } => init(path, yes, env, &mut out),
        Command::Status { json } => status(json, env, &mut out),
        Command::Backup { to } => backup::backup(to, env, &mut out),
        Command::Add { files } => files::add(&files, env, &mut out),
        Command::Redact {
            file,
            pseudonyms,
            out: dest,
        } => files::redact(&file, pseudonyms, dest, env, &mut out),
        Command::Provenance { file } => files::provenance(&file, env, &mut out),
        Command::Backups { json } => backup::list(json, env, &mut out),
        Command::Verify { id } => backup::verify(&id, env, &mut out),
        Command::Restore { id, files, dry_run } => {
            backup::restore(&id, &files, dry_run, env, &mut out)
        }
        Command::Prune { dry_run } => backup::prune(dry_run, env, &mut out),
        Command::Audit { command } => audit::run(command, env, &mut out),
        Command::Session { command } => session::run(command, env, &mut out),
        Command::PlanCheck { file, lang } => plan::plan_check(file, lang, env, &mut out),
        Command::Man { dir } => man::write_pages(&dir).map(|()| ExitCode::SUCCESS),
        Command::Scan { json, path } => {
            let code = match scan(json, path, env, &mut out) {
                Ok(code) => code,
                Err(message) => {
                    output::say(&message);
                    ExitCode::from(3)
                }
            };
            return output::finish(out, code, 3);
        }
    };
    let code = match result {
        Ok(code) => code,
        Err(message) => {
            output::say(&message);
            ExitCode::from(1)
        }
    };
    output::finish(out, code, 1)
}

pub(crate) type CliResult = Result<ExitCode, String>;

fn init(path: Option<PathBuf>, yes: bool, env: &Env, out: &mut impl Write) -> CliResult {
    let path = path.unwrap_or_else(|| env.folders.default_workspace());
    let mut settings = load_settings(&env.home);
    let rules = env.rules();
    match workspace::create_workspace(&path, &rules, &env.home, &mut settings, yes) {
        Ok(created) => {
            env.note(
                "workspace.created",
                &format!("Workspace set up at {}", created.path.display()),
                serde_json::json!({ "path": crate::fsutil::display_path(&created.path) }),
            );
            let _ = writeln!(out, "Workspace ready at {}", created.path.display());
            for step in &created.steps {
                let line = match step {
                    workspace::Step::CreatedFolder { path } => {
                        format!("  created      {}", path.display())
                    }
                    workspace::Step::MadePrivate { path } => {
                        format!("  made private {}", path.display())
                    }
                    workspace::Step::AlreadyThere { path } => {
                        format!("  already there {}", path.display())
                    }
                };
                let _ = writeln!(out, "{line}");
            }
            for concern in &created.accepted {
                let _ = writeln!(out, "  note: {}", concern.what());
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(CreateError::Refused(concern)) => Err(format!(
            "cannot use {} as a workspace. {} {} {}",
            path.display(),
            concern.what(),
            concern.why(),
            concern.todo()
        )),
        Err(CreateError::NeedsConfirmation(concerns)) => {
            for concern in &concerns {
                output::say(&format!(
                    "warning: {} {} {}",
                    concern.what(),
                    concern.why(),
                    concern.todo()
                ));
            }
            Err(format!(
                "nothing was created; run again with --yes to use {} anyway.",
                path.display()
            ))
        }
        Err(err) => Err(err.sentence()),
    }
}

fn status(json: bool, env: &Env, out: &mut impl Write) -> CliResult {
    let settings = load_settings(&env.home);
    let Some(root) = settings.workspace else {
        return Err("no workspace is set up yet; run `airlock init` or open the app.".into());
    };
    let status = WorkspaceStatus::read(&root).with_backups(&env.backups());
    if json {
        let text = serde_json::to_string_pretty(&status).map_err(|e| e.to_string())?;
        let _ = writeln!(out, "{text}");
    } else {
        print_status(&status, out);
    }
    if status.present {
        Ok(ExitCode::SUCCESS)
    } else {
        Err(format!(
            "the workspace folder {} is missing; run `airlock init` to create it again.",
            root.display()
        ))
    }
}

fn scan(json: bool, path: Option<PathBuf>, env: &Env, out: &mut impl Write) -> CliResult {
    use crate::scan::{self, Verdict};
    let root = match path {
        Some(path) => path,
        None => load_settings(&env.home)
            .workspace
            .ok_or("no workspace is set up yet; give a folder to scan, or run `airlock init`.")?,
    };
    if std::fs::symlink_metadata(&root).is_err() {
        return Err(format!("there is nothing at {} to scan.", root.display()));
    }
    let limits = scan::Limits::default();
    let is_workspace = load_settings(&env.home)
        .workspace
        .is_some_and(|ws| std::path::absolute(&root).ok() == std::path::absolute(&ws).ok());
    let report = if root.is_dir() {
        let cancel = std::sync::atomic::AtomicBool::new(false);
        let show_progress = !json && std::io::IsTerminal::is_terminal(&std::io::stderr());
        let absolute = std::path::absolute(&root).unwrap_or(root.clone());
        let cache_path = scan::cache::path_for(env.home.data_dir(), &absolute);
        let mut cache = scan::ScanCache::load(&cache_path);
        let report = scan::scan_tree_cached(&root, &limits, &mut cache, &cancel, &|event| {
            if let scan::ScanEvent::Progress(p) = event
                && show_progress
            {
                output::progress(&format!("\rScanning… {}/{} files", p.done, p.total));
            }
        });
        if let Err(err) = cache.save(&cache_path) {
            log::warn!("scan cache not saved: {err}");
        }
        report
    } else {
        let name = root
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let parent = root.parent().unwrap_or(Path::new("."));
        scan::ScanReport {
            root: parent.display().to_string(),
            files: vec![scan::scan_file(&root, &name, parent, &limits)],
        }
    };
    // The workspace's files also say where they came from.
    let report = if is_workspace {
        let provenance = crate::workspace::provenance::Provenance::load(env.home.data_dir());
        scan::ScanReport {
            root: report.root,
            files: report
                .files
                .into_iter()
                .map(|f| provenance.annotate(f))
                .collect(),
        }
    } else {
        report
    };
    env.note(
        "scan.finished",
        &format!(
            "Checked {} file(s) in {}: {} safe, {} to review, {} in danger",
            report.files.len(),
            root.display(),
            report.count(Verdict::Safe),
            report.count(Verdict::Review),
            report.count(Verdict::Danger)
        ),
        serde_json::json!({
            "root": crate::fsutil::display_path(&root),
            "danger": report.files.iter().filter(|f| f.verdict == Verdict::Danger).map(|f| &f.path).collect::<Vec<_>>(),
        }),
    );
    if json {
        let text = serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?;
        let _ = writeln!(out, "{text}");
    } else {
        if std::io::IsTerminal::is_terminal(&std::io::stderr()) {
            output::progress("\r");
        }
        for file in report.files.iter().filter(|f| f.verdict != Verdict::Safe) {
            let main = file.main_finding().map(|f| f.text()).unwrap_or_default();
            let _ = writeln!(
                out,
                "{:<7} {}  {main}",
                file.verdict.word().to_uppercase(),
                file.path
            );
        }
        let _ = writeln!(
            out,
            "{} file(s): {} safe, {} to review, {} in danger.",
            report.files.len(),
            report.count(Verdict::Safe),
            report.count(Verdict::Review),
            report.count(Verdict::Danger)
        );
    }
    Ok(ExitCode::from(match report.worst() {
        Verdict::Safe => 0,
        Verdict::Review => 1,
        Verdict::Danger => 2,
    }))
}

fn print_status(status: &WorkspaceStatus, out: &mut impl Write) {
    let _ = writeln!(out, "Workspace: {}", status.path.display());
    for folder in &status.folders {
        let state = if folder.present {
            format!(
                "{} file(s), {}",
                folder.files,
                workspace::status::human_size(folder.bytes)
            )
        } else {
            "MISSING".into()
        };
        let _ = writeln!(out, "  {:<9} {state}", format!("{}/", folder.name));
    }
    let private = match (status.first_link(), status.private) {
        (Some(link), _) => format!(
            "NO: {} is a link to another place, so Airlock will not write through it; replace the link with a real folder",
            link.display()
        ),
        (None, Some(true)) => "yes".into(),
        (None, Some(false)) => "NO: other people on this computer can open it".into(),
        (None, None) => "not checked on this system".into(),
    };
    let _ = writeln!(out, "Private to you: {private}");
    let backup = status
        .last_backup
        .map(|t| {
            format!(
                "{} ({})",
                crate::backup::age(t, chrono::Local::now()),
                t.format("%Y-%m-%d %H:%M")
            )
        })
        .unwrap_or_else(|| "none yet".into());
    let _ = writeln!(out, "Last backup: {backup}");
    if status.backup_is_stale() {
        let _ = writeln!(
            out,
            "  The workspace changed since then: run `airlock backup` before the assistant's next task."
        );
    }
}

pub(crate) fn load_settings(home: &AppHome) -> Settings {
    let loaded = Settings::load(&home.settings_path());
    if let Some(notice) = loaded.notice {
        output::say(&notice);
    }
    loaded.settings
}

/// Resolves the app folder and the person's folders for a run.
pub fn env_for(flag: Option<&Path>) -> Result<Env, String> {
    let home = AppHome::resolve(flag).map_err(|e| e.to_string())?;
    let folders = UserFolders::detect()
        .ok_or("could not tell where your home folder is, so Airlock cannot check places")?;
    Ok(Env {
        home,
        folders,
        without_audit: false,
    })
}
