//! Views of availability: the counsellor's rules, weekly hours and exceptions, and free
//! times grouped by day as members and the counsellor's preview see them.

use askama::Template;
use serde::Deserialize;

use super::model::Rules;
use crate::i18n::Lang;
use crate::pages::format_clock;
use crate::web::{FormErrors, Layout};

pub struct SlotDay {
    pub day: String,
    /// (local time, link to confirm it)
    pub slots: Vec<(String, String)>,
}

impl SlotDay {
    /// Free times grouped by day in the viewer's zone, each day named in `lang` ("Tuesday 3
    /// Nov" / "मंगलवार, 3 नवंबर"), each time linking to its confirmation (and carrying the
    /// booking being moved, when the member is rescheduling, and a couple session chosen
    /// beforehand, when they said both will attend).
    pub fn group_in(
        lang: Lang,
        found: &[i64],
        counsellor_id: &str,
        viewer_tz: &str,
        reschedule: &str,
        couple: bool,
    ) -> Vec<SlotDay> {
        let mut days: Vec<SlotDay> = vec![];
        for &t in found.iter().take(120) {
            let day = crate::i18n::dates::day(lang, crate::pages::today_in(t, viewer_tz));
            let mut href = format!("/counsellors/{counsellor_id}/book?start={t}");
            if !reschedule.is_empty() {
                href.push_str(&format!("&reschedule={reschedule}"));
            }
            if couple {
                href.push_str("&kind=couple");
            }
            let slot = (format_clock(t, viewer_tz), href);
            match days.last_mut() {
                Some(d) if d.day == day => d.slots.push(slot),
                _ => days.push(SlotDay { day, slots: vec![slot] }),
            }
        }
        days
    }
}

#[derive(Deserialize, Default, Debug, Clone)]
#[serde(default)]
pub struct RulesForm {
    pub session_minutes: String,
    pub buffer_minutes: String,
    pub notice_hours: String,
    pub horizon_days: String,
    pub cancel_hours: String,
}

impl RulesForm {
    pub fn from(r: &Rules) -> RulesForm {
        RulesForm {
            session_minutes: r.session_minutes.to_string(),
            buffer_minutes: r.buffer_minutes.to_string(),
            notice_hours: r.notice_hours.to_string(),
            horizon_days: r.horizon_days.to_string(),
            cancel_hours: r.cancel_hours.to_string(),
        }
    }
}

#[derive(Deserialize, Default, Debug, Clone)]
#[serde(default)]
pub struct WindowForm {
    pub weekday: String,
    pub start: String,
    pub end: String,
}

#[derive(Deserialize, Default, Debug, Clone)]
#[serde(default)]
pub struct ExceptionForm {
    pub kind: String,
    pub date: String,
    pub start: String,
    pub end: String,
}

#[derive(Template)]
#[template(path = "availability/availability.html")]
pub struct AvailabilityPage {
    pub l: Layout,
    pub time_zone: String,
    pub rules_form: RulesForm,
    pub window_form: WindowForm,
    pub exception_form: ExceptionForm,
    pub errors: FormErrors,
    pub windows: Vec<(String, String)>,
    pub exceptions: Vec<(String, String)>,
    pub preview: Vec<SlotDay>,
    /// (index, name), Monday first, in the reader's language.
    pub weekdays: Vec<(usize, &'static str)>,
}
