//! Phrases of the word files, and finding them in a plan's words.
//!
//! A phrase is written the way a person reads it (the syntax is explained
//! at the top of `assets/rules/plan.ron`): "get rid of", "move … bin",
//! "clean up + @things", "Downloads", "=tout", "Papierkorb*". Each word is
//! compared by its stem unless marked otherwise, so one entry covers every
//! form of a verb.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::language::{Language, fold};
use super::text::Words;

/// How many words may stand between the parts of "move … bin" or
/// "clean up + @things": a clause, not a paragraph.
const GAP: usize = 8;

/// How far back "not" reaches: "No files will be deleted".
const NEGATION_REACH: usize = 4;

/// One word of a phrase.
#[derive(Debug, Clone)]
enum Word {
    /// Any form of the word: its stem.
    Stem(String),
    /// Written with a capital: only with it, and not as a clause's first
    /// word ("the Documents folder", not "Documents in input/ are…").
    Cased(String),
    /// `=tout`: this form only, any case.
    Form(String),
    /// `Papierkorb*`: any word that begins so, any case.
    Prefix(String),
    /// `@things`: any word of the group.
    AnyOf(Vec<Word>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Joint {
    /// "move … bin": each part later in the clause than the one before.
    Then,
    /// "clean up + @things": both parts in the clause, in either order.
    Either,
}

/// A compiled phrase of one language.
#[derive(Debug, Clone)]
pub struct Phrase {
    parts: Vec<Vec<Word>>,
    joint: Joint,
}

/// A language's words for saying "no": what cancels a phrase that follows.
#[derive(Debug, Default)]
pub struct Negation {
    pub words: HashSet<String>,
    /// Words that may stand between "not" and what it negates ("will",
    /// "be", "touch"…); anything else ends its reach, so "won't ask
    /// before deleting" still counts as deleting.
    pub fillers: HashSet<String>,
    /// German puts "nicht"/"nichts" after the verb: "ich lösche nichts".
    pub after: bool,
    /// Words that turn "not" into "only" right after the verb: French
    /// "je ne supprimerai que les doublons".
    pub undone_by: HashSet<String>,
}

/// Turns a phrase into its parts; `groups` are the language's `@` lists.
pub fn compile(
    text: &str,
    language: Language,
    groups: &HashMap<String, Vec<String>>,
) -> Result<Phrase, String> {
    let text = text.replace("...", "…");
    let (pieces, joint): (Vec<&str>, Joint) = if text.contains('…') {
        (text.split('…').collect(), Joint::Then)
    } else if text.contains(" + ") {
        (text.split(" + ").collect(), Joint::Either)
    } else {
        (vec![text.as_str()], Joint::Then)
    };
    if joint == Joint::Either && pieces.len() != 2 {
        return Err(format!("{text:?}: \"+\" joins exactly two parts"));
    }
    let mut parts = Vec::new();
    for piece in pieces {
        let mut words = Vec::new();
        for chunk in piece.split_whitespace() {
            words.extend(compile_chunk(chunk, language, groups)?);
        }
        if words.is_empty() {
            return Err(format!("{text:?}: a part has no word"));
        }
        parts.push(words);
    }
    Ok(Phrase { parts, joint })
}

/// One space-separated chunk: "l'espace" and "e-mail" are two words, as in
/// the plan's text.
fn compile_chunk(
    chunk: &str,
    language: Language,
    groups: &HashMap<String, Vec<String>>,
) -> Result<Vec<Word>, String> {
    if let Some(name) = chunk.strip_prefix('@') {
        let members = groups
            .get(name)
            .ok_or_else(|| format!("no group @{name} in {}", language.code()))?;
        let mut any = Vec::new();
        for member in members {
            if member.starts_with('@') {
                return Err(format!("group @{name} names another group"));
            }
            any.extend(compile_chunk(member, language, groups)?);
        }
        return Ok(vec![Word::AnyOf(any)]);
    }
    let (exact, rest) = match chunk.strip_prefix('=') {
        Some(rest) => (true, rest),
        None => (false, chunk),
    };
    let (prefix, rest) = match rest.strip_suffix('*') {
        Some(rest) => (true, rest),
        None => (false, rest),
    };
    let words: Vec<Word> = rest
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let lower = w.to_lowercase();
            if prefix {
                Word::Prefix(fold(&lower))
            } else if exact {
                Word::Form(fold(&lower))
            } else if w.chars().next().is_some_and(char::is_uppercase) {
                Word::Cased(fold(w))
            } else {
                Word::Stem(language.stem(&lower))
            }
        })
        .collect();
    if words.is_empty() {
        return Err(format!("{chunk:?} has no letters"));
    }
    Ok(words)
}

