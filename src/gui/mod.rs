//! The window: one `AirlockApp` with saved state (settings), running state
//! (screen, wizard, background jobs) and actions. Screens draw and return
//! an [`Action`]; the app applies it after the frame.

mod checklist_view;
mod home;
mod icon;
mod jobs;
mod nav;
mod os;
mod style;
pub mod wizard;

use std::path::PathBuf;

use crate::app_home::AppHome;
use crate::settings::Settings;
use crate::workspace::{self, CreateError, PlaceRules, UserFolders, WorkspaceStatus};
use jobs::{Job, Poll};
use wizard::{Wizard, WizardStep};

/// The screens reachable from the side panel (and the wizard before them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Wizard,
    Home,
    FirstUseChecklist,
}

/// A request from a screen, applied after the frame.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    GoTo(Screen),
    WizardTo(WizardStep),
    /// Open the system's folder chooser for the wizard's place.
    PickFolder,
    /// Create (or repair) the workspace at the wizard's place.
    CreateWorkspace {
        accept_warnings: bool,
    },
    /// Repair the recorded workspace (missing folders).
    RepairWorkspace,
    OpenFolder(PathBuf),
    Tick {
        id: String,
        ticked: bool,
    },
    FinishWizard,
    DismissNotice,
}

/// A message from Airlock itself (never text from inside a file).
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    pub tone: style::Tone,
    pub text: String,
}

pub struct AirlockApp {
    home: AppHome,
    rules: PlaceRules,
    settings: Settings,
    screen: Screen,
    wizard: Wizard,
    status: Option<WorkspaceStatus>,
    status_job: Option<Job<WorkspaceStatus>>,
    status_read_at: Option<std::time::Instant>,
    picker: Option<Job<Option<PathBuf>>>,
    notice: Option<Notice>,
    logo: Option<egui::TextureHandle>,
    styled: bool,
}

/// How often Home re-reads the workspace while it is shown.
const STATUS_REFRESH: std::time::Duration = std::time::Duration::from_secs(3);

impl AirlockApp {
    pub fn new(home: AppHome, folders: UserFolders) -> Self {
        let loaded = Settings::load(&home.settings_path());
        let notice = loaded.notice.map(|text| Notice {
            tone: style::Tone::Warning,
            text,
        });
        let settings = loaded.settings;
        let screen = if settings.workspace.is_some() {
            Screen::Home
        } else {
            Screen::Wizard
        };
        let wizard = Wizard::new(folders.default_workspace());
        let rules = PlaceRules {
            folders,
            reserved: home.owned_dirs(),
        };
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
            notice,
            logo: None,
            styled: false,
        }
    }

    pub fn screen(&self) -> Screen {
        self.screen
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Background work: folder picker and workspace status.
    pub fn poll(&mut self, ctx: &egui::Context) {
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
                    self.notify(
                        style::Tone::Warning,
                        "The folder chooser closed unexpectedly. Type the folder's path instead.",
                    );
                }
            }
        }
        if let Some(job) = &self.status_job {
            match job.poll() {
                Poll::Pending => {}
                Poll::Done(status) => {
                    self.status = Some(status);
                    self.status_job = None;
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
        match Job::spawn("workspace-status", ctx, move || {
            WorkspaceStatus::read(&root)
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
            .map(WorkspaceStatus::read);
        self.status_read_at = Some(std::time::Instant::now());
    }

    /// Draws one frame.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        self.wizard.refresh_check(&self.rules);
        let mut actions = Vec::new();
        if let Some(notice) = &self.notice {
            notice_bar(ui, notice, &mut actions);
        }
        if self.screen != Screen::Wizard {
            egui::Panel::left("nav")
                .resizable(false)
                .exact_size(210.0)
                .show(ui, |ui| {
                    nav::show(ui, self.screen, self.logo.as_ref(), &mut actions);
                });
        }
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
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
            Screen::Home => home::show(ui, &self.settings, self.status.as_ref(), actions),
            Screen::FirstUseChecklist => {
                ui.heading("Before first use");
                ui.add_space(8.0);
                checklist_view::first_use(ui, &self.settings, self.status.as_ref(), actions);
            }
        }
    }

    fn apply(&mut self, action: Action, ctx: &egui::Context) {
        match action {
            Action::GoTo(screen) => {
                self.screen = screen;
                self.refresh_status(ctx);
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
                    Err(err) => self.wizard.error = Some(create_error_sentence(&err)),
                }
            }
            Action::RepairWorkspace => self.repair(),
            Action::OpenFolder(path) => {
                if let Err(err) = os::open_folder(&path) {
                    log::warn!("open folder {}: {err}", path.display());
                    self.notify(
                        style::Tone::Warning,
                        &format!(
                            "Airlock could not open the folder for you. You can find it at {}.",
                            path.display()
                        ),
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
                self.notify(
                    style::Tone::Good,
                    &format!("The workspace is complete again ({made} folder(s) re-created)."),
                );
            }
            Err(err) => {
                let sentence = create_error_sentence(&err);
                self.notify(style::Tone::Bad, &sentence);
            }
        }
        self.refresh_status_now();
    }

    fn pick_folder(&mut self, ctx: &egui::Context) {
        if self.picker.is_some() {
            self.notify(
                style::Tone::Info,
                "The folder chooser is already open; look for its window.",
            );
            return;
        }
        let start = self.rules.folders.home.clone();
        match Job::spawn("folder-picker", ctx, move || {
            rfd::FileDialog::new()
                .set_title("Choose a folder for the workspace")
                .set_directory(start)
                .pick_folder()
        }) {
            Ok(job) => self.picker = Some(job),
            Err(err) => {
                log::warn!("folder picker: {err}");
                self.notify(
                    style::Tone::Warning,
                    "The folder chooser could not be opened. Type the folder's path instead.",
                );
            }
        }
    }

    fn save_settings(&mut self) {
        if let Err(err) = self.settings.save(&self.home.settings_path()) {
            log::warn!("{err}");
            self.notify(
                style::Tone::Bad,
                "Airlock could not save your settings; your choices will be lost when it closes.",
            );
        }
    }

    fn notify(&mut self, tone: style::Tone, text: &str) {
        self.notice = Some(Notice {
            tone,
            text: text.to_string(),
        });
    }
}

fn create_error_sentence(err: &CreateError) -> String {
    match err {
        CreateError::Refused(concern) => format!("{} {}", concern.what(), concern.todo()),
        CreateError::NeedsConfirmation(_) => {
            "Please confirm the warnings above before creating the workspace.".into()
        }
        CreateError::Io { path, source } => {
            log::warn!("create {}: {source}", path.display());
            format!(
                "Airlock could not create {} ({source}). Check that you can write there, or choose another folder.",
                path.display()
            )
        }
        CreateError::Settings(err) => {
            log::warn!("{err}");
            "The workspace was created, but Airlock could not save where it is. Check that your user folder is not full.".into()
        }
    }
}

fn notice_bar(ui: &mut egui::Ui, notice: &Notice, actions: &mut Vec<Action>) {
    egui::Panel::top("notice").show(ui, |ui| {
        ui.horizontal(|ui| {
            style::status_line(ui, notice.tone, &notice.text);
            if ui.button("Dismiss").clicked() {
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

/// Opens the window.
pub fn run(home: AppHome, folders: UserFolders) -> Result<(), String> {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Airlock")
        .with_app_id("airlock")
        .with_inner_size([1100.0, 740.0])
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
        Box::new(move |_cc| Ok(Box::new(AirlockApp::new(home, folders)))),
    )
    .map_err(|e| e.to_string())
}
