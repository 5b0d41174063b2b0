# DilTalks' interface in English, step 3, small consistent actions: commitments and keeping each other informed. Every key here is also in locales/hi/actions.ftl with
# the same placeholders (a unit test checks).

## Step 3's page (templates/program/actions.html, program/handlers/actions.rs)

actions-title = Step 3: Small, consistent actions
actions-back = Your journey
actions-intro = Big promises rarely rebuild trust; small ones kept again and again do. Make commitments you can keep, such as "I'll be home by 7" or "I'll tell you when plans change". Your partner confirms each time whether it was kept — nobody certifies their own — and the numbers below show the pattern over weeks.
# The three parts of one sentence, the middle one a link to the transparency page.
actions-beyond = Beyond commitments:
actions-beyond-link = share where you are or what you decided, and ask for check-ins
actions-beyond-end = , within limits you both agree.
actions-no-partner = Commitments are confirmed by your partner, so they start once your partner joins your space.
actions-invite = Invite your partner
actions-theirs = { $name }'s commitments to you
actions-mine = Your commitments
actions-none = You haven't made a commitment yet.
actions-new = Make a commitment
actions-what = What will you do?
actions-what-hint = Small and specific works best.
actions-when = When
actions-daily = Every day
actions-weekly = On chosen days of the week
actions-once = Once, on a date
actions-which-days = Which days
actions-date = On which date
actions-time = Time
actions-time-hint = In your own time zone.
actions-remind = Email me a reminder half an hour before each time
actions-remind-private = (the email never says what the commitment is)
actions-save = Save commitment

## A commitment's card (templates/program/commitment.html)

# How a commitment falls due. $zone is actions-schedule-zone, or empty in the reader's own zone.
actions-schedule-once = Once, on { $when }{ $zone }
actions-schedule-daily = Every day at { $time }{ $zone }
actions-schedule-weekly = Every { $days } at { $time }{ $zone }
actions-schedule-zone = {" "}({ $zone } time)
# Between the last two weekdays of a list ("Monday, Wednesday and Friday").
actions-and = and
actions-ended = ended
actions-next = next: { $when }
actions-kept-7 = Kept { $k }% in the last 7 days
actions-kept-7-none = Nothing confirmed in the last 7 days
actions-kept-30 = { $k }% over 30 days
actions-kept-90 = { $k }% over 90 days
actions-streak = streak: { $n }
actions-waiting = { $n } waiting for confirmation
actions-recent = { $when }: { $outcome }
actions-outcome-kept = kept
actions-outcome-partly = partly kept
actions-outcome-missed = missed
actions-was-kept = Was it kept on { $when }?
actions-kept = Kept
actions-partly = Partly
actions-missed = Missed
actions-note = A note (optional)
actions-record = Record
actions-remind-stop = Stop email reminders
actions-remind-start = Email me a reminder before each time
actions-end = End this commitment

## The weekly chart (program/handlers/actions.rs)

actions-trend-title = Kept each week
actions-trend-yours = Yours
actions-trend-theirs = { $name }'s
actions-trend-description = Percent of confirmed times kept, week by week, over the last 12 weeks. Yours: { $mine }. { $partner }: { $theirs }.
actions-trend-nothing = nothing confirmed yet
actions-trend-latest = { $k }% in the latest week with answers
actions-trend-week = Week to { $date }

## What the page says after a form (program/handlers/actions.rs)

actions-saved = Your commitment is saved. Your partner will confirm each time whether it was kept.
actions-recorded = Thank you: your answer is recorded.
actions-ended-now = The commitment has ended. Its history stays.
actions-remind-on = You'll get an email half an hour before each time.
actions-remind-nothing = There is no time left to remind you of.
actions-remind-off = Reminders are off for this commitment.
# A date outside the range a commitment may take (the same words as pages::parse_form_date).
actions-date-between = Give a date between { $from } and { $to }.
actions-date-format = Give a date as year-month-day, such as { $example }, between { $from } and { $to }.
error-actions-time = Give a time, such as 19:00.
error-actions-days = Choose at least one day of the week.
# 300 is the longest commitment (COMMITMENT_MAX), 1000 the longest note (transparency::NOTE_MAX).
error-actions-text-long = Keep it under 300 characters.
error-actions-note-long = Keep it under 1000 characters.
error-actions-own = Only your partner can confirm your commitments: nobody certifies their own.
error-actions-occurrence = That occurrence could not be read.
error-actions-outcome = Choose kept, partly, or missed.

## Keeping each other informed (templates/program/transparency.html, program/handlers/transparency.rs)

