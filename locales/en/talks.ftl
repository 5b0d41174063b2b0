# DilTalks' interface in English, step 4, honest conversation. Every key here is also in locales/hi/talks.ftl with
# the same placeholders (a unit test checks).

## The step 4 page (templates/program/talks.html, program/handlers/talks.rs)

talks-title = Step 4: Honest conversation
talks-back = Your journey
talks-intro = Agree on a regular time to talk about what happened, so questions have a place to go instead of surfacing in every argument. In between, questions and doubts can be written into the question box; they wait there for the next talk.
talks-alone = Talks are agreed by both of you, so they start once your partner joins your space.
talks-invite = Invite your partner
# The full stop after a link that ends a sentence.
talks-end-mark = .

## Ground rules for every talk: the program's fixed text

talks-rules-title = Ground rules for every talk
talks-rule-topic = Talk about what happened and how it affects you now, not about everything else that has gone wrong.
talks-rule-honest = The person asking may ask anything; the person answering answers honestly, even when it is uncomfortable.
talks-rule-respect = No name-calling, no threats, no "always" and "never".
talks-rule-pause = Either of you can ask for a pause. Take it, and come back when you agreed to.
talks-rule-stop = Stop at the agreed time. What is left waits for the next talk.

## The open talk and its timer (static/app.js reads the three timer texts from the page)

talks-open-title = Your talk is open now
talks-minute-left = 1 minute left
talks-minutes-left = { $n } minutes left
talks-time-up = Time is up: what is left waits for the next talk.
talks-open-ends = It ends at { $time }. Take the questions one at a time. Anything not discussed carries over to the next talk.
talks-paused-by-you = Paused by you at { $time }.
talks-paused-by = Paused by { $name } at { $time }.
talks-paused-note = Take the time you need; the talk still ends at the agreed time.
talks-resume = Carry on talking
talks-pause = Pause the talk

## The agreed talk time

talks-when-title = When you talk
# The schedule in words: "Mondays at 19:00, 45 minutes (Asia/Kolkata time)"; $day is a weekday's name.
talks-schedule = { $day }s at { $time }, { $minutes } minutes ({ $zone } time)
# The same in the reader's own time zone (Hindi leaves that zone's name out; English always names it).
talks-schedule-here = { $day }s at { $time }, { $minutes } minutes
talks-agreed = Agreed: { $schedule }.
talks-next = Next talk: { $time }.
talks-none-agreed = You haven't agreed on a time yet.
talks-record = Over the last 90 days: { $held } held, { $missed } missed.
talks-record-unrecorded = Over the last 90 days: { $held } held, { $missed } missed, { $open } not recorded.
talks-count-one = 1 talk
talks-count-many = { $n } talks
talks-proposed-by-you = You proposed { $schedule }. It takes effect when { $name } accepts it.
talks-proposed-by = { $name } proposed { $schedule }.
talks-accept = Accept this time
talks-propose-change = Propose a change
talks-propose-time = Propose a time
talks-day = Day
talks-time = Time
talks-time-hint = In your own time zone.
talks-duration = Length in minutes
talks-duration-hint = Between 10 and 180. Many couples find 30 to 45 minutes enough.
talks-propose = Propose
talks-proposal-sent = Your proposal is sent. It takes effect when your partner accepts it.
talks-agreed-both = You both agreed on when to talk.
error-talks-weekday = Choose a day of the week.
error-talks-time = Give a time, such as 19:00.
error-talks-duration = Choose a length from 10 to 180 minutes.

## The question box

talks-box-title = The question box
talks-box-open = Questions for this talk:
talks-box-ask = Write a question or doubt whenever it comes up. { $name } sees it only when your next agreed talk opens.
talks-box-partner-asks = { $name } can write questions for your talks. You'll see them when the next agreed talk opens, not before.
talks-added-by-you = Added by you, { $when }
talks-added-by = Added by { $name }, { $when }
talks-mark-discussed = Mark as discussed
talks-add-question = Add a question
talks-hold = Hold it for the next talk
talks-held = Held for your next talk. Your partner won't see it until then.
talks-discussed = Marked as discussed.

## After the talk: private ratings

talks-rate-title = How was the talk on { $when }?
talks-rate-lead = Only you see these answers. 1 means not at all, 5 means very much.
talks-felt-heard = I felt heard
talks-felt-safe = I felt safe
talks-felt-punished = I felt punished
talks-rate-save = Save my answers
talks-rate-missed = This talk didn't happen
talks-ratings-title = Your ratings
talks-ratings-caption = Private to you, out of 5.
talks-col-talk = Talk
talks-col-heard = Heard
talks-col-safe = Safe
talks-col-punished = Punished
talks-rated = Thank you. Only you see your ratings.
talks-paused = The talk is paused. Breathe, and come back when you are both ready.
talks-resumed = The talk goes on.
talks-missed = Recorded as missed. Your next agreed time still stands.
error-talks-occurrence = That talk could not be read.
error-talks-ratings = Choose from 1 to 5 for each question.
error-talks-rating = Choose from 1 to 5.
error-talks-rate-missed = That talk is recorded as missed, so there is nothing to rate.
error-talks-already-held = That talk is already recorded as held.
