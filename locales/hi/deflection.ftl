# DilTalks का इंटरफ़ेस हिन्दी में: बचाव वाली भाषा की जाँच। locales/en/deflection.ftl की हर कुंजी यहाँ भी है, उन्हीं
# प्लेसहोल्डरों के साथ (एक यूनिट टेस्ट जाँचता है)। शब्दों के चुनाव के लिए docs/GLOSSARY.md देखें।

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
