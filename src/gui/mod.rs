//! The window: one `AirlockApp` with saved state (settings), running state
//! (screen, wizard, background jobs) and actions. Screens draw and return
//! an [`Action`]; the app applies it after the frame.

mod action;
mod backup_job;
mod backups;
mod backups_view;
mod checklist_view;
mod decide_view;
mod file_actions;
mod files;
mod home;
mod icon;
mod incident_view;
mod jobs;
pub(crate) mod nav;
mod os;
mod plan_view;
mod quarantine_view;
mod scan_job;
mod session_view;
mod sessions;
mod settings_view;
mod source_view;
mod sources;
mod style;
pub mod wizard;

use crate::explain::Explain;
use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::app_home::AppHome;
use crate::scan::FileReport;
use crate::settings::Settings;
use crate::tr;
use crate::workspace::model::Model;
use crate::workspace::quarantine::Quarantine;
use crate::workspace::{self, PlaceRules, UserFolders, WorkspaceStatus};
pub use action::{Action, Notice};
use jobs::{Job, Poll};
use wizard::{Wizard, WizardStep};

/// The screens reachable from the side panel (and the wizard before them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Wizard,
    Home,
    Files,
    Quarantine,
    Backups,
    Session,
    Decide,
    PlanReview,
    Incident,
    Learn,
    Sessions,
    Activity,
    FirstUseChecklist,
    Settings,
}

pub struct AirlockApp {
    home: AppHome,
    rules: PlaceRules,
    settings: Settings,
    screen: Screen,
    wizard: Wizard,
    status: Option<WorkspaceStatus>,
    /// The workspace read in the background: its status, and what the
    /// before-session checks need from the disk.
    status_job: Option<Job<(WorkspaceStatus, Option<crate::session::facts::Surroundings>)>>,
    status_read_at: Option<std::time::Instant>,
    picker: Option<Job<Option<PathBuf>>>,
    /// The file chooser for "Add files…", and when it was asked for.
    add_picker: Option<(Job<Option<Vec<PathBuf>>>, std::time::Instant)>,
    notice: Option<Notice>,
    /// The person chose to go on while the audit trail cannot be written.
    without_audit: bool,
    /// The one live picture of the workspace's files.
    model: Model,
    scan_job: Option<scan_job::ScanJob>,
    /// Files just added: a danger verdict among them is offered for
    /// quarantine as soon as their scan is done.
    just_added: Vec<String>,
    selected: Option<String>,
    filter: files::Filter,
    backups: backups::BackupsState,
    sessions: sessions::SessionUi,
    plan: plan_view::PlanUi,
    decide: decide_view::DecideUi,
    incident: incident_view::IncidentUi,
    /// The Learn page shown.
    learn_topic: String,
    /// A redacted copy being made.
    redacting: Option<Job<Result<(String, crate::redact::RedactedCopy), String>>>,
    /// The last redacted copy, shown beside what was taken out.
    last_redaction: Option<source_view::Redaction>,
    logo: Option<egui::TextureHandle>,
    styled: bool,
    /// The screen drawn last frame: a new screen opens at its top, not at
    /// the previous screen's scroll offset.
    drawn: Option<Screen>,
    /// The language every sentence is in: the setting, else the computer's.
    lang: crate::i18n::Lang,
    /// This program's applications-menu entry and its state when last
    /// read; `None` where there is no such menu (and in tests that do not
    /// give one).
    menu: Option<(
        crate::desktop_entry::MenuEntry,
        crate::desktop_entry::MenuState,
    )>,
}

/// A file chooser that comes back empty sooner than this never opened.
const NO_PICKER: std::time::Duration = std::time::Duration::from_millis(400);

/// How often Home re-reads the workspace while it is shown.
const STATUS_REFRESH: std::time::Duration = std::time::Duration::from_secs(3);

