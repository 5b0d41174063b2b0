//! DKIM (issue 18): outgoing mail is signed, and an independent verifier (`dkimpy`, from
//! PyPI, installed by scripts/test) accepts the signature, its DNS lookup answered from the
//! record `admin dkim-key` would print; a changed message fails. Both key types: RSA (made by
//! openssl, as docs/OPERATIONS.md says) and Ed25519 (made by the server).

use std::path::Path;
use std::process::Command;

use crate::harness::TestApp;

/// The Python with dkimpy: scripts/test sets DILTALKS_TEST_PYTHON to its tools' venv.
fn python() -> String {
    let py = std::env::var("DILTALKS_TEST_PYTHON").unwrap_or_else(|_| "python3".into());
    let ok = Command::new(&py).args(["-c", "import dkim, nacl"]).status().is_ok_and(|s| s.success());
    assert!(
        ok,
        "{py} lacks dkimpy and PyNaCl: run scripts/test, or set DILTALKS_TEST_PYTHON to a Python with `pip install dkimpy pynacl`"
    );
    py
}

const VERIFY: &str = r#"
import sys, dkim
name, value, path = sys.argv[1], sys.argv[2], sys.argv[3]
def dns(qname, timeout=5):
    q = qname.decode() if isinstance(qname, bytes) else qname
    return value.encode() if q.rstrip('.') == name.rstrip('.') else None
msg = open(path, 'rb').read()
print('pass' if dkim.verify(msg, dnsfunc=dns) else 'fail')
"#;

fn verify(py: &str, record: &(String, String), eml: &Path) -> String {
    let out = Command::new(py).args(["-c", VERIFY, &record.0, &record.1, eml.to_str().unwrap()]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

async fn signed_mail(key: &Path) -> (TestApp, std::path::PathBuf) {
    let key = key.to_path_buf();
    let app = TestApp::spawn_with(move |c| {
        c.dkim_key = Some(key);
        c.mail_from = "DilTalks <no-reply@example.org>".into();
    })
    .await;
    app.member("Asha").await;
    app.mail().await;
    let dir = app.state.config.mail_dir();
    let eml = std::fs::read_dir(&dir).unwrap().filter_map(|e| e.ok()).map(|e| e.path()).next().expect("a message");
    (app, eml)
}

#[tokio::test]
async fn signed_mail_verifies_with_an_independent_verifier_and_a_changed_one_does_not() {
    let py = python();
    let keys = tempfile::tempdir().unwrap();
    let rsa = keys.path().join("rsa.pem");
    let made = Command::new("openssl")
        .args(["genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", rsa.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    let ed = keys.path().join("ed25519.pem");
    std::fs::write(&ed, diltalks::mail::dkim::new_ed25519_pem().unwrap()).unwrap();

    for (key, algorithm) in [(&rsa, "rsa-sha256"), (&ed, "ed25519-sha256")] {
        let (app, eml) = signed_mail(key).await;
        let signer = diltalks::mail::dkim::Signer::load(key, "diltalks", "example.org").unwrap();
        let record = signer.dns_record();
        assert_eq!(record.0, "diltalks._domainkey.example.org");
        let raw = std::fs::read_to_string(&eml).unwrap();
        assert!(
            raw.starts_with(&format!(
                "DKIM-Signature: v=1; a={algorithm}; c=relaxed/relaxed; d=example.org; s=diltalks;"
            )),
            "{raw}"
        );
        assert_eq!(verify(&py, &record, &eml), "pass", "{algorithm}: {raw}");
        // One changed word in the text, or a changed subject: the signature fails.
        let changed = keys.path().join("changed.eml");
        std::fs::write(&changed, raw.replacen("Hello", "Hullo", 1)).unwrap();
        assert_eq!(verify(&py, &record, &changed), "fail", "{algorithm}: a changed body");
        std::fs::write(&changed, raw.replacen("Subject: ", "Subject: Re: ", 1)).unwrap();
        assert_eq!(verify(&py, &record, &changed), "fail", "{algorithm}: a changed subject");
        drop(app);
    }
}
