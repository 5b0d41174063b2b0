# DilTalks का इंटरफ़ेस हिन्दी में। en.ftl की हर कुंजी यहाँ भी है, उन्हीं प्लेसहोल्डरों के साथ
# (एक यूनिट टेस्ट जाँचता है)। शब्दों के चुनाव के लिए docs/GLOSSARY.md देखें।

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

## गड़बड़ी वाले पेज

error-home = शुरुआती पेज पर जाएँ
error-status = गड़बड़ी { $status }

## होम (templates/pages/home.html)

home-title = भरोसा फिर से बनाइए, साथ मिलकर और अपनी रफ़्तार से
home-lead = जब भरोसा टूटता है, तो वह किसी एक बड़ी बातचीत से नहीं लौटता — वह महीनों तक बार-बार किए गए छोटे, लगातार क़दमों से लौटता है। DilTalks आप दोनों को यह काम करने के लिए एक निजी जगह देता है, क़दम-दर-क़दम, और जब आप मदद चाहें तो लाइसेंस-प्राप्त रिलेशनशिप काउंसलर भी।
home-to-dashboard = अपने डैशबोर्ड पर जाएँ
home-create = निजी खाता बनाएँ
home-have-account = मेरा खाता पहले से है
home-how = यह कैसे काम करता है
home-private-title = शुरू से ही निजी
home-private = आप जो भी लिखते हैं, वह तब तक सिर्फ़ आपका है जब तक आप उसे ख़ुद साझा न करें। आपका साथी आपकी निजी बातें कभी नहीं देखता, और DilTalks चलाने वालों के पास भी उन्हें देखने का कोई तरीक़ा नहीं है: आपके शब्द आपकी अपनी चाबी से एन्क्रिप्ट करके रखे जाते हैं।
home-together-title = साथ मिलकर, या अकेले
home-together = अपने साथी को एक साझा जगह में बुलाइए, या अकेले शुरू कीजिए। आप दोनों में से कोई भी कभी भी अलग हो सकता है, और जो कुछ उसने लिखा है वह उसी के पास रहता है।
home-steps-title = छोटे क़दम, जो जुड़ते जाते हैं
home-steps = जो हुआ उसे मानिए, उसे समय दीजिए, छोटे वादे निभाइए, तय समय पर बात कीजिए, और समझिए कि बात यहाँ तक कैसे पहुँची। भरोसा वादों से नहीं, रोज़ के बर्ताव से लौटता है।
home-help-title = जब चाहें, तब मदद
home-help = बहुत से जोड़ों को यह काम अकेले मुश्किल लगता है, और यह बिलकुल स्वाभाविक है। एक काउंसलर आप दोनों को बिना दोष दिए बात करने और आगे का रास्ता देखने में मदद कर सकता है।
home-safe-title = क्या यह मेरे लिए सुरक्षित है?
home-safe-before = जहाँ हिंसा या डर हो, वहाँ जोड़े के रूप में काम करना सही क़दम नहीं है। अगर आप अपने साथी के साथ असुरक्षित महसूस करते हैं, तो पहले हमारी
home-safe-link = संकट और सुरक्षा की जानकारी
home-safe-after = देखें। हर पेज के ऊपर "तुरंत निकलें" बटन आपको इस साइट से उसी पल बाहर ले जाता है।

## संकट वाला पेज (templates/pages/crisis.html)

crisis-title = अभी मदद: संकट और सुरक्षा के लिए सहायता
crisis-lead = अगर आप इस समय ख़तरे में हैं, तो अपने इलाक़े का आपातकालीन नंबर (भारत में 112) मिलाएँ।
crisis-not-couples-title = जब जोड़े की काउंसलिंग सही क़दम नहीं है
crisis-not-couples = रिश्ते पर साथ मिलकर काम तभी हो सकता है जब दोनों लोग खुलकर बोलने में सुरक्षित हों। अगर आपका साथी आपको डराता है, आप पर नियंत्रण रखता है, या आपको चोट पहुँचाता है, तो साझा सेशन हालात को और ख़तरनाक बना सकते हैं। पहले अपने लिए अलग से मदद लीजिए; ऊपर दी गई सेवाएँ आपकी सुरक्षा की योजना बनाने में मदद कर सकती हैं।
crisis-leaving-title = जल्दी से निकलना
crisis-leaving = हर पेज के ऊपर "तुरंत निकलें" बटन, या दो बार Esc दबाना, आपको उसी पल एक सामान्य साइट पर ले जाता है।
crisis-does-label = यह क्या करता है:
crisis-does = यह सामान्य साइट को एक नए टैब में खोलता है, जिसके पीछे कोई हिस्ट्री नहीं होती, और इस टैब को भी उसी साइट में बदल देता है, ताकि वहाँ "पीछे" दबाने पर आपका पिछला पेज न दिखे।
crisis-cannot-label = यह क्या नहीं कर सकता:
crisis-cannot = यह आपकी ब्राउज़िंग हिस्ट्री नहीं मिटा सकता। DilTalks के पिछले पेज ब्राउज़र की हिस्ट्री में फिर भी दिख सकते हैं, और पुराने टैब में कई बार "पीछे" दबाने से वे खुल सकते हैं। अगर कोई आपका फ़ोन या कंप्यूटर देख सकता है, तो DilTalks के लिए प्राइवेट (इनकॉग्निटो) विंडो इस्तेमाल करें, या बाद में इस साइट को हिस्ट्री से हटा दें, और काम ख़त्म होने पर साइन आउट करें। हमारे ईमेल कभी नहीं बताते कि वे किस बारे में हैं, पर वे आपके इनबॉक्स में फिर भी रहते हैं।

