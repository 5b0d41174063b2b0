# DilTalks' interface in English, the mail's letters, the calendar files' text, the unsubscribe page and the export. Every key here is also in locales/hi/letters.ftl with
# the same placeholders (a unit test checks).

## The licence's expiry, to a counsellor (templates/profiles/mail/licence_expiry.txt, profiles/expiry.rs)

letters-licence-valid = The licence on your DilTalks profile is valid until { $date }. After that day your profile is no longer listed and cannot be booked.
letters-licence-valid-discreet = The licence on your profile is valid until { $date }. After that day your profile is no longer listed and cannot be booked.
letters-licence-renew = Once it is renewed, update the date on your profile:

## A commitment's reminder (templates/program/mail/reminder.txt, program/reminders.rs)

letters-reminder-due = This is the reminder you asked for: something you planned is due at { $when } ({ $zone } time).
letters-reminder-open = Open DilTalks to see it:
letters-reminder-open-discreet = Sign in to see it:
letters-reminder-off = You can turn these reminders off there at any time.

## An unpaid invoice (templates/billing/mail/unpaid.txt, billing/mod.rs)

letters-unpaid = Your invoice { $number } from { $counsellor }, for { $amount }, is not paid yet. You can see it and pay it here:
letters-unpaid-discreet = An invoice for { $amount } is not paid yet. You can see it and pay it here:
letters-unpaid-paid = If you have paid already, add the payment's reference on that page, or ignore this reminder.

## An invitation to a couple's space (templates/spaces/mail/invitation.txt, spaces/handlers.rs)

letters-invitation = { $inviter } has invited you to join them in a private space on DilTalks. To accept, open:
letters-invitation-discreet = { $inviter } has invited you to join them in a private space. To accept, open:
letters-invitation-once = The link works once and for 7 days. If you weren't expecting this, you can ignore it.

## A message left unread (templates/messages/mail/notice.txt, messages/notify.rs)

letters-notice = A message is waiting for you on DilTalks. Sign in to read it:
letters-notice-discreet = Something is waiting for you. Sign in to see it:
letters-notice-once = We send this note once while messages stay unread; it never includes what was written.

## A report's outcome, and a warning (templates/reports/mail/, reports/handlers.rs)

letters-outcome = There is an update about something you told DilTalks about. Sign in to see it:
letters-outcome-discreet = There is an update about something you told us about. Sign in to see it:
letters-warning = Something you did on DilTalks was looked at by our operator, who found it broke the rules everyone agrees to when they join. The operator wrote:
letters-warning-discreet = Something you did on the service was looked at by its operator, who found it broke the rules everyone agrees to when they join. The operator wrote:
letters-warning-keep = Please keep to the rules from now on. If it happens again, the account may be closed. If you think this is a mistake, reply to this address.

## A session booked, moved, cancelled or near (templates/bookings/mail/session.txt, bookings/notify.rs)

letters-session-booked = An appointment is booked for { $when } ({ $zone } time).
letters-session-moved = An appointment has moved. It is now on { $when } ({ $zone } time).
letters-session-cancelled = The appointment on { $when } ({ $zone } time) is cancelled.
letters-session-day-before = A reminder: you have an appointment tomorrow, { $when } ({ $zone } time).
letters-session-hour-before = A reminder: your appointment starts within the hour, at { $when } ({ $zone } time).
letters-session-details = Details:
letters-session-calendar = The attached calendar file updates your calendar.

## Several sessions of a series at once (templates/bookings/mail/series.txt): one appointment,
## or { $n } of them (the letter picks the message by the count).

letters-series-cancelled-one = This appointment is cancelled ({ $zone } time):
letters-series-cancelled = These { $n } appointments are cancelled ({ $zone } time):
letters-series-moved-one = An appointment has moved. It is now ({ $zone } time):
letters-series-moved = { $n } appointments have moved. They are now ({ $zone } time):
letters-series-booked-one = An appointment is booked ({ $zone } time):
letters-series-booked = { $n } appointments are booked ({ $zone } time):

## The calendar files' text (bookings/ics.rs), in mail and in the feed: neutral, and the
## discreet ones name nothing.

letters-calendar-summary = DilTalks appointment
letters-calendar-summary-discreet = Appointment
letters-calendar-description = Details, and how to join: { $url }
letters-calendar-name-discreet = Calendar

## The account's notices (templates/accounts/mail/email_change.txt, email_changed.txt,
## email_taken.txt, second_factor.txt)

