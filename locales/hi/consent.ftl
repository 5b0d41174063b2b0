# DilTalks का इंटरफ़ेस हिन्दी में: सहमति, इनटेक और सेशन के बाद की प्रतिक्रिया। locales/en/consent.ftl की हर कुंजी यहाँ भी है, उन्हीं
# प्लेसहोल्डरों के साथ (एक यूनिट टेस्ट जाँचता है)। शब्दों के चुनाव के लिए docs/GLOSSARY.md देखें।

## काउंसलर का सहमति-पत्र (templates/consent/edit.html, consent/handlers.rs)

consent-back-practice = आपकी प्रैक्टिस
consent-edit-title = आपका सहमति-पत्र
consent-edit-intro = आपके साथ पहले सेशन से पहले, आने वाला हर व्यक्ति इसे पढ़ता है और अपना नाम टाइप करके इस पर हस्ताक्षर करता है। बदलाव प्रकाशित करने से एक नया वर्ज़न बनता है: क्लाइंट अपने अगले सेशन से पहले फिर से हस्ताक्षर करते हैं, और हर किसी ने जिस पर हस्ताक्षर किए, वह ठीक वैसा ही रहता है जैसा उन्होंने पढ़ा था।
consent-edit-markdown = इसे Markdown में लिखें: ## से शुरू होने वाली पंक्ति शीर्षक होती है, और ख़ाली पंक्ति से नया पैराग्राफ़ शुरू होता है। इसमें गोपनीयता और उसकी सीमाएँ, जोड़ों के साथ काम में राज़ रखने का आपका नियम, फ़ीस और रद्द करना, रिकॉर्डिंग, आपात स्थिति, और काम ख़त्म करने का तरीक़ा शामिल करें।
consent-document = सहमति-पत्र
consent-publish = प्रकाशित करें
consent-versions = वर्ज़न
consent-none = अभी कुछ प्रकाशित नहीं हुआ है: क्लाइंट के पास हस्ताक्षर करने को कुछ नहीं है।
consent-version-line = वर्ज़न { $version }, { $when } को प्रकाशित
consent-unchanged = कुछ नहीं बदला: क्लाइंट का हस्ताक्षर किया हुआ वर्ज़न ही रहेगा।
consent-published-first = प्रकाशित हो गया। हर क्लाइंट अपने अगले सेशन से पहले इस पर हस्ताक्षर करेंगे।
consent-published = वर्ज़न { $version } के रूप में प्रकाशित हो गया। क्लाइंट अपने अगले सेशन से पहले इस पर फिर से हस्ताक्षर करेंगे।
error-consent-body-short = अपना सहमति-पत्र लिखें: पहले सेशन से पहले क्लाइंट किन बातों पर सहमति देते हैं।
error-consent-body-long = सहमति-पत्र { $n } अक्षरों से छोटा रखें।

## काउंसलर कहाँ से शुरू करें: ढाँचे के शीर्षक और हर एक के नीचे का सवाल (consent/model.rs)

consent-outline-confidentiality = गोपनीयता और उसकी सीमाएँ
consent-outline-confidentiality-prompt = कौन-सी बातें हमारे बीच रहती हैं, और कब मुझे कोई बात किसी और को बतानी पड़ सकती है (जैसे, किसी की जान को ख़तरा हो)।
consent-outline-secrets = जोड़ों के साथ काम में राज़
consent-outline-secrets-prompt = अगर आप में से कोई मुझे अकेले में कुछ ऐसा बताए जो दूसरे को पता नहीं है, तो ऐसे में मेरा नियम क्या है।
consent-outline-fees = फ़ीस और रद्द करना
consent-outline-fees-prompt = मेरी फ़ीस, भुगतान कैसे करें, और देर से रद्द करने की मेरी शर्तें।
consent-outline-recording = रिकॉर्डिंग
consent-outline-recording-prompt = सेशन रिकॉर्ड नहीं किए जाते।
consent-outline-emergencies = आपात स्थिति
consent-outline-emergencies-prompt = दो सेशनों के बीच कोई संकट आए तो क्या करें।
consent-outline-ending = हमारा काम ख़त्म करना
consent-outline-ending-prompt = हम में से कोई भी काउंसलिंग कैसे ख़त्म कर सकता है, और उसके बाद क्या होता है।

