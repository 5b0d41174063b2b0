# DilTalks का इंटरफ़ेस हिन्दी में: फ़ीस, हिसाब-किताब, इनवॉइस और सदस्य के भुगतान। locales/en/billing.ftl की हर कुंजी यहाँ भी है, उन्हीं
# प्लेसहोल्डरों के साथ (एक यूनिट टेस्ट जाँचता है)। शब्दों के चुनाव के लिए docs/GLOSSARY.md देखें।

## फ़ीस और भुगतान (templates/billing/fees.html, billing/handlers/practice.rs)

billing-fees-title = फ़ीस और भुगतान
billing-back-practice = आपकी प्रैक्टिस
# तीन हिस्सों में एक वाक्य: फ़ीस ("₹1,500") के साथ शब्द, एक लिंक, और उसके बाद के शब्द।
billing-fees-intro = एक सेशन की आपकी फ़ीस { $fee } है (इसे बदलने के लिए:
billing-fees-intro-link = आपकी प्रोफ़ाइल
billing-fees-intro-after = )। बाक़ी सब यहाँ तय करें: जोड़े के सेशन की फ़ीस, देर से रद्द करने की फ़ीस, टैक्स, और क्लाइंट आपको भुगतान कैसे करें।
# $currency: मुद्रा का कोड ("INR")।
billing-couple-fee = जोड़े के सेशन की फ़ीस ({ $currency }, चाहें तो)
billing-couple-fee-hint = ख़ाली छोड़ें, तो एक व्यक्ति के सेशन जितनी ही फ़ीस लगेगी।
billing-late-fee = देर से रद्द करने की फ़ीस ({ $currency })
billing-late-fee-hint = तब लगती है जब क्लाइंट मुफ़्त में रद्द करने की अवधि निकलने के बाद रद्द करें। कोई फ़ीस न हो, तो 0 लिखें।
billing-tax = टैक्स
billing-tax-yes = मेरी फ़ीस पर टैक्स लगता है (जैसे GST)
billing-tax-label = टैक्स का नाम
billing-tax-label-hint = जैसे आपके इनवॉइस पर लिखा जाना चाहिए, जैसे GST।
billing-tax-rate = दर (%)
billing-tax-rate-hint = जैसे 18।
billing-tax-number = आपका टैक्स नंबर (GSTIN)
billing-tax-number-hint = हर इनवॉइस पर छपता है।
billing-upi = UPI से भुगतान
billing-upi-about = क्लाइंट अपने बैंक ऐप से सीधे आपके खाते में भुगतान करते हैं: DilTalks से होकर कुछ नहीं जाता, और जब तक आप पुष्टि न करें कि पैसे आ गए, तब तक कुछ भी चुकाया हुआ नहीं माना जाता।
billing-upi-id = आपकी UPI ID
billing-upi-id-hint = जैसे yourname@okaxis।
billing-upi-name = भुगतान करने वालों को दिखने वाला नाम
billing-upi-name-hint = आम तौर पर खाते पर लिखा नाम।
billing-save = सेव करें
billing-fees-saved = सेव हो गया। नई बुकिंग पर यही लागू होंगे।

## फ़ीस के फ़ॉर्म की ग़लतियाँ (billing/handlers/practice.rs, billing::model)

error-billing-rate-number = दर अंकों में लिखें, जैसे 18।
error-billing-rate-range = दर 0.01 से 50 प्रतिशत के बीच रखें।
error-billing-tax-label = टैक्स का नाम 20 अक्षरों तक में लिखें, जैसे GST।
error-billing-gstin = GSTIN में 15 अक्षर और अंक होते हैं, जैसे 27AAPFU0939F1ZV।
error-billing-upi-at = UPI ID name@bank जैसी होती है, जिसमें एक ही @ हो।
error-billing-upi-letters = UPI ID name@bank जैसी होती है: पहले अक्षर, अंक, बिंदु, डैश या अंडरस्कोर, फिर @ और बैंक के अक्षर।
error-billing-upi-name = भुगतान करने वालों को दिखने वाला नाम 50 अक्षरों तक में लिखें।

