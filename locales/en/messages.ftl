# DilTalks' interface in English, messages and live rooms. Every key here is also in locales/hi/messages.ftl with
# the same placeholders (a unit test checks).
