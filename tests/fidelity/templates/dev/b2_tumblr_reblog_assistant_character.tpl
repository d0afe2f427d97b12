site: "Tumblr"
kind: "reblog-chain"
archive_kind: "social-thread"
language: "en"
note: "Tumblr reblog chain, no title; blog names head each addition; tags and note counts are chrome; an emoji-only addition is content."
---
~ tumblr
~ Search Tumblr
~ Log in   Sign up
@ mothlight-archive
~ Follow
i think the reason people get attached to chatbot characters is that they're always patient with you.
no human can be patient at 3am every single night and that's not a flaw in humans.
@ mothlight-archive reblogged from kettle-of-ravens
@ kettle-of-ravens
ok but this is why i like when an assistant has a bit of personality that pushes back.
a friend who only agrees with you isn't really a friend, it's a mirror with a nice voice.
@ quillworm
🫖✨
@ quillworm
sorry that was meant to be a tea emoji of solidarity. anyway i agree with the mirror thing.
@ the-fern-hour
i asked mine to help me plan my allotment and it told me, very gently, that my potato plan was too ambitious.
it was right. i have forty kilos of potatoes.
~ #ai #chatbots #long post #gardening #potatoes
~ 3,812 notes
~ reblog
~ like
~ Source: mothlight-archive
~ See all notes
~ More like this
~ Privacy · Terms · Tumblr Help
