# DilTalks' interface in English, booking a session, its confirmation, series and the list of bookings. Every key here is also in locales/hi/bookings.ftl with
# the same placeholders (a unit test checks).

## The member's sessions (templates/bookings/bookings.html, bookings/handlers/booking.rs)

bookings-title = Your sessions
bookings-link-calendar = Add your sessions to your own calendar
bookings-link-sharing = Choose what your counsellor may see
bookings-link-feedback = Your answers before and after sessions
bookings-link-invoices = Invoices
bookings-coming-up = Coming up
bookings-nothing = Nothing booked.
bookings-find = Find a counsellor
# After a session's time (a link): $kind is bookings-couple, bookings-couple-by or bookings-individual.
bookings-upcoming-line = with { $name } · { $minutes } minutes · { $kind }
bookings-couple = couple session
bookings-couple-by = couple session, booked by { $name }
bookings-individual = individual
bookings-earlier = Earlier and cancelled
# $status is one of bookings-status-….
bookings-past-line = { $when } with { $name } · { $status }
bookings-status-booked = booked
bookings-status-past = past
bookings-status-cancelled = cancelled
bookings-status-cancelled-late = cancelled late

## One session (templates/bookings/booking.html)

booking-title = Your session
booking-back-practice = Your practice
booking-back-sessions = Your sessions
booking-with = Session with { $name }
# $kind is booking-kind-couple or -individual, $status one of bookings-status-….
booking-lead = { $when }, { $minutes } minutes · { $kind } · { $status }
booking-kind-couple = couple session
booking-kind-individual = individual session
booking-partner-left = This couple session was cancelled because it is for both partners and one of them is no longer in the shared space. No fee applies.
booking-partner-left-counsellor = You and your client can book a new session if you both want one.
booking-partner-left-member = You can book a session for yourself if you would like one.
booking-before-title = How they are doing
booking-before-intro = From their own answers before and after sessions, which they share with you.
booking-invoice = Invoice { $number }, { $amount }
booking-credit-note = Credit note { $number }, { $amount }
booking-consent = Consent
booking-consent-sign = Read and sign before the session
booking-consent-signed = What you signed
booking-consent-proceeded = You chose to go ahead without every signature on { $when }.
booking-consent-waiting = Someone has not signed yet. You can wait, or go ahead anyway; going ahead is recorded.
booking-consent-proceed = Go ahead without every signature
booking-intake-answered = Your answers to { $name }'s intake questions
booking-intake = Answer a few questions before the first session
booking-room = Session room
booking-room-open = The room is open.
booking-room-go = Go to the session room
booking-room-opens = Meet by video in the browser: the room opens at { $when }.
booking-room-see = See the room
booking-free-until = Free cancellation until { $when }.
booking-free-passed = The free cancellation period has passed: the counsellor's late-cancellation terms apply.
booking-reschedule = Choose another time
booking-reschedule-series = Choose another time for this session or the rest of the series
booking-series-one = Part of a series: 1 more session follows this one.
booking-series-many = Part of a series: { $n } more sessions follow this one.
booking-cancel = Cancel this session
booking-cancel-rest-one = Cancel this and the 1 later session
booking-cancel-rest-many = Cancel this and the { $n } later sessions

## Confirming a time (templates/bookings/confirm.html)

booking-confirm-title = Confirm your booking
booking-back-to = Back to { $name }
booking-confirm-lead = { $when }, { $minutes } minutes, with { $name }.
# In the counsellor's time zone, when it is not the reader's.
booking-their-time = That is { $when } in { $zone }.
# $fee: the price, booking-price-… (amounts as "₹1,500").
booking-fee-terms = Fee: { $fee }. You get an invoice from the counsellor, which you can pay by UPI or as they arrange. Free cancellation until { $hours } hours before; after that the counsellor's late-cancellation terms apply.
booking-late-already = This time is less than { $hours } hours away, so it is already inside the free-cancellation period: if you book it and then cancel, the late-cancellation terms apply.
booking-who = Who will attend?
booking-who-me = Just me
booking-who-partner = { $name } and me (a couple session; { $name } will see it)
booking-who-no-partner = My partner and me (your partner needs to be in your space)
booking-repeat = How often?
booking-repeat-once = Just this once
booking-repeat-weekly = Every week at this time
booking-repeat-fortnightly = Every two weeks at this time
booking-count = For a series: how many sessions in all (2 to 26)
booking-count-hint = Before anything is booked you see every date and whether it is free; you can also end a series on a date there.
booking-which = Which sessions?
booking-which-one = Just this session
booking-which-rest-one = This session and the 1 later one in the series (you see every new date before anything moves)
booking-which-rest-many = This session and the { $n } later ones in the series (you see every new date before anything moves)
booking-confirm = Confirm booking
booking-move = Move my session to this time

## The price, tax included (bookings/handlers/booking.rs): "₹1,770 (₹1,500 and GST 18% ₹270)",
## then a couple session's and the late-cancellation fee, each after a semicolon

# $label: the tax's name and rate as the counsellor set them ("GST 18%").
booking-price-with-tax = { $total } ({ $net } and { $label } { $tax })
booking-price-couple = ; a couple session { $price }
booking-price-late = ; late-cancellation fee { $fee }

