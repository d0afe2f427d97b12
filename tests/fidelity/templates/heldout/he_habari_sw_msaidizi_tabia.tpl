site: Sauti ya Pwani (sautiyapwani.co.tz)
kind: local-news
archive_kind: article
language: sw
note: "Gazeti la mkoa: mstari wa tarehe na hali ya hewa, menyu, kategoria juu ya kichwa, mwandishi na tarehe; mkwaruzi alihifadhi kichwa na aya moja mara mbili (kichwa kama nakala baada ya picha, aya kama nakala chini yake moja kwa moja); orodha ya 'Habari zinazohusiana' na maoni yenye tarehe."
---
~ Jumatano, 25 Novemba 2026
~ Tanga 29°C
~ Sauti ya Pwani
~ Habari za Pwani kila siku
~ Nyumbani
~ Habari
~ Biashara
~ Michezo
~ Teknolojia
~ Maoni
~ Teknolojia
= Wavuvi wa Tanga wazoea msaidizi wa simu mwenye "tabia mpya"
@ Na Rehema Salim, Tanga
~ Novemba 25, 2026
~ Picha: Mvuvi akiangalia simu yake katika soko la samaki la Tanga. (Sauti ya Pwani)
+ Wavuvi wa Tanga wazoea msaidizi wa simu mwenye "tabia mpya"
Wavuvi wengi katika soko la samaki la Tanga hutumia msaidizi wa akili bandia kwenye simu zao kuangalia hali ya bahari na bei za samaki. Tangu mwezi uliopita, wanasema msaidizi huo umebadilika tabia.
"Zamani ulikuwa unasema kila siku ni siku nzuri ya kuvua," anasema Bakari Omari, mvuvi wa miaka 52. "Sasa unasema ukweli. Jana uliniambia upepo ni mkali na sina uhakika nirudi salama kabla ya jioni. Nilibaki nyumbani."
+^
Wataalamu wanasema kampuni zinazotengeneza wasaidizi hao sasa zinaandika maelezo ya tabia zao, zikisisitiza uaminifu, kukiri kutojua jambo, na kuepuka kusifu mtumiaji bila sababu.
Mwalimu wa kompyuta katika chuo cha ufundi cha Tanga, Bi. Zawadi Mohamed, anasema mabadiliko hayo ni muhimu kwa watu wanaofanya kazi hatari. "Msaidizi anayekubaliana nawe kila wakati anaweza kukuweka hatarini baharini," anasema.
Hata hivyo, baadhi ya wazee wanasema msaidizi sasa anaongea kwa ufupi mno. Mama Halima, anayeuza samaki wa kukaanga, anasema alizoea salamu ndefu za asubuhi.
~ Shiriki: Facebook | WhatsApp | X
~ Habari zinazohusiana
~ Bei ya dagaa yapanda kabla ya msimu wa mvua
~ Shule za Tanga zapata kompyuta mpya
~ Maoni (2)
@ Juma Kassim
~ Novemba 25, 2026 saa 14:20
Ni kweli kabisa. Ukweli ni bora kuliko faraja baharini.
~ Jibu
@ Mwanaisha
~ Novemba 25, 2026 saa 16:05
Mama Halima asijali, tunamsalimia sisi kila asubuhi sokoni!
~ Jibu
~ Andika maoni yako
~ Kuhusu Sisi | Wasiliana Nasi | Sera ya Faragha
~ © 2026 Sauti ya Pwani. Haki zote zimehifadhiwa.