## साइन इन (templates/accounts/login.html)

login-title = साइन इन करें
login-submit = साइन इन करें
login-forgot = पासवर्ड भूल गए?
login-new = यहाँ नए हैं?
login-create = खाता बनाएँ
login-welcome = फिर से स्वागत है, { $name }।

## खाता बनाना (templates/accounts/register.html)

register-title = खाता बनाएँ
register-counsellor-title = काउंसलर का खाता बनाएँ
register-counsellor-intro = लाइसेंस-प्राप्त काउंसलरों के लिए। ईमेल की पुष्टि के बाद आप अपनी प्रोफ़ाइल लिखेंगे, और आपके दिखाई देने से पहले हमारी टीम आपके लाइसेंस की जाँच करेगी। क्या आप अपने लिए मदद ढूँढ रहे हैं?
register-member-instead = सदस्य का खाता बनाएँ
register-instead = — वही आपके लिए है।
register-private = आपका खाता निजी है। आप अपना पहला नाम या कोई दूसरा नाम रख सकते हैं: आपके साथी या काउंसलर को यही दिखेगा।
register-email-hint = इसकी पुष्टि के लिए हम एक लिंक भेजेंगे। हम इसे कभी किसी को नहीं दिखाते।
register-name = आपको किस नाम से पुकारें
register-name-hint = पहला नाम या कोई दूसरा नाम।
register-password-hint = कम से कम 8 अक्षर। कुछ आपस में बेमेल शब्द अच्छे रहते हैं। आपकी सुरक्षा के लिए, अगर फ़ॉर्म दोबारा भरना पड़े तो हम यहाँ लिखा पासवर्ड नहीं रखते।
register-submit = खाता बनाएँ
register-have-account = मेरा खाता पहले से है
register-sent-title = अपना इनबॉक्स देखें
register-sent-1 = आपके दिए पते पर हमने एक संदेश भेजा है। खाता बनाना पूरा करने के लिए उसमें दिया लिंक खोलें।
register-sent-2 = इसे पहुँचने में कुछ मिनट लग सकते हैं। अगर न आए, तो स्पैम फ़ोल्डर देखें, या नया लिंक पाने के लिए फिर से साइन अप करें।

## पासवर्ड भूल जाने पर (templates/accounts/forgot.html)

forgot-title = अपना पासवर्ड बदलें
forgot-intro = अपने खाते का ईमेल पता लिखें। अगर उस पते का खाता है, तो हम उस पर नया पासवर्ड चुनने का लिंक भेजेंगे।
forgot-submit = लिंक भेजें
forgot-back = साइन इन पर लौटें

## फ़ॉर्म के ख़ानों के बारे में संदेश

error-email-empty = अपना ईमेल पता लिखें।
error-email-invalid = ईमेल पता name@example.com जैसा लिखें।
error-name-empty = कोई नाम लिखें जिससे आपको पुकारा जाए। पहला नाम या कोई दूसरा नाम, दोनों चलेंगे।
error-name-long = नाम 60 अक्षरों से छोटा रखें।
error-name-control = इस नाम में कुछ ऐसे अक्षर हैं जिन्हें हम दिखा नहीं सकते।
error-password-short = कम से कम 8 अक्षर रखें। कुछ आपस में बेमेल शब्द मिलकर मज़बूत पासवर्ड बनाते हैं।
error-password-long = ज़्यादा से ज़्यादा 128 अक्षर रखें।
error-password-common = यह पासवर्ड सबसे ज़्यादा इस्तेमाल होने वालों में से है, इसलिए इसका अंदाज़ा लगाना आसान है। कोई दूसरा चुनें।
error-password-email = आपका पासवर्ड आपका ईमेल पता नहीं हो सकता।
error-login-no-match = यह ईमेल और पासवर्ड किसी खाते से मेल नहीं खाते। दोनों जाँचकर फिर से कोशिश करें।
error-login-confirm-first = पहले अपने ईमेल पते की पुष्टि करें। हमने अभी आपको एक नया लिंक भेजा है।
error-time-zone = टाइम ज़ोन उसके नाम से चुनें, जैसे Asia/Kolkata या Europe/London।

