//! The intake's SQL: a counsellor's own questions, and each person's answers for a
//! counsellor, sealed under the person's key.

use super::model::{Answers, Kind, Question};
use crate::crypto::Crypto;
use crate::crypto::store::{data_key, existing_key};
use crate::db::Write as _;
use crate::db::{Db, new_id};
use crate::journal::store::owner_id as user_owner;

/// The questions the counsellor asks now.
pub async fn questions(db: &Db, counsellor_id: &str) -> Result<Vec<Question>, sqlx::Error> {
    read_questions(db, counsellor_id, false).await
}

/// Every question the counsellor ever asked, removed ones too: answers given to a question
/// since removed are still shown with it.
pub async fn questions_ever(db: &Db, counsellor_id: &str) -> Result<Vec<Question>, sqlx::Error> {
    read_questions(db, counsellor_id, true).await
}

async fn read_questions(db: &Db, counsellor_id: &str, removed_too: bool) -> Result<Vec<Question>, sqlx::Error> {
    db.read_all(
        "SELECT id, kind, prompt, choices FROM intake_questions
         WHERE counsellor_id = $1 AND (removed_at IS NULL OR $2 = 1) ORDER BY created_at, id",
        vec![counsellor_id.into(), i64::from(removed_too).into()],
    )
    .await?
    .into_iter()
    .map(|r| {
        let choices: String = r.try_get("choices")?;
        Ok(Question {
            id: r.try_get("id")?,
            kind: Kind::parse(&r.try_get::<String, _>("kind")?),
            prompt: r.try_get("prompt")?,
            choices: choices.lines().filter(|c| !c.is_empty()).map(str::to_string).collect(),
        })
    })
    .collect()
}

pub async fn add_question(
    db: &Db,
    counsellor_id: &str,
    (kind, prompt, choices): (Kind, &str, &[String]),
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO intake_questions (id, counsellor_id, kind, prompt, choices, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(new_id())
    .bind(counsellor_id)
    .bind(kind.as_str())
    .bind(prompt)
    .bind(choices.join("\n"))
    .bind(now)
    .write(db)
    .await?;
    Ok(())
}

/// Stops asking a question; answers already given keep their text. False when not theirs.
pub async fn remove_question(db: &Db, counsellor_id: &str, id: &str, now: i64) -> Result<bool, sqlx::Error> {
    let r = sqlx::query(
        "UPDATE intake_questions SET removed_at = $3 WHERE id = $1 AND counsellor_id = $2 AND removed_at IS NULL",
    )
    .bind(id)
    .bind(counsellor_id)
    .bind(now)
    .write(db)
    .await?;
    Ok(r.rows_affected() > 0)
}

/// Keeps a person's answers for a counsellor, replacing earlier ones.
pub async fn save_answers(
    db: &Db,
    crypto: &Crypto,
    counsellor_id: &str,
    user_id: &str,
    answers: &Answers,
    now: i64,
) -> anyhow::Result<()> {
    let existing = db
        .read_optional(
            "SELECT id FROM intake_answers WHERE counsellor_id = $1 AND user_id = $2",
            vec![counsellor_id.into(), user_id.into()],
        )
        .await?;
    let id: String = match existing {
        Some(r) => r.try_get("id")?,
        None => new_id(),
    };
    let sealed =
        data_key(db, crypto, &user_owner(user_id), now).await?.seal_text(&id, &serde_json::to_string(answers)?);
    sqlx::query(
        "INSERT INTO intake_answers (id, counsellor_id, user_id, body, answered_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (counsellor_id, user_id) DO UPDATE SET body = $4, answered_at = $5",
    )
    .bind(&id)
    .bind(counsellor_id)
    .bind(user_id)
    .bind(sealed)
    .bind(now)
    .write(db)
    .await?;
    Ok(())
}

/// A person's answers for a counsellor and when they gave them. Only the person and that
/// counsellor's pages call this, each with their own ids.
pub async fn answers(
    db: &Db,
    crypto: &Crypto,
    counsellor_id: &str,
    user_id: &str,
) -> anyhow::Result<Option<(Answers, i64)>> {
    let Some(r) = db
        .read_optional(
            "SELECT id, body, answered_at FROM intake_answers WHERE counsellor_id = $1 AND user_id = $2",
            vec![counsellor_id.into(), user_id.into()],
        )
        .await?
    else {
        return Ok(None);
    };
    let Some(key) = existing_key(db, crypto, &user_owner(user_id)).await? else { return Ok(None) };
    let id: String = r.try_get("id")?;
    let text = key.open_text(&id, &r.try_get::<Vec<u8>, _>("body")?)?;
    Ok(Some((serde_json::from_str(&text)?, r.try_get("answered_at")?)))
}

/// When the person last answered this counsellor's intake, if they have: without opening the
/// answers.
pub async fn answered_at(db: &Db, counsellor_id: &str, user_id: &str) -> Result<Option<i64>, sqlx::Error> {
    db.read_optional(
        "SELECT answered_at FROM intake_answers WHERE counsellor_id = $1 AND user_id = $2",
        vec![counsellor_id.into(), user_id.into()],
    )
    .await?
    .map(|r| r.try_get("answered_at"))
    .transpose()
}

/// A person's answers, and a counsellor's questions and the answers given to them, deleted
/// with the account.
pub const MEMBER_ROWS: &[&str] = &[
    "DELETE FROM intake_answers WHERE user_id = $1",
    "DELETE FROM intake_answers WHERE counsellor_id = $1",
    "DELETE FROM intake_questions WHERE counsellor_id = $1",
];

pub async fn delete_member(tx: &mut crate::db::Tx, user_id: &str) -> Result<(), sqlx::Error> {
    crate::db::delete_for(tx, MEMBER_ROWS, user_id).await
}
