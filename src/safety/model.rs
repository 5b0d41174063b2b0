//! The private safety check: six questions in our own words on being hurt, insulted,
//! threatened, frightened, controlled and afraid — the ground covered by screens such as HITS
//! (Sherin et al., 1998, "HITS: a short domestic violence screening tool for use in a family
//! practice setting", Family Medicine 30(7)). Our rule for when to show safety resources is
//! deliberately cautious. It is a prompt, not a diagnosis.

/// (key, the question's message): the wording, in each language, is in locales/*/safety.ftl.
pub const ITEMS: [(&str, &str); 6] = [
    ("hurt", "safety-q-hurt"),
    ("insult", "safety-q-insult"),
    ("threaten", "safety-q-threaten"),
    ("scream", "safety-q-scream"),
    ("control", "safety-q-control"),
    ("afraid", "safety-q-afraid"),
];

/// The answer scale, 0–3 (Never, Rarely, Sometimes, Often): its labels' messages.
pub const SCALE: [&str; 4] = ["safety-never", "safety-rarely", "safety-sometimes", "safety-often"];

/// Items where any answer but "never" is enough on its own.
const SERIOUS: [&str; 3] = ["hurt", "threaten", "afraid"];

/// Whether the answers suggest the member may not be safe: any serious item above "never",
/// or a total of 5 or more.
pub fn concerning(answers: &[i64; 6]) -> bool {
    let serious = ITEMS.iter().zip(answers).any(|((k, _), a)| SERIOUS.contains(k) && *a > 0);
    serious || answers.iter().sum::<i64>() >= 5
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_hurt_threat_or_fear_is_enough_and_so_is_a_pattern_of_the_rest() {
        assert!(!concerning(&[0, 0, 0, 0, 0, 0]));
        assert!(concerning(&[1, 0, 0, 0, 0, 0]), "hurt, even rarely");
        assert!(concerning(&[0, 0, 1, 0, 0, 0]), "threatened");
        assert!(concerning(&[0, 0, 0, 0, 0, 1]), "afraid");
        assert!(!concerning(&[0, 2, 0, 2, 0, 0]), "insults and shouting, sometimes: 4");
        assert!(concerning(&[0, 2, 0, 2, 1, 0]), "with some control: 5");
        assert!(concerning(&[0, 3, 0, 0, 2, 0]));
    }
}
