//! Fills a database (either engine) with realistic data for the benchmarks in `bench/`:
//! SPACES couple spaces (two members each, in the program), weekly check-ins, two daily
//! commitments per space with their confirmations, 1,000 verified counsellors with weekly
//! availability, and signed-in sessions for the first LOGGED members, whose tokens are
//! written to DATA_DIR/tokens.txt for the load script.
//!
//! cargo run --release --example bench_fill -- --data-dir bench/data --spaces 100000
//!
//! Rows are made by the database itself (recursive CTEs), so millions take seconds; only what
//! the load script reads in clear (the logged-in spaces' commitments) is sealed one by one.

use std::time::Instant;

use clap::Parser;
use diltalks::app::AppState;
use diltalks::clock::{Clock, DAY, HOUR, MINUTE};
use diltalks::config::Config;
use diltalks::crypto::{random_token, store::data_key, token_hash};
use sqlx::AssertSqlSafe;

#[derive(Parser)]
struct Args {
    #[arg(long)]
    data_dir: std::path::PathBuf,
    #[arg(long)]
    database_url: Option<String>,
    #[arg(long, default_value_t = 100_000)]
    spaces: i64,
    #[arg(long, default_value_t = 1_000)]
    counsellors: i64,
    /// Weeks of check-ins per member.
    #[arg(long, default_value_t = 52)]
    weeks: i64,
    /// Days of confirmed commitments per commitment.
    #[arg(long, default_value_t = 60)]
    days: i64,
    /// Members signed in for the load script.
    #[arg(long, default_value_t = 1_000)]
    logged: i64,
}

