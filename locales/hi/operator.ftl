# DilTalks का इंटरफ़ेस हिन्दी में: ऑपरेटर के पेज: सत्यापन के लिए काउंसलर, रिपोर्ट, सेहत, और गाइड लिखना। locales/en/operator.ftl की हर कुंजी यहाँ भी है, उन्हीं
# प्लेसहोल्डरों के साथ (एक यूनिट टेस्ट जाँचता है)। शब्दों के चुनाव के लिए docs/GLOSSARY.md देखें।

## सेवा की स्थिति (templates/admin/health.html, admin/mod.rs)

operator-health-title = सेवा की स्थिति
operator-health-lead = सिर्फ़ गिनती: ऑपरेटर कभी नहीं देखते कि सदस्य क्या लिखते हैं।
# $engine है SQLite या PostgreSQL।
operator-health-caption = DilTalks { $version }, { $engine } पर चल रहा है
operator-health-accounts = खाते
operator-health-spaces = जोड़ों की खुली साझा जगहें
operator-health-mail-pending = भेजे जाने के इंतज़ार में मेल
operator-health-mail-failed = मेल जो भेजे नहीं जा सके
operator-health-invoices = जारी हुए इनवॉइस (जिनका भुगतान हो गया)
operator-health-reports = फ़ैसले के इंतज़ार में शिकायतें
operator-health-guides = रिव्यू के लिए गाइड
operator-health-write = गाइड लिखें

## जाँच के लिए काउंसलर (templates/admin/counsellors.html, profiles/handlers/verification.rs)

operator-verification-title = काउंसलरों की जाँच
operator-waiting = फ़ैसले के इंतज़ार में
operator-nothing-waiting = अभी कुछ भी इंतज़ार में नहीं है।
operator-decided = जिन पर फ़ैसला हो चुका
operator-none-yet = अभी कोई नहीं।
# लाइसेंस के बाद, UTC में।
operator-verification-submitted = { $when } UTC को भेजा गया
# लाइसेंस, जैसा काउंसलर ने दिया: देने वाली संस्था, नंबर, कहाँ मान्य है, और आख़िरी दिन।
operator-licence = { $body }, लाइसेंस { $number } ({ $place }), { $until } तक मान्य
# फ़ैसला हो चुकी प्रोफ़ाइल अभी कहाँ है, नाम के बाद।
operator-state-suspended = सस्पेंड है
operator-state-expired = लाइसेंस की मियाद ख़त्म
operator-state-verified = जाँच पूरी, लिस्ट में है
operator-state-rejected = नामंज़ूर

## एक काउंसलर की जाँच (templates/admin/counsellor.html, profiles/handlers/verification.rs)

operator-review-title = काउंसलर की जाँच करें
operator-review-licence = जाँचने के लिए लाइसेंस
operator-review-licence-hint = जाँच पूरी करने से पहले यह नंबर लाइसेंस देने वाली संस्था के सार्वजनिक रजिस्टर में मिला लें।
operator-review-bio = परिचय
operator-review-verify = जाँच पूरी करें और लिस्ट करें
operator-review-reject-reason = नामंज़ूर करने की वजह (काउंसलर इसे पढ़ेंगे)
operator-review-reject = नामंज़ूर करें
# ऑपरेटर की लिखी वजह से पहले।
operator-review-suspended = सस्पेंड किया गया:
operator-review-reinstate = फिर से बहाल करें
operator-review-suspend-reason = सस्पेंड करने की वजह (काउंसलर इसे पढ़ेंगे)
operator-review-suspend = सस्पेंड करें
operator-verified = जाँच पूरी हुई और प्रोफ़ाइल लिस्ट में आ गई।
operator-rejected = नामंज़ूर कर दिया गया; काउंसलर को आपकी लिखी वजह दिखेगी।
operator-suspended = सस्पेंड करके लिस्ट से हटा दिया गया; उनके आने वाले सेशन रद्द हो गए हैं और उनमें शामिल सभी लोगों को बता दिया गया है।
operator-reinstated = फिर से बहाल कर दिया गया।
error-operator-reason = वह वजह लिखें जो काउंसलर पढ़ेंगे (1000 अक्षरों तक)।
error-operator-not-waiting = यह प्रोफ़ाइल फ़ैसले के इंतज़ार में नहीं है।

