//! Step 1's views: statements, the deflection check's notes, the shared account.

use askama::Template;

use super::TextForm;
use crate::program::deflection::Finding;
use crate::program::model::{AccountStatus, StatementKind};
use crate::web::Layout;

/// A statement form: the member's own text, with the check's notes after a save.
pub struct StatementBox {
    pub kind: StatementKind,
    pub form: TextForm,
    pub error: Option<String>,
    pub findings: Vec<Finding>,
    pub saved: String,
}

impl StatementBox {
    pub fn kind_str(&self) -> &'static str {
        self.kind.as_str()
    }
    pub fn is_ownership(&self) -> bool {
        self.kind == StatementKind::Ownership
    }
}

pub struct SharedStatement {
    pub author: String,
    pub is_ownership: bool,
    pub paragraphs: Vec<String>,
}

pub struct VersionLine {
    pub id: String,
    pub number: i64,
    pub proposer: String,
    pub proposed_by_me: bool,
    pub when: String,
    pub paragraphs: Vec<String>,
    pub confirmed_by_me: bool,
    pub confirmed_by_partner: bool,
    pub is_agreed: bool,
    pub is_newest: bool,
}

#[derive(Template)]
#[template(path = "program/acknowledge.html")]
pub struct AcknowledgePage {
    pub l: Layout,
    pub boxes: Vec<StatementBox>,
    pub shared: Vec<SharedStatement>,
    pub has_partner: bool,
    pub partner: String,
    pub status: AccountStatus,
    pub versions: Vec<VersionLine>,
    pub account_form: TextForm,
    pub account_error: Option<String>,
}

impl AcknowledgePage {
    pub fn not_started(&self) -> bool {
        self.status == AccountStatus::NotStarted
    }
    pub fn agreed_number(&self) -> Option<i64> {
        match self.status {
            AccountStatus::Agreed { number, .. } => Some(number),
            _ => None,
        }
    }
}
