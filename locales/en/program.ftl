# DilTalks' interface in English, the journey, where you stand, step 6 and the worry track. Every key here is also in locales/hi/program.ftl with
# the same placeholders (a unit test checks).

## What every step's forms say (program/model.rs): the English is the model's own sentence.

error-program-empty = Write something before saving. A few honest sentences are enough to start.
error-program-long = Keep it under { $n } characters.
error-program-score = Choose a number from 0 to 10.
error-program-no-partner = There is no partner in your space to share with yet, so this stays private.

## Where you stand (templates/program/start.html)

start-title = Where you stand
start-lead = Trust can break in many ways, and people see what happened differently. Choose the sentence that fits you best. It only shapes the prompts you see; your partner never sees your choice.
start-which = Which is closest?
start-broke = I broke my partner's trust, and I want to repair it.
start-hurt = My trust was broken, and I want to see whether it can be rebuilt.
start-both = Both of us broke trust, or it's complicated.
start-continue = Continue
start-afraid = If you feel afraid of your partner, working on this together may not be safe right now.
start-safety = See safety resources
start-ready = Thank you. Your program is ready.
error-start-choose = Choose the sentence that fits best. You can change it later.

## The journey (templates/program/journey.html, program/handlers/journey.rs)

journey-title = Your journey
journey-started = You started on { $date }.
journey-started-week = You started on { $date }, one week ago.
journey-started-weeks = You started on { $date }, { $weeks } weeks ago.
journey-intro = Trust does not come back after one apology. It returns over months, through a pattern of small actions that hold up. Many couples see progress over a few months of steady effort; full trust can take longer, and that is normal. The steps below are not a strict order: work on whichever you need.
journey-waiting = Waiting for you
journey-exercises = From your counsellor
journey-exercise-done = Mark as done
journey-exercise-both = For both of you
journey-exercise-both-done = For both of you · { $name } has done their part
journey-exercise-both-not-yet = For both of you · { $name } has not marked theirs yet
journey-nudge-private = Only you see this note.
journey-step = Step { $number }: { $title }
journey-change-stand = Change where you stand

step1-title = Acknowledge what happened
step1-summary = Each of you puts it into words privately, then you agree on one shared account.
step2-title = Give it time
step2-summary = Trust doesn't reset after an apology. Regular check-ins show how it changes over weeks and months.
step3-title = Small, consistent actions
step3-summary = Small promises kept, again and again, are the evidence that rebuilds safety.
step4-title = Honest conversation
step4-summary = Talks at agreed times, with questions held for them instead of surfacing in every argument.
step5-title = The root cause
step5-summary = Private reflection on why it happened, and the needs that were never said.
step6-title = Professional support
step6-summary = Many couples find this hard alone. A counsellor can help you both talk without blame.

journey-statement-none = You haven't written your statement yet.
journey-statement-written = Your statement is written.
journey-account-alone = The shared account opens once your partner joins your space.
journey-checkin-last = Your last check-in was on { $date }.
journey-checkin-none = You haven't checked in yet.
journey-actions-alone = Commitments open once your partner joins your space.
journey-talks-alone = Talk times are agreed once your partner joins your space.
journey-actions-none = No commitments yet.
journey-actions-kept = { $n } active between you. Yours were { $kept }% kept over the last 30 days.
journey-actions-unconfirmed = { $n } active between you. None of yours has been confirmed yet.
journey-talks-none = No talk time agreed yet.
journey-talks-agreed = Agreed: { $schedule }. { $record }
journey-talks-agreed-next = Agreed: { $schedule }. Next: { $next }. { $record }
journey-roots-none = Nothing written yet.
journey-roots-written = You have written { $reflections } and named { $needs }.
journey-roots-reflection = 1 reflection
journey-roots-reflections = { $n } reflections
journey-roots-need = 1 need
journey-roots-needs = { $n } needs
journey-support-status = Counsellors, and an individual track for lingering worry.

journey-waiting-account = A version of your shared account waits for your confirmation
journey-waiting-checkin = This week's check-in
journey-waiting-questionnaire = Your { $title }
journey-waiting-confirm-one = 1 commitment of { $name }'s to confirm
journey-waiting-confirm-many = { $n } commitments of { $name }'s to confirm
journey-waiting-asked = { $name } asked for a check-in
journey-waiting-proposed = { $name } proposed a time for your talks
journey-waiting-talk-open = Your talk is open now
journey-waiting-rate = How did the talk on { $date } feel?

journey-ratings-title = How your talks felt
journey-ratings-one = 1 talk
journey-ratings-many = { $n } talks
journey-ratings-description = Your ratings of { $talks } from { $from } to { $to }. Latest: heard { $heard }, safe { $safe }, punished { $punished }, out of 5. Only you see them.
journey-ratings-heard = Felt heard
journey-ratings-safe = Felt safe
journey-ratings-punished = Felt punished

