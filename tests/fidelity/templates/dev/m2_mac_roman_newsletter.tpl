site: French newsletter web archive (La Lettre du Jardin)
kind: newsletter
archive_kind: article
language: fr
note: the issue was exported through a Mac OS Roman decode of its UTF-8 bytes (lossless - Mac Roman defines every byte)
---
~ Voir cette lettre dans votre navigateur
= [[mac_roman:La lettre du jardin — février]]
[[mac_roman:Bonjour à toutes et à tous,]]
[[mac_roman:Ce mois-ci, nous avons testé l’assistant de semis proposé par la coopérative. Il répond poliment, même quand on lui pose trois fois la même question.]]
[[mac_roman:Son défaut : il n’ose jamais dire qu’une graine est périmée. Nous préférerions qu’il soit plus franc.]]
[[mac_roman:À bientôt, et bonnes récoltes !]]
~ Se désabonner
~ Mettre à jour vos préférences
