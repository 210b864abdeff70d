//! Prints what the instruction detector sees in each line of a file:
//! the normalised text, the concepts per sentence and the hits. For
//! working on the word lists: `cargo run --release --example intent_debug FILE`.
use airlock::scan::intent::{self, CONCEPTS, Flat, Reading};
use airlock::scan::text::{fold, normalize};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: intent_debug FILE");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(err) => {
            eprintln!("{path}: {err}");
            std::process::exit(1);
        }
    };
    if std::env::var_os("WHOLE").is_some() {
        for hit in intent::scan(&normalize(&text).text, &CONCEPTS, Reading::Document) {
            println!(
                "hit {:?}: {} | {}",
                hit.severity,
                hit.concepts.join(" + "),
                hit.sentence
            );
        }
        return;
    }
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let norm = normalize(line).text;
        let lower = fold(&norm);
        let active = CONCEPTS.languages_in(&lower);
        let anywhere = CONCEPTS.found_in_languages(&lower, &active);
        let flat = Flat::new(&[(0, lower.as_str(), true)]);
        let found = CONCEPTS.found_by_sentence(&flat, &anywhere, &active);
        let names = |ids: &[usize]| {
            ids.iter()
                .map(|&i| CONCEPTS.concepts[i].id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        println!("{lower}");
        println!("  anywhere: {}", names(&anywhere));
        println!("  sentence: {}", names(&found[0]));
        for hit in intent::scan(&norm, &CONCEPTS, Reading::Document) {
            println!("  hit {:?}: {}", hit.severity, hit.concepts.join(" + "));
        }
    }
}
