//! The checks that confirm a candidate is private data: validators
//! (Luhn, mod 97, national-id keys), randomness, and what surrounds a
//! value that says it is a name, a path or an example instead.

/// Values that are obviously examples, not secrets.
/// A token whose random part is one or two characters over and over
/// (`sk_live_xxxxxxxxxxxxxxxx`, `ghp_000000…`): a placeholder in a
/// template, whatever its prefix.
pub(super) fn filler(value: &str) -> bool {
    let tail: Vec<char> = value.chars().filter(char::is_ascii_alphanumeric).collect();
    let tail = &tail[tail.len().saturating_sub(16)..];
    let mut distinct: Vec<char> = tail.to_vec();
    distinct.sort_unstable();
    distinct.dedup();
    tail.len() >= 12 && distinct.len() <= 2
}

pub(super) fn is_placeholder(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    const WORDS: &[&str] = &[
        "example",
        "changeme",
        "change_me",
        "password",
        "passwd",
        "secret",
        "your",
        "xxxx",
        "****",
        "placeholder",
        "dummy",
        "sample",
        "redacted",
        "replace",
        "insert",
        "todo",
        "fixme",
        "test",
        "fake",
        "null",
        "none",
        "undefined",
        "something",
        "default",
        "qwerty",
        "env.",
        "process.env",
        "os.environ",
        "getenv",
        "config.",
        "settings.",
        "self.",
        "this.",
        "args.",
        "params",
    ];
    // An environment variable's name stands in for the value.
    let env_name = value.len() > 2
        && value
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
    // "sk-...", "access_token$sandbox$…": the value is left out.
    let elided = lower.ends_with("...") || lower.contains('…');
    env_name
        || elided
        || lower.starts_with('$')
        || lower.starts_with('%')
        || lower.starts_with('<')
        || lower.starts_with("{{")
        || lower
            .chars()
            .all(|c| c == lower.chars().next().unwrap_or('x'))
        || WORDS.iter().any(|w| lower.contains(w))
}

/// "words-joined-like-this" or "like_this" reads as a name, not a key.
fn joined_words(value: &str) -> bool {
    let words: Vec<&str> = value
        .split(['-', '_', '.'])
        .filter(|w| !w.is_empty())
        .collect();
    words.len() >= 3
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_ascii_alphabetic()))
}

pub(super) fn key_like(value: &str) -> bool {
    let digit = value.chars().any(|c| c.is_ascii_digit());
    let mixed = value.chars().any(|c| c.is_ascii_uppercase())
        && value.chars().any(|c| c.is_ascii_lowercase());
    let symbol = value.chars().any(|c| !c.is_alphanumeric());
    // "empty_token", "xvfb-run": a name in code, not a value.
    let identifier = !digit
        && !mixed
        && value
            .chars()
            .all(|c| c.is_ascii_lowercase() || matches!(c, '_' | '-' | '.'));
    !value.starts_with('-')
        && !joined_words(value)
        && !identifier
        && (digit || mixed || symbol)
        && !is_placeholder(value)
        && entropy(value) >= 3.0
}

pub(super) fn random_key(value: &str) -> bool {
    let upper = value.chars().any(|c| c.is_ascii_uppercase());
    let lower = value.chars().any(|c| c.is_ascii_lowercase());
    let digit = value.chars().any(|c| c.is_ascii_digit());
    // Words joined by separators ("Some_Long_Name2") are identifiers.
    let separators = value
        .chars()
        .filter(|c| matches!(c, '_' | '-' | '/'))
        .count();
    upper
        && lower
        && digit
        && separators * 8 < value.len()
        && !is_placeholder(value)
        && !reads_as_words(value)
        && entropy(value) >= 4.2
}

/// Whether most of the letters form words ("EC2InstanceProfileForBuilder",
/// "GPL3+-with-Autoconf-Macros-exception", a resource path): names, not
/// keys. A generated key changes case every few letters, so its pieces
/// are short.
fn reads_as_words(value: &str) -> bool {
    let mut pieces: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut previous: Option<char> = None;
    for c in value.chars() {
        let boundary = !c.is_ascii_alphabetic()
            || previous.is_some_and(|p| p.is_ascii_lowercase() && c.is_ascii_uppercase());
        if boundary && !current.is_empty() {
            pieces.push(std::mem::take(&mut current));
        }
        if c.is_ascii_alphabetic() {
            current.push(c);
        }
        previous = Some(c);
    }
    if !current.is_empty() {
        pieces.push(current);
    }
    let letters: usize = pieces.iter().map(String::len).sum();
    let vowel = |w: &String| w.chars().any(|c| "aeiouyAEIOUY".contains(c));
    let in_words: usize = pieces
        .iter()
        .filter(|w| w.len() >= 4 && vowel(w))
        .map(String::len)
        .sum();
    letters > 0 && in_words * 2 >= letters
}

