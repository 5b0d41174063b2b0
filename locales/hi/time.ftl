# DilTalks का इंटरफ़ेस हिन्दी में: दूसरा क़दम, समय दें: चेक-इन, रुझान और महीने की प्रश्नावली। locales/en/time.ftl की हर कुंजी यहाँ भी है, उन्हीं
# प्लेसहोल्डरों के साथ (एक यूनिट टेस्ट जाँचता है)। शब्दों के चुनाव के लिए docs/GLOSSARY.md देखें।

## चेक-इन (templates/program/time.html, program/handlers/time.rs)

time-title = क़दम 2: समय दें
time-lead = माफ़ी के बाद भरोसा एकदम से लौट नहीं आता। हर हफ़्ते का छोटा-सा चेक-इन महीनों में दिखाता है कि वह असल में कैसे बदल रहा है। किसी से यह उम्मीद नहीं की जाती कि वे वक़्त से पहले सुरक्षित महसूस करें: ईमानदारी से जवाब दें, तब भी जब नंबर कम हो जाए।
time-checkin-due = इस हफ़्ते के चेक-इन का वक़्त
time-checkin-again = फिर से चेक-इन करें
time-trust-question = इस वक़्त आपको अपने साथी पर कितना भरोसा है?
time-safety-question = इस वक़्त रिश्ते में आपको कितना सुरक्षित महसूस होता है?
time-scale-hint = 0 का मतलब है बिल्कुल नहीं, 10 का मतलब है पूरी तरह।
time-note = अपने लिए एक नोट (चाहें तो)
time-note-hint = आपके नोट सिर्फ़ आप देखते हैं, तब भी जब आप अपना रुझान साझा करें।
time-save = चेक-इन सहेजें
time-trend-empty = पहले चेक-इन के बाद आपका रुझान यहाँ दिखेगा।
time-notes = आपके हाल के नोट
time-questionnaire-about = महीने में एक बार कुछ और वाक्य भरोसे के तीन पहलुओं को देखते हैं — आपके साथी का बर्ताव कितना एक-सा लगता है, आप उन पर कितना निर्भर रह सकते हैं, और आगे को लेकर आपका यक़ीन — और यह भी कि कुल मिलाकर आपको कितना संतोष है। आपके जवाब और स्कोर हमेशा सिर्फ़ आपके हैं।
time-questionnaire-due = इस महीने की प्रश्नावली भरें
time-questionnaire-again = अपने स्कोर देखें, या फिर से भरें
time-sharing = अपना रुझान साझा करना
time-sharing-shared = आपके साथी आपके नंबर देख सकते हैं (आपके नोट कभी नहीं)।
time-sharing-private = आपका रुझान निजी है। आप चाहें तो अपने साथी को अपने नंबर देखने दे सकते हैं; आपके नोट हमेशा निजी रहेंगे।
time-make-private = मेरा रुझान निजी करें
time-make-shared = साथी को मेरा रुझान देखने दें
time-saved = आपका चेक-इन सहेज लिया गया है।
time-shared = अब आपके साथी आपका रुझान देख सकते हैं (सिर्फ़ नंबर, आपके नोट कभी नहीं)।
time-private-again = आपका रुझान फिर से निजी है।
error-time-note-long = नोट को { $n } अक्षरों से कम रखें।

## चेक-इन का रुझान (program/views/time.rs), इस पेज पर और काउंसलर के क्लाइंट वाले पेज पर

time-trust = भरोसा
time-feeling-safe = सुरक्षा का एहसास
time-trend-mine = आपके चेक-इन
time-trend-theirs = { $name } के चेक-इन
time-trend-checkins-one = { $from } से { $to } तक 1 चेक-इन। सबसे ताज़ा, 10 में से: भरोसा { $trust } और सुरक्षा का एहसास { $safety }।
time-trend-checkins-many = { $from } से { $to } तक { $n } चेक-इन। सबसे ताज़ा, 10 में से: भरोसा { $trust } और सुरक्षा का एहसास { $safety }।

## हर रुझान की टेबल (templates/program/trend.html); कैप्शन रुझान का शीर्षक है और उसके बाद यह

time-trend-table = यही नंबर, टेबल में
time-trend-date = तारीख़
time-trend-out-of = {" "}({ $n } में से)

## प्रश्नावली (templates/program/questionnaire.html, program/handlers/questionnaires.rs); उसके अपने
## शब्द content/questionnaires/ में हैं

questionnaire-last = आपने पिछली बार { $date } को जवाब दिए थे।
questionnaire-next = अगली बारी { $date } के आसपास है, पर आप जब चाहें फिर से जवाब दे सकते हैं।
questionnaire-first = इसमें लगभग पाँच मिनट लगते हैं। यह हर { $days } दिन में पूछी जाती है।
questionnaire-scores = आपके स्कोर
questionnaire-scores-about = हर स्कोर 100 में से है: स्कोर जितना ऊँचा, आपको वह बात उतनी ही ज़्यादा महसूस होती है।
questionnaire-answer-again = फिर से जवाब दें
questionnaire-your-answers = आपके जवाब
questionnaire-save = मेरे जवाब सहेजें
questionnaire-about = इस प्रश्नावली के बारे में
questionnaire-saved = शुक्रिया। आपके जवाब सहेज लिए गए हैं, और आपके स्कोर नीचे हैं।
questionnaire-trend-title = आपकी प्रश्नावली के स्कोर
questionnaire-trend-one = { $from } से { $to } तक 1 प्रश्नावली। सबसे ताज़ा, 100 में से: { $latest }।
questionnaire-trend-many = { $from } से { $to } तक { $n } प्रश्नावलियाँ। सबसे ताज़ा, 100 में से: { $latest }।
error-time-statement-unanswered = इस वाक्य के लिए कोई जवाब चुनें।
error-time-statement-missing = वाक्य { $number } का जवाब अभी बाक़ी है। आपके दूसरे जवाब जस के तस हैं।
error-time-statements-missing = वाक्य { $numbers } और { $last } के जवाब अभी बाक़ी हैं। आपके दूसरे जवाब जस के तस हैं।
