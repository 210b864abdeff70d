//! Replacing private data in text: everything the sensitive-data detector
//! finds, plus e-mail addresses, phone numbers and names given in context
//! ("Name: …", "Dear …"), each by a typed placeholder (`[CARD NUMBER]`)
//! or, for an anonymised copy, by a consistent pseudonym (`CARD-1`).

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::scan::sensitive;

/// Placeholders, or pseudonyms that keep equal values equal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Placeholders,
    Pseudonyms,
}

/// The kinds of value replaced, with their placeholder and pseudonym.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Card,
    Iban,
    ApiKey,
    Password,
    PrivateKey,
    IdNumber,
    Health,
    Email,
    Phone,
    Name,
}

impl Kind {
    pub fn placeholder(self) -> &'static str {
        match self {
            Kind::Card => "[CARD NUMBER]",
            Kind::Iban => "[IBAN]",
            Kind::ApiKey => "[API KEY]",
            Kind::Password => "[PASSWORD]",
            Kind::PrivateKey => "[PRIVATE KEY]",
            Kind::IdNumber => "[ID NUMBER]",
            Kind::Health => "[HEALTH DATA]",
            Kind::Email => "[EMAIL]",
            Kind::Phone => "[PHONE]",
            Kind::Name => "[NAME]",
        }
    }

    fn pseudonym_stem(self) -> &'static str {
        match self {
            Kind::Card => "CARD",
            Kind::Iban => "IBAN",
            Kind::ApiKey => "KEY",
            Kind::Password => "PASSWORD",
            Kind::PrivateKey => "PRIVATE-KEY",
            Kind::IdNumber => "ID",
            Kind::Health => "HEALTH",
            Kind::Email => "EMAIL",
            Kind::Phone => "PHONE",
            Kind::Name => "PERSON",
        }
    }

    /// "1 card number", "3 card numbers".
    /// "3 card numbers", in any language.
    pub fn count_message(self, n: usize) -> crate::i18n::Msg {
        let id = match self {
            Kind::Card => "kind-card",
            Kind::Iban => "kind-iban",
            Kind::ApiKey => "kind-api-key",
            Kind::Password => "kind-password",
            Kind::PrivateKey => "kind-private-key",
            Kind::IdNumber => "kind-id-number",
            Kind::Health => "kind-health",
            Kind::Email => "kind-email",
            Kind::Phone => "kind-phone",
            Kind::Name => "kind-name",
        };
        crate::i18n::Msg::new(id).with("count", n)
    }

    pub fn count(self, n: usize) -> String {
        match self {
            Kind::Card => crate::tr!("kind-card", count = n),
            Kind::Iban => crate::tr!("kind-iban", count = n),
            Kind::ApiKey => crate::tr!("kind-api-key", count = n),
            Kind::Password => crate::tr!("kind-password", count = n),
            Kind::PrivateKey => crate::tr!("kind-private-key", count = n),
            Kind::IdNumber => crate::tr!("kind-id-number", count = n),
            Kind::Health => crate::tr!("kind-health", count = n),
            Kind::Email => crate::tr!("kind-email", count = n),
            Kind::Phone => crate::tr!("kind-phone", count = n),
            Kind::Name => crate::tr!("kind-name", count = n),
        }
    }

    fn of_secret(id: &str) -> Kind {
        match id {
            "card" => Kind::Card,
            "iban" => Kind::Iban,
            "private-key" | "putty-key" => Kind::PrivateKey,
            "url-password" | "password-assignment" | "password-hash" => Kind::Password,
            "us-ssn" | "fr-nir" | "passport" => Kind::IdNumber,
            "medical-record" | "diagnosis" => Kind::Health,
            _ => Kind::ApiKey,
        }
    }
}

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    #[allow(clippy::expect_used)]
    Regex::new(r"\b[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9.\-]{1,253}\.[A-Za-z]{2,24}\b")
        .expect("e-mail regex")
});

