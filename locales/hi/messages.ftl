# DilTalks का इंटरफ़ेस हिन्दी में: संदेश और लाइव रूम। locales/en/messages.ftl की हर कुंजी यहाँ भी है, उन्हीं
# प्लेसहोल्डरों के साथ (एक यूनिट टेस्ट जाँचता है)। शब्दों के चुनाव के लिए docs/GLOSSARY.md देखें।

## बातचीतों की सूची (templates/messages/list.html, messages/handlers.rs)

messages-title = संदेश
messages-lead = किसी बातचीत को सिर्फ़ उसमें शामिल लोग पढ़ सकते हैं। संदेश एन्क्रिप्ट करके रखे जाते हैं।
messages-empty-counsellor = अभी कोई बातचीत नहीं है। कोई क्लाइंट आपके साथ सेशन बुक करे, तो उनके साथ बातचीत यहाँ खुल जाएगी।
messages-empty-member = अभी कोई बातचीत नहीं है। जब आपके साथी हमारी जगह में आपके साथ जुड़ जाएँ, तब आप उन्हें लिख सकते हैं; और किसी काउंसलर के साथ सेशन बुक करने के बाद उन्हें भी।
messages-your-space = हमारी जगह
messages-find-counsellor = काउंसलर ढूँढें
messages-new = नया
# बातचीत में कौन है, उसके और एक बिंदु के बाद; $when तारीख़ और समय है।
messages-last = आख़िरी संदेश { $when }
messages-reply-title = जवाब देने का आपका आम समय
messages-reply-intro = क्लाइंट इसे आपके साथ अपनी बातचीत में देखते हैं, ताकि उन्हें पता रहे कि जवाब कब तक आएगा।
# messages-reply-4 … -72 में से एक चुनने का लेबल।
messages-reply-label = आम तौर पर मेरा जवाब आता है
messages-reply-none = नहीं बताया
# काउंसलर जवाब देने का जो समय बता सकते हैं, घंटों के हिसाब से; messages-reply-note में $within भी यही है।
messages-reply-4 = कुछ घंटों में
messages-reply-24 = एक दिन के अंदर
messages-reply-48 = दो दिन के अंदर
messages-reply-72 = तीन दिन के अंदर
messages-reply-save = सेव करें
messages-reply-saved = जवाब देने का आपका समय सेव हो गया।
error-messages-reply-choice = जवाब देने का यह समय दिए गए विकल्पों में से नहीं है।
error-messages-reply-profile = पहले अपनी प्रोफ़ाइल भरें: जवाब देने का समय उसी के साथ दिखता है।

## बातचीत कौन पढ़ता है: उसका शीर्षक और उसके नीचे की पंक्ति (messages/handlers.rs)

# बातचीत के बाक़ी लोगों के नामों के बीच, और संदेश पढ़ने वालों के नामों के बीच।
messages-and = और
messages-nobody = अब इस बातचीत में कोई और नहीं है
messages-who-partner-left = आपके साथी अब इस बातचीत में नहीं हैं: अब इसे कोई और नहीं पढ़ सकता।
messages-who-partners = सिर्फ़ आप दोनों: यह बातचीत किसी काउंसलर को नहीं दिखती।
messages-who-couple-partner-left = आप और आपके जोड़े वाले सेशन के काउंसलर: आपके साथी अब इस बातचीत में नहीं हैं।
messages-who-couple = आप, आपके साथी और आपके जोड़े वाले सेशन के काउंसलर।
messages-who-couple-one = एक जोड़ा, जिनके साथ आपके सेशन होते थे: अब इस बातचीत में सिर्फ़ { $name } हैं।
messages-who-couple-nobody = अब इस बातचीत में कोई और नहीं है।
messages-who-couple-both = एक जोड़ा, जिनके साथ आपके सेशन होते हैं: दोनों साथी यह बातचीत पढ़ते हैं।
messages-who-individual = सिर्फ़ आप और आपके काउंसलर: आपके साथी यह बातचीत नहीं देख सकते।
messages-who-individual-counsellor = एक क्लाइंट, जिनके साथ आपके व्यक्तिगत सेशन होते हैं।

## एक बातचीत (templates/messages/thread.html, messages/handlers.rs, static/live.js)

