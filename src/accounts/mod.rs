//! Accounts: sign-up with email confirmation, sign-in and out, password reset, settings.

mod handlers;
pub mod model;
pub mod passwords;
pub mod session_store;
pub mod store;
mod views;

use crate::web::routes::Routes;
use handlers::{login, register, reset, settings};

pub use handlers::sign_in;

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
