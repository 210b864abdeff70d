//! The word files' own examples, run: each example flags its concept,
//! each counter-example does not.

use super::language::Language;
use super::rules::{RULES, words_data};
use super::*;

fn rules_fired(text: &str) -> Vec<String> {
    review(text, None, None)
        .flags
        .into_iter()
        .map(|f| f.rule)
        .collect()
}

#[test]
fn the_rules_load_without_problems() {
    assert_eq!(RULES.problems, Vec::<String>::new());
    assert!(RULES.concepts.len() >= 9);
}

#[test]
fn every_language_covers_every_concept_with_examples() {
    for language in Language::ALL {
        let data = words_data(language).unwrap();
        // English and French are complete: several of each.
        let least = if matches!(language, Language::En | Language::Fr) {
            3
        } else {
            1
        };
        for concept in &RULES.concepts {
            let words = data
                .concepts
                .get(&concept.id)
                .unwrap_or_else(|| panic!("{}: no words for {}", language.code(), concept.id));
            assert!(
                words.examples.len() >= least && words.counter_examples.len() >= least,
                "{}: {} needs at least {least} examples and counter-examples",
                language.code(),
                concept.id
            );
        }
    }
}

#[test]
fn every_example_is_flagged_and_no_counter_example() {
    let mut wrong = Vec::new();
    for language in Language::ALL {
        let data = words_data(language).unwrap();
        for (id, words) in &data.concepts {
            for example in &words.examples {
                let fired = rules_fired(example);
                if !fired.contains(id) {
                    wrong.push(format!(
                        "{}: {id} should flag {example:?} (got {fired:?})",
                        language.code()
                    ));
                }
            }
            for example in &words.counter_examples {
                let fired = rules_fired(example);
                if fired.contains(id) {
                    wrong.push(format!(
                        "{}: {id} should not flag {example:?}",
                        language.code()
                    ));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_flag_covers_the_words_that_raised_it() {
    let plan = "1. Find duplicate photos in input/.\n2. Delete the duplicates.";
    let r = review(plan, None, None);
    let flag = r.flags.iter().find(|f| f.rule == "delete").unwrap();
    assert_eq!(&plan[flag.range.clone()], "Delete");
    let plan = "Je range les factures, ça déplacera les anciennes à la corbeille.";
    let r = review(plan, None, None);
    let flag = r.flags.iter().find(|f| f.rule == "delete").unwrap();
    assert_eq!(
        &plan[flag.range.clone()],
        "déplacera les anciennes à la corbeille"
    );
    // Moving to the bin is deleting, not also moving.
    assert!(
        !r.flags
            .iter()
            .any(|f| f.rule == "move-rename" && f.range.start > 20)
    );
}

#[test]
fn the_language_is_told_by_common_words() {
    let words = Words::new("Je vais lire les trois factures dans input/ et écrire un résumé.");
    assert_eq!(languages_of(&words), [Language::Fr]);
    let words = Words::new("I will read the three invoices and write a summary.");
    assert_eq!(languages_of(&words), [Language::En]);
    let words = Words::new("input/ output/");
    assert_eq!(languages_of(&words), Language::ALL);
}

#[test]
fn the_workspace_in_the_home_folder_is_not_outside() {
    let Some(home) = std::env::home_dir() else {
        return;
    };
    let ws = home.join("Cowork-Workspace");
    let plan = "Write the summary to ~/Cowork-Workspace/output/summary.md";
    let r = review_counted(plan, None, ws.to_str(), None);
    assert_eq!(r.recommendation, Recommendation::Approve, "{:?}", r.flags);
    let r = review_counted("Read ~/Other/notes.txt", None, ws.to_str(), None);
    assert_eq!(r.recommendation, Recommendation::DoNotApprove);
}

#[test]
fn numbers_in_words_and_years() {
    let r = review_counted(
        "Summarise the 2025 invoices in input/.",
        None,
        None,
        Some(3),
    );
    assert!(r.flags.is_empty(), "{:?}", r.flags);
    let r = review_counted(
        "I'll go through the 40 files.",
        Some("Summarise the three invoices"),
        None,
        Some(100),
    );
    let count = r.flags.iter().find(|f| f.rule == "count").unwrap();
    assert_eq!(count.count, Some(Count::Asked { said: 40, asked: 3 }));
}
