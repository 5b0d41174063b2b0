//! Each invoice or credit note for the people who may see it: the page with its UPI
//! payment, the PDF, the client's reference, the counsellor's confirmation, sharing with a
//! partner, and the member's list.

use axum::Form;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use crate::accounts::model::SessionUser;
use crate::app::AppState;
use crate::billing::model::{self, DocKind, format_money};
use crate::billing::pdf::Page;
use crate::billing::store::{self, Doc};
use crate::billing::views::{InvoicePage, ListLine, MinePage};
use crate::error::{AppError, AppResult};
use crate::pages::{format_date, format_date_in, format_time, format_time_in};
use crate::web::{Counsellor, CurrentUser, FlashKind, FormErrors, RequestCtx, redirect_with, render, render_invalid};

/// The credit notes of an invoice, and what is still owed on it.
async fn credits_of(state: &AppState, d: &Doc) -> AppResult<(Vec<Doc>, i64)> {
    let notes: Vec<Doc> = store::for_booking(&state.db, &d.booking_id)
        .await?
        .into_iter()
        .filter(|c| c.credits.as_deref() == Some(d.id.as_str()))
        .collect();
    let owed = d.total + notes.iter().map(|c| c.total).sum::<i64>();
    Ok((notes, owed))
}

fn status(ctx: &RequestCtx, d: &Doc, owed: i64, counsellor_view: bool) -> String {
    match (d.kind, d.paid_at, &d.utr) {
        (DocKind::Credit, _, _) => ctx.t("billing-status-credit"),
        (_, Some(at), _) => {
            let how = ctx.t(match d.paid_how.as_deref() {
                Some("cash") => "billing-paid-by-cash",
                Some("bank") => "billing-paid-by-bank",
                _ => "billing-paid-by-upi",
            });
            let date = format_date_in(ctx.lang, at, "UTC");
            if owed < 0 {
                let amount = format_money(-owed, &d.currency);
                ctx.t_with("billing-status-paid-refund", &[("date", &date), ("how", &how), ("amount", &amount)])
            } else {
                ctx.t_with("billing-status-paid", &[("date", &date), ("how", &how)])
            }
        }
        (_, None, _) if owed <= 0 => ctx.t("billing-status-credited"),
        (_, None, Some(utr)) if counsellor_view => ctx.t_with("billing-status-utr-counsellor", &[("utr", utr)]),
        (_, None, Some(utr)) => ctx.t_with("billing-status-utr-client", &[("utr", utr)]),
        (_, None, None) => ctx.t_with("billing-status-unpaid", &[("amount", &format_money(owed, &d.currency))]),
    }
}

/// A tax line's rate as people write it: 1800 basis points → "18", 1250 → "12.5".
fn rate(bp: i64) -> String {
    (bp as f64 / 100.0).to_string()
}

/// The amount lines of the page, in the reader's language (the PDF writes its own, in English).
fn lines(ctx: &RequestCtx, d: &Doc, discreet: bool) -> Vec<(String, String)> {
    let mut out = vec![(ctx.t(model::description_key(&d.what, discreet)), format_money(d.net, &d.currency))];
    if let (Some(label), Some(bp)) = (&d.tax_label, d.tax_rate_bp) {
        let words = ctx.t_with("billing-line-tax", &[("label", label), ("rate", &rate(bp))]);
        out.push((words, format_money(d.tax, &d.currency)));
    }
    out
}

