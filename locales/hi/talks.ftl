# DilTalks का इंटरफ़ेस हिन्दी में: चौथा क़दम, खुली बातचीत। locales/en/talks.ftl की हर कुंजी यहाँ भी है, उन्हीं
# प्लेसहोल्डरों के साथ (एक यूनिट टेस्ट जाँचता है)। शब्दों के चुनाव के लिए docs/GLOSSARY.md देखें।

## चौथे क़दम का पन्ना (templates/program/talks.html, program/handlers/talks.rs)

talks-title = क़दम 4: खुली बातचीत
talks-back = आपका सफ़र
talks-intro = जो हुआ, उस पर बात करने के लिए एक नियमित समय तय करें, ताकि सवालों को एक ठिकाना मिले और वे हर बहस में न उभरें। बीच के दिनों में जो सवाल और उलझनें मन में आएँ, उन्हें सवालों के बक्से में लिखा जा सकता है; वे वहीं अगली बातचीत का इंतज़ार करेंगे।
talks-alone = बातचीत का समय आप दोनों मिलकर तय करते हैं, इसलिए यह तब शुरू होगा जब आपका साथी आपकी जगह में आ जाए।
talks-invite = अपने साथी को न्योता भेजें
# किसी लिंक के बाद वाक्य ख़त्म करने वाला पूर्ण विराम।
talks-end-mark = ।

## हर बातचीत के नियम: कार्यक्रम का तय पाठ

talks-rules-title = हर बातचीत के लिए कुछ नियम
talks-rule-topic = बात उसी पर करें जो हुआ, और इस पर कि उसका असर आप पर आज कैसा है; बाकी जो कुछ भी बिगड़ा है, उस सब पर नहीं।
talks-rule-honest = जो पूछ रहा है, वह कुछ भी पूछ सकता है; जो जवाब दे रहा है, वह सच-सच बताए, चाहे बात कितनी भी असहज लगे।
talks-rule-respect = न कोई गाली या बुरा नाम, न कोई धमकी, और न "हमेशा" या "कभी नहीं" जैसे शब्द।
talks-rule-pause = आप दोनों में से कोई भी थोड़ा रुकने को कह सकता है। तब रुकें, और जब लौटना तय किया हो, तब लौट आएँ।
talks-rule-stop = तय समय पर बातचीत ख़त्म करें। जो रह गया, वह अगली बातचीत में होगा।

## चल रही बातचीत और उसका टाइमर (static/app.js टाइमर के तीनों पाठ पन्ने से पढ़ता है)

talks-open-title = आपकी बातचीत का समय अभी है
talks-minute-left = 1 मिनट बाकी
talks-minutes-left = { $n } मिनट बाकी
talks-time-up = समय पूरा हुआ: जो रह गया, वह अगली बातचीत में होगा।
talks-open-ends = बातचीत { $time } पर ख़त्म होगी। सवालों को एक-एक करके लें। जिस पर बात न हो पाए, वह अगली बातचीत में आ जाएगा।
talks-paused-by-you = आपने { $time } पर बातचीत रोकी।
talks-paused-by = { $name } ने { $time } पर बातचीत रोकी।
talks-paused-note = जितना समय चाहिए, लें; बातचीत फिर भी तय समय पर ही ख़त्म होगी।
talks-resume = बातचीत जारी रखें
talks-pause = बातचीत रोकें

## बातचीत का तय समय

