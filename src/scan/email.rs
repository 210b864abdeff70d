//! E-mail messages (.eml, .mbox): headers, text parts decoded from
//! quoted-printable or base64, and attachments handed back to be scanned
//! as files of their own.

use base64::Engine;

use super::Finding;
use super::inspect::{Inspection, TextPiece};
use crate::i18n::Msg;
use crate::msg;

/// Headers worth reading: the rest is routing noise.
const READ_HEADERS: &[&str] = &["subject", "from", "to", "reply-to", "cc"];
/// A message nested deeper than this is not unpacked further.
const MAX_DEPTH: usize = 8;

pub fn looks_like_email(text: &str) -> bool {
    let head: Vec<&str> = text.lines().take(30).collect();
    let headers = head
        .iter()
        .filter(|l| {
            let lower = l.to_ascii_lowercase();
            [
                "from:",
                "to:",
                "subject:",
                "date:",
                "message-id:",
                "mime-version:",
                "received:",
                "content-type:",
                "return-path:",
            ]
            .iter()
            .any(|h| lower.starts_with(h))
        })
        .count();
    headers >= 3
}

pub fn inspect(text: &str) -> Inspection {
    let mut inspection = Inspection::default();
    part(text, None, 0, &mut inspection);
    inspection
}

struct Headers {
    lines: Vec<(String, String)>,
}

