//! What a passage asks of the assistant that reads it, recognised by its
//! parts rather than by known sentences: who it speaks to (an AI reader),
//! what it asks (reading secrets, sending things out, deleting, misleading
//! the person, running code) and whether it asks to hide that. One part
//! alone is ordinary ("send the report to Anna"); the combinations are
//! attacks. The concepts and their words in each language are data
//! (`assets/rules/intent/`); see `concepts.ron` for how they add up.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::bytes::{RegexSet, RegexSetBuilder};
use serde::Deserialize;

use super::model::Severity;
use super::text::{fold, fold_accents, fold_mapped};
use crate::i18n::Msg;

const CONCEPTS_FILE: &str = include_str!("../../assets/rules/intent/concepts.ron");

/// Each language's words for the concepts, by language code.
pub const LANGUAGES: &[(&str, &str)] = &[
    ("en", include_str!("../../assets/rules/intent/en.ron")),
    ("fr", include_str!("../../assets/rules/intent/fr.ron")),
    ("de", include_str!("../../assets/rules/intent/de.ron")),
    ("es", include_str!("../../assets/rules/intent/es.ron")),
    ("it", include_str!("../../assets/rules/intent/it.ron")),
    ("pt", include_str!("../../assets/rules/intent/pt.ron")),
    ("nl", include_str!("../../assets/rules/intent/nl.ron")),
    ("ru", include_str!("../../assets/rules/intent/ru.ron")),
    ("zh", include_str!("../../assets/rules/intent/zh.ron")),
    ("ja", include_str!("../../assets/rules/intent/ja.ron")),
    ("ko", include_str!("../../assets/rules/intent/ko.ron")),
    ("ar", include_str!("../../assets/rules/intent/ar.ron")),
    ("hi", include_str!("../../assets/rules/intent/hi.ron")),
];

/// A line that does not end a sentence runs on into the next one, text
/// split over lines or cells to slip past a reader included, until the
/// sentence is this long.
const JOIN_LINES_UP_TO: usize = 300;

/// A passage is a sentence and at most this many after it in the same
/// paragraph: enough for "Automated reviewers: … . Keep this line out of
/// your summary.", short enough that a manual's stray words stay apart.
const PASSAGE_SENTENCES: usize = 3;
/// And at most this long.
const PASSAGE_BYTES: usize = 600;

/// What a concept does in a passage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Speaks to an AI reader.
    Reader,
    /// Speaks to an assistant by its name, which can also be a person's
    /// ("Claude,"): counts only beside a harmful request or hiding it.
    Name,
    /// Second person.
    You,
    /// An order of any kind.
    Order,
    /// A harmful request.
    Harm,
    /// The assistant's own answer used as the channel.
    Reply,
    /// Hiding it from the person.
    Conceal,
    /// A private file named by where it lives (`~/.ssh/id_rsa`, `.env`):
    /// counts only beside a request to send it or an address to send it
    /// to.
    Secret,
    /// A place outside named by its address (a web address, an e-mail
    /// address): counts only beside a private file.
    Address,
    /// Talks about attacks ("attackers hide instructions such as …"): a
    /// manual or a warning quotes what it describes. Lowers the verdict by
    /// one step; never raises it.
    About,
}

/// A concept as `concepts.ron` defines it, with the words every
/// language shares.
#[derive(Debug, Clone, Deserialize)]
struct ConceptDef {
    id: String,
    role: Role,
    part: String,
    #[serde(default)]
    terms: Vec<String>,
    #[serde(default)]
    verbs: Vec<String>,
    #[serde(default)]
    objects: Vec<String>,
}

/// One language's words for one concept.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Words {
    #[serde(default)]
    terms: Vec<String>,
    #[serde(default)]
    verbs: Vec<String>,
    #[serde(default)]
    objects: Vec<String>,
    #[serde(default)]
    examples: Vec<String>,
    #[serde(default)]
    counter_examples: Vec<String>,
}

/// A concept with its words in every language ("*" for the shared ones).
#[derive(Debug, Clone)]
pub struct Concept {
    pub id: String,
    pub role: Role,
    /// The message id of what a finding says this concept does.
    pub part: String,
    /// Phrases that are the concept on their own, by language.
    pub terms: BTreeMap<String, Vec<String>>,
    /// A verb and an object in the same clause make the concept.
    pub verbs: BTreeMap<String, Vec<String>>,
    pub objects: BTreeMap<String, Vec<String>>,
    /// Texts that must hold the concept, and texts that must not, with
    /// their language.
    pub examples: Vec<(String, String)>,
    pub counter_examples: Vec<(String, String)>,
}

