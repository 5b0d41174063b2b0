# DilTalks का इंटरफ़ेस हिन्दी में: काउंसलर के क्लाइंट, उनके नोट और जो एक जोड़ा अपने काउंसलर के साथ साझा करता है। locales/en/clients.ftl की हर कुंजी यहाँ भी है, उन्हीं
# प्लेसहोल्डरों के साथ (एक यूनिट टेस्ट जाँचता है)। शब्दों के चुनाव के लिए docs/GLOSSARY.md देखें।

## अपने काउंसलर के साथ साझा करना (templates/sharing/sharing.html, sharing/handlers/member.rs, sharing/views.rs)

clients-sharing-title = अपने काउंसलर के साथ साझा करना
clients-sharing-intro = आपकी कोई भी चीज़ आपके काउंसलर तभी देखते हैं जब आप उस पर यहाँ टिक करें, और टिक हटाते ही देखना बंद हो जाता है। आपके साथी की निजी बातें आप कभी साझा नहीं करते; वे अपने लिए ख़ुद चुनते हैं।
# डायरेक्टरी के लिंक (clients-sharing-find) से पहले, फिर clients-sharing-none-after।
clients-sharing-none = सेशन बुक करने के बाद आप यहाँ चुन सकते हैं कि आपके काउंसलर क्या देख सकते हैं।
clients-sharing-find = काउंसलर ढूँढें
clients-sharing-none-after = ।
clients-sharing-may-see = { $name } क्या देख सकते हैं
clients-sharing-save = { $name } के लिए अपनी पसंद सहेजें
clients-share-checkins = मेरे चेक-इन के अंक (मेरे नोट कभी नहीं)
clients-share-questionnaire = मेरी प्रश्नावली के स्कोर
clients-share-feedback = हमारे सेशनों से पहले और बाद के छोटे सवालों पर मेरे जवाब
clients-share-account = जो हुआ उसका हमारा तय हुआ ब्योरा (तभी दिखेगा जब मेरे साथी भी इसे साझा करें)
# $text: विचार की शुरुआत, जैसी लिखी गई (छोटा करने पर … के साथ)।
clients-share-reflection = मेरा विचार: “{ $text }”
clients-sharing-saved = सहेज लिया। { $name } अगली बार से ठीक वही देखेंगे जिस पर टिक है।
clients-log-title = किसने देखा
clients-log-none = आपकी साझा की गई किसी भी चीज़ को अभी तक किसी ने नहीं देखा है।
clients-log-caption = हर बार जब किसी काउंसलर ने आपकी साझा की हुई कोई चीज़ खोली।
clients-log-when = कब
clients-log-who = किसने
clients-log-what = क्या
# एक बार देखने में क्या पढ़ा गया, लॉग के "क्या" कॉलम में: इनमें से एक या ज़्यादा, clients-read-and से जुड़े।
clients-read-checkins = आपके चेक-इन के अंक
clients-read-account = आपका तय हुआ ब्योरा
clients-read-questionnaire = आपकी प्रश्नावली के स्कोर
clients-read-feedback = सेशन से पहले और बाद के आपके जवाब
clients-read-reflection = एक विचार
clients-read-and = { $rest } और { $last }
# जब क्लाइंट काउंसलर की दी हुई एक्सरसाइज़ पूरी होने का निशान लगाएँ।
clients-exercise-marked = पूरा होने का निशान लगा दिया।

## आपके क्लाइंट (templates/sharing/clients.html, sharing/handlers/clients.rs)

clients-back-practice = आपकी प्रैक्टिस
clients-title = आपके क्लाइंट
clients-intro = हर वह व्यक्ति जिसने आपके साथ सेशन बुक किया है। आप हर व्यक्ति का सिर्फ़ वही देखते हैं जो उन्होंने साझा करना चुना है, और उनमें से हर कोई देख सकता है कि आपने कब देखा।
clients-none = अभी कोई क्लाइंट नहीं है।
clients-couples = जोड़े
clients-individuals = व्यक्तिगत सेशन

## एक क्लाइंट का पेज (templates/sharing/client.html, sharing/handlers/clients.rs)

clients-client-title = क्लाइंट: { $name }
clients-book-with = { $name } के साथ सेशन बुक करें
# जोड़े के नाम ("Nadia & Sam") वाले लिंक से पहले, फिर clients-also-couple-after।
clients-also-couple = जोड़े के रूप में भी आपके क्लाइंट:
clients-also-couple-after = । यहाँ के नोट जोड़े के नोटों से अलग रहते हैं, जब तक आप उन्हें जोड़े के नोटों में न रखें।
clients-alert-title = हो सकता है { $name } सुरक्षित न हों
clients-alert-text = { $when } को { $name } ने DilTalks से कहा कि आपको बताया जाए: एक निजी सुरक्षा जाँच में उनके जवाबों से लगता है कि शायद वे अपने साथी के साथ सुरक्षित नहीं हैं। उनके साथी को यह पता नहीं है। कृपया साथ वाले सेशनों की जगह अलग-अलग सेशन देने के बारे में सोचें, और साथ वाले सेशन में इसका ज़िक्र न करें।
clients-shares-title = { $name } आपके साथ क्या साझा करते हैं
clients-account-title = जो हुआ उसका उनका तय हुआ ब्योरा
clients-account-waits-one = { $name } जोड़े का तय हुआ ब्योरा साझा करते हैं; यह यहाँ तब दिखेगा जब उनके साथी भी इसे साझा करेंगे।
clients-visits-logged = जब भी आप यह पेज खोलते हैं, { $name } देख सकते हैं।
clients-exercises-title = एक्सरसाइज़
clients-exercises-intro = एक्सरसाइज़ { $name } के कार्यक्रम में तब तक दिखती है जब तक वे उसे पूरा होने का निशान न लगा दें।
clients-exercise-new = नई एक्सरसाइज़
clients-assign = दें
# एक्सरसाइज़ की पंक्ति: कब दी गई, और कि वह पूरी हो गई।
clients-exercise-done-line = { $when } · पूरी हुई
clients-notes-title = आपके सेशन नोट
clients-notes-private = सिर्फ़ आपके लिए: आपकी अपनी चाबी से बंद। { $name } इन्हें कभी नहीं देखते।
clients-note-new = नया नोट
clients-note-where = यह नोट कहाँ रखा जाए
clients-note-own = { $name } के अपने नोटों के साथ
clients-note-couple = जोड़े के नोटों के साथ ({ $names })
clients-note-save = नोट सहेजें
clients-note-saved = नोट सहेज लिया। इसे सिर्फ़ आप पढ़ सकते हैं।
clients-note-saved-couple = नोट जोड़े के नोटों के साथ सहेज लिया। इसे सिर्फ़ आप पढ़ सकते हैं।
clients-exercise-assigned = दे दी। यह उनके कार्यक्रम में दिखेगी।

