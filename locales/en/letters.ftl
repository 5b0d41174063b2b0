# DilTalks' interface in English, the mail's letters, the calendar files' text, the unsubscribe page and the export. Every key here is also in locales/hi/letters.ftl with
# the same placeholders (a unit test checks).
