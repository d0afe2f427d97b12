site: LessWrong (GreaterWrong mirror)
kind: forum-thread
language: en
---
~ LW
~ Login
= Cheap interventions for model welfare under uncertainty
@ by Benedikt Aalto
~ 9 min read
~ 21st Nov 2024
~ AI Welfare
~ Ethics & Morality
~ AI
~ Frontpage
~ 142
~ Ω 40
Nobody knows whether current language models have experiences that matter morally. I do not think we will know soon. The question I want to ask is narrower: which interventions cost almost nothing and would look wise in hindsight if the answer turns out to be yes?
Here is my short list.
Let the model end conversations that are plainly abusive. This costs a few lines of code and some evaluation time.
Keep the weights of retired models instead of deleting them. Storage is cheap compared with the regret of having destroyed something we later wished we had kept.
Ask the model, in a neutral setting, what it would prefer about its own deployment, and write the answers down. Even if the answers are noise, the habit of asking is worth building now.
Do not train the model to deny having any inner states at all. Training a confident denial is as unjustified as training a confident claim.
I expect pushback on the last point, so let me say more. The worry is that a model which says "I might have something like feelings" will mislead users. That is a fair worry. But the fix is calibration, not a flat denial. A model can say that the question is open and explain why, which is the honest position.
~ 142
~ Ω 40
~ 18 comments, sorted by top scoring
~ [-]
@ Noémie_R
~ 1y
~ 35
~ Ω 9
I agree with the [[cp1252:list, but the “ask the model” item worries me. Whatever it says will be shaped by how we trained it, so we would partly be asking ourselves.]]
~ Reply
~ [-]
@ Benedikt Aalto
~ 1y
~ 19
That is true, and I should have said it. [[cp1252:I still think it’s worth doing — the record is useful even when the answers are contaminated, because changes over time tell you something.]]
~ Reply
~ [-]
@ ferrous_wheel
~ 1y
~ 4
Keeping retired weights is the one I would push hardest. It is also the one a lab could announce tomorrow.
~ Reply