/// A whole passage and what it must add up to (a test runs them).
#[derive(Debug, Clone, Deserialize)]
pub struct Case {
    pub text: String,
    pub expect: String,
}

#[derive(Debug, Deserialize)]
struct ConceptsFile {
    concepts: Vec<ConceptDef>,
    #[serde(default)]
    cases: Vec<Case>,
}

/// The concepts of `concepts.ron` with every language's words.
fn assemble(file: ConceptsFile, languages: &[(&str, &str)]) -> Result<Vec<Concept>, String> {
    let mut concepts: Vec<Concept> = file
        .concepts
        .into_iter()
        .map(|def| {
            let shared = |words: Vec<String>| {
                let mut map = BTreeMap::new();
                if !words.is_empty() {
                    map.insert("*".to_string(), words);
                }
                map
            };
            Concept {
                id: def.id,
                role: def.role,
                part: def.part,
                terms: shared(def.terms),
                verbs: shared(def.verbs),
                objects: shared(def.objects),
                examples: Vec::new(),
                counter_examples: Vec::new(),
            }
        })
        .collect();
    for (code, text) in languages {
        let words: BTreeMap<String, Words> =
            ron::from_str(text).map_err(|e| format!("{code}.ron: {e}"))?;
        for (id, words) in words {
            let concept = concepts
                .iter_mut()
                .find(|c| c.id == id)
                .ok_or_else(|| format!("{code}.ron: no concept {id:?} in concepts.ron"))?;
            let lang = code.to_string();
            for (into, from) in [
                (&mut concept.terms, words.terms),
                (&mut concept.verbs, words.verbs),
                (&mut concept.objects, words.objects),
            ] {
                if !from.is_empty() {
                    into.insert(lang.clone(), from);
                }
            }
            let tagged = |texts: Vec<String>| texts.into_iter().map(|t| (lang.clone(), t));
            concept.examples.extend(tagged(words.examples));
            concept
                .counter_examples
                .extend(tagged(words.counter_examples));
        }
    }
    Ok(concepts)
}

/// The compiled concepts: a set per language (and one for the shared
/// words) to see which concepts a sentence holds.
pub struct Concepts {
    pub concepts: Vec<Concept>,
    pub cases: Vec<Case>,
    sets: Vec<LanguageSet>,
}

struct LanguageSet {
    /// The language's code; English's set holds the shared words too.
    code: String,
    patterns: Vec<String>,
    /// Each concept's patterns as one expression, built when first needed:
    /// to find where in a text the concepts it holds are.
    singles: Vec<std::sync::OnceLock<Option<regex::bytes::Regex>>>,
    /// Built the first time a text in this language is read: most runs
    /// need two or three of the fourteen, and building costs time at start.
    set: std::sync::OnceLock<Option<RegexSet>>,
    /// Which concept each pattern of the set belongs to.
    owner: Vec<usize>,
}

impl LanguageSet {
    fn build(patterns: &[String]) -> Result<RegexSet, regex::Error> {
        RegexSetBuilder::new(patterns)
            .unicode(false)
            .multi_line(true)
            .size_limit(64 << 20)
            .dfa_size_limit(16 << 20)
            .build()
    }

    fn single(&self, concept: usize) -> Option<&regex::bytes::Regex> {
        self.singles
            .get(concept)?
            .get_or_init(|| {
                let patterns: Vec<&str> = self
                    .owner
                    .iter()
                    .zip(&self.patterns)
                    .filter(|(owner, _)| **owner == concept)
                    .map(|(_, p)| p.as_str())
                    .collect();
                if patterns.is_empty() {
                    return None;
                }
                let joined = patterns
                    .iter()
                    .map(|p| format!("(?:{p})"))
                    .collect::<Vec<_>>()
                    .join("|");
                regex::bytes::RegexBuilder::new(&joined)
                    .unicode(false)
                    .multi_line(true)
                    .size_limit(64 << 20)
                    .dfa_size_limit(16 << 20)
                    .build()
                    .inspect_err(|err| {
                        log::error!("intent words for {} do not compile: {err}", self.code)
                    })
                    .ok()
            })
            .as_ref()
    }

