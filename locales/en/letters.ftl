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
