# DilTalks का इंटरफ़ेस हिन्दी में: सेशन बुक करना, उसकी पुष्टि, सीरीज़ और बुकिंग की सूची। locales/en/bookings.ftl की हर कुंजी यहाँ भी है, उन्हीं
# प्लेसहोल्डरों के साथ (एक यूनिट टेस्ट जाँचता है)। शब्दों के चुनाव के लिए docs/GLOSSARY.md देखें।

## सदस्य के सेशन (templates/bookings/bookings.html, bookings/handlers/booking.rs)

bookings-title = आपके सेशन
bookings-link-calendar = अपने सेशन अपने कैलेंडर में जोड़ें
bookings-link-sharing = चुनें कि आपके काउंसलर क्या देख सकते हैं
bookings-link-feedback = सेशन से पहले और बाद के आपके जवाब
bookings-link-invoices = इनवॉइस
bookings-coming-up = आने वाले
bookings-nothing = अभी कुछ बुक नहीं है।
bookings-find = काउंसलर ढूँढें
# सेशन के समय (एक लिंक) के बाद: $kind है bookings-couple, bookings-couple-by या bookings-individual।
bookings-upcoming-line = { $name } के साथ · { $minutes } मिनट · { $kind }
bookings-couple = जोड़े का सेशन
bookings-couple-by = जोड़े का सेशन, { $name } ने बुक किया
bookings-individual = व्यक्तिगत
bookings-earlier = पहले के और रद्द हुए
# $status, bookings-status-… में से एक।
bookings-past-line = { $when }, { $name } के साथ · { $status }
bookings-status-booked = बुक है
bookings-status-past = हो चुका
bookings-status-cancelled = रद्द
bookings-status-cancelled-late = देर से रद्द

## एक सेशन (templates/bookings/booking.html)

booking-title = आपका सेशन
booking-back-practice = आपकी प्रैक्टिस
booking-back-sessions = आपके सेशन
booking-with = { $name } के साथ सेशन
# $kind है booking-kind-couple या -individual, $status bookings-status-… में से एक।
booking-lead = { $when }, { $minutes } मिनट · { $kind } · { $status }
booking-kind-couple = जोड़े का सेशन
booking-kind-individual = व्यक्तिगत सेशन
booking-partner-left = यह जोड़े का सेशन रद्द कर दिया गया, क्योंकि यह दोनों साथियों के लिए था और उनमें से एक अब साझा जगह में नहीं है। कोई फ़ीस नहीं लगेगी।
booking-partner-left-counsellor = अगर आप और आपके क्लाइंट दोनों चाहें, तो नया सेशन बुक कर सकते हैं।
booking-partner-left-member = अगर आप चाहें, तो अपने लिए एक सेशन बुक कर सकते हैं।
booking-before-title = वे कैसे हैं
booking-before-intro = सेशन से पहले और बाद के उनके अपने जवाबों से, जो वे आपसे साझा करते हैं।
booking-invoice = इनवॉइस { $number }, { $amount }
booking-credit-note = क्रेडिट नोट { $number }, { $amount }
booking-consent = सहमति
booking-consent-sign = सेशन से पहले पढ़ें और हस्ताक्षर करें
booking-consent-signed = आपने जिस पर हस्ताक्षर किए
booking-consent-proceeded = आपने { $when } को सबके हस्ताक्षर के बिना आगे बढ़ने का फ़ैसला किया।
booking-consent-waiting = अभी किसी ने हस्ताक्षर नहीं किए हैं। आप इंतज़ार कर सकते हैं, या फिर भी आगे बढ़ सकते हैं; आगे बढ़ने का फ़ैसला दर्ज किया जाता है।
booking-consent-proceed = सबके हस्ताक्षर के बिना आगे बढ़ें
booking-intake-answered = { $name } के शुरुआती सवालों पर आपके जवाब
booking-intake = पहले सेशन से पहले कुछ सवालों के जवाब दें
booking-room = सेशन रूम
booking-room-open = रूम खुला है।
booking-room-go = सेशन रूम में जाएँ
booking-room-opens = ब्राउज़र में ही वीडियो पर मिलें: रूम { $when } पर खुलेगा।
booking-room-see = रूम देखें
booking-free-until = { $when } तक मुफ़्त में रद्द कर सकते हैं।
booking-free-passed = मुफ़्त में रद्द करने का समय निकल चुका है: अब काउंसलर की देर से रद्द करने की शर्तें लागू होंगी।
booking-reschedule = कोई और समय चुनें
booking-reschedule-series = इस सेशन या सीरीज़ के बाक़ी सेशनों के लिए कोई और समय चुनें
booking-series-one = सीरीज़ का हिस्सा: इसके बाद 1 सेशन और है।
booking-series-many = सीरीज़ का हिस्सा: इसके बाद { $n } सेशन और हैं।
booking-cancel = यह सेशन रद्द करें
booking-cancel-rest-one = यह और बाद वाला 1 सेशन रद्द करें
booking-cancel-rest-many = यह और बाद वाले { $n } सेशन रद्द करें