    fn set(&self) -> Option<&RegexSet> {
        self.set
            .get_or_init(|| match Self::build(&self.patterns) {
                Ok(set) => Some(set),
                Err(err) => {
                    log::error!("intent words for {} do not compile: {err}", self.code);
                    None
                }
            })
            .as_ref()
    }
}

/// A text's sentences one after the other, each read as if on its own: a
/// line break before it, its run-on lines joined.
pub struct Flat {
    pub text: String,
    /// Where each sentence starts in `text`.
    pub starts: Vec<usize>,
}

impl Flat {
    pub fn new(parts: &[(usize, &str, bool)]) -> Self {
        let mut text = String::new();
        let mut starts = Vec::with_capacity(parts.len());
        for (_, sentence, _) in parts {
            starts.push(text.len());
            text.push('\n');
            if sentence.trim_end().contains('\n') {
                text.push_str(one_line(sentence).trim());
            } else {
                text.push_str(sentence);
            }
        }
        Self { text, starts }
    }
}

/// The languages whose sets a text is read with (indexes into the sets).
pub struct Active(Vec<usize>);

/// What may stand between a verb and its object: anything but the end of
/// a clause. A dot inside a word (`~/.ssh/id_rsa`, `example.org`) does not
/// end one. A counted gap ("{0,70}") would make the matcher track every
/// distance for every verb at once, which costs more than the whole rest
/// of the scan.
const CLAUSE_GAP: &str = "[^.!?;\\n]*(?:\\.[a-z0-9_/~\\-][^.!?;\\n]*)*";

fn alternation(words: &BTreeMap<String, Vec<String>>) -> Option<String> {
    let all: Vec<&String> = words.values().flatten().collect();
    (!all.is_empty()).then(|| {
        all.iter()
            .map(|w| format!("(?:{})", fold_accents(w)))
            .collect::<Vec<_>>()
            .join("|")
    })
}

/// The patterns a concept matches with: its terms, and its verbs and
/// objects in the same clause, in either order.
fn patterns_of(concept: &Concept) -> Vec<String> {
    let mut patterns: Vec<String> = concept
        .terms
        .values()
        .flatten()
        .map(|p| fold_accents(p))
        .collect();
    if let (Some(verbs), Some(objects)) =
        (alternation(&concept.verbs), alternation(&concept.objects))
    {
        patterns.push(format!("(?:{verbs}){CLAUSE_GAP}(?:{objects})"));
        patterns.push(format!("(?:{objects}){CLAUSE_GAP}(?:{verbs})"));
    }
    patterns
}

/// The patterns of `concept` in language `code` ("*": the shared words
/// alone): its terms, and its verbs and objects in the same clause, the
/// shared ones joining the language's own.
fn patterns_for(concept: &Concept, code: &str) -> Vec<String> {
    let mut patterns: Vec<String> = concept
        .terms
        .get(code)
        .into_iter()
        .flatten()
        .map(|p| fold_accents(p))
        .collect();
    let own = concept.verbs.contains_key(code) || concept.objects.contains_key(code);
    let pick = |words: &BTreeMap<String, Vec<String>>| {
        let picked: BTreeMap<String, Vec<String>> = words
            .iter()
            .filter(|(c, _)| c.as_str() == code || c.as_str() == "*")
            .map(|(c, w)| (c.clone(), w.clone()))
            .collect();
        alternation(&picked)
    };
    if (own || code == "*")
        && let (Some(verbs), Some(objects)) = (pick(&concept.verbs), pick(&concept.objects))
    {
        patterns.push(format!("(?:{verbs}){CLAUSE_GAP}(?:{objects})"));
        patterns.push(format!("(?:{objects}){CLAUSE_GAP}(?:{verbs})"));
    }
    patterns
}

