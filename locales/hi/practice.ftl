# DilTalks का इंटरफ़ेस हिन्दी में: काउंसलर की प्रैक्टिस: उनकी प्रोफ़ाइल, उसका फ़ॉर्म, उपलब्धता और प्रैक्टिस का पेज। locales/en/practice.ftl की हर कुंजी यहाँ भी है, उन्हीं
# प्लेसहोल्डरों के साथ (एक यूनिट टेस्ट जाँचता है)। शब्दों के चुनाव के लिए docs/GLOSSARY.md देखें।

## प्रैक्टिस का पेज (templates/profiles/practice.html, profiles/handlers/own.rs)

practice-title = आपकी प्रैक्टिस
practice-welcome = स्वागत है। शुरुआत अपनी प्रोफ़ाइल से करें: हमारी टीम आपके लाइसेंस की जाँच कर ले, तो सदस्य आपको डायरेक्टरी में ढूँढ सकेंगे।
practice-write-profile = अपनी प्रोफ़ाइल लिखें
practice-profile = आपकी प्रोफ़ाइल
# $reason: ऑपरेटर के अपने शब्द, जैसे उन्होंने लिखे।
practice-suspended = आपकी प्रोफ़ाइल निलंबित है और डायरेक्टरी में नहीं दिखती: { $reason }। अगर आपको लगता है कि यह ग़लती है, तो ऑपरेटर को लिखें।
# तीन हिस्सों में एक वाक्य: शब्द, एक लिंक, और उसके बाद के शब्द।
practice-listed = लाइसेंस की जाँच हो चुकी है और आप डायरेक्टरी में दिख रहे हैं।
practice-listed-link = अपनी सार्वजनिक प्रोफ़ाइल देखें
practice-listed-after = ।
practice-expired = जाँच हो चुकी है, पर आपके लाइसेंस की अवधि ख़त्म हो गई है, इसलिए आप डायरेक्टरी में नहीं दिखते। लाइसेंस रिन्यू होते ही उसकी नई आख़िरी तारीख़ लिख दें।
practice-submitted = हमारी टीम आपके लाइसेंस की जाँच करेगी। तब तक भी आप प्रोफ़ाइल बदल सकते हैं।
practice-rejected = हमारी टीम इसकी पुष्टि नहीं कर पाई। इसे ठीक करके फिर से भेजें।
# $reason: ऑपरेटर के अपने शब्द, जैसे उन्होंने लिखे।
practice-rejected-reason = हमारी टीम इसकी पुष्टि नहीं कर पाई: { $reason }। इसे ठीक करके फिर से भेजें।
practice-draft = यह अभी ड्राफ़्ट है: तैयार हो जाए, तो इसे जाँच के लिए भेजें।
practice-edit-profile = अपनी प्रोफ़ाइल बदलें
practice-preview = सदस्यों को आप ऐसे दिखते हैं
practice-attention = इन क्लाइंट पर ध्यान दें
practice-attention-intro = सेशन से पहले और बाद के उनके अपने जवाबों से, जो वे आपसे साझा करते हैं।
# क्लाइंट के नाम (एक लिंक) के बाद, इसलिए कोलन से शुरू होते हैं; $name वह साथी है जिसके बारे में यह बात है।
practice-sessions = आने वाले सेशन
practice-link-availability = अपना उपलब्ध समय तय करें
practice-link-calendar = अपने सेशन अपने कैलेंडर में जोड़ें
practice-link-fees = फ़ीस और भुगतान
practice-link-books = हिसाब-किताब
practice-nothing-booked = अभी कुछ बुक नहीं हुआ है।
# सेशन के समय (एक लिंक) के बाद: किसने बुक किया और सेशन कितना लंबा है।
practice-session-line = · { $client } · { $minutes } मिनट
practice-session-line-couple = · { $client } और साथी (जोड़े का सेशन) · { $minutes } मिनट
practice-link-clients = आपके क्लाइंट, वे आपसे क्या साझा करते हैं, और आपके नोट
practice-link-consent = आपका सहमति-पत्र
practice-link-intake = आपके शुरुआती सवाल
# एक लिंक, फिर उसके बाद के शब्द।
practice-write-guide = जोड़ों के लिए एक गाइड लिखें
practice-write-guide-after = : आपके नाम और प्रोफ़ाइल के साथ छपने से पहले एक संपादक उसे पढ़ता है।
practice-messages-next = सुरक्षित संदेश जल्द ही यहाँ आएँगे।
# प्रोफ़ाइल सेव होने के बाद के संदेश।
practice-saved-verified = आपकी प्रोफ़ाइल अपडेट हो गई है।
practice-saved-recheck = सेव हो गया। आपके लाइसेंस की जानकारी बदली है, इसलिए जब तक हमारी टीम उसे दोबारा नहीं जाँच लेती, प्रोफ़ाइल डायरेक्टरी में नहीं दिखेगी।
practice-saved-submitted = धन्यवाद। हमारी टीम आपके लाइसेंस की जाँच करेगी; नतीजा आपको यहीं दिखेगा।
practice-saved-draft = आपका ड्राफ़्ट सेव हो गया है। तैयार हो जाए, तो इसे जाँच के लिए भेजें।
practice-photo-saved = आपकी फ़ोटो सेव हो गई है।