transparency-page-title = Step 3: Keeping each other informed
transparency-title = Keeping each other informed
transparency-intro = Here transparency is something you give, not something taken. Share where you are or what you decided when it helps your partner feel safe. Every note is written by you: DilTalks never tracks anyone's location, and never will.
# One sentence in three parts, the middle one a link to the couple's space.
transparency-no-partner = Notes and check-in requests open once your partner joins
transparency-no-partner-link = your space
transparency-no-partner-end = .
transparency-asked = { $name } asked for a check-in
transparency-asked-at = Asked at { $times }. A note you share now answers it.
transparency-share-with = Share a note with { $name }
transparency-text = Where you are, or what you decided
transparency-text-hint = For example: "At my sister's until nine, then driving home."
transparency-stretch = For a stretch of time (optional)
transparency-from = From
transparency-until = Until
transparency-share = Share with { $name }
transparency-ask-title = Asking for a check-in
transparency-ask-rule-one = You can ask { $name } for a check-in up to { $n } time in any 24 hours, as you both agreed. A request stays open for a day.
transparency-ask-rule-many = You can ask { $name } for a check-in up to { $n } times in any 24 hours, as you both agreed. A request stays open for a day.
transparency-open-one = You have { $n } open request.
transparency-open-many = You have { $n } open requests.
transparency-ask = Ask { $name } for a check-in
transparency-pausing = Pausing requests
transparency-paused-by-partner = { $name } has paused check-in requests. Notes still come through when either of you writes one.
transparency-paused-by-me = You paused check-in requests. Neither of you can ask until you resume them.
transparency-pause-any-time = Either of you can pause requests at any time, for instance when they start to feel like checking up rather than reaching out.
transparency-resume = Resume requests
transparency-pause = Pause requests
transparency-limit-title = The daily limit
transparency-proposed-by-me = You proposed { $n } a day. It applies once { $name } accepts.
transparency-proposed-by-partner = { $name } proposed a limit of { $n } a day.
transparency-accept = Accept { $n } a day
transparency-limit = Propose a different limit (1 to 10 a day)
transparency-propose = Propose this limit
transparency-proactive-title = Reaching out before being asked
transparency-proactive-intro = A note shared when no request is open counts as proactive: the kind of small, unprompted openness that rebuilds safety over time.
transparency-notes-title = Notes from the last 30 days
transparency-notes-none = No notes yet.
transparency-by = { $name }, { $when }
transparency-for = for { $window }
transparency-window = { $from } to { $until }
transparency-proactive = proactive
transparency-answered = answered a request
transparency-you = You
transparency-share-none = { $who }: no notes in the last 30 days.
transparency-share-one = { $who }: { $proactive } of { $total } note sent without being asked ({ $share }% proactive).
transparency-share-many = { $who }: { $proactive } of { $total } notes sent without being asked ({ $share }% proactive).

## Why a check-in cannot be asked for now (program/handlers/transparency.rs)

transparency-refused-paused-by-me = You paused check-in requests. Resume them to ask again.
transparency-refused-paused-by-partner = { $name } has paused check-in requests for now. Their notes still reach you when they write.
transparency-refused-limit-one = You've asked { $limit } time in the last 24 hours, the limit you both agreed. You can ask again { $wait }.
transparency-refused-limit-many = You've asked { $limit } times in the last 24 hours, the limit you both agreed. You can ask again { $wait }.
transparency-wait-hour = in about an hour
transparency-wait-hours = in about { $n } hours
transparency-wait-minute = in a minute
transparency-wait-minutes = in { $n } minutes

## What the page says after a form (program/handlers/transparency.rs, program/transparency.rs)

transparency-shared-answer = Shared. It answers the check-in your partner asked for.
transparency-shared-proactive = Shared, before being asked: that counts as proactive.
transparency-requested = Your partner will see that you asked for a check-in when they next open DilTalks.
transparency-paused-now = Check-in requests are paused. Either of you can still share notes.
transparency-resumed = Check-in requests are open again.
transparency-proposed = Proposed. The new limit applies once your partner accepts it.
transparency-agreed = The new limit is agreed.
error-actions-paused-by-partner = Your partner paused check-in requests; only they can resume them.
error-actions-window-order = The end of the time window must come after its start.
error-actions-window-week = Keep the time window to a week at most.
error-actions-window-both = Give both a start and an end, or leave both empty.
error-actions-window-format = Give the times as a date and a time, or leave both empty.
# MAX_DAILY_LIMIT (program/transparency.rs) is 10.
error-actions-limit = Choose a number from 1 to 10.
