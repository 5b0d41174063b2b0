use askama::Template;
use serde::Deserialize;

use super::model::SpaceState;
use crate::web::{FormErrors, Layout};

pub struct MemberLine {
    pub name: String,
    pub is_me: bool,
    pub joined: String,
}

#[derive(Template)]
#[template(path = "spaces/space.html")]
pub struct SpacePage {
    pub l: Layout,
    pub state: SpaceState,
    pub started: String,
    pub members: Vec<MemberLine>,
    pub invite_link: Option<String>,
    pub invite_expires: String,
    pub email: String,
    pub errors: FormErrors,
    /// Offer the private safety check (to this member only).
    pub safety_due: bool,
    /// An invitation waiting in this browser: (who invited, its page).
    pub invitation: Option<(String, String)>,
}

impl SpacePage {
    pub fn is_solo(&self) -> bool {
        self.state == SpaceState::Solo
    }
    pub fn is_waiting(&self) -> bool {
        self.state == SpaceState::Waiting
    }
    pub fn partner_left(&self) -> bool {
        self.state == SpaceState::PartnerLeft
    }
}

#[derive(Deserialize, Default, Debug)]
#[serde(default)]
pub struct InviteForm {
    pub email: String,
}

#[derive(Template)]
#[template(path = "spaces/join.html")]
pub struct JoinPage {
    pub l: Layout,
    pub inviter: String,
    pub action: String,
    pub signed_in: bool,
    pub already_in_space: bool,
    pub next: String,
}

#[derive(Template)]
#[template(path = "spaces/leave.html")]
pub struct LeavePage {
    pub l: Layout,
    pub partner: Option<String>,
}

#[derive(Template)]
#[template(path = "spaces/mail/invitation.txt")]
pub struct InvitationLetter<'a> {
    pub v: &'a crate::mail::Voice,
    pub inviter: &'a str,
    pub link: &'a str,
}
