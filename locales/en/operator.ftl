# DilTalks' interface in English, the operator's pages: counsellors to verify, reports, health, and writing guides. Every key here is also in locales/hi/operator.ftl with
# the same placeholders (a unit test checks).
