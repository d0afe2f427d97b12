site: Romanian phpBB forum (Forumul Pasionaților de Tehnică)
kind: forum-thread
archive_kind: forum-thread
language: ro
note: 'phpBB 3 in Romanian: skip link, FAQ, login/register, breadcrumb, topic buttons, post and page counter, per post the "Mesaj de ... »" line, rank, post count, member-since and place, the signature separator and signature, edit notice, "Sus", back-to link, who is online and the footer. A one-line "Exact asta mi s-a întâmplat și mie." reply and a line "Temperatura: 0,2" are content.'
---
~ Salt la conținut
~ Întrebări frecvente
~ Autentificare
~ Înregistrare
~ Index forum ‹ Calculatoare ‹ Inteligență artificială
= Asistentul meu refuză să aibă păreri
~ Răspunde
~ Caută acest subiect…
~ 3 mesaje • Pagina 1 din 1
@ andrei_b
@ Mesaj de andrei_b » Lun Mar 03, 2025 7:40 pm
~ Membru
~ Mesaje: 96
~ Membru din: Feb 2018
~ Localitate: Cluj
Îl întreb ce film să văd și îmi dă o listă lungă fără să aleagă nimic. Pot să-l fac să aibă o preferință?
~ Ultima oară modificat Lun Mar 03, 2025 7:48 pm de către andrei_b, modificat 1 dată în total.
~ Sus
@ ioana.p
@ Mesaj de ioana.p » Lun Mar 03, 2025 8:30 pm
~ Moderator
~ Mesaje: 2314
~ Membru din: Sep 2011
Poți să-i ceri explicit să aleagă unul singur și să spună de ce. Eu folosesc așa:
Temperatura: 0,2
Cu setarea asta alege mereu același film, ceea ce e de fapt o preferință stabilă.
~ ____________________
~ Cine citește, află.
~ Sus
@ andrei_b
@ Mesaj de andrei_b » Mar Mar 04, 2025 9:02 am
~ Membru
~ Mesaje: 96
~ Membru din: Feb 2018
~ Localitate: Cluj
Exact asta mi s-a întâmplat și mie.
~ Sus
~ Înapoi la „Inteligență artificială”
~ Mergi la
~ Cine este conectat
~ Utilizatori ce navighează pe acest forum: Niciun utilizator înregistrat și 2 vizitatori
~ Powered by phpBB® Forum Software © phpBB Limited
~ Traducere în limba română: phpBB România
~ Confidențialitate | Termeni
