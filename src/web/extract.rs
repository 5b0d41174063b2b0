//! Extractors: the request context, the signed-in person, an admin, the peer address.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;

use super::RequestCtx;
use crate::accounts::model::{Role, SessionUser};
use crate::app::AppState;
use crate::error::AppError;

impl FromRequestParts<AppState> for RequestCtx {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &AppState) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<RequestCtx>()
            .cloned()
            .ok_or_else(|| AppError::Internal(anyhow::anyhow!("request context middleware missing")))
    }
}

/// The signed-in person; anyone else is sent to sign in and brought back after.
#[derive(Clone, Debug)]
pub struct CurrentUser(pub SessionUser);

impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let ctx = RequestCtx::from_request_parts(parts, state).await?;
        match ctx.user {
            Some(u) => Ok(CurrentUser(u)),
            None => {
                // Only GET destinations make sense to come back to.
                let next = if parts.method == axum::http::Method::GET { ctx.path } else { "/dashboard".into() };
                Err(AppError::Unauthorized { next })
            }
        }
    }
}

/// An operator. To anyone else an admin page does not exist.
#[derive(Clone, Debug)]
pub struct Admin(pub SessionUser);

impl FromRequestParts<AppState> for Admin {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let CurrentUser(u) = CurrentUser::from_request_parts(parts, state).await?;
        if u.role == Role::Admin { Ok(Admin(u)) } else { Err(AppError::NotFound) }
    }
}

/// A counsellor. To anyone else a practice page does not exist.
#[derive(Clone, Debug)]
pub struct Counsellor(pub SessionUser);

impl FromRequestParts<AppState> for Counsellor {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let CurrentUser(u) = CurrentUser::from_request_parts(parts, state).await?;
        if u.role == Role::Counsellor { Ok(Counsellor(u)) } else { Err(AppError::NotFound) }
    }
}

/// Someone who may write guides: a counsellor or an operator. To anyone else the writing
/// pages do not exist.
#[derive(Clone, Debug)]
pub struct Writer(pub SessionUser);

impl FromRequestParts<AppState> for Writer {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let CurrentUser(u) = CurrentUser::from_request_parts(parts, state).await?;
        if matches!(u.role, Role::Counsellor | Role::Admin) { Ok(Writer(u)) } else { Err(AppError::NotFound) }
    }
}

/// The client's address: the socket peer, or the last `X-Forwarded-For` entry when the
/// server is configured to sit behind a proxy (then the proxy appends the real one; entries
/// before it are whatever the client claimed and are ignored).
#[derive(Clone, Copy, Debug)]
pub struct PeerAddr(pub IpAddr);

impl FromRequestParts<AppState> for PeerAddr {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        if state.config.trust_proxy {
            let forwarded = parts
                .headers
                .get_all("x-forwarded-for")
                .iter()
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split(','))
                .filter_map(|s| s.trim().parse::<IpAddr>().ok())
                .next_back();
            if let Some(ip) = forwarded {
                return Ok(PeerAddr(ip));
            }
        }
        let addr = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip())
            .ok_or_else(|| AppError::Internal(anyhow::anyhow!("peer address unknown")))?;
        Ok(PeerAddr(addr))
    }
}