## सेशन से पहले पढ़ना और हस्ताक्षर करना (templates/consent/sign.html, consent/handlers.rs)

consent-back-session = आपका सेशन
consent-sign-title = सेशन से पहले सहमति
consent-sign-lead = { $name } पहले सेशन से पहले आने वाले हर व्यक्ति से इसे पढ़ने को कहते हैं। वर्ज़न { $version }।
consent-sign-earlier = आपने वर्ज़न { $version } पर हस्ताक्षर किए थे। उसके बाद { $name } ने सहमति-पत्र बदला है: कृपया यह वर्ज़न पढ़ें और इस पर फिर से हस्ताक्षर करें।
consent-signed-as = आपने इस वर्ज़न पर { $when } को { $name } नाम से हस्ताक्षर किए।
consent-download = आपने जिस पर हस्ताक्षर किए, उसे डाउनलोड करें
consent-full-name = आपका पूरा नाम
consent-name-hint = नाम टाइप करने से सहमति-पत्र पर आपके हस्ताक्षर हो जाते हैं। इसे सिर्फ़ आप और { $name } देखते हैं।
consent-agree = मैंने इसे पढ़ लिया है और मैं इससे सहमत हूँ
consent-share-feedback = हर सेशन से पहले और बाद के छोटे सवालों पर मेरे जवाब { $name } को देखने दें
consent-share-feedback-hint = सेशन से पहले चार सवाल कि आप कैसे हैं, और बाद में चार कि सेशन आपको कैसा लगा। हर साथी के जवाब देखकर काउंसलर जल्दी समझ पाते हैं कि काम से मदद नहीं मिल रही, या आप में से किसी को लग रहा है कि उनकी बात कम सुनी जा रही है। आपके जवाब आपके साथी कभी नहीं देखते। यह ज़रूरी नहीं है; आप साझा करने वाले पेज पर कभी भी इसे बंद कर सकते हैं।
consent-sign = हस्ताक्षर करें
consent-signed = हस्ताक्षर हो गए। आपने जिस पर हस्ताक्षर किए, उसे आप सहमति वाले पेज से डाउनलोड कर सकते हैं।
# एक एरर पेज: व्यक्ति पुराना वर्ज़न पढ़ ही रहे थे कि नया आ गया।
consent-new-version = आपके पढ़ते समय { $name } ने एक नया वर्ज़न प्रकाशित किया है। हस्ताक्षर करने से पहले कृपया वर्ज़न { $version } पढ़ें।
# जिस पर हस्ताक्षर किए उसकी फ़ाइल: उसकी पहली पंक्ति ("# " के बाद) और आख़िरी।
consent-file-title = सहमति-पत्र: { $name }, वर्ज़न { $version }
consent-file-signed = { $name } ने { $when } ({ $zone }) को हस्ताक्षर किए। जिस पाठ पर हस्ताक्षर किए, उसका SHA-256: { $hash }
consent-proceeded = दर्ज कर लिया: आप सबके हस्ताक्षर के बिना यह सेशन करेंगे।
error-consent-name-short = हस्ताक्षर के लिए अपना पूरा नाम टाइप करें।
error-consent-name-long = अपना नाम { $n } अक्षरों से छोटा रखें।
error-consent-agree = यह बताने के लिए बॉक्स पर टिक करें कि आपने इसे पढ़ लिया है और आप सहमत हैं।

## आने वाले हर व्यक्ति की स्थिति, जैसी सेशन के पेज पर दिखती है (consent/views.rs)

consent-standing-you-signed = आपने { $when } को वर्ज़न { $version } पर हस्ताक्षर किए
consent-standing-signed = { $name } ने { $when } को वर्ज़न { $version } पर हस्ताक्षर किए
consent-standing-you-outdated = आपने वर्ज़न { $version } पर हस्ताक्षर किए थे; उसके बाद सहमति-पत्र बदल गया है, इसलिए इस वर्ज़न पर अभी नहीं
consent-standing-outdated = { $name } ने वर्ज़न { $version } पर हस्ताक्षर किए थे; उसके बाद सहमति-पत्र बदल गया है, इसलिए इस वर्ज़न पर अभी नहीं
consent-standing-you-unsigned = आपने अभी हस्ताक्षर नहीं किए हैं
consent-standing-unsigned = { $name } ने अभी हस्ताक्षर नहीं किए हैं