/// International (+33 6 12 34 56 78), North American ((555) 123-4567)
/// and European (06 12 34 56 78) numbers.
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    #[allow(clippy::expect_used)]
    Regex::new(
        r"(?:\+\d{1,3}[ .\-]?(?:\(0\)[ .\-]?)?\d{1,4}(?:[ .\-]?\d{2,4}){2,4}|\(\d{3}\)[ .\-]?\d{3}[ .\-]\d{4}|\b\d{3}[.\-]\d{3}[.\-]\d{4}\b|\b0\d(?:[ .\-]?\d{2}){4}\b)",
    )
    .expect("phone regex")
});

/// A name given in context: after "Name:", "Nom :", "Dear", a title…
static NAME: LazyLock<Regex> = LazyLock::new(|| {
    #[allow(clippy::expect_used)]
    Regex::new(
        r"(?:(?i:\b(?:full name|name|nom|prénom|patient|client|customer|contact|employee|salarié|signed|signé)\b)\s*[:=]\s*|\b(?i:dear|cher|chère|bonjour|hello|hi)\s+|\b(?:Mr|Mrs|Ms|Miss|Dr|Mme|Mlle|M)\.?\s+)((?:[A-Z][a-zà-ÿ'\-]+|[A-Z]{2,})(?:[ \t]+(?:[A-Z][a-zà-ÿ'\-]+|[A-Z]{2,})){0,2})",
    )
    .expect("name regex")
});

/// Words that start a sentence after "Hello" and are not names.
const NOT_NAMES: &[&str] = &[
    "All", "Team", "Everyone", "There", "Sir", "Madam", "Customer", "Client", "Friends", "Tous",
    "Madame", "Monsieur",
];

/// Column headings that mean "this column holds people's names".
const NAME_HEADINGS: &[&str] = &[
    "name",
    "full name",
    "fullname",
    "full_name",
    "first name",
    "first_name",
    "firstname",
    "last name",
    "last_name",
    "lastname",
    "surname",
    "customer",
    "customer name",
    "client",
    "client name",
    "contact",
    "contact name",
    "employee",
    "patient",
    "nom",
    "prénom",
    "prenom",
    "nom complet",
    "person",
];

/// The fields of one line, quotes respected (a delimiter inside quotes
/// is part of the field); each field keeps its quotes.
fn split_fields(line: &str, delimiter: char) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut quoted = false;
    for c in line.chars() {
        if c == '"' {
            quoted = !quoted;
        }
        if c == delimiter && !quoted {
            fields.push(String::new());
        } else if let Some(last) = fields.last_mut() {
            last.push(c);
        }
    }
    fields
}

/// One value found, before it is replaced.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Hit {
    range: Range<usize>,
    kind: Kind,
}

fn find(text: &str) -> Vec<Hit> {
    let mut hits: Vec<Hit> = Vec::new();
    for secret in sensitive::scan(text) {
        let kind = Kind::of_secret(secret.id);
        let mut range = secret.range.clone();
        if kind == Kind::PrivateKey {
            // The detector finds the header; the whole block goes.
            range.end = text[range.start..]
                .find("PRIVATE KEY")
                .and_then(|first| {
                    let after = range.start + first + 11;
                    text[after..].find("-----END").map(|end| {
                        let end = after + end;
                        let close = text[end + 8..]
                            .find("-----")
                            .map_or(text.len(), |c| end + 8 + c + 5);
                        close.min(text.len())
                    })
                })
                .unwrap_or(range.end);
        }
        hits.push(Hit { range, kind });
    }
    for m in EMAIL.find_iter(text) {
        hits.push(Hit {
            range: m.range(),
            kind: Kind::Email,
        });
    }
    for m in PHONE.find_iter(text) {
        let digits = m.as_str().chars().filter(char::is_ascii_digit).count();
        if (9..=15).contains(&digits) {
            hits.push(Hit {
                range: m.range(),
                kind: Kind::Phone,
            });
        }
    }
    for caps in NAME.captures_iter(text) {
        if let Some(m) = caps.get(1)
            && !NOT_NAMES.contains(&m.as_str().split_whitespace().next().unwrap_or(""))
        {
            hits.push(Hit {
                range: m.range(),
                kind: Kind::Name,
            });
        }
    }
    // The detector's findings come first; overlapping later hits go.
    hits.sort_by_key(|h| (h.range.start, std::cmp::Reverse(h.range.end)));
    let mut kept: Vec<Hit> = Vec::new();
    for hit in hits {
        if kept.last().is_some_and(|k| hit.range.start < k.range.end) {
            continue;
        }
        kept.push(hit);
    }
    kept
}

