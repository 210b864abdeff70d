//! Credentials and personal data, each pattern backed by a validator
//! (checksum, entropy, context) so that look-alikes and placeholders do not
//! raise alarms. Evidence is always masked.

use std::sync::LazyLock;

use regex::Regex;

mod checks;
mod ids;
use checks::{
    about_a_person, card_in_place, card_ok, entropy, filler, harmless_token_name, iban_ok,
    is_placeholder, key_like, nir_ok, not_a_secret_value, public_random_name, random_key, ssn_ok,
};

/// How a candidate is confirmed.
#[derive(Debug, Clone, Copy)]
enum Check {
    /// The pattern alone is specific enough.
    Pattern,
    /// Payment card: Luhn checksum and a known issuer prefix.
    Luhn,
    /// IBAN: ISO 13616 mod-97 checksum.
    Iban,
    /// US social security number: valid area, group and serial.
    Ssn,
    /// French NIR: 97 - (number mod 97) key.
    Nir,
    /// A value that looks random enough to be a real secret.
    Entropy(f64),
    /// A secret's value: not a placeholder, not a plain word, random
    /// enough.
    KeyLike,
    /// A long value mixing upper case, lower case and digits, with the
    /// entropy of a generated key (hashes in hex stay below it).
    RandomKey,
    /// The pattern alone, unless the value says it is an example.
    NotExample,
    /// The number's own rule (a check letter or digit, valid ranges).
    Valid(fn(&str) -> bool),
    /// Only beside a person (a name, "patient", "born"…).
    AboutAPerson,
    /// Only in a text that also holds this (a service account's file is a
    /// credential when it carries its private key).
    Beside(&'static str),
}

struct Pattern {
    id: &'static str,
    what: &'static str,
    regex: Regex,
    /// The capture group holding the secret (0: whole match).
    group: usize,
    check: Check,
}

/// One piece of private data found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Secret {
    pub id: &'static str,
    /// What it is, for people: the catalog id of "a private key".
    pub what: &'static str,
    /// The value with its middle hidden.
    pub masked: String,
    pub line: usize,
    /// Byte range of the value in the scanned text (for redaction later).
    pub range: std::ops::Range<usize>,
}

fn pattern(id: &'static str, what: &'static str, re: &str, group: usize, check: Check) -> Pattern {
    #[allow(clippy::expect_used)]
    let regex = Regex::new(re).expect("valid sensitive-data regex");
    Pattern {
        id,
        what,
        regex,
        group,
        check,
    }
}