messages-all = सभी संदेश
# $within, messages-reply-4 … -72 में से एक है।
messages-reply-note = { $name } से आम तौर पर { $within } जवाब मिल जाता है।
messages-your-counsellor = आपके काउंसलर
messages-latest = आख़िरी 200 संदेश दिखाए जा रहे हैं।
messages-none = अभी कोई संदेश नहीं है।
messages-your-message = आपका संदेश
messages-hint = भेजने के बाद पाँच मिनट तक आप संदेश बदल सकते हैं; पहले वाले रूप भी दिखते रहते हैं। यहाँ अभी फ़ाइलें नहीं भेजी जा सकतीं: दस्तावेज़ सेशन में साथ लाएँ।
messages-send = भेजें
messages-live-reload = नए संदेश पेज रीलोड करने पर दिखेंगे।
# पेज की स्क्रिप्ट ये तब दिखाती है जब वह जुड़ जाती है, और जब कनेक्शन टूट जाता है।
messages-live-on = नए संदेश आते ही यहाँ दिखेंगे।
messages-live-off = लाइव अपडेट रुके हुए हैं; फिर से कोशिश हो रही है…
error-messages-nobody = अब इस बातचीत में कोई और नहीं है, इसलिए संदेश किसी तक नहीं पहुँचेगा।
error-messages-empty = भेजने से पहले संदेश लिखें।
error-messages-too-long = एक संदेश में ज़्यादा से ज़्यादा 5,000 अक्षर हो सकते हैं। इसे दो हिस्सों में भेजें, या बाक़ी बात सेशन के लिए रखें।

## एक संदेश (templates/messages/item.html, messages/views.rs)

messages-you = आप
messages-someone-has-left = कोई, जो अब यहाँ नहीं है
messages-someone-left = कोई, जो अब यहाँ नहीं है
messages-edited = { $when } को बदला गया: पहले वाले रूप
messages-until = { $when } तक
messages-sent = भेजा गया
# बातचीत में दूसरे एक व्यक्ति ने पढ़ लिया।
messages-read = पढ़ लिया गया
messages-read-by = { $names } ने पढ़ लिया
messages-edit = बदलें
# messages-edit के बाद, सिर्फ़ स्क्रीन रीडर पढ़ते हैं।
messages-edit-which = { $when } वाला अपना संदेश
messages-report = रिपोर्ट करें
# messages-report के बाद, सिर्फ़ स्क्रीन रीडर पढ़ते हैं।
messages-report-which = { $name } का { $when } वाला यह संदेश

## संदेश बदलना (templates/messages/edit.html, messages/handlers.rs)

messages-back = बातचीत पर वापस जाएँ
messages-edit-title = अपना संदेश बदलें
messages-edit-until = आप इसे { $when } तक बदल सकते हैं। पहले वाला रूप बातचीत में सबको दिखता रहेगा।
messages-edit-save = बदलाव सेव करें
messages-edit-saved = आपका संदेश बदल गया; पहले वाला रूप भी दिखता रहेगा।
error-messages-too-late = इस संदेश को बदलने के पाँच मिनट बीत चुके हैं, इसलिए यह पहले जैसा ही रहेगा। आपका नया लिखा यहीं है: आप इसे नए संदेश के रूप में भेज सकते हैं।

## सेशन रूम (templates/live/room.html, live/room.rs)

live-title = सेशन रूम
live-back = सेशन पर वापस जाएँ
live-with = { $names } के साथ सेशन
# रूम के लोगों के नामों के बीच, और जिन्होंने हस्ताक्षर नहीं किए उनके नामों के बीच।
live-and = और
# जिन्होंने सहमति पर हस्ताक्षर नहीं किए, उनके नामों में।
live-you = आप
live-unsigned = सहमति पर अभी इनके हस्ताक्षर बाक़ी हैं: { $names }।
live-unsigned-link = सेशन देखें
live-unsigned-after = ।
# रूम बंद होने पर, संदेशों के लिंक (live-messages-link) के आगे-पीछे।
live-closed-before = आप कभी भी
live-messages-link = संदेश
live-closed-after = में एक-दूसरे को लिख सकते हैं।
# उसी लिंक के आगे-पीछे, जब ब्राउज़र में JavaScript बंद हो। पीछे वाला हिस्सा एक खाली जगह से शुरू होता है।
live-noscript-before = वीडियो रूम के लिए JavaScript चालू होना चाहिए। फिर भी आप
live-noscript-after = { " " }में एक-दूसरे को लिख सकते हैं।
live-ready = जब आप तैयार हों, “जुड़ें” चुनें। आपका ब्राउज़र कैमरा और माइक्रोफ़ोन इस्तेमाल करने की अनुमति माँगेगा; वीडियो और आवाज़ सीधे आपके और बाक़ी लोगों के बीच जाते हैं, DilTalks से होकर नहीं।
live-join = जुड़ें
live-mute = म्यूट करें
live-unmute = अनम्यूट करें
live-camera-off = कैमरा बंद करें
live-camera-on = कैमरा चालू करें
live-leave = रूम छोड़ें
# अपने वीडियो के नीचे का नाम।
live-you-caption = आप
live-chat = चैट
live-chat-hint = अगर वीडियो या आवाज़ काम न करे, तो यहाँ लिखें। यह चैट सेव नहीं होती: रूम के साथ ही ख़त्म हो जाती है।
live-chat-label = संदेश
live-chat-empty = पहले संदेश लिखें।
live-chat-send = भेजें
live-rate = जाते समय: यह सेशन आपके लिए कैसा रहा?
live-rate-after = (निजी; आपके साथी इसे कभी नहीं देखते)

