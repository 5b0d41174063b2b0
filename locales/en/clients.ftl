# DilTalks' interface in English, a counsellor's clients, their notes and what a couple shares with their counsellor. Every key here is also in locales/hi/clients.ftl with
# the same placeholders (a unit test checks).

## Sharing with your counsellor (templates/sharing/sharing.html, sharing/handlers/member.rs, sharing/views.rs)

clients-sharing-title = Sharing with your counsellor
clients-sharing-intro = Your counsellor sees nothing of yours unless you tick it here, and stops seeing it as soon as you untick it. Your partner's private entries are never shared by you; they choose for themselves.
# Before a link to the directory (clients-sharing-find), then clients-sharing-none-after.
clients-sharing-none = Once you book a session, you can choose here what your counsellor may see.
clients-sharing-find = Find a counsellor
clients-sharing-none-after = .
clients-sharing-may-see = What { $name } may see
clients-sharing-save = Save what { $name } may see
clients-share-checkins = My check-in numbers (never my notes)
clients-share-questionnaire = My questionnaire scores
clients-share-feedback = My answers to the short checks before and after our sessions
clients-share-account = Our agreed account of what happened (shown only while my partner shares it too)
# $text: the start of the reflection, as written (with … when cut short).
clients-share-reflection = My reflection: “{ $text }”
clients-sharing-saved = Saved. { $name } sees exactly what is ticked, from their next visit.
clients-log-title = Who has looked
clients-log-none = Nobody has looked at anything you shared.
clients-log-caption = Every time a counsellor opened something you shared.
clients-log-when = When
clients-log-who = Who
clients-log-what = What
# What one visit read, in the log's "What" column: one or more of these, joined by clients-read-and.
clients-read-checkins = your check-in numbers
clients-read-account = your agreed account
clients-read-questionnaire = your questionnaire scores
clients-read-feedback = your answers before and after sessions
clients-read-reflection = a reflection
clients-read-and = { $rest } and { $last }
# Flash after a client marks a counsellor's exercise done.
clients-exercise-marked = Marked as done.

## Your clients (templates/sharing/clients.html, sharing/handlers/clients.rs)

clients-back-practice = Your practice
clients-title = Your clients
clients-intro = Everyone who has booked a session with you. You see only what each person has chosen to share, and each of them can see when you looked.
clients-none = No clients yet.
clients-couples = Couples
clients-individuals = Individual sessions

## A client's page (templates/sharing/client.html, sharing/handlers/clients.rs)

clients-client-title = Client: { $name }
clients-book-with = Book sessions with { $name }
# Before a link named by the couple ("Nadia & Sam"), then clients-also-couple-after.
clients-also-couple = Also your client as a couple:
clients-also-couple-after = . Notes here stay apart from the couple's unless you file them with the couple.
clients-alert-title = { $name } may not be safe
clients-alert-text = On { $when }, { $name } asked DilTalks to tell you that their answers to a private safety check suggest they may not be safe with their partner. Their partner does not know. Please consider offering individual sessions rather than joint ones, and do not mention this in a joint session.
clients-shares-title = What { $name } shares with you
clients-account-title = Their agreed account of what happened
clients-account-waits-one = { $name } shares the couple's agreed account; it shows here once their partner shares it too.
clients-visits-logged = { $name } can see each time you open this page.
clients-exercises-title = Exercises
clients-exercises-intro = An exercise appears in { $name }'s program until they mark it done.
clients-exercise-new = A new exercise
clients-assign = Assign
# An exercise's line: when it was assigned, and that it is done.
clients-exercise-done-line = { $when } · done
clients-notes-title = Your session notes
clients-notes-private = Private to you: sealed under your own key. { $name } never sees them.
clients-note-new = A new note
clients-note-where = Where this note is kept
clients-note-own = With { $name }'s own notes
clients-note-couple = With the couple's notes ({ $names })
clients-note-save = Save note
clients-note-saved = Note saved. Only you can read it.
clients-note-saved-couple = Note saved with the couple's notes. Only you can read it.
clients-exercise-assigned = Assigned. It appears in their program.

## A couple as one client (templates/sharing/couple.html, sharing/handlers/couples.rs)

clients-couple-title = Couple: { $names }
clients-couple-intro = A couple, as one client. Each partner decides for themselves what you see; what one shares never shares the other's.
clients-account-both = Both of them confirmed it and both share it with you.
# $names: the partner (or partners) who do not share it yet.
clients-account-waits = The agreed account shows once both of them share it; { $names } has not.
clients-and = and
clients-couple-sessions = Couple sessions
clients-none-yet = None yet.
# After a session's time (a link); $status is one of bookings-status-….
clients-couple-session-line = · { $minutes } minutes · { $status }
clients-book-couple = Book couple sessions
clients-couple-exercises-intro = An exercise for both appears in each partner's program; each marks their own part done. One for one partner appears in theirs alone.
clients-exercise-for = For
clients-exercise-both = Both of them
clients-exercise-alone = { $name } alone
# An exercise's line: when it was assigned, then who has done it ($done: the clients-exercise-partner-… or -alone-… words).
clients-exercise-line = { $when } · { $done }
clients-exercise-partner-done = { $name }: done
clients-exercise-partner-not-yet = { $name }: not yet
clients-exercise-alone-done = For { $name } alone: done
clients-exercise-alone-not-yet = For { $name } alone: not yet
clients-couple-notes-title = Your notes about the couple
# Without links to the partners' own pages.
clients-couple-notes-private = Private to you: sealed under your own key. Neither partner sees them. Notes from a partner's individual sessions stay on that partner's own page.
# Before links to each partner's own page, then clients-couple-notes-private-after.
clients-couple-notes-private-links = Private to you: sealed under your own key. Neither partner sees them. Notes from a partner's individual sessions stay on that partner's own page (
clients-couple-notes-private-after = ).
clients-assigned-alone = Assigned to { $name } alone. It appears in their program only.
clients-assigned-both = Assigned to both. Each of them sees it in their program and marks their own part.
error-clients-for-whom = Choose who the exercise is for: both of them, or one of them.

## What one person shares (templates/sharing/shared.html, sharing/handlers/mod.rs)

clients-intake-answers = Intake answers
clients-nothing-shared = Nothing is shared with you at the moment.
# $list: one or more of clients-empty-…, joined by commas.
clients-shared-empty = Shared with you, but nothing there yet: { $list }.
clients-empty-checkins = check-in numbers
clients-empty-questionnaire = questionnaire scores
clients-empty-feedback = answers before and after sessions
clients-scores-title = Latest questionnaire scores (out of 100)
clients-reflection-title = A reflection
# A link to the person's feedback section, then clients-feedback-below-after.
clients-feedback-below = Their answers before and after sessions
clients-feedback-below-after = are below.
