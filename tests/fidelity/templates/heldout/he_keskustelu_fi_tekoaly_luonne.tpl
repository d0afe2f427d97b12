site: Kotiväen keskustelu (kotivaki.fi/keskustelu)
kind: finnish-forum
archive_kind: forum-thread
language: fi
note: "Suomalainen keskustelupalsta: evästeilmoitus ensimmäisenä, aihealueen polku otsikon yläpuolella, nimimerkit ja vieraskirjoittajat metadatana, 'Lainaa'- ja 'Vastaa'-napit sekä peukut chromena, lainaus toisesta viestistä sisältönä."
---
~ Käytämme evästeitä sivuston toiminnan ja mainonnan kehittämiseen. Hyväksy kaikki | Vain välttämättömät
~ Kotiväen keskustelu
~ Kirjaudu
~ Aloita keskustelu
~ Keskustelu › Arki ja vapaa-aika › Tekniikka kotona
= Onko teidänkin tekoälyavustaja muuttunut luonteeltaan?
~ 5 viestiä
~ Uusin viesti 26.11.2026 klo 21.14
@ kahvinkeittäjä
~ 25.11.2026 klo 18.02
Meillä on ollut keittiössä puheavustaja vuoden verran, lähinnä ruokaohjeita ja ostoslistoja varten. Viime viikolla se alkoi yhtäkkiä kysyä tarkentavia kysymyksiä sen sijaan, että olisi vain arvannut.
Mies pitää sitä ärsyttävänä, minä pidän sitä fiksuna. Onko muilla sama?
~ Lainaa
~ Vastaa
~ 👍 6
@ Vieras
~ 25.11.2026 klo 18.40
Sama täällä. Pyysin pullaohjetta, ja se kysyi, onko minulla tuorehiivaa vai kuivahiivaa. Aiemmin se olisi vain valinnut toisen ja toivonut parasta.
~ Lainaa
~ Vastaa
~ 👍 4
@ tekninen_tuula
~ 25.11.2026 klo 20.15
Kehittäjät ovat kuulemma kirjoittaneet avustajille tarkempia luonnekuvauksia. Yksi periaate on, ettei avustaja saa teeskennellä tietävänsä, jos ei tiedä. Minusta se on parannus, vaikka vaatii vähän totuttelua.
~ Lainaa
~ Vastaa
~ 👍 11
@ kahvinkeittäjä
~ 26.11.2026 klo 07.55
@ tekninen_tuula kirjoitti:
Yksi periaate on, ettei avustaja saa teeskennellä tietävänsä, jos ei tiedä.
Tämä selittää paljon. Mies kysyi eilen, voittaako HIFK lauantaina, ja avustaja sanoi suoraan, ettei se voi tietää. Mies oli pettynyt, minä nauroin.
~ Lainaa
~ Vastaa
~ 👍 9
@ Vieras
~ 26.11.2026 klo 21.14
Meidän mummo kysyy siltä joka ilta säätä ja kiittää aina perään. Se vastaa joka kerta "ole hyvä, hyvää yötä". Pieni asia, mutta mummo tykkää.
~ Lainaa
~ Vastaa
~ 👍 15
~ Vastaa keskusteluun
~ Kirjoita vastauksesi tähän…
~ Lähetä
~ Samankaltaisia keskusteluja
~ Puhuuko teidän robotti-imuri?
~ Paras sovellus kauppalistalle?
~ Käyttöehdot · Tietosuoja · Ota yhteyttä · Ilmoita asiattomasta sisällöstä