## प्रोफ़ाइल का फ़ॉर्म (templates/profiles/profile_form.html, profiles/handlers/own.rs)

practice-profile-title = काउंसलर के रूप में आपकी प्रोफ़ाइल
practice-back = आपकी प्रैक्टिस
practice-profile-rejected = हमारी टीम पिछले संस्करण की पुष्टि नहीं कर पाई। इसे ठीक करके फिर से भेजें।
# $reason: ऑपरेटर के अपने शब्द, जैसे उन्होंने लिखे।
practice-profile-rejected-reason = हमारी टीम पिछले संस्करण की पुष्टि नहीं कर पाई: { $reason }। इसे ठीक करके फिर से भेजें।
practice-profile-verified = आपकी प्रोफ़ाइल की जाँच हो चुकी है। नाम या लाइसेंस की जानकारी बदलने पर वह दोबारा जाँच के लिए जाती है और तब तक डायरेक्टरी में नहीं दिखती; बाक़ी बदलाव तुरंत दिखते हैं।
practice-profile-intro = हमारी टीम आपका लाइसेंस जारी करने वाली संस्था से जाँच ले, उसके बाद सदस्य इसे देखते हैं। अपने शब्दों में लिखें, किसी ऐसे इंसान के लिए जो दुखी है और तय नहीं कर पा रहा कि काउंसलिंग उसके काम की है या नहीं।
practice-photo = फ़ोटो (चाहें तो)
practice-photo-alt = आपकी अभी की फ़ोटो
practice-photo-replace = अपनी फ़ोटो बदलें
practice-photo-add = फ़ोटो जोड़ें
practice-photo-hint = JPEG, PNG या WebP, 5 MB तक। हम इसे छोटा कर देते हैं और फ़ाइल की कोई जानकारी नहीं रखते, जैसे कि फ़ोटो कहाँ ली गई।
practice-photo-upload = फ़ोटो अपलोड करें
practice-about = आपके बारे में
practice-full-name = पूरा नाम
practice-full-name-hint = जैसा आपके लाइसेंस पर लिखा है।
practice-job-title = पेशेवर पद
practice-job-title-hint = जैसे: काउंसलिंग साइकोलॉजिस्ट, मैरिज और फ़ैमिली थेरेपिस्ट।
practice-bio = परिचय
practice-bio-hint = आप कैसे काम करते हैं और किनकी मदद करते हैं। पहला पैराग्राफ़ डायरेक्टरी में दिखता है।
practice-gender = जेंडर (चाहें तो)
practice-gender-hint = कुछ क्लाइंट किसी ख़ास जेंडर के काउंसलर को पसंद करते हैं।
practice-gender-none = नहीं बताना चाहते
practice-licence = लाइसेंस
practice-licence-number = लाइसेंस या रजिस्ट्रेशन नंबर
practice-licensing-body = लाइसेंस जारी करने वाली संस्था
practice-licensing-body-hint = जैसे: भारतीय पुनर्वास परिषद (RCI)।
practice-jurisdiction = लाइसेंस कहाँ मान्य है
practice-jurisdiction-hint = देश, राज्य या प्रांत।
practice-expires = कब तक मान्य है
practice-expires-hint = मान्यता का आख़िरी दिन।
practice-work = आपका काम
practice-specialties = आप किन बातों पर काम करते हैं
practice-approaches = तरीक़े (चाहें तो)
practice-approaches-hint = जैसे: इमोशनली फ़ोकस्ड थेरेपी, गॉटमैन मेथड।
practice-languages = भाषाएँ
practice-languages-hint = कॉमा लगाकर अलग करें, जैसे English, Hindi या हिन्दी।
practice-formats = आप क्लाइंट से कैसे मिलते हैं
practice-fee = एक सेशन की फ़ीस
practice-currency = मुद्रा
practice-time-zone = आपका टाइम ज़ोन
practice-time-zone-hint = आपका उपलब्ध समय इसी ज़ोन में तय होगा, जैसे Asia/Kolkata।
practice-save-changes = बदलाव सेव करें
practice-submit = जाँच के लिए भेजें
practice-save-draft = ड्राफ़्ट के रूप में सेव करें

## फ़ॉर्म में लिखी तारीख़, जो नहीं ली गई (लाइसेंस की आख़िरी तारीख़, छुट्टी का दिन): $from और $to तारीख़ें हैं, $example साल-महीना-दिन में एक तारीख़

practice-date-between = { $from } और { $to } के बीच की तारीख़ लिखें।
practice-date-format = तारीख़ साल-महीना-दिन में लिखें, जैसे { $example }, और { $from } से { $to } के बीच।

## प्रोफ़ाइल के फ़ॉर्म की ग़लतियाँ (profiles/handlers/own.rs, profiles::model, profiles::photo)

error-practice-name-missing = अपना पूरा नाम लिखें, जैसा आपके लाइसेंस पर है।
error-practice-name-long = अपना पूरा नाम { $n } अक्षरों से कम रखें।
error-practice-title-missing = अपना पेशेवर पद लिखें।
error-practice-title-long = अपना पेशेवर पद { $n } अक्षरों से कम रखें।
error-practice-bio-missing = अपना परिचय लिखें।
error-practice-bio-long = अपना परिचय { $n } अक्षरों से कम रखें।
error-practice-number-missing = अपना लाइसेंस नंबर लिखें।
error-practice-number-long = लाइसेंस नंबर { $n } अक्षरों से कम रखें।
error-practice-body-missing = लाइसेंस जारी करने वाली संस्था का नाम लिखें।
error-practice-body-long = संस्था का नाम { $n } अक्षरों से कम रखें।
error-practice-jurisdiction-missing = लिखें कि लाइसेंस कहाँ मान्य है।
error-practice-jurisdiction-long = लाइसेंस कहाँ मान्य है, यह { $n } अक्षरों से कम में लिखें।
error-practice-specialties = कम से कम एक बात चुनें जिस पर आप काम करते हैं।
error-practice-formats = कम से कम एक तरीक़ा चुनें जिससे आप क्लाइंट से मिलते हैं।
error-practice-languages = कम से कम एक भाषा लिखें जिसमें आप काम करते हैं।
error-practice-currency = मुद्रा चुनें।
error-practice-approaches-long = इसे { $n } अक्षरों से कम रखें।
error-practice-expiry-format = आख़िरी तारीख़ लिखें, जैसे 2027-03-31।
error-practice-expired = इस लाइसेंस की अवधि ख़त्म हो चुकी है। सिर्फ़ मान्य लाइसेंस की ही जाँच हो सकती है।
error-practice-photo-missing = अपलोड करने के लिए एक फ़ोटो चुनें।
error-practice-photo-large = यह फ़ोटो 5 MB से बड़ी है। कृपया कोई छोटी फ़ोटो चुनें।
error-practice-photo-unreadable = यह फ़ाइल फ़ोटो के रूप में पढ़ी नहीं जा सकी।
error-practice-photo-kind = यह फ़ाइल JPEG, PNG या WebP फ़ोटो नहीं है।
error-practice-photo-damaged = यह फ़ोटो खुल नहीं पाई: हो सकता है वह ख़राब हो या बहुत बड़ी हो।
error-practice-photo-convert = यह फ़ोटो बदली नहीं जा सकी।
error-practice-upload-interrupted = अपलोड बीच में रुक गया। कृपया फिर से कोशिश करें।