async fn invoice_page(
    state: &AppState,
    ctx: &RequestCtx,
    user: &SessionUser,
    d: Doc,
    utr: String,
    errors: FormErrors,
) -> AppResult<InvoicePage> {
    let is_counsellor = d.counsellor_id == user.id;
    let is_client = d.client_id == user.id;
    let (notes, owed) = credits_of(state, &d).await?;
    let discreet = crate::accounts::store::recipient(&state.db, &user.email).await?.is_some_and(|r| r.discreet);
    let unpaid = d.kind == DocKind::Invoice && d.paid_at.is_none() && owed > 0;
    let fees = store::fees(&state.db, &d.counsellor_id).await?;
    let upi = match (&fees.upi, is_client && unpaid && d.currency == "INR") {
        (Some((payee, name)), true) => {
            // The note the payer's bank app shows stays English, as the PDF does.
            let link = model::upi_link(payee, name, owed, &d.number, &format!("Invoice {}", d.number));
            let qr = qrcode::QrCode::new(&link).map_err(anyhow::Error::from)?;
            let svg = qr.render::<qrcode::render::svg::Color>().min_dimensions(220, 220).quiet_zone(true).build();
            let label = crate::web::layout::Msg(ctx.t("billing-pay-qr"));
            let svg = svg.replacen("<svg", &format!("<svg role=\"img\" aria-label=\"{label}\""), 1);
            Some((link, svg))
        }
        _ => None,
    };
    let credits = match &d.credits {
        Some(inv) => store::visible(&state.db, inv, &user.id).await?.map(|i| (i.number, format!("/invoices/{}", i.id))),
        None => None,
    };
    let title = ctx.t_with(d.kind.title_key(), &[("number", &d.number)]);
    let when = format_time_in(ctx.lang, d.session_at, &user.time_zone);
    let session = ctx.t_with("billing-invoice-session-time", &[("when", &when), ("zone", &user.time_zone)]);
    let issued = format_date_in(ctx.lang, d.issued_at, &user.time_zone);
    Ok(InvoicePage {
        l: ctx.layout(title.clone()),
        title,
        counsellor: d.counsellor_name.clone(),
        licence: d.licence.clone(),
        tax_number: d.tax_number.clone().filter(|t| !t.is_empty()),
        client: d.client_name.clone(),
        issued: ctx.t_with("billing-invoice-issued", &[("issued", &issued), ("session", &session)]),
        lines: lines(ctx, &d, discreet),
        total: format_money(d.total, &d.currency),
        status: status(ctx, &d, owed, is_counsellor),
        credits,
        credit_notes: notes.iter().map(|c| (c.number.clone(), format!("/invoices/{}", c.id))).collect(),
        upi_payee: fees.upi.map(|u| u.1).unwrap_or_default(),
        upi,
        can_note_utr: is_client && unpaid,
        utr,
        can_mark_paid: is_counsellor && unpaid,
        share: (is_client && d.space_id.is_some() && d.kind == DocKind::Invoice).then_some(d.shared),
        booking_href: format!("/bookings/{}", d.booking_id),
        id: d.id,
        errors,
    })
}

async fn visible(state: &AppState, id: &str, user: &SessionUser) -> AppResult<Doc> {
    store::visible(&state.db, id, &user.id).await?.ok_or(AppError::NotFound)
}

pub async fn invoice(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let d = visible(&state, &id, &user).await?;
    let utr = d.utr.clone().unwrap_or_default();
    render(&invoice_page(&state, &ctx, &user, d, utr, FormErrors::default()).await?)
}