## डैशबोर्ड (templates/pages/dashboard.html)

dashboard-title = आपका डैशबोर्ड
dashboard-hello = नमस्ते, { $name }
dashboard-lead = भरोसा एक माफ़ी से नहीं, महीनों तक लगातार किए गए छोटे-छोटे कामों से लौटता है। एक बार में एक क़दम उठाइए।
dashboard-safety-title = आपकी सुरक्षा के बारे में एक निजी जाँच
dashboard-safety = साथ मिलकर काम शुरू करने से पहले: छह सवाल, सिर्फ़ आपके लिए। आपके साथी को कभी पता नहीं चलता कि आपने जवाब दिए या क्या कहा।
dashboard-safety-link = निजी तौर पर जवाब दें
dashboard-invited-title = { $name } ने आपको बुलाया है
dashboard-invited = { $name } ने आपको अपनी साझा जगह में शामिल होने के लिए बुलाया है।
dashboard-invited-link = न्योता देखें और शामिल हों
dashboard-feedback-title = आपके सेशन से पहले और बाद में
dashboard-sessions-title = आने वाले सेशन
dashboard-session-with = { $name } के साथ
dashboard-couple-session = { $name } (जोड़े का सेशन)
dashboard-program-title = आपका कार्यक्रम
dashboard-program = भरोसा फिर से बनाने के छह क़दम: जो हुआ उसे मानना, उसे समय देना, छोटे और लगातार काम, ईमानदार बातचीत, असली वजह तक पहुँचना, और जब चाहें तब मदद।
dashboard-program-link = अपना सफ़र खोलें
dashboard-space-title = आपकी साझा जगह
dashboard-space-solo = अभी आप अकेले काम कर रहे हैं। सब कुछ अकेले भी चलता है, और जब आप तैयार हों, अपने साथी को बुला सकते हैं।
dashboard-space-solo-link = साझा जगह बनाएँ
dashboard-space-waiting = आपकी जगह तैयार है, पर आपका साथी अभी शामिल नहीं हुआ है।
dashboard-space-waiting-link = अपने साथी को बुलाएँ
dashboard-space-left = आपका साथी यह जगह छोड़ चुका है। आपने जो कुछ लिखा, वह अब भी आपका है।
dashboard-space-left-link = अपनी जगह देखें
dashboard-space-shared = आप और { $name } एक जगह साझा करते हैं।
dashboard-space-shared-unnamed = आप और आपका साथी एक जगह साझा करते हैं।
dashboard-space-link = अपनी जगह खोलें
dashboard-journal-title = आपकी डायरी
dashboard-journal = अपने मन की बातें शब्दों में रखने की एक निजी जगह। जब तक आप कोई बात अपने साथी से साझा न करें, सब निजी रहता है।
dashboard-journal-write = कुछ लिखें
dashboard-journal-read = अपनी डायरी पढ़ें

## गाइड (templates/articles/article.html)

article-by = लेखक:
article-minutes = पढ़ने में { $n } मिनट
article-toc = इस गाइड में
article-faq = लोग अक्सर पूछते हैं
article-sources = स्रोत
article-topics = विषय:
article-cta-directory-title = किसी प्रशिक्षित व्यक्ति से बात कीजिए
article-cta-directory = हमारी सूची के हर काउंसलर का लाइसेंस हमने जाँचा है। भाषा, तरीक़े, फ़ीस और ख़ाली समय के हिसाब से चुनिए।
article-cta-directory-button = काउंसलर ढूँढें
article-cta-program-title = साथ मिलकर कार्यक्रम शुरू कीजिए
article-cta-program = छह क़दम, आपकी अपनी रफ़्तार से: जब तक आप साझा न करें, हर बात सिर्फ़ आपकी, और जब चाहें तब काउंसलर का साथ।
article-cta-program-button = कार्यक्रम शुरू करें
article-related = इससे जुड़ी गाइड
article-report = इस गाइड की शिकायत करें
article-in-other-language = यह गाइड { $language } में
article-about-author = लेखक के बारे में

