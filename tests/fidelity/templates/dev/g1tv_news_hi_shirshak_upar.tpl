site: "नगर समाचार (nagarsamachar.example.in)"
kind: news-article
archive_kind: article
language: hi
title: "पुस्तकालय का चैटबॉट अब पाठकों से धीरे और साफ़ बोलेगा"
note: "a Hindi news article: the tab title with the site's name after a pipe, the menu, a kicker label ('टेक्नोलॉजी') and an 'updated' line over the headline, the reporter, the text, the 'also read' block and the footer"
---
~ पुस्तकालय का चैटबॉट अब पाठकों से धीरे और साफ़ बोलेगा | नगर समाचार
~ होम   देश   शहर   टेक्नोलॉजी   खेल
~ टेक्नोलॉजी
~ अपडेटेड: 05 दिसंबर 2026, 11:05 AM IST
= पुस्तकालय का चैटबॉट अब पाठकों से धीरे और साफ़ बोलेगा
@ रिपोर्ट: अनिता वर्मा
शहर के केंद्रीय पुस्तकालय ने अपने चैटबॉट के स्वभाव में बदलाव किया है।
बुज़ुर्ग पाठकों ने शिकायत की थी कि चैटबॉट बहुत तेज़ और उलझे हुए जवाब देता है।
अब वह छोटे वाक्यों में जवाब देगा और हर जवाब के बाद पूछेगा कि क्या बात समझ में आई।
~ यह भी पढ़ें
~ स्कूलों में एआई सहायक पर नई गाइडलाइन जारी
~ © 2026 नगर समाचार। सर्वाधिकार सुरक्षित।
