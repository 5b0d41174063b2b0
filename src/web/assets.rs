//! Static files embedded in the binary, served under content-hashed names.

use axum::extract::Path;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

use crate::error::AppError;

include!(concat!(env!("OUT_DIR"), "/assets.rs"));

pub async fn serve(Path(file): Path<String>) -> Result<Response, AppError> {
    let (_, mime, bytes) = FILES.iter().find(|(name, _, _)| *name == file).ok_or(AppError::NotFound)?;
    let mut res = bytes.into_response();
    let h = res.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(mime));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=31536000, immutable"));
    Ok(res)
}
