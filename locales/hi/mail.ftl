# DilTalks का इंटरफ़ेस हिन्दी में: ईमेल। locales/en/mail.ftl की हर कुंजी यहाँ भी है, उन्हीं
# प्लेसहोल्डरों के साथ (एक यूनिट टेस्ट जाँचता है)। शब्दों के चुनाव के लिए docs/GLOSSARY.md देखें।

## ईमेल के विषय (mail/mod.rs): सादे, भावनाओं या काउंसलिंग का ज़िक्र कभी नहीं। गोपनीय वाले
## कुछ नहीं बताते, सेवा का नाम भी नहीं।

mail-subject-confirm-email = DilTalks के लिए अपने ईमेल पते की पुष्टि करें
mail-subject-confirm-email-discreet = कृपया अपने ईमेल पते की पुष्टि करें
mail-subject-about-sign-up = DilTalks पर साइन अप के बारे में
mail-subject-about-sign-up-discreet = आपके साइन अप के बारे में
mail-subject-password-reset = DilTalks पासवर्ड बदलने का लिंक
mail-subject-password-reset-discreet = आपके पासवर्ड का लिंक
mail-subject-invitation = DilTalks पर आपके लिए एक न्योता है
mail-subject-invitation-discreet = आपके लिए एक न्योता है
mail-subject-reminder = DilTalks की ओर से एक याद
mail-subject-reminder-discreet = एक याद
mail-subject-appointment = आपका DilTalks अपॉइंटमेंट
mail-subject-appointment-discreet = आपका अपॉइंटमेंट
mail-subject-appointment-changed = आपका DilTalks अपॉइंटमेंट बदल गया है
mail-subject-appointment-changed-discreet = आपका अपॉइंटमेंट बदल गया है
mail-subject-about-profile = आपकी DilTalks प्रोफ़ाइल के बारे में
mail-subject-about-profile-discreet = आपकी प्रोफ़ाइल के बारे में
mail-subject-account-changed = आपके DilTalks खाते में एक बदलाव
mail-subject-account-changed-discreet = आपके खाते में एक बदलाव
mail-subject-new-message = DilTalks पर एक नया संदेश
mail-subject-new-message-discreet = आपके लिए कुछ आया है
mail-subject-update = DilTalks की ओर से एक अपडेट
mail-subject-update-discreet = एक अपडेट
mail-subject-about-account = आपके DilTalks खाते के बारे में
mail-subject-about-account-discreet = आपके खाते के बारे में

## खाते के बारे में ईमेल (templates/accounts/mail/)

mail-hello = नमस्ते,
mail-hello-name = नमस्ते { $name },
mail-confirm-intro = अपना DilTalks खाता बनाना पूरा करने के लिए कृपया अपने ईमेल पते की पुष्टि करें:
mail-confirm-intro-discreet = अपना खाता बनाना पूरा करने के लिए कृपया अपने ईमेल पते की पुष्टि करें:
mail-confirm-once = यह लिंक एक ही बार और 48 घंटे तक काम करता है। अगर आपने यह नहीं माँगा, तो इस संदेश को अनदेखा कर दें; कुछ नहीं होगा।
mail-reset-intro = किसी ने इस ईमेल पते वाले DilTalks खाते का पासवर्ड बदलने को कहा है। नया पासवर्ड चुनने के लिए यह खोलें:
mail-reset-intro-discreet = किसी ने इस ईमेल पते वाले खाते का पासवर्ड बदलने को कहा है। नया पासवर्ड चुनने के लिए यह खोलें:
mail-reset-once = यह लिंक एक ही बार और एक घंटे तक काम करता है। अगर आपने नहीं कहा था, तो इस संदेश को अनदेखा कर दें: आपका पासवर्ड जैसा है वैसा ही रहेगा।
mail-registered-intro = किसी ने, शायद आपने ही, इस ईमेल पते से DilTalks खाता बनाने की कोशिश की, पर इस पते का खाता पहले से है।
mail-registered-intro-discreet = किसी ने, शायद आपने ही, इस ईमेल पते से खाता बनाने की कोशिश की, पर इस पते का खाता पहले से है।
mail-registered-unconfirmed = आपके ईमेल पते की पुष्टि अभी नहीं हुई है। यहाँ पुष्टि करें (लिंक एक ही बार, 48 घंटे तक काम करता है):
mail-registered-sign-in = साइन इन करने के लिए: { $link }
mail-registered-forgot = पासवर्ड भूल गए? { $link }
mail-registered-not-you = अगर यह आप नहीं थे, तो इस संदेश को अनदेखा कर सकते हैं: कुछ नहीं बदला है।
mail-unsubscribe = ये ईमेल बंद करने के लिए यह लिंक खोलें (और कुछ नहीं बदलेगा):