## काउंसलर के शुरुआती सवाल (templates/intake/questions.html, intake/handlers.rs)

# वे चार सवाल जो हर बार पूछे जाते हैं (intake/model.rs)।
intake-base-brings = आप इस समय काउंसलिंग के लिए क्यों आ रहे हैं?
intake-base-hopes = हमारा काम पूरा होने तक आप क्या बदला हुआ देखना चाहेंगे?
intake-base-before = क्या आपने पहले कभी काउंसलिंग ली है? उसमें क्या काम आया, और क्या नहीं?
intake-base-know = क्या कुछ और है जो आप चाहेंगे कि मिलने से पहले मैं जान लूँ?
intake-back-practice = आपकी प्रैक्टिस
intake-questions-title = आपके शुरुआती सवाल
intake-questions-intro = आपके साथ पहले सेशन से पहले, आने वाला हर व्यक्ति अकेले में इनके जवाब देता है। जवाब सिर्फ़ वे और आप देखते हैं, उनके साथी कभी नहीं। हर बार ये सवाल पूछे जाते हैं:
intake-questions-safety = साथ ही उन्हें निजी सुरक्षा जाँच के बारे में भी बताया जाता है।
intake-own-title = आपके अपने सवाल
intake-none-yet = अभी कोई नहीं।
intake-remove = हटाएँ
intake-prompt-label = आपका अपना एक सवाल
intake-kind = जवाब कैसे दिया जाए
intake-kind-text = उनके अपने शब्दों में
intake-kind-choice = विकल्पों में से चुनकर
intake-choices-label = विकल्प, हर पंक्ति में एक (चुनने वाले सवाल के लिए)
intake-add = सवाल जोड़ें
intake-full = शुरुआती सवाल छोटे ही रहते हैं: नया सवाल जोड़ने के लिए कोई एक हटाएँ।
intake-added = सवाल जोड़ दिया।
intake-removed = हटा दिया। जो जवाब पहले दिए जा चुके हैं, उनमें यह सवाल बना रहेगा।
error-intake-question-empty = सवाल लिखें।
error-intake-question-long = सवाल { $n } अक्षरों से छोटा रखें।
error-intake-choice-long = हर विकल्प 80 अक्षरों से छोटा रखें।
error-intake-choices-count = 2 से { $n } विकल्प दें, हर पंक्ति में एक।
error-intake-full = शुरुआती सवाल छोटे ही रहते हैं: आपके अपने ज़्यादा से ज़्यादा { $n } सवाल। पहले कोई एक हटाएँ।

## पहले सेशन से पहले एक व्यक्ति के जवाब (templates/intake/form.html, intake/handlers.rs)

intake-back-session = आपका सेशन
intake-form-title = आपके पहले सेशन से पहले
intake-form-lead = { $name } के कुछ सवाल। आपके जवाब सिर्फ़ आप और { $name } देखते हैं। जितना चाहें उतना जवाब दें; सिर्फ़ पहला सवाल ज़रूरी है।
intake-form-lead-partner = { $name } के कुछ सवाल। आपके जवाब सिर्फ़ आप और { $name } देखते हैं; { $partner } नहीं। जितना चाहें उतना जवाब दें; सिर्फ़ पहला सवाल ज़रूरी है।
# सुरक्षा जाँच के लिंक (intake-safety-link) से पहले, फिर intake-safety-after।
intake-safety = अगर आप अपने साथी के साथ सुरक्षित महसूस नहीं करते, तो पहले
intake-safety-link = निजी सुरक्षा जाँच
intake-safety-after = कर सकते हैं। आपके साथी इसे नहीं देख सकते।
intake-answered = आपने { $when } को जवाब दिए। सेशन तक आप अपने जवाब बदल सकते हैं।
intake-save = मेरे जवाब सहेजें
intake-saved = सहेज लिया। आपके जवाब सिर्फ़ आप और { $name } देखते हैं।
error-intake-answer-long = इसे { $n } अक्षरों से छोटा रखें।
error-intake-first = यहाँ कुछ शब्द लिखें; बाक़ी सब ख़ाली छोड़ सकते हैं।
error-intake-choice-offered = दिए गए जवाबों में से एक चुनें।

