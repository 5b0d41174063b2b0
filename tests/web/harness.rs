//! TestApp: the real router on a fresh database (a temp SQLite file, or with
//! TEST_DATABASE_URL a fresh PostgreSQL database dropped afterwards), a client that keeps
//! cookies and sends the CSRF token, mail read from the real file transport, a movable clock.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{HeaderMap, Request, StatusCode, header};
use diltalks::app::AppState;
use diltalks::clock::Clock;
use diltalks::config::Config;
use http_body_util::BodyExt;
use sqlx::Connection;
use tower::ServiceExt;

/// 2026-11-02 09:00 UTC: tests start at a fixed moment and move the clock themselves.
pub const START: i64 = 1_793_610_000_000;

pub struct TestApp {
    pub state: AppState,
    pub router: Router,
    pub clock: Clock,
    pub dir: tempfile::TempDir,
    peers: std::sync::atomic::AtomicU32,
    pg: Option<PgDatabase>,
}

/// A PostgreSQL database made for one test and dropped after it.
struct PgDatabase {
    admin_url: String,
    name: String,
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        let admin_url = self.admin_url.clone();
        let sql = format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name);
        // Drop cannot await; a short-lived runtime on its own thread does the work.
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
            rt.block_on(async move {
                if let Ok(mut c) = sqlx::AnyConnection::connect(&admin_url).await {
                    let _ = sqlx::query(sqlx::AssertSqlSafe(sql)).execute(&mut c).await;
                }
            });
        })
        .join();
    }
}

/// The test process's one log subscriber, installed by the first [`TestApp`]: every error
/// any test's server logs goes to standard error (so a rare failure under load names its
/// cause in the test output), and while the logs test records, the production filter's lines
/// (the app's own debug lines on) go as JSON into a buffer it reads.
pub struct LogCapture {
    buffer: Arc<Mutex<Vec<u8>>>,
    recording: Arc<std::sync::atomic::AtomicBool>,
}

#[derive(Clone)]
struct LogWriter(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for LogWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl LogCapture {
    /// Starts or stops recording into the buffer.
    pub fn record(&self, on: bool) {
        self.recording.store(on, std::sync::atomic::Ordering::SeqCst);
    }

    /// What was recorded so far.
    pub fn text(&self) -> String {
        String::from_utf8(self.buffer.lock().unwrap().clone()).unwrap()
    }
}

pub fn log_capture() -> &'static LogCapture {
    static CAPTURE: std::sync::OnceLock<LogCapture> = std::sync::OnceLock::new();
    CAPTURE.get_or_init(|| {
        use tracing_subscriber::filter::{EnvFilter, FilterExt, LevelFilter, dynamic_filter_fn};
        use tracing_subscriber::layer::{Layer, SubscriberExt};
        let capture = LogCapture { buffer: Default::default(), recording: Default::default() };
        let (writer, recording) = (LogWriter(capture.buffer.clone()), capture.recording.clone());
        let recorded = tracing_subscriber::fmt::layer().json().with_writer(move || writer.clone()).with_filter(
            EnvFilter::new("info,sqlx=warn,tower_http=info,diltalks=debug")
                // Asked at every event (not once per call site), as recording starts and stops.
                .and(dynamic_filter_fn(move |_, _| recording.load(std::sync::atomic::Ordering::Relaxed))),
        );
        let errors = tracing_subscriber::fmt::layer()
            .with_ansi(false)
            .with_writer(std::io::stderr)
            .with_filter(LevelFilter::ERROR);
        tracing::subscriber::set_global_default(tracing_subscriber::registry().with(recorded).with(errors))
            .expect("the only global subscriber");
        capture
    })
}

impl TestApp {
    pub async fn spawn() -> TestApp {
        Self::spawn_with(|_| {}).await
    }