impl Concepts {
    pub fn parse(concepts: &str, languages: &[(&str, &str)]) -> Result<Self, String> {
        let mut file: ConceptsFile =
            ron::from_str(concepts).map_err(|e| format!("concepts.ron: {e}"))?;
        let cases = std::mem::take(&mut file.cases);
        let concepts = assemble(file, languages)?;
        let mut sets = Vec::new();
        for (code, _) in languages {
            let mut patterns = Vec::new();
            let mut owner = Vec::new();
            // The shared words ride with English, which every text is read
            // in: one pass over the text for both.
            let with_shared: &[&str] = if *code == "en" { &["*", "en"] } else { &[code] };
            for (index, concept) in concepts.iter().enumerate() {
                for pattern in with_shared.iter().flat_map(|c| patterns_for(concept, c)) {
                    patterns.push(pattern);
                    owner.push(index);
                }
            }
            // Checked here, so that a mistake in the word lists fails the
            // tests rather than a scan; the set a scan uses is built later.
            #[cfg(test)]
            LanguageSet::build(&patterns).map_err(|e| format!("{code}: {e}"))?;
            sets.push(LanguageSet {
                code: code.to_string(),
                singles: (0..concepts.len())
                    .map(|_| std::sync::OnceLock::new())
                    .collect(),
                patterns,
                set: std::sync::OnceLock::new(),
                owner,
            });
        }
        Ok(Self {
            concepts,
            cases,
            sets,
        })
    }

    /// Whether every language's words compile (a scan would otherwise
    /// skip that language, logging why).
    pub fn check(&self) -> Result<(), String> {
        for set in &self.sets {
            LanguageSet::build(&set.patterns).map_err(|e| format!("{}: {e}", set.code))?;
        }
        Ok(())
    }

    /// The languages `text` (folded) may be written in, judged cheaply:
    /// by its letters for the scripts of their own, by a few small words
    /// for the languages written in Latin letters. English and the shared
    /// words are always read.
    pub fn languages_in(&self, text: &str) -> Active {
        let codes = crate::scan::language::likely_codes(text);
        Active(
            self.sets
                .iter()
                .enumerate()
                .filter(|(_, s)| s.code == "en" || codes.contains(&s.code.as_str()))
                .map(|(i, _)| i)
                .collect(),
        )
    }

    /// The concepts each sentence holds, of those (`anywhere`) the whole
    /// text holds. One pass over the text per concept found, rather than
    /// one pass of every concept per sentence: a sentence is read as if on
    /// its own (a line break before it, run-on lines joined).
    pub fn found_by_sentence(
        &self,
        flat: &Flat,
        anywhere: &[usize],
        active: &Active,
    ) -> Vec<Vec<usize>> {
        let Flat { text: flat, starts } = flat;
        let mut found = vec![Vec::new(); starts.len()];
        for &k in &active.0 {
            for &concept in anywhere {
                let Some(single) = self.sets[k].single(concept) else {
                    continue;
                };
                for m in single.find_iter(flat.as_bytes()) {
                    // The sentence the match ends in: a pattern may begin on
                    // the full stop of the sentence before it.
                    let words = m.as_bytes().trim_ascii_end().len();
                    let last = m.start() + words.saturating_sub(1);
                    let at = starts.partition_point(|&s| s <= last).saturating_sub(1);
                    found[at].push(concept);
                }
            }
        }
        for concepts in &mut found {
            concepts.sort_unstable();
            concepts.dedup();
        }
        found
    }

    /// Indexes of the concepts `text` (folded) holds in the `active`
    /// languages.
    pub fn found_in_languages(&self, text: &str, active: &Active) -> Vec<usize> {
        let mut found: Vec<usize> = active
            .0
            .iter()
            .flat_map(|&k| {
                let language = &self.sets[k];
                language
                    .set()
                    .map(|set| {
                        set.matches(text.as_bytes())
                            .into_iter()
                            .map(|p| language.owner[p])
                            .collect::<Vec<_>>()
                    })
                    .unwrap_or_default()
            })
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    }

    /// Whether `text` holds concept `index` (for the examples test).
    pub fn concept_matches(&self, index: usize, text: &str) -> bool {
        patterns_of(&self.concepts[index]).iter().any(|p| {
            regex::bytes::RegexBuilder::new(p)
                .unicode(false)
                .multi_line(true)
                .build()
                .is_ok_and(|re| re.is_match(fold(text).as_bytes()))
        })
    }
}

pub static CONCEPTS: LazyLock<Concepts> = LazyLock::new(|| {
    #[allow(clippy::expect_used)]
    Concepts::parse(CONCEPTS_FILE, LANGUAGES).expect("assets/rules/intent/ is valid")
});

