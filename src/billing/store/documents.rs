//! Invoices and credit notes: issued inside the transactions of the bookings and
//! cancellations they belong to, numbered without gaps; who may see each; payment state;
//! reminders of unpaid ones.

use crate::billing::model::{self, DocKind};
use crate::db::Write as _;
use crate::db::{Db, Tx, new_id};

/// An invoice made ready before the booking's transaction, from what the booking will be.
#[derive(Clone, Debug)]
pub struct Draft {
    pub counsellor_id: String,
    pub client_id: String,
    pub what: &'static str,
    pub currency: String,
    pub net: i64,
    pub tax: Option<(String, i64, String)>,
    pub counsellor_name: String,
    pub licence: String,
    pub client_name: String,
    /// The counsellor's zone: the financial year is theirs.
    pub zone: String,
    pub session_at: i64,
}

/// Raises the series' counter inside the transaction and returns the next number. Both
/// engines hold the counter row until the transaction ends, so concurrent issues queue up
/// and a rolled-back one gives its number back: no gaps, no repeats.
async fn next_number(tx: &mut Tx, counsellor_id: &str, series: &str) -> Result<String, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(
        "INSERT INTO invoice_counters (counsellor_id, series, last) VALUES ($1, $2, 1)
         ON CONFLICT (counsellor_id, series) DO UPDATE SET last = invoice_counters.last + 1
         RETURNING last",
    )
    .bind(counsellor_id)
    .bind(series)
    .fetch_one(&mut **tx)
    .await?;
    Ok(model::number(series, n))
}

/// Issues the invoice for `booking_id` inside its booking's transaction.
pub async fn issue_in(tx: &mut Tx, d: &Draft, booking_id: &str, now: i64) -> Result<String, sqlx::Error> {
    let year = model::financial_year(now, &d.zone);
    let number = next_number(tx, &d.counsellor_id, &DocKind::Invoice.series(&year)).await?;
    let tax = d.tax.as_ref().map_or(0, |(_, rate, _)| model::tax_of(d.net, *rate));
    insert(tx, d, (booking_id, DocKind::Invoice, None, d.what), (d.net, tax), &number, now).await?;
    Ok(number)
}

async fn insert(
    tx: &mut Tx,
    d: &Draft,
    (booking_id, kind, credits, what): (&str, DocKind, Option<&str>, &str),
    (net, tax): (i64, i64),
    number: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    let (label, rate, tax_number) = match &d.tax {
        Some((l, r, n)) => (Some(l.as_str()), Some(*r), Some(n.as_str())),
        None => (None, None, None),
    };
    sqlx::query(
        "INSERT INTO invoices (id, counsellor_id, client_id, booking_id, kind, number, credits, what, issued_at,
             session_at, currency, net_minor, tax_minor, total_minor, tax_label, tax_rate_bp, tax_number,
             counsellor_name, licence, client_name)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)",
    )
    .bind(new_id())
    .bind(&d.counsellor_id)
    .bind(&d.client_id)
    .bind(booking_id)
    .bind(kind.as_str())
    .bind(number)
    .bind(credits)
    .bind(what)
    .bind(now)
    .bind(d.session_at)
    .bind(&d.currency)
    .bind(net)
    .bind(tax)
    .bind(net + tax)
    .bind(label)
    .bind(rate)
    .bind(tax_number)
    .bind(&d.counsellor_name)
    .bind(&d.licence)
    .bind(&d.client_name)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Inside a cancellation's transaction: a credit note for the booking's invoice, if it has
/// one not credited yet. A free cancellation credits all of it; a late one all but the
/// counsellor's late fee (with its tax), so what stays owed is the late fee.
pub async fn credit_in(tx: &mut Tx, booking_id: &str, late: bool, now: i64) -> Result<(), sqlx::Error> {
    let Some(r) = sqlx::query(
        "SELECT i.id, i.counsellor_id, i.client_id, i.currency, i.net_minor, i.tax_minor, i.tax_label, i.tax_rate_bp,
                i.tax_number, i.counsellor_name, i.licence, i.client_name, i.session_at, p.time_zone,
                COALESCE(f.late_fee_minor, 0) AS late_fee
           FROM invoices i JOIN counsellor_profiles p ON p.user_id = i.counsellor_id
           LEFT JOIN counsellor_fees f ON f.user_id = i.counsellor_id
          WHERE i.booking_id = $1 AND i.kind = 'invoice'
            AND NOT EXISTS (SELECT 1 FROM invoices c WHERE c.credits = i.id)",
    )
    .bind(booking_id)
    .fetch_optional(&mut **tx)
    .await?
    else {
        return Ok(());
    };
    use sqlx::Row;
    let (net, tax): (i64, i64) = (r.try_get("net_minor")?, r.try_get("tax_minor")?);
    let rate: Option<i64> = r.try_get("tax_rate_bp")?;
    let tax_label: Option<String> = r.try_get("tax_label")?;
    let d = Draft {
        counsellor_id: r.try_get("counsellor_id")?,
        client_id: r.try_get("client_id")?,
        what: "individual",
        currency: r.try_get("currency")?,
        net,
        tax: tax_label.map(|l| {
            (l, rate.unwrap_or(0), r.try_get::<Option<String>, _>("tax_number").ok().flatten().unwrap_or_default())
        }),
        counsellor_name: r.try_get("counsellor_name")?,
        licence: r.try_get("licence")?,
        client_name: r.try_get("client_name")?,
        zone: r.try_get("time_zone")?,
        session_at: r.try_get("session_at")?,
    };
    let kept_net = if late { r.try_get::<i64, _>("late_fee")?.min(net) } else { 0 };
    let kept_tax = model::tax_of(kept_net, rate.unwrap_or(0)).min(tax);
    let (credit_net, credit_tax) = (net - kept_net, tax - kept_tax);
    let invoice: String = r.try_get("id")?;
    let year = model::financial_year(now, &d.zone);
    let number = next_number(tx, &d.counsellor_id, &DocKind::Credit.series(&year)).await?;
    let what = if late { "late" } else { "individual" };
    insert(tx, &d, (booking_id, DocKind::Credit, Some(&invoice), what), (-credit_net, -credit_tax), &number, now).await
}

