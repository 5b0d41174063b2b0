# DilTalks' interface in English, fees, the books, invoices and a member's payments. Every key here is also in locales/hi/billing.ftl with
# the same placeholders (a unit test checks).
