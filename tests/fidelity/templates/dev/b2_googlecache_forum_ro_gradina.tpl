site: "Cache-ul Google pentru forum.gradinari.example.ro"
kind: "cached-forum-thread"
archive_kind: "forum-thread"
language: "ro"
note: "Google-cache-like header above a Romanian gardening forum; the cache banner is chrome; the second and third posts damaged iso8859_16."
---
~ Aceasta este versiunea din cache Google a paginii https://forum.gradinari.example.ro/t/rosii-rasaduri/4471.
~ Este un instantaneu al paginii așa cum arăta la 28 feb. 2026 09:12:44 GMT.
~ Este posibil ca pagina curentă să se fi modificat între timp. Aflați mai multe.
~ Versiune completă   Versiune numai text   Vizualizați sursa
~ Sfat: Pentru a găsi rapid termenul căutat pe această pagină, apăsați Ctrl+F.
~ Forumul Grădinarilor
~ Index › Legume › Răsaduri
= Răsaduri de roșii alungite: ce greșesc?
@ mihaela_din_cluj
~ Membru · 212 mesaje
~ « : 27 Februarie 2026, 18:40:11 »
Am semănat roșii la început de februarie și acum răsadurile sunt foarte lungi și subțiri.
Le țin pe pervazul bucătăriei, care dă spre nord.
Am întrebat și un asistent virtual, dar vreau părerea unor oameni cu experiență.
~ Răspunde · Citează · Raportează
@ ion.legumicultor
~ Moderator · 3.408 mesaje
~ « Răspuns #1 : 27 Februarie 2026, 19:02:55 »
[[iso8859_16:Lumina e problema, pervazul spre nord nu ajunge în februarie.]]
[[iso8859_16:Îngropați tulpina mai adânc când le repicați, roșiile fac rădăcini pe tulpină.]]
~ Răspunde · Citează · Raportează
@ Ștefania R.
~ Membru nou · 14 mesaje
~ « Răspuns #2 : 28 Februarie 2026, 07:31:20 »
[[iso8859_16:Și eu am pățit la fel anul trecut, o lampă ieftină de creștere a rezolvat totul.]]
~ Răspunde · Citează · Raportează
~ Pagini: [1]
~ SMF 2.1 © 2026, Simple Machines
