//! Money without the database: amounts in integer minor units (paise, cents), tax rounded to
//! the paisa, Indian digit grouping for rupees, financial years, invoice numbers, and UPI
//! payment links built to NPCI's UPI linking specification.

use jiff::Timestamp;
use jiff::tz::TimeZone;

/// The most a fee may be, in minor units (₹10,00,000.00): a typing slip, not a fee.
pub const MAX_MINOR: i64 = 100_000_000;

/// Tax on `net` at `rate_bp` basis points (1800 = 18 %), rounded half up to the minor unit.
pub fn tax_of(net: i64, rate_bp: i64) -> i64 {
    if net <= 0 || rate_bp <= 0 {
        return 0;
    }
    (net * rate_bp + 5_000) / 10_000
}

/// Groups whole units: Indian style for rupees (12,34,567), thousands otherwise (1,234,567).
fn group(whole: i64, indian: bool) -> String {
    let digits = whole.to_string();
    let (head, tail) = if digits.len() > 3 { digits.split_at(digits.len() - 3) } else { ("", digits.as_str()) };
    if head.is_empty() {
        return tail.to_string();
    }
    let step = if indian { 2 } else { 3 };
    let mut parts = vec![];
    let mut rest = head;
    while rest.len() > step {
        let (a, b) = rest.split_at(rest.len() - step);
        parts.push(b);
        rest = a;
    }
    parts.push(rest);
    parts.reverse();
    format!("{},{tail}", parts.join(","))
}

/// An amount as people read it: "₹1,00,000", "₹1,500.50", "USD 45.50"; negative with a minus.
pub fn format_money(minor: i64, currency: &str) -> String {
    let sign = if minor < 0 { "-" } else { "" };
    let m = minor.abs();
    let (whole, cents) = (m / 100, m % 100);
    let inr = currency == "INR";
    let grouped = group(whole, inr);
    let number = if cents == 0 { grouped } else { format!("{grouped}.{cents:02}") };
    if inr { format!("{sign}₹{number}") } else { format!("{sign}{currency} {number}") }
}

/// With the currency's code and both decimals, for PDFs (their fonts have no ₹):
/// "INR 1,00,000.00", "-USD 5.00".
pub fn format_code(minor: i64, currency: &str) -> String {
    let sign = if minor < 0 { "-" } else { "" };
    let m = minor.abs();
    format!("{sign}{currency} {}.{:02}", group(m / 100, currency == "INR"), m % 100)
}

/// The same with both decimals and the currency code (for PDFs, CSV and the UPI `am`): "1500.00".
pub fn decimal(minor: i64) -> String {
    let sign = if minor < 0 { "-" } else { "" };
    format!("{sign}{}.{:02}", minor.abs() / 100, minor.abs() % 100)
}

/// India's financial year (1 April to 31 March) of a moment in a zone: "2026-27".
pub fn financial_year(ms: i64, zone: &str) -> String {
    let tz = TimeZone::get(zone).unwrap_or(TimeZone::UTC);
    let date = Timestamp::from_millisecond(ms).unwrap_or(Timestamp::UNIX_EPOCH).to_zoned(tz).date();
    let start = if date.month() >= 4 { date.year() } else { date.year() - 1 };
    format!("{start}-{:02}", (start + 1) % 100)
}

/// What a document is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocKind {
    Invoice,
    /// Reduces an invoice (a free cancellation credits all of it; a late one all but the late fee).
    Credit,
}

impl DocKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DocKind::Invoice => "invoice",
            DocKind::Credit => "credit",
        }
    }

    pub fn parse(s: &str) -> DocKind {
        if s == "credit" { DocKind::Credit } else { DocKind::Invoice }
    }

    /// The numbering series within a year: invoices and credit notes each run without gaps.
    pub fn series(self, year: &str) -> String {
        match self {
            DocKind::Invoice => year.to_string(),
            DocKind::Credit => format!("CN/{year}"),
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            DocKind::Invoice => "Invoice",
            DocKind::Credit => "Credit note",
        }
    }

    /// The message naming a document with its number ("Invoice 2026-27/0007"), for pages.
    pub fn title_key(self) -> &'static str {
        match self {
            DocKind::Invoice => "billing-doc-invoice",
            DocKind::Credit => "billing-doc-credit",
        }
    }
}

/// The document number: the series and the count within it, "2026-27/0007", "CN/2026-27/0001".
pub fn number(series: &str, n: i64) -> String {
    format!("{series}/{n:04}")
}

/// What an invoice line says, in the client's words or discreetly.
pub fn description(what: &str, discreet: bool) -> &'static str {
    match (what, discreet) {
        (_, true) => "Consultation",
        ("couple", _) => "Couple counselling session",
        ("late", _) => "Late cancellation of a counselling session",
        _ => "Counselling session",
    }
}

/// The message of `description`, for pages in the reader's language (PDFs and CSV keep the
/// English).
pub fn description_key(what: &str, discreet: bool) -> &'static str {
    match (what, discreet) {
        (_, true) => "billing-line-discreet",
        ("couple", _) => "billing-line-couple",
        ("late", _) => "billing-line-late",
        _ => "billing-line-session",
    }
}

