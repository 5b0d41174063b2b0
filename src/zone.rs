//! A time zone, parsed once at the edge: an IANA name known to the bundled database, shown by
//! its current name. Browsers still report some zones by names the IANA database has since
//! replaced (Chrome says `Asia/Calcutta`), so those are mapped to today's name.

use jiff::tz::TimeZone;

/// Renamed zones: (old name, current name). From the IANA time zone database's `backward`
/// file (public domain), only the renames browsers are known to report; merged zones (a
/// link from one country's zone to another's) keep their own name.
const RENAMED: [(&str, &str); 24] = [
    ("Asia/Calcutta", "Asia/Kolkata"),
    ("Asia/Katmandu", "Asia/Kathmandu"),
    ("Asia/Rangoon", "Asia/Yangon"),
    ("Asia/Saigon", "Asia/Ho_Chi_Minh"),
    ("Asia/Dacca", "Asia/Dhaka"),
    ("Asia/Thimbu", "Asia/Thimphu"),
    ("Asia/Ulan_Bator", "Asia/Ulaanbaatar"),
    ("Asia/Macao", "Asia/Macau"),
    ("Asia/Ujung_Pandang", "Asia/Makassar"),
    ("Asia/Chongqing", "Asia/Shanghai"),
    ("Europe/Kiev", "Europe/Kyiv"),
    ("Atlantic/Faeroe", "Atlantic/Faroe"),
    ("America/Godthab", "America/Nuuk"),
    ("America/Buenos_Aires", "America/Argentina/Buenos_Aires"),
    ("America/Catamarca", "America/Argentina/Catamarca"),
    ("America/Cordoba", "America/Argentina/Cordoba"),
    ("America/Jujuy", "America/Argentina/Jujuy"),
    ("America/Mendoza", "America/Argentina/Mendoza"),
    ("America/Indianapolis", "America/Indiana/Indianapolis"),
    ("America/Louisville", "America/Kentucky/Louisville"),
    ("Pacific/Enderbury", "Pacific/Kanton"),
    ("Pacific/Ponape", "Pacific/Pohnpei"),
    ("Pacific/Truk", "Pacific/Chuuk"),
    ("Pacific/Samoa", "Pacific/Pago_Pago"),
];

/// A known time zone with its current IANA name.
#[derive(Clone, Debug)]
pub struct Zone {
    name: String,
    tz: TimeZone,
}

impl PartialEq for Zone {
    fn eq(&self, other: &Zone) -> bool {
        self.name == other.name
    }
}

impl Zone {
    pub fn utc() -> Zone {
        Zone { name: "UTC".into(), tz: TimeZone::UTC }
    }

    /// What a person typed or their browser filled in; empty means UTC.
    pub fn parse(raw: &str) -> Result<Zone, &'static str> {
        let s = raw.trim();
        if s.is_empty() {
            return Ok(Zone::utc());
        }
        let name = RENAMED.iter().find(|(old, _)| old.eq_ignore_ascii_case(s)).map_or(s, |(_, new)| new);
        match TimeZone::get(name) {
            Ok(tz) if name.len() <= 64 => Ok(Zone { name: tz.iana_name().unwrap_or(name).to_string(), tz }),
            _ => Err("Choose a time zone by its name, such as Asia/Kolkata or Europe/London."),
        }
    }

    /// A name stored after `parse` checked it. One that no longer parses (a hand-edited row)
    /// is UTC rather than an error on every page.
    pub fn stored(name: &str) -> Zone {
        Zone::parse(name).unwrap_or_else(|_| Zone::utc())
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn tz(&self) -> &TimeZone {
        &self.tz
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_zone_is_known_or_a_form_error_and_old_names_become_current_ones() {
        assert_eq!(Zone::parse("Asia/Kolkata").unwrap().name(), "Asia/Kolkata");
        assert_eq!(Zone::parse(" Asia/Calcutta ").unwrap().name(), "Asia/Kolkata");
        assert_eq!(Zone::parse("europe/kiev").unwrap().name(), "Europe/Kyiv");
        assert_eq!(Zone::parse("").unwrap().name(), "UTC");
        // A merged zone keeps its own name: a person in Anguilla is not told Puerto Rico.
        assert_eq!(Zone::parse("America/Anguilla").unwrap().name(), "America/Anguilla");
        assert!(Zone::parse("Mars/Olympus").is_err());
        assert!(Zone::parse(&format!("Asia/{}", "x".repeat(70))).is_err());
        assert_eq!(Zone::stored("Not/AZone"), Zone::utc());
        assert_eq!(Zone::stored("Asia/Calcutta").tz(), &TimeZone::get("Asia/Kolkata").unwrap());
    }

    #[test]
    fn every_rename_leads_to_a_zone_the_database_knows() {
        for (old, new) in RENAMED {
            assert!(TimeZone::get(new).is_ok(), "{new}");
            assert_eq!(Zone::parse(old).unwrap().name(), new);
        }
    }
}
