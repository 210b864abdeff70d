//! A sentence as data: an id from the catalogs and its arguments, turned
//! into words only when a person (or a report) reads it.
//!
//! The engine's findings, their places and the reasons text is hidden are
//! all [`Msg`]s, so the same finding reads in English in `scan --json` and
//! the audit trail and in the person's language in the window, and a
//! reworded English sentence cannot silently lose its French.

use std::collections::BTreeMap;

use fluent_bundle::{FluentArgs, FluentValue};
use serde::{Deserialize, Serialize};

use super::Lang;

/// The id of a message that shows its `text` argument as it is: names of
/// files, sheets and parts, which are never translated.
pub const PLAIN: &str = "plain";

/// The id of a message that shows its parts (`0`, `1`…) one after the
/// other, separated by a middle dot.
pub const JOINED: &str = "joined";

/// A sentence to be: an id in the Fluent catalogs and its named values.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "Stored")]
pub struct Msg {
    pub id: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub args: BTreeMap<String, Arg>,
}

/// A message as records keep it; records written before messages had
/// ids hold the sentence itself, which is shown as it is.
#[derive(Deserialize)]
#[serde(untagged)]
enum Stored {
    Message {
        id: String,
        #[serde(default)]
        args: BTreeMap<String, Arg>,
    },
    Sentence(String),
}

impl From<Stored> for Msg {
    fn from(stored: Stored) -> Self {
        match stored {
            Stored::Message { id, args } => Msg { id, args },
            Stored::Sentence(text) => Msg::plain(text),
        }
    }
}

/// What fills a `{ $name }`: words from the file (shown as they are), a
/// number (which also chooses plurals), or another message, put into the
/// same language first.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Arg {
    Number(i64),
    Text(String),
    Msg(Msg),
}

impl Msg {
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            args: BTreeMap::new(),
        }
    }

    /// Words shown as they are, in every language.
    pub fn plain(text: impl AsRef<str>) -> Self {
        Self::new(PLAIN).with("text", text.as_ref())
    }

    pub fn with(mut self, name: &str, value: impl Into<Arg>) -> Self {
        self.args.insert(name.to_string(), value.into());
        self
    }

    /// Several messages shown as one: "speaks to the AI reader · asks it
    /// to open your keys".
    pub fn joined(parts: Vec<Msg>) -> Self {
        let mut joined = Self::new(JOINED);
        for (index, part) in parts.into_iter().enumerate() {
            joined = joined.with(&format!("{index:02}"), part);
        }
        joined
    }

    /// A place inside another place: "part 2, header Subject".
    pub fn within(outer: Option<&Msg>, inner: Msg) -> Msg {
        match outer {
            Some(outer) => Msg::new("where-within")
                .with("outer", outer.clone())
                .with("inner", inner),
            None => inner,
        }
    }

    pub fn is_plain(&self) -> bool {
        self.id == PLAIN
    }

    /// The sentence in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        if self.is_plain() {
            return match self.args.get("text") {
                Some(Arg::Text(text)) => text.clone(),
                Some(other) => other.render(lang),
                None => String::new(),
            };
        }
        if self.id == JOINED {
            // Arguments are kept in name order, which is their order.
            return self
                .args
                .values()
                .map(|part| part.render(lang))
                .collect::<Vec<_>>()
                .join(" · ");
        }
        if self.args.is_empty() {
            return super::format(lang, &self.id, None);
        }
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            let value: FluentValue<'static> = match value {
                Arg::Number(n) => FluentValue::from(*n),
                Arg::Text(text) => FluentValue::from(text.clone()),
                Arg::Msg(inner) => FluentValue::from(inner.render(lang)),
            };
            args.set(name.clone(), value);
        }
        super::format(lang, &self.id, Some(&args))
    }

    /// The sentence in this thread's language (the window's).
    pub fn text(&self) -> String {
        self.render(super::lang())
    }

    /// The sentence in English: reports for tools, the audit trail.
    pub fn english(&self) -> String {
        self.render(Lang::En)
    }

    /// Every catalog id this message and the messages inside it use.
    pub fn ids(&self) -> Vec<&str> {
        let mut ids = Vec::new();
        if !self.is_plain() && self.id != JOINED {
            ids.push(self.id.as_str());
        }
        for value in self.args.values() {
            if let Arg::Msg(inner) = value {
                ids.extend(inner.ids());
            }
        }
        ids
    }
}

impl Arg {
    fn render(&self, lang: Lang) -> String {
        match self {
            Arg::Number(n) => n.to_string(),
            Arg::Text(text) => text.clone(),
            Arg::Msg(inner) => inner.render(lang),
        }
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg::Text(text.clone())
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_string())
    }
}

impl From<Msg> for Arg {
    fn from(msg: Msg) -> Self {
        Arg::Msg(msg)
    }
}

macro_rules! number_arg {
    ($($t:ty)+) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )+};
}
number_arg!(usize u64 u32 i64 i32 u16 u8);

/// A message: `msg!("finding-password")` or
/// `msg!("finding-sheet-hidden", name = sheet)`. Ids are literals so that
/// a test can find every one in the source and check both catalogs.
#[macro_export]
macro_rules! msg {
    ($id:literal) => {
        $crate::i18n::Msg::new($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::Msg::new($id)$(.with(stringify!($name), $value))+
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_words_are_shown_as_they_are_in_every_language() {
        let name = Msg::plain("word/document.xml");
        assert_eq!(name.render(Lang::En), "word/document.xml");
        assert_eq!(name.render(Lang::Fr), "word/document.xml");
        assert!(name.ids().is_empty());
    }

    #[test]
    fn a_message_inside_a_message_follows_the_language() {
        let place = crate::msg!("where-page-number", page = 3usize);
        let inside = crate::msg!("where-inside-at", name = "a.pdf", place = place);
        assert_eq!(inside.render(Lang::En), "inside “a.pdf”, page 3");
        assert_eq!(inside.render(Lang::Fr), "dans « a.pdf », page 3");
        assert_eq!(inside.ids(), vec!["where-inside-at", "where-page-number"]);
    }

    #[test]
    fn a_sentence_from_an_older_record_reads_as_it_was() {
        let old: Msg = serde_json::from_str("\"Contains a password.\"").unwrap();
        assert_eq!(old.render(Lang::Fr), "Contains a password.");
    }

    #[test]
    fn messages_keep_their_shape_through_json() {
        let msg = crate::msg!(
            "where-inside-at",
            name = "x",
            place = crate::msg!("where-page-number", page = 2usize)
        );
        let json = serde_json::to_string(&msg).unwrap();
        let back: Msg = serde_json::from_str(&json).unwrap();
        assert_eq!(back, msg);
    }
}
