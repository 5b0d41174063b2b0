# DilTalks का इंटरफ़ेस हिन्दी में: काउंसलर ढूँढना: डायरेक्टरी, प्रोफ़ाइल, मिलान। locales/en/directory.ftl की हर कुंजी यहाँ भी है, उन्हीं
# प्लेसहोल्डरों के साथ (एक यूनिट टेस्ट जाँचता है)। शब्दों के चुनाव के लिए docs/GLOSSARY.md देखें।

## डायरेक्टरी (templates/directory/directory.html, directory/handlers/search.rs)

directory-title = काउंसलर ढूँढें
directory-intro = यहाँ दिखने वाले हर काउंसलर के पास लाइसेंस है, जिसे हमारी टीम ने जारी करने वाली संस्था से जाँचा है, और वह लाइसेंस अभी मान्य है।
directory-match-lead = समझ नहीं आ रहा कहाँ से शुरू करें?
directory-match-link = कुछ सवालों के जवाब दें और देखें कौन आपके लिए ठीक रहेगा
directory-filter-label = काउंसलर छाँटें
directory-search = खोजें
directory-search-hint = कोई नाम, काम करने का तरीक़ा, कोई जगह…
directory-area = विषय
directory-any = कोई भी
directory-language = भाषा
directory-free = खाली समय
directory-within-any = कभी भी
directory-within-3 = 3 दिन के अंदर
directory-within-7 = एक हफ़्ते के अंदर
directory-within-14 = दो हफ़्ते के अंदर
directory-format-label = तरीक़ा
directory-fee-from = फ़ीस कम से कम
directory-fee-to = फ़ीस ज़्यादा से ज़्यादा
directory-show = काउंसलर दिखाएँ
directory-clear = फ़िल्टर हटाएँ
directory-count-one = 1 काउंसलर
directory-count-many = { $n } काउंसलर
directory-none = कोई भी काउंसलर इन सब शर्तों पर खरा नहीं उतरता। कुछ फ़िल्टर हटाकर देखें।
# $when दिन और समय है ("सोमवार, 2 नवंबर, 14:30"); जो साइन इन नहीं हैं उन्हें UTC में दिखता है।
directory-first-free = पहला खाली समय: { $when }।
directory-first-free-utc = पहला खाली समय: { $when } (UTC)।
directory-no-free = आने वाले हफ़्तों में कोई खाली समय नहीं।
directory-pages-label = नतीजों के पन्ने
directory-previous = पिछला
directory-next = अगला
directory-page-of = { $pages } में से पन्ना { $page }
directory-all = सभी काउंसलर
# सूची की आख़िरी दो चीज़ों के बीच ("वीडियो, फ़ोन और चैट")।
directory-and = और

## काउंसलर किन विषयों पर काम करते हैं, कैसे मिलते हैं और उनका जेंडर, जैसा फ़िल्टर, सवाल और
## उनके कारण बताते हैं (profiles::model के SPECIALTIES, FORMATS, GENDERS)

directory-specialty-trust = भरोसा और बेवफ़ाई
directory-specialty-communication = बातचीत
directory-specialty-conflict = टकराव और झगड़े
directory-specialty-intimacy = नज़दीकी और सेक्स
directory-specialty-separation = अलगाव और बच्चों की मिलकर परवरिश
directory-specialty-anxiety = बेचैनी और चिंता
directory-specialty-grief = दुख और बिछड़ना
directory-specialty-family = परिवार और ससुराल
directory-specialty-intercultural = अलग-अलग संस्कृतियों वाले रिश्ते
directory-specialty-lgbtq = एलजीबीटीक्यू+ रिश्ते
directory-format-video = वीडियो
directory-format-phone = फ़ोन
directory-format-chat = चैट
directory-format-in-person = आमने-सामने
directory-gender-woman = महिला
directory-gender-man = पुरुष
directory-gender-nonbinary = नॉन-बाइनरी

