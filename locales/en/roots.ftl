# DilTalks' interface in English, step 5, the root cause. Every key here is also in locales/hi/roots.ftl with
# the same placeholders (a unit test checks).

## The step 5 page (templates/program/roots.html, program/handlers/roots.rs)

roots-title = Step 5: The root cause
roots-back = Your journey
roots-intro = Understanding why it happened is not the same as excusing it. These prompts help each of you look at patterns, unspoken needs and circumstances. Everything here is private unless you choose to share it.

## The reflection prompts: the program's fixed text (PROMPTS in program/handlers/roots.rs)

roots-prompt-avoidance-title = Patterns of avoidance
roots-prompt-avoidance-question = When something is hard to say, what do you tend to do instead? Think of the last time you stepped around a difficult conversation.
roots-prompt-unsaid-title = Needs that were never said
roots-prompt-unsaid-question = What did you want or need in this relationship that you didn't ask for? What stopped you from asking?
roots-prompt-stress-title = Stress and circumstances
roots-prompt-stress-question = What was happening around the time trust broke — work, family, health, money? This is about understanding what happened, not excusing it.
roots-prompt-open-title = Anything else
roots-prompt-open-question = What else have you noticed about how this came about?

## Reflections

roots-change = Change, share or delete
# Under each reflection: the reader's own (with a link after it), or one the partner shared.
roots-by-you-shared = You, { $when } · shared ·
roots-by-you-private = You, { $when } · private ·
roots-shared-by = Shared by { $name }, { $when }
roots-your-reflection = Your reflection
roots-share = Share this with my partner
roots-once-partner = (once your partner has joined)
roots-save-reflection = Save reflection
roots-reflection-shared = Your reflection is saved and shared with your partner.
roots-reflection-private = Your reflection is saved. Only you can see it.

## Named needs

roots-needs-title = Named needs
roots-needs-lead = Name what you need from the relationship now, one need at a time. A shared need can become a commitment or a topic for your next talk.
# Under each need: the reader's own, or the partner's.
roots-need-by-you-shared = You · shared, { $when }
roots-need-by-you-private = You · private, { $when }
roots-need-by = { $name }, { $when }
roots-make-commitment = Make it a commitment
roots-to-talk = Add it to the next talk
roots-need = A need
roots-share-need = Share this need with my partner
roots-name-need = Name this need
roots-need-shared = Your need is named and shared with your partner.
roots-need-private = Your need is written down. Only you can see it.
# The agenda line a need becomes in the question box; $name is who named the need, $text its words.
roots-need-topic = A need { $name } named: { $text }
roots-need-added = Added to the agenda of your next talk.

## Changing a reflection (templates/program/reflection_edit.html)

roots-edit-title = Change your reflection
roots-who-sees = Who sees it
roots-only-me = Only me
roots-partner-too = My partner too
roots-save = Save
roots-delete-lead = Deleting removes it for good, for you and, if you shared it, for your partner.
roots-delete = Delete this reflection
roots-saved-shared = Saved. Your partner sees this reflection.
roots-saved-private = Saved. Only you can see this reflection.
roots-deleted = Your reflection is deleted.
error-roots-no-partner-edit = There is no partner in your space to share with, so it can only stay private.
