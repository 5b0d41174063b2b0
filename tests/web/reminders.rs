//! Commitment reminders: half an hour before each occurrence, neutral, to the maker alone,
//! once per occurrence however many instances run the task.

use axum::http::StatusCode;
use diltalks::clock::{DAY, HOUR, MINUTE};
use diltalks::program::reminders::send_due;

use diltalks::mail::Subject;

use crate::harness::{Mail, Member, TestApp};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reminder_goes_once_to_the_maker_and_says_nothing_of_the_commitment() {
    let app = TestApp::spawn().await;
    let (a, b) = app.couple("Asha", "Ravi").await;
    a.client.post("/program/start", &[("perspective", "broke")]).await;
    b.client.post("/program/start", &[("perspective", "hurt")]).await;
    // The clock starts at 09:00 UTC, 14:30 in Kolkata, the members' zone.
    let res = a
        .client
        .post(
            "/program/actions/commitments",
            &[("text", "Call from the office at lunch"), ("kind", "daily"), ("time", "19:00"), ("remind", "yes")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    assert_eq!(send_due(&app.state).await.unwrap(), 0, "nothing due at 14:30");
    app.clock.advance(3 * HOUR + 59 * MINUTE);
    assert_eq!(send_due(&app.state).await.unwrap(), 0, "nothing due at 18:29");
    app.clock.advance(MINUTE); // 18:30 in Kolkata
    // Two instances run the task at the same moment: one reminder.
    let (x, y) = tokio::join!(send_due(&app.state), send_due(&app.state));
    assert_eq!(x.unwrap() + y.unwrap(), 1);
    assert_eq!(send_due(&app.state).await.unwrap(), 0);
    let mail = app.mail().await;
    let reminders: Vec<_> = mail.iter().filter(|m| m.subject == "A reminder from DilTalks").collect();
    assert_eq!(reminders.len(), 1);
    assert!(reminders[0].to.contains(&a.email));
    assert!(reminders[0].body.contains("due at 2 Nov 2026, 19:00 (Asia/Kolkata time)"), "{}", reminders[0].body);
    assert!(!reminders[0].body.contains("Call from the office"), "the email keeps the commitment private");

    // The next day's goes out the next day; after downtime, a missed one is skipped, not sent late.
    app.clock.advance(DAY);
    assert_eq!(send_due(&app.state).await.unwrap(), 1);
    app.clock.advance(DAY + HOUR); // 19:30 on the 4th: that day's moment has passed
    assert_eq!(send_due(&app.state).await.unwrap(), 0);
    app.clock.advance(DAY - HOUR); // 18:30 on the 5th
    assert_eq!(send_due(&app.state).await.unwrap(), 1);

    // The partner cannot change the maker's reminders; the maker turns them off.
    a.sign_in_again().await;
    b.sign_in_again().await;
    let id: String = {
        use sqlx::Row;
        sqlx::query("SELECT id FROM commitments").fetch_one(&app.state.db.pool).await.unwrap().get(0)
    };
    let path = format!("/program/actions/commitments/{id}/reminders");
    assert_eq!(b.client.post(&path, &[("remind", "no")]).await.status, StatusCode::NOT_FOUND);
    assert!(a.client.get("/program/actions").await.body.contains("Stop email reminders"));
    assert_eq!(a.client.post(&path, &[("remind", "no")]).await.location(), Some("/program/actions"));
    app.clock.advance(DAY);
    assert_eq!(send_due(&app.state).await.unwrap(), 0);
    assert!(app.mail().await.iter().all(|m| !m.to.contains(&b.email) || m.subject != "A reminder from DilTalks"));
}

/// A letter wholly in Hindi, as mail-parser reads it: `Content-Language: hi`, a Hindi subject
/// from the closed list, and every line of its text in Devanagari but links, the times a
/// series lists and what someone typed. Discreet: it names nothing, neither the service nor
/// counselling, and comes without the service's name.
pub fn assert_hindi(app: &TestApp, m: &Mail, discreet: bool, typed: &[&str]) {
    use diltalks::i18n::{Lang, is_devanagari};
    let locales = &app.state.bundled.locales;
    assert_eq!(m.headers.get("content-language").map(String::as_str), Some("hi"), "{}\n{}", m.subject, m.body);
    let subjects: Vec<String> = Subject::ALL.iter().map(|s| s.text(locales, Lang::Hi, discreet)).collect();
    assert!(subjects.contains(&m.subject), "{:?} is not a Hindi subject (discreet: {discreet})", m.subject);
    for line in m.body.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let exempt = line.starts_with("http") || typed.iter().any(|t| line.contains(t));
        assert!(exempt || line.chars().any(is_devanagari), "English {line:?} in:\n{}", m.body);
    }
    if discreet {
        // As the subjects' own test: nothing of the service, counselling, trust or a couple.
        let words = ["DilTalks", "diltalks", "counsel", "therapy", "partner", "couple", "relationship"];
        for word in words.into_iter().chain(["काउंसल", "सेशन", "थेरेपी", "साथी", "भरोसा", "धोखा", "रिश्त", "जोड़", "डायरी"])
        {
            assert!(!m.body.contains(word) && !m.subject.contains(word), "{word} named in:\n{}", m.body);
        }
        assert!(!m.from.contains("DilTalks"), "{}", m.from);
    }
}

/// A member who reads DilTalks in Hindi, discreet or not.
pub async fn in_hindi(m: &Member, discreet: bool) {
    assert_eq!(m.client.post("/language", &[("lang", "hi"), ("back", "/")]).await.status, StatusCode::SEE_OTHER);
    if discreet {
        assert_eq!(m.client.post("/settings/discreet", &[("discreet", "on")]).await.location(), Some("/settings"));
    }
}

/// The one message to `to` whose subject is `subject` in Hindi (discreet or not).
async fn hindi_mail(app: &TestApp, to: &str, subject: Subject, discreet: bool) -> Mail {
    let line = subject.text(&app.state.bundled.locales, diltalks::i18n::Lang::Hi, discreet);
    let mut found: Vec<Mail> =
        app.mail().await.into_iter().filter(|m| m.to.contains(to) && m.subject == line).collect();
    assert_eq!(found.len(), 1, "one {line:?} to {to}");
    found.pop().unwrap()
}

/// Issue 21: a Hindi account gets every letter in Hindi, subject and body, dates in Hindi;
/// discreet ones in their own Hindi that names nothing. Here the account's own notices, a
/// commitment's reminder and an unread message's note, for a couple in both voices.
#[tokio::test]
async fn a_hindi_account_gets_its_account_program_and_message_letters_in_hindi() {
    let app = TestApp::spawn().await;
    let (a, b) = app.couple("Asha", "Ravi").await;
    in_hindi(&a, false).await;
    in_hindi(&b, true).await;

    // A change of sign-in email: the link to the new address, then the note to the old one.
    for (m, new, discreet) in [(&a, "asha.naya@example.org", false), (&b, "ravi.naya@example.org", true)] {
        assert_eq!(m.client.post("/settings/email", &[("email", new)]).await.location(), Some("/settings"));
        let mail = hindi_mail(&app, new, Subject::AccountChanged, discreet).await;
        assert_hindi(&app, &mail, discreet, &[]);
        assert!(mail.body.contains("साइन इन पता") && mail.body.contains("48 घंटे"), "{}", mail.body);
        assert_eq!(discreet, !mail.body.contains("DilTalks खाते"), "{}", mail.body);
        let link = mail.link("/settings/email/confirm/");
        assert_eq!(app.client().post(&link, &[]).await.location(), Some("/settings"));
        let told = hindi_mail(&app, &m.email, Subject::AccountChanged, discreet).await;
        assert_hindi(&app, &told, discreet, &[]);
        assert!(told.body.contains("2 नवंबर 2026, 09:00 (UTC) को"), "the date in Hindi: {}", told.body);
    }
    // Someone asks to move to an address that has an account: only that inbox hears of it.
    b.client.post("/settings/email", &[("email", "asha.naya@example.org")]).await;
    a.client.post("/settings/email", &[("email", "ravi.naya@example.org")]).await;
    let taken = app.last_mail_to("asha.naya@example.org").await;
    assert_hindi(&app, &taken, false, &[]);
    assert!(taken.body.contains("इस पते का DilTalks खाता पहले से है"), "{}", taken.body);
    let taken = app.last_mail_to("ravi.naya@example.org").await;
    assert_hindi(&app, &taken, true, &[]);
    assert!(taken.body.contains("इस पते का एक खाता पहले से है"), "{}", taken.body);

    // A commitment's reminder and an unread message's note, to each in their own voice.
    for m in [&a, &b] {
        m.client.post("/program/start", &[("perspective", "broke")]).await;
        let commitment = [("text", "रोज़ शाम फ़ोन"), ("kind", "daily"), ("time", "19:00"), ("remind", "yes")];
        assert_eq!(m.client.post("/program/actions/commitments", &commitment).await.status, StatusCode::SEE_OTHER);
    }
    let t = crate::messages::thread_of(&app, &a, "partners").await;
    // Each writes; the other leaves it unread a quarter of an hour.
    for m in [&a, &b] {
        m.client.post(&format!("/messages/{t}"), &[("text", "MESSAGE-CANARY")]).await;
        app.clock.advance(16 * MINUTE);
        assert_eq!(diltalks::messages::notify::send_due(&app.state).await.unwrap(), 1);
    }
    let note = hindi_mail(&app, "asha.naya@example.org", Subject::NewMessage, false).await;
    assert_hindi(&app, &note, false, &[]);
    assert!(note.body.contains("DilTalks पर एक संदेश आपका इंतज़ार कर रहा है"), "{}", note.body);
    assert!(note.body.contains("ये ईमेल बंद करने के लिए") && note.headers.contains_key("list-unsubscribe"));
    let note = hindi_mail(&app, "ravi.naya@example.org", Subject::NewMessage, true).await;
    assert_hindi(&app, &note, true, &[]);
    assert!(!note.body.contains("MESSAGE-CANARY"));

    app.clock.advance(4 * HOUR - 32 * MINUTE); // 18:30 in Kolkata
    assert_eq!(send_due(&app.state).await.unwrap(), 2);
    for (to, discreet) in [("asha.naya@example.org", false), ("ravi.naya@example.org", true)] {
        let reminder = hindi_mail(&app, to, Subject::Reminder, discreet).await;
        assert_hindi(&app, &reminder, discreet, &[]);
        assert!(reminder.body.contains("2 नवंबर 2026, 19:00 (Asia/Kolkata समय)"), "{}", reminder.body);
        assert!(!reminder.body.contains("रोज़ शाम"), "the commitment stays private");
    }
}

/// Issue 21: invitations and the notice of two-step sign-in, to Hindi accounts in both voices.
#[tokio::test]
async fn invitations_and_two_step_notices_reach_a_hindi_account_in_hindi() {
    let app = TestApp::spawn().await;
    let noor = app.member("Noor").await;
    let zoya = app.member("Zoya").await;
    in_hindi(&noor, false).await;
    in_hindi(&zoya, true).await;
    for (inviter, to, discreet) in [("Sam", &noor, false), ("Tara", &zoya, true)] {
        let i = app.member(inviter).await;
        i.client.post("/space", &[]).await;
        assert_eq!(i.client.post("/space/invite", &[("email", &to.email)]).await.status, StatusCode::SEE_OTHER);
        let mail = hindi_mail(&app, &to.email, Subject::Invitation, discreet).await;
        assert_hindi(&app, &mail, discreet, &[]);
        assert!(mail.body.contains(&format!("{inviter} ने आपको")) && mail.body.contains("7 दिन"), "{}", mail.body);
        assert!(mail.link("/join/").starts_with("/join/"));
    }

    for (m, discreet) in [(&noor, false), (&zoya, true)] {
        let page = m.client.get("/settings/two-factor").await.body;
        let marker = "name=\"secret\" value=\"";
        let b32 = page[page.find(marker).unwrap() + marker.len()..].split('"').next().unwrap().to_string();
        let secret = diltalks::accounts::totp::from_base32(&b32).unwrap();
        let code = diltalks::accounts::totp::code_for(&secret, diltalks::accounts::totp::step_at(app.clock.now_ms()));
        let res = m.client.post("/settings/two-factor/enable", &[("secret", &b32), ("code", &code)]).await;
        assert_eq!(res.status, StatusCode::OK, "{}", res.body);
        let mail = hindi_mail(&app, &m.email, Subject::AccountChanged, discreet).await;
        assert_hindi(&app, &mail, discreet, &[]);
        assert!(mail.body.contains("2 नवंबर 2026, 14:30 (Asia/Kolkata समय) को"), "{}", mail.body);
        assert!(mail.body.contains("दो-चरण साइन इन चालू किया गया"), "{}", mail.body);
    }
}

/// Issue 21: a counsellor's licence notice, an unpaid invoice's reminder, a report's outcome
/// and a warning, to Hindi accounts in both voices.
#[tokio::test]
async fn licence_invoice_and_report_letters_reach_a_hindi_account_in_hindi() {
    use sqlx::Row;
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    // Licences that run out within 30 days: the day in Hindi.
    for (name, day, discreet) in [("Neha Rao", "2026-11-20", false), ("Isha Rao", "2026-11-25", true)] {
        let c = app.listed_counsellor(name, &admin.id).await;
        in_hindi(&c, discreet).await;
        sqlx::query(
            "UPDATE counsellor_profiles SET license_expires_on = $1, license_expires_at = $2 WHERE user_id = $3",
        )
        .bind(day)
        .bind(app.clock.now_ms() + 20 * DAY)
        .bind(&c.id)
        .execute(&app.state.db.pool)
        .await
        .unwrap();
        diltalks::profiles::expiry::licence_expiry_notices(&app.state).await.unwrap();
        let mail = hindi_mail(&app, &c.email, Subject::AboutProfile, discreet).await;
        assert_hindi(&app, &mail, discreet, &[]);
        let on = format!("{} नवंबर 2026 तक मान्य है", &day[8..]);
        assert!(mail.body.contains(&on), "{}", mail.body);
    }

    // Two clients of a counsellor who invoices in rupees, each with a session booked.
    let c = crate::bookings::counsellor(&app).await;
    sqlx::query("UPDATE counsellor_profiles SET currency = 'INR', fee_minor = 150000 WHERE user_id = $1")
        .bind(&c.id)
        .execute(&app.state.db.pool)
        .await
        .unwrap();
    let fees = [("tax", "no"), ("upi_id", "Meera.Rao@okaxis"), ("upi_name", "Meera Rao")];
    assert_eq!(c.client.post("/practice/fees", &fees).await.location(), Some("/practice/fees"));
    let kavya = app.member("Kavya").await;
    let nadia = app.member("Nadia").await;
    let times = crate::bookings::slots(&app, &c).await;
    for (n, (m, discreet)) in [(&kavya, false), (&nadia, true)].into_iter().enumerate() {
        in_hindi(m, discreet).await;
        let start = times[n * 4].to_string();
        let fields = [("start", start.as_str()), ("kind", "individual"), ("key", "hi-1"), ("reschedule", "")];
        let res = m.client.post(&format!("/counsellors/{}/book", c.id), &fields).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        assert_hindi(&app, &hindi_mail(&app, &m.email, Subject::Appointment, discreet).await, discreet, &[]);
    }

    // A report's outcome to its reporter; a warning to the one reported, with the operator's words.
    let reason = "कृपया आदर से बात करें।";
    for (m, discreet) in [(&kavya, false), (&nadia, true)] {
        let res = m.client.post("/articles/safety-first/report", &[("reason", "misleading")]).await;
        assert_eq!(res.location(), Some("/reports"));
        let thread = crate::messages::thread_of(&app, m, "individual").await;
        m.client.post(&format!("/messages/{thread}"), &[("text", "MESSAGE-CANARY")]).await;
        let message: String = sqlx::query("SELECT id FROM messages WHERE thread_id = $1")
            .bind(&thread)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap()
            .get(0);
        let report = [("reason", "threats"), ("attach", "yes")];
        assert_eq!(
            c.client.post(&format!("/messages/{thread}/{message}/report"), &report).await.location(),
            Some("/reports")
        );
        let reports: Vec<(String, String)> = sqlx::query("SELECT id, reporter_id FROM reports WHERE decision IS NULL")
            .fetch_all(&app.state.db.pool)
            .await
            .unwrap()
            .into_iter()
            .map(|r| (r.get(0), r.get(1)))
            .collect();
        for (id, reporter) in reports {
            let decision = if reporter == m.id { "dismiss" } else { "warn" };
            let res =
                admin.client.post(&format!("/admin/reports/{id}"), &[("decision", decision), ("reason", reason)]).await;
            assert_eq!(res.location(), Some("/admin/reports"), "{}", res.body);
        }
        let outcome = hindi_mail(&app, &m.email, Subject::Update, discreet).await;
        assert_hindi(&app, &outcome, discreet, &[]);
        let warning = hindi_mail(&app, &m.email, Subject::AboutAccount, discreet).await;
        assert_hindi(&app, &warning, discreet, &[reason]);
        assert!(warning.body.contains(reason) && warning.body.contains("ऑपरेटर ने लिखा:"), "{}", warning.body);
    }

    // Three days on, the invoices are still unpaid.
    app.clock.advance(3 * DAY + MINUTE);
    assert_eq!(diltalks::billing::remind_unpaid(&app.state).await.unwrap(), 2);
    let kavyas = hindi_mail(&app, &kavya.email, Subject::Reminder, false).await;
    assert_hindi(&app, &kavyas, false, &[]);
    assert!(kavyas.body.contains("Meera Rao की ओर से आपका इनवॉइस"), "{}", kavyas.body);
    let nadias = hindi_mail(&app, &nadia.email, Subject::Reminder, true).await;
    assert_hindi(&app, &nadias, true, &[]);
    assert!(!nadias.body.contains("Meera") && nadias.body.contains("का एक इनवॉइस"), "{}", nadias.body);
}
