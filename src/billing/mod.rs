//! Fees, invoices and payments (issue 19). Every booking with a fee gets an invoice from the
//! counsellor to the member who booked (a couple session names both partners), numbered
//! without gaps per counsellor and financial year, written in the booking's own transaction;
//! a cancellation adds a credit note in its transaction (all of it inside the free window,
//! all but the late fee after). Payment is by UPI straight to the counsellor's account: the
//! invoice shows an NPCI `upi://pay` link and its QR code; the client may note the bank's
//! reference (UTR); nothing is paid until the counsellor confirms the money arrived (or
//! records cash or a bank transfer). Invoices and receipts are pages and PDFs; the
//! counsellor's books total them by month, with a CSV for their accountant.
//!
//! Privacy: the operator sees counts only; a partner who did not book sees a couple
//! session's invoice only when the booker shares it.

mod handlers;
pub mod model;
pub mod pdf;
pub mod store;
mod views;

use crate::app::AppState;
use crate::web::routes::Routes;

pub fn routes() -> Routes {
    use handlers::*;
    Routes::default()
        .get("/practice/fees", fees_form)
        .post("/practice/fees", save_fees)
        .get("/practice/books", books)
        .get("/practice/books.csv", books_csv)
        .get("/invoices", mine)
        .get("/invoices/{id}", invoice)
        .get("/invoices/{id}/pdf", invoice_pdf)
        .post("/invoices/{id}/utr", utr)
        .post("/invoices/{id}/paid", paid)
        .post("/invoices/{id}/share", share)
}

/// The invoice a booking about to be written will get, or none when the counsellor charges
/// nothing for it. Made before the booking's transaction (like its mail).
pub async fn draft(
    state: &AppState,
    counsellor_id: &str,
    (booked_by, space_id): (&str, Option<&str>),
    session_at: i64,
) -> anyhow::Result<Option<store::Draft>> {
    let Some(p) = crate::profiles::store::profile(&state.db, counsellor_id).await? else { return Ok(None) };
    let fees = store::fees(&state.db, counsellor_id).await?;
    let net = match space_id {
        Some(_) => fees.couple_fee_minor.unwrap_or(p.profile.fee_minor),
        None => p.profile.fee_minor,
    };
    if net <= 0 {
        return Ok(None);
    }
    let names = store::client_names(&state.db, booked_by, space_id).await?;
    Ok(Some(store::Draft {
        counsellor_id: counsellor_id.to_string(),
        client_id: booked_by.to_string(),
        what: if space_id.is_some() { "couple" } else { "individual" },
        currency: p.profile.currency.clone(),
        net,
        tax: fees.tax,
        licence: format!("{}, {} ({})", p.profile.license_number, p.profile.licensing_body, p.profile.jurisdiction),
        counsellor_name: p.profile.full_name,
        client_name: names.join(" and "),
        zone: p.profile.time_zone,
        session_at,
    }))
}

/// What a booking will cost, for the pages that confirm it: (net, tax, total, tax label).
pub async fn quote(
    state: &AppState,
    counsellor_id: &str,
    couple: bool,
) -> anyhow::Result<Option<(i64, i64, i64, Option<String>, String)>> {
    let Some(p) = crate::profiles::store::profile(&state.db, counsellor_id).await? else { return Ok(None) };
    let fees = store::fees(&state.db, counsellor_id).await?;
    let net = if couple { fees.couple_fee_minor.unwrap_or(p.profile.fee_minor) } else { p.profile.fee_minor };
    let tax = fees.tax.as_ref().map_or(0, |(_, rate, _)| model::tax_of(net, *rate));
    let label = fees.tax.map(|(l, rate, _)| format!("{l} {}%", rate as f64 / 100.0));
    Ok(Some((net, tax, net + tax, label, p.profile.currency)))
}

/// The price as the confirm pages say it, tax included, in the reader's language:
/// "₹1,770 (₹1,500 and GST 18% ₹270)", a couple session's if it differs, and the
/// late-cancellation fee if any.
pub async fn price_words(
    state: &AppState,
    ctx: &crate::web::RequestCtx,
    counsellor_id: &str,
) -> anyhow::Result<String> {
    use model::format_money;
    let fees = store::fees(&state.db, counsellor_id).await?;
    let one = |q: Option<(i64, i64, i64, Option<String>, String)>| match q {
        Some((net, tax, total, Some(label), cur)) if tax > 0 => ctx.t_with(
            "booking-price-with-tax",
            &[
                ("total", format_money(total, &cur).as_str()),
                ("net", format_money(net, &cur).as_str()),
                ("label", label.as_str()),
                ("tax", format_money(tax, &cur).as_str()),
            ],
        ),
        Some((_, _, total, _, cur)) => format_money(total, &cur),
        None => String::new(),
    };
    let single = quote(state, counsellor_id, false).await?;
    let currency = single.as_ref().map_or("INR".to_string(), |q| q.4.clone());
    let mut words = one(single);
    if fees.couple_fee_minor.is_some() {
        let couple = one(quote(state, counsellor_id, true).await?);
        words.push_str(&ctx.t_with("booking-price-couple", &[("price", couple.as_str())]));
    }
    if fees.late_fee_minor > 0 {
        let late = format_money(fees.late_fee_minor, &currency);
        words.push_str(&ctx.t_with("booking-price-late", &[("fee", late.as_str())]));
    }
    Ok(words)
}

/// Reminds clients of invoices still unpaid three days after they were issued, at most once a
/// week and three times in all, neutrally and only those who have not turned such reminders
/// off. Never after the client sent a payment reference. Returns how many were sent.
pub async fn remind_unpaid(state: &AppState) -> anyhow::Result<usize> {
    use askama::Template;
    let now = state.clock.now_ms();
    let (after, since) = (now - 3 * crate::clock::DAY, now - 7 * crate::clock::DAY);
    let mut sent = 0;
    for d in store::due_reminders(&state.db, after, since).await? {
        let (amount, link) =
            (model::format_money(d.owed, &d.currency), format!("{}/invoices/{}", state.config.base_url(), d.id));
        let letter = |v: &crate::mail::Voice| {
            views::UnpaidLetter {
                v,
                name: &d.name,
                number: &d.number,
                counsellor: &d.counsellor,
                amount: &amount,
                link: &link,
            }
            .render()
        };
        let kind = crate::mail::optout::Optional::PaymentReminders;
        let mail: Vec<_> =
            crate::mail::prepare_optional(state, &d.email, kind, crate::mail::Subject::Reminder, letter, None)
                .await?
                .into_iter()
                .collect();
        if store::claim_reminder(&state.db, &d.id, since, &mail, now).await? && !mail.is_empty() {
            crate::mail::wake(state);
            sent += 1;
        }
    }
    Ok(sent)
}
