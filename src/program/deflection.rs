//! The deflection check: a rule-based, explainable reading of an ownership statement that
//! marks phrases which shift blame, put conditions on an apology, minimise, or rush the
//! other person. It only ever asks gently; it never blocks saving.
//!
//! Each rule is a list of phrases with one reason and one suggested reframe, both written
//! in our own words (messages in `locales/`, so they read in Hindi too). The English phrases
//! are here; Hindi and Hinglish ones are data (`content/deflection/hi.toml`), parsed at
//! start-up into a [`Phrasebook`] in `AppState.bundled`. Phrases inside quotation marks are not flagged (the writer may be naming
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

/// One kind's phrases from a phrase file: (kind, [(phrase as matched, phrase as written)],
/// whether the phrases carry their own negation).
type BookRule = (Kind, Vec<(String, String)>, bool);

/// The phrasings of other languages, read from a phrase file.
#[derive(Debug, Default)]
pub struct Phrasebook {
    rules: Vec<BookRule>,
    negators: Vec<String>,
    clause_breaks: Vec<String>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct PhraseFile {
    negators: Vec<String>,
    clause_breaks: Vec<String>,
    rule: Vec<PhraseRule>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct PhraseRule {
    kind: String,
    #[serde(default)]
    self_negated: bool,
    phrases: Vec<String>,
}

/// The bundled phrase files.
pub const BUNDLED: &[(&str, &str)] =
    &[("content/deflection/hi.toml", include_str!("../../content/deflection/hi.toml"))];

impl Phrasebook {
    /// Every bundled phrase file in one book; a bad file is named.
    pub fn bundled() -> Result<Phrasebook, String> {
        let mut book = Phrasebook::default();
        for (name, text) in BUNDLED {
            book.add(text).map_err(|e| format!("{name}: {e}"))?;
        }
        Ok(book)
    }

    fn add(&mut self, text: &str) -> Result<(), String> {
        let f: PhraseFile = toml::from_str(text).map_err(|e| e.to_string())?;
        for r in f.rule {
            let kind = Kind::parse(&r.kind).ok_or_else(|| format!("no kind {:?}", r.kind))?;
            let phrases = r.phrases.into_iter().map(|p| (normalise(&p).trim().to_string(), p)).collect();
            self.rules.push((kind, phrases, r.self_negated));
        }
        self.negators.extend(f.negators.iter().map(|n| normalise(n)));
        self.clause_breaks.extend(f.clause_breaks.iter().map(|n| normalise(n)));
        Ok(())
    }
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

/// Letters, digits, the apostrophe, and all of Devanagari but its full stops (its vowel signs
/// are marks, not letters, yet belong to the word).
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || c == '\''
        || (('\u{0900}'..='\u{097F}').contains(&c) && !matches!(c, '\u{0964}' | '\u{0965}'))
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
            let got = check(sentence, &Phrasebook::default()).first().map(|f| f.kind);
            if got != *expected {
                wrong.push(format!("{sentence:?}: expected {expected:?}, got {got:?}"));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    #[test]
    fn several_kinds_are_reported_once_each() {
        let found = check(
            "You made me do it, and you made me lie. If you hadn't left, I'd have stayed.",
            &Phrasebook::default(),
        );
        assert_eq!(found.iter().map(|f| f.kind).collect::<Vec<_>>(), vec![ConditionalBlame, ShiftedCause]);
    }

    #[test]
    fn every_kind_explains_itself_and_suggests_a_reframe_in_both_languages() {
        let l = crate::i18n::Locales::load(false).unwrap();
        for kind in Kind::ALL {
            assert_eq!(Kind::parse(kind.key()), Some(kind));
            for lang in crate::i18n::Lang::ALL {
                for key in [kind.label_key(), kind.why_key(), kind.reframe_key()] {
                    assert_ne!(l.text(lang, &key, &[]), key, "{key} in {lang:?}");
                }
                let why = l.text(lang, &kind.why_key(), &[]);
                assert!(why.ends_with('.') || why.ends_with('।'), "{why}");
            }
        }
    }

    /// Hindi and Hinglish sentences, as couples write them, read with the bundled phrases.
    const LABELLED_HI: &[(&str, Option<Kind>)] = &[
        ("मैंने झूठ बोला, पर तुमने भी तो मुझसे बातें छुपाईं।", Some(CounterAccusation)),
        ("Maine jhooth bola, lekin tumne bhi toh chhupaya.", Some(CounterAccusation)),
        ("अगर तुम इतना झगड़ा न करतीं तो मैं ऐसा नहीं करता।", Some(ConditionalBlame)),
        ("Agar tum itna gussa na karti, toh yeh sab nahi hota.", Some(ConditionalBlame)),
        ("तुमने मुझे मजबूर किया, मैं क्या करता?", Some(ShiftedCause)),
        ("सब तुम्हारी वजह से हुआ।", Some(ShiftedCause)),
        ("Yeh sab tumhari wajah se hua.", Some(ShiftedCause)),
        ("मुझे माफ़ करना अगर तुम्हें बुरा लगा।", Some(ConditionalApology)),
        ("Sorry agar tumhe bura laga.", Some(ConditionalApology)),
        ("मैं ऐसा ही हूँ, ग़ुस्से में कुछ भी बोल देता हूँ।", Some(FixedTrait)),
        ("Main aisa hi hoon, kya karun.", Some(FixedTrait)),
        ("यह कोई बड़ी बात नहीं थी, बस कुछ मैसेज थे।", Some(Minimising)),
        ("Bas ek baar hua tha, phir kabhi nahi.", Some(Minimising)),
        ("आजकल सब करते हैं।", Some(Normalising)),
        ("Har koi karta hai yeh.", Some(Normalising)),
        ("तुम ज़्यादा सोच रही हो, शांत हो जाओ।", Some(Invalidating)),
        ("Tum overreact kar rahi ho.", Some(Invalidating)),
        ("इसमें मेरी कोई ग़लती नहीं थी।", Some(Denial)),
        ("Maine kuch galat nahi kiya.", Some(Denial)),
        ("मैंने माफ़ी माँग ली है, अब भूल जाओ।", Some(Rushing)),
        ("Maine sorry bol diya, ab bhool jao.", Some(Rushing)),
        ("और तुम्हारा क्या, जब तुमने पैसों के बारे में झूठ बोला?", Some(Whataboutism)),
        // Spelling variants: without nukta, with anusvara for chandrabindu.
        ("मैं ऐसा ही हूं।", Some(FixedTrait)),
        ("मेरी कोई गलती नहीं।", Some(Denial)),
        // What the check must leave alone.
        ("मैंने तुमसे झूठ बोला, और यह मेरा फ़ैसला था।", None),
        ("मुझे अफ़सोस है कि मैंने तुम्हारा भरोसा तोड़ा।", None),
        ("मैं यह नहीं कह रहा कि तुमने मुझे मजबूर किया; मैंने ख़ुद चुना।", None),
        ("Main yeh nahi keh raha ki tumne mujhe majboor kiya.", None),
        ("मैं समझता हूँ कि इससे तुम्हें कितना दुख पहुँचा।", None),
        ("मैं अब कभी नहीं कहूँगा कि सब करते हैं।", None),
        ("वह बेवजह नहीं था, मैंने जानबूझकर किया।", None),
        ("Maine galti ki, aur main iski zimmedari leta hoon.", None),
        ("मैं हर रात नौ बजे तक फ़ोन करूँगा।", None),
        ("It was my choice, और मुझे अफ़सोस है।", None),
    ];

    #[test]
    fn hindi_and_hinglish_sentences_are_read_as_labelled() {
        let book = Phrasebook::bundled().unwrap();
        let mut wrong = vec![];
        for (sentence, expected) in LABELLED_HI {
            let got = check(sentence, &book).first().map(|f| f.kind);
            if got != *expected {
                wrong.push(format!("{sentence:?}: expected {expected:?}, got {got:?}"));
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
        // The note quotes the phrase as the file writes it.
        assert_eq!(check("मेरी कोई गलती नहीं।", &book)[0].phrase, "मेरी कोई गलती नहीं");
    }

    #[test]
    fn a_phrase_file_with_an_unknown_kind_is_refused_by_name() {
        let mut book = Phrasebook::default();
        let bad = "negators = []\nclause_breaks = []\n[[rule]]\nkind = \"sulking\"\nphrases = [\"x\"]\n";
        assert!(book.add(bad).unwrap_err().contains("sulking"));
    }
}
