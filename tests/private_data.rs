//! Identity numbers and credentials in the shapes people keep them, each
//! with a value that is real by its format's rules and a near miss (wrong
//! check letter or digit, a prefix never issued, no label), in a text
//! file, a Word paragraph and a spreadsheet cell.

mod util;

use airlock::scan::{Category, Limits, scan_bytes};
use util::{docx, xlsx};

/// (what, real, near miss) — every value made up.
const CASES: &[(&str, &str, &str)] = &[
    (
        "uk-ni",
        "National Insurance number: AB 12 34 56 C",
        "National Insurance number: GB 12 34 56 C",
    ),
    ("us-ssn", "SSN: 536-22-1894", "SSN: 666-22-1894"),
    (
        "fr-nir",
        "N° de sécurité sociale : 1 85 05 78 006 084 91",
        "N° de sécurité sociale : 1 85 05 78 006 084 92",
    ),
    (
        "iban",
        "IBAN: DE89 3704 0044 0532 0130 00",
        "IBAN: DE89 3704 0044 0532 0130 01",
    ),
    (
        "card",
        "Card number: 4532 0151 1283 0366",
        "Card number: 4532 0151 1283 0367",
    ),
    (
        "passport",
        "Passport number: 12AB34567",
        "Order number: 12AB34567",
    ),
    (
        "medical-beside-person",
        "Patient: Maria Lopez, born 1987. Diagnosis: type 2 diabetes, on insulin.",
        "Diagnosis: the printer fuser is worn and needs a new roller.",
    ),
    ("es-dni", "DNI: 12345678Z", "DNI: 12345678A"),
    ("es-nie", "NIE: X1234567L", "NIE: X1234567A"),
    (
        "it-codice-fiscale",
        "Codice fiscale: RSSMRA85T10A562S",
        "Codice fiscale: RSSMRA85T10A562T",
    ),
    (
        "se-personnummer",
        "Personnummer: 811228-9874",
        "Personnummer: 811228-9875",
    ),
    ("nl-bsn", "BSN: 111222333", "BSN: 111222334"),
    (
        "driving-licence",
        "Driving licence number: MORGA753116SM9IJ",
        "Order reference: MORGA753116SM9IJ",
    ),
    (
        "date-of-birth",
        "Name: Maria Lopez. Date of birth: 14/03/1987",
        "Company founded: 14/03/1987",
    ),
    (
        "xml-password",
        "<config><password>Vq8#mZ2!rT4w</password></config>",
        "<config><password>changeme</password></config>",
    ),
    (
        "netrc",
        "machine api.example.net login maria password Vq8mZ2rT4wX9",
        "machine api.example.net login maria password YOUR_PASSWORD",
    ),
    (
        "php-define",
        "define('DB_PASSWORD', 'Vq8#mZ2!rT4w');",
        "define('DB_PASSWORD', '');",
    ),
    (
        "curl-u",
        "curl -u maria:Vq8mZ2rT4wX9 https://api.example.net/export",
        "curl -u maria https://api.example.net/export",
    ),
    (
        "jwk-private",
        r#"{"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","d":"jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI"}"#,
        r#"{"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU"}"#,
    ),
];

fn private(name: &str, bytes: &[u8]) -> bool {
    scan_bytes(name, bytes, &Limits::default(), 0)
        .iter()
        .any(|f| f.category == Category::SensitiveData)
}

#[test]
fn real_values_are_private_data_and_near_misses_are_not() {
    let mut wrong = Vec::new();
    for (what, real, near) in CASES {
        for (carrier, real_bytes, near_bytes) in [
            (
                "txt",
                format!("{real}\n").into_bytes(),
                format!("{near}\n").into_bytes(),
            ),
            ("docx", docx(real), docx(near)),
            ("xlsx", xlsx(real), xlsx(near)),
        ] {
            let name = format!("record.{carrier}");
            if !private(&name, &real_bytes) {
                wrong.push(format!("{what} in .{carrier}: missed"));
            }
            if private(&name, &near_bytes) {
                wrong.push(format!("{what} in .{carrier}: near miss flagged"));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}
