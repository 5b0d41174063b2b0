//! Deleting an account: signed out at once, what was theirs alone gone, their key destroyed
//! so a backup taken before cannot be read either, shared things handled as the page says.

use axum::http::StatusCode;
use diltalks::crypto::store::{existing_key, restore_key_backup, write_key_backup};
use sqlx::Row;

use crate::harness::{PASSWORD, TestApp};

async fn one_text(db: &diltalks::db::Db, sql: &str) -> Vec<(String, Vec<u8>)> {
    sqlx::query(sqlx::AssertSqlSafe(sql.to_string()))
        .fetch_all(&db.pool)
        .await
        .unwrap()
        .into_iter()
        .map(|r| (r.get::<String, _>(0), r.get::<Vec<u8>, _>(1)))
        .collect()
}

#[tokio::test]
async fn a_deleted_account_is_gone_for_good_even_from_a_backup_restored_later() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let counsellor = app.listed_counsellor("Meera Rao", &admin.id).await;
    let (a, b) = app.couple("Asha", "Ravi").await;
    b.client.post("/program/start", &[("perspective", "hurt")]).await;
    crate::export::fill(&a, &b, "GONE").await;
    let kept = b.write("STAYS-CANARY the partner's own entry", "private").await;
    crate::sharing::booking_with(&app, &counsellor, &a, 3).await;
    let notes = format!("/practice/clients/{}/notes", a.id);
    assert_eq!(
        counsellor.client.post(&notes, &[("text", "NOTE about the client")]).await.status,
        StatusCode::SEE_OTHER
    );
    let own = format!("user:{}", a.id);
    let wrapped: Vec<u8> = sqlx::query("SELECT wrapped FROM data_keys WHERE owner_id = $1")
        .bind(&own)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
        .get(0);

    // A database backup from before the deletion (SQLite; PostgreSQL is dumped by pg_dump).
    let backup = app.dir.path().join("before.db");
    if !app.is_postgres() {
        app.state.db.backup_sqlite(&backup).await.unwrap();
    }

    let page = a.client.get("/settings/delete").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("You leave your couple space") && page.body.contains("notes about you are erased"));
    let res = a.client.post("/settings/delete", &[("confirm", "delete it")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "the words must match");
    assert!(res.body.contains("Type the words exactly"));
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM journal_entries WHERE author_id = '{}'", a.id)).await, 2);
    let res = a.client.post("/settings/delete", &[("confirm", "Delete my account")]).await;
    assert_eq!(res.location(), Some("/"), "{}", res.body);
    assert!(
        res.headers.get_all("set-cookie").iter().any(|v| v.to_str().unwrap().starts_with("dt_session=; ")),
        "the session cookie is cleared"
    );

    // Signed out at once, and the account opens no more.
    assert!(a.client.get("/dashboard").await.location().unwrap().starts_with("/login"));
    let again = app.client().post("/login", &[("email", &a.email), ("password", PASSWORD)]).await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    // Nothing of theirs is left: rows, key, sessions, mail, the counsellor's notes (default).
    for table in ["journal_entries", "checkins", "thought_logs", "statements"] {
        assert_eq!(
            app.scalar(&format!("SELECT COUNT(*) FROM {table} WHERE author_id = '{}'", a.id)).await,
            0,
            "{table}"
        );
    }
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM data_keys WHERE owner_id = '{own}'")).await, 0);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM messages WHERE sender_id = '{}'", a.id)).await, 0);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM thread_reads WHERE user_id = '{}'", a.id)).await, 0);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM sessions WHERE user_id = '{}'", a.id)).await, 0);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM session_notes WHERE client_id = '{}'", a.id)).await, 0);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM users WHERE email = '{}'", a.email)).await, 0);
    assert_eq!(
        app.scalar("SELECT COUNT(*) FROM bookings WHERE status = 'booked'").await,
        0,
        "future session cancelled"
    );
    assert_eq!(
        app.scalar(&format!(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'account-deleted' AND actor_id = '{}'",
            a.id
        ))
        .await,
        1
    );
    let mail = app.last_mail_to(&counsellor.email).await;
    assert!(mail.body.to_lowercase().contains("cancel") && !mail.body.contains("Asha"), "{}", mail.body);

    // The partner keeps their own writing and the space; the shared entry went with its key.
    let journal = b.client.get("/journal").await.body;
    assert!(!journal.contains("GONE-SHARED-CANARY"));
    assert!(b.client.get(&format!("/journal/{kept}")).await.body.contains("STAYS-CANARY"));
    assert_eq!(
        app.scalar(&format!("SELECT COUNT(*) FROM commitments WHERE maker_id = '{}'", a.id)).await,
        1,
        "what belongs to the couple stays with the space"
    );

    if app.is_postgres() {
        return;
    }
    // The live files keep no trace of the destroyed key.
    for entry in std::fs::read_dir(&app.state.config.data_dir).unwrap() {
        let path = entry.unwrap().path();
        if path.to_string_lossy().contains("diltalks.db") {
            let bytes = std::fs::read(&path).unwrap();
            assert!(!bytes.windows(wrapped.len()).any(|w| w == wrapped.as_slice()), "key bytes in {}", path.display());
        }
    }
    // Restore the backup from before the deletion with the current key backup, as
    // docs/OPERATIONS.md describes: everyone else's text opens, the deleted person's does not.
    let keys = app.dir.path().join("keys.json");
    write_key_backup(&app.state.db, &keys).await.unwrap();
    let restored = diltalks::db::Db::connect(&format!("sqlite://{}", backup.display())).await.unwrap();
    assert_eq!(
        sqlx::query("SELECT COUNT(*) FROM data_keys").fetch_one(&restored.pool).await.unwrap().get::<i64, _>(0),
        0,
        "a database backup carries no keys"
    );
    restore_key_backup(&restored, &keys).await.unwrap();
    let crypto = &app.state.crypto;
    let theirs =
        one_text(&restored, &format!("SELECT id, body FROM journal_entries WHERE author_id = '{}'", a.id)).await;
    assert_eq!(theirs.len(), 2, "the old copy still has the rows");
    assert!(existing_key(&restored, crypto, &own).await.unwrap().is_none(), "but not the key");
    let raw = std::fs::read(&backup).unwrap();
    assert!(!String::from_utf8_lossy(&raw).contains("GONE-PRIVATE-CANARY"), "and no clear text");
    let partner_key = existing_key(&restored, crypto, &format!("user:{}", b.id)).await.unwrap().expect("partner's key");
    let (id, body) =
        one_text(&restored, &format!("SELECT id, body FROM journal_entries WHERE id = '{kept}'")).await.remove(0);
    assert!(partner_key.open_text(&id, &body).unwrap().starts_with("STAYS-CANARY"));
}

