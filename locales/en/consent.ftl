# DilTalks' interface in English, consent, intake and session feedback. Every key here is also in locales/hi/consent.ftl with
# the same placeholders (a unit test checks).

## The counsellor's consent document (templates/consent/edit.html, consent/handlers.rs)

consent-back-practice = Your practice
consent-edit-title = Your consent document
consent-edit-intro = Before the first session with you, each person attending reads this and signs it with their typed name. Publishing a change makes a new version: clients sign again before their next session, and what each signed stays exactly as they read it.
consent-edit-markdown = Write it in Markdown: a line starting with ## is a heading, a blank line starts a new paragraph. Cover confidentiality and its limits, your secrets policy in couples work, fees and cancellation, recording, emergencies, and how to end.
consent-document = The document
consent-publish = Publish
consent-versions = Versions
consent-none = Nothing published yet: clients have nothing to sign.
consent-version-line = Version { $version }, published { $when }
consent-unchanged = Nothing changed: clients keep the version they signed.
consent-published-first = Published. Each client signs it before their next session.
consent-published = Published as version { $version }. Clients sign it again before their next session.
error-consent-body-short = Write your consent document: what clients agree to before the first session.
error-consent-body-long = Keep the document under { $n } characters.

## Where a counsellor starts: the outline's headings and the prompt under each (consent/model.rs)

