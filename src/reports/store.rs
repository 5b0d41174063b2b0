//! Reports' SQL. What the reporter attached and their note are sealed under the service's
//! reports key: the operator's queue opens them, nothing else does. A report never refers
//! to a thread or a message, so nothing can lead from it to the rest of a conversation.

use super::model::{Decision, Kind};
use crate::crypto::Crypto;
use crate::crypto::store::{data_key, existing_key};
use crate::db::Write as _;
use crate::db::{Db, Tx, new_id};

const KEY_OWNER: &str = "system:reports";

/// A report as the reporter makes it.
pub struct NewReport<'a> {
    pub reporter_id: &'a str,
    pub kind: Kind,
    pub target_user_id: Option<&'a str>,
    pub target_ref: Option<&'a str>,
    pub reason: &'a str,
    pub attached: Option<&'a str>,
    pub note: Option<&'a str>,
    pub about_partner: bool,
}

pub async fn create(db: &Db, crypto: &Crypto, r: &NewReport<'_>, now: i64) -> anyhow::Result<String> {
    let id = new_id();
    let key = data_key(db, crypto, KEY_OWNER, now).await?;
    let attached = r.attached.map(|t| key.seal_text(&format!("{id}:attached"), t));
    let note = r.note.map(|t| key.seal_text(&format!("{id}:note"), t));
    sqlx::query(
        "INSERT INTO reports (id, reporter_id, kind, target_user_id, target_ref, reason, attached, note, about_partner, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(&id)
    .bind(r.reporter_id)
    .bind(r.kind.as_str())
    .bind(r.target_user_id)
    .bind(r.target_ref)
    .bind(r.reason)
    .bind(attached)
    .bind(note)
    .bind(i64::from(r.about_partner))
    .bind(now)
    .write(db)
    .await?;
    Ok(id)
}

/// One of the reporter's own reports, as their list shows it: never the attached text.
pub struct Mine {
    pub kind: Kind,
    pub reason: String,
    pub created_at: i64,
    pub decision: Option<String>,
    pub decided_at: Option<i64>,
}

pub async fn mine(db: &Db, reporter_id: &str) -> Result<Vec<Mine>, sqlx::Error> {
    db.read_all(
        "SELECT kind, reason, created_at, decision, decided_at FROM reports WHERE reporter_id = $1
         ORDER BY created_at DESC LIMIT 50",
        vec![reporter_id.into()],
    )
    .await?
    .into_iter()
    .map(|r| {
        Ok(Mine {
            kind: Kind::parse(&r.try_get::<String, _>("kind")?),
            reason: r.try_get("reason")?,
            created_at: r.try_get("created_at")?,
            decision: r.try_get("decision")?,
            decided_at: r.try_get("decided_at")?,
        })
    })
    .collect()
}

/// A report as the operator sees it: the reason, the note and the attached text (opened),
/// the kind of account it is about and, for a counsellor, their public name; for a guide,
/// its public address.
pub struct ForOperator {
    pub id: String,
    pub kind: Kind,
    pub reason: String,
    pub attached: Option<String>,
    pub note: Option<String>,
    pub about_partner: bool,
    pub created_at: i64,
    pub target_user_id: Option<String>,
    /// The reported account's role, if the report is about an account.
    pub target_role: Option<String>,
    /// A counsellor's professional name (public on their profile), whatever was reported of
    /// theirs; a member is never named.
    pub counsellor_name: Option<String>,
    pub guide_slug: Option<String>,
    pub decision: Option<String>,
    pub decision_reason: Option<String>,
    /// Earlier reports about the same account that led to action.
    pub acted_before: i64,
}

const OPERATOR_COLS: &str = "r.id, r.kind, r.reason, r.attached, r.note, r.about_partner, r.created_at,
    r.target_user_id, u.role, p.full_name, a.slug, r.decision, r.decision_reason,
    (SELECT COUNT(*) FROM reports o WHERE o.target_user_id = r.target_user_id AND o.id <> r.id
        AND o.decision IS NOT NULL AND o.decision <> 'dismissed') AS acted_before
    FROM reports r LEFT JOIN users u ON u.id = r.target_user_id
    LEFT JOIN counsellor_profiles p ON p.user_id = r.target_user_id
    LEFT JOIN articles a ON a.id = r.target_ref AND r.kind = 'guide'";

async fn for_operator(
    db: &Db,
    crypto: &Crypto,
    rows: Vec<crate::db::read::ReadRow>,
) -> anyhow::Result<Vec<ForOperator>> {
    let key = existing_key(db, crypto, KEY_OWNER).await?;
    let mut out = vec![];
    for r in rows {
        let id: String = r.try_get("id")?;
        let open = |col: &str, sealed: Option<Vec<u8>>| -> anyhow::Result<Option<String>> {
            match (sealed, &key) {
                (Some(s), Some(k)) => Ok(Some(k.open_text(&format!("{id}:{col}"), &s)?)),
                _ => Ok(None),
            }
        };
        out.push(ForOperator {
            attached: open("attached", r.try_get("attached")?)?,
            note: open("note", r.try_get("note")?)?,
            kind: Kind::parse(&r.try_get::<String, _>("kind")?),
            reason: r.try_get("reason")?,
            about_partner: r.try_get::<i64, _>("about_partner")? != 0,
            created_at: r.try_get("created_at")?,
            target_user_id: r.try_get("target_user_id")?,
            target_role: r.try_get("role")?,
            counsellor_name: r.try_get("full_name")?,
            guide_slug: r.try_get("slug")?,
            decision: r.try_get("decision")?,
            decision_reason: r.try_get("decision_reason")?,
            acted_before: r.try_get("acted_before")?,
            id,
        });
    }
    Ok(out)
}

/// The open queue, oldest first; reports made by a partner about a partner (where safety may
/// be at stake) are not singled out, so a queue seen over a shoulder says nothing.
pub async fn open(db: &Db, crypto: &Crypto) -> anyhow::Result<Vec<ForOperator>> {
    let rows = db
        .read_all(&format!("SELECT {OPERATOR_COLS} WHERE r.decision IS NULL ORDER BY r.created_at LIMIT 200"), vec![])
        .await?;
    for_operator(db, crypto, rows).await
}

/// Decided reports, newest first.
pub async fn decided(db: &Db, crypto: &Crypto) -> anyhow::Result<Vec<ForOperator>> {
    let rows = db
        .read_all(
            &format!("SELECT {OPERATOR_COLS} WHERE r.decision IS NOT NULL ORDER BY r.decided_at DESC LIMIT 50"),
            vec![],
        )
        .await?;
    for_operator(db, crypto, rows).await
}

pub async fn one(db: &Db, crypto: &Crypto, id: &str) -> anyhow::Result<Option<ForOperator>> {
    let rows = db.read_all(&format!("SELECT {OPERATOR_COLS} WHERE r.id = $1"), vec![id.into()]).await?;
    Ok(for_operator(db, crypto, rows).await?.pop())
}

/// The reporter of a report: where the outcome goes.
pub async fn reporter(db: &Db, id: &str) -> Result<Option<(String, String)>, sqlx::Error> {
    db.read_optional(
        "SELECT u.id, u.email FROM reports r JOIN users u ON u.id = r.reporter_id WHERE r.id = $1 AND u.deleted_at IS NULL",
        vec![id.into()],
    )
    .await?
    .map(|r| Ok((r.try_get("id")?, r.try_get("email")?)))
    .transpose()
}

/// Records the decision, once: the audit entry and the mail (the reporter's outcome, a
/// warning) in the same transaction. False when it was decided already.
pub async fn decide(
    db: &Db,
    id: &str,
    (operator_id, decision, reason): (&str, Decision, &str),
    mail: &[crate::mail::Prepared],
    now: i64,
) -> Result<bool, sqlx::Error> {
    let mut tx: Tx = db.begin_write().await?;
    let r = sqlx::query(
        "UPDATE reports SET decision = $2, decision_reason = $3, decided_by = $4, decided_at = $5
         WHERE id = $1 AND decision IS NULL",
    )
    .bind(id)
    .bind(decision.as_str())
    .bind(reason)
    .bind(operator_id)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    if r.rows_affected() != 1 {
        return Ok(false);
    }
    crate::audit::append_in(db, &mut tx, operator_id, &format!("report-{}", decision.as_str()), id, now).await?;
    crate::mail::queue_in(&mut tx, mail, now).await?;
    tx.commit().await?;
    Ok(true)
}

pub async fn count_open(db: &Db) -> Result<i64, sqlx::Error> {
    db.read_one("SELECT COUNT(*) AS n FROM reports WHERE decision IS NULL", vec![]).await?.try_get("n")
}

/// The reports a member made go with their account. Reports about them stay (see the
/// deletion test's KEPT list): the reporter's outcome and the service's record of a decision.
pub const MEMBER_ROWS: &[&str] = &["DELETE FROM reports WHERE reporter_id = $1"];
