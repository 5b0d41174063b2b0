//! Informed consent's rules: a document is Markdown, versioned by its counsellor, identified by
//! the SHA-256 of its text; each attending person signs the current version with the name they
//! type; a newer version needs signing again.

use sha2::{Digest, Sha256};

pub const BODY_MAX: usize = 20_000;
pub const NAME_MAX: usize = 120;

/// Where a counsellor starts: the headings the issue asks every document to cover, with a
/// prompt under each, as (heading, prompt) messages. In our own words, in the counsellor's
/// language; the counsellor writes the rest.
const OUTLINE: [(&str, &str); 6] = [
    ("consent-outline-confidentiality", "consent-outline-confidentiality-prompt"),
    ("consent-outline-secrets", "consent-outline-secrets-prompt"),
    ("consent-outline-fees", "consent-outline-fees-prompt"),
    ("consent-outline-recording", "consent-outline-recording-prompt"),
    ("consent-outline-emergencies", "consent-outline-emergencies-prompt"),
    ("consent-outline-ending", "consent-outline-ending-prompt"),
];

/// The outline as Markdown, a `##` heading and its prompt for each part.
pub fn outline(locales: &crate::i18n::Locales, lang: crate::i18n::Lang) -> String {
    let parts: Vec<String> = OUTLINE
        .iter()
        .map(|(heading, prompt)| {
            format!("## {}\n\n{}", locales.text(lang, heading, &[]), locales.text(lang, prompt, &[]))
        })
        .collect();
    format!("{}\n", parts.join("\n\n"))
}

/// A version of a counsellor's document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    pub id: String,
    pub counsellor_id: String,
    pub version: i64,
    pub body: String,
    pub body_hash: String,
    pub created_at: i64,
}

/// One signature, with the version it signed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signature {
    pub user_id: String,
    pub typed_name: String,
    pub version: i64,
    pub document_hash: String,
    pub signed_at: i64,
}

/// Where an attending person stands with the counsellor's current document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Standing {
    /// The counsellor has published no document: nothing to sign.
    NothingToSign,
    Signed(Signature),
    /// They signed an earlier version.
    Outdated(Signature),
    Unsigned,
}

impl Standing {
    pub fn of(current: Option<&Document>, latest_signed: Option<&Signature>) -> Standing {
        match (current, latest_signed) {
            (None, _) => Standing::NothingToSign,
            (Some(d), Some(s)) if s.version == d.version && s.document_hash == d.body_hash => {
                Standing::Signed(s.clone())
            }
            (Some(_), Some(s)) => Standing::Outdated(s.clone()),
            (Some(_), None) => Standing::Unsigned,
        }
    }

    pub fn needs_signing(&self) -> bool {
        matches!(self, Standing::Unsigned | Standing::Outdated(_))
    }
}

pub fn body_hash(body: &str) -> String {
    hex::encode(Sha256::digest(body.as_bytes()))
}

/// The document as the counsellor wrote it, tidied: line ends made one kind, outer space
/// trimmed.
pub fn parse_body(raw: &str) -> Result<String, String> {
    let body = raw.replace("\r\n", "\n").trim().to_string();
    if body.chars().count() < 20 {
        return Err("Write your consent document: what clients agree to before the first session.".into());
    }
    if body.chars().count() > BODY_MAX {
        return Err(format!("Keep the document under {BODY_MAX} characters."));
    }
    Ok(body)
}

/// The full name a person types to sign.
pub fn parse_typed_name(raw: &str) -> Result<String, String> {
    let name: String = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.chars().count() < 2 {
        return Err("Type your full name to sign.".into());
    }
    if name.chars().count() > NAME_MAX {
        return Err(format!("Keep your name under {NAME_MAX} characters."));
    }
    Ok(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(version: i64, body: &str) -> Document {
        Document {
            id: "d".into(),
            counsellor_id: "c".into(),
            version,
            body: body.into(),
            body_hash: body_hash(body),
            created_at: 0,
        }
    }

    fn signed(version: i64, body: &str) -> Signature {
        Signature {
            user_id: "u".into(),
            typed_name: "Nadia Khan".into(),
            version,
            document_hash: body_hash(body),
            signed_at: 1,
        }
    }

    #[test]
    fn a_new_version_asks_to_sign_again_and_no_document_asks_nothing() {
        let v1 = doc(1, "first text of the document");
        let v2 = doc(2, "second text of the document");
        assert_eq!(Standing::of(None, None), Standing::NothingToSign);
        assert_eq!(Standing::of(Some(&v1), None), Standing::Unsigned);
        assert!(matches!(Standing::of(Some(&v1), Some(&signed(1, &v1.body))), Standing::Signed(_)));
        assert!(Standing::of(Some(&v2), Some(&signed(1, &v1.body))).needs_signing());
        // A signature whose hash is not the document's does not count.
        assert!(Standing::of(Some(&v1), Some(&signed(1, "something else"))).needs_signing());
    }

    #[test]
    fn the_outline_reads_as_before_in_english_and_is_markdown_in_hindi() {
        use crate::i18n::{Lang, Locales};
        let locales = Locales::load(false).unwrap();
        assert_eq!(
            outline(&locales, Lang::En),
            "## Confidentiality and its limits\n\nWhat stays between us, and when I would have to share something (for example, a risk to someone's life).\n\n## Secrets in couples work\n\nWhat I do if one of you tells me something in private that the other does not know.\n\n## Fees and cancellation\n\nMy fee, how to pay, and my late-cancellation terms.\n\n## Recording\n\nSessions are not recorded.\n\n## Emergencies\n\nWhat to do in a crisis between sessions.\n\n## Ending our work\n\nHow either of us can end the counselling, and what happens then.\n"
        );
        let hi = outline(&locales, Lang::Hi);
        assert_eq!(hi.matches("\n## ").count(), 5, "{hi}");
        assert!(hi.starts_with("## ") && parse_body(&hi).is_ok());
    }

    #[test]
    fn bodies_and_names_are_checked_and_tidied() {
        assert!(parse_body("  short ").is_err());
        assert_eq!(
            parse_body("## Heading\r\n\r\nA paragraph long enough.\r\n").unwrap(),
            "## Heading\n\nA paragraph long enough."
        );
        assert!(parse_body(&"x".repeat(BODY_MAX + 1)).is_err());
        assert_eq!(parse_typed_name("  Nadia   Khan ").unwrap(), "Nadia Khan");
        assert!(parse_typed_name(" ").is_err() && parse_typed_name(&"n".repeat(NAME_MAX + 1)).is_err());
        assert_eq!(body_hash("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
