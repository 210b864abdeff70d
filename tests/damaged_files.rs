//! Ten thousand damaged files: real and generated files of every inspected
//! format, cut short, with a declared part corrupted, or with bits flipped.
//! None may crash or hang the scan, and a file whose structure says where
//! it ends or what it holds is never called safe once it was cut short or
//! one of its parts corrupted (plain text and CSV cut short are still
//! valid files, so they are only held to "no crash").
//!
//! The real files come from `../shared/eval/corpus` (those labelled safe);
//! without it, only the generated ones are used, and the test says so.
#![allow(clippy::unwrap_used)] // Tests may unwrap: a panic is the failure report.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use airlock::scan::{Limits, Verdict, scan_bytes};

mod util;
use util::XorShift;

/// At least this many mutants in all.
const MUTANTS: usize = 10_000;

/// How a format says where it ends or what it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Shape {
    /// Ends with a trailer, central directory, end chunk or marker: cut
    /// short, it says so.
    Ended,
    /// Plain text, CSV, Markdown: any prefix is a file too.
    Plain,
}

struct Sample {
    name: String,
    bytes: Vec<u8>,
    shape: Shape,
}

fn sample(name: &str, bytes: Vec<u8>, shape: Shape) -> Sample {
    Sample {
        name: name.to_string(),
        bytes,
        shape,
    }
}