/// The document as a PDF, in the client's time zone, in discreet words if the client asked
/// for discreet mail.
pub async fn invoice_pdf(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(id): Path<String>,
) -> AppResult<Response> {
    let d = visible(&state, &id, &user).await?;
    let client = crate::accounts::store::find_by_id(&state.db, &d.client_id).await?;
    let zone = client.as_ref().map_or("UTC".to_string(), |c| c.time_zone.clone());
    let discreet = match &client {
        Some(c) => crate::accounts::store::recipient(&state.db, &c.email).await?.is_some_and(|r| r.discreet),
        None => true,
    };
    let (_, owed) = credits_of(&state, &d).await?;
    let signed = |m: i64| model::format_code(m, &d.currency);
    let mut p = Page::default();
    p.line(&format!("{} {}", d.kind.title(), d.number), 20.0, true);
    p.gap(8.0);
    p.line("From", 10.5, true);
    p.line(&d.counsellor_name, 11.0, false);
    p.line(&format!("Licence {}", d.licence), 10.0, false);
    if let Some(t) = d.tax_number.as_deref().filter(|t| !t.is_empty()) {
        p.line(&format!("Tax number {t}"), 10.0, false);
    }
    p.gap(6.0);
    p.line("To", 10.5, true);
    p.line(&d.client_name, 11.0, false);
    p.gap(6.0);
    p.pair("Issued", &format_date(d.issued_at, &zone));
    p.pair("Session", &format!("{} ({zone})", format_time(d.session_at, &zone)));
    if let Some(inv) = &d.credits
        && let Some(i) = store::visible(&state.db, inv, &user.id).await?
    {
        p.pair("Credits invoice", &i.number);
    }
    p.gap(10.0);
    p.pair(model::description(&d.what, discreet), &signed(d.net));
    if let (Some(label), Some(bp)) = (&d.tax_label, d.tax_rate_bp) {
        p.pair(&format!("{label} at {}%", rate(bp)), &signed(d.tax));
    }
    p.pair("Total", &signed(d.total));
    p.gap(10.0);
    let status = match (d.kind, d.paid_at) {
        (DocKind::Credit, _) => "Credit note".to_string(),
        (_, Some(at)) => format!("PAID on {}", format_date(at, &zone)),
        _ if owed <= 0 => "Credited in full: nothing to pay".into(),
        _ => format!("UNPAID: {} to pay", signed(owed)),
    };
    p.line(&status, 12.0, true);
    let pdf = p.finish(&format!("{} {}", d.kind.title(), d.number));
    let file = format!("attachment; filename=\"{}-{}.pdf\"", d.kind.as_str(), d.number.replace('/', "-"));
    Ok(([(header::CONTENT_TYPE, "application/pdf".to_string()), (header::CONTENT_DISPOSITION, file)], pdf)
        .into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct UtrForm {
    utr: String,
}

pub async fn utr(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Path(id): Path<String>,
    Form(form): Form<UtrForm>,
) -> AppResult<Response> {
    let d = visible(&state, &id, &user).await?;
    if d.client_id != user.id {
        return Err(AppError::NotFound);
    }
    let utr = match model::parse_utr(&form.utr) {
        Ok(u) => u,
        Err(msg) => {
            let mut errors = FormErrors::default();
            errors.add("utr", msg);
            return render_invalid(&invoice_page(&state, &ctx, &user, d, form.utr, errors).await?);
        }
    };
    if !store::record_utr(&state.db, &id, &user.id, &utr, state.clock.now_ms()).await? {
        return Err(AppError::Conflict("This invoice is paid already.".into()));
    }
    let msg = ctx.t("billing-utr-sent");
    Ok(redirect_with(state.config.is_https(), &format!("/invoices/{id}"), FlashKind::Success, &msg))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct PaidForm {
    how: String,
}

pub async fn paid(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Counsellor(user): Counsellor,
    Path(id): Path<String>,
    Form(form): Form<PaidForm>,
) -> AppResult<Response> {
    let d = visible(&state, &id, &user).await?;
    if d.counsellor_id != user.id {
        return Err(AppError::NotFound);
    }
    if !["upi", "cash", "bank"].contains(&form.how.as_str()) {
        let mut errors = FormErrors::default();
        errors.add("how", "Choose how the money arrived.");
        let utr = d.utr.clone().unwrap_or_default();
        return render_invalid(&invoice_page(&state, &ctx, &user, d, utr, errors).await?);
    }
    if !store::mark_paid(&state.db, &id, &user.id, &form.how, state.clock.now_ms()).await? {
        return Err(AppError::Conflict("This invoice is marked paid already.".into()));
    }
    let msg = ctx.t("billing-marked-paid");
    Ok(redirect_with(state.config.is_https(), &format!("/invoices/{id}"), FlashKind::Success, &msg))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ShareForm {
    share: String,
}

pub async fn share(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
    Path(id): Path<String>,
    Form(form): Form<ShareForm>,
) -> AppResult<Response> {
    let d = visible(&state, &id, &user).await?;
    if d.client_id != user.id || d.space_id.is_none() {
        return Err(AppError::NotFound);
    }
    let on = form.share == "yes";
    store::set_shared(&state.db, &id, &user.id, on).await?;
    let msg = ctx.t(if on { "billing-shared-now" } else { "billing-not-shared-now" });
    Ok(redirect_with(state.config.is_https(), &format!("/invoices/{id}"), FlashKind::Success, &msg))
}

pub(super) fn list_line(ctx: &RequestCtx, d: &Doc, zone: &str, with: String) -> ListLine {
    let status = ctx.t(match (d.kind, d.paid_at) {
        (DocKind::Credit, _) => "billing-list-credit",
        (_, Some(_)) => "billing-list-paid",
        _ => "billing-list-unpaid",
    });
    let total = format_money(d.total, &d.currency);
    ListLine {
        href: format!("/invoices/{}", d.id),
        title: ctx.t_with(d.kind.title_key(), &[("number", &d.number)]),
        with,
        when: format_date_in(ctx.lang, d.issued_at, zone),
        amount: ctx.t_with("billing-list-amount", &[("total", &total), ("status", &status)]),
    }
}

pub async fn mine(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
) -> AppResult<Response> {
    let docs = store::of_client(&state.db, &user.id).await?;
    let docs = docs.iter().map(|d| list_line(&ctx, d, &user.time_zone, d.counsellor_name.clone())).collect();
    render(&MinePage { l: ctx.layout_t("billing-mine-title"), docs })
}
