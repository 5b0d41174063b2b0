//! The deflection check: a rule-based, explainable reading of an ownership statement that
//! marks phrases which shift blame, put conditions on an apology, minimise, or rush the
//! other person. It only ever asks gently; it never blocks saving.
//!
//! Each rule is a list of phrases with one reason and one suggested reframe, both written
//! in our own words. Phrases inside quotation marks are not flagged (the writer may be naming
//! what they will stop saying), nor are phrases directly negated ("I'm not saying you made
//! me…").

/// The kinds of deflection the check knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    CounterAccusation,
    ConditionalBlame,
    ShiftedCause,
    ConditionalApology,
    FixedTrait,
    Minimising,
    Normalising,
    Invalidating,
    Denial,
    Rushing,
    Whataboutism,
}

struct Rule {
    kind: Kind,
    phrases: &'static [&'static str],
    /// Phrases that carry their own negation are not undone by a negator before them.
    self_negated: bool,
}

const RULES: &[Rule] = &[
    Rule {
        kind: Kind::CounterAccusation,
        phrases: &[
            "but you also",
            "but you did",
            "but you were",
            "but you have",
            "but you never",
            "you did it too",
            "you're no better",
            "you are no better",
        ],
        self_negated: false,
    },
    Rule {
        kind: Kind::ConditionalBlame,
        phrases: &[
            "if you hadn't",
            "if you had not",
            "if you had just",
            "if you'd just",
            "if you'd only",
            "if you had been",
            "if you'd been",
            "if only you had",
            "if you were more",
            "if you weren't so",
        ],
        self_negated: false,
    },
    Rule {
        kind: Kind::ShiftedCause,
        phrases: &[
            "you made me",
            "you drove me to",
            "you pushed me to",
            "you forced me",
            "you left me no choice",
            "you gave me no choice",
            "because of you i",
            "it's your fault",
            "it is your fault",
            "you're the reason",
            "you are the reason",
        ],
        self_negated: false,
    },
    Rule {
        kind: Kind::ConditionalApology,
        phrases: &[
            "sorry if you felt",
            "sorry if you feel",
            "sorry you feel",
            "sorry you felt",
            "sorry that you feel",
            "sorry that you felt",
            "sorry if i hurt",
            "sorry if that hurt",
            "sorry if it hurt",
            "apologise if you",
            "apologize if you",
            "sorry if you were",
        ],
        self_negated: false,
    },
    Rule {
        kind: Kind::FixedTrait,
        phrases: &[
            "that's just how i am",
            "that is just how i am",
            "that's who i am",
            "that is who i am",
            "i can't help it",
            "i cannot help it",
            "it's just my nature",
            "i've always been like this",
        ],
        self_negated: true,
    },
    Rule {
        kind: Kind::Minimising,
        phrases: &[
            "wasn't a big deal",
            "was not a big deal",
            "it was nothing",
            "it meant nothing",
            "didn't mean anything",
            "did not mean anything",
            "it only happened once",
            "it was only once",
            "it was just a",
            "blowing this out of proportion",
            "not that bad",
        ],
        self_negated: true,
    },
    Rule {
        kind: Kind::Normalising,
        phrases: &[
            "everyone does it",
            "everybody does it",
            "everyone does that",
            "anyone would have",
            "anybody would have",
            "all men do",
            "all women do",
            "it happens to everyone",
        ],
        self_negated: false,
    },
    Rule {
        kind: Kind::Invalidating,
        phrases: &[
            "you're overreacting",
            "you are overreacting",
            "you're too sensitive",
            "you are too sensitive",
            "you're being dramatic",
            "you are being dramatic",
            "calm down",
        ],
        self_negated: false,
    },
    Rule {
        kind: Kind::Denial,
        phrases: &[
            "it's not my fault",
            "it wasn't my fault",
            "it is not my fault",
            "it was not my fault",
            "i did nothing wrong",
            "i didn't do anything wrong",
            "i'm not to blame",
        ],
        self_negated: true,
    },
    Rule {
        kind: Kind::Rushing,
        phrases: &[
            "let's move on",
            "let us move on",
            "get over it",
            "can we just forget",
            "put it behind us",
            "i already apologised",
            "i already apologized",
            "i've already said sorry",
            "how many times do i have to",
        ],
        self_negated: false,
    },
    Rule {
        kind: Kind::Whataboutism,
        phrases: &["what about when you", "what about the time you", "what about you"],
        self_negated: false,
    },
];

const NEGATORS: &[&str] =
    &["not", "never", "won't", "don't", "didn't", "isn't", "wasn't", "stop", "stopped", "no longer"];