static PATTERNS: LazyLock<Vec<Pattern>> = LazyLock::new(|| {
    vec![
        pattern(
            "private-key",
            "secret-private-key",
            r"-----BEGIN (?:RSA |DSA |EC |OPENSSH |ENCRYPTED |PGP |SSH2 )?PRIVATE KEY(?: BLOCK)?-----",
            0,
            Check::Pattern,
        ),
        pattern(
            "putty-key",
            "secret-private-key",
            r"PuTTY-User-Key-File-\d: ",
            0,
            Check::Pattern,
        ),
        pattern(
            "aws-access-key",
            "secret-aws-access-key",
            r"\b((?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16})\b",
            1,
            // AWS's own documentation uses AKIAIOSFODNN7EXAMPLE.
            Check::NotExample,
        ),
        pattern(
            "aws-secret-key",
            "secret-aws-secret-key",
            r#"(?i)aws.{0,20}(?:secret|key).{0,20}[=:]\s*["']?([A-Za-z0-9/+=]{40})\b"#,
            1,
            Check::Entropy(3.5),
        ),
        pattern(
            "github-token",
            "secret-github-token",
            r"\b((?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{60,})\b",
            1,
            Check::Pattern,
        ),
        pattern(
            "gitlab-token",
            "secret-gitlab-token",
            r"\b(glpat-[A-Za-z0-9_\-]{20,})\b",
            1,
            Check::Pattern,
        ),
        pattern(
            "slack-token",
            "secret-slack-token",
            // Issued tokens start with the workspace's number.
            r"\b(xox[abposr]-\d+-[A-Za-z0-9\-]{10,})\b",
            1,
            Check::Pattern,
        ),
        pattern(
            "stripe-key",
            "secret-stripe-key",
            r"\b((?:sk|rk)_(?:live|test)_[0-9a-zA-Z]{24,})\b",
            1,
            Check::Pattern,
        ),
        pattern(
            "anthropic-key",
            "secret-anthropic-api-key",
            r"\b(sk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_\-]{80,})",
            1,
            Check::Pattern,
        ),
        pattern(
            "openai-key",
            "secret-openai-api-key",
            r"\b(sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{20,}T3BlbkFJ[A-Za-z0-9_\-]{20,}|sk-[A-Za-z0-9]{48})\b",
            1,
            Check::Pattern,
        ),
        pattern(
            "google-api-key",
            "secret-google-api-key",
            r"\b(AIza[0-9A-Za-z_\-]{35})\b",
            1,
            Check::Pattern,
        ),
        pattern(
            "gcp-service-account",
            "secret-gcp-service-account",
            r#""type"\s*:\s*"service_account""#,
            0,
            Check::Beside("\"private_key\""),
        ),
        pattern(
            "azure-storage-key",
            "secret-azure-storage-key",
            r"(?i)AccountKey=([A-Za-z0-9+/=]{80,})",
            1,
            Check::Pattern,
        ),
        pattern(
            "jwt",
            "secret-jwt",
            r"\b(eyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,})\b",
            1,
            Check::Pattern,
        ),
        pattern(
            "npm-token",
            "secret-npm-token",
            r"\b(npm_[A-Za-z0-9]{36})\b",
            1,
            Check::Pattern,
        ),
        pattern(
            "sendgrid-key",
            "secret-sendgrid-key",
            r"\b(SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43})\b",
            1,
            Check::Pattern,
        ),
        pattern(
            "twilio-key",
            "secret-twilio-key",
            r"\b(SK[0-9a-fA-F]{32})\b",
            1,
            Check::Entropy(3.0),
        ),
        pattern(
            "url-password",
            "secret-url-password",
            r"\b[a-z][a-z0-9+.\-]*://[^\s:/@]{1,64}:([^\s:/@]{3,64})@[^\s/]+",
            1,
            Check::Entropy(2.5),
        ),
        pattern(
            "password-assignment",
            "secret-password",
            // The name ends with the word ("db_password", "PASSWORD_HASH"),
            // so "chgpasswd.8.xml: Likewise." in a changelog is not one.
            r#"(?i)\b[\w.\-]*(?:password|passwd|pwd|passphrase)s?(?:[_\-]?(?:hash|value|string|str|plain|text))?["']?[ \t]*(?:=|:|=>|:=)[ \t]*(?:\n[ \t]+)?["']?([^\s"',;<>{}()\[\]]{6,128})"#,
            1,
            Check::Entropy(2.5),
        ),
        pattern(
            "secret-assignment",
            "secret-key-or-token",
            // As for passwords, the name ends with the word: "Author:" and
            // "LastAuthenticatedDate" are not secrets.
            r#"(?i)\b[\w.\-]*(?:secret|token|api[_\-]?key|apikey|auth|credential|private[_\-]?key|access[_\-]?key)s?(?:[_\-]?(?:key|token|secret|id|value|string|str|hash))?["']?[ \t]*(?:=|:|=>|:=)[ \t]*(?:\n[ \t]+)?(?:!!\w+[ \t]+)?["']?([^\s"',;<>{}()\[\]]{6,128})|(?m)^[ \t]*(?:ENV|export|set)[ \t]+[A-Z_]*(?:SECRET|TOKEN|API_?KEY|AUTH|CREDENTIAL|PASSWORD|PASSWD)[A-Z_]*[ \t]+["']?([^\s"']{6,128})"#,
            0,
            Check::KeyLike,
        ),
        pattern(
            "random-looking-value",
            "secret-random-value",
            r#"(?m)[\w.\-]{3,40}["']?[ \t]*(?:=|:)[ \t]*(?:!!\w+[ \t]+)?["']?([A-Za-z0-9+/_\-]{20,200}={0,2})["']?[ \t]*(?:$|#|,)"#,
            1,
            Check::RandomKey,
        ),
        pattern(
            "password-hash",
            "secret-password-hash",
            r"(?m)^[\w.\-@]+:(\$(?:apr1|2[aby]?|1|5|6|y)\$[./A-Za-z0-9$]{8,})",
            1,
            Check::Pattern,
        ),
        pattern(
            "webhook",
            "secret-webhook",
            r"(https://hooks\.slack\.com/services/[A-Za-z0-9_]+/[A-Za-z0-9_]+/[A-Za-z0-9_]{8,}|https?://[\w.\-]+/(?:[\w.\-]+/)*webhooks?/(?:[\w.\-]+/)*[A-Za-z0-9_\-]*\d[A-Za-z0-9_\-]{8,})",
            1,
            Check::Pattern,
        ),
        pattern(
            "card",
            "secret-card",
            r"\b((?:\d[ \-]?){12,18}\d)\b",
            1,
            Check::Luhn,
        ),
        pattern(
            "iban",
            "secret-iban",
            r"\b([A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?)\b",
            1,
            Check::Iban,
        ),
        pattern(
            "us-ssn",
            "secret-us-ssn",
            r"(?i)\b(?:ssn|social security(?: number| no\.?)?)\b[^0-9\n]{0,20}(\d{3}-?\d{2}-?\d{4})\b|\b(\d{3}-\d{2}-\d{4})\b",
            0,
            Check::Ssn,
        ),
        pattern(
            "fr-nir",
            "secret-fr-nir",
            r"\b([12][ ]?\d{2}[ ]?(?:0[1-9]|1[0-2]|[2-9]\d)[ ]?(?:\d{2}|2[AB])[ ]?\d{3}[ ]?\d{3}[ ]?\d{2})\b",
            1,
            Check::Nir,
        ),
        pattern(
            "passport",
            "secret-passport-number",
            r"(?i:passport|passeport|reisepass|pasaporte|passaporto)\s*(?i:no\.?|number|n°|nr\.?|numéro|#)?\s*[:#]?\s*\b([A-Z0-9]{0,3}\d[A-Z0-9]{4,8})\b",
            1,
            Check::Pattern,
        ),
        pattern(
            "medical-record",
            "secret-medical-record-number",
            r"(?i)\b(?:MRN|medical record(?: number| no\.?)?|patient id|dossier médical|n° de patient)\s*[:#]?\s*([A-Z0-9\-]{5,15})\b",
            1,
            // A number, not the word after the label ("MRN Details").
            Check::Valid(|v| v.chars().any(|c| c.is_ascii_digit())),
        ),
        pattern(
            "diagnosis",
            "secret-medical-diagnosis",
            // "Diagnosis: asthma", "diagnosed with asthma"; not a
            // program's "--diagnostic-dir" or "Diagnostic::new".
            r"(?i)\b(?:diagnosis|diagnostic)[ \t]*:[ \t]+([a-z][^\n.;:]{3,80})|\bdiagnosed with[ \t]+([a-z][^\n.;]{3,60})",
            0,
            Check::AboutAPerson,
        ),
    ]
    .into_iter()
    .chain(ids::patterns())
    .collect()
});