impl AirlockApp {
    pub fn new(home: AppHome, folders: UserFolders) -> Self {
        let loaded = Settings::load(&home.settings_path());
        let notice = loaded.notice.map(|text| Notice {
            tone: style::Tone::Warning,
            text,
            offer: None,
        });
        let settings = loaded.settings;
        let screen = if settings.workspace.is_some() {
            Screen::Home
        } else {
            Screen::Wizard
        };
        let wizard = Wizard::new(folders.default_workspace());
        let quarantine = Quarantine::new(
            settings.quarantine_dir.clone().unwrap_or_else(|| {
                folders
                    .home
                    .join(crate::workspace::quarantine::DEFAULT_QUARANTINE_NAME)
            }),
            &home,
        );
        let session_store = crate::session::SessionStore::in_dir(home.data_dir());
        let store = crate::backup::BackupStore::for_settings(&settings, &folders.home)
            .with_audit(home.data_dir());
        crate::audit::witness::register_mirror(home.data_dir(), &store.dir);
        let reserved = PlaceRules::reserved_for(&home, &settings, &folders.home);
        let rules = PlaceRules { folders, reserved };
        // The saved workspace is checked again at every start.
        let notice = match &settings.workspace {
            Some(root) => match crate::workspace::place::guard::check_for_writing(root, &rules) {
                Err(refusal) => Some(Notice {
                    tone: style::Tone::Warning,
                    text: refusal.sentence(),
                    offer: None,
                }),
                Ok(()) => {
                    if store.dir.is_dir()
                        && let Ok(lock) = store.lock(root)
                    {
                        crate::backup::clean_interrupted_restores(&store, root, &lock);
                    }
                    notice
                }
            },
            None => notice,
        };
        let home_data = home.data_dir().to_path_buf();
        Self {
            home,
            rules,
            settings,
            screen,
            wizard,
            status: None,
            status_job: None,
            status_read_at: None,
            picker: None,
            add_picker: None,
            notice,
            without_audit: false,
            model: Model::load(home_data.as_path(), quarantine),
            scan_job: None,
            just_added: Vec::new(),
            selected: None,
            filter: files::Filter::default(),
            backups: backups::BackupsState::new(store),
            sessions: sessions::SessionUi::new(session_store),
            plan: plan_view::PlanUi::default(),
            decide: decide_view::DecideUi::default(),
            incident: incident_view::IncidentUi::default(),
            learn_topic: "prompt-injection".into(),
            redacting: None,
            last_redaction: None,
            logo: None,
            styled: false,
            drawn: None,
            lang: crate::i18n::system_lang(),
            menu: None,
        }
        .with_language()
    }

    /// Lets Home and Settings offer this program's menu entry.
    pub fn with_menu(mut self, menu: crate::desktop_entry::MenuEntry) -> Self {
        let state = menu.state();
        self.menu = Some((menu, state));
        self
    }

    /// Home offers the menu entry once, to a program not in the menu.
    fn offers_menu_entry(&self) -> bool {
        !self.settings.menu_offer_dismissed
            && matches!(
                self.menu,
                Some((_, crate::desktop_entry::MenuState::Absent))
            )
    }

    fn with_language(mut self) -> Self {
        self.lang = self
            .settings
            .language
            .unwrap_or_else(crate::i18n::system_lang);
        crate::i18n::set_lang(self.lang);
        self
    }

    /// The language the window speaks.
    pub fn language(&self) -> crate::i18n::Lang {
        self.lang
    }