## सेशन से पहले और बाद के छोटे सवाल (templates/feedback/form.html, feedback/handlers.rs)

feedback-back-session = आपका सेशन
feedback-over-time = समय के साथ आपके जवाब
# साझा करने वाले पेज के लिंक (feedback-sharing-page) से पहले, फिर feedback-form-shared-after।
feedback-form-shared = { $name } आपके जवाब देखते हैं, क्योंकि आप उन्हें
feedback-sharing-page = साझा करने वाले पेज
feedback-form-shared-after = {" "}पर साझा करते हैं; वहाँ आप कभी भी इसे बंद कर सकते हैं।
# साझा करने वाले पेज के लिंक से पहले, फिर feedback-form-private-after।
feedback-form-private = ये जवाब सिर्फ़ आप देखते हैं: आपने इन्हें { $name } के साथ साझा करना नहीं चुना है। आप चाहें तो
feedback-form-private-after = {" "}पर ऐसा कर सकते हैं।
# सेशन पर वापस जाने वाले लिंक (feedback-skip-link) से पहले, फिर feedback-skip-after।
feedback-skip = छोड़ देना भी ठीक है:
feedback-skip-link = अभी नहीं
feedback-skip-after = ।
feedback-change-answers = अपने जवाब बदलें
feedback-your-answers = आपके जवाब
# $low और $high: पैमाने के दोनों सिरे, फ़ॉर्म की डेटा फ़ाइल से।
feedback-scale-hint = 0 का मतलब { $low }, 10 का मतलब { $high }।
feedback-save = मेरे जवाब सहेजें
feedback-about = इन सवालों के बारे में
feedback-saved = शुक्रिया। आपके जवाब सहेज लिए गए हैं; आपके साथी इन्हें कभी नहीं देखते।
# एक एरर पेज; $why, feedback-closed-… में से एक।
feedback-not-saved = आपके जवाब सहेजे नहीं गए। { $why }
feedback-closed-opens = ये सवाल सेशन से एक दिन पहले, { $when } पर खुलेंगे।
feedback-closed-begun = ये सवाल सेशन से पहले के समय के लिए थे, और सेशन शुरू हो चुका है।
feedback-closed-rate-at = सेशन ख़त्म होने पर, { $when } पर, आप उसे रेटिंग दे सकते हैं (या जब आप उसके रूम से निकलें)।
feedback-closed-rating = इस सेशन को रेटिंग देने का समय { $when } को ख़त्म हो गया।
error-feedback-number = सवाल { $n } के लिए 0 से 10 तक कोई एक अंक चुनें।
error-feedback-sides = तरफ़दारी वाले सवाल का एक जवाब चुनें।
error-feedback-comment-long = कृपया टिप्पणी 2,000 अक्षरों से छोटी रखें।

## समय के साथ सदस्य के अपने जवाब (templates/feedback/mine.html, feedback/handlers.rs, feedback/views.rs)

