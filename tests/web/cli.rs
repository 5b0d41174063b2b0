//! The `diltalks` binary itself: its help, its commands, and a graceful stop.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_diltalks"));
    c.env_remove("DATABASE_URL").env("RUST_LOG", "warn");
    c
}

#[test]
fn help_documents_every_setting_and_command() {
    let out = bin().arg("--help").output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    for word in [
        "--listen",
        "--database-url",
        "--data-dir",
        "--base-url",
        "--smtp-url",
        "--mail-from",
        "--log-format",
        "--trust-proxy",
        "serve",
        "migrate",
        "backup",
        "admin",
    ] {
        assert!(text.contains(word), "--help does not mention {word}:\n{text}");
    }
}

#[test]
fn migrate_backup_and_create_admin_work_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let run = |args: &[&str]| {
        let out = bin().arg("--data-dir").arg(&data).args(args).output().unwrap();
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
        )
    };
    let (ok, text) = run(&["migrate"]);
    assert!(ok, "{text}");
    let (ok, text) = run(&["admin", "create-admin", "--email", "ops@example.org"]);
    assert!(ok && text.contains("/reset/"), "{text}");
    let backup = dir.path().join("copy.db");
    let (ok, text) = run(&["backup", backup.to_str().unwrap()]);
    assert!(ok && backup.exists(), "{text}");
    let (ok, text) = run(&["backup", backup.to_str().unwrap()]);
    assert!(!ok && text.contains("exists already"), "{text}");
    // A DKIM key: a new file only its owner reads, and the record to publish; the server
    // then starts with it (and refuses a file that is not a key).
    let key = dir.path().join("dkim.pem");
    let (ok, text) = run(&["--mail-from", "no-reply@example.org", "admin", "dkim-key", "--out", key.to_str().unwrap()]);
    assert!(ok && text.contains("diltalks._domainkey.example.org. TXT \"v=DKIM1; k=ed25519; p="), "{text}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&key).unwrap().permissions().mode() & 0o777, 0o600);
    }
    let (ok, text) = run(&["admin", "dkim-key", "--out", key.to_str().unwrap()]);
    assert!(!ok && text.contains("exists already"), "{text}");
    let (ok, text) = run(&["--dkim-key", key.to_str().unwrap(), "migrate"]);
    assert!(ok, "{text}");
    let (ok, text) = run(&["--dkim-key", backup.to_str().unwrap(), "migrate"]);
    assert!(!ok && text.contains("neither Ed25519 nor RSA"), "{text}");
    // A wrong master key is refused at start-up.
    let out = bin()
        .arg("--data-dir")
        .arg(&data)
        .arg("--master-key-file")
        .arg(dir.path().join("other.key"))
        .arg("migrate")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("master key does not match"));
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

#[test]
fn sigterm_lets_a_request_in_flight_finish_then_exits_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let mut child = bin()
        .arg("--data-dir")
        .arg(dir.path().join("data"))
        .arg("--listen")
        .arg(format!("127.0.0.1:{port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Wait until the server answers a whole request, so it is accepting connections.
    let started = Instant::now();
    loop {
        let ready = TcpStream::connect(("127.0.0.1", port)).ok().and_then(|mut s| {
            s.write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").ok()?;
            let mut answer = String::new();
            s.read_to_string(&mut answer).ok()?;
            answer.starts_with("HTTP/1.1 200").then_some(())
        });
        if ready.is_some() {
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(30), "server did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    // The headers, asking the server to say when it starts reading the body: its
    // "100 Continue" proves the request is in flight before the signal is sent.
    // A CSRF cookie and field that match, so the server reads the body.
    let body = "email=a%40b.org&password=xyz&csrf=AAAAAAAAAAAAAAAAAAAAAA";
    write!(stream, "POST /login HTTP/1.1\r\nHost: localhost\r\nCookie: dt_csrf=AAAAAAAAAAAAAAAAAAAAAA\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n", body.len()).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    let mut seen = Vec::new();
    let mut byte = [0u8; 1];
    while !seen.ends_with(b"\r\n\r\n") {
        stream.read_exact(&mut byte).unwrap();
        seen.push(byte[0]);
    }
    assert!(String::from_utf8_lossy(&seen).starts_with("HTTP/1.1 100"), "{:?}", String::from_utf8_lossy(&seen));
    let killed = Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    assert!(killed.success());
    std::thread::sleep(Duration::from_millis(300));
    // The body arrives after the signal; the request is still answered.
    stream.write_all(body.as_bytes()).unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 422"), "the sign-in was answered: {answer:?}");
    let status = child.wait().unwrap();
    assert!(status.success(), "exit status {status}");
}

#[test]
fn audit_verify_reports_an_intact_log_and_a_tampered_one() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let run = |args: &[&str]| {
        let out = bin().arg("--data-dir").arg(&data).args(args).output().unwrap();
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
        )
    };
    // Creating an operator twice signs nobody in; the log starts empty and intact.
    let (ok, text) = run(&["audit", "verify"]);
    assert!(ok && text.contains("intact: 0 entries"), "{text}");
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        // Appending takes the chain's key, derived from the master key in the data folder.
        let crypto = diltalks::crypto::Crypto::load_or_create(&data.join("master.key")).unwrap();
        let db = diltalks::db::Db::connect(&format!("sqlite://{}", data.join("diltalks.db").display()))
            .await
            .unwrap()
            .with_audit_key(crypto.subkey(diltalks::audit::KEY_PURPOSE));
        for i in 0..3 {
            diltalks::audit::append(&db, "admin", "counsellor-verified", &format!("c{i}"), i).await.unwrap();
        }
    });
    let (ok, text) = run(&["audit", "verify"]);
    assert!(ok && text.contains("intact: 3 entries"), "{text}");
    rt.block_on(async {
        let db = diltalks::db::Db::connect(&format!("sqlite://{}", data.join("diltalks.db").display())).await.unwrap();
        sqlx::query("UPDATE audit_log SET subject = 'someone else' WHERE seq = 2").execute(&db.pool).await.unwrap();
    });
    let (ok, text) = run(&["audit", "verify"]);
    assert!(!ok && text.contains("entry 2 was changed"), "{text}");
}