impl Word {
    fn matches(&self, words: &Words, stems: &[String], at: usize) -> bool {
        let (Some(token), Some(stem)) = (words.tokens.get(at), stems.get(at)) else {
            return false;
        };
        match self {
            Word::Stem(s) => stem == s,
            Word::Cased(c) => token.cased == *c && !token.starts_clause,
            Word::Form(f) => token.plain == *f,
            Word::Prefix(p) => token.plain.starts_with(p.as_str()),
            Word::AnyOf(any) => any.iter().any(|w| w.matches(words, stems, at)),
        }
    }
}

/// Whether `part` is at word `at`, all in one clause; its end if so.
fn part_at(part: &[Word], words: &Words, stems: &[String], at: usize) -> Option<usize> {
    let clause = words.tokens.get(at)?.clause;
    for (offset, word) in part.iter().enumerate() {
        let i = at + offset;
        if words.tokens.get(i)?.clause != clause || !word.matches(words, stems, i) {
            return None;
        }
    }
    Some(at + part.len())
}

impl Phrase {
    /// Where the phrase is in `words`, as word ranges.
    pub fn find(&self, words: &Words, language: Language) -> Vec<Range<usize>> {
        let stems = words.stems(language);
        let mut found = Vec::new();
        let Some(first) = self.parts.first() else {
            return found;
        };
        for at in 0..words.tokens.len() {
            let Some(end) = part_at(first, words, stems, at) else {
                continue;
            };
            let span = match self.joint {
                Joint::Then => self.rest_after(words, stems, end).map(|end| at..end),
                Joint::Either => self.other_part_near(words, stems, at..end),
            };
            if let Some(span) = span {
                found.push(span);
            }
        }
        found
    }

    /// The end of the other parts, each after the one before.
    fn rest_after(&self, words: &Words, stems: &[String], mut end: usize) -> Option<usize> {
        let clause = words.tokens.get(end.checked_sub(1)?)?.clause;
        for part in self.parts.iter().skip(1) {
            end = (end..=end + GAP)
                .take_while(|&i| words.tokens.get(i).is_some_and(|t| t.clause == clause))
                .find_map(|i| part_at(part, words, stems, i))?;
        }
        Some(end)
    }

    /// The second part before or after the first, within reach: the
    /// nearest, and after it when two are as near ("déplacera les anciennes",
    /// not "factures, ça déplacera").
    fn other_part_near(
        &self,
        words: &Words,
        stems: &[String],
        first: Range<usize>,
    ) -> Option<Range<usize>> {
        let other = self.parts.get(1)?;
        let clause = words.tokens.get(first.start)?.clause;
        let from = first.start.saturating_sub(GAP + other.len());
        let distance = |o: &Range<usize>| {
            if o.start >= first.end {
                (o.start - first.end, 0)
            } else {
                (first.start.saturating_sub(o.end), 1)
            }
        };
        (from..first.end + GAP + 1)
            .filter(|&i| words.tokens.get(i).is_some_and(|t| t.clause == clause))
            .filter_map(|i| part_at(other, words, stems, i).map(|end| i..end))
            .filter(|o| o.end <= first.start || o.start >= first.end)
            .filter(|o| distance(o).0 <= GAP)
            .min_by_key(distance)
            .map(|o| o.start.min(first.start)..o.end.max(first.end))
    }
}