## काउंसलरों के लिए पन्ना (templates/directory/for_counsellors.html)

directory-for-title = काउंसलरों के लिए
directory-for-lead = DilTalks जोड़ों को सेशनों के बीच भरोसा फिर से बनाने में मदद करता है, और ज़रूरत पड़ने पर लाइसेंस वाला काउंसलर ढूँढने में भी।
directory-for-how = काउंसलर खाता बनाएँ, अपनी प्रोफ़ाइल लिखें और अपने लाइसेंस की जानकारी दें। आपके दिखने से पहले हमारी टीम लाइसेंस जारी करने वाली संस्था से उसकी जाँच करती है, और उसकी आख़िरी तारीख़ पर नज़र रखती है। क्लाइंट ख़ुद चुनते हैं कि आपसे क्या साझा करें; इसके अलावा आपको कुछ नहीं दिखता।
directory-for-practice = अपनी प्रैक्टिस पर जाएँ
directory-for-member = आप सदस्य वाले खाते से साइन इन हैं। प्रैक्टिस के लिए अलग काउंसलर खाता चाहिए, दूसरे ईमेल पते के साथ: पहले साइन आउट करें, फिर उसे बनाएँ।
directory-for-create = काउंसलर खाता बनाएँ
directory-for-registered = पहले से रजिस्टर हैं?
directory-for-sign-in = अपनी प्रैक्टिस में साइन इन करें

## काउंसलर की सार्वजनिक प्रोफ़ाइल (templates/directory/profile.html)

profile-photo-alt = { $name } की फ़ोटो
profile-about = परिचय
profile-approaches = काम करने के तरीक़े
profile-licence = लाइसेंस
# लाइसेंस, जैसा काउंसलर ने दिया: जारी करने वाली संस्था, नंबर, कहाँ का, और आख़िरी दिन।
profile-licence-checked = { $body }, लाइसेंस { $number } ({ $place }), { $until } तक मान्य। DilTalks टीम ने जाँचा है।
profile-zone = समय { $zone } के हिसाब से तय होते हैं और आपको आपके अपने टाइम ज़ोन में दिखते हैं।
profile-book = सेशन बुक करें
profile-new-time = नया समय चुनें
profile-no-free = आने वाले हफ़्तों में कोई खाली समय नहीं। कृपया बाद में फिर देखें।
# एक वाक्य के चार हिस्से: दो लिंक, और हर एक के बाद के शब्द।
profile-sign-in = साइन इन करें
profile-or = या
profile-register = निजी खाता बनाएँ
profile-to-book = और फिर बुक करें। साइन इन करने तक नीचे के समय UTC में दिखते हैं।
profile-report = इस काउंसलर की शिकायत करें

## मिलान के सवाल (templates/directory/match.html, directory/handlers/matching.rs)