## ज़िम्मेदारी के बयान पर बचाव वाली भाषा की जाँच के नोट (program/deflection.rs)

deflection-counter-accusation-label = बात पलटना
deflection-counter-accusation-why = साथी ने जो किया उसे बीच में लाने से माफ़ी उसके बारे में बहस बन जाती है।
deflection-counter-accusation-reframe = इस बयान को अपने कामों तक रखिए। साथी के बारे में जो कहना है, वह बाद की किसी बातचीत के लिए रख सकते हैं।
deflection-conditional-blame-label = शर्त वाला दोष
deflection-conditional-blame-why = यह कहना कि साथी कुछ और करता तो क्या होता, वजह का एक हिस्सा उसी पर डाल देता है।
deflection-conditional-blame-reframe = अपने फ़ैसले को सीधे नाम दीजिए, जैसे: "मैंने … चुना, और वह मेरा फ़ैसला था।"
deflection-shifted-cause-label = वजह किसी और पर डालना
deflection-shifted-cause-why = इससे लगता है कि आपके फ़ैसले की वजह कोई और था, और ज़िम्मेदारी आपसे हट जाती है।
deflection-shifted-cause-reframe = "मैंने … चुना" लिखकर देखिए; चाहें तो बताइए कि उस समय आप क्या महसूस कर रहे थे, पर उसे वजह बनाए बिना।
deflection-conditional-apology-label = शर्त वाली माफ़ी
deflection-conditional-apology-why = अपने किए की जगह साथी की भावना के लिए माफ़ी माँगना ऐसा लग सकता है जैसे मुश्किल उसकी प्रतिक्रिया में है।
deflection-conditional-apology-reframe = "मुझे अफ़सोस है कि मैंने …" लिखकर देखिए, और वह ख़ास बात लिखिए जो आपने की।
deflection-fixed-trait-label = "मैं ऐसा ही हूँ"
deflection-fixed-trait-why = इसे अपने स्वभाव का हिस्सा बताना कहता है कि यह बदल नहीं सकता, और उस पर भरोसा बनाना मुश्किल है।
deflection-fixed-trait-reframe = लिखिए कि आप आगे क्या अलग करेंगे, चाहे छोटी-सी बात ही क्यों न हो।
deflection-minimising-label = बात को छोटा करना
deflection-minimising-why = बात को छोटा दिखाने से साथी को लग सकता है कि उसका दुख ज़रूरत से ज़्यादा है।
deflection-minimising-reframe = सीधे लिखिए कि क्या हुआ, और मानिए कि साथी के लिए यह मायने रखता है।
deflection-normalising-label = "सब करते हैं"
deflection-normalising-why = यह कहना कि दूसरे भी ऐसा करते हैं, ध्यान उस बात से हटा देता है जो आप दोनों के बीच हुई।
deflection-normalising-reframe = सिर्फ़ अपने फ़ैसले और साथी पर उसके असर के बारे में लिखिए।
deflection-invalidating-label = साथी को बताना कि उसे कैसा लगना चाहिए
deflection-invalidating-why = किसी को यह बताना कि उसे कैसा महसूस करना चाहिए, उसे अक्सर अनसुना महसूस कराता है।
deflection-invalidating-reframe = "मैं समझता हूँ कि तुम्हें … लग रहा है" लिखकर देखिए, या बस वह लिखिए जो आपने सुना।
deflection-denial-label = ग़लती से इनकार
deflection-denial-why = यह कहना कि आपकी ग़लती नहीं है, वह बातचीत बंद कर देता है जिसकी साथी को ज़रूरत है।
deflection-denial-reframe = अपना हिस्सा नाम देकर लिखिए, भले ही उस समय और बातें भी चल रही हों।
deflection-rushing-label = जल्दी आगे बढ़ाना
deflection-rushing-why = भरोसा चोट खाए साथी की रफ़्तार से लौटता है; आगे बढ़ने को कहना ऐसा लग सकता है जैसे दुख बंद करने को कहा जा रहा हो।
deflection-rushing-reframe = पूछिए कि साथी को क्या चाहिए, और रफ़्तार उसे तय करने दीजिए।
deflection-whataboutism-label = "और तुम्हारा क्या?"
deflection-whataboutism-why = अभी कोई दूसरी शिकायत उठाना ध्यान उस टूटे भरोसे से हटा देता है जिसे आप मान रहे हैं।
deflection-whataboutism-reframe = दूसरी चिंता तय समय की बातचीत के लिए लिख लीजिए, और इस बयान को उसी बात तक रखिए।

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

