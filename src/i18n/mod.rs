//! Languages (issue 21): English and Hindi. Every string a page shows is a message in a
//! Project Fluent file (`locales/<code>/<area>.ftl`); the files ship in the binary, are parsed once at
//! start-up into `AppState.bundled.locales` (a bad file stops start-up with its name), and a
//! template asks its layout for a message: `{{ l.t("nav-home") }}`.
//!
//! The language of a request is the account's choice, else the browser's `dt_lang` cookie
//! (the switch on every page sets it, signed in or not), else `Accept-Language`, else English.

pub mod dates;
mod handlers;

pub fn routes() -> crate::web::routes::Routes {
    crate::web::routes::Routes::default().post("/language", handlers::choose)
}

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A character of the Devanagari block (Hindi's script).
pub fn is_devanagari(c: char) -> bool {
    ('\u{0900}'..='\u{097F}').contains(&c)
}

/// A character that belongs inside a word: letters and digits, and all of Devanagari but its
/// full stops (the danda and double danda), whose vowel signs and virama are marks, not
/// letters, yet belong to the word.
pub fn is_word_letter(c: char) -> bool {
    c.is_alphanumeric() || (is_devanagari(c) && !matches!(c, '\u{0964}' | '\u{0965}'))
}

/// A language the interface is written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    En,
    Hi,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Hi];

    /// The BCP 47 code, as `<html lang>`, `Content-Language` and the cookie carry it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Hi => "hi",
        }
    }

    /// The language's own name for itself, as the switch shows it.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Hi => "हिन्दी",
        }
    }

    /// "hi", "hi-IN", "HI" → Hindi; anything else we do not write in → None.
    pub fn parse(raw: &str) -> Option<Lang> {
        let primary = raw.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The language a browser prefers most among ours (`Accept-Language`, RFC 9110 §12.5.4):
    /// the highest `q` wins, the earlier one on a tie; `q=0` means "not this one".
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut best: Option<(f32, Lang)> = None;
        for part in header.split(',') {
            let mut pieces = part.split(';');
            let Some(lang) = pieces.next().and_then(Lang::parse) else { continue };
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q=").and_then(|v| v.trim().parse::<f32>().ok()))
                .unwrap_or(1.0);
            if q > 0.0 && best.is_none_or(|(b, _)| q > b) {
                best = Some((q, lang));
            }
        }
        best.map(|(_, l)| l)
    }

    /// The other language, which the switch offers.
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Hi,
            Lang::Hi => Lang::En,
        }
    }
}

/// The message files: for each area of the site one file per language, under the same name
/// in `locales/en/` and `locales/hi/` (the parity test pairs them), English first.
macro_rules! message_files {
    ($($name:literal),+ $(,)?) => {
        [
            $((Lang::En, concat!("locales/en/", $name, ".ftl"), include_str!(concat!("../../locales/en/", $name, ".ftl"))),)+
            $((Lang::Hi, concat!("locales/hi/", $name, ".ftl"), include_str!(concat!("../../locales/hi/", $name, ".ftl"))),)+
        ]
    };
}

const SOURCES: &[(Lang, &str, &str)] = &message_files![
    "base",
    "pages",
    "accounts",
    "guides",
    "deflection",
    "mail",
    "journal",
    "program",
    "acknowledge",
    "time",
    "actions",
    "talks",
    "roots",
    "space",
    "safety",
    "settings",
    "directory",
    "bookings",
    "practice",
    "billing",
    "clients",
    "consent",
    "messages",
    "operator",
    "letters",
];

/// The message files of one language.
fn sources(lang: Lang) -> impl Iterator<Item = (&'static str, &'static str)> {
    SOURCES.iter().filter(move |(l, _, _)| *l == lang).map(|(_, name, text)| (*name, *text))
}

/// Every language's messages, parsed.
pub struct Locales {
    bundles: Vec<(Lang, FluentBundle<FluentResource>)>,
    /// Wraps every English message in ⟦ ⟧, so a page read in a browser shows which text did
    /// not come from a message (`--pseudo-locale`, for the browser test that looks for it).
    pseudo: bool,
    /// A form error's English sentence → its key (the `error-` messages), so an error a model
    /// wrote in English is shown in the reader's language.
    errors: std::collections::HashMap<String, String>,
    /// The same for errors with a number in them (`error-` messages whose one placeholder is
    /// `$n`): the English before and after the number, and the key.
    numbered: Vec<(String, String, String)>,
}

impl std::fmt::Debug for Locales {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locales").field("languages", &self.bundles.len()).field("pseudo", &self.pseudo).finish()
    }
}