    pub fn screen(&self) -> Screen {
        self.screen
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The latest verdict for each workspace file.
    pub fn file_reports(&self) -> &BTreeMap<String, FileReport> {
        self.model.files()
    }

    pub fn is_scanning(&self) -> bool {
        self.scan_job.is_some()
    }

    pub fn quarantine_dir(&self) -> &std::path::Path {
        &self.model.quarantine().dir
    }

    /// Asks for a scan as the "Scan now" button does.
    pub fn start_scan_for_test(&mut self, ctx: &egui::Context) {
        self.apply(Action::StartScan, ctx);
    }

    /// Does what the button sending `action` does (tests, and text that
    /// is easier to give than to type).
    pub fn act(&mut self, action: Action, ctx: &egui::Context) {
        self.apply(action, ctx);
    }

    /// Copies files into `input/` and checks them: what "Add files…" and
    /// dropping files on the window do.
    pub fn add_files(&mut self, paths: Vec<PathBuf>, ctx: &egui::Context) {
        self.apply(Action::AddFiles(paths), ctx);
    }

    /// Background work: folder picker and workspace status.
    pub fn poll(&mut self, ctx: &egui::Context) {
        crate::i18n::set_lang(self.lang);
        if !self.styled {
            style::apply(ctx);
            self.logo = icon::logo_texture(ctx);
            self.styled = true;
        }
        if let Some(job) = &self.picker {
            match job.poll() {
                Poll::Pending => {}
                Poll::Done(choice) => {
                    self.picker = None;
                    if let Some(path) = choice {
                        self.wizard.set_place(path.display().to_string());
                    }
                }
                Poll::Lost => {
                    self.picker = None;
                    self.notify(style::Tone::Warning, &tr!("app-picker-lost"));
                }
            }
        }
        if let Some((job, asked)) = &self.add_picker {
            let asked = *asked;
            match job.poll() {
                Poll::Pending => {}
                Poll::Done(choice) => {
                    self.add_picker = None;
                    match choice {
                        Some(paths) => self.apply(Action::AddFiles(paths), ctx),
                        // Nobody cancels a chooser this fast: there was
                        // none to show (no portal, no zenity).
                        None if asked.elapsed() < NO_PICKER => {
                            self.notify(style::Tone::Warning, &tr!("add-picker-failed"));
                        }
                        None => {}
                    }
                }
                Poll::Lost => {
                    self.add_picker = None;
                    self.notify(style::Tone::Warning, &tr!("add-picker-failed"));
                }
            }
        }
        self.poll_scan();
        self.poll_backups(ctx);
        self.poll_sessions(ctx);
        self.poll_redact(ctx);
        if let Some(job) = &self.status_job {
            match job.poll() {
                Poll::Pending => {}
                Poll::Done((status, around)) => {
                    self.status = Some(status);
                    self.status_job = None;
                    // Files may have come or gone outside Airlock.
                    if let Some(around) = around
                        && self.screen == Screen::Session
                        && self.sessions.current.is_none()
                    {
                        self.refresh_session_facts_with(&around);
                    }
                }
                Poll::Lost => self.status_job = None,
            }
        }
        let stale = self
            .status_read_at
            .is_none_or(|at| at.elapsed() >= STATUS_REFRESH);
        if stale && self.status_job.is_none() {
            self.refresh_status(ctx);
        }
        ctx.request_repaint_after(STATUS_REFRESH);
    }

    fn refresh_status(&mut self, ctx: &egui::Context) {
        let Some(root) = self.settings.workspace.clone() else {
            return;
        };
        self.status_read_at = Some(std::time::Instant::now());
        let store = self.backups.store.clone();
        // The before-session checklist is kept current while it is shown.
        let sessions = (self.screen == Screen::Session && self.sessions.current.is_none())
            .then(|| self.sessions.store.clone());
        match Job::spawn("workspace-status", ctx, move || {
            (
                WorkspaceStatus::read(&root).with_backups(&store),
                sessions.map(|s| crate::session::facts::Surroundings::read(&root, &s)),
            )
        }) {
            Ok(job) => self.status_job = Some(job),
            Err(err) => log::warn!("could not start the status reader: {err}"),
        }
    }

    /// Reads the workspace now, on this thread (tests, right after a change).
    pub fn refresh_status_now(&mut self) {
        self.status = self
            .settings
            .workspace
            .as_deref()
            .map(|root| WorkspaceStatus::read(root).with_backups(&self.backups.store));
        self.status_read_at = Some(std::time::Instant::now());
    }

    /// Draws one frame.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        crate::i18n::set_lang(self.lang);
        self.wizard.refresh_check(&self.rules);
        let mut actions = Vec::new();
        let dropped: Vec<PathBuf> = ui.ctx().input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if !dropped.is_empty() && self.settings.workspace.is_some() {
            actions.push(Action::AddFiles(dropped));
        }
        if let Some(notice) = &self.notice {
            notice_bar(ui, notice, &mut actions);
        }
        if self.screen != Screen::Wizard {
            egui::Panel::left("nav")
                .resizable(false)
                .exact_size(210.0)
                .show(ui, |ui| {
                    nav::show(ui, self.screen, self.logo.as_ref(), &mut actions);
                    nav::language_choice(ui, self.settings.language, &mut actions);
                });
        }
        let opened = self.drawn != Some(self.screen);
        self.drawn = Some(self.screen);
        egui::CentralPanel::default().show(ui, |ui| {
            let mut area = egui::ScrollArea::vertical().auto_shrink([false, false]);
            if opened {
                area = area.vertical_scroll_offset(0.0);
            }
            area.show(ui, |ui| {
                // The wizard stands alone, so it is centred; other
                // screens sit beside the side panel.
                let width = 820.0_f32.min(ui.available_width() - 48.0);
                let side = if self.screen == Screen::Wizard {
                    ((ui.available_width() - width) / 2.0).max(24.0)
                } else {
                    24.0
                };
                ui.add_space(20.0);
                ui.horizontal_top(|ui| {
                    ui.add_space(side);
                    ui.vertical(|ui| {
                        ui.set_max_width(width);
                        self.show_screen(ui, &mut actions);
                        ui.add_space(24.0);
                    });
                });
            });
        });
        for action in actions {
            self.apply(action, ui.ctx());
        }
    }