/// One invoice or credit note as pages show it.
#[derive(Clone, Debug)]
pub struct Doc {
    pub id: String,
    pub counsellor_id: String,
    pub client_id: String,
    pub booking_id: String,
    pub kind: DocKind,
    pub number: String,
    pub credits: Option<String>,
    pub what: String,
    pub issued_at: i64,
    pub session_at: i64,
    pub currency: String,
    pub net: i64,
    pub tax: i64,
    pub total: i64,
    pub tax_label: Option<String>,
    pub tax_rate_bp: Option<i64>,
    pub tax_number: Option<String>,
    pub counsellor_name: String,
    pub licence: String,
    pub client_name: String,
    pub utr: Option<String>,
    pub paid_at: Option<i64>,
    pub paid_how: Option<String>,
    pub shared: bool,
    /// Whether the booking is a couple session (its partner may be shown it).
    pub space_id: Option<String>,
}

const DOC_COLS: &str =
    "i.id, i.counsellor_id, i.client_id, i.booking_id, i.kind, i.number, i.credits, i.what, i.issued_at,
    i.session_at, i.currency, i.net_minor, i.tax_minor, i.total_minor, i.tax_label, i.tax_rate_bp, i.tax_number,
    i.counsellor_name, i.licence, i.client_name, i.utr, i.paid_at, i.paid_how, i.shared, b.space_id
    FROM invoices i JOIN bookings b ON b.id = i.booking_id";

fn doc(r: crate::db::read::ReadRow) -> Result<Doc, sqlx::Error> {
    Ok(Doc {
        id: r.try_get("id")?,
        counsellor_id: r.try_get("counsellor_id")?,
        client_id: r.try_get("client_id")?,
        booking_id: r.try_get("booking_id")?,
        kind: DocKind::parse(&r.try_get::<String, _>("kind")?),
        number: r.try_get("number")?,
        credits: r.try_get("credits")?,
        what: r.try_get("what")?,
        issued_at: r.try_get("issued_at")?,
        session_at: r.try_get("session_at")?,
        currency: r.try_get("currency")?,
        net: r.try_get("net_minor")?,
        tax: r.try_get("tax_minor")?,
        total: r.try_get("total_minor")?,
        tax_label: r.try_get("tax_label")?,
        tax_rate_bp: r.try_get("tax_rate_bp")?,
        tax_number: r.try_get("tax_number")?,
        counsellor_name: r.try_get("counsellor_name")?,
        licence: r.try_get("licence")?,
        client_name: r.try_get("client_name")?,
        utr: r.try_get("utr")?,
        paid_at: r.try_get("paid_at")?,
        paid_how: r.try_get("paid_how")?,
        shared: r.try_get::<i64, _>("shared")? != 0,
        space_id: r.try_get("space_id")?,
    })
}

/// A document, if `viewer` may see it: its counsellor, its client, or (for a couple
/// session's invoice the booker shared) a partner in that space now.
pub async fn visible(db: &Db, id: &str, viewer: &str) -> Result<Option<Doc>, sqlx::Error> {
    db.read_optional(
        &format!(
            "SELECT {DOC_COLS} WHERE i.id = $1 AND (i.counsellor_id = $2 OR i.client_id = $2
               OR (i.shared = 1 AND b.space_id IS NOT NULL AND EXISTS (SELECT 1 FROM memberships m
                    WHERE m.space_id = b.space_id AND m.user_id = $2 AND m.left_at IS NULL)))"
        ),
        vec![id.into(), viewer.into()],
    )
    .await?
    .map(doc)
    .transpose()
}

/// The documents of one booking, oldest first (the invoice, then any credit note).
pub async fn for_booking(db: &Db, booking_id: &str) -> Result<Vec<Doc>, sqlx::Error> {
    db.read_all(
        &format!("SELECT {DOC_COLS} WHERE i.booking_id = $1 ORDER BY i.issued_at, i.kind DESC"),
        vec![booking_id.into()],
    )
    .await?
    .into_iter()
    .map(doc)
    .collect()
}

