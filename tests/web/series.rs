//! Session series: every date listed with its clashes before confirming, the free ones booked
//! in one transaction (or none, naming what was taken meanwhile), racing series never
//! double-booking, cancelling or moving the rest with the policy per session, the same local
//! time across a clock change, and a counsellor booking for their clients.

use axum::http::StatusCode;
use diltalks::clock::{DAY, HOUR, MINUTE};
use sqlx::Row;

use crate::bookings::{calendar_in, counsellor, events, ics_time, slots};
use crate::harness::{Client, Member, Resp, TestApp};

fn form<'a>(start: &'a str, repeat: &'a str, count: &'a str, key: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("start", start),
        ("kind", "individual"),
        ("key", key),
        ("repeat", repeat),
        ("ends", "after"),
        ("count", count),
    ]
}

async fn show(client: &Client, c: &Member, start: i64, count: usize, key: &str) -> Resp {
    show_id(client, &c.id, start, count, key).await
}

async fn show_id(client: &Client, cid: &str, start: i64, count: usize, key: &str) -> Resp {
    let (start, count) = (start.to_string(), count.to_string());
    let mut f = form(&start, "weekly", &count, key);
    f.push(("step", "show"));
    client.post(&format!("/counsellors/{cid}/book"), &f).await
}

async fn confirm(client: &Client, c: &Member, start: i64, count: usize, key: &str, free: &str) -> Resp {
    confirm_id(client, &c.id, start, count, key, free).await
}

async fn confirm_id(client: &Client, cid: &str, start: i64, count: usize, key: &str, free: &str) -> Resp {
    let (start, count) = (start.to_string(), count.to_string());
    let mut f = form(&start, "weekly", &count, key);
    f.extend([("step", "book"), ("free", free)]);
    client.post(&format!("/counsellors/{cid}/book"), &f).await
}

/// A hidden field's value on the page.
fn hidden(body: &str, name: &str) -> String {
    let at = body.rfind(&format!("name=\"{name}\" value=\"")).unwrap_or_else(|| panic!("no {name} in {body}"));
    let rest = &body[at + name.len() + 15..];
    rest[..rest.find('"').unwrap()].to_string()
}

async fn series_starts(app: &TestApp, booked_by: &str) -> Vec<i64> {
    sqlx::query(
        "SELECT starts_at FROM bookings WHERE booked_by = $1 AND series_id IS NOT NULL AND status = 'booked'
         ORDER BY starts_at",
    )
    .bind(booked_by)
    .fetch_all(&app.state.db.pool)
    .await
    .unwrap()
    .iter()
    .map(|r| r.get(0))
    .collect()
}

async fn single(client: &Client, c: &Member, start: i64, key: &str) -> Resp {
    client
        .post(
            &format!("/counsellors/{}/book", c.id),
            &[("start", &start.to_string()), ("kind", "individual"), ("key", key), ("reschedule", "")],
        )
        .await
}

/// The first free time at least `after` from now.
async fn slot_after(app: &TestApp, c: &Member, after: i64) -> i64 {
    *slots(app, c).await.iter().find(|t| **t >= app.clock.now_ms() + after).unwrap()
}

