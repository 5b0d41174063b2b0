# DilTalks' interface in English, mail. Every key here is also in locales/hi/mail.ftl with
# the same placeholders (a unit test checks).

## Mail subjects (mail/mod.rs): neutral, never about feelings or counselling. The discreet
## ones name nothing, not even the service.

mail-subject-confirm-email = Confirm your email address for DilTalks
mail-subject-confirm-email-discreet = Please confirm your email address
mail-subject-about-sign-up = About signing up to DilTalks
mail-subject-about-sign-up-discreet = About your sign-up
mail-subject-password-reset = Your DilTalks password reset link
mail-subject-password-reset-discreet = Your password link
mail-subject-invitation = You have an invitation on DilTalks
mail-subject-invitation-discreet = You have an invitation
mail-subject-reminder = A reminder from DilTalks
mail-subject-reminder-discreet = A reminder
mail-subject-appointment = Your DilTalks appointment
mail-subject-appointment-discreet = Your appointment
mail-subject-appointment-changed = Your DilTalks appointment has changed
mail-subject-appointment-changed-discreet = Your appointment has changed
mail-subject-about-profile = About your DilTalks profile
mail-subject-about-profile-discreet = About your profile
mail-subject-account-changed = A change to your DilTalks account
mail-subject-account-changed-discreet = A change to your account
mail-subject-new-message = A new message on DilTalks
mail-subject-new-message-discreet = Something is waiting for you
mail-subject-update = An update from DilTalks
mail-subject-update-discreet = An update
mail-subject-about-account = About your DilTalks account
mail-subject-about-account-discreet = About your account

## Mail about the account (templates/accounts/mail/)

mail-hello = Hello,
mail-hello-name = Hello { $name },
mail-confirm-intro = Please confirm your email address to finish creating your DilTalks account:
mail-confirm-intro-discreet = Please confirm your email address to finish creating your account:
mail-confirm-once = The link works once and for 48 hours. If you did not ask for this, ignore this message and nothing will happen.
mail-reset-intro = Someone asked to reset the password of the DilTalks account for this email address. To choose a new password, open:
mail-reset-intro-discreet = Someone asked to reset the password of the account for this email address. To choose a new password, open:
mail-reset-once = The link works once and for one hour. If you didn't ask, ignore this message: your password stays as it is.
mail-registered-intro = Someone, probably you, tried to create a DilTalks account with this email address, but it already has one.
mail-registered-intro-discreet = Someone, probably you, tried to create an account with this email address, but it already has one.
mail-registered-unconfirmed = Your email address is not confirmed yet. Confirm it here (the link works once, for 48 hours):
mail-registered-sign-in = To sign in: { $link }
mail-registered-forgot = Forgot your password? { $link }
mail-registered-not-you = If this wasn't you, you can ignore this message: nothing has changed.
mail-unsubscribe = To stop these emails, open this link (nothing else changes):
