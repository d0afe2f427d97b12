site: Forum Kafana kod Zmaja (kafanakodzmaja.rs)
kind: mybb-forum
archive_kind: forum-thread
language: sr
title: "Da li vaš AI asistent ima „ličnost“?"
note: "Srpski forum na latinici (MyBB): meni i putanja iznad naslova teme, oznaka „Tema:“ ispred naslova, polja profila (postova, pridružen, reputacija) i dugmad kao chrome, potpis kao chrome; jedan odgovor dvaput pokvaren (cp1250 pa cp1252), citat u tom odgovoru takođe, dok je potpis neoštećen."
---
~ Forum Kafana kod Zmaja
~ Prijava | Registracija
~ Portal
~ Forum
~ Pretraga
~ Članovi
~ Pomoć
~ Kafana kod Zmaja › Tehnologija › Veštačka inteligencija
= Tema: Da li vaš AI asistent ima „ličnost“?
~ Mod prikaza: Linearno
@ Milica_NS
~ Član
~ Postova: 418
~ Pridružen: Feb 2021
~ Reputacija: 37
~ 26-11-2026, 20:11
Pitam iz radoznalosti. Koristim asistenta za učenje italijanskog i primetila sam da ima sasvim jasan karakter: strpljiv je, ne hvali me bez razloga i kaže kad nije siguran u neki izraz.
Drugarica koristi drugi program i kaže da je njen „kao prodavac na pijaci“, sve je odlično i sve je super. Zanima me kako je kod vas.
~ Odgovori · Citiraj
@ deda_Rade
~ Starosedelac
~ Postova: 3.902
~ Pridružen: Jun 2009
~ Reputacija: 211
~ 26-11-2026, 21:30
@ [[cp1250>cp1252:Milica_NS je napisala:]]
[[cp1250>cp1252:ne hvali me bez razloga i kaže kad nije siguran]]
[[cp1250>cp1252:To je najvažnije. Ja sam ga pitao za recept za proju, i rekao mi je da nije siguran koliko kukuruznog brašna treba jer se razlikuje od mlina do mlina. Moja pokojna žena bi rekla isto.]]
~ Potpis: Ko rano rani, dve sreće grabi.
~ Odgovori · Citiraj
@ nemanja.dev
~ Član
~ Postova: 95
~ Pridružen: Avg 2024
~ Reputacija: 12
~ 27-11-2026, 08:04
Firme sada pišu čitave dokumente o tome kakav karakter model treba da ima. Deo toga je i pitanje da li modeli mogu imati nešto kao dobrobit, što zvuči čudno, ali ozbiljni ljudi se time bave.
Za učenje jezika je strpljiv asistent zlata vredan.
~ Odgovori · Citiraj
~ Korisnici koji pregledaju ovu temu: 2 gosta
~ Brzi odgovor
~ Kontakt · Kafana kod Zmaja · Vrh · Lite (arhivski) mod · RSS
~ Pokreće MyBB, © 2002-2026 MyBB Group.