## समय पक्का करना (templates/bookings/confirm.html)

booking-confirm-title = अपनी बुकिंग पक्की करें
booking-back-to = { $name } पर वापस जाएँ
booking-confirm-lead = { $when }, { $minutes } मिनट, { $name } के साथ।
# काउंसलर के टाइम ज़ोन में, जब वह पढ़ने वाले का न हो।
booking-their-time = { $zone } में यह समय { $when } है।
# $fee: क़ीमत, booking-price-… (रक़म "₹1,500" की तरह)।
booking-fee-terms = फ़ीस: { $fee }। काउंसलर की ओर से आपको इनवॉइस मिलेगा, जिसे आप UPI से या जैसे वे कहें, वैसे चुका सकते हैं। { $hours } घंटे पहले तक मुफ़्त में रद्द कर सकते हैं; उसके बाद काउंसलर की देर से रद्द करने की शर्तें लागू होती हैं।
booking-late-already = यह समय { $hours } घंटे से भी कम दूर है, इसलिए मुफ़्त में रद्द करने का समय पहले ही निकल चुका है: अगर आप इसे बुक करके रद्द करें, तो देर से रद्द करने की शर्तें लागू होंगी।
booking-who = सेशन में कौन आएगा?
booking-who-me = सिर्फ़ मैं
booking-who-partner = { $name } और मैं (जोड़े का सेशन; { $name } को यह दिखेगा)
booking-who-no-partner = मेरा साथी और मैं (इसके लिए आपके साथी का आपकी जगह में होना ज़रूरी है)
booking-repeat = कितनी बार?
booking-repeat-once = सिर्फ़ इस बार
booking-repeat-weekly = हर हफ़्ते इसी समय
booking-repeat-fortnightly = हर दो हफ़्ते इसी समय
booking-count = सीरीज़ के लिए: कुल कितने सेशन (2 से 26)
booking-count-hint = कुछ भी बुक होने से पहले आप हर तारीख़ देखेंगे और यह भी कि वह खाली है या नहीं; वहाँ आप सीरीज़ को किसी तारीख़ पर ख़त्म भी कर सकते हैं।
booking-which = कौन-से सेशन?
booking-which-one = सिर्फ़ यह सेशन
booking-which-rest-one = यह सेशन और सीरीज़ का बाद वाला 1 सेशन (कुछ भी बदलने से पहले आप हर नई तारीख़ देखेंगे)
booking-which-rest-many = यह सेशन और सीरीज़ के बाद वाले { $n } सेशन (कुछ भी बदलने से पहले आप हर नई तारीख़ देखेंगे)
booking-confirm = बुकिंग पक्की करें
booking-move = मेरा सेशन इस समय पर कर दें

## क़ीमत, टैक्स के साथ (bookings/handlers/booking.rs): "₹1,770 (₹1,500 और GST 18% ₹270)",
## फिर जोड़े के सेशन की और देर से रद्द करने की फ़ीस, हर एक सेमीकोलन के बाद

# $label: टैक्स का नाम और दर, जैसे काउंसलर ने रखे ("GST 18%")।
booking-price-with-tax = { $total } ({ $net } और { $label } { $tax })
booking-price-couple = ; जोड़े का सेशन { $price }
booking-price-late = ; देर से रद्द करने की फ़ीस { $fee }

## बुक या रद्द करने के बाद पेज पर संदेश (bookings/handlers/booking.rs, series.rs)

