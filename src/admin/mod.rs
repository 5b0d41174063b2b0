//! The operator: a health page with counts only (never client content), and the CLI
//! command that creates an operator account.

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use crate::accounts::model::{DisplayName, Email, Role};
use crate::accounts::store::{self, NewToken, NewUser, TokenKind};
use crate::app::AppState;
use crate::clock::DAY;
use crate::db::DbKind;
use crate::error::AppResult;
use crate::web::routes::Routes;
use crate::web::{Admin, Layout, RequestCtx, render};

pub fn routes() -> Routes {
    Routes::default().get("/admin", health)
}

#[derive(Template)]
#[template(path = "admin/health.html")]
struct Health {
    l: Layout,
    engine: &'static str,
    version: &'static str,
    users: i64,
    spaces: i64,
    mail_pending: i64,
    mail_failed: i64,
    reports_open: i64,
    /// Counts only: never who paid whom.
    invoices: (i64, i64),
}

async fn health(State(state): State<AppState>, ctx: RequestCtx, _: Admin) -> AppResult<Response> {
    let (mail_pending, mail_failed) = crate::mail::count_pending(&state.db).await?;
    render(&Health {
        l: ctx.layout_t("operator-health-title"),
        engine: match state.db.kind {
            DbKind::Sqlite => "SQLite",
            DbKind::Postgres => "PostgreSQL",
        },
        version: env!("CARGO_PKG_VERSION"),
        users: store::count_users(&state.db).await?,
        spaces: crate::spaces::store::count_spaces(&state.db).await?,
        mail_pending,
        mail_failed,
        reports_open: crate::reports::store::count_open(&state.db).await?,
        invoices: crate::billing::store::totals(&state.db).await?,
    })
}

/// What an invited operator's password hash starts with until they set one: no password
/// matches it.
pub const UNSET_PASSWORD: &str = "!unset-";

/// Creates an operator account (or promotes an existing one) and returns a single-use link,
/// valid for a day, to set its password: no password passes through the shell's history.
pub async fn create_admin(state: &AppState, email: &str, name: &str) -> anyhow::Result<String> {
    let email = Email::parse(email).map_err(|e| anyhow::anyhow!(e))?;
    let name = DisplayName::parse(name).map_err(|e| anyhow::anyhow!(e))?;
    let now = state.clock.now_ms();
    let unusable = format!("{UNSET_PASSWORD}{}", crate::crypto::random_token());
    let new = NewUser {
        email: &email,
        password_hash: &unusable,
        display_name: name.as_str(),
        role: Role::Admin,
        time_zone: "UTC",
        language: crate::i18n::Lang::En,
    };
    let user_id = match store::create_user(&state.db, &new, now).await? {
        Some(id) => id,
        None => {
            let u = store::find_by_email(&state.db, email.as_str()).await?.expect("the email has an account");
            store::set_role(&state.db, &u.id, Role::Admin).await?;
            u.id
        }
    };
    let t = NewToken {
        kind: TokenKind::Reset,
        user_id: &user_id,
        space_id: None,
        next_path: None,
        secret: None,
        ttl_ms: DAY,
    };
    let token = store::create_token(&state.db.pool, t, store::new_token(), now).await?;
    Ok(format!("{}/reset/{token}", state.config.base_url()))
}

/// Installs a questionnaire from a JSON file, checked first; says what happened.
pub async fn add_questionnaire(state: &AppState, path: &std::path::Path) -> anyhow::Result<String> {
    use crate::program::questionnaire::Definition;
    use crate::program::store::{InstallOutcome, install_questionnaire};
    let json = std::fs::read_to_string(path).map_err(|e| anyhow::anyhow!("reading {}: {e}", path.display()))?;
    let def = Definition::parse(&json).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    Ok(match install_questionnaire(&state.db, &def, None, state.clock.now_ms()).await? {
        InstallOutcome::Added => format!(
            "Installed \"{}\" version {} ({} statements); members are offered it at /program/questionnaires/{}.",
            def.title,
            def.version,
            def.items.len(),
            def.slug
        ),
        InstallOutcome::AlreadyInstalled => {
            format!("\"{}\" version {} is already installed; nothing changed.", def.title, def.version)
        }
    })
}

/// Disables an account: it can no longer sign in, and every session it has ends at once
/// (they are deleted, and sessions of a disabled account never resolve anyway).
pub async fn disable_account(state: &AppState, email: &str) -> anyhow::Result<String> {
    let now = state.clock.now_ms();
    let user = store::find_by_email(&state.db, &email.trim().to_lowercase())
        .await?
        .ok_or_else(|| anyhow::anyhow!("no account uses {email}"))?;
    store::disable(&state.db, &user.id, now).await?;
    let ended = crate::accounts::session_store::end_all(&state.db, &user.id).await?;
    crate::audit::append(&state.db, "operator", "account-disabled", &user.id, now).await?;
    Ok(format!("The account of {email} is disabled; {ended} session(s) ended."))
}

/// Turns two-step sign-in off for someone who lost both their app and recovery codes.
/// Only after checking out of band that the request comes from the account's owner.
pub async fn reset_two_factor(state: &AppState, email: &str) -> anyhow::Result<String> {
    let user = store::find_by_email(&state.db, &email.trim().to_lowercase())
        .await?
        .ok_or_else(|| anyhow::anyhow!("no account uses {email}"))?;
    let who = ("operator", "two-factor-reset");
    // The owner is told at their address, as when they turn it off themselves.
    let change = crate::accounts::FactorChange::Off;
    let m = crate::accounts::factor_notice(state, (&user.email, &user.time_zone), change).await?;
    crate::accounts::factor_store::disable(&state.db, &user.id, who, &[m], state.clock.now_ms()).await?;
    crate::mail::wake(state);
    Ok(format!("Two-step sign-in is off for {email}; they can sign in with their password and turn it on again."))
}
