# DilTalks का इंटरफ़ेस हिन्दी में: तीसरा क़दम, छोटे लगातार क़दम: वादे और एक-दूसरे को बताते रहना। locales/en/actions.ftl की हर कुंजी यहाँ भी है, उन्हीं
# प्लेसहोल्डरों के साथ (एक यूनिट टेस्ट जाँचता है)। शब्दों के चुनाव के लिए docs/GLOSSARY.md देखें।

## तीसरे क़दम का पन्ना (templates/program/actions.html, program/handlers/actions.rs)

actions-title = तीसरा क़दम: छोटी कोशिशें, लगातार
actions-back = आपका सफ़र
actions-intro = बड़े-बड़े वादों से भरोसा कम ही लौटता है; छोटे वादे, जो बार-बार निभाए जाएँ, वही उसे लौटाते हैं। ऐसे वादे करें जो आप निभा सकें, जैसे "7 बजे तक घर पहुँचना" या "प्लान बदले तो बता देना"। हर बार आपका साथी बताता है कि वादा निभाया गया या नहीं — अपने वादे पर कोई ख़ुद मुहर नहीं लगाता — और नीचे के आँकड़े हफ़्तों में बनता पैटर्न दिखाते हैं।
# एक ही वाक्य के तीन हिस्से; बीच वाला पारदर्शिता वाले पन्ने का लिंक है।
actions-beyond = वादों के अलावा:
actions-beyond-link = बताइए कि आप कहाँ हैं या आपने क्या तय किया, और हालचाल पूछिए
actions-beyond-end = , उन सीमाओं में जिन पर आप दोनों सहमत हों।
actions-no-partner = वादों की पुष्टि आपका साथी करता है, इसलिए ये तभी शुरू होंगे जब आपका साथी आपकी जगह में आ जाए।
actions-invite = अपने साथी को न्योता भेजें
actions-theirs = { $name } के आपसे किए वादे
actions-mine = आपके वादे
actions-none = आपने अभी तक कोई वादा नहीं किया है।
actions-new = एक वादा करें
actions-what = आप क्या करेंगे?
actions-what-hint = छोटा और साफ़-साफ़ वादा सबसे अच्छा रहता है।
actions-when = कब
actions-daily = रोज़
actions-weekly = हफ़्ते के चुने हुए दिनों पर
actions-once = एक बार, किसी तारीख़ को
actions-which-days = किन दिनों
actions-date = किस तारीख़ को
actions-time = समय
actions-time-hint = आपके अपने टाइम ज़ोन में।
actions-remind = हर बार से आधा घंटा पहले मुझे ईमेल से याद दिलाएँ
actions-remind-private = (ईमेल में कभी नहीं लिखा होता कि वादा क्या है)
actions-save = वादा सहेजें

## वादे का कार्ड (templates/program/commitment.html)

# वादा कब-कब निभाना है। $zone में actions-schedule-zone आता है, या कुछ नहीं जब टाइम ज़ोन पढ़ने वाले का ही हो।
actions-schedule-once = एक बार, { $when } पर{ $zone }
actions-schedule-daily = रोज़ { $time } बजे{ $zone }
actions-schedule-weekly = हर { $days } को { $time } बजे{ $zone }
actions-schedule-zone = {" "}({ $zone } के समय से)
# दिनों की सूची के आख़िरी दो दिनों के बीच ("सोमवार, बुधवार और शुक्रवार")।
actions-and = और
actions-ended = ख़त्म
actions-next = अगली बार: { $when }
actions-kept-7 = पिछले 7 दिनों में { $k }% निभाया
actions-kept-7-none = पिछले 7 दिनों का कोई जवाब अभी नहीं आया
actions-kept-30 = 30 दिनों में { $k }%
actions-kept-90 = 90 दिनों में { $k }%
actions-streak = लगातार निभाया: { $n } बार
actions-waiting = { $n } बार के जवाब का इंतज़ार
actions-recent = { $when } को: { $outcome }
actions-outcome-kept = निभाया
actions-outcome-partly = कुछ हद तक निभाया
actions-outcome-missed = नहीं हो पाया
actions-was-kept = क्या { $when } पर वादा निभाया गया?
actions-kept = निभाया
actions-partly = कुछ हद तक
actions-missed = नहीं हो पाया
actions-note = कोई नोट (चाहें तो)
actions-record = दर्ज करें
actions-remind-stop = ईमेल रिमाइंडर बंद करें
actions-remind-start = हर बार से पहले मुझे ईमेल से याद दिलाएँ
actions-end = यह वादा ख़त्म करें

## हर हफ़्ते का चार्ट (program/handlers/actions.rs)

actions-trend-title = हर हफ़्ते कितना निभाया
actions-trend-yours = आपके
actions-trend-theirs = { $name } के
actions-trend-description = पिछले 12 हफ़्तों में, हफ़्ता-दर-हफ़्ता: जितनी बार का जवाब आया, उनमें से कितने प्रतिशत बार वादा निभाया गया। आपके: { $mine }। { $partner }: { $theirs }।
actions-trend-nothing = अभी कोई जवाब नहीं आया
actions-trend-latest = जवाब वाले सबसे हाल के हफ़्ते में { $k }%
actions-trend-week = { $date } तक का हफ़्ता

