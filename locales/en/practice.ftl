# DilTalks' interface in English, a counsellor's practice: their profile, its form, availability and the practice page. Every key here is also in locales/hi/practice.ftl with
# the same placeholders (a unit test checks).
