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
    pub fn text(self) -> String {
        match self {
            Question::SensitiveData => crate::tr!("decide-q-sensitive"),
            Question::CopiesPossible => crate::tr!("decide-q-copies"),
            Question::TrustedSources => crate::tr!("decide-q-trusted"),
            Question::ChangesFiles => crate::tr!("decide-q-changes"),
            Question::NeedsWeb => crate::tr!("decide-q-web"),
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
    pub fn label(self) -> String {
        match self {
            NextStep::ScanFiles => crate::tr!("home-check-files"),
            NextStep::MakeRedactedCopies => crate::tr!("decide-step-redact"),
            NextStep::BackUpNow => crate::tr!("backup-now"),
            NextStep::CheckThePlan => crate::tr!("decide-step-plan"),
            NextStep::StartSession => crate::tr!("home-session-start"),
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
                    sentence: crate::tr!("decide-yourself"),
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
            reasons.push(crate::tr!("decide-reason-redacted"));
        }
        if !trusted {
            reasons.push(crate::tr!("decide-reason-untrusted"));
        }
        if changes {
            reasons.push(crate::tr!("decide-reason-changes"));
        }
        if web {
            reasons.push(crate::tr!("decide-reason-web"));
        }
        Ok(if careful {
            Advice {
                verdict: Verdict::WithCare,
                sentence: crate::tr!("decide-with-care", reasons = reasons.join("; ")),
                steps,
            }
        } else {
            Advice {
                verdict: Verdict::GoAhead,
                sentence: crate::tr!("decide-go-ahead"),
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
