use askama::Template;
use serde::Deserialize;

use crate::web::{FormErrors, Layout};

#[derive(Deserialize, Default, Debug, Clone)]
#[serde(default)]
pub struct FeesForm {
    pub couple_fee: String,
    pub late_fee: String,
    /// "yes" when they charge tax.
    pub tax: String,
    pub tax_label: String,
    pub tax_rate: String,
    pub tax_number: String,
    pub upi_id: String,
    pub upi_name: String,
}

#[derive(Template)]
#[template(path = "billing/fees.html")]
pub struct FeesPage {
    pub l: Layout,
    /// The profile's fee per session, as set there.
    pub fee: String,
    pub currency: String,
    pub form: FeesForm,
    pub errors: FormErrors,
}

/// One amount line of a document: (words, amount).
pub type Line = (String, String);

#[derive(Template)]
#[template(path = "billing/invoice.html")]
pub struct InvoicePage {
    pub l: Layout,
    pub id: String,
    /// The document's name and number ("Invoice 2026-27/0007").
    pub title: String,
    pub counsellor: String,
    pub licence: String,
    pub tax_number: Option<String>,
    pub client: String,
    /// "Issued … · Session …", in the reader's language.
    pub issued: String,
    pub lines: Vec<Line>,
    pub total: String,
    pub status: String,
    pub credits: Option<(String, String)>,
    pub credit_notes: Vec<(String, String)>,
    /// For the client of an unpaid invoice with a UPI ID to pay: the link and its QR code.
    pub upi: Option<(String, String)>,
    pub upi_payee: String,
    pub can_note_utr: bool,
    pub utr: String,
    pub can_mark_paid: bool,
    /// For the booker of a couple session: whether the partner sees it.
    pub share: Option<bool>,
    pub booking_href: String,
    pub errors: FormErrors,
}

pub struct ListLine {
    pub href: String,
    /// The document's name and number ("Invoice 2026-27/0007").
    pub title: String,
    pub with: String,
    pub when: String,
    /// What follows the date: the total and whether it is paid ("· ₹1,770 · unpaid").
    pub amount: String,
}

#[derive(Template)]
#[template(path = "billing/mine.html")]
pub struct MinePage {
    pub l: Layout,
    pub docs: Vec<ListLine>,
}

#[derive(Template)]
#[template(path = "billing/books.html")]
pub struct BooksPage {
    pub l: Layout,
    pub month: String,
    /// "Books: December 2026", in the reader's language.
    pub heading: String,
    pub prev: String,
    pub next: String,
    pub docs: Vec<ListLine>,
    pub totals: Vec<Line>,
    pub balances: Vec<Line>,
}

/// A neutral reminder of an unpaid invoice, to the client.
#[derive(Template)]
#[template(path = "billing/mail/unpaid.txt")]
pub struct UnpaidLetter<'a> {
    pub v: &'a crate::mail::Voice,
    pub name: &'a str,
    pub number: &'a str,
    pub counsellor: &'a str,
    pub amount: &'a str,
    pub link: &'a str,
}
