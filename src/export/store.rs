//! What an export reads: every row a person wrote or that is about their own account, each
//! query filtered by their own id, so nothing a partner wrote (private or shared) can enter.

use std::collections::HashMap;

use serde_json::{Map, Value};
use sqlx::any::AnyRow;
use sqlx::{AssertSqlSafe, Column, Row};

use super::model::Exported;
use crate::app::AppState;
use crate::crypto::Key;
use crate::crypto::store::existing_key;

/// Which data key opens a part's sealed column.
#[derive(Clone, Copy)]
pub enum KeyOf {
    /// The person's own key (`user:<id>`).
    Own,
    /// The key of the space named in the row's `space_id`.
    Space,
}

/// What the sealed column's associated data is.
#[derive(Clone, Copy)]
pub enum AadOf {
    Id,
    /// Commitment confirmations: `<commitment_id>@<occurrence_at>`.
    Occurrence,
}

pub struct Part {
    /// Its key in the JSON, and its heading's message (`letters-export-part-<name>`).
    pub name: &'static str,
    /// A constant query with one parameter, the person's id.
    pub sql: &'static str,
    pub sealed: Option<(&'static str, KeyOf, AadOf)>,
}

const fn part(name: &'static str, sql: &'static str, sealed: Option<(&'static str, KeyOf, AadOf)>) -> Part {
    Part { name, sql, sealed }
}

const OWN_BODY: Option<(&str, KeyOf, AadOf)> = Some(("body", KeyOf::Own, AadOf::Id));

pub const PARTS: &[Part] = &[
    part(
        "account",
        "SELECT id, email, display_name, role, time_zone, created_at, email_verified_at FROM users WHERE id = $1",
        None,
    ),
    part(
        "sessions",
        "SELECT created_at, last_seen_at, user_agent FROM sessions WHERE user_id = $1 ORDER BY created_at",
        None,
    ),
    part(
        "spaces",
        "SELECT space_id, joined_at, left_at FROM memberships WHERE user_id = $1 ORDER BY joined_at",
        None,
    ),
    part(
        "journal",
        "SELECT id, visibility, body, created_at, updated_at FROM journal_entries WHERE author_id = $1 ORDER BY created_at",
        OWN_BODY,
    ),
    part(
        "statements",
        "SELECT id, kind, visibility, body, created_at, updated_at FROM statements WHERE author_id = $1 ORDER BY created_at",
        OWN_BODY,
    ),
    part(
        "account_versions",
        "SELECT id, space_id, number, body, created_at FROM account_versions WHERE proposer_id = $1 ORDER BY created_at",
        Some(("body", KeyOf::Space, AadOf::Id)),
    ),
    part(
        "checkins",
        "SELECT id, trust, safety, note, created_at FROM checkins WHERE author_id = $1 ORDER BY created_at",
        Some(("note", KeyOf::Own, AadOf::Id)),
    ),
    part(
        "questionnaires",
        "SELECT a.id, q.slug, q.version, a.answers, a.created_at FROM questionnaire_answers a JOIN questionnaires q ON q.id = a.questionnaire_id WHERE a.author_id = $1 ORDER BY a.created_at",
        Some(("answers", KeyOf::Own, AadOf::Id)),
    ),
    part(
        "commitments",
        "SELECT id, space_id, body, kind, due_at, minute, days, time_zone, starts_at, ended_at, created_at FROM commitments WHERE maker_id = $1 ORDER BY created_at",
        Some(("body", KeyOf::Space, AadOf::Id)),
    ),
    part(
        "confirmations",
        "SELECT c.commitment_id, c.occurrence_at, c.outcome, c.note, c.confirmed_at, m.space_id FROM commitment_confirmations c JOIN commitments m ON m.id = c.commitment_id WHERE c.confirmed_by = $1 ORDER BY c.confirmed_at",
        Some(("note", KeyOf::Space, AadOf::Occurrence)),
    ),
    part(
        "transparency",
        "SELECT id, body, window_from, window_until, created_at FROM transparency_notes WHERE author_id = $1 ORDER BY created_at",
        OWN_BODY,
    ),
    part(
        "talk_questions",
        "SELECT id, body, created_at, discussed_at FROM talk_questions WHERE author_id = $1 ORDER BY created_at",
        OWN_BODY,
    ),
    part(
        "talk_ratings",
        "SELECT occurrence_at, heard, safe, punished, created_at FROM talk_ratings WHERE user_id = $1 ORDER BY occurrence_at",
        None,
    ),
    part(
        "reflections",
        "SELECT id, prompt, visibility, body, created_at FROM reflections WHERE author_id = $1 ORDER BY created_at",
        OWN_BODY,
    ),
    part(
        "needs",
        "SELECT id, visibility, body, created_at FROM needs WHERE author_id = $1 ORDER BY created_at",
        OWN_BODY,
    ),
    part(
        "thought_log",
        "SELECT id, body, created_at FROM thought_logs WHERE author_id = $1 ORDER BY created_at",
        OWN_BODY,
    ),
    part(
        "safety_checks",
        "SELECT id, body, created_at FROM safety_checks WHERE user_id = $1 ORDER BY created_at",
        OWN_BODY,
    ),
    part(
        "exercises",
        "SELECT id, body, created_at, done_at FROM exercises WHERE client_id = $1 ORDER BY created_at",
        OWN_BODY,
    ),
    part(
        "bookings",
        "SELECT b.id, b.kind, b.starts_at, b.ends_at, b.status, b.cancelled_at, p.full_name AS counsellor FROM bookings b LEFT JOIN counsellor_profiles p ON p.user_id = b.counsellor_id WHERE b.booked_by = $1 OR b.counsellor_id = $1 ORDER BY b.starts_at",
        None,
    ),
    part(
        "invoices",
        "SELECT number, kind, what, issued_at, session_at, currency, net_minor, tax_minor, total_minor, tax_label,
                tax_rate_bp, counsellor_name, client_name, utr, paid_at, paid_how
         FROM invoices WHERE client_id = $1 OR counsellor_id = $1 ORDER BY issued_at, number",
        None,
    ),
    part(
        "fees",
        "SELECT couple_fee_minor, late_fee_minor, tax_label, tax_rate_bp, tax_number, upi_id, upi_name, updated_at
         FROM counsellor_fees WHERE user_id = $1",
        None,
    ),
    part(
        "couple_exercises",
        "SELECT e.id, e.space_id, e.body, e.created_at, d.done_at FROM couple_exercises e
         JOIN memberships m ON m.space_id = e.space_id AND m.user_id = $1 AND m.left_at IS NULL
         LEFT JOIN couple_exercise_done d ON d.exercise_id = e.id AND d.user_id = $1 ORDER BY e.created_at",
        Some(("body", KeyOf::Space, AadOf::Id)),
    ),
    part(
        "intake",
        "SELECT a.id, a.body, a.answered_at, p.full_name AS counsellor FROM intake_answers a
         LEFT JOIN counsellor_profiles p ON p.user_id = a.counsellor_id WHERE a.user_id = $1 ORDER BY a.answered_at",
        OWN_BODY,
    ),
    part(
        "feedback",
        "SELECT f.id, f.kind, f.version, f.body, f.answered_at, b.starts_at AS session_at, p.full_name AS counsellor
         FROM feedback_answers f JOIN bookings b ON b.id = f.booking_id
         LEFT JOIN counsellor_profiles p ON p.user_id = f.counsellor_id WHERE f.user_id = $1 ORDER BY b.starts_at, f.kind",
        OWN_BODY,
    ),
    part(
        "consent",
        "SELECT d.version, d.body, s.typed_name, s.document_hash, s.signed_at, p.full_name AS counsellor FROM consent_signatures s JOIN consent_documents d ON d.id = s.document_id LEFT JOIN counsellor_profiles p ON p.user_id = d.counsellor_id WHERE s.user_id = $1 ORDER BY s.signed_at",
        None,
    ),
    part(
        "shares",
        "SELECT s.what, s.item_id, s.granted_at, s.revoked_at, p.full_name AS counsellor FROM counsellor_shares s LEFT JOIN counsellor_profiles p ON p.user_id = s.counsellor_id WHERE s.client_id = $1 ORDER BY s.granted_at",
        None,
    ),
    part(
        "reads",
        "SELECT r.what, r.read_at, p.full_name AS counsellor FROM counsellor_reads r LEFT JOIN counsellor_profiles p ON p.user_id = r.counsellor_id WHERE r.client_id = $1 ORDER BY r.read_at",
        None,
    ),
    part(
        "profile",
        "SELECT full_name, title, bio, created_at FROM counsellor_profiles WHERE user_id = $1",
        None,
    ),
    part(
        "session_notes",
        "SELECT id, client_id, body, created_at FROM session_notes WHERE counsellor_id = $1 ORDER BY created_at",
        OWN_BODY,
    ),
    part(
        "messages",
        "SELECT id, thread_id, seq, body, created_at, edited_at FROM messages WHERE sender_id = $1 ORDER BY created_at",
        OWN_BODY,
    ),
    part(
        "message_versions",
        "SELECT v.message_id AS id, v.body, v.replaced_at FROM message_versions v JOIN messages m ON m.id = v.message_id
         WHERE m.sender_id = $1 ORDER BY v.replaced_at",
        OWN_BODY,
    ),
];

/// A column's value whatever its type: the Any driver answers only for the matching one.
fn plain(row: &AnyRow, i: usize) -> Value {
    if let Ok(v) = row.try_get::<Option<i64>, _>(i) {
        return v.map_or(Value::Null, Value::from);
    }
    if let Ok(v) = row.try_get::<Option<String>, _>(i) {
        return v.map_or(Value::Null, Value::from);
    }
    Value::Null
}

/// Every part, in order: (part, rows as JSON objects). Sealed text is opened; text that was
/// stored as JSON (answers, thought logs, safety checks) is included as JSON.
pub async fn collect(state: &AppState, user_id: &str) -> anyhow::Result<Vec<Exported>> {
    let own = existing_key(&state.db, &state.crypto, &crate::journal::store::owner_id(user_id)).await?;
    // Space keys are read once each, however many rows they open.
    let mut spaces: HashMap<String, Option<Key>> = HashMap::new();
    let mut out = Vec::with_capacity(PARTS.len());
    for p in PARTS {
        let rows = sqlx::query(AssertSqlSafe(p.sql)).bind(user_id).fetch_all(&state.db.pool).await?;
        let mut objects = Vec::with_capacity(rows.len());
        for r in rows {
            let mut o = Map::new();
            for (i, c) in r.columns().iter().enumerate() {
                if p.sealed.is_some_and(|(col, _, _)| col == c.name()) {
                    continue;
                }
                o.insert(c.name().to_string(), plain(&r, i));
            }
            if let Some((col, key_of, aad_of)) = p.sealed {
                let key = match key_of {
                    KeyOf::Own => own.clone(),
                    KeyOf::Space => {
                        let space: String = r.try_get("space_id")?;
                        if !spaces.contains_key(&space) {
                            let owner = crate::spaces::store::owner_id(&space);
                            spaces.insert(space.clone(), existing_key(&state.db, &state.crypto, &owner).await?);
                        }
                        spaces[&space].clone()
                    }
                };
                let value = open(&r, col, aad_of, key)?;
                o.insert(col.to_string(), value);
            }
            objects.push(o);
        }
        out.push(Exported { name: p.name, rows: objects });
    }
    Ok(out)
}

fn open(r: &AnyRow, col: &str, aad_of: AadOf, key: Option<Key>) -> anyhow::Result<Value> {
    let Some(sealed) = r.try_get::<Option<Vec<u8>>, _>(col)? else { return Ok(Value::Null) };
    let aad = match aad_of {
        AadOf::Id => r.try_get::<String, _>("id")?,
        AadOf::Occurrence => {
            format!("{}@{}", r.try_get::<String, _>("commitment_id")?, r.try_get::<i64, _>("occurrence_at")?)
        }
    };
    let Some(text) = key.and_then(|k| k.open_text(&aad, &sealed).ok()) else {
        return Ok(Value::from("(no longer readable)"));
    };
    Ok(match serde_json::from_str::<Value>(&text) {
        Ok(v @ (Value::Object(_) | Value::Array(_))) => v,
        _ => Value::from(text),
    })
}
