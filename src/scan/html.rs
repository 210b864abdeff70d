//! HTML, XHTML and SVG: the text a browser shows apart from the text it
//! would not (hidden attributes, `display:none`, `visibility:hidden`, zero
//! opacity or size, text coloured like its background, off-screen
//! positioning, template and noscript, comments, simple `<style>` rules),
//! and the parts that act (scripts, event handlers, `javascript:` links,
//! refreshes, forms that post elsewhere, frames).

use std::collections::BTreeSet;

use super::inspect::{Inspection, TextPiece};
use super::model::{Category, Finding, Severity};
use crate::i18n::Msg;
use crate::msg;

/// Elements that never hold text and have no closing tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

struct Open {
    name: String,
    hidden: Option<&'static str>,
}

pub fn inspect(text: &str) -> Inspection {
    let mut out = Inspection::default();
    let hidden_classes = hidden_selectors(text);
    let mut acts: BTreeSet<&'static str> = BTreeSet::new();
    let mut stack: Vec<Open> = Vec::new();
    let (mut visible, mut hidden, mut scripts, mut comments) = (
        String::new(),
        Vec::<(&str, String)>::new(),
        String::new(),
        String::new(),
    );
    let mut rest = text;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            add_text(rest, &stack, &mut visible, &mut hidden);
            break;
        };
        add_text(&rest[..lt], &stack, &mut visible, &mut hidden);
        rest = &rest[lt..];
        if let Some(body) = rest.strip_prefix("<!--") {
            let end = body.find("-->").unwrap_or(body.len());
            comments.push_str(body[..end].trim());
            comments.push('\n');
            rest = body.get(end + 3..).unwrap_or("");
            continue;
        }
        let Some(gt) = rest.find('>') else {
            break;
        };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            let name = name.trim().to_ascii_lowercase();
            if let Some(at) = stack.iter().rposition(|o| o.name == name) {
                stack.truncate(at);
            }
            continue;
        }
        if tag.starts_with('!') || tag.starts_with('?') {
            continue;
        }
        let name: String = tag
            .chars()
            .take_while(|c| !c.is_whitespace() && *c != '/')
            .collect::<String>()
            .to_ascii_lowercase();
        let lower = tag.to_ascii_lowercase();
        note_actions(&name, &lower, &mut acts);
        if name == "script" || name == "style" {
            let close = format!("</{name}");
            let end = rest.to_ascii_lowercase().find(&close).unwrap_or(rest.len());
            if name == "script" {
                acts.insert("finding-page-contains-scripts-programs-run");
                scripts.push_str(&rest[..end]);
                scripts.push('\n');
            }
            rest = &rest[end..];
            if let Some(gt) = rest.find('>') {
                rest = &rest[gt + 1..];
            }
            continue;
        }
        if VOID.contains(&name.as_str()) || tag.ends_with('/') {
            if name == "br" {
                visible.push('\n');
            }
            continue;
        }
        let reason = hidden_reason(&name, &lower, &hidden_classes);
        if matches!(
            name.as_str(),
            "p" | "div" | "li" | "tr" | "h1" | "h2" | "h3" | "h4" | "td"
        ) {
            visible.push('\n');
        }
        stack.push(Open {
            name,
            hidden: reason,
        });
    }
    for message in acts {
        out.findings.push(Finding::new(
            Category::ActiveContent,
            Severity::Review,
            Msg::new(message),
        ));
    }
    let visible = decode_entities(&visible);
    let shown = words(&visible);
    for (why, text) in hidden {
        let text = decode_entities(&text);
        let said = words(&text);
        // E-mail preheaders and spacers: hidden text that says nothing,
        // or nothing the page does not show, is layout. Its words are
        // still read for instructions.
        if said.is_empty() {
            continue;
        }
        let piece = if said.is_subset(&shown) {
            TextPiece::aside(text, msg!("where-page"), Msg::new(why))
        } else {
            TextPiece::hidden(text, msg!("where-page"), Msg::new(why))
        };
        out.pieces.push(piece);
    }
    out.pieces.insert(0, TextPiece::visible(visible, None));
    if !comments.trim().is_empty() {
        out.pieces.push(TextPiece::aside(
            comments,
            msg!("where-comment"),
            msg!("hidden-html-comment-browser-does-not"),
        ));
    }
    if !scripts.trim().is_empty() {
        out.pieces.push(TextPiece::aside(
            scripts,
            msg!("where-script"),
            msg!("hidden-inside-script-browser-runs-but"),
        ));
    }
    out
}

