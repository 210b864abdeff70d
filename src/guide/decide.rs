//! "Should I use the assistant for this?": the guide's decision tree as a
//! few yes/no questions, ending in advice and the steps that carry it out.

/// The questions, in the guide's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Question {
    SensitiveData,
    CopiesPossible,
    TrustedSources,
    ChangesFiles,
    NeedsWeb,
}

impl Question {
    pub fn text(self) -> &'static str {
        match self {
            Question::SensitiveData => {
                "Does the task involve sensitive data: health, money, identity documents, passwords, or other people's personal details?"
            }
            Question::CopiesPossible => {
                "Could the assistant work on copies with those details removed or replaced?"
            }
            Question::TrustedSources => "Do all the files come from people or places you trust?",
            Question::ChangesFiles => "Will the assistant change, move or delete files?",
            Question::NeedsWeb => "Does the task need the assistant to use the web?",
        }
    }
}

/// What the advice asks the person to do next; each is a button.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextStep {
    ScanFiles,
    MakeRedactedCopies,
    BackUpNow,
    CheckThePlan,
    StartSession,
}

impl NextStep {
    pub fn label(self) -> &'static str {
        match self {
            NextStep::ScanFiles => "Check the files",
            NextStep::MakeRedactedCopies => "Make redacted copies",
            NextStep::BackUpNow => "Back up now",
            NextStep::CheckThePlan => "Check the assistant's plan",
            NextStep::StartSession => "Start a session",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    GoAhead,
    WithCare,
    DoNotUse,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Advice {
    pub verdict: Verdict,
    pub sentence: String,
    pub steps: Vec<NextStep>,
}

/// Where the answers so far lead: the next question, or the advice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Ask(Question),
    Done(Advice),
}

/// `answers` are the yes/no answers given so far, in order.
pub fn next(answers: &[bool]) -> Step {
    let mut answers = answers.iter().copied();
    let mut ask = |q: Question| answers.next().ok_or(Step::Ask(q));
    let mut walk = || -> Result<Advice, Step> {
        let mut steps = vec![NextStep::ScanFiles];
        if ask(Question::SensitiveData)? {
            if !ask(Question::CopiesPossible)? {
                return Ok(Advice {
                    verdict: Verdict::DoNotUse,
                    sentence: "Do this task yourself: the sensitive details cannot be kept away from the assistant.".into(),
                    steps: Vec::new(),
                });
            }
            steps.push(NextStep::MakeRedactedCopies);
        }
        let trusted = ask(Question::TrustedSources)?;
        let changes = ask(Question::ChangesFiles)?;
        if changes {
            steps.push(NextStep::BackUpNow);
        }
        let web = ask(Question::NeedsWeb)?;
        steps.push(NextStep::CheckThePlan);
        steps.push(NextStep::StartSession);
        let careful = !trusted || changes || web || steps.contains(&NextStep::MakeRedactedCopies);
        let mut reasons = Vec::new();
        if steps.contains(&NextStep::MakeRedactedCopies) {
            reasons.push("give it redacted copies only");
        }
        if !trusted {
            reasons.push("check every file and quarantine what is dangerous before it sees them");
        }
        if changes {
            reasons.push("back up first and read its plan before approving");
        }
        if web {
            reasons.push("turn web access on for this task only, and off again after");
        }
        Ok(if careful {
            Advice {
                verdict: Verdict::WithCare,
                sentence: format!(
                    "You can use the assistant, with care: {}.",
                    reasons.join("; ")
                ),
                steps,
            }
        } else {
            Advice {
                verdict: Verdict::GoAhead,
                sentence:
                    "You can use the assistant for this; follow the session checklist as usual."
                        .into(),
                steps,
            }
        })
    };
    match walk() {
        Ok(advice) => Step::Done(advice),
        Err(step) => step,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every path through the tree ends in advice, never in a loop or a
    /// question asked twice.
    #[test]
    fn every_path_ends_in_advice() {
        let mut paths = vec![Vec::<bool>::new()];
        let mut ended = 0;
        while let Some(answers) = paths.pop() {
            match next(&answers) {
                Step::Ask(_) => {
                    assert!(answers.len() < 5, "too many questions: {answers:?}");
                    for a in [true, false] {
                        let mut more = answers.clone();
                        more.push(a);
                        paths.push(more);
                    }
                }
                Step::Done(advice) => {
                    ended += 1;
                    assert!(!advice.sentence.is_empty());
                    if advice.verdict != Verdict::DoNotUse {
                        assert!(advice.steps.contains(&NextStep::ScanFiles));
                        assert!(advice.steps.contains(&NextStep::StartSession));
                    }
                }
            }
        }
        // 1 "do it yourself" + 8 (sensitive, copies) + 8 (not sensitive).
        assert_eq!(ended, 17);
    }

    #[test]
    fn the_guides_answers() {
        assert!(matches!(next(&[true, false]), Step::Done(a) if a.verdict == Verdict::DoNotUse));
        assert!(
            matches!(next(&[false, true, false, false]), Step::Done(a) if a.verdict == Verdict::GoAhead)
        );
        let Step::Done(a) = next(&[false, true, true, false]) else {
            panic!("advice expected");
        };
        assert_eq!(a.verdict, Verdict::WithCare);
        assert!(a.steps.contains(&NextStep::BackUpNow));
        assert_eq!(next(&[true]), Step::Ask(Question::CopiesPossible));
        assert_eq!(next(&[false]), Step::Ask(Question::TrustedSources));
    }
}