## हिसाब-किताब (templates/billing/books.html, billing/handlers/practice.rs)

billing-books-title = हिसाब-किताब
# $month: महीना और उसका साल ("दिसंबर 2026")।
billing-books-heading = हिसाब-किताब: { $month }
billing-books-earlier = पिछला महीना
billing-books-later = अगला महीना
billing-books-csv = इस महीने का हिसाब CSV में डाउनलोड करें
billing-books-totals = कुल
billing-books-invoiced = इनवॉइस किया गया
billing-books-credited = क्रेडिट किया गया (रद्द हुए सेशन)
billing-books-paid = भुगतान हुआ
billing-books-unpaid = भुगतान बाक़ी
billing-books-docs = इनवॉइस और क्रेडिट नोट
billing-books-none = इस महीने कोई नहीं।
billing-books-owed = क्लाइंट पर कितना बाक़ी है
billing-books-nothing-owed = कुछ बाक़ी नहीं है।
billing-books-balances = हर क्लाइंट पर बाक़ी रक़म

## दस्तावेज़ का नाम और उनकी सूची की एक पंक्ति (हिसाब-किताब, सदस्य के इनवॉइस)

billing-doc-invoice = इनवॉइस { $number }
billing-doc-credit = क्रेडिट नोट { $number }
# तारीख़ के बाद: कुल रक़म और billing-list-… ("· कुल ₹1,770 · भुगतान बाक़ी")।
billing-list-amount = · कुल { $total } · { $status }
billing-list-credit = क्रेडिट नोट
billing-list-paid = भुगतान हो गया
billing-list-unpaid = भुगतान बाक़ी

## सदस्य के इनवॉइस (templates/billing/mine.html)

billing-mine-title = इनवॉइस
billing-mine-none = अभी कोई इनवॉइस नहीं है। फ़ीस लेने वाले काउंसलर के साथ सेशन बुक करने पर इनवॉइस बनता है।

## इनवॉइस या क्रेडिट नोट (templates/billing/invoice.html, billing/handlers/invoices.rs)