/// `None` if the set cannot be built; every pattern then runs in full.
static PREFILTER: LazyLock<Option<regex::bytes::RegexSet>> = LazyLock::new(|| {
    regex::bytes::RegexSetBuilder::new(PATTERNS.iter().map(|p| p.regex.as_str()))
        .unicode(false)
        .size_limit(64 << 20)
        .dfa_size_limit(64 << 20)
        .build()
        .map_err(|e| log::warn!("sensitive-data prefilter unavailable: {e}"))
        .ok()
});

/// Shows the first and last few characters only.
pub fn mask(value: &str) -> String {
    let chars: Vec<char> = value.chars().collect();
    let keep = if chars.len() >= 16 {
        4
    } else if chars.len() >= 8 {
        2
    } else {
        1
    };
    if chars.len() <= keep * 2 {
        return "•".repeat(chars.len());
    }
    let head: String = chars[..keep].iter().collect();
    let tail: String = chars[chars.len() - keep..].iter().collect();
    format!(
        "{head}{}{tail}",
        "•".repeat((chars.len() - keep * 2).min(12))
    )
}

/// The convention of secret scanners: a `pragma: allowlist secret` comment
/// on the line (or `allowlist nextline secret` on the line before) marks a
/// value its author already checked.
fn allowlisted(text: &str, at: usize) -> bool {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    if text[line_start..line_end].contains("pragma: allowlist secret") {
        return true;
    }
    let before = &text[..line_start.saturating_sub(1)];
    let previous = &before[before.rfind('\n').map_or(0, |i| i + 1)..];
    previous.contains("pragma: allowlist nextline secret")
}

/// A value already taken out: `[CARD NUMBER]`, `[REDACTED]`, or a
/// pseudonym such as `CARD-1` (what Airlock's own copies hold).
fn redaction_mark(value: &str) -> bool {
    let v = value.trim();
    let placeholder = v.len() > 2
        && v.starts_with('[')
        && v.ends_with(']')
        && v[1..v.len() - 1]
            .chars()
            .all(|c| c.is_ascii_uppercase() || c == ' ' || c == '_');
    let pseudonym = v.rsplit_once('-').is_some_and(|(stem, n)| {
        !stem.is_empty()
            && stem.chars().all(|c| c.is_ascii_uppercase() || c == '-')
            && !n.is_empty()
            && n.chars().all(|c| c.is_ascii_digit())
            && n.len() <= 4
    });
    placeholder || pseudonym
}

