//! Availability and booking: slots in the viewer's zone, a confirmation step, idempotent
//! retries, couple sessions the partner sees, cancellation with the counsellor's policy, and
//! no slot ever booked twice under concurrent attempts, on both engines.

use axum::http::StatusCode;
use diltalks::clock::{DAY, HOUR, MINUTE};

use crate::harness::{Client, Member, TestApp};

/// A verified counsellor in Europe/London with 50-minute sessions, 10-minute breaks and no
/// notice, open every day 09:00–12:00 and 09:30–12:30 (so 09:00 and 09:30 overlap).
pub async fn counsellor(app: &TestApp) -> Member {
    let admin = app.admin().await;
    let c = app.counsellor("Meera").await;
    let profile = [
        ("full_name", "Meera Rao"),
        ("title", "Counselling psychologist"),
        ("bio", "I help couples."),
        ("license_number", "RCI-1"),
        ("licensing_body", "Board"),
        ("jurisdiction", "UK"),
        ("license_expires_on", "2030-01-01"),
        ("specialties", "trust"),
        ("languages", "English"),
        ("formats", "video"),
        ("fee", "80"),
        ("currency", "GBP"),
        ("time_zone", "Europe/London"),
        ("action", "submit"),
    ];
    assert_eq!(c.client.post("/practice/profile", &profile).await.location(), Some("/practice"));
    admin.client.post(&format!("/admin/counsellors/{}/verify", c.id), &[]).await;
    let rules = [
        ("session_minutes", "50"),
        ("buffer_minutes", "10"),
        ("notice_hours", "0"),
        ("horizon_days", "28"),
        ("cancel_hours", "24"),
    ];
    assert_eq!(c.client.post("/practice/availability/rules", &rules).await.status, StatusCode::SEE_OTHER);
    for day in 0..7 {
        for (start, end) in [("09:00", "12:00"), ("09:30", "12:30")] {
            let res = c
                .client
                .post(
                    "/practice/availability/windows",
                    &[("weekday", &day.to_string()), ("start", start), ("end", end)],
                )
                .await;
            assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        }
    }
    c
}

/// Every bookable start, from the counsellor's own rules, as the server computes them.
pub async fn slots(app: &TestApp, c: &Member) -> Vec<i64> {
    use diltalks::availability::{model, store};
    let db = &app.state.db;
    let rules = store::rules(db, &c.id, "Europe/London").await.unwrap();
    let windows: Vec<_> = store::windows(db, &c.id).await.unwrap().into_iter().map(|w| w.window).collect();
    let now = app.clock.now_ms();
    let busy = store::busy(db, &c.id, now, now + 40 * DAY).await.unwrap();
    model::slots(&rules, &windows, &[], &busy, now)
}

async fn book(client: &Client, counsellor: &str, start: i64, kind: &str, key: &str) -> crate::harness::Resp {
    client
        .post(
            &format!("/counsellors/{counsellor}/book"),
            &[("start", &start.to_string()), ("kind", kind), ("key", key), ("reschedule", "")],
        )
        .await
}