## उपलब्ध समय (templates/availability/availability.html, availability/handlers.rs)

practice-availability-title = आपका उपलब्ध समय
practice-availability-intro = यहाँ सारे समय आपके अपने टाइम ज़ोन, { $zone }, में हैं। सदस्यों को ख़ाली समय उनके अपने ज़ोन में दिखते हैं।
practice-rules = बुकिंग के नियम
practice-session-minutes = सेशन की लंबाई (मिनट)
practice-buffer-minutes = हर सेशन के बाद ब्रेक (मिनट)
practice-notice-hours = बुकिंग कम से कम कितने घंटे पहले हो
practice-horizon-days = कितने दिन आगे तक बुक हो सकता है
practice-cancel-hours = कितने घंटे पहले तक मुफ़्त में रद्द हो सकता है
practice-save = सेव करें
practice-weekly = हर हफ़्ते के घंटे
practice-weekly-none = अभी कोई नहीं: जब तक आप कुछ घंटे नहीं जोड़ते, सदस्य बुक नहीं कर सकते।
# हर हफ़्ते उस दिन: $day दिन का नाम ("सोमवार"), $from और $to समय ("09:00")।
practice-window = हर { $day } { $from }–{ $to }
practice-remove = हटाएँ
practice-day = दिन
practice-from = कब से
practice-until = कब तक
practice-add-hours = ये घंटे जोड़ें
practice-exceptions = छुट्टी और अतिरिक्त घंटे
# $from और $to: हर एक में तारीख़ और समय ("3 नवंबर 2026, 09:00")।
practice-exception-off = छुट्टी: { $from } से { $to } तक
practice-exception-extra = अतिरिक्त घंटे: { $from } से { $to } तक
practice-kind = किस तरह का
practice-time-off = छुट्टी
practice-extra-hours = अतिरिक्त घंटे
practice-date = तारीख़
practice-starting = कब से (पूरे दिन के लिए ख़ाली छोड़ें)
practice-ending = कब तक
practice-add = जोड़ें
practice-next-bookable = सदस्य आगे ये समय बुक कर सकते हैं
practice-nothing-yet = अभी कुछ नहीं।
# पुष्टि के संदेश।
practice-rules-saved = सेव हो गया।
practice-hours-added = घंटे जुड़ गए।
practice-removed = हटा दिया गया।
practice-time-off-added = छुट्टी जुड़ गई। इस समय में पहले से बुक सेशन बुक ही रहेंगे: ज़रूरत हो, तो उन्हें रद्द कर दें।
practice-extra-added = अतिरिक्त घंटे जुड़ गए।

## उपलब्ध समय की ग़लतियाँ (availability/handlers.rs)

error-practice-session-minutes = सेशन की लंबाई 15 से 240 के बीच की कोई पूरी संख्या होनी चाहिए।
error-practice-buffer-minutes = सेशन के बाद का ब्रेक 0 से 120 के बीच की कोई पूरी संख्या होनी चाहिए।
error-practice-notice-hours = कितने घंटे पहले बुकिंग हो, यह 0 से 720 के बीच की कोई पूरी संख्या होनी चाहिए।
error-practice-horizon-days = कितने दिन आगे तक बुकिंग हो, यह 1 से 365 के बीच की कोई पूरी संख्या होनी चाहिए।
error-practice-cancel-hours = मुफ़्त में रद्द करने के घंटे 0 से 720 के बीच की कोई पूरी संख्या होनी चाहिए।
error-practice-window = एक दिन चुनें, और शुरुआत का समय ख़त्म होने से पहले रखें, जैसे 09:00 से 13:00।
error-practice-exception = तारीख़ लिखें, और या तो दोनों समय (शुरुआत ख़त्म होने से पहले) लिखें या पूरे दिन के लिए दोनों ख़ाली छोड़ें।
