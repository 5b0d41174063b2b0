# DilTalks का इंटरफ़ेस हिन्दी में: खाते के अपने पेज: सेटिंग, दो-चरण साइन इन, ईमेल, खाता मिटाना। locales/en/settings.ftl की हर कुंजी यहाँ भी है, उन्हीं
# प्लेसहोल्डरों के साथ (एक यूनिट टेस्ट जाँचता है)। शब्दों के चुनाव के लिए docs/GLOSSARY.md देखें।

## सेटिंग्स (templates/accounts/settings.html, accounts/handlers/settings.rs)

settings-title = सेटिंग्स
settings-profile = प्रोफ़ाइल
settings-signed-in-as = आप { $email } से साइन इन हैं (
settings-email-change = बदलें
settings-email-private = )। आपका ईमेल आपके साथी या काउंसलर को कभी नहीं दिखता।
settings-time-zone = टाइम ज़ोन
settings-time-zone-hint = समय इसी ज़ोन के हिसाब से दिखाया जाता है, जैसे Asia/Kolkata या Europe/London।
settings-save-profile = प्रोफ़ाइल सहेजें
settings-password = पासवर्ड
settings-password-intro = पासवर्ड बदलते ही बाकी सभी डिवाइस से साइन आउट हो जाता है।
settings-current-password = अभी का पासवर्ड
settings-new-password = नया पासवर्ड
settings-new-password-hint = कम से कम 8 अक्षर।
settings-change-password = पासवर्ड बदलें
settings-two-factor-on = चालू: साइन इन के लिए आपका पासवर्ड और आपके ऑथेंटिकेटर ऐप का कोड, दोनों चाहिए।
settings-two-factor-off = बंद। इसे चालू कर लें, ताकि सिर्फ़ पासवर्ड जान लेने से कोई आपका खाता न खोल सके।
settings-two-factor-manage = रिकवरी कोड, और इसे बंद करना
settings-two-factor-set-up = दो-चरण साइन इन चालू करें
settings-sessions = आप कहाँ-कहाँ साइन इन हैं
settings-sessions-caption = जो डिवाइस आपको अनजाना लगे, उससे साइन आउट करें, फिर अपना पासवर्ड बदल लें।
settings-sessions-device = डिवाइस
settings-sessions-started = साइन इन का समय
settings-sessions-last-active = आख़िरी इस्तेमाल
settings-sessions-action = कार्रवाई
settings-sessions-this-device = यही डिवाइस
settings-sessions-sign-out = साइन आउट करें
settings-sessions-here = (यहाँ से)
settings-sessions-end-others = बाकी सब जगह से साइन आउट करें
settings-device = { $os } पर { $browser }
settings-device-os = { $os } पर कोई ब्राउज़र
settings-device-unknown = कोई अनजाना ब्राउज़र या ऐप
settings-sharing = काउंसलरों के साथ साझा करना
settings-sharing-intro = चुनें कि जिस काउंसलर का सेशन आपने बुक किया है, वे क्या देख सकते हैं, और देखें कि उन्होंने कब-कब देखा:
settings-sharing-link = साझा करना और उसका पूरा रिकॉर्ड
settings-end-mark = ।
settings-no-reads = आपकी साझा की हुई किसी भी चीज़ को अब तक किसी काउंसलर ने नहीं देखा है।
settings-read-line = { $when }: { $who } ने देखा — { $what }
settings-read-checkins = आपके चेक-इन के अंक
settings-read-account = आपका तय हुआ ब्योरा
settings-read-questionnaire = आपकी प्रश्नावली के स्कोर
settings-read-feedback = सेशन से पहले और बाद के आपके जवाब
settings-read-reflection = एक विचार
settings-read-and = { $rest } और { $last }
settings-your-data = आपका डेटा
settings-export = अपना डेटा डाउनलोड करें
settings-export-rest = : आपने जो कुछ लिखा, सब एक ही डाउनलोड में।
settings-delete = अपना खाता मिटाएँ
settings-delete-rest = : जो सिर्फ़ आपका था, वह हमेशा के लिए मिट जाएगा।
settings-mail = ईमेल
settings-mail-intro = आपकी बुकिंग और आपके खाते से जुड़े ईमेल हमेशा आते हैं। ये वाले आप बंद कर सकते हैं, यहाँ से या हर ईमेल के आख़िर में दिए लिंक से:
settings-mail-legend = मुझे भेजें
settings-mail-session-reminders = सेशन के रिमाइंडर, एक दिन पहले और एक घंटा पहले
settings-mail-program-reminders = कार्यक्रम में अपने वादों के लिए आपके लगाए रिमाइंडर
settings-mail-message-notices = जब कोई संदेश काफ़ी देर से बिना पढ़े पड़ा हो, तब एक सूचना
settings-mail-payment-reminders = जब आपका कोई बिल कुछ दिन बाद भी बकाया हो, तब एक रिमाइंडर
settings-mail-save = ईमेल की पसंद सहेजें
settings-discreet = गोपनीय मोड
settings-discreet-intro = ऐसे डिवाइस के लिए जिसे कोई और भी इस्तेमाल करता हो या देखता हो: ब्राउज़र टैब पर सादे आइकन के साथ "नोट्स" लिखा आता है, और हमारे भेजे ईमेल के विषय, भेजने वाले के नाम या लिखे में सेवा का नाम नहीं होता।
settings-discreet-turn-off = गोपनीय मोड बंद करें
settings-discreet-turn-on = गोपनीय मोड चालू करें
settings-cancel = रद्द करें
settings-continue = आगे बढ़ें
settings-profile-saved = आपकी प्रोफ़ाइल सहेज ली गई।
settings-password-changed = आपका पासवर्ड बदल गया।
settings-password-changed-one = आपका पासवर्ड बदल गया, और आपके दूसरे डिवाइस से साइन आउट हो गया।
settings-password-changed-many = आपका पासवर्ड बदल गया, और बाकी { $n } डिवाइस से साइन आउट हो गया।
settings-signed-out = आप साइन आउट हो गए हैं।
settings-session-ended = उस डिवाइस से साइन आउट हो गया।
settings-no-other-sessions = किसी और डिवाइस पर साइन इन नहीं था।
settings-others-ended = बाकी { $n } डिवाइस से साइन आउट कर दिया।
settings-discreet-now-on = गोपनीय मोड चालू है: टैब पर "नोट्स" लिखा आता है और ईमेल में सेवा का नाम नहीं होता।
settings-discreet-now-off = गोपनीय मोड बंद है।
error-settings-current-password = यह आपका अभी का पासवर्ड नहीं है।