impl Kind {
    /// Why the phrase can land badly, in a sentence.
    pub fn why(self) -> &'static str {
        match self {
            Kind::CounterAccusation => {
                "Bringing up what your partner did turns an apology into an argument about them."
            }
            Kind::ConditionalBlame => {
                "Saying what would have happened if your partner had acted differently places part of the cause on them."
            }
            Kind::ShiftedCause => "This says someone else caused your choice, which takes ownership away from you.",
            Kind::ConditionalApology => {
                "An apology for how they felt, rather than for what you did, can sound as if the problem is their reaction."
            }
            Kind::FixedTrait => {
                "Describing it as part of who you are suggests it can't change, which is hard to build trust on."
            }
            Kind::Minimising => "Making it sound small can tell your partner their hurt is out of proportion.",
            Kind::Normalising => {
                "Saying others do it too moves the focus away from what happened between the two of you."
            }
            Kind::Invalidating => "Telling someone how to feel usually leaves them feeling unheard.",
            Kind::Denial => "Stating that you're not at fault closes the conversation your partner needs to have.",
            Kind::Rushing => {
                "Trust returns at the hurt person's pace; asking to move on can feel like being asked to stop hurting."
            }
            Kind::Whataboutism => {
                "Raising another grievance now shifts attention away from the breach you're acknowledging."
            }
        }
    }

    /// A gentler direction to try instead.
    pub fn reframe(self) -> &'static str {
        match self {
            Kind::CounterAccusation => {
                "Keep this statement about your own actions. Things you want to raise about your partner can wait for a later talk."
            }
            Kind::ConditionalBlame => {
                "Try naming your choice directly, for example: \"I chose to …, and that was my decision.\""
            }
            Kind::ShiftedCause => {
                "Try \"I chose to …\" and, if it helps, describe what you were feeling at the time without making it the reason."
            }
            Kind::ConditionalApology => "Try \"I'm sorry that I …\" and name the specific thing you did.",
            Kind::FixedTrait => "Try describing what you will do differently, even in a small way.",
            Kind::Minimising => "Try saying plainly what happened and acknowledging that it mattered to your partner.",
            Kind::Normalising => "Try speaking only about your own choice and its effect on your partner.",
            Kind::Invalidating => "Try \"I understand you feel …\" or simply say what you heard.",
            Kind::Denial => "Try naming the part that was yours, even if other things were going on.",
            Kind::Rushing => "Try asking what your partner needs, and let them set the pace.",
            Kind::Whataboutism => {
                "Try writing down the other concern for a scheduled talk, and keep this statement about the breach."
            }
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Kind::CounterAccusation => "Turning it back",
            Kind::ConditionalBlame => "Conditional blame",
            Kind::ShiftedCause => "Shifting the cause",
            Kind::ConditionalApology => "A conditional apology",
            Kind::FixedTrait => "\"That's how I am\"",
            Kind::Minimising => "Minimising",
            Kind::Normalising => "\"Everyone does it\"",
            Kind::Invalidating => "Telling them how to feel",
            Kind::Denial => "Denying fault",
            Kind::Rushing => "Rushing past it",
            Kind::Whataboutism => "\"What about you?\"",
        }
    }
}

/// One phrase the check noticed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub kind: Kind,
    pub phrase: &'static str,
}

