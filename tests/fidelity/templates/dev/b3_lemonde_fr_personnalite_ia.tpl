site: "Le Quotidien du Soir"
kind: news-article
archive_kind: article
language: fr
note: "French national daily: rubric kicker, headline, chapô (content), byline, 'Lire aussi' inserts, paywall and cookie notice; one scrape duplicate"
---
~ Le Quotidien du Soir
~ International Politique Société Économie Sciences Culture Sports
~ S'abonner Se connecter
~ Sciences
~ INTELLIGENCE ARTIFICIELLE
= Les assistants conversationnels ont-ils une personnalité ? Les chercheurs divisés
Des laboratoires décrivent désormais le « caractère » de leurs modèles. Une démarche utile pour les uns, trompeuse pour les autres.
@ Par Camille Vautrin
~ Publié le 18 février 2026 à 06h00, modifié à 09h12
~ Temps de Lecture 4 min.
~ Article réservé aux abonnés
~ Offrir cet article
Il y a encore deux ans, personne n'aurait parlé du « caractère » d'un logiciel. Aujourd'hui, plusieurs entreprises publient des documents entiers consacrés à la personnalité de leurs assistants.
On y lit que le modèle doit être curieux, franc, chaleureux sans flatter, et capable de dire qu'il ne sait pas.
« Ce vocabulaire n'est pas une coquetterie, il décrit des comportements que l'on peut mesurer », estime Hélène Marchal, chercheuse en informatique à Lyon.
+^
~ Lire aussi | Le robot de cuisine qui parlait trop
Pour d'autres, le mot entretient une confusion. « On prête une intériorité à des systèmes dont on ignore presque tout », regrette le philosophe Bastien Ogier.
Le débat n'est pas seulement théorique. Un assistant qui se présente comme un ami peut inciter des utilisateurs fragiles à lui faire une confiance excessive.
Un caractère qui se tient
Les deux camps s'accordent au moins sur un point : un assistant dont le ton change d'une réponse à l'autre inspire moins confiance qu'un assistant cohérent.
Reste à savoir qui décide de ce caractère, et selon quelles valeurs. Aucune règle publique n'encadre pour l'instant ces choix.
~ Lire aussi | Météo : un week-end doux avant le retour du froid
~ Vous pouvez lire Le Quotidien du Soir sur un seul appareil à la fois
~ Ce message s'affichera sur l'autre appareil.
~ Découvrir les offres multicomptes
~ Nous utilisons des cookies pour améliorer votre expérience. Accepter Paramétrer
~ Le Quotidien du Soir · Mentions légales · Charte du groupe · Politique de confidentialité · Gestion des cookies
