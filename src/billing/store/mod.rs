//! Billing's SQL: the counsellor's fee settings, the client's name as billed, and the
//! operator's counts here; invoices and credit notes in `documents.rs`.

mod documents;

pub use documents::*;

use crate::db::Db;
use crate::db::Write as _;

/// A counsellor's fee settings beyond the profile's fee per session.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fees {
    pub couple_fee_minor: Option<i64>,
    pub late_fee_minor: i64,
    /// (label, rate in basis points, the counsellor's tax number), when they charge tax.
    pub tax: Option<(String, i64, String)>,
    /// (UPI ID, the name payers see), when they take UPI.
    pub upi: Option<(String, String)>,
}

pub async fn fees(db: &Db, user_id: &str) -> Result<Fees, sqlx::Error> {
    let Some(r) = db
        .read_optional(
            "SELECT couple_fee_minor, late_fee_minor, tax_label, tax_rate_bp, tax_number, upi_id, upi_name
             FROM counsellor_fees WHERE user_id = $1",
            vec![user_id.into()],
        )
        .await?
    else {
        return Ok(Fees::default());
    };
    let tax = match (r.try_get::<Option<String>, _>("tax_label")?, r.try_get::<Option<i64>, _>("tax_rate_bp")?) {
        (Some(label), Some(rate)) => {
            Some((label, rate, r.try_get::<Option<String>, _>("tax_number")?.unwrap_or_default()))
        }
        _ => None,
    };
    let upi = match (r.try_get::<Option<String>, _>("upi_id")?, r.try_get::<Option<String>, _>("upi_name")?) {
        (Some(id), Some(name)) => Some((id, name)),
        _ => None,
    };
    Ok(Fees {
        couple_fee_minor: r.try_get("couple_fee_minor")?,
        late_fee_minor: r.try_get("late_fee_minor")?,
        tax,
        upi,
    })
}

pub async fn set_fees(db: &Db, user_id: &str, f: &Fees, now: i64) -> Result<(), sqlx::Error> {
    let (label, rate, number) = match &f.tax {
        Some((l, r, n)) => (Some(l.as_str()), Some(*r), Some(n.as_str())),
        None => (None, None, None),
    };
    let (upi_id, upi_name) = match &f.upi {
        Some((i, n)) => (Some(i.as_str()), Some(n.as_str())),
        None => (None, None),
    };
    sqlx::query(
        "INSERT INTO counsellor_fees (user_id, couple_fee_minor, late_fee_minor, tax_label, tax_rate_bp, tax_number,
             upi_id, upi_name, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (user_id) DO UPDATE SET couple_fee_minor = $2, late_fee_minor = $3, tax_label = $4,
             tax_rate_bp = $5, tax_number = $6, upi_id = $7, upi_name = $8, updated_at = $9",
    )
    .bind(user_id)
    .bind(f.couple_fee_minor)
    .bind(f.late_fee_minor)
    .bind(label)
    .bind(rate)
    .bind(number)
    .bind(upi_id)
    .bind(upi_name)
    .bind(now)
    .write(db)
    .await?;
    Ok(())
}

/// Counts and totals for the operator: never who paid whom for what.
pub async fn totals(db: &Db) -> Result<(i64, i64), sqlx::Error> {
    let r = db
        .read_one(
            "SELECT COUNT(*) AS n, COALESCE(SUM(CASE WHEN paid_at IS NOT NULL THEN 1 ELSE 0 END), 0) AS paid
             FROM invoices WHERE kind = 'invoice'",
            vec![],
        )
        .await?;
    Ok((r.try_get("n")?, r.try_get("paid")?))
}

/// Invoices stay with both accounts: they are the counsellor's tax records (see the deletion
/// test's KEPT list). Nothing else here is a member's.
pub const MEMBER_ROWS: &[&str] = &["DELETE FROM counsellor_fees WHERE user_id = $1"];

/// The client's name on an invoice: the booker's, and for a couple session their partner's
/// too, as each chose to be called ("Asha and Ravi").
pub async fn client_names(db: &Db, booked_by: &str, space_id: Option<&str>) -> Result<Vec<String>, sqlx::Error> {
    let mut names: Vec<String> = vec![
        db.read_one("SELECT display_name FROM users WHERE id = $1", vec![booked_by.into()])
            .await?
            .try_get("display_name")?,
    ];
    if let Some(space) = space_id {
        for r in db
            .read_all(
                "SELECT u.display_name FROM memberships m JOIN users u ON u.id = m.user_id
                 WHERE m.space_id = $1 AND m.left_at IS NULL AND m.user_id <> $2 ORDER BY u.display_name",
                vec![space.into(), booked_by.into()],
            )
            .await?
        {
            names.push(r.try_get("display_name")?);
        }
    }
    Ok(names)
}
