# DilTalks' interface in English, a counsellor's practice: their profile, its form, availability and the practice page. Every key here is also in locales/hi/practice.ftl with
# the same placeholders (a unit test checks).

## The practice page (templates/profiles/practice.html, profiles/handlers/own.rs)

practice-title = Your practice
practice-welcome = Welcome. Start with your profile: once our team has verified your licence, members can find you in the directory.
practice-write-profile = Write your profile
practice-profile = Your profile
# $reason: the operator's words, as they wrote them.
practice-suspended = Your profile is suspended and unlisted: { $reason }. Write to the operator if you think this is a mistake.
# One sentence in three parts: the words, a link, and the words after it.
practice-listed = Verified and listed in the directory.
practice-listed-link = See your public profile
practice-listed-after = .
practice-expired = Verified, but your licence has expired, so you are not listed. Update the expiry date once it is renewed.
practice-submitted = Waiting for our team to verify your licence. You can still edit it.
practice-rejected = Our team could not verify it. Correct it and submit again.
# $reason: the operator's words, as they wrote them.
practice-rejected-reason = Our team could not verify it: { $reason }. Correct it and submit again.
practice-draft = A draft: submit it for verification when it is ready.
practice-edit-profile = Edit your profile
practice-preview = How members see you
practice-attention = Clients to look at
practice-attention-intro = From their own answers before and after sessions, which they share with you.
# After the client's name (a link), so they begin with the colon; $name is the partner the flag is about.
practice-sessions = Coming sessions
practice-link-availability = Set your availability
practice-link-calendar = Add your sessions to your calendar
practice-link-fees = Fees and payment
practice-link-books = Books
practice-nothing-booked = Nothing booked yet.
# After the session's time (a link): who booked it and how long it is.
practice-session-line = · { $client } · { $minutes } minutes
practice-session-line-couple = · { $client } and partner (couple session) · { $minutes } minutes
practice-link-clients = Your clients, what they share with you, and your notes
practice-link-consent = Your consent document
practice-link-intake = Your intake questions
# A link, then the words after it.
practice-write-guide = Write a guide for couples
practice-write-guide-after = : an editor reads it before it is published with your name and profile.
practice-messages-next = Secure messages arrive here next.
# Flashes after the profile is saved.
practice-saved-verified = Your profile is updated.
practice-saved-recheck = Saved. Your licence details changed, so the profile is unlisted until our team checks them again.
practice-saved-submitted = Thank you. Our team will check your licence; you will see the outcome here.
practice-saved-draft = Your draft is saved. Submit it for verification when it is ready.
practice-photo-saved = Your photo is saved.

## The profile form (templates/profiles/profile_form.html, profiles/handlers/own.rs)

practice-profile-title = Your counsellor profile
practice-back = Your practice
practice-profile-rejected = Our team could not verify the last version. Correct it and submit again.
# $reason: the operator's words, as they wrote them.
practice-profile-rejected-reason = Our team could not verify the last version: { $reason }. Correct it and submit again.
practice-profile-verified = Your profile is verified. Changes to your name or licence details send it back for checking, and it is unlisted until then; other changes show at once.
practice-profile-intro = Members see this once our team has checked your licence with the body that issued it. Write in your own words, for someone who is hurting and unsure whether counselling is for them.
practice-photo = Photo (optional)
practice-photo-alt = Your current photo
practice-photo-replace = Replace your photo
practice-photo-add = Add a photo
practice-photo-hint = JPEG, PNG or WebP, up to 5 MB. We shrink it and keep no details from the file, such as where it was taken.
practice-photo-upload = Upload photo
practice-about = About you
practice-full-name = Full name
practice-full-name-hint = As it appears on your licence.
practice-job-title = Professional title
practice-job-title-hint = For example: Counselling psychologist, Marriage and family therapist.
practice-bio = Introduction
practice-bio-hint = How you work and whom you help. The first paragraph appears in the directory.
practice-gender = Gender (optional)
practice-gender-hint = Some clients prefer a counsellor of a particular gender.
practice-gender-none = Prefer not to say
practice-licence = Licence
practice-licence-number = Licence or registration number
practice-licensing-body = Licensing body
practice-licensing-body-hint = For example: Rehabilitation Council of India.
practice-jurisdiction = Where the licence is valid
practice-jurisdiction-hint = Country, state or province.
practice-expires = Valid until
practice-expires-hint = The last day of validity.
practice-work = Your work
practice-specialties = Areas you work with
practice-approaches = Approaches (optional)
practice-approaches-hint = For example: Emotionally focused therapy, the Gottman method.
practice-languages = Languages
practice-languages-hint = Separated by commas, such as English, Hindi.
practice-formats = How you meet clients
practice-fee = Fee per session
practice-currency = Currency
practice-time-zone = Your time zone
practice-time-zone-hint = Your availability will be set in this zone, such as Asia/Kolkata.
practice-save-changes = Save changes
practice-submit = Submit for verification
practice-save-draft = Save as draft

