# DilTalks' interface in English, fees, the books, invoices and a member's payments. Every key here is also in locales/hi/billing.ftl with
# the same placeholders (a unit test checks).

## Fees and payment (templates/billing/fees.html, billing/handlers/practice.rs)

billing-fees-title = Fees and payment
billing-back-practice = Your practice
# One sentence in three parts: the words with the fee ("₹1,500"), a link, and the words after it.
billing-fees-intro = Your fee per session is { $fee } (change it on
billing-fees-intro-link = your profile
billing-fees-intro-after = ). Here you set the rest: a couple session's fee, the late-cancellation fee, tax, and how clients pay you.
# $currency: a currency's code ("INR").
billing-couple-fee = Fee for a couple session ({ $currency }, optional)
billing-couple-fee-hint = Leave empty to charge the same as a session for one person.
billing-late-fee = Late-cancellation fee ({ $currency })
billing-late-fee-hint = Charged when a client cancels inside your free-cancellation period. 0 for none.
billing-tax = Tax
billing-tax-yes = I charge tax on my fees (for example GST)
billing-tax-label = Tax name
billing-tax-label-hint = As your invoices should name it, such as GST.
billing-tax-rate = Rate (%)
billing-tax-rate-hint = For example 18.
billing-tax-number = Your tax number (GSTIN)
billing-tax-number-hint = Printed on every invoice.
billing-upi = UPI
billing-upi-about = Clients pay straight from their bank app to your account: nothing passes through DilTalks, and nothing is paid until you confirm the money arrived.
billing-upi-id = Your UPI ID
billing-upi-id-hint = Such as yourname@okaxis.
billing-upi-name = Name payers see
billing-upi-name-hint = Usually the name on the account.
billing-save = Save
billing-fees-saved = Saved. New bookings use these.

## The fees form's errors (billing/handlers/practice.rs, billing::model)

error-billing-rate-number = Give the rate as a number, such as 18.
error-billing-rate-range = Give a rate between 0.01 and 50 percent.
error-billing-tax-label = Name the tax in up to 20 characters, such as GST.
error-billing-gstin = A GSTIN is 15 letters and digits, such as 27AAPFU0939F1ZV.
error-billing-upi-at = A UPI ID looks like name@bank, with one @.
error-billing-upi-letters = A UPI ID looks like name@bank: letters, digits, dots, dashes or underscores, then @ and the bank's letters.
error-billing-upi-name = Give the name payers see, in up to 50 characters.

## The books (templates/billing/books.html, billing/handlers/practice.rs)

billing-books-title = Books
# $month: a month and its year ("December 2026").
billing-books-heading = Books: { $month }
billing-books-earlier = Earlier month
billing-books-later = Later month
billing-books-csv = Download this month as CSV
billing-books-totals = Totals
billing-books-invoiced = Invoiced
billing-books-credited = Credited (cancellations)
billing-books-paid = Paid
billing-books-unpaid = Unpaid
billing-books-docs = Invoices and credit notes
billing-books-none = None this month.
billing-books-owed = What clients owe
billing-books-nothing-owed = Nothing outstanding.
billing-books-balances = Balances by client

## A document's name and a line of a list of them (books, the member's invoices)

billing-doc-invoice = Invoice { $number }
billing-doc-credit = Credit note { $number }
# After the date: the total and billing-list-… ("· ₹1,770 · unpaid").
billing-list-amount = · { $total } · { $status }
billing-list-credit = credit note
billing-list-paid = paid
billing-list-unpaid = unpaid

## The member's invoices (templates/billing/mine.html)

billing-mine-title = Invoices
billing-mine-none = No invoices yet. Booking a session with a counsellor who charges for it makes one.

## An invoice or credit note (templates/billing/invoice.html, billing/handlers/invoices.rs)

billing-invoice-session-link = The session
billing-invoice-pdf = Download as PDF
billing-invoice-from = From
# $licence: the licence as the counsellor gave it.
billing-invoice-licence = Licence { $licence }
billing-invoice-tax-number = Tax number { $number }
billing-invoice-to = To
# $session: billing-invoice-session-time.
billing-invoice-issued = Issued { $issued } · Session { $session }
# $when: a date and time, $zone the reader's time zone ("Asia/Kolkata").
billing-invoice-session-time = { $when } ({ $zone } time)
# A credit note: the words, a link to the invoice it credits, and the words after it.
billing-invoice-credits = Credits
billing-invoice-credits-link = invoice { $number }
billing-invoice-credits-after = .
billing-invoice-amounts = Amounts
billing-invoice-total = Total
# An invoice's credit notes: the words, the note's number (a link), and the words after it.
billing-invoice-credit-note = Credit note
billing-invoice-credit-note-after = .
# What a line is for (billing::model::description); the discreet one names nothing.
billing-line-session = Counselling session
billing-line-couple = Couple counselling session
billing-line-late = Late cancellation of a counselling session
billing-line-discreet = Consultation
# $label: the tax's name as the counsellor gave it ("GST"), $rate its rate ("18").
billing-line-tax = { $label } at { $rate }%
billing-status-credit = Credit note: reduces what is owed on the invoice it credits.
# $how: billing-paid-by-….
billing-status-paid = Paid on { $date }, by { $how }.
billing-status-paid-refund = Paid on { $date }, by { $how }. { $amount } is to be refunded.
billing-paid-by-cash = cash
billing-paid-by-bank = bank transfer
billing-paid-by-upi = UPI
billing-status-credited = Nothing to pay: the session was cancelled and this invoice credited.
billing-status-utr-counsellor = Unpaid: the client says they paid by UPI, reference { $utr }. Check your account, then mark it paid.
billing-status-utr-client = Unpaid until your counsellor confirms it: you sent the UPI reference { $utr }.
billing-status-unpaid = Unpaid: { $amount } to pay.
billing-pay-title = Pay by UPI
# One sentence in three parts: the words, a link that opens the UPI app, and the words after it.
billing-pay-before = Scan with any UPI app, or on this phone open
billing-pay-link = the payment in your UPI app
billing-pay-after = . It pays { $payee } directly; the reference is the invoice number.
billing-pay-qr = QR code to pay this invoice by UPI
billing-utr = Paid? The UPI reference (UTR) from your bank app
billing-utr-hint = 12 digits. It helps your counsellor find the payment; the invoice shows paid once they confirm.
billing-utr-send = Send the reference
billing-arrived = The money arrived, by
billing-arrived-upi = UPI
billing-arrived-bank = Bank transfer
billing-arrived-cash = Cash
billing-mark-paid = Mark as paid
billing-shared = Your partner can see this invoice.
billing-not-shared = Only you and your counsellor see this invoice.
billing-stop-sharing = Stop sharing it with your partner
billing-share = Let your partner see it
# Flashes.
billing-utr-sent = Thank you. Your counsellor will confirm once the money arrives.
billing-marked-paid = Marked as paid.
billing-shared-now = Your partner can see this invoice now.
billing-not-shared-now = Only you and your counsellor see it now.

## The invoice's errors (billing/handlers/invoices.rs, billing::model)

error-billing-utr = The UPI reference (UTR) is 12 digits; your bank app shows it on the payment's receipt.
error-billing-how = Choose how the money arrived.
error-billing-paid-already = This invoice is paid already.
error-billing-marked-already = This invoice is marked paid already.
