# DilTalks' interface in English, step 1, acknowledge what happened. Every key here is also in locales/hi/acknowledge.ftl with
# the same placeholders (a unit test checks).

## Step 1 (templates/program/acknowledge.html, program/handlers/acknowledge.rs)

ack-title = Step 1: Acknowledge what happened
ack-intro = Both of you need to agree on what actually broke trust, without making it smaller or bigger than it was. Start privately: nobody sees what you write here unless you choose to share it.
ack-ownership-h = Your ownership statement
ack-ownership = Say what you did and that it was your choice. Leave out what your partner did; that belongs in another conversation.
ack-impact-h = How it affected you
ack-impact = Say how it actually affected you: what you felt, what changed, what you lost. You don't need to soften it or make it sound reasonable.
ack-notes-h = Saved. A few phrases you might look at again
ack-notes = This is only a suggestion: your statement is saved as you wrote it.
ack-what-i-did = What I did
ack-how-affected = How it affected me
ack-who = Who can read it
ack-only-me = Only me, for now
ack-me-and-partner = Me and my partner
ack-once-partner = (once your partner has joined your space)
ack-save = Save
ack-last-saved = Last saved { $when }
ack-shared-by = Shared by { $name }
ack-their-ownership = { $name }'s ownership statement
ack-their-impact = How it affected { $name }
ack-account-h = Your shared account of what happened
ack-account-alone = Once your partner joins your space, one of you proposes a short account of what happened. The other confirms it or proposes a revision. It stands only when you have both confirmed the same version.
ack-invite = Invite your partner
ack-account-how = One of you proposes a text; the other confirms it or proposes a revision. It stands only when you have both confirmed the same version. Every version stays here for both of you to see.
ack-both-confirmed = You both confirmed version { $n }.
ack-version = Version { $n }
ack-version-agreed = Version { $n } · agreed by both
ack-proposed-by = Proposed by { $name }, { $when }.
ack-proposed-by-you = Proposed by you, { $when }.
ack-you-confirmed = You confirmed it.
ack-you-not-confirmed = You haven't confirmed it.
ack-partner-confirmed = { $name } confirmed it.
ack-partner-not-confirmed = { $name } hasn't confirmed it.
ack-confirm = I confirm version { $n }
ack-propose-label = Propose an account
ack-revise-label = Propose a revision
ack-account-hint = Plain facts, in a few sentences: what happened, and when. Both of you will see it.
ack-propose = Propose this account
ack-revise = Propose this revision
ack-saved = Your statement is saved.
ack-proposed = Version { $n } is proposed. It stands once your partner confirms it too.
ack-confirmed = You confirmed this version.
ack-status-none = No shared account proposed yet.
ack-status-proposed = Version { $n } of the shared account is waiting for both to confirm.
ack-status-agreed = You both confirmed version { $n } of what happened.
ack-status-agreed-newer = You both confirmed version { $n }; version { $newer } is proposed.