consent-outline-confidentiality = Confidentiality and its limits
consent-outline-confidentiality-prompt = What stays between us, and when I would have to share something (for example, a risk to someone's life).
consent-outline-secrets = Secrets in couples work
consent-outline-secrets-prompt = What I do if one of you tells me something in private that the other does not know.
consent-outline-fees = Fees and cancellation
consent-outline-fees-prompt = My fee, how to pay, and my late-cancellation terms.
consent-outline-recording = Recording
consent-outline-recording-prompt = Sessions are not recorded.
consent-outline-emergencies = Emergencies
consent-outline-emergencies-prompt = What to do in a crisis between sessions.
consent-outline-ending = Ending our work
consent-outline-ending-prompt = How either of us can end the counselling, and what happens then.

## Reading and signing before a session (templates/consent/sign.html, consent/handlers.rs)

consent-back-session = Your session
consent-sign-title = Consent before your session
consent-sign-lead = { $name } asks each person attending to read this before the first session. Version { $version }.
consent-sign-earlier = You signed version { $version }. { $name } has changed the document since: please read this version and sign it again.
consent-signed-as = You signed this version as { $name } on { $when }.
consent-download = Download what you signed
consent-full-name = Your full name
consent-name-hint = Typing it signs the document. Only you and { $name } see it.
consent-agree = I have read this and agree to it
consent-share-feedback = Let { $name } see my answers to the short checks before and after each session
consent-share-feedback-hint = Four questions before a session on how you are doing, four after on how it was for you. Seeing each partner's answers helps a counsellor notice early when the work is not helping, or when one of you feels less heard. Your partner never sees yours. Optional; you can stop at any time on the sharing page.
consent-sign = Sign
consent-signed = Signed. You can download what you signed from the consent page.
# An error page: a new version came out while the person read the old one.
consent-new-version = { $name } published a new version while you were reading. Please read version { $version } before signing.
# The file of what was signed: its first line (after "# ") and its last.
consent-file-title = Informed consent: { $name }, version { $version }
consent-file-signed = Signed by { $name } on { $when } ({ $zone }). SHA-256 of the text signed: { $hash }
consent-proceeded = Recorded: you go ahead with this session without every signature.
error-consent-name-short = Type your full name to sign.
error-consent-name-long = Keep your name under { $n } characters.
error-consent-agree = Tick the box to say you have read it and agree.

## Each attending person's standing, as a session's page lists it (consent/views.rs)

consent-standing-you-signed = You signed version { $version } on { $when }
consent-standing-signed = { $name } signed version { $version } on { $when }
consent-standing-you-outdated = You signed version { $version }; the document has changed since, so not yet this one
consent-standing-outdated = { $name } signed version { $version }; the document has changed since, so not yet this one
consent-standing-you-unsigned = You: not signed yet
consent-standing-unsigned = { $name }: not signed yet

## The counsellor's intake questions (templates/intake/questions.html, intake/handlers.rs)

# The four questions every intake asks (intake/model.rs).
intake-base-brings = What brings you to counselling now?
intake-base-hopes = What would you like to be different when our work is done?
intake-base-before = Have you had counselling before? What helped, and what did not?
intake-base-know = Is there anything else you would like me to know before we meet?
intake-back-practice = Your practice
intake-questions-title = Your intake questions
intake-questions-intro = Before the first session with you, each person attending answers these privately. Only they and you see the answers, never their partner. Every intake asks:
intake-questions-safety = It also points them to the private safety check.
intake-own-title = Your own questions
intake-none-yet = None yet.
intake-remove = Remove
intake-prompt-label = A question of your own
intake-kind = Answered with
intake-kind-text = Their own words
intake-kind-choice = A choice
intake-choices-label = The choices, one a line (for a choice)
intake-add = Add the question
intake-full = The intake stays short: remove a question to add another.
intake-added = Question added.
intake-removed = Removed. Answers already given keep it.
error-intake-question-empty = Write the question.
error-intake-question-long = Keep the question under { $n } characters.
error-intake-choice-long = Keep each choice under 80 characters.
error-intake-choices-count = Give from 2 to { $n } choices, one a line.
error-intake-full = The intake stays short: at most { $n } questions of your own. Remove one first.

## A person's intake before the first session (templates/intake/form.html, intake/handlers.rs)

intake-back-session = Your session
intake-form-title = Before your first session
intake-form-lead = A few questions from { $name }. Only you and { $name } see your answers. Answer what you want to; only the first is asked for.
intake-form-lead-partner = A few questions from { $name }. Only you and { $name } see your answers; { $partner } does not. Answer what you want to; only the first is asked for.
# Before a link to the safety check (intake-safety-link), then intake-safety-after.
intake-safety = If you do not feel safe with your partner, you can take the
intake-safety-link = private safety check
intake-safety-after = first. Your partner cannot see it.
intake-answered = You answered on { $when }. You can change your answers until the session.
intake-save = Save my answers
intake-saved = Saved. Only you and { $name } see your answers.
error-intake-answer-long = Keep this under { $n } characters.
error-intake-first = Say a few words here; everything else may stay empty.
error-intake-choice-offered = Choose one of the answers offered.

## The checks before and after a session (templates/feedback/form.html, feedback/handlers.rs)

feedback-back-session = Your session
feedback-over-time = Your answers over time
# Before a link to the sharing page (feedback-sharing-page), then feedback-form-shared-after.
feedback-form-shared = { $name } sees your answers, because you share them on the
feedback-sharing-page = sharing page
feedback-form-shared-after = , where you can stop at any time.
# Before a link to the sharing page, then feedback-form-private-after.
feedback-form-private = Only you see these answers: you have not chosen to share them with { $name }. You can on the
feedback-form-private-after = .
# Before a link back to the session (feedback-skip-link), then feedback-skip-after.
feedback-skip = Skipping is fine:
feedback-skip-link = not now
feedback-skip-after = .
feedback-change-answers = Change your answers
feedback-your-answers = Your answers
# $low and $high: the ends of the scale, from the form's data file.
feedback-scale-hint = 0 is { $low }, 10 is { $high }.
feedback-save = Save my answers
feedback-about = About these questions
feedback-saved = Thank you. Your answers are saved; your partner never sees them.
# An error page; $why is one of feedback-closed-….
feedback-not-saved = Your answers were not saved. { $why }
feedback-closed-opens = This check opens a day before the session, at { $when }.
feedback-closed-begun = This check was for the time before the session, which has begun.
feedback-closed-rate-at = You can rate the session once it ends, at { $when } (or when you leave its room).
feedback-closed-rating = Rating this session closed on { $when }.
error-feedback-number = Choose a number from 0 to 10 for question { $n }.
error-feedback-sides = Choose one answer about taking sides.
error-feedback-comment-long = Please keep the comment under 2,000 characters.

## A member's own answers over time (templates/feedback/mine.html, feedback/handlers.rs, feedback/views.rs)

feedback-back-sessions = Your sessions
feedback-mine-title = Before and after your sessions
# Before a link to the sharing page (feedback-sharing-page), then feedback-mine-intro-after.
feedback-mine-intro = Before each session you can say how you are doing, and after it how the session was for you. Only you see this page. Your counsellor sees your answers only if you share them on the
feedback-mine-intro-after = ; your partner never sees them, or whether you answered.
feedback-open-now = Open now
feedback-mine-nothing = Nothing answered yet. The check opens a day before each session; the rating when it ends.
feedback-mine-totals = Your totals, each of 40
feedback-mine-session = Session
feedback-mine-with = With
feedback-mine-before = Before
feedback-mine-after = After
feedback-mine-trend = Your answers before and after sessions
# The chart of totals: its lines, and its description.
feedback-trend-before = How things were going (before)
feedback-trend-after = How the session was (after)
feedback-trend-one = 1 session, on { $date }. Latest, of 40: before the session { $before }, after it { $after }.
feedback-trend-many = { $n } sessions from { $from } to { $to }. Latest, of 40: before the session { $before }, after it { $after }.
# In place of a latest total.
feedback-trend-none-yet = none yet

## What a counsellor sees of a client's answers (templates/feedback/summary.html, feedback/views.rs, feedback/mod.rs)

feedback-summary-title = { $name }: before and after sessions
feedback-worth-a-look = Worth a look
# $change: feedback-change.
feedback-summary-change = How { $name } is doing: { $change }
feedback-summary-no-change = Reliable change shows once { $name } has answered the check before two sessions.
# $change: one of feedback-change-….
feedback-change = From { $from } to { $to } of 40 since the first session: { $change }.
feedback-change-improved = improved
feedback-change-none = no reliable change
feedback-change-deteriorated = deteriorated
feedback-summary-comments = After sessions, in { $name }'s words
# $answer: one of the form's choices about taking sides, from its data file.
feedback-took-sides = Took sides: { $answer }
# A session's date and feedback-took-sides, then (in -colon) the person's comment follows.
feedback-comment-sides = { $when } · { $sides }
feedback-comment-sides-colon = { $when } · { $sides }:
feedback-summary-how = How reliable change is worked out
feedback-flag-split = Possible split alliance: { $name } rated the latest session they both rated { $gap } points lower than { $partner } did (of 40).
feedback-flag-fell = { $name }'s rating of the sessions fell from { $from } to { $to } (of 40).
feedback-flag-sides = { $name } felt you took sides a lot in the latest session they rated.
# The practice page's clients to look at: after the client's name (a link).
feedback-attention-split-worse = { $name }: possible split alliance, and doing reliably worse
feedback-attention-split = { $name }: possible split alliance
feedback-attention-worse = { $name }: doing reliably worse since the first session
feedback-attention-worse-alone = Doing reliably worse since the first session
# A session's page, for its counsellor ("How they are doing").
feedback-session-before = { $name } before this session: { $total } of 40.
feedback-session-none = { $name } has not answered the check before this session.
feedback-session-change = { $name }: { $change }
