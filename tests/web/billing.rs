//! Fees, invoices and UPI (issue 19): the fee settings form, an invoice issued with each
//! booking and credited on cancellation, the UPI link field by field, the client's reference
//! and the counsellor's confirmation, the PDF read back by pypdf, the books and their CSV read
//! by Python's csv module, and numbers without gaps under simultaneous bookings.

use std::process::Command;

use axum::http::StatusCode;
use diltalks::bookings::model::{Booked, NewBooking};
use diltalks::clock::{DAY, MINUTE};
use sqlx::Row;

use crate::bookings::{counsellor, slots};
use crate::harness::{Client, Member, TestApp};

fn python() -> String {
    std::env::var("DILTALKS_TEST_PYTHON").unwrap_or_else(|_| "python3".into())
}

/// Runs a Python snippet on `input` (a file path) and returns what it prints.
fn py(code: &str, input: &std::path::Path) -> String {
    let out = Command::new(python()).args(["-c", code, input.to_str().unwrap()]).output().unwrap();
    assert!(out.status.success(), "python (run scripts/test for its venv): {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).to_string()
}

/// Meera, in rupees: ₹1,500 a session, GST 18 %, a ₹500 late fee, UPI.
async fn rupee_counsellor(app: &TestApp) -> Member {
    let c = counsellor(app).await;
    sqlx::query("UPDATE counsellor_profiles SET currency = 'INR', fee_minor = 150000 WHERE user_id = $1")
        .bind(&c.id)
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    let fees = [
        ("couple_fee", "2000"),
        ("late_fee", "500"),
        ("tax", "yes"),
        ("tax_label", "GST"),
        ("tax_rate", "18"),
        ("tax_number", "27AAPFU0939F1ZV"),
        ("upi_id", "Meera.Rao@okaxis"),
        ("upi_name", "Meera Rao"),
    ];
    assert_eq!(c.client.post("/practice/fees", &fees).await.location(), Some("/practice/fees"));
    c
}

async fn book(client: &Client, counsellor: &str, start: i64, key: &str) -> String {
    let res = client
        .post(
            &format!("/counsellors/{counsellor}/book"),
            &[("start", &start.to_string()), ("kind", "individual"), ("key", key), ("reschedule", "")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    res.location().unwrap().trim_start_matches("/bookings/").to_string()
}

async fn docs_of(app: &TestApp, booking: &str) -> Vec<(String, String, String, i64)> {
    sqlx::query("SELECT id, kind, number, total_minor FROM invoices WHERE booking_id = $1 ORDER BY kind DESC")
        .bind(booking)
        .fetch_all(&app.state.db.pool)
        .await
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3)))
        .collect()
}