## फ़ॉर्म के बाद पन्ना क्या कहता है (program/handlers/actions.rs)

actions-saved = आपका वादा सहेज लिया गया। हर बार आपका साथी बताएगा कि वह निभाया गया या नहीं।
actions-recorded = शुक्रिया: आपका जवाब दर्ज हो गया।
actions-ended-now = यह वादा ख़त्म हो गया। इसका पूरा रिकॉर्ड बना रहेगा।
actions-remind-on = हर बार से आधा घंटा पहले आपको एक ईमेल मिलेगा।
actions-remind-nothing = याद दिलाने के लिए अब कोई समय बाक़ी नहीं है।
actions-remind-off = इस वादे के ईमेल रिमाइंडर बंद हैं।
# वादे की तारीख़ तय दायरे से बाहर हो (वही बात जो pages::parse_form_date अंग्रेज़ी में कहता है)।
actions-date-between = { $from } और { $to } के बीच की कोई तारीख़ चुनें।
actions-date-format = तारीख़ साल-महीना-दिन के रूप में लिखें, जैसे { $example }, और वह { $from } और { $to } के बीच हो।
error-actions-time = समय लिखें, जैसे 19:00।
error-actions-days = हफ़्ते का कम से कम एक दिन चुनें।
# 300 वादे की सबसे लंबी हद है (COMMITMENT_MAX), 1000 नोट की (transparency::NOTE_MAX)।
error-actions-text-long = इसे 300 अक्षरों से छोटा रखें।
error-actions-note-long = इसे 1000 अक्षरों से छोटा रखें।
error-actions-own = आपके वादों की पुष्टि सिर्फ़ आपका साथी कर सकता है: अपने वादे पर कोई ख़ुद मुहर नहीं लगाता।
error-actions-occurrence = यह समय पढ़ा नहीं जा सका।
error-actions-outcome = निभाया, कुछ हद तक, या नहीं हो पाया में से एक चुनें।

## एक-दूसरे को बताते रहना (templates/program/transparency.html, program/handlers/transparency.rs)

transparency-page-title = तीसरा क़दम: एक-दूसरे को बताते रहना
transparency-title = एक-दूसरे को बताते रहना
transparency-intro = यहाँ खुलापन ऐसी चीज़ है जो आप ख़ुद देते हैं, कोई आपसे लेता नहीं। जब इससे आपके साथी को सुकून मिले, तब बताइए कि आप कहाँ हैं या आपने क्या तय किया। हर नोट आप ख़ुद लिखते हैं: DilTalks कभी किसी की लोकेशन ट्रैक नहीं करता, और न कभी करेगा।
# एक वाक्य के तीन हिस्से; बीच वाला जोड़े की जगह का लिंक है।
transparency-no-partner = नोट और हालचाल पूछना तब शुरू होगा जब आपका साथी
transparency-no-partner-link = आपकी जगह
transparency-no-partner-end = {" "}में आ जाएगा।
transparency-asked = { $name } ने आपका हालचाल पूछा है
transparency-asked-at = { $times } पर पूछा। अभी आप जो नोट साझा करेंगे, वही इसका जवाब होगा।
transparency-share-with = { $name } के साथ एक नोट साझा करें
transparency-text = आप कहाँ हैं, या आपने क्या तय किया
transparency-text-hint = जैसे: "नौ बजे तक दीदी के यहाँ, फिर गाड़ी से घर के लिए निकलना है।"
transparency-stretch = कुछ समय के लिए (चाहें तो)
transparency-from = कब से
transparency-until = कब तक
transparency-share = { $name } के साथ साझा करें
transparency-ask-title = हालचाल पूछना
transparency-ask-rule-one = आप दोनों की सहमति के मुताबिक़, आप किसी भी 24 घंटों में { $name } से { $n } बार तक हालचाल पूछ सकते हैं। पूछने के बाद एक दिन तक उसका जवाब दिया जा सकता है।
transparency-ask-rule-many = आप दोनों की सहमति के मुताबिक़, आप किसी भी 24 घंटों में { $name } से { $n } बार तक हालचाल पूछ सकते हैं। पूछने के बाद एक दिन तक उसका जवाब दिया जा सकता है।
transparency-open-one = अभी आपके { $n } बार पूछने का जवाब बाक़ी है।
transparency-open-many = अभी आपके { $n } बार पूछने का जवाब बाक़ी है।
transparency-ask = { $name } का हालचाल पूछें
transparency-pausing = हालचाल पूछना रोकना
transparency-paused-by-partner = { $name } ने हालचाल पूछना रोक रखा है। आप में से कोई भी नोट लिखे, तो वह अब भी पहुँचता है।
transparency-paused-by-me = आपने हालचाल पूछना रोक रखा है। जब तक आप इसे फिर से शुरू नहीं करते, आप दोनों में से कोई नहीं पूछ सकता।
transparency-pause-any-time = आप दोनों में से कोई भी कभी भी हालचाल पूछना रोक सकता है, जैसे जब यह परवाह कम और निगरानी ज़्यादा लगने लगे।
transparency-resume = फिर से शुरू करें
transparency-pause = पूछना रोकें
transparency-limit-title = रोज़ की सीमा
transparency-proposed-by-me = आपने रोज़ { $n } बार का सुझाव दिया है। { $name } के मान लेने पर यह लागू होगा।
transparency-proposed-by-partner = { $name } ने रोज़ { $n } बार की सीमा का सुझाव दिया है।
transparency-accept = रोज़ { $n } बार मान लें
transparency-limit = कोई दूसरी सीमा सुझाएँ (रोज़ 1 से 10 बार)
transparency-propose = यह सीमा सुझाएँ
transparency-proactive-title = पूछे जाने से पहले ख़ुद बताना
transparency-proactive-intro = जब कोई पूछना खुला न हो और आप नोट साझा करें, तो वह आपकी अपनी पहल गिनी जाती है: बिना कहे दिखाया गया ऐसा छोटा-सा खुलापन, जो धीरे-धीरे सुरक्षा का एहसास लौटाता है।
transparency-notes-title = पिछले 30 दिनों के नोट
transparency-notes-none = अभी कोई नोट नहीं है।
transparency-by = { $name }, { $when } को
transparency-for = { $window } के लिए
transparency-window = { $from } से { $until } तक
transparency-proactive = अपनी पहल पर
transparency-answered = पूछने पर जवाब
transparency-you = आप
transparency-share-none = { $who }: पिछले 30 दिनों में कोई नोट नहीं।
transparency-share-one = { $who }: { $total } में से { $proactive } नोट बिना पूछे भेजा गया ({ $share }% अपनी पहल पर)।
transparency-share-many = { $who }: { $total } में से { $proactive } नोट बिना पूछे भेजे गए ({ $share }% अपनी पहल पर)।

