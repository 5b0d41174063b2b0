# DilTalks का इंटरफ़ेस हिन्दी में: पाँचवाँ क़दम, जड़ तक जाना। locales/en/roots.ftl की हर कुंजी यहाँ भी है, उन्हीं
# प्लेसहोल्डरों के साथ (एक यूनिट टेस्ट जाँचता है)। शब्दों के चुनाव के लिए docs/GLOSSARY.md देखें।

## पाँचवें क़दम का पन्ना (templates/program/roots.html, program/handlers/roots.rs)

roots-title = क़दम 5: जड़ तक जाना
roots-back = आपका सफ़र
roots-intro = ऐसा क्यों हुआ, यह समझना उसे ठीक ठहराना नहीं है। ये सवाल आप दोनों में से हर एक को अपनी आदतों, अनकही ज़रूरतों और उस वक़्त के हालात पर नज़र डालने में मदद करते हैं। यहाँ लिखी हर बात निजी है, जब तक आप ख़ुद उसे साझा न करें।

## सोचने के लिए सवाल: कार्यक्रम का तय पाठ (program/handlers/roots.rs में PROMPTS)

roots-prompt-avoidance-title = बात टालने की आदतें
roots-prompt-avoidance-question = जब कोई बात कहना मुश्किल लगे, तब उसे कहने के बजाय आप अक्सर क्या करते हैं? पिछली बार याद करें, जब आपने किसी मुश्किल बातचीत को टाल दिया था।
roots-prompt-unsaid-title = वे ज़रूरतें जो कभी कही नहीं गईं
roots-prompt-unsaid-question = इस रिश्ते में आपको क्या चाहिए था, या आपके मन में किस बात की चाह थी, जो आपने कभी माँगा नहीं? माँगने से आपको किस चीज़ ने रोका?
roots-prompt-stress-title = तनाव और हालात
roots-prompt-stress-question = जब भरोसा टूटा, उन दिनों आपकी ज़िंदगी में क्या चल रहा था — काम, परिवार, सेहत, पैसा? इसका मक़सद यह समझना है कि क्या हुआ, उसे ठीक ठहराना नहीं।
roots-prompt-open-title = कुछ और
roots-prompt-open-question = यह सब कैसे हुआ, इसके बारे में आपने और क्या ग़ौर किया है?

## आपके विचार

roots-change = बदलें, साझा करें या मिटाएँ
# हर विचार के नीचे: पाठक के अपने (उसके बाद एक लिंक), या साथी के साझा किए हुए।
roots-by-you-shared = आपने लिखा, { $when } · साझा ·
roots-by-you-private = आपने लिखा, { $when } · निजी ·
roots-shared-by = { $name } ने साझा किया, { $when }
roots-your-reflection = आपके विचार
roots-share = इसे अपने साथी से साझा करें
roots-once-partner = (जब आपका साथी जुड़ जाए)
roots-save-reflection = विचार सहेजें
roots-reflection-shared = आपके विचार सहेज लिए गए और आपके साथी से साझा हो गए।
roots-reflection-private = आपके विचार सहेज लिए गए। इन्हें सिर्फ़ आप देख सकते हैं।

## कही गई ज़रूरतें

roots-needs-title = कही गई ज़रूरतें
roots-needs-lead = इस रिश्ते से आपको अब क्या चाहिए, उसे शब्दों में कहें, एक बार में एक ज़रूरत। साझा की गई ज़रूरत एक वादा बन सकती है, या आपकी अगली बातचीत का विषय।
# हर ज़रूरत के नीचे: पाठक की अपनी, या साथी की।
roots-need-by-you-shared = आपने बताई · साझा, { $when }
roots-need-by-you-private = आपने बताई · निजी, { $when }
roots-need-by = { $name } ने बताई, { $when }
roots-make-commitment = इसे वादा बनाएँ
roots-to-talk = अगली बातचीत में जोड़ें
roots-need = एक ज़रूरत
roots-share-need = यह ज़रूरत अपने साथी से साझा करें
roots-name-need = ज़रूरत दर्ज करें
roots-need-shared = आपकी ज़रूरत दर्ज हो गई और आपके साथी से साझा हो गई।
roots-need-private = आपकी ज़रूरत लिख ली गई। इसे सिर्फ़ आप देख सकते हैं।
# सवालों के बक्से में ज़रूरत से बनने वाली पंक्ति; $name ज़रूरत बताने वाले का नाम, $text उसके शब्द।
roots-need-topic = { $name } की बताई ज़रूरत: { $text }
roots-need-added = आपकी अगली बातचीत की सूची में जोड़ दिया गया।

## विचार बदलना (templates/program/reflection_edit.html)

roots-edit-title = अपने विचार बदलें
roots-who-sees = इसे कौन देख सकता है
roots-only-me = सिर्फ़ मैं
roots-partner-too = मेरा साथी भी
roots-save = सहेजें
roots-delete-lead = मिटाने पर ये विचार हमेशा के लिए हट जाएँगे, आपके लिए भी और, अगर आपने इन्हें साझा किया था, तो आपके साथी के लिए भी।
roots-delete = ये विचार मिटाएँ
roots-saved-shared = सहेज लिया गया। आपके साथी ये विचार देख सकते हैं।
roots-saved-private = सहेज लिया गया। ये विचार सिर्फ़ आप देख सकते हैं।
roots-deleted = आपके विचार मिटा दिए गए।
error-roots-no-partner-edit = आपकी जगह में अभी कोई साथी नहीं है जिससे साझा किया जा सके, इसलिए इन्हें सिर्फ़ निजी रखा जा सकता है।