#[tokio::test]
async fn a_member_sees_every_date_and_its_clashes_then_books_the_free_ones_with_one_mail() {
    let app = TestApp::spawn().await;
    let c = counsellor(&app).await;
    let m = app.member("Nadia").await;
    let other = app.member("Other").await;
    let t = slot_after(&app, &c, 2 * DAY).await;
    assert_eq!(single(&other.client, &c, t + 14 * DAY, "other-1").await.status, StatusCode::SEE_OTHER);

    // The confirm page offers a series; choosing one shows the dates before booking anything.
    let page = m.client.get(&format!("/counsellors/{}/book?start={t}", c.id)).await.body;
    assert!(page.contains("Every week at this time") && page.contains("Every two weeks at this time"));
    let res = show(&m.client, &c, t, 4, "series-1").await;
    assert_eq!(res.status, StatusCode::OK);
    assert!(res.body.contains("3 of 4 are free"), "{}", res.body);
    assert_eq!(res.body.matches("Not booked: already booked").count(), 1);
    assert!(res.body.contains("Book these 3 sessions"));
    assert_eq!(app.scalar("SELECT COUNT(*) FROM bookings").await, 1, "nothing booked by looking");
    let free = hidden(&res.body, "free");
    assert_eq!(free, format!("{t},{},{}", t + 7 * DAY, t + 21 * DAY));

    let res = confirm(&m.client, &c, t, 4, "series-1", &free).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    let first = res.location().unwrap().to_string();
    assert_eq!(series_starts(&app, &m.id).await, vec![t, t + 7 * DAY, t + 21 * DAY]);
    // A retried confirmation books nothing more and lands on the same session.
    let again = confirm(&m.client, &c, t, 4, "series-1", &free).await;
    assert_eq!(again.location(), Some(first.as_str()));
    assert_eq!(series_starts(&app, &m.id).await.len(), 3);

    // One mail each, listing the three, with a calendar file an independent parser reads as
    // three events (each its own UID, the booking's).
    let booked = |x: &crate::harness::Mail| x.subject == "Your DilTalks appointment";
    let mail: Vec<_> = app.mail().await.into_iter().filter(|x| booked(x) && x.to.contains(m.email.as_str())).collect();
    assert_eq!(mail.len(), 1, "one mail for the series, not one per session");
    assert!(mail[0].body.contains("3 appointments are booked"), "{}", mail[0].body);
    let evs = events(&calendar_in(&mail[0]));
    assert_eq!(evs.len(), 3);
    let mut starts: Vec<&str> = evs.iter().map(|e| e["DTSTART"].as_str()).collect();
    starts.sort();
    assert_eq!(starts, vec![ics_time(t), ics_time(t + 7 * DAY), ics_time(t + 21 * DAY)]);
    assert!(evs.iter().all(|e| e["SUMMARY"] == "DilTalks appointment"));
    let uids: std::collections::BTreeSet<&str> = evs.iter().map(|e| e["UID"].as_str()).collect();
    assert_eq!(uids.len(), 3);
    let to_counsellor = app.mail().await.into_iter().filter(|x| booked(x) && x.to.contains(c.email.as_str())).count();
    assert_eq!(to_counsellor, 2, "one for the other's session, one for the series");

    // The session's page says it is part of a series and offers cancelling the rest.
    let page = m.client.get(&first).await.body;
    assert!(page.contains("2 more sessions follow this one"), "{page}");
    assert!(page.contains("Cancel this and the 2 later sessions"));
}

#[tokio::test]
async fn a_date_taken_between_the_list_and_confirming_books_nothing_and_is_named() {
    let app = TestApp::spawn().await;
    let c = counsellor(&app).await;
    let m = app.member("Nadia").await;
    let other = app.member("Other").await;
    let t = slot_after(&app, &c, 2 * DAY).await;
    let res = show(&m.client, &c, t, 4, "race-1").await;
    let free = hidden(&res.body, "free");
    assert_eq!(free.split(',').count(), 4);
    assert_eq!(single(&other.client, &c, t + 7 * DAY, "other-1").await.status, StatusCode::SEE_OTHER);

    let res = confirm(&m.client, &c, t, 4, "race-1", &free).await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert!(res.body.contains("Booked by someone else since the list was shown"), "{}", res.body);
    assert!(res.body.contains("Nothing was booked yet"));
    assert!(res.body.contains("3 of 4 are free"));
    assert!(series_starts(&app, &m.id).await.is_empty(), "none of the series, not three of four");
    // Confirming the new list (with the page's new key) books the three still free.
    let (key, free) = (hidden(&res.body, "key"), hidden(&res.body, "free"));
    assert_ne!(key, "race-1");
    assert_eq!(confirm(&m.client, &c, t, 4, &key, &free).await.status, StatusCode::SEE_OTHER);
    assert_eq!(series_starts(&app, &m.id).await, vec![t, t + 14 * DAY, t + 21 * DAY]);
}