letters-email-change = To make this the sign-in address of your DilTalks account, open:
letters-email-change-discreet = To make this the sign-in address of your account, open:
letters-email-change-once = The link works once and for 48 hours. If you didn't ask for this, ignore this message.
letters-email-changed = The sign-in email of your account was changed on { $when } (UTC) to another address. If that was you, there is nothing to do. If it wasn't, write to DilTalks' operator from this address.
letters-email-changed-discreet = The sign-in email of your account was changed on { $when } (UTC) to another address. If that was you, there is nothing to do. If it wasn't, write to the operator from this address.
letters-email-taken = Someone asked to move another account's sign-in to this address, but this address already has a DilTalks account, so nothing changed. You don't need to do anything.
letters-email-taken-discreet = Someone asked to move another account's sign-in to this address, but this address already has an account, so nothing changed. You don't need to do anything.
letters-factor-on = Two-step sign-in was turned on for your account on { $when } ({ $zone } time). If that was you, there is nothing to do.
letters-factor-off = Two-step sign-in was turned off for your account on { $when } ({ $zone } time). If that was you, there is nothing to do.
letters-factor-codes = Two-step sign-in was given new recovery codes for your account on { $when } ({ $zone } time). If that was you, there is nothing to do.
letters-factor-not-you = If it wasn't, sign in, change your password, sign out every other session in your settings, and set two-step sign-in up again with your own phone. If you can't sign in any more, write to DilTalks' operator from this address.
letters-factor-not-you-discreet = If it wasn't, sign in, change your password, sign out every other session in your settings, and set two-step sign-in up again with your own phone. If you can't sign in any more, write to the operator from this address.

## Stopping one kind of mail (templates/mail/unsubscribe.html, mail/optout.rs); the kinds
## are named as the settings page names them (settings-mail-…)

letters-unsubscribe-title = Stop these emails?
letters-unsubscribe-what = { $what }.
letters-unsubscribe-stop = Stop these emails
letters-unsubscribe-only = Only this kind of email stops. Messages about your bookings and your account still come.
letters-unsubscribe-stopped = Stopped
letters-unsubscribe-done = You will no longer get these emails: { $what }.
letters-unsubscribe-back-before = Everything else stays as it was. You can turn them back on in{" "}
letters-unsubscribe-back-link = Settings
letters-unsubscribe-back-after = {" "}at any time.
letters-unsubscribe-saved = Your email choices are saved.

## The export's page (templates/export/page.html, export/handlers.rs)

letters-export-title = Export your data
letters-export-files-before = One download, a zip file with two files inside:{" "}
letters-export-files-middle = , which any browser opens without a network, and{" "}
letters-export-files-after = , the same data for other programs.
letters-export-holds = It holds everything you wrote and everything about your own account:
letters-export-partner = Your partner's writing is theirs, so it is not in your export, even what they shared with you. Private text is unlocked for the file: keep it somewhere only you can open, and remember that a downloads folder on a shared device is easy to look through.
letters-export-download = Download my data
letters-export-cancel = Cancel

## The readable file inside the download (templates/export/data.html); the data itself
## (column names, what was written) stays as stored

letters-export-document-title = Your data export
letters-export-exported = Exported { $when }. Everything you wrote and everything about your own account; your partner's writing is theirs and is not included.
letters-export-contents = Contents
letters-export-nothing = Nothing here.

## The export's parts, by their name in the file (export/store.rs)

letters-export-part-account = Your account
letters-export-part-sessions = Where you are signed in
letters-export-part-spaces = Couple spaces you belonged to
letters-export-part-journal = Journal
letters-export-part-statements = Statements
letters-export-part-account_versions = Versions of the shared account you proposed
letters-export-part-checkins = Check-ins
letters-export-part-questionnaires = Questionnaire answers
letters-export-part-commitments = Commitments you made
letters-export-part-confirmations = Commitments you confirmed
letters-export-part-transparency = Transparency notes
letters-export-part-talk_questions = Questions for talks
letters-export-part-talk_ratings = Talk ratings
letters-export-part-reflections = Reflections
letters-export-part-needs = Needs
letters-export-part-thought_log = Thought log
letters-export-part-safety_checks = Safety checks
letters-export-part-exercises = Exercises from a counsellor
letters-export-part-bookings = Sessions with counsellors
letters-export-part-invoices = Invoices and credit notes (yours as a client, or your practice's)
letters-export-part-fees = Your fees and payment settings
letters-export-part-couple_exercises = Exercises from a counsellor for both of you
letters-export-part-intake = Your answers to counsellors' intake questions
letters-export-part-feedback = Your answers before and after sessions
letters-export-part-consent = Consent you signed
letters-export-part-shares = What you shared with counsellors
letters-export-part-reads = When counsellors looked
letters-export-part-profile = Your counsellor profile
letters-export-part-session_notes = Your session notes (as a counsellor)
letters-export-part-messages = Messages you sent
letters-export-part-message_versions = Earlier versions of messages you changed
