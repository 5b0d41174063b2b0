# DilTalks' interface in English, a counsellor's clients, their notes and what a couple shares with their counsellor. Every key here is also in locales/hi/clients.ftl with
# the same placeholders (a unit test checks).