nudge-alone-title = Only one of you seems to be taking part
nudge-alone = { $name } hasn't done anything in the program for two weeks or more, while you have. Rebuilding trust needs both of you. It may be time for an honest conversation about whether you both want to do this work, at your own pace. A counsellor can help with that conversation.
nudge-alone-link = Having that conversation with support
nudge-anxiety-title = When the worry stays even though things are going well
nudge-anxiety = Your trust has stayed low for eight weeks while your partner's commitments have been kept almost every time. That is common after a betrayal and it is not a failure: the alarm can keep ringing after the danger has passed. It may need attention of its own, apart from the relationship.
nudge-anxiety-track = The individual track
nudge-anxiety-counselling = Individual counselling
nudge-punishing-title = Your talks have felt punishing
nudge-punishing = You rated your last three talks as punishing. Talks are meant to be hard but safe. A counsellor can help you both keep them honest without blame; you can also agree to pause the question box for a while.
nudge-punishing-link = Finding a counsellor

## Help beside every step (templates/program/support_link.html)

support-link-label = Professional support
support-link = Finding this hard? Many couples do, and it is not a sign that you are failing.
support-link-counsellor = A counsellor can help
support-link-and = , and
support-link-now = help is here now
support-link-unsafe = if you feel unsafe.
program-back = Your journey

## Step 6 (templates/program/support.html)

support-title = Step 6: Professional support
support-page-title = Professional support
support-lead = Needing help from outside is not a sign that your relationship is doomed. Trouble with trust after a betrayal is one of the most common reasons couples see a counsellor.
support-what-h = What a relationship counsellor does
support-what = A counsellor is neutral: they are not there to decide who is right. They help each of you say hard things without attacking and hear hard things without defending, slow down conversations that keep ending in the same fight, and lay out a path with steps you can both see. Many also see partners individually when one person needs room of their own.
support-bring = You can bring what you have written here — an agreed account, your commitments, questions from the question box — but only what you choose to share.
support-when-h = When it may be time
support-when-blame = Your talks keep turning into blame or punishment, however hard you both try.
support-when-one = Only one of you is putting in effort, and you can't talk about it.
support-when-worry = Months of kept commitments, and the worry still doesn't ease.
support-when-agree = You can't agree on what happened, or on whether you both want to stay.
support-find-h = Finding a counsellor
support-find-before = The
support-find-directory = DilTalks directory
support-find = lists licensed relationship counsellors whose licences our team has checked. You can filter by the areas they work with, language, format and fee, then book a session and message them securely. Whoever you choose, ask about their experience with infidelity and rebuilding trust.
support-individual = If worry is the main thing you struggle with, individual counselling can help on its own.
support-individual-link-before = The
support-individual-link = individual track
support-individual-after = has exercises you can start today.
support-safety-h = Safety first
support-safety = Couples counselling assumes both people are safe to be honest. If your partner frightens you, controls you or hurts you, start with support for yourself alone.
support-safety-link = Crisis and safety resources
support-safety-after = are linked at the foot of every page.

## When the worry stays (templates/program/anxiety.html)

anxiety-title = When the worry stays
anxiety-lead = After a betrayal it is common to keep feeling on guard even when things are going well. That is not a failure, and it is not proof that something is wrong: the mind learned that it missed something once, and it keeps watching. This track is for you alone. Nothing here is shown to your partner.
anxiety-ground-h = Grounding, when the worry surges
anxiety-ground = A few minutes to bring attention back to where you are, before deciding anything.
anxiety-ground-1 = Put both feet on the floor and notice the weight of your body on the chair or the ground.
anxiety-ground-2 = Breathe out slowly, longer than you breathe in. Do it five times.
anxiety-ground-3 = Name, quietly, five things you can see, four you can hear, three you can touch, two you can smell and one you can taste.
anxiety-ground-4 = Ask yourself: is something happening right now, or am I remembering or imagining it?
anxiety-ground-5 = If it can wait, give it a time: the question box or your next talk is a place for it.
anxiety-log-h = A thought log
anxiety-log = Writing a worrying thought down, next to what you actually know, can loosen its hold. Only the thought itself is needed.
anxiety-situation = What was happening? (optional)
anxiety-thought = The thought that worried me
anxiety-evidence = What I know for certain (optional)
anxiety-evidence-hint = Facts you could show someone, not fears.
anxiety-reframe = Another way to see it (optional)
anxiety-reframe-hint = What would you say to a friend who had this thought?
anxiety-save = Save to my log
anxiety-your-log = Your log
anxiety-empty = Nothing written yet.
anxiety-was-happening = What was happening:
anxiety-the-thought = The thought:
anxiety-i-know = What I know:
anxiety-other-way = Another way to see it:
anxiety-delete = Delete this entry
anxiety-help-h = Help for you alone
anxiety-help = If the worry fills your days, keeps you from sleeping, or doesn't ease after months, individual counselling can help, apart from any work you do as a couple.
anxiety-help-support = Professional support
anxiety-help-explains = explains what to look for. If you feel unsafe or overwhelmed right now, see
anxiety-help-crisis = crisis resources
anxiety-saved = Saved in your thought log. Only you can read it.
anxiety-deleted = The entry is deleted.
error-anxiety-thought = Write down the worrying thought. The other boxes can stay empty.