booking-booked = बुक हो गया।
booking-moved = नए समय पर कर दिया गया।
booking-booked-find = बुक हो गया। यह आपको "सेशन" में मिलेगा।
booking-cancelled = रद्द हो गया।
booking-cancelled-late = रद्द हो गया। यह काउंसलर की रद्द करने की मियाद के अंदर था, इसलिए उनकी देर से रद्द करने की शर्तें लागू होंगी।
booking-cancelled-many = { $n } सेशन रद्द हो गए।
booking-cancelled-many-late-one = { $n } सेशन रद्द हो गए। इनमें से 1 काउंसलर की रद्द करने की मियाद के अंदर था, इसलिए उस पर उनकी देर से रद्द करने की शर्तें लागू होंगी।
booking-cancelled-many-late-many = { $n } सेशन रद्द हो गए। इनमें से { $late } काउंसलर की रद्द करने की मियाद के अंदर थे, इसलिए उन पर उनकी देर से रद्द करने की शर्तें लागू होंगी।

## सेशनों की सीरीज़ (templates/bookings/series.html, bookings/handlers/series.rs, for_clients.rs)

series-title-member = { $name } के साथ सेशनों की सीरीज़ बुक करें
series-title-move = सीरीज़ के बाक़ी सेशनों का समय बदलें
series-title-client = { $name } के लिए सेशन बुक करें
series-title-couple = { $names } के लिए जोड़े के सेशन बुक करें
series-back-to = { $name } पर वापस जाएँ
series-with = { $name } के साथ, हर सेशन { $minutes } मिनट का।
series-fee-terms = फ़ीस: { $fee }, हर सेशन का इनवॉइस अलग से। हर सेशन उसके { $hours } घंटे पहले तक मुफ़्त में रद्द हो सकता है; उसके बाद उस सेशन पर काउंसलर की देर से रद्द करने की शर्तें लागू होती हैं।
series-first-date = पहले सेशन की तारीख़
series-time = समय
series-zone-hint = { $zone } में, आपका टाइम ज़ोन
series-once = सिर्फ़ एक बार
series-weekly = हर हफ़्ते
series-fortnightly = हर दो हफ़्ते
series-until-when = कब तक?
series-ends-after = तय गिनती के सेशन
series-count = कुल कितने सेशन (2 से 26)
series-ends-on = किसी तारीख़ तक
series-until = आख़िरी तारीख़ (ज़्यादा से ज़्यादा 26 सेशन)
series-show = तारीख़ें दिखाएँ
series-dates = तारीख़ें
series-times-in = समय { $zone } के हिसाब से।
series-one-free = यह खाली है।
series-one-taken = यह बुक नहीं हो सकता।
series-all-free = सभी { $n } खाली हैं।
series-some-free = { $all } में से { $free } खाली हैं; बाक़ी बुक नहीं हो सकते और छोड़ दिए गए हैं।
series-line-free = { $when } · खाली
series-line-free-late = { $when } · खाली (मुफ़्त में रद्द करने का समय पहले ही निकल चुका है)
# बुक न हो सकने वाली तारीख़ के बाद; $why, series-clash-… में से एक।
series-not-booked = बुक नहीं होगा: { $why }
series-clash-booked = पहले से बुक है
series-clash-away = काउंसलर उस समय उपलब्ध नहीं हैं
series-clash-outside-hours = काउंसलर के काम के घंटों से बाहर
series-clash-too-soon = बुक करने के लिए बहुत जल्दी
series-move-one = इस सेशन का समय बदलें
series-move-many = इन { $n } सेशनों का समय बदलें
series-book-one = यह सेशन बुक करें
series-book-many = ये { $n } सेशन बुक करें
series-none-free = इनमें से कोई भी समय बुक नहीं हो सकता। कोई और समय या दूसरा दिन चुनें।
series-booked-weekly = { $n } सेशन बुक हो गए, हर हफ़्ते। ये आपको "सेशन" में मिलेंगे।
series-booked-fortnightly = { $n } सेशन बुक हो गए, हर दो हफ़्ते। ये आपको "सेशन" में मिलेंगे।
series-moved = { $n } सेशन नए समय पर कर दिए गए।
# $times: जो तारीख़ें और समय चले गए, सेमीकोलन से अलग।
series-taken-these = सूची दिखाने के बाद ये किसी और ने बुक कर लिए: { $times }। अभी कुछ भी बुक नहीं हुआ है: सूची में वही है जो अभी खाली है।

