//! Short pages on each risk, as data (`assets/learn.ron`), linked from the
//! findings' "why this matters".

use serde::Deserialize;

use crate::scan::Category;

const PAGES: &str = include_str!("../../assets/learn.ron");

/// A page as listed in `assets/learn.ron`: its words are in the catalog.
#[derive(Debug, Deserialize)]
struct Listed {
    id: String,
    paragraphs: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub id: String,
    pub title: String,
    pub paragraphs: Vec<String>,
}

fn listed() -> Vec<Listed> {
    ron::from_str(PAGES).unwrap_or_else(|err| {
        log::error!("learn pages unreadable: {err}");
        Vec::new()
    })
}

/// Every page, in order, in the thread's language.
pub fn pages() -> Vec<Page> {
    listed()
        .into_iter()
        .map(|l| Page {
            title: crate::i18n::tr(&format!("learn-{}-title", l.id)),
            paragraphs: (1..=l.paragraphs)
                .map(|n| crate::i18n::tr(&format!("learn-{}-{n}", l.id)))
                .collect(),
            id: l.id,
        })
        .collect()
}

/// The catalog keys of every page's words.
pub fn catalog_keys() -> Vec<String> {
    listed()
        .into_iter()
        .flat_map(|l| {
            std::iter::once(format!("learn-{}-title", l.id))
                .chain((1..=l.paragraphs).map(move |n| format!("learn-{}-{n}", l.id)))
        })
        .collect()
}

/// The page explaining a finding's category.
pub fn topic_of(category: Category) -> &'static str {
    match category {
        Category::PromptInjection | Category::SuspiciousFilename => "prompt-injection",
        Category::HiddenContent => "hidden-content",
        Category::Macro | Category::ActiveContent | Category::FormatMismatch => "macros",
        Category::SensitiveData => "sensitive-data",
        Category::Unreadable | Category::UntrustedSource => "prompt-injection",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_topic_has_a_page() {
        let pages = pages();
        assert!(pages.len() >= 6, "the pages parse");
        for category in Category::ALL {
            let topic = topic_of(category);
            assert!(pages.iter().any(|p| p.id == topic), "{topic}");
        }
        for id in ["browser", "computer-use"] {
            assert!(pages.iter().any(|p| p.id == id), "{id}");
        }
    }
}
