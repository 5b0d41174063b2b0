# DilTalks' interface in English, the account's own pages: settings, two-step sign-in, email, deleting. Every key here is also in locales/hi/settings.ftl with
# the same placeholders (a unit test checks).

## Settings (templates/accounts/settings.html, accounts/handlers/settings.rs)

settings-title = Settings
settings-profile = Profile
settings-signed-in-as = Signed in as { $email } (
settings-email-change = change
settings-email-private = ). Your email is never shown to your partner or a counsellor.
settings-time-zone = Time zone
settings-time-zone-hint = Times are shown in this zone, for example Asia/Kolkata or Europe/London.
settings-save-profile = Save profile
settings-password = Password
settings-password-intro = Changing your password signs out every other device.
settings-current-password = Current password
settings-new-password = New password
settings-new-password-hint = At least 8 characters.
settings-change-password = Change password
settings-two-factor-on = On: signing in needs your password and a code from your authenticator app.
settings-two-factor-off = Off. Turn it on so that knowing your password is not enough to open your account.
settings-two-factor-manage = Recovery codes and turning it off
settings-two-factor-set-up = Set up two-step sign-in
settings-sessions = Where you're signed in
settings-sessions-caption = Sign out anything you don't recognise, then change your password.
settings-sessions-device = Device
settings-sessions-started = Signed in
settings-sessions-last-active = Last active
settings-sessions-action = Action
settings-sessions-this-device = this device
settings-sessions-sign-out = Sign out
settings-sessions-here = here
settings-sessions-end-others = Sign out everywhere else
settings-device = { $browser } on { $os }
settings-device-os = A browser on { $os }
settings-device-unknown = An unrecognised browser or app
settings-sharing = Sharing with counsellors
settings-sharing-intro = Choose what a counsellor you booked may see, and see every time they looked:
settings-sharing-link = Sharing and its full log
settings-end-mark = .
settings-no-reads = No counsellor has looked at anything you shared.
settings-read-line = { $when }: { $who } looked at { $what }
settings-read-checkins = your check-in numbers
settings-read-account = your agreed account
settings-read-questionnaire = your questionnaire scores
settings-read-feedback = your answers before and after sessions
settings-read-reflection = a reflection
settings-read-and = { $rest } and { $last }
settings-your-data = Your data
settings-export = Export your data
settings-export-rest = : everything you wrote, in one download.
settings-delete = Delete your account
settings-delete-rest = : what was yours alone is gone for good.
settings-mail = Email
settings-mail-intro = Mail about your bookings and your account always comes. These you can turn off, here or with the link at the end of each one:
settings-mail-legend = Send me
settings-mail-session-reminders = Reminders of sessions, a day and an hour before
settings-mail-program-reminders = Reminders you set for commitments in the program
settings-mail-message-notices = A note when a message has waited unread for a while
settings-mail-payment-reminders = A reminder when an invoice of yours is still unpaid after a few days
settings-mail-save = Save email choices
settings-discreet = Discreet mode
settings-discreet-intro = For a shared or watched device: the browser tab reads "Notes" with a plain icon, and mail we send you no longer names the service in its subject, sender or text.
settings-discreet-turn-off = Turn discreet mode off
settings-discreet-turn-on = Turn discreet mode on
settings-cancel = Cancel
settings-continue = Continue
settings-profile-saved = Your profile is saved.
settings-password-changed = Your password is changed.
settings-password-changed-one = Your password is changed, and your other session is signed out.
settings-password-changed-many = Your password is changed, and your { $n } other sessions are signed out.
settings-signed-out = You're signed out.
settings-session-ended = That session is signed out.
settings-no-other-sessions = No other sessions were signed in.
settings-others-ended = Signed out { $n } other session(s).
settings-discreet-now-on = Discreet mode is on: the tab reads "Notes" and mail no longer names the service.
settings-discreet-now-off = Discreet mode is off.
error-settings-current-password = That isn't your current password.

## Two-step sign-in (templates/accounts/two_factor.html, recovery_codes.html, login_code.html,
## accounts/handlers/second_factor.rs)