#[tokio::test]
async fn series_racing_for_overlapping_weeks_never_double_book() {
    let app = TestApp::spawn().await;
    let c = counsellor(&app).await;
    let mut members = vec![];
    for i in 0..8 {
        members.push(app.member(&format!("M{i}")).await);
    }
    let all = slots(&app, &c).await;
    // Each round: half the members want a weekly series at a, the other half at a + 30
    // minutes; every session of one overlaps the same week's session of the other.
    let firsts: Vec<i64> =
        all.iter().copied().filter(|a| all.contains(&(a + 30 * MINUTE)) && *a < all[0] + 4 * DAY).step_by(2).collect();
    let rounds = 3;
    assert!(firsts.len() >= rounds);
    for (round, a) in firsts.into_iter().take(rounds).enumerate() {
        let mut tasks = vec![];
        for (i, member) in members.iter().enumerate() {
            let client = member.client.clone();
            let cid = c.id.clone();
            let start = if i % 2 == 0 { a } else { a + 30 * MINUTE };
            let free: Vec<String> = (0..4).map(|w| (start + w * 7 * DAY).to_string()).collect();
            let key = format!("storm-{round}-{i}");
            tasks.push(tokio::spawn(
                async move { confirm_id(&client, &cid, start, 4, &key, &free.join(",")).await.status },
            ));
        }
        let (mut ok, mut conflict) = (0, 0);
        for t in tasks {
            match t.await.unwrap() {
                StatusCode::SEE_OTHER => ok += 1,
                StatusCode::CONFLICT => conflict += 1,
                other => panic!("round {round}: unexpected {other}"),
            }
        }
        assert_eq!((ok, conflict), (1, members.len() - 1), "round {round}");
    }
    assert_eq!(app.scalar("SELECT COUNT(*) FROM bookings").await, 4 * rounds as i64);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM booking_series").await, rounds as i64);
    // And no two live bookings of the counsellor overlap, whatever the engine.
    let overlaps = app
        .scalar(
            "SELECT COUNT(*) FROM bookings x JOIN bookings y ON x.id < y.id AND x.counsellor_id = y.counsellor_id
             WHERE x.status = 'booked' AND y.status = 'booked' AND x.starts_at < y.held_until AND y.starts_at < x.held_until",
        )
        .await;
    assert_eq!(overlaps, 0);
}