## What the page says after booking or cancelling (bookings/handlers/booking.rs, series.rs)

booking-booked = Booked.
booking-moved = Moved to the new time.
booking-booked-find = Booked. You will find it under Sessions.
booking-cancelled = Cancelled.
booking-cancelled-late = Cancelled. It was within the counsellor's cancellation period, so their late-cancellation terms apply.
booking-cancelled-many = Cancelled { $n } sessions.
booking-cancelled-many-late-one = Cancelled { $n } sessions. 1 of them was within the counsellor's cancellation period, so their late-cancellation terms apply to it.
booking-cancelled-many-late-many = Cancelled { $n } sessions. { $late } of them were within the counsellor's cancellation period, so their late-cancellation terms apply to those.

## A series of sessions (templates/bookings/series.html, bookings/handlers/series.rs, for_clients.rs)

series-title-member = Book a series with { $name }
series-title-move = Move the rest of the series
series-title-client = Book sessions for { $name }
series-title-couple = Book couple sessions for { $names }
series-back-to = Back to { $name }
series-with = With { $name }, { $minutes } minutes each.
series-fee-terms = Fee: { $fee }, each session invoiced on its own. Each session can be cancelled free until { $hours } hours before it; after that the counsellor's late-cancellation terms apply to that session.
series-first-date = Date of the first session
series-time = Time
series-zone-hint = In { $zone }, your time zone
series-once = Just once
series-weekly = Every week
series-fortnightly = Every two weeks
series-until-when = Until when?
series-ends-after = A number of sessions
series-count = How many sessions in all (2 to 26)
series-ends-on = Until a date
series-until = Last date (at most 26 sessions)
series-show = Show the dates
series-dates = The dates
series-times-in = Times in { $zone }.
series-one-free = It is free.
series-one-taken = It cannot be booked.
series-all-free = All { $n } are free.
series-some-free = { $free } of { $all } are free; the others cannot be booked and are left out.
series-line-free = { $when } · free
series-line-free-late = { $when } · free (already inside the free-cancellation period)
# After a date that cannot be booked; $why is one of series-clash-….
series-not-booked = Not booked: { $why }
series-clash-booked = already booked
series-clash-away = the counsellor is away
series-clash-outside-hours = outside the counsellor's hours
series-clash-too-soon = too soon to book
series-move-one = Move this session
series-move-many = Move these { $n } sessions
series-book-one = Book this session
series-book-many = Book these { $n } sessions
series-none-free = None of these times can be booked. Choose another time or another day.
series-booked-weekly = Booked { $n } sessions, every week. You will find them under Sessions.
series-booked-fortnightly = Booked { $n } sessions, every two weeks. You will find them under Sessions.
series-moved = Moved { $n } sessions to the new time.
# $times: the dates and times taken, separated by semicolons.
series-taken-these = Booked by someone else since the list was shown: { $times }. Nothing was booked yet: the list shows what is free now.

## The private calendar link (templates/bookings/feed.html, bookings/handlers/feeds.rs)

bookings-feed-title = Your private calendar link
bookings-feed-intro = Add your DilTalks sessions to the calendar app you already use. Each appears as "DilTalks appointment", with nothing else about it, and updates when a session is booked, moved or cancelled.
bookings-feed-private = Anyone who has the link can see your session times, so keep it to yourself. Making a new link stops the old one.
bookings-feed-your-link = Your link (shown this once: copy it now)
bookings-feed-copy = Copy link
bookings-feed-since = You made a link on { $when }. It is not shown again; make a new one if you need it.
bookings-feed-none = You have no calendar link.
bookings-feed-new = Make a new link
bookings-feed-make = Make a link
bookings-feed-stop = Stop the link working
bookings-feed-revoked = The link no longer works.

## Form errors and refusals (bookings/handlers/): the exact English sentences the code writes

error-booking-no-longer-free = That time is no longer free. Please choose another.
error-booking-form-old = That booking form is out of date. Please choose the time again.
error-booking-couple-needs-partner = A couple session needs your partner in your space. Book an individual session, or invite your partner first.
error-booking-cannot-book = That time cannot be booked
error-booking-not-offered = The time in this form is not one of the counsellor's free times. Please choose a time on their page.
error-booking-first-not-offered = The first time in this form is not one of the counsellor's free times. Please choose a time on their page.
error-booking-taken-or-gone = That time has just been booked by someone else, or is no longer offered. Please choose another time.
error-booking-taken = That time has just been booked by someone else. Please choose another time.
error-booking-cannot-cancel = This session can no longer be cancelled: it is cancelled or has begun.
error-booking-series-cancelled-already = These sessions were cancelled a moment ago.
error-booking-cancelled-already = This session was cancelled a moment ago.
error-booking-repeat = Choose every week or every two weeks.
error-booking-last-date = The last date must come after the first session.
error-booking-count = Choose between 2 and { $n } sessions.
error-booking-first-session = Choose the date (from today, within a year) and time of the first session.
error-booking-series-taken = Some of these times were just booked by someone else. Nothing was booked yet: the list shows what is free now.

## Feedback forms a session opens (feedback/mod.rs), linked from the session and the dashboard

feedback-open-before = Before your session on { $when }: how are you doing? (a minute, four questions)
feedback-open-after = How was your session on { $when } for you? (a minute, private)
