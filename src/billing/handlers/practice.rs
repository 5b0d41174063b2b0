//! The counsellor's practice pages: fee settings, and the books by month with their CSV.

use axum::Form;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use crate::accounts::model::SessionUser;
use crate::app::AppState;
use crate::billing::model::{self, DocKind, format_money};
use crate::billing::store::{self, Doc, Fees};
use crate::billing::views::{BooksPage, FeesForm, FeesPage};
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::pages::format_date;
use crate::profiles::model::parse_fee;
use crate::web::{Counsellor, FlashKind, FormErrors, RequestCtx, redirect_with, render, render_invalid};

use super::invoices::list_line;

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
        l: ctx.layout_t("billing-fees-title"),
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
    let msg = ctx.t("billing-fees-saved");
    Ok(redirect_with(state.config.is_https(), "/practice/fees", FlashKind::Success, &msg))
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MonthQuery {
    month: String,
}

/// The month asked for ("2026-12", else this month in the counsellor's zone) as its label
/// ("December 2026" / "दिसंबर 2026"), the months before and after, and its bounds in milliseconds.
fn month(lang: Lang, q: &str, zone: &str, now: i64) -> (String, String, String, String, (i64, i64)) {
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
    let label = match lang {
        // English names the month in full, which `i18n::dates` shortens.
        Lang::En => first.strftime("%B %Y").to_string(),
        _ => format!("{} {}", crate::i18n::dates::month(lang, first.month()), first.year()),
    };
    (key(first), label, key(prev), key(next), (ms(first), ms(next)))
}

async fn books_data(
    state: &AppState,
    lang: Lang,
    user: &SessionUser,
    q: &str,
) -> AppResult<(String, String, String, String, Vec<Doc>)> {
    let zone =
        crate::profiles::store::profile(&state.db, &user.id).await?.map_or("UTC".into(), |p| p.profile.time_zone);
    let (key, label, prev, next, range) = month(lang, q, &zone, state.clock.now_ms());
    Ok((key, label, prev, next, store::of_counsellor(&state.db, &user.id, range).await?))
}

pub async fn books(
    State(state): State<AppState>,
    ctx: RequestCtx,
    Counsellor(user): Counsellor,
    Query(q): Query<MonthQuery>,
) -> AppResult<Response> {
    let (month, month_label, prev, next, docs) = books_data(&state, ctx.lang, &user, &q.month).await?;
    let currency = docs.first().map_or("INR".to_string(), |d| d.currency.clone());
    let sum = |f: &dyn Fn(&Doc) -> bool| docs.iter().filter(|d| f(d)).map(|d| d.total).sum::<i64>();
    let invoiced = sum(&|d| d.kind == DocKind::Invoice);
    let credited = sum(&|d| d.kind == DocKind::Credit);
    let paid = sum(&|d| d.kind == DocKind::Invoice && d.paid_at.is_some());
    let totals = vec![
        (ctx.t("billing-books-invoiced"), format_money(invoiced, &currency)),
        (ctx.t("billing-books-credited"), format_money(credited, &currency)),
        (ctx.t("billing-books-paid"), format_money(paid, &currency)),
        (ctx.t("billing-books-unpaid"), format_money((invoiced + credited - paid).max(0), &currency)),
    ];
    // What each client owes, over all time: unpaid invoices less their credit notes.
    let all = store::of_counsellor(&state.db, &user.id, (0, i64::MAX)).await?;
    let mut owed: std::collections::BTreeMap<String, i64> = Default::default();
    for d in all.iter().filter(|d| d.kind == DocKind::Invoice && d.paid_at.is_none()) {
        let credit: i64 = all.iter().filter(|c| c.credits.as_deref() == Some(d.id.as_str())).map(|c| c.total).sum();
        *owed.entry(d.client_name.clone()).or_default() += d.total + credit;
    }
    let balances = owed.into_iter().filter(|(_, v)| *v > 0).map(|(k, v)| (k, format_money(v, &currency))).collect();
    let docs = docs.iter().map(|d| list_line(&ctx, d, &user.time_zone, d.client_name.clone())).collect();
    let heading = ctx.t_with("billing-books-heading", &[("month", &month_label)]);
    render(&BooksPage { l: ctx.layout_t("billing-books-title"), month, heading, prev, next, docs, totals, balances })
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
    // The CSV is for an accountant's spreadsheet: its columns and words stay English.
    let (month, _, _, _, docs) = books_data(&state, Lang::En, &user, &q.month).await?;
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
