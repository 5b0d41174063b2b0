# DilTalks' interface in English. Every key here is also in hi.ftl with the same
# placeholders (a unit test checks). Keys are grouped by the page that shows them.

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

## Error pages

error-home = Go to the start page
error-status = Error { $status }

## Home (templates/pages/home.html)

home-title = Rebuild trust, together and at your own pace
home-lead = When trust has been broken, it comes back through small, steady actions repeated over months — not through one big conversation. DilTalks gives the two of you a private place to do that work, step by step, and licensed relationship counsellors when you want help.
home-to-dashboard = Go to your dashboard
home-create = Create a private account
home-have-account = I already have an account
home-how = How it works
home-private-title = Private by default
home-private = Everything you write is yours alone until you choose to share it. Your partner never sees your private entries, and the people who run DilTalks have no screen that shows them: your words are stored encrypted, under a key of your own.
home-together-title = Together, or on your own
home-together = Invite your partner into a shared couple space, or start alone. Either of you can leave at any time and keep everything you wrote.
home-steps-title = Small steps that add up
home-steps = Acknowledge what happened, give it time, keep small promises, talk at agreed times, and look at what led here. Trust returns through patterns, not promises.
home-help-title = Help when you want it
home-help = Many couples find this hard to do alone, and that is normal. A counsellor can help you both talk without blame and see a path forward.
home-safe-title = Is it safe for me?
home-safe-before = Couples work is not the right step where there is abuse or fear. If you feel unsafe with your partner, please look at our
home-safe-link = crisis and safety resources
home-safe-after = first. The quick-exit button at the top of every page leaves this site immediately.

## Crisis page (templates/pages/crisis.html)

crisis-title = Help now: crisis and safety resources
crisis-lead = If you are in danger right now, call your local emergency number.
crisis-not-couples-title = When couples counselling is not the right step
crisis-not-couples = Working on a relationship together assumes both people are safe to speak honestly. If your partner frightens you, controls what you do, or hurts you, joint sessions can make things more dangerous. Individual support comes first, and the services above can help you plan for your safety.
crisis-leaving-title = Leaving quickly
crisis-leaving = The quick-exit button at the top of every page, or pressing Esc twice, takes you to a neutral site at once.
crisis-does-label = What it does:
crisis-does = it opens the neutral site in a new tab, which has no history behind it, and turns this tab into the neutral site too, so pressing Back there does not show the page you were on.
crisis-cannot-label = What it cannot do:
crisis-cannot = it cannot erase your browsing history. Earlier DilTalks pages can still be found in the browser's history list, and pressing Back more than once in the old tab can reach them. If someone may check your device, use a private (incognito) window for DilTalks, or delete this site from your history afterwards, and sign out when you finish. Mail from us never says what it is about, but it is still in your inbox.

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

## Dashboard (templates/pages/dashboard.html)

dashboard-title = Your dashboard
dashboard-hello = Hello, { $name }
dashboard-lead = Trust comes back over months of steady, small actions, not after one apology. Take it one step at a time.
dashboard-safety-title = A private check on your safety
dashboard-safety = Before you work on things together: six questions, for you alone. Your partner never sees whether you answered or what you said.
dashboard-safety-link = Answer privately
dashboard-invited-title = { $name } invited you
dashboard-invited = { $name } invited you to join their couple space.
dashboard-invited-link = See the invitation and join
dashboard-feedback-title = Before and after your sessions
dashboard-sessions-title = Coming sessions
dashboard-session-with = with { $name }
dashboard-couple-session = { $name } (couple session)
dashboard-program-title = Your program
dashboard-program = Six steps for rebuilding trust: acknowledging what happened, giving it time, small consistent actions, honest conversation, the root cause, and support when you want it.
dashboard-program-link = Open your journey
dashboard-space-title = Your couple space
dashboard-space-solo = You're working on your own for now. Everything works solo, and you can invite your partner whenever you're ready.
dashboard-space-solo-link = Set up a couple space
dashboard-space-waiting = Your space is ready, and your partner hasn't joined yet.
dashboard-space-waiting-link = Invite your partner
dashboard-space-left = Your partner has left the space. Everything you wrote is still yours.
dashboard-space-left-link = See your space
dashboard-space-shared = You and { $name } share a space.
dashboard-space-shared-unnamed = You and your partner share a space.
dashboard-space-link = Open your space
dashboard-journal-title = Your journal
dashboard-journal = A private place to put thoughts into words. Entries stay private unless you choose to share one with your partner.
dashboard-journal-write = Write an entry
dashboard-journal-read = Read your journal

## A guide (templates/articles/article.html)

article-by = By
article-minutes = { $n } min read
article-toc = In this guide
article-faq = Questions people ask
article-sources = Sources
article-topics = Topics:
article-cta-directory-title = Talk it through with someone trained
article-cta-directory = Every counsellor in our directory holds a licence we have checked. Filter by language, format, fee and when they are free.
article-cta-directory-button = Find a counsellor
article-cta-program-title = Start the program together
article-cta-program = Six steps, at your own pace: private to each of you until you choose to share, with a counsellor whenever you want one.
article-cta-program-button = Start the program
article-related = Related guides
article-report = Report this guide
article-in-other-language = This guide in { $language }
article-about-author = About the author

## The deflection check's notes on an ownership statement (program/deflection.rs)

