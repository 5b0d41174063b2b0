//! A counsellor's own pages: the practice, the profile form and the photo.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};

use crate::app::AppState;
use crate::bookings::views::BookingLine;
use crate::error::{AppError, AppResult};
use crate::profiles::model::{self, CURRENCIES, FORMATS, GENDERS, Profile, SPECIALTIES, Status};
use crate::profiles::store;
use crate::profiles::views::*;
use crate::web::{Counsellor, FlashKind, FormErrors, RequestCtx, redirect_with, render, render_invalid};
use crate::zone::Zone;

const TEXT_MAX: usize = 200;
const BIO_MAX: usize = 4000;

fn required(errors: &mut FormErrors, field: &'static str, raw: &str, what: &str, max: usize) -> String {
    let v = raw.trim();
    if v.is_empty() {
        errors.add(field, format!("Give your {what}."));
    } else if v.chars().count() > max {
        errors.add(field, format!("Keep your {what} under {max} characters."));
    }
    v.to_string()
}

/// Checks the whole form, naming each problem; the form itself is kept as typed.
fn check(ctx: &RequestCtx, form: &ProfileForm, today: jiff::civil::Date) -> (Option<(Profile, i64)>, FormErrors) {
    let mut e = FormErrors::default();
    let full_name = required(&mut e, "full_name", &form.full_name, "full name as on your licence", TEXT_MAX);
    let title = required(&mut e, "title", &form.title, "professional title", TEXT_MAX);
    let bio = required(&mut e, "bio", &form.bio, "introduction", BIO_MAX);
    let license_number = required(&mut e, "license_number", &form.license_number, "licence number", 80);
    let licensing_body = required(&mut e, "licensing_body", &form.licensing_body, "licensing body", TEXT_MAX);
    let jurisdiction = required(&mut e, "jurisdiction", &form.jurisdiction, "jurisdiction", TEXT_MAX);
    let expiry = match model::parse_expiry(&form.license_expires_on, today) {
        Ok(d) => Some(d),
        // A date too far off names the range, its dates in the reader's language.
        Err(problem) if problem.starts_with("Give a date") => {
            let latest = crate::pages::years_after(today, 10);
            e.add(
                "license_expires_on",
                crate::pages::date_problem(ctx, "practice", &form.license_expires_on, today, latest),
            );
            None
        }
        Err(problem) => {
            e.add("license_expires_on", problem);
            None
        }
    };
    let specialties: Vec<String> =
        SPECIALTIES.iter().filter(|(k, _)| form.has_specialty(k)).map(|(k, _)| k.to_string()).collect();
    if specialties.is_empty() {
        e.add("specialties", "Choose at least one area you work with.");
    }
    let formats: Vec<String> = FORMATS.iter().filter(|(k, _)| form.has_format(k)).map(|(k, _)| k.to_string()).collect();
    if formats.is_empty() {
        e.add("formats", "Choose at least one way you meet clients.");
    }
    let languages = model::parse_languages(&form.languages);
    if languages.is_empty() {
        e.add("languages", "Give at least one language you work in.");
    }
    let fee = e.take("fee", model::parse_fee(&form.fee));
    if !CURRENCIES.contains(&form.currency.as_str()) {
        e.add("currency", "Choose a currency.");
    }
    let tz = e.take("time_zone", Zone::parse(&form.time_zone));
    if form.approaches.chars().count() > BIO_MAX {
        e.add("approaches", format!("Keep this under {BIO_MAX} characters."));
    }
    let gender = if GENDERS.iter().any(|(k, _)| *k == form.gender) { form.gender.clone() } else { String::new() };
    let (Some(expiry), Some(fee), Some(tz)) = (expiry, fee, tz) else { return (None, e) };
    if !e.is_empty() {
        return (None, e);
    }
    // Valid through the last day, in the counsellor's own zone.
    let zone = tz.tz().clone();
    let expires_at = expiry
        .tomorrow()
        .ok()
        .and_then(|d| d.to_zoned(zone).ok())
        .map(|z| z.timestamp().as_millisecond())
        .unwrap_or(i64::MAX);
    let profile = Profile {
        full_name,
        title,
        bio: bio.replace("\r\n", "\n"),
        gender,
        license_number,
        licensing_body,
        jurisdiction,
        license_expires_on: expiry.to_string(),
        specialties,
        approaches: form.approaches.trim().replace("\r\n", "\n"),
        languages,
        formats,
        fee_minor: fee,
        currency: form.currency.clone(),
        time_zone: tz.name().to_string(),
    };
    (Some((profile, expires_at)), e)
}