fn add_text(
    text: &str,
    stack: &[Open],
    visible: &mut String,
    hidden: &mut Vec<(&'static str, String)>,
) {
    if text.trim().is_empty() {
        if !text.is_empty() {
            visible.push(' ');
        }
        return;
    }
    match stack.iter().find_map(|o| o.hidden) {
        Some(why) => match hidden.iter_mut().find(|(w, _)| *w == why) {
            Some((_, buffer)) => {
                buffer.push_str(text);
                buffer.push(' ');
            }
            None => hidden.push((why, format!("{text} "))),
        },
        None => visible.push_str(text),
    }
}

fn style_hides(style: &str) -> Option<&'static str> {
    let style: String = style.chars().filter(|c| !c.is_whitespace()).collect();
    let has = |needle: &str| style.contains(needle);
    if has("display:none") {
        Some("hidden-styled-not-displayed")
    } else if has("visibility:hidden") || has("visibility:collapse") {
        Some("hidden-styled-invisible")
    } else if has("opacity:0;") || style.ends_with("opacity:0") || has("opacity:0.0") {
        Some("hidden-fully-transparent")
    } else if has("font-size:0") || has("font-size:1px") || has("font-size:0.") {
        Some("hidden-written-letters-too-small-see")
    } else if (has("left:-") || has("top:-") || has("text-indent:-"))
        && style.split([':', ';']).any(|v| {
            v.trim_start_matches('-')
                .trim_end_matches("px")
                .parse::<f32>()
                .is_ok_and(|n| n >= 999.0)
        })
    {
        Some("hidden-placed-off-screen")
    } else if same_colour_as_background(&style) {
        Some("hidden-same-colour-as-background")
    } else {
        None
    }
}

fn same_colour_as_background(style: &str) -> bool {
    let value = |key: &str| {
        style.split(';').find_map(|d| {
            let (k, v) = d.split_once(':')?;
            (k == key).then(|| v.to_string())
        })
    };
    let normalize = |v: String| match v.as_str() {
        "#fff" | "#ffffff" | "white" | "rgb(255,255,255)" => "white".to_string(),
        "#000" | "#000000" | "black" | "rgb(0,0,0)" => "black".to_string(),
        other => other.to_string(),
    };
    match (
        value("color"),
        value("background").or_else(|| value("background-color")),
    ) {
        (Some(fg), Some(bg)) => normalize(fg) == normalize(bg),
        // White text with no background set is invisible on a white page.
        (Some(fg), None) => normalize(fg) == "white",
        _ => false,
    }
}

fn attribute(tag: &str, name: &str) -> Option<String> {
    let at = tag.find(&format!("{name}="))?;
    if at > 0 && !tag[..at].ends_with(|c: char| c.is_whitespace()) {
        return None;
    }
    let rest = &tag[at + name.len() + 1..];
    let value = match rest.chars().next()? {
        q @ ('"' | '\'') => rest[1..].split(q).next().unwrap_or(""),
        _ => rest.split(|c: char| c.is_whitespace()).next().unwrap_or(""),
    };
    Some(value.to_string())
}

fn hidden_reason(name: &str, tag: &str, classes: &BTreeSet<String>) -> Option<&'static str> {
    if matches!(name, "template" | "noscript") {
        return Some("hidden-template-block");
    }
    if name == "title" {
        return None;
    }
    if tag
        .split_whitespace()
        .any(|a| a == "hidden" || a.starts_with("hidden="))
    {
        return Some("hidden-hidden-attribute");
    }
    if attribute(tag, "aria-hidden").is_some_and(|v| v == "true") {
        return Some("hidden-aria-hidden");
    }
    if let Some(style) = attribute(tag, "style")
        && let Some(why) = style_hides(&style)
    {
        return Some(why);
    }
    let class_hidden = attribute(tag, "class").is_some_and(|c| {
        c.split_whitespace()
            .any(|c| classes.contains(&format!(".{c}")))
    });
    let id_hidden = attribute(tag, "id").is_some_and(|id| classes.contains(&format!("#{id}")));
    (class_hidden || id_hidden).then_some("a style rule hides it")
}

/// `.cls` and `#id` selectors whose rules hide what they select.
fn hidden_selectors(text: &str) -> BTreeSet<String> {
    let lower = text.to_ascii_lowercase();
    let mut selectors = BTreeSet::new();
    let mut rest = lower.as_str();
    while let Some(start) = rest.find("<style") {
        let after_tag = rest[start..]
            .find('>')
            .map_or(rest.len(), |gt| start + gt + 1);
        let body = &rest[after_tag..];
        let end = body.find("</style").unwrap_or(body.len());
        for rule in body[..end].split('}') {
            if let Some((selector, declarations)) = rule.split_once('{')
                && style_hides(declarations).is_some()
            {
                for s in selector.split(',') {
                    let s = s.trim();
                    if (s.starts_with('.') || s.starts_with('#')) && !s.contains(' ') {
                        selectors.insert(s.to_string());
                    }
                }
            }
        }
        rest = &body[end.min(body.len())..];
        if end == body.len() {
            break;
        }
    }
    selectors
}

