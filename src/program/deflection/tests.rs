//! Labelled sentences in English, Hindi and Hinglish: what the check should notice.

use super::*;
use Kind::*;

/// Labelled sentences: what the check should notice (None: nothing).
const LABELLED: &[(&str, Option<Kind>)] = &[
    ("I'm sorry I lied to you, but you also kept secrets from me.", Some(CounterAccusation)),
    ("I lied, but you were never home either.", Some(CounterAccusation)),
    ("If you hadn't been so distant, I wouldn't have looked elsewhere.", Some(ConditionalBlame)),
    ("If you had just listened to me, none of this would have happened.", Some(ConditionalBlame)),
    ("You made me feel so alone that I reached out to someone else.", Some(ShiftedCause)),
    ("You drove me to it with all the fighting.", Some(ShiftedCause)),
    ("Honestly, you left me no choice.", Some(ShiftedCause)),
    ("I'm sorry if you felt hurt by what I did.", Some(ConditionalApology)),
    ("I’m sorry you feel that way.", Some(ConditionalApology)),
    ("I apologize if you were upset.", Some(ConditionalApology)),
    ("I hid the messages. That's just how I am when I'm scared.", Some(FixedTrait)),
    ("I can't help it, I get jealous.", Some(FixedTrait)),
    ("It was nothing, just a few texts.", Some(Minimising)),
    ("It didn't mean anything to me.", Some(Minimising)),
    ("It only happened once.", Some(Minimising)),
    ("Everyone does it these days.", Some(Normalising)),
    ("Anyone would have done the same in my place.", Some(Normalising)),
    ("You're overreacting about a lunch.", Some(Invalidating)),
    ("Please calm down so we can talk.", Some(Invalidating)),
    ("It wasn't my fault that things got out of hand.", Some(Denial)),
    ("I did nothing wrong by meeting him.", Some(Denial)),
    ("Can we just forget about it?", Some(Rushing)),
    ("I already apologized, let's move on.", Some(Rushing)),
    ("What about when you lied about the money?", Some(Whataboutism)),
    ("YOU MADE ME DO IT.", Some(ShiftedCause)),
    ("I didn't want to, but you made me.", Some(ShiftedCause)),
    ("I never meant it but you drove me to it.", Some(ShiftedCause)),
    // What the check must leave alone.
    ("I lied to you about where I was, and that was my choice.", None),
    ("I'm sorry that I broke your trust.", None),
    ("I hid the messages because I was ashamed, and I'm responsible for that.", None),
    ("I understand how much this hurt you.", None),
    ("I will tell you when my plans change.", None),
    ("I'm not saying you made me do it; I chose it.", None),
    ("It's not that you made me. I decided.", None),
    ("I won't say \"you made me\" anymore.", None),
    ("I used to say “it was nothing”, and that was wrong.", None),
    ("I never want to tell you to calm down again.", None),
    ("I made you feel unimportant, and I'm sorry.", None),
    ("Sorry is not enough; I want to show you with actions.", None),
    ("If I had been honest, we would have talked sooner.", None),
    ("I know what I did was a big deal.", None),
    ("I kept it from you for months, and I regret it.", None),
    ("The butyou also typo should not count.", None),
    ("I'm a person who can help it, and I will.", None),
];

#[test]
fn labelled_sentences_are_read_as_labelled() {
    assert!(LABELLED.len() >= 40);
    let mut wrong = vec![];
    for (sentence, expected) in LABELLED {
        let got = check(sentence, &Phrasebook::default()).first().map(|f| f.kind);
        if got != *expected {
            wrong.push(format!("{sentence:?}: expected {expected:?}, got {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn several_kinds_are_reported_once_each() {
    let found =
        check("You made me do it, and you made me lie. If you hadn't left, I'd have stayed.", &Phrasebook::default());
    assert_eq!(found.iter().map(|f| f.kind).collect::<Vec<_>>(), vec![ConditionalBlame, ShiftedCause]);
}

#[test]
fn every_kind_explains_itself_and_suggests_a_reframe_in_both_languages() {
    let l = crate::i18n::Locales::load(false).unwrap();
    for kind in Kind::ALL {
        assert_eq!(Kind::parse(kind.key()), Some(kind));
        for lang in crate::i18n::Lang::ALL {
            for key in [kind.label_key(), kind.why_key(), kind.reframe_key()] {
                assert_ne!(l.text(lang, &key, &[]), key, "{key} in {lang:?}");
            }
            let why = l.text(lang, &kind.why_key(), &[]);
            assert!(why.ends_with('.') || why.ends_with('।'), "{why}");
        }
    }
}

/// Hindi and Hinglish sentences, as couples write them, read with the bundled phrases.
const LABELLED_HI: &[(&str, Option<Kind>)] = &[
    ("मैंने झूठ बोला, पर तुमने भी तो मुझसे बातें छुपाईं।", Some(CounterAccusation)),
    ("Maine jhooth bola, lekin tumne bhi toh chhupaya.", Some(CounterAccusation)),
    ("अगर तुम इतना झगड़ा न करतीं तो मैं ऐसा नहीं करता।", Some(ConditionalBlame)),
    ("Agar tum itna gussa na karti, toh yeh sab nahi hota.", Some(ConditionalBlame)),
    ("तुमने मुझे मजबूर किया, मैं क्या करता?", Some(ShiftedCause)),
    ("सब तुम्हारी वजह से हुआ।", Some(ShiftedCause)),
    ("Yeh sab tumhari wajah se hua.", Some(ShiftedCause)),
    ("मुझे माफ़ करना अगर तुम्हें बुरा लगा।", Some(ConditionalApology)),
    ("Sorry agar tumhe bura laga.", Some(ConditionalApology)),
    ("मैं ऐसा ही हूँ, ग़ुस्से में कुछ भी बोल देता हूँ।", Some(FixedTrait)),
    ("Main aisa hi hoon, kya karun.", Some(FixedTrait)),
    ("यह कोई बड़ी बात नहीं थी, बस कुछ मैसेज थे।", Some(Minimising)),
    ("Bas ek baar hua tha, phir kabhi nahi.", Some(Minimising)),
    ("आजकल सब करते हैं।", Some(Normalising)),
    ("Har koi karta hai yeh.", Some(Normalising)),
    ("तुम ज़्यादा सोच रही हो, शांत हो जाओ।", Some(Invalidating)),
    ("Tum overreact kar rahi ho.", Some(Invalidating)),
    ("इसमें मेरी कोई ग़लती नहीं थी।", Some(Denial)),
    ("Maine kuch galat nahi kiya.", Some(Denial)),
    ("मैंने माफ़ी माँग ली है, अब भूल जाओ।", Some(Rushing)),
    ("Maine sorry bol diya, ab bhool jao.", Some(Rushing)),
    ("और तुम्हारा क्या, जब तुमने पैसों के बारे में झूठ बोला?", Some(Whataboutism)),
    // Spelling variants: without nukta, with anusvara for chandrabindu.
    ("मैं ऐसा ही हूं।", Some(FixedTrait)),
    ("मेरी कोई गलती नहीं।", Some(Denial)),
    // What the check must leave alone.
    ("मैंने तुमसे झूठ बोला, और यह मेरा फ़ैसला था।", None),
    ("मुझे अफ़सोस है कि मैंने तुम्हारा भरोसा तोड़ा।", None),
    ("मैं यह नहीं कह रहा कि तुमने मुझे मजबूर किया; मैंने ख़ुद चुना।", None),
    ("Main yeh nahi keh raha ki tumne mujhe majboor kiya.", None),
    ("मैं समझता हूँ कि इससे तुम्हें कितना दुख पहुँचा।", None),
    ("मैं अब कभी नहीं कहूँगा कि सब करते हैं।", None),
    ("वह बेवजह नहीं था, मैंने जानबूझकर किया।", None),
    ("Maine galti ki, aur main iski zimmedari leta hoon.", None),
    ("मैं हर रात नौ बजे तक फ़ोन करूँगा।", None),
    ("It was my choice, और मुझे अफ़सोस है।", None),
];

#[test]
fn hindi_and_hinglish_sentences_are_read_as_labelled() {
    let book = Phrasebook::bundled().unwrap();
    let mut wrong = vec![];
    for (sentence, expected) in LABELLED_HI {
        let got = check(sentence, &book).first().map(|f| f.kind);
        if got != *expected {
            wrong.push(format!("{sentence:?}: expected {expected:?}, got {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    // The note quotes the phrase as the file writes it.
    assert_eq!(check("मेरी कोई गलती नहीं।", &book)[0].phrase, "मेरी कोई गलती नहीं");
}

#[test]
fn a_phrase_file_with_an_unknown_kind_is_refused_by_name() {
    let mut book = Phrasebook::default();
    let bad = "negators = []\nclause_breaks = []\n[[rule]]\nkind = \"sulking\"\nphrases = [\"x\"]\n";
    assert!(book.add(bad).unwrap_err().contains("sulking"));
}
