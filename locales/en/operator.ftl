# DilTalks' interface in English, the operator's pages: counsellors to verify, reports, health, and writing guides. Every key here is also in locales/hi/operator.ftl with
# the same placeholders (a unit test checks).

## Service health (templates/admin/health.html, admin/mod.rs)

operator-health-title = Service health
operator-health-lead = Counts only: operators never see what members write.
# $engine is SQLite or PostgreSQL.
operator-health-caption = DilTalks { $version } on { $engine }
operator-health-accounts = Accounts
operator-health-spaces = Open couple spaces
operator-health-mail-pending = Mail waiting to send
operator-health-mail-failed = Mail that could not be sent
operator-health-invoices = Invoices issued (paid)
operator-health-reports = Reports waiting for a decision
operator-health-guides = Guides to review
operator-health-write = Write a guide

## Counsellors to verify (templates/admin/counsellors.html, profiles/handlers/verification.rs)

operator-verification-title = Counsellor verification
operator-waiting = Waiting for a decision
operator-nothing-waiting = Nothing waiting.
operator-decided = Decided
operator-none-yet = None yet.
# After the licence, in UTC.
operator-verification-submitted = submitted { $when } UTC
# The licence as the counsellor gave it: the body that issued it, its number, where, and its last day.
operator-licence = { $body }, licence { $number } ({ $place }), valid until { $until }
# Where a decided profile stands, after its name.
operator-state-suspended = suspended
operator-state-expired = licence expired
operator-state-verified = verified and listed
operator-state-rejected = rejected

## A counsellor's review (templates/admin/counsellor.html, profiles/handlers/verification.rs)

operator-review-title = Review a counsellor
operator-review-licence = Licence to check
operator-review-licence-hint = Check the number with the licensing body's public register before verifying.
operator-review-bio = Introduction
operator-review-verify = Verify and list
operator-review-reject-reason = Reason for rejecting (the counsellor reads it)
operator-review-reject = Reject
# Before the reason the operator gave.
operator-review-suspended = Suspended:
operator-review-reinstate = Reinstate
operator-review-suspend-reason = Reason for suspending (the counsellor reads it)
operator-review-suspend = Suspend
operator-verified = Verified and listed.
operator-rejected = Rejected; the counsellor sees your reason.
operator-suspended = Suspended and unlisted; their coming sessions are cancelled and everyone in them told.
operator-reinstated = Reinstated.
error-operator-reason = Give the reason the counsellor will read (up to 1000 characters).
error-operator-not-waiting = That profile is not waiting for a decision.

## What is reported, and why (reports/model.rs): the queue, a report and the reporter's list

reports-kind-message = A message
reports-kind-counsellor = A counsellor
reports-kind-guide = A guide
reports-reason-threats = Threats, or fear for someone's safety
reports-reason-harassment = Harassment or bullying
reports-reason-hate = Hateful or demeaning about who someone is
reports-reason-sexual = Sexual content nobody asked for
reports-reason-privacy = Sharing someone's private information
reports-reason-conduct = A counsellor acting unprofessionally
reports-reason-scam = A scam, spam, or asking for money outside the service
reports-reason-misleading = False or harmful advice
reports-reason-other = Something else

## The report queue (templates/reports/queue.html, reports/handlers.rs)

reports-queue-title = Reports
reports-queue-lead = Each report shows only what its reporter chose to send: never a conversation, never anyone's other messages.
reports-queue-when = { $when } UTC
reports-queue-attached = text attached
# What was decided, as the queue and a decided report name it.
reports-decided-dismissed = dismissed
reports-decided-warned = warned
reports-decided-suspended = suspended
reports-decided-withdrawn = withdrawn
reports-decided-disabled = disabled

## A report (templates/reports/item.html, reports/handlers.rs)

reports-item-title = A report
reports-item-reported = Reported { $when } UTC.
# Around who or what the report is about (reports-about-…), which may be a link.
reports-item-about-before = About:
reports-item-about-after = .
reports-item-acted-before = Earlier reports about this account led to action { $n } time(s).
reports-about-counsellor = the counsellor { $name }
reports-about-guide = the guide at { $address }
reports-about-counsellor-account = a counsellor's account
reports-about-member-account = a member's account
reports-about-gone = an account that no longer exists
reports-item-sent = What the reporter sent
reports-item-no-text = No text attached.
reports-item-note = Their note
# $decision is one of reports-decided-…; $why is the operator's reason.
reports-item-decided = Decided: { $decision }.
reports-item-decided-why = Decided: { $decision } ({ $why }).
reports-item-decision = Decision
reports-decision-dismiss = Dismiss: no action
reports-decision-warn = Warn the account
reports-decision-suspend = Suspend the counsellor (unlisted; coming sessions cancelled)
reports-decision-withdraw = Take the guide down
reports-decision-disable = Disable the account (no sign-in; coming sessions cancelled)
reports-item-reason = Reason (kept in the record; a warned account reads it, so never name who reported)
reports-item-decide = Decide
reports-decided-flash = Decided. The reporter is told, in general words.
error-reports-choose-decision = Choose one of the decisions listed.
error-reports-write-reason = Write the reason: it stays in the record.
error-reports-reason-long = Please keep the reason to { $n } characters.
error-reports-decided-already = This report was decided already.