match-title = अपने लिए सही काउंसलर ढूँढें
match-intro = कुछ सवाल, आप में से एक के लिए या दोनों के लिए। हम काउंसलरों को 100 में से एक आसान स्कोर से क्रम में रखते हैं और साफ़ दिखाते हैं कि हर एक को उतना स्कोर क्यों मिला। आपके जवाब सहेजे नहीं जाते।
match-none-listed = अभी कोई काउंसलर दिख नहीं रहा
match-best = आपके लिए सबसे अच्छे मिलान
match-together = साथ में सेशन के लिए, बुक करते समय "मेरा साथी और मैं" चुनें।
# स्क्रीन रीडर हर कारण से पहले पढ़ते हैं।
match-counts = गिना गया:
match-not-counts = नहीं गिना गया:
match-change = अपने जवाब बदलें
match-concerns = आप किस बारे में बात करना चाहते हैं? (जितने चाहें चुनें)
match-who = सेशन में कौन आएगा?
match-who-me = सिर्फ़ मैं
match-who-both = हम दोनों
match-language = पसंद की भाषा
match-formats = आप कैसे मिलना चाहेंगे? (जितने चाहें चुनें)
match-budget = एक सेशन के लिए ज़्यादा से ज़्यादा कितना देना चाहेंगे (ज़रूरी नहीं)
match-currency = मुद्रा
match-currency-inr = भारतीय रुपया
match-currency-usd = अमेरिकी डॉलर
match-currency-eur = यूरो
match-currency-gbp = ब्रिटिश पाउंड
match-currency-aud = ऑस्ट्रेलियाई डॉलर
match-currency-cad = कनाडाई डॉलर
match-time = आपके लिए दिन का सबसे अच्छा समय
match-time-any = कभी भी
match-time-morning = सुबह (6–12)
match-time-afternoon = दोपहर (12–17)
match-time-evening = शाम (17–22)
match-gender = काउंसलर का जेंडर
match-gender-any = कोई पसंद नहीं
match-show = मेरे मिलान दिखाएँ
match-how = स्कोर कैसे बनता है: आपके चुने विषय 30 (हर एक के 15, ज़्यादा से ज़्यादा दो), भाषा 20, तरीक़ा 15, बजट 15, आपके हिस्से के समय में खाली समय 10, जेंडर 10। जो भी आप खुला छोड़ें, उसके पूरे अंक मिलते हैं।

## काउंसलर को उतना स्कोर क्यों मिला (directory/model.rs)

match-areas-open = विषय आपने खुले छोड़े।
match-areas-none = आपके चुने विषय इनकी सूची में नहीं हैं।
# $areas: दोनों के साझा विषय।
match-works-with = { $areas } पर काम करते हैं।
match-language-open = भाषा आपने खुली छोड़ी।
# $language: जैसा काउंसलरों ने लिखा।
match-works-in = { $language } में सेशन करते हैं।
match-language-none = इनकी भाषाओं में { $language } नहीं है।
match-format-open = तरीक़ा आपने खुला छोड़ा।
match-format-none = आपके चुने तरीक़ों से सेशन नहीं करते।
match-offers = { $formats } सेशन करते हैं।
match-budget-open = बजट आपने खुला छोड़ा।
# $theirs और $yours: मुद्रा के कोड (INR, USD)।
match-budget-other-currency = फ़ीस { $theirs } में लेते हैं, इसलिए { $yours } वाले आपके बजट से तुलना नहीं हो सकी।
match-budget-within = आपके बजट के अंदर।
match-budget-over = आपके बजट से { $amount } ज़्यादा।
match-time-open = दिन का समय आपने खुला छोड़ा।
# $band: match-band-morning, -afternoon या -evening।
match-times-one = अगले दो हफ़्तों में { $band } का 1 खाली समय।
match-times-many = अगले दो हफ़्तों में { $band } के { $n } खाली समय।
match-times-none = अगले दो हफ़्तों में { $band } का कोई खाली समय नहीं।
match-band-morning = सुबह
match-band-afternoon = दोपहर
match-band-evening = शाम
match-gender-open = काउंसलर का जेंडर आपने खुला छोड़ा।
# $gender: directory-gender-woman, -man या -nonbinary।
match-gender-as-asked = { $gender }, जैसा आपने चाहा।
match-gender-other = वह जेंडर नहीं जो आपने चाहा, या बताया नहीं गया।

## फ़ॉर्म की ग़लतियाँ (profiles::model::parse_fee, फ़ीस के फ़िल्टर और बजट के लिए)

error-directory-fee-number = फ़ीस अंकों में लिखें, जैसे 1500 या 45.50।
error-directory-fee-high = यह फ़ीस बहुत ज़्यादा लगती है। अंक एक बार देख लें।

## काउंसलर का कार्ड (templates/profiles/card.html): उनका पद और भाषाएँ वैसे ही रहती हैं जैसे उन्होंने लिखीं

card-fee = एक सेशन के { $fee }
card-works-with = इन बातों पर काम करते हैं:
card-languages = भाषाएँ:
