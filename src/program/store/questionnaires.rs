//! Step 2's SQL for questionnaires: installed versions, and each member's sealed answers.

use crate::crypto::Crypto;
use crate::crypto::store::{data_key, existing_key};
use crate::db::Write as _;
use crate::db::read::ReadRow;
use crate::db::{Db, new_id};
use crate::journal::store::owner_id as user_owner;
use crate::program::questionnaire::{BUNDLED, Definition};

/// An installed version of an instrument.
#[derive(Clone, Debug)]
pub struct Installed {
    pub id: String,
    pub def: Definition,
}

/// One completed questionnaire, with the version it answered.
#[derive(Clone, Debug)]
pub struct Answered {
    pub def: Definition,
    pub answers: Vec<i64>,
    pub created_at: i64,
}

#[derive(Debug, PartialEq, Eq)]
pub enum InstallOutcome {
    Added,
    AlreadyInstalled,
}

/// Installs one version of an instrument. Installing the same version again with the same
/// content changes nothing; with other content it is refused, since answers already given
/// to that version must keep their meaning.
pub async fn install_questionnaire(
    db: &Db,
    def: &Definition,
    added_by: Option<&str>,
    now: i64,
) -> anyhow::Result<InstallOutcome> {
    let json = serde_json::to_string(def)?;
    let inserted = sqlx::query(
        "INSERT INTO questionnaires (id, slug, version, definition, added_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (slug, version) DO NOTHING",
    )
    .bind(new_id())
    .bind(&def.slug)
    .bind(def.version)
    .bind(&json)
    .bind(added_by)
    .bind(now)
    .write(db)
    .await?
    .rows_affected();
    if inserted == 1 {
        return Ok(InstallOutcome::Added);
    }
    let row = db
        .read_one(
            "SELECT definition FROM questionnaires WHERE slug = $1 AND version = $2",
            vec![(&def.slug).into(), def.version.into()],
        )
        .await?;
    let existing: Definition = serde_json::from_str(&row.try_get::<String, _>("definition")?)?;
    // A version's Hindi may be added or reworded later: the English, the items' order and
    // scoring are what answers are scored by, and those stay.
    if existing != *def && existing.without_hindi() == def.without_hindi() {
        sqlx::query("UPDATE questionnaires SET definition = $1 WHERE slug = $2 AND version = $3")
            .bind(&json)
            .bind(&def.slug)
            .bind(def.version)
            .write(db)
            .await?;
        return Ok(InstallOutcome::AlreadyInstalled);
    }
    anyhow::ensure!(
        existing == *def,
        "version {} of \"{}\" is already installed with different content; give the changed questionnaire a higher version",
        def.version,
        def.slug
    );
    Ok(InstallOutcome::AlreadyInstalled)
}

/// Installs the questionnaires that ship with DilTalks (at start-up; idempotent).
pub async fn install_bundled_questionnaires(db: &Db, now: i64) -> anyhow::Result<()> {
    for json in BUNDLED {
        let def = Definition::parse(json).map_err(|e| anyhow::anyhow!("bundled questionnaire: {e}"))?;
        install_questionnaire(db, &def, None, now).await?;
    }
    Ok(())
}

fn installed(r: ReadRow) -> anyhow::Result<Installed> {
    Ok(Installed { id: r.try_get("id")?, def: serde_json::from_str(&r.try_get::<String, _>("definition")?)? })
}

/// The newest version of every instrument still offered, by title.
pub async fn current_questionnaires(db: &Db) -> anyhow::Result<Vec<Installed>> {
    let rows = db
        .read_all(
            "SELECT q.id, q.definition FROM questionnaires q
         WHERE q.retired_at IS NULL
           AND q.version = (SELECT MAX(n.version) FROM questionnaires n WHERE n.slug = q.slug AND n.retired_at IS NULL)
         ORDER BY q.slug",
            vec![],
        )
        .await?;
    let mut all = rows.into_iter().map(installed).collect::<anyhow::Result<Vec<_>>>()?;
    all.sort_by(|a, b| a.def.title.cmp(&b.def.title));
    Ok(all)
}

/// The version of `slug` offered now, if it is offered.
pub async fn current_questionnaire(db: &Db, slug: &str) -> anyhow::Result<Option<Installed>> {
    let row = db
        .read_optional(
            "SELECT id, definition FROM questionnaires WHERE slug = $1 AND retired_at IS NULL
         ORDER BY version DESC LIMIT 1",
            vec![slug.into()],
        )
        .await?;
    row.map(installed).transpose()
}

pub async fn add_answers(
    db: &Db,
    crypto: &Crypto,
    questionnaire_id: &str,
    author_id: &str,
    answers: &[i64],
    now: i64,
) -> anyhow::Result<()> {
    let id = new_id();
    let sealed =
        data_key(db, crypto, &user_owner(author_id), now).await?.seal_text(&id, &serde_json::to_string(answers)?);
    sqlx::query(
        "INSERT INTO questionnaire_answers (id, questionnaire_id, author_id, answers, created_at)
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(&id)
    .bind(questionnaire_id)
    .bind(author_id)
    .bind(sealed)
    .bind(now)
    .write(db)
    .await?;
    Ok(())
}

/// The author's own answers to any version of `slug` since `since`, oldest first. Nobody
/// else's answers can be read through here: the author is the key.
pub async fn own_answers(
    db: &Db,
    crypto: &Crypto,
    author_id: &str,
    slug: &str,
    since: i64,
) -> anyhow::Result<Vec<Answered>> {
    let rows = db
        .read_all(
            "SELECT a.id, a.answers, a.created_at, q.definition FROM questionnaire_answers a
         JOIN questionnaires q ON q.id = a.questionnaire_id
         WHERE a.author_id = $1 AND q.slug = $2 AND a.created_at >= $3 ORDER BY a.created_at",
            vec![author_id.into(), slug.into(), since.into()],
        )
        .await?;
    let Some(key) = existing_key(db, crypto, &user_owner(author_id)).await? else { return Ok(vec![]) };
    rows.into_iter()
        .map(|r| {
            let id: String = r.try_get("id")?;
            let sealed: Vec<u8> = r.try_get("answers")?;
            Ok(Answered {
                def: serde_json::from_str(&r.try_get::<String, _>("definition")?)?,
                answers: serde_json::from_str(&key.open_text(&id, &sealed)?)?,
                created_at: r.try_get("created_at")?,
            })
        })
        .collect()
}

/// When the member last completed any version of `slug`, if ever.
pub async fn last_answered_at(db: &Db, author_id: &str, slug: &str) -> Result<Option<i64>, sqlx::Error> {
    db.read_one(
        "SELECT MAX(a.created_at) AS t FROM questionnaire_answers a
         JOIN questionnaires q ON q.id = a.questionnaire_id WHERE a.author_id = $1 AND q.slug = $2",
        vec![author_id.into(), slug.into()],
    )
    .await?
    .try_get("t")
}