deflection-counter-accusation-label = Turning it back
deflection-counter-accusation-why = Bringing up what your partner did turns an apology into an argument about them.
deflection-counter-accusation-reframe = Keep this statement about your own actions. Things you want to raise about your partner can wait for a later talk.
deflection-conditional-blame-label = Conditional blame
deflection-conditional-blame-why = Saying what would have happened if your partner had acted differently places part of the cause on them.
deflection-conditional-blame-reframe = Try naming your choice directly, for example: "I chose to …, and that was my decision."
deflection-shifted-cause-label = Shifting the cause
deflection-shifted-cause-why = This says someone else caused your choice, which takes ownership away from you.
deflection-shifted-cause-reframe = Try "I chose to …" and, if it helps, describe what you were feeling at the time without making it the reason.
deflection-conditional-apology-label = A conditional apology
deflection-conditional-apology-why = An apology for how they felt, rather than for what you did, can sound as if the problem is their reaction.
deflection-conditional-apology-reframe = Try "I'm sorry that I …" and name the specific thing you did.
deflection-fixed-trait-label = "That's how I am"
deflection-fixed-trait-why = Describing it as part of who you are suggests it can't change, which is hard to build trust on.
deflection-fixed-trait-reframe = Try describing what you will do differently, even in a small way.
deflection-minimising-label = Minimising
deflection-minimising-why = Making it sound small can tell your partner their hurt is out of proportion.
deflection-minimising-reframe = Try saying plainly what happened and acknowledging that it mattered to your partner.
deflection-normalising-label = "Everyone does it"
deflection-normalising-why = Saying others do it too moves the focus away from what happened between the two of you.
deflection-normalising-reframe = Try speaking only about your own choice and its effect on your partner.
deflection-invalidating-label = Telling them how to feel
deflection-invalidating-why = Telling someone how to feel usually leaves them feeling unheard.
deflection-invalidating-reframe = Try "I understand you feel …" or simply say what you heard.
deflection-denial-label = Denying fault
deflection-denial-why = Stating that you're not at fault closes the conversation your partner needs to have.
deflection-denial-reframe = Try naming the part that was yours, even if other things were going on.
deflection-rushing-label = Rushing past it
deflection-rushing-why = Trust returns at the hurt person's pace; asking to move on can feel like being asked to stop hurting.
deflection-rushing-reframe = Try asking what your partner needs, and let them set the pace.
deflection-whataboutism-label = "What about you?"
deflection-whataboutism-why = Raising another grievance now shifts attention away from the breach you're acknowledging.
deflection-whataboutism-reframe = Try writing down the other concern for a scheduled talk, and keep this statement about the breach.

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

## The guides (templates/articles/index.html)

guides-title = Guides
guides-about = Guides about { $tag }
guides-description = Guides on rebuilding trust after a breach, written by relationship counsellors: the steps, how long it takes, anxiety, honest conversations, and safety.
guides-feed-title = DilTalks guides
guides-find = Find a guide
guides-search = Search the guides
guides-search-button = Search
guides-all = All guides
guides-topics = Topics
guides-found-one = 1 guide found
guides-found = { $n } guides found
guides-newest = Newest first
guides-none-found = No guide matches all of those words. Try fewer or other words.
guides-none = No guides here yet.
guides-pages = Pages
guides-page = Page { $n }
guides-follow = Follow new guides in a feed reader

## Error pages (error.rs, web/context.rs): the English is the code's own sentence.

error-page-not-found = Page not found
error-page-not-found-text = We couldn't find that page. It may have moved, or the link may be incomplete.
error-page-not-available = Not available
error-page-not-available-text = Your account cannot open this page.
error-page-not-through = That didn't go through
error-page-expired = This form has expired
error-page-expired-text = For your safety we could not accept that form. Go back, reload the page, and send it again.
error-page-wait = Please wait a moment
error-page-wrong = Something went wrong
error-page-wrong-text = Something went wrong on our side. Nothing you wrote was shared. Please try again in a moment.
error-page-unreadable = The request could not be read. Please go back and try again.

## The journal (templates/journal/)

journal-title = Journal
journal-private = Your entries are private to you.
journal-private-partner = Your entries are private to you unless you share one with your partner.
journal-write = Write an entry
journal-empty = Nothing here yet. A few honest lines are a good start.
journal-shared-by-me = shared with your partner
journal-private-mark = private
journal-shared-by = shared by { $name }
journal-back = Back to the journal
journal-entry-title = Journal entry
journal-entry-shared = Shared with your partner
journal-entry-private = Private: only you can read this
journal-entry-shared-with-me = Shared with you by { $name }
journal-edited = edited { $when }
journal-edit = Edit
journal-delete = Delete
journal-new-title = New journal entry
journal-edit-title = Edit entry
journal-text = What's on your mind?
journal-text-hint = Write freely. It is encrypted before it is stored.
journal-who = Who can read it
journal-only-me = Only me
journal-me-and-partner = Me and my partner
journal-once-partner = (once your partner has joined your space)
journal-save = Save
journal-cancel = Cancel
journal-saved-private = Saved. Only you can read this entry.
journal-saved-shared = Saved and shared with your partner.
journal-changes-saved = Your changes are saved.
journal-deleted = The entry is deleted.
error-journal-empty = Write something before saving. Even a line is enough.
error-journal-long = This entry is over 20,000 characters. Split it into two entries.
error-journal-no-partner = There is no partner in your space to share with yet, so this entry stays private.