## किस चीज़ की शिकायत है, और क्यों (reports/model.rs): शिकायतों की सूची, एक शिकायत और शिकायत करने वाले की सूची

reports-kind-message = एक संदेश
reports-kind-counsellor = एक काउंसलर
reports-kind-guide = एक गाइड
reports-reason-threats = धमकी, या किसी की सुरक्षा को लेकर डर
reports-reason-harassment = परेशान करना या धौंस जमाना
reports-reason-hate = किसी की पहचान को लेकर नफ़रत या नीचा दिखाने वाली बातें
reports-reason-sexual = बिना माँगी यौन सामग्री
reports-reason-privacy = किसी की निजी जानकारी दूसरों को बताना
reports-reason-conduct = काउंसलर का पेशेवर तरीक़े से पेश न आना
reports-reason-scam = धोखाधड़ी, स्पैम, या सेवा से बाहर पैसे माँगना
reports-reason-misleading = ग़लत या नुक़सान पहुँचाने वाली सलाह
reports-reason-other = कुछ और

## शिकायतों की सूची (templates/reports/queue.html, reports/handlers.rs)

reports-queue-title = शिकायतें
reports-queue-lead = हर शिकायत में सिर्फ़ वही दिखता है जो शिकायत करने वाले ने भेजना चुना: कभी पूरी बातचीत नहीं, कभी किसी के दूसरे संदेश नहीं।
reports-queue-when = { $when } (UTC समय)
reports-queue-attached = टेक्स्ट साथ में है
# क्या फ़ैसला हुआ, जैसा सूची और फ़ैसला हो चुकी शिकायत बताती है।
reports-decided-dismissed = ख़ारिज
reports-decided-warned = चेतावनी दी गई
reports-decided-suspended = सस्पेंड किया गया
reports-decided-withdrawn = हटा दी गई
reports-decided-disabled = खाता बंद किया गया

## एक शिकायत (templates/reports/item.html, reports/handlers.rs)

reports-item-title = एक शिकायत
reports-item-reported = शिकायत { $when } UTC को की गई।
# शिकायत किसके बारे में है (reports-about-…) उसके आसपास, जो एक लिंक हो सकता है।
reports-item-about-before = किसके बारे में:
reports-item-about-after = ।
reports-item-acted-before = इस खाते के बारे में पहले की शिकायतों पर { $n } बार कार्रवाई हुई है।
reports-about-counsellor = काउंसलर { $name }
reports-about-guide = { $address } वाली गाइड
reports-about-counsellor-account = किसी काउंसलर का खाता
reports-about-member-account = किसी सदस्य का खाता
reports-about-gone = ऐसा खाता जो अब नहीं है
reports-item-sent = शिकायत करने वाले ने क्या भेजा
reports-item-no-text = कोई टेक्स्ट साथ में नहीं है।
reports-item-note = उनका नोट
# $decision, reports-decided-… में से एक; $why ऑपरेटर की लिखी वजह।
reports-item-decided = फ़ैसला: { $decision }।
reports-item-decided-why = फ़ैसला: { $decision } ({ $why })।
reports-item-decision = फ़ैसला
reports-decision-dismiss = ख़ारिज करें: कोई कार्रवाई नहीं
reports-decision-warn = खाते को चेतावनी दें
reports-decision-suspend = काउंसलर को सस्पेंड करें (लिस्ट से हट जाएँगे; आने वाले सेशन रद्द होंगे)
reports-decision-withdraw = गाइड हटा दें
reports-decision-disable = खाता बंद करें (साइन इन नहीं हो पाएगा; आने वाले सेशन रद्द होंगे)
reports-item-reason = वजह (रिकॉर्ड में रहती है; चेतावनी पाने वाला खाता इसे पढ़ता है, इसलिए शिकायत करने वाले का नाम कभी न लिखें)
reports-item-decide = फ़ैसला करें
reports-decided-flash = फ़ैसला हो गया। शिकायत करने वाले को सामान्य शब्दों में बताया जाएगा।
error-reports-choose-decision = दिए गए फ़ैसलों में से एक चुनें।
error-reports-write-reason = वजह लिखें: यह रिकॉर्ड में रहती है।
error-reports-reason-long = कृपया वजह { $n } अक्षरों के अंदर रखें।
error-reports-decided-already = इस शिकायत पर फ़ैसला पहले ही हो चुका है।

