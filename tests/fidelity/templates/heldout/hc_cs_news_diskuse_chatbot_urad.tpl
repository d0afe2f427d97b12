site: Czech news portal (Zprávy Dnes-style, with reader discussion)
kind: news-article
archive_kind: article
language: cs
note: Czech news article with its discussion - header menu, breadcrumb, headline, perex (deck, content), author and date lines, 'Reklama' marker, share row, then 'Diskuse' whose posts were saved through a cp1250 decode of their UTF-8 bytes (the article itself intact), each post's author/time as metadata and rating/reply controls as chrome; the footer
---
~ Zprávy Dnes
~ Domácí Zahraniční Ekonomika Technet Kultura Sport Názory
~ Technet > Software
= Úřad zkouší chatbota, který umí říct „nevím“
Městský úřad v Olomouci testuje virtuálního asistenta pro dotazy občanů. Jeho hlavní vlastností má být poctivost.
@ Petra Horáková
~ 30. listopadu 2026 10:12
Asistent odpovídá na otázky o poplatcích za odpad, parkovacích kartách nebo otevírací době podatelny.
Když si není jistý, nemá si nic vymýšlet. Místo toho občanovi nabídne telefonní číslo na konkrétní odbor.
„Raději přiznáme, že chatbot něco neví, než aby člověk přišel na úřad zbytečně,“ vysvětluje vedoucí projektu.
~ Reklama
Zkušební provoz potrvá do konce února a úřad pak zveřejní, kolik dotazů asistent vyřešil sám.
~ Sdílet Facebook X Odkaz
~ Diskuse (3)
@ [[cp1250:Jiří Novák]] 30. 11. 2026 11:02
[[cp1250:Konečně rozumný přístup. Radši slyším „nevím“ než špatnou informaci o pokutě.]]
~ +12 / -1 Odpovědět
@ [[cp1250:Květa S.]] 30. 11. 2026 11:40
[[cp1250:Zkoušela jsem to včera, ptala jsem se na psí známku a odpověděl správně i s cenou.]]
~ +7 / 0 Odpovědět
@ pepa_z_hane 30. 11. 2026 12:15
[[cp1250:A bude umět i hanácky? 🙂]]
~ +25 / -2 Odpovědět
~ Zobrazit celou diskusi
~ Kontakty | Reklama | Zásady ochrany osobních údajů | Cookies
~ © 2026 Zprávy Dnes, a.s.
