//! The languages a plan may be written in, each with its stemmer and its
//! word file (`assets/rules/plan/<code>.ron`), and how to tell which of
//! them a plan is written in.
//!
//! Words are compared by their Snowball stem, so "removing", "removed" and
//! "remove", or "déplacera", "déplacer" and "déplacé", are one word. The
//! Snowball algorithms are the reference stemmers for these six languages;
//! `rust-stemmers` is their plain Rust translation (the one tantivy uses),
//! with serde as its only dependency. Its last release dates from 2020
//! because the algorithms themselves are frozen. A hand-written suffix
//! table would have to redo, six times over, what Snowball already gets
//! right (French verb endings, German umlauts, Portuguese nasal vowels).

use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// A language a plan may be written in. The interface speaks fewer
/// (`crate::i18n::Lang`); the plan review reads more.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Language {
    En,
    Fr,
    Es,
    De,
    It,
    Pt,
}

impl Language {
    pub const ALL: [Language; 6] = [
        Language::En,
        Language::Fr,
        Language::Es,
        Language::De,
        Language::It,
        Language::Pt,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Fr => "fr",
            Language::Es => "es",
            Language::De => "de",
            Language::It => "it",
            Language::Pt => "pt",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }

    /// The language's word file.
    pub fn words_source(self) -> &'static str {
        match self {
            Language::En => include_str!("../../../assets/rules/plan/en.ron"),
            Language::Fr => include_str!("../../../assets/rules/plan/fr.ron"),
            Language::Es => include_str!("../../../assets/rules/plan/es.ron"),
            Language::De => include_str!("../../../assets/rules/plan/de.ron"),
            Language::It => include_str!("../../../assets/rules/plan/it.ron"),
            Language::Pt => include_str!("../../../assets/rules/plan/pt.ron"),
        }
    }

    fn algorithm(self) -> Algorithm {
        match self {
            Language::En => Algorithm::English,
            Language::Fr => Algorithm::French,
            Language::Es => Algorithm::Spanish,
            Language::De => Algorithm::German,
            Language::It => Algorithm::Italian,
            Language::Pt => Algorithm::Portuguese,
        }
    }

    /// The folded stem of a lower-case word: "Déplacera" → "deplac".
    pub fn stem(self, lower: &str) -> String {
        static STEMMERS: LazyLock<Vec<Stemmer>> = LazyLock::new(|| {
            Language::ALL
                .iter()
                .map(|l| Stemmer::create(l.algorithm()))
                .collect()
        });
        // Nobody writes a 40-letter word in a plan; such a token is a
        // hash or a name, and is compared as it is.
        if lower.chars().count() > 40 {
            return fold(lower);
        }
        let Some(stemmer) = STEMMERS.get(self.index()) else {
            return fold(lower);
        };
        // The generated Snowball code slices strings by byte; a panic on
        // some odd word must not take the window down with it.
        let stem = std::panic::catch_unwind(|| stemmer.stem(lower).into_owned())
            .unwrap_or_else(|_| lower.to_string());
        fold(&stem)
    }
}

/// Without accents: "Téléchargements" → "Telechargements", so that a plan
/// typed without them still matches. Case is kept.
pub fn fold(word: &str) -> String {
    if word.is_ascii() {
        return word.to_string();
    }
    word.nfd()
        .filter(|c| !is_combining_mark(*c))
        .collect::<String>()
        .replace('ß', "ss")
}

/// The languages a text seems to be written in, told by its common short
/// words ("the", "les", "und"…): every language scoring at least a third
/// of the best. A text with none of them (a few words, a list of paths)
/// is read in every language.
pub fn detect(words: &[&str], stop_words: impl Fn(Language, &str) -> bool) -> Vec<Language> {
    let scores: Vec<(Language, usize)> = Language::ALL
        .iter()
        .map(|&l| (l, words.iter().filter(|w| stop_words(l, w)).count()))
        .collect();
    let best = scores.iter().map(|(_, s)| *s).max().unwrap_or(0);
    if best == 0 {
        return Language::ALL.to_vec();
    }
    scores
        .into_iter()
        .filter(|(_, s)| *s * 3 >= best && *s > 0)
        .map(|(l, _)| l)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_share_a_stem() {
        let en = ["remove", "removing", "removed", "removes"].map(|w| Language::En.stem(w));
        assert!(en.iter().all(|s| *s == en[0]), "{en:?}");
        let fr = ["déplacera", "déplacer", "déplacé", "deplacera"].map(|w| Language::Fr.stem(w));
        assert!(fr.iter().all(|s| *s == fr[0]), "{fr:?}");
        assert_eq!(Language::Fr.stem("retirant"), Language::Fr.stem("retirer"));
        assert_ne!(Language::En.stem("remove"), Language::En.stem("read"));
    }

    #[test]
    fn accents_and_long_tokens_are_folded_not_stemmed() {
        assert_eq!(fold("Téléchargements"), "Telechargements");
        assert_eq!(fold("Straße"), "Strasse");
        let long = "a".repeat(60);
        assert_eq!(Language::En.stem(&long), long);
    }

    #[test]
    fn detection_keeps_the_languages_that_score() {
        let fr = |l: Language, w: &str| l == Language::Fr && ["les", "et"].contains(&w);
        assert_eq!(detect(&["les", "et", "x"], fr), [Language::Fr]);
        assert_eq!(detect(&["x"], fr), Language::ALL);
    }
}