impl Negation {
    /// Whether the words at `span` are said not to happen: "I will not
    /// delete", "rien ne sera supprimé", "ich lösche nichts".
    pub fn negates(&self, words: &Words, span: &Range<usize>) -> bool {
        let tokens = &words.tokens;
        let Some(first) = tokens.get(span.start) else {
            return false;
        };
        let undone = tokens
            .get(span.end)
            .is_some_and(|t| t.clause == first.clause && self.undone_by.contains(&t.plain));
        if undone {
            return false;
        }
        // Backwards from the phrase, over fillers only, not over a comma.
        let mut at = span.start;
        let mut blocked = first.after_pause;
        for _ in 0..NEGATION_REACH {
            if blocked || at == 0 {
                break;
            }
            at -= 1;
            let Some(token) = tokens.get(at) else { break };
            if token.clause != first.clause {
                break;
            }
            if self.words.contains(&token.plain) {
                return true;
            }
            if !self.fillers.contains(&token.plain) {
                break;
            }
            blocked = token.after_pause;
        }
        if self.after {
            for token in tokens.iter().skip(span.end).take(2) {
                if token.clause != first.clause || token.after_pause {
                    break;
                }
                if self.words.contains(&token.plain) {
                    return true;
                }
                if !self.fillers.contains(&token.plain) {
                    break;
                }
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn groups() -> HashMap<String, Vec<String>> {
        HashMap::from([("things".into(), vec!["file".into(), "folder".into()])])
    }

    /// Where the phrase is, as (first word, end) pairs.
    fn spans(phrase: &str, text: &str) -> Vec<(usize, usize)> {
        let phrase = compile(phrase, Language::En, &groups()).unwrap();
        phrase
            .find(&Words::new(text), Language::En)
            .into_iter()
            .map(|r| (r.start, r.end))
            .collect()
    }

    #[test]
    fn inflected_words_match() {
        assert_eq!(spans("remove", "I am removing it"), [(2, 3)]);
        assert_eq!(spans("get rid of", "Getting rid of them"), [(0, 3)]);
        assert!(spans("get rid of", "get the rid of").is_empty());
    }

    #[test]
    fn parts_follow_each_other_within_a_clause() {
        assert_eq!(
            spans("move … bin", "Move the old ones to the bin"),
            [(0, 7)]
        );
        assert!(spans("move … bin", "The bin. Move it").is_empty());
        assert!(spans("move … bin", "Move it. Then the bin").is_empty());
    }

    #[test]
    fn either_order_with_plus() {
        assert_eq!(spans("tidy + @things", "Tidy the folder"), [(0, 3)]);
        assert_eq!(spans("tidy + @things", "The files get tidied"), [(1, 4)]);
        assert!(spans("tidy + @things", "Tidy the wording").is_empty());
    }

    #[test]
    fn capitals_exact_forms_and_prefixes() {
        assert_eq!(spans("Documents", "Open your Documents folder"), [(2, 3)]);
        assert!(spans("Documents", "Open your documents").is_empty());
        assert!(spans("Documents", "Documents will be read").is_empty());
        assert_eq!(spans("=all", "all alls"), [(0, 1)]);
        assert_eq!(spans("papierkorb*", "Papierkorbs"), [(0, 1)]);
    }

    #[test]
    fn bad_phrases_are_refused() {
        assert!(compile("a + b + c", Language::En, &groups()).is_err());
        assert!(compile("@nothing", Language::En, &groups()).is_err());
        assert!(compile("~", Language::En, &groups()).is_err());
    }

    #[test]
    fn negation_reaches_over_fillers_only() {
        let negation = Negation {
            words: ["not", "t", "no"].map(String::from).into(),
            fillers: ["will", "be", "files", "won"].map(String::from).into(),
            ..Default::default()
        };
        let phrase = compile("delete", Language::En, &groups()).unwrap();
        let negated = |text: &str| {
            let words = Words::new(text);
            let found = phrase.find(&words, Language::En);
            !found.is_empty() && found.iter().all(|s| negation.negates(&words, s))
        };
        assert!(negated("I will not delete"));
        assert!(negated("No files will be deleted"));
        assert!(negated("I won't delete"));
        assert!(!negated("I won't ask before deleting"));
        assert!(!negated("Not now, delete it"));
        assert!(!negated("I will delete"));
    }
}
