use axum::http::StatusCode;
use diltalks::clock::{DAY, HOUR};

use crate::harness::{PASSWORD, TestApp};

#[tokio::test]
async fn a_partner_joins_through_a_single_use_link_and_both_see_the_space() {
    let app = TestApp::spawn().await;
    let (a, b) = app.couple("Asha", "Ravi").await;
    let a_page = a.client.get("/space").await;
    let b_page = b.client.get("/space").await;
    for page in [&a_page, &b_page] {
        assert!(page.body.contains("Asha") && page.body.contains("Ravi"), "{}", page.body);
    }
    assert!(!a_page.body.contains("/join/"), "no invitation once the space is full");
    assert!(b.client.get("/dashboard").await.body.contains("You and Asha share a space"));
}

#[tokio::test]
async fn a_new_visitor_registers_from_the_invitation_and_lands_back_on_it() {
    let app = TestApp::spawn().await;
    let a = app.member("Mina").await;
    let link = a.invite_link().await;
    let visitor = app.client();
    let page = visitor.get(&link).await;
    assert!(page.body.contains("Mina has invited you"), "{}", page.body);
    let next = format!("/register?next={}", diltalks::web::urlencode(&link));
    assert!(page.body.contains(&next.replace('&', "&amp;")), "{}", page.body);
    visitor
        .post(
            "/register",
            &[("email", "joel@example.org"), ("display_name", "Joel"), ("password", PASSWORD), ("next", &link)],
        )
        .await;
    let verify = app.last_mail_to("joel@example.org").await.link("/verify/");
    let res = visitor.post(&verify, &[]).await;
    assert_eq!(res.location(), Some(link.as_str()), "back to the invitation after confirming");
    let res = visitor.post(&link, &[]).await;
    assert_eq!(res.location(), Some("/space"));
}

#[tokio::test]
async fn invitations_expire_can_be_revoked_and_are_never_reused() {
    let app = TestApp::spawn().await;
    let a = app.member("Ana").await;
    let b = app.member("Ben").await;
    let c = app.member("Cy").await;
    let link = a.invite_link().await;
    app.clock.advance(7 * DAY + HOUR);
    // A week on, everyone signs in again (sessions idle out after 12 hours).
    for m in [&a, &b, &c] {
        m.sign_in_again().await;
    }
    assert_eq!(b.client.get(&link).await.status, StatusCode::NOT_FOUND);
    assert_eq!(b.client.post(&link, &[]).await.status, StatusCode::NOT_FOUND);

    let link = a.invite_link().await;
    let newer = a.invite_link().await;
    assert_ne!(link, newer);
    assert_eq!(b.client.post(&link, &[]).await.status, StatusCode::NOT_FOUND, "a new link replaces the old one");
    a.client.post("/space/invite/revoke", &[]).await;
    assert_eq!(b.client.post(&newer, &[]).await.status, StatusCode::NOT_FOUND, "revoked");

    let link = a.invite_link().await;
    assert_eq!(a.client.post(&link, &[]).await.status, StatusCode::CONFLICT, "one's own invitation");
    assert_eq!(b.client.post(&link, &[]).await.location(), Some("/space"));
    assert_eq!(c.client.post(&link, &[]).await.status, StatusCode::NOT_FOUND, "used");
}

#[tokio::test]
async fn a_member_is_in_one_space_at_most() {
    let app = TestApp::spawn().await;
    let a = app.member("Ada").await;
    let b = app.member("Bo").await;
    let link = a.invite_link().await;
    b.client.post("/space", &[]).await;
    let res = b.client.post(&link, &[]).await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert!(res.body.contains("already in a couple space"));
    assert_eq!(b.client.post("/space", &[]).await.status, StatusCode::CONFLICT);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM memberships WHERE left_at IS NULL").await, 2);
}