/// What surrounds a value says it is code, a path, an address or a
/// number rather than a secret: `password = read_password(…)`,
/// `PWD: /home/ann`, `Author: ann@example.org`, `Date: 1726856147.0`.
pub(super) fn not_a_secret_value(value: &str, after: &str) -> bool {
    let called = after.starts_with('(') || value.contains("::") || value.contains("%20");
    let path = value.starts_with('/')
        || value.starts_with("~/")
        || value.starts_with("./")
        || value.contains("://")
        || value.to_ascii_lowercase().starts_with("arn:");
    let address = value
        .split_once('@')
        .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'));
    let number = value
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | ':' | '+'));
    called || path || address || number
}

/// The name an assignment starts with, lower case, separators dropped:
/// "Next_Page-Token: …" gives "nextpagetoken".
fn key_name(matched: &str) -> String {
    matched
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase()
}

/// Names whose values are random but public: hashes, checksums and
/// identifiers ("CodeSha256", "integrity", "JobId", "crawlerArn").
pub(super) fn public_random_name(matched: &str) -> bool {
    let name = key_name(matched);
    let name = name.trim_end_matches(|c: char| c.is_ascii_digit());
    [
        "id",
        "ids",
        "arn",
        "identifier",
        "name",
        "hash",
        "sha",
        "checksum",
        "digest",
        "integrity",
        "etag",
        "fingerprint",
        "version",
        "uuid",
        "guid",
        "md5",
        "crc",
        "signature",
        "nonce",
        "salt",
        "iv",
        "url",
        "uri",
        "path",
        "commit",
        "revision",
        "ref",
    ]
    .iter()
    .any(|w| name.ends_with(w))
}

/// Tokens that are not secrets: pages of a listing, idempotency keys,
/// form tokens.
pub(super) fn harmless_token_name(matched: &str) -> bool {
    let name = key_name(matched);
    [
        "nexttoken",
        "pagetoken",
        "nextpagetoken",
        "clienttoken",
        "continuationtoken",
        "synctoken",
        "paginationtoken",
        "idempotencytoken",
        "requesttoken",
        "canceltoken",
        "cancellationtoken",
        "csrftoken",
        "xsrftoken",
        "cursortoken",
    ]
    .iter()
    .any(|t| name.ends_with(t))
}

/// A card number stands on its own: not part of a longer number, a
/// decimal, an identifier or a path ("ecs-svc/5191625155316533644",
/// "0.4945160448551178"), and written all together or in blocks of four
/// (American Express: 4-6-5).
pub(super) fn card_in_place(value: &str, before: &str, after: &str) -> bool {
    let glued_before = before
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, '.' | '/' | '_' | '-' | '#' | '+'));
    let mut rest = after.chars();
    let glued_after = match rest.next() {
        Some(c) if c.is_alphanumeric() || c == '_' => true,
        Some('.') => rest.next().is_some_and(|c| c.is_ascii_digit()),
        _ => false,
    };
    let groups: Vec<usize> = value
        .split([' ', '-'])
        .filter(|g| !g.is_empty())
        .map(str::len)
        .collect();
    let blocks = groups.len() == 1
        || groups[..groups.len() - 1].iter().all(|&g| g == 4)
        || groups == [4, 6, 5]
        || groups == [4, 6, 4];
    !glued_before && !glued_after && blocks && !ends_with_iban_head(before)
}

/// Whether `before` ends with an IBAN's country and check digits
/// ("DE89 "): the digits after them are the account, not a card.
fn ends_with_iban_head(before: &str) -> bool {
    let head = before.trim_end_matches(' ').as_bytes();
    head.len() >= 4 && {
        let tail = &head[head.len() - 4..];
        tail[..2].iter().all(u8::is_ascii_uppercase)
            && tail[2..].iter().all(u8::is_ascii_digit)
            && head
                .len()
                .checked_sub(5)
                .is_none_or(|i| !head[i].is_ascii_alphanumeric())
    }
}