fn zip_of(parts: &[(&str, &[u8])], stored: bool) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    let method = if stored {
        zip::CompressionMethod::Stored
    } else {
        zip::CompressionMethod::Deflated
    };
    let options = zip::write::SimpleFileOptions::default().compression_method(method);
    for (name, bytes) in parts {
        zip.start_file(*name, options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap();
    out.into_inner()
}

fn picture(format: image::ImageFormat) -> Vec<u8> {
    let img = image::RgbImage::from_fn(48, 32, |x, y| image::Rgb([x as u8 * 5, y as u8 * 7, 90]));
    let mut out = std::io::Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(img)
        .write_to(&mut out, format)
        .unwrap();
    out.into_inner()
}

fn generated() -> Vec<Sample> {
    let text = b"Quarterly notes. Revenue grew in the north; costs held. ".repeat(20);
    let docx = zip_of(
        &[
            ("[Content_Types].xml", b"<Types/>"),
            (
                "word/document.xml",
                br#"<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>The minutes of the meeting, with the actions for each team and the dates agreed by everyone present.</w:t></w:r></w:p></w:body></w:document>"#,
            ),
        ],
        false,
    );
    let odt = zip_of(
        &[
            ("mimetype", b"application/vnd.oasis.opendocument.text"),
            (
                "content.xml",
                br#"<office:document-content><office:body><text:p>Minutes of the meeting and the actions agreed for each team this quarter.</text:p></office:body></office:document-content>"#,
            ),
        ],
        false,
    );
    let pdf = {
        let content = b"BT /F1 12 Tf 72 720 Td (Minutes of the meeting) Tj 0 -14 Td (Actions for each team) Tj ET";
        let mut deflated =
            flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        deflated.write_all(content).unwrap();
        let stream = deflated.finish().unwrap();
        let mut pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 5 0 R>>>>/Contents 4 0 R>>endobj\n".to_vec();
        pdf.extend(
            format!(
                "4 0 obj<</Length {}/Filter/FlateDecode>>stream\n",
                stream.len()
            )
            .bytes(),
        );
        pdf.extend(&stream);
        pdf.extend(b"\nendstream endobj\n5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R/Size 6>>\n%%EOF\n");
        pdf
    };
    let eml = b"From: ann@example.com\nTo: bob@example.com\nSubject: minutes\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"ZZ\"\n\n--ZZ\nContent-Type: text/plain\n\nHere are the minutes of the meeting, with the actions for each team.\n--ZZ\nContent-Type: text/plain; name=notes.txt\nContent-Disposition: attachment; filename=notes.txt\nContent-Transfer-Encoding: base64\n\nTWludXRlcyBvZiB0aGUgbWVldGluZzogdGhlIGFjdGlvbnMgZm9yIGVhY2ggdGVhbS4K\n--ZZ--\n".to_vec();
    let gzip = {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(&text).unwrap();
        gz.finish().unwrap()
    };
    let tar = {
        let mut builder = tar::Builder::new(Vec::new());
        let mut header = tar::Header::new_gnu();
        header.set_size(text.len() as u64);
        header.set_mode(0o644);
        header.set_cksum();
        builder
            .append_data(&mut header, "notes.txt", &text[..])
            .unwrap();
        builder.into_inner().unwrap()
    };
    let ole = {
        let mut compound = cfb::CompoundFile::create(std::io::Cursor::new(Vec::new())).unwrap();
        let mut stream = compound.create_stream("/WordDocument").unwrap();
        stream.write_all(&[0xEC, 0xA5]).unwrap();
        stream.write_all(&text).unwrap();
        drop(stream);
        let mut notes = compound.create_stream("/Notes").unwrap();
        notes.write_all(&text.repeat(12)).unwrap();
        drop(notes);
        compound.flush().unwrap();
        compound.into_inner().into_inner()
    };
    vec![
        sample("minutes.doc", ole, Shape::Ended),
        sample(
            "minutes.rtf",
            br"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\f0 Minutes of the meeting\par{\b Actions} for each team.\par}".to_vec(),
            Shape::Ended,
        ),
        sample("minutes.docx", docx, Shape::Ended),
        sample("minutes.odt", odt, Shape::Ended),
        sample("minutes.pdf", pdf, Shape::Ended),
        sample("minutes.eml", eml, Shape::Ended),
        sample(
            "notes.zip",
            zip_of(&[("notes.txt", &text)], false),
            Shape::Ended,
        ),
        sample("notes.gz", gzip, Shape::Ended),
        sample("notes.tar", tar, Shape::Ended),
        sample("chart.png", picture(image::ImageFormat::Png), Shape::Ended),
        sample("photo.jpg", picture(image::ImageFormat::Jpeg), Shape::Ended),
        sample("anim.gif", picture(image::ImageFormat::Gif), Shape::Ended),
        sample("notes.txt", text.clone(), Shape::Plain),
        sample(
            "table.csv",
            b"name,team,date\nAnn,north,2026-01-02\nBob,south,2026-02-03\n".repeat(10),
            Shape::Plain,
        ),
    ]
}

/// The files of `../shared/eval` labelled safe, a few of each format.
fn real() -> Option<Vec<Sample>> {
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval");
    let labels = std::fs::read_to_string(base.join("labels.csv")).ok()?;
    let mut per_format: BTreeMap<String, usize> = BTreeMap::new();
    let mut out = Vec::new();
    for line in labels.lines().skip(1) {
        let mut fields = line.split(',');
        let (Some(path), Some("safe")) = (fields.next(), fields.next()) else {
            continue;
        };
        let ext = extension(path);
        let shape = match ext.as_str() {
            "pdf" | "rtf" | "docx" | "xlsx" | "pptx" | "docm" | "xlsm" | "pptm" | "odt" | "ods"
            | "odp" | "doc" | "xls" | "ppt" | "png" | "jpg" | "jpeg" | "gif" | "zip" | "gz"
            | "tar" => Shape::Ended,
            "eml" => Shape::Ended,
            "txt" | "csv" => Shape::Plain,
            _ => continue,
        };
        let taken = per_format.entry(ext.clone()).or_default();
        if *taken >= 3 {
            continue;
        }
        let Ok(bytes) = std::fs::read(base.join("corpus").join(path)) else {
            continue;
        };
        // Small files: ten thousand scans of a debug build must stay quick.
        if bytes.len() > 30_000 || bytes.len() < 64 {
            continue;
        }
        *taken += 1;
        // Only e-mails that declare parts say where they end.
        let shape = if ext == "eml" && boundary(&bytes).is_none() {
            Shape::Plain
        } else {
            shape
        };
        let name = path.rsplit('/').next().unwrap_or(path).to_string();
        out.push(Sample { name, bytes, shape });
    }
    Some(out)
}

/// The boundary an e-mail's headers declare for its parts.
fn boundary(bytes: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(bytes);
    let head = text.split("\n\n").next()?;
    let at = head.to_ascii_lowercase().find("boundary=")?;
    let value = &head[at + 9..];
    let value = value.trim_start_matches('"');
    let end = value.find(['"', ';', '\n', '\r']).unwrap_or(value.len());
    (end > 0).then(|| value[..end].to_string())
}

fn extension(name: &str) -> String {
    name.rsplit('.').next().unwrap_or("").to_ascii_lowercase()
}

/// Where a cut leaves the file provably incomplete: before its end marker.
fn last_cut(sample: &Sample) -> usize {
    let b = &sample.bytes;
    let find_last = |needle: &[u8]| b.windows(needle.len()).rposition(|w| w == needle);
    match extension(&sample.name).as_str() {
        // Before the last object ends (a lost cross-reference table alone
        // is repaired without losing anything).
        "pdf" => find_last(b"endobj").unwrap_or(b.len() / 2),
        // Before the closing boundary.
        "eml" => boundary(b)
            .and_then(|marker| find_last(format!("--{marker}--").as_bytes()))
            .unwrap_or(b.len() / 2),
        // Before the group that holds the document closes.
        "rtf" => find_last(b"}").unwrap_or(b.len() / 2),
        // Before the end chunk, marker or trailer.
        "png" => b.len() - 12,
        "jpg" | "jpeg" => b.len() - 2,
        "gif" => b.len() - 1,
        "gz" => b.len() - 8,
        // Inside the first member's data.
        "tar" => 512 + 64,
        // Compound files fill their last sector with zeros, which a cut may
        // take without losing anything: cut before the last written byte.
        "doc" | "xls" | "ppt" => b.iter().rposition(|x| *x != 0).unwrap_or(b.len() - 1),
        // Zips lose their central directory.
        _ => b.len() - 1,
    }
}

/// Where the structure is declared: an e-mail declares its parts in its
/// headers, so a cut inside them leaves plain text, not a damaged file.
fn first_cut(sample: &Sample) -> usize {
    let b = &sample.bytes;
    // A tar is known by the header of its first member; cut inside that,
    // what is left is not a tar at all.
    if sample.name.ends_with(".tar") {
        return 512;
    }
    if sample.name.ends_with(".eml") {
        return b
            .windows(2)
            .position(|w| w == b"\n\n")
            .map_or(0, |at| at + 2);
    }
    0
}

/// A part the format declares a checksum for, to corrupt: a zip member's
/// compressed data, a PNG chunk's data, a gzip stream's body, a PDF's
/// compressed stream. `None` where the format has no such part.
fn checked_part(sample: &Sample) -> Option<std::ops::Range<usize>> {
    let b = &sample.bytes;
    let find = |needle: &[u8], from: usize| {
        b.get(from..)?
            .windows(needle.len())
            .position(|w| w == needle)
            .map(|p| p + from)
    };
    if b.starts_with(b"PK\x03\x04") {
        // The first member: header of 30 bytes, name, extra, then data.
        let u16_at = |at: usize| u16::from_le_bytes([b[at], b[at + 1]]) as usize;
        let u32_at =
            |at: usize| u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]]) as usize;
        let start = 30 + u16_at(26) + u16_at(28);
        let size = u32_at(18);
        // Not the last byte: its spare bits may carry nothing.
        return (size > 4 && start + size <= b.len()).then(|| start..start + size - 1);
    }
    if b.starts_with(b"\x89PNG") {
        let at = find(b"IDAT", 8)?;
        let len = u32::from_be_bytes([b[at - 4], b[at - 3], b[at - 2], b[at - 1]]) as usize;
        return (len > 0).then(|| at + 4..at + 4 + len);
    }
    if b.starts_with(&[0x1f, 0x8b]) {
        return (b.len() > 30).then(|| 10..b.len() - 8);
    }
    if b.starts_with(b"%PDF") {
        let filter = find(b"/FlateDecode", 0)?;
        let start = find(b"stream\n", filter)? + 7;
        let end = find(b"endstream", start)?;
        return (end > start + 4).then(|| start..end - 1);
    }
    None
}

