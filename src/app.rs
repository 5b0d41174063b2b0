//! What every handler can reach: the database, configuration, clock, crypto, mail, passwords.

use std::sync::Arc;

use anyhow::Context;

use crate::accounts::passwords::Passwords;
use crate::clock::Clock;
use crate::config::Config;
use crate::crypto::Crypto;
use crate::db::Db;
use crate::mail::Mailer;

#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub config: Arc<Config>,
    pub clock: Clock,
    pub crypto: Crypto,
    pub mailer: Mailer,
    pub passwords: Passwords,
    pub hub: crate::live::Hub,
    pub bundled: Arc<Bundled>,
    /// Work a request starts and does not wait for (queueing a reset mail after answering):
    /// shutdown waits for it, so none is lost.
    pub tasks: tokio_util::task::TaskTracker,
    /// What `/metrics` reports (on its own address).
    pub metrics: Arc<crate::metrics::Metrics>,
    /// Guides' bodies rendered once per text.
    pub guides: Arc<crate::articles::markdown::Cache>,
}

impl AppState {
    /// Opens (and on first run creates) the data folder, database and master key, runs the
    /// migrations, and refuses to go on if the master key does not belong to the database.
    pub async fn build(config: Config, clock: Clock) -> anyhow::Result<AppState> {
        create_private_dir(&config.data_dir)?;
        let crypto = Crypto::load_or_create(&config.master_key_path())?;
        let db = Db::connect(&config.database_url()).await?.with_audit_key(crypto.subkey(crate::audit::KEY_PURPOSE));
        db.migrate().await?;
        crate::crypto::store::check_master_key(&db, &crypto).await?;
        crate::audit::key_the_chain(&db).await?;
        crate::program::store::install_bundled_questionnaires(&db, clock.now_ms()).await?;
        crate::articles::load_bundled(&db, clock.now_ms()).await?;
        let bundled = Arc::new(Bundled::load(config.pseudo_locale, config.pseudo_locale_on_request)?);
        let mailer = Mailer::from_config(&config)?;
        let passwords = tokio::task::spawn_blocking(Passwords::new).await??;
        let hub = crate::live::Hub::start(&db, &config.database_url()).await?;
        let tasks = tokio_util::task::TaskTracker::new();
        let metrics = Arc::default();
        let guides = Arc::default();
        Ok(AppState {
            db,
            config: Arc::new(config),
            clock,
            crypto,
            mailer,
            passwords,
            hub,
            bundled,
            tasks,
            metrics,
            guides,
        })
    }
}

/// What ships inside the binary and pages read on every request, parsed once at start-up: a
/// bad file stops the server with its name, never a request. (The bundled guides and
/// questionnaires go into the database at start-up instead.)
pub struct Bundled {
    pub authors: Vec<crate::articles::model::Author>,
    pub crisis: Vec<crate::pages::CrisisCountry>,
    /// The before- and after-session instruments (`content/feedback/`).
    pub instruments: Vec<crate::feedback::model::Instrument>,
    /// The deflection check's phrasings beyond English (`content/deflection/`).
    pub deflection: crate::program::deflection::Phrasebook,
    /// Every message of the interface in each language (`locales/`).
    pub locales: Arc<crate::i18n::Locales>,
    /// The same wrapped in ⟦ ⟧, for a request that asks (`--pseudo-locale-on-request`).
    pub pseudo_locales: Option<Arc<crate::i18n::Locales>>,
}

impl Bundled {
    /// The current instrument of a kind.
    pub fn instrument(&self, kind: crate::feedback::model::Kind) -> &crate::feedback::model::Instrument {
        self.instruments.iter().find(|i| i.kind() == kind).expect("both instruments are bundled")
    }
}

impl Bundled {
    pub fn load(pseudo_locale: bool, pseudo_on_request: bool) -> anyhow::Result<Bundled> {
        Ok(Bundled {
            authors: crate::articles::model::parse_authors(crate::articles::model::BUNDLED_AUTHORS)
                .map_err(|e| anyhow::anyhow!("content/articles/authors.toml: {e}"))?,
            crisis: crate::pages::parse_crisis_lines(crate::pages::BUNDLED_CRISIS).context("content/crisis.json")?,
            instruments: crate::feedback::model::BUNDLED
                .iter()
                .map(|text| crate::feedback::model::Instrument::parse(text).context("content/feedback/"))
                .collect::<anyhow::Result<_>>()?,
            deflection: crate::program::deflection::Phrasebook::bundled().map_err(|e| anyhow::anyhow!(e))?,
            locales: Arc::new(crate::i18n::Locales::load(pseudo_locale)?),
            pseudo_locales: if pseudo_on_request { Some(Arc::new(crate::i18n::Locales::load(true)?)) } else { None },
        })
    }
}

fn create_private_dir(dir: &std::path::Path) -> anyhow::Result<()> {
    if dir.exists() {
        return Ok(());
    }
    std::fs::create_dir_all(dir).with_context(|| format!("creating data folder {}", dir.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}
