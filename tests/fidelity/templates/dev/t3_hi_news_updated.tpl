site: Hindi news portal
kind: news-article
archive_kind: article
language: hi
note: "the portal's name, the menu, a breadcrumb with », the headline, the editor's line and an 'updated' date line with the Hindi month; the share row and 'read also' after"
---
~ समाचार संगम
~ होम
~ देश
~ विदेश
~ टेक्नोलॉजी
~ होम » टेक्नोलॉजी » आर्टिफिशियल इंटेलिजेंस
= बैंक के चैटबॉट ने सीखा विनम्रता से 'ना' कहना
@ संपादित: रीना शर्मा
~ अपडेटेड: 4 मार्च 2025, 10:30 AM IST
एक निजी बैंक ने अपने ग्राहक सेवा चैटबॉट के जवाब देने का तरीका बदल दिया है।
अब चैटबॉट उन सवालों पर साफ़ बताता है कि वह मदद नहीं कर सकता, और ग्राहक को किसी कर्मचारी से जोड़ देता है।
बैंक का कहना है कि इससे शिकायतें कम हुई हैं, क्योंकि ग्राहकों को गलत जानकारी नहीं मिलती।
~ शेयर करें
~ यह भी पढ़ें