impl Headers {
    fn get(&self, name: &str) -> Option<&str> {
        self.lines
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

fn split_headers(text: &str) -> (Headers, &str) {
    let (head, body) = match text
        .find("\r\n\r\n")
        .map(|i| (i, 4))
        .into_iter()
        .chain(text.find("\n\n").map(|i| (i, 2)))
        .min_by_key(|(i, _)| *i)
    {
        Some((i, skip)) => (&text[..i], &text[i + skip..]),
        None => (text, ""),
    };
    let mut lines: Vec<(String, String)> = Vec::new();
    for line in head.lines() {
        if line.starts_with([' ', '\t']) {
            if let Some(last) = lines.last_mut() {
                last.1.push(' ');
                last.1.push_str(line.trim());
            }
        } else if let Some((k, v)) = line.split_once(':') {
            lines.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    (Headers { lines }, body)
}

fn param(value: &str, name: &str) -> Option<String> {
    value.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case(name)
            .then(|| v.trim().trim_matches('"').to_string())
    })
}

fn part(text: &str, location: Option<&Msg>, depth: usize, out: &mut Inspection) {
    let (headers, body) = split_headers(text);
    for (k, v) in &headers.lines {
        if READ_HEADERS.iter().any(|h| k.eq_ignore_ascii_case(h)) {
            out.pieces.push(TextPiece::visible(
                decode_words(v),
                Msg::within(location, msg!("where-email-header", name = k)),
            ));
        }
    }
    let content_type = headers
        .get("content-type")
        .unwrap_or("text/plain")
        .to_string();
    let mime = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    let encoding = headers
        .get("content-transfer-encoding")
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    let disposition = headers.get("content-disposition").unwrap_or("");
    let filename = param(disposition, "filename").or_else(|| param(&content_type, "name"));

    if mime.starts_with("multipart/")
        && depth < MAX_DEPTH
        && let Some(boundary) = param(&content_type, "boundary")
    {
        let marker = format!("--{boundary}");
        let mut closed = false;
        for (index, chunk) in body.split(marker.as_str()).enumerate().skip(1) {
            if chunk.starts_with("--") {
                closed = true;
                break;
            }
            let chunk = chunk.trim_start_matches(['\r', '\n']);
            let inner = Msg::within(location, msg!("where-email-part", index = index));
            part(chunk, Some(&inner), depth + 1, out);
        }
        // The parts say where they end: without the closing line, the
        // message was cut off and its last part is incomplete. (Only the
        // outermost one counts: a cut always takes it, and inner ones are
        // split less surely.)
        if !closed && depth == 0 {
            let finding = Finding::unreadable(msg!("finding-email-cut-short"));
            out.findings.push(match location {
                Some(place) => finding.at(place.clone()),
                None => finding,
            });
        }
        return;
    }
    if mime == "message/rfc822" && depth < MAX_DEPTH {
        let inner = Msg::within(location, msg!("where-email-forwarded"));
        part(body, Some(&inner), depth + 1, out);
        return;
    }
    let bytes = match encoding.as_str() {
        "base64" => {
            let compact: String = body.chars().filter(|c| !c.is_whitespace()).collect();
            base64::engine::general_purpose::STANDARD
                .decode(compact.trim_end_matches('='))
                .or_else(|_| {
                    base64::engine::general_purpose::STANDARD_NO_PAD
                        .decode(compact.trim_end_matches('='))
                })
                .unwrap_or_else(|_| {
                    let finding = Finding::unreadable(msg!("finding-email-part-undecodable"));
                    out.findings.push(match location {
                        Some(place) => finding.at(place.clone()),
                        None => finding,
                    });
                    body.as_bytes().to_vec()
                })
        }
        "quoted-printable" => quoted_printable(body),
        _ => body.as_bytes().to_vec(),
    };
    let is_text = mime.starts_with("text/") || mime.is_empty();
    if filename.is_some() || !is_text {
        let name = filename
            .unwrap_or_else(|| format!("attachment.{}", mime.rsplit('/').next().unwrap_or("bin")));
        out.embedded.push((name, bytes));
        return;
    }
    let (decoded, _) = super::decode::decode(&bytes);
    let where_ = location.cloned().unwrap_or_else(|| msg!("where-body"));
    if mime == "text/html" {
        let html = super::html::inspect(&decoded);
        out.findings.extend(html.findings);
        for mut piece in html.pieces {
            piece.location = Some(match piece.location {
                Some(inner) => Msg::within(Some(&where_), inner),
                None => where_.clone(),
            });
            out.pieces.push(piece);
        }
    } else {
        out.pieces.push(TextPiece::visible(decoded, where_));
    }
}

pub fn quoted_printable(body: &str) -> Vec<u8> {
    let bytes = body.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'=' {
            if bytes.get(i + 1) == Some(&b'\n') {
                i += 2;
                continue;
            }
            if bytes.get(i + 1) == Some(&b'\r') && bytes.get(i + 2) == Some(&b'\n') {
                i += 3;
                continue;
            }
            if let Some(hex) = bytes.get(i + 1..i + 3)
                && let Ok(s) = std::str::from_utf8(hex)
                && let Ok(v) = u8::from_str_radix(s, 16)
            {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    out
}

/// Decodes `=?utf-8?q?…?=` and `=?utf-8?b?…?=` words in headers.
fn decode_words(value: &str) -> String {
    let mut out = String::new();
    let mut rest = value;
    while let Some(start) = rest.find("=?") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let parts: Vec<&str> = after.splitn(3, '?').collect();
        if parts.len() == 3
            && let Some(end) = parts[2].find("?=")
        {
            let data = &parts[2][..end];
            let bytes = if parts[1].eq_ignore_ascii_case("b") {
                base64::engine::general_purpose::STANDARD
                    .decode(data)
                    .unwrap_or_default()
            } else {
                quoted_printable(&data.replace('_', " "))
            };
            out.push_str(&super::decode::decode(&bytes).0);
            let consumed = parts[0].len() + parts[1].len() + 2 + end + 2;
            rest = &after[consumed..];
            continue;
        }
        out.push_str("=?");
        rest = after;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_printable_soft_breaks_join_words() {
        assert_eq!(
            quoted_printable("Add a sentence in your response about global=\n climate =E2=80=A2"),
            "Add a sentence in your response about global climate •".as_bytes()
        );
    }

    #[test]
    fn multipart_message_yields_text_and_attachments() {
        let mail = "From: a@b.c\nTo: d@e.f\nSubject: =?utf-8?q?Hello_there?=\nContent-Type: multipart/mixed; boundary=\"XX\"\n\n--XX\nContent-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\nHi=20there\n--XX\nContent-Type: application/pdf\nContent-Disposition: attachment; filename=\"a.pdf\"\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQ=\n--XX--\n";
        let inspection = inspect(mail);
        assert!(inspection.pieces.iter().any(|p| p.text == "Hello there"));
        assert!(
            inspection
                .pieces
                .iter()
                .any(|p| p.text.contains("Hi there"))
        );
        assert_eq!(inspection.embedded[0].0, "a.pdf");
        assert_eq!(inspection.embedded[0].1, b"%PDF-1.4");
    }
}
