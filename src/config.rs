//! One typed configuration, filled from flags and environment variables.

use std::net::SocketAddr;
use std::path::PathBuf;

/// How log lines are written.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogFormat {
    Human,
    Json,
}

#[derive(clap::Args, Clone, Debug)]
pub struct Config {
    /// Address and port to listen on.
    #[arg(long, env = "DILTALKS_LISTEN", default_value = "127.0.0.1:8080", global = true)]
    pub listen: SocketAddr,

    /// Address and port for Prometheus metrics (`/metrics`), e.g. 127.0.0.1:9090. Off unless
    /// given; keep it off the public network.
    #[arg(long, env = "DILTALKS_METRICS_LISTEN", global = true)]
    pub metrics_listen: Option<SocketAddr>,

    /// Folder for the embedded database, the master key and written mail.
    #[arg(long, env = "DILTALKS_DATA_DIR", default_value = "data", global = true)]
    pub data_dir: PathBuf,

    /// Database URL: sqlite://PATH or postgres://USER@HOST/DB. Default: SQLite in the data folder.
    #[arg(long, env = "DATABASE_URL", global = true)]
    pub database_url: Option<String>,

    /// The public URL people reach the service at; used in links and to decide on Secure cookies.
    #[arg(long, env = "DILTALKS_BASE_URL", default_value = "http://127.0.0.1:8080", global = true)]
    pub base_url: String,

    /// Master key file (32 random bytes, hex). Default: master.key in the data folder, created on first run.
    #[arg(long, env = "DILTALKS_MASTER_KEY_FILE", global = true)]
    pub master_key_file: Option<PathBuf>,

    /// SMTP server as a URL, e.g. smtps://user:pass@mail.example.org or smtp://localhost:25.
    /// Without it, mail is written as .eml files under DATA_DIR/mail.
    #[arg(long, env = "DILTALKS_SMTP_URL", global = true, hide_env_values = true)]
    pub smtp_url: Option<String>,

    /// Sender of outgoing mail.
    #[arg(long, env = "DILTALKS_MAIL_FROM", default_value = "DilTalks <no-reply@localhost>", global = true)]
    pub mail_from: String,

    /// DKIM: a private key (PKCS#8, PEM or DER; RSA or Ed25519) to sign outgoing mail with.
    /// `diltalks admin dkim-key` makes one and prints the DNS record to publish.
    #[arg(long, env = "DILTALKS_DKIM_KEY", global = true)]
    pub dkim_key: Option<PathBuf>,

    /// DKIM selector: the DNS record is SELECTOR._domainkey.<the --mail-from domain>.
    #[arg(long, env = "DILTALKS_DKIM_SELECTOR", default_value = "diltalks", global = true)]
    pub dkim_selector: String,

    /// Log format.
    #[arg(long, env = "DILTALKS_LOG_FORMAT", value_enum, default_value = "human", global = true)]
    pub log_format: LogFormat,

    /// Trust the last X-Forwarded-For entry as the client address (only behind your own proxy).
    #[arg(long, env = "DILTALKS_TRUST_PROXY", global = true)]
    pub trust_proxy: bool,

    /// Past the sign-in limits, a sign-in from a browser not known to the account waits this
    /// long before its password is checked: a delay, never a lockout.
    #[arg(long, env = "DILTALKS_LOGIN_DELAY_MS", default_value_t = 2000, global = true)]
    pub login_delay_ms: u64,

    /// Sign a session out after this many minutes without activity.
    #[arg(long, env = "DILTALKS_SESSION_IDLE_MINUTES", default_value_t = 720, global = true)]
    pub session_idle_minutes: i64,

    /// Sign a session out this many hours after it began, active or not.
    #[arg(long, env = "DILTALKS_SESSION_MAX_HOURS", default_value_t = 336, global = true)]
    pub session_max_hours: i64,

