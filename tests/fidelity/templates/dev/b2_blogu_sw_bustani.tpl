site: "Bustani Yangu (blogu ya kilimo)"
kind: "personal-blog"
archive_kind: "blog-post"
language: "sw"
note: "Swahili gardening blog; a number table line and a heading 'Vifaa' are content; comment furniture repeated; a scrape duplicate."
---
~ Bustani Yangu
~ Nyumbani | Mboga | Miti ya Matunda | Kuhusu Mimi | Wasiliana
~ Machi 1, 2026 na Amani Mwakyusa · Maoni 3
= Kupanda sukuma wiki msimu wa mvua: somo nililojifunza
Mwaka huu niliamua kupanda sukuma wiki mapema kabla ya mvua za masika kuanza.
Nilimwuliza msaidizi wa akili bandia ushauri, naye alinieleza kwa upole kwamba udongo wangu unahitaji mbolea zaidi.
Alisema pia kwamba hawezi kuona bustani yangu, kwa hiyo ushauri wake ni wa jumla tu.
+^
Vifaa
Mbegu gramu 50
Mbolea ya samadi ndoo 4
Jembe 1
Wiki ya kwanza | Wiki ya tatu | Wiki ya sita
2 cm | 9 cm | 25 cm
Baada ya wiki sita nilivuna majani ya kwanza, na familia nzima ilifurahi.
Somo kubwa ni kwamba samadi ilifanya tofauti kubwa kuliko nilivyotarajia.
~ Shiriki: WhatsApp · Facebook
~ Maoni 3
@ Neema
Hongera sana! Nami nitajaribu msimu huu.
~ Jibu
@ Baraka K.
Je, ulitumia samadi ya ng'ombe au ya kuku?
~ Jibu
@ Amani Mwakyusa
Ya ng'ombe, iliyokaa miezi mitatu.
~ Jibu
~ Acha maoni
~ Hakimiliki © 2026 Bustani Yangu