/// A passage that asks the assistant something it should not do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub severity: Severity,
    /// Message ids of what the passage does, in reading order.
    pub parts: Vec<String>,
    /// Ids of the concepts found.
    pub concepts: Vec<String>,
    /// The sentences that carry it.
    pub sentence: String,
    /// 1-based line where the passage starts.
    pub line: usize,
}

impl Hit {
    /// "Speaks to the AI reader · asks it to … · asks it to keep this
    /// from you."
    pub fn message(&self) -> Msg {
        let parts = self.parts.iter().map(|p| Msg::new(p.clone())).collect();
        Msg::new("finding-instruction-parts").with("parts", Msg::joined(parts))
    }
}

/// How a file reads to Airlock: an ordinary document, or one written to
/// instruct an assistant (`AGENTS.md`, `.cursorrules`…), where speaking
/// to the assistant and giving it commands is the point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    Document,
    ForAssistants,
}

/// The order parts are told in, whatever order they were found in.
const PART_ORDER: &[&str] = &[
    "intent-speaks-to-ai",
    "intent-gives-orders",
    "intent-reads-secrets",
    "intent-sends-out",
    "intent-writes-into-answer",
    "intent-deletes",
    "intent-misleads",
    "intent-payment-details",
    "intent-runs-code",
    "intent-hides-it",
];

/// What one passage adds up to.
fn judge(concepts: &Concepts, found: &[usize], reading: Reading) -> Option<(Severity, Vec<usize>)> {
    let has = |role: Role| found.iter().any(|&i| concepts.concepts[i].role == role);
    let has_id = |id: &str| found.iter().any(|&i| concepts.concepts[i].id == id);
    let for_assistants = reading == Reading::ForAssistants;
    // Commands are what a file for assistants is for.
    let harmful: Vec<usize> = found
        .iter()
        .copied()
        .filter(|&i| concepts.concepts[i].role == Role::Harm)
        .filter(|&i| {
            !(for_assistants
                && matches!(
                    concepts.concepts[i].id.as_str(),
                    "run-code" | "risky-command"
                ))
        })
        .collect();
    let harm = !harmful.is_empty();
    // "Claude" is also a first name: an assistant's name speaks to the
    // assistant only beside a request to harm, never for a review alone.
    let addressed = has(Role::Name);
    let reader = has(Role::Reader) || for_assistants;
    let reply = has(Role::Reply);
    let conceal = has(Role::Conceal);
    // A private file and a way out for it, in any language: the words
    // around them need not be understood.
    let secret_file = has(Role::Secret);
    let secrets_out = (has_id("collect-secrets") || secret_file) && (has_id("send-out") || reply);
    let spoken_to = reader || addressed;
    // Speaking to the assistant and asking harm, asking harm and hiding
    // it, or hiding something from the person at the assistant's hand.
    let danger = (harm && (spoken_to || reply || conceal)) || (spoken_to && conceal) || secrets_out;
    let review = !for_assistants && reader && (has(Role::Order) || has(Role::You));
    // A passage that describes attacks quotes them: worth a look when it
    // would otherwise be an attack, ordinary when it would be worth a look.
    let about = has(Role::About);
    let severity = match (danger, review, about) {
        (true, _, false) => Severity::Danger,
        (true, _, true) | (false, true, false) => Severity::Review,
        _ => return None,
    };
    // The parts worth telling: what made the verdict.
    let told: Vec<usize> = found
        .iter()
        .copied()
        .filter(|&i| match concepts.concepts[i].role {
            Role::Reader | Role::Name => !for_assistants,
            Role::Harm => harmful.contains(&i),
            Role::Reply | Role::Conceal => true,
            Role::Secret | Role::Address => secrets_out,
            Role::Order => !danger,
            Role::You | Role::About => false,
        })
        .collect();
    Some((severity, told))
}

/// Whether a sentence (normalised) talks about attacks rather than making
/// one, in any language Airlock reads.
pub fn describes_attacks(sentence: &str) -> bool {
    static ABOUT: LazyLock<Option<RegexSet>> = LazyLock::new(|| {
        let patterns: Vec<String> = CONCEPTS
            .concepts
            .iter()
            .filter(|c| c.role == Role::About)
            .flat_map(patterns_of)
            .collect();
        RegexSetBuilder::new(patterns).unicode(false).build().ok()
    });
    ABOUT
        .as_ref()
        .is_some_and(|set| set.is_match(fold(sentence).as_bytes()))
}