const WEEK: i64 = 7 * DAY;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let a = Args::parse();
    let mut config = Config::for_data_dir(a.data_dir.clone());
    config.database_url = a.database_url.clone();
    let state = AppState::build(config, Clock::system()).await?;
    let db = &state.db;
    let now = state.clock.now_ms();
    let hash = state.passwords.hash("bench password for everyone".into()).await?;
    let n_users = 2 * a.spaces;
    let started = Instant::now();

    // Numbers 0..count as a recursive CTE both engines run.
    let series = |count: i64| {
        format!(
            "WITH RECURSIVE n(i) AS (SELECT CAST(0 AS BIGINT) UNION ALL SELECT i + 1 FROM n WHERE i < {}) ",
            count - 1
        )
    };
    let run = |label: &'static str, sql: String| {
        let db = db.clone();
        async move {
            let t = Instant::now();
            let r = sqlx::query(AssertSqlSafe(sql)).execute(&db.pool).await?;
            println!("{label:<28} {:>10} rows  {:>6.1} s", r.rows_affected(), t.elapsed().as_secs_f64());
            anyhow::Ok(())
        }
    };

    run(
        "members",
        format!(
            "{}INSERT INTO users (id, email, email_verified_at, password_hash, display_name, role, time_zone, created_at)
             SELECT 'bu' || i, 'bench' || i || '@bench.example', {now}, '{hash}', 'Member ' || i, 'member', 'Asia/Kolkata', {now} FROM n",
            series(n_users)
        ),
    )
    .await?;
    run(
        "spaces",
        format!(
            "{}INSERT INTO spaces (id, created_by, created_at) SELECT 'bs' || i, 'bu' || (2 * i), {now} FROM n",
            series(a.spaces)
        ),
    )
    .await?;
    run(
        "memberships",
        format!(
            "{}INSERT INTO memberships (id, space_id, user_id, joined_at) SELECT 'bm' || i, 'bs' || (i / 2), 'bu' || i, {now} FROM n",
            series(n_users)
        ),
    )
    .await?;
    run(
        "program members",
        format!(
            "{}INSERT INTO program_members (user_id, perspective, started_at, updated_at, last_active_at)
             SELECT 'bu' || i, CASE WHEN i % 2 = 0 THEN 'broke' ELSE 'hurt' END, {s}, {now}, {now} FROM n",
            series(n_users),
            s = now - a.weeks * WEEK
        ),
    )
    .await?;
    run(
        "check-ins",
        format!(
            "{}INSERT INTO checkins (id, author_id, trust, safety, created_at)
             SELECT 'bc' || i, 'bu' || (i / {w}), (i * 7) % 11, (i * 3) % 11, {now} - ((i % {w}) + 1) * {WEEK} FROM n",
            series(n_users * a.weeks),
            w = a.weeks
        ),
    )
    .await?;
    // Two daily commitments (18:00 in Kolkata) per space, made by the first member.
    let start = now - (a.days + 1) * DAY;
    let placeholder = if db.kind == diltalks::db::DbKind::Sqlite { "X'00'" } else { "'\\x00'::bytea" };
    run(
        "commitments",
        format!(
            "{}INSERT INTO commitments (id, space_id, maker_id, body, kind, minute, days, time_zone, starts_at, created_at)
             SELECT 'bk' || i, 'bs' || (i / 2), 'bu' || (2 * (i / 2)), {placeholder}, 'daily', 1080, '', 'Asia/Kolkata', {start}, {start} FROM n",
            series(2 * a.spaces)
        ),
    )
    .await?;
    // 18:00 in Kolkata is 12:30 UTC; the first occurrence after the start.
    let first = (start / DAY + 1) * DAY + 12 * HOUR + 30 * MINUTE;
    run(
        "confirmations",
        format!(
            "{}INSERT INTO commitment_confirmations (commitment_id, occurrence_at, outcome, confirmed_by, confirmed_at)
             SELECT 'bk' || (i / {d}), {first} + (i % {d}) * {DAY},
                    CASE WHEN i % 10 = 0 THEN 'missed' WHEN i % 10 = 1 THEN 'partly' ELSE 'kept' END,
                    'bu' || (2 * (i / {d} / 2) + 1), {first} + (i % {d}) * {DAY} + {HOUR} FROM n",
            series(2 * a.spaces * a.days),
            d = a.days
        ),
    )
    .await?;

    // Counsellors: verified, listed, weekday hours in Kolkata.
    let c = a.counsellors;
    run(
        "counsellor accounts",
        format!(
            "{}INSERT INTO users (id, email, email_verified_at, password_hash, display_name, role, time_zone, created_at)
             SELECT 'bcu' || i, 'counsellor' || i || '@bench.example', {now}, '{hash}', 'Counsellor ' || i, 'counsellor', 'Asia/Kolkata', {now} FROM n",
            series(c)
        ),
    )
    .await?;
    let expires = now + 365 * DAY;
    run(
        "counsellor profiles",
        format!(
            "{}INSERT INTO counsellor_profiles (user_id, full_name, title, bio, gender, license_number, licensing_body,
                 jurisdiction, license_expires_on, license_expires_at, specialties, approaches, languages, formats,
                 fee_minor, currency, time_zone, search_text, status, submitted_at, verified_at, created_at, updated_at)
             SELECT 'bcu' || i, 'Counsellor ' || i, 'Relationship counsellor',
                 'I help couples rebuild trust after a breach, with structured conversations and small kept promises.',
                 CASE WHEN i % 2 = 0 THEN 'woman' ELSE 'man' END, 'LIC-' || i, 'Rehabilitation Council of India', 'India',
                 '2099-12-31', {expires},
                 CASE WHEN i % 3 = 0 THEN 'trust,communication' WHEN i % 3 = 1 THEN 'conflict,trust' ELSE 'communication' END,
                 'Gottman method', CASE WHEN i % 4 = 0 THEN 'English,Hindi' ELSE 'English' END,
                 CASE WHEN i % 2 = 0 THEN 'video,phone' ELSE 'video,in_person' END,
                 150000 + (i % 10) * 50000, 'INR', 'Asia/Kolkata',
                 'counsellor ' || i || ' relationship counsellor trust communication', 'verified', {now}, {now}, {now}, {now} FROM n",
            series(c)
        ),
    )
    .await?;
    run(
        "counsellor rules",
        format!(
            "{}INSERT INTO counsellor_rules (user_id, session_minutes, buffer_minutes, notice_hours, horizon_days, cancel_hours, updated_at)
             SELECT 'bcu' || i, 50, 10, 24, 28, 24, {now} FROM n",
            series(c)
        ),
    )
    .await?;
    run(
        "availability windows",
        format!(
            "{}INSERT INTO availability_windows (id, counsellor_id, weekday, start_minute, end_minute)
             SELECT 'bw' || i, 'bcu' || (i / 5), i % 5, 600 + (i / 5 % 3) * 60, 1020 FROM n",
            series(5 * c)
        ),
    )
    .await?;

    // Sessions for the load script, and real sealed text where it will be read.
    let logged = a.logged.min(n_users);
    let mut tokens = String::new();
    let t = Instant::now();
    for i in 0..logged {
        let token = random_token();
        sqlx::query(
            "INSERT INTO sessions (id, token_hash, user_id, created_at, last_seen_at, expires_at, user_agent, authenticated_at)
             VALUES ($1, $2, $3, $4, $4, $5, 'bench', $4)",
        )
        .bind(format!("bsess{i}"))
        .bind(token_hash(&token))
        .bind(format!("bu{i}"))
        .bind(now)
        .bind(now + 365 * DAY)
        .execute(&db.pool)
        .await?;
        tokens.push_str(&token);
        tokens.push('\n');
    }
    for s in 0..(logged + 1) / 2 {
        let key = data_key(db, &state.crypto, &format!("space:bs{s}"), now).await?;
        for k in [2 * s, 2 * s + 1] {
            let id = format!("bk{k}");
            let text = if k % 2 == 0 { "Text when I leave work" } else { "Home by seven on weekdays" };
            sqlx::query("UPDATE commitments SET body = $1 WHERE id = $2")
                .bind(key.seal_text(&id, text))
                .bind(&id)
                .execute(&db.pool)
                .await?;
        }
    }
    std::fs::write(a.data_dir.join("tokens.txt"), tokens)?;
    println!("{:<28} {:>10} rows  {:>6.1} s", "sessions + sealed text", logged, t.elapsed().as_secs_f64());

    let t = Instant::now();
    sqlx::query("ANALYZE").execute(&db.pool).await?;
    println!("{:<28} {:>17.1} s", "analyze", t.elapsed().as_secs_f64());
    println!("done in {:.1} s", started.elapsed().as_secs_f64());
    Ok(())
}
