//! Two-factor sign-in: time-based one-time passwords (RFC 6238, the HMAC-SHA1 variant every
//! authenticator app reads) and recovery codes. Pure rules; the store keeps the last step
//! used so a code works once.

use hmac::{Hmac, Mac};
use rand::RngCore;
use sha1::Sha1;

/// Seconds per step, as RFC 6238 suggests and apps assume.
pub const STEP_SECS: i64 = 30;
/// Steps either side of now that are still accepted (clock drift between phone and server).
pub const DRIFT_STEPS: i64 = 1;
pub const DIGITS: u32 = 6;
pub const RECOVERY_CODES: usize = 10;

const BASE32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// A new random secret: 20 bytes, the size of an HMAC-SHA1 block's output (RFC 4226 §4).
pub fn new_secret() -> Vec<u8> {
    let mut s = vec![0u8; 20];
    rand::rngs::OsRng.fill_bytes(&mut s);
    s
}

/// RFC 4648 base32 without padding: what authenticator apps expect to be typed in.
pub fn base32(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(5) * 8);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for &b in bytes {
        buffer = (buffer << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            out.push(BASE32[((buffer >> (bits - 5)) & 31) as usize] as char);
            bits -= 5;
        }
    }
    if bits > 0 {
        out.push(BASE32[((buffer << (5 - bits)) & 31) as usize] as char);
    }
    out
}

/// Reads base32 back, ignoring spaces and case; None for anything else.
pub fn from_base32(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let (mut buffer, mut bits) = (0u32, 0u32);
    for c in text.chars().filter(|c| !c.is_whitespace()) {
        let v = BASE32.iter().position(|&b| b as char == c.to_ascii_uppercase())? as u32;
        buffer = (buffer << 5) | v;
        bits += 5;
        if bits >= 8 {
            out.push((buffer >> (bits - 8)) as u8);
            bits -= 8;
        }
    }
    Some(out)
}

/// The HOTP value (RFC 4226) for one counter.
pub fn hotp(secret: &[u8], counter: u64) -> u32 {
    let mut mac = Hmac::<Sha1>::new_from_slice(secret).expect("HMAC takes keys of any length");
    mac.update(&counter.to_be_bytes());
    let digest = mac.finalize().into_bytes();
    let offset = (digest[19] & 0x0f) as usize;
    let value = u32::from_be_bytes([digest[offset] & 0x7f, digest[offset + 1], digest[offset + 2], digest[offset + 3]]);
    value % 10u32.pow(DIGITS)
}

/// The step a moment (Unix milliseconds) falls in.
pub fn step_at(now_ms: i64) -> i64 {
    now_ms.div_euclid(1000).div_euclid(STEP_SECS)
}

/// The code shown for a step, as six digits.
pub fn code_for(secret: &[u8], step: i64) -> String {
    format!("{:0width$}", hotp(secret, step as u64), width = DIGITS as usize)
}

/// Which step within the drift window a typed code belongs to, newest first; None if none.
/// Compared in constant time so a near miss takes as long as a far one.
pub fn matching_step(secret: &[u8], typed: &str, now_ms: i64) -> Option<i64> {
    let typed: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    if typed.len() != DIGITS as usize || !typed.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let now = step_at(now_ms);
    let mut found = None;
    for step in (now - DRIFT_STEPS..=now + DRIFT_STEPS).rev() {
        let same: bool = subtle::ConstantTimeEq::ct_eq(code_for(secret, step).as_bytes(), typed.as_bytes()).into();
        if same && found.is_none() {
            found = Some(step);
        }
    }
    found
}

/// The `otpauth://` address an authenticator app reads from the QR code.
pub fn provisioning_uri(secret: &[u8], account: &str) -> String {
    format!(
        "otpauth://totp/DilTalks:{}?secret={}&issuer=DilTalks&algorithm=SHA1&digits={DIGITS}&period={STEP_SECS}",
        crate::web::urlencode(account),
        base32(secret)
    )
}

