site: XenForo (forum.cucinainsieme.example.it)
kind: xenforo-thread
archive_kind: forum-thread
language: it
---
~ Menu
~ Accedi
~ Registrati
~ Forum
~ Novità
~ Cerca
~ Home
~ Forum
~ Cucina e tecnologia
~ Gadget e app
= L'assistente AI che mi corregge la ricetta della nonna
~ Discussione iniziata da Graziella_58
~ 4 Marzo 2026
~ Tag
~ assistente
~ ricette
~ 1
~ 2
~ Avanti
@ Graziella_58
~ Nuovo utente
~ 4 Marzo 2026
~ #1
Ieri ho chiesto all'assistente di trascrivere la ricetta dei tortelli di mia nonna. Me l'ha trascritta benissimo, ma alla fine ha aggiunto: "Nota: la quantità di noce moscata è superiore a quella tradizionale."
Ora, mia nonna la noce moscata la metteva così e non si discute. Però devo ammettere che l'ha detto con garbo.
~ Mi piace
~ Rispondi
~ Segnala
@ Stefano Bassi
~ Utente esperto
~ 4 Marzo 2026
~ #2
@ Graziella_58 ha detto:
Però devo ammettere che l'ha detto con garbo.
~ Clicca per espandere...
È fatto apposta. Questi assistenti sono addestrati per dire le cose come stanno senza essere scortesi. A volte esagerano con le note, ma preferisco così che uno che mi dà sempre ragione.
~ Graziella_58, Lorena e Pippo_Pane
~ Rispondi
~ Segnala
@ Lorena
~ Membro
~ 5 Marzo 2026
~ #3
Io gli ho detto una volta che la carbonara si fa con la panna, per provarlo. Mi ha risposto che la ricetta classica non la prevede, ma che se mi piace così va benissimo. Diplomatico!
😂😂😂
~ Mi piace
~ Rispondi
@ Pippo_Pane
~ Membro
~ 5 Marzo 2026
~ #4
Domanda seria: ma quando gli dite "non si discute", poi lui insiste o lascia stare?
@ Graziella_58
~ Nuovo utente
~ 5 Marzo 2026
~ #5
Lascia stare. Ha scritto: "Certo, è la vostra ricetta di famiglia, l'ho trascritta esattamente come indicato." E basta.
Quindi alla fine la nonna ha vinto.
+^
~ Stefano Bassi e Lorena
~ Rispondi
~ Segnala
~ Devi accedere o registrarti per rispondere qui.
~ Condividi:
~ Facebook
~ WhatsApp
~ Email
~ Link
~ Discussioni simili
~ Bilancia smart che parla: vale la pena?
~ Lievito madre e app per i promemoria
~ Home
~ Forum
~ Cucina e tecnologia
~ Gadget e app
~ Contattaci
~ Termini e regole
~ Privacy
~ Aiuto
~ Community platform by XenForo® © 2010-2026 XenForo Ltd.
~ Questo sito utilizza i cookie per personalizzare i contenuti e mantenerti connesso se ti registri. Continuando a utilizzare questo sito, acconsenti al nostro utilizzo dei cookie.
~ Accetta
~ Scopri di più…