feedback-back-sessions = आपके सेशन
feedback-mine-title = आपके सेशनों से पहले और बाद
# साझा करने वाले पेज के लिंक (feedback-sharing-page) से पहले, फिर feedback-mine-intro-after।
feedback-mine-intro = हर सेशन से पहले आप बता सकते हैं कि आप कैसे हैं, और उसके बाद कि सेशन आपको कैसा लगा। यह पेज सिर्फ़ आप देखते हैं। आपके काउंसलर आपके जवाब तभी देखते हैं जब आप उन्हें
feedback-mine-intro-after = {" "}पर साझा करें; आपके साथी उन्हें कभी नहीं देखते, यह भी नहीं कि आपने जवाब दिए या नहीं।
feedback-open-now = अभी खुले हैं
feedback-mine-nothing = अभी तक कोई जवाब नहीं। सवाल हर सेशन से एक दिन पहले खुलते हैं; रेटिंग सेशन ख़त्म होने पर।
feedback-mine-totals = आपके कुल अंक, हर एक 40 में से
feedback-mine-session = सेशन
feedback-mine-with = किसके साथ
feedback-mine-before = पहले
feedback-mine-after = बाद में
feedback-mine-trend = सेशन से पहले और बाद के आपके जवाब
# कुल अंकों का चार्ट: उसकी रेखाएँ, और उसका ब्योरा।
feedback-trend-before = चीज़ें कैसी चल रही थीं (पहले)
feedback-trend-after = सेशन कैसा रहा (बाद में)
feedback-trend-one = 1 सेशन, { $date } को। सबसे ताज़ा, 40 में से: सेशन से पहले { $before }, बाद में { $after }।
feedback-trend-many = { $from } से { $to } तक { $n } सेशन। सबसे ताज़ा, 40 में से: सेशन से पहले { $before }, बाद में { $after }।
# सबसे ताज़ा कुल अंक की जगह।
feedback-trend-none-yet = अभी कोई नहीं

## काउंसलर क्लाइंट के जवाबों में से क्या देखते हैं (templates/feedback/summary.html, feedback/views.rs, feedback/mod.rs)

feedback-summary-title = { $name }: सेशनों से पहले और बाद
feedback-worth-a-look = एक नज़र डालें
# $change: feedback-change।
feedback-summary-change = { $name } कैसे हैं: { $change }
feedback-summary-no-change = विश्वसनीय बदलाव तब दिखेगा जब { $name } दो सेशनों से पहले के सवालों के जवाब दे चुके होंगे।
# $change: feedback-change-… में से एक।
feedback-change = पहले सेशन से अब तक { $from } से { $to } (40 में से): { $change }।
feedback-change-improved = बेहतर हुए हैं
feedback-change-none = कोई विश्वसनीय बदलाव नहीं
feedback-change-deteriorated = हालत बिगड़ी है
feedback-summary-comments = सेशनों के बाद, { $name } के अपने शब्दों में
# $answer: तरफ़दारी वाले सवाल के विकल्पों में से एक, फ़ॉर्म की डेटा फ़ाइल से।
feedback-took-sides = तरफ़दारी: { $answer }
# सेशन की तारीख़ और feedback-took-sides, फिर (-colon में) व्यक्ति की टिप्पणी।
feedback-comment-sides = { $when } का सेशन · { $sides }
feedback-comment-sides-colon = { $when } का सेशन · { $sides }:
feedback-summary-how = विश्वसनीय बदलाव कैसे निकाला जाता है
feedback-flag-split = संभावित स्प्लिट अलायंस: जिस ताज़ा सेशन को दोनों ने रेटिंग दी, उसे { $name } ने { $partner } से { $gap } अंक कम दिए (40 में से)।
feedback-flag-fell = सेशनों को { $name } की रेटिंग { $from } से गिरकर { $to } हो गई (40 में से)।
feedback-flag-sides = { $name } को लगा कि जिस ताज़ा सेशन को उन्होंने रेटिंग दी, उसमें आपने बहुत तरफ़दारी की।
# प्रैक्टिस पेज पर जिन क्लाइंट पर नज़र डालनी है: क्लाइंट के नाम (एक लिंक) के बाद।
feedback-attention-split-worse = { $name }: संभावित स्प्लिट अलायंस, और हालत साफ़ तौर पर बिगड़ी है
feedback-attention-split = { $name }: संभावित स्प्लिट अलायंस
feedback-attention-worse = { $name }: पहले सेशन से हालत साफ़ तौर पर बिगड़ी है
feedback-attention-worse-alone = पहले सेशन से हालत साफ़ तौर पर बिगड़ी है
# सेशन का पेज, उसके काउंसलर के लिए ("वे कैसे हैं")।
feedback-session-before = इस सेशन से पहले { $name }: 40 में से { $total }।
feedback-session-none = { $name } ने इस सेशन से पहले के सवालों के जवाब नहीं दिए हैं।
feedback-session-change = { $name } का हाल: { $change }
