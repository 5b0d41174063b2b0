# DilTalks का इंटरफ़ेस हिन्दी में: मेल के पत्र, कैलेंडर फ़ाइलों का पाठ, सदस्यता छोड़ने का पेज और एक्सपोर्ट। locales/en/letters.ftl की हर कुंजी यहाँ भी है, उन्हीं
# प्लेसहोल्डरों के साथ (एक यूनिट टेस्ट जाँचता है)। शब्दों के चुनाव के लिए docs/GLOSSARY.md देखें।

## लाइसेंस की मियाद, काउंसलर को (templates/profiles/mail/licence_expiry.txt, profiles/expiry.rs)

letters-licence-valid = आपकी DilTalks प्रोफ़ाइल में दर्ज लाइसेंस { $date } तक मान्य है। उस दिन के बाद आपकी प्रोफ़ाइल सूची में नहीं दिखेगी और उस पर बुकिंग नहीं हो सकेगी।
letters-licence-valid-discreet = आपकी प्रोफ़ाइल में दर्ज लाइसेंस { $date } तक मान्य है। उस दिन के बाद आपकी प्रोफ़ाइल सूची में नहीं दिखेगी और उस पर बुकिंग नहीं हो सकेगी।
letters-licence-renew = लाइसेंस रिन्यू होते ही अपनी प्रोफ़ाइल में नई तारीख़ डाल दें:

## वादे का रिमाइंडर (templates/program/mail/reminder.txt, program/reminders.rs)

letters-reminder-due = यह वही रिमाइंडर है जो आपने माँगा था: आपने जो करना तय किया था, उसका समय { $when } ({ $zone } समय) है।
letters-reminder-open = देखने के लिए DilTalks खोलें:
letters-reminder-open-discreet = देखने के लिए साइन इन करें:
letters-reminder-off = ये रिमाइंडर आप वहीं कभी भी बंद कर सकते हैं।

## बकाया इनवॉइस (templates/billing/mail/unpaid.txt, billing/mod.rs)

letters-unpaid = { $counsellor } की ओर से आपका इनवॉइस { $number }, { $amount } का, अभी चुकाया नहीं गया है। आप इसे यहाँ देख और चुका सकते हैं:
letters-unpaid-discreet = { $amount } का एक इनवॉइस अभी चुकाया नहीं गया है। आप इसे यहाँ देख और चुका सकते हैं:
letters-unpaid-paid = अगर आप भुगतान कर चुके हैं, तो उसी पेज पर भुगतान का रेफ़रेंस डाल दें, या इस रिमाइंडर को अनदेखा कर दें।

## साझा जगह का न्योता (templates/spaces/mail/invitation.txt, spaces/handlers.rs)

letters-invitation = { $inviter } ने आपको DilTalks पर एक निजी जगह में अपने साथ जुड़ने का न्योता भेजा है। न्योता मानने के लिए यह खोलें:
letters-invitation-discreet = { $inviter } ने आपको एक निजी जगह में अपने साथ जुड़ने का न्योता भेजा है। न्योता मानने के लिए यह खोलें:
letters-invitation-once = यह लिंक एक ही बार और 7 दिन तक काम करता है। अगर आपको इसकी उम्मीद नहीं थी, तो इसे अनदेखा कर सकते हैं।

## बिना पढ़ा संदेश (templates/messages/mail/notice.txt, messages/notify.rs)

letters-notice = DilTalks पर एक संदेश आपका इंतज़ार कर रहा है। पढ़ने के लिए साइन इन करें:
letters-notice-discreet = आपके लिए कुछ आया है। देखने के लिए साइन इन करें:
letters-notice-once = जब तक संदेश बिना पढ़े रहते हैं, हम यह सूचना एक ही बार भेजते हैं; इसमें लिखी हुई बात कभी नहीं होती।

## शिकायत का नतीजा, और चेतावनी (templates/reports/mail/, reports/handlers.rs)

