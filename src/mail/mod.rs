//! Outgoing mail: written to an outbox table in the request's work, sent by a background task
//! with retries and back-off. Over SMTP when configured, otherwise as .eml files.
//!
//! Subjects come from one closed list of neutral lines: nothing about relationships,
//! feelings or counselling ever appears in a subject.

pub mod dkim;
pub mod optout;
pub(crate) mod store;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use lettre::message::header::ContentType;
use lettre::message::{Mailbox, Message};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use tokio::sync::Notify;

use crate::app::AppState;
use crate::clock::{HOUR, MINUTE};
use crate::config::Config;
use crate::crypto::store::data_key;

pub use store::{claim_with, count_pending, oldest_pending};

mod subject;
pub use subject::Subject;

enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files(PathBuf),
}

#[derive(Clone)]
pub struct Mailer {
    transport: Arc<Transport>,
    from: Mailbox,
    /// The base URL's host: Message-IDs are made on it.
    host: String,
    /// Signs every message when a DKIM key is configured.
    dkim: Option<Arc<dkim::Signer>>,
    wake: Arc<Notify>,
}

/// Owner of the data key that seals outbox bodies (they hold single-use links).
const OUTBOX_KEY: &str = "system:outbox";
const MAX_ATTEMPTS: i64 = 8;

impl Mailer {
    pub fn from_config(config: &Config) -> anyhow::Result<Mailer> {
        let transport = match &config.smtp_url {
            Some(url) => Transport::Smtp(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url).context("reading --smtp-url")?.build(),
            ),
            None => Transport::Files(config.mail_dir()),
        };
        let from = config.mail_from.parse().context("reading --mail-from")?;
        let base = config.base_url();
        let host = base.split_once("://").map_or(base, |(_, rest)| rest);
        let host = host.split(['/', ':']).next().filter(|h| !h.is_empty()).unwrap_or("localhost").to_string();
        let from: Mailbox = from;
        let dkim = match &config.dkim_key {
            Some(path) => Some(Arc::new(dkim::Signer::load(path, &config.dkim_selector, from.email.domain())?)),
            None => None,
        };
        Ok(Mailer { transport: Arc::new(transport), from, host, dkim, wake: Arc::new(Notify::new()) })
    }

    /// The service's own address, as calendar invitations name their organiser.
    pub fn address(&self) -> String {
        self.from.email.to_string()
    }
}

/// What a message's template is given besides its own fields: whether the recipient asked
/// for discreet mail (the template then uses its discreet wording, which names nothing, not
/// even the service) and, for a kind they may turn off, the one-click link that stops it.
pub struct Voice {
    pub discreet: bool,
    pub unsubscribe: Option<String>,
    /// The recipient's language: the account's choice, else English.
    pub lang: crate::i18n::Lang,
    locales: Arc<crate::i18n::Locales>,
}

impl Voice {
    pub fn new(
        discreet: bool,
        unsubscribe: Option<String>,
        lang: crate::i18n::Lang,
        locales: Arc<crate::i18n::Locales>,
    ) -> Voice {
        Voice { discreet, unsubscribe, lang, locales }
    }

    /// A message of the letter in the recipient's language: `{{ v.t("mail-confirm-intro") }}`.
    pub fn t(&self, key: &str) -> String {
        self.locales.text(self.lang, key, &[])
    }

    /// The same with one placeholder filled.
    pub fn t1(&self, key: &str, name: &str, value: impl std::fmt::Display) -> String {
        self.locales.text(self.lang, key, &[(name, &value.to_string())])
    }

    /// The same with two placeholders filled: `{{ v.t2("letters-session-booked", "when", when, "zone", zone) }}`.
    pub fn t2(&self, key: &str, n1: &str, v1: impl std::fmt::Display, n2: &str, v2: impl std::fmt::Display) -> String {
        self.locales.text(self.lang, key, &[(n1, &v1.to_string()), (n2, &v2.to_string())])
    }

    /// The same with three (an invoice's number, its counsellor and its amount).
    #[allow(clippy::too_many_arguments)]
    pub fn t3(
        &self,
        key: &str,
        n1: &str,
        v1: impl std::fmt::Display,
        n2: &str,
        v2: impl std::fmt::Display,
        n3: &str,
        v3: impl std::fmt::Display,
    ) -> String {
        let args = [(n1, v1.to_string()), (n2, v2.to_string()), (n3, v3.to_string())];
        let args: Vec<(&str, &str)> = args.iter().map(|(n, v)| (*n, v.as_str())).collect();
        self.locales.text(self.lang, key, &args)
    }
}

/// A message's calendar file, made in the recipient's voice (discreet: no service name; in
/// their language).
pub type CalendarFor<'a> = &'a (dyn Fn(&Voice) -> String + Sync);

/// A message made ready to queue: addressed, rendered in the recipient's voice, sealed.
/// Queued with [`queue_in`] inside the transaction of the change it reports, it is sent
/// exactly when that change commits.
pub struct Prepared {
    id: String,
    to: String,
    subject: String,
    language: crate::i18n::Lang,
    body: Vec<u8>,
    calendar: Option<Vec<u8>>,
    unsubscribe: Option<String>,
}

