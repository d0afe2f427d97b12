site: "Open archive of preprints (archive-ouverte.example.fr)"
kind: preprint-page
archive_kind: article
language: fr
title: "Stabilité des traits de caractère chez les assistants conversationnels : une étude sur trois langues"
note: "a French open-archive landing page (HAL-like): header, the document type label, the deposit id and version, the authors with their numbered affiliations (metadata, the byline's), the abstract with its heading (content, as the repository-record rule keeps it), the record's fields (Domaines, Mots-clés, Type de document, Date de dépôt, Licence) with labels, the download and cite buttons, the export formats, the statistics (Consultations, Téléchargements), the 'Déposer' call and footer."
---
~ Aller au contenu
~ Accueil Déposer Consulter Recherche avancée Aide
~ Connexion Créer un compte
~ Pré-publication, Document de travail
= Stabilité des traits de caractère chez les assistants conversationnels : une étude sur trois langues
@ Hélène Marchand 1, Youssef Benali 2, Ana Ribeiro 1
@ 1 Laboratoire d'informatique et de langage
@ 2 Institut des sciences cognitives
Résumé
Nous étudions si les traits de caractère attribués à un assistant conversationnel restent stables lorsque la même conversation est menée en français, en portugais et en arabe.
Sur deux cents dialogues, la franchise et la prudence restent comparables d'une langue à l'autre, alors que l'humour varie beaucoup.
Nous discutons les conséquences de ce résultat pour l'évaluation des modèles et pour la rédaction des consignes de personnalité.
~ Domaines
~ Informatique [cs] / Informatique et langage [cs.CL]
~ Mots-clés
~ assistants conversationnels ; personnalité ; évaluation multilingue
~ Type de document
~ Pré-publication, Document de travail
~ Date de dépôt
~ lundi 30 novembre 2026
~ Dernière modification le : mercredi 2 décembre 2026
~ Licence
~ Paternité - CC BY 4.0
~ Identifiants
~ HAL Id : hal-04999123, version 2
~ Fichier principal
~ stabilite_traits.pdf (812.4 Ko)
~ Télécharger le fichier
~ Citer
~ Exporter
~ BibTeX TEI Dublin Core DC Terms EndNote DataCite
~ Consultations
~ 142
~ Téléchargements
~ 57
~ Partager
~ Contact Mentions légales Accessibilité Plan du site