letters-outcome = आपने DilTalks को जिस बात के बारे में बताया था, उस पर एक अपडेट है। देखने के लिए साइन इन करें:
letters-outcome-discreet = आपने हमें जिस बात के बारे में बताया था, उस पर एक अपडेट है। देखने के लिए साइन इन करें:
letters-warning = DilTalks पर आपने जो किया, उसे हमारे ऑपरेटर ने देखा और पाया कि वह उन नियमों के ख़िलाफ़ था जिन पर जुड़ते समय सब सहमत होते हैं। ऑपरेटर ने लिखा:
letters-warning-discreet = इस सेवा पर आपने जो किया, उसे सेवा के ऑपरेटर ने देखा और पाया कि वह उन नियमों के ख़िलाफ़ था जिन पर जुड़ते समय सब सहमत होते हैं। ऑपरेटर ने लिखा:
letters-warning-keep = कृपया आगे से नियमों का ध्यान रखें। ऐसा फिर हुआ तो खाता बंद किया जा सकता है। अगर आपको लगता है कि यह ग़लती है, तो इसी पते पर जवाब दें।

## अपॉइंटमेंट बुक हुआ, बदला, रद्द हुआ या पास है (templates/bookings/mail/session.txt, bookings/notify.rs)

letters-session-booked = { $when } ({ $zone } समय) का एक अपॉइंटमेंट बुक हो गया है।
letters-session-moved = एक अपॉइंटमेंट का समय बदल गया है। अब यह { $when } ({ $zone } समय) पर है।
letters-session-cancelled = { $when } ({ $zone } समय) वाला अपॉइंटमेंट रद्द हो गया है।
letters-session-day-before = याद दिला दें: कल, { $when } ({ $zone } समय) पर आपका एक अपॉइंटमेंट है।
letters-session-hour-before = याद दिला दें: आपका अपॉइंटमेंट एक घंटे के अंदर, { $when } ({ $zone } समय) पर शुरू होगा।
letters-session-details = पूरी जानकारी:
letters-session-calendar = साथ लगी कैलेंडर फ़ाइल से आपका कैलेंडर अपडेट हो जाएगा।

## एक सीरीज़ के कई अपॉइंटमेंट एक साथ (templates/bookings/mail/series.txt): एक, या { $n }
## (पत्र गिनती देखकर संदेश चुनता है)

letters-series-cancelled-one = यह अपॉइंटमेंट रद्द हो गया है ({ $zone } समय):
letters-series-cancelled = ये { $n } अपॉइंटमेंट रद्द हो गए हैं ({ $zone } समय):
letters-series-moved-one = एक अपॉइंटमेंट का समय बदल गया है। अब यह इस समय पर है ({ $zone } समय):
letters-series-moved = { $n } अपॉइंटमेंट के समय बदल गए हैं। अब वे इन समयों पर हैं ({ $zone } समय):
letters-series-booked-one = एक अपॉइंटमेंट बुक हो गया है ({ $zone } समय):
letters-series-booked = { $n } अपॉइंटमेंट बुक हो गए हैं ({ $zone } समय):

## कैलेंडर फ़ाइलों का पाठ (bookings/ics.rs), ईमेल में भी और फ़ीड में भी: सादा, और गोपनीय
## वाला कुछ नहीं बताता।

letters-calendar-summary = DilTalks अपॉइंटमेंट
letters-calendar-summary-discreet = अपॉइंटमेंट
letters-calendar-description = पूरी जानकारी, और जुड़ने का तरीक़ा: { $url }
letters-calendar-name-discreet = कैलेंडर

## खाते की सूचनाएँ (templates/accounts/mail/email_change.txt, email_changed.txt,
## email_taken.txt, second_factor.txt)