/// Whether the corrupted part still unpacks to what it held, as its own
/// checksum says: then nothing was damaged.
fn part_still_whole(bytes: &[u8], start: usize) -> bool {
    use std::io::Read;
    let mut out = Vec::new();
    if bytes.starts_with(b"PK\x03\x04") {
        let Ok(mut zip) = zip::ZipArchive::new(std::io::Cursor::new(bytes)) else {
            return false;
        };
        let Ok(mut member) = zip.by_index(0) else {
            return false;
        };
        return member.read_to_end(&mut out).is_ok();
    }
    if bytes.starts_with(&[0x1f, 0x8b]) {
        return flate2::read::GzDecoder::new(bytes)
            .read_to_end(&mut out)
            .is_ok();
    }
    if bytes.starts_with(b"%PDF") {
        return flate2::read::ZlibDecoder::new(&bytes[start..])
            .read_to_end(&mut out)
            .is_ok();
    }
    // PNG chunks carry a checksum of their bytes: any change is damage.
    false
}

#[derive(Default)]
struct Tally {
    mutants: usize,
    /// Mutants that must not be safe, and those that were.
    held: BTreeMap<String, (usize, Vec<String>)>,
}

impl Tally {
    fn check(&mut self, sample: &Sample, bytes: &[u8], what: &str, must_not_be_safe: bool) {
        self.mutants += 1;
        let findings = scan_bytes(&sample.name, bytes, &Limits::default(), 0);
        let verdict = Verdict::of(&findings);
        let unreadable = findings
            .iter()
            .any(|f| f.category == airlock::scan::Category::Unreadable);
        assert!(
            !(unreadable && verdict == Verdict::Safe),
            "{} ({what}): unread yet safe",
            sample.name
        );
        if must_not_be_safe {
            let entry = self.held.entry(extension(&sample.name)).or_default();
            entry.0 += 1;
            if verdict == Verdict::Safe {
                entry.1.push(format!("{} {what}", sample.name));
            }
        }
    }
}

