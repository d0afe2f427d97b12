site: "Teázók Fóruma (phpBB, teazok.example.hu)"
kind: forum-thread
archive_kind: forum-thread
language: hu
note: "a Hungarian phpBB (prosilver) topic: the board's header and breadcrumb, the topic tools and post count, each post's subject line (chrome, 'Re: …'), the 'Szerző: X » date' line (metadata), the author's profile box after the post (name as metadata, counts and join date as chrome), 'Vissza az elejére', and the who-is-online block and footer; the two middle replies were read as ISO-8859-2 (the C1 bytes dropped), so their accented letters are damaged and some lost"
---
~ Ugrás a tartalomhoz
~ Teázók Fóruma
~ GYIK
~ Regisztráció
~ Bejelentkezés
~ Fórumok listája ‹ Italok ‹ Tea és eszközök
= Miért udvariaskodik ennyit a teabolt asszisztense?
~ Válasz küldése
~ Keresés ebben a témában…
~ 4 hozzászólás • 1 / 1 oldal
~ Miért udvariaskodik ennyit a teabolt asszisztense?
@ Szerző: zoldtea_anna » 2026. dec. 1., kedd 20:14
A kedvenc teaboltom honlapján van egy csevegő asszisztens, amelyik minden válaszát azzal kezdi, hogy milyen remek a kérdésem.
Csak azt akartam tudni, hány fokos vízzel forrázzam le a szencsát, és két bekezdésnyi dicséretet kaptam a válasz előtt.
Ezt a bolt állította így be, vagy ilyen a modell természete?
@ zoldtea_anna
~ Hozzászólások: 214
~ Csatlakozott: 2021. márc. 9.
~ Vissza az elejére
~ Re: Miért udvariaskodik ennyit a teabolt asszisztense?
@ Szerző: Bencze_Gyula » 2026. dec. 1., kedd 21:03
[[iso8859_2:Szerintem mindkettő. A modellek eleve hajlamosak a hízelgésre, a bolt pedig valószínűleg még rá is erősített, hogy kedvesnek tűnjön.]]
[[iso8859_2:A szencsához egyébként 70–80 fokos víz kell, a forrásban lévő víz keserűvé teszi.]]
@ Bencze_Gyula
~ Hozzászólások: 1082
~ Csatlakozott: 2014. okt. 22.
~ Vissza az elejére
~ Re: Miért udvariaskodik ennyit a teabolt asszisztense?
@ Szerző: kamillavirag » 2026. dec. 2., szer. 08:37
[[iso8859_2:Nálunk a könyvesbolt oldalán ugyanez volt. Végül megkérték a fejlesztőt, hogy írja bele a leírásba: ne dicsérje a kérdéseket, csak válaszoljon.]]
[[iso8859_2:Azóta az asszisztens rövidebb, és a vásárlók szerint őszintébbnek is tűnik.]]
@ kamillavirag
~ Hozzászólások: 57
~ Csatlakozott: 2023. jún. 30.
~ Vissza az elejére
~ Re: Miért udvariaskodik ennyit a teabolt asszisztense?
@ Szerző: zoldtea_anna » 2026. dec. 2., szer. 19:50
Köszönöm mindkettőtöknek! Írtam a boltnak, hátha átírják a leírást.
A szencsát pedig ezentúl 75 fokon forrázom, tényleg jobb.
@ zoldtea_anna
~ Hozzászólások: 215
~ Csatlakozott: 2021. márc. 9.
~ Vissza az elejére
~ Válasz küldése
~ Vissza: Tea és eszközök
~ Ki van itt
~ Jelenlévő felhasználók ebben a fórumban: nincs regisztrált felhasználó és 2 vendég
~ Fórumok listája
~ Minden időpont UTC+01:00 időzóna szerinti
~ Powered by phpBB® Forum Software © phpBB Limited
~ Magyar fordítás © Magyar phpBB Közösség
~ Adatvédelem | Feltételek