impl Locales {
    pub fn load(pseudo: bool) -> anyhow::Result<Locales> {
        let mut bundles = Vec::new();
        for lang in Lang::ALL {
            let id: unic_langid::LanguageIdentifier = lang.code().parse()?;
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Placeholders hold names and numbers in the same direction as the text around
            // them (both languages run left to right): no invisible isolation marks.
            bundle.set_use_isolating(false);
            for (name, text) in sources(lang) {
                let resource = FluentResource::try_new(text.to_string()).map_err(|(_, errors)| {
                    anyhow::anyhow!("{name}: {} syntax errors, first {:?}", errors.len(), errors[0])
                })?;
                // A key already given by another file of the language is refused here.
                bundle.add_resource(resource).map_err(|e| anyhow::anyhow!("{name}: {e:?}"))?;
            }
            bundles.push((lang, bundle));
        }
        let mut locales = Locales { bundles, pseudo: false, errors: Default::default(), numbered: vec![] };
        for (_, text) in sources(Lang::En) {
            for (key, vars) in keys(text) {
                if !key.starts_with("error-") {
                    continue;
                }
                if vars.is_empty() {
                    locales.errors.insert(locales.text(Lang::En, &key, &[]), key);
                } else if vars == ["n"] {
                    let english = locales.text(Lang::En, &key, &[("n", "\u{1}")]);
                    if let Some((before, after)) = english.split_once('\u{1}') {
                        locales.numbered.push((before.to_string(), after.to_string(), key));
                    }
                }
            }
        }
        locales.pseudo = pseudo;
        Ok(locales)
    }

    fn bundle(&self, lang: Lang) -> &FluentBundle<FluentResource> {
        &self.bundles.iter().find(|(l, _)| *l == lang).unwrap_or(&self.bundles[0]).1
    }

    /// The message `key` in `lang` with its placeholders filled; English where `lang` lacks it
    /// (the key-parity test keeps that from happening), the key itself if no language has it.
    pub fn text(&self, lang: Lang, key: &str, args: &[(&str, &str)]) -> String {
        let fluent_args = (!args.is_empty()).then(|| {
            let mut a = FluentArgs::new();
            for (k, v) in args {
                a.set(*k, value(v));
            }
            a
        });
        for bundle in [self.bundle(lang), self.bundle(Lang::En)] {
            if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let out = bundle.format_pattern(pattern, fluent_args.as_ref(), &mut errors).into_owned();
                return if self.pseudo && lang == Lang::En { format!("⟦{out}⟧") } else { out };
            }
        }
        key.to_string()
    }
}

impl Locales {
    /// A sentence a model or handler wrote in English (a form error, an error page) in `lang`: the `error-`
    /// message whose English it is, or the sentence as it stands if none is.
    /// A sentence with a number in it ("Keep it under 5000 characters.") finds its message
    /// by the words around the number, and keeps the number.
    pub fn error(&self, lang: Lang, english: &str) -> String {
        if let Some(key) = self.errors.get(english) {
            return self.text(lang, key, &[]);
        }
        for (before, after, key) in &self.numbered {
            let number = english.strip_prefix(before.as_str()).and_then(|rest| rest.strip_suffix(after.as_str()));
            if let Some(n) = number.filter(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || c == ',')) {
                return self.text(lang, key, &[("n", n)]);
            }
        }
        english.to_string()
    }
}

/// A placeholder's value: a whole number goes in as a number, so a message can choose its
/// words by it (`{ $n -> [one] … *[other] … }`, by the language's plural rules); it prints as
/// written. Anything else (names, dates, amounts, "0001") goes in as text.
fn value(v: &str) -> FluentValue<'_> {
    let number =
        !v.is_empty() && v.len() < 16 && v.bytes().all(|b| b.is_ascii_digit()) && (v == "0" || !v.starts_with('0'));
    match v.parse::<f64>() {
        Ok(n) if number => FluentValue::from(n),
        _ => FluentValue::from(v),
    }
}

/// The keys of a message file and the placeholders each uses, for the parity test.
pub fn keys(text: &str) -> Vec<(String, Vec<String>)> {
    use fluent_syntax::ast;
    let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(r, _)| r);
    let mut out = Vec::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry {
            let mut vars = Vec::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut vars);
            }
            vars.sort();
            vars.dedup();
            out.push((m.id.name.to_string(), vars));
        }
    }
    out
}