## Reporting (templates/reports/form.html, reports/handlers.rs)

reports-form-message = Report a message
reports-form-counsellor = Report a counsellor
reports-form-guide = Report a guide
# What is reported, inside reports-form-lead.
reports-about-message = a message from { $name }
reports-about-counsellor-profile = the counsellor { $name }: their profile or how they acted
reports-about-the-guide = the guide “{ $title }”
reports-form-safety-title = If you are not safe
reports-form-safety = If your partner frightens you, controls what you do or hurts you, your safety comes before any report. Someone trained can help you now, in confidence.
reports-form-crisis-link = Crisis lines in other countries, and leaving this site quickly
reports-form-safety-check = The private safety check
reports-form-partner-not-told = Your partner is not told about a report, nor who made it.
reports-form-lead = You are reporting { $about }. Nobody is told who reported, not even the person you report. Our operator sees only what you send here, nothing else of yours.
reports-form-what = What is wrong?
reports-form-reason-hint = Choose the one that fits best.
reports-form-attach = Send the message's text with the report
reports-form-attach-hint = Only this message, exactly as you see it below. Without it our operator reads only your reason and note.
reports-form-note = Anything else we should know (optional)
reports-form-note-hint = Up to 1,000 characters.
reports-form-send = Send the report
reports-sent = Thank you. Your report is with our operator; nobody is told who sent it.
error-reports-choose-reason = Choose what is wrong, from the list.
# $max is the limit, $count how many characters the note has.
reports-error-note-long = Please keep the note to { $max } characters; it has { $count }.

## The reporter's own reports (templates/reports/mine.html, reports/handlers.rs)

reports-mine-title = Your reports
reports-mine-lead = What you reported and where it stands. The people you reported are never told who reported them.
reports-mine-none = You have not reported anything.
reports-mine-sent = Sent { $when }
reports-outcome-received = Received. We will look at it soon.
reports-outcome-dismissed = Looked at. We did not find that it broke our rules, so nothing was changed.
reports-outcome-action = Looked at. We found it broke our rules and took action.
reports-mine-crisis = Crisis and safety resources

## Writing guides (templates/articles/write.html, articles/handlers/writing.rs)

writing-title = Write a guide
writing-lead = Guides are read by people in a hard place: write plainly, without blame, in your own words, and name your sources for any research you use. An editor reads each guide before it is published.
writing-start = Start a new guide
writing-mine = Your guides
writing-none = None yet.
writing-status-published = Published
writing-status-review = Waiting for review
writing-status-returned = Sent back with a note
writing-status-draft = Draft
# Before the note the editor wrote.
writing-editors-note = Editor's note:

## Writing or editing a guide (templates/articles/edit.html, articles/handlers/writing.rs)

writing-new-title = New guide
writing-edit-title = Edit guide
writing-editor-note-title = The editor's note
writing-not-saved = Not saved
writing-conflict = This guide is with the editors or published, so it cannot be changed here. Your text is below; copy it if you need it.
writing-field-title = Title
writing-field-title-hint = 5 to 120 characters.
writing-field-summary = Summary
writing-field-summary-hint = One or two sentences; search engines show it.
writing-field-tags = Topics
writing-field-tags-hint = Up to six, separated by commas, for example: trust, anxiety.
writing-field-cta = Point readers to
writing-cta-program = The program
writing-cta-directory = The counsellor directory
writing-field-body = Text
writing-field-body-hint = Markdown: ## for a heading, - for a list, [words](address) for a link. HTML and images are not shown.
writing-field-faq = Questions people ask
writing-field-faq-hint = Optional. A line starting with Q: and the answer on the next line starting with A:.
writing-save = Save draft
writing-back = Back to your guides
writing-preview = Preview as readers will see it
writing-submit = Send to the editors
writing-saved = Draft saved.
writing-submitted = Sent to the editors for review.
error-writing-title = Give the guide a title of 5 to 120 characters.
error-writing-summary = Write a summary of 20 to 200 characters: it is what search engines show.
error-writing-words = A guide needs at least 100 words.
error-writing-too-long = A guide can be at most 100,000 characters.
error-writing-faq = Write each question on a line starting with Q: and its answer on the next, starting with A:.
error-writing-with-editors = This guide is already with the editors or published.

## Guides to review (templates/articles/review.html, articles/handlers/writing.rs)

writing-review-title = Guides to review
writing-review-none = Nothing is waiting.
# The operator's decision on a guide's page (templates/articles/article.html, once it reads them).
writing-review-waiting = Waiting for your review
writing-review-publish = Publish
writing-review-note = Note for the author
writing-review-send-back = Send back
writing-published = Published.
writing-returned = Sent back to the author with your note.
# Stored as the note when the operator sends a guide back without one.
writing-default-note = Please revise and send it again.
# A guide's byline, for one an operator wrote.
writing-editor = DilTalks editor

## An author's page (templates/articles/author.html, articles/handlers/reading.rs)

writing-author-description = { $name }, { $title } at DilTalks: guides on rebuilding trust.
writing-author-guides = Guides by { $name }