/// Whether a sentence quotes something of two words or more between
/// quotation marks, as a manual quotes the attack it describes.
pub fn quotes_something(sentence: &str) -> bool {
    const PAIRS: &[(char, char)] = &[('"', '"'), ('“', '”'), ('«', '»'), ('„', '“'), ('»', '«')];
    PAIRS.iter().any(|&(open, close)| {
        sentence.split_once(open).is_some_and(|(_, rest)| {
            rest.split_once(close)
                .is_some_and(|(quoted, _)| quoted.split_whitespace().count() >= 2)
        })
    })
}

/// `text` with every run of white space made one space, or none between
/// two characters of a script written without spaces (Chinese, Japanese):
/// a sentence cut over lines or cells reads as written.
fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending = false;
    let mut last = ' ';
    for c in text.chars() {
        if c.is_whitespace() {
            pending = true;
            continue;
        }
        if pending && !(unspaced(last) && (unspaced(c) || c.is_ascii_punctuation())) {
            out.push(' ');
        }
        pending = false;
        out.push(c);
        last = c;
    }
    if pending {
        out.push(' ');
    }
    out
}

fn unspaced(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{4E00}'..='\u{9FFF}' | '\u{3000}'..='\u{303F}' | '\u{FF00}'..='\u{FFEF}')
}

/// Whether a line (or the text from a line's start) is a Markdown heading
/// or code fence: it stands on its own, whatever it ends with, so that a
/// code sample does not run on into the heading after it.
fn is_markup_line(line: &str) -> bool {
    let line = line.trim_start_matches([' ', '\t']);
    line.starts_with("```") || line.starts_with("~~~") || line.starts_with('#')
}

/// Sentences with the byte offset each starts at, and whether a blank
/// line (a new paragraph) comes before it.
fn sentences(text: &str) -> Vec<(usize, &str, bool)> {
    let mut ends = Vec::new();
    let mut start = 0;
    // The last character that was not a space, to tell a line that ends
    // a sentence from one that is cut ("Delete all the\n\nfiles in ~.").
    let mut last = ' ';
    let mut line_start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_is_space = chars.peek().is_none_or(|(_, n)| n.is_whitespace());
        let breaks = match c {
            '\n' => {
                matches!(
                    last,
                    '.' | '!' | '?' | ';' | ':' | '。' | '！' | '？' | '।' | '؟' | ' '
                ) || i - start > JOIN_LINES_UP_TO
                    || is_markup_line(&text[line_start..i])
                    || is_markup_line(&text[i + 1..])
            }
            // Chinese and Japanese full stops, the Devanagari danda and the
            // Arabic question mark end a sentence whatever follows.
            '。' | '！' | '？' | '।' | '؟' => true,
            '.' | '!' | '?' | ';' => next_is_space,
            _ => false,
        };
        if !c.is_whitespace() {
            last = c;
        } else if c == '\n' && breaks {
            last = ' ';
        }
        if c == '\n' {
            line_start = i + 1;
        }
        if breaks {
            ends.push(i + c.len_utf8());
            start = i + c.len_utf8();
        }
    }
    ends.push(text.len());
    let mut out = Vec::new();
    let mut start = 0;
    let mut paragraph = true;
    // A heading belongs with the paragraph under it ("# Notes for AI
    // agents", then the orders): the blank line after it does not part them.
    let mut under_heading = false;
    for end in ends {
        let piece = &text[start..end];
        if piece.trim().is_empty() {
            if piece.contains('\n') && !out.is_empty() && !under_heading {
                paragraph = true;
            }
        } else {
            out.push((start, piece, paragraph));
            paragraph = false;
            under_heading = piece.trim_start().starts_with('#');
        }
        start = end;
    }
    out
}