/// A counsellor's documents issued in [from, to), by time.
pub async fn of_counsellor(db: &Db, counsellor_id: &str, (from, to): (i64, i64)) -> Result<Vec<Doc>, sqlx::Error> {
    db.read_all(
        &format!("SELECT {DOC_COLS} WHERE i.counsellor_id = $1 AND i.issued_at >= $2 AND i.issued_at < $3 ORDER BY i.issued_at, i.number"),
        vec![counsellor_id.into(), from.into(), to.into()],
    )
    .await?
    .into_iter()
    .map(doc)
    .collect()
}

/// A member's own documents (as the client), newest first.
pub async fn of_client(db: &Db, client_id: &str) -> Result<Vec<Doc>, sqlx::Error> {
    db.read_all(
        &format!("SELECT {DOC_COLS} WHERE i.client_id = $1 ORDER BY i.issued_at DESC LIMIT 200"),
        vec![client_id.into()],
    )
    .await?
    .into_iter()
    .map(doc)
    .collect()
}

/// The client says they paid by UPI with this reference. Only the client, only while unpaid.
pub async fn record_utr(db: &Db, id: &str, client_id: &str, utr: &str, now: i64) -> Result<bool, sqlx::Error> {
    let r = sqlx::query(
        "UPDATE invoices SET utr = $3, utr_at = $4 WHERE id = $1 AND client_id = $2 AND kind = 'invoice' AND paid_at IS NULL",
    )
    .bind(id)
    .bind(client_id)
    .bind(utr)
    .bind(now)
    .write(db)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// The counsellor confirms the money arrived (by UPI, cash or bank transfer): only then is an
/// invoice paid.
pub async fn mark_paid(db: &Db, id: &str, counsellor_id: &str, how: &str, now: i64) -> Result<bool, sqlx::Error> {
    let r = sqlx::query(
        "UPDATE invoices SET paid_at = $3, paid_how = $4
         WHERE id = $1 AND counsellor_id = $2 AND kind = 'invoice' AND paid_at IS NULL",
    )
    .bind(id)
    .bind(counsellor_id)
    .bind(now)
    .bind(how)
    .write(db)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// The booker shares (or stops sharing) a couple session's invoice with their partner.
pub async fn set_shared(db: &Db, id: &str, client_id: &str, shared: bool) -> Result<bool, sqlx::Error> {
    let r = sqlx::query("UPDATE invoices SET shared = $3 WHERE id = $1 AND client_id = $2")
        .bind(id)
        .bind(client_id)
        .bind(i64::from(shared))
        .write(db)
        .await?;
    Ok(r.rows_affected() == 1)
}

/// An unpaid invoice due a reminder: (id, number, counsellor, what is owed, currency, the
/// client's address and name).
pub struct Due {
    pub id: String,
    pub number: String,
    pub counsellor: String,
    pub owed: i64,
    pub currency: String,
    pub email: String,
    pub name: String,
}

/// Invoices unpaid (and with no reference from the client) `after` their issue, not reminded
/// since `since`, fewer than three reminders so far, with something still owed.
pub async fn due_reminders(db: &Db, after: i64, since: i64) -> Result<Vec<Due>, sqlx::Error> {
    db.read_all(
        "SELECT i.id, i.number, i.counsellor_name, i.currency, u.email, u.display_name,
                i.total_minor + CAST(COALESCE((SELECT SUM(c.total_minor) FROM invoices c WHERE c.credits = i.id), 0) AS BIGINT) AS owed
           FROM invoices i JOIN users u ON u.id = i.client_id
          WHERE i.kind = 'invoice' AND i.paid_at IS NULL AND i.utr IS NULL AND i.issued_at < $1
            AND (i.reminded_at IS NULL OR i.reminded_at < $2) AND i.reminders < 3
            AND u.deleted_at IS NULL AND u.disabled_at IS NULL
          ORDER BY i.issued_at LIMIT 200",
        vec![after.into(), since.into()],
    )
    .await?
    .into_iter()
    .map(|r| {
        Ok(Due {
            id: r.try_get("id")?,
            number: r.try_get("number")?,
            counsellor: r.try_get("counsellor_name")?,
            owed: r.try_get("owed")?,
            currency: r.try_get("currency")?,
            email: r.try_get("email")?,
            name: r.try_get("display_name")?,
        })
    })
    .filter(|d: &Result<Due, sqlx::Error>| d.as_ref().map_or(true, |d| d.owed > 0))
    .collect()
}

/// Claims one reminder and queues its mail in the same transaction (several instances send
/// it once).
pub async fn claim_reminder(
    db: &Db,
    id: &str,
    since: i64,
    mail: &[crate::mail::Prepared],
    now: i64,
) -> Result<bool, sqlx::Error> {
    let claim = sqlx::query(
        "UPDATE invoices SET reminded_at = $2, reminders = reminders + 1
         WHERE id = $1 AND paid_at IS NULL AND (reminded_at IS NULL OR reminded_at < $3)",
    )
    .bind(id)
    .bind(now)
    .bind(since);
    crate::mail::claim_with(db, claim, mail, now).await
}
