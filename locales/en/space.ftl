# DilTalks' interface in English, the couple's space: creating, inviting, joining and leaving it. Every key here is also in locales/hi/space.ftl with
# the same placeholders (a unit test checks).

## The space page (templates/spaces/space.html)

space-title = Our space
space-safety-title = A private check on your safety
space-safety = Before you work on things together: six questions, for you alone. Your partner never sees whether you answered or what you said.
space-safety-link = Answer privately
space-invited = { $name } invited you to their couple space.
space-invited-link = See the invitation and join
space-invited-after = . If you create a space of your own instead, you cannot join { $name }'s while you are in it.
space-solo-lead = A couple space is where the two of you work together. Until you choose to share something, everything you write stays private to you, even inside the space.
space-solo-alone = You can also keep working on your own: everything in DilTalks works solo.
space-create = Create a couple space
space-started = Started { $when }.
space-who = Who is here
space-member = { $name }, joined { $when }
space-member-me = { $name } (you), joined { $when }
space-invite-title = Invite your partner
space-invite-send = Send this link to your partner. It works once, until { $when }.
space-invite-link = Invitation link
space-copy = Copy link
# What the copy button says for a moment after copying (for static/app.js to read from data-copied).
space-copied = Copied
space-revoke = Stop this link from working
space-invite-intro = Create a single-use link and send it to your partner in a way that is safe for you both. You can also have us email it.
space-email = Partner's email (optional)
space-email-hint = Leave empty to just get a link to copy. The email says only that you invited them.
space-new-link = Make a new link
space-create-link = Create an invitation link
space-partner-left = Your partner has left this space. Everything you wrote is still yours, and they can no longer see anything you shared. A space someone has left does not take new members: to invite someone, leave this space and start a new one.
space-together = You're both here. Anything either of you chooses to share appears for the other; everything else stays private.
space-leave-link = Leave this space

## An invitation (templates/spaces/join.html)

space-join-title = An invitation
space-join-h = { $name } has invited you
space-join-lead = { $name } would like you to join them in a private couple space on DilTalks, a place to rebuild trust together, step by step.
space-join-private = Joining does not share anything you write: your entries stay private until you choose to share them. You can leave at any time and keep everything you wrote.
space-join-already = You're already in a couple space.
space-join-leave-before = You need to
space-join-leave-link = leave it
space-join-leave-after = before you can join this one.
space-join-button = Join { $name }'s space
space-join-register = Create an account to join
space-join-login = Sign in to join

## Leaving (templates/spaces/leave.html)

space-leave-title = Leave the space
space-leave-if = If you leave:
space-leave-yours = everything you wrote stays yours, and you can still read it;
space-leave-partner-named = { $name } can no longer see anything you shared, and you can no longer see what they shared;
space-leave-partner = your partner can no longer see anything you shared, and you can no longer see what they shared;
space-leave-no-email = nobody is told by email.
space-leave-button = Leave the space
space-stay = Stay

## Flash messages (src/spaces/handlers.rs)

space-created = Your couple space is ready. Invite your partner when you're ready.
space-invite-emailed = A new invitation link is ready, and we've emailed it.
space-invite-ready = A new invitation link is ready. Copy it and send it to your partner.
space-revoked = The invitation link no longer works.
space-joined = You've joined your partner's space.
space-left = You've left the space. Everything you wrote is still yours.

## Errors (src/spaces/handlers.rs, src/spaces/model.rs)

error-space-already-in = You're already in a couple space.
error-space-cannot-invite = This space can't take a new member.
error-space-invalid-title = This invitation is no longer valid
error-space-invalid-link = This invitation has expired or has already been used. Ask your partner for a new link.
error-space-leave-first = You're already in a couple space. Leave it first if you want to join this one.
error-space-own-invitation = This is your own invitation link. Send it to your partner so they can join you.
error-space-full = This space already has two people in it.