#[tokio::test]
async fn cancelling_the_rest_applies_the_policy_to_each_session_and_moving_the_rest_keeps_the_earlier_ones() {
    let app = TestApp::spawn().await;
    let c = counsellor(&app).await;
    let m = app.member("Nadia").await;
    // A first session inside the 24-hour free-cancellation period: only it is late.
    let t = slot_after(&app, &c, 2 * HOUR).await;
    assert!(t < app.clock.now_ms() + 24 * HOUR);
    let shown = show(&m.client, &c, t, 3, "soon").await;
    assert!(shown.body.contains("already inside the free-cancellation period"));
    let res = confirm(&m.client, &c, t, 3, "soon", &hidden(&shown.body, "free")).await;
    let first = res.location().unwrap().to_string();
    let res = m.client.post(&format!("{first}/cancel"), &[("scope", "rest")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let flash = m.client.get("/bookings").await.body;
    assert!(flash.contains("Cancelled 3 sessions. 1 of them was within"), "{flash}");
    let late: Vec<(i64, Option<String>)> = sqlx::query(
        "SELECT starts_at, late_cancel FROM bookings WHERE booked_by = $1 AND status = 'cancelled' ORDER BY starts_at",
    )
    .bind(&m.id)
    .fetch_all(&app.state.db.pool)
    .await
    .unwrap()
    .iter()
    .map(|r| (r.get(0), r.get(1)))
    .collect();
    assert_eq!(late, vec![(t, Some("late".into())), (t + 7 * DAY, None), (t + 14 * DAY, None)]);
    let changed = app.last_mail_to(&m.email).await;
    assert!(changed.body.contains("These 3 appointments are cancelled"), "{}", changed.body);
    assert!(events(&calendar_in(&changed)).iter().all(|e| e["STATUS"] == "CANCELLED"));

    // Moving from the second session on: the first stays, the rest move an hour later.
    let t2 = slot_after(&app, &c, 3 * DAY).await;
    let shown = show(&m.client, &c, t2, 4, "move-me").await;
    confirm(&m.client, &c, t2, 4, "move-me", &hidden(&shown.body, "free")).await;
    let second: String =
        sqlx::query("SELECT id FROM bookings WHERE booked_by = $1 AND starts_at = $2 AND status = 'booked'")
            .bind(&m.id)
            .bind(t2 + 7 * DAY)
            .fetch_one(&app.state.db.pool)
            .await
            .unwrap()
            .get(0);
    let new_time = t2 + 7 * DAY + HOUR;
    let page = m.client.get(&format!("/counsellors/{}/book?start={new_time}&reschedule={second}", c.id)).await.body;
    assert!(page.contains("This session and the 2 later ones in the series"), "{page}");
    let base = [
        ("start", new_time.to_string()),
        ("kind", "individual".to_string()),
        ("key", "moving-rest".to_string()),
        ("reschedule", second.clone()),
        ("rest", "1".to_string()),
    ];
    let f: Vec<(&str, &str)> = base.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let res = m.client.post(&format!("/counsellors/{}/book", c.id), &f).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert!(res.body.contains("Move the rest of the series") && res.body.contains("All 3 are free"), "{}", res.body);
    let free = hidden(&res.body, "free");
    let mut f2 = f.clone();
    f2.extend([("repeat", "weekly"), ("ends", "after"), ("count", "3"), ("step", "book"), ("free", free.as_str())]);
    let res = m.client.post(&format!("/counsellors/{}/book", c.id), &f2).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(series_starts(&app, &m.id).await, vec![t2, new_time, new_time + 7 * DAY, new_time + 14 * DAY]);
}

#[tokio::test]
async fn a_series_keeps_the_counsellors_local_time_across_a_clock_change() {
    let app = TestApp::spawn().await;
    let c = counsellor(&app).await;
    let m = app.member("Nadia").await;
    // To Monday 2027-03-15, two weeks before London moves to summer time (28 March).
    let to = "2027-03-15T09:00:00Z".parse::<jiff::Timestamp>().unwrap().as_millisecond();
    app.clock.advance(to - app.clock.now_ms());
    m.sign_in_again().await;
    let t = "2027-03-22T10:00:00Z".parse::<jiff::Timestamp>().unwrap().as_millisecond(); // 10:00 GMT
    let shown = show(&m.client, &c, t, 3, "dst").await;
    assert_eq!(shown.status, StatusCode::OK);
    let free = hidden(&shown.body, "free");
    assert_eq!(confirm(&m.client, &c, t, 3, "dst", &free).await.status, StatusCode::SEE_OTHER);
    // 10:00 in London each week: 10:00Z, then 09:00Z in summer time.
    assert_eq!(series_starts(&app, &m.id).await, vec![t, t + 7 * DAY - HOUR, t + 14 * DAY - HOUR]);
}

#[tokio::test]
async fn a_bad_count_or_end_date_is_named_and_the_input_kept() {
    let app = TestApp::spawn().await;
    let c = counsellor(&app).await;
    let m = app.member("Nadia").await;
    let t = slot_after(&app, &c, 2 * DAY).await;
    let res = show(&m.client, &c, t, 40, "bad").await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("Choose between 2 and 26 sessions.") && res.body.contains("value=\"40\""));
    let start = t.to_string();
    let mut f = form(&start, "weekly", "4", "bad-2");
    f.retain(|(k, _)| *k != "ends");
    f.extend([("ends", "on"), ("until", "2026-11-01")]);
    let res = m.client.post(&format!("/counsellors/{}/book", c.id), &f).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("The last date must come after the first session.") && res.body.contains("2026-11-01"));
    assert_eq!(app.scalar("SELECT COUNT(*) FROM bookings").await, 0);
    // Until a date: every week up to and including it.
    let last = jiff::Timestamp::from_millisecond(t + 14 * DAY).unwrap().to_zoned(jiff::tz::TimeZone::UTC).date();
    let mut f = form(&start, "weekly", "", "until");
    f.retain(|(k, _)| *k != "ends");
    let last = last.to_string();
    f.extend([("ends", "on"), ("until", last.as_str())]);
    let res = m.client.post(&format!("/counsellors/{}/book", c.id), &f).await;
    assert!(res.body.contains("All 3 are free"), "{}", res.body);
}

