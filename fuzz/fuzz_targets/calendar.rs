//! Slots and commitment occurrences across time zones with clock changes: sorted, inside
//! the range asked for, never overlapping a booking or time off, never a panic.
#![no_main]

use arbitrary::Arbitrary;
use diltalks::clock::{DAY, HOUR, MINUTE};
use diltalks::counsellors::slots::{Exception, Rules, Window, slots};
use diltalks::program::actions::{Schedule, next_occurrence, occurrences};
use libfuzzer_sys::fuzz_target;

const ZONES: [&str; 8] = [
    "UTC",
    "Asia/Kolkata",
    "Europe/London",
    "America/New_York",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "America/St_Johns",
    "Not/A_Zone",
];
/// 2000-01-01 .. about 2060: the instants people book within.
const BASE: i64 = 946_684_800_000;

#[derive(Arbitrary, Debug)]
struct Input {
    zone: u8,
    now: u32,
    session: u8,
    buffer: u8,
    notice: u8,
    horizon: u8,
    windows: Vec<(u8, u16, u16)>,
    exceptions: Vec<(bool, u32, u16)>,
    busy: Vec<(u32, u16)>,
    kind: u8,
    minute: u16,
    days: [bool; 7],
    span_days: u8,
}

fn at(minutes: u32) -> i64 {
    BASE + i64::from(minutes) * MINUTE
}

fuzz_target!(|i: Input| {
    let tz = ZONES[usize::from(i.zone) % ZONES.len()];
    let now = at(i.now);
    let rules = Rules {
        time_zone: tz.into(),
        session_minutes: 10 + i64::from(i.session % 171),
        buffer_minutes: i64::from(i.buffer % 61),
        notice_hours: i64::from(i.notice % 73),
        horizon_days: i64::from(i.horizon % 61),
        cancel_hours: 24,
    };
    let windows: Vec<Window> =
        i.windows.iter().take(20).map(|&(d, s, e)| Window { weekday: d % 8, start: s % 1500, end: e % 1500 }).collect();
    let exceptions: Vec<Exception> = i
        .exceptions
        .iter()
        .take(10)
        .map(|&(off, s, len)| Exception {
            off,
            starts_at: now + i64::from(s % (90 * 24 * 60)) * MINUTE,
            ends_at: now + (i64::from(s % (90 * 24 * 60)) + i64::from(len)) * MINUTE,
        })
        .collect();
    let busy: Vec<(i64, i64)> = i
        .busy
        .iter()
        .take(20)
        .map(|&(s, len)| {
            (
                now + i64::from(s % (90 * 24 * 60)) * MINUTE,
                now + (i64::from(s % (90 * 24 * 60)) + i64::from(len)) * MINUTE,
            )
        })
        .collect();
    let found = slots(&rules, &windows, &exceptions, &busy, now);
    let (earliest, latest) = (now + rules.notice_hours * HOUR, now + rules.horizon_days * DAY);
    for pair in found.windows(2) {
        assert!(pair[0] < pair[1], "sorted and distinct");
    }
    for &t in &found {
        assert!(t >= earliest && t < latest, "inside notice and horizon");
        let held = (t, t + rules.held());
        assert!(!busy.iter().any(|b| held.0 < b.1 && b.0 < held.1), "overlaps a booking");
        let session = (t, t + rules.length());
        assert!(!exceptions.iter().any(|x| x.off && session.0 < x.ends_at && x.starts_at < session.1), "in time off");
    }

    let minute = i.minute % (24 * 60);
    let schedule = match i.kind % 3 {
        0 => Schedule::Once { at: now + i64::from(minute) * MINUTE },
        1 => Schedule::Daily { minute },
        _ => Schedule::Weekly { days: i.days, minute },
    };
    let to = now + i64::from(i.span_days % 120) * DAY;
    let got = occurrences(&schedule, tz, now - DAY, None, now, to);
    for pair in got.windows(2) {
        assert!(pair[0] < pair[1], "occurrences sorted and distinct");
    }
    assert!(got.iter().all(|&t| t >= now && t < to), "occurrences inside the range");
    if let Some(n) = next_occurrence(&schedule, tz, now - DAY, None, now) {
        assert!(n > now, "the next one is after now");
    }
});
