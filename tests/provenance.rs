//! Where files came from: recorded at intake (with the download origin the
//! system keeps), shown with the person's trust, and raised as a finding
//! when unknown or not trusted.
#![allow(clippy::unwrap_used)] // Tests may unwrap: a panic is the failure report.

mod util;

use airlock::scan::{Category, FileReport, Severity};
use airlock::workspace::provenance::{Provenance, Source, Trust};
use util::{Sandbox, stderr, stdout};

#[cfg(target_os = "linux")]
#[test]
fn intake_records_the_download_origin_the_system_keeps() {
    let sb = Sandbox::new();
    let ws = sb.root.join("ws");
    assert!(sb.run(&["init", ws.to_str().unwrap()]).status.success());
    let downloads = sb.root.join("Downloads");
    std::fs::create_dir_all(&downloads).unwrap();
    let file = downloads.join("invoice.txt");
    std::fs::write(&file, "Invoice 42").unwrap();
    if let Err(err) = xattr::set(
        &file,
        "user.xdg.origin.url",
        b"https://Mail.Example.com/att/invoice.txt",
    ) {
        eprintln!("skipped: this file system keeps no extended attributes ({err})");
        return;
    }
    xattr::set(
        &file,
        "user.xdg.referrer.url",
        b"https://mail.example.com/inbox",
    )
    .unwrap();

    let out = sb.run(&["add", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("downloaded from mail.example.com"),
        "{}",
        stdout(&out)
    );

    let provenance = Provenance::load(&sb.app);
    let record = provenance.get("input/invoice.txt").expect("recorded");
    assert_eq!(
        record.origin.url.as_deref(),
        Some("https://Mail.Example.com/att/invoice.txt")
    );
    assert_eq!(
        record.origin.referrer.as_deref(),
        Some("https://mail.example.com/inbox")
    );
    assert_eq!(record.original, file);
    assert_eq!(
        record.hash,
        blake3::hash(b"Invoice 42").to_hex().to_string()
    );
    assert_eq!(record.source(), Source::Website("mail.example.com".into()));
    assert!(
        !ws.join(".airlock").exists() && std::fs::read_dir(&ws).unwrap().count() == 3,
        "nothing written into the workspace"
    );

    let out = sb.run(&["provenance", ws.join("input/invoice.txt").to_str().unwrap()]);
    assert!(
        stdout(&out)
            .contains("downloaded from mail.example.com — a source you have not judged yet"),
        "{}",
        stdout(&out)
    );
    assert!(stdout(&out).contains("web page  https://Mail.Example.com/att/invoice.txt"));
}

#[test]
fn unknown_and_untrusted_sources_raise_a_finding() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("app");
    let ws = tmp.path().join("ws");
    std::fs::create_dir_all(ws.join("input")).unwrap();
    let from = tmp.path().join("Mail");
    std::fs::create_dir_all(&from).unwrap();
    let eml = from.join("offer.eml");
    std::fs::write(
        &eml,
        "From: Promo <deals@promo.example>\r\nSubject: Offer\r\n\r\nBuy now.",
    )
    .unwrap();
    let added = airlock::workspace::intake::add_and_record(&ws, &data, &[eml]);
    assert!(matches!(
        added[0],
        airlock::workspace::intake::Added::Copied { .. }
    ));
    std::fs::write(ws.join("input/dropped.txt"), "appeared by itself").unwrap();

    let mut provenance = Provenance::load(&data);
    let report = |rel: &str| FileReport::new(rel.into(), 1, None, Vec::new());
    let source_finding = |p: &Provenance, rel: &str| {
        p.annotate(report(rel))
            .findings
            .into_iter()
            .find(|f| f.category == Category::UntrustedSource)
    };

    let unknown = source_finding(&provenance, "input/dropped.txt").unwrap();
    assert_eq!(unknown.severity, Severity::Review);
    assert!(unknown.message.english().contains("Source unknown"));

    let mail = source_finding(&provenance, "input/offer.eml").unwrap();
    assert_eq!(mail.severity, Severity::Review);
    assert!(
        mail.message
            .english()
            .contains("sent by deals@promo.example"),
        "{}",
        mail.message.english()
    );

    let sender = provenance.source_of("input/offer.eml");
    provenance.set_trust(&sender, false).unwrap();
    let refused = source_finding(&provenance, "input/offer.eml").unwrap();
    assert!(refused.message.english().contains("not a source you trust"));
    assert_eq!(
        provenance.annotate(report("input/offer.eml")).verdict,
        airlock::scan::Verdict::Review
    );

    provenance.set_trust(&sender, true).unwrap();
    assert_eq!(provenance.trust(&sender), Trust::Trusted);
    let annotated = provenance.annotate(provenance.annotate(report("input/offer.eml")));
    assert!(
        annotated.findings.is_empty(),
        "a trusted source raises nothing"
    );
    assert_eq!(annotated.verdict, airlock::scan::Verdict::Safe);

    assert!(
        source_finding(&provenance, "output/summary.md").is_none(),
        "outputs are the assistant's own"
    );
}