/// Recovery codes: ten random codes of ten base32 letters, shown once as `xxxxx-xxxxx`.
/// 50 random bits each, so a plain SHA-256 of the normalised code is safe to store.
pub fn new_recovery_codes() -> Vec<String> {
    (0..RECOVERY_CODES)
        .map(|_| {
            let mut b = [0u8; 7];
            rand::rngs::OsRng.fill_bytes(&mut b);
            let s = base32(&b)[..10].to_lowercase();
            format!("{}-{}", &s[..5], &s[5..])
        })
        .collect()
}

/// A typed recovery code in the one form that is hashed: lower case, no dashes or spaces.
pub fn normalise_recovery(typed: &str) -> Option<String> {
    let s: String = typed.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect();
    (s.len() == 10).then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    const RFC_SECRET: &[u8] = b"12345678901234567890";

    #[test]
    fn hotp_matches_rfc_4226_appendix_d() {
        let expected = [755224, 287082, 359152, 969429, 338314, 254676, 287922, 162583, 399871, 520489];
        for (counter, want) in expected.into_iter().enumerate() {
            assert_eq!(hotp(RFC_SECRET, counter as u64), want, "counter {counter}");
        }
    }

    #[test]
    fn totp_matches_rfc_6238_appendix_b_sha1() {
        // The RFC lists eight digits; six are the last six of those.
        for (secs, eight) in [
            (59i64, "94287082"),
            (1111111109, "07081804"),
            (1111111111, "14050471"),
            (1234567890, "89005924"),
            (2000000000, "69279037"),
            (20000000000, "65353130"),
        ] {
            assert_eq!(code_for(RFC_SECRET, step_at(secs * 1000)), eight[2..], "at {secs}");
        }
    }

    #[test]
    fn codes_are_accepted_one_step_either_side_and_not_beyond() {
        let secret = new_secret();
        let now = 1_800_000_000_000;
        let step = step_at(now);
        for (offset, accepted) in [(-2, false), (-1, true), (0, true), (1, true), (2, false)] {
            let code = code_for(&secret, step + offset);
            assert_eq!(matching_step(&secret, &code, now), accepted.then_some(step + offset), "offset {offset}");
        }
        assert_eq!(matching_step(&secret, "12 34", now), None);
        assert_eq!(matching_step(&secret, "abcdef", now), None);
        let spaced = code_for(&secret, step);
        assert_eq!(matching_step(&secret, &format!("{} {}", &spaced[..3], &spaced[3..]), now), Some(step));
    }

    #[test]
    fn base32_round_trips_and_matches_rfc_4648() {
        assert_eq!(base32(b"foobar"), "MZXW6YTBOI");
        assert_eq!(base32(b"f"), "MY");
        assert_eq!(from_base32("mzxw 6ytb oi").unwrap(), b"foobar");
        assert_eq!(from_base32("M1"), None);
        let s = new_secret();
        assert_eq!(from_base32(&base32(&s)).unwrap(), s);
        assert_eq!(base32(&s).len(), 32);
    }

    #[test]
    fn recovery_codes_are_distinct_and_normalise() {
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), RECOVERY_CODES);
        let set: std::collections::HashSet<_> = codes.iter().collect();
        assert_eq!(set.len(), RECOVERY_CODES);
        let c = &codes[0];
        assert_eq!(normalise_recovery(&c.to_uppercase()), normalise_recovery(c));
        assert_eq!(normalise_recovery(&c.replace('-', " ")).unwrap().len(), 10);
        assert_eq!(normalise_recovery("short"), None);
    }

    #[test]
    fn the_provisioning_uri_names_the_issuer_and_secret() {
        let uri = provisioning_uri(b"foobar", "a@example.com");
        assert!(uri.starts_with("otpauth://totp/DilTalks:a%40example.com?secret=MZXW6YTBOI&issuer=DilTalks"), "{uri}");
    }
}
