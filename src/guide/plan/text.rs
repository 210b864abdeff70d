//! A plan cut into words and sentences, each word with its place in the
//! text and, for each language it is read in, its stem.

use std::cell::OnceCell;
use std::ops::Range;

use super::language::{Language, fold};

/// One word of the plan.
#[derive(Debug, Clone)]
pub struct Token {
    /// Where it is, in bytes, to mark it.
    pub range: Range<usize>,
    /// Lower case, accents kept: what the stemmers read.
    lower: String,
    /// Lower case, without accents.
    pub plain: String,
    /// As written, without accents: for names that count only with their
    /// capital ("Documents", "Bureau").
    pub cased: String,
    /// Which sentence or clause it belongs to: words of two clauses are
    /// never read as one phrase.
    pub clause: usize,
    pub starts_clause: bool,
    /// A comma, dash or bracket stands between this word and the one
    /// before: "not" does not reach over it.
    pub after_pause: bool,
    pub is_number: bool,
}

/// The plan's words, stemmed on demand in each language.
pub struct Words {
    pub tokens: Vec<Token>,
    stems: [OnceCell<Vec<String>>; 6],
}

impl Words {
    pub fn new(text: &str) -> Self {
        Self {
            tokens: tokenize(text),
            stems: Default::default(),
        }
    }

    /// Every word's stem in `language`.
    pub fn stems(&self, language: Language) -> &[String] {
        self.stems[language.index()].get_or_init(|| {
            self.tokens
                .iter()
                .map(|t| language.stem(&t.lower))
                .collect()
        })
    }
}

/// Ends a sentence or clause when followed by a space or the end:
/// "output/summary.md" and "https://" do not.
fn ends_clause(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | ';' | ':' | '…')
}

fn is_pause(c: char) -> bool {
    matches!(c, ',' | '(' | ')' | '—' | '–' | '"' | '“' | '”' | '«' | '»')
}

fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut clause = 0;
    let mut clause_has_words = false;
    let mut pause = false;
    let mut start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(at);
            }
            continue;
        }
        if let Some(from) = start.take() {
            tokens.push(token(text, from..at, clause, !clause_has_words, pause));
            clause_has_words = true;
            pause = false;
        }
        let next_is_space = chars.peek().is_none_or(|(_, n)| n.is_whitespace());
        if c == '\n' || (ends_clause(c) && next_is_space) {
            if clause_has_words {
                clause += 1;
            }
            clause_has_words = false;
            pause = false;
        } else if is_pause(c) {
            pause = true;
        }
    }
    if let Some(from) = start {
        tokens.push(token(
            text,
            from..text.len(),
            clause,
            !clause_has_words,
            pause,
        ));
    }
    tokens
}

fn token(text: &str, range: Range<usize>, clause: usize, starts: bool, pause: bool) -> Token {
    let written = &text[range.clone()];
    let lower = written.to_lowercase();
    Token {
        plain: fold(&lower),
        cased: fold(written),
        is_number: written.chars().all(|c| c.is_ascii_digit()),
        lower,
        range,
        clause,
        starts_clause: starts,
        after_pause: pause,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_clauses_and_pauses() {
        let words = Words::new("Step 1: read output/summary.md, then delete it.\nNext");
        let plain: Vec<&str> = words.tokens.iter().map(|t| t.plain.as_str()).collect();
        assert_eq!(
            plain,
            [
                "step", "1", "read", "output", "summary", "md", "then", "delete", "it", "next"
            ]
        );
        let clauses: Vec<usize> = words.tokens.iter().map(|t| t.clause).collect();
        assert_eq!(clauses, [0, 0, 1, 1, 1, 1, 1, 1, 1, 2]);
        assert!(words.tokens[2].starts_clause);
        assert!(words.tokens[6].after_pause);
        assert!(words.tokens[1].is_number);
    }

    #[test]
    fn elisions_and_accents() {
        let words = Words::new("l'ancien Téléchargements");
        assert_eq!(words.tokens[1].plain, "ancien");
        assert_eq!(words.tokens[2].cased, "Telechargements");
        assert_eq!(words.stems(Language::Fr)[1], "ancien");
    }
}
