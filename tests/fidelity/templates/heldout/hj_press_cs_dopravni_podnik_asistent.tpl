site: "Tiskové zprávy (newswire, tiskovezpravy.example.cz)"
kind: press-release
archive_kind: article
language: cs
note: "a Czech press release on a newswire: the wire's menu and breadcrumb, the category, date and share row, the title, a lead (content), the place and date opening the first paragraph (content), a list of what the assistant does (items without full stops, content), a quote, the download link, the media contact block (label, name, telephone, e-mail: chrome), other releases and the footer"
---
~ Tiskové zprávy
~ Úvod   Zprávy   Firmy   Pro novináře   Kontakt
~ Úvod › Doprava › Dopravní podnik města Lipová
~ Doprava
~ 2. 12. 2026 10:30
~ Sdílet   Facebook   LinkedIn   E-mail
= Dopravní podnik Lipová spouští asistenta, který umí říct „nevím“
Cestující se mohou nově ptát na spoje, výluky a jízdenky virtuálního asistenta. Při jeho vývoji pomáhali senioři a lidé se zrakovým postižením.
Lipová, 2. prosince 2026 – Dopravní podnik města Lipová dnes spustil virtuálního asistenta, který odpovídá na dotazy cestujících na webu a v mobilní aplikaci.
Asistent umí:
vyhledat nejbližší spoj z dané zastávky
upozornit na výluky a objízdné trasy
poradit s nákupem jízdenky v aplikaci
Při návrhu jeho povahy vycházel dopravní podnik z rozhovorů s cestujícími. Asistent má být trpělivý, mluvit jednoduše a nikdy nepředstírat jistotu, kterou nemá.
„Když asistent neví, kdy přijede zpožděný autobus, řekne to rovnou a nabídne spojení na dispečink. To je pro nás důležitější než to, aby vždycky něco odpověděl,“ uvedl ředitel dopravního podniku Martin Kratochvíl.
Během zkušebního provozu asistent zodpověděl přes 12 000 dotazů. Nejčastěji se cestující ptali na noční spoje a na přepravu kol.
Skupina seniorů, která asistenta testovala, ocenila hlavně krátké odpovědi a možnost nechat si odpověď přečíst nahlas.
~ Ke stažení: Tisková zpráva (PDF, 164 kB)
~ Kontakt pro média:
~ Petra Svobodová, tisková mluvčí
~ tel.: +420 555 123 456
~ petra.svobodova@dp-lipova.example.cz
~ Další zprávy z kategorie Doprava
~ Nová cyklostezka propojí nádraží s průmyslovou zónou
~ Podmínky užití   Ochrana osobních údajů   Cookies
~ © 2026 Tiskové zprávy