letters-email-change = इस पते को अपने DilTalks खाते का साइन इन पता बनाने के लिए यह खोलें:
letters-email-change-discreet = इस पते को अपने खाते का साइन इन पता बनाने के लिए यह खोलें:
letters-email-change-once = यह लिंक एक ही बार और 48 घंटे तक काम करता है। अगर आपने यह नहीं माँगा, तो इस संदेश को अनदेखा कर दें।
letters-email-changed = आपके खाते का साइन इन ईमेल { $when } (UTC) को किसी दूसरे पते पर बदला गया। अगर यह आपने किया था, तो कुछ करने की ज़रूरत नहीं है। अगर नहीं, तो इसी पते से DilTalks चलाने वालों को लिखें।
letters-email-changed-discreet = आपके खाते का साइन इन ईमेल { $when } (UTC) को किसी दूसरे पते पर बदला गया। अगर यह आपने किया था, तो कुछ करने की ज़रूरत नहीं है। अगर नहीं, तो इसी पते से सेवा चलाने वालों को लिखें।
letters-email-taken = किसी ने किसी दूसरे खाते का साइन इन इस पते पर लाने को कहा, पर इस पते का DilTalks खाता पहले से है, इसलिए कुछ नहीं बदला। आपको कुछ करने की ज़रूरत नहीं है।
letters-email-taken-discreet = किसी ने किसी दूसरे खाते का साइन इन इस पते पर लाने को कहा, पर इस पते का एक खाता पहले से है, इसलिए कुछ नहीं बदला। आपको कुछ करने की ज़रूरत नहीं है।
letters-factor-on = { $when } ({ $zone } समय) को आपके खाते में दो-चरण साइन इन चालू किया गया। अगर यह आपने किया था, तो कुछ करने की ज़रूरत नहीं है।
letters-factor-off = { $when } ({ $zone } समय) को आपके खाते में दो-चरण साइन इन बंद किया गया। अगर यह आपने किया था, तो कुछ करने की ज़रूरत नहीं है।
letters-factor-codes = { $when } ({ $zone } समय) को आपके खाते के दो-चरण साइन इन के लिए नए रिकवरी कोड बनाए गए। अगर यह आपने किया था, तो कुछ करने की ज़रूरत नहीं है।
letters-factor-not-you = अगर आपने नहीं किया, तो साइन इन करें, अपना पासवर्ड बदलें, सेटिंग्स में बाकी सब जगह से साइन आउट करें, और दो-चरण साइन इन अपने ही फ़ोन से फिर से चालू करें। अगर अब साइन इन नहीं हो पा रहा, तो इसी पते से DilTalks चलाने वालों को लिखें।
letters-factor-not-you-discreet = अगर आपने नहीं किया, तो साइन इन करें, अपना पासवर्ड बदलें, सेटिंग्स में बाकी सब जगह से साइन आउट करें, और दो-चरण साइन इन अपने ही फ़ोन से फिर से चालू करें। अगर अब साइन इन नहीं हो पा रहा, तो इसी पते से सेवा चलाने वालों को लिखें।

## एक तरह के ईमेल बंद करना (templates/mail/unsubscribe.html, mail/optout.rs); हर तरह का
## नाम वही है जो सेटिंग्स के पेज पर है (settings-mail-…)

letters-unsubscribe-title = ये ईमेल बंद करें?
letters-unsubscribe-what = { $what }।
letters-unsubscribe-stop = ये ईमेल बंद करें
letters-unsubscribe-only = सिर्फ़ इसी तरह के ईमेल बंद होंगे। आपकी बुकिंग और आपके खाते से जुड़े संदेश आते रहेंगे।
letters-unsubscribe-stopped = बंद हो गए
letters-unsubscribe-done = अब आपको ये ईमेल नहीं आएँगे: { $what }।
letters-unsubscribe-back-before = बाकी सब जैसा था, वैसा ही रहेगा। इन्हें आप कभी भी{" "}
letters-unsubscribe-back-link = सेटिंग्स
letters-unsubscribe-back-after = {" "}में फिर से चालू कर सकते हैं।
letters-unsubscribe-saved = आपकी ईमेल की पसंद सहेज ली गई।

## एक्सपोर्ट का पेज (templates/export/page.html, export/handlers.rs)