fn today(state: &AppState, tz: &str) -> jiff::civil::Date {
    let zone = crate::zone::Zone::stored(tz).tz().clone();
    jiff::Timestamp::from_millisecond(state.clock.now_ms()).map(|t| t.to_zoned(zone).date()).unwrap_or_default()
}

fn profile_page(
    ctx: &RequestCtx,
    form: ProfileForm,
    errors: FormErrors,
    stored: Option<&crate::profiles::model::Stored>,
) -> ProfilePage {
    use crate::directory::model::{currency_options, format_key, gender_key, options, specialty_key};
    let gender = |k: &str| if k.is_empty() { "practice-gender-none".to_string() } else { gender_key(k) };
    ProfilePage {
        l: ctx.layout_t("practice-profile-title"),
        form,
        errors,
        status: stored.map(|s| s.status),
        rejection_reason: stored.and_then(|s| s.rejection_reason.clone()),
        specialties: options(&SPECIALTIES, specialty_key, &ctx.locales, ctx.lang),
        formats: options(&FORMATS, format_key, &ctx.locales, ctx.lang),
        genders: GENDERS.iter().map(|(k, _)| (*k, ctx.t(&gender(k)))).collect(),
        currencies: currency_options(&ctx.locales, ctx.lang),
        photo: None,
    }
}

pub async fn practice(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Counsellor(u): Counsellor,
) -> AppResult<Response> {
    let stored = store::profile(&state.db, &u.id).await?;
    let now = state.clock.now_ms();
    let attention = crate::feedback::attention(&state, (&ctx.locales, ctx.lang), &u).await?;
    render(&PracticePage {
        attention,
        l: ctx.layout_t("practice-title"),
        status: stored.as_ref().map(|s| s.status),
        rejection_reason: stored.as_ref().and_then(|s| s.rejection_reason.clone()),
        suspended: stored.as_ref().and_then(|s| s.suspended.clone()),
        listed: stored
            .as_ref()
            .is_some_and(|s| model::is_listed(s.status, s.suspended.is_some(), s.license_expires_at, now)),
        card: stored.as_ref().map(Card::from),
        upcoming: crate::bookings::store::counsellor_bookings(&state.db, &u.id, now)
            .await?
            .iter()
            .map(|b| BookingLine::of(b, &u, now, ctx.lang))
            .collect(),
    })
}

pub async fn profile_form(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Counsellor(u): Counsellor,
) -> AppResult<Response> {
    let stored = store::profile(&state.db, &u.id).await?;
    let form = match &stored {
        Some(s) => ProfileForm::from_stored(s),
        None => ProfileForm {
            full_name: u.display_name.clone(),
            time_zone: u.time_zone.clone(),
            currency: "INR".into(),
            ..Default::default()
        },
    };
    let mut page = profile_page(&ctx, form, FormErrors::default(), stored.as_ref());
    page.photo = store::photo_meta(&state.db, &u.id).await?;
    render(&page)
}