    pub async fn spawn_with(adjust: impl FnOnce(&mut Config)) -> TestApp {
        log_capture();
        let dir = tempfile::tempdir().unwrap();
        let mut config = Config::for_data_dir(dir.path().join("data"));
        let pg = match std::env::var("TEST_DATABASE_URL") {
            Ok(admin_url) if !admin_url.is_empty() => {
                sqlx::any::install_default_drivers();
                let name = format!("dt_test_{}", uuid::Uuid::now_v7().simple());
                let mut c =
                    sqlx::AnyConnection::connect(&admin_url).await.expect("TEST_DATABASE_URL must be reachable");
                sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}"))).execute(&mut c).await.unwrap();
                c.close().await.unwrap();
                let base = admin_url.rsplit_once('/').map(|(b, _)| b).unwrap_or(&admin_url);
                config.database_url = Some(format!("{base}/{name}"));
                Some(PgDatabase { admin_url, name })
            }
            _ => None,
        };
        adjust(&mut config);
        let clock = Clock::manual(START);
        let state = AppState::build(config, clock.clone()).await.expect("app state");
        let router = diltalks::router(state.clone());
        TestApp { state, router, clock, dir, peers: Default::default(), pg }
    }

    pub fn is_postgres(&self) -> bool {
        self.pg.is_some()
    }

    /// A new browser, from an address of its own (so per-address limits stay per test).
    pub fn client(&self) -> Client {
        let n = self.peers.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        self.client_from(SocketAddr::from(([127, 1, (n / 250) as u8, (n % 250) as u8 + 1], 40000)))
    }

    pub fn client_from(&self, peer: SocketAddr) -> Client {
        Client {
            router: self.router.clone(),
            jar: Arc::new(Mutex::new(HashMap::new())),
            peer,
            headers: HeaderMap::new(),
        }
    }

    /// Waits for the work requests left running after answering (as shutdown does).
    pub async fn settle(&self) {
        self.state.tasks.close();
        self.state.tasks.wait().await;
        self.state.tasks.reopen();
    }

    /// Runs the real sender (file transport) and returns every message written so far.
    pub async fn mail(&self) -> Vec<Mail> {
        diltalks::mail::deliver_due(&self.state).await.unwrap();
        let dir = self.state.config.mail_dir();
        let Ok(entries) = std::fs::read_dir(&dir) else { return vec![] };
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        paths.sort();
        paths.iter().map(|p| Mail::parse(&std::fs::read_to_string(p).unwrap())).collect()
    }

    /// The newest message sent to `to`.
    pub async fn last_mail_to(&self, to: &str) -> Mail {
        self.mail().await.into_iter().rev().find(|m| m.to.contains(to)).unwrap_or_else(|| panic!("no mail to {to}"))
    }

    /// Registers and confirms a member through the web, signed in on the returned client.
    pub async fn member(&self, name: &str) -> Member {
        self.register(name, "").await
    }

    /// Registers and confirms a counsellor account through the web.
    pub async fn counsellor(&self, name: &str) -> Member {
        self.register(name, "counsellor").await
    }

    /// A member made operator.
    pub async fn admin(&self) -> Member {
        let m = self.member("Operator").await;
        diltalks::accounts::store::set_role(&self.state.db, &m.id, diltalks::accounts::model::Role::Admin)
            .await
            .unwrap();
        m
    }

    /// A counsellor account with a verified profile, written straight to the store (for tests
    /// about something else than verification): listed in Asia/Kolkata, licence until 2030.
    pub async fn listed_counsellor(&self, full_name: &str, verifier_id: &str) -> Member {
        use diltalks::profiles::model::{Profile, Status};
        use diltalks::profiles::store::{decide, save_profile};
        let c = self.counsellor(full_name).await;
        let p = Profile {
            full_name: full_name.into(),
            title: "Therapist".into(),
            bio: "Hello.".into(),
            license_number: format!("L-{full_name}"),
            licensing_body: "Board".into(),
            jurisdiction: "India".into(),
            license_expires_on: "2030-01-01".into(),
            specialties: vec!["trust".into()],
            languages: vec!["English".into()],
            formats: vec!["video".into()],
            fee_minor: 100_000,
            currency: "INR".into(),
            time_zone: "Asia/Kolkata".into(),
            ..Profile::default()
        };
        let now = self.clock.now_ms();
        save_profile(&self.state.db, &c.id, &p, now + 1000 * diltalks::clock::DAY, Status::Submitted, now)
            .await
            .unwrap();
        decide(&self.state.db, &c.id, true, None, verifier_id, now).await.unwrap();
        c
    }

    async fn register(&self, name: &str, account: &str) -> Member {
        let local: String = name.to_lowercase().chars().filter(|c| c.is_ascii_alphanumeric()).collect();
        let email = format!("{local}-{}@example.org", &uuid::Uuid::now_v7().simple().to_string()[20..]);
        let client = self.client();
        let next = if account == "counsellor" { "/practice" } else { "" };
        let res = client
            .post(
                "/register",
                &[
                    ("email", &email),
                    ("display_name", name),
                    ("password", PASSWORD),
                    ("time_zone", "Asia/Kolkata"),
                    ("account", account),
                    ("next", next),
                ],
            )
            .await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let link = self.last_mail_to(&email).await.link("/verify/");
        let res = client.post(&link, &[]).await;
        assert_eq!(res.location(), Some(if next.is_empty() { "/dashboard" } else { next }), "{}", res.body);
        let user = diltalks::accounts::store::find_by_email(&self.state.db, &email).await.unwrap().unwrap();
        Member { client, email, id: user.id }
    }

    /// Two members in one couple space.
    pub async fn couple(&self, a: &str, b: &str) -> (Member, Member) {
        let a = self.member(a).await;
        let b = self.member(b).await;
        let link = a.invite_link().await;
        let res = b.client.post(&link, &[]).await;
        assert_eq!(res.location(), Some("/space"), "{}", res.body);
        (a, b)
    }

    /// Serves the router on a real port (for WebSockets, which need a real connection).
    pub async fn serve(&self) -> SocketAddr {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let app = self.router.clone().into_make_service_with_connect_info::<SocketAddr>();
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        addr
    }

    pub async fn scalar(&self, sql: &str) -> i64 {
        use sqlx::Row;
        sqlx::query(sqlx::AssertSqlSafe(sql.to_string())).fetch_one(&self.state.db.pool).await.unwrap().get(0)
    }

    /// Makes every insert into the outbox fail (a trigger), until [`TestApp::mail_up`]: what
    /// a change does when its mail cannot be queued.
    pub async fn mail_down(&self) {
        let make: &[&str] = if self.is_postgres() {
            &[
                "CREATE FUNCTION no_mail() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'mail is down'; END $$ LANGUAGE plpgsql",
                "CREATE TRIGGER no_mail BEFORE INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION no_mail()",
            ]
        } else {
            &["CREATE TRIGGER no_mail BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'mail is down'); END"]
        };
        for sql in make {
            sqlx::query(sqlx::AssertSqlSafe(*sql)).execute(&self.state.db.pool).await.unwrap();
        }
    }

    pub async fn mail_up(&self) {
        let drop: &[&str] = if self.is_postgres() {
            &["DROP TRIGGER no_mail ON outbox", "DROP FUNCTION no_mail()"]
        } else {
            &["DROP TRIGGER no_mail"]
        };
        for sql in drop {
            sqlx::query(sqlx::AssertSqlSafe(*sql)).execute(&self.state.db.pool).await.unwrap();
        }
    }
}

