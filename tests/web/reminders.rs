//! Commitment reminders: half an hour before each occurrence, neutral, to the maker alone,
//! once per occurrence however many instances run the task.

use axum::http::StatusCode;
use diltalks::clock::{DAY, HOUR, MINUTE};
use diltalks::program::reminders::send_due;

use crate::harness::TestApp;

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
