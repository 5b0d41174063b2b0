//! Envelope encryption of sensitive text, and random tokens.
//!
//! Each owner (a person or a couple space) has its own 256-bit data key, stored wrapped
//! (encrypted) by the master key, which lives in a file outside the database. Every value is
//! sealed with XChaCha20-Poly1305 under its owner's data key with the row id as associated
//! data, so ciphertext copied into another row does not open. Deleting an owner's data key
//! makes everything sealed under it unreadable, in backups too.

pub mod store;

use std::io::Write;
use std::path::Path;

use anyhow::{Context, bail};
use base64::Engine;
use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use rand::RngCore;
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

const NONCE_LEN: usize = 24;

/// A 256-bit key that is wiped from memory when dropped.
#[derive(Clone)]
pub struct Key(Zeroizing<[u8; 32]>);

impl Key {
    pub fn random() -> Key {
        let mut k = Zeroizing::new([0u8; 32]);
        OsRng.fill_bytes(k.as_mut());
        Key(k)
    }

    fn from_slice(bytes: &[u8]) -> anyhow::Result<Key> {
        let arr: [u8; 32] = bytes.try_into().context("a key must be 32 bytes")?;
        Ok(Key(Zeroizing::new(arr)))
    }

    /// Seals `plaintext` with a fresh random nonce; the result is nonce ‖ ciphertext.
    pub fn seal(&self, aad: &[u8], plaintext: &[u8]) -> Vec<u8> {
        let cipher = XChaCha20Poly1305::new(self.0.as_ref().into());
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        let ct =
            cipher.encrypt(&nonce, Payload { msg: plaintext, aad }).expect("encryption with a valid key does not fail");
        let mut out = Vec::with_capacity(NONCE_LEN + ct.len());
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&ct);
        out
    }

    /// Opens what `seal` made under the same key and associated data; anything else fails.
    pub fn open(&self, aad: &[u8], sealed: &[u8]) -> anyhow::Result<Vec<u8>> {
        if sealed.len() < NONCE_LEN {
            bail!("sealed value too short");
        }
        let (nonce, ct) = sealed.split_at(NONCE_LEN);
        let cipher = XChaCha20Poly1305::new(self.0.as_ref().into());
        cipher
            .decrypt(XNonce::from_slice(nonce), Payload { msg: ct, aad })
            .map_err(|_| anyhow::anyhow!("sealed value does not open (wrong key, row or tampering)"))
    }

    pub fn seal_text(&self, aad: &str, text: &str) -> Vec<u8> {
        self.seal(aad.as_bytes(), text.as_bytes())
    }

    pub fn open_text(&self, aad: &str, sealed: &[u8]) -> anyhow::Result<String> {
        let bytes = self.open(aad.as_bytes(), sealed)?;
        String::from_utf8(bytes).context("sealed text is not UTF-8")
    }
}

/// The master key: it wraps and unwraps the owners' data keys and nothing else.
#[derive(Clone)]
pub struct Crypto {
    master: Key,
}

const KEY_CHECK_AAD: &[u8] = b"diltalks:key-check";
const KEY_CHECK_TEXT: &[u8] = b"this database belongs to this master key";

impl Crypto {
    pub fn from_key(master: Key) -> Crypto {
        Crypto { master }
    }

    /// Reads the master key file, or creates it (mode 0600) when it does not exist yet.
    pub fn load_or_create(path: &Path) -> anyhow::Result<Crypto> {
        match std::fs::read_to_string(path) {
            Ok(text) => {
                let bytes = hex::decode(text.trim())
                    .with_context(|| format!("master key file {} is not hex", path.display()))?;
                Ok(Crypto { master: Key::from_slice(&bytes)? })
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if let Some(dir) = path.parent() {
                    std::fs::create_dir_all(dir)?;
                }
                let key = Key::random();
                let mut file = open_private(path)?;
                writeln!(file, "{}", hex::encode(key.0.as_ref()))?;
                file.sync_all()?;
                tracing::info!(path = %path.display(), "created a new master key; back it up separately from the database");
                Ok(Crypto { master: key })
            }
            Err(e) => Err(e).with_context(|| format!("reading master key file {}", path.display())),
        }
    }

    pub fn wrap(&self, owner_id: &str, data_key: &Key) -> Vec<u8> {
        self.master.seal(owner_id.as_bytes(), data_key.0.as_ref())
    }

    pub fn unwrap(&self, owner_id: &str, wrapped: &[u8]) -> anyhow::Result<Key> {
        let bytes = Zeroizing::new(self.master.open(owner_id.as_bytes(), wrapped)?);
        Key::from_slice(&bytes)
    }