## रूम क्यों नहीं खुला है (live/room.rs, सॉकेट से रूम की स्क्रिप्ट को भी भेजा जाता है)

live-not-yours = यह रूम आपके लिए नहीं खुला है।
live-cancelled = यह सेशन रद्द कर दिया गया।
live-opens = रूम { $when } पर खुलेगा।
live-closed = इस सेशन का रूम बंद हो चुका है।

## रूम की स्क्रिप्ट क्या कहती है (static/room.js, templates/live/room.html के data- एट्रिब्यूट से)

live-js-media-denied = आपके ब्राउज़र ने कैमरा और माइक्रोफ़ोन की अनुमति नहीं दी, इसलिए बाक़ी लोग आपको न देख पाएँगे, न सुन पाएँगे। आप ब्राउज़र की साइट सेटिंग में इन्हें चालू करके फिर से जुड़ सकते हैं, या नीचे चैट का इस्तेमाल कर सकते हैं।
live-js-media-missing = कोई कैमरा या माइक्रोफ़ोन नहीं मिला, इसलिए बाक़ी लोग आपको न देख पाएँगे, न सुन पाएँगे। आप फिर भी उन्हें देख-सुन सकते हैं, और नीचे चैट कर सकते हैं।
live-js-media-busy = कैमरा या माइक्रोफ़ोन किसी और प्रोग्राम में चल रहा है। उसे बंद करके फिर से जुड़ें, या नीचे चैट का इस्तेमाल करें।
live-js-media-failed = कैमरा और माइक्रोफ़ोन शुरू नहीं हो सके। आप फिर भी बाक़ी लोगों को देख-सुन सकते हैं, और नीचे चैट कर सकते हैं।
live-js-waiting = आप रूम में हैं। बाक़ी लोगों के जुड़ने का इंतज़ार है…
live-js-connected-one = आप 1 और व्यक्ति से जुड़े हैं।
# $n दो या उससे ज़्यादा है।
live-js-connected-many = आप { $n } और लोगों से जुड़े हैं।
# किसी के वीडियो पर लगे टैग।
live-js-tag-muted = म्यूट
live-js-tag-camera-off = कैमरा बंद
# रूम में कोई, जिसका नाम अभी नहीं पहुँचा।
live-js-someone = कोई
live-js-peer-mic-on = { $name } ने अपना माइक्रोफ़ोन चालू किया।
live-js-peer-mic-off = { $name } ने अपना माइक्रोफ़ोन म्यूट किया।
live-js-peer-camera-on = { $name } ने अपना कैमरा चालू किया।
live-js-peer-camera-off = { $name } ने अपना कैमरा बंद किया।
live-js-failed = कनेक्शन नहीं बन सका; चैट फिर भी काम करती है।
live-js-broken = किसी कनेक्शन में गड़बड़ी हुई; चैट फिर भी काम करती है।
live-js-starting = आपका कैमरा और माइक्रोफ़ोन शुरू हो रहा है…
live-js-left = आपने रूम छोड़ दिया। जब तक रूम खुला है, आप फिर से जुड़ सकते हैं।
live-js-lost = रूम से कनेक्शन टूट गया। वापस आने के लिए “जुड़ें” चुनें।
live-js-mic-on = आपका माइक्रोफ़ोन चालू है।
live-js-mic-off = आप म्यूट हैं।
live-js-camera-is-on = आपका कैमरा चालू है।
live-js-camera-is-off = आपका कैमरा बंद है।
