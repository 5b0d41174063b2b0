# DilTalks का इंटरफ़ेस हिन्दी में: हर पेज का ढाँचा, फ़ॉर्म और गड़बड़ी वाले पेज। locales/en/base.ftl की हर कुंजी यहाँ भी है, उन्हीं
# प्लेसहोल्डरों के साथ (एक यूनिट टेस्ट जाँचता है)। शब्दों के चुनाव के लिए docs/GLOSSARY.md देखें।

## हर पेज का ढाँचा (templates/base.html)

site-description = DilTalks जोड़ों को निजी तौर पर, क़दम-दर-क़दम भरोसा फिर से बनाने में मदद करता है, और जब वे चाहें तो लाइसेंस-प्राप्त रिलेशनशिप काउंसलर से मिलवाता है।
skip-to-content = सीधे मुख्य हिस्से पर जाएँ
quick-exit = तुरंत निकलें
quick-exit-title = इस साइट से अभी निकलें (या दो बार Esc दबाएँ)
discreet-tab-title = नोट्स
nav-main = मुख्य
nav-reports = शिकायतें
nav-counsellors = काउंसलर
nav-guides = गाइड
nav-health = स्थिति
nav-practice = प्रैक्टिस
nav-messages = संदेश
nav-unread = अनपढ़े
nav-home = होम
nav-program = कार्यक्रम
nav-journal = डायरी
nav-space = हमारी जगह
nav-sessions = सेशन
nav-settings = सेटिंग्स
nav-sign-out = साइन आउट करें
nav-sign-in = साइन इन करें
nav-create-account = खाता बनाएँ
footer-crisis = अभी मदद चाहिए? संकट और सुरक्षा के लिए सहायता
footer-for-counsellors = काउंसलरों के लिए
footer-quick-exit = तुरंत निकलने के लिए: ऊपर वाला बटन दबाएँ, या दो बार Esc दबाएँ। यह आपको एक सामान्य साइट पर ले जाता है, पर आपकी ब्राउज़िंग हिस्ट्री नहीं मिटाता।
language-switch = भाषा
language-switch-to = यह पेज { $language } में पढ़ें

## फ़ॉर्म

form-check = कृपया फ़ॉर्म एक बार फिर देख लें
field-email = ईमेल पता
field-password = पासवर्ड
# कॉपी बटन, कॉपी करने के बाद दो सेकंड तक (static/app.js इसे पढ़ता है)।
copy-done = कॉपी हो गया

## गड़बड़ी वाले पेज

error-home = शुरुआती पेज पर जाएँ
error-status = गड़बड़ी { $status }

## गड़बड़ी वाले पेज (error.rs, web/context.rs)

error-page-not-found = पेज नहीं मिला
error-page-not-found-text = हमें यह पेज नहीं मिला। हो सकता है यह कहीं और चला गया हो, या लिंक अधूरा हो।
error-page-not-available = उपलब्ध नहीं
error-page-not-available-text = आपका खाता यह पेज नहीं खोल सकता।
error-page-not-through = यह नहीं हो पाया
error-page-expired = इस फ़ॉर्म का समय निकल गया
error-page-expired-text = आपकी सुरक्षा के लिए हम यह फ़ॉर्म स्वीकार नहीं कर सके। पीछे जाएँ, पेज फिर से लोड करें, और दोबारा भेजें।
error-page-wait = कृपया थोड़ा रुकें
error-page-wait-text-one = बहुत बार कोशिश हो चुकी है। आपकी सुरक्षा के लिए, लगभग एक मिनट रुककर फिर कोशिश करें।
error-page-wait-text = बहुत बार कोशिश हो चुकी है। आपकी सुरक्षा के लिए, लगभग { $n } मिनट रुककर फिर कोशिश करें।
error-page-wrong = कुछ गड़बड़ हो गई
error-page-wrong-text = हमारी ओर से कुछ गड़बड़ हो गई। आपका लिखा कुछ भी साझा नहीं हुआ। कृपया थोड़ी देर में फिर से कोशिश करें।
error-page-unreadable = यह अनुरोध पढ़ा नहीं जा सका। कृपया पीछे जाकर फिर से कोशिश करें।
