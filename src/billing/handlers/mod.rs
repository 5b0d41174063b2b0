//! Billing's pages: the counsellor's (practice.rs) and each document's (invoices.rs).

mod invoices;
mod practice;

pub use invoices::{invoice, invoice_pdf, mine, paid, share, utr};
pub use practice::{books, books_csv, fees_form, save_fees};
