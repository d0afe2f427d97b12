site: "Element (export HTML d'un salon privé)"
kind: chat-export
archive_kind: social-thread
language: fr
note: "a French chat export with no room name on the page: the export line, a day separator, each message's sender and time (metadata), a one-word greeting as the first message (content, not a title), an edited mark, reactions; the page has no title"
---
~ Exporté le 06/12/2026 à 22:10
~ 48 messages
~ samedi 5 décembre 2026
@ Claire Dubois — 21:02
Salut !
@ Claire Dubois — 21:02
J'ai enfin donné un prénom au petit assistant qui gère notre liste de courses, il s'appelle Basile.
@ Thomas R. — 21:05
Et il a un caractère, Basile ?
@ Claire Dubois — 21:07
Un peu grognon le matin, c'est ce que j'ai écrit dans sa consigne. Il râle quand on oublie le pain.
~ 😂 3
@ Nadia — 21:11
C'est drôle, mais est-ce qu'il râle aussi quand c'est toi qui oublies ?
@ Claire Dubois — 21:12
Oui, il est juste avec tout le monde. C'est la règle que j'ai mise en premier.
~ (modifié)
@ Thomas R. — 21:15
Bon, je lui demande d'ajouter du café alors.
~ 👍 2
~ dimanche 6 décembre 2026
@ Nadia — 09:30
Basile m'a dit bonjour avec un soupir ce matin. Je crois que ça marche.
