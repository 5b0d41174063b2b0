//! The `diltalks` command: serve (default), migrate, backup, admin.

use std::path::PathBuf;

use clap::{Parser, Subcommand};
use diltalks::app::AppState;
use diltalks::clock::Clock;
use diltalks::config::{Config, LogFormat};

/// DilTalks: a private place for couples to rebuild trust, and for counsellors to help them.
///
/// With no command it serves on http://127.0.0.1:8080 with an embedded SQLite database in
/// ./data, created on first run together with its master key.
#[derive(Parser)]
#[command(version, about, long_about)]
struct Cli {
    #[command(flatten)]
    config: Config,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server (the default).
    Serve,
    /// Create or update the database schema, then exit.
    Migrate,
    /// Write a consistent copy of a SQLite database to PATH while the server runs. The copy
    /// holds no data keys: take a key backup too (`backup-keys`), kept apart and replaced.
    Backup {
        /// Where to write the copy; it must not exist yet.
        path: PathBuf,
    },
    /// Write the wrapped data keys to PATH (either engine). Keep only the newest: an account
    /// deleted since an older key backup could otherwise be read back from old copies.
    BackupKeys {
        /// Where to write the keys; it must not exist yet.
        path: PathBuf,
    },
    /// Load a key backup into the database, after restoring a database backup.
    RestoreKeys {
        /// The key backup to load.
        path: PathBuf,
    },
    /// The audit log.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Operator tasks.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Check that no entry was changed or removed; exits 1 if one was.
    Verify,
}

#[derive(Subcommand)]
enum AdminCommand {
    /// Create an operator account and print a one-day link to set its password.
    CreateAdmin {
        #[arg(long)]
        email: String,
        #[arg(long, default_value = "Operator")]
        name: String,
    },
    /// Install a questionnaire (or a new version of one) from a JSON file: items, answer
    /// scale, scored dimensions and how often it is offered. Add only instruments you hold
    /// the rights to; `content/questionnaires/` has the bundled one as an example.
    AddQuestionnaire {
        /// The JSON file to install.
        path: PathBuf,
    },
    /// Make an Ed25519 DKIM key in a new file and print the DNS record to publish; then start
    /// the server with --dkim-key FILE (and --dkim-selector if not the default).
    DkimKey {
        /// Where to write the key (it must not exist).
        #[arg(long)]
        out: PathBuf,
    },
    /// Disable an account: it cannot sign in, and its sessions end at once.
    Disable {
        #[arg(long)]
        email: String,
    },
    /// Turn two-step sign-in off for an account whose owner lost their app and recovery
    /// codes. Check that the request really comes from them first.
    ResetTwoFactor {
        #[arg(long)]
        email: String,
    },
}

fn init_logging(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| "info,sqlx=warn,tower_http=info".into());
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    match format {
        LogFormat::Human => builder.init(),
        LogFormat::Json => builder.json().flatten_event(true).init(),
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    init_logging(cli.config.log_format);
    let state = AppState::build(cli.config, Clock::system()).await?;
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => diltalks::serve(state).await,
        Command::Migrate => {
            println!("The database is up to date.");
            Ok(())
        }
        Command::Backup { path } => backup(&state, &path).await,
        Command::BackupKeys { path } => {
            let n = diltalks::crypto::store::write_key_backup(&state.db, &path).await?;
            println!("{n} wrapped data keys written to {}. Replace the previous key backup with it.", path.display());
            Ok(())
        }
        Command::RestoreKeys { path } => {
            let n = diltalks::crypto::store::restore_key_backup(&state.db, &path).await?;
            println!("{n} data keys loaded from {}.", path.display());
            Ok(())
        }
        Command::Admin { command: AdminCommand::CreateAdmin { email, name } } => {
            let link = diltalks::admin::create_admin(&state, &email, &name).await?;
            println!("Operator account ready for {email}.\nSet its password within 24 hours at:\n{link}");
            Ok(())
        }
        Command::Audit { command: AuditCommand::Verify } => match diltalks::audit::verify(&state.db).await? {
            Ok(n) => {
                println!("The audit log is intact: {n} entries.");
                Ok(())
            }
            Err(problem) => {
                eprintln!("The audit log has been tampered with: {problem}.");
                std::process::exit(1);
            }
        },
        Command::Admin { command: AdminCommand::Disable { email } } => {
            println!("{}", diltalks::admin::disable_account(&state, &email).await?);
            Ok(())
        }
        Command::Admin { command: AdminCommand::ResetTwoFactor { email } } => {
            println!("{}", diltalks::admin::reset_two_factor(&state, &email).await?);
            Ok(())
        }
        Command::Admin { command: AdminCommand::DkimKey { out } } => {
            let domain = state.mailer.address().rsplit('@').next().unwrap_or("").to_string();
            anyhow::ensure!(!out.exists(), "{} exists already; choose a new file", out.display());
            let pem = diltalks::mail::dkim::new_ed25519_pem()?;
            write_private(&out, &pem)?;
            let signer = diltalks::mail::dkim::Signer::load(&out, &state.config.dkim_selector, &domain)?;
            let (name, value) = signer.dns_record();
            println!(
                "DKIM key written to {}. Publish this TXT record, then start the server with --dkim-key {}:

{name}. TXT \"{value}\"

                 Some receivers check only RSA signatures: for them, make an RSA key with
                   openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out dkim-rsa.pem
                 and use it instead (docs/OPERATIONS.md).",
                out.display(),
                out.display()
            );
            Ok(())
        }
        Command::Admin { command: AdminCommand::AddQuestionnaire { path } } => {
            println!("{}", diltalks::admin::add_questionnaire(&state, &path).await?);
            Ok(())
        }
    }
}

async fn backup(state: &AppState, path: &std::path::Path) -> anyhow::Result<()> {
    state.db.backup_sqlite(path).await?;
    println!(
        "Backup written to {}. It holds no data keys: write a key backup with `diltalks backup-keys`, keep only \
         the newest, and keep the master key file ({}) apart from both.",
        path.display(),
        state.config.master_key_path().display()
    );
    Ok(())
}

/// Writes a secret file readable by its owner only.
fn write_private(path: &std::path::Path, text: &str) -> anyhow::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)?.write_all(text.as_bytes())?;
    Ok(())
}
