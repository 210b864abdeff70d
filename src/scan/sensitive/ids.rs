//! National identity numbers, driving licences and dates of birth, and
//! the credentials written in the shapes configuration files give them
//! (`<password>`, `.netrc`, PHP `define`, `curl -u`, JSON Web Keys). Each
//! number is checked by its own rule (check letter, check digit, valid
//! ranges) or needs its label beside it, so that order numbers and dates
//! in a manual do not count.

use super::checks::luhn;
use super::{Check, Pattern, pattern};

pub(super) fn patterns() -> Vec<Pattern> {
    vec![
        pattern(
            "xml-password",
            "secret-password",
            r"(?i)<[\w:.\-]*(?:password|passwd|pwd|secret|apikey|api_key|access_token|auth_token)[^>/]*>[ \t]*([^<\s]{6,128})[ \t]*</",
            1,
            Check::KeyLike,
        ),
        pattern(
            "netrc-password",
            "secret-password",
            r"(?m)\bmachine[ \t]+\S+(?:\s+login[ \t]+\S+)?\s+password[ \t]+(\S{4,128})",
            1,
            Check::KeyLike,
        ),
        pattern(
            "php-define-password",
            "secret-password",
            r#"(?i)\bdefine\(\s*['"][A-Z0-9_]*(?:PASSWORD|PASSWD|PWD|SECRET|TOKEN|API_?KEY|AUTH_KEY|SALT)[A-Z0-9_]*['"]\s*,\s*['"]([^'"\s]{6,128})['"]\s*\)"#,
            1,
            Check::KeyLike,
        ),
        pattern(
            "curl-user-password",
            "secret-password",
            r#"\bcurl\b[^\n]*?\s(?:-u|--user)[ \t]+['"]?[^\s:'"]{1,64}:([^\s'"@]{4,128})"#,
            1,
            Check::KeyLike,
        ),
        pattern(
            "jwk-private",
            "secret-private-key",
            r#"(?s)"kty"\s*:\s*"(?:RSA|EC|OKP|oct)".{0,4000}?"(?:d|k)"\s*:\s*"([A-Za-z0-9_\-]{16,})"|"(?:d|k)"\s*:\s*"([A-Za-z0-9_\-]{16,})".{0,4000}?"kty"\s*:\s*"(?:RSA|EC|OKP|oct)""#,
            0,
            Check::Pattern,
        ),
        pattern(
            "uk-ni",
            "secret-uk-ni",
            r"(?i:national insurance(?: number| no\.?)?|\bNINO\b|\bNI (?:number|no\.?))[^A-Za-z0-9\n]{0,20}([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D])\b|\b([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] \d{2} \d{2} \d{2} [A-D])\b",
            0,
            Check::Valid(uk_ni_ok),
        ),
        pattern(
            "es-dni",
            "secret-es-dni",
            r"(?i:\bDNI\b|\bNIF\b|\bNIE\b|D\.N\.I\.|documento nacional de identidad)[^A-Za-z0-9\n]{0,20}(\d{8}[ \-]?[A-Z]|[XYZ][ \-]?\d{7}[ \-]?[A-Z])\b",
            1,
            Check::Valid(dni_ok),
        ),
        pattern(
            "it-codice-fiscale",
            "secret-it-codice-fiscale",
            r"\b([A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z])\b",
            1,
            Check::Valid(codice_fiscale_ok),
        ),
        pattern(
            "se-personnummer",
            "secret-se-personnummer",
            r"\b((?:19|20)?\d{6}[\-+]\d{4})\b",
            1,
            Check::Valid(personnummer_ok),
        ),
        pattern(
            "nl-bsn",
            "secret-nl-bsn",
            r"(?i:\bBSN\b|burgerservicenummer|sofinummer)[^A-Za-z0-9\n]{0,20}(\d{9}|\d{4}\.\d{2}\.\d{3})\b",
            1,
            Check::Valid(bsn_ok),
        ),
        pattern(
            "driving-licence",
            "secret-driving-licence",
            r"(?i:driving licen[cs]e|driver'?s licen[cs]e|permis de conduire|f.{1,2}hrerschein|patente di guida|licencia de conducir|carnet de conducir)(?i: number| no\.?| n.{1,2}| nr\.?| #)?[ \t]*[:#]?[ \t]*([A-Z0-9][A-Z0-9 \-]{4,18}[A-Z0-9])\b",
            1,
            Check::Valid(has_digit),
        ),
        pattern(
            "date-of-birth",
            "secret-date-of-birth",
            r"(?i:date of birth|birth ?date|\bd\.o\.b\.?|\bDOB\b|born on|date de naissance|geburtsdatum|fecha de nacimiento|data di nascita|geboortedatum)[ \t]*[:\-]?[ \t]*(\d{1,2}[./\-]\d{1,2}[./\-](?:19|20)?\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}|\d{1,2} [A-Za-z]{3,9}\.? (?:19|20)\d{2})\b",
            1,
            Check::Pattern,
        ),
    ]
}