fn pattern_vars(p: &fluent_syntax::ast::Pattern<&str>, vars: &mut Vec<String>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            match expression {
                Expression::Inline(InlineExpression::VariableReference { id }) => vars.push(id.name.to_string()),
                Expression::Select { selector, variants } => {
                    if let InlineExpression::VariableReference { id } = selector {
                        vars.push(id.name.to_string());
                    }
                    for v in variants {
                        pattern_vars(&v.value, vars);
                    }
                }
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_picks_the_most_wanted_of_ours() {
        assert_eq!(Lang::from_accept_language("hi-IN,hi;q=0.9,en-US;q=0.8,en;q=0.7"), Some(Lang::Hi));
        assert_eq!(Lang::from_accept_language("en-GB,en;q=0.9,hi;q=0.8"), Some(Lang::En));
        assert_eq!(Lang::from_accept_language("mr-IN, hi;q=0.5, en;q=0.4"), Some(Lang::Hi));
        assert_eq!(Lang::from_accept_language("fr, de;q=0.9"), None);
        assert_eq!(Lang::from_accept_language("hi;q=0, en;q=0.1"), Some(Lang::En));
        assert_eq!(Lang::from_accept_language(""), None);
        assert_eq!(Lang::from_accept_language("en;q=0.5, hi"), Some(Lang::Hi));
    }

    #[test]
    fn every_message_is_in_both_languages_with_the_same_placeholders() {
        let mut seen = std::collections::HashSet::new();
        let mut all = 0;
        for ((en_name, en_text), (hi_name, hi_text)) in sources(Lang::En).zip(sources(Lang::Hi)) {
            assert_eq!(en_name.replace("/en/", "/hi/"), hi_name, "the files pair up");
            let en = keys(en_text);
            let hi = keys(hi_text);
            let missing: Vec<_> = en.iter().filter(|k| !hi.iter().any(|h| h.0 == k.0)).map(|k| &k.0).collect();
            assert!(missing.is_empty(), "not in {hi_name}: {missing:?}");
            let extra: Vec<_> = hi.iter().filter(|k| !en.iter().any(|e| e.0 == k.0)).map(|k| &k.0).collect();
            assert!(extra.is_empty(), "only in {hi_name}: {extra:?}");
            for (key, vars) in &en {
                let theirs = &hi.iter().find(|h| &h.0 == key).unwrap().1;
                assert_eq!(vars, theirs, "placeholders of {key}");
            }
            for (key, _) in en {
                assert!(seen.insert(key.clone()), "{key} twice in English ({en_name})");
            }
            all += hi.len();
        }
        assert!(all > 250, "the files hold the messages");
        assert_eq!(sources(Lang::En).count(), sources(Lang::Hi).count(), "as many files in each language");
    }

    #[test]
    fn messages_fill_their_placeholders_and_fall_back_to_english() {
        let l = Locales::load(false).unwrap();
        assert_eq!(l.text(Lang::En, "nav-home", &[]), "Home");
        assert_eq!(l.text(Lang::Hi, "nav-home", &[]), "होम");
        assert_eq!(l.text(Lang::Hi, "no-such-key", &[]), "no-such-key");
        let p = Locales::load(true).unwrap();
        assert_eq!(p.text(Lang::En, "nav-home", &[]), "⟦Home⟧");
        assert_eq!(p.text(Lang::Hi, "nav-home", &[]), "होम");
        assert_eq!(l.error(Lang::Hi, "Enter your email address."), "अपना ईमेल पता लिखें।");
        assert_eq!(l.error(Lang::Hi, "Something unknown."), "Something unknown.");
        assert_eq!(p.error(Lang::En, "Enter your email address."), "⟦Enter your email address.⟧");
        // A number inside the sentence is kept, whatever it is.
        assert_eq!(l.error(Lang::Hi, "Keep it under 5000 characters."), "इसे 5000 अक्षरों से कम रखें।");
        assert_eq!(l.error(Lang::En, "Keep it under 300 characters."), "Keep it under 300 characters.");
        assert_eq!(l.error(Lang::Hi, "Keep it under many characters."), "Keep it under many characters.");
    }

    #[test]
    fn hindi_is_written_in_devanagari() {
        // Every Hindi message that has letters has Devanagari ones (a brand name or a code
        // such as UPI may sit inside it), so nothing is left in English by mistake.
        let l = Locales::load(false).unwrap();
        for (key, _) in sources(Lang::Hi).flat_map(|(_, text)| keys(text)) {
            let text = l.text(Lang::Hi, &key, &[]);
            let latin = text.chars().any(|c| c.is_ascii_alphabetic());
            let deva = text.chars().any(is_devanagari);
            assert!(deva || !latin, "{key} reads as English: {text}");
        }
    }

    #[test]
    fn a_whole_number_chooses_its_plural_and_prints_as_written() {
        let en = "n = { $n ->\n    [one] one session\n   *[other] { $n } sessions\n}\ncode = No. { $n }\n";
        let mut bundle = FluentBundle::new_concurrent(vec!["en".parse().unwrap()]);
        bundle.set_use_isolating(false);
        bundle.add_resource(FluentResource::try_new(en.to_string()).unwrap()).unwrap();
        let say = |key: &str, n: &str| {
            let mut a = FluentArgs::new();
            a.set("n", value(n));
            let mut errors = vec![];
            bundle.format_pattern(bundle.get_message(key).unwrap().value().unwrap(), Some(&a), &mut errors).into_owned()
        };
        assert_eq!(say("n", "1"), "one session");
        assert_eq!(say("n", "12345"), "12345 sessions");
        assert_eq!(say("code", "0001"), "No. 0001");
        assert_eq!(say("code", "1,500"), "No. 1,500");
    }
}