## दो-चरण साइन इन (templates/accounts/two_factor.html, recovery_codes.html, login_code.html,
## accounts/handlers/second_factor.rs)

twofactor-title = दो-चरण साइन इन
twofactor-on-before = दो-चरण साइन इन
twofactor-on-word = चालू
twofactor-on-after = {" "}है। साइन इन के लिए आपका पासवर्ड और आपके ऑथेंटिकेटर ऐप का कोड, दोनों चाहिए, पासवर्ड बदलने के बाद भी।
twofactor-unused-one = आपके पास 1 रिकवरी कोड बचा है, जो अभी इस्तेमाल नहीं हुआ।
twofactor-unused-many = आपके पास { $n } रिकवरी कोड बचे हैं, जो अभी इस्तेमाल नहीं हुए।
twofactor-new-codes = नए रिकवरी कोड बनाएँ
twofactor-off-heading = इसे बंद करें
twofactor-off-understand = मुझे पता है कि इसके बाद साइन इन के लिए फिर से सिर्फ़ मेरा पासवर्ड लगेगा
twofactor-off-submit = दो-चरण साइन इन बंद करें
twofactor-intro = दो-चरण साइन इन के साथ सिर्फ़ पासवर्ड जानना काफ़ी नहीं होता: साइन इन के लिए आपके फ़ोन के एक ऐप का कोड भी चाहिए (कोई भी ऑथेंटिकेटर ऐप जो समय के हिसाब से बदलने वाले कोड देता हो)। यह तब काम आता है जब कोई और आपका पासवर्ड जानता हो या उसका अंदाज़ा लगा सकता हो।
twofactor-step-scan = अपने ऑथेंटिकेटर ऐप में यह कोड स्कैन करके एक खाता जोड़ें, या नीचे दी गई कुंजी टाइप करें।
twofactor-step-type = फिर ऐप में दिखने वाला छह अंकों का कोड यहाँ लिखें।
twofactor-key = कुंजी:
twofactor-qr = आपके ऑथेंटिकेटर ऐप के लिए QR कोड
twofactor-code = ऐप का कोड
twofactor-code-hint = छह अंक।
twofactor-on-submit = दो-चरण साइन इन चालू करें
twofactor-now-off = दो-चरण साइन इन बंद हो गया।
twofactor-codes-title = आपके रिकवरी कोड
twofactor-codes-first = दो-चरण साइन इन अब चालू है। अब से साइन इन के लिए आपका पासवर्ड और आपके ऑथेंटिकेटर ऐप का कोड, दोनों चाहिए।
twofactor-codes-renewed = ये आपके नए रिकवरी कोड हैं। पुराने अब काम नहीं करेंगे।
twofactor-codes-about = अगर आप अपना ऑथेंटिकेटर ऐप इस्तेमाल न कर पाएँ, तो हर कोड से एक बार साइन इन हो सकता है। इन्हें किसी निजी जगह रखें, इस डिवाइस से दूर: अगर ये किसी साथी के हाथ लग जाएँ, तो वह इन्हें इस्तेमाल कर सकता है। ये सिर्फ़ अभी दिखाए जा रहे हैं।
twofactor-codes-label = रिकवरी कोड
twofactor-codes-download = टेक्स्ट फ़ाइल के रूप में डाउनलोड करें
twofactor-codes-copy = कोड कॉपी करें
twofactor-codes-done = हो गया
twofactor-codes-file = रिकवरी कोड। हर कोड एक ही बार काम करता है।
twofactor-login-title = अपना साइन इन कोड लिखें
twofactor-login-intro = अपना ऑथेंटिकेटर ऐप खोलें और उसमें DilTalks के लिए दिख रहा छह अंकों का कोड लिखें। अगर ऐप तक न पहुँच पाएँ, तो उसकी जगह अपना कोई रिकवरी कोड लिखें।
twofactor-login-code = कोड
twofactor-login-hint = छह अंक, या abcde-fghij जैसा कोई रिकवरी कोड।
twofactor-login-again = फिर से शुरू करें
twofactor-login-lost = ऐप और रिकवरी कोड, दोनों खो गए? पासवर्ड बदलने से दो-चरण साइन इन बंद नहीं होता। अपने खाते वाले ईमेल पते से सेवा चलाने वालों को लिखें: वे पक्का करने के बाद ही इसे बंद करते हैं कि यह आप ही हैं।
twofactor-login-expired = इसमें बहुत देर हो गई। कृपया फिर से साइन इन करें।
error-twofactor-wrong-code = यह कोड काम नहीं आया। कोड हर 30 सेकंड में बदलते हैं और हर कोड एक ही बार चलता है; सबसे नया कोड लिखें।
error-twofactor-recovery-used = यह रिकवरी कोड पहले ही इस्तेमाल हो चुका है: हर कोड एक ही बार काम करता है। अपना कोई दूसरा रिकवरी कोड लिखें।
error-twofactor-no-match = यह कोड कुंजी से मेल नहीं खाता। देख लें कि ऐप में DilTalks दिख रहा है, और उसका सबसे नया कोड लिखें।
error-twofactor-confirm-off = दो-चरण साइन इन बंद करना है, यह बताने के लिए बॉक्स पर निशान लगाएँ। अभी यह चालू ही है।
error-twofactor-setup-key = सेटअप की कुंजी रास्ते में बदल गई। नई कुंजी के लिए दो-चरण साइन इन फिर से खोलें।