twofactor-title = Two-step sign-in
twofactor-on-before = Two-step sign-in is
twofactor-on-word = on
twofactor-on-after = . Signing in needs your password and a code from your authenticator app, even after a password reset.
twofactor-unused-one = You have 1 unused recovery code.
twofactor-unused-many = You have { $n } unused recovery codes.
twofactor-new-codes = Make new recovery codes
twofactor-off-heading = Turn it off
twofactor-off-understand = I understand that signing in will need only my password again
twofactor-off-submit = Turn two-step sign-in off
twofactor-intro = With two-step sign-in, knowing your password is not enough: signing in also needs a code from an app on your phone (any authenticator app that supports time-based codes). This matters if someone else knows or could guess your password.
twofactor-step-scan = In your authenticator app, add an account by scanning this code, or type the key below.
twofactor-step-type = Type the six-digit code the app then shows.
twofactor-key = Key:
twofactor-qr = QR code for your authenticator app
twofactor-code = Code from the app
twofactor-code-hint = Six digits.
twofactor-on-submit = Turn on two-step sign-in
twofactor-now-off = Two-step sign-in is off.
twofactor-codes-title = Your recovery codes
twofactor-codes-first = Two-step sign-in is now on. From now on, signing in needs your password and a code from your authenticator app.
twofactor-codes-renewed = These are your new recovery codes. The older ones no longer work.
twofactor-codes-about = Each code signs you in once if you can't use your authenticator app. Keep them somewhere private, away from this device: a partner who finds them could use them. They are shown only now.
twofactor-codes-label = Recovery codes
twofactor-codes-download = Download as a text file
twofactor-codes-copy = Copy the codes
twofactor-codes-done = Done
twofactor-codes-file = Recovery codes. Each works once.
twofactor-login-title = Enter your sign-in code
twofactor-login-intro = Open your authenticator app and type the six-digit code it shows for DilTalks. If you can't reach the app, type one of your recovery codes instead.
twofactor-login-code = Code
twofactor-login-hint = Six digits, or a recovery code such as abcde-fghij.
twofactor-login-again = Start again
twofactor-login-lost = Lost both the app and your recovery codes? A password reset does not turn two-step sign-in off. Write to the service's operator from the email address of your account: they turn it off only after checking that it is you.
twofactor-login-expired = That took too long. Please sign in again.
error-twofactor-wrong-code = That code didn't work. Codes change every 30 seconds and each works once; try the newest one.
error-twofactor-recovery-used = That recovery code has been used already: each one works once. Use another of your recovery codes.
error-twofactor-no-match = That code doesn't match the key. Check the app shows DilTalks and type its newest code.
error-twofactor-confirm-off = Tick the box to say you want two-step sign-in off. It is still on.
error-twofactor-setup-key = The setup key was changed on its way. Open two-step sign-in again to get a new one.

## Asking for the password again (templates/accounts/reauth.html)

reauth-title = Confirm it's you
reauth-intro = This step protects your account if someone else is at this device. Enter your password to go on; you won't be asked again for ten minutes.
reauth-intro-code = This step protects your account if someone else is at this device. Enter your password and a code from your authenticator app to go on; you won't be asked again for ten minutes.
reauth-code = Code from your app, or a recovery code
error-reauth-password = That password is not right.

## Changing the email (templates/accounts/email.html, email_confirm.html, accounts/handlers/email.rs)

email-title = Change your email
email-intro = Your account signs in with { $email }. We'll send a link to the new address; the change happens when you open it, and we then tell the old address that it happened.
email-new = New email address
email-send = Send the link
email-sent = We've sent a link to the new address. Your email changes when you open it; until then the old one stays.
email-confirm-title = Confirm your new email
email-confirm-intro = Make this address the one your account signs in with.
email-confirm-use = Use this address
email-changed = Your email address is changed.
error-email-change-same = That is the address your account uses already.
error-email-change-link = Email change links work once and for 48 hours. You can ask for a new one in your settings.
error-email-change-taken = That address has been taken by another account since you asked, so your email stays as it was.

## Confirming the address of a new account (templates/accounts/confirm.html, accounts/handlers/register.rs)

confirm-title = Confirm your email
confirm-heading = Confirm your email address
confirm-intro = One more step: confirm that this address is yours, and you'll be signed in.
confirm-submit = Confirm my email address
confirm-welcome = Your email address is confirmed. Welcome to DilTalks.
error-confirm-link-invalid = This link is no longer valid
error-confirm-link = It may have expired or been used already. Sign in, or ask for a new link.

## A new password from a reset link (templates/accounts/reset.html, accounts/handlers/reset.rs)

reset-title = Choose a new password
reset-intro = After this, every device signed in to your account is signed out.
reset-hint = At least 8 characters. A few unrelated words work well.
reset-save = Save the new password
reset-sent = If an account uses that address, we've sent it a link to choose a new password. The link works for one hour.
reset-set = Your password is set. Welcome.
reset-changed = Your password is changed and every session is signed out. Sign in with your new password.
error-reset-link = Reset links work once and for one hour. You can ask for a new one on the sign-in page.

## Deleting the account (templates/accounts/delete.html)

delete-title = Delete your account
delete-intro = This cannot be undone. You may want to
delete-export = export your data
delete-intro-end = {" "}first.
delete-what-happens = What happens
delete-signed-out = You are signed out everywhere, and the account cannot be signed in to again.
delete-writing = Everything you wrote for yourself is deleted, and the key that locked it is destroyed, so not even a backup can open it: your journal, statements, check-ins, questionnaire answers, reflections, needs, thought log, transparency notes, questions, ratings and safety checks.
delete-shared = What you shared with your partner disappears from their view, because it was locked with your key.
delete-space = You leave your couple space, as if you had chosen "Leave". Your partner is not told by a message; they will see that you left. What belongs to the two of you (the versions of the shared account, and the commitments with their confirmations) stays with the space, not with you.
delete-sessions = Sessions still to come with a counsellor are cancelled, and the counsellor gets the usual neutral cancellation notice.
delete-counsellors = Your counsellors stop seeing anything you shared, and your sharing log is deleted.
delete-notes-kept = A counsellor's own session notes about you are their professional records, which the law here requires them to keep; they stay locked with the counsellor's key and show you only as a former member.
delete-notes-erased = A counsellor's own session notes about you are erased too.
delete-audit = The record of who did what keeps only an anonymous number for you, so that it stays complete.
delete-confirm = To confirm, type: { $phrase }
delete-phrase = delete my account
delete-submit = Delete my account for good
delete-keep = Keep my account
delete-done = Your account is deleted. Everything that was yours alone is gone.
error-delete-phrase = Type the words exactly as shown to delete your account.
