//! The deflection check: a rule-based, explainable reading of an ownership statement that
//! marks phrases which shift blame, put conditions on an apology, minimise, or rush the
//! other person. It only ever asks gently; it never blocks saving.
//!
//! Each rule is a list of phrases with one reason and one suggested reframe, both written
//! in our own words (messages in `locales/`, so they read in Hindi too). The English phrases
//! are here; Hindi and Hinglish ones are data (`content/deflection/hi.toml`), parsed at
//! start-up into a [`Phrasebook`] in `AppState.bundled` (`phrasebook.rs`). Phrases inside quotation marks are not flagged (the writer may be naming
//! what they will stop saying), nor are phrases directly negated ("I'm not saying you made
//! me…").

mod phrasebook;

pub use phrasebook::Phrasebook;

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
    const ALL: [Kind; 11] = [
        Kind::CounterAccusation,
        Kind::ConditionalBlame,
        Kind::ShiftedCause,
        Kind::ConditionalApology,
        Kind::FixedTrait,
        Kind::Minimising,
        Kind::Normalising,
        Kind::Invalidating,
        Kind::Denial,
        Kind::Rushing,
        Kind::Whataboutism,
    ];

    /// The kind's name in the phrase files and in its messages (`deflection-<key>-label`, `-why`,
    /// `-reframe` in `locales/`).
    pub fn key(self) -> &'static str {
        match self {
            Kind::CounterAccusation => "counter-accusation",
            Kind::ConditionalBlame => "conditional-blame",
            Kind::ShiftedCause => "shifted-cause",
            Kind::ConditionalApology => "conditional-apology",
            Kind::FixedTrait => "fixed-trait",
            Kind::Minimising => "minimising",
            Kind::Normalising => "normalising",
            Kind::Invalidating => "invalidating",
            Kind::Denial => "denial",
            Kind::Rushing => "rushing",
            Kind::Whataboutism => "whataboutism",
        }
    }

    pub fn parse(key: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// The message keys of its name, why it can land badly (a sentence) and a gentler direction.
    pub fn label_key(&self) -> String {
        format!("deflection-{}-label", self.key())
    }

    pub fn why_key(&self) -> String {
        format!("deflection-{}-why", self.key())
    }

    pub fn reframe_key(&self) -> String {
        format!("deflection-{}-reframe", self.key())
    }
}

/// One phrase the check noticed, as the rule writes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub kind: Kind,
    pub phrase: String,
}

/// Lower-cases, straightens curly apostrophes, and blanks out quoted passages.
pub(super) fn normalise(text: &str) -> String {
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
            // Devanagari written with or without nukta, and with chandrabindu or anusvara,
            // is one spelling to the check: ग़लती = गलती, हूँ = हूं.
            '\u{093C}' => {}
            '\u{0901}' => out.push('\u{0902}'),
            '\u{0958}'..='\u{095F}' => out.push(match c {
                '\u{0958}' => 'क',
                '\u{0959}' => 'ख',
                '\u{095A}' => 'ग',
                '\u{095B}' => 'ज',
                '\u{095C}' => 'ड',
                '\u{095D}' => 'ढ',
                '\u{095E}' => 'फ',
                _ => 'य',
            }),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// A word's letters (Devanagari's vowel signs included) and the apostrophe.
fn is_word_char(c: char) -> bool {
    crate::i18n::is_word_letter(c) || c == '\''
}

/// True when a negator stands among the six words before `at` in the same clause (a
/// clause ends at punctuation or at "but", "yet", "so": "I didn't want to, but you made
/// me" is still a deflection).
fn negated(text: &str, at: usize, book: &Phrasebook) -> bool {
    let before = &text[..at];
    let clause = before.rsplit(['.', ',', '!', '?', ';', ':', '\n', '।']).next().unwrap_or(before);
    let words: Vec<&str> = clause.split(|c: char| !is_word_char(c)).filter(|w| !w.is_empty()).collect();
    let breaks = |w: &str| matches!(w, "but" | "yet" | "so") || book.clause_breaks.iter().any(|b| b == w);
    let words = match words.iter().rposition(|w| breaks(w)) {
        Some(i) => &words[i + 1..],
        None => &words[..],
    };
    let last = &words[words.len().saturating_sub(6)..];
    let joined = last.join(" ");
    let negator = |n: &str| last.contains(&n) || (n.contains(' ') && joined.contains(n));
    NEGATORS.iter().any(|n| negator(n)) || book.negators.iter().any(|n| negator(n))
}

/// Where `phrase` stands in `norm` as whole words and not negated (unless the rule says its
/// phrases carry their own negation).
fn found_at(norm: &str, phrase: &str, self_negated: bool, book: &Phrasebook) -> bool {
    let mut from = 0;
    while let Some(pos) = norm[from..].find(phrase) {
        let start = from + pos;
        let end = start + phrase.len();
        from = end;
        let bounded = norm[..start].chars().next_back().is_none_or(|c| !is_word_char(c))
            && norm[end..].chars().next().is_none_or(|c| !is_word_char(c));
        if bounded && (self_negated || !negated(norm, start, book)) {
            return true;
        }
    }
    false
}

/// Every deflecting phrase in `text`, English and the book's, in the order of the kinds,
/// each kind at most once.
pub fn check(text: &str, book: &Phrasebook) -> Vec<Finding> {
    let norm = normalise(text);
    let mut found: Vec<Finding> = Vec::new();
    for kind in Kind::ALL {
        let english = RULES
            .iter()
            .filter(|r| r.kind == kind)
            .flat_map(|r| r.phrases.iter().map(move |p| (*p, *p, r.self_negated)));
        let theirs = book
            .rules
            .iter()
            .filter(|r| r.0 == kind)
            .flat_map(|r| r.1.iter().map(move |(m, w)| (m.as_str(), w.as_str(), r.2)));
        if let Some((_, written, _)) = english.chain(theirs).find(|(m, _, neg)| found_at(&norm, m, *neg, book)) {
            found.push(Finding { kind, phrase: written.to_string() });
        }
    }
    found
}

#[cfg(test)]
mod tests;
