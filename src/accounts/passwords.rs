//! Argon2id password hashing on blocking threads, and the list of common passwords.

use std::collections::HashSet;
use std::sync::Arc;

use anyhow::Context;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng};
use argon2::{Algorithm, Argon2, Params, Version};
use tokio::sync::Semaphore;

const COMMON: &str = include_str!("../../assets/common-passwords.txt");

/// OWASP's minimum for Argon2id: 19 MiB of memory, 2 passes, 1 lane.
fn argon2() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("valid Argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

#[derive(Clone)]
pub struct Passwords {
    common: Arc<HashSet<&'static str>>,
    /// Verified against when an email is unknown, so both answers take the same time.
    dummy_hash: Arc<String>,
    /// Bounds the memory hashing can take at once (19 MiB each).
    permits: Arc<Semaphore>,
}

impl Passwords {
    pub fn new() -> anyhow::Result<Passwords> {
        let common = COMMON.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        let dummy_hash = hash_blocking("an unused password that nobody has")?;
        let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2);
        Ok(Passwords {
            common: Arc::new(common),
            dummy_hash: Arc::new(dummy_hash),
            permits: Arc::new(Semaphore::new(cores * 2)),
        })
    }

    pub fn is_common(&self, lowercased: &str) -> bool {
        self.common.contains(lowercased)
    }

    pub async fn hash(&self, password: String) -> anyhow::Result<String> {
        let _permit = self.permits.acquire().await?;
        tokio::task::spawn_blocking(move || hash_blocking(&password)).await?
    }

    /// True when `password` matches `hash`. With no hash (unknown account) it still does the
    /// full work against a dummy hash and answers false.
    pub async fn verify(&self, password: String, hash: Option<String>) -> bool {
        let Ok(_permit) = self.permits.acquire().await else {
            return false;
        };
        let known = hash.is_some();
        let hash = hash.unwrap_or_else(|| self.dummy_hash.to_string());
        let ok = tokio::task::spawn_blocking(move || {
            PasswordHash::new(&hash).is_ok_and(|h| argon2().verify_password(password.as_bytes(), &h).is_ok())
        })
        .await
        .unwrap_or(false);
        ok && known
    }
}

fn hash_blocking(password: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    let hash = argon2()
        .hash_password(password.as_bytes(), &salt)
        .map_err(|e| anyhow::anyhow!("{e}"))
        .context("hashing a password")?;
    Ok(hash.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_verify_and_use_argon2id_with_owasp_parameters() {
        let p = Passwords::new().unwrap();
        let h = p.hash("a long enough secret".into()).await.unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(p.verify("a long enough secret".into(), Some(h.clone())).await);
        assert!(!p.verify("another secret".into(), Some(h)).await);
        assert!(!p.verify("an unused password that nobody has".into(), None).await);
    }

    #[test]
    fn the_list_has_ten_thousand_common_passwords() {
        let p = Passwords::new().unwrap();
        assert!(p.common.len() >= 9_900, "{}", p.common.len());
        assert!(p.is_common("password"));
        assert!(p.is_common("12345678"));
        assert!(!p.is_common("violet tram ninety lamp"));
    }
}
