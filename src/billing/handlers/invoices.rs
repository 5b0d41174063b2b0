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
use crate::pages::{format_date, format_time};
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

fn status(d: &Doc, owed: i64, counsellor_view: bool) -> String {
    match (d.kind, d.paid_at, &d.utr) {
        (DocKind::Credit, _, _) => "Credit note: reduces what is owed on the invoice it credits.".into(),
        (_, Some(at), _) => format!(
            "Paid on {}, by {}.{}",
            format_date(at, "UTC"),
            match d.paid_how.as_deref() {
                Some("cash") => "cash",
                Some("bank") => "bank transfer",
                _ => "UPI",
            },
            if owed < 0 { format!(" {} is to be refunded.", format_money(-owed, &d.currency)) } else { String::new() }
        ),
        (_, None, _) if owed <= 0 => "Nothing to pay: the session was cancelled and this invoice credited.".into(),
        (_, None, Some(utr)) if counsellor_view => {
            format!("Unpaid: the client says they paid by UPI, reference {utr}. Check your account, then mark it paid.")
        }
        (_, None, Some(utr)) => format!("Unpaid until your counsellor confirms it: you sent the UPI reference {utr}."),
        (_, None, None) => format!("Unpaid: {} to pay.", format_money(owed, &d.currency)),
    }
}

fn lines(d: &Doc, discreet: bool) -> Vec<(String, String)> {
    let mut out = vec![(model::description(&d.what, discreet).to_string(), format_money(d.net, &d.currency))];
    if let (Some(label), Some(rate)) = (&d.tax_label, d.tax_rate_bp) {
        out.push((format!("{label} at {}%", rate as f64 / 100.0), format_money(d.tax, &d.currency)));
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
            let link = model::upi_link(payee, name, owed, &d.number, &format!("Invoice {}", d.number));
            let qr = qrcode::QrCode::new(&link).map_err(anyhow::Error::from)?;
            let svg = qr.render::<qrcode::render::svg::Color>().min_dimensions(220, 220).quiet_zone(true).build();
            let svg = svg.replacen("<svg", "<svg role=\"img\" aria-label=\"QR code to pay this invoice by UPI\"", 1);
            Some((link, svg))
        }
        _ => None,
    };
    let credits = match &d.credits {
        Some(inv) => store::visible(&state.db, inv, &user.id).await?.map(|i| (i.number, format!("/invoices/{}", i.id))),
        None => None,
    };
    Ok(InvoicePage {
        l: ctx.layout(format!("{} {}", d.kind.title(), d.number)),
        title: d.kind.title(),
        number: d.number.clone(),
        counsellor: d.counsellor_name.clone(),
        licence: d.licence.clone(),
        tax_number: d.tax_number.clone().filter(|t| !t.is_empty()),
        client: d.client_name.clone(),
        issued: format_date(d.issued_at, &user.time_zone),
        session: format!("{} ({} time)", format_time(d.session_at, &user.time_zone), user.time_zone),
        lines: lines(&d, discreet),
        total: format_money(d.total, &d.currency),
        status: status(&d, owed, is_counsellor),
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
    for (words, _) in lines(&d, discreet).iter().take(1) {
        p.pair(words, &signed(d.net));
    }
    if let (Some(label), Some(rate)) = (&d.tax_label, d.tax_rate_bp) {
        p.pair(&format!("{label} at {}%", rate as f64 / 100.0), &signed(d.tax));
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
    Ok(redirect_with(
        state.config.is_https(),
        &format!("/invoices/{id}"),
        FlashKind::Success,
        "Thank you. Your counsellor will confirm once the money arrives.",
    ))
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
    Ok(redirect_with(state.config.is_https(), &format!("/invoices/{id}"), FlashKind::Success, "Marked as paid."))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ShareForm {
    share: String,
}

pub async fn share(
    State(state): State<AppState>,
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
    let msg = if on { "Your partner can see this invoice now." } else { "Only you and your counsellor see it now." };
    Ok(redirect_with(state.config.is_https(), &format!("/invoices/{id}"), FlashKind::Success, msg))
}

pub(super) fn list_line(d: &Doc, zone: &str, with: String) -> ListLine {
    ListLine {
        href: format!("/invoices/{}", d.id),
        title: d.kind.title(),
        number: d.number.clone(),
        with,
        when: format_date(d.issued_at, zone),
        total: format_money(d.total, &d.currency),
        status: match (d.kind, d.paid_at) {
            (DocKind::Credit, _) => "credit note".into(),
            (_, Some(_)) => "paid".into(),
            _ => "unpaid".into(),
        },
    }
}

pub async fn mine(
    State(state): State<AppState>,
    ctx: RequestCtx,
    CurrentUser(user): CurrentUser,
) -> AppResult<Response> {
    let docs = store::of_client(&state.db, &user.id).await?;
    let docs = docs.iter().map(|d| list_line(d, &user.time_zone, d.counsellor_name.clone())).collect();
    render(&MinePage { l: ctx.layout("Invoices"), docs })
}
