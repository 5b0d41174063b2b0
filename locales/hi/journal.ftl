# DilTalks का इंटरफ़ेस हिन्दी में: डायरी। locales/en/journal.ftl की हर कुंजी यहाँ भी है, उन्हीं
# प्लेसहोल्डरों के साथ (एक यूनिट टेस्ट जाँचता है)। शब्दों के चुनाव के लिए docs/GLOSSARY.md देखें।

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