pub async fn save_profile(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Counsellor(u): Counsellor,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let form = ProfileForm::from_pairs(pairs);
    let stored = store::profile(&state.db, &u.id).await?;
    let tz = if form.time_zone.trim().is_empty() { u.time_zone.clone() } else { form.time_zone.clone() };
    let (checked, errors) = check(&ctx, &form, today(&state, &tz));
    let Some((profile, expires_at)) = checked else {
        return render_invalid(&profile_page(&ctx, form, errors, stored.as_ref()));
    };
    let submit = form.action == "submit";
    let current = stored.as_ref().map(|s| s.status);
    // A verified profile stays verified through edits that a verifier did not check; a change
    // to the licence details sends it back for checking.
    let status = match (current, submit) {
        (Some(Status::Verified), _) if !stored.as_ref().is_some_and(|s| s.profile.license_differs(&profile)) => {
            Status::Verified
        }
        (Some(Status::Verified), _) | (_, true) => Status::Submitted,
        (Some(Status::Submitted), false) => Status::Submitted,
        (Some(Status::Rejected), false) => Status::Rejected,
        _ => Status::Draft,
    };
    store::save_profile(&state.db, &u.id, &profile, expires_at, status, state.clock.now_ms()).await?;
    let msg = ctx.t(match status {
        Status::Verified => "practice-saved-verified",
        Status::Submitted if current == Some(Status::Verified) => "practice-saved-recheck",
        Status::Submitted => "practice-saved-submitted",
        _ => "practice-saved-draft",
    });
    Ok(redirect_with(state.config.is_https(), "/practice", FlashKind::Success, &msg))
}

/// The counsellor uploads a photo; it is checked, shrunk and re-encoded before it is kept.
pub async fn upload_photo(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Counsellor(u): Counsellor,
    mut multipart: axum::extract::Multipart,
) -> AppResult<Response> {
    let mut bytes = vec![];
    while let Ok(Some(field)) = multipart.next_field().await {
        if field.name() == Some("photo") {
            bytes = field
                .bytes()
                .await
                .map_err(|_| AppError::BadRequest("The upload was interrupted. Please try again."))?
                .to_vec();
        }
    }
    let processed = tokio::task::spawn_blocking(move || crate::profiles::photo::process(&bytes))
        .await
        .map_err(|e| AppError::Internal(anyhow::anyhow!("photo task: {e}")))?;
    match processed {
        Ok(photo) => {
            store::save_photo(&state.db, &u.id, &photo, state.clock.now_ms()).await?;
            let msg = ctx.t("practice-photo-saved");
            Ok(redirect_with(state.config.is_https(), "/practice/profile", FlashKind::Success, &msg))
        }
        Err(reason) => {
            let stored = store::profile(&state.db, &u.id).await?;
            let form = stored.as_ref().map(ProfileForm::from_stored).unwrap_or_default();
            let mut errors = FormErrors::default();
            errors.add("photo", reason);
            let mut page = profile_page(&ctx, form, errors, stored.as_ref());
            page.photo = store::photo_meta(&state.db, &u.id).await?;
            render_invalid(&page)
        }
    }
}

/// A listed counsellor's photo, for anyone; an unlisted one's only for themself and operators.
pub async fn photo(State(state): State<AppState>, ctx: RequestCtx, Path(id): Path<String>) -> AppResult<Response> {
    let s = store::profile(&state.db, &id).await?.ok_or(AppError::NotFound)?;
    let listed = model::is_listed(s.status, s.suspended.is_some(), s.license_expires_at, state.clock.now_ms());
    let own = ctx.user.as_ref().is_some_and(|u| u.id == id || u.is_admin());
    if !listed && !own {
        return Err(AppError::NotFound);
    }
    let (jpeg, _) = store::photo(&state.db, &id).await?.ok_or(AppError::NotFound)?;
    let cache = if listed { "public, max-age=86400" } else { "private, no-store" };
    Ok(([(axum::http::header::CONTENT_TYPE, "image/jpeg"), (axum::http::header::CACHE_CONTROL, cache)], jpeg)
        .into_response())
}