#[tokio::test]
async fn the_fees_form_names_each_problem_and_keeps_what_was_typed() {
    let app = TestApp::spawn().await;
    let c = counsellor(&app).await;
    let res = c
        .client
        .post(
            "/practice/fees",
            &[
                ("couple_fee", "abc"),
                ("tax", "yes"),
                ("tax_label", "GST"),
                ("tax_rate", "99"),
                ("tax_number", "123"),
                ("upi_id", "meera"),
                ("upi_name", ""),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    for problem in [
        "Give the fee as a number",
        "between 0.01 and 50 percent",
        "A GSTIN is 15 letters",
        "A UPI ID looks like name@bank",
        "the name payers see",
    ] {
        assert!(res.body.contains(problem), "{problem}: {}", res.body);
    }
    assert!(res.body.contains("value=\"meera\"") && res.body.contains("value=\"abc\""), "kept");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM counsellor_fees").await, 0, "nothing half-saved");
}

#[tokio::test]
async fn a_booking_is_invoiced_paid_by_upi_confirmed_and_credited_when_cancelled() {
    let app = TestApp::spawn().await;
    let c = rupee_counsellor(&app).await;
    let m = app.member("Kavya").await;
    let other = app.member("Other").await;
    let times = slots(&app, &c).await;
    let mut far: Vec<i64> = vec![];
    for t in times.iter().copied().filter(|t| *t > app.clock.now_ms() + 3 * DAY) {
        if far.last().is_none_or(|last| t >= last + 60 * MINUTE) {
            far.push(t);
        }
    }

    // The confirm page shows the total before anything is booked.
    let confirm = m.client.get(&format!("/counsellors/{}/book?start={}", c.id, far[0])).await.body;
    assert!(confirm.contains("₹1,770 (₹1,500 and GST 18% ₹270)"), "{confirm}");
    assert!(confirm.contains("a couple session ₹2,360") && confirm.contains("late-cancellation fee ₹500"), "{confirm}");

    let booking = book(&m.client, &c.id, far[0], "b-1").await;
    let docs = docs_of(&app, &booking).await;
    assert_eq!(docs.len(), 1);
    let (id, kind, number, total) = docs[0].clone();
    assert_eq!((kind.as_str(), number.as_str(), total), ("invoice", "2026-27/0001", 177_000));
    let page = m.client.get(&format!("/bookings/{booking}")).await.body;
    assert!(page.contains(&format!("/invoices/{id}")) && page.contains("Invoice 2026-27/0001, ₹1,770"), "{page}");

    // The invoice: to the member, from the counsellor, with the UPI link built field by field.
    let inv = m.client.get(&format!("/invoices/{id}")).await.body;
    for want in [
        "Invoice 2026-27/0001",
        "Meera Rao",
        "Kavya",
        "27AAPFU0939F1ZV",
        "GST at 18%",
        "₹270",
        "₹1,770",
        "Unpaid: ₹1,770 to pay",
    ] {
        assert!(inv.contains(want), "{want}: {inv}");
    }
    let at = inv.find("upi://pay?").expect("a UPI link");
    let link = inv[at..inv[at..].find('"').unwrap() + at].replace("&amp;", "&").replace("&#38;", "&");
    let query: std::collections::BTreeMap<String, String> = link
        .trim_start_matches("upi://pay?")
        .split('&')
        .map(|kv| {
            let (k, v) = kv.split_once('=').unwrap();
            (k.to_string(), percent_decode(v))
        })
        .collect();
    let want: std::collections::BTreeMap<String, String> = [
        ("pa", "meera.rao@okaxis"),
        ("pn", "Meera Rao"),
        ("am", "1770.00"),
        ("cu", "INR"),
        ("tr", "2026-27/0001"),
        ("tn", "Invoice 2026-27/0001"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    assert_eq!(query, want);
    assert!(inv.contains("aria-label=\"QR code to pay this invoice by UPI\""));
    // Nobody else sees it.
    assert_eq!(other.client.get(&format!("/invoices/{id}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(other.client.get(&format!("/invoices/{id}/pdf")).await.status, StatusCode::NOT_FOUND);

    // The member notes the UPI reference; only the counsellor can say it arrived.
    let res = m.client.post(&format!("/invoices/{id}/utr"), &[("utr", "41234")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("is 12 digits") && res.body.contains("value=\"41234\""));
    let res = m.client.post(&format!("/invoices/{id}/utr"), &[("utr", "4123 4567 8901")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(m.client.post(&format!("/invoices/{id}/paid"), &[("how", "upi")]).await.status, StatusCode::NOT_FOUND);
    let seen = c.client.get(&format!("/invoices/{id}")).await.body;
    assert!(seen.contains("the client says they paid by UPI, reference 412345678901"), "{seen}");
    assert!(!seen.contains("upi://pay"), "the counsellor is not asked to pay");
    assert_eq!(
        c.client.post(&format!("/invoices/{id}/paid"), &[("how", "")]).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(c.client.post(&format!("/invoices/{id}/paid"), &[("how", "upi")]).await.status, StatusCode::SEE_OTHER);
    assert!(m.client.get(&format!("/invoices/{id}")).await.body.contains("Paid on"));

    // The receipt as a PDF, read back by pypdf.
    let res = m.client.get(&format!("/invoices/{id}/pdf")).await;
    assert_eq!(res.header("content-type"), "application/pdf");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("invoice.pdf");
    std::fs::write(&file, &res.bytes).unwrap();
    let text = py("import sys, pypdf\nprint(pypdf.PdfReader(sys.argv[1]).pages[0].extract_text())", &file);
    for want in [
        "Invoice 2026-27/0001",
        "Meera Rao",
        "Kavya",
        "Counselling session",
        "INR 1,500.00",
        "GST at 18%",
        "INR 270.00",
        "INR 1,770.00",
        "PAID on",
        "27AAPFU0939F1ZV",
    ] {
        assert!(text.contains(want), "{want} in:\n{text}");
    }

    // A free cancellation: credited in full. A late one: all but the late fee and its tax.
    let free = book(&m.client, &c.id, far[1], "b-2").await;
    assert_eq!(m.client.post(&format!("/bookings/{free}/cancel"), &[]).await.status, StatusCode::SEE_OTHER);
    let docs = docs_of(&app, &free).await;
    assert_eq!(
        docs.iter().map(|d| (d.1.as_str(), d.2.as_str(), d.3)).collect::<Vec<_>>(),
        vec![("invoice", "2026-27/0002", 177_000), ("credit", "CN/2026-27/0001", -177_000)]
    );
    let soon = *times.iter().find(|t| **t > app.clock.now_ms() + 2 * MINUTE && **t < app.clock.now_ms() + DAY).unwrap();
    let late = book(&m.client, &c.id, soon, "b-3").await;
    assert_eq!(m.client.post(&format!("/bookings/{late}/cancel"), &[]).await.status, StatusCode::SEE_OTHER);
    let docs = docs_of(&app, &late).await;
    assert_eq!(docs[1].3, -(100_000 + 18_000), "₹500 and its ₹90 GST stay owed");
    let inv = m.client.get(&format!("/invoices/{}", docs[0].0)).await.body;
    assert!(inv.contains("Unpaid: ₹590 to pay"), "{inv}");

    // The books: this month's totals, what each client owes, and a CSV an accountant opens.
    let books = c.client.get("/practice/books").await.body;
    for want in ["Invoiced", "₹5,310", "Credited (cancellations)", "-₹2,950", "Paid", "Kavya", "₹590"] {
        assert!(books.contains(want), "{want}: {books}");
    }
    let res = c.client.get("/practice/books.csv").await;
    assert!(res.header("content-type").starts_with("text/csv"));
    let file = dir.path().join("books.csv");
    std::fs::write(&file, &res.bytes).unwrap();
    let rows = py(
        "import sys, csv\nfor r in csv.DictReader(open(sys.argv[1], newline='')): print(r['number'], r['type'], r['total'], r['paid_by'], r['upi_reference'])",
        &file,
    );
    assert_eq!(
        rows.lines().collect::<Vec<_>>(),
        vec![
            "2026-27/0001 Invoice 1770.00 upi 412345678901",
            "2026-27/0002 Invoice 1770.00  ",
            "2026-27/0003 Invoice 1770.00  ",
            "CN/2026-27/0001 Credit note -1770.00  ",
            "CN/2026-27/0002 Credit note -1180.00  "
        ]
    );
    // The operator: counts, never who paid whom.
    let admin = app.admin().await;
    let health = admin.client.get("/admin").await.body;
    assert!(health.contains("Invoices issued (paid)") && !health.contains("Kavya") && !health.contains("1,770"));
}

fn percent_decode(v: &str) -> String {
    let bytes = v.as_bytes();
    let mut out = vec![];
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            out.push(u8::from_str_radix(&v[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

#[tokio::test]
async fn a_couple_sessions_invoice_reaches_the_partner_only_when_shared_and_discreet_says_consultation() {
    let app = TestApp::spawn().await;
    let c = rupee_counsellor(&app).await;
    let (a, b) = app.couple("Asha", "Ravi").await;
    let start = slots(&app, &c).await.into_iter().find(|t| *t > app.clock.now_ms() + 2 * DAY).unwrap();
    let res = a
        .client
        .post(
            &format!("/counsellors/{}/book", c.id),
            &[("start", &start.to_string()), ("kind", "couple"), ("key", "c-1"), ("reschedule", "")],
        )
        .await;
    let booking = res.location().unwrap().trim_start_matches("/bookings/").to_string();
    let (id, _, _, total) = docs_of(&app, &booking).await.remove(0);
    assert_eq!(total, 236_000, "the couple fee with GST");
    assert!(a.client.get(&format!("/invoices/{id}")).await.body.contains("Asha and Ravi"));
    assert_eq!(b.client.get(&format!("/invoices/{id}")).await.status, StatusCode::NOT_FOUND, "not shared yet");
    assert!(!b.client.get(&format!("/bookings/{booking}")).await.body.contains("/invoices/"));
    assert_eq!(
        b.client.post(&format!("/invoices/{id}/share"), &[("share", "yes")]).await.status,
        StatusCode::NOT_FOUND
    );
    a.client.post(&format!("/invoices/{id}/share"), &[("share", "yes")]).await;
    let seen = b.client.get(&format!("/invoices/{id}")).await.body;
    assert!(seen.contains("Asha and Ravi") && !seen.contains("upi://pay"), "the partner sees it; Asha pays it");
    a.client.post(&format!("/invoices/{id}/share"), &[("share", "no")]).await;
    assert_eq!(b.client.get(&format!("/invoices/{id}")).await.status, StatusCode::NOT_FOUND);

    // Discreet: the PDF says "Consultation".
    a.client.post("/settings/discreet", &[("discreet", "on")]).await;
    let res = a.client.get(&format!("/invoices/{id}/pdf")).await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("invoice.pdf");
    std::fs::write(&file, &res.bytes).unwrap();
    let text = py("import sys, pypdf\nprint(pypdf.PdfReader(sys.argv[1]).pages[0].extract_text())", &file);
    assert!(text.contains("Consultation") && !text.contains("ounselling session"), "{text}");
}

/// Numbers run without gaps however many bookings arrive at once: 100 attempts at 50 times
/// (half of them lose their race and roll back) leave invoices 0001 to 0050, each once.
#[tokio::test]
async fn invoice_numbers_have_no_gaps_under_a_hundred_simultaneous_bookings() {
    let app = TestApp::spawn().await;
    let c = rupee_counsellor(&app).await;
    let m = app.member("Kavya").await;
    // Fifty times that do not overlap one another (each holds the counsellor for an hour).
    let mut times: Vec<i64> = vec![];
    for t in slots(&app, &c).await {
        if times.last().is_none_or(|last| t >= last + 60 * MINUTE) && times.len() < 50 {
            times.push(t);
        }
    }
    assert_eq!(times.len(), 50);
    let mut tasks = vec![];
    for n in 0..100 {
        let (state, cid, mid, start) = (app.state.clone(), c.id.clone(), m.id.clone(), times[n % 50]);
        let now = app.clock.now_ms();
        tasks.push(tokio::spawn(async move {
            let invoice = diltalks::billing::draft(&state, &cid, (&mid, None), start).await.unwrap();
            let key = format!("storm-{n}");
            let b = NewBooking {
                counsellor_id: &cid,
                booked_by: &mid,
                space_id: None,
                starts_at: start,
                ends_at: start + 50 * MINUTE,
                held_until: start + 60 * MINUTE,
                idempotency_key: &key,
                replaces: None,
            };
            let id = diltalks::db::new_id();
            diltalks::bookings::store::book_with_mail(&state.db, &b, &id, (&[], invoice.as_ref()), now).await.unwrap()
        }));
    }
    let mut booked = 0;
    for t in tasks {
        if let Booked::New(_) = t.await.unwrap() {
            booked += 1;
        }
    }
    assert_eq!(booked, 50);
    let numbers: Vec<String> = sqlx::query("SELECT number FROM invoices WHERE counsellor_id = $1 ORDER BY number")
        .bind(&c.id)
        .fetch_all(&app.state.db.pool)
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    let want: Vec<String> = (1..=50).map(|n| format!("2026-27/{n:04}")).collect();
    assert_eq!(numbers, want);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM bookings WHERE status = 'booked'").await, 50);
}

/// Unpaid invoices are remembered neutrally, three days on, weekly, at most three times; the
/// client can turn the reminders off with the mail's own link; a client who sent a payment
/// reference is not chased.
#[tokio::test]
async fn unpaid_invoices_get_a_weekly_neutral_reminder_that_can_be_turned_off() {
    let app = TestApp::spawn().await;
    let c = rupee_counsellor(&app).await;
    let m = app.member("Kavya").await;
    let n = app.member("Nadia").await;
    let times = slots(&app, &c).await;
    book(&m.client, &c.id, times[0], "r-1").await;
    book(&n.client, &c.id, times[4], "r-2").await;
    let paid_ref: String = sqlx::query("SELECT id FROM invoices WHERE client_id = $1")
        .bind(&n.id)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
        .get(0);
    n.client.post(&format!("/invoices/{paid_ref}/utr"), &[("utr", "412345678901")]).await;
    app.mail().await;

    assert_eq!(diltalks::billing::remind_unpaid(&app.state).await.unwrap(), 0, "not before three days");
    app.clock.advance(3 * DAY + MINUTE);
    assert_eq!(diltalks::billing::remind_unpaid(&app.state).await.unwrap(), 1, "Kavya only: Nadia sent her reference");
    let mail = app.last_mail_to(&m.email).await;
    assert_eq!(mail.subject, "A reminder from DilTalks");
    assert!(
        mail.body.contains("Your invoice 2026-27/0001 from Meera Rao, for ₹1,770, is not paid yet."),
        "{}",
        mail.body
    );
    assert!(mail.headers.contains_key("list-unsubscribe"), "{:?}", mail.headers);
    assert_eq!(diltalks::billing::remind_unpaid(&app.state).await.unwrap(), 0, "once a week");
    app.clock.advance(7 * DAY + MINUTE);
    assert_eq!(diltalks::billing::remind_unpaid(&app.state).await.unwrap(), 1);

    // Turned off from the mail's own link, without signing in.
    let link = mail.link("/unsubscribe/");
    assert_eq!(app.client().post(&link, &[]).await.status, StatusCode::OK);
    app.clock.advance(7 * DAY + MINUTE);
    assert_eq!(diltalks::billing::remind_unpaid(&app.state).await.unwrap(), 0);
}

#[tokio::test]
async fn fees_an_invoice_its_payment_and_the_books_read_in_hindi() {
    let app = TestApp::spawn().await;
    let c = rupee_counsellor(&app).await;
    let m = app.member("Kavya").await;
    for who in [&c, &m] {
        who.client.post("/language", &[("lang", "hi"), ("back", "/")]).await;
    }
    let fees = c.client.get("/practice/fees").await.body;
    for want in ["फ़ीस और भुगतान", "एक सेशन की आपकी फ़ीस ₹1,500 है", "जोड़े के सेशन की फ़ीस (INR, चाहें तो)"]
    {
        assert!(fees.contains(want), "{want}: {fees}");
    }
    let typed = [("tax", "yes"), ("tax_label", "GST"), ("tax_rate", "99"), ("tax_number", "123"), ("upi_id", "meera")];
    let bad = c.client.post("/practice/fees", &typed).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    for want in ["दर 0.01 से 50 प्रतिशत के बीच रखें।", "UPI ID name@bank जैसी होती है, जिसमें एक ही @ हो।", r#"value="meera""#]
    {
        assert!(bad.body.contains(want), "{want}: {}", bad.body);
    }

    let start = slots(&app, &c).await.into_iter().find(|t| *t > app.clock.now_ms() + 2 * DAY).unwrap();
    let booking = book(&m.client, &c.id, start, "hi-1").await;
    let (id, _, _, _) = docs_of(&app, &booking).await.remove(0);
    let inv = m.client.get(&format!("/invoices/{id}")).await.body;
    for want in [
        "इनवॉइस 2026-27/0001",
        "GST 18% की दर से",
        "भुगतान बाक़ी: ₹1,770 चुकाने हैं।",
        "UPI से भुगतान करें",
        r#"aria-label="इस इनवॉइस का UPI से भुगतान करने का QR कोड""#,
        "जारी करने की तारीख़ 2 नवंबर 2026",
    ] {
        assert!(inv.contains(want), "{want}: {inv}");
    }
    let bad = m.client.post(&format!("/invoices/{id}/utr"), &[("utr", "41234")]).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("UPI रेफ़रेंस (UTR) में 12 अंक होते हैं") && bad.body.contains(r#"value="41234""#));
    m.client.post(&format!("/invoices/{id}/utr"), &[("utr", "412345678901")]).await;
    assert!(m.client.get(&format!("/invoices/{id}")).await.body.contains("धन्यवाद। पैसे पहुँचते ही"), "the flash");
    let seen = c.client.get(&format!("/invoices/{id}")).await.body;
    assert!(seen.contains("क्लाइंट के अनुसार उन्होंने UPI से भुगतान किया है, रेफ़रेंस 412345678901"), "{seen}");
    let bad = c.client.post(&format!("/invoices/{id}/paid"), &[("how", "")]).await;
    assert!(bad.body.contains("चुनें कि पैसे किस तरह आए।"), "{}", bad.body);
    c.client.post(&format!("/invoices/{id}/paid"), &[("how", "cash")]).await;
    assert!(m.client.get(&format!("/invoices/{id}")).await.body.contains("2 नवंबर 2026 को नकद भुगतान हो गया।"));
    let mine = m.client.get("/invoices").await.body;
    assert!(mine.contains("इनवॉइस 2026-27/0001") && mine.contains("· कुल ₹1,770 · भुगतान हो गया"), "{mine}");
    let books = c.client.get("/practice/books").await.body;
    for want in ["हिसाब-किताब: नवंबर 2026", "इनवॉइस किया गया", "भुगतान हुआ", "पिछला महीना"]
    {
        assert!(books.contains(want), "{want}: {books}");
    }
}
