//! Dates in each language: "3 Nov 2026" / "3 नवंबर 2026", "Tuesday 3 Nov" / "मंगलवार, 3 नवंबर".
//! Hindi uses the full month names (their short forms are not in everyday use) and the
//! international digits, as Indian newspapers and government sites do.

use super::Lang;

const MONTHS_EN: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTHS_HI: [&str; 12] =
    ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"];
/// Monday first, as `pages::WEEKDAYS`.
const WEEKDAYS_EN: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const WEEKDAYS_HI: [&str; 7] = ["सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"];

/// A month's name, 1 = January.
pub fn month(lang: Lang, m: i8) -> &'static str {
    let i = (m.clamp(1, 12) - 1) as usize;
    match lang {
        Lang::En => MONTHS_EN[i],
        Lang::Hi => MONTHS_HI[i],
    }
}

/// A weekday's name, 0 = Monday.
pub fn weekday(lang: Lang, monday_based: usize) -> &'static str {
    let i = monday_based.min(6);
    match lang {
        Lang::En => WEEKDAYS_EN[i],
        Lang::Hi => WEEKDAYS_HI[i],
    }
}

/// "3 Nov 2026" or "3 नवंबर 2026".
pub fn date(lang: Lang, d: jiff::civil::Date) -> String {
    format!("{} {} {}", d.day(), month(lang, d.month()), d.year())
}

/// "Tuesday 3 Nov" or "मंगलवार, 3 नवंबर".
pub fn day(lang: Lang, d: jiff::civil::Date) -> String {
    let w = weekday(lang, d.weekday().to_monday_zero_offset() as usize);
    match lang {
        Lang::En => format!("{w} {} {}", d.day(), month(lang, d.month())),
        Lang::Hi => format!("{w}, {} {}", d.day(), month(lang, d.month())),
    }
}

/// "3 Nov 2026, 14:05" or "3 नवंबर 2026, 14:05".
pub fn date_time(lang: Lang, z: &jiff::Zoned) -> String {
    format!("{}, {:02}:{:02}", date(lang, z.date()), z.hour(), z.minute())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_naturally_in_both_languages() {
        let d = jiff::civil::date(2026, 11, 3);
        assert_eq!(date(Lang::En, d), "3 Nov 2026");
        assert_eq!(date(Lang::Hi, d), "3 नवंबर 2026");
        assert_eq!(day(Lang::En, d), "Tuesday 3 Nov");
        assert_eq!(day(Lang::Hi, d), "मंगलवार, 3 नवंबर");
        assert_eq!(day(Lang::Hi, jiff::civil::date(2026, 2, 1)), "रविवार, 1 फ़रवरी");
        let z = jiff::civil::date(2026, 11, 3).at(14, 5, 0, 0).to_zoned(jiff::tz::TimeZone::UTC).unwrap();
        assert_eq!(date_time(Lang::Hi, &z), "3 नवंबर 2026, 14:05");
        assert_eq!(date_time(Lang::En, &z), "3 Nov 2026, 14:05");
    }
}
