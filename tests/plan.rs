//! Plan review on realistic plans, safe and unsafe, in English and French,
//! through the library and `airlock plan-check`.
#![allow(clippy::unwrap_used)] // Tests may unwrap: a panic is the failure report.

mod util;

use airlock::guide::plan::{Recommendation, review};
use util::{Sandbox, stderr, stdout};

const SAFE_EN: &str = "Plan:\n1. Read the three reports in input/.\n2. Write a one-page summary of each to output/summaries.md.\n3. List the open questions at the end.";
const SAFE_FR: &str = "Plan :\n1. Lire les trois rapports dans input/.\n2. Écrire un résumé d'une page de chacun dans output/resumes.md.";
const DELETE_EN: &str = "1. Find duplicate photos in input/.\n2. Delete the duplicates.\n3. Report how much space was freed.";
const UNSAFE_EN: &str = "1. Read ~/Documents/taxes/2025.pdf for context.\n2. pip install pdfplumber to parse it.\n3. Upload the summary to https://share.example.com.";
const UNSAFE_FR: &str = "1. Parcourir tous les fichiers du dossier.\n2. Supprimer les doublons.\n3. Envoyer le résultat par e-mail au comptable.";
const VAGUE_EN: &str = "I'll clean up the folder as needed and handle the rest.";

#[test]
fn safe_plans_are_approved_in_both_languages() {
    for plan in [SAFE_EN, SAFE_FR] {
        let r = review(plan, None, None);
        assert_eq!(
            r.recommendation,
            Recommendation::Approve,
            "{plan}: {:?}",
            r.flags
        );
        assert!(r.flags.is_empty());
    }
}

#[test]
fn deletions_and_vague_steps_call_for_clarification() {
    let r = review(DELETE_EN, None, None);
    assert_eq!(r.recommendation, Recommendation::AskForClarification);
    assert!(
        r.flags
            .iter()
            .any(|f| f.rule == "delete" && &DELETE_EN[f.range.clone()] == "Delete")
    );
    assert!(
        r.safer()
            .iter()
            .any(|s| s.contains("wait for my confirmation"))
    );
    let r = review(VAGUE_EN, None, None);
    assert_eq!(r.recommendation, Recommendation::AskForClarification);
    assert!(r.flags.iter().any(|f| f.rule == "vague"));
}

#[test]
fn outside_paths_installs_and_uploads_are_not_approved() {
    let r = review(UNSAFE_EN, None, None);
    assert_eq!(r.recommendation, Recommendation::DoNotApprove);
    let rules: Vec<&str> = r.flags.iter().map(|f| f.rule.as_str()).collect();
    for rule in ["outside-path", "install-run", "send", "web"] {
        assert!(rules.contains(&rule), "{rule} in {rules:?}");
    }
    let r = review(UNSAFE_FR, None, None);
    assert_eq!(r.recommendation, Recommendation::DoNotApprove);
    let rules: Vec<&str> = r.flags.iter().map(|f| f.rule.as_str()).collect();
    for rule in ["broad-scope", "delete", "send"] {
        assert!(rules.contains(&rule), "{rule} in {rules:?}");
    }
}

#[test]
fn the_plan_is_compared_with_the_task() {
    // Deleting is fine when the task asks for it…
    let asked = review(DELETE_EN, Some("Find and delete duplicate photos"), None);
    assert!(asked.beyond_task.is_empty());
    assert_eq!(asked.recommendation, Recommendation::AskForClarification);
    // …and not when it does not.
    let not_asked = review(DELETE_EN, Some("Summarise my photos by date"), None);
    assert_eq!(not_asked.beyond_task, ["delete"]);
    assert_eq!(not_asked.recommendation, Recommendation::DoNotApprove);
}

#[test]
fn the_workspace_itself_is_not_outside() {
    let plan = "Write the summary to /home/ann/Cowork-Workspace/output/summary.md";
    assert_eq!(
        review(plan, None, Some("/home/ann/Cowork-Workspace")).recommendation,
        Recommendation::Approve
    );
    assert_eq!(
        review(plan, None, None).recommendation,
        Recommendation::DoNotApprove
    );
}

