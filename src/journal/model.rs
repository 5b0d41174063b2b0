//! Journal rules: entries are private until their author shares them with the partner.

/// Who may read an entry besides its author.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Visibility {
    Private,
    Shared,
}

impl Visibility {
    pub fn parse(raw: &str) -> Visibility {
        // Anything unexpected stays private: the safe default.
        if raw == "shared" { Visibility::Shared } else { Visibility::Private }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Visibility::Private => "private",
            Visibility::Shared => "shared",
        }
    }
}

pub const ENTRY_MAX: usize = 20_000;

/// The text of an entry: not blank, at most 20,000 characters. Kept exactly as written.
pub struct EntryText(String);

impl EntryText {
    pub fn parse(raw: &str) -> Result<EntryText, &'static str> {
        if raw.trim().is_empty() {
            return Err("Write something before saving. Even a line is enough.");
        }
        if raw.chars().count() > ENTRY_MAX {
            return Err("This entry is over 20,000 characters. Split it into two entries.");
        }
        Ok(EntryText(raw.replace("\r\n", "\n")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The first line of an entry, shortened, for lists.
pub fn preview(text: &str) -> String {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("").trim();
    let mut out: String = first.chars().take(120).collect();
    if first.chars().count() > 120 || text.trim().lines().count() > 1 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_visibility_is_private() {
        assert_eq!(Visibility::parse("shared"), Visibility::Shared);
        assert_eq!(Visibility::parse("public"), Visibility::Private);
        assert_eq!(Visibility::parse(""), Visibility::Private);
    }

    #[test]
    fn entries_must_have_text_and_a_sane_length() {
        assert!(EntryText::parse("  \n ").is_err());
        assert!(EntryText::parse(&"a".repeat(ENTRY_MAX + 1)).is_err());
        assert_eq!(EntryText::parse("a\r\nb").unwrap().as_str(), "a\nb");
    }

    #[test]
    fn previews_show_the_first_line() {
        assert_eq!(preview("\nToday was hard.\nMore"), "Today was hard.…");
        assert_eq!(preview("Short"), "Short");
        assert_eq!(preview(&"x".repeat(130)).chars().count(), 121);
    }
}
