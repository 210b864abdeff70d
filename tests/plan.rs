//! Plan review on realistic plans, safe and unsafe, in English and French,
//! through the library and `airlock plan-check`.
#![allow(clippy::unwrap_used)] // Tests may unwrap: a panic is the failure report.

mod util;

use airlock::guide::plan::{Recommendation, review};
use util::{Sandbox, stdout};

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
