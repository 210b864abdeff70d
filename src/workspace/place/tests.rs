//! Places checked against a home folder laid out in a temporary folder.

use super::*;

struct Fixture {
    _tmp: tempfile::TempDir,
    root: PathBuf,
    rules: PlaceRules,
}

impl Fixture {
    fn home(&self) -> PathBuf {
        self.rules.folders.home.clone()
    }
}

/// A fake home under a temp folder, with every personal folder.
fn fixture() -> Fixture {
    let tmp = tempfile::tempdir().unwrap();
    let root = std::fs::canonicalize(tmp.path()).unwrap();
    let home = root.join("home").join("ann");
    let folders = UserFolders::for_home(&home);
    for folder in &folders.personal {
        std::fs::create_dir_all(&folder.path).unwrap();
    }
    let app = root.join("app-data");
    std::fs::create_dir_all(&app).unwrap();
    Fixture {
        _tmp: tmp,
        root,
        rules: PlaceRules {
            folders,
            reserved: vec![app],
        },
    }
}

fn refusal(f: &Fixture, path: &Path) -> Concern {
    f.rules
        .check(path)
        .refusal
        .unwrap_or_else(|| panic!("{} should be refused", path.display()))
}

#[test]
fn a_new_folder_in_home_is_clear() {
    let f = fixture();
    let check = f.rules.check(&f.home().join("Cowork-Workspace"));
    assert!(check.is_clear(), "{check:?}");
    assert_eq!(check.existing, Existing::Nothing);
}

#[test]
fn home_is_refused() {
    let f = fixture();
    assert_eq!(refusal(&f, &f.home()), Concern::Home);
}

#[test]
fn every_personal_folder_is_refused() {
    let f = fixture();
    for name in [
        "Documents",
        "Desktop",
        "Downloads",
        "Pictures",
        "Music",
        "Videos",
    ] {
        assert_eq!(
            refusal(&f, &f.home().join(name)),
            Concern::Personal { name: name.into() },
            "{name}"
        );
    }
}

#[test]
fn a_subfolder_of_documents_is_allowed() {
    let f = fixture();
    assert!(
        !f.rules
            .check(&f.home().join("Documents/AI work"))
            .is_refused()
    );
}

#[test]
fn parents_of_home_and_root_are_refused() {
    let f = fixture();
    assert!(matches!(
        refusal(&f, &f.root.join("home")),
        Concern::ParentOf { .. }
    ));
    assert_eq!(refusal(&f, Path::new("/")), Concern::Root);
}

#[test]
fn parent_of_a_personal_folder_elsewhere_is_refused() {
    let mut f = fixture();
    let elsewhere = f.root.join("data").join("docs");
    f.rules.folders.personal[0].path = elsewhere;
    assert!(matches!(
        refusal(&f, &f.root.join("data")),
        Concern::ParentOf { .. }
    ));
}

#[test]
fn system_folders_and_their_insides_are_refused() {
    let f = fixture();
    for path in [
        "/etc",
        "/usr",
        "/usr/local/ws",
        "/var",
        "/bin",
        "/System",
        "/Library",
    ] {
        assert!(
            matches!(refusal(&f, Path::new(path)), Concern::System { .. }),
            "{path}"
        );
    }
}

#[test]
fn windows_system_folders_are_listed() {
    assert!(SYSTEM_FOLDERS.contains(&r"C:\Windows"));
    assert!(SYSTEM_FOLDERS.contains(&r"C:\Program Files"));
}

#[test]
fn hidden_settings_folders_in_home_are_refused() {
    let f = fixture();
    assert!(matches!(
        refusal(&f, &f.home().join(".ssh/ws")),
        Concern::HiddenSettings { .. }
    ));
    assert!(matches!(
        refusal(&f, &f.home().join(".config")),
        Concern::HiddenSettings { .. }
    ));
}

#[test]
fn airlock_own_folder_is_refused_both_ways() {
    let f = fixture();
    let app = f.rules.reserved[0].clone();
    assert_eq!(refusal(&f, &app), Concern::AppFolder);
    assert_eq!(refusal(&f, &app.join("ws")), Concern::AppFolder);
    assert_eq!(refusal(&f, &f.root), Concern::AppFolder);
}

#[test]
fn dot_dot_cannot_sneak_into_documents() {
    let f = fixture();
    let sneaky = f.home().join("Cowork-Workspace/../Documents");
    assert!(matches!(refusal(&f, &sneaky), Concern::Personal { .. }));
}

#[cfg(unix)]
#[test]
fn a_symlink_to_home_is_refused() {
    let f = fixture();
    let link = f.root.join("innocent");
    std::os::unix::fs::symlink(f.home(), &link).unwrap();
    let concern = refusal(&f, &link);
    assert!(
        matches!(&concern, Concern::ThroughShortcut { inner, .. } if **inner == Concern::Home),
        "{concern:?}"
    );
}

#[cfg(unix)]
#[test]
fn a_path_through_a_symlink_into_documents_is_refused() {
    let f = fixture();
    let link = f.root.join("shortcut");
    std::os::unix::fs::symlink(f.home(), &link).unwrap();
    let concern = refusal(&f, &link.join("Documents"));
    let Concern::ThroughShortcut { inner, resolved } = concern else {
        panic!("expected a shortcut refusal, got {concern:?}");
    };
    assert_eq!(resolved, f.home().join("Documents"));
    assert!(matches!(*inner, Concern::Personal { .. }));
}

