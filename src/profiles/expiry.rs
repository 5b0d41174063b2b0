//! Licence expiry: a counsellor is told once per expiry date, 30 days ahead, that their
//! licence runs out; at expiry the directory stops listing them by itself.

use super::store::Expiring;
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
        if super::store::mark_expiry_notice(&state.db, &user_id, &expires_on).await? {
            let body = format!(
                "Hello {name},\n\nThe licence on your DilTalks profile is valid until {expires_on}. After that day your \
                 profile is no longer listed and cannot be booked.\n\nOnce it is renewed, update the date on your \
                 profile:\n{}/practice/profile\n",
                state.config.base_url()
            );
            mail::send(state, &email, Subject::AboutProfile, body).await?;
            told += 1;
        }
    }
    Ok(told)
}