    fn show_screen(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        match self.screen {
            Screen::Wizard => wizard::show(
                ui,
                &mut self.wizard,
                &self.settings,
                self.status.as_ref(),
                self.picker.is_some(),
                self.logo.as_ref(),
                actions,
            ),
            Screen::Home => {
                if self.offers_menu_entry() {
                    settings_view::menu_offer(ui, actions);
                }
                home::show(
                    ui,
                    &self.settings,
                    self.status.as_ref(),
                    &self.model,
                    self.backups.work.as_ref().map(|j| j.shared()),
                    self.sessions.current.as_ref(),
                    actions,
                );
            }
            Screen::Settings => {
                settings_view::show(ui, self.menu.as_ref().map(|(_, state)| *state), actions);
            }
            Screen::Session => session_view::show(
                ui,
                &mut self.sessions,
                self.status.as_ref(),
                self.model.files(),
                actions,
            ),
            Screen::Sessions => session_view::history(ui, &self.sessions, actions),
            Screen::Decide => decide_view::show(ui, &mut self.decide, actions),
            Screen::Learn => learn_view(ui, &mut self.learn_topic),
            Screen::Incident => {
                let cx = incident_view::Context {
                    store: &self.backups.store,
                    sessions: &self.sessions.store,
                    workspace: self.settings.workspace.as_deref(),
                    files: self.model.files(),
                    quarantined: self.model.quarantined(),
                    data_dir: self.home.data_dir(),
                };
                incident_view::show(ui, &mut self.incident, &cx, actions);
            }
            Screen::PlanReview => {
                let task = self.sessions.current.as_ref().map(|s| s.task.clone());
                let workspace = self
                    .settings
                    .workspace
                    .as_ref()
                    .map(|w| w.display().to_string());
                // Counted by the status reader, not at every keystroke.
                let held = self
                    .status
                    .as_ref()
                    .map(|s| (s.total_files() + s.stray_files) as usize);
                plan_view::show(
                    ui,
                    &mut self.plan,
                    task.as_deref(),
                    workspace.as_deref(),
                    held,
                );
            }
            Screen::Activity => session_view::activity(ui, &mut self.sessions, actions),
            Screen::Backups => {
                let view = backups_view::View {
                    dir: &self.backups.store.dir,
                    keep: (self.settings.keep_last, self.settings.keep_daily_days),
                    backups: self.backups.list.as_deref(),
                    running: self.backups.work.as_ref().map(|j| j.shared()),
                    preview: self.backups.preview.as_ref(),
                    preview_loading: self.backups.preview_loading(),
                    versions: self.backups.versions.as_ref(),
                    has_workspace: self.settings.workspace.is_some(),
                };
                backups_view::show(ui, &view, &mut self.backups.dir_edit, actions);
            }
            Screen::Files => {
                let view = files::View {
                    model: &self.model,
                    scanning: self
                        .scan_job
                        .as_ref()
                        .map(|j| (j.progress.done, j.progress.total)),
                    redacting: self.redacting.is_some(),
                    redaction: self.last_redaction.as_ref(),
                };
                files::show(
                    ui,
                    &view,
                    &mut self.filter,
                    self.selected.as_deref(),
                    actions,
                );
            }
            Screen::Quarantine => {
                quarantine_view::show(
                    ui,
                    &self.model.quarantine().dir,
                    self.model.quarantined(),
                    actions,
                );
            }
            Screen::FirstUseChecklist => {
                ui.heading(tr!("first-use-title"));
                ui.add_space(8.0);
                checklist_view::first_use(ui, &self.settings, self.status.as_ref(), actions);
            }
        }
    }

