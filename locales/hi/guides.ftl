# DilTalks का इंटरफ़ेस हिन्दी में: गाइड। locales/en/guides.ftl की हर कुंजी यहाँ भी है, उन्हीं
# प्लेसहोल्डरों के साथ (एक यूनिट टेस्ट जाँचता है)। शब्दों के चुनाव के लिए docs/GLOSSARY.md देखें।

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
