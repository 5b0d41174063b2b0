# DilTalks' interface in English, the frame of every page, forms and error pages. Every key here is also in locales/hi/base.ftl with
# the same placeholders (a unit test checks).

## The frame of every page (templates/base.html)

site-description = DilTalks helps couples rebuild trust step by step, privately, with licensed relationship counsellors when they want one.
skip-to-content = Skip to content
quick-exit = Quick exit
quick-exit-title = Leave this site now (or press Esc twice)
discreet-tab-title = Notes
nav-main = Main
nav-reports = Reports
nav-counsellors = Counsellors
nav-guides = Guides
nav-health = Health
nav-practice = Practice
nav-messages = Messages
nav-unread = unread
nav-home = Home
nav-program = Program
nav-journal = Journal
nav-space = Our space
nav-sessions = Sessions
nav-settings = Settings
nav-sign-out = Sign out
nav-sign-in = Sign in
nav-create-account = Create an account
footer-crisis = Need help now? Crisis and safety resources
footer-for-counsellors = For counsellors
footer-quick-exit = Quick exit: use the button at the top, or press Esc twice. It takes you to a neutral site, but it does not erase your browsing history.
language-switch = Language
language-switch-to = Read this page in { $language }

## Forms

form-check = Please check the form
field-email = Email address
field-password = Password
# What a copy button says for two seconds once it has copied (static/app.js reads it).
copy-done = Copied

## Error pages

error-home = Go to the start page
error-status = Error { $status }

## Error pages (error.rs, web/context.rs): the English is the code's own sentence.

error-page-not-found = Page not found
error-page-not-found-text = We couldn't find that page. It may have moved, or the link may be incomplete.
error-page-not-available = Not available
error-page-not-available-text = Your account cannot open this page.
error-page-not-through = That didn't go through
error-page-expired = This form has expired
error-page-expired-text = For your safety we could not accept that form. Go back, reload the page, and send it again.
error-page-wait = Please wait a moment
error-page-wait-text-one = Too many attempts. For your safety, please wait about a minute and try again.
error-page-wait-text = Too many attempts. For your safety, please wait about { $n } minutes and try again.
error-page-wrong = Something went wrong
error-page-wrong-text = Something went wrong on our side. Nothing you wrote was shared. Please try again in a moment.
error-page-unreadable = The request could not be read. Please go back and try again.