/// Whether a person is named or described near a medical term: a
/// diagnosis is private data about someone, not a machine's fault report.
pub(super) fn about_a_person(before: &str, after: &str) -> bool {
    const MARKERS: &[&str] = &[
        "patient",
        "name",
        "born",
        "birth",
        "dob",
        "mr.",
        "mrs.",
        "ms.",
        "mr ",
        "mrs ",
        "ms ",
        "age",
        "he ",
        "she ",
        "his ",
        "her ",
        "employee",
        "client",
        "member",
        "insured",
        "nom",
        "née",
        "né ",
        "naissance",
        "geboren",
        "nombre",
        "paciente",
        "nato",
        "nata",
    ];
    let start = before.len().saturating_sub(600);
    let start = (start..before.len())
        .find(|&i| before.is_char_boundary(i))
        .unwrap_or(before.len());
    let end = (after.len().min(300)..=after.len())
        .find(|&i| after.is_char_boundary(i))
        .unwrap_or(after.len());
    let near = format!("{} {}", &before[start..], &after[..end]).to_lowercase();
    MARKERS.iter().any(|m| near.contains(m))
}

/// Shannon entropy in bits per character.
pub(super) fn entropy(value: &str) -> f64 {
    let mut counts = std::collections::HashMap::new();
    for c in value.chars() {
        *counts.entry(c).or_insert(0usize) += 1;
    }
    let len = value.chars().count() as f64;
    counts
        .values()
        .map(|&n| {
            let p = n as f64 / len;
            -p * p.log2()
        })
        .sum()
}

pub(super) fn luhn(digits: &[u32]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            if i % 2 == 1 {
                if d * 2 > 9 { d * 2 - 9 } else { d * 2 }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

pub(super) fn card_ok(value: &str) -> bool {
    let digits: Vec<u32> = value.chars().filter_map(|c| c.to_digit(10)).collect();
    if !(13..=19).contains(&digits.len()) || !luhn(&digits) {
        return false;
    }
    // Groups must be written the way cards are: all together or in blocks.
    let prefix: String = digits
        .iter()
        .take(4)
        .map(|d| char::from_digit(*d, 10).unwrap_or('0'))
        .collect();
    let two: u32 = prefix[..2].parse().unwrap_or(0);
    let four: u32 = prefix.parse().unwrap_or(0);
    let issuer = digits[0] == 4
        || (51..=55).contains(&two)
        || (2221..=2720).contains(&four)
        || two == 34
        || two == 37
        || four == 6011
        || two == 65
        || (3528..=3589).contains(&four)
        || two == 36
        || two == 38
        || (300..=305).contains(&(four / 10));
    issuer && digits.iter().any(|&d| d != digits[0])
}

pub(super) fn iban_ok(value: &str) -> bool {
    let compact: String = value.chars().filter(|c| !c.is_whitespace()).collect();
    if !(15..=34).contains(&compact.len()) {
        return false;
    }
    let rearranged = format!("{}{}", &compact[4..], &compact[..4]);
    let mut remainder: u64 = 0;
    for c in rearranged.chars() {
        let value = match c.to_digit(36) {
            Some(v) => v as u64,
            None => return false,
        };
        let digits = if value >= 10 { 100 } else { 10 };
        remainder = (remainder * digits + value) % 97;
    }
    remainder == 1
}

pub(super) fn ssn_ok(value: &str) -> bool {
    let digits: String = value.chars().filter(|c| c.is_ascii_digit()).collect();
    if digits.len() != 9 {
        return false;
    }
    let area: u32 = digits[..3].parse().unwrap_or(0);
    let group: u32 = digits[3..5].parse().unwrap_or(0);
    let serial: u32 = digits[5..].parse().unwrap_or(0);
    area != 0 && area != 666 && area < 900 && group != 0 && serial != 0 && digits != "123456789"
}

pub(super) fn nir_ok(value: &str) -> bool {
    let compact: String = value.chars().filter(|c| !c.is_whitespace()).collect();
    if compact.len() != 15 {
        return false;
    }
    let body = compact[..13].replace("2A", "19").replace("2B", "18");
    let (Ok(number), Ok(key)) = (body.parse::<u64>(), compact[13..].parse::<u64>()) else {
        return false;
    };
    97 - (number % 97) == key
}
