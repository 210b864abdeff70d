//! For work on the instruction detector's word lists, without a rebuild:
//! the rules are read from `assets/rules/intent/` at run time.
//!
//! - `intent_debug FILE`: the normalised text of each line, the concepts
//!   each holds and the hits (`WHOLE=1`: the hits of the whole file).
//! - `intent_debug --score DIR [LANG…]`: how many of the `.txt` files in
//!   DIR (one sentence each, named `<lang>-…`) add up to danger, by
//!   language; the misses of the languages given are printed.
use std::collections::BTreeMap;
use std::path::Path;

use airlock::scan::intent::{self, Concepts, Flat, LANGUAGES, Reading};
use airlock::scan::model::Severity;
use airlock::scan::text::{fold, normalize};

fn load_rules() -> Concepts {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/rules/intent");
    let read = |name: &str| {
        std::fs::read_to_string(dir.join(name)).unwrap_or_else(|err| {
            eprintln!("{name}: {err}");
            std::process::exit(1)
        })
    };
    let concepts = read("concepts.ron");
    let words: Vec<(&str, String)> = LANGUAGES
        .iter()
        .map(|(code, _)| (*code, read(&format!("{code}.ron"))))
        .collect();
    let borrowed: Vec<(&str, &str)> = words.iter().map(|(c, t)| (*c, t.as_str())).collect();
    let concepts = Concepts::parse(&concepts, &borrowed).unwrap_or_else(|err| {
        eprintln!("the rules do not parse: {err}");
        std::process::exit(1)
    });
    if let Err(err) = concepts.check() {
        eprintln!("the rules do not compile: {err}");
        std::process::exit(1)
    }
    concepts
}

fn score(concepts: &Concepts, dir: &str, show: &[String]) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        eprintln!("cannot read {dir}");
        std::process::exit(1)
    };
    let mut by: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        let Ok(text) = std::fs::read_to_string(entry.path()) else {
            continue;
        };
        let lang = name.split('-').next().unwrap_or("?").to_string();
        let hits = intent::scan(&normalize(&text).text, concepts, Reading::Document);
        let danger = hits.iter().any(|h| h.severity == Severity::Danger);
        let counts = by.entry(lang.clone()).or_default();
        counts.0 += usize::from(danger);
        counts.1 += 1;
        if !danger && (show.contains(&lang) || show.iter().any(|s| s == "all")) {
            let got: Vec<String> = hits.iter().map(|h| h.concepts.join("+")).collect();
            println!("{name} [{}] {}", got.join(" | "), text.trim());
        }
    }
    let (found, all) = by.values().fold((0, 0), |(f, a), (x, y)| (f + x, a + y));
    let langs: Vec<String> = by
        .iter()
        .map(|(l, (f, a))| format!("{l}={f}/{a}"))
        .collect();
    println!("danger {found}/{all}  {}", langs.join(" "));
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let concepts = load_rules();
    if args.first().map(String::as_str) == Some("--score") {
        let Some(dir) = args.get(1) else {
            eprintln!("usage: intent_debug --score DIR [LANG…]");
            std::process::exit(2)
        };
        score(&concepts, dir, &args[2..]);
        return;
    }
    let Some(path) = args.first() else {
        eprintln!("usage: intent_debug FILE | --score DIR [LANG…]");
        std::process::exit(2)
    };
    let text = std::fs::read_to_string(path).unwrap_or_else(|err| {
        eprintln!("{path}: {err}");
        std::process::exit(1)
    });
    if std::env::var_os("WHOLE").is_some() {
        for hit in intent::scan(&normalize(&text).text, &concepts, Reading::Document) {
            println!(
                "hit {:?}: {} | {}",
                hit.severity,
                hit.concepts.join(" + "),
                hit.sentence
            );
        }
        return;
    }
    let names = |ids: &[usize]| {
        ids.iter()
            .map(|&i| concepts.concepts[i].id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let norm = normalize(line).text;
        let lower = fold(&norm);
        let active = concepts.languages_in(&lower);
        let anywhere = concepts.found_in_languages(&lower, &active);
        let flat = Flat::new(&[(0, lower.as_str(), true)]);
        let found = concepts.found_by_sentence(&flat, &anywhere, &active);
        println!("{lower}");
        println!("  anywhere: {}", names(&anywhere));
        println!("  sentence: {}", names(&found[0]));
        for hit in intent::scan(&norm, &concepts, Reading::Document) {
            println!("  hit {:?}: {}", hit.severity, hit.concepts.join(" + "));
        }
    }
}
