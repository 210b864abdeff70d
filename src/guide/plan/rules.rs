//! The plan review's rules, read from data: the concepts (what each red
//! flag is, how serious, and the patterns that are the same in every
//! language) in `assets/rules/plan.ron`, and each language's words for
//! them in `assets/rules/plan/<code>.ron`.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use regex::Regex;
use serde::Deserialize;

use super::Level;
use super::language::{Language, fold};
use super::phrase::{self, Negation, Phrase};

const CONCEPTS: &str = include_str!("../../../assets/rules/plan.ron");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConceptData {
    id: String,
    level: Level,
    #[serde(default)]
    patterns: Vec<String>,
    #[serde(default)]
    yields_to: Vec<String>,
    #[serde(default)]
    compare_with_task: bool,
}

#[derive(Debug, Deserialize)]
struct ConceptsData {
    concepts: Vec<ConceptData>,
}

/// One language's word file, as written.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct WordsData {
    stop_words: Vec<String>,
    negations: Vec<String>,
    negation_fillers: Vec<String>,
    negation_after: bool,
    negation_undone_by: Vec<String>,
    number_words: HashMap<String, usize>,
    groups: HashMap<String, Vec<String>>,
    pub concepts: HashMap<String, ConceptWords>,
}

/// One concept's words in one language, with the examples a test runs.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ConceptWords {
    words: Vec<String>,
    except: Vec<String>,
    asked_by: Vec<String>,
    pub examples: Vec<String>,
    pub counter_examples: Vec<String>,
}

/// A red flag, ready to be looked for.
pub struct Concept {
    pub id: String,
    pub level: Level,
    pub patterns: Vec<Regex>,
    /// Concepts that say it better when both cover the same words: "move
    /// … to the bin" is deleting, not just moving.
    pub yields_to: Vec<String>,
    /// Whether a plan doing it when the task never asked for it is a
    /// step beyond the task.
    pub compare_with_task: bool,
}

/// One concept's compiled phrases in one language.
#[derive(Default)]
pub struct ConceptPhrases {
    pub words: Vec<Phrase>,
    /// Wordings that look like the concept and are not ("everything in
    /// input/"): a match they cover does not count.
    pub except: Vec<Phrase>,
    /// More words that, in the person's task, mean they asked for it.
    pub asked_by: Vec<Phrase>,
}

/// One language's compiled words.
pub struct LanguageRules {
    stop_words: HashSet<String>,
    pub negation: Negation,
    number_words: HashMap<String, usize>,
    /// `@countable`: what a number in "the 250 files" counts.
    pub countable: Option<Phrase>,
    pub concepts: HashMap<String, ConceptPhrases>,
}

impl LanguageRules {
    pub fn is_stop_word(&self, plain: &str) -> bool {
        self.stop_words.contains(plain)
    }

    /// "250" or "three" as a number.
    pub fn number(&self, plain: &str) -> Option<usize> {
        if plain.len() <= 7 && plain.chars().all(|c| c.is_ascii_digit()) {
            return plain.parse().ok();
        }
        self.number_words.get(plain).copied()
    }
}

pub struct Rules {
    pub concepts: Vec<Concept>,
    /// Indexed by `Language::index`.
    pub languages: Vec<LanguageRules>,
    /// What could not be read or compiled: logged, and a test keeps it empty.
    pub problems: Vec<String>,
}

impl Rules {
    pub fn language(&self, language: Language) -> Option<&LanguageRules> {
        self.languages.get(language.index())
    }
}

pub static RULES: LazyLock<Rules> = LazyLock::new(|| {
    let rules = load();
    for problem in &rules.problems {
        log::error!("plan rules: {problem}");
    }
    rules
});

/// A language's word file, parsed (the examples' test reads it too).
pub fn words_data(language: Language) -> Result<WordsData, String> {
    ron::from_str(language.words_source())
        .map_err(|err| format!("assets/rules/plan/{}.ron: {err}", language.code()))
}

fn load() -> Rules {
    let mut problems = Vec::new();
    let data = ron::from_str::<ConceptsData>(CONCEPTS).unwrap_or_else(|err| {
        problems.push(format!("assets/rules/plan.ron: {err}"));
        ConceptsData {
            concepts: Vec::new(),
        }
    });
    let concepts: Vec<Concept> = data
        .concepts
        .into_iter()
        .map(|c| Concept {
            patterns: c
                .patterns
                .iter()
                .filter_map(
                    |p| match regex::RegexBuilder::new(p).case_insensitive(true).build() {
                        Ok(regex) => Some(regex),
                        Err(err) => {
                            problems.push(format!("{}: pattern does not compile: {err}", c.id));
                            None
                        }
                    },
                )
                .collect(),
            id: c.id,
            level: c.level,
            yields_to: c.yields_to,
            compare_with_task: c.compare_with_task,
        })
        .collect();
    let known: HashSet<&str> = concepts.iter().map(|c| c.id.as_str()).collect();
    let languages = Language::ALL
        .iter()
        .map(|&language| {
            let data = words_data(language).unwrap_or_else(|err| {
                problems.push(err);
                WordsData::default()
            });
            compile_language(language, data, &known, &mut problems)
        })
        .collect();
    Rules {
        concepts,
        languages,
        problems,
    }
}

fn compile_language(
    language: Language,
    data: WordsData,
    known: &HashSet<&str>,
    problems: &mut Vec<String>,
) -> LanguageRules {
    let code = language.code();
    let plain = |words: Vec<String>| -> HashSet<String> {
        words.iter().map(|w| fold(&w.to_lowercase())).collect()
    };
    let groups = &data.groups;
    let compile_all = |what: &str, phrases: &[String], problems: &mut Vec<String>| {
        phrases
            .iter()
            .filter_map(|text| match phrase::compile(text, language, groups) {
                Ok(phrase) => Some(phrase),
                Err(err) => {
                    problems.push(format!("{code}, {what}: {err}"));
                    None
                }
            })
            .collect::<Vec<Phrase>>()
    };
    let mut concepts = HashMap::new();
    for (id, words) in &data.concepts {
        if !known.contains(id.as_str()) {
            problems.push(format!("{code}: no concept {id:?} in plan.ron"));
            continue;
        }
        let phrases = ConceptPhrases {
            words: compile_all(id, &words.words, problems),
            except: compile_all(id, &words.except, problems),
            asked_by: compile_all(id, &words.asked_by, problems),
        };
        concepts.insert(id.clone(), phrases);
    }
    let countable = data
        .groups
        .contains_key("countable")
        .then(|| compile_all("countable", &["@countable".to_string()], problems))
        .and_then(|mut phrases| phrases.pop());
    LanguageRules {
        stop_words: plain(data.stop_words),
        negation: Negation {
            words: plain(data.negations),
            fillers: plain(data.negation_fillers),
            after: data.negation_after,
            undone_by: plain(data.negation_undone_by),
        },
        number_words: data
            .number_words
            .into_iter()
            .map(|(w, n)| (fold(&w.to_lowercase()), n))
            .collect(),
        countable,
        concepts,
    }
}
