site: Romanian pet blog (Câinele meu)
kind: blog-post
archive_kind: article
language: ro
note: "correct Romanian with â î ă ș ț between letters (câine, România, când) next to an English sentence whose quotes and an emoji were read as cp1252 — the Romanian letters must stay as written"
---
~ Câinele meu
~ Articole
= Câinele și asistentul vocal
Câinele meu latră când asistentul vocal începe să vorbească. Cred că nu-i place vocea lui.
În România mulți stăpâni de câini spun același lucru despre difuzoarele inteligente.
[[cp1252:A reader wrote: “my dog won’t sleep until the speaker goes quiet” 🐶]]
Poate că liniștea este cea mai bună setare pentru casă.
~ Comentarii