pub const PASSWORD: &str = "violet tram ninety lamp";

pub struct Member {
    pub client: Client,
    pub email: String,
    pub id: String,
}

impl Member {
    /// Creates a space if needed and returns a fresh invitation link's path.
    pub async fn invite_link(&self) -> String {
        self.client.post("/space", &[]).await;
        let res = self.client.post("/space/invite", &[("email", "")]).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        let page = self.client.get("/space").await;
        let start = page.body.find("/join/").expect("invite link on the space page");
        let token: String = page.body[start + 6..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        format!("/join/{token}")
    }

    pub async fn sign_in_again(&self) {
        let res = self.client.post("/login", &[("email", &self.email), ("password", PASSWORD)]).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
    }

    /// Writes a journal entry and returns its id.
    pub async fn write(&self, text: &str, visibility: &str) -> String {
        let res = self.client.post("/journal", &[("text", text), ("visibility", visibility)]).await;
        assert_eq!(res.status, StatusCode::SEE_OTHER, "{}", res.body);
        res.location().unwrap().trim_start_matches("/journal/").to_string()
    }
}

#[derive(Clone)]
pub struct Client {
    router: Router,
    jar: Arc<Mutex<HashMap<String, String>>>,
    peer: SocketAddr,
    pub headers: HeaderMap,
}

pub struct Resp {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
    /// The body as sent, for downloads that are not text.
    pub bytes: Vec<u8>,
}

impl Resp {
    pub fn location(&self) -> Option<&str> {
        self.headers.get(header::LOCATION).and_then(|v| v.to_str().ok())
    }