#[tokio::test]
async fn where_the_law_requires_it_counsellors_keep_their_notes_about_a_deleted_client() {
    let app = TestApp::spawn_with(|c| c.keep_client_notes = true).await;
    let admin = app.admin().await;
    let counsellor = app.listed_counsellor("Meera Rao", &admin.id).await;
    let client = app.member("Chitra").await;
    crate::sharing::booking_with(&app, &counsellor, &client, 3).await;
    let notes = format!("/practice/clients/{}/notes", client.id);
    counsellor.client.post(&notes, &[("text", "KEPT-NOTE professional record")]).await;
    let page = client.client.get("/settings/delete").await.body;
    assert!(page.contains("professional records"), "the page says so");
    let res = client.client.post("/settings/delete", &[("confirm", "delete my account")]).await;
    assert_eq!(res.location(), Some("/"));
    let (id, body) =
        one_text(&app.state.db, &format!("SELECT id, body FROM session_notes WHERE client_id = '{}'", client.id))
            .await
            .remove(0);
    let key =
        existing_key(&app.state.db, &app.state.crypto, &format!("user:{}", counsellor.id)).await.unwrap().unwrap();
    assert_eq!(key.open_text(&id, &body).unwrap(), "KEPT-NOTE professional record");
    assert_eq!(
        app.scalar(&format!(
            "SELECT COUNT(*) FROM users WHERE id = '{}' AND display_name = 'Former member'",
            client.id
        ))
        .await,
        1
    );
}

/// Columns that refer to a user but that account deletion leaves, each with the reason.
/// A new column that refers to a user must be deleted by its feature's `delete_member` or be
/// named here.
const KEPT: &[(&str, &str, &str)] = &[
    ("users", "id", "the tombstone row itself: email, name and secrets are wiped"),
    (
        "reports",
        "target_user_id",
        "a report about someone stays with its reporter (whose outcome it is) and the operator's decision record",
    ),
    ("reports", "decided_by", "the operator's decision stays on the record when the operator's account goes"),
    (
        "invoices",
        "client_id",
        "an invoice is the counsellor's tax record, kept as issued (the law asks for years); it names the client as billed",
    ),
    ("invoices", "counsellor_id", "the client's copy of what they were billed, and the counsellor's tax record"),
    ("invoice_counters", "counsellor_id", "numbering stays gapless for the records that remain"),
    (
        "memberships",
        "user_id",
        "leaving sets left_at; the row says someone was there, so the space takes no new member",
    ),
    ("spaces", "created_by", "the space stays with the partner, as when leaving"),
    ("account_versions", "proposer_id", "the agreed account belongs to the space (sealed under its key)"),
    ("account_confirmations", "user_id", "the agreed account belongs to the space: who confirmed a version stays"),
    ("commitments", "maker_id", "commitments belong to the space (sealed under its key)"),
    ("commitment_confirmations", "confirmed_by", "a commitment's history belongs to the space"),
    ("checkin_requests", "requester_id", "the couple's transparency arrangement belongs to the space"),
    ("checkin_rules", "proposed_by", "the couple's transparency arrangement belongs to the space"),
    ("checkin_rules", "paused_by", "the couple's transparency arrangement belongs to the space"),
    ("talk_schedules", "proposer_id", "the couple's talks belong to the space"),
    ("talk_pauses", "paused_by", "the couple's talks belong to the space"),
    ("talk_outcomes", "recorded_by", "the couple's talks belong to the space"),
    ("bookings", "booked_by", "the counsellor's record of sessions held; future ones are cancelled first"),
    ("bookings", "counsellor_id", "the client's record of sessions held; future ones are cancelled first"),
    ("feedback_answers", "counsellor_id", "a client's own answers about a former counsellor stay with the client"),
    ("booking_series", "booked_by", "how a series of sessions held repeats; its future sessions are cancelled first"),
    ("booking_series", "made_by", "how a series of sessions held repeats; its future sessions are cancelled first"),
    (
        "booking_series",
        "counsellor_id",
        "how a series of sessions held repeats; its future sessions are cancelled first",
    ),
    ("bookings", "cancelled_by", "part of a booking's record, as above"),
    ("exercises", "counsellor_id", "an exercise is the client's (sealed under their key) and stays with them"),
    (
        "couple_exercises",
        "counsellor_id",
        "a couple's exercise is theirs (sealed under the space's key) and stays with them",
    ),
    ("counsellor_reads", "counsellor_id", "the client's own log of who read what stays with the client"),
    ("counsellor_profiles", "verified_by", "which operator verified a profile stays with the profile"),
    ("questionnaires", "added_by", "an instrument is shared by everyone who answered it"),
    ("audit_log", "actor_id", "the audit chain is append-only and holds ids and actions, never content"),
];