billing-invoice-session-link = सेशन
billing-invoice-pdf = PDF के रूप में डाउनलोड करें
billing-invoice-from = भेजने वाले
# $licence: लाइसेंस, जैसा काउंसलर ने दिया।
billing-invoice-licence = लाइसेंस { $licence }
billing-invoice-tax-number = टैक्स नंबर { $number }
billing-invoice-to = पाने वाले
# $session: billing-invoice-session-time।
billing-invoice-issued = जारी करने की तारीख़ { $issued } · सेशन { $session }
# $when: तारीख़ और समय, $zone पढ़ने वाले का टाइम ज़ोन ("Asia/Kolkata")।
billing-invoice-session-time = { $when } ({ $zone } का समय)
# क्रेडिट नोट: शब्द, जिस इनवॉइस को यह क्रेडिट करता है उसका लिंक, और उसके बाद के शब्द।
billing-invoice-credits = यह क्रेडिट नोट
billing-invoice-credits-link = इनवॉइस { $number }
billing-invoice-credits-after = { " " }के लिए है।
billing-invoice-amounts = रक़में
billing-invoice-total = कुल
# इनवॉइस के क्रेडिट नोट: शब्द, नोट का नंबर (एक लिंक), और उसके बाद के शब्द।
billing-invoice-credit-note = क्रेडिट नोट
billing-invoice-credit-note-after = ।
# पंक्ति किस चीज़ की है (billing::model::description); गोपनीय वाली कुछ नहीं बताती।
billing-line-session = काउंसलिंग सेशन
billing-line-couple = जोड़े का काउंसलिंग सेशन
billing-line-late = काउंसलिंग सेशन देर से रद्द करने की फ़ीस
billing-line-discreet = परामर्श
# $label: टैक्स का नाम, जैसा काउंसलर ने दिया ("GST"), $rate उसकी दर ("18")।
billing-line-tax = { $label } { $rate }% की दर से
billing-status-credit = क्रेडिट नोट: जिस इनवॉइस के लिए है, उस पर बाक़ी रक़म इतनी कम हो जाती है।
# $how: billing-paid-by-…।
billing-status-paid = { $date } को { $how } भुगतान हो गया।
billing-status-paid-refund = { $date } को { $how } भुगतान हो गया। { $amount } वापस किए जाने हैं।
billing-paid-by-cash = नकद
billing-paid-by-bank = बैंक ट्रांसफ़र से
billing-paid-by-upi = UPI से
billing-status-credited = कुछ नहीं चुकाना है: सेशन रद्द हो गया और यह इनवॉइस क्रेडिट कर दिया गया।
billing-status-utr-counsellor = भुगतान बाक़ी: क्लाइंट के अनुसार उन्होंने UPI से भुगतान किया है, रेफ़रेंस { $utr }। अपना खाता देख लें, फिर इसे भुगतान हुआ मार्क करें।
billing-status-utr-client = जब तक आपके काउंसलर पुष्टि न करें, भुगतान बाक़ी माना जाएगा: आपने UPI रेफ़रेंस { $utr } भेजा है।
billing-status-unpaid = भुगतान बाक़ी: { $amount } चुकाने हैं।
billing-pay-title = UPI से भुगतान करें
# तीन हिस्सों में एक वाक्य: शब्द, UPI ऐप खोलने वाला लिंक, और उसके बाद के शब्द।
billing-pay-before = किसी भी UPI ऐप से स्कैन करें, या इसी फ़ोन पर
billing-pay-link = अपने UPI ऐप में भुगतान खोलें
billing-pay-after = । पैसे सीधे { $payee } को जाते हैं; रेफ़रेंस इनवॉइस का नंबर है।
billing-pay-qr = इस इनवॉइस का UPI से भुगतान करने का QR कोड
billing-utr = भुगतान कर दिया? अपने बैंक ऐप से UPI रेफ़रेंस (UTR) लिखें
billing-utr-hint = 12 अंक। इससे आपके काउंसलर को भुगतान ढूँढने में मदद मिलती है; उनकी पुष्टि के बाद इनवॉइस पर भुगतान हुआ दिखेगा।
billing-utr-send = रेफ़रेंस भेजें
billing-arrived = पैसे किस तरह आए
billing-arrived-upi = UPI से
billing-arrived-bank = बैंक ट्रांसफ़र से
billing-arrived-cash = नकद
billing-mark-paid = भुगतान हुआ मार्क करें
billing-shared = आपके साथी यह इनवॉइस देख सकते हैं।
billing-not-shared = यह इनवॉइस सिर्फ़ आप और आपके काउंसलर देखते हैं।
billing-stop-sharing = साथी से यह साझा करना बंद करें
billing-share = साथी को भी यह देखने दें
# पुष्टि के संदेश।
billing-utr-sent = धन्यवाद। पैसे पहुँचते ही आपके काउंसलर पुष्टि कर देंगे।
billing-marked-paid = भुगतान हुआ मार्क कर दिया गया।
billing-shared-now = अब आपके साथी यह इनवॉइस देख सकते हैं।
billing-not-shared-now = अब इसे सिर्फ़ आप और आपके काउंसलर देखते हैं।

## इनवॉइस की ग़लतियाँ (billing/handlers/invoices.rs, billing::model)

error-billing-utr = UPI रेफ़रेंस (UTR) में 12 अंक होते हैं; आपका बैंक ऐप उसे भुगतान की रसीद पर दिखाता है।
error-billing-how = चुनें कि पैसे किस तरह आए।
error-billing-paid-already = इस इनवॉइस का भुगतान पहले ही हो चुका है।
error-billing-marked-already = यह इनवॉइस पहले ही भुगतान हुआ मार्क हो चुका है।