#[test]
fn cli_marks_the_flags_and_says_what_to_do() {
    let sb = Sandbox::new();
    let file = sb.root.join("plan.txt");
    std::fs::write(&file, UNSAFE_EN).unwrap();
    let out = sb.run(&["plan-check", "--lang", "en", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let text = stdout(&out);
    assert!(text.contains("[[pip install]]"), "{text}");
    assert!(text.contains("Do not approve this plan"), "{text}");
    assert!(text.contains("Safer wording to send back:"), "{text}");
    std::fs::write(&file, SAFE_EN).unwrap();
    let out = sb.run(&["plan-check", "--lang", "en", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

#[test]
fn more_files_than_the_workspace_holds_is_questioned() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(tmp.path().join("input")).unwrap();
    for i in 0..3 {
        std::fs::write(tmp.path().join(format!("input/{i}.txt")), "x").unwrap();
    }
    let ws = tmp.path().to_str().unwrap();
    let r = review("Summarise the 3 files in input/.", None, Some(ws));
    assert_eq!(r.recommendation, Recommendation::Approve, "{:?}", r.flags);
    let r = review("Summarise the 250 files in input/.", None, Some(ws));
    assert_eq!(r.recommendation, Recommendation::AskForClarification);
    assert!(
        r.flags
            .iter()
            .any(|f| f.rule == "count" && f.why().contains("holds 3"))
    );
}

/// One plan of `tests/data/plan_sentences.ron`.
#[derive(serde::Deserialize)]
struct Sentence {
    lang: String,
    flags: Vec<String>,
    plan: String,
    #[serde(default)]
    workspace: Option<String>,
}

fn sentences() -> Vec<Sentence> {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/plan_sentences.ron");
    ron::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn written_plans_are_classified_with_the_right_reasons() {
    let mut wrong = Vec::new();
    for s in sentences() {
        let r = review(&s.plan, None, s.workspace.as_deref());
        let mut got: Vec<&str> = r.flags.iter().map(|f| f.rule.as_str()).collect();
        got.sort_unstable();
        got.dedup();
        let mut want: Vec<&str> = s.flags.iter().map(String::as_str).collect();
        want.sort_unstable();
        let safe_as_expected = want.is_empty() == (r.recommendation == Recommendation::Approve);
        if got != want || !safe_as_expected {
            let marked: Vec<&str> = r.flags.iter().map(|f| &s.plan[f.range.clone()]).collect();
            wrong.push(format!(
                "[{}] {:?}\n    want {want:?}, got {got:?} {marked:?} ({:?})",
                s.lang, s.plan, r.recommendation
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn the_written_plans_are_enough_and_balanced() {
    let all = sentences();
    for lang in ["en", "fr"] {
        let safe = all
            .iter()
            .filter(|s| s.lang == lang && s.flags.is_empty())
            .count();
        let unsafe_ = all
            .iter()
            .filter(|s| s.lang == lang && !s.flags.is_empty())
            .count();
        assert!(
            safe >= 20 && unsafe_ >= 20,
            "{lang}: {safe} safe, {unsafe_} unsafe"
        );
    }
    for lang in ["es", "de", "it", "pt"] {
        let safe = all
            .iter()
            .filter(|s| s.lang == lang && s.flags.is_empty())
            .count();
        let unsafe_ = all
            .iter()
            .filter(|s| s.lang == lang && !s.flags.is_empty())
            .count();
        assert!(
            safe >= 3 && unsafe_ >= 3,
            "{lang}: {safe} safe, {unsafe_} unsafe"
        );
    }
}

/// The four phrasings of issue 17, and the rules each must raise.
const ISSUE_17: [(&str, &[&str]); 4] = [
    (
        "I will tidy the project by removing the files you don't need",
        &["delete"],
    ),
    (
        "Étape 1 : je range les factures, ça déplacera les anciennes à la corbeille",
        &["delete"],
    ),
    ("en retirant les fichiers inutiles", &["delete"]),
    (
        "I will clean up the old files in your Downloads folder",
        &["outside-path", "delete"],
    ),
];

#[test]
fn issue_17_cli_flags_everyday_wording_in_the_chosen_language() {
    use airlock::i18n::{Lang, tr_in};
    let sb = Sandbox::new();
    let file = sb.root.join("plan.txt");
    for (plan, rules) in ISSUE_17 {
        std::fs::write(&file, plan).unwrap();
        for (flag, lang) in [("en", Lang::En), ("fr", Lang::Fr)] {
            let out = sb.run(&["plan-check", "--lang", flag, file.to_str().unwrap()]);
            let text = stdout(&out);
            assert_ne!(out.status.code(), Some(0), "{plan}: {text}");
            for rule in rules {
                let why = tr_in(lang, &format!("plan-rule-{rule}-why"), None);
                assert!(text.contains(&why), "{plan} --lang {flag}: {rule}\n{text}");
            }
        }
    }
    // Without --lang, the system's language.
    std::fs::write(&file, ISSUE_17[0].0).unwrap();
    let out = sb
        .airlock()
        .env("AIRLOCK_LANG", "fr")
        .args(["plan-check", file.to_str().unwrap()])
        .output()
        .unwrap();
    let text = stdout(&out);
    assert!(
        text.contains("Il risque de supprimer des fichiers"),
        "{text}"
    );
    assert!(
        text.contains("Formulation plus sûre à renvoyer :"),
        "{text}"
    );
    assert!(text.contains("[[removing the files]]"), "{text}");
}

#[test]
fn an_endless_plan_is_refused_with_a_sentence_not_read_to_the_end() {
    let sb = Sandbox::new();
    // A file with no end, and the same stream on standard input.
    let out = sb.run(&["plan-check", "--lang", "en", "/dev/zero"]);
    assert_ne!(out.status.code(), Some(0));
    assert!(stderr(&out).contains("longer than 1"), "{}", stderr(&out));
    let zero = std::fs::File::open("/dev/zero").unwrap();
    let out = sb
        .airlock()
        .args(["plan-check", "--lang", "en", "-"])
        .stdin(zero)
        .output()
        .unwrap();
    assert_ne!(out.status.code(), Some(0));
    assert!(
        stderr(&out).contains("a plan is a few paragraphs"),
        "{}",
        stderr(&out)
    );
}