letters-export-title = अपना डेटा डाउनलोड करें
letters-export-files-before = एक ही डाउनलोड: एक zip फ़ाइल, जिसके अंदर दो फ़ाइलें हैं:{" "}
letters-export-files-middle = , जिसे कोई भी ब्राउज़र बिना इंटरनेट के खोल लेता है, और{" "}
letters-export-files-after = , वही डेटा दूसरे प्रोग्रामों के लिए।
letters-export-holds = इसमें वह सब है जो आपने लिखा, और आपके अपने खाते के बारे में सब कुछ:
letters-export-partner = आपके साथी का लिखा उनका अपना है, इसलिए वह आपके एक्सपोर्ट में नहीं है, वह भी नहीं जो उन्होंने आपके साथ साझा किया। निजी लिखावट फ़ाइल के लिए खोल दी जाती है: इसे ऐसी जगह रखें जिसे सिर्फ़ आप खोल सकें, और याद रखें कि किसी साझा डिवाइस का डाउनलोड फ़ोल्डर आसानी से देखा जा सकता है।
letters-export-download = मेरा डेटा डाउनलोड करें
letters-export-cancel = रहने दें

## डाउनलोड के अंदर पढ़ने वाली फ़ाइल (templates/export/data.html); डेटा ख़ुद (कॉलम के नाम,
## जो लिखा गया) जैसा रखा गया वैसा ही रहता है

letters-export-document-title = आपके डेटा का एक्सपोर्ट
letters-export-exported = { $when } को एक्सपोर्ट किया गया। इसमें वह सब है जो आपने लिखा और आपके अपने खाते के बारे में सब कुछ; आपके साथी का लिखा उनका अपना है और इसमें शामिल नहीं है।
letters-export-contents = विषय-सूची
letters-export-nothing = यहाँ कुछ नहीं है।

## एक्सपोर्ट के हिस्से, फ़ाइल में उनके नाम से (export/store.rs)

letters-export-part-account = आपका खाता
letters-export-part-sessions = आप कहाँ-कहाँ साइन इन हैं
letters-export-part-spaces = साझा जगहें जिनमें आप रहे
letters-export-part-journal = डायरी
letters-export-part-statements = बयान
letters-export-part-account_versions = साझा ब्योरे के रूप जो आपने सुझाए
letters-export-part-checkins = चेक-इन
letters-export-part-questionnaires = प्रश्नावली के जवाब
letters-export-part-commitments = आपके किए वादे
letters-export-part-confirmations = वादे जिनकी आपने पुष्टि की
letters-export-part-transparency = पारदर्शिता के नोट
letters-export-part-talk_questions = बातचीत के लिए सवाल
letters-export-part-talk_ratings = बातचीत की रेटिंग
letters-export-part-reflections = विचार
letters-export-part-needs = ज़रूरतें
letters-export-part-thought_log = विचारों की डायरी
letters-export-part-safety_checks = सुरक्षा जाँच
letters-export-part-exercises = काउंसलर के दिए अभ्यास
letters-export-part-bookings = काउंसलरों के साथ सेशन
letters-export-part-invoices = इनवॉइस और क्रेडिट नोट (क्लाइंट के तौर पर आपके, या आपकी प्रैक्टिस के)
letters-export-part-fees = आपकी फ़ीस और भुगतान की सेटिंग
letters-export-part-couple_exercises = आप दोनों के लिए काउंसलर के दिए अभ्यास
letters-export-part-intake = काउंसलरों के शुरुआती सवालों पर आपके जवाब
letters-export-part-feedback = सेशन से पहले और बाद के आपके जवाब
letters-export-part-consent = सहमति जिस पर आपने दस्तख़त किए
letters-export-part-shares = आपने काउंसलरों के साथ क्या साझा किया
letters-export-part-reads = काउंसलरों ने कब देखा
letters-export-part-profile = आपकी काउंसलर प्रोफ़ाइल
letters-export-part-session_notes = आपके सेशन नोट (काउंसलर के तौर पर)
letters-export-part-messages = आपके भेजे संदेश
letters-export-part-message_versions = आपके बदले संदेशों के पुराने रूप