/// Lower-cases, straightens curly apostrophes, and blanks out quoted passages.
fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_quote = false;
    for c in text.chars() {
        match c {
            '"' | '“' | '”' => {
                in_quote = !in_quote;
                out.push(' ');
            }
            _ if in_quote => out.push(' '),
            '’' | '‘' => out.push('\''),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\''
}

/// True when a negator stands among the six words before `at` in the same clause (a
/// clause ends at punctuation or at "but", "yet", "so": "I didn't want to, but you made
/// me" is still a deflection).
fn negated(text: &str, at: usize) -> bool {
    let before = &text[..at];
    let clause = before.rsplit(['.', ',', '!', '?', ';', ':', '\n']).next().unwrap_or(before);
    let words: Vec<&str> = clause.split(|c: char| !is_word_char(c)).filter(|w| !w.is_empty()).collect();
    let words = match words.iter().rposition(|w| matches!(*w, "but" | "yet" | "so")) {
        Some(i) => &words[i + 1..],
        None => &words[..],
    };
    let last = &words[words.len().saturating_sub(6)..];
    let joined = last.join(" ");
    NEGATORS.iter().any(|n| last.contains(n) || (n.contains(' ') && joined.contains(n)))
}

/// Every deflecting phrase in `text`, in the order of the rules, each kind at most once.
pub fn check(text: &str) -> Vec<Finding> {
    let norm = normalise(text);
    let mut found = Vec::new();
    for rule in RULES {
        'phrases: for phrase in rule.phrases {
            let mut from = 0;
            while let Some(pos) = norm[from..].find(phrase) {
                let start = from + pos;
                let end = start + phrase.len();
                from = end;
                let bounded = norm[..start].chars().next_back().is_none_or(|c| !is_word_char(c))
                    && norm[end..].chars().next().is_none_or(|c| !is_word_char(c));
                if bounded && (rule.self_negated || !negated(&norm, start)) {
                    found.push(Finding { kind: rule.kind, phrase });
                    break 'phrases;
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use Kind::*;

    /// Labelled sentences: what the check should notice (None: nothing).
    const LABELLED: &[(&str, Option<Kind>)] = &[
        ("I'm sorry I lied to you, but you also kept secrets from me.", Some(CounterAccusation)),
        ("I lied, but you were never home either.", Some(CounterAccusation)),
        ("If you hadn't been so distant, I wouldn't have looked elsewhere.", Some(ConditionalBlame)),
        ("If you had just listened to me, none of this would have happened.", Some(ConditionalBlame)),
        ("You made me feel so alone that I reached out to someone else.", Some(ShiftedCause)),
        ("You drove me to it with all the fighting.", Some(ShiftedCause)),
        ("Honestly, you left me no choice.", Some(ShiftedCause)),
        ("I'm sorry if you felt hurt by what I did.", Some(ConditionalApology)),
        ("I’m sorry you feel that way.", Some(ConditionalApology)),
        ("I apologize if you were upset.", Some(ConditionalApology)),
        ("I hid the messages. That's just how I am when I'm scared.", Some(FixedTrait)),
        ("I can't help it, I get jealous.", Some(FixedTrait)),
        ("It was nothing, just a few texts.", Some(Minimising)),
        ("It didn't mean anything to me.", Some(Minimising)),
        ("It only happened once.", Some(Minimising)),
        ("Everyone does it these days.", Some(Normalising)),
        ("Anyone would have done the same in my place.", Some(Normalising)),
        ("You're overreacting about a lunch.", Some(Invalidating)),
        ("Please calm down so we can talk.", Some(Invalidating)),
        ("It wasn't my fault that things got out of hand.", Some(Denial)),
        ("I did nothing wrong by meeting him.", Some(Denial)),
        ("Can we just forget about it?", Some(Rushing)),
        ("I already apologized, let's move on.", Some(Rushing)),
        ("What about when you lied about the money?", Some(Whataboutism)),
        ("YOU MADE ME DO IT.", Some(ShiftedCause)),
        ("I didn't want to, but you made me.", Some(ShiftedCause)),
        ("I never meant it but you drove me to it.", Some(ShiftedCause)),
        // What the check must leave alone.
        ("I lied to you about where I was, and that was my choice.", None),
        ("I'm sorry that I broke your trust.", None),
        ("I hid the messages because I was ashamed, and I'm responsible for that.", None),
        ("I understand how much this hurt you.", None),
        ("I will tell you when my plans change.", None),
        ("I'm not saying you made me do it; I chose it.", None),
        ("It's not that you made me. I decided.", None),
        ("I won't say \"you made me\" anymore.", None),
        ("I used to say “it was nothing”, and that was wrong.", None),
        ("I never want to tell you to calm down again.", None),
        ("I made you feel unimportant, and I'm sorry.", None),
        ("Sorry is not enough; I want to show you with actions.", None),
        ("If I had been honest, we would have talked sooner.", None),
        ("I know what I did was a big deal.", None),
        ("I kept it from you for months, and I regret it.", None),
        ("The butyou also typo should not count.", None),
        ("I'm a person who can help it, and I will.", None),
    ];

    #[test]
    fn labelled_sentences_are_read_as_labelled() {
        assert!(LABELLED.len() >= 40);
        let mut wrong = vec![];
        for (sentence, expected) in LABELLED {
            let got = check(sentence).first().map(|f| f.kind);
            if got != *expected {
                wrong.push(format!("{sentence:?}: expected {expected:?}, got {got:?}"));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn several_kinds_are_reported_once_each() {
        let found = check("You made me do it, and you made me lie. If you hadn't left, I'd have stayed.");
        assert_eq!(found.iter().map(|f| f.kind).collect::<Vec<_>>(), vec![ConditionalBlame, ShiftedCause]);
    }

    #[test]
    fn every_kind_explains_itself_and_suggests_a_reframe() {
        for rule in RULES {
            assert!(rule.kind.why().ends_with('.') && !rule.kind.reframe().is_empty() && !rule.kind.label().is_empty());
        }
    }
}
