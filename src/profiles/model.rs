//! Counsellor profiles: the fixed vocabularies (specialties, formats, genders), parsing a
//! submitted profile into checked values, and when a profile may be listed.

use jiff::civil::Date;

/// (key, label): what counsellors choose from and members filter by.
pub const SPECIALTIES: [(&str, &str); 10] = [
    ("trust", "Trust and infidelity"),
    ("communication", "Communication"),
    ("conflict", "Conflict and arguments"),
    ("intimacy", "Intimacy and sex"),
    ("separation", "Separation and co-parenting"),
    ("anxiety", "Anxiety and worry"),
    ("grief", "Grief and loss"),
    ("family", "Family and in-laws"),
    ("intercultural", "Intercultural relationships"),
    ("lgbtq", "LGBTQ+ relationships"),
];

pub const FORMATS: [(&str, &str); 4] =
    [("video", "Video"), ("phone", "Phone"), ("chat", "Chat"), ("in_person", "In person")];

pub const GENDERS: [(&str, &str); 4] =
    [("", "Prefer not to say"), ("woman", "Woman"), ("man", "Man"), ("nonbinary", "Non-binary")];

pub const CURRENCIES: [&str; 6] = ["INR", "USD", "EUR", "GBP", "AUD", "CAD"];

pub fn label_of(list: &[(&'static str, &'static str)], key: &str) -> Option<&'static str> {
    list.iter().find(|(k, _)| *k == key).map(|(_, l)| *l)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Draft,
    Submitted,
    Verified,
    Rejected,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Submitted => "submitted",
            Status::Verified => "verified",
            Status::Rejected => "rejected",
        }
    }

    pub fn parse(s: &str) -> Status {
        match s {
            "submitted" => Status::Submitted,
            "verified" => Status::Verified,
            "rejected" => Status::Rejected,
            _ => Status::Draft,
        }
    }
}

/// A profile as the counsellor fills it in, checked.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Profile {
    pub full_name: String,
    pub title: String,
    pub bio: String,
    pub gender: String,
    pub license_number: String,
    pub licensing_body: String,
    pub jurisdiction: String,
    /// The last day the licence is valid, YYYY-MM-DD.
    pub license_expires_on: String,
    pub specialties: Vec<String>,
    pub approaches: String,
    pub languages: Vec<String>,
    pub formats: Vec<String>,
    /// Fee per session in minor units (paise, cents).
    pub fee_minor: i64,
    pub currency: String,
    pub time_zone: String,
}

impl Profile {
    /// Whether anything a verifier checked has changed: then the profile needs checking again.
    pub fn license_differs(&self, other: &Profile) -> bool {
        (&self.full_name, &self.license_number, &self.licensing_body, &self.jurisdiction, &self.license_expires_on)
            != (
                &other.full_name,
                &other.license_number,
                &other.licensing_body,
                &other.jurisdiction,
                &other.license_expires_on,
            )
    }

    /// Lower-case text the directory's search looks in.
    pub fn search_text(&self) -> String {
        let specialties: Vec<&str> = self.specialties.iter().filter_map(|s| label_of(&SPECIALTIES, s)).collect();
        [
            self.full_name.as_str(),
            &self.title,
            &self.bio,
            &self.approaches,
            &self.jurisdiction,
            &specialties.join(" "),
            &self.languages.join(" "),
        ]
        .join(" ")
        .to_lowercase()
    }
}

/// "1500.00" or "1500" → 150000 minor units; at most 1,000,000 in major units.
pub fn parse_fee(raw: &str) -> Result<i64, &'static str> {
    let raw = raw.trim().replace(',', "");
    let (major, minor) = raw.split_once('.').unwrap_or((&raw, ""));
    let ok_major = !major.is_empty() && major.len() <= 7 && major.chars().all(|c| c.is_ascii_digit());
    let ok_minor = minor.len() <= 2 && minor.chars().all(|c| c.is_ascii_digit());
    if !ok_major || !ok_minor {
        return Err("Give the fee as a number, such as 1500 or 45.50.");
    }
    let major: i64 = major.parse().map_err(|_| "Give the fee as a number, such as 1500 or 45.50.")?;
    let minor: i64 = format!("{minor:0<2}").parse().unwrap_or(0);
    if major > 1_000_000 {
        return Err("That fee looks too high. Check the number.");
    }
    Ok(major * 100 + minor)
}

/// 150000 INR → "₹1,500"; 4550 USD → "USD 45.50": rupees grouped the Indian way.
pub fn format_fee(minor: i64, currency: &str) -> String {
    crate::billing::model::format_money(minor, currency)
}