#[cfg(unix)]
#[test]
fn a_symlink_to_a_system_folder_is_refused_even_deeper() {
    let f = fixture();
    let link = f.root.join("etc-link");
    std::os::unix::fs::symlink("/etc", &link).unwrap();
    let concern = refusal(&f, &link.join("new-ws"));
    assert!(
        matches!(concern, Concern::ThroughShortcut { .. }),
        "{concern:?}"
    );
}

#[cfg(unix)]
#[test]
fn a_symlink_to_a_fine_folder_suggests_the_real_one() {
    let f = fixture();
    let real = f.home().join("real-ws");
    std::fs::create_dir_all(&real).unwrap();
    let link = f.home().join("ws-link");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let concern = refusal(&f, &link);
    assert_eq!(concern.suggested_path(), Some(real.as_path()));
}

#[test]
fn a_file_is_not_a_folder() {
    let f = fixture();
    let file = f.home().join("notes.txt");
    std::fs::write(&file, "x").unwrap();
    assert_eq!(refusal(&f, &file), Concern::NotAFolder);
}

#[test]
fn a_non_empty_folder_warns_and_lists_what_is_there() {
    let f = fixture();
    let dir = f.home().join("Projects");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("budget.xlsx"), "x").unwrap();
    std::fs::write(dir.join("letter.docx"), "x").unwrap();
    let check = f.rules.check(&dir);
    assert!(!check.is_refused());
    let Some(Concern::NotEmpty {
        entries,
        total,
        fresh_subfolder,
    }) = check.warnings.first()
    else {
        panic!("expected a not-empty warning: {check:?}");
    };
    assert_eq!(
        entries,
        &vec!["budget.xlsx".to_string(), "letter.docx".to_string()]
    );
    assert_eq!(*total, 2);
    assert_eq!(fresh_subfolder, &dir.join("Cowork-Workspace"));
}

#[test]
fn an_existing_workspace_is_not_a_non_empty_folder() {
    let f = fixture();
    let dir = f.home().join("ws");
    for sub in FOLDERS {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
    }
    let check = f.rules.check(&dir);
    assert!(check.is_clear(), "{check:?}");
    assert_eq!(check.existing, Existing::Workspace);
}

#[test]
fn cloud_folders_warn() {
    let f = fixture();
    for (path, service) in [
        ("Dropbox/ws", "Dropbox"),
        ("OneDrive/ws", "OneDrive"),
        ("Google Drive/ws", "Google Drive"),
        (
            "Library/Mobile Documents/com~apple~CloudDocs/ws",
            "iCloud Drive",
        ),
    ] {
        let check = f.rules.check(&f.home().join(path));
        if path.starts_with("Library") {
            // ~/Library is refused outright on every system.
            assert!(check.is_refused());
            continue;
        }
        assert!(!check.is_refused(), "{path}");
        assert_eq!(
            check.warnings,
            vec![Concern::CloudSynced {
                service: service.into()
            }],
            "{path}"
        );
    }
}

#[test]
fn icloud_outside_library_warns() {
    let f = fixture();
    let check = f.rules.check(&f.root.join("iCloud Drive").join("ws"));
    assert!(matches!(
        check.warnings.as_slice(),
        [Concern::CloudSynced { .. }]
    ));
}

#[test]
fn temp_folder_warns_but_is_not_a_system_folder() {
    let mut f = fixture();
    f.rules.folders.temp = Some(f.root.clone());
    let f2 = &f;
    let check = f2.rules.check(&f2.root.join("elsewhere/ws"));
    assert!(check.warnings.is_empty());
    assert_eq!(check.notes, vec![Concern::Temporary]);
}

#[test]
fn a_temp_folder_never_turns_the_system_check_off() {
    let mut f = fixture();
    // `TMPDIR=/`, `TMPDIR=/etc`: still refused, and still only a note
    // where the place is allowed.
    for temp in ["/", "/etc"] {
        f.rules.folders.temp = Some(PathBuf::from(temp));
        assert!(
            matches!(refusal(&f, Path::new("/etc/ws")), Concern::System { .. }),
            "TMPDIR={temp}"
        );
        assert!(
            matches!(
                refusal(&f, Path::new("/usr/local/ws")),
                Concern::System { .. }
            ),
            "TMPDIR={temp}"
        );
    }
    f.rules.folders.temp = Some(PathBuf::from("/"));
    let check = f.rules.check(&f.home().join("ws"));
    assert!(!check.is_refused(), "{check:?}");
    assert!(check.warnings.is_empty());
    assert_eq!(check.notes, vec![Concern::Temporary]);
}

#[test]
fn every_concern_speaks_in_three_sentences() {
    let concerns = [
        Concern::Root,
        Concern::Home,
        Concern::AppFolder,
        Concern::NotAFolder,
        Concern::Temporary,
    ];
    for concern in concerns {
        for text in [concern.what(), concern.why(), concern.todo()] {
            assert!(text.ends_with('.'), "{text}");
            assert!(text.len() > 10);
        }
    }
}