/// (table, column) of every column of the schema that refers to a user: a foreign key to
/// `users`, or a name that says so.
async fn user_columns(app: &TestApp) -> Vec<(String, String)> {
    let (columns, keys) = if app.is_postgres() {
        (
            "SELECT table_name::text AS t, column_name::text AS c FROM information_schema.columns
             WHERE table_schema = current_schema()",
            "SELECT kcu.table_name::text AS t, kcu.column_name::text AS c
             FROM information_schema.table_constraints tc
             JOIN information_schema.key_column_usage kcu
               ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
             JOIN information_schema.constraint_column_usage ccu
               ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
             WHERE tc.constraint_type = 'FOREIGN KEY' AND ccu.table_name = 'users'
               AND tc.table_schema = current_schema()",
        )
    } else {
        (
            "SELECT m.name AS t, p.name AS c FROM sqlite_master m JOIN pragma_table_info(m.name) p
             WHERE m.type = 'table'",
            "SELECT m.name AS t, f.\"from\" AS c FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f
             WHERE m.type = 'table' AND f.\"table\" = 'users'",
        )
    };
    let read = |sql: &'static str| async move {
        sqlx::query(sql)
            .fetch_all(&app.state.db.pool)
            .await
            .unwrap()
            .into_iter()
            .map(|r| (r.get::<String, _>("t"), r.get::<String, _>("c")))
            .collect::<Vec<_>>()
    };
    let named = |c: &str| {
        ["user_id", "author_id", "client_id", "counsellor_id", "sender_id", "actor_id", "owner_user_id"].contains(&c)
            || c.ends_with("_by")
    };
    let mut found: Vec<(String, String)> = read(keys).await;
    found.extend(read(columns).await.into_iter().filter(|(t, c)| named(c) && !t.starts_with("_sqlx")));
    found.sort();
    found.dedup();
    found
}

/// The (table, column) pairs that deletion's statements delete by the member's id.
fn covered() -> Vec<(String, String)> {
    let mut out = vec![];
    for sql in diltalks::accounts::deletion::statements() {
        let table = sql.strip_prefix("DELETE FROM ").and_then(|r| r.split_whitespace().next()).expect(sql);
        // Every `column = $1` in the statement: the last word before each " = $1".
        let parts: Vec<&str> = sql.split(" = $1").collect();
        for part in &parts[..parts.len() - 1] {
            let col = part.rsplit(|c: char| !(c.is_alphanumeric() || c == '_')).next().unwrap_or("");
            out.push((table.to_string(), col.to_string()));
        }
    }
    out
}

#[tokio::test]
async fn every_column_that_refers_to_a_user_is_deleted_with_the_account_or_kept_for_a_named_reason() {
    let app = TestApp::spawn().await;
    let covered = covered();
    assert!(covered.contains(&("journal_entries".into(), "author_id".into())), "{covered:?}");
    let missing: Vec<String> = user_columns(&app)
        .await
        .into_iter()
        .filter(|(t, c)| !covered.contains(&(t.clone(), c.clone())))
        .filter(|(t, c)| !KEPT.iter().any(|(kt, kc, _)| kt == t && kc == c))
        .map(|(t, c)| format!("{t}.{c}"))
        .collect();
    assert!(
        missing.is_empty(),
        "deletion neither deletes nor names a reason to keep: {missing:?}. Delete them in the feature's \
         store (`delete_member`) or add them to KEPT with the reason."
    );
}