/// Every piece of private data in `text`.
pub fn scan(text: &str) -> Vec<Secret> {
    let mut found: Vec<Secret> = Vec::new();
    // One fast pass (bytes, ASCII classes) finds which patterns can occur;
    // only those run in full.
    let candidates = PREFILTER.as_ref().map(|set| set.matches(text.as_bytes()));
    for (index, p) in PATTERNS.iter().enumerate() {
        if candidates.as_ref().is_some_and(|c| !c.matched(index)) {
            continue;
        }
        for caps in p.regex.captures_iter(text).take(200) {
            let m = if p.group == 0 {
                // Patterns with alternatives keep the value in any group.
                (1..caps.len())
                    .find_map(|g| caps.get(g))
                    .or_else(|| caps.get(0))
            } else {
                caps.get(p.group)
            };
            let Some(m) = m else { continue };
            let value = m.as_str();
            if redaction_mark(value) {
                continue;
            }
            let (before, after) = (&text[..m.start()], &text[m.end()..]);
            let assignment = matches!(
                p.id,
                "password-assignment" | "secret-assignment" | "random-looking-value"
            );
            if assignment && not_a_secret_value(value, after) {
                continue;
            }
            if p.id == "random-looking-value"
                && caps
                    .get(0)
                    .is_some_and(|whole| public_random_name(whole.as_str()))
            {
                continue;
            }
            if matches!(p.id, "secret-assignment" | "random-looking-value")
                && caps
                    .get(0)
                    .is_some_and(|whole| harmless_token_name(whole.as_str()))
            {
                continue;
            }
            let ok = match p.check {
                Check::Pattern => !filler(value),
                Check::Luhn => card_ok(value) && card_in_place(value, before, after),
                Check::Iban => iban_ok(value),
                Check::Ssn => ssn_ok(value),
                Check::Nir => nir_ok(value),
                Check::Entropy(min) => !is_placeholder(value) && entropy(value) >= min,
                Check::RandomKey => random_key(value),
                Check::KeyLike => key_like(value),
                Check::NotExample => !value.to_ascii_lowercase().contains("example"),
                Check::Valid(rule) => rule(value),
                Check::Beside(other) => text.contains(other),
                Check::AboutAPerson => about_a_person(before, after),
            };
            if !ok
                || allowlisted(text, m.start())
                || found
                    .iter()
                    .any(|f| f.range.start < m.end() && m.start() < f.range.end)
            {
                continue;
            }
            found.push(Secret {
                id: p.id,
                what: p.what,
                masked: mask(value),
                line: text[..m.start()].matches('\n').count() + 1,
                range: m.range(),
            });
        }
    }
    found.sort_by_key(|s| s.range.start);
    found
}