#[tokio::test]
async fn a_member_books_sees_it_in_their_zone_and_a_retry_returns_the_same_booking() {
    let app = TestApp::spawn().await;
    let c = counsellor(&app).await;
    let (a, b) = app.couple("Asha", "Ravi").await;
    let other = app.member("Other").await;
    // Members are in Asia/Kolkata: 09:00 in London (GMT in November) is 14:30 there.
    let page = a.client.get(&format!("/counsellors/{}", c.id)).await.body;
    assert!(page.contains(">14:30</a>") && page.contains(">15:00</a>"), "{page}");
    let visitor = app.client().get(&format!("/counsellors/{}", c.id)).await.body;
    assert!(visitor.contains("Sign in") && visitor.contains("09:00"), "visitors see UTC times");

    let all = slots(&app, &c).await;
    let first = *all.iter().find(|t| **t >= app.clock.now_ms() + HOUR).unwrap();
    let confirm = a.client.get(&format!("/counsellors/{}/book?start={first}", c.id)).await;
    assert_eq!(confirm.status, StatusCode::OK);
    assert!(
        confirm.body.contains("Ravi and me") && confirm.body.contains("That is 2 Nov 2026, 10:00 in Europe/London")
    );
    assert!(confirm.body.contains("GBP 80"));

    let res = book(&a.client, &c.id, first, "couple", "key-1").await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let at = res.location().unwrap().to_string();
    let again = book(&a.client, &c.id, first, "couple", "key-1").await;
    assert_eq!(again.location(), Some(at.as_str()), "the same request again: the same booking");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM bookings").await, 1);

    // The partner sees the couple session, on the dashboard too; another member sees nothing of it.
    assert!(b.client.get("/bookings").await.body.contains("booked by Asha"));
    assert!(b.client.get("/dashboard").await.body.contains("Meera Rao (couple session)"));
    assert!(!app.member("Third").await.client.get("/dashboard").await.body.contains("Coming sessions"));
    assert_eq!(b.client.get(&at).await.status, StatusCode::OK);
    assert_eq!(other.client.get(&at).await.status, StatusCode::NOT_FOUND);
    assert!(!other.client.get("/bookings").await.body.contains("Meera"));
    assert_eq!(app.client().get(&at).await.location().map(|l| l.starts_with("/login")), Some(true));
    // The counsellor sees it too, and the slot is gone from the profile.
    assert!(c.client.get("/practice").await.body.contains("Asha and partner (couple session)"));
    let profile = a.client.get(&format!("/counsellors/{}", c.id)).await.body;
    assert!(!profile.contains(&format!("start={first}\"")), "the booked time is no longer offered");
    let taken = book(&other.client, &c.id, first, "individual", "key-2").await;
    assert_eq!(taken.status, StatusCode::CONFLICT);
    assert!(taken.body.contains("just been booked by someone else"));
    // A time that is no slot at all, and a counsellor trying to book, are refused.
    assert_eq!(book(&other.client, &c.id, first + 7 * MINUTE, "individual", "k3").await.status, StatusCode::CONFLICT);
    assert_eq!(book(&c.client, &c.id, all[5], "individual", "k4").await.status, StatusCode::NOT_FOUND);
    // A couple session needs a partner: the form comes back with the reason.
    let solo = book(&other.client, &c.id, all[5], "couple", "k5").await;
    assert_eq!(solo.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(solo.body.contains("needs your partner in your space"));
}

#[tokio::test]
async fn cancelling_follows_the_policy_and_moving_a_session_frees_the_old_time() {
    let app = TestApp::spawn().await;
    let c = counsellor(&app).await;
    let a = app.member("Noor").await;
    let all = slots(&app, &c).await;
    // Two days ahead: free to cancel. Then one within a day: late.
    let later = *all.iter().find(|t| **t > app.clock.now_ms() + 2 * DAY).unwrap();
    let soon = *all.iter().find(|t| **t >= app.clock.now_ms() + HOUR).unwrap();
    assert!(soon < app.clock.now_ms() + DAY);
    let res = book(&a.client, &c.id, later, "individual", "a").await;
    let later_path = res.location().unwrap().to_string();
    assert!(a.client.get(&later_path).await.body.contains("Free cancellation until"));

    // Moving it: the new time is booked and the old one freed, in one step.
    let id = later_path.trim_start_matches("/bookings/").to_string();
    let new_time = later + HOUR;
    let res = a
        .client
        .post(
            &format!("/counsellors/{}/book", c.id),
            &[("start", &new_time.to_string()), ("kind", "individual"), ("key", "move-1"), ("reschedule", &id)],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM bookings WHERE status = 'booked'").await, 1);
    assert!(slots(&app, &c).await.contains(&later), "the old time is free again");
    let moved = res.location().unwrap().to_string();
    assert_eq!(a.client.post(&format!("{moved}/cancel"), &[]).await.location(), Some("/bookings"));
    assert_eq!(a.client.post(&format!("{moved}/cancel"), &[]).await.status, StatusCode::CONFLICT, "already cancelled");

    let res = book(&a.client, &c.id, soon, "individual", "b").await;
    let soon_path = res.location().unwrap().to_string();
    assert!(a.client.get(&soon_path).await.body.contains("free cancellation period has passed"));
    a.client.post(&format!("{soon_path}/cancel"), &[]).await;
    assert!(a.client.get("/bookings").await.body.contains("cancelled late"));
    assert_eq!(app.scalar("SELECT COUNT(*) FROM bookings WHERE late_cancel = 'late'").await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn no_slot_is_ever_booked_twice_under_simultaneous_requests() {
    let app = TestApp::spawn().await;
    let c = counsellor(&app).await;
    let mut members = vec![];
    for i in 0..10 {
        members.push(app.member(&format!("M{i}")).await);
    }
    let all = slots(&app, &c).await;
    // Pairs of slots half an hour apart: each overlaps the other.
    let pairs: Vec<(i64, i64)> =
        all.iter().filter(|a| all.contains(&(**a + 30 * MINUTE))).map(|a| (*a, a + 30 * MINUTE)).collect();
    let pairs: Vec<(i64, i64)> = pairs.into_iter().step_by(2).take(20).collect();
    assert_eq!(pairs.len(), 20);
    for (round, (a, b)) in pairs.into_iter().enumerate() {
        let mut tasks = vec![];
        for i in 0..100 {
            let client = members[i % 10].client.clone();
            let counsellor = c.id.clone();
            let start = if i % 2 == 0 { a } else { b };
            let key = format!("r{round}-{i}");
            tasks.push(tokio::spawn(async move { book(&client, &counsellor, start, "individual", &key).await }));
        }
        let (mut ok, mut conflict) = (0, 0);
        for t in tasks {
            let res = t.await.unwrap();
            match res.status {
                StatusCode::SEE_OTHER => ok += 1,
                StatusCode::CONFLICT => conflict += 1,
                // What the page said, so a rare failure under load names its cause.
                other => panic!("round {round}: unexpected {other}: {}", res.body),
            }
        }
        assert_eq!((ok, conflict), (1, 99), "round {round}");
    }
    assert_eq!(app.scalar("SELECT COUNT(*) FROM bookings").await, 20);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_booking_sent_many_times_at_once_is_the_members_own_every_time() {
    let app = TestApp::spawn().await;
    let c = counsellor(&app).await;
    let m = app.member("Twice").await;
    let start = slots(&app, &c).await[3];
    let mut tasks = vec![];
    for _ in 0..80 {
        let (client, cid) = (m.client.clone(), c.id.clone());
        tasks.push(tokio::spawn(async move { book(&client, &cid, start, "individual", "same-key").await }));
    }
    let mut places = std::collections::BTreeSet::new();
    for t in tasks {
        let res = t.await.unwrap();
        assert_eq!(res.status, StatusCode::SEE_OTHER, "a retry is never told the time is someone else's: {}", res.body);
        places.insert(res.location().unwrap().to_string());
    }
    assert_eq!(places.len(), 1, "all land on the one booking");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM bookings").await, 1);
}

#[tokio::test]
async fn on_postgresql_the_database_itself_refuses_overlapping_bookings() {
    let app = TestApp::spawn().await;
    if !app.is_postgres() {
        return; // SQLite has no exclusion constraints: its write lock does the same work.
    }
    let c = counsellor(&app).await;
    let a = app.member("Direct").await;
    let insert = |id: &'static str, start: i64| {
        let db = app.state.db.clone();
        let (cid, uid) = (c.id.clone(), a.id.clone());
        async move {
            sqlx::query(
                "INSERT INTO bookings (id, counsellor_id, booked_by, kind, starts_at, ends_at, held_until, idempotency_key, created_at)
                 VALUES ($1, $2, $3, 'individual', $4, $5, $6, $1, 0)",
            )
            .bind(id)
            .bind(cid)
            .bind(uid)
            .bind(start)
            .bind(start + 50 * MINUTE)
            .bind(start + 60 * MINUTE)
            .execute(&db.pool)
            .await
        }
    };
    let t = app.clock.now_ms() + DAY;
    insert("one", t).await.unwrap();
    let err = insert("two", t + 30 * MINUTE).await.unwrap_err();
    assert!(err.to_string().contains("bookings_never_overlap"), "{err}");
    insert("three", t + 60 * MINUTE).await.expect("back to back is fine");
}

/// The invitation a message carries (the inline `text/calendar` part), decoded; the
/// attached copy must be the same file.
pub fn calendar_in(mail: &crate::harness::Mail) -> String {
    let (_, ics) = mail.calendar.clone().expect("a calendar part");
    let attached = mail.attachments.iter().find(|(name, _, _)| name == "invite.ics").expect("the file attached");
    assert_eq!(attached.2, ics, "the attachment is the same calendar");
    ics
}

/// Parses a calendar with an independent parser (the `ical` crate) into its events' properties.
pub fn events(ics: &str) -> Vec<std::collections::HashMap<String, String>> {
    let reader = ical::IcalParser::new(std::io::BufReader::new(ics.as_bytes()));
    let mut out = vec![];
    for cal in reader {
        let cal = cal.expect("a valid calendar");
        for e in cal.events {
            out.push(e.properties.into_iter().map(|p| (p.name, p.value.unwrap_or_default())).collect());
        }
    }
    out
}

pub fn ics_time(ms: i64) -> String {
    jiff::Timestamp::from_millisecond(ms).unwrap().strftime("%Y%m%dT%H%M%SZ").to_string()
}

#[tokio::test]
async fn everyone_concerned_gets_neutral_mail_with_a_calendar_file_and_reminders_go_once() {
    use diltalks::bookings::notify::send_due_reminders;
    let app = TestApp::spawn().await;
    let c = counsellor(&app).await;
    let (a, b) = app.couple("Asha", "Ravi").await;
    let all = slots(&app, &c).await;
    let start = *all.iter().find(|t| **t >= app.clock.now_ms() + 2 * DAY).unwrap();
    let res = book(&a.client, &c.id, start, "couple", "mail-1").await;
    let id = res.location().unwrap().trim_start_matches("/bookings/").to_string();
    let mail = app.mail().await;
    let confirmations: Vec<_> = mail.iter().filter(|m| m.subject == "Your DilTalks appointment").collect();
    assert_eq!(confirmations.len(), 3, "the booker, the partner and the counsellor");
    for who in [&a.email, &b.email, &c.email] {
        assert!(confirmations.iter().any(|m| m.to.contains(who.as_str())));
    }
    for m in &confirmations {
        let to_member = !m.to.contains(c.email.as_str());
        assert!(!m.body.contains("counsel"), "names nothing: {}", m.body);
        assert!(!to_member || !m.body.contains("Meera"), "the counsellor is not named to members");
        let evs = events(&calendar_in(m));
        assert_eq!(evs.len(), 1);
        assert_eq!(evs[0]["DTSTART"], ics_time(start));
        assert_eq!(evs[0]["DTEND"], ics_time(start + 50 * MINUTE));
        assert_eq!(evs[0]["UID"], format!("{id}@diltalks"));
        assert_eq!(evs[0]["SUMMARY"], "DilTalks appointment");
        assert_eq!(evs[0]["STATUS"], "CONFIRMED");
    }

    // A day before, then an hour before: each once, even with two instances at one moment.
    assert_eq!(send_due_reminders(&app.state).await.unwrap(), 0);
    app.clock.advance(start - DAY - app.clock.now_ms() + MINUTE);
    let (x, y) = tokio::join!(send_due_reminders(&app.state), send_due_reminders(&app.state));
    assert_eq!(x.unwrap() + y.unwrap(), 1);
    app.clock.advance(DAY - HOUR);
    assert_eq!(send_due_reminders(&app.state).await.unwrap(), 1);
    assert_eq!(send_due_reminders(&app.state).await.unwrap(), 0);
    let reminders = app.mail().await.into_iter().filter(|m| m.subject == "A reminder from DilTalks").count();
    assert_eq!(reminders, 6, "two reminders to three people");

    // Cancelling tells everyone, with a cancelling calendar file.
    a.sign_in_again().await;
    a.client.post(&format!("/bookings/{id}/cancel"), &[]).await;
    let changed: Vec<_> =
        app.mail().await.into_iter().filter(|m| m.subject == "Your DilTalks appointment has changed").collect();
    assert_eq!(changed.len(), 3);
    assert_eq!(events(&calendar_in(&changed[0]))[0]["STATUS"], "CANCELLED");
}

#[tokio::test]
async fn a_private_calendar_feed_shows_ones_own_sessions_until_revoked() {
    let app = TestApp::spawn().await;
    let c = counsellor(&app).await;
    let a = app.member("Noor").await;
    let other = app.member("Other").await;
    let all = slots(&app, &c).await;
    let start = *all.iter().find(|t| **t >= app.clock.now_ms() + DAY).unwrap();
    book(&a.client, &c.id, start, "individual", "feed-1").await;
    let page = a.client.post("/calendar-feed", &[]).await;
    assert_eq!(page.status, StatusCode::OK);
    let at = page.body.find("/calendar/").unwrap();
    let token: String = page.body[at + "/calendar/".len()..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    assert!(!a.client.get("/calendar-feed").await.body.contains(&token), "shown once");
    let feed = app.client().get(&format!("/calendar/{token}.ics")).await;
    assert_eq!(feed.status, StatusCode::OK);
    assert!(feed.header("content-type").starts_with("text/calendar"));
    let evs = events(&feed.body);
    assert_eq!(evs.len(), 1);
    assert_eq!(evs[0]["DTSTART"], ics_time(start));
    // The counsellor's own feed shows it too; another member's shows nothing of it.
    let cp = c.client.post("/calendar-feed", &[]).await.body;
    let ctoken: String = cp[cp.find("/calendar/").unwrap() + 10..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    assert_eq!(events(&app.client().get(&format!("/calendar/{ctoken}")).await.body).len(), 1);
    let op = other.client.post("/calendar-feed", &[]).await.body;
    let otoken: String = op[op.find("/calendar/").unwrap() + 10..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    assert!(events(&app.client().get(&format!("/calendar/{otoken}")).await.body).is_empty());
    // A new link ends the old; revoking ends the new.
    a.client.post("/calendar-feed", &[]).await;
    assert_eq!(app.client().get(&format!("/calendar/{token}")).await.status, StatusCode::NOT_FOUND);
    a.client.post("/calendar-feed/revoke", &[]).await;
    assert_eq!(app.scalar("SELECT COUNT(*) FROM calendar_feeds").await, 2);
}

#[tokio::test]
async fn the_directory_shows_first_free_times_and_filters_by_how_soon() {
    let app = TestApp::spawn().await;
    counsellor(&app).await;
    let admin = app.admin().await;
    app.listed_counsellor("No Hours Yet", &admin.id).await;
    let m = app.member("Asha").await;
    let all = m.client.get("/counsellors").await.body;
    assert!(all.contains("No Hours Yet") && all.contains("Meera Rao"));
    assert!(all.contains("First free time: Monday 2 Nov, 14:30."), "in the member's zone: {all}");
    assert!(all.contains("No free times in the coming weeks."));
    let soon = m.client.get("/counsellors?within=3").await.body;
    assert!(soon.contains("Meera Rao") && !soon.contains("No Hours Yet"), "{soon}");
    assert!(soon.contains("1 counsellor"));
}

#[tokio::test]
async fn the_confirm_page_warns_before_booking_a_time_already_inside_the_free_cancellation_period() {
    let app = TestApp::spawn().await;
    let c = counsellor(&app).await;
    let m = app.member("Asha").await;
    let all = slots(&app, &c).await;
    let now = app.clock.now_ms();
    let soon = *all.iter().find(|t| **t < now + 24 * HOUR).expect("a time within a day");
    let later = *all.iter().find(|t| **t > now + 2 * DAY).expect("a time days away");
    let warning = "already inside the free-cancellation period";
    let page = m.client.get(&format!("/counsellors/{}/book?start={soon}", c.id)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(warning), "{}", page.body);
    let page = m.client.get(&format!("/counsellors/{}/book?start={later}", c.id)).await;
    assert!(!page.body.contains(warning));
}

#[tokio::test]
async fn both_of_us_in_the_matching_questionnaire_carries_into_the_booking_form() {
    let app = TestApp::spawn().await;
    let c = counsellor(&app).await;
    let (a, _) = app.couple("Asha", "Ravi").await;
    let res = a.client.post("/counsellors/match", &[("concerns", "trust"), ("who", "both")]).await;
    let link = format!("/counsellors/{}?kind=couple", c.id);
    assert!(res.body.contains(&link), "{}", res.body);
    let profile = a.client.get(&link).await.body;
    assert!(profile.contains("kind=couple\""), "slots keep the choice");
    let start = slots(&app, &c).await[3];
    let confirm = a.client.get(&format!("/counsellors/{}/book?start={start}&kind=couple", c.id)).await.body;
    assert!(confirm.contains(r#"id="kind-couple" name="kind" value="couple" checked"#), "{confirm}");
    // Without it, the form starts at "Just me", as before.
    let plain = a.client.get(&format!("/counsellors/{}/book?start={start}", c.id)).await.body;
    assert!(plain.contains(r#"id="kind-individual" name="kind" value="individual" checked"#));
    let me = a.client.post("/counsellors/match", &[("concerns", "trust"), ("who", "me")]).await.body;
    assert!(!me.contains("?kind=couple"));
}

#[tokio::test]
async fn dates_and_times_far_out_of_range_are_named_not_accepted() {
    let app = TestApp::spawn().await;
    let c = counsellor(&app).await;
    let m = app.member("Far").await;
    // A start before now, or decades away, is no counsellor's time: 422, not "booked by someone".
    for start in ["-1", "0", "253402300799000"] {
        let res = m
            .client
            .post(&format!("/counsellors/{}/book", c.id), &[("start", start), ("kind", "individual"), ("key", start)])
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "start={start}");
        assert!(res.body.contains("not one of the counsellor&#39;s free times"), "{}", res.body);
    }
    // Time off in year 1 or 9999: named, kept.
    for date in ["0001-01-01", "9999-12-31"] {
        let res = c
            .client
            .post("/practice/availability/exceptions", &[("kind", "off"), ("date", date), ("start", ""), ("end", "")])
            .await;
        assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "{date}");
        assert!(res.body.contains("Give a date between"), "{}", res.body);
        assert!(res.body.contains(date), "the input is kept");
    }
    assert_eq!(app.scalar("SELECT COUNT(*) FROM availability_exceptions").await, 0);
    // A licence expiring in 9999 is a slip.
    let res = c
        .client
        .post(
            "/practice/profile",
            &[
                ("full_name", "Meera Rao"),
                ("license_expires_on", "9999-12-31"),
                ("time_zone", "Europe/London"),
                ("action", "save"),
            ],
        )
        .await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("Give a date between"));
}

/// Issue 22: a couple session needs both partners. When one leaves the space, or deletes the
/// account, the space's future couple sessions are cancelled with no fee; the others get the
/// ordinary neutral cancellation with a calendar CANCEL, and the session's page says why.
#[tokio::test]
async fn a_partner_leaving_cancels_the_couple_sessions_without_a_fee_and_says_why() {
    for how in ["leave", "delete"] {
        let app = TestApp::spawn().await;
        let c = counsellor(&app).await;
        let (a, b) = app.couple("Asha", "Ravi").await;
        let space = crate::messages::space_of(&app, &a).await;
        // Two couple sessions, one of them within the late-cancellation period, and Asha's own.
        let soon = crate::messages::book_session(&app, &c, &a, Some(&space), app.clock.now_ms() + 2 * HOUR).await;
        let later = crate::messages::book_session(&app, &c, &a, Some(&space), app.clock.now_ms() + 8 * DAY).await;
        let own = crate::messages::book_session(&app, &c, &a, None, app.clock.now_ms() + 9 * DAY).await;
        let before = app.mail().await.len();

        b.sign_in_again().await;
        let res = match how {
            "leave" => b.client.post("/space/leave", &[]).await,
            _ => b.client.post("/settings/delete", &[("confirm", "delete my account")]).await,
        };
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{how}: {}", res.body);

        for id in [&soon, &later] {
            let row = sqlx::query_as::<_, (String, Option<String>, i64)>(
                "SELECT status, late_cancel, partner_left FROM bookings WHERE id = $1",
            )
            .bind(id)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
            assert_eq!(row, ("cancelled".into(), None, 1), "{how}: no late fee, and why");
            for who in [&a, &c] {
                let page = who.client.get(&format!("/bookings/{id}")).await.body;
                assert!(page.contains("couple session · cancelled<"), "{how}: {page}");
                assert!(page.contains("one of them is no longer in the shared space. No fee applies."), "{page}");
            }
        }
        let own_status: String = sqlx::query_scalar("SELECT status FROM bookings WHERE id = $1")
            .bind(&own)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap();
        assert_eq!(own_status, "booked", "{how}: Asha's individual session is hers and stays");

        // The remaining partner and the counsellor are told, in the ordinary neutral words,
        // with a CANCEL for each session; nothing says who left or why.
        let mail = app.mail().await;
        for to in [&a.email, &c.email] {
            let theirs: Vec<_> = mail[before..].iter().filter(|m| m.to.contains(to.as_str())).collect();
            assert_eq!(theirs.len(), 2, "{how}: one notice per session to {to}");
            for m in theirs {
                assert!(m.body.contains("is cancelled"), "{}", m.body);
                assert!(
                    !m.body.contains("Ravi") && !m.body.contains("partner") && !m.body.contains("space"),
                    "{}",
                    m.body
                );
                let ics = calendar_in(m);
                assert!(ics.contains("METHOD:CANCEL"), "{ics}");
            }
        }
    }
}

/// Issue 18: invitations per RFC 5546 / RFC 6047, read back by independent parsers (mail with
/// `mail-parser`, calendars with `ical`): every mail has a Message-ID on the site's host, a
/// Date and MIME-Version; the calendar rides as `text/calendar; method=…` beside the text and
/// attached; ORGANIZER is the service with the counsellor's name, the one ATTENDEE is the
/// recipient (nobody else's address); a session keeps its UID through a move and a cancel,
/// its SEQUENCE rising each time; feeds list cancelled sessions on both sides.
#[tokio::test]
async fn invitations_keep_one_event_through_moves_and_cancellation() {
    let app = TestApp::spawn().await;
    let c = counsellor(&app).await;
    let (a, b) = app.couple("Asha", "Ravi").await;
    let all = slots(&app, &c).await;
    let first = *all.iter().find(|t| **t >= app.clock.now_ms() + 2 * DAY).unwrap();
    let res = book(&a.client, &c.id, first, "couple", "imip-1").await;
    let id = res.location().unwrap().trim_start_matches("/bookings/").to_string();
    let mail = app.mail().await;
    let host = app.state.config.base_url().split("://").nth(1).unwrap().split([':', '/']).next().unwrap().to_string();
    let service = app.state.mailer.address();
    let mut uid = String::new();
    for (email, others) in [(&a.email, [&b.email, &c.email]), (&b.email, [&a.email, &c.email])] {
        let m = mail.iter().find(|m| m.to.contains(email.as_str()) && m.calendar.is_some()).unwrap();
        assert!(m.headers["message-id"].ends_with(&format!("@{host}>")), "{:?}", m.headers);
        assert_eq!(m.headers["mime-version"], "1.0");
        assert!(!m.headers["date"].is_empty());
        let (method, ics) = m.calendar.clone().unwrap();
        assert_eq!(method, "REQUEST");
        let ev = &events(&calendar_in(m))[0];
        assert!(ev["ORGANIZER"].eq_ignore_ascii_case(&format!("mailto:{service}")), "{ev:?}");
        assert_eq!(ev["ATTENDEE"], format!("mailto:{email}"));
        assert_eq!(ev["SEQUENCE"], "0");
        for other in others {
            assert!(!ics.contains(other.as_str()), "nobody else's address travels: {ics}");
        }
        assert!(ics.replace("\r\n ", "").contains("ORGANIZER;CN=\"Meera Rao\""), "{ics}");
        uid = ev["UID"].clone();
    }
    // Mail without a calendar (the sign-up confirmations) has the same headers, single-part.
    let plain = mail.iter().find(|m| m.calendar.is_none()).expect("a mail without a calendar");
    assert!(plain.headers["message-id"].ends_with(&format!("@{host}>")), "{:?}", plain.headers);
    assert_eq!(plain.headers["mime-version"], "1.0");
    assert!(plain.headers["content-type"].starts_with("text/plain"), "{:?}", plain.headers);

    // Moved: one mail, a REQUEST for the same event, SEQUENCE 1.
    let later = *all.iter().find(|t| **t >= first + DAY).unwrap();
    let before = app.mail().await.len();
    let res = a
        .client
        .post(
            &format!("/counsellors/{}/book", c.id),
            &[("start", &later.to_string()), ("kind", "couple"), ("key", "imip-2"), ("reschedule", &id)],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let moved_id = res.location().unwrap().trim_start_matches("/bookings/").to_string();
    let mail = app.mail().await;
    let to_asha: Vec<_> = mail[before..].iter().filter(|m| m.to.contains(a.email.as_str())).collect();
    assert_eq!(to_asha.len(), 1, "a move is one change");
    assert_eq!(to_asha[0].calendar.as_ref().unwrap().0, "REQUEST");
    assert!(to_asha[0].body.contains("has moved"), "{}", to_asha[0].body);
    let ev = &events(&calendar_in(to_asha[0]))[0];
    assert_eq!((ev["UID"].as_str(), ev["SEQUENCE"].as_str()), (uid.as_str(), "1"));
    assert_eq!(ev["DTSTART"], ics_time(later));

    // Cancelled: a CANCEL for the same event, SEQUENCE 2.
    let before = app.mail().await.len();
    b.client.post(&format!("/bookings/{moved_id}/cancel"), &[]).await;
    let mail = app.mail().await;
    let m = mail[before..].iter().find(|m| m.to.contains(c.email.as_str())).expect("the counsellor is told");
    assert_eq!(m.calendar.as_ref().unwrap().0, "CANCEL");
    let ev = &events(&calendar_in(m))[0];
    assert_eq!((ev["UID"].as_str(), ev["SEQUENCE"].as_str(), ev["STATUS"].as_str()), (uid.as_str(), "2", "CANCELLED"));
    assert_eq!(ev["ATTENDEE"], format!("mailto:{}", c.email));

    // Feeds: both sides list the session once, cancelled, under its one UID.
    for who in [&a, &c] {
        let page = who.client.post("/calendar-feed", &[]).await.body;
        let at = page.find("/calendar/").unwrap() + "/calendar/".len();
        let token: String =
            page[at..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();
        let feed = app.client().get(&format!("/calendar/{token}.ics")).await.body;
        let evs = events(&feed);
        let ours: Vec<_> = evs.iter().filter(|e| e["UID"] == uid).collect();
        assert_eq!(ours.len(), 1, "one event for the session: {feed}");
        assert_eq!((ours[0]["STATUS"].as_str(), ours[0]["SEQUENCE"].as_str()), ("CANCELLED", "2"));
        assert!(ours[0].contains_key("ORGANIZER"));
    }
}

/// Issue 18: a booking (and a cancellation) and its mail are written in one transaction. When
/// the mail cannot be queued, nothing is booked (the time stays free), and the member's retry
/// with the same key books it and mails everyone, instead of answering that it is booked
/// already; a cancellation that cannot be mailed leaves the session booked.
#[tokio::test]
async fn a_booking_and_its_mail_are_written_together_or_not_at_all() {
    let app = TestApp::spawn().await;
    let c = counsellor(&app).await;
    let m = app.member("Kavya").await;
    let start = slots(&app, &c).await[2];
    app.mail().await;
    let queued = app.scalar("SELECT COUNT(*) FROM outbox").await;
    app.mail_down().await;
    let res = book(&m.client, &c.id, start, "individual", "together-1").await;
    assert_eq!(res.status, StatusCode::INTERNAL_SERVER_ERROR, "{}", res.body);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM bookings").await, 0, "nothing half-written");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM outbox").await, queued);
    let profile = m.client.get(&format!("/counsellors/{}", c.id)).await.body;
    assert!(profile.contains(&format!("start={start}\"")), "the time is still offered");
    app.mail_up().await;
    let res = book(&m.client, &c.id, start, "individual", "together-1").await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "the retry books it: {}", res.body);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM bookings").await, 1);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM outbox").await, queued + 2, "the member and the counsellor");
    let mail = app.last_mail_to(&m.email).await;
    assert!(mail.body.contains("An appointment is booked"), "{}", mail.body);

    // Cancelling likewise: with the mail down it stays booked; then it cancels and tells both.
    let at = res.location().unwrap().to_string();
    app.mail_down().await;
    let res = m.client.post(&format!("{at}/cancel"), &[]).await;
    assert_eq!(res.status, StatusCode::INTERNAL_SERVER_ERROR, "{}", res.body);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM bookings WHERE status = 'booked'").await, 1, "still booked");
    app.mail_up().await;
    let res = m.client.post(&format!("{at}/cancel"), &[]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM bookings WHERE status = 'cancelled'").await, 1);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM outbox").await, queued + 4);
    assert!(app.last_mail_to(&m.email).await.body.contains("is cancelled"));
}

/// Issue 21: a couple session's mail reaches each partner in their own Hindi voice and the
/// counsellor in English: the letter, its dates, and the calendar file's summary as the `ical`
/// crate reads it; so do the reminders, the cancellation and each one's calendar feed.
#[tokio::test]
async fn a_hindi_account_gets_its_appointments_and_calendars_in_hindi() {
    use diltalks::bookings::notify::send_due_reminders;
    use diltalks::mail::Subject;
    use diltalks::pages::format_time_in;

    use crate::reminders::{assert_hindi, in_hindi};
    let app = TestApp::spawn().await;
    let c = counsellor(&app).await;
    let (a, b) = app.couple("Asha", "Ravi").await;
    in_hindi(&a, false).await;
    in_hindi(&b, true).await;
    let hi = |s: Subject, discreet: bool| s.text(&app.state.bundled.locales, diltalks::i18n::Lang::Hi, discreet);
    let start = *slots(&app, &c).await.iter().find(|t| **t >= app.clock.now_ms() + 2 * DAY).unwrap();
    let before = app.mail().await.len();
    let res = book(&a.client, &c.id, start, "couple", "hi-1").await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let id = res.location().unwrap().trim_start_matches("/bookings/").to_string();
    let when = format_time_in(diltalks::i18n::Lang::Hi, start, "Asia/Kolkata");
    assert!(when.contains("नवंबर"), "{when}");

    let mail = app.mail().await.split_off(before);
    for (m, discreet, summary) in [(&a, false, "DilTalks अपॉइंटमेंट"), (&b, true, "अपॉइंटमेंट")]
    {
        let booked = mail.iter().find(|x| x.to.contains(m.email.as_str())).expect("a confirmation");
        assert_eq!(booked.subject, hi(Subject::Appointment, discreet));
        assert_hindi(&app, booked, discreet, &[]);
        assert!(
            booked.body.contains(&format!("{when} (Asia/Kolkata समय) का एक अपॉइंटमेंट बुक हो गया है।")),
            "{}",
            booked.body
        );
        let evs = events(&calendar_in(booked));
        assert_eq!(evs[0]["SUMMARY"], summary);
        assert!(evs[0]["DESCRIPTION"].starts_with("पूरी जानकारी"), "{:?}", evs[0]["DESCRIPTION"]);
        assert_eq!(evs[0]["DTSTART"], ics_time(start));
    }
    let theirs = mail.iter().find(|x| x.to.contains(c.email.as_str())).unwrap();
    assert_eq!(theirs.subject, "Your DilTalks appointment", "the counsellor reads English");
    assert_eq!(theirs.headers.get("content-language").map(String::as_str), Some("en"));
    assert_eq!(events(&calendar_in(theirs))[0]["SUMMARY"], "DilTalks appointment");

    // The reminders a day and an hour before.
    app.clock.advance(start - DAY - app.clock.now_ms() + MINUTE);
    assert_eq!(send_due_reminders(&app.state).await.unwrap(), 1);
    app.clock.advance(DAY - HOUR);
    assert_eq!(send_due_reminders(&app.state).await.unwrap(), 1);
    let mail = app.mail().await;
    for (m, discreet) in [(&a, false), (&b, true)] {
        let reminders: Vec<_> = mail
            .iter()
            .filter(|x| x.to.contains(m.email.as_str()) && x.subject == hi(Subject::Reminder, discreet))
            .collect();
        assert_eq!(reminders.len(), 2);
        for r in &reminders {
            assert_hindi(&app, r, discreet, &[]);
        }
        assert!(reminders[0].body.contains(&format!("याद दिला दें: कल, {when}")), "{}", reminders[0].body);
        assert!(reminders[1].body.contains("एक घंटे के अंदर") && reminders[1].body.contains("ये ईमेल बंद करने"));
    }

    // Each one's calendar feed, in their own language and voice.
    for (m, discreet, summary) in [(&a, false, "DilTalks अपॉइंटमेंट"), (&b, true, "अपॉइंटमेंट")]
    {
        m.sign_in_again().await;
        let page = m.client.post("/calendar-feed", &[]).await.body;
        let at = page.find("/calendar/").unwrap();
        let path: String = page[at..].chars().take_while(|c| !c.is_whitespace() && *c != '<' && *c != '"').collect();
        let feed = app.client().get(&path).await.body;
        let evs = events(&feed);
        assert_eq!(evs[0]["SUMMARY"], summary, "{feed}");
        assert_eq!(discreet, feed.contains("X-WR-CALNAME:कैलेंडर"), "{feed}");
        assert_eq!(discreet, !feed.contains("DilTalks"), "{feed}");
    }

    // Cancelled: the letter and a cancelling calendar file, in Hindi.
    a.client.post(&format!("/bookings/{id}/cancel"), &[]).await;
    let mail = app.mail().await;
    for (m, discreet, summary) in [(&a, false, "DilTalks अपॉइंटमेंट"), (&b, true, "अपॉइंटमेंट")]
    {
        let changed = mail
            .iter()
            .find(|x| x.to.contains(m.email.as_str()) && x.subject == hi(Subject::AppointmentChanged, discreet))
            .expect("a cancellation");
        assert_hindi(&app, changed, discreet, &[]);
        assert!(changed.body.contains("वाला अपॉइंटमेंट रद्द हो गया है।"), "{}", changed.body);
        let evs = events(&calendar_in(changed));
        assert_eq!((evs[0]["SUMMARY"].as_str(), evs[0]["STATUS"].as_str()), (summary, "CANCELLED"));
    }
}