## फिर से पासवर्ड पूछना (templates/accounts/reauth.html)

reauth-title = पक्का करें कि यह आप ही हैं
reauth-intro = अगर इस डिवाइस पर कोई और हो, तो यह क़दम आपके खाते को बचाता है। आगे बढ़ने के लिए अपना पासवर्ड लिखें; अगले दस मिनट तक यह दोबारा नहीं पूछा जाएगा।
reauth-intro-code = अगर इस डिवाइस पर कोई और हो, तो यह क़दम आपके खाते को बचाता है। आगे बढ़ने के लिए अपना पासवर्ड और अपने ऑथेंटिकेटर ऐप का कोड लिखें; अगले दस मिनट तक यह दोबारा नहीं पूछा जाएगा।
reauth-code = ऐप का कोड, या कोई रिकवरी कोड
error-reauth-password = यह पासवर्ड सही नहीं है।

## ईमेल बदलना (templates/accounts/email.html, email_confirm.html, accounts/handlers/email.rs)

email-title = अपना ईमेल बदलें
email-intro = आपका खाता { $email } से साइन इन होता है। हम नए पते पर एक लिंक भेजेंगे; उसे खोलते ही बदलाव हो जाएगा, और फिर हम पुराने पते पर भी बता देंगे कि ऐसा हुआ।
email-new = नया ईमेल पता
email-send = लिंक भेजें
email-sent = हमने नए पते पर एक लिंक भेजा है। उसे खोलते ही आपका ईमेल बदल जाएगा; तब तक पुराना ही चलेगा।
email-confirm-title = अपने नए ईमेल की पुष्टि करें
email-confirm-intro = अब से आपका खाता इसी पते से साइन इन हो।
email-confirm-use = यही पता रखें
email-changed = आपका ईमेल पता बदल गया।
error-email-change-same = आपका खाता पहले से यही पता इस्तेमाल कर रहा है।
error-email-change-link = ईमेल बदलने का लिंक एक ही बार और 48 घंटे तक काम करता है। आप अपनी सेटिंग्स में नया लिंक माँग सकते हैं।
error-email-change-taken = आपके माँगने के बाद यह पता किसी दूसरे खाते ने ले लिया, इसलिए आपका ईमेल पहले जैसा ही है।

