//! The deflection check reads whatever a member writes: it must never panic, and every
//! finding must point inside the text it was given.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let findings = diltalks::program::deflection::check(text);
    assert!(findings.len() <= text.len() + 1, "more findings than characters");
});
