//! Couple-space rules: two people at most, one space per person, invitations that expire.

use crate::clock::DAY;

pub const INVITE_TTL: i64 = 7 * DAY;

/// Where a person stands with their couple space.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpaceState {
    /// No space: everything works solo.
    Solo,
    /// In a space alone, and a partner may still be invited.
    Waiting,
    /// Both partners are in the space.
    Together,
    /// The partner left. Invitations stay closed, so nobody new ever sees what was shared
    /// with the partner who left; a new space can be started instead.
    PartnerLeft,
}

pub fn state(active_members: usize, had_departure: bool) -> SpaceState {
    match (active_members, had_departure) {
        (0, _) => SpaceState::Solo,
        (1, false) => SpaceState::Waiting,
        (1, true) => SpaceState::PartnerLeft,
        _ => SpaceState::Together,
    }
}

impl SpaceState {
    pub fn can_invite(self) -> bool {
        self == SpaceState::Waiting
    }
}

/// Why an invitation could not be accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JoinError {
    InvalidLink,
    AlreadyInSpace,
    OwnInvitation,
    Full,
}

impl JoinError {
    pub fn message(self) -> &'static str {
        match self {
            JoinError::InvalidLink => {
                "This invitation has expired or has already been used. Ask your partner for a new link."
            }
            JoinError::AlreadyInSpace => {
                "You're already in a couple space. Leave it first if you want to join this one."
            }
            JoinError::OwnInvitation => {
                "This is your own invitation link. Send it to your partner so they can join you."
            }
            JoinError::Full => "This space already has two people in it.",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_follow_membership() {
        assert_eq!(state(0, false), SpaceState::Solo);
        assert_eq!(state(1, false), SpaceState::Waiting);
        assert!(state(1, false).can_invite());
        assert_eq!(state(2, false), SpaceState::Together);
        assert!(!state(2, false).can_invite());
        assert_eq!(state(1, true), SpaceState::PartnerLeft);
        assert!(!state(1, true).can_invite(), "a space someone left never takes a new member");
    }
}