    /// A value stored once per database, so a wrong master key is caught at start-up.
    pub fn key_check(&self) -> Vec<u8> {
        self.master.seal(KEY_CHECK_AAD, KEY_CHECK_TEXT)
    }

    pub fn verify_key_check(&self, stored: &[u8]) -> bool {
        self.master.open(KEY_CHECK_AAD, stored).is_ok_and(|v| v == KEY_CHECK_TEXT)
    }

    /// The MAC key for one purpose, derived from the master key (HMAC-SHA256 of the purpose's
    /// name), so a tag made for one use never verifies for another.
    fn mac_for(&self, purpose: &str) -> hmac::Hmac<Sha256> {
        <hmac::Hmac<Sha256> as hmac::Mac>::new_from_slice(&self.subkey(purpose)).expect("HMAC takes keys of any length")
    }

    /// The derived key itself, for a purpose whose tags are made where the master key is not
    /// (the audit chain, through the database handle).
    pub fn subkey(&self, purpose: &str) -> Vec<u8> {
        let mut derive = <hmac::Hmac<Sha256> as hmac::Mac>::new_from_slice(self.master.0.as_ref())
            .expect("HMAC takes keys of any length");
        hmac::Mac::update(&mut derive, b"diltalks:mac:");
        hmac::Mac::update(&mut derive, purpose.as_bytes());
        hmac::Mac::finalize(derive).into_bytes().to_vec()
    }

    /// A keyed tag over `data` for `purpose` (HMAC-SHA256 under a derived key).
    pub fn mac(&self, purpose: &str, data: &[u8]) -> Vec<u8> {
        let mut m = self.mac_for(purpose);
        hmac::Mac::update(&mut m, data);
        hmac::Mac::finalize(m).into_bytes().to_vec()
    }

    /// Whether `tag` is `mac(purpose, data)`, compared in constant time.
    pub fn verify_mac(&self, purpose: &str, data: &[u8], tag: &[u8]) -> bool {
        let mut m = self.mac_for(purpose);
        hmac::Mac::update(&mut m, data);
        hmac::Mac::verify_slice(m, tag).is_ok()
    }
}

#[cfg(unix)]
fn open_private(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)
}

#[cfg(not(unix))]
fn open_private(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::OpenOptions::new().write(true).create_new(true).open(path)
}

/// A 128-bit random secret, URL-safe, for sessions and single-use links.
pub fn random_token() -> String {
    let mut bytes = [0u8; 16];
    OsRng.fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// What the database keeps of a token: its SHA-256, so a leaked table grants nothing.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_verifies_only_for_its_purpose_data_and_key() {
        let c = Crypto::from_key(Key::random());
        let tag = c.mac("device", b"user.nonce");
        assert_eq!(tag.len(), 32);
        assert!(c.verify_mac("device", b"user.nonce", &tag));
        assert!(!c.verify_mac("audit", b"user.nonce", &tag), "another purpose");
        assert!(!c.verify_mac("device", b"user.nonce2", &tag), "other data");
        assert!(!Crypto::from_key(Key::random()).verify_mac("device", b"user.nonce", &tag), "another key");
    }

    #[test]
    fn sealed_text_opens_only_with_its_row_id() {
        let k = Key::random();
        let sealed = k.seal_text("row-1", "a private sentence");
        assert_eq!(k.open_text("row-1", &sealed).unwrap(), "a private sentence");
        assert!(k.open_text("row-2", &sealed).is_err());
        assert!(Key::random().open_text("row-1", &sealed).is_err());
    }

    #[test]
    fn tampering_is_detected() {
        let k = Key::random();
        let mut sealed = k.seal_text("r", "hello");
        let last = sealed.len() - 1;
        sealed[last] ^= 1;
        assert!(k.open_text("r", &sealed).is_err());
        assert!(k.open_text("r", &sealed[..10]).is_err());
    }

    #[test]
    fn wrapped_keys_are_bound_to_their_owner() {
        let c = Crypto::from_key(Key::random());
        let dk = Key::random();
        let w = c.wrap("alice", &dk);
        assert!(c.unwrap("alice", &w).is_ok());
        assert!(c.unwrap("bob", &w).is_err());
        assert!(Crypto::from_key(Key::random()).unwrap("alice", &w).is_err());
    }

    #[test]
    fn key_check_fails_for_another_master_key() {
        let a = Crypto::from_key(Key::random());
        let b = Crypto::from_key(Key::random());
        assert!(a.verify_key_check(&a.key_check()));
        assert!(!b.verify_key_check(&a.key_check()));
    }

    #[test]
    fn tokens_are_random_and_hashed() {
        let t1 = random_token();
        assert_eq!(t1.len(), 22);
        assert_ne!(t1, random_token());
        assert_eq!(token_hash(&t1).len(), 64);
        assert_ne!(token_hash(&t1), t1);
    }
}
