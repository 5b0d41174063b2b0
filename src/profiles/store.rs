//! Profiles' SQL: the profile, its verification, licence-expiry notices, and the photo.

use super::model::{PhotoMeta, Profile, Status, Stored};
use super::photo::Photo;
use crate::db::Db;
use crate::db::Write as _;
use crate::db::read::ReadRow;

pub const PROFILE_COLS: &str = "user_id, full_name, title, bio, gender, license_number, licensing_body, jurisdiction,
    license_expires_on, license_expires_at, specialties, approaches, languages, formats, fee_minor, currency,
    time_zone, status, rejection_reason, suspended_at, suspension_reason, submitted_at, verified_at";

pub fn list(raw: String) -> Vec<String> {
    raw.split(',').filter(|s| !s.is_empty()).map(str::to_string).collect()
}

/// One row of `PROFILE_COLS` as a profile; the directory's queries read the same columns.
pub fn stored(r: ReadRow) -> Result<Stored, sqlx::Error> {
    let suspended_at: Option<i64> = r.try_get("suspended_at")?;
    Ok(Stored {
        user_id: r.try_get("user_id")?,
        profile: Profile {
            full_name: r.try_get("full_name")?,
            title: r.try_get("title")?,
            bio: r.try_get("bio")?,
            gender: r.try_get("gender")?,
            license_number: r.try_get("license_number")?,
            licensing_body: r.try_get("licensing_body")?,
            jurisdiction: r.try_get("jurisdiction")?,
            license_expires_on: r.try_get("license_expires_on")?,
            specialties: list(r.try_get("specialties")?),
            approaches: r.try_get("approaches")?,
            languages: list(r.try_get("languages")?),
            formats: list(r.try_get("formats")?),
            fee_minor: r.try_get("fee_minor")?,
            currency: r.try_get("currency")?,
            time_zone: r.try_get("time_zone")?,
        },
        status: Status::parse(&r.try_get::<String, _>("status")?),
        rejection_reason: r.try_get("rejection_reason")?,
        suspended: suspended_at
            .map(|_| r.try_get::<Option<String>, _>("suspension_reason"))
            .transpose()?
            .map(|reason| reason.unwrap_or_default()),
        license_expires_at: r.try_get("license_expires_at")?,
        submitted_at: r.try_get("submitted_at")?,
        verified_at: r.try_get("verified_at")?,
    })
}

pub async fn profile(db: &Db, user_id: &str) -> Result<Option<Stored>, sqlx::Error> {
    db.read_optional(
        &format!("SELECT {PROFILE_COLS} FROM counsellor_profiles WHERE user_id = $1"),
        vec![user_id.into()],
    )
    .await?
    .map(stored)
    .transpose()
}

/// Saves the counsellor's profile with the status it now has.
pub async fn save_profile(
    db: &Db,
    user_id: &str,
    p: &Profile,
    expires_at: i64,
    status: Status,
    now: i64,
) -> Result<(), sqlx::Error> {
    let submitted_at = (status == Status::Submitted).then_some(now);
    sqlx::query(
        "INSERT INTO counsellor_profiles (user_id, full_name, title, bio, gender, license_number, licensing_body,
             jurisdiction, license_expires_on, license_expires_at, specialties, approaches, languages, formats,
             fee_minor, currency, time_zone, search_text, status, submitted_at, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $21)
         ON CONFLICT (user_id) DO UPDATE SET full_name = $2, title = $3, bio = $4, gender = $5, license_number = $6,
             licensing_body = $7, jurisdiction = $8, license_expires_on = $9, license_expires_at = $10,
             specialties = $11, approaches = $12, languages = $13, formats = $14, fee_minor = $15, currency = $16,
             time_zone = $17, search_text = $18, status = $19,
             submitted_at = COALESCE($20, counsellor_profiles.submitted_at),
             rejection_reason = CASE WHEN $19 = 'rejected' THEN counsellor_profiles.rejection_reason ELSE NULL END,
             updated_at = $21",
    )
    .bind(user_id)
    .bind(&p.full_name)
    .bind(&p.title)
    .bind(&p.bio)
    .bind(&p.gender)
    .bind(&p.license_number)
    .bind(&p.licensing_body)
    .bind(&p.jurisdiction)
    .bind(&p.license_expires_on)
    .bind(expires_at)
    .bind(p.specialties.join(","))
    .bind(&p.approaches)
    .bind(p.languages.join(","))
    .bind(p.formats.join(","))
    .bind(p.fee_minor)
    .bind(&p.currency)
    .bind(&p.time_zone)
    .bind(p.search_text())
    .bind(status.as_str())
    .bind(submitted_at)
    .bind(now)
    .write(db)
    .await?;
    Ok(())
}

/// Profiles waiting for a decision, oldest first.
pub async fn queue(db: &Db) -> Result<Vec<Stored>, sqlx::Error> {
    db.read_all(
        &format!("SELECT {PROFILE_COLS} FROM counsellor_profiles WHERE status = 'submitted' ORDER BY submitted_at"),
        vec![],
    )
    .await?
    .into_iter()
    .map(stored)
    .collect()
}

/// Every profile that has been decided on, for the operator's overview.
pub async fn decided(db: &Db) -> Result<Vec<Stored>, sqlx::Error> {
    db.read_all(&format!(
        "SELECT {PROFILE_COLS} FROM counsellor_profiles WHERE status IN ('verified', 'rejected') ORDER BY full_name LIMIT 500"
    ), vec![])
    .await?
    .into_iter()
    .map(stored)
    .collect()
}

