# DilTalks' interface in English, step 2, give it time: check-ins, trends and the monthly questionnaire. Every key here is also in locales/hi/time.ftl with
# the same placeholders (a unit test checks).

## Check-ins (templates/program/time.html, program/handlers/time.rs)

time-title = Step 2: Give it time
time-lead = Trust doesn't reset after an apology. A short check-in each week shows, over months, how it is really changing. Nobody is asked to feel safe before they do: answer honestly, even when the number goes down.
time-checkin-due = Time for this week's check-in
time-checkin-again = Check in again
time-trust-question = How much do you trust your partner right now?
time-safety-question = How safe do you feel in the relationship right now?
time-scale-hint = 0 means not at all, 10 means completely.
time-note = A note for yourself (optional)
time-note-hint = Only you ever see your notes, even if you share your trend.
time-save = Save check-in
time-trend-empty = Your trend appears here after your first check-in.
time-notes = Your recent notes
time-questionnaire-about = Once a month, a few more statements look at three parts of trust — how predictable your partner feels, how much you can depend on them, and your faith in the future — and at how content you are overall. Your answers and scores are only ever yours.
time-questionnaire-due = Answer this month's questionnaire
time-questionnaire-again = See your scores, or answer again
time-sharing = Sharing your trend
time-sharing-shared = Your partner can see your numbers (never your notes).
time-sharing-private = Your trend is private. You can let your partner see your numbers; your notes always stay private.
time-make-private = Make my trend private
time-make-shared = Let my partner see my trend
time-saved = Your check-in is saved.
time-shared = Your partner can now see your trend (the numbers, never your notes).
time-private-again = Your trend is private again.
error-time-note-long = Keep the note under { $n } characters.

## A check-in trend (program/views/time.rs), on this page and the counsellor's client page

time-trust = Trust
time-feeling-safe = Feeling safe
time-trend-mine = Your check-ins
time-trend-theirs = { $name }'s check-ins
time-trend-checkins-one = 1 check-in from { $from } to { $to }. Latest: trust { $trust } and feeling safe { $safety }, out of 10.
time-trend-checkins-many = { $n } check-ins from { $from } to { $to }. Latest: trust { $trust } and feeling safe { $safety }, out of 10.

## Every trend's table (templates/program/trend.html); the caption is the trend's title followed by this

time-trend-table = The numbers as a table
time-trend-date = Date
time-trend-out-of = , out of { $n }

## The questionnaire (templates/program/questionnaire.html, program/handlers/questionnaires.rs); its own
## texts are in content/questionnaires/

questionnaire-last = You last answered on { $date }.
questionnaire-next = The next one is due around { $date }, but you can answer again any time.
questionnaire-first = It takes about five minutes. It is offered every { $days } days.
questionnaire-scores = Your scores
questionnaire-scores-about = Each score is out of 100: the higher, the more of it you feel.
questionnaire-answer-again = Answer again
questionnaire-your-answers = Your answers
questionnaire-save = Save my answers
questionnaire-about = About this questionnaire
questionnaire-saved = Thank you. Your answers are saved, and your scores are below.
questionnaire-trend-title = Your questionnaire scores
questionnaire-trend-one = 1 questionnaire from { $from } to { $to }. Latest, out of 100: { $latest }.
questionnaire-trend-many = { $n } questionnaires from { $from } to { $to }. Latest, out of 100: { $latest }.
error-time-statement-unanswered = Choose an answer for this statement.
error-time-statement-missing = Statement { $number } has no answer yet. Your other answers are kept.
error-time-statements-missing = Statements { $numbers } and { $last } have no answer yet. Your other answers are kept.