## नए खाते के पते की पुष्टि (templates/accounts/confirm.html, accounts/handlers/register.rs)

confirm-title = अपने ईमेल की पुष्टि करें
confirm-heading = अपने ईमेल पते की पुष्टि करें
confirm-intro = बस एक क़दम और: पुष्टि करें कि यह पता आपका है, और आप साइन इन हो जाएँगे।
confirm-submit = मेरे ईमेल पते की पुष्टि करें
confirm-welcome = आपके ईमेल पते की पुष्टि हो गई। DilTalks में आपका स्वागत है।
error-confirm-link-invalid = यह लिंक अब काम नहीं करता
error-confirm-link = हो सकता है इसकी मियाद ख़त्म हो गई हो या यह पहले ही इस्तेमाल हो चुका हो। साइन इन करें, या नया लिंक माँगें।

## रीसेट लिंक से नया पासवर्ड (templates/accounts/reset.html, accounts/handlers/reset.rs)

reset-title = नया पासवर्ड चुनें
reset-intro = इसके बाद आपके खाते से जुड़े हर डिवाइस से साइन आउट हो जाएगा।
reset-hint = कम से कम 8 अक्षर। कुछ आपस में बेमेल शब्द अच्छे रहते हैं।
reset-save = नया पासवर्ड सहेजें
reset-sent = अगर कोई खाता इस पते का इस्तेमाल करता है, तो हमने उस पर नया पासवर्ड चुनने का लिंक भेज दिया है। लिंक एक घंटे तक काम करता है।
reset-set = आपका पासवर्ड तय हो गया। स्वागत है।
reset-changed = आपका पासवर्ड बदल गया और हर डिवाइस से साइन आउट हो गया। अपने नए पासवर्ड से साइन इन करें।
error-reset-link = रीसेट लिंक एक ही बार और एक घंटे तक काम करता है। आप साइन इन वाले पेज पर नया लिंक माँग सकते हैं।

