//! Informed consent's SQL: documents by version, signatures, and the counsellor's decision
//! to go ahead without one.

use super::model::{Document, Signature, Standing, body_hash};
use crate::db::Write as _;
use crate::db::read::ReadRow;
use crate::db::{Db, new_id};

fn document(r: &ReadRow) -> Result<Document, sqlx::Error> {
    Ok(Document {
        id: r.try_get("id")?,
        counsellor_id: r.try_get("counsellor_id")?,
        version: r.try_get("version")?,
        body: r.try_get("body")?,
        body_hash: r.try_get("body_hash")?,
        created_at: r.try_get("created_at")?,
    })
}

/// The counsellor's current (newest) version.
pub async fn current(db: &Db, counsellor_id: &str) -> Result<Option<Document>, sqlx::Error> {
    db.read_optional(
        "SELECT id, counsellor_id, version, body, body_hash, created_at FROM consent_documents
         WHERE counsellor_id = $1 ORDER BY version DESC LIMIT 1",
        vec![counsellor_id.into()],
    )
    .await?
    .as_ref()
    .map(document)
    .transpose()
}

/// Every version, newest first, as (version, published at).
pub async fn versions(db: &Db, counsellor_id: &str) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    db.read_all(
        "SELECT version, created_at FROM consent_documents WHERE counsellor_id = $1 ORDER BY version DESC",
        vec![counsellor_id.into()],
    )
    .await?
    .into_iter()
    .map(|r| Ok((r.try_get("version")?, r.try_get("created_at")?)))
    .collect()
}

/// Publishes `body` as the next version, unless it is the current text already; the version
/// number it has. Never edits a version: what someone signed stays as they signed it.
pub async fn publish(db: &Db, counsellor_id: &str, body: &str, now: i64) -> Result<(i64, bool), sqlx::Error> {
    let hash = body_hash(body);
    let mut tx = db.begin_write().await?;
    let latest = sqlx::query(
        "SELECT version, body_hash FROM consent_documents WHERE counsellor_id = $1 ORDER BY version DESC LIMIT 1",
    )
    .bind(counsellor_id)
    .fetch_optional(&mut *tx)
    .await?;
    let (version, same) = match latest {
        Some(r) => {
            use sqlx::Row;
            let v: i64 = r.try_get("version")?;
            let h: String = r.try_get("body_hash")?;
            if h == hash { (v, true) } else { (v + 1, false) }
        }
        None => (1, false),
    };
    if !same {
        sqlx::query(
            "INSERT INTO consent_documents (id, counsellor_id, version, body, body_hash, created_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(new_id())
        .bind(counsellor_id)
        .bind(version)
        .bind(body)
        .bind(&hash)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok((version, !same))
}

/// Signs a version; signing it twice keeps the first signature.
pub async fn sign(db: &Db, doc: &Document, user_id: &str, typed_name: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO consent_signatures (id, document_id, user_id, typed_name, document_hash, signed_at)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (document_id, user_id) DO NOTHING",
    )
    .bind(new_id())
    .bind(&doc.id)
    .bind(user_id)
    .bind(typed_name)
    .bind(&doc.body_hash)
    .bind(now)
    .write(db)
    .await?;
    Ok(())
}

/// Each person's newest signature of this counsellor's document.
pub async fn latest_signature(db: &Db, counsellor_id: &str, user_id: &str) -> Result<Option<Signature>, sqlx::Error> {
    db.read_optional(
        "SELECT s.user_id, s.typed_name, d.version, s.document_hash, s.signed_at
         FROM consent_signatures s JOIN consent_documents d ON d.id = s.document_id
         WHERE d.counsellor_id = $1 AND s.user_id = $2 ORDER BY d.version DESC LIMIT 1",
        vec![counsellor_id.into(), user_id.into()],
    )
    .await?
    .map(|r| {
        Ok(Signature {
            user_id: r.try_get("user_id")?,
            typed_name: r.try_get("typed_name")?,
            version: r.try_get("version")?,
            document_hash: r.try_get("document_hash")?,
            signed_at: r.try_get("signed_at")?,
        })
    })
    .transpose()
}

/// Where each attending person (id, name) stands with the counsellor's current document.
pub async fn standings(
    db: &Db,
    counsellor_id: &str,
    attendees: &[(String, String)],
) -> Result<Vec<(String, String, Standing)>, sqlx::Error> {
    let doc = current(db, counsellor_id).await?;
    let mut out = vec![];
    for (id, name) in attendees {
        let signed = match &doc {
            Some(_) => latest_signature(db, counsellor_id, id).await?,
            None => None,
        };
        out.push((id.clone(), name.clone(), Standing::of(doc.as_ref(), signed.as_ref())));
    }
    Ok(out)
}

/// The version a person signed, exactly as it read then.
pub async fn signed_version(db: &Db, counsellor_id: &str, version: i64) -> Result<Option<Document>, sqlx::Error> {
    db.read_optional(
        "SELECT id, counsellor_id, version, body, body_hash, created_at FROM consent_documents
         WHERE counsellor_id = $1 AND version = $2",
        vec![counsellor_id.into(), version.into()],
    )
    .await?
    .as_ref()
    .map(document)
    .transpose()
}

/// The counsellor goes ahead with this session although someone has not signed; the first
/// decision is kept.
pub async fn proceed_unsigned(db: &Db, booking_id: &str, counsellor_id: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO consent_waivers (booking_id, counsellor_id, decided_at) VALUES ($1, $2, $3)
         ON CONFLICT (booking_id) DO NOTHING",
    )
    .bind(booking_id)
    .bind(counsellor_id)
    .bind(now)
    .write(db)
    .await?;
    Ok(())
}

/// When the counsellor decided to go ahead without every signature, if they did.
pub async fn proceeded_at(db: &Db, booking_id: &str) -> Result<Option<i64>, sqlx::Error> {
    db.read_optional("SELECT decided_at FROM consent_waivers WHERE booking_id = $1", vec![booking_id.into()])
        .await?
        .map(|r| r.try_get("decided_at"))
        .transpose()
}

/// A member's signatures, and a counsellor's documents and decisions, deleted with their
/// account (signatures of a deleted counsellor's documents go with the documents).
pub const MEMBER_ROWS: &[&str] = &[
    "DELETE FROM consent_signatures WHERE user_id = $1",
    "DELETE FROM consent_signatures WHERE document_id IN (SELECT id FROM consent_documents WHERE counsellor_id = $1)",
    "DELETE FROM consent_waivers WHERE counsellor_id = $1",
    "DELETE FROM consent_documents WHERE counsellor_id = $1",
];

/// Deletes what consent holds of a member, inside account deletion's transaction.
pub async fn delete_member(tx: &mut crate::db::Tx, user_id: &str) -> Result<(), sqlx::Error> {
    crate::db::delete_for(tx, MEMBER_ROWS, user_id).await
}