## गाइड (templates/articles/index.html)

guides-title = गाइड
guides-about = { $tag } के बारे में गाइड
guides-description = रिलेशनशिप काउंसलरों की लिखी गाइड: टूटा भरोसा फिर से बनाने के क़दम, इसमें कितना समय लगता है, बेचैनी, ईमानदार बातचीत, और सुरक्षा।
guides-feed-title = DilTalks की गाइड
guides-find = गाइड ढूँढें
guides-search = गाइड में खोजें
guides-search-button = खोजें
guides-all = सभी गाइड
guides-topics = विषय
guides-found-one = 1 गाइड मिली
guides-found = { $n } गाइड मिलीं
guides-newest = सबसे नई पहले
guides-none-found = कोई गाइड इन सभी शब्दों से मेल नहीं खाती। कम या दूसरे शब्द आज़माएँ।
guides-none = यहाँ अभी कोई गाइड नहीं है।
guides-pages = पेज
guides-page = पेज { $n }
guides-follow = नई गाइड फ़ीड रीडर में पाएँ

## गड़बड़ी वाले पेज (error.rs, web/context.rs)

error-page-not-found = पेज नहीं मिला
error-page-not-found-text = हमें यह पेज नहीं मिला। हो सकता है यह कहीं और चला गया हो, या लिंक अधूरा हो।
error-page-not-available = उपलब्ध नहीं
error-page-not-available-text = आपका खाता यह पेज नहीं खोल सकता।
error-page-not-through = यह नहीं हो पाया
error-page-expired = इस फ़ॉर्म का समय निकल गया
error-page-expired-text = आपकी सुरक्षा के लिए हम यह फ़ॉर्म स्वीकार नहीं कर सके। पीछे जाएँ, पेज फिर से लोड करें, और दोबारा भेजें।
error-page-wait = कृपया थोड़ा रुकें
error-page-wrong = कुछ गड़बड़ हो गई
error-page-wrong-text = हमारी ओर से कुछ गड़बड़ हो गई। आपका लिखा कुछ भी साझा नहीं हुआ। कृपया थोड़ी देर में फिर से कोशिश करें।
error-page-unreadable = यह अनुरोध पढ़ा नहीं जा सका। कृपया पीछे जाकर फिर से कोशिश करें।

## डायरी (templates/journal/)

journal-title = डायरी
journal-private = आपकी बातें सिर्फ़ आपके लिए हैं।
journal-private-partner = आपकी बातें सिर्फ़ आपके लिए हैं, जब तक आप कोई बात अपने साथी से साझा न करें।
journal-write = कुछ लिखें
journal-empty = यहाँ अभी कुछ नहीं है। कुछ सच्ची पंक्तियाँ अच्छी शुरुआत हैं।
journal-shared-by-me = साथी से साझा की गई
journal-private-mark = निजी
journal-shared-by = { $name } ने साझा की
journal-back = डायरी पर लौटें
journal-entry-title = डायरी की बात
journal-entry-shared = आपके साथी से साझा की गई
journal-entry-private = निजी: इसे सिर्फ़ आप पढ़ सकते हैं
journal-entry-shared-with-me = { $name } ने आपसे साझा की
journal-edited = { $when } को बदली गई
journal-edit = बदलें
journal-delete = मिटाएँ
journal-new-title = डायरी में नई बात
journal-edit-title = बात बदलें
journal-text = आपके मन में क्या है?
journal-text-hint = खुलकर लिखिए। सहेजने से पहले इसे एन्क्रिप्ट किया जाता है।
journal-who = इसे कौन पढ़ सकता है
journal-only-me = सिर्फ़ मैं
journal-me-and-partner = मैं और मेरा साथी
journal-once-partner = (जब आपका साथी आपकी जगह में आ जाए)
journal-save = सहेजें
journal-cancel = रद्द करें
journal-saved-private = सहेज लिया। इसे सिर्फ़ आप पढ़ सकते हैं।
journal-saved-shared = सहेज लिया और आपके साथी से साझा कर दिया।
journal-changes-saved = आपके बदलाव सहेज लिए गए।
journal-deleted = यह बात मिटा दी गई।
error-journal-empty = सहेजने से पहले कुछ लिखिए। एक पंक्ति भी काफ़ी है।
error-journal-long = यह बात 20,000 अक्षरों से लंबी है। इसे दो हिस्सों में लिखिए।
error-journal-no-partner = आपकी जगह में अभी कोई साथी नहीं है जिससे साझा करें, इसलिए यह बात निजी रहेगी।
