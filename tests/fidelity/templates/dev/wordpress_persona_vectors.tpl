site: WordPress blog (Notes from the Latent Space)
kind: blog-post
language: en
---
~ Skip to content
~ Notes from the Latent Space
~ Thinking slowly about fast machines
~ Menu
~ Home
~ About
~ Reading list
~ Contact
= What a "persona vector" is, and what it is not
~ Posted on September 5, 2025 by
@ Alasdair Finch
~ Leave a comment
The phrase "persona vector" has become popular, and like most popular phrases it now means three different things. I want to pin down the narrow, technical sense before it drifts any further.
In the narrow sense, a persona vector is a direction in a model's activation space. If you add it during generation, the outputs shift toward some trait, for example more flattering or more sardonic. If you subtract it, they shift away.
What it is not is a dial for the model's "true self". The direction is found by comparing outputs the model produces when it is prompted to show a trait with outputs when it is prompted not to. So it captures how the model represents performing that trait, which may or may not be how the trait arises on its own.
That distinction matters for monitoring. If you want to catch a model drifting toward sycophancy during training, a vector built from prompted sycophancy is a reasonable start. But you should expect it to miss forms of sycophancy that do not look like the prompted kind.
None of this makes the technique less useful. It just makes it a tool rather than a window.
~ Share this:
~ Twitter
~ Facebook
~ Email
~ Like this:
~ Like Loading...
~ Related
~ Steering is not the same as understanding
~ In "interpretability"
~ Three kinds of sycophancy
~ In "alignment"
~ Categories: alignment, interpretability
~ Tags: activation steering, personas, sycophancy
~ Leave a Reply Cancel reply
~ Your email stays private. Fields marked * are needed.
~ Comment *
~ Name *
~ Email *
~ Website
~ Remember me in this browser
~ Post navigation
~ Previous Post: Steering is not the same as understanding
~ Next Post: Reading group notes, week six
~ Hosted on WordPress.com