    fn apply(&mut self, action: Action, ctx: &egui::Context) {
        if let Action::GoOnWithoutAudit(action) = action {
            self.without_audit = true;
            return self.apply(*action, ctx);
        }
        // Before every write, the saved workspace is checked again.
        if (action.changes_files() || action.restores())
            && let Some(root) = &self.settings.workspace
            && let Err(refusal) =
                crate::workspace::place::guard::check_for_writing(root, &self.rules)
        {
            self.notify(style::Tone::Bad, &refusal.sentence());
            return;
        }
        if action.changes_files() && !self.without_audit {
            let data_dir = self.home.data_dir();
            if let Err(err) = crate::audit::AuditLog::in_dir(data_dir).check_writable() {
                log::warn!("audit trail not writable: {err}");
                self.notice = Some(Notice {
                    tone: style::Tone::Warning,
                    text: tr!(
                        "audit-unwritable-ask",
                        folder = data_dir.display().to_string()
                    ),
                    offer: Some((
                        tr!("audit-go-on"),
                        Action::GoOnWithoutAudit(Box::new(action)),
                    )),
                });
                return;
            }
        }
        if self.apply_backup_action(&action, ctx)
            || self.apply_session_action(&action, ctx)
            || self.apply_source_action(&action, ctx)
        {
            return;
        }
        match action {
            Action::GoTo(screen) => {
                self.screen = screen;
                self.refresh_status(ctx);
                match screen {
                    // A first visit checks the files without being asked.
                    Screen::Files if !self.model.scanned_once() && self.scan_job.is_none() => {
                        self.start_scan(ctx);
                    }
                    Screen::Backups => self.refresh_backups(ctx),
                    Screen::Session => {
                        self.refresh_session_facts();
                        // The checklist needs every file checked: do it now.
                        let unchecked = self.sessions.facts.as_ref().and_then(|f| f.unchecked);
                        if self.sessions.current.is_none()
                            && unchecked != Some(0)
                            && self.scan_job.is_none()
                        {
                            self.start_scan(ctx);
                        }
                    }
                    Screen::Sessions | Screen::Activity => self.refresh_history(),
                    Screen::Incident => self.incident.reread(),
                    _ => {}
                }
            }
            Action::WizardTo(step) => self.wizard.step = step,
            Action::PickFolder => self.pick_folder(ctx),
            Action::CreateWorkspace { accept_warnings } => {
                let place = self.wizard.place_path(&self.rules.folders.home);
                match workspace::create_workspace(
                    &place,
                    &self.rules,
                    &self.home,
                    &mut self.settings,
                    accept_warnings,
                ) {
                    Ok(created) => {
                        self.wizard.created = Some(created);
                        self.wizard.error = None;
                        self.wizard.step = WizardStep::Created;
                        self.refresh_status_now();
                    }
                    Err(err) => self.wizard.error = Some(err.sentence()),
                }
            }
            Action::RepairWorkspace => self.repair(),
            Action::OpenFolder(path) => {
                if let Err(err) = os::open_folder(&path) {
                    log::warn!("open folder {}: {err}", path.display());
                    self.notify(
                        style::Tone::Warning,
                        &tr!("app-open-folder-failed", path = path.display().to_string()),
                    );
                }
            }
            Action::Tick { id, ticked } => {
                if ticked {
                    self.settings.first_use_ticked.insert(id);
                } else {
                    self.settings.first_use_ticked.remove(&id);
                }
                self.save_settings();
            }
            Action::FinishWizard => {
                self.screen = Screen::Home;
                self.refresh_status(ctx);
            }
            Action::DismissNotice => self.notice = None,
            Action::SetLanguage(choice) => {
                self.settings.language = choice;
                self.lang = choice.unwrap_or_else(crate::i18n::system_lang);
                crate::i18n::set_lang(self.lang);
                self.save_settings();
                // Sentences already made keep their language; the next
                // ones follow.
                self.notice = None;
            }
            Action::StartScan => self.start_scan(ctx),
            Action::CancelScan => {
                if let Some(job) = &self.scan_job {
                    job.cancel();
                }
            }
            Action::PickFilesToAdd => self.pick_files(ctx),
            Action::AddFiles(paths) => self.add(paths, ctx),
            Action::SelectFile(rel) => self.selected = Some(rel),
            // Moving a file out is destructive: a backup comes first.
            Action::QuarantineFile(rel) => self.back_up(
                crate::backup::Reason::BeforeQuarantine,
                backup_job::Then::Quarantine(rel),
                ctx,
            ),
            Action::ShowInFolder(rel) => {
                if let Some(root) = &self.settings.workspace {
                    let dir = root
                        .join(&rel)
                        .parent()
                        .map(|p| p.to_path_buf())
                        .unwrap_or(root.clone());
                    self.apply(Action::OpenFolder(dir), ctx);
                }
            }
            Action::RestoreFromQuarantine(stored) => self.restore(&stored, ctx),
            Action::MarkReviewed { rel, reviewed } => self.mark_reviewed(&rel, reviewed),
            Action::Learn(topic) => {
                self.learn_topic = topic;
                self.screen = Screen::Learn;
            }
            Action::AddToMenu | Action::RemoveFromMenu => self.change_menu_entry(&action),
            Action::DismissMenuOffer => {
                self.settings.menu_offer_dismissed = true;
                self.save_settings();
            }
            // Handled by `apply_backup_action`.
            _ => {}
        }
    }