/// Prepares a message that always goes: `body` renders the text (an askama `.txt` template
/// in `letters`) in the recipient's voice.
pub async fn prepare(
    state: &AppState,
    to: &str,
    subject: Subject,
    body: impl FnOnce(&Voice) -> askama::Result<String>,
    calendar: Option<CalendarFor<'_>>,
) -> anyhow::Result<Prepared> {
    prepare_for(state, to, to, subject, body, calendar).await
}

/// The same for a message to an address that is not yet its account's, written in the voice
/// of the account at `account` (its language, discreet if it asked): the link that moves an
/// account's sign-in to a new address.
pub async fn prepare_for(
    state: &AppState,
    to: &str,
    account: &str,
    subject: Subject,
    body: impl FnOnce(&Voice) -> askama::Result<String>,
    calendar: Option<CalendarFor<'_>>,
) -> anyhow::Result<Prepared> {
    let r = crate::accounts::store::recipient(&state.db, &account.trim().to_lowercase()).await?;
    let voice = Voice {
        discreet: r.as_ref().is_some_and(|r| r.discreet),
        unsubscribe: None,
        lang: r.and_then(|r| r.language).unwrap_or_default(),
        locales: state.bundled.locales.clone(),
    };
    seal(state, to, subject, voice, body, calendar).await
}

/// Prepares a message of a kind the recipient may turn off, with its one-click unsubscribe
/// link; `None` when they have turned it off (or the address has no account).
pub async fn prepare_optional(
    state: &AppState,
    to: &str,
    kind: optout::Optional,
    subject: Subject,
    body: impl FnOnce(&Voice) -> askama::Result<String>,
    calendar: Option<CalendarFor<'_>>,
) -> anyhow::Result<Option<Prepared>> {
    let Some(r) = crate::accounts::store::recipient(&state.db, &to.trim().to_lowercase()).await? else {
        return Ok(None);
    };
    if optout::opted_out(&state.db, &r.id, kind).await? {
        return Ok(None);
    }
    let voice = Voice {
        discreet: r.discreet,
        unsubscribe: Some(optout::link(state, &r.id, kind)),
        lang: r.language.unwrap_or_default(),
        locales: state.bundled.locales.clone(),
    };
    Ok(Some(seal(state, to, subject, voice, body, calendar).await?))
}

async fn seal(
    state: &AppState,
    to: &str,
    subject: Subject,
    voice: Voice,
    body: impl FnOnce(&Voice) -> askama::Result<String>,
    calendar: Option<CalendarFor<'_>>,
) -> anyhow::Result<Prepared> {
    let now = state.clock.now_ms();
    let key = data_key(&state.db, &state.crypto, OUTBOX_KEY, now).await?;
    let text = body(&voice)?;
    let calendar = calendar.map(|c| c(&voice));
    // Discreet: a subject that names nothing (the sender's name is dropped at delivery,
    // recognised by the subject).
    let subject = subject.text(&state.bundled.locales, voice.lang, voice.discreet);
    let id = crate::db::new_id();
    Ok(Prepared {
        body: key.seal_text(&id, &text),
        calendar: calendar.map(|c| key.seal_text(&store::calendar_aad(&id), &c)),
        id,
        to: to.to_string(),
        subject,
        language: voice.lang,
        unsubscribe: voice.unsubscribe,
    })
}

/// Queues prepared messages inside a write transaction; call [`wake`] after it commits.
pub async fn queue_in(tx: &mut crate::db::Tx, mail: &[Prepared], now: i64) -> Result<(), sqlx::Error> {
    store::insert(tx, mail, now).await
}

/// Tells the sender there is new mail.
pub fn wake(state: &AppState) {
    state.mailer.wake.notify_one();
}

/// Queues a message that reports no change of its own (someone tried to sign up with an
/// address that has an account); a message about a change is queued in that change's
/// transaction with [`queue_in`].
pub async fn send(state: &AppState, m: Prepared) -> anyhow::Result<()> {
    let mut conn = state.db.pool.acquire().await?;
    store::insert(&mut conn, std::slice::from_ref(&m), state.clock.now_ms()).await?;
    wake(state);
    Ok(())
}

/// Delivers what is due now; returns how many were sent.
pub async fn deliver_due(state: &AppState) -> anyhow::Result<usize> {
    let now = state.clock.now_ms();
    let claimed = store::claim_due(&state.db, now, now + 5 * MINUTE).await?;
    if claimed.is_empty() {
        return Ok(0);
    }
    let key = data_key(&state.db, &state.crypto, OUTBOX_KEY, now).await?;
    let mut sent = 0;
    for m in claimed {
        let calendar = m.calendar.as_ref().map(|c| key.open_text(&store::calendar_aad(&m.id), c)).transpose();
        let result = match (key.open_text(&m.id, &m.body), calendar) {
            (Ok(body), Ok(calendar)) => deliver(&state.mailer, &state.bundled.locales, &m, body, calendar, now).await,
            (Err(e), _) | (_, Err(e)) => Err(e),
        };
        match result {
            Ok(()) => {
                store::mark_sent(&state.db, &m.id, state.clock.now_ms()).await?;
                state.metrics.mail_sent();
                sent += 1;
            }
            Err(e) => {
                state.metrics.mail_failed();
                let attempts = m.attempts + 1;
                let backoff = (MINUTE << attempts.min(10)).min(6 * HOUR);
                tracing::warn!(mail_id = %m.id, attempts, error = %format!("{e:#}"), "mail delivery failed");
                let give_up = attempts >= MAX_ATTEMPTS;
                store::mark_failed_attempt(&state.db, &m.id, attempts, now + backoff, give_up, &format!("{e:#}"), now)
                    .await?;
            }
        }
    }
    Ok(sent)
}

