//! Compressed archives beyond zip: gzip (.gz, .tgz) and tar. Members are
//! handed back to be scanned as files of their own; sizes and counts are
//! capped so a bomb cannot exhaust the machine. 7z and rar are recognised
//! but not opened, so they are `unreadable`.

use std::io::Read;

use super::inspect::Inspection;
use super::model::Finding;
use crate::msg;

const MAX_UNPACKED: u64 = 512 * 1024 * 1024;
const MAX_RATIO: u64 = 200;
/// A gzip stream is unpacked in memory: no bigger than a file Airlock
/// reads whole (`Limits::max_file_bytes`), so that a bomb cannot take
/// the memory of two copies of half a gigabyte.
const MAX_GUNZIPPED: u64 = 200 * 1024 * 1024;
const MAX_MEMBERS: usize = 20_000;

/// A gzip stream: its content is a tar archive or a single file.
pub fn gzip(bytes: &[u8], name: &str) -> Inspection {
    let mut out = Inspection::default();
    let mut data = Vec::new();
    let limit = MAX_GUNZIPPED.min(
        (bytes.len() as u64)
            .saturating_mul(MAX_RATIO)
            .max(1024 * 1024),
    );
    let mut decoder = flate2::read::MultiGzDecoder::new(bytes).take(limit + 1);
    if decoder.read_to_end(&mut data).is_err() {
        out.findings.push(Finding::unreadable(msg!(
            "finding-compressed-file-damaged-could-not"
        )));
        return out;
    }
    if data.len() as u64 > limit {
        out.findings.push(Finding::unreadable(msg!(
            "finding-compressed-file-unpacks-far-more"
        )));
        return out;
    }
    if is_tar(&data) {
        return tar_members(&data);
    }
    let inner = name
        .strip_suffix(".gz")
        .or_else(|| name.strip_suffix(".GZ"))
        .map(str::to_string)
        .unwrap_or_else(|| format!("{name} (unpacked)"));
    out.embedded.push((inner, data));
    out
}

pub fn is_tar(data: &[u8]) -> bool {
    data.get(257..262) == Some(b"ustar")
}

/// The files of a tar archive.
pub fn tar_members(data: &[u8]) -> Inspection {
    let mut out = Inspection::default();
    let mut archive = tar::Archive::new(data);
    let Ok(entries) = archive.entries() else {
        out.findings.push(Finding::unreadable(msg!(
            "finding-archive-damaged-could-not-read"
        )));
        return out;
    };
    let mut total = 0u64;
    for (count, entry) in entries.enumerate() {
        if count >= MAX_MEMBERS {
            out.findings.push(Finding::unreadable(msg!(
                "finding-archive-holds-too-many-files"
            )));
            break;
        }
        let Ok(mut entry) = entry else {
            out.findings
                .push(Finding::unreadable(msg!("finding-part-archive-damaged")));
            break;
        };
        if !entry.header().entry_type().is_file() {
            continue;
        }
        let name = entry
            .path()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut member = Vec::new();
        total = total.saturating_add(entry.size());
        if total > MAX_UNPACKED
            || entry
                .by_ref()
                .take(MAX_UNPACKED)
                .read_to_end(&mut member)
                .is_err()
        {
            out.findings.push(Finding::unreadable(msg!(
                "finding-archive-member-not-unpacked",
                name = &name
            )));
            continue;
        }
        out.embedded.push((name, member));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn gzip_of_a_text_file_is_unpacked() {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        encoder.write_all(b"hello notes").unwrap();
        let out = gzip(&encoder.finish().unwrap(), "notes.txt.gz");
        assert_eq!(
            out.embedded,
            vec![("notes.txt".to_string(), b"hello notes".to_vec())]
        );
    }

    #[test]
    fn a_gzip_bomb_is_not_unpacked() {
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        encoder.write_all(&vec![0u8; 64 * 1024 * 1024]).unwrap();
        let bomb = encoder.finish().unwrap();
        let out = gzip(&bomb, "bomb.gz");
        assert!(out.embedded.is_empty());
        assert_eq!(out.findings[0].category, crate::scan::Category::Unreadable);
    }

    #[test]
    fn tar_members_are_listed() {
        let mut builder = tar::Builder::new(Vec::new());
        let mut header = tar::Header::new_gnu();
        header.set_size(5);
        header.set_cksum();
        builder
            .append_data(&mut header, "a/b.txt", &b"hello"[..])
            .unwrap();
        let data = builder.into_inner().unwrap();
        let out = tar_members(&data);
        assert_eq!(
            out.embedded,
            vec![("a/b.txt".to_string(), b"hello".to_vec())]
        );
    }
}