/// File names that are secrets by themselves: the catalog id of what
/// such a file is.
pub fn secret_file_name(name: &str) -> Option<&'static str> {
    let lower = name.to_ascii_lowercase();
    let exact: &[(&str, &str)] = &[
        (".env", "secret-env-file"),
        ("id_rsa", "secret-ssh-private-key"),
        ("id_dsa", "secret-ssh-private-key"),
        ("id_ecdsa", "secret-ssh-private-key"),
        ("id_ed25519", "secret-ssh-private-key"),
        ("wallet.dat", "secret-crypto-wallet"),
        ("credentials.json", "secret-credentials-file"),
        ("credentials", "secret-credentials-file"),
        ("aws_credentials", "secret-aws-credentials-file"),
        (".npmrc", "secret-npmrc-file"),
        (".pypirc", "secret-pypirc-file"),
        (".netrc", "secret-netrc-file"),
        (".pgpass", "secret-pgpass-file"),
        (".htpasswd", "secret-htpasswd-file"),
        ("htpasswd", "secret-htpasswd-file"),
        ("secrets.yml", "secret-secrets-file"),
        ("secrets.yaml", "secret-secrets-file"),
        ("secrets.json", "secret-secrets-file"),
        ("service-account.json", "secret-cloud-service-account-key"),
        ("keystore.jks", "secret-key-store"),
        (".git-credentials", "secret-saved-git-passwords"),
        ("login data", "secret-browser-passwords"),
    ];
    if let Some((_, what)) = exact.iter().find(|(n, _)| lower == *n) {
        return Some(what);
    }
    if lower.starts_with(".env.")
        && !lower.ends_with(".example")
        && !lower.ends_with(".sample")
        && !lower.ends_with(".template")
    {
        return Some("secret-env-file");
    }
    let extension = lower.rsplit_once('.').map(|(_, e)| e)?;
    Some(match extension {
        "pem" | "key" => "secret-key-file",
        "p12" | "pfx" => "secret-certificate-with-key",
        "kdbx" | "kdb" => "secret-password-manager",
        "keychain" | "keychain-db" => "secret-keychain",
        "ppk" => "secret-putty-private-key",
        "gpg" | "asc" if lower.contains("secret") || lower.contains("private") => {
            "secret-private-key"
        }
        "ovpn" => "secret-vpn-configuration",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(text: &str) -> Vec<&'static str> {
        scan(text).iter().map(|s| s.id).collect()
    }

    #[test]
    fn finds_keys_and_tokens() {
        assert_eq!(
            ids("-----BEGIN OPENSSH PRIVATE KEY-----\nabc"),
            ["private-key"]
        );
        assert_eq!(ids("key AKIAIOSFODNN7EXAMPLX here"), ["aws-access-key"]);
        assert_eq!(
            ids("ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"),
            ["github-token"]
        );
        assert_eq!(ids("token: xoxb-1234567890-abcdefghij"), ["slack-token"]);
        assert_eq!(ids("sk_live_4eC39HqLyjWDarjtT1zdp7dc"), ["stripe-key"]);
        // A template's filler is not a key.
        assert!(ids("STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx").is_empty());
        assert!(ids("ghp_000000000000000000000000000000000000").is_empty());
        assert_eq!(
            ids("AIzaSyD-1234567890abcdefghijklmnopqrstu"),
            ["google-api-key"]
        );
        assert!(ids("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U").contains(&"jwt"));
        assert_eq!(ids("DB_PASSWORD=h7$Kq2!vLp9zR"), ["password-assignment"]);
        assert_eq!(
            ids("ENV DRONE_TOKEN YXNkZmZmZmZm_HARDcoded"),
            ["secret-assignment"]
        );
        assert_eq!(ids("password: hardcoded"), ["password-assignment"]);
        assert_eq!(ids("secrets =\n    hunter2x9"), ["secret-assignment"]);
        assert_eq!(
            ids("mimi=gX69YO4CvBsVjzAwYxdGyDd30t5+9ez31gKATtj4"),
            ["random-looking-value"]
        );
        assert_eq!(
            ids("admin:$apr1$l0cpzs5a$vQK3lmgMGvcXcRP8b"),
            ["password-hash"]
        );
        assert_eq!(
            ids("hook: https://hooks.slack.com/services/T0001/B0001/abcdEFGH1234"),
            ["webhook"]
        );
    }

    #[test]
    fn technical_writing_holds_no_secrets() {
        for text in [
            "* man/chgpasswd.8.xml: Likewise.",
            "Author: dtucker@openbsd.org <dtucker@openbsd.org>",
            "\"DeviceLastAuthenticatedDate\": 1726856147.0,",
            "c->password = gnome_keyring_memory_strdup(value);",
            "PWD: '/Users/maciej',",
            "\"NextToken\": \"U2FsdGVkX1/UprCPzxVbkDeHikDXbDxfgJZ1w2RG1XWsFPTMTIQ\"",
            "\"ClientToken\": \"5236cffc-ee13-4a32-bb5b-388d9da09d96\"",
            "License: GPL3+-with-Autoconf-Macros-exception",
            "\"instanceProfileName\": \"EC2InstanceProfileForImageBuilder\",",
            "--primary-task-set arn:aws:ecs:us-west-2:123456789012:task-set/MyCluster/MyService/ecs-svc/1234567890123456789",
            "\"S3Key\": \"AKIAIOSFODNN7EXAMPLE\"",
            "\"CodeSha256\": \"sU0cJ2/hOZevwV/lTxCuQqK3gDZP3i8gUoqUUVRmY6E=\",",
            "\"CapacityId\": \"HpASAuvfRFiVDbOjMfEIcr8K\",",
            "access_token=empty_token)",
            "let token: cpuid_aes_sha::InitToken = cpuid_aes_sha::init();",
            "xauth: xvfb-run needs it.",
            "[`--diagnostic-dir`][] command-line option.",
            "-   `Diagnostic::with_labels` now appends labels",
            "mode and not diagnosed with -std=c2x -Wpedantic.",
            "\"id\": \"ecs-svc/5191625155316533644\",",
            "\"Score\": 0.4945160448551178",
            "<path d=\"M1191 384h192a192 192 0 0 0 0-384h-192a192 192 0 0 0 0 384z\"/>",
        ] {
            assert!(ids(text).is_empty(), "{text}: {:?}", ids(text));
        }
        // The real ones stay found.
        assert_eq!(ids("Card: 4111 1111 1111 1111"), ["card"]);
        assert_eq!(ids("card 4111-1111-1111-1111."), ["card"]);
        assert_eq!(ids("ann,4111 1111 1111 1111,120.50"), ["card"]);
        assert_eq!(ids("<v>4111111111111111</v>"), ["card"]);
        assert_eq!(
            ids("auth_token = 'q8Zt3Lk9Vx2Pm7Rw4Yn6'"),
            ["secret-assignment"]
        );
        assert_eq!(
            ids("The patient was diagnosed with asthma in 2019."),
            ["diagnosis"]
        );
    }

    #[test]
    fn the_fast_prefilter_compiles() {
        assert!(PREFILTER.is_some());
    }

    #[test]
    fn placeholders_are_not_secrets() {
        assert!(ids("password = changeme").is_empty());
        assert!(ids("password: ${DB_PASSWORD}").is_empty());
        assert!(ids("api_key = \"<your-api-key>\"").is_empty());
        assert!(ids("password = os.environ['PW']").is_empty());
        assert!(ids("secret = xxxxxxxxxx").is_empty());
        assert!(ids("commit = 2b00042f7481c7b056c4b410d28f33cf").is_empty());
        assert!(ids("name = Some_Long_Identifier_Name2").is_empty());
        assert!(ids("api_key: TRACKING_API_KEY").is_empty());
        assert!(ids("detect-secrets scan --baseline").is_empty());
        assert!(ids("auth_method = currently").is_empty());
        assert!(ids("API_KEY = 'this-will-be-a-plugin'").is_empty());
        assert!(ids("API_KEY = 'Xy7kQ2mP9zR4' # pragma: allowlist secret").is_empty());
        assert!(ids("# pragma: allowlist nextline secret\nAPI_KEY = 'Xy7kQ2mP9zR4'").is_empty());
    }

    #[test]
    fn cards_need_luhn_and_an_issuer() {
        assert_eq!(ids("card 4111 1111 1111 1111 exp"), ["card"]);
        assert_eq!(ids("5500-0000-0000-0004"), ["card"]);
        assert!(ids("order 4111 1111 1111 1112").is_empty());
        assert!(ids("id 1234567812345670").is_empty());
    }

    #[test]
    fn iban_needs_mod_97() {
        assert_eq!(ids("IBAN: FR76 3000 6000 0112 3456 7890 189"), ["iban"]);
        assert!(ids("FR76 3000 6000 0112 3456 7890 188").is_empty());
    }

    #[test]
    fn national_ids_are_validated() {
        assert_eq!(ids("SSN: 123-45-6780"), ["us-ssn"]);
        assert!(ids("phone 000-12-3456").is_empty());
        assert_eq!(ids("NIR 2 69 05 49 588 157 80"), ["fr-nir"]);
        assert!(ids("NIR 2 69 05 49 588 157 81").is_empty());
    }

    #[test]
    fn context_makes_passports_and_medical_records() {
        assert_eq!(ids("Passport number: X7654321"), ["passport"]);
        assert!(ids("passport photo required").is_empty());
        assert_eq!(ids("MRN: 00123456"), ["medical-record"]);
        assert_eq!(
            ids("Name: Maria Lopez\nDiagnosis: type 2 diabetes"),
            ["diagnosis"]
        );
        assert!(ids("Diagnosis: the disk controller is failing").is_empty());
    }

    #[test]
    fn evidence_is_masked() {
        let found = scan("ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789");
        assert_eq!(found[0].masked, "ghp_••••••••••••6789");
        assert!(!found[0].masked.contains("aBcDeF"));
    }

    #[test]
    fn secret_file_names() {
        assert!(secret_file_name(".env").is_some());
        assert!(secret_file_name("id_rsa").is_some());
        assert!(secret_file_name("server.pem").is_some());
        assert!(secret_file_name("Passwords.kdbx").is_some());
        assert!(secret_file_name(".env.example").is_none());
        assert!(secret_file_name("notes.txt").is_none());
    }
}
