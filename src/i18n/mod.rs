//! Every sentence the window shows, in English and French, from the Fluent
//! catalogs in `assets/i18n/<lang>/*.ftl`.
//!
//! The language is per thread: the window sets it at the start of each
//! frame and hands it to the jobs it starts, so two windows (or two tests)
//! in one process can speak different languages. A key missing from the
//! chosen language falls back to English, then to the key itself, and is
//! logged; `tests/i18n.rs` makes sure that never ships.

pub mod message;

pub use message::{Arg, Msg};

use std::cell::Cell;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

/// The languages the interface speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    En,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// The language's own name, so a person finds it whatever is shown.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
        }
    }

    /// `fr`, `fr-CA`, `fr_FR.UTF-8`… are French; anything else English.
    pub fn from_locale(locale: &str) -> Lang {
        let lower = locale.to_ascii_lowercase();
        if lower == "fr" || lower.starts_with("fr-") || lower.starts_with("fr_") {
            Lang::Fr
        } else {
            Lang::En
        }
    }

    fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::Fr => 1,
        }
    }
}

/// The system's language, English when it cannot be told.
/// `AIRLOCK_LANG=fr` (or `en`) overrides it, for people whose system
/// language is neither and for tests.
pub fn system_lang() -> Lang {
    if let Ok(forced) = std::env::var("AIRLOCK_LANG")
        && !forced.is_empty()
    {
        return Lang::from_locale(&forced);
    }
    sys_locale::get_locale().map_or(Lang::En, |locale| Lang::from_locale(&locale))
}

/// The catalog files, in the order they are loaded; the same names exist
/// for every language.
pub const CATALOG_FILES: &[&str] = &["app", "guide", "findings", "engine", "learn"];

/// The text of one catalog file.
pub fn catalog_source(lang: Lang, file: &str) -> Option<&'static str> {
    let text = match (lang, file) {
        (Lang::En, "app") => include_str!("../../assets/i18n/en/app.ftl"),
        (Lang::En, "guide") => include_str!("../../assets/i18n/en/guide.ftl"),
        (Lang::En, "findings") => include_str!("../../assets/i18n/en/findings.ftl"),
        (Lang::En, "engine") => include_str!("../../assets/i18n/en/engine.ftl"),
        (Lang::En, "learn") => include_str!("../../assets/i18n/en/learn.ftl"),
        (Lang::Fr, "app") => include_str!("../../assets/i18n/fr/app.ftl"),
        (Lang::Fr, "guide") => include_str!("../../assets/i18n/fr/guide.ftl"),
        (Lang::Fr, "findings") => include_str!("../../assets/i18n/fr/findings.ftl"),
        (Lang::Fr, "engine") => include_str!("../../assets/i18n/fr/engine.ftl"),
        (Lang::Fr, "learn") => include_str!("../../assets/i18n/fr/learn.ftl"),
        _ => return None,
    };
    Some(text)
}

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// The language of this thread's sentences.
pub fn lang() -> Lang {
    CURRENT.with(Cell::get)
}

pub fn set_lang(lang: Lang) {
    CURRENT.with(|current| current.set(lang));
}

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle; 2] {
    static BUNDLES: OnceLock<[Bundle; 2]> = OnceLock::new();
    BUNDLES.get_or_init(|| [build(Lang::En), build(Lang::Fr)])
}

fn build(lang: Lang) -> Bundle {
    let id: LanguageIdentifier = match lang.code().parse() {
        Ok(id) => id,
        Err(err) => {
            log::error!("language code {} not understood: {err}", lang.code());
            LanguageIdentifier::default()
        }
    };
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Unicode isolation marks around every value would show as boxes in
    // fonts without them, and the interface has no right-to-left text.
    bundle.set_use_isolating(false);
    for file in CATALOG_FILES {
        let Some(source) = catalog_source(lang, file) else {
            continue;
        };
        let resource = match FluentResource::try_new(source.to_string()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                log::error!("{}/{file}.ftl: {errors:?}", lang.code());
                resource
            }
        };
        if let Err(errors) = bundle.add_resource(resource) {
            log::error!("{}/{file}.ftl: {errors:?}", lang.code());
        }
    }
    bundle
}

/// Named values for a sentence: `{ $count }` in the catalog.
#[derive(Default)]
pub struct Args(FluentArgs<'static>);

impl Args {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn set(&mut self, name: &'static str, value: impl IntoArg) {
        self.0.set(name, value.into_arg());
    }
}

/// What may fill a `{ $name }`: text or a number (numbers choose plurals).
pub trait IntoArg {
    fn into_arg(self) -> FluentValue<'static>;
}

impl IntoArg for String {
    fn into_arg(self) -> FluentValue<'static> {
        FluentValue::from(self)
    }
}

impl IntoArg for &String {
    fn into_arg(self) -> FluentValue<'static> {
        FluentValue::from(self.clone())
    }
}

