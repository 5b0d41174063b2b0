//! Billing's pages: the counsellor's fee settings and books, and each invoice or credit note
//! for the people who may see it, with its PDF, UPI payment and confirmation.

use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::model::{self, DocKind, format_money};
use super::pdf::Page;
use super::store::{self, Doc, Fees};
use super::views::{BooksPage, FeesForm, FeesPage, InvoicePage, ListLine, MinePage};
use crate::accounts::model::SessionUser;
use crate::app::AppState;
use crate::error::{AppError, AppResult};
use crate::pages::{format_date, format_time};
use crate::profiles::model::parse_fee;
use crate::web::{Counsellor, CurrentUser, FlashKind, FormErrors, RequestCtx, redirect_with, render, render_invalid};

fn fee_text(minor: i64) -> String {
    let (whole, cents) = (minor / 100, minor % 100);
    if cents == 0 { whole.to_string() } else { format!("{whole}.{cents:02}") }
}

async fn fees_page(
    state: &AppState,
    ctx: &RequestCtx,
    user: &SessionUser,
    form: FeesForm,
    errors: FormErrors,
) -> AppResult<FeesPage> {
    let p = crate::profiles::store::profile(&state.db, &user.id).await?.ok_or(AppError::NotFound)?;
    Ok(FeesPage {
        l: ctx.layout("Fees and payment"),
        fee: format_money(p.profile.fee_minor, &p.profile.currency),
        currency: p.profile.currency,
        form,
        errors,
    })
}

pub async fn fees_form(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Counsellor(user): Counsellor,
) -> AppResult<Response> {
    let f = store::fees(&state.db, &user.id).await?;
    let form = FeesForm {
        couple_fee: f.couple_fee_minor.map(fee_text).unwrap_or_default(),
        late_fee: fee_text(f.late_fee_minor),
        tax: if f.tax.is_some() { "yes".into() } else { String::new() },
        tax_label: f.tax.as_ref().map(|t| t.0.clone()).unwrap_or_default(),
        tax_rate: f.tax.as_ref().map(|t| (t.1 as f64 / 100.0).to_string()).unwrap_or_default(),
        tax_number: f.tax.as_ref().map(|t| t.2.clone()).unwrap_or_default(),
        upi_id: f.upi.as_ref().map(|u| u.0.clone()).unwrap_or_default(),
        upi_name: f.upi.as_ref().map(|u| u.1.clone()).unwrap_or_default(),
    };
    render(&fees_page(&state, &ctx, &user, form, FormErrors::default()).await?)
}

/// A rate in percent with at most two decimals, as basis points (18 → 1800), up to 50 %.
fn parse_rate(raw: &str) -> Result<i64, &'static str> {
    let bp = parse_fee(raw.trim().trim_end_matches('%')).map_err(|_| "Give the rate as a number, such as 18.")?;
    if bp == 0 || bp > 5_000 { Err("Give a rate between 0.01 and 50 percent.") } else { Ok(bp) }
}

fn parse_fees(form: &FeesForm, errors: &mut FormErrors) -> Fees {
    let couple_fee_minor =
        if form.couple_fee.trim().is_empty() { None } else { errors.take("couple_fee", parse_fee(&form.couple_fee)) };
    let late_fee_minor =
        if form.late_fee.trim().is_empty() { Some(0) } else { errors.take("late_fee", parse_fee(&form.late_fee)) }
            .unwrap_or(0);
    let tax = if form.tax == "yes" {
        let label = form.tax_label.trim();
        if label.is_empty() || label.chars().count() > 20 {
            errors.add("tax_label", "Name the tax in up to 20 characters, such as GST.");
        }
        let rate = errors.take("tax_rate", parse_rate(&form.tax_rate));
        let number = form.tax_number.trim().to_uppercase();
        if number.len() != 15 || !number.chars().all(|c| c.is_ascii_alphanumeric()) {
            errors.add("tax_number", "A GSTIN is 15 letters and digits, such as 27AAPFU0939F1ZV.");
        }
        rate.map(|r| (label.to_string(), r, number))
    } else {
        None
    };
    let upi = if form.upi_id.trim().is_empty() {
        None
    } else {
        let id = errors.take("upi_id", model::parse_upi_id(&form.upi_id));
        let name = form.upi_name.trim();
        if name.is_empty() || name.chars().count() > 50 {
            errors.add("upi_name", "Give the name payers see, in up to 50 characters.");
        }
        id.map(|id| (id, name.to_string()))
    };
    Fees { couple_fee_minor, late_fee_minor, tax, upi }
}

pub async fn save_fees(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Counsellor(user): Counsellor,
    Form(form): Form<FeesForm>,
) -> AppResult<Response> {
    let mut errors = FormErrors::default();
    let fees = parse_fees(&form, &mut errors);
    if !errors.is_empty() {
        return render_invalid(&fees_page(&state, &ctx, &user, form, errors).await?);
    }
    store::set_fees(&state.db, &user.id, &fees, state.clock.now_ms()).await?;
    Ok(redirect_with(state.config.is_https(), "/practice/fees", FlashKind::Success, "Saved. New bookings use these."))
}

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
    let discreet = crate::accounts::store::recipient(&state.db, &user.email).await?.is_some_and(|r| r.1);
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
        Some(c) => crate::accounts::store::recipient(&state.db, &c.email).await?.is_some_and(|r| r.1),
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

