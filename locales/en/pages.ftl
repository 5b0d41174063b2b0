# DilTalks' interface in English, home, crisis and dashboard. Every key here is also in locales/hi/pages.ftl with
# the same placeholders (a unit test checks).

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
