//! Views of profiles: the form, the card every list shows, the practice page, and the
//! operator's queue.

use askama::Template;
use serde::Deserialize;

use super::model::Stored;
use super::model::{self, FORMATS, SPECIALTIES, Status};
use crate::bookings::views::BookingLine;
use crate::web::{FormErrors, Layout};

/// The profile form as sent: every field kept as typed, so a re-rendered form loses nothing.
#[derive(Default, Debug, Clone)]
pub struct ProfileForm {
    pub full_name: String,
    pub title: String,
    pub bio: String,
    pub gender: String,
    pub license_number: String,
    pub licensing_body: String,
    pub jurisdiction: String,
    pub license_expires_on: String,
    pub specialties: Vec<String>,
    pub approaches: String,
    pub languages: String,
    pub formats: Vec<String>,
    pub fee: String,
    pub currency: String,
    pub time_zone: String,
    /// "submit" to send for verification; anything else saves a draft.
    pub action: String,
}

impl ProfileForm {
    /// Reads the submitted pairs; checkboxes repeat their name once per ticked box.
    pub fn from_pairs(pairs: Vec<(String, String)>) -> ProfileForm {
        let mut f = ProfileForm::default();
        for (k, v) in pairs {
            match k.as_str() {
                "full_name" => f.full_name = v,
                "title" => f.title = v,
                "bio" => f.bio = v,
                "gender" => f.gender = v,
                "license_number" => f.license_number = v,
                "licensing_body" => f.licensing_body = v,
                "jurisdiction" => f.jurisdiction = v,
                "license_expires_on" => f.license_expires_on = v,
                "specialties" => f.specialties.push(v),
                "approaches" => f.approaches = v,
                "languages" => f.languages = v,
                "formats" => f.formats.push(v),
                "fee" => f.fee = v,
                "currency" => f.currency = v,
                "time_zone" => f.time_zone = v,
                "action" => f.action = v,
                _ => {}
            }
        }
        f
    }

    pub fn from_stored(s: &Stored) -> ProfileForm {
        let p = &s.profile;
        ProfileForm {
            full_name: p.full_name.clone(),
            title: p.title.clone(),
            bio: p.bio.clone(),
            gender: p.gender.clone(),
            license_number: p.license_number.clone(),
            licensing_body: p.licensing_body.clone(),
            jurisdiction: p.jurisdiction.clone(),
            license_expires_on: p.license_expires_on.clone(),
            specialties: p.specialties.clone(),
            approaches: p.approaches.clone(),
            languages: p.languages.join(", "),
            formats: p.formats.clone(),
            fee: format!("{}.{:02}", p.fee_minor / 100, p.fee_minor % 100).trim_end_matches(".00").to_string(),
            currency: p.currency.clone(),
            time_zone: p.time_zone.clone(),
            action: String::new(),
        }
    }

    pub fn has_specialty(&self, key: &&str) -> bool {
        self.specialties.iter().any(|s| s == key)
    }

    pub fn has_format(&self, key: &&str) -> bool {
        self.formats.iter().any(|s| s == key)
    }
}

#[derive(Template)]
#[template(path = "profiles/profile_form.html")]
pub struct ProfilePage {
    pub l: Layout,
    pub form: ProfileForm,
    pub errors: FormErrors,
    pub status: Option<Status>,
    pub rejection_reason: Option<String>,
    /// The fixed lists' (key, label), labelled in the reader's language.
    pub specialties: Vec<(&'static str, String)>,
    pub formats: Vec<(&'static str, String)>,
    pub genders: Vec<(&'static str, String)>,
    pub currencies: Vec<(&'static str, String)>,
    pub photo: Option<crate::profiles::model::PhotoMeta>,
}

impl ProfilePage {
    pub fn verified(&self) -> bool {
        self.status == Some(Status::Verified)
    }
}

/// A profile as a card or page shows it.
pub struct Card {
    pub id: String,
    pub name: String,
    pub title: String,
    pub bio: String,
    pub specialties: Vec<&'static str>,
    /// The same as their messages' keys, for pages in the reader's language.
    pub specialty_keys: Vec<String>,
    pub approaches: String,
    pub languages: String,
    pub formats: Vec<&'static str>,
    pub format_keys: Vec<String>,
    pub fee: String,
    pub licence: String,
    pub time_zone: String,
    /// The first free time, in the viewer's zone, where it was looked up.
    pub next_free: Option<String>,
}

impl Card {
    pub fn from(s: &Stored) -> Card {
        let p = &s.profile;
        Card {
            id: s.user_id.clone(),
            name: p.full_name.clone(),
            title: p.title.clone(),
            bio: p.bio.clone(),
            specialties: p.specialties.iter().filter_map(|k| model::label_of(&SPECIALTIES, k)).collect(),
            specialty_keys: p.specialties.iter().map(|k| crate::directory::model::specialty_key(k)).collect(),
            approaches: p.approaches.clone(),
            languages: p.languages.join(", "),
            formats: p.formats.iter().filter_map(|k| model::label_of(&FORMATS, k)).collect(),
            format_keys: p.formats.iter().map(|k| crate::directory::model::format_key(k)).collect(),
            fee: model::format_fee(p.fee_minor, &p.currency),
            licence: format!(
                "{}, licence {} ({}), valid until {}",
                p.licensing_body, p.license_number, p.jurisdiction, p.license_expires_on
            ),
            time_zone: p.time_zone.clone(),
            next_free: None,
        }
    }

    /// The first paragraph of the bio, for the directory.
    pub fn summary(&self) -> &str {
        self.bio.split("\n\n").next().unwrap_or("")
    }
}

#[derive(Template)]
#[template(path = "profiles/practice.html")]
pub struct PracticePage {
    pub l: Layout,
    pub status: Option<Status>,
    pub rejection_reason: Option<String>,
    pub suspended: Option<String>,
    pub listed: bool,
    pub card: Option<Card>,
    pub upcoming: Vec<BookingLine>,
    /// Clients to look at, from their own session feedback: (who, link, why).
    pub attention: Vec<(String, String, String)>,
}

#[derive(Template)]
#[template(path = "admin/counsellors.html")]
pub struct AdminQueuePage {
    pub l: Layout,
    pub queue: Vec<(Card, String)>,
    pub decided: Vec<(Card, &'static str, Option<String>)>,
}

#[derive(Template)]
#[template(path = "admin/counsellor.html")]
pub struct AdminReviewPage {
    pub l: Layout,
    pub card: Card,
    pub status: Status,
    pub suspended: Option<String>,
    pub errors: FormErrors,
    pub reason: String,
}

#[derive(Deserialize, Default, Debug, Clone)]
#[serde(default)]
pub struct ReasonForm {
    pub reason: String,
}

#[derive(Template)]
#[template(path = "profiles/mail/licence_expiry.txt")]
pub struct LicenceExpiryLetter<'a> {
    pub v: &'a crate::mail::Voice,
    pub name: &'a str,
    pub expires_on: &'a str,
    pub link: &'a str,
}
