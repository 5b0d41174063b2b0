//! Accounts: sign-up with email confirmation, sign-in and out, password reset, settings.

pub mod deletion;
pub mod devices;
pub mod factor_store;
mod handlers;
pub mod model;
pub mod passwords;
pub mod session_store;
pub mod store;
pub mod totp;
mod views;

use crate::web::routes::Routes;
use handlers::{email, login, register, reset, second_factor, settings};

pub use handlers::second_factor::{factor_notice, require_recent_auth};
pub use handlers::sign_in;
pub use views::FactorChange;

pub fn routes() -> Routes {
    Routes::default()
        .get("/register", register::form)
        .post("/register", register::submit)
        .get("/register/sent", register::sent)
        .get("/verify/{token}", register::confirm_form)
        .post("/verify/{token}", register::confirm)
        .get("/login", login::form)
        .post("/login", login::submit)
        .post("/logout", login::logout)
        .get("/login/code", second_factor::code_form)
        .post("/login/code", second_factor::code_submit)
        .get("/reauth", second_factor::reauth_form)
        .post("/reauth", second_factor::reauth_submit)
        .get("/settings/two-factor", second_factor::two_factor_page)
        .post("/settings/two-factor/enable", second_factor::enable)
        .post("/settings/two-factor/recovery", second_factor::renew_codes)
        .post("/settings/two-factor/disable", second_factor::disable)
        .get("/settings/email", email::form)
        .post("/settings/email", email::submit)
        .get("/settings/email/confirm/{token}", email::confirm_form)
        .post("/settings/email/confirm/{token}", email::confirm)
        .get("/settings/delete", settings::delete_form)
        .post("/settings/delete", settings::delete)
        .get("/forgot", reset::forgot_form)
        .post("/forgot", reset::forgot_submit)
        .get("/forgot/sent", reset::forgot_sent)
        .get("/reset/{token}", reset::reset_form)
        .post("/reset/{token}", reset::reset_submit)
        .get("/settings", settings::page)
        .post("/settings/profile", settings::profile)
        .post("/settings/password", settings::password)
        .post("/settings/discreet", settings::discreet)
        .post("/settings/sessions/{id}/end", settings::end_session)
        .post("/settings/sessions/end-others", settings::end_other_sessions)
}
