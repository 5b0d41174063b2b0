# DilTalks' interface in English, the private safety check. Every key here is also in locales/hi/safety.ftl with
# the same placeholders (a unit test checks).

## The check (templates/safety/page.html)

safety-title = A private check on your safety
safety-lead = Working on trust together only makes sense when both of you are safe. These six questions are for you alone: your partner never sees that they were offered, whether you answered, or what you said.
safety-answers-on = Your answers on { $when }
safety-concerning = Your answers suggest you may not be safe with your partner. That is not your fault, and you do not have to decide anything today.
safety-concerning-sessions = Couples sessions and joint exercises can make things more dangerous when one partner is afraid of the other. We suggest individual sessions, for you alone, rather than joint ones, and talking to one of the services below.
safety-told = As you asked, your counsellor has been told, privately, that you may not be safe.
safety-not-concerning = Nothing in your answers suggests you are in danger. If that changes, come back to this page at any time, or use the crisis link at the foot of every page.
safety-delete = Delete my answers
safety-help-title = Help you can reach now
safety-find-counsellor = Find a counsellor for individual sessions
safety-again = Answer again
safety-six = Six questions
safety-tell = If my answers suggest I may not be safe, tell my counsellor, privately
safety-submit = See what my answers suggest
safety-source = The questions are our own wording of the ground covered by short screening tools such as HITS (Sherin et al., 1998). This is a prompt for your own safety, not a diagnosis.

## The six questions and their answers (src/safety/model.rs: ITEMS, SCALE)

safety-q-hurt = Has your partner pushed, hit or otherwise physically hurt you in the past year?
safety-q-insult = Does your partner insult you, put you down or humiliate you?
safety-q-threaten = Has your partner threatened to hurt you, themselves, or someone or something you care about?
safety-q-scream = Does your partner shout or swear at you in a way that frightens you?
safety-q-control = Does your partner control where you go, whom you see, your phone or your money?
safety-q-afraid = Are you afraid of your partner?
safety-never = Never
safety-rarely = Rarely
safety-sometimes = Sometimes
safety-often = Often

## Flash messages and errors (src/safety/mod.rs)

safety-thanks = Thank you for answering.
safety-deleted = Your answers are deleted.
error-safety-unanswered = Please answer each question; "Never" is an answer too. Nothing is saved until you do.