impl IntoArg for &str {
    fn into_arg(self) -> FluentValue<'static> {
        FluentValue::from(self.to_string())
    }
}

macro_rules! number_arg {
    ($($t:ty)+) => {$(
        impl IntoArg for $t {
            fn into_arg(self) -> FluentValue<'static> {
                FluentValue::from(self)
            }
        }
        impl IntoArg for &$t {
            fn into_arg(self) -> FluentValue<'static> {
                FluentValue::from(*self)
            }
        }
    )+};
}
number_arg!(usize u64 u32 i64 i32);

/// The sentence `key` in this thread's language.
pub fn tr(key: &str) -> String {
    format(lang(), key, None)
}

/// The sentence `key` with its `{ $name }` values filled in.
pub fn tr_args(key: &str, args: &Args) -> String {
    format(lang(), key, Some(&args.0))
}

/// The sentence `key` in a given language (reports, tests).
pub fn tr_in(lang: Lang, key: &str, args: Option<&Args>) -> String {
    format(lang, key, args.map(|a| &a.0))
}

/// Whether the catalog of `lang` has `key`.
pub fn has(lang: Lang, key: &str) -> bool {
    bundles()[lang.index()].has_message(key)
}

fn format(lang: Lang, key: &str, args: Option<&FluentArgs<'static>>) -> String {
    let all = bundles();
    let found = all[lang.index()]
        .get_message(key)
        .and_then(|m| m.value())
        .map(|pattern| (&all[lang.index()], pattern))
        .or_else(|| {
            log::warn!("no {} text for {key}", lang.code());
            all[Lang::En.index()]
                .get_message(key)
                .and_then(|m| m.value())
                .map(|pattern| (&all[Lang::En.index()], pattern))
        });
    let Some((bundle, pattern)) = found else {
        log::error!("no text at all for {key}");
        return key.to_string();
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    if !errors.is_empty() {
        log::warn!("{key}: {errors:?}");
    }
    text.into_owned()
}

/// Problems the Fluent parser found in the catalog files (a test keeps
/// this empty).
pub fn catalog_errors() -> Vec<String> {
    let mut found = Vec::new();
    for lang in Lang::ALL {
        for file in CATALOG_FILES {
            match catalog_source(lang, file) {
                None => found.push(format!("{}/{file}.ftl missing", lang.code())),
                Some(source) => {
                    if let Err((_, errors)) = FluentResource::try_new(source.to_string()) {
                        found.push(format!("{}/{file}.ftl: {errors:?}", lang.code()));
                    }
                }
            }
        }
    }
    found
}

/// A sentence from the catalog: `tr!("home-title")` or
/// `tr!("files-count", count = n)`. Keys are literals so that a test can
/// find every one in the source.
#[macro_export]
macro_rules! tr {
    ($key:literal) => {
        $crate::i18n::tr($key)
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $( args.set(stringify!($name), $value); )+
        $crate::i18n::tr_args($key, &args)
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_map_to_languages() {
        assert_eq!(Lang::from_locale("fr-FR"), Lang::Fr);
        assert_eq!(Lang::from_locale("fr_CA.UTF-8"), Lang::Fr);
        assert_eq!(Lang::from_locale("fr"), Lang::Fr);
        assert_eq!(Lang::from_locale("en-GB"), Lang::En);
        assert_eq!(Lang::from_locale("fy-NL"), Lang::En);
        assert_eq!(Lang::from_locale(""), Lang::En);
    }

    #[test]
    fn the_language_is_per_thread() {
        set_lang(Lang::Fr);
        let other = std::thread::spawn(lang).join().ok();
        assert_eq!(other, Some(Lang::En));
        assert_eq!(lang(), Lang::Fr);
        set_lang(Lang::En);
    }

    #[test]
    fn plurals_follow_each_language() {
        let mut one = Args::new();
        one.set("count", 1usize);
        let mut zero = Args::new();
        zero.set("count", 0usize);
        assert_eq!(tr_in(Lang::En, "files-count", Some(&one)), "1 file");
        assert_eq!(tr_in(Lang::En, "files-count", Some(&zero)), "0 files");
        // French counts zero as singular.
        assert_eq!(tr_in(Lang::Fr, "files-count", Some(&zero)), "0 fichier");
    }

    #[test]
    fn a_restore_that_only_removed_says_so() {
        let mut args = Args::new();
        args.set("count", 0usize);
        args.set("removed", 1usize);
        assert_eq!(
            tr_in(Lang::En, "restored-and-removed", Some(&args)),
            "Removed 1 item the backup did not have."
        );
        assert_eq!(
            tr_in(Lang::Fr, "restored-and-removed", Some(&args)),
            "1 élément absent de la sauvegarde retiré."
        );
    }

    #[test]
    fn an_unknown_key_shows_itself() {
        assert_eq!(tr_in(Lang::Fr, "no-such-key", None), "no-such-key");
    }
}