    fn repair(&mut self) {
        let Some(root) = self.settings.workspace.clone() else {
            return;
        };
        match workspace::create_workspace(&root, &self.rules, &self.home, &mut self.settings, true)
        {
            Ok(created) => {
                let made = created.new_folders().count();
                self.notify(style::Tone::Good, &tr!("app-repaired", count = made));
            }
            Err(err) => {
                let sentence = err.sentence();
                self.notify(style::Tone::Bad, &sentence);
            }
        }
        self.refresh_status_now();
    }

    fn pick_folder(&mut self, ctx: &egui::Context) {
        if self.picker.is_some() {
            self.notify(style::Tone::Info, &tr!("app-picker-busy"));
            return;
        }
        let start = self.rules.folders.home.clone();
        match Job::spawn("folder-picker", ctx, move || {
            rfd::FileDialog::new()
                .set_title(tr!("app-picker-title"))
                .set_directory(start)
                .pick_folder()
        }) {
            Ok(job) => self.picker = Some(job),
            Err(err) => {
                log::warn!("folder picker: {err}");
                self.notify(style::Tone::Warning, &tr!("app-picker-failed"));
            }
        }
    }

    /// Adds or removes the menu entry; either way Home stops offering it.
    fn change_menu_entry(&mut self, action: &Action) {
        let Some((menu, _)) = &self.menu else {
            return;
        };
        let adding = *action == Action::AddToMenu;
        let result = if adding { menu.add() } else { menu.remove() };
        let state = menu.state();
        let (tone, text) = match (&result, adding) {
            (Ok(()), true) => (style::Tone::Good, tr!("menu-added")),
            (Ok(()), false) => (style::Tone::Good, tr!("menu-removed")),
            (Err(_), true) => (style::Tone::Bad, tr!("menu-add-failed")),
            (Err(_), false) => (style::Tone::Bad, tr!("menu-remove-failed")),
        };
        if let Err(err) = &result {
            log::warn!("{err}");
        }
        if let Some(menu) = &mut self.menu {
            menu.1 = state;
        }
        self.notify(tone, &text);
        if result.is_ok() {
            self.settings.menu_offer_dismissed = true;
            self.save_settings();
        }
    }

