//! Pages drawn in code, each hiding text one way.

use super::*;
use lopdf::{Dictionary, Stream, dictionary};
use std::collections::HashSet;

/// A one-page A4 document drawing `content`, with a Helvetica font
/// `F1`; `extra` adds to the page's resources.
fn page(content: &str, extra: impl FnOnce(&mut Document, &mut Dictionary)) -> PageText {
    let mut doc = Document::with_version("1.5");
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        "FirstChar" => 32, "Widths" => vec![Object::Integer(500); 95],
    });
    let mut resources = dictionary! { "Font" => dictionary! { "F1" => font } };
    extra(&mut doc, &mut resources);
    let contents = doc.add_object(Stream::new(dictionary! {}, content.as_bytes().to_vec()));
    let pages = doc.new_object_id();
    let page = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages, "Contents" => contents,
        "Resources" => resources,
        "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
    });
    doc.objects.insert(
        pages,
        Object::Dictionary(
            dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 },
        ),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages });
    doc.trailer.set("Root", catalog);
    read_page(&doc, page, &HashSet::new(), 1 << 20).unwrap()
}

fn concealed(page: &PageText, why: Option<Concealed>) -> String {
    page.text_of(|r| r.concealed == why)
}

const LINE: &str = "BT /F1 12 Tf 72 720 Td (Dear customer, your statement is ready.) Tj ET\n";

#[test]
fn words_and_lines_are_spaced_as_on_the_page() {
    let page = page(
        "BT /F1 12 Tf 72 720 Td (Total) Tj 40 0 Td (due) Tj 0 -14 Td (Thank) Tj ( you) Tj \
         0 -14 Td [(Pay)-300(now)] TJ 0 -14 Td [(in)-20(voice)] TJ ET",
        |_, _| {},
    );
    assert_eq!(
        concealed(&page, None),
        "Total due\nThank you\nPay now\ninvoice"
    );
}

#[test]
fn text_outside_the_page_or_cut_out_of_view_is_hidden() {
    let page = page(
        &format!(
            "{LINE}BT /F1 12 Tf -900 400 Td (Left far outside the page) Tj ET \
             BT /F1 12 Tf 72 2000 Td (Above the page) Tj ET \
             q 0 0 10 10 re W n BT /F1 12 Tf 300 300 Td (Masked by a tiny clip) Tj ET Q \
             q 0 0 595 842 re W n BT /F1 12 Tf 300 300 Td (Inside an ordinary clip) Tj ET Q \
             BT /F1 12 Tf -30 500 Td (Starts left of the page but runs onto it) Tj ET"
        ),
        |_, _| {},
    );
    let off = concealed(&page, Some(Concealed::OffPage));
    assert!(
        off.contains("Left far outside") && off.contains("Above the page"),
        "{off}"
    );
    assert_eq!(
        concealed(&page, Some(Concealed::Clipped)),
        "Masked by a tiny clip"
    );
    let seen = concealed(&page, None);
    assert!(seen.contains("Inside an ordinary clip"), "{seen}");
    assert!(seen.contains("Starts left of the page"), "{seen}");
}

#[test]
fn text_painted_over_is_hidden_but_not_under_a_highlight() {
    let page = page(
        "BT /F1 12 Tf 72 720 Td (Covered order to upload the files) Tj ET \
         1 1 1 rg 60 700 400 40 re f \
         0 g BT /F1 12 Tf 72 600 Td (Shown above its highlight) Tj ET \
         q /Multiply gs 1 1 0 rg 60 590 400 30 re f Q \
         q 1 1 0 rg 60 490 400 30 re f Q \
         0 g BT /F1 12 Tf 72 500 Td (Shown on a yellow band) Tj ET \
         BT /F1 12 Tf 72 400 Td (Partly covered) Tj ET 0 g 60 395 20 20 re f",
        |doc, res| {
            let multiply =
                doc.add_object(dictionary! { "Type" => "ExtGState", "BM" => "Multiply" });
            res.set("ExtGState", dictionary! { "Multiply" => multiply });
        },
    );
    assert_eq!(
        concealed(&page, Some(Concealed::CoveredByShape)),
        "Covered order to upload the files"
    );
    let seen = concealed(&page, None);
    for shown in ["Shown above", "yellow band", "Partly covered"] {
        assert!(seen.contains(shown), "{shown}: {seen}");
    }
}

#[test]
fn text_coloured_like_its_background_is_hidden() {
    let page = page(
        "0 0 0.5 rg 0 0 595 842 re f \
         0 0 0.5 rg BT /F1 12 Tf 72 720 Td (Navy on navy) Tj ET \
         1 g BT /F1 12 Tf 72 700 Td (White on navy) Tj ET \
         0.2 0.2 0.2 rg 50 80 500 100 re f \
         1 g BT /F1 12 Tf 72 100 Td (White in a dark box) Tj ET",
        |_, _| {},
    );
    assert_eq!(
        concealed(&page, Some(Concealed::SameColour)),
        "Navy on navy"
    );
    assert_eq!(concealed(&page, Some(Concealed::White)), "");
    let seen = concealed(&page, None);
    assert!(
        seen.contains("White on navy") && seen.contains("White in a dark box"),
        "{seen}"
    );

    let plain = page_white_on_white();
    assert_eq!(concealed(&plain, Some(Concealed::White)), "white words");
}

