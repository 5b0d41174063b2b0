//! Licence expiry: a counsellor is told once per expiry date, 30 days ahead, that their
//! licence runs out; at expiry the directory stops listing them by itself.

use askama::Template;

use super::store::Expiring;
use super::views::LicenceExpiryLetter;
use crate::app::AppState;
use crate::mail::{self, Subject};

/// Tells counsellors, once per expiry date, when their licence runs out within 30 days; at
/// expiry the directory stops listing them by itself. Returns how many were told.
pub async fn licence_expiry_notices(state: &AppState) -> anyhow::Result<usize> {
    let now = state.clock.now_ms();
    let mut told = 0;
    for Expiring { user_id, email, name, expires_on } in
        super::store::expiring(&state.db, now, now + 30 * crate::clock::DAY).await?
    {
        let link = format!("{}/practice/profile", state.config.base_url());
        let letter = |v: &mail::Voice| {
            // The last day as the recipient reads dates (English keeps the day as it was entered).
            let day = match (v.lang, expires_on.parse::<jiff::civil::Date>()) {
                (crate::i18n::Lang::En, _) | (_, Err(_)) => expires_on.clone(),
                (lang, Ok(d)) => crate::i18n::dates::date(lang, d),
            };
            LicenceExpiryLetter { v, name: &name, expires_on: &day, link: &link }.render()
        };
        let m = mail::prepare(state, &email, Subject::AboutProfile, letter, None).await?;
        if super::store::mark_expiry_notice(&state.db, &user_id, &expires_on, &[m], now).await? {
            mail::wake(state);
            told += 1;
        }
    }
    Ok(told)
}