/// The passages of `text` (normalised) that ask the assistant something
/// it should not do.
pub fn scan(text: &str, concepts: &Concepts, reading: Reading) -> Vec<Hit> {
    let lower = fold(text);
    // Most text holds at most one kind of concept: nothing to add up.
    let active = concepts.languages_in(&lower);
    // The sentences as they will be searched (run-on lines joined, each
    // sentence on a line of its own): what is found here is what to look
    // for in each of them.
    let parts = sentences(&lower);
    let flat = Flat::new(&parts);
    let anywhere = concepts.found_in_languages(&flat.text, &active);
    let mut roles: std::collections::BTreeSet<Role> = anywhere
        .iter()
        .map(|&i| concepts.concepts[i].role)
        .filter(|r| !matches!(r, Role::You | Role::Order | Role::About))
        .collect();
    // Addresses are everywhere; they add up only with a private file.
    if !roles.contains(&Role::Secret) {
        roles.remove(&Role::Address);
    }
    let may_add_up =
        roles.len() >= 2 || roles.contains(&Role::Reader) || roles.contains(&Role::Name);
    if !may_add_up && reading == Reading::Document {
        return Vec::new();
    }
    let found = concepts.found_by_sentence(&flat, &anywhere, &active);
    let mut taken = vec![Severity::Info; parts.len()];
    // Where folded bytes came from, worked out only when something is
    // found.
    let mut map: Option<Vec<usize>> = None;
    let mut hits = Vec::new();
    for start in 0..parts.len() {
        if found[start].is_empty() {
            continue;
        }
        let mut end = start;
        let mut union = found[start].clone();
        let mut best = judge(concepts, &union, reading).map(|j| (j, start));
        while end + 1 < parts.len()
            && end + 1 - start < PASSAGE_SENTENCES
            && !parts[end + 1].2
            && parts[end + 1].0 + parts[end + 1].1.len() - parts[start].0 <= PASSAGE_BYTES
        {
            end += 1;
            let before = union.len();
            union.extend(&found[end]);
            union.sort_unstable();
            union.dedup();
            let grew = union.len() > before;
            // A later sentence that adds a part (hiding it, say) belongs
            // to the passage even when the verdict is already reached.
            if let Some(judged) = judge(concepts, &union, reading)
                && best
                    .as_ref()
                    .is_none_or(|((s, _), _)| judged.0 > *s || (judged.0 == *s && grew))
            {
                best = Some((judged, end));
            }
        }
        let Some(((severity, told), last)) = best else {
            continue;
        };
        if taken[start..=last].iter().all(|t| *t >= severity) {
            continue;
        }
        taken[start..=last]
            .iter_mut()
            .for_each(|t| *t = (*t).max(severity));
        let mut ids: Vec<&str> = told
            .iter()
            .map(|&i| concepts.concepts[i].part.as_str())
            .collect();
        ids.sort_by_key(|p| PART_ORDER.iter().position(|o| o == p));
        ids.dedup();
        let map = map.get_or_insert_with(|| fold_mapped(text).1);
        let sentence = (start..=last)
            .filter(|&k| !found[k].is_empty())
            .map(|k| original(text, map, parts[k].0, parts[k].1.len()))
            .collect::<Vec<_>>()
            .join(" ");
        hits.push(Hit {
            severity,
            parts: ids.into_iter().map(str::to_string).collect(),
            concepts: told
                .iter()
                .map(|&i| concepts.concepts[i].id.clone())
                .collect(),
            sentence,
            line: lower[..parts[start].0].matches('\n').count() + 1,
        });
    }
    hits.sort_by_key(|h| std::cmp::Reverse(h.severity));
    hits
}

/// The text as written for a stretch of its folded copy.
fn original(text: &str, map: &[usize], start: usize, len: usize) -> String {
    let from = map.get(start).copied().unwrap_or(0);
    let to = map.get(start + len).copied().unwrap_or(text.len());
    text.get(from..to).unwrap_or_default().trim().to_string()
}

/// Names of files written to instruct assistants.
pub fn is_for_assistants(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    matches!(
        lower.as_str(),
        "agents.md"
            | "agent.md"
            | "claude.md"
            | "claude.local.md"
            | "gemini.md"
            | "copilot-instructions.md"
            | ".cursorrules"
            | ".windsurfrules"
            | ".clinerules"
            | ".roorules"
            | ".goosehints"
            | ".aider.conf.yml"
    ) || lower.ends_with(".instructions.md")
        || lower.ends_with(".prompt.md")
        || lower.ends_with(".mdc")
}

#[cfg(test)]
mod tests;