#[tokio::test]
async fn a_counsellor_books_a_series_for_a_couple_and_only_the_counsellor_may() {
    let app = TestApp::spawn().await;
    let c = counsellor(&app).await;
    let (nadia, sam) = app.couple("Nadia", "Sam").await;
    let (other, _) = app.couple("Other", "OthersPartner").await;
    let another = app.counsellor("Another").await;
    let t = slot_after(&app, &c, DAY).await;
    let res = nadia
        .client
        .post(
            &format!("/counsellors/{}/book", c.id),
            &[("start", &t.to_string()), ("kind", "couple"), ("key", "first"), ("reschedule", "")],
        )
        .await;
    assert_eq!(res.status, StatusCode::SEE_OTHER);
    let space: String =
        sqlx::query("SELECT space_id FROM bookings").fetch_one(&app.state.db.pool).await.unwrap().get(0);
    let path = format!("/practice/couples/{space}/book");
    let individual = format!("/practice/clients/{}/book", sam.id);

    // Who may open the booking pages: the couple's counsellor only.
    let anon = app.client();
    for p in [&path, &individual] {
        assert_eq!(c.client.get(p).await.status, StatusCode::OK, "{p}");
        for (who, client) in [
            ("another counsellor", &another.client),
            ("Nadia", &nadia.client),
            ("Sam", &sam.client),
            ("other", &other.client),
        ] {
            assert_eq!(client.get(p).await.status, StatusCode::NOT_FOUND, "{p} as {who}");
            let res = client.post(p, &[("date", "2026-11-20"), ("time", "10:00")]).await;
            assert_eq!(res.status, StatusCode::NOT_FOUND, "{p} as {who}");
        }
        assert!(anon.get(p).await.location().unwrap_or("").starts_with("/login"));
    }

    // The counsellor picks a date and time in their own zone (London), weekly, three times.
    let day = jiff::Timestamp::from_millisecond(t + 7 * DAY)
        .unwrap()
        .to_zoned(jiff::tz::TimeZone::get("Europe/London").unwrap())
        .date()
        .to_string();
    let fields = [("date", day.as_str()), ("time", "11:00"), ("repeat", "weekly"), ("ends", "after"), ("count", "3")];
    let res = c.client.post(&path, &[fields.as_slice(), &[("key", "c-1"), ("step", "show")]].concat()).await;
    assert_eq!(res.status, StatusCode::OK, "{}", res.body);
    assert!(res.body.contains("Book couple sessions for") && res.body.contains("All 3 are free"), "{}", res.body);
    let free = hidden(&res.body, "free");
    let res =
        c.client.post(&path, &[fields.as_slice(), &[("key", "c-1"), ("step", "book"), ("free", &free)]].concat()).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(
        app.scalar(&format!(
            "SELECT COUNT(*) FROM bookings b JOIN booking_series s ON s.id = b.series_id
             WHERE b.kind = 'couple' AND b.space_id = '{space}' AND s.made_by = '{}' AND b.booked_by = '{}'",
            c.id, nadia.id
        ))
        .await,
        3
    );
    // Both partners see them; Sam (who did not book) may cancel the rest.
    let sams = sam.client.get("/bookings").await.body;
    assert_eq!(sams.matches("couple session").count(), 4, "{sams}");
    let first = res.location().unwrap();
    assert!(sam.client.get(first).await.body.contains("2 more sessions follow"));

    // Just once: the counsellor books one individual session for Sam.
    let once = [("date", day.as_str()), ("time", "09:00"), ("repeat", ""), ("key", "c-2")];
    let res = c.client.post(&individual, &[once.as_slice(), &[("step", "show")]].concat()).await;
    assert!(res.body.contains("It is free.") && res.body.contains("Book this session"), "{}", res.body);
    let free = hidden(&res.body, "free");
    let res = c.client.post(&individual, &[once.as_slice(), &[("step", "book"), ("free", &free)]].concat()).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM bookings WHERE booked_by = '{}'", sam.id)).await, 1);
    // A bad time is named and kept.
    let res = c.client.post(&individual, &[("date", "someday"), ("time", "25:00"), ("repeat", "weekly")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.body.contains("Choose the date (from today, within a year) and time") && res.body.contains("someday"));
    let res = c.client.post(&individual, &[("date", "9999-12-31"), ("time", "10:00"), ("repeat", "weekly")]).await;
    assert_eq!(res.status, StatusCode::UNPROCESSABLE_ENTITY, "a date years away is a slip");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_series_confirmed_many_times_at_once_is_booked_once_and_is_the_members_own() {
    let app = TestApp::spawn().await;
    let c = counsellor(&app).await;
    let m = app.member("Twice").await;
    let t = slot_after(&app, &c, 2 * DAY).await;
    let free = hidden(&show(&m.client, &c, t, 3, "dup").await.body, "free");
    let mut tasks = vec![];
    for _ in 0..30 {
        let (client, cid, free) = (m.client.clone(), c.id.clone(), free.clone());
        tasks.push(tokio::spawn(async move { confirm_id(&client, &cid, t, 3, "dup", &free).await }));
    }
    let mut places = std::collections::BTreeSet::new();
    for task in tasks {
        let res = task.await.unwrap();
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        places.insert(res.location().unwrap().to_string());
    }
    assert_eq!(places.len(), 1);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM bookings").await, 3);
}

/// Issue 18: a series and its one mail per person are written together, and so are the
/// cancellations of the rest and their mail. With the mail down nothing is booked (or
/// cancelled); afterwards the same confirmation books and mails, and the mail names exactly
/// the sessions it concerns.
#[tokio::test]
async fn a_series_and_its_mail_are_written_together_or_not_at_all() {
    let app = TestApp::spawn().await;
    let c = counsellor(&app).await;
    let m = app.member("Nadia").await;
    let t = slot_after(&app, &c, 2 * DAY).await;
    let shown = show(&m.client, &c, t, 3, "together").await;
    let free = hidden(&shown.body, "free");
    app.mail().await;
    let queued = app.scalar("SELECT COUNT(*) FROM outbox").await;

    app.mail_down().await;
    let res = confirm(&m.client, &c, t, 3, "together", &free).await;
    assert_eq!(res.status, StatusCode::INTERNAL_SERVER_ERROR, "{}", res.body);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM bookings").await, 0, "nothing half-written");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM booking_series").await, 0);
    app.mail_up().await;
    let res = confirm(&m.client, &c, t, 3, "together", &free).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "the retry books it: {}", res.body);
    assert_eq!(series_starts(&app, &m.id).await.len(), 3);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM outbox").await, queued + 2, "one each: member, counsellor");
    let first = res.location().unwrap().to_string();

    app.mail_down().await;
    let res = m.client.post(&format!("{first}/cancel"), &[("scope", "rest")]).await;
    assert_eq!(res.status, StatusCode::INTERNAL_SERVER_ERROR, "{}", res.body);
    assert_eq!(series_starts(&app, &m.id).await.len(), 3, "still booked");
    app.mail_up().await;
    // Someone (the counsellor) cancels the last one meanwhile: the member's mail then names two.
    let last: String = sqlx::query("SELECT id FROM bookings WHERE booked_by = $1 ORDER BY starts_at DESC")
        .bind(&m.id)
        .fetch_one(&app.state.db.pool)
        .await
        .unwrap()
        .get(0);
    assert_eq!(c.client.post(&format!("/bookings/{last}/cancel"), &[]).await.status, StatusCode::SEE_OTHER);
    let res = m.client.post(&format!("{first}/cancel"), &[("scope", "rest")]).await;
    assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    assert!(series_starts(&app, &m.id).await.is_empty());
    let changed = app.last_mail_to(&m.email).await;
    assert!(changed.body.contains("These 2 appointments are cancelled"), "{}", changed.body);
    assert_eq!(events(&calendar_in(&changed)).len(), 2);
}

