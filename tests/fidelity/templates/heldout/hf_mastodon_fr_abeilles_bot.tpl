site: "Mastodon (piaille.example.fr)"
kind: mastodon-thread
archive_kind: social-thread
language: fr
note: "no title: a social thread; display names and handles are metadata; each toot is followed by its date/client line and boost/favourite counters; server footer."
---
~ Aller au contenu principal
~ Mastodon
~ Se connecter Créer un compte
@ Margaux Lebrun
@ @margaux@piaille.example.fr
J'ai demandé à un assistant de m'aider à tenir le carnet de mes trois ruches. Il m'a posé plus de questions que mon ancien maître apiculteur. 🐝 🧵 1/3
~ 4 avr. 2026, 07:48 · Web
~ 11 partages · 38 favoris
@ Margaux Lebrun
@ @margaux@piaille.example.fr
Ce qui m'a plu : quand je lui ai décrit un cadre de couvain irrégulier, il n'a pas joué au vétérinaire. Il a listé trois causes possibles et m'a conseillé de demander à quelqu'un qui pouvait voir la ruche. 2/3
~ 4 avr. 2026, 07:55 · Web
~ 6 partages · 27 favoris
@ Théo Garnier
@ @theo@mamot.example.fr
@margaux C'est exactement le caractère que j'attends d'un assistant : utile, mais conscient de ses limites.
~ 4 avr. 2026, 08:20 · Tusky
~ 1 partage · 9 favoris
@ Margaux Lebrun
@ @margaux@piaille.example.fr
@theo Oui ! Et il ne m'a pas félicitée pour ma « belle colonie » alors qu'elle était clairement mal en point. Ça change.
3/3 Prochaine visite samedi, s'il fait beau.
~ 4 avr. 2026, 08:31 · Web
~ 3 partages · 19 favoris
~ piaille.example.fr fait partie du réseau social décentralisé propulsé par Mastodon.
~ À propos · Statut · Annuaire des profils · Politique de confidentialité
~ Obtenir l'application · Raccourcis clavier · Voir le code source · v4.3.4