#[tokio::test]
async fn an_invitation_can_also_be_emailed_neutrally() {
    let app = TestApp::spawn().await;
    let a = app.member("Gita").await;
    a.client.post("/space", &[]).await;
    let bad = a.client.post("/space/invite", &[("email", "nope")]).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("value=\"nope\""));
    a.client.post("/space/invite", &[("email", "hari@example.org")]).await;
    let mail = app.last_mail_to("hari@example.org").await;
    assert_eq!(mail.subject, "You have an invitation on DilTalks");
    let link = mail.link("/join/");
    assert!(app.client().get(&link).await.body.contains("Gita has invited you"));
}

#[tokio::test]
async fn leaving_keeps_everyones_writing_and_ends_access_both_ways() {
    let app = TestApp::spawn().await;
    let (a, b) = app.couple("Lia", "Max").await;
    let a_shared = a.write("Lia's shared note about Sunday", "shared").await;
    let b_shared = b.write("Max's shared note about work", "shared").await;
    assert_eq!(b.client.get(&format!("/journal/{a_shared}")).await.status, StatusCode::OK);

    let res = b.client.post("/space/leave", &[]).await;
    assert_eq!(res.location(), Some("/space"));
    // The one who left keeps and reads their own entries, but no longer the partner's.
    assert_eq!(b.client.get(&format!("/journal/{b_shared}")).await.status, StatusCode::OK);
    assert_eq!(b.client.get(&format!("/journal/{a_shared}")).await.status, StatusCode::NOT_FOUND);
    // The one who stays keeps theirs and loses access to the leaver's.
    assert_eq!(a.client.get(&format!("/journal/{a_shared}")).await.status, StatusCode::OK);
    assert_eq!(a.client.get(&format!("/journal/{b_shared}")).await.status, StatusCode::NOT_FOUND);
    assert!(!a.client.get("/journal").await.body.contains("Max&#39;s shared note"));
    assert_eq!(app.scalar("SELECT COUNT(*) FROM journal_entries").await, 2, "nothing deleted");
    // Nobody is told by email, and the space never takes a new member.
    let mails_before = app.mail().await.len();
    assert!(a.client.get("/space").await.body.contains("has left this space"));
    let res = a.client.post("/space/invite", &[("email", "")]).await;
    assert_eq!(res.status, StatusCode::CONFLICT);
    assert_eq!(app.mail().await.len(), mails_before);
    // Leaving too closes it; a new space can be started.
    a.client.post("/space/leave", &[]).await;
    assert_eq!(a.client.post("/space", &[]).await.location(), Some("/space"));
}

#[tokio::test]
async fn an_invitation_survives_signing_up_from_the_header_instead_of_the_page() {
    let app = TestApp::spawn().await;
    let asha = app.member("Asha").await;
    let link = asha.invite_link().await; // the path, /join/<token>
    let ravi = app.client();
    let page = ravi.get(&link).await.body;
    // The header's own sign-up and sign-in come back to the invitation too.
    let back = format!("/register?next={}", link.replace('/', "%2F"));
    assert!(page.contains(&back), "{page}");
    // Ravi signs up another way entirely (no next), and confirms his address.
    let email = "ravi-header@example.org";
    let res = ravi
        .post(
            "/register",
            &[
                ("email", email),
                ("display_name", "Ravi"),
                ("password", crate::harness::PASSWORD),
                ("time_zone", "Asia/Kolkata"),
                ("account", ""),
                ("next", ""),
            ],
        )
        .await;
    assert_eq!(res.status, axum::http::StatusCode::SEE_OTHER);
    let verify = app.last_mail_to(email).await.link("/verify/");
    ravi.post(&verify, &[]).await;
    // The dashboard offers the invitation; the space page warns before making a second space.
    let dash = ravi.get("/dashboard").await.body;
    assert!(dash.contains("Asha invited you") && dash.contains(&link), "{dash}");
    let space = ravi.get("/space").await.body;
    assert!(space.contains("you cannot join Asha's while you are in it"), "{space}");
    // Joining works, and the offer goes away.
    assert_eq!(ravi.post(&link, &[]).await.location(), Some("/space"));
    assert!(!ravi.get("/dashboard").await.body.contains("invited you"));
}