fn has_digit(value: &str) -> bool {
    value.chars().any(|c| c.is_ascii_digit())
}

/// UK National Insurance number: prefixes HMRC never issues are left out.
fn uk_ni_ok(value: &str) -> bool {
    let compact: String = value.chars().filter(|c| !c.is_whitespace()).collect();
    let upper = compact.to_ascii_uppercase();
    let prefix = upper.get(..2).unwrap_or_default();
    compact.len() == 9 && !matches!(prefix, "BG" | "GB" | "NK" | "KN" | "TN" | "NT" | "ZZ")
}

/// Spanish DNI and NIE: the letter is the number modulo 23.
fn dni_ok(value: &str) -> bool {
    const LETTERS: &[u8] = b"TRWAGMYFPDXBNJZSQVHLCKE";
    let compact: String = value
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_uppercase();
    let (body, letter) = compact.split_at(compact.len().saturating_sub(1));
    let digits = match body.chars().next() {
        Some('X') => format!("0{}", &body[1..]),
        Some('Y') => format!("1{}", &body[1..]),
        Some('Z') => format!("2{}", &body[1..]),
        _ => body.to_string(),
    };
    let Ok(number) = digits.parse::<usize>() else {
        return false;
    };
    digits.len() == 8 && letter.as_bytes().first() == LETTERS.get(number % 23)
}

/// Italian codice fiscale: the last letter checks the fifteen before it.
fn codice_fiscale_ok(value: &str) -> bool {
    const ODD: [u32; 26] = [
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24,
        23,
    ];
    let bytes = value.as_bytes();
    if bytes.len() != 16 {
        return false;
    }
    let mut sum = 0;
    for (i, &b) in bytes[..15].iter().enumerate() {
        // Digits count as the letter of the same rank (0 → A).
        let rank = match b {
            b'0'..=b'9' => u32::from(b - b'0'),
            b'A'..=b'Z' => u32::from(b - b'A'),
            _ => return false,
        };
        // Positions are counted from one: the first is odd.
        sum += if i % 2 == 0 { ODD[rank as usize] } else { rank };
    }
    u32::from(bytes[15]) == u32::from(b'A') + sum % 26
}

/// Swedish personnummer (and samordningsnummer): a real date, and the
/// Luhn digit over the ten digits.
fn personnummer_ok(value: &str) -> bool {
    let digits: Vec<u32> = value.chars().filter_map(|c| c.to_digit(10)).collect();
    let ten = match digits.len() {
        10 => &digits[..],
        12 => &digits[2..],
        _ => return false,
    };
    let month = ten[2] * 10 + ten[3];
    let day = ten[4] * 10 + ten[5];
    let day = if day > 60 { day - 60 } else { day };
    (1..=12).contains(&month) && (1..=31).contains(&day) && luhn(ten)
}

/// Dutch BSN: the "eleven test".
fn bsn_ok(value: &str) -> bool {
    let digits: Vec<i64> = value
        .chars()
        .filter_map(|c| c.to_digit(10))
        .map(i64::from)
        .collect();
    if digits.len() != 9 || digits.iter().all(|&d| d == digits[0]) {
        return false;
    }
    let sum: i64 = digits[..8]
        .iter()
        .zip((2..=9).rev())
        .map(|(d, w)| d * w)
        .sum::<i64>()
        - digits[8];
    sum % 11 == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_rules_tell_real_numbers_from_near_misses() {
        assert!(dni_ok("12345678Z"));
        assert!(!dni_ok("12345678A"));
        assert!(dni_ok("X1234567L"));
        assert!(codice_fiscale_ok("RSSMRA85T10A562S"));
        assert!(!codice_fiscale_ok("RSSMRA85T10A562T"));
        assert!(personnummer_ok("811228-9874"));
        assert!(!personnummer_ok("811228-9875"));
        assert!(!personnummer_ok("811328-9873"), "month 13");
        assert!(bsn_ok("111222333"));
        assert!(!bsn_ok("111222334"));
        assert!(uk_ni_ok("AB 12 34 56 C"));
        assert!(!uk_ni_ok("GB 12 34 56 C"));
    }
}