## A date typed into a form, refused (the licence's expiry, a day off): $from and $to are dates, $example is one as year-month-day

practice-date-between = Give a date between { $from } and { $to }.
practice-date-format = Give a date as year-month-day, such as { $example }, between { $from } and { $to }.

## The profile form's errors (profiles/handlers/own.rs, profiles::model, profiles::photo)

error-practice-name-missing = Give your full name as on your licence.
error-practice-name-long = Keep your full name as on your licence under { $n } characters.
error-practice-title-missing = Give your professional title.
error-practice-title-long = Keep your professional title under { $n } characters.
error-practice-bio-missing = Give your introduction.
error-practice-bio-long = Keep your introduction under { $n } characters.
error-practice-number-missing = Give your licence number.
error-practice-number-long = Keep your licence number under { $n } characters.
error-practice-body-missing = Give your licensing body.
error-practice-body-long = Keep your licensing body under { $n } characters.
error-practice-jurisdiction-missing = Give your jurisdiction.
error-practice-jurisdiction-long = Keep your jurisdiction under { $n } characters.
error-practice-specialties = Choose at least one area you work with.
error-practice-formats = Choose at least one way you meet clients.
error-practice-languages = Give at least one language you work in.
error-practice-currency = Choose a currency.
error-practice-approaches-long = Keep this under { $n } characters.
error-practice-expiry-format = Give the expiry date, such as 2027-03-31.
error-practice-expired = This licence has expired. Only a current licence can be verified.
error-practice-photo-missing = Choose a photo to upload.
error-practice-photo-large = That photo is larger than 5 MB. Please choose a smaller one.
error-practice-photo-unreadable = That file could not be read as a photo.
error-practice-photo-kind = That file is not a JPEG, PNG or WebP photo.
error-practice-photo-damaged = That photo could not be opened: it may be damaged or too large.
error-practice-photo-convert = That photo could not be converted.
error-practice-upload-interrupted = The upload was interrupted. Please try again.

## Availability (templates/availability/availability.html, availability/handlers.rs)

practice-availability-title = Your availability
practice-availability-intro = All times here are in your own time zone, { $zone }. Members see free times in theirs.
practice-rules = How you book
practice-session-minutes = Session length (minutes)
practice-buffer-minutes = Break after each session (minutes)
practice-notice-hours = Minimum notice (hours)
practice-horizon-days = Bookable up to (days ahead)
practice-cancel-hours = Free cancellation until (hours before)
practice-save = Save
practice-weekly = Weekly hours
practice-weekly-none = None yet: members cannot book until you add some.
# Every week on that day: $day is a weekday's name ("Monday"), $from and $to times ("09:00").
practice-window = { $day }s { $from }–{ $to }
practice-remove = Remove
practice-day = Day
practice-from = From
practice-until = Until
practice-add-hours = Add these hours
practice-exceptions = Time off and extra hours
# $from and $to: a date and a time each ("3 Nov 2026, 09:00").
practice-exception-off = Time off: { $from } to { $to }
practice-exception-extra = Extra hours: { $from } to { $to }
practice-kind = Kind
practice-time-off = Time off
practice-extra-hours = Extra hours
practice-date = Date
practice-starting = Starting at (empty for the whole day)
practice-ending = Ending at
practice-add = Add
practice-next-bookable = What members can book next
practice-nothing-yet = Nothing yet.
# Flashes.
practice-rules-saved = Saved.
practice-hours-added = Hours added.
practice-removed = Removed.
practice-time-off-added = Time off added. Sessions already booked in it stay booked: cancel them if you need to.
practice-extra-added = Extra hours added.

## Availability's errors (availability/handlers.rs)

error-practice-session-minutes = Session length must be a whole number from 15 to 240.
error-practice-buffer-minutes = The break after a session must be a whole number from 0 to 120.
error-practice-notice-hours = Notice must be a whole number from 0 to 720.
error-practice-horizon-days = How far ahead must be a whole number from 1 to 365.
error-practice-cancel-hours = Free cancellation must be a whole number from 0 to 720.
error-practice-window = Choose a day, and a start before the end, such as 09:00 to 13:00.
error-practice-exception = Give a date, and either both times (start before end) or neither for the whole day.