/// Replaces values, keeping pseudonyms consistent across every piece of
/// text of one file.
#[derive(Debug, Default)]
pub struct Redactor {
    pub mode: Mode,
    names: HashMap<(Kind, String), String>,
    counters: HashMap<Kind, usize>,
    /// How many values of each kind were replaced.
    pub replaced: std::collections::BTreeMap<Kind, usize>,
    /// What was taken out (masked) and what took its place, for showing
    /// the person; the first few hundred only.
    pub removed: Vec<Removed>,
}

/// One value taken out, as shown to the person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removed {
    pub kind: Kind,
    /// The value with its middle hidden: the person recognises it, a
    /// screenshot does not leak it.
    pub masked: String,
    pub replacement: String,
}

const MAX_REMOVED_SHOWN: usize = 300;

impl Redactor {
    pub fn new(mode: Mode) -> Self {
        Self {
            mode,
            ..Self::default()
        }
    }

    pub fn total(&self) -> usize {
        self.replaced.values().sum()
    }

    /// The text with every value found replaced.
    pub fn redact(&mut self, text: &str) -> String {
        let hits = find(text);
        if hits.is_empty() {
            return text.to_string();
        }
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        for hit in hits {
            out.push_str(&text[at..hit.range.start]);
            let value = &text[hit.range.clone()];
            let replacement = self.replacement(hit.kind, value);
            if self.removed.len() < MAX_REMOVED_SHOWN {
                self.removed.push(Removed {
                    kind: hit.kind,
                    masked: sensitive::mask(value.trim()),
                    replacement: replacement.clone(),
                });
            }
            out.push_str(&replacement);
            *self.replaced.entry(hit.kind).or_default() += 1;
            at = hit.range.end;
        }
        out.push_str(&text[at..]);
        out
    }

    /// A table (CSV, TSV): besides everything `redact` finds, the values
    /// of columns whose heading says they hold names.
    pub fn redact_table(&mut self, text: &str, delimiter: char) -> String {
        let mut lines = text.split_inclusive('\n');
        let Some(header) = lines.next() else {
            return String::new();
        };
        let name_columns: Vec<usize> =
            split_fields(header.trim_end_matches(['\r', '\n']), delimiter)
                .iter()
                .enumerate()
                .filter(|(_, f)| {
                    let heading = f.trim().trim_matches('"').to_lowercase();
                    NAME_HEADINGS.contains(&heading.as_str())
                })
                .map(|(i, _)| i)
                .collect();
        let mut out = self.redact(header);
        for line in lines {
            if name_columns.is_empty() {
                out.push_str(&self.redact(line));
                continue;
            }
            let body = line.trim_end_matches(['\r', '\n']);
            let ending = &line[body.len()..];
            let mut fields = split_fields(body, delimiter);
            for &i in &name_columns {
                let Some(field) = fields.get_mut(i) else {
                    continue;
                };
                let value = field.trim().trim_matches('"').to_string();
                if value.chars().any(char::is_alphabetic) {
                    let replacement = self.replacement(Kind::Name, &value);
                    if self.removed.len() < MAX_REMOVED_SHOWN {
                        self.removed.push(Removed {
                            kind: Kind::Name,
                            masked: sensitive::mask(&value),
                            replacement: replacement.clone(),
                        });
                    }
                    *self.replaced.entry(Kind::Name).or_default() += 1;
                    *field = replacement;
                }
            }
            let joined = fields.join(&delimiter.to_string());
            out.push_str(&self.redact(&joined));
            out.push_str(ending);
        }
        out
    }

    fn replacement(&mut self, kind: Kind, value: &str) -> String {
        match self.mode {
            Mode::Placeholders => kind.placeholder().to_string(),
            Mode::Pseudonyms => {
                // Equal values, spelled with or without spaces, get one name.
                let key: String = value
                    .chars()
                    .filter(|c| !c.is_whitespace() && *c != '-' && *c != '.')
                    .flat_map(char::to_lowercase)
                    .collect();
                if let Some(name) = self.names.get(&(kind, key.clone())) {
                    return name.clone();
                }
                let n = self.counters.entry(kind).or_default();
                *n += 1;
                let name = format!("{}-{n}", kind.pseudonym_stem());
                self.names.insert((kind, key), name.clone());
                name
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_gets_its_placeholder() {
        let text = "Name: Jean Dupont\nCard: 4111 1111 1111 1111\nIBAN: FR7630006000011234567890189\n\
                    API_TOKEN=ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789\npassword = Tr0ub4dor&3xyz\n\
                    SSN: 536-22-8726\nMail ann.smith@example.org or call +33 6 12 34 56 78.\n\
                    -----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7\n-----END RSA PRIVATE KEY-----\nDiagnosis: type 2 diabetes\n";
        let mut r = Redactor::new(Mode::Placeholders);
        let out = r.redact(text);
        for placeholder in [
            "[NAME]",
            "[CARD NUMBER]",
            "[IBAN]",
            "[API KEY]",
            "[PASSWORD]",
            "[ID NUMBER]",
            "[EMAIL]",
            "[PHONE]",
            "[PRIVATE KEY]",
            "[HEALTH DATA]",
        ] {
            assert!(
                out.contains(placeholder),
                "{placeholder} missing in:\n{out}"
            );
        }
        for value in [
            "Dupont",
            "4111",
            "FR76",
            "ghp_",
            "Tr0ub4dor",
            "8726",
            "ann.smith",
            "12 34 56",
            "MIIE",
            "diabetes",
        ] {
            assert!(!out.contains(value), "{value} left in:\n{out}");
        }
        assert!(sensitive::scan(&out).is_empty(), "{out}");
    }

    #[test]
    fn pseudonyms_are_consistent_within_a_file() {
        let mut r = Redactor::new(Mode::Pseudonyms);
        let a = r.redact("paid with 4111 1111 1111 1111, then 5500 0000 0000 0004");
        let b = r.redact("refund to 4111111111111111");
        assert_eq!(a, "paid with CARD-1, then CARD-2");
        assert_eq!(b, "refund to CARD-1");
    }

    #[test]
    fn name_columns_of_a_table_are_replaced() {
        let mut r = Redactor::new(Mode::Pseudonyms);
        let out = r.redact_table(
            "customer,city,total\nJean Dupont,Lyon,12\n\"Smith, Ann\",Paris,3\nJean Dupont,Lyon,4\n",
            ',',
        );
        assert_eq!(
            out,
            "customer,city,total\nPERSON-1,Lyon,12\nPERSON-2,Paris,3\nPERSON-1,Lyon,4\n"
        );
    }

    #[test]
    fn ordinary_text_is_left_alone() {
        let text = "Hello team,\nthe meeting is on 12 March at 10:30 in room 4.\nRevenue grew 4% to 1,234,567 EUR.";
        let mut r = Redactor::new(Mode::Placeholders);
        assert_eq!(r.redact(text), text);
        assert_eq!(r.total(), 0);
    }
}
