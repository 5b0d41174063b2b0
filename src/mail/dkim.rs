//! DKIM signatures (RFC 6376) on outgoing mail, so receivers can tell it really comes from
//! the service's domain: relaxed/relaxed canonicalization, SHA-256, with an RSA key
//! (`rsa-sha256`) or an Ed25519 key (`ed25519-sha256`, RFC 8463), read from a PKCS#8 file
//! (PEM or DER). `diltalks admin dkim-key` makes an Ed25519 key and prints the DNS record.
//! Signing uses `ring` (constant-time RSA and Ed25519); a test verifies the signatures with
//! `dkimpy`, an independent implementation.

use std::path::Path;

use anyhow::Context;
use base64::Engine;
use ring::signature::{self, Ed25519KeyPair, KeyPair, RsaKeyPair};
use sha2::{Digest, Sha256};

/// The headers signed, when the message has them.
const SIGNED: [&str; 9] = [
    "from",
    "to",
    "subject",
    "date",
    "message-id",
    "mime-version",
    "content-type",
    "list-unsubscribe",
    "list-unsubscribe-post",
];

enum Key {
    Rsa(RsaKeyPair),
    Ed25519(Ed25519KeyPair),
}

pub struct Signer {
    domain: String,
    selector: String,
    key: Key,
}

impl std::fmt::Debug for Signer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Signer").field("domain", &self.domain).field("selector", &self.selector).finish_non_exhaustive()
    }
}

/// A PEM file's first block, or the bytes as they are (DER).
fn der(bytes: &[u8]) -> anyhow::Result<Vec<u8>> {
    let Ok(text) = std::str::from_utf8(bytes) else { return Ok(bytes.to_vec()) };
    if !text.contains("-----BEGIN") {
        return Ok(bytes.to_vec());
    }
    let body: String = text
        .lines()
        .skip_while(|l| !l.starts_with("-----BEGIN"))
        .skip(1)
        .take_while(|l| !l.starts_with("-----END"))
        .collect();
    base64::engine::general_purpose::STANDARD.decode(body.trim()).context("reading the PEM key")
}

impl Signer {
    /// The key in `path` (PKCS#8, RSA of 2048 bits or more, or Ed25519) for `domain`.
    pub fn load(path: &Path, selector: &str, domain: &str) -> anyhow::Result<Signer> {
        let bytes = std::fs::read(path).with_context(|| format!("reading the DKIM key {}", path.display()))?;
        let der = der(&bytes)?;
        let key = if let Ok(k) = Ed25519KeyPair::from_pkcs8_maybe_unchecked(&der) {
            Key::Ed25519(k)
        } else {
            let k = RsaKeyPair::from_pkcs8(&der)
                .map_err(|e| anyhow::anyhow!("the DKIM key is neither Ed25519 nor RSA PKCS#8 ({e})"))?;
            Key::Rsa(k)
        };
        anyhow::ensure!(
            !selector.is_empty() && selector.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'),
            "a DKIM selector is letters, digits and hyphens"
        );
        Ok(Signer { domain: domain.to_string(), selector: selector.to_string(), key })
    }

    fn algorithm(&self) -> (&'static str, &'static str) {
        match self.key {
            Key::Rsa(_) => ("rsa-sha256", "rsa"),
            Key::Ed25519(_) => ("ed25519-sha256", "ed25519"),
        }
    }

    /// The TXT record to publish: (name, value).
    pub fn dns_record(&self) -> (String, String) {
        let b64 = base64::engine::general_purpose::STANDARD;
        let public = match &self.key {
            Key::Rsa(k) => spki_rsa(k.public().as_ref()),
            Key::Ed25519(k) => k.public_key().as_ref().to_vec(),
        };
        (
            format!("{}._domainkey.{}", self.selector, self.domain),
            format!("v=DKIM1; k={}; p={}", self.algorithm().1, b64.encode(public)),
        )
    }

