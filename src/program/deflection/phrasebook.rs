//! The deflection check's phrasings beyond English, read from phrase files
//! (`content/deflection/`): phrases per kind, negators and clause breaks, normalised as the
//! check normalises what it reads.

use super::{Kind, normalise};

/// One kind's phrases from a phrase file: (kind, [(phrase as matched, phrase as written)],
/// whether the phrases carry their own negation).
type BookRule = (Kind, Vec<(String, String)>, bool);

/// The phrasings of other languages, read from a phrase file.
#[derive(Debug, Default)]
pub struct Phrasebook {
    pub(super) rules: Vec<BookRule>,
    pub(super) negators: Vec<String>,
    pub(super) clause_breaks: Vec<String>,
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
    &[("content/deflection/hi.toml", include_str!("../../../content/deflection/hi.toml"))];

impl Phrasebook {
    /// Every bundled phrase file in one book; a bad file is named.
    pub fn bundled() -> Result<Phrasebook, String> {
        let mut book = Phrasebook::default();
        for (name, text) in BUNDLED {
            book.add(text).map_err(|e| format!("{name}: {e}"))?;
        }
        Ok(book)
    }

    pub(super) fn add(&mut self, text: &str) -> Result<(), String> {
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