/// A UPI ID ("virtual payment address"): a handle, "@", and the bank's handle.
pub fn parse_upi_id(raw: &str) -> Result<String, &'static str> {
    let id = raw.trim().to_lowercase();
    let Some((user, bank)) = id.split_once('@') else {
        return Err("A UPI ID looks like name@bank, with one @.");
    };
    let user_ok =
        (2..=64).contains(&user.len()) && user.chars().all(|c| c.is_ascii_alphanumeric() || ".-_".contains(c));
    let bank_ok = (2..=32).contains(&bank.len())
        && bank.chars().all(|c| c.is_ascii_alphanumeric())
        && bank.starts_with(|c: char| c.is_ascii_alphabetic());
    if !user_ok || !bank_ok {
        return Err(
            "A UPI ID looks like name@bank: letters, digits, dots, dashes or underscores, then @ and the bank's letters.",
        );
    }
    Ok(id)
}

/// The 12-digit reference (UTR) a bank app shows after a UPI payment.
pub fn parse_utr(raw: &str) -> Result<String, &'static str> {
    let utr: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
    if utr.len() == 12 && utr.chars().all(|c| c.is_ascii_digit()) {
        Ok(utr)
    } else {
        Err("The UPI reference (UTR) is 12 digits; your bank app shows it on the payment's receipt.")
    }
}

/// A percent-encoded query value (RFC 3986 unreserved characters kept).
fn enc(v: &str) -> String {
    let mut out = String::new();
    for b in v.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A `upi://pay` link (NPCI UPI linking specification): payee address and name, the amount
/// in rupees with two decimals, INR, the invoice number as the transaction reference, and a
/// note that says nothing about counselling.
pub fn upi_link(payee: &str, name: &str, amount_minor: i64, reference: &str, note: &str) -> String {
    format!(
        "upi://pay?pa={}&pn={}&am={}&cu=INR&tr={}&tn={}",
        enc(payee),
        enc(name),
        decimal(amount_minor),
        enc(reference),
        enc(note)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tax_rounds_half_up_to_the_paisa() {
        assert_eq!(tax_of(150_000, 1800), 27_000);
        assert_eq!(tax_of(333, 1800), 60, "59.94 paise rounds to 60");
        assert_eq!(tax_of(25, 1800), 5, "4.5 paise rounds up");
        assert_eq!(tax_of(24, 1800), 4, "4.32 rounds down");
        assert_eq!(tax_of(100_001, 500), 5_000);
        assert_eq!(tax_of(0, 1800), 0);
        assert_eq!(tax_of(1_000, 0), 0);
    }

    #[test]
    fn rupees_are_grouped_the_indian_way() {
        assert_eq!(format_money(10_000_000, "INR"), "₹1,00,000");
        assert_eq!(format_money(150_050, "INR"), "₹1,500.50");
        assert_eq!(format_money(123_456_700, "INR"), "₹12,34,567");
        assert_eq!(format_money(99_900, "INR"), "₹999");
        assert_eq!(format_money(-150_000, "INR"), "-₹1,500");
        assert_eq!(format_money(123_456_700, "USD"), "USD 1,234,567");
        assert_eq!(format_money(4_550, "GBP"), "GBP 45.50");
        assert_eq!(decimal(150_000), "1500.00");
        assert_eq!(format_code(10_000_000, "INR"), "INR 1,00,000.00");
        assert_eq!(format_code(-500, "USD"), "-USD 5.00");
        assert_eq!(decimal(-5), "-0.05");
    }

    #[test]
    fn the_financial_year_turns_on_the_first_of_april_in_the_counsellors_zone() {
        // 2027-03-31 20:00 UTC is already 1 April in Kolkata.
        let ms = 1_806_523_200_000;
        assert_eq!(financial_year(ms, "UTC"), "2026-27");
        assert_eq!(financial_year(ms, "Asia/Kolkata"), "2027-28");
        assert_eq!(financial_year(1_767_225_600_000, "Asia/Kolkata"), "2025-26", "1 Jan 2026");
        assert_eq!(number(&DocKind::Credit.series("2026-27"), 7), "CN/2026-27/0007");
        assert_eq!(number(&DocKind::Invoice.series("2099-00"), 12), "2099-00/0012");
    }

    #[test]
    fn upi_ids_and_references_are_checked() {
        assert_eq!(parse_upi_id(" Meera.Rao@okaxis "), Ok("meera.rao@okaxis".into()));
        for bad in ["meera", "meera@", "@okaxis", "me ra@okaxis", "meera@ok-axis", "meera@1bank", "a@b@c"] {
            assert!(parse_upi_id(bad).is_err(), "{bad}");
        }
        assert_eq!(parse_utr("4123 4567 8901"), Ok("412345678901".into()));
        assert!(parse_utr("41234567890").is_err() && parse_utr("41234567890a").is_err());
    }

    #[test]
    fn the_upi_link_carries_every_field_encoded() {
        let link = upi_link("meera.rao@okaxis", "Meera Rao", 177_000, "2026-27/0001", "Invoice 2026-27/0001");
        assert_eq!(
            link,
            "upi://pay?pa=meera.rao%40okaxis&pn=Meera%20Rao&am=1770.00&cu=INR&tr=2026-27%2F0001&tn=Invoice%202026-27%2F0001"
        );
        assert_eq!(description("couple", true), "Consultation");
        assert_eq!(description("late", false), "Late cancellation of a counselling session");
    }
}
