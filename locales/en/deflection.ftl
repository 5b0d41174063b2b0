# DilTalks' interface in English, the deflection check. Every key here is also in locales/hi/deflection.ftl with
# the same placeholders (a unit test checks).

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