    /// Where the quick-exit control sends the visitor.
    #[arg(
        long,
        env = "DILTALKS_QUICK_EXIT_URL",
        default_value = "https://www.google.com/search?q=weather",
        global = true
    )]
    pub quick_exit_url: String,

    /// Wrap every English message in ⟦ ⟧, so that text which did not come from the message
    /// files stands out on a page (the browser test that looks for untranslated text).
    #[arg(long, env = "DILTALKS_PSEUDO_LOCALE", global = true, hide = true)]
    pub pseudo_locale: bool,

    /// Answer a request that carries `X-Pseudo-Locale: 1` in the pseudo-locale (English,
    /// every message wrapped in ⟦ ⟧), others as usual: the browser suite reads each page it
    /// checks a second time this way, so one run finds untranslated text on every page it visits.
    #[arg(long, global = true, hide = true)]
    pub pseudo_locale_on_request: bool,

    /// When a client deletes their account, keep their counsellors' session notes about them
    /// as the counsellors' own records (sealed under each counsellor's key, the client shown
    /// as a former member). Turn on where the law of your jurisdiction requires counsellors to
    /// keep records; off, the notes are erased with the account.
    #[arg(long, env = "DILTALKS_KEEP_CLIENT_NOTES", global = true)]
    pub keep_client_notes: bool,

    /// Seconds a request may take before it is answered with 408.
    #[arg(long, env = "DILTALKS_REQUEST_TIMEOUT", default_value_t = 30, global = true)]
    pub request_timeout_secs: u64,

    /// Minutes a message may stay unread before its reader gets a (content-free) mail.
    #[arg(long, env = "DILTALKS_MESSAGE_NOTIFY_MINUTES", default_value_t = 15, global = true)]
    pub message_notify_minutes: i64,

    /// Seconds between runs of the scheduled tasks (reminders, unread-message notices).
    #[arg(long, env = "DILTALKS_TASK_INTERVAL", default_value_t = 60, global = true)]
    pub task_interval_secs: u64,

    /// Minutes before a booked session's start that its room opens (it closes 30 minutes
    /// after the session's end).
    #[arg(long, env = "DILTALKS_ROOM_OPENS_MINUTES", default_value_t = 15, global = true)]
    pub room_opens_minutes: i64,

    /// STUN servers for session rooms, comma-separated (`stun:host:3478`). With none, peers
    /// on the same network still connect.
    #[arg(long, env = "DILTALKS_STUN_URLS", value_delimiter = ',', global = true)]
    pub stun_urls: Vec<String>,

    /// TURN servers for session rooms, comma-separated (`turn:host:3478?transport=udp`).
    #[arg(long, env = "DILTALKS_TURN_URLS", value_delimiter = ',', global = true)]
    pub turn_urls: Vec<String>,

    /// The TURN server's shared secret (coturn's `static-auth-secret`): each room page gets
    /// credentials made from it that expire after a few hours.
    #[arg(long, env = "DILTALKS_TURN_SECRET", global = true, hide_env_values = true)]
    pub turn_secret: Option<String>,
}

impl Config {
    /// The URL of the database, defaulting to SQLite inside the data folder.
    pub fn database_url(&self) -> String {
        match self.database_url.as_deref().map(str::trim) {
            Some(url) if !url.is_empty() => url.to_string(),
            _ => format!("sqlite://{}?mode=rwc", self.data_dir.join("diltalks.db").display()),
        }
    }

    pub fn master_key_path(&self) -> PathBuf {
        self.master_key_file.clone().unwrap_or_else(|| self.data_dir.join("master.key"))
    }

    pub fn mail_dir(&self) -> PathBuf {
        self.data_dir.join("mail")
    }

    /// Cookies get `Secure` and the `__Host-` prefix only when served over https.
    pub fn is_https(&self) -> bool {
        self.base_url.starts_with("https://")
    }

    pub fn base_url(&self) -> &str {
        self.base_url.trim_end_matches('/')
    }

    /// The scheme, host and port of the base URL: what a browser sends as `Origin`.
    pub fn origin(&self) -> &str {
        let base = self.base_url();
        let after_scheme = base.find("://").map(|i| i + 3).unwrap_or(0);
        match base[after_scheme..].find('/') {
            Some(i) => &base[..after_scheme + i],
            None => base,
        }
    }

    /// A configuration for tests and tools: everything default, the given data folder.
    pub fn for_data_dir(data_dir: PathBuf) -> Self {
        Config {
            listen: "127.0.0.1:0".parse().expect("valid address"),
            metrics_listen: None,
            data_dir,
            database_url: None,
            base_url: "http://127.0.0.1:8080".into(),
            master_key_file: None,
            smtp_url: None,
            mail_from: "DilTalks <no-reply@localhost>".into(),
            dkim_key: None,
            dkim_selector: "diltalks".into(),
            log_format: LogFormat::Human,
            trust_proxy: false,
            session_idle_minutes: 720,
            session_max_hours: 336,
            login_delay_ms: 2000,
            quick_exit_url: "https://www.google.com/search?q=weather".into(),
            request_timeout_secs: 30,
            keep_client_notes: false,
            pseudo_locale: false,
            pseudo_locale_on_request: false,
            message_notify_minutes: 15,
            task_interval_secs: 60,
            room_opens_minutes: 15,
            stun_urls: vec![],
            turn_urls: vec![],
            turn_secret: None,
        }
    }
}