    /// The message with a DKIM-Signature header in front.
    pub fn sign(&self, message: &[u8], now_secs: i64) -> anyhow::Result<Vec<u8>> {
        let text = std::str::from_utf8(message).context("mail is written as 7-bit text")?;
        let (head, body) = text.split_once("\r\n\r\n").unwrap_or((text, ""));
        let headers = split_headers(head);
        let mut names = vec![];
        let mut hashed = String::new();
        for name in SIGNED {
            if let Some((raw_name, value)) = headers.iter().rev().find(|(n, _)| n.eq_ignore_ascii_case(name)) {
                names.push(name);
                hashed.push_str(&relaxed_header(raw_name, value));
                hashed.push_str("\r\n");
            }
        }
        let b64 = base64::engine::general_purpose::STANDARD;
        let bh = b64.encode(Sha256::digest(relaxed_body(body).as_bytes()));
        let value = format!(
            "v=1; a={}; c=relaxed/relaxed; d={}; s={}; t={now_secs}; h={}; bh={bh}; b=",
            self.algorithm().0,
            self.domain,
            self.selector,
            names.join(":")
        );
        hashed.push_str(&relaxed_header("DKIM-Signature", &value));
        let signature = match &self.key {
            Key::Rsa(k) => {
                let mut sig = vec![0; k.public().modulus_len()];
                k.sign(&signature::RSA_PKCS1_SHA256, &ring::rand::SystemRandom::new(), hashed.as_bytes(), &mut sig)
                    .map_err(|_| anyhow::anyhow!("DKIM signing failed"))?;
                sig
            }
            Key::Ed25519(k) => k.sign(&Sha256::digest(hashed.as_bytes())).as_ref().to_vec(),
        };
        let mut out = format!("DKIM-Signature: {value}{}\r\n", b64.encode(signature)).into_bytes();
        out.extend_from_slice(message);
        Ok(out)
    }
}

/// Makes an Ed25519 key (PKCS#8, PEM) for `admin dkim-key`.
pub fn new_ed25519_pem() -> anyhow::Result<String> {
    let pkcs8 = Ed25519KeyPair::generate_pkcs8(&ring::rand::SystemRandom::new())
        .map_err(|_| anyhow::anyhow!("making the key failed"))?;
    let b64 = base64::engine::general_purpose::STANDARD.encode(pkcs8.as_ref());
    let lines: Vec<&str> = b64.as_bytes().chunks(64).map(|c| std::str::from_utf8(c).unwrap_or("")).collect();
    Ok(format!("-----BEGIN PRIVATE KEY-----\n{}\n-----END PRIVATE KEY-----\n", lines.join("\n")))
}

/// Header fields as (name, value as written, continuation lines included).
fn split_headers(head: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = vec![];
    for line in head.split("\r\n") {
        if line.starts_with([' ', '\t']) {
            if let Some(last) = out.last_mut() {
                last.1.push_str("\r\n");
                last.1.push_str(line);
            }
        } else if let Some((name, value)) = line.split_once(':') {
            out.push((name.to_string(), value.to_string()));
        }
    }
    out
}

/// Runs of spaces and tabs as one space.
fn squeeze(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c == ' ' || c == '\t' {
            space = true;
        } else {
            if space {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    if space {
        out.push(' ');
    }
    out
}

/// RFC 6376 3.4.2: lower-case name, unfolded value with runs of white space as one space,
/// none around the colon or at the end.
fn relaxed_header(name: &str, value: &str) -> String {
    let unfolded = value.replace("\r\n", "");
    format!("{}:{}", name.trim().to_ascii_lowercase(), squeeze(&unfolded).trim())
}

/// RFC 6376 3.4.4: white space runs as one space, none at line ends, no empty lines at the
/// end, and a CRLF after the last line (nothing at all for an empty body).
fn relaxed_body(body: &str) -> String {
    let mut lines: Vec<String> = body.split("\r\n").map(|l| squeeze(l).trim_end().to_string()).collect();
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines.iter().map(|l| format!("{l}\r\n")).collect()
}

/// An RSAPublicKey (PKCS#1 DER) wrapped as the SubjectPublicKeyInfo DNS records carry.
fn spki_rsa(pkcs1: &[u8]) -> Vec<u8> {
    fn len(n: usize) -> Vec<u8> {
        match n {
            0..=127 => vec![n as u8],
            128..=255 => vec![0x81, n as u8],
            _ => vec![0x82, (n >> 8) as u8, n as u8],
        }
    }
    fn tlv(tag: u8, content: &[u8]) -> Vec<u8> {
        let mut out = vec![tag];
        out.extend(len(content.len()));
        out.extend_from_slice(content);
        out
    }
    // SEQUENCE { OID 1.2.840.113549.1.1.1, NULL }
    let algorithm = tlv(0x30, &[0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00]);
    let mut bits = vec![0];
    bits.extend_from_slice(pkcs1);
    let mut content = algorithm;
    content.extend(tlv(0x03, &bits));
    tlv(0x30, &content)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonicalization_follows_the_rfc_examples() {
        // RFC 6376 3.4.5.
        assert_eq!(relaxed_header("A", " X"), "a:X");
        assert_eq!(relaxed_header("B ", " Y\t\r\n\tZ  "), "b:Y Z");
        assert_eq!(relaxed_body(" C \r\nD \t E\r\n\r\n\r\n"), " C\r\nD E\r\n");
        assert_eq!(relaxed_body(""), "");
    }
}