## निजी कैलेंडर लिंक (templates/bookings/feed.html, bookings/handlers/feeds.rs)

bookings-feed-title = आपका निजी कैलेंडर लिंक
bookings-feed-intro = अपने DilTalks सेशन उसी कैलेंडर ऐप में जोड़ें जो आप पहले से इस्तेमाल करते हैं। हर सेशन बस DilTalks की एक अपॉइंटमेंट की तरह दिखता है, उसके बारे में और कुछ नहीं, और सेशन बुक होने, बदलने या रद्द होने पर अपने-आप बदल जाता है।
bookings-feed-private = जिसके पास भी यह लिंक हो, वह आपके सेशनों के समय देख सकता है, इसलिए इसे अपने तक रखें। नया लिंक बनाने पर पुराना काम करना बंद कर देता है।
bookings-feed-your-link = आपका लिंक (सिर्फ़ इसी बार दिखेगा: अभी कॉपी कर लें)
bookings-feed-copy = लिंक कॉपी करें
bookings-feed-since = आपने { $when } को एक लिंक बनाया था। वह दोबारा नहीं दिखाया जाता; ज़रूरत हो तो नया बना लें।
bookings-feed-none = आपका कोई कैलेंडर लिंक नहीं है।
bookings-feed-new = नया लिंक बनाएँ
bookings-feed-make = लिंक बनाएँ
bookings-feed-stop = लिंक बंद करें
bookings-feed-revoked = यह लिंक अब काम नहीं करता।

## फ़ॉर्म की ग़लतियाँ और मनाही (bookings/handlers/)

error-booking-no-longer-free = वह समय अब खाली नहीं है। कृपया कोई और समय चुनें।
error-booking-form-old = बुकिंग का यह फ़ॉर्म पुराना हो गया है। कृपया समय फिर से चुनें।
error-booking-couple-needs-partner = जोड़े के सेशन के लिए आपके साथी का आपकी जगह में होना ज़रूरी है। व्यक्तिगत सेशन बुक करें, या पहले अपने साथी को न्योता भेजें।
error-booking-cannot-book = यह समय बुक नहीं हो सकता
error-booking-not-offered = इस फ़ॉर्म का समय काउंसलर के खाली समयों में से नहीं है। कृपया उनके पेज पर कोई समय चुनें।
error-booking-first-not-offered = इस फ़ॉर्म का पहला समय काउंसलर के खाली समयों में से नहीं है। कृपया उनके पेज पर कोई समय चुनें।
error-booking-taken-or-gone = वह समय अभी-अभी किसी और ने बुक कर लिया, या अब मिल नहीं रहा। कृपया कोई और समय चुनें।
error-booking-taken = वह समय अभी-अभी किसी और ने बुक कर लिया। कृपया कोई और समय चुनें।
error-booking-cannot-cancel = यह सेशन अब रद्द नहीं हो सकता: यह पहले ही रद्द हो चुका है या शुरू हो गया है।
error-booking-series-cancelled-already = ये सेशन अभी-अभी रद्द हो चुके हैं।
error-booking-cancelled-already = यह सेशन अभी-अभी रद्द हो चुका है।
error-booking-repeat = हर हफ़्ते या हर दो हफ़्ते में से एक चुनें।
error-booking-last-date = आख़िरी तारीख़ पहले सेशन के बाद की होनी चाहिए।
error-booking-count = 2 से { $n } के बीच सेशन चुनें।
error-booking-first-session = पहले सेशन की तारीख़ (आज से, एक साल के अंदर) और समय चुनें।
error-booking-series-taken = इनमें से कुछ समय अभी-अभी किसी और ने बुक कर लिए। अभी कुछ भी बुक नहीं हुआ है: सूची में वही है जो अभी खाली है।

## सेशन से खुलने वाले फ़ीडबैक फ़ॉर्म (feedback/mod.rs), सेशन और डैशबोर्ड से जुड़े हुए

feedback-open-before = { $when } के सेशन से पहले: आप कैसे हैं? (एक मिनट, चार सवाल)
feedback-open-after = { $when } का सेशन आपके लिए कैसा रहा? (एक मिनट, निजी)
