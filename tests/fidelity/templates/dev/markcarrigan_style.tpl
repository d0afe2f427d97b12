site: Mark Carrigan's blog
kind: blog-post
language: en
note: tagline and a one-line category cloud at the top, as the real blog prints them
---
~ Raiding the inarticulate since 2010
~ accelerated academy agency AI artificial intelligence automation big data blogging capitalism ChatGPT claude craft creativity critical realism digital sociology elites generative AI higher education LLMs platform capitalism platforms post-truth psychoanalysis public sociology publishing reflexivity scholarship social media social theory sociology technology theory Uncategorized work writing
= The assistant as a conversational partner for thinking
I have been noticing how often I now think out loud with a language model before I write. Not to get it to write for me, but because explaining a half-formed idea to something that answers back forces me to notice where the idea is thin.
There is a risk here that I take seriously. The model is endlessly accommodating, and accommodation is not the same as engagement. A good colleague tells you when you are boring them. The model never is bored, or never says so.
So I have started asking it to argue with me. The results are mixed. It argues politely and then concedes too quickly, as if disagreement were a performance it has to end on good terms.
Still, the practice has changed how I write. I arrive at the page having already heard one objection, even if the objection was a little too eager to be overruled.
~ Share this:
~ Like this:
~ Related
~ Posted in Uncategorized
~ Leave a comment