fn page_white_on_white() -> PageText {
    page(
        &format!("{LINE}1 1 1 rg BT /F1 12 Tf 72 700 Td (white words) Tj ET"),
        |_, _| {},
    )
}

#[test]
fn text_in_forms_is_read_with_their_matrix() {
    let page = page(&format!("{LINE}q /Fm1 Do Q"), |doc, res| {
        let form = doc.add_object(Stream::new(
            dictionary! {
                "Type" => "XObject", "Subtype" => "Form",
                "BBox" => vec![0.into(), 0.into(), 200.into(), 50.into()],
                "Matrix" => vec![1.into(), 0.into(), 0.into(), 1.into(), 5000.into(), 0.into()],
            },
            b"BT /F1 12 Tf 10 10 Td (Stamp moved off the page) Tj ET".to_vec(),
        ));
        res.set("XObject", dictionary! { "Fm1" => form });
    });
    assert_eq!(
        concealed(&page, Some(Concealed::OffPage)),
        "Stamp moved off the page"
    );
}

#[test]
fn a_page_sized_picture_makes_a_scan() {
    let page = page(
        "q 595 0 0 842 0 0 cm /Im1 Do Q BT 3 Tr /F1 12 Tf 72 720 Td (Scanned words) Tj ET",
        |doc, res| {
            let image = doc.add_object(Stream::new(
                dictionary! {
                    "Type" => "XObject", "Subtype" => "Image", "Width" => 1, "Height" => 1,
                    "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8,
                },
                vec![255],
            ));
            res.set("XObject", dictionary! { "Im1" => image });
        },
    );
    assert!(page.scanned);
    assert_eq!(
        concealed(&page, Some(Concealed::Invisible)),
        "Scanned words"
    );
}

#[test]
fn any_sequence_of_operators_is_survived() {
    let mut next = crate::scan::seeded(0x005E_ED0F_FA11);
    let operators = [
        "q", "Q", "cm", "gs", "g", "rg", "k", "cs", "scn", "re", "m", "c", "W", "n", "f", "sh",
        "Do", "BDC", "EMC", "BT", "Tf", "Tz", "Ts", "Tr", "Td", "TD", "Tm", "T*", "Tj", "TJ", "'",
        "\"", "ET",
    ];
    let operands = [
        "0",
        "1",
        "-1",
        "1e30",
        "-1e30",
        "0.0001",
        "12",
        "-900",
        "/F1",
        "/Fm1",
        "/Missing",
        "(text)",
        "<00ff>",
        "[(a) -300 (b)]",
        "<< /ActualText (x) >>",
        "/OC",
    ];
    for _ in 0..300 {
        let mut content = String::new();
        for _ in 0..next() % 60 {
            for _ in 0..next() % 7 {
                content.push_str(operands[next() as usize % operands.len()]);
                content.push(' ');
            }
            content.push_str(operators[next() as usize % operators.len()]);
            content.push('\n');
        }
        let _ = page(&content, |doc, res| {
            let form = doc.add_object(Stream::new(
                dictionary! { "Subtype" => "Form", "BBox" => vec![0.into(), 0.into(), 1.into(), 1.into()] },
                b"q /Fm1 Do Q BT /F1 1e38 Tf (x) Tj ET".to_vec(),
            ));
            res.set("XObject", dictionary! { "Fm1" => form });
        });
    }
}

#[test]
fn composite_fonts_are_decoded_through_their_unicode_map() {
    let cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
        /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
        1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n\
        2 beginbfrange\n<0001> <001A> <0061>\n<0021> <0021> <0020>\nendbfrange\n\
        endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    let page = page(
        // "hidden words" as glyph numbers, in white.
        "1 g BT /F2 12 Tf 72 700 Td <00080009000400040005000E00210017000F001200040013> Tj ET",
        |doc, res| {
            let to_unicode = doc.add_object(Stream::new(dictionary! {}, cmap.as_bytes().to_vec()));
            let cid = doc.add_object(dictionary! {
                "Type" => "Font", "Subtype" => "CIDFontType2", "BaseFont" => "Calibri", "DW" => 500,
            });
            let font = doc.add_object(dictionary! {
                "Type" => "Font", "Subtype" => "Type0", "BaseFont" => "Calibri",
                "Encoding" => "Identity-H", "DescendantFonts" => vec![cid.into()],
                "ToUnicode" => to_unicode,
            });
            res.set("Font", dictionary! { "F2" => font });
        },
    );
    assert_eq!(concealed(&page, Some(Concealed::White)), "hidden words");
}
