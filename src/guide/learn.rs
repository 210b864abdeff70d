//! Short pages on each risk, as data (`assets/learn.ron`), linked from the
//! findings' "why this matters".

use serde::Deserialize;

use crate::scan::Category;

const PAGES: &str = include_str!("../../assets/learn.ron");

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Page {
    pub id: String,
    pub title: String,
    pub paragraphs: Vec<String>,
}

/// Every page, in order.
pub fn pages() -> Vec<Page> {
    ron::from_str(PAGES).unwrap_or_else(|err| {
        log::error!("learn pages unreadable: {err}");
        Vec::new()
    })
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
        for category in [
            Category::PromptInjection,
            Category::HiddenContent,
            Category::Macro,
            Category::ActiveContent,
            Category::FormatMismatch,
            Category::SuspiciousFilename,
            Category::SensitiveData,
            Category::Unreadable,
            Category::UntrustedSource,
        ] {
            let topic = topic_of(category);
            assert!(pages.iter().any(|p| p.id == topic), "{topic}");
        }
        for id in ["browser", "computer-use"] {
            assert!(pages.iter().any(|p| p.id == id), "{id}");
        }
    }
}