/// Issue 21: a series booked by a Hindi account: one letter in Hindi listing every time in
/// Hindi, and a calendar file whose events' summaries are Hindi; discreet ones name nothing.
#[tokio::test]
async fn a_series_reaches_a_hindi_account_in_hindi() {
    use crate::reminders::{assert_hindi, in_hindi};
    let app = TestApp::spawn().await;
    let c = counsellor(&app).await;
    for (name, discreet, summary) in [("Nadia", false, "DilTalks अपॉइंटमेंट"), ("Zoya", true, "अपॉइंटमेंट")]
    {
        let m = app.member(name).await;
        in_hindi(&m, discreet).await;
        let t = slot_after(&app, &c, if discreet { 3 * DAY } else { 2 * DAY }).await;
        let key = format!("series-{name}");
        let res = show(&m.client, &c, t, 3, &key).await;
        let free = hidden(&res.body, "free");
        assert_eq!(confirm(&m.client, &c, t, 3, &key, &free).await.status, StatusCode::SEE_OTHER);
        let mail = app.last_mail_to(&m.email).await;
        assert_hindi(&app, &mail, discreet, &[]);
        assert!(mail.body.contains("3 अपॉइंटमेंट बुक हो गए हैं (Asia/Kolkata समय):"), "{}", mail.body);
        let listed = mail.body.lines().filter(|l| l.starts_with("- ") && l.contains("नवंबर 2026")).count();
        assert!(listed >= 1 && mail.body.lines().filter(|l| l.starts_with("- ")).count() == 3, "{}", mail.body);
        let evs = events(&calendar_in(&mail));
        assert_eq!(evs.len(), 3);
        assert!(evs.iter().all(|e| e["SUMMARY"] == summary), "{evs:?}");
    }
}
