# DilTalks' interface in English, signing in and up. Every key here is also in locales/hi/accounts.ftl with
# the same placeholders (a unit test checks).

## Sign in (templates/accounts/login.html)

login-title = Sign in
login-submit = Sign in
login-forgot = Forgot your password?
login-new = New here?
login-create = Create an account
login-welcome = Welcome back, { $name }.

## Create an account (templates/accounts/register.html)

register-title = Create an account
register-counsellor-title = Create a counsellor account
register-counsellor-intro = For licensed counsellors. After confirming your email you write your profile, and our team verifies your licence before you are listed. Looking for help for yourself?
register-member-instead = Create a member account
register-instead = instead.
register-private = Your account is private. You can use a first name or a pseudonym: it is what your partner or counsellor will see.
register-email-hint = We'll send a link to confirm it. We never show it to anyone.
register-name = Name to be called by
register-name-hint = A first name or a pseudonym.
register-password-hint = At least 8 characters. A few unrelated words work well. For your safety we don't keep what you typed here if the form needs another look.
register-submit = Create account
register-have-account = I already have an account
register-sent-title = Check your inbox
register-sent-1 = We've sent a message to the address you gave. Open the link in it to finish creating your account.
register-sent-2 = It can take a few minutes to arrive. If it doesn't, check your spam folder, or sign up again to get a new link.

## Forgotten password (templates/accounts/forgot.html)

forgot-title = Reset your password
forgot-intro = Enter the email address of your account. If it has one, we'll send it a link to choose a new password.
forgot-submit = Send the link
forgot-back = Back to sign in

## What the forms say about their fields. The English is the model's own sentence
## (accounts/model.rs, the handlers): a page shows a form error through its key.

error-email-empty = Enter your email address.
error-email-invalid = Enter an email address like name@example.com.
error-name-empty = Enter a name to be called by. A first name or a pseudonym is fine.
error-name-long = Keep the name under 60 characters.
error-name-control = The name contains characters we can't show.
error-password-short = Use at least 8 characters. A few unrelated words make a strong password.
error-password-long = Use at most 128 characters.
error-password-common = That password is one of the most commonly used, so it is easy to guess. Choose another.
error-password-email = Your password can't be your email address.
error-login-no-match = That email and password don't match an account. Check both and try again.
error-login-confirm-first = Please confirm your email address first. We've just sent you a new link.
error-time-zone = Choose a time zone by its name, such as Asia/Kolkata or Europe/London.