    pub fn header(&self, name: &str) -> &str {
        self.headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or("")
    }
}

impl Client {
    pub fn cookie(&self, name: &str) -> Option<String> {
        self.jar.lock().unwrap().get(name).cloned()
    }

    /// Puts a cookie in this browser's jar, as if the server had set it.
    pub fn put_cookie(&self, name: &str, value: &str) {
        self.jar.lock().unwrap().insert(name.to_string(), value.to_string());
    }

    /// A second client with the same cookies (the same browser).
    pub fn same_browser(&self) -> Client {
        Client { jar: Arc::new(Mutex::new(self.jar.lock().unwrap().clone())), ..self.clone() }
    }

    pub async fn send(&self, mut req: Request<Body>) -> Resp {
        let cookies: Vec<String> = self.jar.lock().unwrap().iter().map(|(k, v)| format!("{k}={v}")).collect();
        if !cookies.is_empty() {
            req.headers_mut().insert(header::COOKIE, cookies.join("; ").parse().unwrap());
        }
        for (k, v) in &self.headers {
            req.headers_mut().insert(k, v.clone());
        }
        req.extensions_mut().insert(ConnectInfo(self.peer));
        let res = self.router.clone().oneshot(req).await.unwrap();
        let (parts, body) = res.into_parts();
        for v in parts.headers.get_all(header::SET_COOKIE) {
            let v = v.to_str().unwrap();
            let (pair, attrs) = v.split_once(';').unwrap_or((v, ""));
            let (name, value) = pair.split_once('=').unwrap();
            if attrs.contains("Max-Age=0") {
                self.jar.lock().unwrap().remove(name);
            } else {
                self.jar.lock().unwrap().insert(name.to_string(), value.to_string());
            }
        }
        let bytes = body.collect().await.unwrap().to_bytes();
        Resp {
            status: parts.status,
            headers: parts.headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
            bytes: bytes.to_vec(),
        }
    }

    pub async fn get(&self, path: &str) -> Resp {
        self.send(
            Request::get(path)
                .header(header::USER_AGENT, "Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0")
                .body(Body::empty())
                .unwrap(),
        )
        .await
    }

    /// Posts a form with the CSRF token the browser holds (getting one first if needed).
    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> Resp {
        if self.cookie("dt_csrf").is_none() {
            self.get("/").await;
        }
        let csrf = self.cookie("dt_csrf").unwrap();
        let mut all: Vec<(&str, &str)> = fields.to_vec();
        all.push(("csrf", &csrf));
        self.post_raw(path, &all).await
    }

    /// Uploads one file as `multipart/form-data`, with the CSRF token in the query string as
    /// the upload forms send it (`csrf: false` leaves it out).
    pub async fn upload(&self, path: &str, field: &str, bytes: &[u8], csrf: bool) -> Resp {
        if self.cookie("dt_csrf").is_none() {
            self.get("/").await;
        }
        let token = self.cookie("dt_csrf").unwrap();
        let uri = if csrf { format!("{path}?csrf={token}") } else { path.to_string() };
        let boundary = "diltalks-test-boundary";
        let mut body = format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"upload\"\r\nContent-Type: application/octet-stream\r\n\r\n"
        )
        .into_bytes();
        body.extend_from_slice(bytes);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        let req = Request::post(uri)
            .header(header::CONTENT_TYPE, format!("multipart/form-data; boundary={boundary}"))
            .header(header::USER_AGENT, "Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0")
            .body(Body::from(body))
            .unwrap();
        self.send(req).await
    }