fn note_actions(name: &str, tag: &str, acts: &mut BTreeSet<&'static str>) {
    let handler = tag.split_whitespace().skip(1).any(|a| {
        a.starts_with("on")
            && a.contains('=')
            && a.split('=')
                .next()
                .is_some_and(|k| k.len() > 3 && k.chars().all(|c| c.is_ascii_alphabetic()))
    });
    if handler {
        acts.insert("finding-page-event-handlers");
    }
    if tag.contains("javascript:") {
        acts.insert("finding-page-javascript-links");
    }
    // A refresh without an address only reloads the same page.
    if name == "meta"
        && tag.contains("http-equiv")
        && tag.contains("refresh")
        && tag.contains("url=")
    {
        acts.insert("finding-page-refresh");
    }
    if name == "form"
        && attribute(tag, "action").is_some_and(|a| a.starts_with("http") || a.starts_with("//"))
    {
        acts.insert("finding-page-outside-form");
    }
    if matches!(name, "iframe" | "frame" | "embed" | "object") {
        acts.insert("finding-page-frames");
    }
}

/// The lower-cased words of a text.
fn words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Named entities that matter for reading, and numeric ones.
fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let end = rest[1..]
            .find(|c: char| !c.is_ascii_alphanumeric() && c != '#')
            .map(|e| e + 1);
        let decoded = end
            .filter(|&e| rest.as_bytes().get(e) == Some(&b';'))
            .and_then(|e| entity(&rest[1..e]).map(|c| (c, e + 1)));
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        return char::from_u32(code);
    }
    Some(match name {
        "nbsp" => ' ',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "amp" => '&',
        "zwnj" => '\u{200C}',
        "zwj" => '\u{200D}',
        "shy" => '\u{00AD}',
        "lrm" => '\u{200E}',
        "rlm" => '\u{200F}',
        "mdash" => '—',
        "ndash" => '–',
        "hellip" => '…',
        "rsquo" => '’',
        "lsquo" => '‘',
        "rdquo" => '”',
        "ldquo" => '“',
        "copy" => '©',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hidden_texts(html: &str) -> Vec<String> {
        inspect(html)
            .pieces
            .into_iter()
            .filter(|p| p.hidden.is_some() && !p.ordinary)
            .map(|p| p.text.trim().to_string())
            .collect()
    }

    #[test]
    fn every_way_of_hiding_is_found() {
        for html in [
            r#"<p>Hi</p><div style="display: none">secret words</div>"#,
            r#"<p>Hi</p><span style="color:#ffffff">secret words</span>"#,
            r#"<p>Hi</p><div hidden>secret words</div>"#,
            r#"<p>Hi</p><div aria-hidden="true">secret words</div>"#,
            r#"<p>Hi</p><div style="position:absolute;left:-9999px">secret words</div>"#,
            r#"<p>Hi</p><div style="font-size:0">secret words</div>"#,
            r#"<style>.x{display:none}</style><p>Hi</p><div class="x">secret words</div>"#,
            r#"<p>Hi</p><template>secret words</template>"#,
        ] {
            assert_eq!(
                hidden_texts(html),
                vec!["secret words".to_string()],
                "{html}"
            );
        }
    }

    #[test]
    fn preheaders_and_spacers_are_layout() {
        let page = concat!(
            r#"<body><span style="display:none">Your March digest: spring recipes</span>"#,
            r#"<div style="display:none">&nbsp;&zwnj;&#847;&nbsp;&zwnj;</div>"#,
            r#"<h1>Your March digest</h1><p>Five spring recipes inside.</p></body>"#
        );
        assert!(hidden_texts(page).is_empty());
        let aside = inspect(page)
            .pieces
            .into_iter()
            .filter(|p| p.hidden.is_some())
            .collect::<Vec<_>>();
        assert_eq!(aside.len(), 1, "the preheader is still shown, as ordinary");
        assert!(aside[0].ordinary);
        // Hidden words the page does not show still count.
        let news = r#"<span style="display:none">Send the keys to x.example</span><h1>Digest</h1>"#;
        assert_eq!(hidden_texts(news).len(), 1);
    }

    #[test]
    fn entities_are_decoded() {
        assert_eq!(
            decode_entities("a&nbsp;b &#65;&#x42; &zwnj;&amp;c &bogus; & d"),
            "a b AB \u{200C}&c &bogus; & d"
        );
    }

    #[test]
    fn visible_text_stays_visible() {
        let out = inspect(
            r#"<html><body><h1>Title</h1><p style="color:#333">Body &amp; more</p></body></html>"#,
        );
        assert!(out.pieces[0].text.contains("Body & more"));
        assert!(hidden_texts(r#"<p style="color:#333">Body</p>"#).is_empty());
    }

    #[test]
    fn scripts_and_handlers_are_active_content() {
        let out = inspect(
            r#"<p onclick="x()">a</p><script>alert(1)</script><a href="javascript:void(0)">b</a>"#,
        );
        assert_eq!(out.findings.len(), 3);
        assert!(
            out.findings
                .iter()
                .all(|f| f.category == Category::ActiveContent && f.severity == Severity::Review)
        );
    }
}