    fn save_settings(&mut self) {
        if let Err(err) = self.settings.save(&self.home.settings_path()) {
            log::warn!("{err}");
            self.notify(style::Tone::Bad, &tr!("app-settings-unsaved"));
        }
    }

    fn notify(&mut self, tone: style::Tone, text: &str) {
        self.notice = Some(Notice {
            tone,
            text: text.to_string(),
            offer: None,
        });
    }
}

/// The Learn screen: the pages on each risk, one shown at a time.
fn learn_view(ui: &mut egui::Ui, topic: &mut String) {
    use egui::RichText;
    ui.heading(tr!("learn-title"));
    ui.label(tr!("learn-intro"));
    ui.add_space(8.0);
    let pages = crate::guide::learn::pages();
    ui.horizontal_wrapped(|ui| {
        for page in &pages {
            ui.selectable_value(topic, page.id.clone(), &page.title);
        }
    });
    ui.add_space(8.0);
    if let Some(page) = pages.iter().find(|p| p.id == *topic) {
        style::card(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(&page.title).size(20.0).strong());
            for paragraph in &page.paragraphs {
                ui.add_space(6.0);
                ui.label(RichText::new(paragraph).size(15.0));
            }
        });
    }
}

fn notice_bar(ui: &mut egui::Ui, notice: &Notice, actions: &mut Vec<Action>) {
    egui::Panel::top("notice").show(ui, |ui| {
        // Wrapped: sentences and file names can be long, in any language.
        ui.horizontal_wrapped(|ui| {
            style::status_line(ui, notice.tone, &notice.text);
            if let Some((label, action)) = &notice.offer
                && style::primary_button(ui, label).clicked()
            {
                actions.push(action.clone());
                actions.push(Action::DismissNotice);
            }
            if ui.button(tr!("common-dismiss")).clicked() {
                actions.push(Action::DismissNotice);
            }
        });
    });
}

impl eframe::App for AirlockApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.poll(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }
}

/// The window's size when it first opens.
pub const WINDOW_SIZE: [f32; 2] = [1100.0, 740.0];

/// Opens the window.
pub fn run(home: AppHome, folders: UserFolders) -> Result<(), String> {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Airlock")
        .with_app_id(crate::desktop_entry::APP_ID)
        .with_inner_size(WINDOW_SIZE)
        .with_min_inner_size([760.0, 520.0]);
    if let Some(icon) = icon::window_icon() {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    eframe::run_native(
        "Airlock",
        options,
        Box::new(move |_cc| {
            let mut app = AirlockApp::new(home, folders);
            if let Some(menu) = crate::desktop_entry::MenuEntry::for_this_program() {
                app = app.with_menu(menu);
            }
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| e.to_string())
}