/// Comma-separated languages, tidied: "english, Hindi ,हिन्दी" → ["English", "Hindi", "हिन्दी"].
pub fn parse_languages(raw: &str) -> Vec<String> {
    let mut out: Vec<String> = vec![];
    for part in raw.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let mut chars = part.chars();
        let tidy: String = chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default();
        if tidy.chars().count() <= 40 && !out.iter().any(|l| l.eq_ignore_ascii_case(&tidy)) {
            out.push(tidy);
        }
    }
    out.truncate(12);
    out
}

/// A licence expiry date; it must be in the future when the profile is submitted.
pub fn parse_expiry(raw: &str, today: Date) -> Result<Date, String> {
    let d =
        Date::strptime("%Y-%m-%d", raw.trim()).map_err(|_| "Give the expiry date, such as 2027-03-31.".to_string())?;
    if d < today {
        return Err("This licence has expired. Only a current licence can be verified.".into());
    }
    // Licences are renewed every few years; a date decades away is a slip.
    crate::pages::parse_form_date(raw, today, crate::pages::years_after(today, 10))
}

/// Listed and bookable: verified, not suspended, licence not expired.
pub fn is_listed(status: Status, suspended: bool, expires_at: i64, now: i64) -> bool {
    status == Status::Verified && !suspended && now < expires_at
}

/// A profile with where it stands.
#[derive(Clone, Debug)]
pub struct Stored {
    pub user_id: String,
    pub profile: Profile,
    pub status: Status,
    pub rejection_reason: Option<String>,
    pub suspended: Option<String>,
    pub license_expires_at: i64,
    pub submitted_at: Option<i64>,
    pub verified_at: Option<i64>,
}

impl Stored {
    /// Listed and bookable now.
    pub fn is_listed(&self, now: i64) -> bool {
        is_listed(self.status, self.suspended.is_some(), self.license_expires_at, now)
    }
}

/// A counsellor's photo as a page shows it: its size, and its version (when it changed), so
/// its address can be cached for long.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhotoMeta {
    pub user_id: String,
    pub width: i64,
    pub height: i64,
    pub version: i64,
}

impl PhotoMeta {
    pub fn src(&self) -> String {
        format!("/counsellors/{}/photo?v={}", self.user_id, self.version)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fees_parse_into_minor_units_and_format_back() {
        assert_eq!(parse_fee("1500"), Ok(150_000));
        assert_eq!(parse_fee("1,500"), Ok(150_000));
        assert_eq!(parse_fee("45.5"), Ok(4_550));
        assert_eq!(parse_fee(" 45.50 "), Ok(4_550));
        assert!(parse_fee("").is_err() && parse_fee("12.345").is_err() && parse_fee("-3").is_err());
        assert!(parse_fee("abc").is_err() && parse_fee("2000000").is_err());
        assert_eq!(format_fee(150_000, "INR"), "₹1,500");
        assert_eq!(format_fee(4_550, "USD"), "USD 45.50");
        assert_eq!(format_fee(123_456_700, "INR"), "₹12,34,567");
    }

    #[test]
    fn languages_are_tidied_and_deduplicated() {
        assert_eq!(parse_languages("english, Hindi ,, English,हिन्दी"), vec!["English", "Hindi", "हिन्दी"]);
        assert!(parse_languages("  ").is_empty());
    }

    #[test]
    fn an_expired_licence_cannot_be_submitted_and_listing_needs_all_three() {
        let today = Date::new(2026, 11, 25).unwrap();
        assert!(parse_expiry("2026-11-24", today).is_err());
        assert_eq!(parse_expiry("2026-11-25", today), Ok(today));
        assert!(parse_expiry("25/11/2027", today).is_err());
        assert!(parse_expiry("9999-12-31", today).unwrap_err().contains("between"), "far off is a slip");
        assert!(is_listed(Status::Verified, false, 200, 100));
        assert!(!is_listed(Status::Verified, false, 100, 100), "expired at that moment");
        assert!(!is_listed(Status::Verified, true, 200, 100));
        assert!(!is_listed(Status::Submitted, false, 200, 100));
    }

    #[test]
    fn changing_licence_details_needs_a_new_check_but_the_bio_does_not() {
        let a = Profile { license_number: "RCI-1".into(), bio: "Hello".into(), ..Profile::default() };
        let mut b = a.clone();
        b.bio = "Hello again".into();
        assert!(!a.license_differs(&b));
        b.license_number = "RCI-2".into();
        assert!(a.license_differs(&b));
    }
}
