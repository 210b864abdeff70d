//! The interface catalogs: English and French hold the same keys, every
//! key the program asks for exists, and no key sits there unused.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use airlock::i18n::{self, CATALOG_FILES, Lang};

/// `key → text` for one language, read the simple way Fluent files are
/// laid out here: a key at the start of a line, its text indented below.
fn messages(lang: Lang) -> BTreeMap<String, String> {
    let mut all = BTreeMap::new();
    for file in CATALOG_FILES {
        let source = i18n::catalog_source(lang, file)
            .unwrap_or_else(|| panic!("{}/{file}.ftl is not in the program", lang.code()));
        let mut current: Option<String> = None;
        for line in source.lines() {
            let starts_key = line.starts_with(|c: char| c.is_ascii_lowercase());
            if starts_key && let Some((key, value)) = line.split_once('=') {
                let key = key.trim().to_string();
                assert!(
                    all.insert(key.clone(), value.to_string()).is_none(),
                    "{}: {key} is defined twice",
                    lang.code()
                );
                current = Some(key);
            } else if line.starts_with([' ', '}'])
                && let Some(key) = &current
                && let Some(text) = all.get_mut(key)
            {
                text.push('\n');
                text.push_str(line);
            } else {
                current = None;
            }
        }
    }
    all
}

fn variables(text: &str) -> BTreeSet<String> {
    text.split('$')
        .skip(1)
        .map(|rest| {
            rest.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect()
        })
        .collect()
}

/// Every `tr!("key"` in the program's source.
fn keys_in_source() -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for entry in walkdir::WalkDir::new(Path::new(env!("CARGO_MANIFEST_DIR")).join("src")) {
        let entry = entry.expect("source folder readable");
        if entry.path().extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).expect("source file readable");
        for (at, _) in text.match_indices("tr!(") {
            // `include_str!(` and friends end the same way.
            if text[..at]
                .chars()
                .last()
                .is_some_and(|c| c.is_alphanumeric() || c == '_')
            {
                continue;
            }
            let rest = text[at + 4..].trim_start();
            if let Some(rest) = rest.strip_prefix('"')
                && let Some(end) = rest.find('"')
            {
                keys.insert(rest[..end].to_string());
            }
        }
    }
    keys
}

#[test]
fn the_catalogs_parse() {
    assert_eq!(i18n::catalog_errors(), Vec::<String>::new());
}

#[test]
fn english_and_french_have_the_same_keys_and_values() {
    let en = messages(Lang::En);
    let fr = messages(Lang::Fr);
    assert!(en.len() > 20, "the catalog reader found too little");
    let only_en: Vec<_> = en.keys().filter(|k| !fr.contains_key(*k)).collect();
    let only_fr: Vec<_> = fr.keys().filter(|k| !en.contains_key(*k)).collect();
    assert!(only_en.is_empty(), "missing in French: {only_en:?}");
    assert!(only_fr.is_empty(), "missing in English: {only_fr:?}");
    for (key, text) in &en {
        assert_eq!(
            variables(text),
            variables(&fr[key]),
            "{key}: the two languages fill in different values"
        );
        assert!(!fr[key].trim().is_empty(), "{key} is empty in French");
    }
}

#[test]
fn every_key_the_program_asks_for_exists_and_none_is_unused() {
    let used = keys_in_source();
    let en = messages(Lang::En);
    let missing: Vec<_> = used.iter().filter(|k| !en.contains_key(*k)).collect();
    assert!(
        missing.is_empty(),
        "asked for but not in the catalog: {missing:?}"
    );
    let dynamic = i18n::dynamic_keys();
    for key in &dynamic {
        for lang in Lang::ALL {
            assert!(i18n::has(lang, key), "{}: {key} is missing", lang.code());
        }
    }
    let unused: Vec<_> = en
        .keys()
        .filter(|k| !used.contains(*k) && !dynamic.contains(*k))
        .collect();
    assert!(
        unused.is_empty(),
        "in the catalog but never used: {unused:?}"
    );
}

#[test]
fn every_message_formats_without_errors() {
    for lang in Lang::ALL {
        for key in messages(lang).keys() {
            // Unfilled values show as `{$name}`; a broken message shows
            // as its key.
            let text = i18n::tr_in(lang, key, None);
            assert_ne!(&text, key, "{}: {key} does not format", lang.code());
        }
    }
}
