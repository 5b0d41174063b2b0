//! Device cookies (OWASP's "slow down online guessing with device cookies"): a browser that
//! signed in to an account keeps a signed cookie naming that account and a random nonce.
//! Sign-in failures elsewhere never lock such a browser out: it is throttled on its own nonce,
//! while browsers the account has not seen are throttled per account and per address — and
//! even they, past the limit, get a delay before the password check, never a refusal of the
//! right password. So nobody who merely knows an email can keep its owner out.

use base64::Engine;

use crate::crypto::{Crypto, random_token};

/// The cookie's name (with the `__Host-` prefix over HTTPS, as the others).
pub const COOKIE: &str = "dt_device";
/// Kept for a year, renewed at each sign-in.
pub const MAX_AGE_SECS: i64 = 365 * 24 * 3600;
const PURPOSE: &str = "device-cookie";

fn b64() -> base64::engine::GeneralPurpose {
    base64::engine::general_purpose::URL_SAFE_NO_PAD
}

/// A new cookie value for this account: `user.nonce.tag`.
pub fn issue(crypto: &Crypto, user_id: &str) -> String {
    let body = format!("{user_id}.{}", random_token());
    let tag = b64().encode(crypto.mac(PURPOSE, body.as_bytes()));
    format!("{body}.{tag}")
}

/// The cookie's nonce, when the cookie is genuine and was issued for this account.
pub fn nonce_for(crypto: &Crypto, value: &str, user_id: &str) -> Option<String> {
    let (body, tag) = value.rsplit_once('.')?;
    let (user, nonce) = body.split_once('.')?;
    let tag = b64().decode(tag).ok()?;
    (user == user_id && crypto.verify_mac(PURPOSE, body.as_bytes(), &tag)).then(|| nonce.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::Key;

    #[test]
    fn a_device_cookie_holds_only_for_its_account_and_key() {
        let c = Crypto::from_key(Key::random());
        let v = issue(&c, "u1");
        assert!(nonce_for(&c, &v, "u1").is_some());
        assert_eq!(nonce_for(&c, &v, "u2"), None, "another account");
        assert_eq!(nonce_for(&Crypto::from_key(Key::random()), &v, "u1"), None, "another server's key");
        let forged = v.replacen("u1.", "u1.x", 1);
        assert_eq!(nonce_for(&c, &forged, "u1"), None, "a changed nonce");
        assert_eq!(nonce_for(&c, "junk", "u1"), None);
    }
}