fn list_line(d: &Doc, zone: &str, with: String) -> ListLine {
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

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MonthQuery {
    month: String,
}

/// The month asked for ("2026-12", else this month in the counsellor's zone) as its label, the
/// months before and after, and its bounds in milliseconds.
fn month(q: &str, zone: &str, now: i64) -> (String, String, String, String, (i64, i64)) {
    use jiff::civil::Date;
    let tz = jiff::tz::TimeZone::get(zone).unwrap_or(jiff::tz::TimeZone::UTC);
    let today =
        jiff::Timestamp::from_millisecond(now).unwrap_or(jiff::Timestamp::UNIX_EPOCH).to_zoned(tz.clone()).date();
    let first = q
        .split_once('-')
        .and_then(|(y, m)| Some((y.parse::<i16>().ok()?, m.parse::<i8>().ok()?)))
        .and_then(|(y, m)| Date::new(y, m, 1).ok())
        .unwrap_or_else(|| today.first_of_month());
    let next = first.checked_add(jiff::Span::new().months(1)).unwrap_or(first);
    let prev = first.checked_sub(jiff::Span::new().months(1)).unwrap_or(first);
    let ms = |d: Date| d.to_zoned(tz.clone()).map(|z| z.timestamp().as_millisecond()).unwrap_or(0);
    let key = |d: Date| d.strftime("%Y-%m").to_string();
    (key(first), first.strftime("%B %Y").to_string(), key(prev), key(next), (ms(first), ms(next)))
}

async fn books_data(
    state: &AppState,
    user: &SessionUser,
    q: &str,
) -> AppResult<(String, String, String, String, Vec<Doc>)> {
    let zone =
        crate::profiles::store::profile(&state.db, &user.id).await?.map_or("UTC".into(), |p| p.profile.time_zone);
    let (key, label, prev, next, range) = month(q, &zone, state.clock.now_ms());
    Ok((key, label, prev, next, store::of_counsellor(&state.db, &user.id, range).await?))
}

pub async fn books(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Counsellor(user): Counsellor,
    Query(q): Query<MonthQuery>,
) -> AppResult<Response> {
    let (month, month_label, prev, next, docs) = books_data(&state, &user, &q.month).await?;
    let currency = docs.first().map_or("INR".to_string(), |d| d.currency.clone());
    let sum = |f: &dyn Fn(&Doc) -> bool| docs.iter().filter(|d| f(d)).map(|d| d.total).sum::<i64>();
    let invoiced = sum(&|d| d.kind == DocKind::Invoice);
    let credited = sum(&|d| d.kind == DocKind::Credit);
    let paid = sum(&|d| d.kind == DocKind::Invoice && d.paid_at.is_some());
    let totals = vec![
        ("Invoiced".to_string(), format_money(invoiced, &currency)),
        ("Credited (cancellations)".to_string(), format_money(credited, &currency)),
        ("Paid".to_string(), format_money(paid, &currency)),
        ("Unpaid".to_string(), format_money((invoiced + credited - paid).max(0), &currency)),
    ];
    // What each client owes, over all time: unpaid invoices less their credit notes.
    let all = store::of_counsellor(&state.db, &user.id, (0, i64::MAX)).await?;
    let mut owed: std::collections::BTreeMap<String, i64> = Default::default();
    for d in all.iter().filter(|d| d.kind == DocKind::Invoice && d.paid_at.is_none()) {
        let credit: i64 = all.iter().filter(|c| c.credits.as_deref() == Some(d.id.as_str())).map(|c| c.total).sum();
        *owed.entry(d.client_name.clone()).or_default() += d.total + credit;
    }
    let balances = owed.into_iter().filter(|(_, v)| *v > 0).map(|(k, v)| (k, format_money(v, &currency))).collect();
    let docs = docs.iter().map(|d| list_line(d, &user.time_zone, d.client_name.clone())).collect();
    render(&BooksPage { l: ctx.layout("Books"), month, month_label, prev, next, docs, totals, balances })
}

/// A CSV cell: quoted when it must be, and text that a spreadsheet would run as a formula
/// (=, +, -, @ first) made plain with a leading apostrophe.
fn cell(v: &str, text: bool) -> String {
    let v = if text && v.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{v}") } else { v.to_string() };
    if v.contains([',', '"', '\n', '\r']) { format!("\"{}\"", v.replace('"', "\"\"")) } else { v }
}

pub async fn books_csv(
    State(state): State<AppState>,
    Counsellor(user): Counsellor,
    Query(q): Query<MonthQuery>,
) -> AppResult<Response> {
    let (month, _, _, _, docs) = books_data(&state, &user, &q.month).await?;
    let mut out =
        String::from("date,number,type,client,description,net,tax,total,currency,paid_on,paid_by,upi_reference\r\n");
    for d in &docs {
        let row = [
            cell(&format_date(d.issued_at, &user.time_zone), true),
            cell(&d.number, true),
            cell(d.kind.title(), true),
            cell(&d.client_name, true),
            cell(model::description(&d.what, false), true),
            model::decimal(d.net),
            model::decimal(d.tax),
            model::decimal(d.total),
            cell(&d.currency, true),
            d.paid_at.map(|t| format_date(t, &user.time_zone)).map_or(String::new(), |v| cell(&v, true)),
            cell(d.paid_how.as_deref().unwrap_or(""), true),
            cell(d.utr.as_deref().unwrap_or(""), true),
        ];
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    let file = format!("attachment; filename=\"books-{month}.csv\"");
    Ok(([(header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()), (header::CONTENT_DISPOSITION, file)], out)
        .into_response())
}