async fn deliver(
    mailer: &Mailer,
    locales: &crate::i18n::Locales,
    m: &store::Claimed,
    body: String,
    calendar: Option<String>,
    now: i64,
) -> anyhow::Result<()> {
    let (id, to, subject, unsubscribe) = (&m.id, &m.to, m.subject.as_str(), m.unsubscribe.as_deref());
    // Discreet mail carries the address alone, without the service's name.
    let from = if Subject::is_discreet(locales, subject) {
        lettre::message::Mailbox::new(None, mailer.from.email.clone())
    } else {
        mailer.from.clone()
    };
    use lettre::message::{Attachment, MultiPart, SinglePart};
    // A Message-ID on our own host (the outbox row's id, so a retry keeps it), the date it
    // went, and MIME-Version on every message, single-part ones included.
    let builder = Message::builder()
        .from(from)
        .to(to.parse().context("recipient address")?)
        .subject(subject)
        .message_id(Some(format!("<{id}@{}>", mailer.host)))
        .date_now()
        .raw_header(lettre::message::header::HeaderValue::new(
            lettre::message::header::HeaderName::new_from_ascii_str("Content-Language"),
            crate::i18n::Lang::parse(&m.language).unwrap_or_default().code().into(),
        ));
    // One-click unsubscribe (RFC 8058) on reminders and notices.
    let builder = match unsubscribe {
        Some(link) => {
            use lettre::message::header::{HeaderName, HeaderValue};
            builder
                .raw_header(HeaderValue::new(HeaderName::new_from_ascii_str("List-Unsubscribe"), format!("<{link}>")))
                .raw_header(HeaderValue::new(
                    HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                    "List-Unsubscribe=One-Click".into(),
                ))
        }
        None => builder,
    };
    let message = match calendar {
        None => builder.singlepart(SinglePart::plain(body))?,
        Some(ics) => {
            // iMIP (RFC 6047): the invitation as a `text/calendar; method=…` alternative to
            // the text, which calendar programs act on, and the same file attached for
            // everything else.
            let method = ics
                .lines()
                .find_map(|l| l.strip_prefix("METHOD:"))
                .map(str::trim)
                .filter(|m| m.chars().all(|c| c.is_ascii_uppercase()))
                .unwrap_or("PUBLISH")
                .to_string();
            let inline = ContentType::parse(&format!("text/calendar; method={method}; charset=utf-8"))
                .context("calendar content type")?;
            let file = ContentType::parse("application/ics").context("calendar file type")?;
            builder.multipart(
                MultiPart::mixed()
                    .multipart(
                        MultiPart::alternative()
                            .singlepart(SinglePart::plain(body))
                            .singlepart(SinglePart::builder().header(inline).body(ics.clone())),
                    )
                    .singlepart(Attachment::new("invite.ics".into()).body(ics, file)),
            )?
        }
    };
    let raw = match &mailer.dkim {
        Some(signer) => signer.sign(&message.formatted(), now / 1000)?,
        None => message.formatted(),
    };
    match mailer.transport.as_ref() {
        Transport::Smtp(smtp) => {
            smtp.send_raw(message.envelope(), &raw).await?;
        }
        Transport::Files(dir) => {
            tokio::fs::create_dir_all(dir).await?;
            let path = dir.join(format!("{now}-{id}.eml"));
            tokio::fs::write(&path, raw).await?;
            tracing::info!(path = %path.display(), "mail written to a file (no SMTP server configured)");
        }
    }
    Ok(())
}

/// The sender task: wakes on new mail or every 30 seconds, until shutdown.
pub async fn run_sender(state: AppState, mut shutdown: tokio::sync::watch::Receiver<bool>) {
    loop {
        let result = deliver_due(&state).await;
        if let Err(e) = &result {
            tracing::error!(error = %format!("{e:#}"), "mail sender");
        }
        state.metrics.task_ran("mail-sender", result.is_ok(), state.clock.now_ms());
        tokio::select! {
            _ = state.mailer.wake.notified() => {}
            _ = tokio::time::sleep(Duration::from_secs(30)) => {}
            _ = shutdown.changed() => return,
        }
    }
}

/// Forgets delivered and abandoned mail after 30 days.
pub async fn prune(state: &AppState) -> anyhow::Result<u64> {
    Ok(store::prune(&state.db, state.clock.now_ms() - 30 * 24 * HOUR).await?)
}
