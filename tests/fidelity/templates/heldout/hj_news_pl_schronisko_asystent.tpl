site: "Gazeta Powiatowa (gazetapowiatowa.example.pl)"
kind: news-article
archive_kind: article
language: pl
title: "Schronisko w Brzezinach ma asystenta, który nie obiecuje psów od ręki"
note: "a Polish local news article: cookie banner first, the site's menu, the section label, the headline, a deck (content), the byline (metadata), date and reading time, a photo caption with credit, an ad label, 'Zobacz także' links, tags, the share row; the comment section was read as cp1250 (bytes it does not define dropped): the comments, and the 'Zgłoś naruszenie' links under them, are damaged; each comment's author is metadata, its date and thumbs row chrome"
---
~ Ta strona używa plików cookies w celach statystycznych i reklamowych. Możesz zmienić ustawienia w swojej przeglądarce.
~ Akceptuję
~ Gazeta Powiatowa
~ Wiadomości   Region   Sport   Kultura   Ogłoszenia   Kontakt
~ Region
= Schronisko w Brzezinach ma asystenta, który nie obiecuje psów od ręki
Nowy asystent na stronie schroniska odpowiada na pytania o adopcję. Wolontariusze nadali mu charakter spokojnego opiekuna, który nigdy nie obiecuje więcej, niż może.
@ Katarzyna Nowicka
~ 3 grudnia 2026, 09:40
~ Czas czytania: 3 min
~ Wolontariuszka Ola sprawdza odpowiedzi asystenta. Fot. Gazeta Powiatowa
Od poniedziałku osoby, które chcą adoptować psa lub kota ze schroniska w Brzezinach, mogą zadać pytanie asystentowi na stronie internetowej.
Asystent wyjaśnia, jak wygląda procedura, jakie dokumenty trzeba przynieść i kiedy można przyjść na spacer z wybranym zwierzęciem.
~ Reklama
Wolontariusze przez miesiąc pisali opis jego charakteru. – Chcieliśmy, żeby był cierpliwy i ciepły, ale żeby nikomu nie mówił, że pies na pewno będzie jego – tłumaczy koordynatorka schroniska Monika Zając.
Adopcja zawsze wymaga rozmowy z pracownikiem, dlatego asystent na końcu każdej odpowiedzi podaje godziny dyżuru i numer telefonu.
~ Zobacz także: Rekordowa zbiórka karmy w szkołach powiatu
Pierwsze tygodnie pokazały, że ludzie pytają nie tylko o formalności. Wiele osób opisuje swoje mieszkanie i pyta, czy duży pies się w nim zmieści.
W takich sytuacjach asystent nie wydaje wyroków. Zachęca do odwiedzin i rozmowy z opiekunem konkretnego zwierzęcia.
~ Tagi: schronisko, adopcja, sztuczna inteligencja, Brzeziny
~ Udostępnij   Facebook   X   E-mail
~ Komentarze (2)
@ mieszkanka_brzezin
~ 3 grudnia 2026, 11:02
[[cp1250:Świetny pomysł. Pytałam wieczorem o kota i od razu dostałam listę dokumentów, bez żadnego owijania w bawełnę.]]
~ 👍 14   👎 1
~ [[cp1250:Zgłoś naruszenie]]
@ Tomasz_K
~ 3 grudnia 2026, 12:47
[[cp1250:Byle tylko nie zastąpił ludzi. Rozmowa z opiekunką przekonała nas do naszego psa bardziej niż jakikolwiek opis.]]
~ 👍 9   👎 0
~ [[cp1250:Zgłoś naruszenie]]
~ Dodaj komentarz
~ Regulamin komentarzy
~ Najczęściej czytane
~ Remont mostu na Bzurze potrwa do wiosny
~ Redakcja   Reklama   Polityka prywatności   Regulamin
~ © 2026 Gazeta Powiatowa. Wszelkie prawa zastrzeżone.