/// The operator's decision on a submitted profile; false when it is not waiting for one.
pub async fn decide(
    db: &Db,
    user_id: &str,
    verified: bool,
    reason: Option<&str>,
    admin_id: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let r = sqlx::query(
        "UPDATE counsellor_profiles SET status = $2, rejection_reason = $3,
             verified_at = CASE WHEN $2 = 'verified' THEN $4 ELSE verified_at END,
             verified_by = CASE WHEN $2 = 'verified' THEN $5 ELSE verified_by END, updated_at = $4
         WHERE user_id = $1 AND status = 'submitted'",
    )
    .bind(user_id)
    .bind(if verified { "verified" } else { "rejected" })
    .bind(reason)
    .bind(now)
    .bind(admin_id)
    .write(db)
    .await?;
    Ok(r.rows_affected() > 0)
}

/// Suspends (with a reason) or reinstates a profile; false when there is no such profile.
pub async fn set_suspended(db: &Db, user_id: &str, reason: Option<&str>, now: i64) -> Result<bool, sqlx::Error> {
    let r = sqlx::query(
        "UPDATE counsellor_profiles SET suspended_at = $2, suspension_reason = $3, updated_at = $4 WHERE user_id = $1",
    )
    .bind(user_id)
    .bind(reason.map(|_| now))
    .bind(reason)
    .bind(now)
    .write(db)
    .await?;
    Ok(r.rows_affected() > 0)
}

/// A counsellor to tell that their licence ends soon.
pub struct Expiring {
    pub user_id: String,
    pub email: String,
    pub name: String,
    /// The last valid day, YYYY-MM-DD.
    pub expires_on: String,
}

/// Verified counsellors whose licence ends between `from` and `to` and who have not been
/// told about that expiry date.
pub async fn expiring(db: &Db, from: i64, to: i64) -> Result<Vec<Expiring>, sqlx::Error> {
    db.read_all(
        "SELECT p.user_id, u.email, u.display_name, p.license_expires_on FROM counsellor_profiles p
         JOIN users u ON u.id = p.user_id
         WHERE p.status = 'verified' AND p.license_expires_at > $1 AND p.license_expires_at <= $2
           AND (p.expiry_notice_for IS NULL OR p.expiry_notice_for <> p.license_expires_on)",
        vec![from.into(), to.into()],
    )
    .await?
    .into_iter()
    .map(|r| {
        Ok(Expiring {
            user_id: r.try_get("user_id")?,
            email: r.try_get("email")?,
            name: r.try_get("display_name")?,
            expires_on: r.try_get("license_expires_on")?,
        })
    })
    .collect()
}

/// Records the notice for this expiry date; true for exactly one caller.
/// Marks the notice for this expiry date as sent and queues it, in one transaction.
pub async fn mark_expiry_notice(
    db: &Db,
    user_id: &str,
    expires_on: &str,
    mail: &[crate::mail::Prepared],
    now: i64,
) -> Result<bool, sqlx::Error> {
    let claim = sqlx::query(
        "UPDATE counsellor_profiles SET expiry_notice_for = $2
         WHERE user_id = $1 AND license_expires_on = $2 AND (expiry_notice_for IS NULL OR expiry_notice_for <> $2)",
    )
    .bind(user_id)
    .bind(expires_on);
    crate::mail::claim_with(db, claim, mail, now).await
}

pub async fn save_photo(db: &Db, user_id: &str, p: &Photo, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO counsellor_photos (user_id, jpeg, width, height, updated_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (user_id) DO UPDATE SET jpeg = $2, width = $3, height = $4, updated_at = $5",
    )
    .bind(user_id)
    .bind(&p.jpeg)
    .bind(i64::from(p.width))
    .bind(i64::from(p.height))
    .bind(now)
    .write(db)
    .await?;
    Ok(())
}

/// The photo's JPEG bytes and when it changed.
pub async fn photo(db: &Db, user_id: &str) -> Result<Option<(Vec<u8>, i64)>, sqlx::Error> {
    db.read_optional("SELECT jpeg, updated_at FROM counsellor_photos WHERE user_id = $1", vec![user_id.into()])
        .await?
        .map(|r| Ok((r.try_get("jpeg")?, r.try_get("updated_at")?)))
        .transpose()
}

/// The photo's size and version (its update time), for the page that shows it.
pub async fn photo_meta(db: &Db, user_id: &str) -> Result<Option<PhotoMeta>, sqlx::Error> {
    db.read_optional("SELECT width, height, updated_at FROM counsellor_photos WHERE user_id = $1", vec![user_id.into()])
        .await?
        .map(|r| {
            Ok(PhotoMeta {
                user_id: user_id.to_string(),
                width: r.try_get("width")?,
                height: r.try_get("height")?,
                version: r.try_get("updated_at")?,
            })
        })
        .transpose()
}

/// A counsellor's photo and profile, deleted with their account.
pub const MEMBER_ROWS: &[&str] =
    &["DELETE FROM counsellor_photos WHERE user_id = $1", "DELETE FROM counsellor_profiles WHERE user_id = $1"];

/// Deletes what a member owns here, inside account deletion's transaction.
pub async fn delete_member(tx: &mut crate::db::Tx, user_id: &str) -> Result<(), sqlx::Error> {
    crate::db::delete_for(tx, MEMBER_ROWS, user_id).await
}