talks-when-title = आप कब बात करते हैं
# समय शब्दों में: "हर सोमवार 19:00 बजे, 45 मिनट (Asia/Kolkata समय)"; $day हफ़्ते के दिन का नाम है।
talks-schedule = हर { $day } { $time } बजे, { $minutes } मिनट ({ $zone } समय)
# पाठक के अपने टाइम ज़ोन में यही (हिन्दी में उस ज़ोन का नाम नहीं लिखा जाता; अंग्रेज़ी में हमेशा लिखा जाता है)।
talks-schedule-here = हर { $day } { $time } बजे, { $minutes } मिनट
talks-agreed = तय हुआ: { $schedule }।
talks-next = अगली बातचीत: { $time }।
talks-none-agreed = आपने अभी कोई समय तय नहीं किया है।
talks-record = पिछले 90 दिनों में: { $held } हुई, { $missed } बार छूट गई।
talks-record-unrecorded = पिछले 90 दिनों में: { $held } हुई, { $missed } बार छूट गई, { $open } बार का कुछ दर्ज नहीं हुआ।
talks-count-one = 1 बार बात
talks-count-many = { $n } बार बात
talks-proposed-by-you = आपने यह समय सुझाया है: { $schedule }। { $name } के मान लेने पर यह लागू होगा।
talks-proposed-by = { $name } ने यह समय सुझाया है: { $schedule }।
talks-accept = यह समय मान लें
talks-propose-change = बदलाव सुझाएँ
talks-propose-time = समय सुझाएँ
talks-day = दिन
talks-time = समय
talks-time-hint = आपके अपने टाइम ज़ोन के हिसाब से।
talks-duration = कितने मिनट
talks-duration-hint = 10 से 180 के बीच। कई जोड़ों के लिए 30 से 45 मिनट काफ़ी होते हैं।
talks-propose = सुझाव भेजें
talks-proposal-sent = आपका सुझाव भेज दिया गया है। आपके साथी के मान लेने पर यह लागू होगा।
talks-agreed-both = आप दोनों ने बात करने का समय तय कर लिया है।
error-talks-weekday = हफ़्ते का कोई दिन चुनें।
error-talks-time = समय लिखें, जैसे 19:00।
error-talks-duration = बातचीत कितनी लंबी हो, 10 से 180 मिनट के बीच चुनें।

## सवालों का बक्सा

talks-box-title = सवालों का बक्सा
talks-box-open = इस बातचीत के सवाल:
talks-box-ask = जब भी कोई सवाल या उलझन मन में आए, यहाँ लिख दें। { $name } इसे तभी देखेंगे जब आपकी अगली तय बातचीत का समय शुरू होगा।
talks-box-partner-asks = { $name } आपकी बातचीत के लिए सवाल लिख सकते हैं। वे आपको अगली तय बातचीत का समय शुरू होने पर दिखेंगे, उससे पहले नहीं।
talks-added-by-you = आपने जोड़ा, { $when }
talks-added-by = { $name } ने जोड़ा, { $when }
talks-mark-discussed = इस पर बात हो गई
talks-add-question = सवाल जोड़ें
talks-hold = अगली बातचीत के लिए रखें
talks-held = अगली बातचीत के लिए रख लिया गया। तब तक आपके साथी इसे नहीं देखेंगे।
talks-discussed = दर्ज हो गया कि इस पर बात हो चुकी है।

## बातचीत के बाद: निजी रेटिंग

talks-rate-title = { $when } की बातचीत कैसी रही?
talks-rate-lead = ये जवाब सिर्फ़ आप देख सकते हैं। 1 का मतलब है बिल्कुल नहीं, 5 का मतलब है बहुत ज़्यादा।
talks-felt-heard = मुझे लगा कि मेरी बात सुनी गई
talks-felt-safe = मुझे सुरक्षित महसूस हुआ
talks-felt-punished = मुझे लगा कि मुझे सज़ा दी जा रही है
talks-rate-save = मेरे जवाब सहेजें
talks-rate-missed = यह बातचीत नहीं हुई
talks-ratings-title = आपकी रेटिंग
talks-ratings-caption = सिर्फ़ आपके लिए, 5 में से।
talks-col-talk = बातचीत
talks-col-heard = बात सुनी गई
talks-col-safe = सुरक्षित
talks-col-punished = सज़ा जैसा
talks-rated = शुक्रिया। आपकी रेटिंग सिर्फ़ आप देख सकते हैं।
talks-paused = बातचीत रोक दी गई है। गहरी साँस लें, और जब आप दोनों तैयार हों, तब लौटें।
talks-resumed = बातचीत फिर से जारी है।
talks-missed = दर्ज हो गया कि यह बातचीत नहीं हुई। आपका अगला तय समय वैसा ही है।
error-talks-occurrence = यह पता नहीं चल सका कि कौन-सी बातचीत थी।
error-talks-ratings = हर सवाल के लिए 1 से 5 में से चुनें।
error-talks-rating = 1 से 5 में से चुनें।
error-talks-rate-missed = यह दर्ज है कि वह बातचीत नहीं हुई, इसलिए रेटिंग के लिए कुछ नहीं है।
error-talks-already-held = यह पहले से दर्ज है कि वह बातचीत हुई थी।
