//! One error type for handlers; internal causes are logged once and never shown.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};

use crate::web::layout::error_page;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// Missing, or not the asker's to see: the same answer either way.
    #[error("not found")]
    NotFound,
    /// Not signed in: send them to the sign-in page and back here after.
    #[error("sign-in required")]
    Unauthorized { next: String },
    #[error("forbidden")]
    Forbidden,
    /// A sensitive action and the session proved who it is too long ago: ask again, then
    /// come back to `next`.
    #[error("re-authentication required")]
    Reauthenticate { next: String },
    /// Not yet: this page needs a step first (say, choosing a perspective).
    #[error("see other: {0}")]
    SeeOther(&'static str),
    #[error("conflict: {0}")]
    Conflict(String),
    /// The request's form or token was not acceptable (bad CSRF token and the like).
    #[error("bad request: {0}")]
    BadRequest(&'static str),
    /// The CSRF token was missing or wrong, or the form was posted from another site.
    #[error("csrf token rejected")]
    CsrfRejected,
    #[error("too many requests")]
    TooManyRequests { retry_after_secs: u64 },
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<sqlx::Error> for AppError {
    fn from(e: sqlx::Error) -> Self {
        AppError::Internal(e.into())
    }
}

impl From<askama::Error> for AppError {
    fn from(e: askama::Error) -> Self {
        AppError::Internal(e.into())
    }
}

pub type AppResult<T> = Result<T, AppError>;

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        match self {
            AppError::NotFound => error_page(
                StatusCode::NOT_FOUND,
                "Page not found",
                "We couldn't find that page. It may have moved, or the link may be incomplete.",
            ),
            AppError::Unauthorized { next } => {
                let to = format!("/login?next={}", crate::web::urlencode(&next));
                Redirect::to(&to).into_response()
            }
            AppError::SeeOther(to) => Redirect::to(to).into_response(),
            AppError::Reauthenticate { next } => {
                Redirect::to(&format!("/reauth?next={}", crate::web::urlencode(&next))).into_response()
            }
            AppError::Forbidden => {
                error_page(StatusCode::FORBIDDEN, "Not available", "Your account cannot open this page.")
            }
            AppError::Conflict(what) => error_page(StatusCode::CONFLICT, "That didn't go through", &what),
            AppError::BadRequest(what) => error_page(StatusCode::BAD_REQUEST, "That didn't go through", what),
            AppError::CsrfRejected => error_page(
                StatusCode::FORBIDDEN,
                "This form has expired",
                "For your safety we could not accept that form. Go back, reload the page, and send it again.",
            ),
            AppError::TooManyRequests { retry_after_secs } => {
                let minutes = retry_after_secs.div_ceil(60);
                // The page's language finds these by their English (`error-page-wait-text`).
                let msg = if minutes <= 1 {
                    "Too many attempts. For your safety, please wait about a minute and try again.".to_string()
                } else {
                    format!("Too many attempts. For your safety, please wait about {minutes} minutes and try again.")
                };
                let mut res = error_page(StatusCode::TOO_MANY_REQUESTS, "Please wait a moment", &msg);
                res.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(retry_after_secs.max(1)));
                res
            }
            AppError::Internal(e) => {
                tracing::error!(error = %format!("{e:#}"), "internal error");
                error_page(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "Something went wrong",
                    "Something went wrong on our side. Nothing you wrote was shared. Please try again in a moment.",
                )
            }
        }
    }
}