## शिकायत करना (templates/reports/form.html, reports/handlers.rs)

reports-form-message = एक संदेश की शिकायत करें
reports-form-counsellor = एक काउंसलर की शिकायत करें
reports-form-guide = एक गाइड की शिकायत करें
# किस चीज़ की शिकायत है, reports-form-lead के अंदर।
reports-about-message = { $name } का एक संदेश
reports-about-counsellor-profile = काउंसलर { $name }: उनकी प्रोफ़ाइल या उनका बर्ताव
reports-about-the-guide = गाइड “{ $title }”
reports-form-safety-title = अगर आप सुरक्षित नहीं हैं
reports-form-safety = अगर आपका साथी आपको डराता है, आप पर नियंत्रण रखता है या आपको चोट पहुँचाता है, तो आपकी सुरक्षा किसी भी शिकायत से पहले आती है। कोई प्रशिक्षित व्यक्ति अभी, पूरी गोपनीयता के साथ आपकी मदद कर सकता है।
reports-form-crisis-link = दूसरे देशों की संकट हेल्पलाइन, और इस साइट से जल्दी निकलने का तरीक़ा
reports-form-safety-check = सुरक्षा के बारे में निजी जाँच
reports-form-partner-not-told = आपके साथी को न शिकायत के बारे में बताया जाता है, न यह कि शिकायत किसने की।
reports-form-lead = आप इसकी शिकायत कर रहे हैं: { $about }। किसी को नहीं बताया जाता कि शिकायत किसने की, उसे भी नहीं जिसकी आप शिकायत कर रहे हैं। हमारे ऑपरेटर सिर्फ़ वही देखते हैं जो आप यहाँ भेजते हैं, आपका और कुछ नहीं।
reports-form-what = क्या ग़लत है?
reports-form-reason-hint = जो सबसे सही बैठे, वह चुनें।
reports-form-attach = शिकायत के साथ संदेश का टेक्स्ट भेजें
reports-form-attach-hint = सिर्फ़ यही संदेश, ठीक वैसा ही जैसा आपको नीचे दिख रहा है। इसके बिना हमारे ऑपरेटर सिर्फ़ आपकी बताई वजह और नोट पढ़ते हैं।
reports-form-note = कुछ और जो हमें जानना चाहिए (ज़रूरी नहीं)
reports-form-note-hint = 1,000 अक्षरों तक।
reports-form-send = शिकायत भेजें
reports-sent = शुक्रिया। आपकी शिकायत हमारे ऑपरेटर के पास पहुँच गई है; किसी को नहीं बताया जाता कि इसे किसने भेजा।
error-reports-choose-reason = सूची में से चुनें कि क्या ग़लत है।
# $max सीमा है, $count नोट में कितने अक्षर हैं।
reports-error-note-long = कृपया नोट { $max } अक्षरों के अंदर रखें; अभी इसमें { $count } अक्षर हैं।

## आपकी शिकायतें (templates/reports/mine.html, reports/handlers.rs)

reports-mine-title = आपकी शिकायतें
reports-mine-lead = आपने किस बात की शिकायत की और अब वह कहाँ तक पहुँची। जिनकी आपने शिकायत की, उन्हें कभी नहीं बताया जाता कि शिकायत किसने की।
reports-mine-none = आपने अभी तक कोई शिकायत नहीं की है।
reports-mine-sent = { $when } को भेजी गई
reports-outcome-received = मिल गई है। हम जल्द ही इसे देखेंगे।
reports-outcome-dismissed = देख ली गई। हमें नहीं लगा कि इससे हमारे नियम टूटे, इसलिए कुछ नहीं बदला गया।
reports-outcome-action = देख ली गई। हमने पाया कि इससे हमारे नियम टूटे, और हमने कार्रवाई की।
reports-mine-crisis = संकट और सुरक्षा के लिए सहायता

## गाइड लिखना (templates/articles/write.html, articles/handlers/writing.rs)

writing-title = गाइड लिखें
writing-lead = गाइड वे लोग पढ़ते हैं जो मुश्किल दौर से गुज़र रहे हैं: सीधी भाषा में लिखें, बिना किसी पर दोष डाले, अपने शब्दों में, और जिस भी रिसर्च का सहारा लें उसका स्रोत बताएँ। हर गाइड छपने से पहले एक एडिटर पढ़ते हैं।
writing-start = नई गाइड शुरू करें
writing-mine = आपकी गाइड
writing-none = अभी कोई नहीं।
writing-status-published = छप चुकी है
writing-status-review = रिव्यू के इंतज़ार में
writing-status-returned = एक नोट के साथ लौटाई गई
writing-status-draft = ड्राफ़्ट
# एडिटर के लिखे नोट से पहले।
writing-editors-note = एडिटर का नोट:

## गाइड लिखना या बदलना (templates/articles/edit.html, articles/handlers/writing.rs)

writing-new-title = नई गाइड
writing-edit-title = गाइड बदलें
writing-editor-note-title = एडिटर का नोट
writing-not-saved = सेव नहीं हुआ
writing-conflict = यह गाइड एडिटरों के पास है या छप चुकी है, इसलिए इसे यहाँ बदला नहीं जा सकता। आपका टेक्स्ट नीचे है; ज़रूरत हो तो इसे कॉपी कर लें।
writing-field-title = शीर्षक
writing-field-title-hint = 5 से 120 अक्षर।
writing-field-summary = सार
writing-field-summary-hint = एक या दो वाक्य; सर्च इंजन यही दिखाते हैं।
writing-field-tags = विषय
writing-field-tags-hint = छह तक, कॉमा लगाकर अलग करें, जैसे: भरोसा, बेचैनी।
writing-field-cta = पढ़ने वालों को यहाँ भेजें
writing-cta-program = कार्यक्रम
writing-cta-directory = काउंसलरों की डायरेक्टरी
writing-field-body = टेक्स्ट
writing-field-body-hint = Markdown: शीर्षक के लिए ##, सूची के लिए -, लिंक के लिए [शब्द](पता)। HTML और तस्वीरें नहीं दिखाई जातीं।
writing-field-faq = लोग जो सवाल पूछते हैं
writing-field-faq-hint = ज़रूरी नहीं। एक लाइन Q: से शुरू करें और अगली लाइन में जवाब A: से।
writing-save = ड्राफ़्ट सेव करें
writing-back = अपनी गाइड पर वापस जाएँ
writing-preview = देखें कि पढ़ने वालों को यह कैसी दिखेगी
writing-submit = एडिटरों को भेजें
writing-saved = ड्राफ़्ट सेव हो गया।
writing-submitted = गाइड रिव्यू के लिए एडिटरों को भेज दी गई।
error-writing-title = गाइड को 5 से 120 अक्षरों का शीर्षक दें।
error-writing-summary = 20 से 200 अक्षरों का सार लिखें: सर्च इंजन यही दिखाते हैं।
error-writing-words = गाइड में कम से कम 100 शब्द होने चाहिए।
error-writing-too-long = गाइड ज़्यादा से ज़्यादा 1,00,000 अक्षरों की हो सकती है।
error-writing-faq = हर सवाल Q: से शुरू होने वाली लाइन पर लिखें और उसका जवाब अगली लाइन पर, A: से शुरू करके।
error-writing-with-editors = यह गाइड पहले से एडिटरों के पास है या छप चुकी है।

## रिव्यू के लिए गाइड (templates/articles/review.html, articles/handlers/writing.rs)

writing-review-title = रिव्यू के लिए गाइड
writing-review-none = अभी कुछ भी इंतज़ार में नहीं है।
# गाइड के पेज पर ऑपरेटर के फ़ैसले का हिस्सा (templates/articles/article.html, जब वह इन्हें पढ़ने लगे)।
writing-review-waiting = आपके रिव्यू का इंतज़ार
writing-review-publish = छापें
writing-review-note = लेखक के लिए नोट
writing-review-send-back = वापस भेजें
writing-published = गाइड छप गई।
writing-returned = गाइड आपके नोट के साथ लेखक को लौटा दी गई।
# जब ऑपरेटर बिना नोट के गाइड लौटाते हैं, तब यही नोट रखा जाता है।
writing-default-note = कृपया इसमें सुधार करके फिर से भेजें।
# उस गाइड की बाइलाइन जो किसी ऑपरेटर ने लिखी।
writing-editor = DilTalks एडिटर

## लेखक का पेज (templates/articles/author.html, articles/handlers/reading.rs)

writing-author-description = { $name }, DilTalks में { $title }: भरोसा फिर से बनाने पर गाइड।
writing-author-guides = { $name } की लिखी गाइड
