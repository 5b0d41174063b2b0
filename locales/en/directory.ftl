# DilTalks' interface in English, finding a counsellor: the directory, a profile, matching. Every key here is also in locales/hi/directory.ftl with
# the same placeholders (a unit test checks).

## The directory (templates/directory/directory.html, directory/handlers/search.rs)

directory-title = Find a counsellor
directory-intro = Every counsellor listed here holds a licence our team has checked with the body that issued it, and that licence is current.
directory-match-lead = Not sure where to start?
directory-match-link = Answer a few questions and see who fits
directory-filter-label = Filter counsellors
directory-search = Search
directory-search-hint = A name, an approach, a place…
directory-area = Area
directory-any = Any
directory-language = Language
directory-free = Free
directory-within-any = Any time
directory-within-3 = Within 3 days
directory-within-7 = Within a week
directory-within-14 = Within two weeks
directory-format-label = Format
directory-fee-from = Fee from
directory-fee-to = Fee up to
directory-show = Show counsellors
directory-clear = Clear filters
directory-count-one = 1 counsellor
directory-count-many = { $n } counsellors
directory-none = No counsellor matches all of these. Try fewer filters.
# $when is a day and a time ("Monday 2 Nov, 14:30"); visitors who are not signed in see UTC.
directory-first-free = First free time: { $when }.
directory-first-free-utc = First free time: { $when } (UTC).
directory-no-free = No free times in the coming weeks.
directory-pages-label = Pages of results
directory-previous = Previous
directory-next = Next
directory-page-of = Page { $page } of { $pages }
directory-all = All counsellors
# Between the last two items of a list ("video, phone and chat").
directory-and = and

## The areas counsellors work with, the ways they meet and their genders, as filters, the
## questionnaire and its reasons name them (profiles::model's SPECIALTIES, FORMATS, GENDERS)

directory-specialty-trust = Trust and infidelity
directory-specialty-communication = Communication
directory-specialty-conflict = Conflict and arguments
directory-specialty-intimacy = Intimacy and sex
directory-specialty-separation = Separation and co-parenting
directory-specialty-anxiety = Anxiety and worry
directory-specialty-grief = Grief and loss
directory-specialty-family = Family and in-laws
directory-specialty-intercultural = Intercultural relationships
directory-specialty-lgbtq = LGBTQ+ relationships
directory-format-video = Video
directory-format-phone = Phone
directory-format-chat = Chat
directory-format-in-person = In person
directory-gender-woman = Woman
directory-gender-man = Man
directory-gender-nonbinary = Non-binary

## The page for counsellors (templates/directory/for_counsellors.html)

directory-for-title = For counsellors
directory-for-lead = DilTalks helps couples rebuild trust between sessions, and helps them find a licensed counsellor when they need one.
directory-for-how = Create a counsellor account, write your profile and give your licence details. Our team checks the licence with the body that issued it before you are listed, and we keep track of its expiry. Clients choose what they share with you; you see nothing else.
directory-for-practice = Go to your practice
directory-for-member = You're signed in with a member account. A practice needs its own counsellor account, with another email address: sign out first, then create it.
directory-for-create = Create a counsellor account
directory-for-registered = Already registered?
directory-for-sign-in = Sign in to your practice

## A counsellor's public profile (templates/directory/profile.html)

profile-photo-alt = Photo of { $name }
profile-about = About
profile-approaches = Approaches
profile-licence = Licence
# The licence as the counsellor gave it: the body that issued it, its number, where, and its last day.
profile-licence-checked = { $body }, licence { $number } ({ $place }), valid until { $until }. Checked by the DilTalks team.
profile-zone = Times are arranged in { $zone } and shown to you in your own time zone.
profile-book = Book a session
profile-new-time = Choose a new time
profile-no-free = No free times in the coming weeks. Please look again later.
# One sentence in four parts: two links, and the words after each.
profile-sign-in = Sign in
profile-or = or
profile-register = create a private account
profile-to-book = to book. Times below are in UTC until you sign in.
profile-report = Report this counsellor

## The matching questionnaire (templates/directory/match.html, directory/handlers/matching.rs)

match-title = Find a counsellor who fits
match-intro = A few questions, for one of you or both. We rank the counsellors by a simple score out of 100 and show you exactly why each one scored as they did. Your answers are not saved.
match-none-listed = No counsellors are listed yet
match-best = Your best matches
match-together = For a session together, choose "My partner and me" when you book.
# Read out before each reason by screen readers.
match-counts = Counts:
match-not-counts = Does not count:
match-change = Change your answers
match-concerns = What brings you? (choose any)
match-who = Who will attend?
match-who-me = Just me
match-who-both = Both of us
match-language = Preferred language
match-formats = How would you like to meet? (choose any)
match-budget = Most you want to pay per session (optional)
match-currency = Currency
match-currency-inr = INR
match-currency-usd = USD
match-currency-eur = EUR
match-currency-gbp = GBP
match-currency-aud = AUD
match-currency-cad = CAD
match-time = Best time of day for you
match-time-any = Any time
match-time-morning = Morning (6–12)
match-time-afternoon = Afternoon (12–17)
match-time-evening = Evening (17–22)
match-gender = Counsellor's gender
match-gender-any = No preference
match-show = Show my matches
match-how = How the score works: areas you chose 30 (15 each, up to two), language 20, format 15, budget 15, free times in your part of the day 10, gender 10. Anything you leave open counts in full.

## Why a counsellor scored as they did (directory/model.rs)

match-areas-open = You left the areas open.
match-areas-none = Does not list the areas you chose.
# $areas: the areas wished for that the counsellor lists, in lower case ("trust and infidelity").
match-works-with = Works with { $areas }.
match-language-open = You left the language open.
# $language: as counsellors wrote it.
match-works-in = Works in { $language }.
match-language-none = Does not list { $language }.
match-format-open = You left the format open.
match-format-none = Does not offer the formats you chose.
match-offers = Offers { $formats }.
match-budget-open = You left the budget open.
# $theirs and $yours: currency codes (INR, USD).
match-budget-other-currency = Charges in { $theirs }, so your budget in { $yours } could not be compared.
match-budget-within = Within your budget.
match-budget-over = Above your budget by { $amount }.
match-time-open = You left the time of day open.
# $band: match-band-morning, -afternoon or -evening.
match-times-one = 1 free time in the { $band } over the next two weeks.
match-times-many = { $n } free times in the { $band } over the next two weeks.
match-times-none = No free times in the { $band } over the next two weeks.
match-band-morning = morning
match-band-afternoon = afternoon
match-band-evening = evening
match-gender-open = You left the counsellor's gender open.
# $gender: directory-gender-woman, -man or -nonbinary.
match-gender-as-asked = { $gender }, as you asked.
match-gender-other = Not the gender you asked for, or not stated.

## Form errors (profiles::model::parse_fee, for the fee filters and the budget)

error-directory-fee-number = Give the fee as a number, such as 1500 or 45.50.
error-directory-fee-high = That fee looks too high. Check the number.

## A counsellor's card (templates/profiles/card.html): their title and languages stay as they wrote them

card-fee = { $fee } a session
card-works-with = Works with:
card-languages = Languages:
