site: Hindi Blogger blog (mannkibaat-hindi.blogspot.com)
kind: blog-post
archive_kind: blog-post
language: hi
note: Blogger page in Hindi - blog header and pages bar, date header above the post, the post title, 'द्वारा ... पर' posted-by line as metadata, share buttons, labels, comment section with author lines and timestamps, a reply that repeats a menu word ('शेयर करें') inside a sentence, older/newer post links, the Blogger credit; the author's list of numbers stays
---
~ मन की बात
~ मुखपृष्ठ | मेरे बारे में | संपर्क
~ रविवार, 29 नवंबर 2026
= मेरा चैटबॉट दोस्त और माँ की रसोई
पिछले महीने मैंने एक चैटबॉट से माँ की पुरानी रेसिपी लिखवाने की कोशिश की।
माँ नाप-तौल नहीं करतीं, बस "अंदाज़ से" डालती हैं। इसलिए मैंने माँ से बात करते-करते चैटबॉट को सब कुछ बताया।
चैटबॉट ने हर बार विनम्रता से पूछा कि "अंदाज़" का मतलब कितने चम्मच है। माँ हँस पड़ीं।
आख़िर में हमने तीन बार बनाकर नाप निकाले:
2 कप आटा, 1 चम्मच अजवाइन, 3/4 कप पानी
मुझे अच्छा लगा कि उसने अपनी ओर से कोई नाप नहीं गढ़ा, बल्कि हर बार पूछा।
@ द्वारा नेहा शर्मा पर 8:15 pm
~ इसे ईमेल करें इसे ब्लॉग करें! X पर शेयर करें Facebook पर शेयर करें
~ लेबल: परिवार, रसोई, तकनीक
~ 2 टिप्‍पणियां:
@ राहुल वर्मा
बहुत अच्छा लिखा है। मैंने भी यह लेख पढ़कर अपनी नानी की रेसिपी को परिवार के ग्रुप में शेयर करें वाले बटन से भेज दिया।
~ 30 नवंबर 2026 को 9:02 am
~ जवाब दें
@ नेहा शर्मा
धन्यवाद राहुल! अगली बार माँ का अचार लिखवाने की सोच रही हूँ।
~ 30 नवंबर 2026 को 11:40 am
~ जवाब दें
~ एक टिप्पणी भेजें
~ नई पोस्ट पुरानी पोस्ट मुखपृष्ठ
~ सदस्यता लें संदेश टिप्पणियाँ (Atom)
~ Blogger द्वारा संचालित.