## अभी हालचाल क्यों नहीं पूछा जा सकता (program/handlers/transparency.rs)

transparency-refused-paused-by-me = आपने हालचाल पूछना रोक रखा है। फिर से पूछने के लिए इसे दोबारा शुरू करें।
transparency-refused-paused-by-partner = { $name } ने फ़िलहाल हालचाल पूछना रोक रखा है। जब वे कुछ लिखेंगे, उनके नोट आप तक पहुँचते रहेंगे।
transparency-refused-limit-one = आप पिछले 24 घंटों में { $limit } बार पूछ चुके हैं, जो आप दोनों की तय की हुई सीमा है। आप { $wait } फिर से पूछ सकते हैं।
transparency-refused-limit-many = आप पिछले 24 घंटों में { $limit } बार पूछ चुके हैं, जो आप दोनों की तय की हुई सीमा है। आप { $wait } फिर से पूछ सकते हैं।
transparency-wait-hour = लगभग एक घंटे में
transparency-wait-hours = लगभग { $n } घंटे में
transparency-wait-minute = एक मिनट में
transparency-wait-minutes = { $n } मिनट में

## फ़ॉर्म के बाद पन्ना क्या कहता है (program/handlers/transparency.rs, program/transparency.rs)

transparency-shared-answer = साझा कर दिया। इससे आपके साथी के पूछे हालचाल का जवाब मिल गया।
transparency-shared-proactive = बिना पूछे साझा कर दिया: यह आपकी अपनी पहल गिनी जाएगी।
transparency-requested = अगली बार DilTalks खोलने पर आपके साथी को दिखेगा कि आपने हालचाल पूछा है।
transparency-paused-now = हालचाल पूछना रोक दिया गया है। आप दोनों अब भी नोट साझा कर सकते हैं।
transparency-resumed = हालचाल पूछना फिर से शुरू हो गया है।
transparency-proposed = सुझाव भेज दिया। आपके साथी के मान लेने पर नई सीमा लागू होगी।
transparency-agreed = नई सीमा पर आप दोनों की सहमति हो गई।
error-actions-paused-by-partner = आपके साथी ने हालचाल पूछना रोका है; इसे फिर से वही शुरू कर सकते हैं।
error-actions-window-order = 'कब तक' का समय 'कब से' के बाद का होना चाहिए।
error-actions-window-week = यह समय ज़्यादा से ज़्यादा एक हफ़्ते का रखें।
error-actions-window-both = 'कब से' और 'कब तक' दोनों भरें, या दोनों ख़ाली छोड़ दें।
error-actions-window-format = समय तारीख़ और घड़ी के समय के साथ लिखें, या दोनों ख़ाली छोड़ दें।
# MAX_DAILY_LIMIT (program/transparency.rs) 10 है।
error-actions-limit = 1 से 10 तक कोई संख्या चुनें।