## खाता मिटाना (templates/accounts/delete.html)

delete-title = अपना खाता मिटाएँ
delete-intro = इसे वापस नहीं लिया जा सकता। चाहें तो पहले
delete-export = अपना डेटा डाउनलोड कर लें
delete-intro-end = ।
delete-what-happens = क्या होगा
delete-signed-out = आप हर जगह से साइन आउट हो जाएँगे, और इस खाते से फिर कभी साइन इन नहीं हो सकेगा।
delete-writing = आपने अपने लिए जो कुछ लिखा, सब मिट जाएगा, और जिस कुंजी से वह बंद था वह भी नष्ट कर दी जाएगी, ताकि कोई बैकअप भी उसे न खोल सके: आपकी डायरी, बयान, चेक-इन, प्रश्नावली के जवाब, विचार, ज़रूरतें, विचारों का लेखा, एक-दूसरे को बताए गए नोट, सवाल, रेटिंग और सुरक्षा जाँचें।
delete-shared = आपने अपने साथी से जो साझा किया था, वह उन्हें दिखना बंद हो जाएगा, क्योंकि वह आपकी कुंजी से बंद था।
delete-space = आप "हमारी जगह" से निकल जाएँगे, जैसे आपने ख़ुद "यह जगह छोड़ें" चुना हो। आपके साथी को कोई संदेश नहीं जाएगा; उन्हें बस दिखेगा कि आप चले गए। जो आप दोनों का साझा है (साझा ब्योरे के सारे रूप, और वादे उनकी पुष्टियों के साथ), वह जगह के पास रहेगा, आपके साथ नहीं जाएगा।
delete-sessions = काउंसलर के साथ आने वाले सेशन रद्द हो जाएँगे, और काउंसलर को रद्द होने की वही सामान्य सूचना जाएगी।
delete-counsellors = आपके काउंसलरों को आपकी साझा की हुई कोई भी चीज़ दिखना बंद हो जाएगी, और आपके साझा करने का रिकॉर्ड मिट जाएगा।
delete-notes-kept = आपके बारे में काउंसलर के अपने सेशन नोट उनके पेशेवर रिकॉर्ड हैं, जिन्हें यहाँ का क़ानून रखने को कहता है; वे काउंसलर की कुंजी से बंद रहते हैं और उनमें आप सिर्फ़ एक पुराने सदस्य के रूप में दिखते हैं।
delete-notes-erased = आपके बारे में काउंसलर के अपने सेशन नोट भी मिट जाएँगे।
delete-audit = किसने क्या किया, इसके रिकॉर्ड में आपकी जगह सिर्फ़ एक बेनाम नंबर रहेगा, ताकि रिकॉर्ड पूरा रहे।
delete-confirm = पुष्टि के लिए लिखें: { $phrase }
delete-phrase = मेरा खाता मिटा दीजिए
delete-submit = मेरा खाता हमेशा के लिए मिटाएँ
delete-keep = मेरा खाता रहने दें
delete-done = आपका खाता मिट गया। जो कुछ सिर्फ़ आपका था, वह अब नहीं रहा।
error-delete-phrase = खाता मिटाने के लिए शब्द ठीक वैसे ही लिखें जैसे दिखाए गए हैं।