    /// Posts exactly the given fields: no CSRF token is added.
    pub async fn post_raw(&self, path: &str, fields: &[(&str, &str)]) -> Resp {
        let body: String = form_urlencoded::Serializer::new(String::new()).extend_pairs(fields).finish();
        let req = Request::post(path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::USER_AGENT, "Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0")
            .body(Body::from(body))
            .unwrap();
        self.send(req).await
    }
}

/// A message as the file transport wrote it, read back by an independent MIME parser
/// (`mail-parser`, not lettre, which wrote it).
pub struct Mail {
    pub from: String,
    pub to: String,
    pub subject: String,
    /// The text part, decoded.
    pub body: String,
    /// The inline `text/calendar` part (iMIP), decoded, with its `method` parameter.
    pub calendar: Option<(String, String)>,
    /// Attachments as (file name, content type, decoded text).
    pub attachments: Vec<(String, String, String)>,
    /// The message's own headers, by lower-case name, as written.
    pub headers: HashMap<String, String>,
}

impl Mail {
    fn parse(raw: &str) -> Mail {
        use mail_parser::{MimeHeaders, PartType};
        let m = mail_parser::MessageParser::default().parse(raw.as_bytes()).expect("a parseable message");
        let addr = |a: Option<&mail_parser::Address<'_>>| {
            a.and_then(|a| a.first())
                .map(|a| match (&a.name, &a.address) {
                    (Some(n), Some(e)) => format!("{n} <{e}>"),
                    (None, Some(e)) => e.to_string(),
                    _ => String::new(),
                })
                .unwrap_or_default()
        };
        let mut calendar = None;
        let mut attachments = vec![];
        for part in &m.parts {
            let (PartType::Text(text) | PartType::Html(text)) = &part.body else {
                if let PartType::Binary(bytes) | PartType::InlineBinary(bytes) = &part.body {
                    let kind = part
                        .content_type()
                        .map(|c| format!("{}/{}", c.ctype(), c.subtype().unwrap_or("")))
                        .unwrap_or_default();
                    attachments.push((
                        part.attachment_name().unwrap_or("").to_string(),
                        kind,
                        String::from_utf8_lossy(bytes).into_owned(),
                    ));
                }
                continue;
            };
            let Some(ct) = part.content_type() else { continue };
            if ct.ctype() == "text" && ct.subtype() == Some("calendar") {
                if part.attachment_name().is_some() {
                    attachments.push((
                        part.attachment_name().unwrap().to_string(),
                        "text/calendar".into(),
                        text.to_string(),
                    ));
                } else {
                    calendar = Some((ct.attribute("method").unwrap_or("").to_string(), text.to_string()));
                }
            }
        }
        let headers = m.headers().iter().map(|h| (h.name().to_lowercase(), raw_header(raw, h.name()))).collect();
        Mail {
            from: addr(m.from()),
            to: addr(m.to()),
            subject: m.subject().unwrap_or("").to_string(),
            body: m.body_text(0).map(|t| t.replace("\r\n", "\n")).unwrap_or_default(),
            calendar,
            attachments,
            headers,
        }
    }

    /// The path of the first link to this site that contains `marker`.
    pub fn link(&self, marker: &str) -> String {
        let start = self.body.find(marker).unwrap_or_else(|| panic!("no {marker} link in:\n{}", self.body));
        self.body[start..].split_whitespace().next().unwrap().to_string()
    }
}

/// A top-level header's value as written (unfolded), for checks of the raw message.
fn raw_header(raw: &str, name: &str) -> String {
    let head = raw.split("\r\n\r\n").next().unwrap_or("");
    let unfolded = head.replace("\r\n ", " ").replace("\r\n\t", " ");
    unfolded
        .lines()
        .find_map(|l| {
            l.split_once(':').filter(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.trim().to_string())
        })
        .unwrap_or_default()
}