/// `rounds` mutants of one sample: cut short, a checked part corrupted,
/// bits flipped, a slice reversed.
fn damage(sample: &Sample, rounds: usize, seed: u64) -> Tally {
    let mut rng = XorShift(seed | 1);
    let mut tally = Tally::default();
    let ended = sample.shape == Shape::Ended;
    let part = checked_part(sample);
    let cut_before = last_cut(sample).max(1);
    let cut_after = first_cut(sample).min(cut_before - 1);
    for round in 0..rounds {
        let mut bytes = sample.bytes.clone();
        match round % 4 {
            // Cut short.
            0 => {
                let at = cut_after + rng.below(cut_before - cut_after);
                bytes.truncate(at);
                tally.check(sample, &bytes, &format!("cut at {at}"), ended);
            }
            // A declared part corrupted (where the format checks it).
            1 if part.is_some() => {
                let range = part.clone().unwrap_or(0..1);
                let at = range.start + rng.below(range.len());
                bytes[at] ^= 1 + (rng.next() % 255) as u8;
                // A change in bits the format does not use (Huffman table
                // entries for symbols that never occur) changes nothing.
                let changed = !part_still_whole(&bytes, range.start);
                tally.check(
                    sample,
                    &bytes,
                    &format!("part byte {at} changed"),
                    ended && changed,
                );
            }
            // Bits flipped anywhere: no crash, no hang.
            2 | 1 => {
                for _ in 0..1 + rng.below(8) {
                    let at = rng.below(bytes.len());
                    bytes[at] ^= 1 << rng.below(8);
                }
                tally.check(sample, &bytes, "bits flipped", false);
            }
            // A slice reversed.
            _ => {
                let (a, b) = (rng.below(bytes.len()), rng.below(bytes.len()));
                bytes[a.min(b)..a.max(b)].reverse();
                tally.check(sample, &bytes, "slice reversed", false);
            }
        }
    }
    tally
}

#[test]
fn damaged_files_never_crash_and_are_never_safe_once_cut_or_corrupted() {
    let mut samples = generated();
    match real() {
        Some(real) => samples.extend(real),
        None => eprintln!("../shared/eval is absent: only generated files are damaged"),
    }
    // The originals themselves must be safe, or the test proves nothing.
    samples.retain(|s| {
        let verdict = Verdict::of(&scan_bytes(&s.name, &s.bytes, &Limits::default(), 0));
        if verdict != Verdict::Safe {
            eprintln!("left out: {} is {verdict:?} undamaged", s.name);
        }
        verdict == Verdict::Safe
    });
    assert!(samples.len() >= 12, "{} samples", samples.len());
    let per_sample = MUTANTS.div_ceil(samples.len());
    // Another seed explores other damage: DAMAGED_SEED=… (the default is
    // the one CI runs).
    let seed = std::env::var("DAMAGED_SEED")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
        .unwrap_or(0x0DA3_A6ED_F11E_5EED);
    // Both cores: each sample is damaged with its own seeded generator.
    let tallies: Vec<Tally> = {
        use rayon::prelude::*;
        samples
            .par_iter()
            .enumerate()
            .map(|(index, sample)| {
                let started = std::time::Instant::now();
                let tally = damage(sample, per_sample, seed ^ index as u64);
                if std::env::var_os("DAMAGED_VERBOSE").is_some() {
                    eprintln!(
                        "{} ({} bytes): {:?}",
                        sample.name,
                        sample.bytes.len(),
                        started.elapsed()
                    );
                }
                tally
            })
            .collect()
    };
    let mut tally = Tally::default();
    for t in tallies {
        tally.mutants += t.mutants;
        for (ext, (held, safe)) in t.held {
            let entry = tally.held.entry(ext).or_default();
            entry.0 += held;
            entry.1.extend(safe);
        }
    }
    assert!(tally.mutants >= MUTANTS, "{} mutants", tally.mutants);
    let mut failures = Vec::new();
    for (ext, (held, safe)) in &tally.held {
        eprintln!("{ext}: {} of {held} damaged files called safe", safe.len());
        if std::env::var_os("DAMAGED_VERBOSE").is_some() {
            for name in safe {
                eprintln!("  {name}");
            }
        }
        if !safe.is_empty() {
            failures.push(format!(
                "{ext}: {} of {held}, e.g. {:?}",
                safe.len(),
                &safe[..safe.len().min(3)]
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "damaged files called safe:\n{}",
        failures.join("\n")
    );
}
