# DilTalks' interface in English, consent, intake and session feedback. Every key here is also in locales/hi/consent.ftl with
# the same placeholders (a unit test checks).