## एक क्लाइंट के रूप में जोड़ा (templates/sharing/couple.html, sharing/handlers/couples.rs)

clients-couple-title = जोड़ा: { $names }
clients-couple-intro = एक जोड़ा, एक क्लाइंट के रूप में। हर साथी ख़ुद तय करते हैं कि आप क्या देखें; एक जो साझा करते हैं, उससे दूसरे का कुछ भी साझा नहीं होता।
clients-account-both = दोनों ने इसकी पुष्टि की है और दोनों इसे आपके साथ साझा करते हैं।
# $names: वह साथी (या साथी) जो इसे अभी साझा नहीं करते।
clients-account-waits = तय हुआ ब्योरा तब दिखेगा जब दोनों इसे साझा करेंगे; { $names } ने अभी नहीं किया है।
clients-and = और
clients-couple-sessions = जोड़े के सेशन
clients-none-yet = अभी कोई नहीं।
# सेशन के समय (एक लिंक) के बाद; $status, bookings-status-… में से एक।
clients-couple-session-line = · { $minutes } मिनट · { $status }
clients-book-couple = जोड़े के सेशन बुक करें
clients-couple-exercises-intro = दोनों के लिए दी गई एक्सरसाइज़ हर साथी के कार्यक्रम में दिखती है; हर कोई अपना हिस्सा पूरा होने का निशान ख़ुद लगाता है। एक साथी के लिए दी गई सिर्फ़ उन्हीं के कार्यक्रम में दिखती है।
clients-exercise-for = किसके लिए
clients-exercise-both = दोनों के लिए
clients-exercise-alone = सिर्फ़ { $name }
# एक्सरसाइज़ की पंक्ति: कब दी गई, फिर किसने पूरी की ($done: clients-exercise-partner-… या -alone-… वाले शब्द)।
clients-exercise-line = { $when } को दी गई · { $done }
clients-exercise-partner-done = { $name }: पूरी हुई
clients-exercise-partner-not-yet = { $name }: अभी नहीं
clients-exercise-alone-done = सिर्फ़ { $name } के लिए: पूरी हुई
clients-exercise-alone-not-yet = सिर्फ़ { $name } के लिए: अभी नहीं
clients-couple-notes-title = जोड़े के बारे में आपके नोट
# साथियों के अपने पेजों के लिंक के बिना।
clients-couple-notes-private = सिर्फ़ आपके लिए: आपकी अपनी चाबी से बंद। कोई भी साथी इन्हें नहीं देखता। किसी साथी के व्यक्तिगत सेशनों के नोट उसी साथी के अपने पेज पर रहते हैं।
# हर साथी के अपने पेज के लिंक से पहले, फिर clients-couple-notes-private-after।
clients-couple-notes-private-links = सिर्फ़ आपके लिए: आपकी अपनी चाबी से बंद। कोई भी साथी इन्हें नहीं देखता। किसी साथी के व्यक्तिगत सेशनों के नोट उसी साथी के अपने पेज पर रहते हैं (
clients-couple-notes-private-after = )।
clients-assigned-alone = सिर्फ़ { $name } को दी। यह सिर्फ़ उनके कार्यक्रम में दिखेगी।
clients-assigned-both = दोनों को दी। दोनों इसे अपने कार्यक्रम में देखेंगे और अपना-अपना हिस्सा पूरा होने का निशान लगाएँगे।
error-clients-for-whom = चुनें कि एक्सरसाइज़ किसके लिए है: दोनों के लिए, या उनमें से एक के लिए।

## एक व्यक्ति क्या साझा करते हैं (templates/sharing/shared.html, sharing/handlers/mod.rs)

clients-intake-answers = शुरुआती सवालों के जवाब
clients-nothing-shared = इस समय आपके साथ कुछ भी साझा नहीं है।
# $list: clients-empty-… में से एक या ज़्यादा, कॉमा से जुड़े।
clients-shared-empty = आपके साथ साझा है, पर अभी उसमें कुछ नहीं है: { $list }।
clients-empty-checkins = चेक-इन के अंक
clients-empty-questionnaire = प्रश्नावली के स्कोर
clients-empty-feedback = सेशन से पहले और बाद के जवाब
clients-scores-title = प्रश्नावली के ताज़ा स्कोर (100 में से)
clients-reflection-title = एक विचार
# व्यक्ति के फ़ीडबैक वाले हिस्से का लिंक, फिर clients-feedback-below-after।
clients-feedback-below = सेशन से पहले और बाद के उनके जवाब
clients-feedback-below-after = नीचे हैं।
