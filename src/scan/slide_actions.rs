//! PowerPoint click and hover actions: a shape can start a program, run a
//! macro or open an embedded object when it is clicked (or merely
//! pointed at). Jumps between slides and ordinary links are left alone.

use super::model::{Category, Finding, Severity};
use crate::i18n::Msg;
use crate::msg;

/// Findings for the actions in one slide, layout or master part.
pub fn findings(xml: &str, part: &str) -> Vec<Finding> {
    let mut out = Vec::new();
    if xml.contains("ppaction://program") {
        out.push(
            Finding::new(
                Category::ActiveContent,
                Severity::Danger,
                msg!("finding-shape-on-slide-starts-program"),
            )
            .at(Msg::plain(part)),
        );
    }
    if let Some(at) = xml.find("ppaction://macro") {
        let name: String = xml[at..]
            .split_once("name=")
            .map(|(_, rest)| {
                rest.chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '.')
                    .take(80)
                    .collect()
            })
            .unwrap_or_default();
        let mut finding = Finding::new(
            Category::ActiveContent,
            Severity::Danger,
            msg!("finding-shape-on-slide-runs-macro"),
        )
        .at(Msg::plain(part));
        if !name.is_empty() {
            finding = finding.with_evidence(name);
        }
        out.push(finding);
    }
    if xml.contains("ppaction://ole") {
        out.push(
            Finding::new(
                Category::ActiveContent,
                Severity::Review,
                msg!("finding-shape-on-slide-opens-embedded"),
            )
            .at(Msg::plain(part)),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(action: &str) -> String {
        format!(
            r#"<p:sld><p:cNvPr id="3" name="Button"><a:hlinkClick r:id="rId2" action="{action}"/></p:cNvPr></p:sld>"#
        )
    }

    #[test]
    fn programs_macros_and_objects_on_click_are_found() {
        let program = findings(&shape("ppaction://program"), "ppt/slides/slide1.xml");
        assert_eq!(program.len(), 1);
        assert_eq!(program[0].severity, Severity::Danger);
        let macro_run = findings(
            &shape("ppaction://macro?name=Module1.Run_Me"),
            "ppt/slides/slide1.xml",
        );
        assert_eq!(macro_run[0].evidence.as_deref(), Some("Module1.Run_Me"));
        let ole = findings(&shape("ppaction://ole?verb=0"), "ppt/slides/slide1.xml");
        assert_eq!(ole[0].severity, Severity::Review);
    }

    #[test]
    fn jumps_between_slides_are_ordinary() {
        for action in [
            "ppaction://hlinkshowjump?jump=nextslide",
            "ppaction://hlinksldjump",
            "ppaction://customshow?id=0",
            "ppaction://media",
        ] {
            assert!(
                findings(&shape(action), "ppt/slides/slide1.xml").is_empty(),
                "{action}"
            );
        }
    }
}
