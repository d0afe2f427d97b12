site: Il taccuino dell'apicoltore (taccuinoapi.it)
kind: personal-blog
archive_kind: blog-post
language: it
note: "blog personale WordPress: nome del blog e motto sopra, data e categoria sopra il titolo, due paragrafi ripetuti dallo scraper (lazy load), commenti con risposte annidate"
---
~ Vai al contenuto
~ Il taccuino dell'apicoltore
~ api, orto e qualche macchina pensante
~ Home   Chi sono   Ricette col miele   Contatti
~ 28 novembre 2026
~ Diario
= Ho chiesto a un assistente di aiutarmi con le arnie (e ha avuto il coraggio di contraddirmi)
@ di Gianni Ferraresi
~ 6 commenti
Quest'autunno, con le mani ancora appiccicose di propoli, ho deciso di provare uno di questi assistenti di intelligenza artificiale di cui parlano tutti. Volevo sapere se era il caso di nutrire le api con lo sciroppo anche a novembre.
Mi aspettavo un elenco di frasi fatte. Invece mi ha fatto tre domande: quanto pesavano le arnie, che temperature avevamo la notte e se avevo già visto la regina in covata.
+^
Quando gli ho detto che secondo me lo sciroppo andava bene comunque, mi ha risposto con calma che con le notti sotto i dieci gradi le api fanno fatica a trasformarlo, e che il candito sarebbe stato più sicuro.
Aveva ragione lui. Mio nonno, che teneva api a Pavullo, avrebbe detto la stessa cosa, solo con meno gentilezza.
Poi ho letto che alcune aziende scrivono apposta come deve essere il "carattere" dei loro modelli: curioso, onesto, disposto a non dare ragione all'utente per forza. Forse è per questo che mi è sembrato di parlare con un vicino esperto più che con una macchina.
+ Poi ho letto che alcune aziende scrivono apposta come deve essere il "carattere" dei loro modelli: curioso, onesto, disposto a non dare ragione all'utente per forza. Forse è per questo che mi è sembrato di parlare con un vicino esperto più che con una macchina.
Non so se dentro quella macchina ci sia qualcuno. So che il candito ha funzionato e che le famiglie sono ancora tutte vive.
~ Condividi:
~ Facebook   WhatsApp   Telegram   Email
~ Mi piace:
~ Mi piace Caricamento...
~ Articoli correlati
~ Il miele di castagno di quest'anno
~ Come ho costruito l'arnia top-bar
~ 6 commenti
@ Rosetta B.
~ 28 novembre 2026 alle 19:12
Anch'io uso il candito da anni, ma non avrei mai pensato di chiederlo a un computer! Bella storia.
~ Rispondi
@ Gianni Ferraresi
~ 28 novembre 2026 alle 20:03
Nemmeno io, Rosetta. È stata mia figlia a installarmelo sul telefono.
~ Rispondi
@ marco_dal_frignano
~ 29 novembre 2026 alle 08:47
Occhio però: a me uno di questi assistenti ha dato una dose di acido ossalico sbagliata. Controllate sempre con l'associazione apicoltori.
~ Rispondi
~ Lascia un commento
~ Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *
~ Proudly powered by WordPress | Tema: Sela
